## Läsa content/
content-no-folder = webbplatsen har ingen content/-mapp, där dess sidor finns
content-no-folder-hint = skapa mappen content/ bredvid site.yaml och lägg sidornas Markdown-filer i den

content-lost-original = den här översättningen har inget eget datum, och originalet { $original }, som har embargo till { $until }, finns inte längre: översättningen väntar till dess
content-lost-original-hint = ge översättningen originalets nya namn (eller samma `translation_key`), eller ett eget `date`
content-unknown-language = enligt filnamnet är filen på språket `{ $code }`, men det språket finns inte i site.yaml
content-unknown-language-hint = byt namn på filen till något av webbplatsens språk ({ $codes }), eller lägg till `{ $code }` under `languages` i site.yaml
content-unknown-language-case = skriv språkkoden med små bokstäver: `{ $file }`
content-bundle-at-root = en `index`-fil högst upp i content/ kan inte vara ett sidpaket
content-bundle-at-root-hint = startsidan är `_index.<språk>.md`; lägg ett sidpaket i en egen mapp
content-bundle-pages = den här sidan ligger i sidpaketet content/{ $bundle }/, som är en enda sida med sina filer
content-bundle-pages-hint = flytta sidan ut ur sidpaketets mapp, eller byt namn på paketets `index`-filer (`_index`) så att mappen blir en sektion
content-stray-file = filen publiceras inte: bara filerna i ett sidpaket publiceras
content-stray-file-hint = lägg den i ett sidpakets mapp (bredvid `index.fi.md`), eller i static/ om många sidor använder den
content-early-translation = den här översättningen är daterad { $date }, före originalet { $original }, som är under embargo till { $embargo }: den publiceras nu, före originalet
content-early-translation-hint = ta bort dess `date` så publiceras den samtidigt som originalet, eller ge den samma datum
content-placeholder-title = rubriken är fortfarande platshållaren som kielo new skrev, `{ $title }`
content-placeholder-title-hint = skriv sidans egen rubrik
content-raw-html = HTML-kod i texten lämnas bort från sidan
content-raw-html-hint = skriv det i Markdown i stället, eller ange `markdown: {"{"} raw_html: true {"}"}` i site.yaml om webbplatsens skribenter kan anförtros att skriva HTML
content-raw-html-cleaned = HTML-koden här förlorar { $removed }: kielo behåller bara HTML som inte kan köra skript
content-raw-html-cleaned-hint = skriv den utan dem; en länk går till `https://…` eller till en sida på webbplatsen

## Front matter som bara inläsningen kontrollerar (src/load.rs)


## Sidorna blir en webbplats

content-duplicate-translation = den här filen och { $other } är båda { $language }-versionen av samma sida
content-duplicate-translation-hint = behåll en av dem, eller ge dem olika namn eller olika `translation_key`
content-invalid-alias = omdirigeringen `{ $alias }` är ingen sökväg inom webbplatsen
content-invalid-alias-hint = skriv gamla adresser som sökvägar på webbplatsen, till exempel `/sv/gammalt-namn/`, utan `..` eller `\`
content-language-prefix = med `default_language_at_root` ligger den här { $language }-sidans adress { $address } under /{ $other }/, där sidorna på { $other } finns
content-language-prefix-hint = ge sidan en annan `slug`, så att ingen adress betyder två språk
content-empty-address = sidans adress skulle bli tom
content-empty-address-hint = ange en `slug` med bokstäver eller siffror

## Länkar

link-missing-page = länken `@/{ $target }` pekar på en sida som inte finns
link-missing-page-hint = skriv sökvägen från content/, till exempel `@/press-releases/mitt-meddelande.md`
link-other-language = `@/{ $target }` har ingen version på { $language }, så länken leder till versionen på { $other }
link-broken = länken `{ $link }` leder inte till någon sida eller fil på webbplatsen
link-broken-hint = länka till sidor som `@/sektion/sida.md#ankare` så hittar kielo deras adress
link-missing-anchor = länken pekar på `#{ $anchor }`, men { $page } har ingen rubrik med det ankaret
link-missing-anchor-in-link = länken `{ $link }` pekar på `#{ $anchor }`, men { $page } har ingen rubrik med det ankaret
link-missing-anchor-no-headings = sidan har inga rubriker att länka till
link-missing-anchor-list = { $more ->
    [0] sidans ankare är: { $anchors }
   *[other] sidans ankare är: { $anchors } och { $more } till
}
link-script-url = länkadressen `{ $address }` kan köra ett skript, så den lämnas bort
link-script-url-hint = länka till en webbsida (`https://…`) eller en annan sida (`@/sektion/sida.md`)

## Det som bara kielo check letar efter

a11y-second-h1 = `# { $title }` är en andra huvudrubrik; sidans rubrik är den första
a11y-second-h1-hint = börja textens rubriker på `##`
check-no-description = sidan har ingen beskrivning (`description`)
check-no-description-hint = lägg till `{ $example }`, en mening: sökmotorer, flöden och förhandsvisningar av länkar visar den
check-missing-translation = sidan är inte översatt till { $code } ({ $language })
check-missing-translation-hint = skapa { $file }; tills dess leder språkväljaren till närmaste sida på { $code }

