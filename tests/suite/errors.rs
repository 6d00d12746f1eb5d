//! Bad input: a message naming file and line, exit code 1, and the previous output
//! byte-for-byte as it was.
//!
//! Each case is a folder of `tests/fixtures/errors/`: its `site/` holds the files that break
//! the `i18n` fixture, laid over a copy of it after a first, good build; its `stderr.snap` is
//! what the second build must print, with the site's temporary folder written `[SITE]`.
//! Breakages git cannot hold (symlinks, a pipe, sixty files) are made in code, and their
//! output is kept in a case folder all the same.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::Site;

/// The folder of one case.
fn case_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/errors")
        .join(case)
}

/// Every path under the site folder but the output, with the bytes of the files: what a
/// failed build must leave alone (a slug of `../../etc/x` must not make `etc/`).
fn sources(site: &Site) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let public = site.public();
    walkdir::WalkDir::new(site.root())
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| e.path() != public)
        .map(|e| e.unwrap())
        .map(|e| {
            let bytes = e
                .file_type()
                .is_file()
                .then(|| std::fs::read(e.path()).unwrap());
            (
                e.path().strip_prefix(site.root()).unwrap().to_path_buf(),
                bytes,
            )
        })
        .collect()
}

/// Builds the fixture site, lays the case's `site/` over it, runs `breakage` and builds
/// again: the second build must fail with exit code 1, leave the first build's output and
/// every other file exactly as they were, and print what the case's `stderr.snap` holds.
fn broken(case: &str, breakage: impl FnOnce(&Site)) -> String {
    let site = Site::fixture("i18n");
    site.build().ok();
    let before = site.snapshot();
    assert!(
        before.len() > 20,
        "{case}: the first build wrote {} files",
        before.len()
    );
    let overlay = case_dir(case).join("site");
    if overlay.is_dir() {
        crate::common::copy_dir(&overlay, site.root());
    }
    breakage(&site);
    let untouched = sources(&site);

    let run = site.build();
    // Not lossy: a byte kielo should not have printed must show up in the comparison.
    let stderr = String::from_utf8(run.output.stderr.clone())
        .unwrap_or_else(|e| panic!("{case}: stderr is not UTF-8: {e}"));
    assert_eq!(
        run.code(),
        Some(1),
        "{case}: stdout: {}\nstderr: {stderr}",
        run.stdout()
    );
    let after = site.snapshot();
    let changed: Vec<_> = before
        .iter()
        .filter(|(path, bytes)| after.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .collect();
    assert!(changed.is_empty(), "{case}: changed: {changed:?}");
    assert_eq!(after.len(), before.len(), "{case}: files were added");
    assert!(
        site.leftovers().is_empty(),
        "{case}: {:?}",
        site.leftovers()
    );
    let now = sources(&site);
    let touched: Vec<_> = now
        .keys()
        .chain(untouched.keys())
        .filter(|path| now.get(*path) != untouched.get(*path))
        .collect();
    assert!(touched.is_empty(), "{case}: made or changed {touched:?}");

    // Canonical first: where the temporary folder is behind a symlink (macOS's /tmp), kielo
    // may print either form.
    let canonical = site.root().canonicalize().unwrap();
    let printed = stderr
        .replace(canonical.to_str().unwrap(), "[SITE]")
        .replace(site.root().to_str().unwrap(), "[SITE]");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(case_dir(case));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("stderr", printed));
    stderr
}

/// One test for each case made only of files, so that each fails on its own and can be run
/// by name; `every_case_has_a_test` keeps this list and the folders in step.
macro_rules! file_cases {
    ($($case:ident)*) => {
        const FILE_CASES: &[&str] = &[$(stringify!($case)),*];
        $(
            #[test]
            fn $case() {
                broken(stringify!($case), |_| {});
            }
        )*
    };
}

