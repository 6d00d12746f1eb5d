## Att läsa webbplatsens filer

read-no-folder = det finns ingen mapp { $folder }: ange webbplatsens mapp med --root
file-unreadable = kan inte läsas: { $reason }
file-unreadable-hint = kontrollera att filen finns och att du har rätt att läsa den
file-too-large = är för stor: kielo läser högst { $megabytes } MB från en fil
file-too-large-hint = gör filen mindre eller dela upp den i flera filer
file-not-utf8 = är inte giltig UTF-8-text (första felaktiga byte vid position { $offset })
file-not-utf8-hint = spara filen som UTF-8 i din redigerare
file-link-outside = är en länk till { $target }, som ligger utanför webbplatsens mapp; kielo följer inte länkar ut ur webbplatsen
file-link-outside-hint = kopiera det som länken pekar på till webbplatsens mapp, eller ta bort länken
file-broken-link = är en länk till { $target }, som inte finns
file-broken-link-hint = ta bort länken, eller skapa det som den pekar på i webbplatsens mapp
file-link-loop = den här länken pekar tillbaka på en mapp som den själv ligger i
file-link-loop-hint = ta bort länken
file-not-folder = är inte en mapp
file-not-folder-hint = gör den till en mapp eller ta bort den
file-not-regular = är inte en vanlig fil utan { $kind ->
    [folder] en mapp
   *[other] en pipe, en enhet eller en socket, som skulle låsa bygget
}
file-not-regular-hint = ersätt den med en vanlig fil eller ta bort den
file-control-character = här finns det osynliga tecknet { $character }, som webbsidor och flöden inte kan innehålla
file-control-character-hint = radera tecknet (det följer ofta med text som klistrats in från ett annat program) eller skriv texten på nytt
file-address-record = kielo kunde inte spara sin förteckning över de adresser den publicerat: { $reason }
file-address-record-hint = gör { $folder } till en vanlig mapp som kielo får skriva i, eller ta bort den; tills dess märker kielo inte när en sidas adress försvinner
