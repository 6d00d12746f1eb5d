## Tiedostot, jotka sivu nimeää (media.missing)

media-missing = { $what ->
        [image] kuvaa
       *[file] tiedostoa
    } `{ $name }` ei ole sivun omassa kansiossa (sivupaketissa) eikä kansiossa static/
media-missing-hint = laita tiedosto sivun `index`-tiedoston viereen sen omaan kansioon (sivupaketti) tai kansioon static/, ja kirjoita silloin sen osoite sivuston juuresta alkaen (`/files/x.pdf`)
media-missing-did-you-mean = tarkoititko { $count ->
        [1] `{ $first }`
        [2] `{ $first }` vai `{ $second }`
       *[other] `{ $first }`, `{ $second }` vai `{ $third }`
    }?

## Kuvat (media.unreadable, media.too-large, media.unsupported, media.metadata)

media-unreadable-page-image = `image: { $name }` ei ole kuva, jota kielo voi näyttää
media-unreadable-page-image-hint = anna JPEG-, PNG-, WebP-, GIF- tai SVG-tiedosto
# Kuvan lukevan tai tallentavan ohjelman omat sanat englanniksi ovat $detail.
media-unreadable = kuvaa ei voitu lukea: { $detail }
media-unreadable-empty = kuvaa ei voitu lukea: kuva on { $width } × { $height } pikseliä, eli siinä ei ole kuvaa
media-unreadable-memory = kuvaa ei voitu lukea: sen purkaminen veisi enemmän muistia kuin kielo sallii yhdelle kuvalle (1 GiB)
media-unreadable-cut-short = kuvaa ei voitu lukea: tiedosto päättyy kesken kuvan
media-unreadable-damaged = kuvaa ei voitu lukea: tiedot ovat vioittuneet
media-unreadable-not-image = tiedosto ei ole JPEG-, PNG- tai WebP-kuva
media-unreadable-encoding = kuvaa ei voitu tallentaa { $format }-muodossa: { $detail }
media-unreadable-resizing = kuvaa ei voitu tallentaa pienempänä: { $detail }
media-unreadable-hint = avaa kuva kuvankäsittelyohjelmassa ja tallenna se uudelleen JPEG- tai PNG-muodossa
media-too-large = kuva on { $width } × { $height } pikseliä, enemmän kuin kielo käsittelee (100 megapikseliä ja 30000 pikseliä sivua kohden)
media-too-large-hint = pienennä kuvaa (enintään 100 megapikseliä) ennen kuin lisäät sen sivustoon
media-unsupported = kielo ei osaa tehdä tällaisesta kuvasta verkkoversioita, ja sellaisenaan kuvan mukana julkaistaisiin kameran tallentamat tiedot (kuten GPS-sijainti)
media-unsupported-hint = tallenna se JPEG-muodossa (valokuva) tai PNG-muodossa (piirros tai kuvakaappaus)
media-metadata = tämä kuva julkaistaan sellaisenaan EXIF-tietoineen (kamera, aika, ehkä GPS-sijainti)
media-metadata-hint = siirrä se sen sivun kansioon, jolla kuva näytetään: kielo julkaisee sivujen kansioiden kuvat ilman näitä tietoja ja kaikille näytöille sopivina kokoina

## Sivujen kansioiden tiedostot (media.unsafe, output.clash, file.unreadable)

media-unsafe = tiedosto voisi ajaa skriptin sivuston osoitteessa, joten kielo ei julkaise sitä sivun kansiosta
media-unsafe-hint = linkitä tiedostoon siellä, missä sitä säilytetään, tai laita se kansioon static/, jos sivuston ylläpitäjät takaavat sen; SVG-piirroksessa ei saa olla <script>-elementtiä eikä on…-alkuisia määritteitä
media-output-clash = tämä tiedosto julkaistaisiin osoitteessa { $address }, johon julkaistaan myös { $other }
media-output-clash-hint = nimeä toinen tiedostoista uudelleen
media-cache-changed = kuvan verkkoversiot muuttuivat kuvien välimuistissa (.kielo-cache) rakentamisen aikana
# Järjestelmän omat sanat englanniksi ovat $detail.
media-cache-unreadable = kuvan verkkoversioita ei voi lukea kuvien välimuistista (.kielo-cache): { $detail }
media-cache-hint = rakenna sivusto uudelleen: kielo tekee ne uudestaan
