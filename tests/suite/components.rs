//! Components that pages call in Zola's shortcode syntax: the default theme's five in three
//! languages, GitHub alerts, a site's own components, calls left as text, and errors with
//! their lines.

use crate::common::pictures;
use crate::common::{self, Site};

const NOW: &str = "2026-06-01T12:00:00+03:00";
const BUNDLE: &str = "content/news/guide";

/// The same page in fi, sv and en, calling every built-in component.
fn page(lang: &str, title: &str, slug: &str) -> String {
    format!(
        r#"---
title: {title}
slug: {slug}
description: Components ({lang})
---
Intro.

{{{{ contact(name="Maija Malli", role="neuvoja", phone="029 123 4567", email="maija@example.org") }}}}

{{% notice(type="warning") %}}
**112** in an emergency, [more](@/news/release.md).
{{% end %}}

{{% notice(type="info", title="Own title") %}}
Body.
{{% end %}}

> [!IMPORTANT]
> An alert.

{{% details(summary="Who can get help?") %}}
Anyone.

## Inside a fold
{{% end %}}

{{{{ figure(src="photo.jpg", alt="A phone on a desk", caption="The helpline", credit="Studio") }}}}

{{{{ video(title="How to report", src="clip.mp4", captions="clip.vtt", poster="photo.jpg") }}}}

{{{{ video(title="On YouTube", youtube="aBc-12_x") }}}}

{{{{ video(title="On Vimeo", vimeo="123456") }}}}

{{{{ contact(name="Pekka Puhelin") }}}}

`{{{{ notice() }}}}` and {{{{/* notice(type="info") */}}}}

```
{{% notice() %}}
```
"#
    )
}

fn component_site() -> Site {
    let site = Site::fixture("i18n");
    for (lang, title, slug) in [
        ("fi", "Opas", "opas"),
        ("sv", "Guide", "guide"),
        ("en", "Guide", "guide"),
    ] {
        site.write(
            &format!("{BUNDLE}/index.{lang}.md"),
            &page(lang, title, slug),
        );
    }
    site.write_bytes(&format!("{BUNDLE}/photo.jpg"), &pictures::photo(1200, 800))
        .write_bytes(
            &format!("{BUNDLE}/clip.mp4"),
            b"\0\0\0\x18ftypmp42 not really a video",
        )
        .write(
            &format!("{BUNDLE}/clip.vtt"),
            "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n",
        );
    site
}

const PAGES: [(&str, &str, &str, &str); 3] = [
    (
        "fi/uutiset/opas/index.html",
        "Varoitus",
        "Tärkeää",
        "Kuva: Studio",
    ),
    (
        "sv/nyheter/guide/index.html",
        "Varning",
        "Viktigt",
        "Bild: Studio",
    ),
    (
        "en/news/guide/index.html",
        "Warning",
        "Important",
        "Photo: Studio",
    ),
];