file_cases! {
    case_01_yaml_syntax_error_names_file_and_line
    case_02_unclosed_front_matter
    case_03_unknown_key_names_it_and_suggests_the_closest
    case_04_missing_or_empty_title
    case_05_invalid_dates
    case_06_unconfigured_language_names_it_and_the_configured_ones
    case_07_links_to_missing_pages_and_anchors
    case_08_two_pages_or_a_page_and_an_alias_at_one_url
    case_09_slugs_and_aliases_that_would_leave_the_output_are_rejected
    case_10_invalid_utf8_names_the_byte_offset
    case_11_site_yaml_missing_default_language
    case_11_site_yaml_default_language_not_configured
    case_11_site_yaml_duplicate_language_code
    case_11_site_yaml_unknown_key
    case_11_site_yaml_base_url_not_absolute
    case_12_template_error_names_template_line_and_tera_message
    case_14_fluent_syntax_error_names_file_and_line
    both_spellings_of_one_page_are_an_error
    a_template_failing_while_rendering_is_named_once_with_its_line
    a_site_yaml_that_is_not_utf8_names_line_and_offset
}

/// The cases below whose breakage is made in code.
const CODE_CASES: &[&str] = &[
    "case_15_symlink_loops_and_unreadable_files_are_named",
    "many_problems_are_reported_together_up_to_a_limit",
];

#[test]
fn every_case_has_a_test() {
    let dir = case_dir("");
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut tested: Vec<String> = FILE_CASES
        .iter()
        .chain(CODE_CASES)
        .map(|s| s.to_string())
        .collect();
    tested.sort();
    assert_eq!(folders, tested, "add each folder of {}", dir.display());
    for case in FILE_CASES {
        assert!(
            case_dir(case).join("site").is_dir(),
            "{case}: no site/ to break the fixture with"
        );
    }
}

#[cfg(unix)]
#[test]
fn case_15_symlink_loops_and_unreadable_files_are_named() {
    broken(
        "case_15_symlink_loops_and_unreadable_files_are_named",
        |site| {
            let news = site.root().join("content/news");
            std::os::unix::fs::symlink(&news, news.join("loop")).unwrap();
            std::os::unix::fs::symlink(
                site.root().join("nowhere.md"),
                site.root().join("content/gone.fi.md"),
            )
            .unwrap();
            // Reading a pipe would wait for a writer forever.
            let fifo = std::process::Command::new("mkfifo")
                .arg(site.root().join("content/pipe.fi.md"))
                .status()
                .unwrap();
            assert!(fifo.success());
        },
    );
}

#[test]
fn many_problems_are_reported_together_up_to_a_limit() {
    let stderr = broken(
        "many_problems_are_reported_together_up_to_a_limit",
        |site| {
            for n in 0..60 {
                site.write(
                    &format!("content/bad{n}.fi.md"),
                    "---\ndate: 2021-01-01\n---\n",
                );
            }
        },
    );
    assert_eq!(
        stderr.matches("the page has no title").count(),
        50,
        "{stderr}"
    );
}

fn has(stderr: &str, wanted: &str) {
    assert!(stderr.contains(wanted), "no `{wanted}` in:\n{stderr}");
}

#[test]
fn case_13_message_missing_in_a_language_warns_in_build_and_check() {
    let site = Site::fixture("i18n");
    site.write("locales/fi/site.ftl", "only-finnish = Vain suomeksi\n");
    site.write(
        "templates/page.html",
        "<!doctype html><p class=\"m\">{{ t(key=\"only-finnish\") }}</p>\n",
    );
    let run = site.build().ok();
    let stderr = run.stderr();
    has(
        &stderr,
        "warning: locales/sv: the message `only-finnish` is missing in language `sv`",
    );
    has(
        &stderr,
        "add `only-finnish = …` to a .ftl file in locales/sv/",
    );
    let swedish = site.html("sv/nyheter/ny-radgivningstelefon/index.html");
    assert_eq!(swedish.text("p.m"), "Vain suomeksi");

    // A language the theme does not speak is no error: `check` lists what it lacks.
    let before = site.snapshot();
    let check = site.kielo(&["check"]);
    assert_eq!(check.code(), Some(0), "{}", check.stdout());
    has(
        &check.stdout(),
        "warning: locales/en: the message `only-finnish` is missing in language `en`",
    );
    assert_eq!(site.snapshot(), before);
}

#[test]
fn a_folder_that_is_not_a_site_is_a_usage_error() {
    let site = Site::empty();
    let run = site.build();
    assert_eq!(run.code(), Some(2));
    has(&run.stderr(), "no site.yaml");
    let run = Site::fixture("i18n").kielo(&["build", "--now", "tomorrow"]);
    assert_eq!(run.code(), Some(2));
}
