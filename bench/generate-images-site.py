#!/usr/bin/env python3
"""Writes a site of COUNT page bundles, each with a large photo, as kielo and as Hugo sites.

    bench/generate-images-site.py DIR [COUNT]

COUNT (default 1000) news items, each a page bundle holding one Finnish page and a drawn,
photo-like 3000x2000 JPEG `photo.jpg` (gradients, shapes in and out of focus, fine strokes
and film grain; quality 90, about 1-2 MB, different in every bundle) with an EXIF block
(camera, date, GPS position) for kielo to strip. The page says where the photo goes:

    ![A description of picture 1](photo.jpg)

DIR/kielo   a kielo site: site.yaml (fi, the default, sv and en), content/_index.<lang>.md,
            content/news/_index.<lang>.md and content/news/item-0001/index.fi.md + photo.jpg
DIR/hugo    the same content as a Hugo site: hugo.yaml, content/news/item-0001/index.md with
            the same photo (a hard link to kielo's copy, so the photos take their space once),
            and minimal layouts whose image render hook makes what kielo makes of a picture:
            widths 480, 960 and 1600 below the picture's width and min(width, 2400), each in
            the picture's own format (JPEG quality 80) and in WebP (quality 75), scaled with
            Lanczos, in an <img srcset> inside a <picture> with a WebP <source>. Hugo publishes those variants and not the
            original, as kielo does (`publishResources: false` on the bundles).

Photos already in DIR are kept, so an interrupted run picks up where it stopped and a second
run over a whole folder only rewrites the Markdown; JOBS processes (default 2) draw the
photos. The same arguments always give the same files, byte for byte, with one version of
Pillow. Needs Pillow (pip install pillow).
"""

import math
import multiprocessing
import os
import random
import sys
import time

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
from PIL.ExifTags import GPS, IFD, Base

WIDTH, HEIGHT = 3000, 2000
PHOTO_QUALITY = 90
# What kielo makes of a picture (src/images.rs, src/images/process.rs), which the Hugo hook
# repeats: these widths below the picture's own, then min(width, LARGEST); JPEG variants at
# JPEG_QUALITY, WebP ones at WEBP_QUALITY; scaled with Lanczos.
WIDTHS = (480, 960, 1600)
LARGEST = 2400
JPEG_QUALITY = 80
WEBP_QUALITY = 75

SECTION = {"fi": "Uutiset", "sv": "Nyheter", "en": "News"}
HOME = {"fi": "Etusivu", "sv": "Startsida", "en": "Home"}
LANGUAGES = [
    # code, name, title, short title, locale
    ("fi", "Suomeksi", "Kuvasivusto", "Kuvat", None),
    ("sv", "På svenska", "Bildwebbplats", "Bilder", "sv-FI"),
    ("en", "In English", "Picture site", "Pictures", "en-GB"),
]
WORDS = """työ työnantaja työntekijä oikeus apu tuki neuvonta uhri palvelu turva majoitus ohje
laki sopimus palkka työaika ilmoitus tarkastus koulutus hanke yhteistyö viranomainen poliisi
kunta ihmiskauppa asiakas ammattilainen tieto vuosi ja tai sekä myös kun jos että on ovat
voi saa kuva kuvassa näkyy kevät kesä syksy talvi ranta metsä kaupunki tori satama""".split()


# ---------------------------------------------------------------- the photos


def gradient(size, a, b, angle):
    """An RGB linear gradient from colour `a` to `b`, rotated by `angle` degrees (drawn at a
    quarter of the size and scaled up: it is smooth)."""
    w, h = size[0] // 4, size[1] // 4
    side = int(math.hypot(w, h)) + 2
    ramp = Image.linear_gradient("L").resize((side, side), Image.BILINEAR)
    ramp = ramp.rotate(angle, resample=Image.BILINEAR)
    left, upper = (side - w) // 2, (side - h) // 2
    ramp = ramp.crop((left, upper, left + w, upper + h)).resize(size, Image.BILINEAR)
    return ImageOps.colorize(ramp, a, b)


