## Component calls in a page's text (component.syntax)

component-syntax-private-character = the text holds a private-use character (U+E000 or U+E001) that kielo keeps for itself; it is shown as �
component-syntax-private-character-hint = delete it: it was probably pasted from another program
component-syntax-misplaced = a component call here is { $place ->
        [code] read as code
       *[address] in a link's address
    }, where its HTML cannot go
component-syntax-misplaced-hint = put the call on a line of its own, indented no more than the text around it (four spaces after a paragraph make code)
component-syntax-block-start = `{"{%"} { $name }(…) {"%}"}` must begin a line of its own
component-syntax-block-start-hint = put it on a line of its own: not after a list's `-`, a quote's `>` or in a table; indent it to put it inside a list item
component-syntax-end-indent = this `{"{%"} end {"%}"}` is indented differently from the `{"{%"} { $name }(…) {"%}"}` it ends
component-syntax-end-indent-hint = indent `{"{%"} end {"%}"}` as its component's first line, so both are in the same list item
component-syntax-stray-end = `{"{%"} end {"%}"}` ends no component
component-syntax-stray-end-hint = remove it, or open the component with `{"{%"} name(…) {"%}"}` above it
component-syntax-unclosed = `{"{%"} { $name }(…) {"%}"}` has no `{"{%"} end {"%}"}`
component-syntax-unclosed-hint = end the component's body with `{"{%"} end {"%}"}` on a line of its own
component-syntax-hugo = `{"{{"}{ $open } { $name } … { $close }{"}}"}` is a Hugo shortcode, which kielo does not read
component-syntax-hugo-hint = write it as {"{{"} name(key="value") {"}}"}, calling a component of templates/shortcodes/ (README: Moving from Zola or Hugo)
component-syntax-call = the component call `{ $name }(…)` cannot be read: { $reason }
component-syntax-call-hint = write it as {"{{"} name(key="text", number=3, yes=true) {"}}"}; to show a call as text, write {"{{"}/* name() */{"}}"}

# Why a call cannot be read: the reason of component-syntax-call.
component-syntax-close-expected = `{ $close }` expected after the arguments
component-syntax-name-expected = an argument name expected
component-syntax-equals-expected = `=` expected after `{ $key }`
component-syntax-twice = `{ $key }` is given twice
component-syntax-comma-expected = `,` or `)` expected
component-syntax-value-expected = a value expected
component-syntax-quote-missing = the text's closing quote is missing
component-syntax-curly-quote = `{ $quote }` is a typographic quote: write texts in straight quotes, "like this"
component-syntax-too-deep = lists nest more than { $depth } deep
component-syntax-list-comma-expected = `,` or `]` expected in the list
component-syntax-not-a-value = `{ $word }` is not a value: quote a text

# Where a component's HTML cannot go.
component-syntax-box-in-text = `{ $name }` makes a box, which cannot stand inside a paragraph or heading
component-syntax-box-in-text-hint = put the call on a line of its own, with an empty line before and after it
component-syntax-in-tag = `{ $name }` is called where HTML cannot go: in a picture's alt text, a link's address or title, or an attribute
component-syntax-in-tag-hint = call it in the text instead
component-syntax-body-dropped = `{ $name }` shows no body, so the text between its tags would be lost
component-syntax-body-dropped-hint = move the text out of the component, or call it as {"{{"} name(…) {"}}"}

## Calls to components (component.unknown, component.argument, component.render)

component-unknown = there is no component `{ $name }` ({ $count ->
        [0] the theme has none
       *[other] known ones: { $known }
    })
component-unknown-suggest = there is no component `{ $name }` (known ones: { $known }); did you mean `{ $near }`?
component-unknown-hint = add templates/shortcodes/{ $name }.html to the site, or write the call as {"{{"}/* { $name }() */{"}}"} to show it as text
component-argument-hint = see the component's arguments in README's Components section
component-argument-unknown = { $count ->
        [0] `{ $name }` takes no arguments, not even `{ $key }`
       *[other] `{ $name }` has no argument `{ $key }`; its arguments: { $arguments }
    }
component-argument-unknown-suggest = `{ $name }` has no argument `{ $key }`; its arguments: { $arguments }; did you mean `{ $near }`?
component-argument-file = `{ $key }` of `{ $name }` names a file: give it as text, e.g. { $key }="video.mp4"
component-argument-type = `{ $key }` of `{ $name }` must be { $kind ->
        [text] a text in quotes
        [bool] true or false
        [integer] a whole number
        [number] a number
        [list] a list in [ ]
        [map] a map
       *[other] another kind of value
    }, not { $value }
component-argument-choice = `{ $key }` of `{ $name }` is one of { $choices }, not { $value }
component-argument-id = `{ $key }` of `{ $name }` is an id (letters, digits, - and _), not { $value }: give only the id, not the whole address
component-argument-missing = `{ $name }` needs the argument `{ $key }`
component-argument-outside = `{ $address }` is not a file of the site
component-argument-outside-hint = name a file of the page's bundle, or one of static/ from the site root (`/files/x.mp4`)
component-render = the component `{ $name }` failed: { $problem }
component-render-hint = check the call's arguments against the component's template
# The template's own error, in English: where it is, and what it says.
component-render-where = { $template }, line { $line }: { $detail }
component-render-detail = { $detail }
component-render-body-twice = { $template } shows `body` more than once
component-render-body-twice-hint = show the body once: {"{{"} body {"}}"}

## Accessibility (a11y.*)

a11y-image-alt = the image has no alt text
a11y-image-alt-hint = describe the image for people who cannot see it: `![What the picture shows](file.jpg)`; mark a purely decorative one with `![""](file.jpg)`
a11y-image-alt-page = the page's picture has no alt text
a11y-image-alt-page-hint = describe it in `image_alt:`, for social previews; `image_alt: ""` marks a decorative one
a11y-link-text = the link has no text
a11y-link-text-hint = write what the link leads to inside the brackets: `[Guidance for employers](…)`
a11y-heading-level = the heading `{ $title }` skips a level (h{ $previous } to h{ $level })
a11y-heading-level-hint = use { $marks } for it
md-a11y-second-h1 = `# { $title }` is a second main heading; the page title is the first
md-a11y-second-h1-hint = start the body's headings at `##`

## Raw HTML in Markdown (content.raw-html, content.raw-html-cleaned)

md-content-raw-html = raw HTML is left out of the page
md-content-raw-html-hint = write it in Markdown instead, or set `markdown: {"{"} raw_html: true {"}"}` in site.yaml if the site's editors are trusted to write HTML
md-content-raw-html-cleaned = the raw HTML here loses { $removed }: kielo keeps only HTML that cannot run scripts
md-content-raw-html-cleaned-hint = write it without them; a link goes to `https://…` or a page of the site
# What is taken away, listed in $removed.
md-content-raw-html-tag = `<{ $tag }>`
md-content-raw-html-attribute = `{ $attribute }` of `<{ $tag }>`
md-content-raw-html-list = { $first }, { $rest }

## Links in a page's text (link.*)

md-link-missing-page-hint = write the path relative to content/, e.g. `@/press-releases/my-release.md`
md-link-missing-anchor = the link points to `#{ $anchor }`, but { $page } has no heading with that anchor
md-link-missing-anchor-no-headings = the page has no headings to link to
md-link-missing-anchor-list = { $more ->
        [0] its anchors are: { $anchors }
       *[other] its anchors are: { $anchors } and { $more } more
    }
md-link-script-url = the link address `{ $address }` could run a script, so it is left out
md-link-script-url-hint = link to a web page (`https://…`) or another page (`@/section/page.md`)
