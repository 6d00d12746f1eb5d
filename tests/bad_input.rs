//! The rest of the red team's bad-input list: control characters, messages at the right
//! place, outputs that would be both a file and a folder, a page of 20,000 headings, floods
//! of warnings, raw HTML that runs script, JSON safe to inline.

mod common;
use common::Site;

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
        &["error: content/news/x.fi.md line 5: the YAML aliases (`*name`)"],
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
