//! Time to first search result in a real Chromium, for bench/search-speed.sh:
//!     cargo run --release --features browser --example search_timing -- URL PATH?q=QUERY …
//! For each search page address (relative to URL, a server of the built site), with the
//! browser cache cleared: the milliseconds from the start of navigation until the results
//! are on the page (the `kielo:search-results` mark that search.js sets), the number of
//! results, and the bytes fetched before that: of the index, and of everything.

#[allow(dead_code)]
#[path = "../tests/suite/common/browser.rs"]
mod browser;

use std::time::{Duration, Instant};

use headless_chrome::protocol::cdp::Network;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((server, pages)) = args.split_first() else {
        eprintln!("usage: search_timing URL PATH?q=QUERY …");
        std::process::exit(2);
    };
    let chromium = browser::Chromium::launch();
    let tab = chromium.tab(1280);
    println!("| search | results | ms to first result | index KB fetched | all KB fetched |");
    println!("|---|---:|---:|---:|---:|");
    for page in pages {
        tab.tab
            .call_method(Network::ClearBrowserCache(None))
            .expect("Network.clearBrowserCache");
        tab.open("about:blank");
        tab.open(&format!("{}{}", server, page.trim_start_matches('/')));
        let started = Instant::now();
        let measured = loop {
            let value = tab.eval(
                "(() => {
                   const mark = performance.getEntriesByName('kielo:search-results')[0];
                   if (!mark) return null;
                   const before = performance.getEntriesByType('resource')
                     .filter(r => r.responseEnd <= mark.startTime);
                   const size = (list) => list.reduce((n, r) => n + r.encodedBodySize, 0);
                   const nav = performance.getEntriesByType('navigation')[0];
                   return {
                     ms: mark.startTime,
                     results: document.querySelectorAll('#search-results > li').length,
                     status: document.getElementById('search-status').textContent,
                     index: size(before.filter(r => r.name.includes('/search/'))),
                     all: size(before) + nav.encodedBodySize,
                   };
                 })()",
            );
            if !value.is_null() {
                break value;
            }
            if started.elapsed() > Duration::from_secs(60) {
                panic!("no results for {page} in 60 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let kb = |key: &str| measured[key].as_f64().unwrap_or(0.0) / 1024.0;
        println!(
            "| `{page}` | {} ({}) | {:.0} | {:.1} | {:.1} |",
            measured["results"],
            measured["status"].as_str().unwrap_or_default(),
            measured["ms"].as_f64().unwrap_or(0.0),
            kb("index"),
            kb("all"),
        );
    }
}
