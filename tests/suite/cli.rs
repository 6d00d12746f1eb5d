//! The command line, drafts, themes and configuration beyond the three sample languages.

use crate::common::Site;

#[test]
fn help_explains_every_option() {
    let site = Site::empty();
    let top = crate::common::kielo_command()
        .arg("--help")
        .output()
        .unwrap();
    let top = String::from_utf8_lossy(&top.stdout);
    assert!(top.contains("build") && top.contains("init"), "{top}");
    let build = site.kielo(&["build", "--help"]);
    let text = build.stdout();
    for option in ["--root", "--out", "--drafts", "--base-url"] {
        assert!(text.contains(option), "{option} in {text}");
    }
}

#[test]
fn summary_counts_pages_per_language() {
    let site = Site::fixture("i18n");
    let run = site.build().ok();
    let out = run.stdout();
    // fi: home, about, news, release, other, vuosi, työelämä; sv: home, news, release, other, årsrapport;
    // en: made-up home, news, release.
    assert!(
        out.starts_with("Built 15 pages (fi 7, sv 5, en 3)"),
        "{out}"
    );
    assert!(out.contains(" ms"), "{out}");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = Site::fixture("i18n");
    site.build().ok();
    assert!(!site.exists("fi/uutiset/luonnos/index.html"));
    site.kielo(&["build", "--drafts"]).ok();
    assert!(site.exists("fi/uutiset/luonnos/index.html"));
}

#[test]
fn out_writes_elsewhere() {
    let site = Site::fixture("i18n");
    let out = site.root().join("elsewhere");
    site.kielo(&["build", "--out", out.to_str().unwrap()]).ok();
    assert!(out.join("fi/index.html").exists());
    assert!(!site.public().exists());
}

#[test]
fn site_with_only_config_and_content_builds_with_the_built_in_theme() {
    let site = Site::empty();
    site.write(
        "site.yaml",
        "base_url: https://example.org\ndefault_language: de\nlanguages:\n  - code: de\n    name: Deutsch\n    title: Seite\n  - code: ar\n    name: العربية\n    title: موقع\n",
    );
    site.write("content/_index.md", "---\ntitle: Start\n---\nHallo.\n");
    site.write("content/seite.ar.md", "---\ntitle: صفحة\n---\nمرحبا\n");
    site.write("locales/de/site.ftl", "skip-to-content = Zum Inhalt\n");
    let run = site.build().ok();
    let home = site.html("de/index.html");
    assert_eq!(home.attr("html", "dir"), "ltr");
    assert_eq!(home.text(".skip-link"), "Zum Inhalt");
    let arabic = site.html("ar/seite/index.html");
    assert_eq!(arabic.attr("html", "dir"), "rtl");
    assert_eq!(arabic.attr("html", "lang"), "ar");
    // Strings missing in a language fall back to the default language's, with a warning.
    assert!(
        run.stderr().contains("missing in language `ar`"),
        "{}",
        run.stderr()
    );
}

#[test]
fn site_templates_override_the_themes() {
    let site = Site::fixture("i18n");
    site.write(
        "templates/page.html",
        r#"{% extends "base.html" %}{% block content %}<p id="custom">{{ page.title }} / {{ t(key="published") }}</p>{% endblock content %}"#,
    );
    site.write("locales/fi/site.ftl", "published = Julkaistu (oma)\n");
    site.build().ok();
    let page = site.html("fi/uutiset/toinen-uutinen/index.html");
    assert_eq!(page.text("#custom"), "Toinen uutinen / Julkaistu (oma)");
}
