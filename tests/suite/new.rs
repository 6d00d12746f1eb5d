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
