## content/-kansion lukeminen
content-no-folder = sivustolla ei ole content/-kansiota, jossa sen sivut ovat
content-no-folder-hint = luo content/-kansio site.yaml-tiedoston viereen ja lisää sinne sivujen Markdown-tiedostot

content-lost-original = tällä käännöksellä ei ole omaa päivämäärää, ja sen alkuperäinen sivu { $original }, jonka embargo päättyy { $until }, on poistunut: käännös odottaa siihen asti
content-lost-original-hint = anna käännökselle alkuperäisen sivun uusi nimi (tai sama `translation_key`) tai oma `date`
content-unknown-language = tiedoston nimen mukaan sen kieli on `{ $code }`, mutta sitä kieltä ei ole site.yaml-tiedostossa
content-unknown-language-hint = nimeä tiedosto jonkin sivuston kielen mukaan ({ $codes }) tai lisää `{ $code }` site.yaml-tiedoston kohtaan `languages`
content-unknown-language-case = kirjoita kielikoodi pienillä kirjaimilla: `{ $file }`
content-bundle-at-root = `index`-tiedosto content/-kansion ylimmällä tasolla ei voi olla sivupaketti
content-bundle-at-root-hint = etusivu on `_index.<kieli>.md`; tee sivupaketille oma kansionsa
content-bundle-pages = tämä sivu on sivupaketin content/{ $bundle }/ sisällä, ja sivupaketti on yksi sivu tiedostoineen
content-bundle-pages-hint = siirrä sivu pois sivupaketin kansiosta tai nimeä paketin `index`-tiedostot uudelleen (`_index`), niin kansiosta tulee osio
content-stray-file = tiedostoa ei julkaista: vain sivupakettien tiedostot julkaistaan
content-stray-file-hint = siirrä se sivupaketin kansioon (tiedoston `index.fi.md` viereen) tai static/-kansioon, jos monet sivut käyttävät sitä
content-early-translation = tämän käännöksen päiväys on { $date }, ennen alkuperäistä sivua { $original }, jonka embargo päättyy { $embargo }: käännös julkaistaan nyt, ennen alkuperäistä
content-early-translation-hint = poista käännöksestä `date`, niin se julkaistaan yhdessä alkuperäisen kanssa, tai anna sille sama päiväys
content-placeholder-title = otsikko on yhä kielo new -komennon kirjoittama malliteksti `{ $title }`
content-placeholder-title-hint = kirjoita sivulle oma otsikko
content-raw-html = sivulle kirjoitettu HTML-koodi jätetään pois
content-raw-html-hint = kirjoita se Markdownina, tai jos sivuston kirjoittajiin voi luottaa HTML:n kirjoittamisessa, lisää site.yaml-tiedostoon `markdown: {"{"} raw_html: true {"}"}`
content-raw-html-cleaned = tästä HTML-koodista poistetaan { $removed }: kielo säilyttää vain HTML:n, joka ei voi ajaa skriptejä
content-raw-html-cleaned-hint = kirjoita se ilman niitä; linkki johtaa osoitteeseen `https://…` tai sivuston sivulle

## Front matter -osa, jonka vain lataus tarkistaa (src/load.rs)


## Sivujen liittäminen sivustoksi

