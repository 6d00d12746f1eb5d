#!/usr/bin/env python3
"""Writes a large three-language site for benchmarks, readable by kielo and by Hugo.

    bench/generate-site.py DIR [GROUPS] [--components]

GROUPS (default 1000) translation groups, each a page in fi, sv and en, spread over six
sections (press releases, projects, employer guidance, news, publications, events). Each
page has YAML front matter (title, description, date, tags) and about 700 words of
Markdown: headings, paragraphs, a bulleted and a numbered list, a table and `@/` links to
other pages. With --components, each page also calls four of the default theme's
components around the same text: a notice around its second paragraph, a question-and-
answer fold around its numbered list, a GitHub alert and a contact card. The same arguments
always give the same files, byte for byte.
"""

import os
import random
import sys

LANGS = ["fi", "sv", "en"]
SECTIONS = [
    # folder, then its title in fi, sv and en
    ("press-releases", "Tiedotteet", "Pressmeddelanden", "Press releases"),
    ("projects", "Hankkeet", "Projekt", "Projects"),
    ("employers", "Työnantajille", "För arbetsgivare", "For employers"),
    ("news", "Uutiset", "Nyheter", "News"),
    ("publications", "Julkaisut", "Publikationer", "Publications"),
    ("events", "Tapahtumat", "Evenemang", "Events"),
]
# Inflected forms on purpose: the search benchmark stems them.
WORDS = {
    "fi": """työ työn työtä työssä työnantaja työnantajan työnantajat työnantajille
    työntekijä työntekijän työntekijöiden oikeus oikeudet oikeuksista apu avun apua
    tuki tuen tukea neuvonta neuvontaa neuvonnan uhri uhrin uhrit uhreille palvelu
    palvelun palvelut palveluista turva turvallinen majoitus majoituksen ohje ohjeet
    ohjeita laki lain lakia sopimus sopimuksen sopimukset palkka palkan palkkaa työaika
    työajan ilmoitus ilmoituksen tarkastus tarkastuksen koulutus koulutuksen
    valmennus valmennuksen valmennuksiin hanke hankkeen hankkeet yhteistyö
    yhteistyössä viranomainen viranomaiset poliisi poliisin kunta kunnan kunnat
    hyväksikäyttö hyväksikäytön ihmiskauppa ihmiskaupan asiakas asiakkaan
    asiakkaat ammattilainen ammattilaiset tieto tietoa tiedot vuosi vuoden vuonna
    ja tai sekä myös kun jos että on ovat oli voi voivat pitää tulee saa""".split(),
    "sv": """arbete arbetet arbeten arbetsgivare arbetsgivaren arbetsgivarna
    arbetsgivarnas arbetstagare arbetstagaren arbetstagarna rätt rätten rättigheter
    rättigheterna hjälp hjälpen stöd stödet rådgivning rådgivningen offer offret
    offren offrens tjänst tjänsten tjänster tjänsterna trygghet tryggt boende
    boendet anvisning anvisningar anvisningarna lag lagen lagar avtal avtalet
    avtalen lön lönen löner arbetstid arbetstiden anmälan anmälningar inspektion
    inspektionen utbildning utbildningen utbildningar projekt projektet projekten
    samarbete samarbetet myndighet myndigheten myndigheterna polis polisen kommun
    kommunen kommunerna utnyttjande utnyttjandet människohandel människohandeln
    kund kunden kunderna yrkesperson yrkespersoner information informationen år
    året och eller samt även när om att är var kan ska får""".split(),
    "en": """work working worked employer employers employer's employee employees
    right rights help helped helping support supported supporting advice adviser
    victim victims victim's service services safety safe housing housed guidance
    guide guides law laws contract contracts wage wages hours report reported
    reporting inspection inspections inspector training trained trainings project
    projects cooperation authority authorities police municipality municipalities
    exploitation exploited trafficking customer customers professional
    professionals information year years and or also when if that is are was can
    should must may""".split(),
}
TAGS = {
    "fi": """neuvonta palvelut työnantajat työntekijät koulutus tarkastus majoitus
    yhteistyö lainsäädäntö palkkaus työaika tilastot hankkeet tapahtumat julkaisut
    kunnat poliisi terveys oikeusapu tulkkaus""".split(),
    "sv": """rådgivning tjänster arbetsgivare arbetstagare utbildning inspektion
    boende samarbete lagstiftning lön arbetstid statistik projekt evenemang
    publikationer kommuner polisen hälsa rättshjälp tolkning""".split(),
    "en": """advice services employers employees training inspection housing
    cooperation legislation pay working-hours statistics projects events
    publications municipalities police health legal-aid interpreting""".split(),
}
TABLE_HEAD = {
    "fi": ("Vuosi", "Asiakkaat", "Ilmoitukset"),
    "sv": ("År", "Kunder", "Anmälningar"),
    "en": ("Year", "Clients", "Reports"),
}


def sentence(rng, lang, n):
    return " ".join(rng.choices(WORDS[lang], k=n)).capitalize() + "."


def paragraph(rng, lang, sentences):
    return " ".join(sentence(rng, lang, rng.randint(8, 16)) for _ in range(sentences))


