//! `kielo translations`: present, missing and outdated per language, decided from git,
//! front matter or modification times; table, JSON and CSV; `--missing`.

use crate::common::Site;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use serde_json::Value;

/// Runs git in `dir` as a made-up author at `date`, without the machine's git settings.
fn git(dir: &Path, args: &[&str], date: &str) {
    let output = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git must be installed to run these tests");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Commits `paths` (relative to `dir`) at `date`.
fn commit(dir: &Path, paths: &[&str], date: &str) {
    let mut add = vec!["add", "--"];
    add.extend(paths);
    git(dir, &add, date);
    git(dir, &["commit", "-q", "-m", "change"], date);
}

fn json(site: &Site, extra: &[&str]) -> Value {
    let mut args = vec!["translations", "--format", "json"];
    args.extend(extra);
    let run = site.kielo(&args).ok();
    serde_json::from_str(&run.stdout()).unwrap_or_else(|e| panic!("{e}: {}", run.stdout()))
}

/// The group named `name` (its default-language file relative to content/).
fn group<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {report:#}"))
}

/// A group's status as `[fi, sv, en]`.
fn status(report: &Value, name: &str) -> [String; 3] {
    let status = &group(report, name)["status"];
    ["fi", "sv", "en"].map(|code| status[code].as_str().unwrap_or("?").to_string())
}

fn names(report: &Value) -> Vec<&str> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect()
}

fn set_mtime(site: &Site, relative: &str, seconds: u64) {
    let file = std::fs::File::options()
        .write(true)
        .open(site.root().join(relative))
        .unwrap();
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds))
        .unwrap();
}

const JAN: &str = "2024-01-01T12:00:00+00:00";
const FEB: &str = "2024-02-01T12:00:00+00:00";
const MAR: &str = "2024-03-01T12:00:00+00:00";

#[test]
fn every_group_is_listed_by_section_with_drafts_and_missing_languages() {
    let site = Site::fixture("i18n");
    let report = json(&site, &[]);
    assert_eq!(report["languages"], serde_json::json!(["fi", "sv", "en"]));
    assert_eq!(report["default_language"], "fi");
    assert_eq!(
        names(&report),
        [
            "_index.fi.md",
            "about.md",
            "news/_index.fi.md",
            "news/luonnos.fi.md",
            "news/other.fi.md",
            "news/release.fi.md",
            "news/työelämä.fi.md",
            "news/vuosi.fi.md",
        ]
    );
    assert_eq!(group(&report, "about.md")["section"], "/");
    assert_eq!(group(&report, "news/vuosi.fi.md")["section"], "news");
    // The English home page is made up by the build, not written: it is missing.
    assert_eq!(
        status(&report, "_index.fi.md"),
        ["present", "present", "missing"]
    );
    assert_eq!(
        status(&report, "about.md"),
        ["present", "missing", "missing"]
    );
    // Tied by translation_key although the file names differ.
    assert_eq!(
        status(&report, "news/vuosi.fi.md"),
        ["present", "present", "missing"]
    );
    let files = &group(&report, "news/vuosi.fi.md")["files"];
    assert_eq!(files["sv"], "content/news/arsrapport.sv.md");
    assert_eq!(files["en"], Value::Null);
}