def far_blur(img, radius):
    """A wide blur, done at a quarter of the size: the same look in a fraction of the time."""
    small = img.resize((img.width // 4, img.height // 4), Image.BILINEAR)
    return small.filter(ImageFilter.GaussianBlur(radius / 4)).resize(img.size, Image.BILINEAR)


def vignette(size, rng):
    w, h = size
    radius = int(math.hypot(w, h) * rng.uniform(0.55, 0.75))
    ramp = Image.radial_gradient("L").resize((radius * 2, radius * 2), Image.BILINEAR)
    canvas = Image.new("L", size, 255)
    canvas.paste(ramp, (int(w * rng.uniform(0.4, 0.6)) - radius, int(h * rng.uniform(0.4, 0.6)) - radius))
    dark = rng.randint(110, 170)
    return ImageOps.colorize(canvas, (255, 255, 255), (dark, dark, dark))


def colour(rng, light=None):
    if light is None:
        return tuple(rng.randint(0, 255) for _ in range(3))
    low, high = light
    return tuple(rng.randint(low, high) for _ in range(3))


def shapes(draw, rng, count, size, alpha, scale):
    w, h = size
    for _ in range(count):
        x, y = rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h
        r = rng.uniform(0.3, 1.0) * scale
        fill = colour(rng) + (rng.randint(*alpha),)
        kind = rng.random()
        if kind < 0.45:
            draw.ellipse((x - r, y - r * rng.uniform(0.5, 1.5), x + r, y + r), fill=fill)
        elif kind < 0.8:
            n = rng.randint(3, 7)
            start = rng.uniform(0, math.tau)
            points = [(x + math.cos(start + i * math.tau / n) * r * rng.uniform(0.6, 1.2),
                       y + math.sin(start + i * math.tau / n) * r * rng.uniform(0.6, 1.2)) for i in range(n)]
            draw.polygon(points, fill=fill)
        else:
            draw.rounded_rectangle((x - r, y - r / 2, x + r, y + r / 2), radius=int(r / 6), fill=fill)


def photo(seed):
    """A photo-like picture: a lit backdrop, a blurred far layer, a sharper middle one,
    fine strokes in focus, a lens's vignette and film grain."""
    rng = random.Random(seed)
    size = (WIDTH, HEIGHT)
    img = gradient(size, colour(rng, (120, 255)), colour(rng, (0, 140)), rng.uniform(0, 360))
    # A horizon: the lower part another gradient, blended in.
    ground = gradient(size, colour(rng, (60, 200)), colour(rng, (0, 90)), rng.uniform(-20, 20))
    mask = Image.linear_gradient("L").resize(size, Image.BILINEAR)
    horizon = rng.uniform(0.35, 0.7)
    mask = mask.point(lambda v: max(0, min(255, int((v / 255 - horizon) * 255 * 6))))
    img.paste(ground, (0, 0), mask)

    draw = ImageDraw.Draw(img, "RGBA")
    shapes(draw, rng, rng.randint(25, 60), size, (40, 140), 420)
    img = far_blur(img, rng.uniform(18, 40))
    draw = ImageDraw.Draw(img, "RGBA")
    shapes(draw, rng, rng.randint(8, 20), size, (120, 230), 260)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(2, 5)))
    draw = ImageDraw.Draw(img, "RGBA")
    # Fine strokes in focus: grass, twigs, the edges a lens resolves.
    base_y = horizon * HEIGHT
    for _ in range(rng.randint(300, 900)):
        x = rng.uniform(0, WIDTH)
        y = rng.uniform(base_y, HEIGHT)
        length = rng.uniform(30, 260)
        a = rng.uniform(-2.0, -1.1)
        shade = rng.randint(0, 90)
        draw.line((x, y, x + math.cos(a) * length, y + math.sin(a) * length),
                  fill=(shade, shade + rng.randint(0, 80), shade, rng.randint(90, 220)), width=rng.randint(1, 5))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = ImageChops.multiply(img, vignette(size, rng))

    # Film grain, the bulk of a photo's bytes; its strength varies a little from photo to photo.
    noise = Image.frombytes("L", size, rng.randbytes(WIDTH * HEIGHT)).filter(ImageFilter.GaussianBlur(0.55))
    amount = rng.uniform(1.5, 3.0)
    noise = noise.point(lambda v: max(0, min(255, 128 + int((v - 128) * amount / 18))))
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), scale=1.0, offset=-128)


def dms(value):
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


def exif(seed, when):
    rng = random.Random(seed * 7919)
    data = Image.Exif()
    data[Base.Make] = "Benchmark Optics"
    data[Base.Model] = f"Drawn {rng.randint(1, 9)}"
    data[Base.Software] = "bench/generate-images-site.py"
    data[Base.DateTime] = when
    data[Base.Orientation] = 1
    data.get_ifd(IFD.Exif)[Base.DateTimeOriginal] = when
    gps = data.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[GPS.GPSLatitudeRef] = "N"
    gps[GPS.GPSLatitude] = dms(rng.uniform(60.0, 69.0))
    gps[GPS.GPSLongitudeRef] = "E"
    gps[GPS.GPSLongitude] = dms(rng.uniform(21.0, 30.0))
    return data


