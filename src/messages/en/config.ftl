## site.yaml

config-no-file = no { $file } in { $folder }: run kielo in a site folder, or give its path with --root
config-base-url-flag = --base-url must be an absolute web address, such as https://preview.example.org/, not `{ $value }`
config-unknown-key = unknown key `{ $key }`
config-missing-key = the required key `{ $key }` is missing
config-missing-key-hint = add a line such as `{ $example }`
config-invalid-value = { $detail }
config-invalid-value-hint = write the value as the key expects it: a text, a number, `true` or `false`, or a list `[a, b]`
config-base-url = `base_url` must be an absolute web address, not `{ $value }`
config-base-url-hint = write it with its scheme and without `?…` or `#…`, e.g. `base_url: https://example.org`
config-theme = `theme: { $value }` is not the name of a folder under themes/
config-theme-hint = write the name of a folder in the site's themes/ folder, such as `theme: agency`, without `/`, `..` or a path elsewhere: a theme is part of the site
config-theme-no-folder = site.yaml chooses `theme: { $name }`, but there is no folder themes/{ $name }/
config-theme-no-folder-hint = create it, or remove `theme` to use the built-in default theme
config-no-languages = no languages are configured
config-no-languages-hint = list at least one language with `code`, `name` and `title`
config-duplicate-language = language `{ $code }` is listed twice
config-duplicate-language-hint = keep one entry per language code
config-language-code = `{ $code }` is not a valid language code
config-language-code-hint = use a BCP 47 code such as `fi`, `sv`, `en` or `sv-FI`
config-default-language = `default_language: { $value }` is not one of the configured languages
config-default-language-hint = choose one of: { $codes }
config-timezone = `timezone: { $value }` is not the name of a time zone
config-timezone-hint = write an IANA name such as `timezone: Europe/Helsinki`
config-messages = `messages: { $value }` is not a language of kielo's messages
config-messages-hint = write `messages: fi`, `messages: sv` or `messages: en`

## The menus of site.yaml ($menu is `main` or `footer`)

config-menu-entry-page = `page: { $page }` in the { $menu } menu is not an `@/` path
config-menu-entry-page-hint = name the page as Markdown links do, relative to content/: `page: "@/about/contact.md"`
config-menu-entry-url = `url: { $url }` in the { $menu } menu is not a full address
config-menu-entry-url-hint = write an address with https://, http://, mailto: or tel:, without spaces (%20); for a page of this site write `page: "@/…"`
config-menu-entry-both = an entry of the { $menu } menu has both `page` and `url`
config-menu-entry-both-hint = keep `page` for a page of this site, or `url` for an address elsewhere
config-menu-entry-neither = an entry of the { $menu } menu has neither `page` nor `url`
config-menu-entry-neither-hint = write `page: "@/about/contact.md"` for a page of this site, or `url: https://…` with a `title`
config-menu-title-language = `{ $code }` in a title of the { $menu } menu is not a language of the site
config-menu-title-language-hint = the site's languages are: { $codes }
config-menu-title-empty = a title of the { $menu } menu is empty
config-menu-title-empty-hint = write the text of the link, or leave `title` out to use the page's title
config-menu-title-missing = the link to { $url } in the { $menu } menu has no title in { $languages }
config-menu-title-missing-hint = an address outside the site needs a title in every language: `title: {"{"}{ $example }{"}"}`, or one `title` for all
config-menu-page = the menu entry `@/{ $target }` names no page of the site
config-menu-page-hint = write the path of a file relative to content/, e.g. `@/about/contact.md`
config-menu-held-back = the menu entry `@/{ $target }` names { $file }, which is embargoed until { $until }: the menu leaves it out until then
config-menu-held-back-draft = the menu entry `@/{ $target }` names { $file }, a draft: the menu leaves it out until it is published
config-menu-held-back-hint = nothing to do if that is what you meant; the entry appears in the first build after the page is published
config-menu-other-language = the menu entry `@/{ $target }` has no version in { $languages }, so the menu there leads to another language's version
config-menu-other-language-hint = translate the page, or accept the link to the other language

## The theme: templates, components and locales

template-syntax = template error: { $detail }
template-syntax-hint = fix the template syntax; see https://keats.github.io/tera/
template-missing = there is no template `{ $name }` in the site's or the theme's templates/
template-missing-hint = create it, or correct the name
template-render = template `{ $template }` failed: { $detail }
template-render-making = template `{ $template }` failed while making { $page }: { $detail }
template-render-hint = check the template; a page's front matter may lack a value it uses
# Tera's words about a template, with the place where Tera names one.
component-template = { $template } defines no component `{ $name }`, so pages cannot call it
component-template-hint = declare its arguments around the template: {"{"}% component { $name }(key, other="default") %{"}"}…{"{"}% endcomponent { $name } %{"}"}
locale-missing-message = { $count ->
    [one] the message `{ $keys }` is missing in language `{ $code }`
   *[other] { $count } messages are missing in language `{ $code }`: `{ $keys }`
}; the text of the default language (or English) was used, marked with its language
locale-missing-message-hint = { $count ->
    [one] add `{ $first } = …` to a .ftl file in locales/{ $code }/
   *[other] add them to a .ftl file in locales/{ $code }/, e.g. `{ $first } = …`
}
locale-syntax = Fluent syntax error: { $detail }
locale-syntax-hint = each message is `id = text`; continuation lines start with spaces
locale-date-format = { $detail }
