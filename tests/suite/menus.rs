//! `menus:` in site.yaml and the footer: each language's menus, where a missing translation
//! leads, `aria-current`, every problem at its line of site.yaml, and the footer's texts
//! from the site's own `locales/`.

use crate::common::{Page, Site};

/// The `i18n` fixture (a news section in three languages, `about.md` only in Finnish) with
/// `menus` appended to its site.yaml.
fn with_menus(menus: &str) -> Site {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |config| format!("{config}menus:\n{menus}"));
    site
}

const MENUS: &str = r#"  main:
    - page: "@/news/_index.md"
    - page: "@/about.md"
  footer:
    - page: "@/news/release.md"
      title: {fi: Neuvontapuhelin, sv: Rådgivning}
    - url: https://example.org/palaute?from=site&lang=x
      title: {fi: Palaute, sv: Respons, en: Feedback}
"#;

/// `(href, text, hreflang, lang of the text)` of each link under `css`.
fn links(page: &Page, css: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    let span = scraper::Selector::parse("span[lang]").unwrap();
    (page.all(css).into_iter())
        .map(|a| {
            let attr = |name| a.value().attr(name).map(str::to_string);
            let lang = a.select(&span).next().and_then(|s| s.value().attr("lang"));
            let text = a.text().collect::<String>();
            (
                attr("href").unwrap(),
                text,
                attr("hreflang"),
                lang.map(str::to_string),
            )
        })
        .collect()
}

fn link(href: &str, text: &str) -> (String, String, Option<String>, Option<String>) {
    (href.into(), text.into(), None, None)
}

#[test]
fn menus_are_rendered_in_each_language_with_fallbacks_marked() {
    let site = with_menus(MENUS);
    let run = site.build().ok();
    let finnish = site.html("fi/index.html");
    assert_eq!(
        links(&finnish, ".main-nav a"),
        [
            link("/fi/uutiset/", "Uutiset"),
            link("/fi/about/", "Tietoa")
        ]
    );
    assert_eq!(
        links(&finnish, ".footer-nav a"),
        [
            link("/fi/uutiset/uusi-neuvontapuhelin/", "Neuvontapuhelin"),
            link("https://example.org/palaute?from=site&lang=x", "Palaute"),
        ]
    );
    // `about.md` is only in Finnish: the Swedish menu leads there, in Finnish, and says so.
    let swedish = site.html("sv/index.html");
    let fi = Some("fi".to_string());
    assert_eq!(
        links(&swedish, ".main-nav a"),
        [
            link("/sv/nyheter/", "Nyheter"),
            ("/fi/about/".into(), "Tietoa".into(), fi.clone(), fi.clone()),
        ]
    );
    assert_eq!(
        links(&swedish, ".footer-nav a")[1],
        link("https://example.org/palaute?from=site&lang=x", "Respons")
    );
    // Without an English title the page's own English title is used.
    let english = site.html("en/news/index.html");
    assert_eq!(
        links(&english, ".footer-nav a"),
        [
            link("/en/news/release/", "New helpline"),
            link("https://example.org/palaute?from=site&lang=x", "Feedback"),
        ]
    );
    assert!(
        run.stderr()
            .contains("site.yaml line 16: the menu entry `@/about.md` has no version in sv, en"),
        "{}",
        run.stderr()
    );
}

#[test]
fn aria_current_marks_the_page_and_the_section_it_is_in() {
    let site = with_menus(MENUS);
    site.build().ok();
    let release = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(
        release.attr(".main-nav a[aria-current]", "href"),
        "/fi/uutiset/"
    );
    assert_eq!(
        release.attr(".main-nav a[aria-current]", "aria-current"),
        "true"
    );
    assert_eq!(
        release.attr(".footer-nav a[aria-current]", "aria-current"),
        "page"
    );
    let news = site.html("fi/uutiset/index.html");
    assert_eq!(
        news.attr(".main-nav a[aria-current]", "aria-current"),
        "page"
    );
    assert!(news.all(".footer-nav a[aria-current]").is_empty());
    // The home page in a menu is current on itself only, not on every page under it.
    let home_menu = with_menus("  main:\n    - page: \"@/_index.md\"\n");
    home_menu.build().ok();
    let release = home_menu.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert!(release.all(".main-nav a[aria-current]").is_empty());
    let home = home_menu.html("fi/index.html");
    assert_eq!(
        home.attr(".main-nav a[aria-current]", "aria-current"),
        "page"
    );
}