def make_photo(job):
    """Draws photo number `index` into `path` (through a temporary file), unless it is there;
    then links it into the Hugo bundle. Returns the photo's size in bytes."""
    index, path, when, also = job
    if not os.path.exists(path):
        partial = path + ".partial"
        photo(index).save(partial, "JPEG", quality=PHOTO_QUALITY, exif=exif(index, when))
        os.replace(partial, path)
    if os.path.exists(also) and not os.path.samefile(path, also):
        os.remove(also)
    if not os.path.exists(also):
        try:
            os.link(path, also)
        except OSError:
            import shutil
            shutil.copyfile(path, also)
    return os.path.getsize(path)


# ---------------------------------------------------------------- the pages


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def sentence(rng, n):
    return " ".join(rng.choices(WORDS, k=n)).capitalize() + "."


KIELO_SITE = """\
# A benchmark site of page bundles with large photos, written by bench/generate-images-site.py.
base_url: https://example.org
author: Benchmark
timezone: Europe/Helsinki
default_language: fi
languages:
  - code: fi
    name: Suomeksi
    title: Kuvasivusto
    short_title: Kuvat
  - code: sv
    name: På svenska
    title: Bildwebbplats
    short_title: Bilder
    locale: sv-FI
  - code: en
    name: In English
    title: Picture site
    short_title: Pictures
    locale: en-GB
"""

HUGO_CONFIG = f"""\
# The benchmark site of bench/generate-images-site.py as Hugo builds it: the same languages,
# pages and photos as the kielo site next to this one.
baseURL: https://example.org/
title: Kuvasivusto
defaultContentLanguage: fi
defaultContentLanguageInSubdir: true
paginate: 20
disableKinds: [taxonomy, term]
timeZone: Europe/Helsinki
imaging:
  # kielo's filter, Lanczos (Hugo's default, box, is faster and softer; the environment
  # variable HUGO_IMAGING_RESAMPLEFILTER=box overrides it), and its JPEG quality.
  resampleFilter: lanczos
  quality: {JPEG_QUALITY}
languages:
  fi:
    languageName: Suomeksi
    title: Kuvasivusto
    weight: 1
  sv:
    languageName: På svenska
    title: Bildwebbplats
    weight: 2
  en:
    languageName: In English
    title: Picture site
    weight: 3
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
{{- with .Description }}
<meta name="description" content="{{ . }}">
{{- end }}
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
""",
    "_default/single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2.1.2006" }}</time></p>
{{ .Content }}
</article>
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{- $pager := .Paginate .Pages }}
<ul>
{{- range $pager.Pages }}
  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>
{{- if gt $pager.TotalPages 1 }}
<nav class="pagination"><ul>
  {{- range $pager.Pagers }}
  <li><a href="{{ .URL }}"{{ if eq . $pager }} aria-current="page"{{ end }}>{{ .PageNumber }}</a></li>
  {{- end }}
</ul></nav>
{{- end }}
{{ end }}
""",
    "index.html": """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ .Content }}
<ul>
{{- range .Sections }}
  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{- end }}
</ul>
{{ end }}
""",
    # What kielo makes of a bundle's picture: widths 480, 960 and 1600 below its width and
    # min(width, 2400), in its own format and in WebP; the original is not published.
    "_default/_markup/render-image.html": f"""\
{{{{- $img := .Page.Resources.Get .Destination -}}}}
{{{{- if and $img (eq $img.ResourceType "image") (ne $img.MediaType.SubType "gif") (ne $img.MediaType.SubType "svg") -}}}}
  {{{{- $largest := cond (gt $img.Width {LARGEST}) {LARGEST} $img.Width -}}}}
  {{{{- $widths := slice -}}}}
  {{{{- range slice {" ".join(str(w) for w in WIDTHS)} }}}}{{{{ if lt . $largest }}}}{{{{ $widths = $widths | append . }}}}{{{{ end }}}}{{{{ end -}}}}
  {{{{- $widths = $widths | append $largest -}}}}
  {{{{- $own := slice -}}}}
  {{{{- $webp := slice -}}}}
  {{{{- range $widths -}}}}
    {{{{- $own = $own | append ($img.Resize (printf "%dx q{JPEG_QUALITY}" .)) -}}}}
    {{{{- $webp = $webp | append ($img.Resize (printf "%dx webp q{WEBP_QUALITY}" .)) -}}}}
  {{{{- end -}}}}
  {{{{- $fallback := index $own (sub (len $own) 1) -}}}}
