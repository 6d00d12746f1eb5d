## Reading content/
content-no-folder = the site has no content/ folder, where its pages are
content-no-folder-hint = create the folder content/ beside site.yaml and put the pages' Markdown files in it

content-lost-original = this translation has no date of its own, and its original { $original }, embargoed until { $until }, is gone: the translation waits until then
content-lost-original-hint = give the translation the new name of its original (or the same `translation_key`), or a `date` of its own
content-unknown-language = the file is in language `{ $code }`, which site.yaml does not configure
content-unknown-language-hint = rename the file to one of the configured languages ({ $codes }), or add `{ $code }` to `languages` in site.yaml
content-unknown-language-case = write the language code in lower case: `{ $file }`
content-bundle-at-root = an `index` file at the top of content/ is not a page bundle
content-bundle-at-root-hint = the home page is `_index.<language>.md`; put a bundle in a folder of its own
content-bundle-pages = this page is inside the page bundle content/{ $bundle }/, which is one page with its files
content-bundle-pages-hint = move the page out of the bundle's folder, or rename the bundle's `index` files to make the folder a section (`_index`)
content-stray-file = the file is not published: only the files of a page bundle are
content-stray-file-hint = put it in a page's bundle folder (beside `index.fi.md`), or in static/ for a file many pages share
content-early-translation = this translation is dated { $date }, before its original { $original }, which is embargoed until { $embargo }: it is published now, ahead of the original
content-early-translation-hint = remove its `date` to publish it with the original, or give it the same date
content-placeholder-title = the title is still kielo new's placeholder, `{ $title }`
content-placeholder-title-hint = write the page's own title
content-raw-html = raw HTML is left out of the page
content-raw-html-hint = write it in Markdown instead, or set `markdown: {"{"} raw_html: true {"}"}` in site.yaml if the site's editors are trusted to write HTML
content-raw-html-cleaned = the raw HTML here loses { $removed }: kielo keeps only HTML that cannot run scripts
content-raw-html-cleaned-hint = write it without them; a link goes to `https://…` or a page of the site

## Linking pages into a site

content-duplicate-translation = this file and { $other } are both the { $language } version of one page
content-duplicate-translation-hint = keep one of them, or give them different names or `translation_key`s
content-invalid-alias = the alias `{ $alias }` is not a path inside the site
content-invalid-alias-hint = write old addresses as site paths such as `/fi/old-name/`, without `..` or `\`
content-language-prefix = with `default_language_at_root`, this { $language } page's address { $address } is under /{ $other }/, where the { $other } pages are
content-language-prefix-hint = give it another `slug`, so that no address means two languages
content-empty-address = the page's address would be empty
content-empty-address-hint = set a `slug` with letters or digits in it

## Links

link-missing-page = the link `@/{ $target }` points to a page that does not exist
link-missing-page-hint = write the path relative to content/, e.g. `@/press-releases/my-release.md`
link-other-language = `@/{ $target }` has no { $language } version, so the link leads to the { $other } version
link-broken = the link `{ $link }` leads to no page or file of the site
link-broken-hint = link to pages as `@/section/page.md#anchor` so kielo finds their address
link-missing-anchor = the link points to `#{ $anchor }`, but { $page } has no heading with that anchor
link-missing-anchor-in-link = the link `{ $link }` points to `#{ $anchor }`, but { $page } has no heading with that anchor
link-missing-anchor-no-headings = the page has no headings to link to
link-missing-anchor-list = { $more ->
    [0] its anchors are: { $anchors }
   *[other] its anchors are: { $anchors } and { $more } more
}
link-script-url = the link address `{ $address }` could run a script, so it is left out
link-script-url-hint = link to a web page (`https://…`) or another page (`@/section/page.md`)

## What only kielo check looks for

a11y-second-h1 = `# { $title }` is a second main heading; the page title is the first
a11y-second-h1-hint = start the body's headings at `##`
check-no-description = the page has no `description`
check-no-description-hint = add `{ $example }`, one sentence: search engines, feeds and link previews show it
check-missing-translation = the page is not translated into { $code } ({ $language })
check-missing-translation-hint = create { $file }; until then the language switcher leads to the nearest { $code } page

