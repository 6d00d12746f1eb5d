//! `kielo init DIR`: a new site that builds and passes `kielo check` at once, never written
//! over anything.

use std::ffi::OsStr;
use std::path::Path;

use crate::common::{Page, Site, kielo_in};

fn run(dir: &Path, args: &[&str]) -> crate::common::Run {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    kielo_in(dir, &args)
}

/// Builds and checks the site in `dir`: no errors, no warnings.
fn builds_and_checks_cleanly(dir: &Path) {
    let build = run(dir, &["build"]).ok();
    assert_eq!(build.stderr(), "", "build warned");
    let check = run(dir, &["check"]);
    assert_eq!(check.code(), Some(0), "{}", check.stdout());
    assert!(
        check.stdout().contains(": 0 errors, 0 warnings"),
        "{}",
        check.stdout()
    );
}

fn html(dir: &Path, relative: &str) -> Page {
    let text = std::fs::read_to_string(dir.join("public").join(relative)).unwrap();
    Page(scraper::Html::parse_document(&text))
}

#[test]
fn a_new_site_in_finnish_swedish_and_english_builds_and_checks_cleanly() {
    let parent = Site::empty();
    let init = run(parent.root(), &["init", "my-site"]).ok();
    let out = init.stdout();
    assert!(out.contains("created my-site/site.yaml"), "{out}");
    assert!(out.contains("cd my-site && kielo serve"), "{out}");
    let dir = parent.root().join("my-site");
    let yaml = std::fs::read_to_string(dir.join("site.yaml")).unwrap();
    assert!(yaml.contains("default_language: fi\n"), "{yaml}");
    assert!(yaml.contains("    name: På svenska\n"), "{yaml}");
    assert!(yaml.contains("# default_language_at_root: true"), "{yaml}");
    builds_and_checks_cleanly(&dir);
    // Each language's pages are in its own words, at its own addresses.
    let page = html(&dir, "sv/nyheter/webbplatsen-har-oppnats/index.html");
    assert_eq!(page.attr("html", "lang"), "sv");
    assert_eq!(page.text("h1"), "Webbplatsen har öppnats");
    assert_eq!(
        page.attr(".language-switcher a[hreflang=fi]", "href"),
        "/fi/uutiset/sivusto-on-avattu/"
    );
    assert_eq!(html(&dir, "en/index.html").text("h1"), "Welcome");
    // Nothing but the site.yaml and content: the default theme is built in.
    let mut top: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "public" && !n.starts_with(".kielo"))
        .collect();
    top.sort();
    assert_eq!(top, ["content", "site.yaml"]);
}

#[test]
fn languages_of_ones_own_choice_the_first_the_default() {
    let parent = Site::empty();
    run(
        parent.root(),
        &[
            "init", "site", "--lang", "en", "--lang", "de", "--lang", "no",
        ],
    )
    .ok();
    let dir = parent.root().join("site");
    let yaml = std::fs::read_to_string(dir.join("site.yaml")).unwrap();
    assert!(yaml.contains("default_language: en\n"), "{yaml}");
    // `no` is a language here, not YAML's false.
    assert!(yaml.contains("code: \"no\""), "{yaml}");
    builds_and_checks_cleanly(&dir);
    assert_eq!(html(&dir, "de/index.html").attr("html", "lang"), "de");
    assert!(dir.join("locales/de/theme.ftl").exists());
    assert!(!dir.join("locales/en").exists());
    // The default language at the root works from the start too.
    let edited = yaml.replace("# default_language_at_root", "default_language_at_root");
    std::fs::write(dir.join("site.yaml"), edited).unwrap();
    // The English pages left their addresses under /en/, and the build says so; a site made
    // with the setting from the start has no record of them.
    let moved = run(&dir, &["build"]).ok();
    assert!(
        moved.stderr().contains("/en/ is no longer published"),
        "{}",
        moved.stderr()
    );
    std::fs::remove_dir_all(dir.join(".kielo-cache")).unwrap();
    builds_and_checks_cleanly(&dir);
    assert_eq!(html(&dir, "index.html").attr("html", "lang"), "en");
}

#[test]
fn refuses_a_folder_that_holds_anything_and_bad_languages() {
    let parent = Site::empty();
    parent.write("taken/notes.txt", "mine");
    let run_in = |args: &[&str]| run(parent.root(), args);
    let refused = run_in(&["init", "taken"]);
    assert_eq!(refused.code(), Some(2));
    assert!(
        refused.stderr().contains("is not empty"),
        "{}",
        refused.stderr()
    );
    assert_eq!(
        std::fs::read_dir(parent.root().join("taken"))
            .unwrap()
            .count(),
        1,
        "nothing written"
    );
    let file = run_in(&["init", "taken/notes.txt"]);
    assert_eq!(file.code(), Some(2));
    for langs in [&["--lang", "x_y"][..], &["--lang", "fi", "--lang", "fi"]] {
        let bad = run_in(&[&["init", "new"][..], langs].concat());
        assert_eq!(bad.code(), Some(2), "{langs:?}");
        assert!(bad.stderr().contains("--lang"), "{}", bad.stderr());
        assert!(!parent.root().join("new").exists());
    }
    // An empty folder is fine.
    std::fs::create_dir(parent.root().join("empty")).unwrap();
    run_in(&["init", "empty"]).ok();
    assert!(parent.root().join("empty/site.yaml").exists());
}
