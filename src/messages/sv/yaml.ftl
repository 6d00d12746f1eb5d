## YAML- och TOML-syntax i site.yaml och front matter-delen

yaml-syntax = fel i YAML-syntaxen: { $detail }
yaml-syntax-hint = kontrollera YAML-syntaxen på den här raden: ett `key: value`-par per rad, stängda citattecken och listpunkter som börjar med `- `
yaml-syntax-after-quote = det kommer mer text efter värdets avslutande citattecken
yaml-syntax-after-quote-hint = sätt hela värdet inom citattecken och skriv ett citattecken inuti det som `\"`, eller använd den andra sortens citattecken
yaml-tab = den här raden är indragen med tabb, men YAML tillåter bara mellanslag för indrag
yaml-tab-hint = ersätt tabben med mellanslag (två för varje nivå) och ställ in redigeraren så att den drar in med mellanslag
yaml-unclosed-quote = här börjar en text inom citattecken, men det avslutande citattecknet saknas
yaml-unclosed-quote-hint = stäng citatet på samma rad: lägg till `{ $quote }` i slutet av värdet, eller ta bort det inledande citattecknet
yaml-unclosed-bracket = `{ $bracket }` som börjar här har ingen avslutande `{ $close }`
yaml-unclosed-bracket-hint = stäng den på samma rad, eller sätt värdet inom citattecken om det börjar med `[` eller `{"{"}`
yaml-unexpected-value = ett `key: value` kan inte stå här
yaml-unexpected-value-hint = börja varje nyckel i början av sin rad, och sätt ett värde som innehåller `: ` inom citattecken
yaml-duplicate-key = nyckeln `{ $key }` anges två gånger
yaml-duplicate-key-hint = behåll en rad för varje nyckel
yaml-aliases = YAML-aliasen (`*name`) härifrån och framåt upprepar sina värden för många gånger
yaml-aliases-hint = skriv ut värdena i sin helhet i stället för att använda `&anchor` och `*alias`
yaml-renamed-key-hint = menade du `{ $ours }`? Det är kielos namn på `{ $key }`
yaml-allowed-keys-hint = nycklar som är tillåtna här: { $keys }
toml-syntax = fel i TOML-syntaxen: { $detail }
toml-syntax-hint = skriv TOML så som toml.io beskriver det: `key = "text"`, `key = ["a", "b"]`, `[table]`

## Front matter

frontmatter-missing = filen börjar inte med en front matter-del
frontmatter-missing-hint = börja filen med en rad `---`, sedan `title: …` och sedan en till `---` (eller skriv TOML mellan `+++`-rader, så som Zola gör)
frontmatter-unclosed = front matter-delen som börjar med `{ $fence }` på rad 1 avslutas aldrig
frontmatter-unclosed-hint = lägg till en rad med bara `{ $fence }` efter den sista nyckeln i front matter-delen
frontmatter-unknown-key = okänd nyckel `{ $key }`
frontmatter-unknown-key-path-hint = kielo bildar sidans adress av dess mappar och `slug`: ange `slug` och lägg till den gamla adressen i `aliases`
frontmatter-unknown-key-redirect-to-hint = kielo har inga sidor som omdirigerar: lägg till den gamla adressen i `aliases` på den sida som den leder till
frontmatter-unknown-key-page-template-hint = kielo har ingen gemensam mall för en sektions sidor: ange `template` på varje sida
frontmatter-unknown-key-render-hint = kielo har inga sidor som lämnas obyggda: ta bort nyckeln, eller markera en sida som inte ska publiceras med `draft`
frontmatter-unknown-key-authors-hint = kielo har ingen `authors`: lägg författarna under `extra` om dina mallar visar dem
frontmatter-unknown-key-in-search-index-hint = kielos sökning listar alla publicerade sidor: ta bort nyckeln
frontmatter-unknown-key-transparent-hint = kielo listar i en sektion bara sidorna i dess egen mapp: ta bort nyckeln
frontmatter-missing-key = den obligatoriska nyckeln `{ $key }` saknas
frontmatter-missing-key-hint = lägg till en rad i front matter-delen, till exempel `{ $example }`
frontmatter-invalid-value = ogiltigt värde: { $detail }
frontmatter-invalid-value-hint = skriv värdet så som nyckeln förväntar sig det: en text, ett tal, `true` eller `false`, eller en lista `[a, b]`
frontmatter-section-key = `{ $key }` anger hur en sektion listar sina sidor, men den här sidan är inte sektionens egen sida
frontmatter-section-key-hint = flytta den till `_index`-filen på samma språk i sidans mapp
frontmatter-no-title = sidan har ingen rubrik
frontmatter-no-title-hint = lägg till en rad i front matter-delen, till exempel `{ $toml ->
    [1] title = "Pressmeddelande"
   *[0] title: Pressmeddelande
}`
frontmatter-invalid-date = `{ $entry }` är inte ett giltigt datum ({ $reason })
frontmatter-invalid-date-hint = skriv datumet som `2026-03-16`, eller med en tid `2026-03-16T10:02` (webbplatsens tidszon) eller `2026-03-16T10:02:00+02:00`
frontmatter-invalid-slug = slug `{ $slug }` är inte en enda del av en adress
frontmatter-invalid-slug-hint = skriv slug utan `/`, `\` eller `..`, till exempel `{ $example }`; använd `aliases` för gamla adresser
frontmatter-invalid-template = `{ $entry }` är inte namnet på en mall
frontmatter-invalid-template-hint = ange en fil i temats eller webbplatsens mapp templates/, till exempel `{ $example }`
