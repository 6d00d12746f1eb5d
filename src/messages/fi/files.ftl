## Sivuston tiedostojen lukeminen

read-no-folder = kansiota { $folder } ei ole: anna sivuston kansio valitsimella --root
file-unreadable = tiedostoa ei voi lukea: { $reason }
file-unreadable-hint = tarkista, että tiedosto on olemassa ja että sinulla on oikeus lukea sitä
file-too-large = on liian suuri: kielo lukee yhdestä tiedostosta enintään { $megabytes } Mt
file-too-large-hint = pienennä tiedostoa tai jaa se useaan tiedostoon
file-not-utf8 = ei ole kelvollista UTF-8-tekstiä (ensimmäinen virheellinen tavu kohdassa { $offset })
file-not-utf8-hint = tallenna tiedosto editorissa UTF-8-muodossa
file-link-outside = on linkki kohteeseen { $target }, joka on sivuston kansion ulkopuolella; kielo ei seuraa linkkejä sivuston ulkopuolelle
file-link-outside-hint = kopioi linkin kohde sivuston kansioon tai poista linkki
file-broken-link = on linkki kohteeseen { $target }, jota ei ole olemassa
file-broken-link-hint = poista linkki tai luo sen kohde sivuston kansioon
file-link-loop = tämä linkki osoittaa takaisin kansioon, jonka sisällä se itse on
file-link-loop-hint = poista linkki
file-not-folder = ei ole kansio
file-not-folder-hint = tee siitä kansio tai poista se
file-not-regular = ei ole tavallinen tiedosto vaan { $kind ->
    [folder] kansio
   *[other] putki, laite tai pistoke, joka jumittaisi rakentamisen
}
file-not-regular-hint = korvaa se tavallisella tiedostolla tai poista se
file-control-character = tässä on näkymätön merkki { $character }, jota verkkosivut ja syötteet eivät voi sisältää
file-control-character-hint = poista merkki (se tulee usein toisesta ohjelmasta liitetyn tekstin mukana) tai kirjoita teksti uudelleen
file-address-record = kielo ei voinut tallentaa luetteloa julkaisemistaan osoitteista: { $reason }
file-address-record-hint = tee kansiosta { $folder } tavallinen kansio, johon kielo saa kirjoittaa, tai poista se; siihen asti kielo ei huomaa, kun sivun osoite katoaa
