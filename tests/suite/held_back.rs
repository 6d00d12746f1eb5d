//! Drafts and embargoed pages: `build` lists them with the time each is published, on the
//! site's clock.

use crate::common::Site;

/// Before the embargo below.
const NOW: &str = "2026-01-01T00:00:00+02:00";

/// The fixture on Helsinki's clock, with the page `content/news/embargo.fi.md`.
fn site_with(page: &str) -> Site {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}timezone: Europe/Helsinki\n"));
    site.write("content/news/embargo.fi.md", page);
    site
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
                format!("2026-12-02 09:30 {zone}")
            ),
            (
                "content/news/embargo.fi.md",
                format!("2026-12-01 09:00 {zone}")
            ),
            // The translation waits for its original.
            (
                "content/news/embargo.sv.md",
                format!("2026-12-01 09:00 {zone}")
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
