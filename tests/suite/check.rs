//! `kielo check`: every error and warning of the site, without writing anything.

use crate::common::Site;

/// A page with one of each problem `check` looks for, line by line.
const FLAWED: &str = "---
title: Puutteellinen
---
Alku.

![](https://example.org/kuva.jpg)

#### Liian syvä otsikko

[](@/news/other.md)

[rikki](/fi/ei-ole/)

[toimii](/fi/uutiset/) ja [tiedosto](/extra.css) ja [suhteellinen](../toinen-uutinen/)

[ankkuri](#ei-ole)

# Toinen pääotsikko

[väärä ankkuri](/fi/uutiset/toinen-uutinen/#ei-ole) ja [oikea](/fi/uutiset/toinen%2Duutinen/#tausta)
";

fn flawed_site() -> Site {
    let site = Site::fixture("i18n");
    site.write("content/news/x.fi.md", FLAWED);
    site
}

#[test]
fn check_reports_every_finding_with_file_and_line_and_writes_nothing() {
    let site = flawed_site();
    let run = site.kielo(&["check"]);
    assert_eq!(run.code(), Some(1), "{}\n{}", run.stdout(), run.stderr());
    let out = run.stdout();
    let file = "content/news/x.fi.md";
    for wanted in [
        format!("error: {file} line 6: the image has no alt text"),
        format!(
            "warning: {file} line 8: the heading `Liian syvä otsikko` skips a level (h1 to h4)"
        ),
        format!("warning: {file} line 10: the link has no text"),
        format!(
            "error: {file} line 12: the link `/fi/ei-ole/` leads to no page or file of the site"
        ),
        format!("warning: {file} line 16: the link points to `#ei-ole`, but {file} has no heading"),
        format!("warning: {file} line 18: `# Toinen pääotsikko` is a second main heading"),
        format!(
            "error: {file} line 20: the link `/fi/uutiset/toinen-uutinen/#ei-ole` points to `#ei-ole`, but content/news/other.fi.md has no heading with that anchor"
        ),
        format!("warning: {file}: the page has no `description`"),
        format!("warning: {file}: the page is not translated into sv (På svenska)"),
        "warning: content/news/release.en.md line 6: `@/news/other.md` has no en version".into(),
    ] {
        assert!(out.contains(&wanted), "no `{wanted}` in:\n{out}");
    }
    for fine in [
        "/fi/uutiset/`",
        "/extra.css",
        "../toinen-uutinen/",
        "toinen%2Duutinen",
    ] {
        let reported = out
            .lines()
            .filter(|l| l.starts_with("error") || l.starts_with("warning"))
            .any(|l| l.contains(fine));
        assert!(!reported, "{fine} reported in:\n{out}");
    }
    assert!(out.contains("3 errors,"), "{out}");
    assert!(!site.public().exists(), "check wrote output");
}

#[test]
fn check_passes_a_site_with_only_warnings() {
    let site = Site::fixture("i18n");
    let run = site.kielo(&["check"]);
    assert_eq!(run.code(), Some(0), "{}", run.stdout());
    assert!(run.stdout().contains("0 errors"), "{}", run.stdout());
}

#[test]
fn check_reports_build_errors_too() {
    let site = flawed_site();
    site.write("content/y.fi.md", "---\ntitle: Y\ntittle: x\n---\n");
    let run = site.kielo(&["check"]);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stdout()
            .contains("error: content/y.fi.md line 3, column 1: unknown key `tittle`"),
        "{}",
        run.stdout()
    );
}

#[test]
fn check_counts_the_pages_it_checked_even_with_errors() {
    let site = Site::fixture("i18n");
    let count = |run: &crate::common::Run| -> usize {
        let out = run.stdout();
        let line = out
            .lines()
            .find(|l| l.starts_with("Checked "))
            .unwrap_or_default();
        line.split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .parse()
            .unwrap_or(0)
    };
    site.write("content/z.fi.md", "---\ntitle: Z\n---\nEhjä.\n");
    let good = site.kielo(&["check"]);
    assert_eq!(good.code(), Some(0), "{}", good.stdout());
    assert!(count(&good) > 0, "{}", good.stdout());
    // A broken link: the page is read and counted.
    site.write(
        "content/z.fi.md",
        "---\ntitle: Z\n---\n[rikki](@/ei-ole.md)\n",
    );
    let broken = site.kielo(&["check"]);
    assert_eq!(broken.code(), Some(1));
    assert_eq!(count(&broken), count(&good), "{}", broken.stdout());
    // Front matter it cannot read: every page but that one.
    site.write("content/z.fi.md", "---\ntitle: Z\ntittle: x\n---\n");
    let unread = site.kielo(&["check"]);
    assert_eq!(count(&unread) + 1, count(&good), "{}", unread.stdout());
}

#[test]
fn a_theme_that_is_not_there_is_an_error_of_site_yaml_at_its_line() {
    let site = flawed_site();
    site.edit("site.yaml", |c| format!("{c}theme: nope\n"));
    let run = site.kielo(&["check"]);
    assert_eq!(run.code(), Some(1), "{}{}", run.stdout(), run.stderr());
    let lines = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = lines.lines().count();
    assert!(
        run.stdout().contains(&format!(
            "error: site.yaml line {line}: site.yaml chooses `theme: nope`"
        )),
        "{}",
        run.stdout()
    );
    assert_eq!(site.kielo(&["build"]).code(), Some(1));
}

#[test]
fn check_json_is_for_tools() {
    let site = flawed_site();
    let run = site.kielo(&["check", "--format", "json"]);
    assert_eq!(run.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    assert_eq!(json["errors"], 3);
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(
        json["warnings"].as_u64().unwrap() as usize + 3,
        diagnostics.len()
    );
    let broken = diagnostics
        .iter()
        .find(|d| d["severity"] == "error" && d["code"] == "link.broken")
        .unwrap();
    assert_eq!(broken["file"], "content/news/x.fi.md");
    assert_eq!(broken["line"], 12);
    assert_eq!(broken["excerpt"], "[rikki](/fi/ei-ole/)");
    assert!(broken["hint"].as_str().unwrap().contains("@/"));
    let alt = diagnostics
        .iter()
        .find(|d| d["message"] == "the image has no alt text")
        .unwrap();
    assert_eq!(
        (alt["severity"].as_str(), alt["line"].as_u64()),
        (Some("error"), Some(6))
    );
}

#[test]
fn check_on_a_folder_that_is_not_a_site_is_a_usage_error() {
    let run = Site::empty().kielo(&["check", "--format", "json"]);
    assert_eq!(run.code(), Some(2));
    let run = Site::fixture("i18n").kielo(&["check", "--format", "xml"]);
    assert_eq!(run.code(), Some(2));
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read;
    let site = Site::fixture("i18n");
    for n in 0..400 {
        site.write(
            &format!("content/bulk/page-{n}.fi.md"),
            &format!("---\ntitle: Sivu {n}\n---\n"),
        );
    }
    for command in [
        ["check", "--format=json"],
        ["translations", "--format=json"],
    ] {
        let mut child = crate::common::kielo_command()
            .args(command)
            .arg("--root")
            .arg(site.root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is closed now; more than a pipe's buffer is still to be written.
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{command:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
