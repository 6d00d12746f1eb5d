## Files a page names (media.missing)

media-missing = the { $what ->
        [image] image
       *[file] file
    } `{ $name }` is not in the page's bundle folder or in static/
media-missing-hint = put the file beside the page's `index.<language>.md` (a page bundle), or in static/ and write its address from the site root (`/files/x.pdf`)
media-missing-did-you-mean = did you mean { $count ->
        [1] `{ $first }`
        [2] `{ $first }` or `{ $second }`
       *[other] `{ $first }`, `{ $second }` or `{ $third }`
    }?

## Pictures (media.unreadable, media.too-large, media.unsupported, media.metadata)

media-unreadable-page-image = `image: { $name }` is not a picture kielo can show
media-unreadable-page-image-hint = name a JPEG, PNG, WebP, GIF or SVG file
# A decoder's or encoder's own words, in English, are $detail.
media-unreadable = the image could not be read: { $detail }
media-unreadable-empty = the image could not be read: the image is { $width } × { $height } pixels, which is no picture
media-unreadable-memory = the image could not be read: decoding it would take more memory than kielo allows an image (1 GiB)
media-unreadable-cut-short = the image could not be read: the file ends before the image does
media-unreadable-damaged = the image could not be read: the data is damaged
media-unreadable-not-image = the file is not a JPEG, PNG or WebP image
media-unreadable-encoding = the image could not be written as { $format }: { $detail }
media-unreadable-resizing = the image could not be written as a smaller size: { $detail }
media-unreadable-hint = open the picture in an image editor and save it again as JPEG or PNG
media-too-large = the image is { $width } × { $height } pixels, more than kielo processes (100 megapixels, and 30000 pixels a side)
media-too-large-hint = make the picture smaller (at most 100 megapixels) before adding it to the site
media-unsupported = kielo cannot make web versions of this kind of picture, and as it is it would publish its camera's metadata (such as a GPS position)
media-unsupported-hint = save it as JPEG (a photo) or PNG (a drawing or screenshot)
media-metadata = this picture is published as it is, with its EXIF metadata (camera, time, maybe a GPS position)
media-metadata-hint = move it into the bundle of the page that shows it: kielo publishes bundle pictures without metadata, in sizes for every screen

## Files of page bundles (media.unsafe, output.clash, file.unreadable)

media-unsafe = the file could run a script on the site's address, so kielo does not publish it from a page bundle
media-unsafe-hint = link to it where it is kept, or put it in static/ if the site's maintainers vouch for it; an SVG drawing must have no <script> or on… attributes
media-output-clash = this file would be published at { $address }, where { $other } is published too
media-output-clash-hint = rename one of the files
media-cache-changed = the picture's web versions changed in the image cache (.kielo-cache) during the build
# The system's own words, in English, are $detail.
media-cache-unreadable = the picture's web versions cannot be read from the image cache (.kielo-cache): { $detail }
media-cache-hint = build again: kielo makes them anew
