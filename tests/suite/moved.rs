//! Moved and removed pages keep their readers: a build remembers the addresses it published
//! (`.kielo-cache/addresses.json`), and an address that later disappears is a warning in
//! `build` and `check` (`content.address-removed`) naming the page that most likely took its
//! place and the `aliases` line that sends readers there.

use crate::common::{Finding, Site, findings};

const CODE: &str = "content.address-removed";

/// A Finnish and Swedish site with one news page in both languages.
fn news_site() -> Site {
    let site = Site::empty();
    site.write(
        "site.yaml",
        "base_url: https://example.org\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: Sivusto\n  - code: sv\n    name: På svenska\n    title: Webbplatsen\n",
    );
    for (lang, title, slug) in [("fi", "Uutiset", "uutiset"), ("sv", "Nyheter", "nyheter")] {
        site.write(
            &format!("content/news/_index.{lang}.md"),
            &format!("---\ntitle: {title}\nslug: {slug}\n---\n"),
        );
    }
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: Neuvontapuhelin avattiin\ndate: 2026-03-16\n---\nTeksti.\n",
    );
    site.write(
        "content/news/x.sv.md",
        "---\ntitle: Rådgivningstelefonen öppnades\ndate: 2026-03-16\n---\nText.\n",
    );
    site
}

fn rename(site: &Site, from: &str, to: &str) {
    std::fs::rename(site.root().join(from), site.root().join(to)).unwrap();
}

fn removed(found: &[Finding]) -> Vec<&Finding> {
    found.iter().filter(|(code, ..)| code == CODE).collect()
}

/// The `aliases` line a hint asks to add: what follows `:  ` up to the closing `]`.
fn hinted_line(text: &str) -> String {
    let start = text.find(":  aliases: ").expect("an aliases line") + 3;
    let end = start + text[start..].find(']').unwrap() + 1;
    text[start..end].to_string()
}

