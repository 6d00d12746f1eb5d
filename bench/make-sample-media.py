#!/usr/bin/env python3
"""The sample site's media, drawn by this script: nothing in them is copied from elsewhere.

    python3 bench/make-sample-media.py [SITE]      # SITE: the repository root by default

Writes, under SITE/content:
  press-releases/new-helpline/helpline.jpg   a photo-like illustration of a headset and a
      phone on a desk, 2400x1600, JPEG quality 85, with an EXIF block that holds a GPS
      position (an invented spot in central Helsinki) and a camera make and model, so that
      the sample shows kielo stripping them from the published copies;
  projects/safe-housing/house.png            a flat illustration, 1600x1000: a house with a
      key, joined to smaller houses around it (the safe housing network);
  press-releases/annual-review-2025/annual-review-2025.pdf      Finnish (the default language)
  press-releases/annual-review-2025/annual-review-2025.sv.pdf   Swedish
  press-releases/annual-review-2025/annual-review-2025.en.pdf   English
      a two-page summary of the Assistance System's year 2025 with a drawn bar chart: real
      text; title, author, subject, creation date and document language (/Lang) set; fonts
      embedded when DejaVu Sans is installed (Helvetica otherwise). reportlab does not
      write a structure tree, so these are not tagged PDFs.

Needs Pillow and reportlab (pip install pillow reportlab). The randomness has a fixed seed
and the PDFs are written in reportlab's invariant mode, so a run on the same versions of
Pillow, reportlab and the fonts gives the same files.
"""

import calendar
import math
import os
import random
import sys

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
from PIL.ExifTags import GPS, IFD, Base

SEED = 2025


# ---------------------------------------------------------------- shared drawing helpers


def gradient(size, top, bottom, angle=0):
    """An RGB linear gradient from `top` to `bottom`, rotated by `angle` degrees."""
    w, h = size
    side = int(math.hypot(w, h)) + 2
    ramp = Image.linear_gradient("L").resize((side, side), Image.BILINEAR)
    if angle:
        ramp = ramp.rotate(angle, resample=Image.BILINEAR)
    left, upper = (side - w) // 2, (side - h) // 2
    ramp = ramp.crop((left, upper, left + w, upper + h))
    return ImageOps.colorize(ramp, top, bottom)


def radial(size, centre, radius, inner, outer):
    """An RGB radial gradient: `inner` at `centre`, `outer` from `radius` outwards."""
    w, h = size
    ramp = Image.radial_gradient("L")  # 256x256, 0 in the middle, 255 at radius 128
    scale = radius / 128
    ramp = ramp.resize((max(1, int(256 * scale)), max(1, int(256 * scale))), Image.BILINEAR)
    canvas = Image.new("L", size, 255)
    canvas.paste(ramp, (int(centre[0] - 128 * scale), int(centre[1] - 128 * scale)))
    return ImageOps.colorize(canvas, inner, outer)


def grain(size, rng, amount):
    """Film grain: a mid-grey L image with noise of about +/- `amount`, lightly clumped."""
    w, h = size
    noise = Image.frombytes("L", size, rng.randbytes(w * h))
    noise = noise.filter(ImageFilter.GaussianBlur(0.6))
    # After the blur the values bunch around 128; stretch them back to the wanted spread.
    return noise.point(lambda v: max(0, min(255, 128 + int((v - 128) * amount / 18))))


def add_grain(img, noise):
    rgb = Image.merge("RGB", (noise, noise, noise))
    return ImageChops.add(img, rgb, scale=1.0, offset=-128)


def shaded(img, bbox, light, dark, angle=0, shape="ellipse", radius=0):
    """Pastes a gradient-filled ellipse or rounded rectangle onto `img`."""
    x0, y0, x1, y1 = (int(v) for v in bbox)
    w, h = x1 - x0, y1 - y0
    fill = gradient((w, h), light, dark, angle)
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    if shape == "ellipse":
        d.ellipse((0, 0, w - 1, h - 1), fill=255)
    else:
        d.rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=255)
    img.paste(fill, (x0, y0), mask)


def soft_shadow(img, bbox, blur, opacity):
    """Darkens `img` under a blurred ellipse: the shadow an object casts on the desk."""
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse(bbox, fill=opacity)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    img.paste(Image.new("RGB", img.size, (30, 24, 20)), (0, 0), mask)


# ---------------------------------------------------------------- helpline.jpg


