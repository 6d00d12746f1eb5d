#!/usr/bin/env python3
"""The sample site's reporting guide media, drawn and voiced by this script: nothing in
them is copied from elsewhere.

    python3 bench/make-sample-video.py [SITE]      # SITE: the repository root by default

Writes, under SITE/content/employers/reporting-exploitation/:
  reporting-steps.png         four steps drawn as pictures without words (notice, write
      down, call, help), 1600x600, for the figure and the video's poster;
  reporting.mp4, reporting.sv.mp4, reporting.en.mp4
      the four steps shown one by one, each with a spoken sentence in Finnish, Swedish or
      English (espeak-ng's voices), 640x240 H.264 and AAC;
  reporting.vtt, reporting.sv.vtt, reporting.en.vtt
      the captions: what each video says, timed to its sentences.

Needs Pillow, ffmpeg and espeak-ng (apt-get install ffmpeg espeak-ng). The files carry no
encoder metadata; the same versions of the tools give the same files.
"""

import os
import subprocess
import sys
import tempfile
import wave

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 600
BLUE, ORANGE, INK, PAPER = (13, 59, 102), (179, 71, 0), (27, 27, 31), (241, 244, 248)

SENTENCES = {
    "fi": [
        "Huomaa merkit: työntekijä ei saa palkkaa, hänen passinsa on otettu tai hän pelkää.",
        "Kirjaa havaintosi muistiin heti, kun voit.",
        "Soita auttamisjärjestelmän neuvontapuhelimeen. Hätätilanteessa soita 112.",
        "Auttamisjärjestelmä arvioi tilanteen ja tarjoaa työntekijälle apua.",
    ],
    "sv": [
        "Lägg märke till tecknen: arbetstagaren får ingen lön, passet har tagits ifrån "
        "hen eller hen är rädd.",
        "Anteckna det du har sett så snart du kan.",
        "Ring hjälpsystemets rådgivningstelefon. I en nödsituation, ring 112.",
        "Hjälpsystemet bedömer situationen och erbjuder arbetstagaren hjälp.",
    ],
    "en": [
        "Notice the signs: the worker is not paid, their passport has been taken, "
        "or they are afraid.",
        "Write down what you noticed as soon as you can.",
        "Call the Assistance System's helpline. In an emergency, call 112.",
        "The Assistance System assesses the situation and offers the worker help.",
    ],
}


def eye(d, cx, cy, colour):
    d.ellipse((cx - 110, cy - 60, cx + 110, cy + 60), outline=colour, width=14)
    d.ellipse((cx - 40, cy - 40, cx + 40, cy + 40), fill=colour)


def notepad(d, cx, cy, colour):
    d.rounded_rectangle((cx - 80, cy - 105, cx + 80, cy + 105), 14, outline=colour, width=14)
    for i in range(3):
        y = cy - 45 + i * 45
        d.line((cx - 45, y, cx + 45, y), fill=colour, width=12)


def phone(d, cx, cy, colour):
    d.rounded_rectangle((cx - 60, cy - 110, cx + 60, cy + 110), 22, outline=colour, width=14)
    d.ellipse((cx - 12, cy + 70, cx + 12, cy + 94), fill=colour)
    for r in (40, 70):
        d.arc((cx + 40 - r, cy - 90 - r, cx + 40 + r, cy - 90 + r), 280, 350, fill=colour, width=10)


def shelter(d, cx, cy, colour):
    d.polygon([(cx - 120, cy - 10), (cx, cy - 115), (cx + 120, cy - 10)], fill=colour)
    d.rectangle((cx - 90, cy - 10, cx + 90, cy + 105), outline=colour, width=14)
    # A heart in the door's place.
    d.ellipse((cx - 38, cy + 8, cx + 2, cy + 48), fill=colour)
    d.ellipse((cx - 2, cy + 8, cx + 38, cy + 48), fill=colour)
    d.polygon([(cx - 37, cy + 36), (cx + 37, cy + 36), (cx, cy + 82)], fill=colour)


