## Hur ett meddelande skrivs ut

diagnostic-place = { $file }
diagnostic-place-line = { $column ->
    [0] { $file } rad { $line }
   *[other] { $file } rad { $line }, kolumn { $column }
}
diagnostic-error = fel: { $place }
diagnostic-warning = varning: { $place }
diagnostic-hint = tips: { $hint }
diagnostics-more-in-file = … och { $count } problem till i { $file } visas inte; `kielo check --format json` listar alla
diagnostics-more = … och { $count } problem till visas inte; `kielo check --format json` listar alla
build-stopped = webbplatsen byggdes inte: rätta { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}

## Varför ett kommando misslyckades

error-interrupted = bygget avbröts innan det blev klart; den tidigare versionen är oförändrad
error-io = { $file }: { $reason }

## Tips som gäller många problem

hint-did-you-mean = menade du `{ $word }`?
diagnostic-same-on-more-pages = { $message } (samma på { $count ->
    [one] 1 sida till
   *[other] { $count } sidor till
})

## Sammanfattningsrader

build-summary = Byggde { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
} ({ $languages }) i { $out } på { $ms } ms: { $changed ->
    [one] 1 fil ändrades
   *[other] { $changed } filer ändrades
}, { $added } tillkom, { $removed } togs bort
build-summary-pictures = ; bilder: { $processed } behandlades, { $cached } från cachen
check-summary = Kontrollerade { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
}{ $held ->
    [0] {""}
    [one] {" "}och 1 sida som väntar
   *[other] {" "}och { $held } sidor som väntar
}: { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}
created = skapade { $file }
init-next = {""}
    Nästa steg: cd { $command } && kielo serve
new-next = {""}
    Sidan är ett utkast: `kielo serve --drafts` visar den. Skriv rubrik och text och ta sedan bort raden `draft: true` för att publicera den.
cannot-print = kan inte skriva ut rapporten: { $reason }

## Sidor som väntar

held-back-until = väntar på publicering: { $file } till { $until } ({ $zone })
held-back-draft = utkast: { $file }
held-back-draft-explained = utkast: { $file }: publiceras när raden `draft: true` tas bort

## Listor

list-empty = ingenting
list-and = { $first } och { $last }
list-comma = { $first }, { $rest }
usage-now = `--now { $value }` är ingen tidpunkt ({ $reason }); skriv den som `date:`, till exempel 2026-12-01T09:00 i webbplatsens tidszon eller 2026-12-01T09:00:00+02:00