content-duplicate-translation = tämä tiedosto ja { $other } ovat molemmat saman sivun { $language }-kieliversio
content-duplicate-translation-hint = säilytä niistä vain toinen tai anna niille eri nimet tai eri `translation_key`-arvot
content-invalid-alias = uudelleenohjaus `{ $alias }` ei ole sivuston sisäinen polku
content-invalid-alias-hint = kirjoita vanhat osoitteet sivuston polkuina, esimerkiksi `/fi/vanha-nimi/`, ilman merkkejä `..` ja `\`
content-language-prefix = kun `default_language_at_root` on käytössä, tämän { $language }-kielisen sivun osoite { $address } on polun /{ $other }/ alla, jossa ovat { $other }-kieliset sivut
content-language-prefix-hint = anna sivulle toinen `slug`, jotta mikään osoite ei tarkoita kahta kieltä
content-empty-address = sivun osoitteesta tulisi tyhjä
content-empty-address-hint = anna `slug`, jossa on kirjaimia tai numeroita

## Linkit

link-missing-page = linkki `@/{ $target }` osoittaa sivulle, jota ei ole
link-missing-page-hint = kirjoita polku content/-kansiosta alkaen, esimerkiksi `@/press-releases/oma-tiedote.md`
link-other-language = sivusta `@/{ $target }` ei ole { $language }-kieliversiota, joten linkki johtaa { $other }-kieliversioon
link-broken = linkki `{ $link }` ei johda millekään sivuston sivulle tai tiedostolle
link-broken-hint = linkitä sivuihin muodossa `@/osio/sivu.md#ankkuri`, niin kielo löytää niiden osoitteen
link-missing-anchor = linkki osoittaa ankkuriin `#{ $anchor }`, mutta tiedostossa { $page } ei ole otsikkoa, jolla on se ankkuri
link-missing-anchor-in-link = linkki `{ $link }` osoittaa ankkuriin `#{ $anchor }`, mutta tiedostossa { $page } ei ole otsikkoa, jolla on se ankkuri
link-missing-anchor-no-headings = sivulla ei ole otsikoita, joihin voisi linkittää
link-missing-anchor-list = { $more ->
    [0] sivun ankkurit ovat: { $anchors }
    [one] sivun ankkurit ovat: { $anchors } ja 1 muu
   *[other] sivun ankkurit ovat: { $anchors } ja { $more } muuta
}
link-script-url = linkin osoite `{ $address }` voisi ajaa skriptin, joten se jätetään pois
link-script-url-hint = linkitä verkkosivulle (`https://…`) tai toiselle sivulle (`@/osio/sivu.md`)

## Mitä vain kielo check tarkistaa

a11y-second-h1 = `# { $title }` on toinen pääotsikko; sivun otsikko on ensimmäinen
a11y-second-h1-hint = aloita tekstin otsikot tasolta `##`
check-no-description = sivulla ei ole kuvausta (`description`)
check-no-description-hint = lisää `{ $example }`, yksi virke: hakukoneet, syötteet ja linkkien esikatselut näyttävät sen
check-missing-translation = sivua ei ole käännetty kielelle { $code } ({ $language })
check-missing-translation-hint = luo { $file }; siihen asti kielivalinta johtaa lähimmälle { $code }-kieliselle sivulle

## kielo new ja kielo init

usage-unknown-language = `{ $code }` ei ole tämän sivuston kieli; site.yaml-tiedostossa on { $codes }
new-not-a-path = `{ $path }` ei ole sivun polku: kirjoita se muodossa <osio>/<nimi>, esimerkiksi press-releases/uusi-neuvontapuhelin (osion kansion nimi content/-kansiossa)
new-exists = { $file } on jo olemassa; kielo new ei koskaan kirjoita sivun päälle: muokkaa sitä tai valitse toinen nimi
new-no-section = content/{ $missing }/ ei ole tämän sivuston osio
    kielo new kirjoittaa osion kansioon content/-kansion alla; osiot ovat:{ $sections }
    Jos haluat aloittaa uuden osion, anna --new-section.
new-no-section-did-you-mean = content/{ $missing }/ ei ole tämän sivuston osio; tarkoititko `{ $folder }` ({ $addresses })?
    kielo new kirjoittaa osion kansioon content/-kansion alla; osiot ovat:{ $sections }
    Jos haluat aloittaa uuden osion, anna --new-section.
init-not-a-code = `--lang { $code }` ei ole kielikoodi: käytä BCP 47 -koodia, esimerkiksi fi, sv, en tai de
init-given-twice = `--lang { $code }` on annettu kahdesti: mainitse jokainen kieli vain kerran
init-cannot-make = näille kielille ei voi tehdä sivustoa: { $problems }
init-problems = { $first }; { $next }
init-cannot-make-in = sivustoa ei voi tehdä kielellä `{ $code }`: { $reason }
init-not-a-folder = { $folder } on jo olemassa eikä se ole kansio: valitse sivustolle uusi kansio
init-not-empty = { $folder } ei ole tyhjä: kielo init kirjoittaa vain uuteen tai tyhjään kansioon eikä koskaan tiedostojen päälle

## kielo translations

