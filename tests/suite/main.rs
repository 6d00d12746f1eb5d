//! The integration tests, one binary: a module per feature, sharing the fixture-site harness
//! in `common`. See tests/README.md.

mod common;

mod addresses;
#[cfg(feature = "browser")]
mod audits;
mod bad_input;
#[cfg(feature = "browser")]
mod browser;
#[cfg(feature = "browser")]
mod browser_components;
#[cfg(feature = "browser")]
mod browser_search;
mod bundles;
mod check;
mod cli;
mod components;
mod confined_reads;
mod dates;
mod determinism;
mod diagnostics;
mod errors;
mod feeds;
mod held_back;
mod incremental;
mod init;
mod interrupt;
mod key_pages;
mod linking;
mod markdown_extras;
mod menus;
mod messages;
mod metadata;
mod moved;
mod new;
mod output_folder;
mod pagination;
mod properties;
mod publishing;
mod rebuild;
mod robustness;
mod search;
mod serve;
mod site_files;
mod staff_guide;
mod tags;
mod theme_api;
mod themes;
mod toml_front_matter;
mod translations;

/// Without the feature the modules above are not built, and `--include-ignored` would pass
/// without running them: this ignored test fails instead, saying how to run them.
#[cfg(not(feature = "browser"))]
#[test]
#[ignore = "needs `--features browser`: see tests/README.md"]
fn the_browser_tests_and_audits_need_the_browser_feature() {
    panic!("run them with `cargo test --features browser -- --include-ignored`");
}
