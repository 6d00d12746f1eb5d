//! Site-wide files: sitemap with alternates, robots.txt, 404 pages, the root page, static files.

use crate::common::Site;

#[test]
fn sitemap_lists_every_page_with_hreflang_alternates() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap is well-formed XML");
    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    // Search pages tell search engines to stay away, so the sitemap leaves them out.
    let html_pages = walk_html(&site.public())
        .into_iter()
        .filter(|p| p.ends_with("index.html") && p != "index.html")
        .filter(|p| {
            !site
                .read(p)
                .contains(r#"<meta name="robots" content="noindex">"#)
        })
        .count();
    assert!(site.exists("fi/haku/index.html"));
    assert_eq!(urls.len(), html_pages, "one <url> per page");
    let release = urls
        .iter()
        .find(|u| {
            u.children().any(|c| {
                c.has_tag_name("loc")
                    && c.text() == Some("https://example.org/sv/nyheter/ny-radgivningstelefon/")
            })
        })
        .expect("the Swedish release is listed");
    let alternates: Vec<(&str, &str)> = crate::common::alternates(*release);
    assert_eq!(
        alternates,
        [
            ("fi", "https://example.org/fi/uutiset/uusi-neuvontapuhelin/"),
            (
                "sv",
                "https://example.org/sv/nyheter/ny-radgivningstelefon/"
            ),
            ("en", "https://example.org/en/news/release/"),
            (
                "x-default",
                "https://example.org/fi/uutiset/uusi-neuvontapuhelin/"
            ),
        ]
    );
    let lastmod = release
        .children()
        .find(|c| c.has_tag_name("lastmod"))
        .unwrap();
    assert_eq!(lastmod.text(), Some("2021-09-16T10:02:00+03:00"));
}

#[test]
fn robots_points_at_the_sitemap() {
    let site = Site::fixture("i18n");
    site.build().ok();
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://example.org/sitemap.xml")
    );
}

#[test]
fn robots_txt_is_a_template_a_site_can_change_or_turn_off() {
    let site = Site::fixture("i18n");
    site.write(
        "templates/robots.txt",
        "User-agent: *\nDisallow: /luonnokset/\n\nSitemap: {{ sitemap }}\n",
    );
    site.build().ok();
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nDisallow: /luonnokset/\n\nSitemap: https://example.org/sitemap.xml\n"
    );
    site.write("templates/robots.txt", "\n");
    site.build().ok();
    assert!(
        !site.exists("robots.txt"),
        "a blank template writes no file"
    );

    // A theme of the site's own made before robots.txt was a template still gets one.
    let site = Site::fixture("i18n");
    site.use_minimal_theme("plain", "<p>{{ lang }}</p>");
    site.build().ok();
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://example.org/sitemap.xml")
    );
}

#[test]
fn each_language_has_a_404_page_and_the_root_leads_to_the_default_language() {
    let site = Site::fixture("i18n");
    site.build().ok();
    for (lang, title) in [
        ("fi", "Sivua ei löytynyt"),
        ("sv", "Sidan hittades inte"),
        ("en", "Page not found"),
    ] {
        let page = site.html(&format!("{lang}/404.html"));
        assert_eq!(page.attr("html", "lang"), lang);
        assert_eq!(page.text("h1"), title);
        assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
        // A page of the site, so a reader can go on: navigation, search and footer, and
        // the other languages' home pages.
        assert!(!page.all(".main-nav a").is_empty(), "{lang}: no navigation");
        assert!(
            !page.all("form[role=search] input[name=q]").is_empty(),
            "{lang}: no search"
        );
        assert!(
            !page.all("footer.site-footer").is_empty(),
            "{lang}: no footer"
        );
        let homes: Vec<String> = (page.all(".language-switcher a").iter())
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect();
        assert_eq!(homes, ["/fi/", "/sv/", "/en/"]);
    }
    assert_eq!(site.read("404.html"), site.read("fi/404.html"));
    let root = site.html("index.html");
    assert_eq!(
        root.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/fi/"
    );
    assert_eq!(
        root.all("main a").len(),
        3,
        "a visible link to every language"
    );
}

#[test]
fn static_files_are_copied_and_the_sites_win_over_the_themes() {
    let site = Site::fixture("i18n");
    site.write("static/kielo.css", "/* site's own */");
    site.build().ok();
    assert_eq!(site.read("extra.css"), "body { color: black; }\n");
    assert_eq!(site.read("kielo.css"), "/* site's own */");
}

#[test]
fn base_url_with_a_path_prefixes_every_link() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |config| {
        config.replace("https://example.org", "https://example.org/agency/")
    });
    site.build().ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(
        page.attr(".language-switcher a[hreflang=en]", "href"),
        "/agency/en/news/release/"
    );
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        "https://example.org/agency/fi/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(
        page.attr("link[rel=stylesheet]", "href"),
        "/agency/kielo.css"
    );
}

fn walk_html(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let rel = entry.path().strip_prefix(dir).unwrap();
            found.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    found
}

#[test]
fn a_site_without_content_is_the_sites_problem_exit_1_not_the_command_lines() {
    let site = Site::fixture("i18n");
    std::fs::remove_dir_all(site.root().join("content")).unwrap();
    let run = site.build();
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(
        run.stderr()
            .starts_with("error: content: the site has no content/ folder"),
        "{}",
        run.stderr()
    );
    let found = crate::common::findings(&site, &["check"]);
    assert!(
        crate::common::has(&found, "content.no-folder", "content", 0),
        "{found:?}"
    );
}

#[test]
fn a_language_code_in_capitals_is_an_error_naming_the_file_meant() {
    let site = Site::fixture("i18n");
    site.write("content/testi.FI.md", "---\ntitle: Testi\n---\nTeksti.\n");
    let found = crate::common::findings(&site, &["check"]);
    let problem = (found.iter()).find(|(code, file, ..)| {
        code == "content.unknown-language" && file == "content/testi.FI.md"
    });
    let (.., text) = problem.unwrap_or_else(|| panic!("{found:?}"));
    assert!(
        text.ends_with("write the language code in lower case: `testi.fi.md`"),
        "{text}"
    );
    assert_eq!(site.build().code(), Some(1));
}
