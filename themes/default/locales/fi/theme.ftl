# Default theme strings in Finnish.
skip-to-content = Siirry sisältöön
language-switcher = Kielivalinta
main-navigation = Päävalikko
breadcrumbs = Murupolku
not-translated = Sivu ei ole saatavilla suomeksi
not-translated-notice = Sivua, jota luit, ei ole saatavilla suomeksi. Tässä on lähin suomenkielinen sivu.
published = Julkaistu
updated = Päivitetty
media-contacts = Lisätietoja medialle
tags = Avainsanat
site-sections = Sivuston osiot
section-pages-heading = Tässä osiossa
section-pages = { $count ->
    [one] Yksi sivu
   *[other] { $count } sivua
}
footer-navigation = Tietoa sivustosta
sitemap = Sivukartta
not-found-title = Sivua ei löytynyt
not-found-text = Etsimääsi sivua ei ole olemassa tai se on siirretty.
back-home = Siirry etusivulle

# Dates: CLDR's Finnish formats through ICU4X.
date = { DATETIME($date, dateStyle: "short") }
date-time = { DATETIME($date, dateStyle: "short", timeStyle: "short") }
date-long = { DATETIME($date, dateStyle: "long") }
page-moved = Sivu on siirtynyt uuteen osoitteeseen:
on-this-page = Tällä sivulla
in-this-section = Tässä osiossa
previous-page = Edellinen
next-page = Seuraava
latest-releases = Uusimmat tiedotteet
all-releases = Kaikki tiedotteet ({ $count })
subscribe = Tilaa tiedotteet
feed-format = Atom-syöte
# The URL segment of tag pages.
tags-path = avainsanat
tag-title = Avainsana: { $tag }
subscribe-tag = Tilaa avainsanan { $tag } sivut
related-pages = Aiheeseen liittyvää
# The URL segment of listing pages after the first.
page-path = sivu
pagination = Sivutus
page-number = Sivu { $number } / { $count }
# Search. The URL segment of the search page:
search-path = haku
search-title = Haku
search-label = Hae sivustolta
search-button = Hae
# Filled in by the browser: %n is the number of results, %q the search words.
search-result-one = 1 tulos haulle ”%q”
search-result-other = %n tulosta haulle ”%q”
search-none = Haulla ”%q” ei löytynyt sivuja. Kokeile toista sanaa tai sanan perusmuotoa.
search-error = Haku ei onnistunut. Yritä hetken päästä uudelleen tai selaa sivuston osioita.
search-noscript = Haku tarvitsee JavaScriptin, joka ei ole käytössä selaimessasi. Löydät sivut myös sivuston osioista ja sivukartasta.
search-more = Näytä lisää tuloksia
# Descriptions (<meta name="description">) of pages that give none of their own.
description-page = { $title } – { $site }
description-tags = Sivuston sivujen avainsanat ja niillä merkityt sivut.
description-tag = Sivuston sivut, joilla on avainsana { $tag }.
description-search = Hae sivuston sivuilta sanoilla, myös taivutetuilla muodoilla.
# Sizes of documents linked from pages: "PDF, 1,2 Mt".
file-size-bytes = { $size } t
file-size-kb = { $size } kt
file-size-mb = { $size } Mt
# Footnotes: the name of the list of notes at the end of a page, and of each link from a
# note back to where the text refers to it.
footnotes = Alaviitteet
footnote-back = Takaisin viitteeseen { $number }

## Components pages call (templates/shortcodes/)
notice-info = Huomio
notice-warning = Varoitus
notice-important = Tärkeää
figure-credit = Kuva: { $name }
video-captions = Tekstitys
video-download = Lataa video
video-embed-note = Video näytetään palvelusta { $service }. Palvelu voi tallentaa laitteellesi evästeitä ja kerätä tietoja katselustasi vasta, kun käynnistät videon.
video-embed-load = Näytä video ({ $service })
video-embed-open = Avaa video palvelussa { $service }

## What `kielo new` writes into a new page, in the page's own language
new-title = Kirjoita otsikko tähän
new-description = Yksi tai kaksi virkettä listoihin ja hakutuloksiin.
new-slug = sivun-osoite
new-body = Kirjoita sivun teksti tähän.
