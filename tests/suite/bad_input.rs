//! The rest of the red team's bad-input list: control characters, messages at the right
//! place, outputs that would be both a file and a folder, a page of 20,000 headings, floods
//! of warnings, raw HTML that runs script, JSON safe to inline.

use crate::common::{self, Site};

/// Writes `content/news/x.fi.md` after a good build; the build must fail with every text of
/// `wanted` in what it prints and leave the output as it was.
fn bad_page(text: &[u8], wanted: &[&str]) {
    let site = Site::fixture("i18n");
    site.build().ok();
    let before = site.snapshot();
    site.write_bytes("content/news/x.fi.md", text);
    let run = site.build();
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{stderr}");
    for text in wanted {
        assert!(stderr.contains(text), "no `{text}` in:\n{stderr}");
    }
    assert!(!stderr.contains("os error"), "{stderr}");
    assert!(site.snapshot() == before, "the output changed");
}

#[test]
fn control_characters_in_front_matter_are_errors_at_their_line_and_column() {
    bad_page(
        b"---\ntitle: X\ndate: 2021-01-01\ntags: [a]\ndescription: Pysty\x0bsarkain\n---\nTeksti\n",
        &["error: content/news/x.fi.md line 5, column 19: the invisible character U+000B"],
    );
    for (line, key, value) in [
        (2, "title", r#""Otsikko\x01""#),
        (3, "description", r#""Kuvaus\u0002""#),
        (3, "tags", r#"["työ\x1belämä"]"#),
        (3, "aliases", r#"["/fi/vanha\u0085/"]"#),
        (3, "extra", r#"{ colour: "sin\uFFFEinen" }"#),
    ] {
        let text = match key {
            "title" => format!("---\ntitle: {value}\n---\n"),
            _ => format!("---\ntitle: X\n{key}: {value}\n---\n"),
        };
        bad_page(
            text.as_bytes(),
            &[&format!(
                "error: content/news/x.fi.md line {line}: the invisible character U+"
            )],
        );
    }
}

#[test]
fn control_characters_in_site_yaml_are_errors_at_their_line() {
    for (change, line) in [
        (("title: Ihmiskaupan", "title: Ihmis\u{7}kaupan"), 6),
        (("https://example.org", "\"https://example.org/\\x1b\""), 1),
    ] {
        let site = Site::fixture("i18n");
        site.edit("site.yaml", |c| c.replace(change.0, change.1));
        let run = site.build();
        let stderr = run.stderr();
        assert_eq!(run.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!("error: site.yaml line {line}")),
            "{stderr}"
        );
        assert!(stderr.contains("the invisible character U+"), "{stderr}");
    }
}

#[test]
fn control_characters_in_a_body_become_replacement_characters() {
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site.write_bytes(
        "content/news/x.fi.md",
        b"---\ntitle: Nolla\ndate: 2021-01-01\ntags: [nolla]\n---\nTavu\x00nolla ja \x1b[31mpuna\x7f.\n",
    );
    site.build().ok();
    let html = site.read("fi/uutiset/x/index.html");
    assert!(
        html.contains("Tavu\u{fffd}nolla ja \u{fffd}[31mpuna\u{fffd}."),
        "{html}"
    );
    assert!(
        !html
            .chars()
            .any(|c| c.is_control() && !"\t\n\r".contains(c))
    );
    // Every XML output parses, with the strict parser.
    for file in common::files_of(&site.public()).keys() {
        let name = file.to_string_lossy();
        if name.ends_with(".xml") {
            let text = site.read(&name);
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}

#[test]
fn an_alias_bomb_is_reported_at_its_line() {
    let mut text = "---\ntitle: Pommi\nextra:\n  a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n".to_string();
    for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let list = vec![format!("*{previous}"); 9].join(", ");
        text.push_str(&format!("  {name}: &{name} [{list}]\n"));
    }
    text.push_str("---\nTeksti\n");
    bad_page(
        text.as_bytes(),
        &["error: content/news/x.fi.md line 5, column 10: the YAML aliases (`*name`)"],
    );
}

#[test]
fn aliases_and_templates_that_leave_the_site_are_reported_at_their_line() {
    bad_page(
        b"---\ntitle: X\ndate: 2021-01-01\naliases: [\"https://evil.example/x\"]\n---\n",
        &[
            "error: content/news/x.fi.md line 4: the alias `https://evil.example/x` is not a path inside the site",
        ],
    );
    bad_page(
        b"---\ntitle: X\ntemplate: ../../../../etc/passwd\n---\n",
        &[
            "error: content/news/x.fi.md line 3: `template: ../../../../etc/passwd` is not the name of a template",
        ],
    );
    bad_page(
        b"---\ntitle: X\ntemplate: missing.html\n---\n",
        &["error: content/news/x.fi.md line 3: there is no template `missing.html`"],
    );
}

#[test]
fn an_alias_where_the_site_writes_a_file_names_the_page() {
    for alias in ["/kielo.css/", "robots.txt/", "/sitemap.xml/", "extra.css"] {
        bad_page(
            format!("---\ntitle: X\ndate: 2021-01-01\naliases: [\"{alias}\"]\n---\n").as_bytes(),
            &[
                "error: content/news/x.fi.md line 4: an alias of this page would be written to",
                "where that needs a folder",
            ],
        );
    }
    // An alias that needs a folder where the feed is written.
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: X\naliases: [/fi/uutiset/atom.xml/]\n---\n",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(
        run.stderr()
            .contains("both a file and a folder at fi/uutiset/atom.xml"),
        "{}",
        run.stderr()
    );
    assert!(!run.stderr().contains("os error"), "{}", run.stderr());
}

#[test]
fn fifty_thousand_equal_headings_get_unique_ids_without_hanging() {
    let site = Site::fixture("i18n");
    let body = "## Sama\n\n".repeat(50_000);
    site.write(
        "content/news/x.fi.md",
        &format!("---\ntitle: X\n---\n{body}"),
    );
    // Not a speed test: a guard against the quadratic numbering, which took minutes.
    site.kielo_within(&["build"], std::time::Duration::from_secs(60))
        .ok();
    let page = site.html("fi/uutiset/x/index.html");
    let ids: Vec<String> = page
        .all("main h2[id^=sama]")
        .iter()
        .map(|h| h.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 50_000);
    assert_eq!(ids[0], "sama");
    assert_eq!(ids[1], "sama-1");
    assert_eq!(ids[49_999], "sama-49999");
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn a_flood_of_warnings_is_capped_per_file_but_listed_in_json() {
    let site = Site::fixture("i18n");
    let links: String = (0..1500)
        .map(|i| format!("[x](#puuttuu-{i})\n\n"))
        .collect();
    let headings = "## Sama\n\n".repeat(1000);
    site.write(
        "content/news/x.fi.md",
        &format!("---\ntitle: X\n---\n{links}{headings}"),
    );
    let run = site.build().ok();
    let stderr = run.stderr();
    assert!(stderr.len() < 20_000, "{} bytes of warnings", stderr.len());
    let shown = stderr.matches("the link points to `#puuttuu-").count();
    assert_eq!(shown, 10, "{stderr}");
    assert!(
        stderr.contains("… and 1490 more problems in content/news/x.fi.md not shown; `kielo check --format json` lists them all"),
        "{stderr}"
    );
    assert!(stderr.contains("#sama-9 and 990 more"), "{stderr}");
    assert!(
        stderr.contains("warning: content/news/release.en.md"),
        "other files' warnings still show: {stderr}"
    );
    let check = site.kielo(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout()).unwrap();
    let anchors = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("#puuttuu-"))
        .count();
    assert_eq!(anchors, 1500);
}

#[test]
fn raw_html_is_sanitised_whatever_the_spelling() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}markdown:\n  raw_html: true\n"));
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: X\n---\n\
<a href=\"jav&#x61;script:alert(1)\">yksi</a>\n\n\
<a href=\"javascript&colon;alert(2)\">kaksi</a>\n\n\
<a href=\"java\nscript:alert(3)\">kolme</a>\n\n\
<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==\">neljä</a>\n\n\
<iframe src=\"data:text/html,<script>alert(5)</script>\"></iframe>\n\n\
<img src=\"x.png\" alt=\"kuusi\" onerror=\"alert(6)\">\n\n\
<object data=\"data:text/html,x\"></object>\n\n\
<svg><script>alert(8)</script></svg>\n\n\
<div class=\"laatikko\" id=\"oma\">Laatikko <span title=\"t\">jää</span></div>\n\n\
[linkki](#oma)\n",
    );
    let run = site.build().ok();
    let stderr = run.stderr();
    for line in [4, 6, 8, 11, 13, 15, 17, 19] {
        assert!(
            stderr.contains(&format!(
                "warning: content/news/x.fi.md line {line}: the raw HTML here loses"
            )),
            "line {line}: {stderr}"
        );
    }
    assert!(
        !stderr.contains("line 21"),
        "safe HTML is kept quietly: {stderr}"
    );
    let page = site.html("fi/uutiset/x/index.html");
    for element in page.all("main *") {
        let name = element.value().name();
        assert!(
            !["script", "iframe", "object", "embed"].contains(&name),
            "{}",
            element.html()
        );
        for (attribute, value) in element.value().attrs() {
            let value = value.to_ascii_lowercase();
            assert!(!attribute.starts_with("on"), "{}", element.html());
            assert!(
                !value.contains("script:") && !value.contains("data:"),
                "{}",
                element.html()
            );
        }
    }
    assert!(
        !page.text("main").contains("alert"),
        "{}",
        page.text("main")
    );
    for word in ["yksi", "kaksi", "kolme", "neljä"] {
        assert!(page.text("main").contains(word), "the text stays: {word}");
    }
    assert_eq!(page.text("div.laatikko#oma span[title=t]"), "jää");
    assert_eq!(page.attr("main img", "alt"), "kuusi");
}

#[test]
fn search_files_escape_markup_characters() {
    let site = Site::fixture("i18n");
    let title = "</script><script>alert(1)</script> & <b>";
    site.write(
        "content/news/x.fi.md",
        &format!(
            "---\ntitle: '{title}'\ndescription: a < b > c & d\n---\nTeksti `</script>` ja &lt;tagi&gt; & muuta.\n"
        ),
    );
    site.build().ok();
    let mut found = false;
    for (path, bytes) in common::files_of(&site.public().join("search/fi")) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text.contains(['<', '>', '&']),
            "{}: {text}",
            path.display()
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        if value["t"] == title {
            found = true;
            assert_eq!(value["d"], "a < b > c & d");
            let words = value["x"].as_str().unwrap();
            assert!(words.contains("</script>"), "{words}");
        }
    }
    assert!(found, "the page's search file reads back its title");
}

#[test]
fn back_to_top_links_and_line_breaks_need_no_raw_html() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: X\n---\nRivi<br>katko ja<BR />toinen.\n\n[Takaisin ylös](#) tai [alkuun](#top).\n",
    );
    let run = site.build().ok();
    let stderr = run.stderr();
    assert!(!stderr.contains("content/news/x.fi.md"), "{stderr}");
    let page = site.html("fi/uutiset/x/index.html");
    let paragraph = page.one("main p");
    assert_eq!(
        paragraph
            .select(&scraper::Selector::parse("br").unwrap())
            .count(),
        2
    );
    let text: String = paragraph.text().collect();
    assert!(
        text.contains("Rivi") && !text.contains("Rivikatko"),
        "{text}"
    );
    assert_eq!(page.attr("main a[href='#']", "href"), "#");
}