#[test]
fn git_commit_dates_decide_which_translations_are_outdated() {
    let site = Site::fixture("i18n");
    let root = site.root();
    git(root, &["init", "-q"], JAN);
    commit(root, &["."], JAN);
    site.edit("content/news/release.fi.md", |t| t + "\nLisätty kappale.\n");
    commit(root, &["content/news/release.fi.md"], FEB);
    // A translation changed after the original is not outdated, nor is the original.
    site.edit("content/news/other.sv.md", |t| t + "\nNy text.\n");
    commit(root, &["content/news/other.sv.md"], MAR);
    // Not committed: no commit date to compare.
    site.write("content/news/uusi.fi.md", "---\ntitle: Uusi\n---\n");
    site.write("content/news/uusi.sv.md", "---\ntitle: Ny\n---\n");

    let report = json(&site, &[]);
    assert_eq!(report["source"], "git");
    // release.en.md says `updated: 2021-10-01`, later than the Finnish date: git wins.
    assert_eq!(
        status(&report, "news/release.fi.md"),
        ["present", "outdated", "outdated"]
    );
    assert_eq!(group(&report, "news/release.fi.md")["source"], "git");
    assert_eq!(
        status(&report, "news/other.fi.md"),
        ["present", "present", "missing"]
    );
    assert_eq!(
        status(&report, "news/_index.fi.md"),
        ["present", "present", "present"]
    );
    assert_eq!(
        status(&report, "news/uusi.fi.md"),
        ["present", "present", "missing"]
    );
    assert_eq!(
        report["unknown"],
        serde_json::json!(["content/news/uusi.fi.md", "content/news/uusi.sv.md"])
    );

    let table = site.kielo(&["translations"]).ok().stdout();
    assert!(table.contains("sv: 3 missing, 1 outdated"), "{table}");
    assert!(table.contains("en: 7 missing, 1 outdated"), "{table}");
    assert!(
        table.contains("Outdated decided from: git commit dates"),
        "{table}"
    );
    assert!(
        table.contains("Not compared (not committed to git yet):\n  content/news/uusi.fi.md\n"),
        "{table}"
    );
}

#[test]
fn git_maps_paths_when_the_site_is_a_subfolder_with_unusual_file_names() {
    let site = Site::empty();
    site.write(
        "www/site.yaml",
        "base_url: https://example.org\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: Sivusto\n  - code: sv\n    name: På svenska\n    title: Webbplats\n",
    );
    site.write("www/content/työ elämä.fi.md", "---\ntitle: Työ\n---\n");
    site.write("www/content/työ elämä.sv.md", "---\ntitle: Arbete\n---\n");
    site.write("www/content/åsikt.fi.md", "---\ntitle: Mielipide\n---\n");
    site.write("www/content/åsikt.sv.md", "---\ntitle: Åsikt\n---\n");
    site.write("other/content/åsikt.fi.md", "not the site\n");
    let root = site.root();
    git(root, &["init", "-q"], JAN);
    commit(root, &["."], JAN);
    site.edit("www/content/työ elämä.fi.md", |t| t + "Uutta.\n");
    // A change outside the site, later still, must not count for the site's file.
    site.edit("other/content/åsikt.fi.md", |t| t + "more\n");
    commit(root, &["."], FEB);

    let run = crate::common::kielo_command()
        .args(["translations", "--format", "json", "--root"])
        .arg(root.join("www"))
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["source"], "git");
    assert_eq!(report["groups"][0]["name"], "työ elämä.fi.md");
    assert_eq!(report["groups"][0]["status"]["sv"], "outdated");
    assert_eq!(report["groups"][1]["name"], "åsikt.fi.md");
    assert_eq!(report["groups"][1]["status"]["sv"], "present");
    assert_eq!(report["unknown"], serde_json::json!([]));
}

#[test]
fn a_repository_that_does_not_track_the_site_is_not_used() {
    let site = Site::fixture("i18n");
    // The repository has history, but none of it is the site's content.
    git(site.root(), &["init", "-q"], JAN);
    commit(site.root(), &["site.yaml"], JAN);
    let report = json(&site, &[]);
    assert_ne!(report["source"], "git");
    assert_eq!(report["unknown"], serde_json::json!([]));
}

