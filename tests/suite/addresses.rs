//! Where a site's pages live: the default language at the root (`default_language_at_root`),
//! as a site moving from Zola or Hugo had them, and `--base-url` for preview deploys.

use crate::common::serve::{Server, run_to_exit};
use crate::common::{Site, metadata_fixture};

/// The metadata fixture (tags, feeds, pages in one language only) with the default language
/// at the root, an alias and a link from Swedish to a Finnish page.
fn at_root() -> Site {
    let site = metadata_fixture();
    site.edit("site.yaml", |c| {
        format!("{c}default_language_at_root: true\n")
    });
    site.edit("content/news/release.fi.md", |c| {
        c.replacen("---\n", "---\naliases: [/vanha-osoite/]\n", 1)
    });
    site.edit("content/news/other.sv.md", |c| {
        format!("{c}\nSe [arbetsliv](@/news/työelämä.md).\n")
    });
    site
}

fn alternates(page: &crate::common::Page) -> Vec<(String, String)> {
    (page.all("link[rel=alternate][hreflang]").iter())
        .map(|l| {
            let attr = |name| l.value().attr(name).unwrap().to_string();
            (attr("hreflang"), attr("href"))
        })
        .collect()
}

#[test]
fn the_default_language_is_at_the_root_and_the_others_under_their_codes() {
    let site = at_root();
    site.build().ok();
    assert!(!site.exists("fi"), "nothing under /fi/");
    let home = site.html("index.html");
    assert_eq!(home.attr("html", "lang"), "fi");
    assert!(
        home.all("meta[http-equiv=refresh]").is_empty(),
        "a home, not a chooser"
    );
    assert_eq!(
        home.attr("link[rel=canonical]", "href"),
        "https://example.org/"
    );
    assert_eq!(home.attr(".site-title", "href"), "/");
    assert_eq!(site.html("sv/index.html").attr("html", "lang"), "sv");

    let page = site.html("uutiset/uusi-neuvontapuhelin/index.html");
    let switcher =
        |lang: &str| page.attr(&format!(".language-switcher a[hreflang={lang}]"), "href");
    assert_eq!(switcher("fi"), "/uutiset/uusi-neuvontapuhelin/");
    assert_eq!(switcher("sv"), "/sv/nyheter/ny-radgivningstelefon/");
    assert_eq!(switcher("en"), "/en/news/release/");
    assert_eq!(
        alternates(&page),
        [
            ("fi", "https://example.org/uutiset/uusi-neuvontapuhelin/"),
            (
                "sv",
                "https://example.org/sv/nyheter/ny-radgivningstelefon/"
            ),
            ("en", "https://example.org/en/news/release/"),
            (
                "x-default",
                "https://example.org/uutiset/uusi-neuvontapuhelin/"
            ),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // `@/` links within Finnish, to Swedish, and from Swedish to a page only in Finnish.
    assert!(
        !page
            .all("main a[href='/uutiset/toinen-uutinen/#tausta']")
            .is_empty()
    );
    assert!(
        !page
            .all("main a[href='/sv/nyheter/en-annan-nyhet/']")
            .is_empty()
    );
    let swedish = site.html("sv/nyheter/en-annan-nyhet/index.html");
    assert!(!swedish.all("main a[href='/uutiset/tyoelama/']").is_empty());
    // Tags, the alias and the search page follow the home page.
    let tag = page.attr("a[href*='avainsanat/']", "href");
    assert!(tag.starts_with("/avainsanat/"), "{tag}");
    assert!(site.exists("avainsanat/index.html"));
    let alias = site.html("vanha-osoite/index.html");
    assert_eq!(
        alias.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(
        home.attr(".site-header form[role=search]", "action"),
        "/haku/"
    );
}

#[test]
fn feeds_sitemap_404_and_search_follow_the_root_language() {
    let site = at_root();
    site.build().ok();
    let feed = feed_rs::parser::parse(site.read("uutiset/atom.xml").as_bytes()).unwrap();
    assert_eq!(feed.id, "https://example.org/uutiset/atom.xml");
    let page = site.html("uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(
        page.attr("link[type='application/atom+xml']", "href"),
        "/uutiset/atom.xml"
    );
    assert!(site.exists("sv/nyheter/atom.xml") || site.exists("en/news/atom.xml"));

    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let locs: Vec<&str> = (doc.descendants())
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.contains(&"https://example.org/"), "{locs:?}");
    assert!(
        locs.contains(&"https://example.org/sv/nyheter/"),
        "{locs:?}"
    );
    assert!(!locs.iter().any(|l| l.contains("/fi/")), "{locs:?}");
    let swedish_release = (doc.descendants())
        .find(|n| {
            n.has_tag_name("url")
                && n.children().any(|c| {
                    c.text() == Some("https://example.org/sv/nyheter/ny-radgivningstelefon/")
                })
        })
        .unwrap();
    let hreflang: Vec<(&str, &str)> = crate::common::alternates(swedish_release);
    assert_eq!(
        hreflang[0],
        ("fi", "https://example.org/uutiset/uusi-neuvontapuhelin/")
    );

    // The Finnish 404 page is the server-wide one; the others keep theirs.
    let not_found = site.html("404.html");
    assert_eq!(not_found.attr("html", "lang"), "fi");
    assert_eq!(not_found.attr("main a", "href"), "/");
    assert_eq!(site.html("sv/404.html").attr("html", "lang"), "sv");

    let search: serde_json::Value =
        serde_json::from_str(&site.read("search/fi/pages/0.json")).unwrap();
    let url = search["u"].as_str().unwrap();
    assert!(url.starts_with('/') && !url.starts_with("/fi/"), "{url}");
    assert!(site.exists("haku/index.html"));
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://example.org/sitemap.xml")
    );
    // And `check` finds every link of it.
    let check = site.kielo(&["check"]);
    assert!(
        !check.stdout().contains("link.broken"),
        "{}",
        check.stdout()
    );
}

#[test]
fn a_default_language_section_named_like_another_language_is_an_error() {
    let site = at_root();
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: sv")
    });
    let text = std::fs::read_to_string(site.root().join("content/news/_index.fi.md")).unwrap();
    let line = 1 + text.lines().position(|l| l == "slug: sv").unwrap();
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let err = run.stderr();
    assert!(
        err.contains(&format!("content/news/_index.fi.md line {line}:")) && err.contains("/sv/"),
        "{err}"
    );
    let check = site.kielo(&["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&check.stdout()).unwrap();
    let found = report["diagnostics"].as_array().unwrap().iter().any(|d| {
        d["code"] == "content.language-prefix"
            && d["line"] == line
            && d["file"] == "content/news/_index.fi.md"
    });
    assert!(found, "{report}");
    // Without the option the same slug is a Finnish address like any other.
    site.edit("site.yaml", |c| {
        c.replace("default_language_at_root: true\n", "")
    });
    site.build().ok();
    assert!(site.exists("fi/sv/index.html"));
}

#[test]
fn a_folder_only_another_language_uses_is_no_clash_but_a_default_language_page_in_it_is() {
    let site = at_root();
    site.write("content/en/guide.en.md", "---\ntitle: Guide\n---\nText.\n");
    site.build().ok();
    assert!(site.exists("en/en/guide/index.html"));
    for name in ["opas", "toinen"] {
        site.write(
            &format!("content/en/{name}.fi.md"),
            "---\ntitle: Opas\n---\nTeksti.\n",
        );
    }
    site.write("content/sv.fi.md", "---\ntitle: Sivu\n---\nTeksti.\n");
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let err = run.stderr();
    // The folder once, for both of its pages, and the page at the top.
    assert_eq!(err.matches("error: content/en: ").count(), 1, "{err}");
    assert!(err.contains("address /en/ is under /en/"), "{err}");
    assert!(err.contains("error: content/sv.fi.md: "), "{err}");
}

#[test]
fn without_the_option_every_language_keeps_its_prefix() {
    let site = metadata_fixture();
    site.build().ok();
    let root = site.html("index.html");
    assert_eq!(
        root.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/fi/"
    );
    assert!(site.exists("fi/uutiset/atom.xml") && site.exists("fi/avainsanat/index.html"));
    assert_eq!(site.read("404.html"), site.read("fi/404.html"));
}

#[test]
fn base_url_flag_sets_the_absolute_addresses() {
    let site = metadata_fixture();
    site.kielo(&["build", "--base-url", "https://preview-123.example.net/"])
        .ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://preview-123.example.net/fi/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(
        page.attr("meta[property='og:url']", "content"),
        "https://preview-123.example.net/fi/uutiset/uusi-neuvontapuhelin/"
    );
    let feed = feed_rs::parser::parse(site.read("fi/uutiset/atom.xml").as_bytes()).unwrap();
    assert_eq!(
        feed.id,
        "https://preview-123.example.net/fi/uutiset/atom.xml"
    );
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://preview-123.example.net/fi/</loc>")
    );
    assert!(!site.read("sitemap.xml").contains("https://example.org"));
}

