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
serve-thread-stopped = tråden som bygger om stannade oväntat
serve-port-in-use = porten { $port } används redan (en annan kielo serve?); { $free ->
    [0] prova `kielo serve --port 0` för vilken ledig port som helst
   *[other] prova `kielo serve --port { $free }`
}
serve-overlay-title = Webbplatsen kunde inte byggas
serve-overlay-note = Det här är den senaste fungerande versionen. Rätta problemet och spara: sidan laddas om av sig själv.
serve-overlay-close = Stäng