def helpline_photo(rng):
    W, H = 2400, 1600
    desk_y = 1000
    # The wall: warm light from the upper left fading into a cool blue-grey.
    img = gradient((W, H), (246, 232, 214), (96, 128, 146), angle=-35)
    glow = radial((W, H), (520, 260), 1100, (255, 244, 226), (0, 0, 0))
    img = ImageChops.screen(img, ImageChops.multiply(glow, Image.new("RGB", (W, H), (150, 140, 120))))

    # A window, out of focus, on the left; out-of-focus lights (bokeh) across the wall.
    far = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(far)
    d.rounded_rectangle((140, 80, 860, 900), radius=18, fill=(255, 250, 238, 150))
    d.rectangle((480, 80, 520, 900), fill=(120, 110, 100, 120))
    d.rectangle((140, 470, 860, 505), fill=(120, 110, 100, 120))
    for _ in range(70):
        r = rng.randint(20, 90)
        x, y = rng.randint(0, W), rng.randint(0, desk_y)
        colour = rng.choice([(255, 226, 170), (255, 240, 214), (170, 210, 230), (255, 200, 150)])
        d.ellipse((x - r, y - r, x + r, y + r), fill=colour + (rng.randint(30, 90),))
    # A plant in a pot at the right, also out of focus.
    d.rounded_rectangle((1960, 700, 2200, 1010), radius=30, fill=(190, 120, 90, 255))
    for _ in range(40):
        a = rng.uniform(-2.6, -0.5)
        length = rng.randint(180, 420)
        x0, y0 = 2080, 720
        x1, y1 = x0 + math.cos(a) * length, y0 + math.sin(a) * length
        d.line((x0, y0, x1, y1), fill=(70, 120, 80, 255), width=rng.randint(26, 50))
    far = far.filter(ImageFilter.GaussianBlur(28))
    img.paste(far, (0, 0), far)

    # The desk: light wood with a grain of long, slightly wavy streaks, darker towards us.
    desk = gradient((W, H - desk_y), (214, 176, 134), (150, 108, 72), angle=0)
    streaks = Image.new("L", desk.size, 0)
    sd = ImageDraw.Draw(streaks)
    for _ in range(260):
        y = rng.uniform(0, H - desk_y)
        points = []
        for x in range(-50, W + 100, 100):
            y += rng.uniform(-3, 3)
            points.append((x, y))
        sd.line(points, fill=rng.randint(20, 70), width=rng.randint(1, 5))
    streaks = streaks.filter(ImageFilter.GaussianBlur(1.5))
    desk.paste(Image.new("RGB", desk.size, (110, 70, 40)), (0, 0), streaks)
    img.paste(desk, (0, desk_y))
    # The desk's front edge catches the light.
    edge = ImageDraw.Draw(img)
    edge.rectangle((0, desk_y - 6, W, desk_y + 4), fill=(236, 206, 168))

    # Shadows first, then the objects on top of them.
    soft_shadow(img, (520, 1230, 1500, 1420), 40, 150)   # headset
    soft_shadow(img, (1500, 1220, 2150, 1470), 30, 160)  # phone
    soft_shadow(img, (100, 1050, 400, 1160), 25, 120)    # mug

    # A mug at the back left.
    shaded(img, (120, 860, 380, 1130), (250, 250, 246), (176, 184, 190), angle=90, shape="rect", radius=40)
    ImageDraw.Draw(img).arc((340, 920, 480, 1060), -80, 80, fill=(200, 206, 210), width=30)
    shaded(img, (120, 850, 380, 900), (120, 80, 50), (70, 44, 28), shape="ellipse")
    ImageDraw.Draw(img).ellipse((120, 846, 380, 904), outline=(232, 234, 236), width=10)

    # The headset: ear cups, cushions, the band between them and the microphone boom.
    band = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    bd = ImageDraw.Draw(band)
    bd.arc((560, 620, 1440, 1500), 188, 352, fill=(44, 48, 56, 255), width=70)
    bd.arc((578, 640, 1422, 1480), 196, 344, fill=(92, 100, 112, 255), width=16)
    band = band.filter(ImageFilter.GaussianBlur(1.2))
    img.paste(band, (0, 0), band)
    for cx in (600, 1400):
        shaded(img, (cx - 150, 1000, cx + 150, 1340), (92, 98, 110), (26, 28, 34), angle=60)
        shaded(img, (cx - 110, 1040, cx + 110, 1300), (70, 74, 84), (40, 42, 48), angle=-60)
        shaded(img, (cx - 60, 1090, cx + 60, 1250), (120, 196, 190), (40, 120, 120), angle=45)
    boom = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    md = ImageDraw.Draw(boom)
    path = [(1430, 1250)]
    for t in range(1, 21):
        s = t / 20
        path.append((1430 - 520 * s + 40 * math.sin(s * math.pi), 1250 + 120 * math.sin(s * math.pi / 2)))
    md.line(path, fill=(36, 38, 44, 255), width=22, joint="curve")
    md.line([(x, y - 5) for x, y in path], fill=(96, 100, 110, 255), width=5, joint="curve")
    boom = boom.filter(ImageFilter.GaussianBlur(1.0))
    img.paste(boom, (0, 0), boom)
    shaded(img, (860, 1320, 960, 1420), (80, 84, 94), (20, 22, 26), angle=30)

    # The phone, lying on the desk, a call on its screen.
    shaded(img, (1560, 1090, 2060, 1400), (40, 44, 52), (14, 16, 20), angle=20, shape="rect", radius=46)
    shaded(img, (1584, 1112, 2036, 1378), (70, 150, 190), (24, 60, 110), angle=-30, shape="rect", radius=30)
    pd = ImageDraw.Draw(img)
    pd.ellipse((1770, 1185, 1850, 1265), fill=(80, 200, 120))
    pd.arc((1786, 1200, 1834, 1250), 110, 250, fill=(255, 255, 255), width=10)
    for i, w in enumerate((240, 180)):
        pd.rounded_rectangle((1690, 1290 + i * 30, 1690 + w, 1304 + i * 30), radius=7, fill=(200, 226, 240))
    # A reflection across the screen.
    shine = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shine).polygon([(1600, 1112), (1760, 1112), (1640, 1378), (1584, 1378)], fill=40)
    img.paste(Image.new("RGB", (W, H), (255, 255, 255)), (0, 0), shine.filter(ImageFilter.GaussianBlur(6)))

    # A lens's vignette and grain, so that it compresses as a photograph does.
    vignette = radial((W, H), (W * 0.48, H * 0.46), 1500, (255, 255, 255), (150, 150, 150))
    img = ImageChops.multiply(img, vignette)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return add_grain(img, grain((W, H), rng, 2.0))


