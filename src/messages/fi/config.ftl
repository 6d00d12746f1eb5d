## site.yaml

config-no-file = kansiossa { $folder } ei ole tiedostoa { $file }: käynnistä kielo sivuston kansiossa tai anna kansion polku valitsimella --root
config-base-url-flag = valitsimen --base-url arvon pitää olla täydellinen verkko-osoite, esimerkiksi https://preview.example.org/; nyt se on `{ $value }`
config-unknown-key = tuntematon avain `{ $key }`
config-missing-key = pakollinen avain `{ $key }` puuttuu
config-missing-key-hint = lisää site.yaml-tiedostoon rivi, esimerkiksi `{ $example }`
config-invalid-value = arvo ei kelpaa: { $detail }
config-invalid-value-hint = kirjoita arvo siinä muodossa kuin avain sitä odottaa: teksti, luku, `true` tai `false` tai luettelo `[a, b]`
config-base-url = avaimen `base_url` arvon pitää olla täydellinen verkko-osoite; nyt se on `{ $value }`
config-base-url-hint = kirjoita osoite alkuineen (https://) ja ilman osia `?…` ja `#…`, esimerkiksi `base_url: https://example.org`
config-theme = `theme: { $value }` ei ole themes/-kansiossa olevan kansion nimi
config-theme-hint = kirjoita sivuston themes/-kansiossa olevan kansion nimi, esimerkiksi `theme: agency`, ilman merkkejä `/` ja `..` tai polkua muualle: teema on osa sivustoa
config-theme-no-folder = site.yaml valitsee teeman `theme: { $name }`, mutta kansiota themes/{ $name }/ ei ole
config-theme-no-folder-hint = luo kansio tai poista `theme`, niin kielo käyttää sisäänrakennettua oletusteemaa
config-no-languages = yhtään kieltä ei ole määritetty
config-no-languages-hint = luettele vähintään yksi kieli avaimilla `code`, `name` ja `title`
config-duplicate-language = kieli `{ $code }` on luettelossa kahdesti
config-duplicate-language-hint = jätä kullekin kielikoodille vain yksi kohta
config-language-code = `{ $code }` ei ole kelvollinen kielikoodi
config-language-code-hint = käytä BCP 47 -kielikoodia, esimerkiksi `fi`, `sv`, `en` tai `sv-FI`
config-default-language = `default_language: { $value }` ei ole mikään määritetyistä kielistä
config-default-language-hint = valitse jokin näistä: { $codes }
config-timezone = `timezone: { $value }` ei ole aikavyöhykkeen nimi
config-timezone-hint = kirjoita aikavyöhykkeen IANA-nimi, esimerkiksi `timezone: Europe/Helsinki`
config-messages = `messages: { $value }` ei ole kielo-viestien kieli
config-messages-hint = kirjoita `messages: fi`, `messages: sv` tai `messages: en`

## site.yaml-tiedoston valikot ($menu on `main` tai `footer`)

config-menu-entry-page = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} kohta `page: { $page }` ei ole `@/`-polku
config-menu-entry-page-hint = nimeä sivu samoin kuin Markdown-linkeissä, suhteessa content/-kansioon: `page: "@/about/contact.md"`
config-menu-entry-url = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} kohta `url: { $url }` ei ole täydellinen osoite
config-menu-entry-url-hint = kirjoita osoite, joka alkaa https://, http://, mailto: tai tel:, ilman välilyöntejä (%20); tämän sivuston sivulle kirjoita `page: "@/…"`
config-menu-entry-both = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} kohdassa on sekä `page` että `url`
config-menu-entry-both-hint = käytä avainta `page` tämän sivuston sivulle tai avainta `url` muualla olevaan osoitteeseen
config-menu-entry-neither = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} kohdassa ei ole avainta `page` eikä `url`
config-menu-entry-neither-hint = kirjoita `page: "@/about/contact.md"` tämän sivuston sivulle tai `url: https://…` ja `title`
config-menu-title-language = `{ $code }` { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} otsikossa ei ole sivuston kieli
config-menu-title-language-hint = sivuston kielet ovat: { $codes }
config-menu-title-empty = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} kohdan otsikko on tyhjä
config-menu-title-empty-hint = kirjoita linkin teksti tai jätä `title` pois, niin kielo käyttää sivun otsikkoa
config-menu-title-missing = { $menu ->
    [main] päävalikon
   *[other] alatunnisteen valikon
} linkiltä osoitteeseen { $url } puuttuu otsikko seuraavilla kielillä: { $languages }
config-menu-title-missing-hint = sivuston ulkopuolinen osoite tarvitsee otsikon jokaisella kielellä: `title: {"{"}{ $example }{"}"}` tai yhden `title`-otsikon kaikille kielille
config-menu-page = valikon kohta `@/{ $target }` ei vie millekään sivuston sivulle
config-menu-page-hint = kirjoita tiedoston polku suhteessa content/-kansioon, esimerkiksi `@/about/contact.md`
config-menu-held-back = valikon kohta `@/{ $target }` vie sivulle { $file }, jonka embargo päättyy { $until }: kohta puuttuu valikosta siihen asti
config-menu-held-back-draft = valikon kohta `@/{ $target }` vie sivulle { $file }, joka on luonnos: kohta puuttuu valikosta, kunnes sivu julkaistaan
config-menu-held-back-hint = jos tarkoitit tätä, mitään ei tarvitse tehdä; kohta ilmestyy valikkoon, kun sivusto rakennetaan sivun julkaisun jälkeen
config-menu-other-language = valikossa olevasta sivusta `@/{ $target }` ei ole versiota seuraavilla kielillä: { $languages }; niiden valikko vie toisen kielen versioon
config-menu-other-language-hint = käännä sivu tai hyväksy, että linkki vie toisen kielen versioon

