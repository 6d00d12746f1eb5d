//! Bad input, one test per kind: a message naming file and line, exit code 1, and the
//! previous output byte-for-byte as it was.

use crate::common::Site;

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

/// Builds the fixture site, breaks it with `breakage` and builds again: the second build
/// must fail and leave the first build's output exactly as it was. Returns what it printed.
fn broken(breakage: impl FnOnce(&Site)) -> String {
    let site = Site::fixture("i18n");
    site.build().ok();
    let before = site.snapshot();
    assert!(
        before.len() > 20,
        "the first build wrote {} files",
        before.len()
    );
    breakage(&site);
    let stderr = fails(&site);
    let after = site.snapshot();
    let changed: Vec<_> = before
        .iter()
        .filter(|(path, bytes)| after.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .collect();
    assert!(changed.is_empty(), "changed: {changed:?}");
    assert_eq!(after.len(), before.len(), "files were added");
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
    stderr
}

fn has(stderr: &str, wanted: &str) {
    assert!(stderr.contains(wanted), "no `{wanted}` in:\n{stderr}");
}

#[test]
fn case_01_yaml_syntax_error_names_file_and_line() {
    let stderr = broken(|site| {
        site.write(
            "content/news/x.fi.md",
            "---\ntitle: X\ndescription: \"Avoin lainaus\ndate: 2021-01-01\n---\nTeksti\n",
        );
    });
    has(&stderr, "error: content/news/x.fi.md line 3");
    has(
        &stderr,
        "column 14: a quoted text starts here but its closing quote is missing",
    );
    has(&stderr, "3 | description: \"Avoin lainaus");
    has(&stderr, "hint: close the quote");
}

#[test]
fn case_02_unclosed_front_matter() {
    let stderr = broken(|site| {
        site.write("content/x.fi.md", "---\ntitle: X\n\nTeksti ilman loppua.\n");
    });
    has(
        &stderr,
        "error: content/x.fi.md line 1: the front matter opened with `---` on line 1 is never closed",
    );
    has(&stderr, "hint: add a line with only `---`");
}

#[test]
fn case_03_unknown_key_names_it_and_suggests_the_closest() {
    let stderr = broken(|site| {
        site.write(
            "content/x.fi.md",
            "---\ntitle: X\ntittle: Otsikko\n---\nTeksti\n",
        );
    });
    has(
        &stderr,
        "error: content/x.fi.md line 3, column 1: unknown key `tittle`",
    );
    has(&stderr, "3 | tittle: Otsikko");
    has(&stderr, "hint: did you mean `title`?");
}

#[test]
fn case_04_missing_or_empty_title() {
    let stderr = broken(|site| {
        site.write("content/a.fi.md", "---\ndate: 2021-01-01\n---\n");
        site.write(
            "content/b.fi.md",
            "---\ndate: 2021-01-01\ntitle: \"  \"\n---\n",
        );
    });
    has(
        &stderr,
        "error: content/a.fi.md line 2: the page has no title",
    );
    has(
        &stderr,
        "error: content/b.fi.md line 3: the page has no title",
    );
    has(&stderr, "hint: add a line such as `title: Press release`");
    has(&stderr, "2 errors");
}

#[test]
fn case_05_invalid_dates() {
    let stderr = broken(|site| {
        site.write("content/a.fi.md", "---\ntitle: A\ndate: 2021-13-45\n---\n");
        site.write("content/b.fi.md", "---\ntitle: B\n\ndate: yesterday\n---\n");
    });
    has(
        &stderr,
        "error: content/a.fi.md line 3: `date: 2021-13-45` is not a valid date",
    );
    has(
        &stderr,
        "error: content/b.fi.md line 4: `date: yesterday` is not a valid date",
    );
    has(&stderr, "hint: write `YYYY-MM-DD`");
}

#[test]
fn case_06_unconfigured_language_names_it_and_the_configured_ones() {
    let stderr = broken(|site| {
        site.write("content/news/seite.de.md", "---\ntitle: Seite\n---\n");
    });
    has(
        &stderr,
        "error: content/news/seite.de.md: the file is in language `de`, which site.yaml does not configure",
    );
    has(&stderr, "configured languages (fi, sv, en)");
}

#[test]
fn case_07_links_to_missing_pages_and_anchors() {
    let stderr = broken(|site| {
        site.write(
            "content/x.fi.md",
            "---\ntitle: X\n---\n\nRivi.\n\n[rikki](@/news/nothing.md)\n\n[ankkuri](@/news/other.md#taustaa)\n",
        );
    });
    has(
        &stderr,
        "error: content/x.fi.md line 7: the link `@/news/nothing.md` points to a page that does not exist",
    );
    has(
        &stderr,
        "error: content/x.fi.md line 9: the link points to `#taustaa`, but content/news/other.fi.md has no heading with that anchor",
    );
    has(&stderr, "did you mean `#tausta`?");
}

#[test]
fn case_08_two_pages_or_a_page_and_an_alias_at_one_url() {
    let stderr = broken(|site| {
        site.write(
            "content/news/copy.fi.md",
            "---\ntitle: Kopio\nslug: uusi-neuvontapuhelin\n---\n",
        );
        site.write(
            "content/moved.fi.md",
            "---\ntitle: Siirretty\naliases: [/fi/uutiset/uusi-neuvontapuhelin/]\n---\n",
        );
    });
    has(&stderr, "content/news/copy.fi.md");
    has(&stderr, "content/moved.fi.md");
    has(&stderr, "content/news/release.fi.md");
}

#[test]
fn case_09_slugs_and_aliases_that_would_leave_the_output_are_rejected() {
    let mut site_root = None;
    let stderr = broken(|site| {
        site.write("content/a.fi.md", "---\ntitle: A\nslug: ../../etc/x\n---\n");
        site.write("content/b.fi.md", "---\ntitle: B\nslug: /abs/path\n---\n");
        site.write("content/c.fi.md", "---\ntitle: C\nslug: \"a\\\\b\"\n---\n");
        site.write(
            "content/d.fi.md",
            "---\ntitle: D\naliases: [\"../../etc/x\", \"..\\\\..\\\\y\", \"c:/z\"]\n---\n",
        );
        site_root = Some(site.root().to_path_buf());
    });
    has(
        &stderr,
        "error: content/a.fi.md line 3: the slug `../../etc/x` is not a single part of an address",
    );
    has(
        &stderr,
        "error: content/b.fi.md line 3: the slug `/abs/path`",
    );
    has(&stderr, "error: content/c.fi.md line 3: the slug `a\\b`");
    has(
        &stderr,
        "the alias `../../etc/x` is not a path inside the site",
    );
    has(
        &stderr,
        "the alias `..\\..\\y` is not a path inside the site",
    );
    has(&stderr, "the alias `c:/z` is not a path inside the site");
    let root = site_root.unwrap();
    assert!(!root.join("etc").exists() && !root.join("y").exists());
}

#[test]
fn case_10_invalid_utf8_names_the_byte_offset() {
    let stderr = broken(|site| {
        site.write_bytes(
            "content/x.fi.md",
            b"---\ntitle: X\n---\nHyv\xe4 p\xe4iv\xe4\n",
        );
    });
    has(
        &stderr,
        "error: content/x.fi.md line 4: is not valid UTF-8 text (first bad byte at offset 20)",
    );
    has(&stderr, "save the file as UTF-8");
}

#[test]
fn case_11_site_yaml_problems() {
    type Case = (&'static str, fn(String) -> String, &'static str);
    let cases: [Case; 5] = [
        (
            "missing default_language",
            |c| c.replace("default_language: fi\n", ""),
            "error: site.yaml line 1",
        ),
        (
            "default not configured",
            |c| c.replace("default_language: fi", "default_language: de"),
            "error: site.yaml line 2: `default_language: de` is not one of the configured languages",
        ),
        (
            "duplicate code",
            |c| c.replace("code: en", "code: sv"),
            "error: site.yaml line 10: language `sv` is listed twice",
        ),
        (
            "unknown key",
            |c| format!("{c}titel: x\n"),
            "error: site.yaml line 13, column 1: unknown key `titel`",
        ),
        (
            "bad base_url",
            |c| c.replace("https://example.org", "example.org"),
            "error: site.yaml line 1: `base_url` must be an absolute web address, not `example.org`",
        ),
    ];
    for (name, change, wanted) in cases {
        let stderr = broken(|site| {
            site.edit("site.yaml", change);
        });
        assert!(
            stderr.contains(wanted),
            "{name}: no `{wanted}` in:\n{stderr}"
        );
        assert!(stderr.contains("hint: "), "{name}: no hint in:\n{stderr}");
    }
}

#[test]
fn case_12_template_error_names_template_line_and_tera_message() {
    let stderr = broken(|site| {
        site.write(
            "templates/page.html",
            "<!doctype html>\n<title>x</title>\n{% if %}\n",
        );
    });
    has(
        &stderr,
        "error: templates/page.html line 3, column 7: template error: Found `%}` but expected one of",
    );
    has(&stderr, "3 | {% if %}");
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
fn case_14_fluent_syntax_error_names_file_and_line() {
    let stderr = broken(|site| {
        site.write("locales/sv/site.ftl", "hello = Hej\n\nbroken line\n");
    });
    has(
        &stderr,
        "error: locales/sv/site.ftl line 3: Fluent syntax error",
    );
    has(&stderr, "3 | broken line");
}

#[cfg(unix)]
#[test]
fn case_15_symlink_loops_and_unreadable_files_are_named() {
    let stderr = broken(|site| {
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
    });
    has(&stderr, "error: content/pipe.fi.md: is not a regular file");
    has(
        &stderr,
        "error: content/news/loop: this link points back to a folder that contains it",
    );
    has(&stderr, "error: content/gone.fi.md: is a link to ");
    has(&stderr, "nowhere.md, which does not exist");
}

#[test]
fn many_problems_are_reported_together_up_to_a_limit() {
    let stderr = broken(|site| {
        for n in 0..60 {
            site.write(
                &format!("content/bad{n}.fi.md"),
                "---\ndate: 2021-01-01\n---\n",
            );
        }
    });
    assert_eq!(
        stderr.matches("the page has no title").count(),
        50,
        "{stderr}"
    );
    has(&stderr, "… and 11 more problems not shown");
    // 60 errors and the fixture's one warning: 50 shown, 11 counted.
    has(&stderr, "60 errors");
}

#[test]
fn both_spellings_of_one_page_are_an_error() {
    let stderr = broken(|site| {
        site.write("content/about.fi.md", "---\ntitle: Tietoa\n---\n");
    });
    has(&stderr, "content/about.md");
    has(&stderr, "content/about.fi.md");
    has(&stderr, "both the fi version");
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

#[test]
fn a_template_failing_while_rendering_is_named_once_with_its_line() {
    let stderr = broken(|site| {
        site.write(
            "templates/page.html",
            "<!doctype html>\n<title>{{ page.title }}</title>\n\n{{ nothing.here }}\n",
        );
    });
    has(
        &stderr,
        "error: templates/page.html line 4, column 4: template `page.html` failed while making content/",
    );
    has(&stderr, "Variable `nothing` is not defined");
    has(&stderr, "more pages)");
    has(&stderr, "4 | {{ nothing.here }}");
    assert_eq!(stderr.matches("error: ").count(), 1, "{stderr}");
}

#[test]
fn a_site_yaml_that_is_not_utf8_names_line_and_offset() {
    let stderr = broken(|site| {
        let mut bytes = std::fs::read(site.root().join("site.yaml")).unwrap();
        bytes.extend_from_slice(b"author: Vir\xe4sto\n");
        site.write_bytes("site.yaml", &bytes);
    });
    has(
        &stderr,
        "error: site.yaml line 13: is not valid UTF-8 text (first bad byte at offset",
    );
}
