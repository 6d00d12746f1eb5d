//! The default theme's components in a real headless Chromium: the sample site's reporting
//! guide, which uses every one, audited by axe-core in each language; a fold that opens
//! without JavaScript; and an embedded video that asks nothing of its service before the
//! reader's click.
//!
//! Ignored by default, like the `browser` module: they need the system Chromium and the Node
//! tools (`npm ci --prefix tests/browser`), and are built only with the feature `browser`.

use std::time::{Duration, Instant};

use crate::common::Site;
use crate::common::browser::{self, Chromium, Watched, node_modules};
use crate::common::serve::Server;

/// The reporting guide in each language: it calls every built-in component.
const GUIDES: [&str; 3] = [
    "fi/tyonantajille/hyvaksikaytosta-ilmoittaminen/",
    "sv/for-arbetsgivare/att-anmala-exploatering/",
    "en/for-employers/reporting-exploitation/",
];

fn count(tab: &Watched, css: &str) -> u64 {
    let js = format!("document.querySelectorAll({css:?}).length");
    tab.eval(&js).as_u64().unwrap_or(0)
}

/// Polls `js` until it is true, for at most ten seconds.
fn wait_for(tab: &Watched, js: &str) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if tab.eval(js).as_bool() == Some(true) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn every_component_passes_axe_in_each_language() {
    let axe = std::fs::read_to_string(node_modules().join("axe-core/axe.min.js")).unwrap();
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    let mut failures = Vec::new();
    for guide in GUIDES {
        let address = format!("{}{guide}", server.url);
        tab.open(&address);
        // The page still uses every component, so the audit covers them all.
        for (css, least) in [
            (".callout-warning[role=note]", 1),
            (".callout-info[role=note]", 1),
            ("details.fold > summary", 3),
            ("figure.figure picture img[srcset]", 1),
            ("figure.video video track[kind=captions]", 1),
            (".contact-card a[href^='tel:']", 1),
        ] {
            assert!(count(&tab, css) >= least, "{address}: no {css}");
        }
        // The captions load and are in the page's language.
        let captions = "(() => { const t = document.querySelector('video').textTracks[0];
            t.mode = 'hidden'; return t.cues !== null && t.cues.length === 4
              && t.language === document.documentElement.lang; })()";
        assert!(
            wait_for(&tab, captions),
            "{address}: the captions did not load"
        );
        failures.extend(browser::axe_violations(&tab, &axe, &address));
        failures.extend(
            tab.take_problems()
                .into_iter()
                .map(|p| format!("{address}: {p}")),
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn a_fold_opens_and_closes_without_javascript() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(360);
    tab.tab
        .call_method(
            headless_chrome::protocol::cdp::Emulation::SetScriptExecutionDisabled { value: true },
        )
        .expect("Emulation.setScriptExecutionDisabled");
    tab.open(&format!("{}{}", server.url, GUIDES[0]));
    let shown = "document.querySelector('details.fold .fold-body p').checkVisibility()
        && document.querySelector('details.fold').open";
    assert_eq!(
        tab.eval(shown).as_bool(),
        Some(false),
        "the answer shows before the click"
    );
    // A click of the mouse at the summary (the page's own scripts are off, so the tab's
    // element helpers, which run script in the page, are not used).
    let place = tab.eval(
        "(() => { const s = document.querySelector('details.fold > summary');
           s.scrollIntoView({block: 'center'}); const r = s.getBoundingClientRect();
           return {x: r.left + 20, y: r.top + r.height / 2}; })()",
    );
    let point = headless_chrome::browser::tab::point::Point {
        x: place["x"].as_f64().expect("x"),
        y: place["y"].as_f64().expect("y"),
    };
    tab.tab.click_point(point).expect("click");
    assert!(
        wait_for(&tab, shown),
        "the answer does not show after a click"
    );
    // The keyboard works too: Enter on the focused summary closes it again.
    tab.eval("document.querySelector('details.fold > summary').focus()");
    tab.press("Enter");
    assert!(
        wait_for(&tab, &format!("!({shown})")),
        "Enter does not close the fold"
    );
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn an_embedded_video_asks_nothing_of_its_service_before_the_click() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/film.fi.md",
        "---\ntitle: Video\ndescription: Video.\n---\n{{ video(title=\"Esittely\", youtube=\"aBc-12_x\") }}\n\n\
         {{ video(title=\"Toinen\", vimeo=\"123456\") }}\n",
    );
    site.build().ok();
    let server = Server::start(&site, &[]);
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    tab.open(&format!("{}fi/uutiset/film/", server.url));
    // The script shows the buttons; until a click, every request stays on the site.
    assert!(wait_for(
        &tab,
        "!document.querySelector('button.video-load').hidden"
    ));
    std::thread::sleep(Duration::from_millis(500));
    let before = tab.take_requests();
    let outside: Vec<&String> = before
        .iter()
        .filter(|url| !url.starts_with(&server.url) && !url.starts_with("data:"))
        .collect();
    assert!(outside.is_empty(), "requests before consent: {outside:?}");
    assert_eq!(count(&tab, "iframe"), 0);
    assert_eq!(tab.eval("document.cookie").as_str(), Some(""));
    // The placeholder, as the reader first sees it, passes axe-core too.
    let axe = std::fs::read_to_string(node_modules().join("axe-core/axe.min.js")).unwrap();
    let address = format!("{}fi/uutiset/film/", server.url);
    assert_eq!(
        browser::axe_violations(&tab, &axe, &address),
        Vec::<String>::new()
    );
    tab.take_requests();
    assert_eq!(tab.take_problems(), Vec::<String>::new());
    // The click loads the player from the privacy-enhanced address, titled for screen
    // readers, and moves the focus to it.
    let button = tab
        .tab
        .find_element("button.video-load")
        .expect("the button");
    button.click().expect("click");
    assert!(wait_for(
        &tab,
        "document.querySelectorAll('iframe').length === 1"
    ));
    let frame = tab.eval(
        "(() => { const f = document.querySelector('iframe');
           return {src: f.src, title: f.title, focused: document.activeElement === f}; })()",
    );
    assert!(
        frame["src"]
            .as_str()
            .unwrap()
            .starts_with("https://www.youtube-nocookie.com/embed/aBc-12_x"),
        "{frame}"
    );
    assert_eq!(frame["title"], "Esittely");
    assert_eq!(frame["focused"], true);
    // The other video is still a placeholder.
    assert_eq!(count(&tab, ".video-consent"), 1);
}