#[test]
fn a_renamed_page_warns_until_its_old_address_is_an_alias() {
    let site = news_site();
    site.build().ok();
    assert!(site.exists("fi/uutiset/x/index.html"));
    rename(&site, "content/news/x.fi.md", "content/news/y.fi.md");

    let run = site.build().ok();
    let stderr = run.stderr();
    assert!(
        stderr.contains("warning: content/news/x.fi.md: /fi/uutiset/x/ is no longer published"),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"hint: add to content/news/y.fi.md:  aliases: ["/fi/uutiset/x/"]"#),
        "{stderr}"
    );
    // Nothing is left at the old address: not the old page, not the Swedish one.
    assert!(!site.exists("fi/uutiset/x/index.html"));
    assert!(site.exists("sv/nyheter/x/index.html"));

    // `check` reads the record the build left, and writes none: a second check, and the
    // next build, still warn.
    let mut line = String::new();
    for _ in 0..2 {
        let found = findings(&site, &["check"]);
        let removed = removed(&found);
        assert_eq!(removed.len(), 1, "{found:?}");
        let (_, file, _, text) = removed[0];
        assert_eq!(file, "content/news/x.fi.md");
        assert!(
            text.contains("content/news/y.fi.md most likely took its place"),
            "{text}"
        );
        line = hinted_line(text);
        assert_eq!(line, r#"aliases: ["/fi/uutiset/x/"]"#);
    }
    assert!(site.build().ok().stderr().contains("/fi/uutiset/x/"));

    // The line as the hint gives it, added to the front matter: no warning, and the old
    // address leads to the new page.
    site.edit("content/news/y.fi.md", |text| {
        text.replacen("---\n", &format!("---\n{line}\n"), 1)
    });
    let run = site.build().ok();
    assert!(
        !run.stderr().contains("no longer published"),
        "{}",
        run.stderr()
    );
    assert!(removed(&findings(&site, &["check"])).is_empty());
    let alias = site.html("fi/uutiset/x/index.html");
    assert_eq!(alias.attr("html", "lang"), "fi");
    assert_eq!(
        alias.attr("link[rel=canonical]", "href"),
        "https://example.org/fi/uutiset/y/"
    );
    let refresh = alias.attr("meta[http-equiv=refresh]", "content");
    assert!(refresh.ends_with("url=/fi/uutiset/y/"), "{refresh}");
}

#[test]
fn a_deleted_translation_warns_in_build_and_check() {
    let site = news_site();
    site.build().ok();
    std::fs::remove_file(site.root().join("content/news/x.sv.md")).unwrap();
    let run = site.build().ok();
    assert!(
        run.stderr()
            .contains("warning: content/news/x.sv.md: /sv/nyheter/x/ is no longer published"),
        "{}",
        run.stderr()
    );
    let found = findings(&site, &["check"]);
    let removed = removed(&found);
    assert_eq!(removed.len(), 1, "{found:?}");
    let (_, file, _, text) = removed[0];
    assert_eq!(file, "content/news/x.sv.md");
    // No Swedish page took its place: the Swedish section page, or the Finnish version.
    assert!(
        text.contains("its fi version content/news/x.fi.md is still published"),
        "{text}"
    );
    assert!(
        text.contains(
            r#"add to the section page content/news/_index.sv.md:  aliases: ["/sv/nyheter/x/"]"#
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"or to content/news/x.fi.md:  aliases: ["/sv/nyheter/x/"]"#),
        "{text}"
    );
}

#[test]
fn a_new_slug_names_the_page_itself_and_keeps_its_aliases() {
    let site = news_site();
    site.edit("content/news/x.fi.md", |t| {
        t.replacen("---\n", "---\naliases: [/fi/vanha/]\n", 1)
    });
    site.build().ok();
    site.edit("content/news/x.fi.md", |t| {
        t.replacen("---\n", "---\nslug: puhelin\n", 1)
    });
    let found = findings(&site, &["check"]);
    let removed = removed(&found);
    assert_eq!(removed.len(), 1, "{found:?}");
    let text = &removed[0].3;
    assert!(
        text.contains("the page is now at /fi/uutiset/puhelin/"),
        "{text}"
    );
    assert_eq!(
        hinted_line(text),
        r#"aliases: ["/fi/vanha/", "/fi/uutiset/x/"]"#
    );
    // Pasted as a second line it would be a duplicate key: the hint says it replaces one.
    assert!(
        text.contains(r#"/fi/uutiset/x/"] (in place of its present `aliases` line)"#),
        "{text}"
    );
}

#[test]
fn a_page_moved_to_another_folder_is_found_by_its_file_name() {
    let site = news_site();
    site.write(
        "content/archive/_index.fi.md",
        "---\ntitle: Arkisto\nslug: arkisto\n---\n",
    );
    site.build().ok();
    rename(&site, "content/news/x.fi.md", "content/archive/x.fi.md");
    site.edit("content/archive/x.fi.md", |t| {
        t.replace("avattiin", "avattu")
    });
    let found = findings(&site, &["check"]);
    let text = &removed(&found)[0].3;
    assert!(
        text.contains("content/archive/x.fi.md most likely took its place (the same file name)"),
        "{text}"
    );
}

#[test]
fn reminders_end_after_two_weeks() {
    let site = news_site();
    let at = |day: &str| format!("2026-04-{day}T12:00:00+03:00");
    site.kielo(&["build", "--now", &at("01")]).ok();
    std::fs::remove_file(site.root().join("content/news/x.sv.md")).unwrap();
    let warned = |day: &str| {
        let run = site.kielo(&["build", "--now", &at(day)]).ok();
        run.stderr()
            .contains("/sv/nyheter/x/ is no longer published")
    };
    assert!(warned("02"));
    let found = findings(&site, &["check", "--now", &at("03")]);
    let text = &removed(&found)[0].3;
    assert!(
        text.contains("kielo reminds of it until 2026-04-16"),
        "{text}"
    );
    assert!(warned("15"));
    assert!(!warned("17"), "the removal is taken as meant");
    assert!(!warned("18"), "and forgotten");
}

#[test]
fn a_withdrawn_page_and_a_build_with_drafts_are_no_removal() {
    let site = news_site();
    site.write(
        "content/news/draft.fi.md",
        "---\ntitle: Luonnos\ndraft: true\n---\nTeksti.\n",
    );
    // A build with drafts publishes what is not public: it leaves no record, so the draft's
    // address is not missed once the draft is deleted.
    site.build().ok();
    site.kielo(&["build", "--drafts"]).ok();
    assert!(site.exists("fi/uutiset/draft/index.html"));
    std::fs::remove_file(site.root().join("content/news/draft.fi.md")).unwrap();
    let run = site.build().ok();
    assert!(
        !run.stderr().contains("no longer published"),
        "{}",
        run.stderr()
    );
    // A page made a draft again is withdrawn on purpose: its file is still there.
    site.edit("content/news/x.fi.md", |t| {
        t.replacen("---\n", "---\ndraft: true\n", 1)
    });
    let run = site.build().ok();
    assert!(
        !run.stderr().contains("no longer published"),
        "{}",
        run.stderr()
    );
    assert!(!site.exists("fi/uutiset/x/index.html"));
}

#[test]
fn a_renamed_page_with_a_new_title_is_found_by_its_translation_key() {
    let site = news_site();
    site.edit("content/news/x.fi.md", |t| {
        t.replacen("---\n", "---\ntranslation_key: puhelin\n", 1)
    });
    site.build().ok();
    rename(&site, "content/news/x.fi.md", "content/news/y.fi.md");
    site.edit("content/news/y.fi.md", |t| t.replace("avattiin", "on auki"));
    let found = findings(&site, &["check"]);
    let text = &removed(&found)[0].3;
    assert!(
        text.contains(
            "content/news/y.fi.md most likely took its place (the same `translation_key`)"
        ),
        "{text}"
    );
}

/// The group of `kielo translations --format json` named `name`.
fn report_group(site: &Site, format: &str, name: &str) -> String {
    let run = site.kielo(&["translations", "--format", format]).ok();
    let out = run.stdout();
    if format != "json" {
        return out;
    }
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let groups = json["groups"].as_array().unwrap();
    let group = groups.iter().find(|g| g["name"] == name);
    group
        .unwrap_or_else(|| panic!("no {name} in {out}"))
        .to_string()
}

#[test]
fn the_translations_report_marks_a_translation_whose_original_was_renamed() {
    let site = news_site();
    site.build().ok();
    let before = report_group(&site, "json", "news/x.fi.md");
    assert!(before.contains(r#""note":null"#), "{before}");

    // A new name and a new title: the only new Finnish page of the folder.
    rename(&site, "content/news/x.fi.md", "content/news/y.fi.md");
    site.edit("content/news/y.fi.md", |t| t.replace("avattiin", "on auki"));
    let note = "sv: original renamed to news/y.fi.md? rename news/x.sv.md to news/y.sv.md, \
                or give both the same translation_key";
    let orphan = report_group(&site, "json", "news/x.sv.md");
    assert!(orphan.contains(&format!(r#""note":"{note}""#)), "{orphan}");
    let renamed = report_group(&site, "json", "news/y.fi.md");
    assert!(renamed.contains(r#""note":null"#), "{renamed}");
    let csv = report_group(&site, "csv", "");
    assert!(
        csv.contains(&format!("news,news/x.sv.md,missing,present,\"{note}\"")),
        "{csv}"
    );
    let table = report_group(&site, "table", "");
    // Under the table, so that its rows stay narrow.
    assert!(
        table.contains("\nNotes:\n  news/x.sv.md:\n    sv: original renamed to news/y.fi.md?"),
        "{table}"
    );

    // The build warns; once the alias keeps the Finnish readers, the Swedish translation is
    // still apart from its original, and still noted.
    site.build().ok();
    site.edit("content/news/y.fi.md", |t| {
        t.replacen("---\n", "---\naliases: [/fi/uutiset/x/]\n", 1)
    });
    let run = site.build().ok();
    assert!(
        !run.stderr().contains("no longer published"),
        "{}",
        run.stderr()
    );
    let orphan = report_group(&site, "json", "news/x.sv.md");
    assert!(orphan.contains(&format!(r#""note":"{note}""#)), "{orphan}");

    // Renamed as the note says: the translations meet again, and nothing is noted.
    rename(&site, "content/news/x.sv.md", "content/news/y.sv.md");
    let json = report_group(&site, "json", "news/y.fi.md");
    assert!(json.contains(r#""sv":"present""#), "{json}");
    assert!(!report_group(&site, "table", "").contains("Notes:"));
}

#[test]
fn the_aliases_line_is_in_the_front_matters_own_syntax() {
    let site = news_site();
    site.build().ok();
    std::fs::remove_file(site.root().join("content/news/x.fi.md")).unwrap();
    site.write(
        "content/news/y.fi.md",
        "+++\ntitle = \"Neuvontapuhelin avattiin\"\ndate = 2026-03-16\n+++\nTeksti.\n",
    );
    let found = findings(&site, &["check"]);
    let text = &removed(&found)[0].3;
    assert!(
        text.contains(r#"add to content/news/y.fi.md:  aliases = ["/fi/uutiset/x/"]"#),
        "{text}"
    );
}
