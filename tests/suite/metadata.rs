//! What search engines and feed readers read: hreflang sets in every head and in the
//! sitemap, descriptions, titles, feeds' language, author and dates.

use crate::common::{Page, Site, files_of, metadata_fixture as site};

use std::collections::BTreeMap;

const ORIGIN: &str = "https://example.org/";

/// A page's hreflang set from its head: language → address.
fn head_set(page: &Page) -> BTreeMap<String, String> {
    let mut set = BTreeMap::new();
    for link in page.all("link[rel=alternate][hreflang]") {
        let value = link.value();
        let lang = value.attr("hreflang").unwrap().to_string();
        assert!(
            value.attr("type").is_none(),
            "a feed link with hreflang: {}",
            link.html()
        );
        let href = value.attr("href").unwrap().to_string();
        assert!(set.insert(lang.clone(), href).is_none(), "{lang} twice");
    }
    set
}

/// The address the output file `path` is served at.
fn address(path: &str) -> String {
    format!("{ORIGIN}{}", path.trim_end_matches("index.html"))
}

/// The HTML pages of the output that search engines index: not redirects, not `noindex`.
fn indexed_pages(site: &Site) -> BTreeMap<String, Page> {
    files_of(&site.public())
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| p.ends_with(".html"))
        .map(|p| {
            let page = site.html(&p);
            (p, page)
        })
        .filter(|(_, page)| page.all("meta[name=robots][content=noindex]").is_empty())
        .collect()
}

/// Every page's hreflang set: keyed by the address of the page.
type Sets = BTreeMap<String, BTreeMap<String, String>>;

/// Checks that every indexed page of the built `site` has a canonical link to itself and an
/// hreflang set that lists it, has `x-default`, uses absolute addresses and is the same set
/// its members write; returns the sets.
fn checked_sets(site: &Site) -> Sets {
    let pages = indexed_pages(site);
    let sets: Sets = pages
        .iter()
        .map(|(path, page)| (address(path), head_set(page)))
        .collect();
    let mut checked = 0;
    for (path, page) in &pages {
        let own = address(path);
        let set = &sets[&own];
        if path == "index.html" {
            continue; // The root page leads to the default language's home page.
        }
        assert_eq!(page.attr("link[rel=canonical]", "href"), own, "{path}");
        assert!(
            set.values().any(|href| *href == own),
            "{path} leaves itself out: {set:?}"
        );
        assert!(set.contains_key("x-default"), "{path}: {set:?}");
        for (lang, href) in set {
            assert!(href.starts_with(ORIGIN), "{path}: {lang} {href}");
            let other = sets
                .get(href)
                .unwrap_or_else(|| panic!("{path}: {lang} leads to {href}, not a page"));
            assert_eq!(other, set, "{path} and {href} disagree");
        }
        checked += 1;
    }
    assert!(checked > 20, "{checked} pages");
    sets
}

#[test]
fn every_hreflang_set_lists_itself_has_x_default_and_is_reciprocal() {
    let sample = Site::sample();
    sample.build().ok();
    checked_sets(&sample);
    let site = site();
    site.build().ok();
    assert!(site.exists("fi/uutiset/sivu/2/index.html"));
    let sets = checked_sets(&site);

    // Page 2 of a listing names page 2 in each language, not page 1.
    let second = &sets[&format!("{ORIGIN}fi/uutiset/sivu/2/")];
    assert_eq!(second["sv"], format!("{ORIGIN}sv/nyheter/sida/2/"));
    assert_eq!(second["x-default"], format!("{ORIGIN}fi/uutiset/sivu/2/"));
    // A page in one language only is its own set, and its own x-default.
    let swedish = &sets[&format!("{ORIGIN}sv/nyheter/arsrapport/")];
    assert_eq!(
        swedish.len(),
        3,
        "sv, its Finnish translation and x-default: {swedish:?}"
    );
    let only_finnish = &sets[&format!("{ORIGIN}fi/uutiset/tyoelama/")];
    assert_eq!(
        only_finnish.keys().collect::<Vec<_>>(),
        ["fi", "x-default"],
        "{only_finnish:?}"
    );
    // The tag lists are versions of each other; the default language's is x-default.
    let tags = &sets[&format!("{ORIGIN}sv/nyckelord/")];
    assert_eq!(tags["x-default"], format!("{ORIGIN}fi/avainsanat/"));
}

