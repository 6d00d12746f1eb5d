//! What `kielo build` writes for site search: a search page per language, the search box in
//! every page's header, the index files, and the page without JavaScript. The search itself
//! runs in a browser: see the `browser_search` module.

use crate::common::Site;
use serde_json::Value;

fn json(site: &Site, relative: &str) -> Value {
    serde_json::from_str(&site.read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The chunk of a language's index whose key range holds `key`, as the browser finds it.
fn chunk_of(site: &Site, lang: &str, key: &str) -> Value {
    let meta = json(site, &format!("search/{lang}/index.json"));
    let keys: Vec<&str> = meta["k"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let n = keys
        .partition_point(|first| *first <= key)
        .saturating_sub(1);
    json(site, &format!("search/{lang}/words/{n}.json"))
}

#[test]
fn every_language_gets_a_search_page_in_its_own_words() {
    let site = Site::fixture("i18n");
    site.build().ok();
    for (lang, file, title) in [
        ("fi", "fi/haku/index.html", "Haku"),
        ("sv", "sv/sok/index.html", "Sök"),
        ("en", "en/search/index.html", "Search"),
    ] {
        let page = site.html(file);
        assert_eq!(page.text("h1"), title);
        assert_eq!(page.attr("html", "lang"), lang);
        assert_eq!(
            page.attr("#search-app", "data-index"),
            format!("/search/{lang}/")
        );
        assert_eq!(
            page.attr("form[data-search]", "action"),
            format!("/{}", file.trim_end_matches("index.html"))
        );
        assert_eq!(page.attr("#search-status", "aria-live"), "polite");
        assert_eq!(page.attr("label[for=search-query]", "for"), "search-query");
        // Search result pages are not for search engines, and the box is not twice on it.
        assert_eq!(page.attr(r#"meta[name="robots"]"#, "content"), "noindex");
        assert!(page.all("#header-search").is_empty());
        assert!(page.all(r#"script[src="/search.js"]"#).len() == 1);
    }
    let fi = site.html("fi/haku/index.html");
    assert_eq!(
        fi.attr(r#".language-switcher a[hreflang="sv"]"#, "href"),
        "/sv/sok/"
    );
    assert_eq!(
        fi.attr(r#".language-switcher a[hreflang="en"]"#, "href"),
        "/en/search/"
    );
    assert!(site.exists("search.js"));
}

#[test]
fn every_page_header_has_a_search_box_for_its_language() {
    let site = Site::fixture("i18n");
    site.build().ok();
    for (file, action, button) in [
        ("fi/index.html", "/fi/haku/", "Hae"),
        (
            "fi/uutiset/uusi-neuvontapuhelin/index.html",
            "/fi/haku/",
            "Hae",
        ),
        ("sv/index.html", "/sv/sok/", "Sök"),
    ] {
        let page = site.html(file);
        assert_eq!(
            page.attr(".site-header form[role=search]", "action"),
            action,
            "{file}"
        );
        assert_eq!(page.attr(".site-header form[role=search]", "method"), "get");
        assert_eq!(page.attr("#header-search", "name"), "q");
        assert_eq!(
            page.attr("label[for=header-search]", "for"),
            "header-search"
        );
        assert_eq!(page.text(".site-header form button"), button);
    }
}

#[test]
fn without_javascript_the_search_page_offers_the_sections_and_the_sitemap() {
    let site = Site::fixture("i18n");
    site.build().ok();
    // Parsed as a browser without scripts would: the inside of <noscript> as markup.
    let html = site.read("fi/haku/index.html");
    let inside = html
        .split_once("<noscript>")
        .and_then(|(_, rest)| rest.split_once("</noscript>"))
        .map(|(inside, _)| scraper::Html::parse_fragment(inside))
        .expect("a <noscript> part");
    let text: String = inside.root_element().text().collect();
    assert!(text.contains("Haku tarvitsee JavaScriptin"), "{text}");
    let links: Vec<(String, String)> = inside
        .select(&scraper::Selector::parse("a").unwrap())
        .map(|a| {
            (
                a.value().attr("href").unwrap().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    assert!(
        links.contains(&("/fi/uutiset/".into(), "Uutiset".into())),
        "{links:?}"
    );
    assert!(
        links.contains(&("/sitemap.xml".into(), "Sivukartta".into())),
        "{links:?}"
    );
}

#[test]
fn the_index_holds_every_published_page_and_its_word_forms() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let meta = json(&site, "search/fi/index.json");
    let count = meta["n"].as_u64().unwrap() as usize;
    let mut urls = Vec::new();
    for id in 0..count {
        let page = json(&site, &format!("search/fi/pages/{id}.json"));
        let url = page["u"].as_str().unwrap().to_string();
        assert!(site.exists(&format!("{}index.html", &url[1..])), "{url}");
        urls.push(url);
    }
    assert!(!site.exists(&format!("search/fi/pages/{count}.json")));
    assert!(
        urls.contains(&"/fi/uutiset/uusi-neuvontapuhelin/".to_string()),
        "{urls:?}"
    );
    assert!(
        urls.iter().all(|u| !u.contains("luonnos")),
        "a draft is found: {urls:?}"
    );
    let release = urls
        .iter()
        .position(|u| u == "/fi/uutiset/uusi-neuvontapuhelin/")
        .unwrap();
    let fragment = json(&site, &format!("search/fi/pages/{release}.json"));
    assert_eq!(fragment["t"], "Uusi neuvontapuhelin");
    assert_eq!(fragment["s"], "Uutiset");
    let text = fragment["x"].as_str().unwrap();
    assert_eq!(fragment["d"], "Neuvontapuhelin avataan.");
    // A line per block; links and emphasis are words within their line.
    assert_eq!(text, "Mitä muuttuu?\nKatso toinen uutinen ja ruotsiksi.\n");
    assert!(
        !text.contains("##") && !text.contains("@/"),
        "markup in {text:?}"
    );

    // "Neuvontapuhelin" and "neuvontapuhelin" are one word; its stem lists the forms.
    let chunk = chunk_of(&site, "fi", "neuvontapuhelin");
    let stem = chunk["f"]["neuvontapuhelin"]
        .as_str()
        .unwrap_or("neuvontapuhelin");
    let entry = &chunk_of(&site, "fi", stem)["s"][stem];
    assert!(
        entry[1]
            .as_array()
            .unwrap()
            .contains(&"neuvontapuhelin".into()),
        "{entry}"
    );
    assert!(!entry[0].as_str().unwrap().is_empty());
    // Swedish has its own index.
    assert!(json(&site, "search/sv/index.json")["n"].as_u64().unwrap() > 0);
}

#[test]
fn search_files_follow_a_base_url_with_a_path() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| {
        c.replace("https://example.org", "https://example.org/agency")
    });
    site.build().ok();
    let page = site.html("fi/haku/index.html");
    assert_eq!(page.attr("#search-app", "data-index"), "/agency/search/fi/");
    assert_eq!(
        page.attr(r#"script[src$="search.js"]"#, "src"),
        "/agency/search.js"
    );
    let home = site.html("fi/index.html");
    assert_eq!(
        home.attr(".site-header form[role=search]", "action"),
        "/agency/fi/haku/"
    );
    let first = json(&site, "search/fi/pages/0.json");
    assert!(
        first["u"].as_str().unwrap().starts_with("/agency/fi/"),
        "{first}"
    );
}

#[test]
fn a_theme_without_a_search_page_gets_no_search_files() {
    let site = Site::fixture("i18n");
    site.use_minimal_theme(
        "bare",
        r#"<!DOCTYPE html><html lang="{{ lang }}"><title>x</title></html>"#,
    );
    site.build().ok();
    assert!(site.exists("fi/index.html"));
    assert!(!site.exists("search"), "search files without a search page");
    assert!(!site.exists("fi/haku/index.html"));
}

#[test]
fn a_long_page_is_indexed_whole_but_its_search_file_keeps_the_first_20_kb() {
    let site = Site::fixture("i18n");
    let long = "Pitkä kappale tekstiä ilman loppua. ".repeat(800);
    site.write(
        "content/news/pitka.fi.md",
        &format!("---\ntitle: Pitkä\n---\n{long}\n\nAivan lopussa mainitaan kirjahyllyt.\n"),
    );
    site.build().ok();
    let meta = json(&site, "search/fi/index.json");
    let page = (0..meta["n"].as_u64().unwrap())
        .map(|id| json(&site, &format!("search/fi/pages/{id}.json")))
        .find(|p| p["t"] == "Pitkä")
        .expect("the long page");
    let text = page["x"].as_str().unwrap();
    assert!(
        text.len() <= 20 * 1024 && text.len() > 19 * 1024,
        "{}",
        text.len()
    );
    assert!(!text.contains("kirjahyllyt"));
    let chunk = chunk_of(&site, "fi", "kirjahyllyt");
    let stem = chunk["f"]["kirjahyllyt"]
        .as_str()
        .expect("the last word is indexed");
    assert!(chunk_of(&site, "fi", stem)["s"][stem].is_array());
}
