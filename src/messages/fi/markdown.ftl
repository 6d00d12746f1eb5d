## Komponenttien kutsut sivun tekstissä (component.syntax)

component-syntax-private-character = tekstissä on yksityiskäyttöön varattu merkki (U+E000 tai U+E001), jota kielo käyttää omiin tarkoituksiinsa; se näytetään merkkinä �
component-syntax-private-character-hint = poista se: se on luultavasti liitetty toisesta ohjelmasta
component-syntax-misplaced = komponentin kutsu { $place ->
        [code] luetaan tässä koodiksi
       *[address] on tässä linkin osoitteessa
    }, eikä sen HTML voi tulla siihen
component-syntax-misplaced-hint = kirjoita kutsu omalle rivilleen ja sisennä se enintään yhtä paljon kuin sitä ympäröivä teksti (neljä välilyöntiä kappaleen jälkeen tekee tekstistä koodia)
component-syntax-block-start = `{"{%"} { $name }(…) {"%}"}` on kirjoitettava oman rivinsä alkuun
component-syntax-block-start-hint = kirjoita se omalle rivilleen: ei listan `-`-merkin tai lainauksen `>`-merkin perään eikä taulukkoon; jos haluat sen listan kohdan sisään, sisennä se
component-syntax-end-indent = tämä `{"{%"} end {"%}"}` on sisennetty eri tavalla kuin `{"{%"} { $name }(…) {"%}"}`, jonka se päättää
component-syntax-end-indent-hint = sisennä `{"{%"} end {"%}"}` samoin kuin komponentin ensimmäinen rivi, niin molemmat ovat samassa listan kohdassa
component-syntax-stray-end = `{"{%"} end {"%}"}` ei päätä mitään komponenttia
component-syntax-stray-end-hint = poista se tai aloita komponentti sen yläpuolella kirjoittamalla `{"{%"} name(…) {"%}"}`
component-syntax-unclosed = kutsulta `{"{%"} { $name }(…) {"%}"}` puuttuu `{"{%"} end {"%}"}`
component-syntax-unclosed-hint = päätä komponentin sisältö kirjoittamalla `{"{%"} end {"%}"}` omalle rivilleen
component-syntax-hugo = `{"{{"}{ $open } { $name } … { $close }{"}}"}` on Hugon shortcode, jota kielo ei lue
component-syntax-hugo-hint = kirjoita se muodossa {"{{"} name(key="value") {"}}"}, jolloin se kutsuu kansion templates/shortcodes/ komponenttia (README: Moving from Zola or Hugo)
component-syntax-call = komponentin kutsua `{ $name }(…)` ei voi lukea: { $reason }
component-syntax-call-hint = kirjoita se muodossa {"{{"} name(key="text", number=3, yes=true) {"}}"}; jos haluat näyttää kutsun tekstinä, kirjoita {"{{"}/* name() */{"}}"}

# Miksi kutsua ei voi lukea: component-syntax-call-viestin syy.
component-syntax-close-expected = argumenttien jälkeen pitäisi olla `{ $close }`
component-syntax-name-expected = tässä pitäisi olla argumentin nimi
component-syntax-equals-expected = nimen `{ $key }` jälkeen pitäisi olla `=`
component-syntax-twice = `{ $key }` on annettu kahdesti
component-syntax-comma-expected = tässä pitäisi olla `,` tai `)`
component-syntax-value-expected = tässä pitäisi olla arvo
component-syntax-quote-missing = tekstin loppulainausmerkki puuttuu
component-syntax-curly-quote = `{ $quote }` on typografinen lainausmerkki: kirjoita tekstit suorien lainausmerkkien väliin, "näin"
component-syntax-too-deep = listoja on sisäkkäin yli { $depth } tasoa
component-syntax-list-comma-expected = listassa pitäisi olla tässä `,` tai `]`
component-syntax-not-a-value = `{ $word }` ei ole arvo: kirjoita teksti lainausmerkkeihin

# Mihin komponentin HTML ei voi tulla.
component-syntax-box-in-text = `{ $name }` tekee laatikon, joka ei voi olla kappaleen tai otsikon sisällä
component-syntax-box-in-text-hint = kirjoita kutsu omalle rivilleen ja jätä sen ylä- ja alapuolelle tyhjä rivi
component-syntax-in-tag = `{ $name }` kutsutaan paikassa, johon HTML ei voi tulla: kuvan vaihtoehtoisessa tekstissä (alt), linkin osoitteessa tai title-tekstissä tai HTML-määritteessä
component-syntax-in-tag-hint = kutsu sitä sen sijaan tekstissä
component-syntax-body-dropped = `{ $name }` ei näytä sisältöään, joten sen tagien välinen teksti katoaisi
component-syntax-body-dropped-hint = siirrä teksti pois komponentin sisältä tai kutsu sitä muodossa {"{{"} name(…) {"}}"}

## Komponenttien kutsut (component.unknown, component.argument, component.render)

component-unknown = komponenttia `{ $name }` ei ole ({ $count ->
        [0] teemassa ei ole yhtään komponenttia
       *[other] tunnetut: { $known }
    })