#[test]
fn every_built_in_component_renders_in_each_language() {
    let site = component_site();
    let built = site.kielo(&["build", "--now", NOW]).ok();
    for (path, warning, important, credit) in PAGES {
        let html = site.html(path);
        // notice: the kind in words (not colour alone), the body as Markdown with its links.
        let notices = html.all("main .callout[role=note]");
        assert_eq!(notices.len(), 3, "{path}");
        assert_eq!(html.text(".callout-warning .callout-title"), warning);
        assert!(html.text(".callout-warning strong").contains("112"));
        assert_eq!(html.all(".callout-warning a[href]").len(), 1);
        assert_eq!(html.text(".callout-info .callout-title"), "Own title");
        // A GitHub alert is a notice, in the page's words.
        assert_eq!(html.text(".callout-important .callout-title"), important);
        assert_eq!(
            html.text(".callout-important p:not(.callout-title)"),
            "An alert."
        );
        // details: native, so it opens without JavaScript; its body keeps its heading's id.
        assert_eq!(html.text("details.fold > summary"), "Who can get help?");
        assert_eq!(html.attr("details.fold h2", "id"), "inside-a-fold");
        // figure: the picture's variants from the image pipeline, caption and credit.
        let img = html.one("figure.figure picture img");
        assert_eq!(img.value().attr("alt"), Some("A phone on a desk"));
        assert!(
            img.value().attr("srcset").unwrap().contains("480w"),
            "{path}"
        );
        assert_eq!(img.value().attr("width"), Some("1200"));
        assert!(html.attr("figure.figure source", "type") == "image/webp");
        assert!(html.text("figure.figure figcaption").contains(credit));
        // video: the bundle's file with its captions track in the page's language.
        let code = path.split('/').next().unwrap();
        assert_eq!(html.attr("video track", "kind"), "captions");
        assert_eq!(html.attr("video track", "srclang"), code);
        assert!(html.attr("video track", "src").ends_with("clip.vtt"));
        assert!(html.attr("video source", "src").ends_with("clip.mp4"));
        assert_eq!(html.attr("video source", "type"), "video/mp4");
        assert!(html.attr("video", "poster").ends_with(".jpg"));
        // Embeds: nothing from the service until the reader asks; a link works without
        // JavaScript, the button (hidden until the script runs) loads the player.
        assert!(html.all("iframe").is_empty(), "{path}");
        let buttons = html.all("button.video-load[hidden]");
        assert_eq!(buttons.len(), 2);
        let embeds: Vec<&str> = buttons
            .iter()
            .filter_map(|b| b.value().attr("data-embed"))
            .collect();
        assert!(embeds[0].starts_with("https://www.youtube-nocookie.com/embed/aBc-12_x"));
        assert!(embeds[1].starts_with("https://player.vimeo.com/video/123456?dnt=1"));
        assert_eq!(
            html.attr("a.video-open", "href"),
            "https://www.youtube.com/watch?v=aBc-12_x"
        );
        assert!(!html.text(".video-consent").is_empty());
        assert!(html.all("script[src$='video.js']").len() == 1);
        // contact: a card; in running text it is put there, with a warning (below).
        assert_eq!(html.all(".contact-card").len(), 2);
        assert_eq!(
            html.attr(".contact-card a[href^='tel:']", "href"),
            "tel:0291234567"
        );
        // Calls in code, and escaped ones, stay as written.
        assert!(html.text("main p code").contains("{{ notice() }}"));
        assert!(html.text("main pre code").contains("{% notice() %}"));
        assert!(html.0.html().contains("and {{ notice(type=\"info\") }}"));
        // No marker is left anywhere.
        assert!(!html.0.html().contains('\u{E000}') && !html.0.html().contains('\u{E001}'));
    }
    // The privacy notes differ by language.
    let fi = site.html(PAGES[0].0).text(".video-consent p");
    let sv = site.html(PAGES[1].0).text(".video-consent p");
    assert_ne!(fi, sv);
    // A page without a video loads no video script.
    let other = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert!(other.all("script[src$='video.js']").is_empty());
    assert!(!built.stderr().contains("guide"), "{}", built.stderr());
}

#[test]
fn html_that_cannot_go_where_a_call_is_is_an_error_at_its_line() {
    let site = Site::fixture("i18n");
    let page = "content/news/places.fi.md";
    site.write(
        "templates/shortcodes/hr.html",
        "{% component hr() %}<hr class=\"cut\">{% endcomponent hr %}",
    )
    .write(
        page,
        "---\ntitle: Paikat\ndescription: Paikat.\n---\n\
         Teksti {{ contact(name=\"A\") }} jatkuu.\n\n\
         ## Otsikko {{ contact(name=\"B\") }}\n\n\
         ![Kuva {{ contact(name=\"C\") }}](/x.png)\n\n\
         [linkki]({{ contact(name=\"D\") }})\n\n\
         Kappale\n    {{ contact(name=\"E\") }}\n\n\
         {% hr() %}\nKatoaisi.\n{% end %}\n\n\
         {% hr() %}\n{% end %}\n\n\
         Merkki \u{E000}c0\u{E000} tekstissä.\n",
    );
    let found = common::findings(&site, &["check", "--now", NOW]);
    for (line, text) in [
        (5, "cannot stand inside a paragraph or heading"),
        (7, "cannot stand inside a paragraph or heading"),
        (9, "where HTML cannot go"),
        (11, "where its HTML cannot go"),
        (14, "read as code"),
        (16, "shows no body"),
    ] {
        assert!(
            found.iter().any(|(c, f, l, m)| c == "component.syntax"
                && f == page
                && *l == line
                && m.contains(text)
                && !m.is_empty()),
            "line {line} ({text}) not in {found:#?}"
        );
    }
    // An empty body is no loss; a typed private-use character is replaced, with a warning.
    assert!(
        !common::has(&found, "component.syntax", page, 20),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.1 == page && f.2 == 23 && f.3.contains("U+E000"))
    );
}