translations-all-present = Jokaisesta sivusta on { $language }-kieliversio.
translations-no-pages = content/-kansiossa ei ole sivuja.
translations-column-section = Osio
translations-column-page = Sivu
translations-present = on
translations-missing = puuttuu
translations-outdated = vanhentunut
translations-count = { $language }: puuttuu { $missing }, vanhentuneita { $outdated }
translations-count-default = { $language }: puuttuu { $missing }
translations-decided-from = Vanhentuneisuus on päätelty seuraavista: { $source }
translations-source-git = git-committien päivämäärät
translations-source-front-matter = front matter -osan updated-päivämäärät
translations-source-mtime = tiedostojen muokkausajat
translations-source-mixed = front matter -osan updated-päivämäärät sekä tiedostojen muokkausajat sivuille, joilla ei ole `updated`- tai `date`-arvoa
translations-not-compared-git = Ei verrattu (ei vielä tallennettu gitiin):
translations-not-compared = Ei verrattu (muutosaikaa ei voitu lukea):

## Poistuneet osoitteet

content-address-removed = { $kind ->
    [alias] tämän sivun uudelleenohjaus { $address } ei ole enää julkaistu
   *[page] osoitetta { $address } ei enää julkaista: tämä tiedosto julkaisi sen
}, eikä mikään { $lang }-kielinen sivu tai uudelleenohjaus ole nyt siinä; { $place }
content-address-removed-moved = sivu on nyt osoitteessa { $address }
content-address-removed-unlisted = sivun uudelleenohjauksissa sitä ei enää ole
content-address-removed-likely = sen paikan otti luultavasti { $file } ({ $because })
content-address-removed-because = { $why ->
    [file] sama tiedosto
    [key] sama `translation_key`
    [name] sama tiedostonimi
    [title] sama otsikko
   *[new] kansion ainoa uusi { $lang }-kielinen sivu
}
content-address-removed-nowhere = { $kind ->
    [alias] tämän sivun uudelleenohjaus { $address } ei ole enää julkaistu
   *[page] osoitetta { $address } ei enää julkaista: tämä tiedosto julkaisi sen
}, eikä mikään { $lang }-kielinen sivu tai uudelleenohjaus ole nyt siinä; mikään { $lang }-kielinen sivu ei näytä tulleen sen tilalle
content-address-removed-nowhere-translated = { $kind ->
    [alias] tämän sivun uudelleenohjaus { $address } ei ole enää julkaistu
   *[page] osoitetta { $address } ei enää julkaista: tämä tiedosto julkaisi sen
}, eikä mikään { $lang }-kielinen sivu tai uudelleenohjaus ole nyt siinä; mikään { $lang }-kielinen sivu ei näytä tulleen sen tilalle; sen { $other }-kielinen versio { $file } on yhä julkaistu
content-address-removed-line = { $line }
content-address-removed-line-replacing = { $line } (nykyisen `aliases`-rivin tilalle)
content-address-removed-otherwise = tai jos mikään sivu ei tule sen tilalle, jätä asia näin: kielo muistuttaa siitä { $until } asti
content-address-removed-hint = lisää tiedostoon { $file }:  { $line } — { $otherwise }
content-address-removed-hint-section-or-translation = ohjaa sen lukijat eteenpäin lisäämällä osion sivulle { $file }:  { $line } tai tiedostoon { $other_file }:  { $other_line } — { $otherwise }
content-address-removed-hint-section = ohjaa sen lukijat eteenpäin lisäämällä osion sivulle { $file }:  { $line } — { $otherwise }
content-address-removed-hint-translation = ohjaa sen lukijat eteenpäin lisäämällä tiedostoon { $file }:  { $line } — { $otherwise }
content-address-removed-hint-anywhere = ohjaa sen lukijat eteenpäin lisäämällä { $address } sen sivun `aliases`-luetteloon, joka tuli sen tilalle — { $otherwise }
translations-notes = Huomiot:
translations-rename = anna tiedostolle { $from } nimeksi { $to }
translations-note-renamed = { $langs }: onko alkuperäinen sivu nyt { $file }? Jos on, { $renames } tai anna { $count ->
    [one] molemmille
   *[other] kaikille
} sama translation_key