def link(rng, lang, groups):
    """A Markdown link to another group's page in the same language."""
    other = rng.randrange(groups)
    return f"[{sentence(rng, lang, 2)[:-1]}](@/{page_path(other)})"


def page_path(group):
    return f"{SECTIONS[group % len(SECTIONS)][0]}/item-{group:05}.md"


def body(rng, lang, groups, components=False):
    """About 700 words: intro, two headed parts with lists, a table, links."""
    head = TABLE_HEAD[lang]
    rows = "\n".join(
        f"| {2020 + y} | {rng.randint(50, 900)} | {rng.randint(5, 300)} |" for y in range(5)
    )
    bullets = "\n".join(f"- {sentence(rng, lang, rng.randint(4, 9))}" for _ in range(5))
    steps = "\n".join(f"{i}. {sentence(rng, lang, rng.randint(5, 10))}" for i in range(1, 5))
    second = f"{paragraph(rng, lang, 5)} {link(rng, lang, groups)}."
    if components:
        second = f'{{% notice(type="warning") %}}\n{second}\n{{% end %}}'
        # Words the page has anyway, so that both sites draw the same random text.
        question = " ".join(steps.split()[1:6]).rstrip(".") + "?"
        alert = bullets.split("\n")[0][2:]
        steps = f'{{% details(summary="{question}") %}}\n{steps}\n{{% end %}}'
        steps += f"\n\n> [!NOTE]\n> {alert}"
        steps += '\n\n{{ contact(name="Maija Malli", phone="+358 29 000 7000") }}'
    return (
        f"{paragraph(rng, lang, 6)}\n\n"
        f"{second}\n\n"
        f"## {sentence(rng, lang, 3)[:-1]}\n\n"
        f"{paragraph(rng, lang, 6)}\n\n{bullets}\n\n"
        f"{paragraph(rng, lang, 5)} **{sentence(rng, lang, 3)}**\n\n"
        f"### {sentence(rng, lang, 2)[:-1]}\n\n"
        f"{paragraph(rng, lang, 5)}\n\n"
        f"| {head[0]} | {head[1]} | {head[2]} |\n|---|--:|--:|\n{rows}\n\n"
        f"## {sentence(rng, lang, 3)[:-1]}\n\n"
        f"{paragraph(rng, lang, 6)} {link(rng, lang, groups)}.\n\n{steps}\n\n"
        f"{paragraph(rng, lang, 5)} *{sentence(rng, lang, 4)}*\n\n"
        f"## {sentence(rng, lang, 2)[:-1]}\n\n"
        f"{paragraph(rng, lang, 6)} {link(rng, lang, groups)}.\n"
    )


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    args = [a for a in sys.argv[1:] if a != "--components"]
    components = "--components" in sys.argv
    out = args[0]
    groups = int(args[1]) if len(args) > 1 else 1000
    rng = random.Random(42)
    content = os.path.join(out, "content")
    os.makedirs(content, exist_ok=True)
    write(
        os.path.join(out, "site.yaml"),
        "base_url: https://example.org\n"
        "author: Benchmark\n"
        "default_language: fi\n"
        "languages:\n"
        "  - {code: fi, name: Suomeksi, title: Testisivusto}\n"
        "  - {code: sv, name: På svenska, title: Testwebbplats}\n"
        "  - {code: en, name: In English, title: Test site}\n",
    )
    for i, lang in enumerate(LANGS):
        title = ["Etusivu", "Startsida", "Home"][i]
        write(
            os.path.join(content, f"_index.{lang}.md"),
            f'---\ntitle: "{title}"\n---\n\n{paragraph(rng, lang, 4)}\n',
        )
    for weight, (folder, *titles) in enumerate(SECTIONS, 1):
        os.makedirs(os.path.join(content, folder), exist_ok=True)
        for lang, title in zip(LANGS, titles):
            write(
                os.path.join(content, folder, f"_index.{lang}.md"),
                f'---\ntitle: "{title}"\nweight: {weight}\npaginate: 20\nfeed: true\n---\n\n'
                f"{paragraph(rng, lang, 3)}\n",
            )
    for group in range(groups):
        # Dates spread over six years, one group per 4.2 hours at 10,000 groups.
        minutes = group * 6 * 365 * 24 * 60 // max(groups, 1)
        day, rest = divmod(minutes, 24 * 60)
        year, yday = divmod(day, 365)
        month, mday = divmod(yday, 31)
        date = (
            f"{2020 + year}-{1 + min(month, 11):02}-{1 + min(mday, 27):02}"
            f"T{rest // 60:02}:{rest % 60:02}:00+02:00"
        )
        for lang in LANGS:
            tags = ", ".join(f'"{t}"' for t in rng.sample(TAGS[lang], rng.randint(1, 3)))
            write(
                os.path.join(content, page_path(group).replace(".md", f".{lang}.md")),
                f'---\ntitle: "{sentence(rng, lang, rng.randint(3, 7))[:-1]}"\n'
                f'description: "{sentence(rng, lang, 14)}"\n'
                f"date: {date}\n"
                f"tags: [{tags}]\n---\n\n{body(rng, lang, groups, components)}",
            )


if __name__ == "__main__":
    main()
