## Miten ilmoitus tulostetaan

diagnostic-place = { $file }
diagnostic-place-line = { $column ->
    [0] { $file } rivi { $line }
   *[other] { $file } rivi { $line }, sarake { $column }
}
diagnostic-error = virhe: { $place }
diagnostic-warning = varoitus: { $place }
diagnostic-hint = vihje: { $hint }
diagnostics-more-in-file = … ja tiedostossa { $file } { $count ->
    [one] 1 muu ongelma, joka jää näyttämättä
   *[other] { $count } muuta ongelmaa, jotka jäävät näyttämättä
}; `kielo check --format json` luettelee ne kaikki
diagnostics-more = … ja { $count ->
    [one] 1 muu ongelma, joka jää näyttämättä
   *[other] { $count } muuta ongelmaa, jotka jäävät näyttämättä
}; `kielo check --format json` luettelee ne kaikki
build-stopped = sivustoa ei rakennettu: korjaa { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
}

## Miksi komento epäonnistui

error-interrupted = rakentaminen keskeytettiin ennen kuin se valmistui; aiempi tulos on ennallaan
error-io = { $file }: { $reason }

## Monen ongelman yhteiset vihjeet

hint-did-you-mean = tarkoititko `{ $word }`?
diagnostic-same-on-more-pages = { $message } (sama { $count ->
    [one] 1 muulla sivulla
   *[other] { $count } muulla sivulla
})

## Yhteenvetorivit

build-summary = Rakennettiin { $pages ->
    [one] 1 sivu
   *[other] { $pages } sivua
} ({ $languages }) kansioon { $out } { $ms } ms:ssa: tiedostoja muuttui { $changed }, lisättiin { $added }, poistettiin { $removed }
build-summary-pictures = ; kuvia käsiteltiin { $processed }, välimuistista { $cached }
check-summary = Tarkistettiin { $pages ->
    [one] 1 sivu
   *[other] { $pages } sivua
}{ $held ->
    [0] {""}
    [one] {" "}ja 1 julkaisua odottava sivu
   *[other] {" "}ja { $held } julkaisua odottavaa sivua
}: { $errors ->
    [one] 1 virhe
   *[other] { $errors } virhettä
}, { $warnings ->
    [one] 1 varoitus
   *[other] { $warnings } varoitusta
}
created = luotiin { $file }
init-next = {""}
    Seuraavaksi: cd { $command } && kielo serve
new-next = {""}
    Sivu on luonnos: `kielo serve --drafts` näyttää sen. Kirjoita sen otsikko ja teksti ja poista sitten rivi `draft: true`, niin sivu julkaistaan.
cannot-print = raporttia ei voi tulostaa: { $reason }

## Julkaisua odottavat sivut

held-back-until = odottaa julkaisua: { $file } { $until } asti ({ $zone })
held-back-draft = luonnos: { $file }
held-back-draft-explained = luonnos: { $file }: julkaistaan, kun rivi `draft: true` poistetaan

## Luettelot

list-empty = ei mitään
list-and = { $first } ja { $last }
list-comma = { $first }, { $rest }
usage-now = `--now { $value }` ei ole ajankohta ({ $reason }); kirjoita se kuten `date:`, esimerkiksi 2026-12-01T09:00 sivuston aikavyöhykkeellä tai 2026-12-01T09:00:00+02:00