/// `(code, line, hint)` of every diagnostic of `kielo check` on `site`, which must fail.
fn problems(site: &Site) -> Vec<(String, u64, String)> {
    let run = site.kielo(&["check", "--format", "json"]);
    assert_eq!(run.code(), Some(1), "{}", run.stdout());
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    (json["diagnostics"].as_array().unwrap().iter())
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            assert_eq!(d["file"], "site.yaml", "{d}");
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
            (text("code"), d["line"].as_u64().unwrap_or(0), text("hint"))
        })
        .collect()
}

#[test]
fn each_problem_of_the_menus_is_at_its_line() {
    // site.yaml's `menus:` is line 13.
    let site = with_menus(
        r#"  main:
    - page: "@/news/_index.md"
      url: https://example.org
    - title: Ei mitään
    - page: news/_index.md
  footer:
    - url: https://example.org/x
      title: {fi: X, sv: Y}
    - url: /fi/about/
      title: Tietoa
    - pgae: "@/about.md"
  sidebar: []
"#,
    );
    let found: Vec<(String, u64)> = (problems(&site).into_iter())
        .map(|(code, line, _)| (code, line))
        .collect();
    let at = |code: &str, line| (code.to_string(), line);
    // Unknown keys are found first, all of them, as serde stops at the first.
    assert_eq!(
        found,
        [at("config.unknown-key", 24), at("config.unknown-key", 25)]
    );
    site.edit("site.yaml", |c| {
        c.replace("    - pgae: \"@/about.md\"\n  sidebar: []\n", "")
    });
    let found: Vec<(String, u64)> = (problems(&site).into_iter())
        .map(|(code, line, _)| (code, line))
        .collect();
    assert_eq!(
        found,
        [
            at("config.menu-entry", 15),
            at("config.menu-entry", 17),
            at("config.menu-entry", 18),
            at("config.menu-title", 21),
            at("config.menu-entry", 22),
        ]
    );
}

#[test]
fn a_page_that_does_not_exist_is_named_with_the_page_meant() {
    let site = with_menus("  footer:\n    - page: \"@/news/relaese.md\"\n");
    let found = problems(&site);
    assert_eq!(
        found,
        [(
            "config.menu-page".to_string(),
            15,
            "did you mean `@/news/release.md`?".to_string()
        )]
    );
}

