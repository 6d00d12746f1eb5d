//! The integration tests, one binary: a module per feature, sharing the fixture-site harness
//! in `common`. See tests/README.md.

mod common;

mod audits;
mod bad_input;
mod browser;
mod browser_search;
mod check;
mod cli;
mod confined_reads;
mod dates;
mod determinism;
mod diagnostics;
mod errors;
mod feeds;
mod interrupt;
mod key_pages;
mod linking;
mod metadata;
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
mod tags;
mod theme_api;
mod themes;
mod translations;
