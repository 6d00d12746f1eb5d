//! Diagnostics as tools and new users meet them: a stable code on each one in `check --format
//! json`, and YAML mistakes reported where they are.

use crate::common::Site;
use serde_json::Value;

/// The diagnostics of `kielo check --format json`.
fn checked(site: &Site) -> Vec<Value> {
    let run = site.kielo(&["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&run.stdout()).expect("JSON");
    json["diagnostics"].as_array().cloned().unwrap_or_default()
}

/// Code, file and line of each diagnostic, for comparing in one line.
fn places(diagnostics: &[Value]) -> Vec<(String, String, u64)> {
    diagnostics
        .iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
            (text("code"), text("file"), d["line"].as_u64().unwrap_or(0))
        })
        .collect()
}

#[test]
fn check_json_gives_every_diagnostic_a_code() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: Koodit\n---\n![](https://example.org/kuva.jpg)\n\n[rikki](/fi/ei-ole/)\n\n[ankkuri](#ei-ole)\n",
    );
    let diagnostics = checked(&site);
    assert!(!diagnostics.is_empty());
    for d in &diagnostics {
        let code = d["code"].as_str().unwrap_or_default();
        let (stage, problem) = code.split_once('.').unwrap_or_default();
        assert!(!stage.is_empty() && !problem.is_empty(), "{d}");
    }
    let ours: Vec<_> = places(&diagnostics)
        .into_iter()
        .filter(|(_, file, _)| file == "content/news/x.fi.md")
        .map(|(code, _, line)| (code, line))
        .collect();
    for wanted in [
        ("a11y.image-alt", 4),
        ("link.broken", 6),
        ("link.missing-anchor", 8),
        ("check.no-description", 0),
    ] {
        assert!(
            ours.contains(&(wanted.0.to_string(), wanted.1)),
            "no {wanted:?} in {ours:?}"
        );
    }
}

/// Writes `content/news/x.fi.md` with `front` as its front matter and returns what `check`
/// reports of it as JSON, and as text.
fn front_matter_problems(front: &str) -> (Vec<Value>, String) {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        &format!("---\n{front}---\nTeksti.\n"),
    );
    let text = site.kielo(&["check"]).stdout();
    let ours = checked(&site)
        .into_iter()
        .filter(|d| d["file"] == "content/news/x.fi.md")
        .collect();
    (ours, text)
}

#[test]
fn every_unknown_key_of_a_front_matter_is_reported_in_one_run() {
    let (found, text) =
        front_matter_problems("tittle: Kolme\ndescripton: x\ndate: 2024-01-02\ntgas: [a]\n");
    let file = "content/news/x.fi.md".to_string();
    let code = "frontmatter.unknown-key".to_string();
    assert_eq!(
        places(&found),
        [
            (code.clone(), file.clone(), 2),
            (code.clone(), file.clone(), 3),
            (code, file, 5)
        ]
    );
    for (line, key, meant) in [
        (2, "tittle", "title"),
        (3, "descripton", "description"),
        (5, "tgas", "tags"),
    ] {
        let wanted = format!(
            "error: content/news/x.fi.md line {line}, column 1: unknown key `{key}`\n  {line} | {key}:"
        );
        assert!(text.contains(&wanted), "no `{wanted}` in:\n{text}");
        assert!(text.contains(&format!("did you mean `{meant}`?")), "{text}");
    }
}

#[test]
fn every_unknown_key_of_site_yaml_is_reported_in_one_run_nested_ones_too() {
    let site = Site::fixture("i18n");
    site.write(
        "site.yaml",
        "base_url: https://example.org\ndefault_langauge: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: T\n  - code: sv\n    nmae: På svenska\n    title: T\nmarkdown:\n  raw_htm: true\n",
    );
    let run = site.kielo(&["check"]);
    assert_eq!(run.code(), Some(1));
    let file = "site.yaml".to_string();
    let code = "config.unknown-key".to_string();
    assert_eq!(
        places(&checked(&site)),
        [
            (code.clone(), file.clone(), 2),
            (code.clone(), file.clone(), 8),
            (code, file, 11)
        ]
    );
    assert!(
        run.stdout()
            .contains("site.yaml line 8, column 5: unknown key `nmae`"),
        "{}",
        run.stdout()
    );
}

#[test]
fn an_unclosed_quote_is_reported_where_it_opens() {
    // Unclosed to the end of the front matter, and "closed" by the next line's quote.
    for front in [
        "title: Lainaus\ndescription: \"Avoin lainaus\ndate: 2024-01-02\ntags: [a, b]\n",
        "title: Lainaus\ndescription: \"Avoin lainaus\ndate: \"2024-01-02\"\n",
    ] {
        let (found, text) = front_matter_problems(front);
        let file = "content/news/x.fi.md".to_string();
        assert_eq!(
            places(&found),
            [("yaml.unclosed-quote".into(), file, 3)],
            "{text}"
        );
        let wanted = "line 3, column 14: a quoted text starts here but its closing quote is missing\n  3 | description: \"Avoin lainaus\n    |              ^";
        assert!(text.contains(wanted), "no `{wanted}` in:\n{text}");
    }
}

#[test]
fn a_tab_in_front_matter_gets_its_own_message_at_the_tab() {
    for (front, line) in [
        ("title: Sarkain\ndate: 2024-01-02\ntags:\n\t- a\n", 5),
        ("title: Sarkain\n\tdescription: x\n", 3),
    ] {
        let (found, text) = front_matter_problems(front);
        let file = "content/news/x.fi.md".to_string();
        assert_eq!(places(&found), [("yaml.tab".into(), file, line)], "{text}");
        let wanted = format!(
            "line {line}, column 1: a tab indents this line, and YAML allows only spaces for indenting"
        );
        assert!(text.contains(&wanted), "no `{wanted}` in:\n{text}");
        assert!(text.contains("hint: replace the tab with spaces"), "{text}");
    }
}

#[test]
fn only_a_sections_own_page_says_how_the_section_lists_its_pages() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: Sivu\ndescription: Tavallinen sivu.\npaginate: 2\n---\nTeksti\n",
    );
    let errors: Vec<_> = places(&checked(&site))
        .into_iter()
        .filter(|(code, _, _)| code == "frontmatter.section-key")
        .collect();
    assert_eq!(
        errors,
        [(
            "frontmatter.section-key".into(),
            "content/news/x.fi.md".into(),
            4
        )]
    );
    // In the section's own page the same key splits its listing.
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: Sivu\ndescription: Tavallinen sivu.\n---\nTeksti\n",
    );
    site.edit("content/news/_index.fi.md", |c| {
        c.replacen("---\n", "---\npaginate: 1\n", 1)
    });
    site.build().ok();
    assert!(
        site.exists("fi/uutiset/sivu/2/index.html"),
        "{:?}",
        site.snapshot()
            .keys()
            .filter(|k| k.starts_with("fi/uutiset"))
            .collect::<Vec<_>>()
    );
}
