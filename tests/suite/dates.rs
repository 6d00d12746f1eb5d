//! Dates in each language's format, from CLDR data.

use crate::common::Site;

#[test]
fn release_dates_in_finnish_swedish_and_english() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let cases = [
        (
            "fi/uutiset/uusi-neuvontapuhelin/index.html",
            "16.9.2021 klo 10.02",
        ),
        (
            "sv/nyheter/ny-radgivningstelefon/index.html",
            "16.9.2021 kl. 10.02",
        ),
        ("en/news/release/index.html", "16 September 2021, 10:02"),
    ];
    for (path, expected) in cases {
        let page = site.html(path);
        assert_eq!(page.text("article .meta time"), expected, "{path}");
        assert_eq!(
            page.attr("article .meta time", "datetime"),
            "2021-09-16T10:02:00+03:00"
        );
    }
}

#[test]
fn a_date_without_time_shows_the_date_alone() {
    let site = Site::fixture("i18n");
    site.build().ok();
    assert_eq!(
        site.html("fi/uutiset/toinen-uutinen/index.html")
            .text("article .meta time"),
        "1.8.2021"
    );
    assert_eq!(
        site.html("sv/nyheter/en-annan-nyhet/index.html")
            .text("article .meta time"),
        "1.8.2021"
    );
    let en = site.html("en/news/release/index.html");
    let times: Vec<String> = en
        .all("article .meta time")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(times[1], "1 October 2021", "updated date");
}

#[test]
fn long_forms_use_cldr_month_names() {
    let site = Site::fixture("i18n");
    site.write(
        "templates/page.html",
        r#"{% extends "base.html" %}{% block content %}<p id="long">{{ date(value=page.date, style="long") }}</p>{% endblock content %}"#,
    );
    site.build().ok();
    assert_eq!(
        site.html("fi/uutiset/toinen-uutinen/index.html")
            .text("#long"),
        "1. elokuuta 2021"
    );
    assert_eq!(
        site.html("sv/nyheter/en-annan-nyhet/index.html")
            .text("#long"),
        "1 augusti 2021"
    );
}

#[test]
fn a_time_without_an_offset_is_the_sites_clock_and_embargoes_by_it() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}timezone: Europe/Helsinki\n"))
        .write(
            "content/news/winter.fi.md",
            "---\ntitle: Talvi\ndate: 2026-12-01T09:00\n---\nTeksti.\n",
        )
        .write(
            "content/news/summer.fi.md",
            "+++\ntitle = \"Kesä\"\ndate = 2026-06-01T09:00:00\n+++\nTeksti.\n",
        );
    // 8.59 in Helsinki on 1 December: the winter release is still held back.
    site.kielo(&["build", "--now", "2026-12-01T08:59:00+02:00"])
        .ok();
    assert!(!site.exists("fi/uutiset/winter/index.html"));
    let summer = site.html("fi/uutiset/summer/index.html");
    assert_eq!(
        summer.attr("article .meta time", "datetime"),
        "2026-06-01T09:00:00+03:00"
    );
    site.kielo(&["build", "--now", "2026-12-01T09:00:00+02:00"])
        .ok();
    let winter = site.html("fi/uutiset/winter/index.html");
    assert_eq!(
        winter.attr("article .meta time", "datetime"),
        "2026-12-01T09:00:00+02:00"
    );
    assert_eq!(winter.text("article .meta time"), "1.12.2026 klo 9.00");
}