#[test]
fn search_and_summaries_read_components_without_markers() {
    let site = component_site();
    site.write(
        "content/news/summed.fi.md",
        "---\ntitle: Tiivistelmä\ndate: 2026-05-01\n---\nAlku.\n\n{{ contact(name=\"Sanna\") }}\n\n\
         {% notice() %}\nEnsin.\n\n<!-- more -->\n\nSitten.\n{% end %}\n",
    );
    site.kielo(&["build", "--now", NOW]).ok();
    // The listing shows the summary: the notice, ended where the summary ends.
    let listing = site.read("fi/uutiset/index.html");
    let alku = listing.find("Alku").expect("the summary in the listing");
    let at = listing[..alku].rfind("<div class=\"summary\">").unwrap();
    let summary = &listing[at..at + listing[at..].find("</li>").unwrap()];
    assert!(
        summary.contains("Sanna") && summary.contains("Ensin."),
        "{summary}"
    );
    assert!(!summary.contains("Sitten."), "{summary}");
    assert_eq!(
        summary.matches("<div").count(),
        summary.matches("</div>").count(),
        "{summary}"
    );
    assert!(!listing.contains('\u{E000}'));
    let index: String = common::files_of(&site.public().join("search/fi"))
        .into_values()
        .map(|bytes| String::from_utf8(bytes).unwrap())
        .collect();
    assert!(index.contains("Anyone"), "{index:.300}");
    assert!(!index.contains('\u{E000}'));
}

