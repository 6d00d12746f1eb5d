//! Translations, per-language URLs, the language switcher and `@/` links.

use crate::common::Site;

fn built() -> Site {
    let site = Site::fixture("i18n");
    site.build().ok();
    site
}

#[test]
fn urls_use_each_languages_section_and_page_slugs() {
    let site = built();
    assert!(site.exists("fi/uutiset/uusi-neuvontapuhelin/index.html"));
    // Slugs are lowercase ASCII: å → a.
    assert!(site.exists("sv/nyheter/ny-radgivningstelefon/index.html"));
    // No slug: the file name.
    assert!(site.exists("en/news/release/index.html"));
    // ä/ö in a file name become a/o.
    assert!(site.exists("fi/uutiset/tyoelama/index.html"));
    // A file without a language code is in the default language.
    assert!(site.exists("fi/about/index.html"));
}

#[test]
fn switcher_links_translations_in_their_own_language() {
    let site = built();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(page.attr("html", "lang"), "fi");
    let sv = page.one(".language-switcher a[hreflang=sv]");
    assert_eq!(
        sv.value().attr("href"),
        Some("/sv/nyheter/ny-radgivningstelefon/")
    );
    assert_eq!(sv.value().attr("lang"), Some("sv"));
    assert_eq!(sv.text().collect::<String>(), "På svenska");
    let en = page.one(".language-switcher a[hreflang=en]");
    assert_eq!(en.value().attr("href"), Some("/en/news/release/"));
    let current = page.one(".language-switcher a[aria-current]");
    assert_eq!(current.value().attr("hreflang"), Some("fi"));
}

#[test]
fn missing_translation_falls_back_to_section_then_home() {
    let site = built();
    // other.md has no English version: the English news section is the nearest page.
    let page = site.html("fi/uutiset/toinen-uutinen/index.html");
    let en = page.one(".language-switcher a[hreflang=en]");
    assert_eq!(en.value().attr("href"), Some("/en/news/#not-translated"));
    assert_eq!(en.value().attr("data-translated"), Some("false"));
    let note = en.text().collect::<String>();
    assert!(
        note.contains("This page is not available in English"),
        "{note}"
    );
    // about.md is in no section and has no Swedish version: Swedish home page.
    let about = site.html("fi/about/index.html");
    assert_eq!(
        about.attr(".language-switcher a[hreflang=sv]", "href"),
        "/sv/#not-translated"
    );
    // English has no _index.en.md at the root: kielo makes its home page.
    assert!(site.exists("en/index.html"));
    assert_eq!(
        about.attr(".language-switcher a[hreflang=en]", "href"),
        "/en/#not-translated"
    );
}