## kielo new and kielo init

usage-unknown-language = `{ $code }` is not a language of this site; site.yaml has { $codes }
new-not-a-path = `{ $path }` is not a page path: write it as <section>/<name>, e.g. press-releases/new-helpline
new-exists = { $file } exists already; kielo new never overwrites a page: edit it, or choose another name
new-no-section = content/{ $missing }/ is not a section of this site
    kielo new writes into a section's folder, named in content/; the sections are:{ $sections }
    To start a new section, give --new-section.
new-no-section-did-you-mean = content/{ $missing }/ is not a section of this site; did you mean `{ $folder }` ({ $addresses })?
    kielo new writes into a section's folder, named in content/; the sections are:{ $sections }
    To start a new section, give --new-section.
init-not-a-code = `--lang { $code }` is not a language code: use a BCP 47 code such as fi, sv, en or de
init-given-twice = `--lang { $code }` is given twice: list each language once
init-cannot-make = cannot make a site for these languages: { $problems }
init-problems = { $first }; { $next }
init-cannot-make-in = cannot make a site in `{ $code }`: { $reason }
init-not-a-folder = { $folder } exists and is not a folder: choose a new folder for the site
init-not-empty = { $folder } is not empty: kielo init writes only into a new or empty folder, never over files

## kielo translations

translations-all-present = Every page has a { $language } version.
translations-no-pages = There are no pages in content/.
translations-column-section = Section
translations-column-page = Page
translations-present = present
translations-missing = missing
translations-outdated = outdated
translations-count = { $language }: { $missing } missing, { $outdated } outdated
translations-count-default = { $language }: { $missing } missing
translations-decided-from = Outdated decided from: { $source }
translations-source-git = git commit dates
translations-source-front-matter = front matter updated dates
translations-source-mtime = file modification times
translations-source-mixed = front matter updated dates, and file modification times for pages without `updated` or `date`
translations-not-compared-git = Not compared (not committed to git yet):
translations-not-compared = Not compared (its change time could not be read):

## Addresses that are gone

content-address-removed = { $kind ->
    [alias] { $address }, an alias of this page, is no longer published
   *[page] { $address } is no longer published: this file published it
}, and no { $lang } page or alias does now; { $place }
content-address-removed-moved = the page is now at { $address }
content-address-removed-unlisted = the page no longer lists it
content-address-removed-likely = { $file } most likely took its place ({ $because })
content-address-removed-because = { $why ->
    [file] the same file
    [key] the same `translation_key`
    [name] the same file name
    [title] the same title
   *[new] the only new { $lang } page in its folder
}
content-address-removed-nowhere = { $kind ->
    [alias] { $address }, an alias of this page, is no longer published
   *[page] { $address } is no longer published: this file published it
}, and no { $lang } page or alias does now; no { $lang } page seems to have taken its place
content-address-removed-nowhere-translated = { $kind ->
    [alias] { $address }, an alias of this page, is no longer published
   *[page] { $address } is no longer published: this file published it
}, and no { $lang } page or alias does now; no { $lang } page seems to have taken its place; its { $other } version { $file } is still published
content-address-removed-line = { $line }
content-address-removed-line-replacing = { $line } (in place of its present `aliases` line)
content-address-removed-otherwise = or, if no page should take its place, leave it so: kielo reminds of it until { $until }
content-address-removed-hint = add to { $file }:  { $line } — { $otherwise }
content-address-removed-hint-section-or-translation = to send its readers on, add to the section page { $file }:  { $line } or to { $other_file }:  { $other_line } — { $otherwise }
content-address-removed-hint-section = to send its readers on, add to the section page { $file }:  { $line } — { $otherwise }
content-address-removed-hint-translation = to send its readers on, add to { $file }:  { $line } — { $otherwise }
content-address-removed-hint-anywhere = to send its readers on, add { $address } to the `aliases` of the page that took its place — { $otherwise }
translations-notes = Notes:
translations-rename = { $from } to { $to }
translations-note-renamed = { $langs }: original renamed to { $file }? rename { $renames }, or give { $count ->
    [one] both
   *[other] them all
} the same translation_key
