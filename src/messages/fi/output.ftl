## kielo serve

serve-serving = Esikatselu osoitteessa { $url }
serve-rebuilt = Rakennettiin uudelleen { $ms } ms:ssa ({ $files ->
    [one] 1 tiedosto muuttui
   *[other] { $files } tiedostoa muuttui
})
serve-goes-on = kielo serve näyttää edelleen sivuston viimeisimmän toimivan version, jos sellainen on; tallenna korjaus, niin sivusto rakennetaan uudelleen
serve-cannot-watch = varoitus: kansion { $folder } muutoksia ei voi seurata: { $reason }
serve-open-to-network = varoitus: kuunnellaan osoitteessa { $address }: esikatselu ja sen näyttämät luonnokset ja embargoidut sivut näkyvät verkkoon; --bind 127.0.0.1 pitää sen tällä koneella
serve-no-browser = varoitus: selainta ei voi avata: { $reason }
serve-stopped = virhe: palvelin pysähtyi: { $reason }
serve-connections-cut = varoitus: yhteydet, jotka olivat yhä auki { $seconds } s pysäytyksen jälkeen, katkaistiin
serve-cannot-start = palvelinta ei voi käynnistää: { $reason }
serve-cannot-listen = porttia ei voi kuunnella: { $reason }
serve-cannot-listen-on = osoitetta { $address } ei voi kuunnella: { $reason }
serve-no-signals = signaaleja ei voi käsitellä: { $reason }
serve-no-thread = uudelleenrakentamisen säiettä ei voi käynnistää: { $reason }
serve-thread-stopped = uudelleenrakentamisen säie pysähtyi odottamatta
serve-port-in-use = portti { $port } on käytössä (toinen kielo serve?); { $free ->
    [0] kokeile `kielo serve --port 0`, niin mikä tahansa vapaa portti käy
   *[other] kokeile `kielo serve --port { $free }`
}
serve-overlay-title = Sivustoa ei voitu rakentaa
serve-overlay-note = Tämä on viimeisin toimiva versio. Korjaa ongelma ja tallenna: sivu latautuu itsestään uudelleen.
serve-overlay-note-first = Sivustoa ei ole vielä rakennettu. Korjaa ongelma ja tallenna: sivu latautuu itsestään uudelleen.
serve-nothing-built-title = Sivustoa ei ole vielä rakennettu
serve-nothing-built = Sivustoa ei ole vielä rakennettu. Tämä sivu latautuu itsestään uudelleen, kun se on valmis.
serve-not-found-title = Sivua ei löydy
serve-not-found = Tässä osoitteessa ei ole sivuston tiedostoa.
serve-overlay-close = Sulje

## Minne sivusto kirjoitetaan

output-clash = tämä sivu tai jokin sen uudelleenohjauksista kirjoitettaisiin tiedostoon { $path }, johon myös { $other } kirjoitetaan
output-clash-hint = anna toiselle sivuista eri `slug`
output-clash-static = sivusto kirjoittaa myös sivun, syötteen tai asiasanasivun kohtaan { $clash }, joten tätä tiedostoa ei voi kirjoittaa kohtaan { $path }
output-clash-static-hint = nimeä tiedosto uudelleen tai anna sivulle toinen `slug`
output-clash-page-under-file = tämä sivu kirjoitettaisiin kohtaan { $path }, mutta sivusto kirjoittaa tiedoston kohtaan { $file }, johon tarvittaisiin kansio
output-clash-alias-under-file = tämän sivun uudelleenohjaus kirjoitettaisiin kohtaan { $path }, mutta sivusto kirjoittaa tiedoston kohtaan { $file }, johon tarvittaisiin kansio
output-clash-alias-under-file-hint = valitse uudelleenohjaus, joka ei ole minkään sivuston tiedoston nimi
output-clash-slug-hint = anna sivulle toinen `slug`
output-clash-two-pages = kaksi sivuston sivua kirjoitettaisiin molemmat kohtaan { $path }
output-clash-two-pages-hint = anna sille sivulle, jonka osoite päättyy tähän kansioon, toinen `slug`, sillä kielo kirjoittaa sinne listauksen, asiasanasivun tai syötteen
output-clash-file-and-folder = sivusto kirjoittaisi kohtaan { $path } sekä tiedoston että kansion
output-clash-file-and-folder-hint = anna sille sivulle, jonka osoite päättyy tähän nimeen, toinen `slug`
output-clash-file = tämä tiedosto julkaistaisiin osoitteessa { $address }, jossa julkaistaan myös { $other }
output-clash-file-hint = nimeä toinen tiedostoista uudelleen
output-feed = syöte ilman osion sivua
output-folder-is-site = kohdekansio on sivuston oma kansio: sinne rakentaminen poistaisi sivuston omat tiedostot
output-folder-holds-site = kohdekansion sisällä on sivuston kansio { $site }: sinne rakentaminen poistaisi sivuston
output-folder-in-sources = kohdekansio on sivuston { $folder }/-kansion sisällä: sinne rakentaminen poistaisi sivuston lähdetiedostoja
output-folder-is-file = kohdekansio on tiedosto eikä kansio: kielo ei korvaa sitä
output-folder-hint = rakenna sivusto omaan kansioonsa, esimerkiksi sivuston kansion `public/`-kansioon (oletus)
output-not-ours = sisältää jo tiedostoja, joita kielo ei ole tehnyt (siellä ei ole tiedostoa { $marker }); rakentaminen korvaa koko kohdekansion, joten ne poistettaisiin
output-not-ours-hint = rakenna uuteen tai tyhjään kansioon valitsimella `--out`; jos tämä on aiemmin rakennettu sivusto, poista se tai lisää kerran `--force`, niin sen sisältö korvataan
output-broken-link = on linkki kohteeseen { $target }, jota ei ole
output-broken-link-hint = luo kansio, johon linkki osoittaa, tai anna todellinen kansio valitsimella `--out`
output-cleanup = vanhaa tiedostoa ei voitu poistaa kohdekansiosta: { $reason }
output-cleanup-more = vanhaa tiedostoa ei voitu poistaa kohdekansiosta (eikä { $more } muuta): { $reason }
output-cleanup-hint = uusi sivusto on paikallaan; seuraava rakentaminen yrittää poistaa tiedoston uudelleen

## Sivupohja epäonnistui sivustoa tehtäessä (src/render.rs)

