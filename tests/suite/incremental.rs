//! `kielo build` into an existing output writes only the files whose bytes changed: the
//! others keep their modification times (so `rsync` and deploy tools upload only changes),
//! outputs no longer made disappear, and anything else in the folder is put right.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::common::{self, MANIFEST, Site};

const NOW: &str = "2026-06-01T12:00:00+03:00";
const RELEASE: &str = "content/news/release.fi.md";
const RELEASE_PAGE: &str = "fi/uutiset/uusi-neuvontapuhelin/index.html";

/// Each file of the output (the manifest too) with its modification time.
fn mtimes(dir: &Path) -> BTreeMap<PathBuf, SystemTime> {
    common::each_file(dir, |path| {
        std::fs::metadata(path).unwrap().modified().unwrap()
    })
}

fn build(site: &Site) -> String {
    site.kielo(&["build", "--now", NOW]).ok().stdout()
}

/// A build of `site` into a folder of its own, for comparison.
fn fresh_build(site: &Site) -> BTreeMap<PathBuf, Vec<u8>> {
    let fresh = site.root().join("fresh");
    let _ = std::fs::remove_dir_all(&fresh);
    site.kielo(&["build", "--now", NOW, "--out", fresh.to_str().unwrap()])
        .ok();
    common::files_of(&fresh)
}

/// Files whose modification time differs, or that exist on one side only.
fn touched(
    before: &BTreeMap<PathBuf, SystemTime>,
    after: &BTreeMap<PathBuf, SystemTime>,
) -> Vec<String> {
    let mut paths: Vec<&PathBuf> = before.keys().chain(after.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| before.get(*p) != after.get(*p))
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect()
}

/// The i18n fixture, built once; the first build is a few milliseconds old, so that a file
/// rewritten in the same clock tick would show.
fn built() -> Site {
    let site = Site::fixture("i18n");
    build(&site);
    std::thread::sleep(std::time::Duration::from_millis(30));
    site
}

#[test]
fn an_unchanged_rebuild_writes_nothing() {
    let site = built();
    let before = mtimes(&site.public());
    assert!(before.contains_key(Path::new(MANIFEST)), "{before:?}");
    let stdout = build(&site);
    assert!(
        stdout.contains(": 0 files changed, 0 added, 0 removed"),
        "{stdout}"
    );
    assert_eq!(
        touched(&before, &mtimes(&site.public())),
        Vec::<String>::new()
    );
}

#[test]
fn a_body_edit_rewrites_that_page_and_its_languages_search_files_only() {
    let site = built();
    let before_bytes = common::files_of(&site.public());
    let before = mtimes(&site.public());
    site.edit(RELEASE, |t| t.replace("Katso", "Lue"));
    let stdout = build(&site);
    let after_bytes = common::files_of(&site.public());
    let mut differ: Vec<String> = (after_bytes.keys())
        .filter(|k| before_bytes.get(*k) != after_bytes.get(*k))
        .map(|k| k.to_string_lossy().replace('\\', "/"))
        .collect();
    differ.push(MANIFEST.to_string());
    differ.sort();
    // Exactly the files whose bytes changed were written, and the manifest.
    assert_eq!(touched(&before, &mtimes(&site.public())), differ);
    assert!(differ.contains(&RELEASE_PAGE.to_string()), "{differ:?}");
    let others: Vec<&String> = (differ.iter())
        .filter(|p| *p != RELEASE_PAGE && *p != MANIFEST && !p.starts_with("search/fi/"))
        .collect();
    assert!(others.is_empty(), "{others:?}");
    let changed = differ.len() - 1;
    assert!(
        stdout.contains(&format!(": {changed} files changed, 0 added, 0 removed")),
        "{stdout}"
    );
    assert_eq!(common::files_of(&site.public()), fresh_build(&site));
}

#[test]
fn a_removed_page_disappears_and_an_added_one_appears() {
    let site = built();
    std::fs::remove_file(site.root().join("content/news/vuosi.fi.md")).unwrap();
    site.write(
        "content/news/uusi.fi.md",
        "---\ntitle: Aivan uusi\ndate: 2021-01-01\n---\nTekstiä.\n",
    );
    let stdout = build(&site);
    assert!(!site.exists("fi/uutiset/vuosi/index.html"));
    assert!(
        !site.public().join("fi/uutiset/vuosi").exists(),
        "its folder stays"
    );
    assert!(site.exists("fi/uutiset/uusi/index.html"));
    assert!(stdout.contains("1 removed"), "{stdout}");
    assert_eq!(common::files_of(&site.public()), fresh_build(&site));
}

