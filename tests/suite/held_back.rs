//! Drafts and embargoed pages: `check` finds their problems before they go live, and `build`
//! and `check` list them with the time each is published, on the site's clock.

use crate::common::{Site, findings, has};

/// Before the embargo below.
const NOW: &str = "2026-01-01T00:00:00+02:00";

/// A page with a broken `@/` link (line 6), a link to a missing anchor (line 8) and a
/// missing image (line 10); `front` goes into its front matter.
fn flawed(front: &str) -> String {
    format!(
        "---\ntitle: Tuleva\n{front}\ndescription: Tuleva tiedote.\n---\n\
         [rikki](@/news/ei-ole.md)\n\n[ankkuri](@/news/other.md#ei-ole)\n\n![Kuva](kuva.jpg)\n"
    )
}

/// The fixture on Helsinki's clock, with the page `content/news/embargo.fi.md`.
fn site_with(page: &str) -> Site {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}timezone: Europe/Helsinki\n"));
    site.write("content/news/embargo.fi.md", page);
    site
}

fn assert_problems_found(site: &Site) {
    let file = "content/news/embargo.fi.md";
    let found = findings(site, &["check", "--now", NOW]);
    for (code, line) in [
        ("link.missing-page", 6),
        ("link.missing-anchor", 8),
        ("media.missing", 10),
    ] {
        assert!(
            has(&found, code, file, line),
            "no {code} line {line}: {found:?}"
        );
    }
    let run = site.kielo(&["check", "--now", NOW]);
    assert_eq!(run.code(), Some(1), "{}", run.stdout());
    // The build leaves the page out, so it succeeds until the page's day.
    site.kielo(&["build", "--now", NOW]).ok();
}

#[test]
fn check_finds_the_problems_of_an_embargoed_page() {
    assert_problems_found(&site_with(&flawed("date: 2026-12-01T09:00")));
}

#[test]
fn check_finds_the_problems_of_a_draft() {
    assert_problems_found(&site_with(&flawed("draft: true")));
}

#[test]
fn check_finds_the_problems_of_held_back_pages_when_published_ones_have_errors_too() {
    let site = site_with(&flawed("date: 2026-12-01T09:00"));
    site.write(
        "content/y.fi.md",
        "---\ntitle: Y\n---\n[rikki](@/ei-ole.md)\n",
    );
    let found = findings(&site, &["check", "--now", NOW]);
    assert!(
        has(&found, "link.missing-page", "content/y.fi.md", 4),
        "{found:?}"
    );
    let embargoed = "content/news/embargo.fi.md";
    assert!(has(&found, "link.missing-page", embargoed, 6), "{found:?}");
    assert_eq!(
        found.iter().filter(|f| f.1 == "content/y.fi.md").count(),
        1,
        "reported once: {found:?}"
    );
}

#[test]
fn a_link_to_an_embargoed_page_is_still_an_error_before_its_day() {
    let site = site_with("---\ntitle: Tuleva\ndate: 2026-12-01T09:00\n---\nTeksti.\n");
    site.write(
        "content/z.fi.md",
        "---\ntitle: Z\ndescription: Z.\n---\n[tuleva](@/news/embargo.md)\n",
    );
    let found = findings(&site, &["check", "--now", NOW]);
    assert!(
        has(&found, "link.missing-page", "content/z.fi.md", 5),
        "{found:?}"
    );
    let after = findings(&site, &["check", "--now", "2026-12-01T09:00:00+02:00"]);
    assert!(
        !after
            .iter()
            .any(|f| f.1 == "content/z.fi.md" && f.0.starts_with("link"))
    );
}

/// `(file, time)` of each `held back: FILE until TIME` line, and the files of the `draft:`
/// lines, of what `build` printed after its summary.
fn listed(stdout: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut lines = stdout.lines();
    assert!(
        lines.next().unwrap_or_default().starts_with("Built "),
        "{stdout}"
    );
    let (mut held, mut drafts) = (Vec::new(), Vec::new());
    for line in lines {
        if let Some(rest) = line.strip_prefix("held back: ") {
            let (file, time) = rest.split_once(" until ").expect("a time");
            held.push((file.to_string(), time.to_string()));
        } else if let Some(file) = line.strip_prefix("draft: ") {
            drafts.push(file.to_string());
        } else {
            panic!("unexpected line `{line}` in {stdout}");
        }
    }
    (held, drafts)
}