## kielo new och kielo init

usage-unknown-language = `{ $code }` är inte ett språk på den här webbplatsen; site.yaml har { $codes }
new-not-a-path = `{ $path }` är ingen sökväg till en sida: skriv den som <sektion>/<namn>, till exempel press-releases/ny-radgivning (sektionens mapp under content/)
new-exists = { $file } finns redan; kielo new skriver aldrig över en sida: redigera den, eller välj ett annat namn
new-no-section = content/{ $missing }/ är inte en sektion på den här webbplatsen
    kielo new skriver i en sektions mapp under content/; sektionerna är:{ $sections }
    Ange --new-section för att starta en ny sektion.
new-no-section-did-you-mean = content/{ $missing }/ är inte en sektion på den här webbplatsen; menade du `{ $folder }` ({ $addresses })?
    kielo new skriver i en sektions mapp under content/; sektionerna är:{ $sections }
    Ange --new-section för att starta en ny sektion.
init-not-a-code = `--lang { $code }` är ingen språkkod: använd en BCP 47-kod som fi, sv, en eller de
init-given-twice = `--lang { $code }` anges två gånger: ange varje språk bara en gång
init-cannot-make = kan inte skapa en webbplats för de här språken: { $problems }
init-problems = { $first }; { $next }
init-cannot-make-in = kan inte skapa en webbplats på `{ $code }`: { $reason }
init-not-a-folder = { $folder } finns redan och är ingen mapp: välj en ny mapp för webbplatsen
init-not-empty = { $folder } är inte tom: kielo init skriver bara i en ny eller tom mapp, aldrig över filer

## kielo translations

translations-all-present = Varje sida har en version på { $language }.
translations-no-pages = Det finns inga sidor i content/.
translations-column-section = Sektion
translations-column-page = Sida
translations-present = finns
translations-missing = saknas
translations-outdated = föråldrad
translations-count = { $language }: { $missing } saknas, { $outdated } { $outdated ->
    [one] föråldrad
   *[other] föråldrade
}
translations-count-default = { $language }: { $missing } saknas
translations-decided-from = Föråldrade översättningar avgjordes utifrån: { $source }
translations-source-git = git-committernas datum
translations-source-front-matter = updated-datum i front matter-delen
translations-source-mtime = filernas ändringstider
translations-source-mixed = updated-datum i front matter-delen, och filernas ändringstider för sidor utan `updated` eller `date`
translations-not-compared-git = Inte jämförda (ännu inte incheckade i git):
translations-not-compared = Inte jämförda (ändringstiden kunde inte läsas):

## Adresser som försvunnit

content-address-removed = { $kind ->
    [alias] { $address }, en omdirigering till den här sidan, publiceras inte längre
   *[page] { $address } publiceras inte längre: den här filen publicerade den
}, och ingen sida eller omdirigering på { $lang } finns där nu; { $place }
content-address-removed-moved = sidan finns nu på { $address }
content-address-removed-unlisted = sidan listar den inte längre
content-address-removed-likely = { $file } har troligen tagit dess plats ({ $because })
content-address-removed-because = { $why ->
    [file] samma fil
    [key] samma `translation_key`
    [name] samma filnamn
    [title] samma rubrik
   *[new] den enda nya sidan på { $lang } i mappen
}
content-address-removed-nowhere = { $kind ->
    [alias] { $address }, en omdirigering till den här sidan, publiceras inte längre
   *[page] { $address } publiceras inte längre: den här filen publicerade den
}, och ingen sida eller omdirigering på { $lang } finns där nu; ingen sida på { $lang } verkar ha tagit dess plats
content-address-removed-nowhere-translated = { $kind ->
    [alias] { $address }, en omdirigering till den här sidan, publiceras inte längre
   *[page] { $address } publiceras inte längre: den här filen publicerade den
}, och ingen sida eller omdirigering på { $lang } finns där nu; ingen sida på { $lang } verkar ha tagit dess plats; dess version på { $other }, { $file }, är fortfarande publicerad
content-address-removed-line = { $line }
content-address-removed-line-replacing = { $line } (i stället för dess nuvarande `aliases`-rad)
content-address-removed-otherwise = eller, om ingen sida ska ta dess plats, låt det vara: kielo påminner om det till { $until }
content-address-removed-hint = lägg till i { $file }:  { $line } — { $otherwise }
content-address-removed-hint-section-or-translation = för att skicka läsarna vidare, lägg till på sektionens sida { $file }:  { $line } eller i { $other_file }:  { $other_line } — { $otherwise }
content-address-removed-hint-section = för att skicka läsarna vidare, lägg till på sektionens sida { $file }:  { $line } — { $otherwise }
content-address-removed-hint-translation = för att skicka läsarna vidare, lägg till i { $file }:  { $line } — { $otherwise }
content-address-removed-hint-anywhere = för att skicka läsarna vidare, lägg till { $address } bland `aliases` på den sida som tagit dess plats — { $otherwise }
translations-notes = Anmärkningar:
translations-rename = { $from } till { $to }
translations-note-renamed = { $langs }: originalet har bytt namn till { $file }? byt namn på { $renames }, eller ge { $count ->
    [one] båda
   *[other] alla
} samma translation_key
