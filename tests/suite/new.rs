//! `kielo new`: the page and its translations, front matter filled in, never overwriting.

use crate::common::Site;

#[test]
fn creates_translations_side_by_side_that_build() {
    let site = Site::fixture("i18n");
    let run = site
        .kielo(&["new", "news/helpline-hours", "--lang", "fi", "--lang", "sv"])
        .ok();
    assert!(
        run.stdout().contains("news/helpline-hours.fi.md"),
        "{}",
        run.stdout()
    );
    let fi =
        std::fs::read_to_string(site.root().join("content/news/helpline-hours.fi.md")).unwrap();
    // Placeholders in the file's own language, and a draft, so nothing is published yet.
    assert!(
        fi.starts_with("---\ntitle: \"Kirjoita otsikko tähän\"\n"),
        "{fi}"
    );
    assert!(fi.contains("\ndraft: true\n") && fi.contains("Kirjoita sivun teksti tähän."));
    let sv =
        std::fs::read_to_string(site.root().join("content/news/helpline-hours.sv.md")).unwrap();
    assert!(
        sv.starts_with("---\ntitle: \"Skriv rubriken här\"\n"),
        "{sv}"
    );
    assert!(run.stdout().contains("remove the line `draft: true`"));
    let today = jiff::Zoned::now().date().to_string();
    assert!(fi.contains(&format!("\ndate: {today}\n")), "{fi}");
    // The translation has no date of its own: it waits for its original's embargo.
    assert!(!sv.contains("\ndate:"), "{sv}");
    assert!(
        site.root()
            .join("content/news/helpline-hours.sv.md")
            .exists()
    );
    assert!(
        !site
            .root()
            .join("content/news/helpline-hours.en.md")
            .exists()
    );
    // A draft is held back; its placeholder title is a warning already, in each language.
    let drafts = site.build().ok().stderr();
    assert!(!site.exists("fi/uutiset/helpline-hours/index.html"));
    for lang in ["fi", "sv"] {
        let warning = format!(
            "warning: content/news/helpline-hours.{lang}.md line 2: the title is still kielo new's placeholder"
        );
        assert!(drafts.contains(&warning), "{drafts}");
    }
    // Without `draft: true` they are a valid page and its translation; a title still the
    // placeholder is a warning at its line.
    for lang in ["fi", "sv"] {
        site.edit(&format!("content/news/helpline-hours.{lang}.md"), |t| {
            t.replace("draft: true\n", "")
        });
    }
    let built = site.build().ok();
    assert!(
        built.stderr().contains(
            "warning: content/news/helpline-hours.fi.md line 2: the title is still kielo new's placeholder"
        ),
        "{}",
        built.stderr()
    );
    let page = site.html("fi/uutiset/helpline-hours/index.html");
    assert_eq!(
        page.attr(".language-switcher a[hreflang=sv]", "data-translated"),
        "true"
    );
}

#[test]
fn without_lang_the_default_language_is_used() {
    let site = Site::fixture("i18n");
    site.kielo(&["new", "guide"]).ok();
    assert!(site.root().join("content/guide.fi.md").exists());
}

#[test]
fn refuses_to_overwrite_and_writes_nothing() {
    let site = Site::fixture("i18n");
    let before = std::fs::read_to_string(site.root().join("content/news/other.sv.md")).unwrap();
    let run = site.kielo(&["new", "news/other", "--lang", "en", "--lang", "sv"]);
    assert_eq!(run.code(), Some(2));
    assert!(
        run.stderr().contains("other.sv.md exists already"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/news/other.sv.md")).unwrap(),
        before
    );
    // Nothing is written when any file exists, not even the missing translation.
    assert!(!site.root().join("content/news/other.en.md").exists());
}

#[test]
fn rejects_unknown_languages_and_paths_outside_content() {
    let site = Site::fixture("i18n");
    let run = site.kielo(&["new", "news/x", "--lang", "de"]);
    assert_eq!(run.code(), Some(2));
    assert!(run.stderr().contains("fi, sv, en"), "{}", run.stderr());
    let run = site.kielo(&["new", "../outside"]);
    assert_eq!(run.code(), Some(2));
    assert!(!site.root().join("outside.fi.md").exists());
    assert!(!site.root().parent().unwrap().join("outside.fi.md").exists());
}

#[test]
fn a_translation_of_a_page_bundle_goes_into_the_bundle() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/hours/index.fi.md",
        "---\ntitle: Aukioloajat\n---\n",
    )
    .write_bytes("content/news/hours/hours.pdf", b"%PDF-1.4");
    let run = site.kielo(&["new", "news/hours", "--lang", "sv"]).ok();
    assert!(
        run.stdout().contains("news/hours/index.sv.md"),
        "{}",
        run.stdout()
    );
    assert!(site.root().join("content/news/hours/index.sv.md").exists());
    assert!(!site.root().join("content/news/hours.sv.md").exists());
}

