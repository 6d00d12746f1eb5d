# Default theme strings in Swedish (as used in Finland).
skip-to-content = Hoppa till innehållet
language-switcher = Språkval
main-navigation = Huvudmeny
breadcrumbs = Brödsmulor
not-translated = Sidan finns inte på svenska
not-translated-notice = Sidan du läste finns inte på svenska. Här är den närmaste sidan på svenska.
published = Publicerad
updated = Uppdaterad
media-contacts = Mer information för medier
tags = Nyckelord
site-sections = Webbplatsens delar
section-pages-heading = I det här avsnittet
section-pages = { $count ->
    [one] En sida
   *[other] { $count } sidor
}
footer-navigation = Om webbplatsen
sitemap = Webbplatskarta
not-found-title = Sidan hittades inte
not-found-text = Sidan du sökte finns inte eller har flyttats.
back-home = Till startsidan

# Dates: the numeric form used in Finland, month names from CLDR.
date = { DATETIME($date, pattern: "d.M.y") }
date-time = { DATETIME($date, pattern: "d.M.y 'kl.' H.mm") }
date-long = { DATETIME($date, dateStyle: "long") }
page-moved = Sidan har flyttat till en ny adress:
on-this-page = På denna sida
in-this-section = I den här delen
previous-page = Föregående
next-page = Nästa
latest-releases = Senaste pressmeddelanden
all-releases = Alla pressmeddelanden ({ $count })
subscribe = Prenumerera
feed-format = Atom-flöde
# The URL segment of tag pages.
tags-path = nyckelord
tag-title = Nyckelord: { $tag }
subscribe-tag = Prenumerera på sidor med { $tag }
related-pages = Relaterat
# The URL segment of listing pages after the first.
page-path = sida
pagination = Sidor
page-number = Sida { $number } av { $count }
# Search. The URL segment of the search page:
search-path = sok
search-title = Sök
search-label = Sök på webbplatsen
search-button = Sök
# Filled in by the browser: %n is the number of results, %q the search words.
search-result-one = 1 träff för ”%q”
search-result-other = %n träffar för ”%q”
search-none = Sökningen ”%q” gav inga träffar. Pröva ett annat ord eller ordets grundform.
search-error = Sökningen misslyckades. Försök igen om en stund eller bläddra bland webbplatsens delar.
search-noscript = Sökningen behöver JavaScript, som inte är påslaget i din webbläsare. Du hittar sidorna också via webbplatsens delar och webbplatskartan.
search-more = Visa fler träffar
# Descriptions (<meta name="description">) of pages that give none of their own.
description-page = { $title } – { $site }
description-tags = Nyckelorden för webbplatsens sidor och sidorna som har dem.
description-tag = Webbplatsens sidor med nyckelordet { $tag }.
description-search = Sök på webbplatsens sidor, även med böjda ordformer.
# Sizes of documents linked from pages: "PDF, 1,2 MB".
file-size-bytes = { $size } B
file-size-kb = { $size } kB
file-size-mb = { $size } MB
# Footnotes: the name of the list of notes at the end of a page, and of each link from a
# note back to where the text refers to it.
footnotes = Fotnoter
footnote-back = Tillbaka till hänvisning { $number }

## Components pages call (templates/shortcodes/)
notice-info = Observera
notice-warning = Varning
notice-important = Viktigt
figure-credit = Bild: { $name }
video-captions = Textning
video-download = Ladda ner videon
video-embed-note = Videon visas från tjänsten { $service }. Tjänsten kan spara kakor på din enhet och samla in uppgifter om din tittning först när du startar videon.
video-embed-load = Visa videon ({ $service })
video-embed-open = Öppna videon i tjänsten { $service }

## What `kielo new` writes into a new page, in the page's own language
new-title = Skriv rubriken här
new-description = En eller två meningar för listor och sökresultat.
new-slug = sidans-adress
new-body = Skriv sidans text här.
