## Komponentanrop i en sidas text (component.syntax)

component-syntax-private-character = texten innehåller ett tecken för privat bruk (U+E000 eller U+E001) som kielo reserverar för sig själv; det visas som �
component-syntax-private-character-hint = ta bort det: det har troligen klistrats in från ett annat program
component-syntax-misplaced = ett komponentanrop här { $place ->
        [code] läses som kod
       *[address] står i en länks adress
    }, där dess HTML inte kan stå
component-syntax-misplaced-hint = skriv anropet på en egen rad, inte mer indraget än texten runt det (fyra mellanslag efter ett stycke gör texten till kod)
component-syntax-block-start = `{"{%"} { $name }(…) {"%}"}` måste stå först på en egen rad
component-syntax-block-start-hint = skriv det på en egen rad: inte efter en listas `-`, ett citats `>` eller i en tabell; dra in det för att lägga det i en listpunkt
component-syntax-end-indent = den här `{"{%"} end {"%}"}` är indragen annorlunda än `{"{%"} { $name }(…) {"%}"}` som den avslutar
component-syntax-end-indent-hint = dra in `{"{%"} end {"%}"}` lika mycket som komponentens första rad, så att båda hör till samma listpunkt
component-syntax-stray-end = `{"{%"} end {"%}"}` avslutar ingen komponent
component-syntax-stray-end-hint = ta bort den, eller öppna komponenten med `{"{%"} name(…) {"%}"}` ovanför den
component-syntax-unclosed = `{"{%"} { $name }(…) {"%}"}` saknar `{"{%"} end {"%}"}`
component-syntax-unclosed-hint = avsluta komponentens innehåll med `{"{%"} end {"%}"}` på en egen rad
component-syntax-hugo = `{"{{"}{ $open } { $name } … { $close }{"}}"}` är en Hugo-shortcode, som kielo inte läser
component-syntax-hugo-hint = skriv den som {"{{"} name(key="value") {"}}"}, som anropar en komponent i templates/shortcodes/ (README: Moving from Zola or Hugo)
component-syntax-call = komponentanropet `{ $name }(…)` kan inte läsas: { $reason }
component-syntax-call-hint = skriv det som {"{{"} name(key="text", number=3, yes=true) {"}}"}; för att visa ett anrop som text, skriv {"{{"}/* name() */{"}}"}

# Varför ett anrop inte kan läsas: orsaken i component-syntax-call.
component-syntax-close-expected = `{ $close }` väntades efter argumenten
component-syntax-name-expected = ett argumentnamn väntades
component-syntax-equals-expected = `=` väntades efter `{ $key }`
component-syntax-twice = `{ $key }` anges två gånger
component-syntax-comma-expected = `,` eller `)` väntades
component-syntax-value-expected = ett värde väntades
component-syntax-quote-missing = textens avslutande citattecken saknas
component-syntax-curly-quote = `{ $quote }` är ett typografiskt citattecken: skriv texter inom raka citattecken, "så här"
component-syntax-too-deep = listorna är nästlade mer än { $depth } nivåer djupt
component-syntax-list-comma-expected = `,` eller `]` väntades i listan
component-syntax-not-a-value = `{ $word }` är inget värde: sätt texten inom citattecken

# Var en komponents HTML inte kan stå.
component-syntax-box-in-text = `{ $name }` skapar en ruta, som inte kan stå inuti ett stycke eller en rubrik
component-syntax-box-in-text-hint = skriv anropet på en egen rad, med en tom rad före och efter
component-syntax-in-tag = `{ $name }` anropas där HTML inte kan stå: i en bilds alternativtext (alt), i en länks adress eller titel eller i ett HTML-attribut
component-syntax-in-tag-hint = anropa den i texten i stället
component-syntax-body-dropped = `{ $name }` visar inget innehåll, så texten mellan dess taggar skulle gå förlorad
component-syntax-body-dropped-hint = flytta texten ut ur komponenten, eller anropa den som {"{{"} name(…) {"}}"}

## Anrop av komponenter (component.unknown, component.argument, component.render)

component-unknown = det finns ingen komponent `{ $name }` ({ $count ->
        [0] temat har inga komponenter
       *[other] kända: { $known }
    })
component-unknown-suggest = det finns ingen komponent `{ $name }` (kända: { $known }); menade du `{ $near }`?
component-unknown-hint = lägg till templates/shortcodes/{ $name }.html på webbplatsen, eller skriv anropet som {"{{"}/* { $name }() */{"}}"} för att visa det som text
component-argument-hint = se komponentens argument i README, avsnittet Components
component-argument-unknown = { $count ->
        [0] `{ $name }` tar inga argument, alltså inte heller `{ $key }`
       *[other] `{ $name }` har inget argument `{ $key }`; dess argument: { $arguments }
    }