/// An embargoed Finnish release, its Swedish translation without a date of its own, and an
/// English one embargoed with an offset of its own, later.
fn release_site() -> Site {
    let site = site_with("---\ntitle: Tuleva\ndate: 2026-12-01T09:00\n---\nTeksti.\n");
    site.write(
        "content/news/embargo.sv.md",
        "---\ntitle: Kommande\n---\nText.\n",
    );
    site.write(
        "content/news/embargo.en.md",
        "---\ntitle: Coming\ndate: 2026-12-02T07:30:00Z\n---\nText.\n",
    );
    site
}

#[test]
fn build_lists_held_back_pages_with_their_time_on_the_sites_clock() {
    let site = release_site();
    let run = site.kielo(&["build", "--now", NOW]).ok();
    let (held, drafts) = listed(&run.stdout());
    let zone = "(Europe/Helsinki)";
    assert_eq!(
        held,
        [
            // Written in UTC, shown in Helsinki.
            (
                "content/news/embargo.en.md",
                format!("2 Dec 2026, 09:30 {zone}")
            ),
            (
                "content/news/embargo.fi.md",
                format!("1 Dec 2026, 09:00 {zone}")
            ),
            // The translation waits for its original.
            (
                "content/news/embargo.sv.md",
                format!("1 Dec 2026, 09:00 {zone}")
            ),
        ]
        .map(|(f, t)| (f.to_string(), t))
    );
    assert_eq!(drafts, ["content/news/luonnos.fi.md"]);
}

#[test]
fn pages_published_by_the_options_or_the_clock_are_not_listed() {
    let site = release_site();
    let (held, drafts) = listed(
        &site
            .kielo(&["build", "--now", NOW, "--future"])
            .ok()
            .stdout(),
    );
    assert!(held.is_empty(), "{held:?}");
    assert_eq!(drafts, ["content/news/luonnos.fi.md"]);
    let run = site.kielo(&["build", "--now", NOW, "--future", "--drafts"]);
    assert_eq!(run.ok().stdout().lines().count(), 1, "only the summary");
    // Between the Finnish and the English release; an expired page is not held back.
    site.write(
        "content/news/old.fi.md",
        "---\ntitle: Vanha\ndate: 2021-01-01\nexpires: 2022-01-01\n---\n",
    );
    let between = "2026-12-01T09:00:00+02:00";
    let (held, _) = listed(&site.kielo(&["build", "--now", between]).ok().stdout());
    let files: Vec<&str> = held.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(files, ["content/news/embargo.en.md"]);
}

#[test]
fn check_lists_held_back_pages_in_text_and_json() {
    let site = release_site();
    let run = site.kielo(&["check", "--now", NOW]);
    let out = run.stdout();
    assert!(
        out.contains(
            "held back: content/news/embargo.sv.md until 1 Dec 2026, 09:00 (Europe/Helsinki)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "draft: content/news/luonnos.fi.md: not published until `draft: true` is removed\n"
        ),
        "{out}"
    );
    let summary = out.lines().last().unwrap_or_default();
    assert!(summary.contains(" and 4 held back: "), "{summary}");

    let run = site.kielo(&["check", "--now", NOW, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    let held = json["held_back"].as_array().expect("held_back");
    let entry = |file: &str| {
        (held.iter())
            .find(|h| h["file"] == file)
            .unwrap_or_else(|| panic!("no {file} in {held:?}"))
    };
    assert_eq!(
        entry("content/news/embargo.sv.md"),
        &serde_json::json!({"file": "content/news/embargo.sv.md", "lang": "sv",
            "until": "2026-12-01T09:00:00+02:00", "reason": "embargo"})
    );
    assert_eq!(
        entry("content/news/embargo.en.md")["until"],
        "2026-12-02T09:30:00+02:00"
    );
    let draft = entry("content/news/luonnos.fi.md");
    assert_eq!(
        (&draft["until"], &draft["reason"]),
        (&serde_json::Value::Null, &"draft".into())
    );
    assert_eq!(held.len(), 4, "{held:?}");
}