#[test]
fn mistakes_in_calls_are_errors_with_their_lines() {
    let site = component_site();
    let page = "content/news/guide/index.sv.md";
    site.write(
        page,
        r#"---
title: Guide
---
{{ notise(type="info") }}

{% notice(kind="warning", type="danger") %}
x
{% end %}

{{ figure(src="foto.jpg") }}

{{ details(summary=3) }}

{{ video(title="x", youtube="https://youtu.be/abc") }}

{{ video(title="x") }}

{{ video(title="x", src="clip.mp4") }}

{{ figure(src="photo.jpg" alt="x") }}

{% end %}

{% details(summary="open") %}
never closed
{{< youtube abc >}}
"#,
    );
    let found = common::findings(&site, &["check", "--now", NOW]);
    let expect = [
        ("component.unknown", 4, "did you mean `notice`"),
        ("component.argument", 6, "its arguments: title, type"),
        ("component.argument", 6, "one of info, warning, important"),
        ("media.missing", 10, "photo.jpg"),
        ("component.argument", 10, "needs the argument `alt`"),
        ("component.argument", 12, "must be a text in quotes"),
        ("component.argument", 14, "is an id"),
        ("component.render", 16, "a video needs src="),
        ("component.render", 18, "captions"),
        ("component.syntax", 20, "cannot be read"),
        ("component.syntax", 22, "ends no component"),
        ("component.syntax", 24, "has no `{% end %}`"),
        ("component.syntax", 26, "is a Hugo shortcode"),
    ];
    for (code, line, text) in expect {
        assert!(
            found
                .iter()
                .any(|(c, f, l, m)| c == code && f == page && *l == line && m.contains(text)),
            "{code} line {line} ({text}) not in {found:#?}"
        );
    }
    // The unknown component's message lists those there are.
    assert!(
        found
            .iter()
            .any(|f| f.3.contains("contact, details, figure, notice, video"))
    );
    // The build fails and leaves no output.
    let run = site.kielo(&["build", "--now", NOW]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
}

#[test]
fn a_site_adds_and_replaces_components() {
    let site = component_site();
    site.write(
        "templates/shortcodes/quote.html",
        "{% component quote(author: String, @lang) %}<blockquote class=\"quote\" lang=\"{{ lang }}\">{{ body }}<p>— {{ author }}</p></blockquote>{% endcomponent quote %}",
    )
    .write(
        "templates/shortcodes/notice.html",
        "{% component notice(type=\"info\", title=\"\") %}<aside class=\"own-{{ type }}\">{{ body }}</aside>{% endcomponent notice %}",
    )
    .write(
        "content/news/quoted.fi.md",
        "---\ntitle: Lainaus\n---\n{% quote(author=\"Maija\") %}\nApua saa *aina*.\n{% end %}\n\n> [!WARNING]\n> Varo.\n",
    );
    site.kielo(&["build", "--now", NOW]).ok();
    let html = site.html("fi/uutiset/quoted/index.html");
    assert_eq!(html.attr("blockquote.quote", "lang"), "fi");
    assert_eq!(html.text("blockquote.quote em"), "aina");
    assert!(html.text("blockquote.quote p:last-child").contains("Maija"));
    // The site's notice replaces the theme's, for GitHub alerts too.
    assert_eq!(html.text("aside.own-warning"), "Varo.");
    // A file in shortcodes/ that defines no component of its name cannot be called.
    site.write("templates/shortcodes/plain.html", "<b>{{ x }}</b>");
    let found = common::findings(&site, &["check", "--now", NOW]);
    assert!(
        common::has(
            &found,
            "component.template",
            "templates/shortcodes/plain.html",
            1
        ),
        "{found:?}"
    );
}

#[test]
fn a_component_without_a_body_and_one_that_shows_it_twice() {
    let site = Site::fixture("i18n");
    site.write(
        "templates/shortcodes/hr.html",
        "{% component hr() %}<hr class=\"cut\">{% endcomponent hr %}",
    )
    .write(
        "templates/shortcodes/twice.html",
        "{% component twice() %}{{ body }}{{ body }}{% endcomponent twice %}",
    )
    .write(
        "content/news/cut.fi.md",
        "---\ntitle: Leikkaus\n---\nEnnen.\n\n{% hr() %}\n{% end %}\n\nJälkeen.\n",
    );
    site.kielo(&["build", "--now", NOW]).ok();
    let html = site.html("fi/uutiset/cut/index.html");
    assert_eq!(html.all("hr.cut").len(), 1);
    assert!(html.0.html().contains("Jälkeen."));
    site.write(
        "content/news/cut.fi.md",
        "---\ntitle: Leikkaus\n---\n\n{% twice() %}\nKahdesti.\n{% end %}\n",
    );
    let found = common::findings(&site, &["check", "--now", NOW]);
    assert!(
        common::has(&found, "component.render", "content/news/cut.fi.md", 5),
        "{found:?}"
    );
}

#[test]
fn press_release_contacts_use_the_contact_component() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/contacts.fi.md",
        "---\ntitle: Tiedote\ncontacts:\n  - name: Laura Lehdistö\n    role: viestintä\n    phone: 029 000 7102\n  - name: Ville Vain\n---\nTeksti.\n",
    );
    site.kielo(&["build", "--now", NOW]).ok();
    let html = site.html("fi/uutiset/contacts/index.html");
    let cards = html.all("section.contacts .contact-card");
    assert_eq!(cards.len(), 2);
    assert_eq!(
        html.text("section.contacts .contact-name"),
        "Laura Lehdistö"
    );
    assert_eq!(html.text("section.contacts .contact-role"), "viestintä");
    assert_eq!(html.attr("section.contacts a", "href"), "tel:0290007102");
    assert_eq!(
        cards[1]
            .select(&scraper::Selector::parse("p").unwrap())
            .count(),
        1
    );
}