#[test]
fn the_footer_shows_the_sites_texts_which_override_the_themes() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let plain = site.html("fi/index.html");
    assert!(plain.all(".site-contact, .footer-nav").is_empty());
    assert_eq!(
        plain.text(".site-footer p"),
        "Ihmiskaupan uhrien auttamisjärjestelmä"
    );
    site.write(
        "locales/fi/site.ftl",
        "footer-organisation = Esimerkkivirasto\nfooter-address =\n    PL 1\n    00101 Helsinki\nfooter-contact = kirjaamo@example.org\nfooter-navigation = Sivuston tiedot\n",
    );
    site.write(
        "locales/sv/site.ftl",
        "footer-organisation = Exempelverket\nfooter-address =\n    PB 1\n    00101 Helsingfors\nfooter-contact = registrator@example.org\n",
    );
    site.edit("site.yaml", |c| {
        format!("{c}menus:\n  footer:\n    - page: \"@/about.md\"\n")
    });
    let run = site.build().ok();
    let finnish = site.html("fi/index.html");
    assert_eq!(finnish.text(".footer-organisation"), "Esimerkkivirasto");
    assert_eq!(finnish.text(".footer-address"), "PL 1\n00101 Helsinki");
    assert_eq!(finnish.text(".footer-contact"), "kirjaamo@example.org");
    // The site's message replaces the theme's of the same name.
    assert_eq!(finnish.attr(".footer-nav", "aria-label"), "Sivuston tiedot");
    assert_eq!(
        site.html("sv/index.html").attr(".footer-nav", "aria-label"),
        "Om webbplatsen"
    );
    assert_eq!(
        site.html("sv/index.html").text(".footer-address"),
        "PB 1\n00101 Helsingfors"
    );
    // English has no texts of its own: the default language's, marked, and a warning.
    let english = site.html("en/index.html");
    assert_eq!(english.attr(".footer-organisation span", "lang"), "fi");
    assert!(
        run.stderr()
            .contains("locales/en: 3 messages are missing in language `en`"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_main_menu_of_the_sections_builds_the_site_an_automatic_one_does() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let automatic = site.snapshot();
    site.edit("site.yaml", |c| {
        format!("{c}menus:\n  main:\n    - page: \"@/news/_index.md\"\n")
    });
    site.build().ok();
    let configured = site.snapshot();
    let differ: Vec<_> = (automatic.keys())
        .filter(|k| automatic.get(*k) != configured.get(*k))
        .filter(|k| !k.ends_with(crate::common::MANIFEST))
        .collect();
    assert!(differ.is_empty(), "{differ:?}");
}

#[test]
fn the_sample_site_links_its_statements_from_every_footer() {
    let site = Site::sample();
    site.build().ok();
    let expected = [
        (
            "fi/index.html",
            [
                "/fi/tietoa-meista/yhteystiedot/",
                "/fi/tietoa-meista/saavutettavuusseloste/",
                "/fi/tietoa-meista/tietosuojaseloste/",
            ],
        ),
        (
            "sv/pressmeddelanden/index.html",
            [
                "/sv/om-oss/kontaktuppgifter/",
                "/sv/om-oss/tillganglighetsutlatande/",
                "/sv/om-oss/dataskyddsbeskrivning/",
            ],
        ),
        (
            "en/404.html",
            [
                "/en/about-us/contact/",
                "/en/about-us/accessibility-statement/",
                "/en/about-us/privacy-notice/",
            ],
        ),
    ];
    for (file, hrefs) in expected {
        let page = site.html(file);
        let found: Vec<String> = links(&page, ".footer-nav a")
            .into_iter()
            .map(|(href, ..)| href)
            .collect();
        assert_eq!(found, hrefs, "{file}");
    }
    for file in ["fi/index.html", "sv/pressmeddelanden/index.html"] {
        let page = site.html(file);
        assert!(!page.text(".footer-address").is_empty(), "{file}");
    }
}

#[test]
fn a_path_with_a_language_code_leads_to_that_version_without_a_warning() {
    let site = with_menus("  footer:\n    - page: \"@/news/release.sv.md\"\n");
    let run = site.build().ok();
    assert!(!run.stderr().contains("site.yaml"), "{}", run.stderr());
    let finnish = site.html("fi/index.html");
    let sv = Some("sv".to_string());
    assert_eq!(
        links(&finnish, ".footer-nav a"),
        [(
            "/sv/nyheter/ny-radgivningstelefon/".to_string(),
            "Ny rådgivningstelefon".to_string(),
            sv.clone(),
            sv
        )]
    );
}

#[test]
fn a_footer_text_only_one_language_has_is_shown_there_and_missed_elsewhere() {
    let site = Site::fixture("i18n");
    site.write(
        "locales/sv/site.ftl",
        "footer-organisation = Exempelverket\n",
    );
    let run = site.build().ok();
    assert_eq!(
        site.html("sv/index.html").text(".footer-organisation"),
        "Exempelverket"
    );
    // Finnish, the default language, has nothing to fall back to: no text, and a warning.
    let finnish = site.html("fi/index.html");
    assert!(finnish.all(".site-contact").is_empty());
    assert_eq!(
        finnish.text(".site-footer p"),
        "Ihmiskaupan uhrien auttamisjärjestelmä"
    );
    assert!(
        run.stderr()
            .contains("the message `footer-organisation` is missing in language `fi`"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_held_back_page_is_left_out_of_the_menu_with_a_warning_until_it_is_published() {
    let site = with_menus(
        "  main:\n    - page: \"@/news/luonnos.md\"\n    - page: \"@/news/coming.md\"\n    - page: \"@/about.md\"\n",
    );
    site.write(
        "content/news/coming.fi.md",
        "---\ntitle: Tulossa\ndate: 2026-12-01T09:00\n---\nTeksti.\n",
    );
    let before = ["--now", "2026-11-30T12:00:00+02:00"];
    let run = site.kielo(&[&["build"][..], &before].concat()).ok();
    let said = run.stderr();
    assert!(
        said.contains("warning: site.yaml line 15: the menu entry `@/news/luonnos.md` names content/news/luonnos.fi.md, a draft"),
        "{said}"
    );
    assert!(
        said.contains("warning: site.yaml line 16: the menu entry `@/news/coming.md` names content/news/coming.fi.md, which is embargoed until 1 Dec 2026, 09:00"),
        "{said}"
    );
    let hrefs = |site: &Site| -> Vec<String> {
        let page = site.html("fi/index.html");
        (links(&page, ".main-nav a").into_iter())
            .map(|(href, ..)| href)
            .collect()
    };
    assert_eq!(hrefs(&site), ["/fi/about/"]);
    let found = crate::common::findings(&site, &[&["check"][..], &before].concat());
    assert!(
        crate::common::has(&found, "config.menu-held-back", "site.yaml", 16),
        "{found:?}"
    );
    // On the day, the entry is there and nothing is said.
    let run = site
        .kielo(&["build", "--now", "2026-12-01T09:00:00+02:00"])
        .ok();
    assert!(!run.stderr().contains("embargoed"), "{}", run.stderr());
    assert_eq!(hrefs(&site), ["/fi/uutiset/coming/", "/fi/about/"]);
}
