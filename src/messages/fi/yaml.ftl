## YAML- ja TOML-muotoilu site.yaml-tiedostossa ja front matter -osassa

yaml-syntax = YAML-muotoilussa on virhe: { $detail }
yaml-syntax-hint = tarkista tämän rivin YAML-muotoilu: yksi `key: value` -pari riviä kohden, lainausmerkit suljettuina ja luettelon kohdat alkavat merkeillä `- `
yaml-syntax-after-quote = arvon loppulainausmerkin jälkeen tulee vielä tekstiä
yaml-syntax-after-quote-hint = kirjoita koko arvo lainausmerkkeihin ja arvon sisällä oleva lainausmerkki muodossa `\"`, tai käytä toisenlaisia lainausmerkkejä
yaml-tab = tämä rivi on sisennetty sarkaimella, mutta YAML sallii sisennykseen vain välilyöntejä
yaml-tab-hint = korvaa sarkain välilyönneillä (kaksi kutakin tasoa kohden) ja aseta editori sisentämään välilyönneillä
yaml-unclosed-quote = tästä alkaa lainausmerkeissä oleva teksti, mutta sen loppulainausmerkki puuttuu
yaml-unclosed-quote-hint = sulje lainaus samalla rivillä: lisää `{ $quote }` arvon loppuun tai poista aloittava lainausmerkki
yaml-unclosed-bracket = tästä alkavalla merkillä `{ $bracket }` ei ole sulkevaa paria `{ $close }`
yaml-unclosed-bracket-hint = sulje se samalla rivillä tai kirjoita arvo lainausmerkkeihin, jos se alkaa merkillä `[` tai `{"{"}`
yaml-unexpected-value = tähän kohtaan ei voi kirjoittaa `key: value` -paria
yaml-unexpected-value-hint = aloita jokainen avain oman rivinsä alusta ja kirjoita lainausmerkkeihin arvo, jossa on `: `
yaml-duplicate-key = avain `{ $key }` on annettu kahdesti
yaml-duplicate-key-hint = jätä kullekin avaimelle vain yksi rivi
yaml-aliases = YAML-viittaukset (`*name`) toistavat tästä eteenpäin arvojaan liian monta kertaa
yaml-aliases-hint = kirjoita arvot kokonaan auki `&anchor`- ja `*alias`-merkintöjen sijaan
yaml-renamed-key-hint = tarkoititko `{ $ours }`? Se on kielon nimi avaimelle `{ $key }`
yaml-allowed-keys-hint = tässä sallitut avaimet ovat: { $keys }
toml-syntax = TOML-muotoilussa on virhe: { $detail }
toml-syntax-hint = kirjoita TOML niin kuin toml.io sen kuvaa: `key = "text"`, `key = ["a", "b"]`, `[table]`

## Front matter

frontmatter-missing = tiedosto ei ala front matter -osalla
frontmatter-missing-hint = aloita tiedosto rivillä `---`, sen jälkeen `title: …` ja sitten toinen `---` (tai kirjoita TOML `+++`-rivien väliin, niin kuin Zola tekee)
frontmatter-unclosed = rivillä 1 merkinnällä `{ $fence }` alkava front matter -osa ei pääty koskaan
frontmatter-unclosed-hint = lisää front matter -osan viimeisen avaimen jälkeen rivi, jolla on pelkästään `{ $fence }`
frontmatter-unknown-key = tuntematon avain `{ $key }`
frontmatter-unknown-key-path-hint = kielo muodostaa sivun osoitteen sen kansioista ja `slug`-avaimesta: aseta `slug` ja lisää vanha osoite `aliases`-luetteloon
frontmatter-unknown-key-redirect-to-hint = kielossa ei ole uudelleenohjaavia sivuja: lisää vanha osoite sen sivun `aliases`-luetteloon, jolle se johtaa
frontmatter-unknown-key-page-template-hint = kielossa ei ole osion sivuille yhteistä sivupohjaa: aseta `template` jokaiselle sivulle erikseen
frontmatter-unknown-key-render-hint = kielossa ei ole sivuja, joita ei muodosteta: poista avain tai merkitse julkaisematon sivu avaimella `draft`
frontmatter-unknown-key-authors-hint = kielossa ei ole avainta `authors`: siirrä tekijät `extra`-avaimen alle, jos sivupohjasi näyttävät ne
frontmatter-unknown-key-in-search-index-hint = kielon haku löytää kaikki julkaistut sivut: poista avain
frontmatter-unknown-key-transparent-hint = kielo listaa osiossa vain sen oman kansion sivut: poista avain
frontmatter-missing-key = pakollinen avain `{ $key }` puuttuu
frontmatter-missing-key-hint = lisää front matter -osaan rivi, esimerkiksi `{ $example }`
frontmatter-invalid-value = arvo ei kelpaa: { $detail }
frontmatter-invalid-value-hint = kirjoita arvo siinä muodossa kuin avain sitä odottaa: teksti, luku, `true` tai `false` tai luettelo `[a, b]`
frontmatter-section-key = `{ $key }` määrää, miten osio listaa sivunsa, mutta tämä sivu ei ole osion oma sivu
frontmatter-section-key-hint = siirrä se sivun kansiossa olevaan saman kielen `_index`-tiedostoon
frontmatter-no-title = sivulla ei ole otsikkoa
frontmatter-no-title-hint = lisää front matter -osaan rivi, esimerkiksi `{ $toml ->
    [1] title = "Tiedote"
   *[0] title: Tiedote
}`
frontmatter-invalid-date = `{ $entry }` ei ole kelvollinen päivämäärä ({ $reason })
frontmatter-invalid-date-hint = kirjoita päivämäärä muodossa `2026-03-16`, tai kellonajan kanssa `2026-03-16T10:02` (sivuston aikavyöhykkeellä) tai `2026-03-16T10:02:00+02:00`
frontmatter-invalid-slug = slug `{ $slug }` ei ole yksi osoitteen osa
frontmatter-invalid-slug-hint = kirjoita slug ilman merkkejä `/`, `\` ja `..`, esimerkiksi `{ $example }`; käytä vanhoille osoitteille avainta `aliases`
frontmatter-invalid-template = `{ $entry }` ei ole sivupohjan nimi
frontmatter-invalid-template-hint = anna teeman tai sivuston templates/-kansiossa olevan tiedoston nimi, esimerkiksi `{ $example }`
