## site.yaml

config-no-file = det finns ingen { $file } i { $folder }: kör kielo i webbplatsens mapp, eller ange mappens sökväg med --root
config-base-url-flag = --base-url måste vara en fullständig webbadress, till exempel https://preview.example.org/, inte `{ $value }`
config-unknown-key = okänd nyckel `{ $key }`
config-missing-key = den obligatoriska nyckeln `{ $key }` saknas
config-missing-key-hint = lägg till en rad i site.yaml, till exempel `{ $example }`
config-invalid-value = ogiltigt värde: { $detail }
config-invalid-value-hint = skriv värdet så som nyckeln förväntar sig det: en text, ett tal, `true` eller `false`, eller en lista `[a, b]`
config-base-url = `base_url` måste vara en fullständig webbadress, inte `{ $value }`
config-base-url-hint = skriv adressen med protokoll (https://) och utan `?…` eller `#…`, till exempel `base_url: https://example.org`
config-theme = `theme: { $value }` är inte namnet på en mapp under themes/
config-theme-hint = skriv namnet på en mapp i webbplatsens mapp themes/, till exempel `theme: agency`, utan `/`, `..` eller en sökväg någon annanstans: ett tema är en del av webbplatsen
config-theme-no-folder = site.yaml väljer `theme: { $name }`, men det finns ingen mapp themes/{ $name }/
config-theme-no-folder-hint = skapa mappen, eller ta bort `theme` för att använda det inbyggda standardtemat
config-no-languages = inga språk har angetts
config-no-languages-hint = lista minst ett språk med `code`, `name` och `title`
config-duplicate-language = språket `{ $code }` finns två gånger i listan
config-duplicate-language-hint = behåll en post per språkkod
config-language-code = `{ $code }` är inte en giltig språkkod
config-language-code-hint = använd en BCP 47-kod, till exempel `fi`, `sv`, `en` eller `sv-FI`
config-default-language = `default_language: { $value }` är inte något av de angivna språken
config-default-language-hint = välj ett av: { $codes }
config-timezone = `timezone: { $value }` är inte namnet på en tidszon
config-timezone-hint = skriv tidszonens IANA-namn, till exempel `timezone: Europe/Helsinki`
config-messages = `messages: { $value }` är inte ett språk för kielos meddelanden
config-messages-hint = skriv `messages: fi`, `messages: sv` eller `messages: en`

## Menyerna i site.yaml ($menu är `main` eller `footer`)

config-menu-entry-page = `page: { $page }` i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} är inte en `@/`-sökväg
config-menu-entry-page-hint = ange sidan så som Markdown-länkar gör, i förhållande till content/: `page: "@/about/contact.md"`
config-menu-entry-url = `url: { $url }` i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} är inte en fullständig adress
config-menu-entry-url-hint = skriv en adress med https://, http://, mailto: eller tel:, utan mellanslag (%20); för en sida på den här webbplatsen skriv `page: "@/…"`
config-menu-entry-both = en post i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} har både `page` och `url`
config-menu-entry-both-hint = behåll `page` för en sida på den här webbplatsen, eller `url` för en adress någon annanstans
config-menu-entry-neither = en post i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} har varken `page` eller `url`
config-menu-entry-neither-hint = skriv `page: "@/about/contact.md"` för en sida på den här webbplatsen, eller `url: https://…` med en `title`
config-menu-title-language = `{ $code }` i en rubrik i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} är inte ett av webbplatsens språk
config-menu-title-language-hint = webbplatsens språk är: { $codes }
config-menu-title-empty = en rubrik i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} är tom
config-menu-title-empty-hint = skriv länkens text, eller utelämna `title` för att använda sidans rubrik
config-menu-title-missing = länken till { $url } i { $menu ->
    [main] huvudmenyn
   *[other] sidfotsmenyn
} saknar rubrik på följande språk: { $languages }
config-menu-title-missing-hint = en adress utanför webbplatsen behöver en rubrik på varje språk: `title: {"{"}{ $example }{"}"}`, eller en enda `title` för alla
config-menu-page = menyposten `@/{ $target }` leder inte till någon sida på webbplatsen
config-menu-page-hint = skriv sökvägen till en fil i förhållande till content/, till exempel `@/about/contact.md`
config-menu-held-back = menyposten `@/{ $target }` leder till { $file }, som har embargo till { $until }: menyn utelämnar den tills dess
config-menu-held-back-draft = menyposten `@/{ $target }` leder till { $file }, ett utkast: menyn utelämnar den tills sidan publiceras
config-menu-held-back-hint = om det var meningen behöver du inte göra något; posten syns i första bygget efter att sidan publicerats
config-menu-other-language = sidan `@/{ $target }` i menyn har ingen version på följande språk: { $languages }; där leder menyn till en version på ett annat språk
config-menu-other-language-hint = översätt sidan, eller godta att länken leder till det andra språket

## Temat: mallar, komponenter och översättningsfiler

template-syntax = fel i mallen: { $detail }
template-syntax-hint = rätta mallens syntax; se https://keats.github.io/tera/
template-missing = det finns ingen mall `{ $name }` i webbplatsens eller temats templates/
template-missing-hint = skapa den, eller rätta namnet
template-render = mallen `{ $template }` misslyckades: { $detail }
template-render-making = mallen `{ $template }` misslyckades när { $page } gjordes: { $detail }
template-render-hint = kontrollera mallen; sidans front matter-del kan sakna ett värde som mallen använder
# Teras ord om en mall, med det ställe som Tera anger.
component-template = { $template } definierar ingen komponent `{ $name }`, så sidor kan inte använda den
component-template-hint = deklarera komponentens argument runt mallen: {"{"}% component { $name }(key, other="default") %{"}"}…{"{"}% endcomponent { $name } %{"}"}
locale-missing-message = { $count ->
    [one] meddelandet `{ $keys }` saknas på språket `{ $code }`
   *[other] { $count } meddelanden saknas på språket `{ $code }`: `{ $keys }`
}; standardspråkets (eller engelsk) text användes i stället, märkt med sitt språk
locale-missing-message-hint = { $count ->
    [one] lägg till `{ $first } = …` i en .ftl-fil i locales/{ $code }/
   *[other] lägg till dem i en .ftl-fil i locales/{ $code }/, till exempel `{ $first } = …`
}
locale-syntax = fel i Fluent-syntaxen: { $detail }
locale-syntax-hint = varje meddelande är `id = text`; fortsättningsrader börjar med mellanslag
locale-date-format = inga datumformat hittades: { $detail }