component-argument-unknown-suggest = `{ $name }` har inget argument `{ $key }`; dess argument: { $arguments }; menade du `{ $near }`?
component-argument-file = `{ $key }` i `{ $name }` anger en fil: ange den som text, till exempel { $key }="video.mp4"
component-argument-type = `{ $key }` i `{ $name }` måste vara { $kind ->
        [text] en text inom citattecken
        [bool] true eller false
        [integer] ett heltal
        [number] ett tal
        [list] en lista inom [ ]
        [map] en samling nyckel–värde-par
       *[other] en annan sorts värde
    }, inte { $value }
component-argument-choice = `{ $key }` i `{ $name }` är ett av { $choices }, inte { $value }
component-argument-id = `{ $key }` i `{ $name }` är ett id (bokstäver, siffror, - och _), inte { $value }: ange bara id:t, inte hela adressen
component-argument-missing = `{ $name }` behöver argumentet `{ $key }`
component-argument-outside = `{ $address }` är ingen fil på webbplatsen
component-argument-outside-hint = ange en fil i sidans egen mapp (sidpaket), eller en fil i static/ räknat från webbplatsens rot (`/files/x.mp4`)
component-render = komponenten `{ $name }` misslyckades: { $problem }
component-render-hint = kontrollera att anropets argument passar komponentens mall
# Mallens eget fel på engelska: var det är och vad det säger.
component-render-where = { $template }, rad { $line }: { $detail }
component-render-detail = { $detail }
component-render-body-twice = { $template } visar innehållet (`body`) mer än en gång
component-render-body-twice-hint = visa innehållet en gång: {"{{"} body {"}}"}

## Tillgänglighet (a11y.*)

a11y-image-alt = bilden saknar alternativtext (alt)
a11y-image-alt-hint = beskriv bilden för dem som inte kan se den: `![Vad bilden visar](file.jpg)`; markera en rent dekorativ bild med `![""](file.jpg)`
a11y-image-alt-page = sidans bild saknar alternativtext (alt)
a11y-image-alt-page-hint = beskriv den i `image_alt:`, för förhandsvisningar i sociala medier; `image_alt: ""` markerar en dekorativ bild
a11y-link-text = länken har ingen text
a11y-link-text-hint = skriv inom hakparenteserna vart länken leder: `[Vägledning för arbetsgivare](…)`
a11y-heading-level = rubriken `{ $title }` hoppar över en nivå (h{ $previous } till h{ $level })
a11y-heading-level-hint = använd { $marks } för den
md-a11y-second-h1 = `# { $title }` är en andra huvudrubrik; sidans titel är den första
md-a11y-second-h1-hint = börja textens rubriker på `##`

## HTML-kod i Markdown (content.raw-html, content.raw-html-cleaned)

md-content-raw-html = HTML-kod utelämnas från sidan
md-content-raw-html-hint = skriv det i Markdown i stället, eller lägg till `markdown: {"{"} raw_html: true {"}"}` i site.yaml om webbplatsens redaktörer får skriva HTML
md-content-raw-html-cleaned = HTML-koden här förlorar { $removed }: kielo behåller bara HTML som inte kan köra skript
md-content-raw-html-cleaned-hint = skriv den utan dem; en länk går till `https://…` eller till en sida på webbplatsen
# Vad som tas bort; listan är $removed.
md-content-raw-html-tag = `<{ $tag }>`
md-content-raw-html-attribute = attributet `{ $attribute }` i `<{ $tag }>`
md-content-raw-html-list = { $first }, { $rest }

## Länkar i en sidas text (link.*)

md-link-missing-page-hint = skriv sökvägen relativt till content/, till exempel `@/press-releases/mitt-meddelande.md`
md-link-missing-anchor = länken pekar på `#{ $anchor }`, men { $page } har ingen rubrik med det ankaret
md-link-missing-anchor-no-headings = sidan har inga rubriker att länka till
md-link-missing-anchor-list = { $more ->
        [0] sidans ankare: { $anchors }
       *[other] sidans ankare: { $anchors } och { $more } till
    }
md-link-script-url = länkadressen `{ $address }` skulle kunna köra ett skript, så den utelämnas
md-link-script-url-hint = länka till en webbsida (`https://…`) eller en annan sida (`@/section/page.md`)
