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
section-pages = { $count ->
    [one] One page
   *[other] { $count } pages
}
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
