//! Bad input: a clear message naming file and line, a non-zero exit, the old output kept.

mod common;
use common::Site;

fn fails(site: &Site) -> String {
    let run = site.build();
    assert_eq!(
        run.code(),
        Some(1),
        "stdout: {}\nstderr: {}",
        run.stdout(),
        run.stderr()
    );
    run.stderr()
}

#[test]
fn unknown_front_matter_key_names_file_line_and_closest_key() {
    let site = Site::fixture("i18n");
    site.write("content/x.fi.md", "---\ntittle: Otsikko\n---\nTeksti\n");
    let stderr = fails(&site);
    assert!(
        stderr.contains(
            "error: content/x.fi.md line 2: unknown key `tittle`\n  hint: did you mean `title`?"
        ),
        "{stderr}"
    );
}

#[test]
fn link_to_a_missing_page_names_file_and_line() {
    let site = Site::fixture("i18n");
    site.write(
        "content/x.fi.md",
        "---\ntitle: X\n---\n\nRivi.\n\n[rikki](@/news/nothing.md)\n",
    );
    let stderr = fails(&site);
    assert!(stderr.contains("content/x.fi.md line 7"), "{stderr}");
    assert!(
        stderr.contains("`@/news/nothing.md` points to a page that does not exist"),
        "{stderr}"
    );
}

#[test]
fn unknown_site_yaml_key_is_named() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |config| format!("{config}titel: x\n"));
    let stderr = fails(&site);
    assert!(
        stderr.contains("site.yaml line 13: unknown key `titel`"),
        "{stderr}"
    );
}

#[test]
fn both_spellings_of_one_page_are_an_error() {
    let site = Site::fixture("i18n");
    site.write("content/about.fi.md", "---\ntitle: Tietoa\n---\n");
    let stderr = fails(&site);
    assert!(stderr.contains("content/about.md"), "{stderr}");
    assert!(stderr.contains("content/about.fi.md"), "{stderr}");
    assert!(stderr.contains("both the fi version"), "{stderr}");
}

#[test]
fn a_file_in_an_unconfigured_language_names_the_configured_ones() {
    let site = Site::fixture("i18n");
    site.write("content/page.de.md", "---\ntitle: Seite\n---\n");
    let stderr = fails(&site);
    assert!(stderr.contains("content/page.de.md"), "{stderr}");
    assert!(stderr.contains("`de`"), "{stderr}");
    assert!(stderr.contains("fi, sv, en"), "{stderr}");
}

#[test]
fn missing_title_and_bad_date_are_reported_together() {
    let site = Site::fixture("i18n");
    site.write("content/a.fi.md", "---\ndate: 2021-01-01\n---\n");
    site.write("content/b.fi.md", "---\ntitle: B\ndate: 2021-13-45\n---\n");
    let stderr = fails(&site);
    assert!(
        stderr.contains("content/a.fi.md line 2: the page has no title"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/b.fi.md line 3: `date: 2021-13-45` is not a valid date"),
        "{stderr}"
    );
    assert!(stderr.contains("2 errors"), "{stderr}");
}

#[test]
fn two_pages_at_one_url_name_both_files() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/copy.fi.md",
        "---\ntitle: Kopio\nslug: uusi-neuvontapuhelin\n---\n",
    );
    let stderr = fails(&site);
    assert!(stderr.contains("content/news/copy.fi.md"), "{stderr}");
    assert!(stderr.contains("content/news/release.fi.md"), "{stderr}");
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = Site::fixture("i18n");
    site.build().ok();
    let before = site.read("fi/uutiset/uusi-neuvontapuhelin/index.html");
    site.write(
        "content/news/release.fi.md",
        "---\ntitle: Uusi\nslug: uusi-neuvontapuhelin\nbad: key\n---\nMuutettu\n",
    );
    fails(&site);
    assert_eq!(
        site.read("fi/uutiset/uusi-neuvontapuhelin/index.html"),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_folder_that_is_not_a_site_is_a_usage_error() {
    let site = Site::empty();
    let run = site.build();
    assert_eq!(run.code(), Some(2));
    assert!(run.stderr().contains("no site.yaml"), "{}", run.stderr());
}

#[test]
fn a_broken_site_template_names_the_template() {
    let site = Site::fixture("i18n");
    site.write("templates/page.html", "{% if %}");
    let stderr = fails(&site);
    assert!(stderr.contains("templates/page.html"), "{stderr}");
}

#[test]
fn an_alias_claiming_a_pages_url_names_both_files() {
    let site = Site::fixture("i18n");
    site.write(
        "content/moved.fi.md",
        "---\ntitle: Siirretty\naliases: [/fi/uutiset/uusi-neuvontapuhelin/]\n---\n",
    );
    let stderr = fails(&site);
    assert!(stderr.contains("content/moved.fi.md"), "{stderr}");
    assert!(stderr.contains("content/news/release.fi.md"), "{stderr}");
}

#[test]
fn an_alias_outside_the_site_is_rejected() {
    let site = Site::fixture("i18n");
    site.write(
        "content/moved.fi.md",
        "---\ntitle: Siirretty\naliases: [\"../../etc/x\"]\n---\n",
    );
    let stderr = fails(&site);
    assert!(
        stderr.contains("the alias `../../etc/x` is not a path inside the site"),
        "{stderr}"
    );
    assert!(!site.root().join("etc").exists());
}