#[test]
fn head_has_canonical_and_hreflang_for_existing_translations_only() {
    let site = built();
    let page = site.html("sv/nyheter/en-annan-nyhet/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/sv/nyheter/en-annan-nyhet/"
    );
    let alternates: Vec<(String, String)> = page
        .all("link[rel=alternate]")
        .iter()
        .map(|l| {
            let v = l.value();
            (
                v.attr("hreflang").unwrap().to_string(),
                v.attr("href").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        vec![
            (
                "fi".into(),
                "https://example.org/fi/uutiset/toinen-uutinen/".into()
            ),
            (
                "sv".into(),
                "https://example.org/sv/nyheter/en-annan-nyhet/".into()
            ),
            (
                "x-default".into(),
                "https://example.org/fi/uutiset/toinen-uutinen/".into()
            ),
        ]
    );
}

#[test]
fn translation_key_ties_files_with_different_names() {
    let site = built();
    let page = site.html("fi/uutiset/vuosi/index.html");
    let sv = page.one(".language-switcher a[hreflang=sv]");
    assert_eq!(sv.value().attr("href"), Some("/sv/nyheter/arsrapport/"));
    assert_eq!(sv.value().attr("data-translated"), Some("true"));
}

#[test]
fn at_links_follow_the_linking_pages_language() {
    let site = built();
    let fi = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    let links: Vec<&str> = fi
        .all("main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        links.contains(&"/fi/uutiset/toinen-uutinen/#tausta"),
        "{links:?}"
    );
    // An explicit language in the path links to that translation.
    assert!(links.contains(&"/sv/nyheter/en-annan-nyhet/"), "{links:?}");
    let sv = site.html("sv/nyheter/ny-radgivningstelefon/index.html");
    assert_eq!(sv.attr("main p a", "href"), "/sv/nyheter/en-annan-nyhet/");
    let home = site.html("sv/index.html");
    assert_eq!(
        home.attr("main p a", "href"),
        "/sv/nyheter/ny-radgivningstelefon/"
    );
}

#[test]
fn link_to_missing_translation_uses_default_language_and_warns() {
    let site = Site::fixture("i18n");
    let run = site.build().ok();
    let en = site.html("en/news/release/index.html");
    assert_eq!(en.attr("main p a", "href"), "/fi/uutiset/toinen-uutinen/");
    let stderr = run.stderr();
    assert!(
        stderr.contains("warning: content/news/release.en.md line 6"),
        "{stderr}"
    );
    assert!(stderr.contains("has no en version"), "{stderr}");
}

#[test]
fn headings_get_anchor_ids() {
    let site = built();
    let page = site.html("fi/uutiset/toinen-uutinen/index.html");
    assert_eq!(page.text("h2#tausta"), "Tausta");
}

#[test]
fn breadcrumbs_and_navigation_are_in_the_pages_language() {
    let site = built();
    let page = site.html("sv/nyheter/ny-radgivningstelefon/index.html");
    let crumbs: Vec<String> = page
        .all(".breadcrumbs a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(crumbs, ["Startsida", "Nyheter", "Ny rådgivningstelefon"]);
    assert_eq!(
        page.attr(".main-nav a[aria-current]", "href"),
        "/sv/nyheter/"
    );
    assert_eq!(
        page.text(".site-title"),
        "Hjälpsystemet för offer för människohandel"
    );
}

#[test]
fn sections_list_newest_first_or_by_weight_and_pages_link_their_neighbours() {
    let site = Site::fixture("i18n");
    site.write(
        "content/guide/_index.fi.md",
        "---\ntitle: Ohjeet\nsort_by: weight\n---\n",
    );
    site.write(
        "content/guide/b.fi.md",
        "---\ntitle: Toinen\nweight: 2\ndate: 2024-01-01\n---\n",
    );
    site.write(
        "content/guide/a.fi.md",
        "---\ntitle: Ensimmäinen\nweight: 1\ndate: 2020-01-01\n---\n",
    );
    site.write(
        "content/guide/c.fi.md",
        "---\ntitle: Kolmas\nweight: 3\ndate: 2025-01-01\n---\n",
    );
    site.build().ok();
    let titles = |path: &str| -> Vec<String> {
        site.html(path)
            .all(".listing h3")
            .iter()
            .map(|h| h.text().collect::<String>().trim().to_string())
            .collect()
    };
    assert_eq!(
        titles("fi/guide/index.html"),
        ["Ensimmäinen", "Toinen", "Kolmas"]
    );
    // Dated news: newest first, undated last.
    assert_eq!(
        titles("fi/uutiset/index.html"),
        [
            "Uusi neuvontapuhelin",
            "Toinen uutinen",
            "Työelämä",
            "Vuosikatsaus"
        ]
    );
    let middle = site.html("fi/guide/b/index.html");
    assert_eq!(middle.attr(".pager a[rel=prev]", "href"), "/fi/guide/a/");
    assert_eq!(middle.attr(".pager a[rel=next]", "href"), "/fi/guide/c/");
    let first = site.html("fi/guide/a/index.html");
    assert!(first.all(".pager a[rel=prev]").is_empty());
}

#[test]
fn a_misspelt_link_names_the_page_of_its_folder_meant_and_a_stranger_none() {
    let site = Site::fixture("i18n");
    site.write(
        "content/x.fi.md",
        "---\ntitle: X\n---\n[a](@/news/relaese.md#osa)\n\n[b](@/news/nothing.md)\n\n[c](@/nwes/release.md)\n",
    );
    let found = crate::common::findings(&site, &["check"]);
    let hint = |line: u64| {
        (found.iter())
            .find(|(code, file, l, _)| {
                code == "link.missing-page" && file == "content/x.fi.md" && *l == line
            })
            .map(|(.., text)| text.clone())
            .unwrap_or_else(|| panic!("no error at line {line}: {found:?}"))
    };
    assert!(
        hint(4).ends_with("did you mean `@/news/release.md#osa`?"),
        "{}",
        hint(4)
    );
    assert!(!hint(6).contains("did you mean"), "{}", hint(6));
    assert!(
        hint(8).ends_with("did you mean `@/news/release.md`?"),
        "{}",
        hint(8)
    );
}
