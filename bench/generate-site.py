#!/usr/bin/env python3
"""Writes a large three-language kielo site for benchmarks.

    bench/generate-site.py DIR [PAGES_PER_LANGUAGE]

PAGES_PER_LANGUAGE (default 10000) pages in each of fi, sv and en, spread over 20
sections, each page with front matter, tags, a few paragraphs, a heading and an `@/` link
to another page. The same arguments always give the same site.
"""

import os
import random
import sys

LANGS = ["fi", "sv", "en"]
WORDS = {
    "fi": "työ oikeus apu tuki neuvonta uhri palvelu työnantaja turva majoitus ohje "
    "laki sopimus palkka työaika ilmoitus tarkastus koulutus".split(),
    "sv": "arbete rätt hjälp stöd rådgivning offer tjänst arbetsgivare trygghet boende "
    "anvisning lag avtal lön arbetstid anmälan inspektion utbildning".split(),
    "en": "work right help support advice victim service employer safety housing "
    "guidance law contract wage hours report inspection training".split(),
}
SECTIONS = 20


def sentence(rng, lang, n):
    words = [rng.choice(WORDS[lang]) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def main():
    out = sys.argv[1]
    per_lang = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(42)
    os.makedirs(os.path.join(out, "content"), exist_ok=True)
    with open(os.path.join(out, "site.yaml"), "w") as f:
        f.write(
            "base_url: https://example.org\n"
            "default_language: fi\n"
            "languages:\n"
            "  - {code: fi, name: Suomeksi, title: Testisivusto}\n"
            "  - {code: sv, name: På svenska, title: Testwebbplats}\n"
            "  - {code: en, name: In English, title: Test site}\n"
        )
    per_section = (per_lang + SECTIONS - 1) // SECTIONS
    for lang in LANGS:
        with open(os.path.join(out, "content", f"_index.{lang}.md"), "w") as f:
            f.write(f"---\ntitle: \"{sentence(rng, lang, 3)}\"\n---\n\n{sentence(rng, lang, 12)}\n")
    written = 0
    for s in range(SECTIONS):
        folder = os.path.join(out, "content", f"section-{s:02}")
        os.makedirs(folder, exist_ok=True)
        for lang in LANGS:
            with open(os.path.join(folder, f"_index.{lang}.md"), "w") as f:
                f.write(
                    f"---\ntitle: \"{sentence(rng, lang, 2)}\"\npaginate: 20\n"
                    f"feed: true\n---\n\n{sentence(rng, lang, 10)}\n"
                )
        for p in range(per_section):
            if written >= per_lang:
                break
            written += 1
            other = f"section-{rng.randrange(SECTIONS):02}/page-{rng.randrange(per_section):05}.md"
            day = 1 + p % 28
            for lang in LANGS:
                tags = ", ".join(f'"{rng.choice(WORDS[lang])}"' for _ in range(2))
                body = "\n\n".join(sentence(rng, lang, 25) for _ in range(3))
                with open(os.path.join(folder, f"page-{p:05}.{lang}.md"), "w") as f:
                    f.write(
                        f"---\ntitle: \"{sentence(rng, lang, 4)}\"\n"
                        f"description: \"{sentence(rng, lang, 10)}\"\n"
                        f"date: 2025-{1 + s % 12:02}-{day:02}T09:00:00+02:00\n"
                        f"tags: [{tags}]\n---\n\n{body}\n\n"
                        f"## {sentence(rng, lang, 3)}\n\n"
                        f"{sentence(rng, lang, 15)} [{sentence(rng, lang, 2)}](@/{other})\n"
                    )


if __name__ == "__main__":
    main()
