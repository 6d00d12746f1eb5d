//! The sample site in a real headless Chromium, served by `kielo serve`: the language
//! switcher, console errors and failed requests, narrow screens, the keyboard, an axe-core
//! audit of every page, html-validate on every file, and screenshots.
//!
//! Ignored by default: they need the system Chromium (`apt-get install chromium`) and the
//! Node tools (`npm ci --prefix tests/browser`), and are built only with the feature
//! `browser`. Run them with `cargo test --features browser --test suite browser:: --
//! --include-ignored`; without the tools they fail saying so.

use std::path::Path;
use std::process::Command;

use crate::common::Site;
use crate::common::browser::{self, Chromium, Watched, node_modules, pages};
use crate::common::serve::Server;

/// `path` on the server, e.g. `fi/` → `http://127.0.0.1:PORT/fi/`.
fn url(server: &Server, path: &str) -> String {
    format!("{}{}", server.url, path.trim_start_matches('/'))
}

/// Pages that send the browser on at once (`<meta http-equiv="refresh">`: the language
/// choice at `/` and moved-page aliases). Their targets are checked as pages of their own.
fn redirects(site: &Site, page: &str) -> bool {
    site.read(&format!("{page}index.html"))
        .contains(r#"http-equiv="refresh""#)
}

fn lang(tab: &Watched) -> String {
    tab.eval("document.documentElement.lang")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn path(tab: &Watched) -> String {
    tab.eval("location.pathname + location.hash")
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Clicks the language switcher's link to `code` and waits for the new page.
fn switch_to(tab: &Watched, code: &str) {
    tab.tab
        .find_element(&format!(r#".language-switcher a[hreflang="{code}"]"#))
        .and_then(|link| link.click().map(|_| ()))
        .unwrap_or_else(|e| panic!("clicking the {code} link: {e:#}"));
    tab.tab.wait_until_navigated().expect("navigation");
    let started = std::time::Instant::now();
    while lang(tab) != code && started.elapsed() < browser::STEP {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn the_language_switcher_leads_to_the_translation_or_the_fallback_notice() {
    let (site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);

    tab.open(&url(&server, "/fi/tiedotteet/uusi-neuvontapuhelin/"));
    assert_eq!(lang(&tab), "fi");
    switch_to(&tab, "en");
    assert_eq!(lang(&tab), "en", "at {}", path(&tab));
    assert_eq!(path(&tab), "/en/press-releases/new-helpline/");
    assert_eq!(
        tab.eval("document.querySelector('h1').textContent")
            .as_str(),
        Some(
            site.html("en/press-releases/new-helpline/index.html")
                .text("h1")
                .as_str()
        )
    );
    assert!(
        !tab.eval("!!document.querySelector('#not-translated:target')")
            .as_bool()
            .unwrap()
    );

    // berry-season-guidance has no Swedish translation (`kielo translations --missing sv`).
    let finnish = "/fi/tiedotteet/marjakauden-ohjeet-tyonantajille/";
    assert!(site.exists("fi/tiedotteet/marjakauden-ohjeet-tyonantajille/index.html"));
    tab.open(&url(&server, finnish));
    let fallback = site.html("fi/tiedotteet/marjakauden-ohjeet-tyonantajille/index.html");
    assert_eq!(
        fallback.attr(r#".language-switcher a[hreflang="sv"]"#, "data-translated"),
        "false"
    );
    switch_to(&tab, "sv");
    assert_eq!(lang(&tab), "sv", "at {}", path(&tab));
    assert!(path(&tab).ends_with("#not-translated"), "at {}", path(&tab));
    let notice = tab.eval(
        "(() => { const n = document.querySelector('#not-translated');
          return getComputedStyle(n).display !== 'none' && n.getBoundingClientRect().height > 0
            ? n.textContent : null })()",
    );
    assert_eq!(
        notice.as_str(),
        Some("Sidan du läste finns inte på svenska. Här är den närmaste sidan på svenska."),
        "the fallback notice is not shown at {}",
        path(&tab)
    );
    assert_eq!(tab.take_problems(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn every_page_loads_cleanly_and_fits_a_narrow_screen() {
    let (site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(360);
    let mut failures = Vec::new();
    let all = pages(&site.public());
    assert!(all.len() > 50, "only {} pages", all.len());
    for page in &all {
        tab.open(&url(&server, page));
        if !redirects(&site, page) {
            let width = |js: &str| tab.eval(js).as_f64().unwrap_or_else(|| panic!("{js}"));
            let scroll = width("document.documentElement.scrollWidth");
            let inner = width("window.innerWidth");
            assert_eq!(inner, 360.0, "the emulated viewport");
            if scroll > inner {
                failures.push(format!("/{page}: {scroll} px wide in a {inner} px window"));
            }
        }
        for problem in tab.take_problems() {
            failures.push(format!("/{page}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every picture of the page once loaded (lazy ones too): the file the browser chose, its
/// width in pixels, and how wide it shows.
const CHOSEN: &str = "(async () => {
  const images = [...document.querySelectorAll('img')];
  images.forEach(i => { i.loading = 'eager'; });
  await Promise.all(images.map(i => i.complete ? null
    : new Promise(done => { i.onload = done; i.onerror = done; })));
  return images.map(i => ({ src: i.currentSrc, natural: i.naturalWidth, shown: i.clientWidth }));
})()";

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn a_phone_loads_no_picture_wider_than_it_needs() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(360);
    let mut seen = 0;
    for page in [
        "fi/tiedotteet/uusi-neuvontapuhelin/",
        "sv/projekt/tryggt-boende-och-uppsokande-arbete/",
        // A listing shows each page's picture small.
        "en/projects/",
    ] {
        tab.open(&url(&server, page));
        let chosen = tab.eval(CHOSEN);
        let chosen = chosen.as_array().cloned().unwrap_or_default();
        assert!(!chosen.is_empty(), "no picture on /{page}");
        for image in chosen {
            let natural = image["natural"].as_u64().unwrap_or(0);
            let shown = image["shown"].as_u64().unwrap_or(0);
            assert!(natural > 0, "/{page}: {image} did not load");
            // The smallest variant is 480 pixels wide, and a 360-pixel screen shows none wider.
            assert!(shown <= 360 && natural <= 480, "/{page}: {image}");
            seen += 1;
        }
        assert!(tab.take_problems().is_empty(), "/{page}");
    }
    assert!(seen >= 3, "{seen} pictures");
}

/// What the focused element is, and whether its focus shows.
const FOCUSED: &str = "(() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  return { href: e.getAttribute('href'), visible: e.matches(':focus-visible')
    && (outline || s.boxShadow !== 'none'),
    inMain: !!e.closest('main') };
})()";

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn the_keyboard_reaches_the_skip_link_the_switcher_and_the_navigation() {
    let (site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    for page in ["fi/", "sv/pressmeddelanden/ny-radgivningstelefon/", "en/"] {
        assert!(site.exists(&format!("{page}index.html")), "{page}");
        tab.open(&url(&server, page));
        tab.press("Tab");
        let first = tab.eval("document.activeElement.className");
        assert_eq!(first, "skip-link", "the first Tab on /{page}");
        tab.press("Enter");
        let focused = tab.eval(FOCUSED);
        assert_eq!(focused["inMain"], true, "after the skip link on /{page}");

        tab.open(&url(&server, page));
        let wanted = tab.eval(
            "[...document.querySelectorAll('.language-switcher a, .main-nav a')]
               .map(a => a.getAttribute('href'))",
        );
        let wanted: Vec<String> = serde_json::from_value(wanted).unwrap();
        assert!(
            wanted.len() >= 5,
            "switcher and navigation links on /{page}: {wanted:?}"
        );
        let mut reached = Vec::new();
        for _ in 0..wanted.len() + 10 {
            tab.press("Tab");
            let focused = tab.eval(FOCUSED);
            if let Some(href) = focused["href"].as_str() {
                assert_eq!(focused["visible"], true, "{href} on /{page} shows no focus");
                reached.push(href.to_string());
            }
        }
        for href in &wanted {
            assert!(
                reached.contains(href),
                "Tab never reaches {href} on /{page}"
            );
        }
    }
    assert_eq!(tab.take_problems(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn axe_finds_no_wcag_21_aa_violations_on_any_page() {
    let axe = std::fs::read_to_string(node_modules().join("axe-core/axe.min.js")).unwrap();
    let (site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    let mut failures = Vec::new();
    for page in pages(&site.public()) {
        if redirects(&site, &page) {
            continue;
        }
        let address = url(&server, &page);
        tab.open(&address);
        failures.extend(browser::axe_violations(&tab, &axe, &address));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn every_html_file_passes_html_validate() {
    let tools = node_modules();
    let site = Site::sample();
    site.build().ok();
    let files: Vec<_> = walkdir::WalkDir::new(site.public())
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(files.len() > 50);
    let output = Command::new("node")
        .arg(tools.join("html-validate/bin/html-validate.mjs"))
        .arg("--config")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/htmlvalidate.json"))
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!("node: {e}: install Node.js, then `npm ci --prefix tests/browser`")
        });
    assert!(
        output.status.success(),
        "html-validate:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn screenshots_of_the_home_page_and_a_press_release() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("screenshots");
    std::fs::create_dir_all(&folder).unwrap();
    for (name, page) in [
        ("home", "fi/"),
        ("press-release", "fi/tiedotteet/uusi-neuvontapuhelin/"),
    ] {
        for width in [360, 1280] {
            let tab = chromium.tab(width);
            tab.open(&url(&server, page));
            let file = folder.join(format!("{name}-{width}.png"));
            std::fs::write(&file, tab.screenshot()).unwrap();
            let png = std::fs::read(&file).unwrap();
            assert!(
                png.len() > 1000,
                "{} is {} bytes",
                file.display(),
                png.len()
            );
            assert!(
                png.starts_with(b"\x89PNG\r\n\x1a\n"),
                "{} is no PNG",
                file.display()
            );
            assert_eq!(tab.take_problems(), Vec::<String>::new());
        }
    }
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn the_navigation_and_the_content_column_share_their_left_edge_on_a_wide_screen() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    let left = |tab: &Watched, css: &str| {
        let js = format!("document.querySelector('{css}').getBoundingClientRect().left");
        tab.eval(&js).as_f64().unwrap_or_else(|| panic!("{css}"))
    };
    for page in [
        "fi/",
        "sv/pressmeddelanden/",
        "en/for-employers/reporting-exploitation/",
    ] {
        tab.open(&url(&server, page));
        let (nav, heading) = (left(&tab, ".main-nav a"), left(&tab, "main h1"));
        assert!(
            heading > 100.0,
            "/{page}: the column is centred, h1 at {heading} px"
        );
        assert!(
            (nav - heading).abs() < 1.0,
            "/{page}: the navigation starts at {nav} px, the content at {heading} px"
        );
    }
}
