//! Publishing in time: embargoed releases, `--future`, `--now` and `expires`.

mod common;
use common::Site;

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