#[test]
fn a_section_that_does_not_exist_is_named_by_its_address() {
    let site = Site::fixture("i18n");
    // The Finnish address of the news section, not its folder.
    let run = site.kielo(&["new", "uutiset/x", "--lang", "fi"]);
    assert_eq!(run.code(), Some(2), "{}", run.stderr());
    let stderr = run.stderr();
    assert!(
        stderr.contains("content/uutiset/ is not a section of this site; did you mean `news` (/fi/uutiset/, /sv/nyheter/, /en/news/)?"),
        "{stderr}"
    );
    assert!(stderr.contains("--new-section"), "{stderr}");
    assert!(!site.root().join("content/uutiset").exists());
    // A near miss of the folder's name is named too.
    let run = site.kielo(&["new", "newz/x"]);
    assert!(
        run.stderr().contains("did you mean `news`"),
        "{}",
        run.stderr()
    );
    site.kielo(&["new", "uutiset/x", "--new-section"]).ok();
    assert!(site.root().join("content/uutiset/x.fi.md").exists());
}

#[test]
fn a_translation_waits_for_its_original_and_a_file_name_is_read_as_meant() {
    let site = Site::fixture("i18n");
    // The page's file name as it will be: the language code is taken from it.
    site.kielo(&["new", "news/kuulutus.fi.md"]).ok();
    let fi = std::fs::read_to_string(site.root().join("content/news/kuulutus.fi.md")).unwrap();
    assert!(fi.contains("\ndate: "), "{fi}");
    assert!(!site.root().join("content/news/kuulutus.fi.fi.md").exists());
    // Its translation, made later, takes the original's date, and so its embargo.
    site.kielo(&["new", "news/kuulutus", "--lang", "sv"]).ok();
    let sv = std::fs::read_to_string(site.root().join("content/news/kuulutus.sv.md")).unwrap();
    assert!(!sv.contains("\ndate:"), "{sv}");
    for (file, text) in [("fi", &fi), ("sv", &sv)] {
        let published = text.replace("draft: true\n", "");
        let published = match file {
            "fi" => published.replacen("---\n", "---\ndate: 2026-12-01T09:00\n", 1),
            _ => published,
        };
        let published = match file {
            // The original's own `date` line from `kielo new` goes; the embargo stays.
            "fi" => (published.lines())
                .filter(|l| !l.starts_with("date: 20") || l.contains('T'))
                .collect::<Vec<_>>()
                .join("\n"),
            _ => published,
        };
        site.write(&format!("content/news/kuulutus.{file}.md"), &published);
    }
    let run = site
        .kielo(&["build", "--now", "2026-11-30T12:00:00+02:00"])
        .ok();
    assert!(!site.exists("fi/uutiset/kuulutus/index.html"));
    assert!(
        !site.exists("sv/nyheter/kuulutus/index.html"),
        "{}",
        run.stdout()
    );
    assert!(
        run.stdout()
            .contains("held back: content/news/kuulutus.sv.md until 1 Dec 2026, 09:00")
    );
    // A page only in Swedish has its own date.
    site.kielo(&["new", "news/bara-svenska", "--lang", "sv"])
        .ok();
    let only =
        std::fs::read_to_string(site.root().join("content/news/bara-svenska.sv.md")).unwrap();
    assert!(only.contains("\ndate: "), "{only}");
}
