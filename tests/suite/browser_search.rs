//! Site search on the sample site in a real headless Chromium: Finnish, Swedish and English
//! queries typed in inflected forms the pages do not use, ranking, highlighting, the
//! keyboard, the screen reader announcement, the header box, and the page without
//! JavaScript.
//!
//! Ignored by default, like the `browser` module: they need the system Chromium and the Node
//! tools (`npm ci --prefix tests/browser`), and are built only with the feature `browser`.

use std::time::{Duration, Instant};

use crate::common::Site;
use crate::common::browser::{self, Chromium, Watched, node_modules};
use crate::common::serve::Server;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Result {
    href: String,
    section: String,
    /// The highlighted words of the title and the excerpt.
    marks: Vec<String>,
    title_marked: bool,
}

#[derive(Debug, Deserialize)]
struct Results {
    /// The query whose results are shown.
    shown: Option<String>,
    status: String,
    live: String,
    results: Vec<Result>,
}

/// Waits until the page shows the results of exactly `query` and reads them.
fn results(tab: &Watched, query: &str) -> Results {
    let started = Instant::now();
    loop {
        let value = tab.eval(
            "(() => ({
              shown: document.getElementById('search-app').dataset.shown ?? null,
              status: document.getElementById('search-status').textContent,
              live: document.getElementById('search-status').getAttribute('aria-live'),
              results: [...document.querySelectorAll('#search-results > li')].map(li => ({
                href: li.querySelector('h2 a').getAttribute('href'),
                section: li.querySelector('.search-section')?.textContent ?? '',
                marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
                title_marked: !!li.querySelector('h2 mark'),
              })),
            }))()",
        );
        // Null while a new page is still loading.
        let shown: Option<Results> = serde_json::from_value(value).ok();
        let status = shown.as_ref().map(|s| s.status.clone());
        if let Some(shown) = shown.filter(|s| s.shown.as_deref() == Some(query)) {
            return shown;
        }
        assert!(
            started.elapsed() < browser::STEP,
            "no results for {query:?}: status {status:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Opens a language's search page and types `query` into its box, key by key.
fn type_query(tab: &Watched, server: &Server, page: &str, query: &str) -> Results {
    tab.open(&format!("{}{page}", server.url));
    tab.tab
        .find_element("#search-query")
        .and_then(|input| input.type_into(query).map(|_| ()))
        .unwrap_or_else(|e| panic!("typing {query:?}: {e:#}"));
    results(tab, query)
}

fn hrefs(shown: &Results) -> Vec<&str> {
    shown.results.iter().map(|r| r.href.as_str()).collect()
}

/// Asserts that `file` of the sample does not use `word`, so that finding it needs stemming.
fn not_in_source(site: &Site, file: &str, word: &str) {
    let text = std::fs::read_to_string(site.root().join(file))
        .unwrap()
        .to_lowercase();
    assert!(!text.contains(word), "{file} uses {word} itself");
}

/// Asserts that pages with a query word in the title come before the others.
fn titles_first(shown: &Results) {
    let first_plain = shown.results.iter().position(|r| !r.title_marked);
    if let Some(at) = first_plain {
        assert!(
            shown.results[at..].iter().all(|r| !r.title_marked),
            "a title match after other results: {:#?}",
            shown.results
        );
    }
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn inflected_queries_find_other_forms_in_finnish_swedish_and_english() {
    let (site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);

    // Finnish: the page says "valmennuksen"; nobody wrote "valmennuksiin".
    let fi = type_query(&tab, &server, "fi/haku/", "valmennuksiin");
    not_in_source(
        &site,
        "content/projects/inspector-training.fi.md",
        "valmennuksiin",
    );
    assert_eq!(
        hrefs(&fi),
        ["/fi/hankkeet/tyosuojelutarkastajien-koulutus/"]
    );
    assert_eq!(fi.results[0].marks, ["Valmennuksen"]);
    assert_eq!(fi.results[0].section, "Hankkeet");
    assert_eq!(fi.status, "1 tulos haulle ”valmennuksiin”");
    assert_eq!(fi.live, "polite");

    let employers = type_query(&tab, &server, "fi/haku/", "työnantajille");
    assert_eq!(employers.results[0].href, "/fi/tyonantajille/");
    assert!(employers.results.len() >= 5, "{:#?}", employers.results);
    titles_first(&employers);
    let marks: Vec<String> = employers
        .results
        .iter()
        .flat_map(|r| r.marks.clone())
        .collect();
    assert!(
        marks.iter().any(|m| m.to_lowercase() == "työnantajat"),
        "{marks:?}"
    );
    assert!(
        marks
            .iter()
            .all(|m| m.to_lowercase().starts_with("työnantaj")),
        "{marks:?}"
    );

    // Swedish: the pages say "arbetsgivare", "arbetsgivaren", "arbetsgivarens".
    let sv = type_query(&tab, &server, "sv/sok/", "arbetsgivarna");
    not_in_source(&site, "content/employers/_index.sv.md", "arbetsgivarna");
    assert_eq!(sv.results[0].href, "/sv/for-arbetsgivare/");
    assert!(sv.results.len() >= 5, "{:#?}", sv.results);
    assert!(
        sv.status
            .starts_with(&format!("{} träffar för", sv.results.len()))
    );
    titles_first(&sv);
    for result in &sv.results {
        assert!(
            !result.marks.is_empty(),
            "nothing highlighted in {result:?}"
        );
    }

    // English: "Safe Housing and Outreach" only says "employer".
    let en = type_query(&tab, &server, "en/search/", "employers");
    not_in_source(
        &site,
        "content/projects/safe-housing/index.en.md",
        "employers",
    );
    assert!(
        hrefs(&en).contains(&"/en/projects/safe-housing-and-outreach/"),
        "{en:#?}"
    );
    let safe = en
        .results
        .iter()
        .find(|r| r.href.ends_with("safe-housing-and-outreach/"));
    assert_eq!(safe.unwrap().marks, ["employer"]);
    titles_first(&en);
    assert!(en.results[0].title_marked, "{:#?}", en.results[0]);

    // A word that names a property of every JavaScript object is a word like any other:
    // "constructor" is not on the site, "construction" is.
    let constructor = type_query(&tab, &server, "en/search/", "constructor");
    assert_eq!(
        hrefs(&constructor),
        ["/en/press-releases/annual-review-2025/"]
    );
    assert_eq!(constructor.results[0].marks, ["construction"]);

    // No page at all.
    let none = type_query(&tab, &server, "en/search/", "xylophones");
    assert!(none.results.is_empty());
    assert!(none.status.starts_with("No pages found"), "{}", none.status);
    assert_eq!(tab.take_problems(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn results_work_from_the_keyboard_and_pass_axe() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(360);
    let shown = type_query(&tab, &server, "en/search/", "the ");
    assert_eq!(shown.results.len(), 10, "ten at first");
    let active = || {
        tab.eval("document.activeElement.id || document.activeElement.getAttribute('href')")
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    tab.press("ArrowDown");
    assert_eq!(active(), shown.results[0].href);
    tab.press("ArrowDown");
    assert_eq!(active(), shown.results[1].href);
    tab.press("ArrowUp");
    tab.press("ArrowUp");
    assert_eq!(active(), "search-query");

    // The rest, through the "Show more results" button, with focus on the first new one.
    tab.run("document.getElementById('search-more').focus()");
    tab.press("Enter");
    let started = Instant::now();
    while tab.eval("document.querySelectorAll('#search-results > li').length") == 10 {
        assert!(started.elapsed() < browser::STEP, "no more results shown");
        std::thread::sleep(Duration::from_millis(50));
    }
    let all = results(&tab, "the ");
    assert!(all.results.len() > 10);
    assert!(
        all.status
            .starts_with(&format!("{} results", all.results.len()))
    );
    assert_eq!(active(), all.results[10].href);
    assert!(
        tab.eval("document.getElementById('search-more').hidden")
            .as_bool()
            .unwrap()
    );

    let axe = std::fs::read_to_string(node_modules().join("axe-core/axe.min.js")).unwrap();
    tab.run(&axe);
    let violations = tab.eval(
        "axe.run(document, {runOnly: {type: 'tag',
           values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
         .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))",
    );
    assert_eq!(violations, serde_json::json!([]));
    let wide = tab.eval("document.documentElement.scrollWidth > window.innerWidth");
    assert_eq!(wide, false, "the results fit 360 px");
    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("screenshots");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("search-results-360.png"), tab.screenshot()).unwrap();

    // Enter on a result opens the page.
    tab.run("document.querySelector('#search-results a').focus()");
    tab.press("Enter");
    tab.tab.wait_until_navigated().expect("navigation");
    let started = Instant::now();
    while tab.eval("location.pathname").as_str() != Some(all.results[0].href.as_str()) {
        assert!(started.elapsed() < browser::STEP, "the result did not open");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(tab.take_problems(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn the_header_box_leads_to_the_search_page_of_the_language() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    tab.open(&format!("{}sv/pressmeddelanden/", server.url));
    tab.tab
        .find_element("#header-search")
        .and_then(|input| input.type_into("arbetsgivarna").map(|_| ()))
        .expect("the header box");
    tab.press("Enter");
    tab.tab.wait_until_navigated().expect("navigation");
    let shown = results(&tab, "arbetsgivarna");
    assert_eq!(
        tab.eval("location.pathname + location.search").as_str(),
        Some("/sv/sok/?q=arbetsgivarna")
    );
    assert_eq!(
        tab.eval("document.getElementById('search-query').value")
            .as_str(),
        Some("arbetsgivarna")
    );
    assert_eq!(shown.results[0].href, "/sv/for-arbetsgivare/");
    assert_eq!(tab.take_problems(), Vec::<String>::new());
}

#[test]
#[ignore = "needs Chromium and Node tools: see README"]
fn without_javascript_the_search_page_explains_and_offers_the_sections() {
    let (_site, server) = Server::sample();
    let chromium = Chromium::launch();
    let tab = chromium.tab(1280);
    tab.tab
        .call_method(
            headless_chrome::protocol::cdp::Emulation::SetScriptExecutionDisabled { value: true },
        )
        .expect("Emulation.setScriptExecutionDisabled");
    tab.open(&format!("{}fi/haku/?q=ty%C3%B6nantajille", server.url));
    let shown = tab.eval(
        "(() => {
           const note = document.querySelector('.search-noscript');
           return {
             note: note && note.getBoundingClientRect().height > 0 ? note.textContent : null,
             links: [...document.querySelectorAll('.outline a, main a[href$=\"sitemap.xml\"]')]
               .filter(a => a.getBoundingClientRect().height > 0).map(a => a.textContent),
             results: document.querySelectorAll('#search-results > li').length,
           };
         })()",
    );
    assert_eq!(
        shown["note"].as_str(),
        Some(
            "Haku tarvitsee JavaScriptin, joka ei ole käytössä selaimessasi. \
             Löydät sivut myös sivuston osioista ja sivukartasta."
        ),
        "{shown}"
    );
    let links: Vec<&str> = shown["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    for section in ["Tiedotteet", "Hankkeet", "Työnantajille", "Sivukartta"] {
        assert!(links.contains(&section), "{section} missing from {links:?}");
    }
    assert_eq!(shown["results"], 0);
}