ICONS = [eye, notepad, phone, shelter]


def steps(highlight=None, width=WIDTH, height=HEIGHT):
    """The four steps in a row, joined by arrows; `highlight` marks one in orange."""
    scale = width / WIDTH
    img = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    d = ImageDraw.Draw(img)
    for i, icon in enumerate(ICONS):
        cx, cy = 200 + i * 400, HEIGHT // 2 + 20
        colour = ORANGE if highlight == i else (BLUE if highlight is None else (150, 160, 175))
        d.ellipse((cx - 40, 40, cx + 40, 120), fill=colour)
        # The step's number as dots, so the picture holds no words.
        for k in range(i + 1):
            x = cx - 9 * i + 18 * k
            d.ellipse((x - 6, 74, x + 6, 86), fill=PAPER)
        icon(d, cx, cy, colour)
        if i < 3:
            ax = cx + 150
            d.line((ax, cy, ax + 100, cy), fill=INK, width=10)
            d.polygon([(ax + 100, cy - 22), (ax + 130, cy), (ax + 100, cy + 22)], fill=INK)
    if scale != 1:
        img = img.resize((width, height), Image.LANCZOS)
    return img


def duration(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def stamp(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes):02d}:{rest:06.3f}"


def video(lang, folder, tmp):
    """The video and captions of `lang`: a slide per sentence, as long as it is spoken."""
    name = "reporting" if lang == "fi" else f"reporting.{lang}"
    slides, cues, start = [], [], 0.0
    voice = {"fi": "fi", "sv": "sv", "en": "en-gb"}[lang]
    for i, sentence in enumerate(SENTENCES[lang]):
        wav = os.path.join(tmp, f"{lang}{i}.wav")
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", wav, sentence], check=True)
        length = duration(wav) + 0.6
        slide = os.path.join(tmp, f"{lang}{i}.png")
        steps(highlight=i, width=640, height=240).save(slide)
        slides.append((slide, wav, length))
        cues.append((start, start + length - 0.3, sentence))
        start += length
    with open(os.path.join(folder, f"{name}.vtt"), "w", encoding="utf-8") as f:
        f.write("WEBVTT\n")
        for n, (a, b, text) in enumerate(cues, 1):
            f.write(f"\n{n}\n{stamp(a)} --> {stamp(b)}\n{text}\n")
    args = ["ffmpeg", "-y", "-loglevel", "error"]
    for slide, wav, length in slides:
        args += ["-loop", "1", "-t", f"{length:.3f}", "-i", slide]
    for slide, wav, length in slides:
        args += ["-i", wav]
    n = len(slides)
    parts = "".join(f"[{i}:v]" for i in range(n))
    sounds = "".join(f"[{n + i}:a]apad=whole_dur={slides[i][2]:.3f}[a{i}];" for i in range(n))
    joined = "".join(f"[a{i}]" for i in range(n))
    graph = f"{parts}concat=n={n}:v=1:a=0,fps=12,format=yuv420p[v];{sounds}{joined}concat=n={n}:v=0:a=1[a]"
    args += [
        "-filter_complex", graph, "-map", "[v]", "-map", "[a]",
        "-c:v", "libx264", "-preset", "veryslow", "-tune", "stillimage", "-crf", "30",
        "-c:a", "aac", "-b:a", "40k", "-ac", "1",
        "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
        "-flags:a", "+bitexact", "-movflags", "+faststart",
        os.path.join(folder, f"{name}.mp4"),
    ]
    subprocess.run(args, check=True)


def main():
    site = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    folder = os.path.join(site, "content", "employers", "reporting-exploitation")
    os.makedirs(folder, exist_ok=True)
    steps().save(os.path.join(folder, "reporting-steps.png"), "PNG", optimize=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in SENTENCES:
            video(lang, folder, tmp)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            print(f"{name}: {os.path.getsize(os.path.join(folder, name))} bytes")


if __name__ == "__main__":
    main()