#[test]
fn base_url_flag_with_a_path_prefixes_every_link() {
    let site = metadata_fixture();
    site.kielo(&["build", "--base-url", "https://example.net/pr/7"])
        .ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.net/pr/7/fi/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(
        page.attr(".language-switcher a[hreflang=en]", "href"),
        "/pr/7/en/news/release/"
    );
    assert_eq!(page.attr("link[rel=stylesheet]", "href"), "/pr/7/kielo.css");
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://example.net/pr/7/sitemap.xml")
    );
}

#[test]
fn a_bad_base_url_flag_is_an_error_naming_the_flag() {
    let site = metadata_fixture();
    for bad in ["example.net", "https://", "ftp://example.net/"] {
        let run = site.kielo(&["build", "--base-url", bad]);
        assert_eq!(run.code(), Some(2), "{bad}");
        assert!(
            run.stderr().contains("--base-url") && run.stderr().contains(bad),
            "{}",
            run.stderr()
        );
    }
    assert!(!site.public().exists());
}

#[test]
fn serve_answers_the_root_language_at_the_root() {
    let site = at_root();
    let server = Server::start(&site, &[]);
    assert!(
        server.url.ends_with(&format!("{}/", server.addr)),
        "{}",
        server.url
    );
    let home = server.get("/");
    assert_eq!(home.status, 200);
    let html = home.html();
    assert_eq!(html.attr("html", "lang"), "fi");
    assert_eq!(html.all(r#"script[src="/__kielo/reload.js"]"#).len(), 1);
    for (path, lang) in [("/uutiset/ei-ole/", "fi"), ("/sv/finns-inte", "sv")] {
        let missing = server.get(path);
        assert_eq!(missing.status, 404, "{path}");
        assert_eq!(missing.html().attr("html", "lang"), lang, "{path}");
    }
}

#[test]
fn serve_with_a_base_url_serves_under_its_path_and_writes_its_address() {
    let site = metadata_fixture();
    let server = Server::start(&site, &["--base-url", "https://preview.example.net/pr/7/"]);
    assert!(server.url.ends_with("/pr/7/"), "{}", server.url);
    let page = server.get("/pr/7/fi/");
    assert_eq!(page.status, 200, "{}", page.text());
    assert_eq!(
        page.html().attr("link[rel=canonical]", "href"),
        "https://preview.example.net/pr/7/fi/"
    );
    let (status, _, stderr) = run_to_exit(&site, &["--base-url", "preview.example.net"]);
    assert_eq!(status.code(), Some(2));
    assert!(stderr.contains("--base-url"), "{stderr}");
}