#[test]
fn front_matter_dates_decide_without_git() {
    let site = Site::fixture("i18n");
    site.edit("content/news/release.fi.md", |t| {
        t.replacen("---\n", "---\nupdated: 2021-09-20\n", 1)
    });
    // The file system says the opposite: the Finnish file is the oldest.
    set_mtime(&site, "content/news/release.fi.md", 1_000_000_000);
    set_mtime(&site, "content/news/release.sv.md", 1_700_000_000);
    let report = json(&site, &[]);
    // sv is dated 2021-09-16; en is `updated: 2021-10-01`, after the Finnish update.
    assert_eq!(
        status(&report, "news/release.fi.md"),
        ["present", "outdated", "present"]
    );
    assert_eq!(
        group(&report, "news/release.fi.md")["source"],
        "front-matter"
    );
    assert_eq!(group(&report, "news/other.fi.md")["source"], "front-matter");
    // Section pages have no dates: their group is compared by modification times instead.
    assert_eq!(group(&report, "news/_index.fi.md")["source"], "mtime");
    // A group with only one language compares nothing.
    assert_eq!(group(&report, "about.md")["source"], Value::Null);
    assert_eq!(report["source"], "mixed");
    let table = site.kielo(&["translations"]).ok().stdout();
    assert!(
        table.contains(
            "Outdated decided from: front matter updated dates, and file modification times for pages without `updated` or `date`"
        ),
        "{table}"
    );
}

#[test]
fn modification_times_decide_when_pages_have_no_dates() {
    let site = Site::fixture("i18n");
    set_mtime(&site, "content/news/_index.fi.md", 1_700_000_200);
    set_mtime(&site, "content/news/_index.sv.md", 1_700_000_100);
    set_mtime(&site, "content/news/_index.en.md", 1_700_000_300);
    let report = json(&site, &[]);
    assert_eq!(
        status(&report, "news/_index.fi.md"),
        ["present", "outdated", "present"]
    );
    assert_eq!(group(&report, "news/_index.fi.md")["source"], "mtime");

    let small = Site::empty();
    small.write(
        "site.yaml",
        "base_url: https://example.org\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: Sivusto\n  - code: sv\n    name: På svenska\n    title: Webbplats\n",
    );
    small.write("content/a.fi.md", "---\ntitle: A\n---\n");
    small.write("content/a.sv.md", "---\ntitle: A\n---\n");
    set_mtime(&small, "content/a.fi.md", 1_700_000_000);
    set_mtime(&small, "content/a.sv.md", 1_700_000_001);
    let table = small.kielo(&["translations"]).ok().stdout();
    assert!(table.contains("sv: 0 missing, 0 outdated"), "{table}");
    assert!(
        table.contains("Outdated decided from: file modification times"),
        "{table}"
    );
    // Seconds apart, as copying a site leaves files: one change.
    set_mtime(&small, "content/a.sv.md", 1_699_999_970);
    let table = small.kielo(&["translations"]).ok().stdout();
    assert!(table.contains("sv: 0 missing, 0 outdated"), "{table}");
    set_mtime(&small, "content/a.sv.md", 1_699_999_000);
    let table = small.kielo(&["translations"]).ok().stdout();
    assert!(table.contains("sv: 0 missing, 1 outdated"), "{table}");
}

#[test]
fn a_group_without_a_default_language_page_is_never_outdated() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/only.sv.md",
        "---\ntitle: Bara svenska\nupdated: 2020-01-01\n---\n",
    );
    site.write(
        "content/news/only.en.md",
        "---\ntitle: English only\nupdated: 2025-01-01\n---\n",
    );
    let report = json(&site, &[]);
    assert_eq!(
        status(&report, "news/only.sv.md"),
        ["missing", "present", "present"]
    );
    assert_eq!(group(&report, "news/only.sv.md")["source"], Value::Null);
}

#[test]
fn csv_has_a_header_and_a_row_per_group() {
    let site = Site::fixture("i18n");
    let run = site.kielo(&["translations", "--format", "csv"]).ok();
    let out = run.stdout();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["section", "page", "fi", "sv", "en", "note"]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(
        rows[0],
        ["/", "_index.fi.md", "present", "present", "missing", ""]
    );
    assert!(
        rows.contains(&vec![
            "news".to_string(),
            "news/työelämä.fi.md".to_string(),
            "present".to_string(),
            "missing".to_string(),
            "missing".to_string(),
            String::new(),
        ]),
        "{rows:?}"
    );
}

