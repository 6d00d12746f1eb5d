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
serve-thread-stopped = uudelleenrakentamisen säie pysähtyi odottamatta
serve-port-in-use = portti { $port } on käytössä (toinen kielo serve?); { $free ->
    [0] kokeile `kielo serve --port 0`, niin mikä tahansa vapaa portti käy
   *[other] kokeile `kielo serve --port { $free }`
}
serve-overlay-title = Sivustoa ei voitu rakentaa
serve-overlay-note = Tämä on viimeisin toimiva versio. Korjaa ongelma ja tallenna: sivu latautuu itsestään uudelleen.
serve-overlay-close = Sulje
