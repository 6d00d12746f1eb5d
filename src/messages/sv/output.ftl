## kielo serve

serve-serving = Förhandsvisning på { $url }
serve-rebuilt = Byggdes om på { $ms } ms ({ $files ->
    [one] 1 fil ändrades
   *[other] { $files } filer ändrades
})
serve-goes-on = kielo serve fortsätter med den senaste fungerande versionen av webbplatsen, om det finns en; spara en rättelse så byggs den om
serve-cannot-watch = varning: kan inte bevaka ändringar i { $folder }: { $reason }
serve-open-to-network = varning: lyssnar på { $address }: förhandsvisningen, med de utkast och embargerade sidor den visar, nås från nätverket; --bind 127.0.0.1 håller den på den här datorn
serve-no-browser = varning: kan inte öppna en webbläsare: { $reason }
serve-stopped = fel: servern stannade: { $reason }
serve-connections-cut = varning: anslutningar som fortfarande var öppna { $seconds } s efter stoppsignalen bröts
serve-cannot-start = kan inte starta servern: { $reason }
serve-cannot-listen = kan inte lyssna: { $reason }
serve-cannot-listen-on = kan inte lyssna på { $address }: { $reason }
serve-no-signals = kan inte hantera signaler: { $reason }
serve-no-thread = kan inte starta tråden som bygger om: { $reason }
serve-thread-stopped = tråden som bygger om stannade oväntat
serve-port-in-use = porten { $port } används redan (en annan kielo serve?); { $free ->
    [0] prova `kielo serve --port 0` för vilken ledig port som helst
   *[other] prova `kielo serve --port { $free }`
}
serve-overlay-title = Webbplatsen kunde inte byggas
serve-overlay-note = Det här är den senaste fungerande versionen. Rätta problemet och spara: sidan laddas om av sig själv.
serve-overlay-note-first = Webbplatsen har inte byggts ännu. Rätta problemet och spara: sidan laddas om av sig själv.
serve-nothing-built-title = Webbplatsen har inte byggts ännu
serve-nothing-built = Webbplatsen har inte byggts ännu. Den här sidan laddas om av sig själv när den är klar.
serve-not-found-title = Sidan hittades inte
serve-not-found = Ingen fil på webbplatsen har den här adressen.
serve-overlay-close = Stäng

## Var webbplatsen skrivs

output-clash = den här sidan eller en av dess omdirigeringar skulle skrivas till { $path }, dit även { $other } skrivs
output-clash-hint = ge en av sidorna en annan `slug`
output-clash-static = webbplatsen skriver också en sida, ett flöde eller en etikettsida på { $clash }, så den här filen kan inte skrivas till { $path }
output-clash-static-hint = byt namn på filen, eller ge sidan en annan `slug`
output-clash-page-under-file = den här sidan skulle skrivas till { $path }, men webbplatsen skriver en fil på { $file }, där det behövs en mapp
output-clash-alias-under-file = en omdirigering av den här sidan skulle skrivas till { $path }, men webbplatsen skriver en fil på { $file }, där det behövs en mapp
output-clash-alias-under-file-hint = välj en omdirigering som inte är namnet på någon av webbplatsens filer
output-clash-slug-hint = ge sidan en annan `slug`
output-clash-two-pages = två av webbplatsens sidor skulle båda skrivas till { $path }
output-clash-two-pages-hint = ge sidan vars adress slutar på den mappen en annan `slug`, eftersom kielo skriver en lista, en etikettsida eller ett flöde där
output-clash-file-and-folder = webbplatsen skulle skriva både en fil och en mapp på { $path }
output-clash-file-and-folder-hint = ge sidan vars adress slutar på det namnet en annan `slug`
output-clash-file = den här filen skulle publiceras på { $address }, där även { $other } publiceras
output-clash-file-hint = byt namn på en av filerna
output-feed = ett flöde utan sektionssida
output-folder-is-site = målmappen är webbplatsens egen mapp: att bygga i den skulle radera webbplatsens egna filer
output-folder-holds-site = målmappen innehåller webbplatsens mapp { $site }: att bygga i den skulle radera webbplatsen
output-folder-in-sources = målmappen ligger i webbplatsens mapp { $folder }/: att bygga i den skulle radera webbplatsens källfiler
output-folder-is-file = målmappen är en fil, inte en mapp: kielo ersätter den inte
output-folder-hint = bygg webbplatsen i en egen mapp, till exempel `public/` i webbplatsens mapp (standard)
output-not-ours = innehåller redan filer som kielo inte har gjort (det finns ingen { $marker } i den); ett bygge ersätter hela målmappen, så de skulle raderas
output-not-ours-hint = bygg i en ny eller tom mapp med `--out`; om det här är ett tidigare bygge, radera det, eller lägg till `--force` en gång för att ersätta innehållet
output-broken-link = är en länk till { $target }, som inte finns
output-broken-link-hint = skapa mappen som länken pekar på, eller ange den verkliga mappen med `--out`
output-cleanup = en gammal fil i målmappen kunde inte tas bort: { $reason }
output-cleanup-more = en gammal fil i målmappen kunde inte tas bort (och { $more } till): { $reason }
output-cleanup-hint = den nya webbplatsen är på plats; nästa bygge försöker ta bort filen igen

## Mallar som misslyckas när webbplatsen görs (src/render.rs)