#[test]
fn missing_lists_only_groups_without_that_language() {
    let site = Site::fixture("i18n");
    // An outdated Swedish translation still exists, so it is not listed.
    site.edit("content/news/release.fi.md", |t| {
        t.replacen("---\n", "---\nupdated: 2021-09-20\n", 1)
    });
    let all = json(&site, &[]);
    assert_eq!(status(&all, "news/release.fi.md")[1], "outdated");
    let report = json(&site, &["--missing", "sv"]);
    assert_eq!(report["missing"], "sv");
    assert_eq!(
        names(&report),
        ["about.md", "news/luonnos.fi.md", "news/työelämä.fi.md"]
    );
    let run = site
        .kielo(&["translations", "--missing", "en", "--format", "csv"])
        .ok();
    let rows = run.stdout().lines().count() - 1;
    // Every group but news/_index and news/release lacks English.
    assert_eq!(rows, 6, "{}", run.stdout());
    let table = site
        .kielo(&["translations", "--missing", "fi"])
        .ok()
        .stdout();
    assert!(
        table.starts_with("Every page has a fi version.\n"),
        "{table}"
    );
}

#[test]
fn an_unknown_missing_language_is_a_usage_error() {
    let site = Site::fixture("i18n");
    let run = site.kielo(&["translations", "--missing", "de"]);
    assert_eq!(run.code(), Some(2));
    assert!(run.stderr().contains("`de`"), "{}", run.stderr());
    assert!(run.stderr().contains("fi, sv, en"), "{}", run.stderr());
    assert_eq!(run.stdout(), "");
}

#[test]
fn a_broken_site_gives_the_same_errors_as_build() {
    let site = Site::fixture("i18n");
    site.write("content/news/bad.fi.md", "---\ntittle: Typo\n---\n");
    let run = site.kielo(&["translations"]);
    assert_eq!(run.code(), Some(1));
    let build = site.build();
    assert_eq!(build.code(), Some(1));
    let error =
        "error: content/news/bad.fi.md line 2, column 1: unknown key `tittle`\n  2 | tittle: Typo";
    for stderr in [run.stderr(), build.stderr()] {
        assert!(stderr.contains(error), "{stderr}");
        assert!(stderr.contains("hint: did you mean `title`?"), "{stderr}");
    }
    assert_eq!(run.stdout(), "");
}

#[test]
fn the_table_lines_up_columns_of_names_with_letters_beyond_ascii() {
    let site = Site::fixture("i18n");
    let table = site.kielo(&["translations"]).ok().stdout();
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("Section"), "{table}");
    // Columns are compared in characters: each of these is one column wide.
    let column_of = |line: &str, word: &str| {
        line.find(word)
            .map(|byte| line[..byte].chars().count())
            .unwrap_or_else(|| panic!("{word} in {line}"))
    };
    let fi = column_of(lines[0], " fi") + 1;
    let rows: Vec<&str> = lines[2..]
        .iter()
        .take_while(|l| !l.is_empty())
        .copied()
        .collect();
    assert_eq!(rows.len(), 8, "{table}");
    for row in &rows {
        assert_eq!(column_of(row, " present") + 1, fi, "{table}");
    }
    let umlaut = rows
        .iter()
        .find(|r| r.contains("työelämä"))
        .expect("työelämä row");
    assert!(umlaut.ends_with("present  missing  missing"), "{table}");
    // The section is named on its first row only.
    assert!(rows[0].starts_with("/ "), "{table}");
    assert_eq!(
        column_of(rows[1], "about.md"),
        column_of(lines[0], "Page"),
        "{table}"
    );
    assert!(
        table.contains("\nfi: 0 missing\nsv: 3 missing, 0 outdated\n"),
        "{table}"
    );
}

#[test]
fn help_explains_the_options() {
    let site = Site::fixture("i18n");
    let help = site.kielo(&["translations", "--help"]).ok().stdout();
    for word in ["--format", "json", "csv", "--missing", "--root", "outdated"] {
        assert!(help.contains(word), "{word} in {help}");
    }
}