def rational_dms(value):
    """Degrees as EXIF's three rationals: degrees, minutes, seconds."""
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


def photo_exif(lat, lon, when, description):
    exif = Image.Exif()
    exif[Base.Make] = "Kielo Sample Optics"
    exif[Base.Model] = "Drawn 1"
    exif[Base.Software] = "bench/make-sample-media.py"
    exif[Base.DateTime] = when
    exif[Base.ImageDescription] = description
    exif[Base.Artist] = "Kielo sample site"
    details = exif.get_ifd(IFD.Exif)
    details[Base.DateTimeOriginal] = when
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[GPS.GPSLatitude] = rational_dms(abs(lat))
    gps[GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
    gps[GPS.GPSLongitude] = rational_dms(abs(lon))
    gps[GPS.GPSAltitudeRef] = b"\x00"
    gps[GPS.GPSAltitude] = 14.0
    return exif


# ---------------------------------------------------------------- house.png


def house_illustration():
    S = 2  # drawn at twice the size and scaled down, for smooth edges
    W, H = 1600 * S, 1000 * S
    ink = (33, 52, 71)
    img = Image.new("RGB", (W, H), (237, 245, 242))
    d = ImageDraw.Draw(img)

    def p(*xy):
        return [v * S for v in xy]

    # A soft blob behind everything and a ground line.
    d.ellipse(p(330, 90, 1270, 1030), fill=(212, 234, 228))
    d.rounded_rectangle(p(120, 800, 1480, 812), radius=6 * S, fill=(180, 210, 200))

    # The network: dotted lines from the small houses to the big one.
    centre = (800, 520)
    small = [(250, 300), (1350, 290), (190, 560), (1420, 520), (560, 160), (1060, 150)]
    for x, y in small:
        steps = int(math.dist((x, y), centre) / 26)
        for i in range(2, steps - 4):
            t = i / steps
            cx, cy = x + (centre[0] - x) * t, y + (centre[1] - y) * t
            d.ellipse(p(cx - 5, cy - 5, cx + 5, cy + 5), fill=(90, 150, 140))

    def house(cx, base, width, body, roof, door, scale=1.0):
        w = width * scale
        h = w * 0.72
        x0, x1 = cx - w / 2, cx + w / 2
        d.rectangle(p(x0, base - h, x1, base), fill=body)
        d.polygon(p(x0 - w * 0.12, base - h + 2, cx, base - h - w * 0.55, x1 + w * 0.12, base - h + 2), fill=roof)
        d.rectangle(p(x1 - w * 0.3, base - h - w * 0.48, x1 - w * 0.16, base - h - w * 0.22), fill=roof)
        dw = w * 0.22
        d.rounded_rectangle(p(cx - dw / 2, base - h * 0.55, cx + dw / 2, base), radius=int(dw * 0.2 * S), fill=door)
        win = w * 0.17
        for wx in (x0 + w * 0.1, x1 - w * 0.1 - win):
            d.rectangle(p(wx, base - h * 0.78, wx + win, base - h * 0.78 + win), fill=(255, 236, 170))
            d.line(p(wx + win / 2, base - h * 0.78, wx + win / 2, base - h * 0.78 + win), fill=body, width=max(2, int(3 * S * scale)))
            d.line(p(wx, base - h * 0.78 + win / 2, wx + win, base - h * 0.78 + win / 2), fill=body, width=max(2, int(3 * S * scale)))

    palette = [((255, 255, 255), (233, 111, 90)), ((255, 250, 240), (64, 132, 170)),
               ((250, 252, 255), (242, 170, 60)), ((255, 255, 255), (90, 160, 120))]
    for i, (x, y) in enumerate(small):
        body, roof = palette[i % len(palette)]
        d.ellipse(p(x - 92, y - 92, x + 92, y + 92), fill=(255, 255, 255))
        d.ellipse(p(x - 92, y - 92, x + 92, y + 92), outline=(90, 150, 140), width=4 * S)
        house(x, y + 50, 100, body, roof, ink)

    # Trees either side of the big house.
    for tx, r in ((470, 95), (1150, 80)):
        d.rectangle(p(tx - 12, 800 - 150, tx + 12, 800), fill=(120, 86, 60))
        d.ellipse(p(tx - r, 800 - 150 - r * 1.6, tx + r, 800 - 150 + r * 0.4), fill=(76, 150, 110))
        d.ellipse(p(tx - r * 0.55, 800 - 150 - r * 1.3, tx + r * 0.1, 800 - 150 - r * 0.6), fill=(110, 180, 135))

    # The big house, with a heart in its gable.
    house(800, 800, 330, (255, 255, 255), (33, 86, 110), (233, 111, 90))
    hx, hy = 800, 800 - 330 * 0.72 - 95
    d.ellipse(p(hx - 34, hy - 28, hx + 2, hy + 8), fill=(233, 111, 90))
    d.ellipse(p(hx - 2, hy - 28, hx + 34, hy + 8), fill=(233, 111, 90))
    d.polygon(p(hx - 33, hy - 4, hx + 33, hy - 4, hx, hy + 36), fill=(233, 111, 90))

    # The key, leaning against the house's right corner.
    key = Image.new("RGBA", (560 * S, 220 * S), (0, 0, 0, 0))
    kd = ImageDraw.Draw(key)
    gold, shade = (244, 190, 70), (206, 148, 40)
    kd.ellipse((10 * S, 20 * S, 190 * S, 200 * S), fill=gold)
    kd.ellipse((62 * S, 72 * S, 138 * S, 148 * S), fill=(0, 0, 0, 0))
    kd.rounded_rectangle((170 * S, 92 * S, 540 * S, 128 * S), radius=12 * S, fill=gold)
    for tx, th in ((430, 60), (480, 44), (515, 70)):
        kd.rectangle((tx * S, 120 * S, (tx + 26) * S, (120 + th) * S), fill=shade)
    kd.rectangle((170 * S, 116 * S, 540 * S, 128 * S), fill=shade)
    key = key.rotate(28, resample=Image.BICUBIC, expand=True)
    img.paste(key, (1010 * S, 560 * S), key)

    img = img.resize((1600, 1000), Image.LANCZOS)
    # Few colours, as a flat drawing has: a palette PNG is a fraction of the size.
    return img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


# ---------------------------------------------------------------- the annual review PDFs

REVIEW = {
    "fi": {
        "file": "annual-review-2025.pdf",
        "title": "Vuosikatsaus 2025",
        "org": "Ihmiskaupan uhrien auttamisjärjestelmä",
        "subject": "Ihmiskaupan uhrien auttamisjärjestelmän vuosi 2025 lyhyesti",
        "keywords": ["vuosikatsaus", "ihmiskauppa", "auttamisjärjestelmä", "2025"],
        "page": "Sivu {} / {}",
        "lead": "Auttamisjärjestelmä otti vuonna 2025 asiakkaakseen enemmän uusia henkilöitä kuin "
        "yhtenäkään aiempana vuonna. Suurin osa heistä oli joutunut hyväksikäytetyksi työssä. "
        "Tässä katsauksessa kerromme vuoden tärkeimmistä tapahtumista, palveluidemme "
        "muutoksista ja siitä, mihin keskitymme vuonna 2026.",
        "first": [
            ("Vuosi lyhyesti", [
                "Auttamisjärjestelmään ohjattujen ihmisten määrä kasvoi koko vuoden ajan. Ohjauksia "
                "tuli poliisilta, Rajavartiolaitokselta, työsuojelutarkastajilta, sosiaali- ja "
                "terveyspalveluista, järjestöiltä ja yhä useammin uhreilta itseltään. Kasvu ei "
                "välttämättä tarkoita, että hyväksikäyttöä olisi aiempaa enemmän: se kertoo myös "
                "siitä, että ammattilaiset tunnistavat merkit paremmin ja uhrit tietävät, mistä "
                "apua saa.",
                "Työperäinen hyväksikäyttö oli jälleen yleisin syy hakea apua. Sitä havaittiin "
                "erityisesti ravintola-, siivous-, rakennus- ja maatalousaloilla. Moni uhri oli "
                "tullut Suomeen töihin laillisesti, mutta oli velkaa välittäjälle jo ennen "
                "saapumistaan, minkä vuoksi kohtuuttomista ehdoista oli vaikea kieltäytyä.",
            ]),
            ("Neuvontapuhelin on aina auki", [
                "Maaliskuusta alkaen neuvontapuhelin on vastannut ympäri vuorokauden, vuoden "
                "jokaisena päivänä. Ilta- ja yöajan puheluista tuli nopeasti merkittävä osa kaikista "
                "puheluista: moni uhri pystyy ottamaan yhteyttä vasta, kun on yksin. Puheluihin "
                "vastataan suomeksi, ruotsiksi ja englanniksi sekä muilla kielillä puhelintulkin "
                "välityksellä. Soittaja voi pysyä nimettömänä.",
            ]),
            ("Tukea arjessa", [
                "Jokaiselle uudelle asiakkaalle nimettiin oma sosiaalityöntekijä, joka laati "
                "tukisuunnitelman yhdessä asiakkaan kanssa. Tukeen kuului kriisiapua, "
                "terveydenhuoltoa, oikeudellista neuvontaa ja tulkkausta sekä apua "
                "viranomaisasioinnissa. Osalle asiakkaista tärkeintä oli voida jäädä Suomeen ja "
                "löytää uusi työ turvallisesti, osa halusi palata kotimaahansa. Paluuta tuettiin "
                "yhteistyössä lähtömaiden järjestöjen kanssa, jotta se voitiin tehdä turvallisesti.",
            ]),
        ],
        "chart_title": "Uusien asiakkaiden hyväksikäytön muodot",
        "chart": [("Työperäinen hyväksikäyttö", 66), ("Seksuaalinen hyväksikäyttö", 21),
                  ("Pakkoavioliitto", 7), ("Muu tai tuntematon", 6)],
        "percent": "{} %",
        "caption": "Kuvio: uusien asiakkaiden osuudet vuonna 2025 pääasiallisen hyväksikäytön muodon "
        "mukaan. Työperäinen hyväksikäyttö 66 %, seksuaalinen hyväksikäyttö 21 %, pakkoavioliitto "
        "7 %, muu tai tuntematon 6 %.",
        "second": [
            ("Turvallinen asuminen ja etsivä työ", [
                "Kun työnantaja tai välittäjä on järjestänyt asunnon, työpaikan menettäminen "
                "tarkoittaa usein myös kodin menettämistä. Sovimme turvallisesta asumisesta entistä "
                "useamman kunnan, hyvinvointialueen ja järjestön kanssa, jotta uhri voi tarvittaessa "
                "muuttaa jo samana päivänä. Kausityön aikaan etsivät työntekijämme kävivät "
                "työntekijöiden majoituksissa ja työpaikoilla kertomassa ihmisille heidän "
                "oikeuksistaan.",
            ]),
            ("Koulutus ja yhteistyö", [
                "Koulutimme yhdessä työsuojeluviranomaisten kanssa työsuojelutarkastajia "
                "tunnistamaan ihmiskaupan merkkejä tarkastusten aikana. Julkaisimme myös "
                "työnantajille ohjeen siitä, miten epäillystä hyväksikäytöstä ilmoitetaan, kun sitä "
                "havaitaan omassa yrityksessä tai alihankintaketjussa.",
            ]),
            ("Katse vuoteen 2026", [
                "Vuonna 2026 keskitymme tavoittamaan uhreja, jotka eivät itse hakeudu avun piiriin, "
                "lyhentämään aikaa ensimmäisestä yhteydenotosta turvalliseen asuntoon sekä "
                "kehittämään vertaistukea, jota asiakkaat ovat toivoneet. Kiitämme "
                "yhteistyökumppaneitamme ja ennen kaikkea ihmisiä, jotka ovat luottaneet meihin ja "
                "kertoneet meille tarinansa.",
            ]),
        ],
        "contact": "Neuvontapuhelin palvelee ympäri vuorokauden: +358 29 000 7000. "
        "Sähköpostineuvonta: help@example.org.",
    },
    "sv": {
        "file": "annual-review-2025.sv.pdf",
        "title": "Årsöversikt 2025",
        "org": "Hjälpsystemet för offer för människohandel",
        "subject": "Hjälpsystemets år 2025 i korthet",
        "keywords": ["årsöversikt", "människohandel", "hjälpsystemet", "2025"],
        "page": "Sida {} / {}",
        "lead": "År 2025 tog hjälpsystemet in fler nya klienter än något tidigare år. De flesta av "
        "dem hade utnyttjats i arbetet. I den här översikten berättar vi om årets viktigaste "
        "händelser, hur våra tjänster förändrades och vad vi fokuserar på år 2026.",
        "first": [
            ("Året i korthet", [
                "Antalet personer som hänvisades till hjälpsystemet fortsatte att växa under hela "
                "året. Hänvisningarna kom från polisen, Gränsbevakningsväsendet, "
                "arbetarskyddsinspektörer, social- och hälsovården, organisationer och allt oftare "
                "från offren själva. Ökningen betyder inte nödvändigtvis att exploateringen har "
                "ökat: den visar också att yrkespersoner känner igen tecknen bättre och att offren "
                "vet vart de kan vända sig.",
                "Arbetskraftsexploatering var återigen den vanligaste orsaken att söka hjälp. Den "
                "upptäcktes särskilt inom restaurang-, städ-, bygg- och jordbruksbranschen. Många "
                "offer hade kommit till Finland lagligt för att arbeta men var skyldiga en "
                "förmedlare pengar redan innan de anlände, vilket gjorde det svårt för dem att säga "
                "nej till orimliga villkor.",
            ]),
            ("Rådgivningstelefonen är alltid öppen", [
                "Sedan mars svarar rådgivningstelefonen dygnet runt, årets alla dagar. Samtal på "
                "kvällen och natten blev snabbt en betydande del av alla samtal: många offer kan ta "
                "kontakt först när de är ensamma. Samtalen besvaras på finska, svenska och "
                "engelska, och på andra språk med hjälp av en telefontolk. Den som ringer kan vara "
                "anonym.",
            ]),
            ("Stöd i vardagen", [
                "Varje ny klient fick en egen socialarbetare som gjorde upp en stödplan "
                "tillsammans med klienten. Stödet omfattade krishjälp, hälso- och sjukvård, "
                "juridisk rådgivning och tolkning samt hjälp i kontakterna med myndigheter. För en "
                "del klienter var det viktigaste att kunna stanna i Finland och hitta ett nytt "
                "arbete på ett tryggt sätt, medan andra ville återvända hem. Återvändandet stöddes "
                "i samarbete med organisationer i ursprungsländerna så att det kunde ske tryggt.",
            ]),
        ],
        "chart_title": "Former av exploatering bland nya klienter",
        "chart": [("Arbetskraftsexploatering", 66), ("Sexuell exploatering", 21),
                  ("Tvångsäktenskap", 7), ("Annan eller okänd", 6)],
        "percent": "{} %",
        "caption": "Figur: andelen nya klienter år 2025 enligt den huvudsakliga formen av "
        "exploatering. Arbetskraftsexploatering 66 %, sexuell exploatering 21 %, "
        "tvångsäktenskap 7 %, annan eller okänd 6 %.",
        "second": [
            ("Tryggt boende och uppsökande arbete", [
                "När arbetsgivaren eller förmedlaren har ordnat bostaden betyder förlorat arbete "
                "ofta också förlorat hem. Vi kom överens om tryggt boende med fler kommuner, "
                "välfärdsområden och organisationer, så att ett offer vid behov kan flytta redan "
                "samma dag. Under säsongsarbetet besökte våra uppsökande arbetare arbetstagarnas "
                "inkvarteringar och arbetsplatser för att berätta om deras rättigheter.",
            ]),
            ("Utbildning och samarbete", [
                "Tillsammans med arbetarskyddsmyndigheterna utbildade vi arbetarskyddsinspektörer i "
                "att känna igen tecken på människohandel vid inspektioner. Vi publicerade också en "
                "anvisning för arbetsgivare om hur man anmäler misstänkt exploatering i det egna "
                "företaget eller i underleverantörskedjan.",
            ]),
            ("Blicken mot 2026", [
                "År 2026 fokuserar vi på att nå offer som inte själva söker hjälp, på att förkorta "
                "tiden från den första kontakten till ett tryggt boende och på kamratstöd, som "
                "klienterna har efterfrågat. Vi tackar våra samarbetspartner och framför allt de "
                "människor som har litat på oss och berättat sina historier för oss.",
            ]),
        ],
        "contact": "Rådgivningstelefonen betjänar dygnet runt: +358 29 000 7000. "
        "Rådgivning per e-post: help@example.org.",
    },
    "en": {
        "file": "annual-review-2025.en.pdf",
        "title": "Annual review 2025",
        "org": "Assistance System for Victims of Human Trafficking",
        "subject": "The Assistance System's year 2025 in brief",
        "keywords": ["annual review", "human trafficking", "assistance system", "2025"],
        "page": "Page {} of {}",
        "lead": "In 2025 the Assistance System admitted more new clients than in any earlier year. "
        "Most of them had been exploited at work. This summary describes the main developments "
        "of the year, how our services changed and what we will focus on in 2026.",
        "first": [
            ("The year in brief", [
                "The number of people referred to the Assistance System kept growing throughout "
                "the year. Referrals came from the police, the Border Guard, labour inspectors, "
                "health and social services, NGOs and, more and more often, from victims "
                "themselves. The growth does not necessarily mean that there is more exploitation "
                "than before: it also shows that professionals recognise the signs better and "
                "that victims know where to turn.",
                "Labour exploitation was again the most common reason for seeking help. It was "
                "found especially in restaurants, cleaning, construction and agriculture. Many "
                "victims had come to Finland legally to work but owed money to a recruiter before "
                "they even arrived, which made it hard for them to refuse unreasonable conditions.",
            ]),
            ("A helpline that is always open", [
                "Since March the helpline has answered around the clock, every day of the year. "
                "Calls in the evening and at night soon became a significant share of all calls: "
                "many victims can only get in touch when they are alone. Calls are answered in "
                "Finnish, Swedish and English, and in other languages through a telephone "
                "interpreter. Callers can remain anonymous.",
            ]),
            ("Support in everyday life", [
                "Every new client was given a named social worker, who drew up a plan of support "
                "together with them. The support covered crisis help, health care, legal advice "
                "and interpreting, and help in dealing with the authorities. For some clients the "
                "most important thing was to be able to stay in Finland and find new work safely; "
                "others wanted to return home. Their return was supported in cooperation with "
                "organisations in their countries of origin, so that it could be done safely.",
            ]),
        ],
        "chart_title": "Forms of exploitation among new clients",
        "chart": [("Labour exploitation", 66), ("Sexual exploitation", 21),
                  ("Forced marriage", 7), ("Other or unknown", 6)],
        "percent": "{}%",
        "caption": "Figure: share of new clients in 2025 by the main form of exploitation. "
        "Labour exploitation 66%, sexual exploitation 21%, forced marriage 7%, other or "
        "unknown 6%.",
        "second": [
            ("Safe housing and outreach", [
                "When the employer or the recruiter has arranged the housing, losing a job often "
                "means losing a home as well. We agreed on safe housing with more municipalities, "
                "wellbeing services counties and NGOs than before, so that a victim can move on "
                "the same day if necessary. During the seasonal work period, our outreach workers "
                "visited worker accommodation and workplaces to tell people about their rights.",
            ]),
            ("Training and cooperation", [
                "Together with the occupational safety and health authorities, we trained labour "
                "inspectors to recognise the signs of human trafficking during inspections. We "
                "also published guidance for employers on reporting suspected exploitation in "
                "their own company or in their subcontracting chain.",
            ]),
            ("Looking ahead to 2026", [
                "In 2026 we will focus on reaching victims who do not seek help on their own, on "
                "shortening the time from the first contact to safe housing, and on peer support, "
                "which clients have asked for. We thank our partners and, above all, the people "
                "who trusted us with their stories.",
            ]),
        ],
        "contact": "The helpline is open around the clock: +358 29 000 7000. "
        "Email advice: help@example.org.",
    },
}


def pdf_fonts():
    """DejaVu Sans, embedded, when installed (embedded fonts are what PDF/UA asks for);
    otherwise reportlab's Helvetica, which covers ä, ö and å but is not embedded."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = "/usr/share/fonts/truetype/dejavu"
    regular, bold = os.path.join(folder, "DejaVuSans.ttf"), os.path.join(folder, "DejaVuSans-Bold.ttf")
    if os.path.exists(regular) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("DejaVuSans", regular))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", bold))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def review_pdf(lang, path, fonts):
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    t = REVIEW[lang]
    regular, bold = fonts
    navy = colors.HexColor("#21566e")
    ink = colors.HexColor("#1f2a33")
    accent = colors.HexColor("#e96f5a")
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15.5, textColor=ink, spaceAfter=8)
    lead = ParagraphStyle("lead", parent=body, fontSize=12.5, leading=18, spaceAfter=14)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=26, leading=31, textColor=navy, spaceAfter=4)
    org = ParagraphStyle("org", fontName=regular, fontSize=12, leading=16, textColor=accent, spaceAfter=18)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=14, leading=18, textColor=navy, spaceBefore=10, spaceAfter=6)
    caption = ParagraphStyle("caption", parent=body, fontSize=9, leading=13, textColor=colors.HexColor("#4a5661"))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.6)
        canvas.line(20 * mm, 16 * mm, A4[0] - 20 * mm, 16 * mm)
        canvas.setFont(regular, 8.5)
        canvas.setFillColor(ink)
        canvas.drawString(20 * mm, 11 * mm, f"{t['org']} · {t['title']}")
        canvas.drawRightString(A4[0] - 20 * mm, 11 * mm, t["page"].format(doc.page, 2))
        # A band of the site's colours across the top of each page.
        canvas.setFillColor(navy)
        canvas.rect(0, A4[1] - 8 * mm, A4[0], 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(accent)
        canvas.rect(0, A4[1] - 9.5 * mm, A4[0], 1.5 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def chart():
        width, row, label_w = 170 * mm, 13 * mm, 62 * mm
        rows = t["chart"]
        height = row * len(rows) + 12 * mm
        d = Drawing(width, height)
        scale = (width - label_w - 18 * mm) / 100
        base = label_w
        for tick in range(0, 101, 25):
            x = base + tick * scale
            d.add(Line(x, 8 * mm, x, height, strokeColor=colors.HexColor("#c9d3da"), strokeWidth=0.5))
            d.add(String(x, 3 * mm, t["percent"].format(tick), fontName=regular, fontSize=7.5,
                         fillColor=colors.HexColor("#4a5661"), textAnchor="middle"))
        shades = ["#21566e", "#3f8aa6", "#e96f5a", "#f2aa3c"]
        for i, (label, share) in enumerate(rows):
            y = height - (i + 1) * row
            d.add(String(base - 3 * mm, y + 3.2 * mm, label, fontName=regular, fontSize=9.5,
                         fillColor=ink, textAnchor="end"))
            d.add(Rect(base, y + 1 * mm, share * scale, row - 4 * mm, fillColor=colors.HexColor(shades[i]),
                       strokeColor=None))
            d.add(String(base + share * scale + 2 * mm, y + 3.2 * mm, t["percent"].format(share),
                         fontName=bold, fontSize=9.5, fillColor=ink))
        return d

    story = [Paragraph(t["title"], h1), Paragraph(t["org"], org), Paragraph(t["lead"], lead)]
    for heading, paragraphs in t["first"]:
        story.append(Paragraph(heading, h2))
        story.extend(Paragraph(text, body) for text in paragraphs)
    story.append(PageBreak())
    story.append(KeepTogether([Paragraph(t["chart_title"], h2), Spacer(1, 3 * mm), chart(),
                               Spacer(1, 2 * mm), Paragraph(t["caption"], caption)]))
    for heading, paragraphs in t["second"]:
        story.append(Paragraph(heading, h2))
        story.extend(Paragraph(text, body) for text in paragraphs)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(t["contact"], ParagraphStyle("contact", parent=body, fontName=bold)))

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
        bottomMargin=24 * mm, title=f"{t['title']} – {t['org']}", author=t["org"],
        subject=t["subject"], keywords=t["keywords"], creator="bench/make-sample-media.py",
        lang=lang, displayDocTitle=True, invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    if doc.page != 2:
        sys.exit(f"{path}: {doc.page} pages, not 2")


# ---------------------------------------------------------------- main


def main():
    site = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    content = os.path.join(site, "content")
    rng = random.Random(SEED)

    helpline = os.path.join(content, "press-releases", "new-helpline", "helpline.jpg")
    os.makedirs(os.path.dirname(helpline), exist_ok=True)
    exif = photo_exif(60.16944, 24.95222, "2025:02:10 14:32:08",
                      "A headset and a phone on a desk at the helpline")
    helpline_photo(rng).save(helpline, "JPEG", quality=85, optimize=True, exif=exif)

    house = os.path.join(content, "projects", "safe-housing", "house.png")
    os.makedirs(os.path.dirname(house), exist_ok=True)
    house_illustration().save(house, "PNG", optimize=True)

    folder = os.path.join(content, "press-releases", "annual-review-2025")
    os.makedirs(folder, exist_ok=True)
    fonts = pdf_fonts()
    # The PDFs' creation date: the day the annual review was published (10.02 in Helsinki).
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm((2026, 3, 16, 8, 2, 0)))
    written = [helpline, house]
    for lang in ("fi", "sv", "en"):
        path = os.path.join(folder, REVIEW[lang]["file"])
        review_pdf(lang, path, fonts)
        written.append(path)
    for path in written:
        print(f"{os.path.relpath(path, site)}: {os.path.getsize(path) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
