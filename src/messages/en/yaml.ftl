## YAML and TOML syntax, in site.yaml and front matter

yaml-syntax = { $detail }
yaml-syntax-hint = check the YAML syntax on this line: a `key: value` pair per line, quotes closed, list items starting with `- `
yaml-syntax-after-quote = more text follows the closing quote of the value
yaml-syntax-after-quote-hint = put the whole value in quotes, writing a quote inside it as `\"`, or quote it with the other kind of quote
yaml-tab = a tab indents this line, and YAML allows only spaces for indenting
yaml-tab-hint = replace the tab with spaces (two for each level), and set the editor to indent with spaces
yaml-unclosed-quote = a quoted text starts here but its closing quote is missing
yaml-unclosed-quote-hint = close the quote on the same line: add `{ $quote }` at the end of the value, or remove the opening one
yaml-unclosed-bracket = the `{ $bracket }` that starts here has no closing `{ $close }`
yaml-unclosed-bracket-hint = close it on the same line, or put the value in quotes if it starts with `[` or `{"{"}`
yaml-unexpected-value = a `key: value` is not expected here
yaml-unexpected-value-hint = start every key at the beginning of its line, and put a value containing `: ` in quotes
yaml-duplicate-key = the key `{ $key }` is given twice
yaml-duplicate-key-hint = keep one line for each key
yaml-aliases = the YAML aliases (`*name`) from here on repeat their values too many times
yaml-aliases-hint = write the values out in full instead of using `&anchor` and `*alias`
yaml-renamed-key-hint = did you mean `{ $ours }`? It is kielo's name for `{ $key }`
yaml-allowed-keys-hint = the keys allowed here are: { $keys }
toml-syntax = { $detail }
toml-syntax-hint = write TOML as toml.io describes it: `key = "text"`, `key = ["a", "b"]`, `[table]`

## Front matter

frontmatter-missing = the file does not start with front matter
frontmatter-missing-hint = begin the file with a line `---`, then `title: …`, then another `---` (or TOML between `+++` lines, as Zola writes it)
frontmatter-unclosed = the front matter opened with `{ $fence }` on line 1 is never closed
frontmatter-unclosed-hint = add a line with only `{ $fence }` after the last front-matter key
frontmatter-unknown-key = unknown key `{ $key }`
frontmatter-unknown-key-path-hint = kielo makes a page's address from its folders and `slug`: set `slug`, and list an old address in `aliases`
frontmatter-unknown-key-redirect-to-hint = kielo has no redirecting pages: list the old address in the `aliases` of the page it leads to
frontmatter-unknown-key-page-template-hint = kielo has no template for a section's pages: set `template` in each page
frontmatter-unknown-key-render-hint = kielo has no unrendered pages: remove the key, or mark a page not to publish with `draft`
frontmatter-unknown-key-authors-hint = kielo has no `authors`: keep them under `extra` if your templates show them
frontmatter-unknown-key-in-search-index-hint = kielo's search lists every published page: remove the key
frontmatter-unknown-key-transparent-hint = kielo lists in a section only the pages of its own folder: remove the key
frontmatter-missing-key = the required key `{ $key }` is missing
frontmatter-missing-key-hint = add a line such as `{ $example }`
frontmatter-invalid-value = { $detail }
frontmatter-invalid-value-hint = write the value as the key expects it: a text, a number, `true` or `false`, or a list `[a, b]`
frontmatter-section-key = `{ $key }` says how a section lists its pages, and this page is not a section's own page
frontmatter-section-key-hint = move it to the `_index` file of the page's folder, in the same language
frontmatter-no-title = the page has no title
frontmatter-no-title-hint = add a line such as `{ $toml ->
    [1] title = "Press release"
   *[0] title: Press release
}` to the front matter
frontmatter-invalid-date = `{ $entry }` is not a valid date ({ $reason })
frontmatter-invalid-date-hint = write `YYYY-MM-DD`, or with a time `2026-03-16T10:02` (the site's time zone) or `2026-03-16T10:02:00+02:00`
frontmatter-invalid-slug = the slug `{ $slug }` is not a single part of an address
frontmatter-invalid-slug-hint = write the slug without `/`, `\` or `..`, e.g. `{ $example }`; use `aliases` for old addresses
frontmatter-invalid-template = `{ $entry }` is not the name of a template
frontmatter-invalid-template-hint = name a file of the theme's or the site's templates/ folder, such as `{ $example }`
