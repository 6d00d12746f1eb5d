## Filer som en sida anger (media.missing)

media-missing = { $what ->
        [image] bilden
       *[file] filen
    } `{ $name }` finns inte i sidans egen mapp (sidpaketet) eller i static/
media-missing-hint = lägg filen bredvid sidans `index`-fil i dess egen mapp (ett sidpaket), eller i static/ och skriv då dess adress från webbplatsens rot (`/files/x.pdf`)
media-missing-did-you-mean = menade du { $count ->
        [1] `{ $first }`
        [2] `{ $first }` eller `{ $second }`
       *[other] `{ $first }`, `{ $second }` eller `{ $third }`
    }?

## Bilder (media.unreadable, media.too-large, media.unsupported, media.metadata)

media-unreadable-page-image = `image: { $name }` är ingen bild som kielo kan visa
media-unreadable-page-image-hint = ange en JPEG-, PNG-, WebP-, GIF- eller SVG-fil
# Det som läser eller skriver bilden säger själv $detail, på engelska.
media-unreadable = bilden kunde inte läsas: { $detail }
media-unreadable-empty = bilden kunde inte läsas: den är { $width } × { $height } pixlar, alltså ingen bild
media-unreadable-memory = bilden kunde inte läsas: att avkoda den skulle ta mer minne än kielo tillåter en bild (1 GiB)
media-unreadable-cut-short = bilden kunde inte läsas: filen tar slut innan bilden gör det
media-unreadable-damaged = bilden kunde inte läsas: datan är skadad
media-unreadable-not-image = filen är ingen JPEG-, PNG- eller WebP-bild
media-unreadable-encoding = bilden kunde inte skrivas som { $format }: { $detail }
media-unreadable-resizing = bilden kunde inte skrivas i en mindre storlek: { $detail }
media-unreadable-hint = öppna bilden i ett bildredigeringsprogram och spara den igen som JPEG eller PNG
media-too-large = bilden är { $width } × { $height } pixlar, mer än kielo bearbetar (100 megapixlar och 30000 pixlar per sida)
media-too-large-hint = gör bilden mindre (högst 100 megapixlar) innan du lägger till den på webbplatsen
media-unsupported = kielo kan inte göra webbversioner av den här sortens bild, och som den är skulle den publiceras med kamerans metadata (till exempel en GPS-position)
media-unsupported-hint = spara den som JPEG (ett foto) eller PNG (en teckning eller skärmbild)
media-metadata = den här bilden publiceras som den är, med sin EXIF-metadata (kamera, tid, kanske en GPS-position)
media-metadata-hint = flytta den till mappen för sidan som visar den: kielo publicerar bilder från sidornas mappar utan metadata, i storlekar för alla skärmar

## Filer i sidornas mappar (media.unsafe, output.clash, file.unreadable)

media-unsafe = filen skulle kunna köra ett skript på webbplatsens adress, så kielo publicerar den inte från en sidas mapp
media-unsafe-hint = länka till den där den finns, eller lägg den i static/ om webbplatsens förvaltare går i god för den; en SVG-teckning får inte ha <script> eller on…-attribut
media-output-clash = den här filen skulle publiceras på { $address }, där även { $other } publiceras
media-output-clash-hint = byt namn på en av filerna
media-cache-changed = bildens webbversioner ändrades i bildcachen (.kielo-cache) medan webbplatsen byggdes
# Systemets egna ord på engelska är $detail.
media-cache-unreadable = bildens webbversioner kan inte läsas från bildcachen (.kielo-cache): { $detail }
media-cache-hint = bygg igen: kielo gör dem på nytt