## Teema: sivupohjat, komponentit ja käännöstiedostot

template-syntax = virhe sivupohjassa: { $detail }
template-syntax-hint = korjaa sivupohjan kirjoitusasu; katso https://keats.github.io/tera/
template-missing = sivuston tai teeman templates/-kansiossa ei ole sivupohjaa `{ $name }`
template-missing-hint = luo se tai korjaa nimi
template-render = sivupohja `{ $template }` epäonnistui: { $detail }
template-render-making = sivupohja `{ $template }` epäonnistui sivua { $page } tehtäessä: { $detail }
template-render-hint = tarkista sivupohja; sivun front matter -osasta voi puuttua arvo, jota sivupohja käyttää
# Teran sanat sivupohjasta ja kohta, jonka Tera nimeää.
component-template = { $template } ei määrittele komponenttia `{ $name }`, joten sivut eivät voi käyttää sitä
component-template-hint = määrittele komponentin argumentit sivupohjan ympärille: {"{"}% component { $name }(key, other="default") %{"}"}…{"{"}% endcomponent { $name } %{"}"}
locale-missing-message = { $count ->
    [one] viesti `{ $keys }` puuttuu kieleltä `{ $code }`
   *[other] kieleltä `{ $code }` puuttuu { $count } viestiä: `{ $keys }`
}; sivuilla näytettiin oletuskielen (tai englannin) teksti, merkittynä sen kielellä
locale-missing-message-hint = { $count ->
    [one] lisää `{ $first } = …` johonkin kansion locales/{ $code }/ .ftl-tiedostoon
   *[other] lisää ne johonkin kansion locales/{ $code }/ .ftl-tiedostoon, esimerkiksi `{ $first } = …`
}
locale-syntax = virhe Fluent-kirjoitusasussa: { $detail }
locale-syntax-hint = jokainen viesti on muotoa `id = text`; jatkorivit alkavat välilyönneillä
locale-date-format = päivämäärien muotoja ei löydy: { $detail }