#[test]
fn a_hand_edited_output_is_restored_even_with_its_old_size_and_time() {
    let site = built();
    let page = site.public().join(RELEASE_PAGE);
    let original = std::fs::read(&page).unwrap();
    let meta = std::fs::metadata(&page).unwrap();
    // Same size, same modification time, written in place: only the change time tells.
    let mut edited = original.clone();
    edited[0] = if edited[0] == b'x' { b'y' } else { b'x' };
    std::fs::write(&page, &edited).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&page)
        .unwrap()
        .set_modified(meta.modified().unwrap())
        .unwrap();
    // Someone's own files and links in the output are not the site's, nor what a killed
    // build left.
    site.write("public/fi/notes.txt", "mine");
    site.write("public/.kielo-manifest.tmp-99", "half a manifest");
    site.write("public/.notes.tmp-1", "mine too");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc", site.public().join("fi/etc")).unwrap();
    let stdout = build(&site);
    assert_eq!(std::fs::read(&page).unwrap(), original);
    for gone in ["fi/notes.txt", ".kielo-manifest.tmp-99", ".notes.tmp-1"] {
        assert!(!site.public().join(gone).exists(), "{gone}");
    }
    assert!(std::fs::symlink_metadata(site.public().join("fi/etc")).is_err());
    assert!(
        Path::new("/etc").is_dir(),
        "a link is removed, never followed"
    );
    assert!(stdout.contains("1 file changed"), "{stdout}");
    assert_eq!(common::files_of(&site.public()), fresh_build(&site));
}

#[test]
fn a_build_killed_while_applying_is_repaired_by_the_next() {
    let site = built();
    let old_manifest = std::fs::read(site.public().join(MANIFEST)).unwrap();
    let old_page = std::fs::read(site.public().join(RELEASE_PAGE)).unwrap();
    site.edit(RELEASE, |t| t.replace("Katso", "Lue"));
    std::fs::remove_file(site.root().join("content/news/vuosi.fi.md")).unwrap();
    build(&site);
    let wanted = common::files_of(&site.public());
    // What a build killed after some of its renames leaves: one file new, one still old,
    // an output it no longer makes still there, and the previous manifest (written last).
    let search = site.public().join("search/fi/index.json");
    let new_search = std::fs::read(&search).unwrap();
    std::fs::write(&search, b"{\"old\": true}").unwrap();
    site.write("public/fi/uutiset/vuosi/index.html", "old page");
    std::fs::write(site.public().join(MANIFEST), &old_manifest).unwrap();
    assert_ne!(
        std::fs::read(site.public().join(RELEASE_PAGE)).unwrap(),
        old_page
    );
    build(&site);
    assert_eq!(common::files_of(&site.public()), wanted);
    assert_eq!(std::fs::read(&search).unwrap(), new_search);
}

#[test]
fn a_failed_build_changes_nothing_not_even_the_manifest() {
    let site = built();
    let before = site.snapshot();
    let times = mtimes(&site.public());
    site.edit(RELEASE, |t| t.replace("title: Uusi", "title: [Uusi"));
    let run = site.kielo(&["build", "--now", NOW]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert_eq!(site.snapshot(), before);
    assert_eq!(
        touched(&times, &mtimes(&site.public())),
        Vec::<String>::new()
    );
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
}

/// `Built … into OUT in N ms: …`, without the folder and the time, which vary.
fn without_place_and_time(line: &str) -> String {
    let (start, rest) = line.split_once(" into ").unwrap_or((line, ""));
    let (_, rest) = rest.split_once(" in ").unwrap_or(("", rest));
    let (_, rest) = rest.split_once(" ms").unwrap_or(("", rest));
    format!("{start} into OUT in N ms{rest}")
}

#[test]
fn readme_shows_the_line_a_first_build_of_the_sample_site_prints() {
    let site = Site::sample();
    let printed = site.kielo(&["build"]).ok().stdout();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let shown = (readme.lines())
        .find_map(|line| line.trim().strip_prefix("`Built ")?.strip_suffix('`'))
        .expect("README shows a `Built …` line");
    let mut lines = printed.lines();
    assert_eq!(
        without_place_and_time(&format!("Built {shown}")),
        without_place_and_time(lines.next().unwrap_or_default())
    );
    // The lines after it list the pages held back, the sample site's draft: shown too.
    for line in lines {
        assert!(
            readme.contains(&format!("`{line}`")),
            "README lacks `{line}`"
        );
    }
}