<picture>
<source type="image/webp" sizes="(min-width: 50rem) 50rem, 100vw" srcset="{{{{ range $i, $v := $webp }}}}{{{{ if $i }}}}, {{{{ end }}}}{{{{ $v.RelPermalink }}}} {{{{ $v.Width }}}}w{{{{ end }}}}">
<img src="{{{{ $fallback.RelPermalink }}}}" sizes="(min-width: 50rem) 50rem, 100vw" srcset="{{{{ range $i, $v := $own }}}}{{{{ if $i }}}}, {{{{ end }}}}{{{{ $v.RelPermalink }}}} {{{{ $v.Width }}}}w{{{{ end }}}}" width="{{{{ $fallback.Width }}}}" height="{{{{ $fallback.Height }}}}" alt="{{{{ .Text }}}}"{{{{ with .Title }}}} title="{{{{ . }}}}"{{{{ end }}}} loading="lazy" decoding="async">
</picture>
{{{{- else -}}}}
<img src="{{{{ .Destination | safeURL }}}}" alt="{{{{ .Text }}}}"{{{{ with .Title }}}} title="{{{{ . }}}}"{{{{ end }}}}>
{{{{- end -}}}}
""",
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    jobs_n = int(os.environ.get("JOBS", "2"))
    digits = max(4, len(str(count)))
    rng = random.Random(42)
    kielo, hugo = os.path.join(out, "kielo"), os.path.join(out, "hugo")

    write(os.path.join(kielo, "site.yaml"), KIELO_SITE)
    write(os.path.join(hugo, "hugo.yaml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, "layouts", name), text)
    for lang, *_ in LANGUAGES:
        home = f'---\ntitle: "{HOME[lang]}"\n---\n\n{sentence(rng, 12)}\n'
        news = f'---\ntitle: "{SECTION[lang]}"\npaginate: 20\n---\n\n{sentence(rng, 10)}\n'
        write(os.path.join(kielo, "content", f"_index.{lang}.md"), home)
        write(os.path.join(kielo, "content", "news", f"_index.{lang}.md"), news)
        suffix = "" if lang == "fi" else f".{lang}"
        write(os.path.join(hugo, "content", f"_index{suffix}.md"), home)
        # The bundles' originals are not published, only the variants the pages use.
        hugo_news = news.replace("paginate: 20\n", "paginate: 20\ncascade:\n  _build:\n    publishResources: false\n")
        write(os.path.join(hugo, "content", "news", f"_index{suffix}.md"), hugo_news)

    jobs = []
    for i in range(1, count + 1):
        name = f"item-{i:0{digits}}"
        day = (i * 365 * 3) // max(count, 1)
        year, yday = divmod(day, 365)
        month, mday = divmod(yday, 31)
        month, mday = 1 + min(month, 11), 1 + min(mday, 27)
        minute = (i * 7) % (9 * 60)
        hour, minute = 8 + minute // 60, minute % 60
        date = f"{2023 + year}-{month:02}-{mday:02}T{hour:02}:{minute:02}:00+02:00"
        page = (
            f'---\ntitle: "{sentence(rng, rng.randint(3, 7))[:-1]}"\n'
            f'description: "{sentence(rng, 12)}"\n'
            f"date: {date}\n---\n\n"
            f"{' '.join(sentence(rng, rng.randint(8, 16)) for _ in range(4))}\n\n"
            f"![A description of picture {i}](photo.jpg)\n"
        )
        k_dir = os.path.join(kielo, "content", "news", name)
        h_dir = os.path.join(hugo, "content", "news", name)
        write(os.path.join(k_dir, "index.fi.md"), page)
        write(os.path.join(h_dir, "index.md"), page)
        when = f"{2023 + year}:{month:02}:{mday:02} {hour:02}:{minute:02}:00"
        jobs.append((i, os.path.join(k_dir, "photo.jpg"), when, os.path.join(h_dir, "photo.jpg")))

    missing = sum(1 for job in jobs if not os.path.exists(job[1]))
    start = time.monotonic()
    total = 0
    with multiprocessing.Pool(jobs_n) as pool:
        for done, size in enumerate(pool.imap(make_photo, jobs, chunksize=4), 1):
            total += size
            if missing and done % 100 == 0:
                print(f"{done} of {count} photos", file=sys.stderr, flush=True)
    seconds = time.monotonic() - start
    print(f"{out}: {count} bundles, photos {total / 1e6:,.0f} MB ({total / max(count, 1) / 1e6:.2f} MB each); "
          f"{missing} drawn in {seconds:.0f} s with {jobs_n} processes")


if __name__ == "__main__":
    main()