component-unknown-suggest = komponenttia `{ $name }` ei ole (tunnetut: { $known }); tarkoititko `{ $near }`?
component-unknown-hint = lisää sivustoon tiedosto templates/shortcodes/{ $name }.html tai kirjoita kutsu muodossa {"{{"}/* { $name }() */{"}}"}, niin se näytetään tekstinä
component-argument-hint = katso komponentin argumentit README-tiedoston Components-luvusta
component-argument-unknown = { $count ->
        [0] komponentti `{ $name }` ei ota argumentteja, ei siis myöskään argumenttia `{ $key }`
       *[other] komponentilla `{ $name }` ei ole argumenttia `{ $key }`; sen argumentit: { $arguments }
    }
component-argument-unknown-suggest = komponentilla `{ $name }` ei ole argumenttia `{ $key }`; sen argumentit: { $arguments }; tarkoititko `{ $near }`?
component-argument-file = komponentin `{ $name }` argumentti `{ $key }` nimeää tiedoston: anna se tekstinä, esimerkiksi { $key }="video.mp4"
component-argument-type = komponentin `{ $name }` argumentin `{ $key }` on oltava { $kind ->
        [text] lainausmerkeissä oleva teksti
        [bool] true tai false
        [integer] kokonaisluku
        [number] luku
        [list] lista hakasulkeissa [ ]
        [map] joukko avain–arvo-pareja
       *[other] jokin muu arvo
    }, ei { $value }
component-argument-choice = komponentin `{ $name }` argumentti `{ $key }` on jokin näistä: { $choices }, ei { $value }
component-argument-id = komponentin `{ $name }` argumentti `{ $key }` on tunniste (kirjaimia, numeroita, - ja _), ei { $value }: anna pelkkä tunniste, älä koko osoitetta
component-argument-missing = komponentti `{ $name }` tarvitsee argumentin `{ $key }`
component-argument-outside = `{ $address }` ei ole sivuston tiedosto
component-argument-outside-hint = anna tiedosto sivun omasta kansiosta (sivupaketti) tai kansiosta static/ sivuston juuresta alkaen (`/files/x.mp4`)
component-render = komponentti `{ $name }` epäonnistui: { $problem }
component-render-hint = tarkista, että kutsun argumentit sopivat komponentin sivupohjaan
# Sivupohjan oma virhe englanniksi: missä se on ja mitä se sanoo.
component-render-where = { $template }, rivi { $line }: { $detail }
component-render-detail = { $detail }
component-render-body-twice = { $template } näyttää sisällön (`body`) useammin kuin kerran
component-render-body-twice-hint = näytä sisältö vain kerran: {"{{"} body {"}}"}

## Saavutettavuus (a11y.*)

a11y-image-alt = kuvalta puuttuu vaihtoehtoinen teksti (alt)
a11y-image-alt-hint = kuvaile kuva niille, jotka eivät näe sitä: `![Mitä kuvassa näkyy](file.jpg)`; merkitse pelkkä koristekuva näin: `![""](file.jpg)`
a11y-image-alt-page = sivun kuvalta puuttuu vaihtoehtoinen teksti (alt)
a11y-image-alt-page-hint = kuvaile kuva avaimessa `image_alt:` sosiaalisen median esikatseluja varten; `image_alt: ""` merkitsee koristekuvan
a11y-link-text = linkillä ei ole tekstiä
a11y-link-text-hint = kirjoita hakasulkeisiin, mihin linkki vie: `[Ohjeet työnantajille](…)`
a11y-heading-level = otsikko `{ $title }` hyppää tason yli (h{ $previous } → h{ $level })
a11y-heading-level-hint = käytä sille merkintää { $marks }
md-a11y-second-h1 = `# { $title }` on toinen pääotsikko; sivun otsikko (title) on ensimmäinen
md-a11y-second-h1-hint = aloita tekstin otsikot tasolta `##`

## HTML-koodi Markdownissa (content.raw-html, content.raw-html-cleaned)

md-content-raw-html = HTML-koodi jätetään pois sivulta
md-content-raw-html-hint = kirjoita se Markdownina tai, jos sivuston toimittajien sallitaan kirjoittaa HTML:ää, lisää site.yaml-tiedostoon `markdown: {"{"} raw_html: true {"}"}`
md-content-raw-html-cleaned = tästä HTML-koodista poistetaan { $removed }: kielo säilyttää vain HTML:n, joka ei voi ajaa skriptejä
md-content-raw-html-cleaned-hint = kirjoita se ilman niitä; linkki voi viedä osoitteeseen `https://…` tai sivuston sivulle
# Mitä poistetaan; luettelo on $removed.
md-content-raw-html-tag = `<{ $tag }>`
md-content-raw-html-attribute = `<{ $tag }>`-elementin `{ $attribute }`-määrite
md-content-raw-html-list = { $first }, { $rest }

## Linkit sivun tekstissä (link.*)

md-link-missing-page-hint = kirjoita polku suhteessa content/-kansioon, esimerkiksi `@/press-releases/oma-tiedote.md`
md-link-missing-anchor = linkki osoittaa ankkuriin `#{ $anchor }`, mutta tiedostossa { $page } ei ole otsikkoa, jolla on tämä ankkuri
md-link-missing-anchor-no-headings = sivulla ei ole otsikoita, joihin voisi linkittää
md-link-missing-anchor-list = { $more ->
        [0] sivun ankkurit: { $anchors }
       *[other] sivun ankkurit: { $anchors } ja { $more } muuta
    }
md-link-script-url = linkin osoite `{ $address }` voisi ajaa skriptin, joten se jätetään pois
md-link-script-url-hint = linkitä verkkosivulle (`https://…`) tai toiselle sivulle (`@/section/page.md`)