#[test]
fn the_sitemap_holds_every_indexed_page_with_the_same_sets() {
    let sample = Site::sample();
    sample.build().ok();
    sitemap_matches_heads(&sample);
    let site = site();
    site.build().ok();
    let listed = sitemap_matches_heads(&site);
    assert!(listed.contains_key(&format!("{ORIGIN}sv/nyheter/sida/2/")));
    assert!(
        !listed.keys().any(|loc| loc.contains("/haku/")),
        "search is noindex"
    );
}

/// Checks that the sitemap of the built `site` lists every indexed page with the set its
/// head has; returns the sitemap's sets.
fn sitemap_matches_heads(site: &Site) -> Sets {
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let xhtml = "http://www.w3.org/1999/xhtml";
    let mut listed = BTreeMap::new();
    for url in doc.descendants().filter(|n| n.has_tag_name("url")) {
        let loc = url
            .children()
            .find(|n| n.has_tag_name("loc"))
            .and_then(|n| n.text())
            .unwrap()
            .to_string();
        let set: BTreeMap<String, String> = url
            .children()
            .filter(|n| n.has_tag_name((xhtml, "link")))
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap().to_string(),
                    n.attribute("href").unwrap().to_string(),
                )
            })
            .collect();
        listed.insert(loc, set);
    }
    for (path, page) in indexed_pages(site) {
        if path == "index.html" || path.ends_with("404.html") {
            continue;
        }
        let own = address(&path);
        let set = listed
            .get(&own)
            .unwrap_or_else(|| panic!("{own} is not in the sitemap"));
        assert_eq!(*set, head_set(&page), "{own}: sitemap and head differ");
    }
    listed
}

/// Checks that every indexed page of the built `site` has a description and a title of at
/// most 70 characters.
fn described_and_titled(site: &Site) {
    for (path, page) in indexed_pages(site) {
        let description = page.attr("meta[name=description]", "content");
        assert!(!description.trim().is_empty(), "{path}");
        let title = page.text("title");
        assert!(title.chars().count() <= 70, "{path}: {title}");
    }
}

#[test]
fn every_page_has_a_description_and_a_title_of_at_most_70_characters() {
    let sample = Site::sample();
    sample.build().ok();
    described_and_titled(&sample);
    let site = site();
    site.write(
        "content/news/long.fi.md",
        "---\ntitle: Työnantajan opas ihmiskaupan ja työperäisen hyväksikäytön tunnistamiseen ja ilmoittamiseen\n---\nEnsimmäinen kappale kertoo, mistä on kyse. Se on tarpeeksi pitkä kuvaukseksi, sillä siinä on useita lauseita ja paljon sanoja, jotka kertovat sivun aiheesta ja siitä, kenelle sivu on tarkoitettu ja miksi se kannattaa lukea.\n\nToinen kappale.\n",
    );
    site.build().ok();
    described_and_titled(&site);
    let long = site.html("fi/uutiset/long/index.html");
    let description = long.attr("meta[name=description]", "content");
    assert!(
        description.starts_with("Ensimmäinen kappale kertoo"),
        "{description}"
    );
    assert!(description.ends_with('…') && description.chars().count() <= 161);
    assert!(long.text("title").starts_with("Työnantajan opas"));
    // Without a lead, the description names the page and the site.
    let empty = site.html("fi/uutiset/index.html");
    assert_eq!(
        empty.attr("meta[name=description]", "content"),
        "Uutiset – Ihmiskaupan uhrien auttamisjärjestelmä"
    );
    let tag = site.html("sv/nyckelord/arbetsliv/index.html");
    assert_eq!(
        tag.attr("meta[name=description]", "content"),
        "Webbplatsens sidor med nyckelordet arbetsliv."
    );

    // A short name of the site keeps the site in a long title.
    site.edit("site.yaml", |c| {
        c.replace(
            "    title: Ihmiskaupan uhrien auttamisjärjestelmä",
            "    title: Ihmiskaupan uhrien auttamisjärjestelmä\n    short_title: Auttamisjärjestelmä",
        )
    });
    site.write(
        "content/news/medium.fi.md",
        "---\ntitle: Ohje työnantajille ihmiskaupan tunnistamiseen\n---\n",
    );
    site.build().ok();
    assert_eq!(
        site.html("fi/uutiset/medium/index.html").text("title"),
        "Ohje työnantajille ihmiskaupan tunnistamiseen | Auttamisjärjestelmä"
    );
}

