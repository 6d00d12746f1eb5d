# Default theme strings in English (British usage).
skip-to-content = Skip to content
language-switcher = Language
main-navigation = Main menu
breadcrumbs = Breadcrumbs
not-translated = This page is not available in English
not-translated-notice = The page you were reading is not available in English. This is the nearest page in English.
published = Published
updated = Updated
media-contacts = Further information for the media
tags = Tags
site-sections = Sections of the site
section-pages-heading = In this section
section-pages = { $count ->
    [one] One page
   *[other] { $count } pages
}
footer-navigation = About this site
sitemap = Sitemap
not-found-title = Page not found
not-found-text = The page you were looking for does not exist or has moved.
back-home = Go to the front page

# Dates: day-month-year with month names from CLDR.
date = { DATETIME($date, pattern: "d MMMM y") }
date-time = { DATETIME($date, pattern: "d MMMM y, HH:mm") }
date-long = { DATETIME($date, pattern: "d MMMM y") }
page-moved = This page has moved to a new address:
on-this-page = On this page
in-this-section = In this section
previous-page = Previous
next-page = Next
latest-releases = Latest press releases
all-releases = All press releases ({ $count })
subscribe = Subscribe
feed-format = Atom feed
# The URL segment of tag pages.
tags-path = tags
tag-title = Tag: { $tag }
subscribe-tag = Subscribe to pages tagged { $tag }
related-pages = Related pages
# The URL segment of listing pages after the first.
page-path = page
pagination = Pages
page-number = Page { $number } of { $count }
# Search. The URL segment of the search page:
search-path = search
search-title = Search
search-label = Search the site
search-button = Search
# Filled in by the browser: %n is the number of results, %q the search words.
search-result-one = 1 result for “%q”
search-result-other = %n results for “%q”
search-none = No pages found for “%q”. Try another word, or the word’s basic form.
search-error = Search failed. Try again in a moment, or browse the site’s sections.
search-noscript = Search needs JavaScript, which is turned off in your browser. You can find pages through the site’s sections and the sitemap.
search-more = Show more results
# Descriptions (<meta name="description">) of pages that give none of their own.
description-page = { $title } – { $site }
description-tags = The keywords of the site's pages, and the pages that carry them.
description-tag = The site's pages tagged { $tag }.
description-search = Search the site's pages, in any form of a word.
# Sizes of documents linked from pages: "PDF, 1.2 MB".
file-size-bytes = { $size } B
file-size-kb = { $size } KB
file-size-mb = { $size } MB
# Footnotes: the name of the list of notes at the end of a page, and of each link from a
# note back to where the text refers to it.
footnotes = Footnotes
footnote-back = Back to reference { $number }

## Components pages call (templates/shortcodes/)
notice-info = Note
notice-warning = Warning
notice-important = Important
figure-credit = Photo: { $name }
video-captions = Captions
video-download = Download the video
video-embed-note = The video is shown from { $service }. { $service } may store cookies on your device and collect data about your viewing only once you start the video.
video-embed-load = Show the video ({ $service })
video-embed-open = Open the video on { $service }

## What `kielo new` writes into a new page, in the page's own language
new-title = Write the title here
new-description = One or two sentences for listings and search results.
new-slug = the-address-of-the-page
new-body = Write the page here.
