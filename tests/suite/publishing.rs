//! Publishing in time: embargoed releases, `--future`, `--now` and `expires`.

use crate::common::Site;

fn site() -> Site {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/embargo.fi.md",
        "---\ntitle: Kielletty\ndate: 2030-01-01T09:00:00+02:00\n---\n",
    );
    site.write(
        "content/news/old-offer.fi.md",
        "---\ntitle: Vanha\ndate: 2021-01-01\nexpires: 2022-01-01\n---\n",
    );
    site
}

#[test]
fn future_pages_wait_for_their_date_unless_asked_for() {
    let site = site();
    site.kielo(&["build", "--now", "2026-01-01T00:00:00+02:00"])
        .ok();
    assert!(!site.exists("fi/uutiset/embargo/index.html"));
    assert!(!site.read("sitemap.xml").contains("embargo"));
    site.kielo(&["build", "--now", "2026-01-01T00:00:00+02:00", "--future"])
        .ok();
    assert!(site.exists("fi/uutiset/embargo/index.html"));
    // Once the clock passes the date the page is published without --future.
    site.kielo(&["build", "--now", "2030-01-01T07:00:01Z"]).ok();
    assert!(site.exists("fi/uutiset/embargo/index.html"));
}

#[test]
fn expired_pages_are_removed() {
    let site = site();
    site.kielo(&["build", "--now", "2021-12-01T00:00:00Z"]).ok();
    assert!(site.exists("fi/uutiset/old-offer/index.html"));
    site.kielo(&["build", "--now", "2022-01-02T00:00:00Z"]).ok();
    assert!(!site.exists("fi/uutiset/old-offer/index.html"));
}

#[test]
fn a_bad_now_is_a_usage_error() {
    let run = site().kielo(&["build", "--now", "tomorrow"]);
    assert_eq!(run.code(), Some(2));
    assert!(run.stderr().contains("--now"), "{}", run.stderr());
}

/// An embargoed Finnish release with a Swedish translation; `swedish_front` is the Swedish
/// file's front matter after its title.
fn embargoed_release(swedish_front: &str) -> Site {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/embargo.fi.md",
        "---\ntitle: Kielletty\ndate: 2030-01-01T09:00:00+02:00\nexpires: 2031-01-01\n---\nTeksti.\n",
    );
    site.write(
        "content/news/embargo.sv.md",
        &format!("---\ntitle: Förbjuden\n{swedish_front}---\nText.\n"),
    );
    site
}

#[test]
fn a_translation_without_a_date_waits_for_its_original() {
    let site = embargoed_release("");
    site.kielo(&["build", "--now", "2026-01-01T00:00:00+02:00"])
        .ok();
    assert!(!site.exists("fi/uutiset/embargo/index.html"));
    assert!(!site.exists("sv/nyheter/embargo/index.html"));
    assert!(!site.read("sitemap.xml").contains("embargo"));
    assert!(!site.read("sv/nyheter/index.html").contains("Förbjuden"));

    site.kielo(&["build", "--now", "2030-01-01T07:00:01Z"]).ok();
    let swedish = site.html("sv/nyheter/embargo/index.html");
    assert_eq!(
        swedish.attr("time", "datetime"),
        "2030-01-01T09:00:00+02:00",
        "the translation shows its original's date"
    );
    // … and expires with it.
    site.kielo(&["build", "--now", "2031-01-02T00:00:00Z"]).ok();
    assert!(!site.exists("sv/nyheter/embargo/index.html"));
}

#[test]
fn a_translation_dated_before_its_originals_embargo_is_warned_about() {
    let site = embargoed_release("date: 2025-06-01\n");
    let run = site
        .kielo(&["build", "--now", "2026-01-01T00:00:00+02:00"])
        .ok();
    let stderr = run.stderr();
    assert!(
        stderr.contains("warning: content/news/embargo.sv.md line 3: this translation is dated 2025-06-01, before its original content/news/embargo.fi.md, which is embargoed until 2030-01-01T09:00:00+02:00"),
        "{stderr}"
    );
    assert!(site.exists("sv/nyheter/embargo/index.html"));
    // `check`, which staff run before publishing, holds it to be the error it is.
    let found = crate::common::findings(&site, &["check", "--now", "2026-01-01T00:00:00+02:00"]);
    let early = (found.iter()).find(|(code, ..)| code == "content.early-translation");
    assert!(early.is_some(), "{found:?}");
    let checked = site.kielo(&["check", "--now", "2026-01-01T00:00:00+02:00"]);
    assert_eq!(checked.code(), Some(1), "{}", checked.stdout());
    assert!(
        checked
            .stdout()
            .contains("error: content/news/embargo.sv.md line 3")
    );
    // Once the original is out, nothing to warn about.
    let run = site.kielo(&["build", "--now", "2030-02-01T00:00:00Z"]).ok();
    assert!(!run.stderr().contains("embargo.sv.md"), "{}", run.stderr());
}

#[test]
fn a_translation_keeps_waiting_when_its_original_is_renamed_or_deleted_under_embargo() {
    let site = embargoed_release("");
    let before = ["--now", "2029-12-01T12:00:00+02:00"];
    site.kielo(&[&["build"][..], &before].concat()).ok();
    assert!(!site.exists("sv/nyheter/embargo/index.html"));
    let root = site.root().join("content/news");
    std::fs::rename(root.join("embargo.fi.md"), root.join("kielto.fi.md")).unwrap();
    let run = site.kielo(&[&["build"][..], &before].concat()).ok();
    assert!(
        !site.exists("sv/nyheter/embargo/index.html"),
        "published early"
    );
    let said = run.stderr();
    assert!(
        said.contains("warning: content/news/embargo.sv.md: this translation has no date of its own, and its original content/news/embargo.fi.md, embargoed until 1 Jan 2030, 09:00, is gone"),
        "{said}"
    );
    assert!(
        run.stdout()
            .contains("held back: content/news/embargo.sv.md until 1 Jan 2030, 09:00"),
        "{}",
        run.stdout()
    );
    // The memory survives builds that publish nothing new, and deleting the original too.
    std::fs::remove_file(root.join("kielto.fi.md")).unwrap();
    site.kielo(&[&["build"][..], &before].concat()).ok();
    assert!(!site.exists("sv/nyheter/embargo/index.html"));
    // Its time come, it goes out.
    site.kielo(&["build", "--now", "2030-01-01T09:00:00+02:00"])
        .ok();
    assert!(site.exists("sv/nyheter/embargo/index.html"));
}

#[test]
fn now_without_an_offset_is_the_sites_clock_as_a_date_is() {
    let site = embargoed_release("");
    site.kielo(&["build", "--now", "2030-01-01T08:59"]).ok();
    assert!(!site.exists("fi/uutiset/embargo/index.html"));
    site.kielo(&["build", "--now", "2030-01-01T09:00"]).ok();
    assert!(site.exists("fi/uutiset/embargo/index.html"));
    let wrong = site.kielo(&["check", "--now", "huomenna", "--messages", "fi"]);
    assert_eq!(wrong.code(), Some(2));
    assert!(
        wrong
            .stderr()
            .starts_with("`--now huomenna` ei ole ajankohta"),
        "{}",
        wrong.stderr()
    );
}