#[test]
fn feeds_carry_their_language_its_author_and_dates_in_the_site_time_zone() {
    let site = site();
    site.edit("site.yaml", |c| {
        format!("{c}author: Auttamisjärjestelmä\n").replace(
            "    title: Hjälpsystemet för offer för människohandel",
            "    title: Hjälpsystemet för offer för människohandel\n    author: Hjälpsystemet",
        )
    });
    site.write(
        "content/news/day.fi.md",
        "---\ntitle: Päivä\ndate: 2022-01-15\n---\n",
    );
    site.build().ok();
    for (feed, lang, author) in [
        ("fi/uutiset/atom.xml", "fi", "Auttamisjärjestelmä"),
        ("sv/nyheter/atom.xml", "sv", "Hjälpsystemet"),
        ("en/news/atom.xml", "en", "Auttamisjärjestelmä"),
    ] {
        let xml = site.read(feed);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element();
        let xml_ns = "http://www.w3.org/XML/1998/namespace";
        assert_eq!(root.attribute((xml_ns, "lang")), Some(lang), "{feed}");
        let name = root
            .descendants()
            .find(|n| n.has_tag_name("name"))
            .and_then(|n| n.text());
        assert_eq!(name, Some(author), "{feed}");
    }
    // A date without a time is midnight in Helsinki, the Finnish site's time zone.
    let fi = site.read("fi/uutiset/atom.xml");
    assert!(
        fi.contains("<published>2022-01-15T00:00:00+02:00</published>"),
        "{fi}"
    );

    site.edit("site.yaml", |c| format!("{c}timezone: America/New_York\n"));
    site.build().ok();
    let fi = site.read("fi/uutiset/atom.xml");
    assert!(
        fi.contains("<published>2022-01-15T00:00:00-05:00</published>"),
        "{fi}"
    );

    site.edit("site.yaml", |c| {
        c.replace("America/New_York", "Europe/Tampere")
    });
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let line = std::fs::read_to_string(site.root().join("site.yaml"))
        .unwrap()
        .lines()
        .count();
    assert!(
        run.stderr().contains(&format!(
            "error: site.yaml line {line}: `timezone: Europe/Tampere` is not the name of a time zone"
        )),
        "{}",
        run.stderr()
    );
}

#[test]
fn ui_strings_in_another_language_are_marked_with_it() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| {
        format!("{c}  - code: ar\n    name: العربية\n    title: نظام المساعدة\n")
    });
    site.write("content/news/x.ar.md", "---\ntitle: صفحة\n---\nمرحبا\n")
        .write(
            "content/news/_index.ar.md",
            "---\ntitle: أخبار\nslug: uutiset\n---\n",
        );
    let run = site.build().ok();
    let stderr = run.stderr();
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning: locales/ar:"))
        .collect();
    assert_eq!(warnings.len(), 1, "one warning lists them all: {stderr}");
    assert!(
        warnings[0].contains("messages are missing in language `ar`: `"),
        "{stderr}"
    );
    assert!(warnings[0].contains("`skip-to-content`"), "{stderr}");

    let page = site.html("ar/uutiset/x/index.html");
    assert_eq!(page.attr("html", "lang"), "ar");
    // Texts from the default language, Finnish, say so.
    assert_eq!(page.attr(".skip-link span", "lang"), "fi");
    assert_eq!(page.text(".skip-link span"), "Siirry sisältöön");
    // An attribute cannot be marked alone: its element is, and the element's own content
    // is in the page's language again.
    assert_eq!(page.attr("nav.main-nav", "lang"), "fi");
    assert_eq!(page.attr("nav.main-nav > ul", "lang"), "ar");
    assert_eq!(page.attr("nav.breadcrumbs ol", "lang"), "ar");
    // A language the theme speaks is not marked.
    let finnish = site.html("fi/uutiset/index.html");
    assert!(finnish.all(".skip-link span").is_empty());
    assert!(finnish.all("nav.main-nav[lang]").is_empty());

    let check = site.kielo(&["check"]);
    assert_eq!(check.code(), Some(0), "{}", check.stdout());
    assert!(check.stdout().contains("missing in language `ar`"));
}
