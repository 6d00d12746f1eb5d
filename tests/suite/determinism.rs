//! The same site gives the same bytes on every run and with any number of threads, as
//! rendering and writing run in parallel and hand files on in no set order.

use crate::common::{Page, Site, files_of};

/// Builds `site` into `out` (relative to the site) with `threads` rayon threads.
fn build_with_threads(site: &Site, out: &str, threads: &str) -> std::path::PathBuf {
    let dir = site.root().join(out);
    let out_arg = dir.to_str().unwrap();
    site.kielo_with(
        &["build", "--out", out_arg],
        &[("RAYON_NUM_THREADS", threads)],
    )
    .ok();
    dir
}

fn assert_same_output(site: &Site) {
    let one = files_of(&build_with_threads(site, "one", "1"));
    let four = files_of(&build_with_threads(site, "four", "4"));
    let again = files_of(&build_with_threads(site, "again", "4"));
    assert!(one.len() > 20, "only {} files written", one.len());
    let paths = |files: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>| {
        files.keys().cloned().collect::<Vec<_>>()
    };
    assert_eq!(paths(&one), paths(&four));
    for (path, bytes) in &one {
        assert!(
            four[path] == *bytes,
            "{} differs between 1 and 4 threads",
            path.display()
        );
        assert!(
            again[path] == *bytes,
            "{} differs between two runs",
            path.display()
        );
    }
}

#[test]
fn sample_site_is_byte_identical_with_one_and_four_threads() {
    assert_same_output(&Site::sample());
}

#[test]
fn generated_benchmark_corpus_builds_and_is_byte_identical_across_threads() {
    let site = Site::empty();
    let generator = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/generate-site.py");
    let status = std::process::Command::new("python3")
        .arg(generator)
        .arg(site.root())
        .arg("30")
        .status()
        .expect("python3 runs the corpus generator");
    assert!(status.success());
    assert_same_output(&site);
    // 30 groups in three languages, plus homes and six sections per language.
    let pages = files_of(&site.root().join("one"))
        .keys()
        .filter(|p| p.to_string_lossy().contains("/item-"))
        .count();
    assert_eq!(pages, 90);
    // Every `@/` link resolved to a page of the same language.
    let html = std::fs::read_to_string(site.root().join("one/sv/projects/item-00001/index.html"));
    let page = Page(scraper::Html::parse_document(&html.unwrap()));
    let links: Vec<String> = page
        .all("main a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.contains("/item-"))
        .map(String::from)
        .collect();
    assert!(!links.is_empty());
    assert!(
        links.iter().all(|href| href.starts_with("/sv/")),
        "{links:?}"
    );
}

#[test]
fn two_outputs_for_one_file_are_an_error_that_keeps_the_old_output() {
    let site = Site::fixture("i18n");
    site.write(
        "content/t1.fi.md",
        "---\ntitle: Yksi\ndate: 2024-01-01\ntags: [neuvonta]\n---\n",
    );
    site.build().ok();
    let before = files_of(&site.public());
    // A section whose address is the Finnish tag index, /fi/avainsanat/.
    site.write(
        "content/avainsanat/_index.fi.md",
        "---\ntitle: Avainsanat\n---\n",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(
        run.stderr().contains("fi/avainsanat/index.html"),
        "{}",
        run.stderr()
    );
    assert_eq!(files_of(&site.public()), before);
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
}
