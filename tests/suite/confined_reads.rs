//! kielo reads only regular files inside the site folder: a symlink that leads out of it is
//! an error naming the link and its target, never followed, and its target's text never
//! reaches the output or the error messages.
#![cfg(unix)]

use crate::common::Site;
use crate::common::serve::{PATIENCE, Server};

use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::{Duration, Instant};

/// A file outside the site, like `/etc/passwd` or a CI secret.
const SECRET: &str = "root:x:0:0:TOKEN-8c1f2e:/root:/bin/bash\nci:x:1:1:TOKEN-8c1f2e:/:/bin/sh\n";

fn secret_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("passwd"), SECRET).unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    std::fs::write(dir.path().join("folder/secret.txt"), SECRET).unwrap();
    std::fs::write(
        dir.path().join("page.fi.md"),
        format!("---\ntitle: X\n---\n{SECRET}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("x.ftl"), "x = y\n").unwrap();
    dir
}

/// Builds `site` after a previous good build: it must fail naming `link`, leave the output
/// as it was and print no line of the secret.
fn refused_link(site: &Site, link: &str, target: &Path) {
    site.build().ok();
    let before = site.snapshot();
    symlink(target, site.root().join(link)).unwrap();
    let run = site.build();
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{link}: {stderr}");
    let expected = format!("error: {link}: is a link to {}", target.display());
    assert!(stderr.contains(&expected), "{link}: {stderr}");
    assert!(stderr.contains("outside the site folder"), "{stderr}");
    assert!(
        !stderr.contains("TOKEN-8c1f2e"),
        "the secret was shown: {stderr}"
    );
    assert!(site.snapshot() == before, "{link}: the output changed");
    std::fs::remove_file(site.root().join(link)).unwrap();
}

#[test]
fn links_out_of_the_site_are_errors_in_every_source_folder() {
    let outside = secret_file();
    let site = Site::fixture("i18n");
    std::fs::create_dir_all(site.root().join("locales/fi")).unwrap();
    std::fs::create_dir_all(site.root().join("templates")).unwrap();
    let out = outside.path();
    for (link, target) in [
        ("static/passwd.txt", out.join("passwd")),
        ("static/shared", out.join("folder")),
        ("content/news/secret.fi.md", out.join("page.fi.md")),
        ("content/elsewhere", out.to_path_buf()),
        ("locales/fi/theme.ftl", out.join("passwd")),
        ("locales/sv", out.join("passwd")),
        ("templates/page.html", out.join("passwd")),
    ] {
        refused_link(&site, link, &target);
    }
    // The whole folder too.
    std::fs::remove_dir_all(site.root().join("locales")).unwrap();
    refused_link(&site, "locales", &out.join("folder"));
}

#[test]
fn a_theme_is_a_folder_of_the_site() {
    let outside = tempfile::tempdir().unwrap();
    let theme = outside.path().join("theme");
    std::fs::create_dir_all(theme.join("templates")).unwrap();
    std::fs::write(theme.join("templates/page.html"), SECRET).unwrap();
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}theme: linked\n"));
    std::fs::create_dir(site.root().join("themes")).unwrap();
    let run = {
        symlink(&theme, site.root().join("themes/linked")).unwrap();
        site.build()
    };
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("error: themes/linked: is a link to"),
        "{}",
        run.stderr()
    );
    for bad in ["../../x", theme.to_str().unwrap(), "..", ".hidden", "a/b"] {
        site.edit("site.yaml", |c| {
            let kept: Vec<&str> = c.lines().filter(|l| !l.starts_with("theme:")).collect();
            format!("{}\ntheme: \"{bad}\"\n", kept.join("\n"))
        });
        let run = site.build();
        let stderr = run.stderr();
        assert_eq!(run.code(), Some(1), "{bad}: {stderr}");
        let line = std::fs::read_to_string(site.root().join("site.yaml"))
            .unwrap()
            .lines()
            .count();
        assert!(
            stderr.contains(&format!("error: site.yaml line {line}: `theme: {bad}` is not the name of a folder under themes/")),
            "{bad}: {stderr}"
        );
    }
}

#[test]
fn links_inside_the_site_are_followed() {
    let site = Site::fixture("i18n");
    site.write(
        "shared/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .write(
        "shared/pages/yhteinen.fi.md",
        "---\ntitle: Yhteinen\n---\nTeksti.\n",
    );
    symlink("../shared/logo.svg", site.root().join("static/logo.svg")).unwrap();
    symlink(
        site.root().join("shared/pages"),
        site.root().join("content/linked"),
    )
    .unwrap();
    site.build().ok();
    assert!(site.read("logo.svg").starts_with("<svg"));
    assert_eq!(
        site.html("fi/linked/yhteinen/index.html").text("h1"),
        "Yhteinen"
    );
}

#[test]
fn site_yaml_must_be_a_small_regular_file_of_the_site() {
    let site = Site::fixture("i18n");
    let config = site.root().join("site.yaml");
    let fails_with = |says: &str| {
        // A pipe read would wait forever: the limit guards against a hang.
        let run = site.kielo_within(&["build"], Duration::from_secs(60));
        assert_eq!(run.code(), Some(1), "{}", run.stderr());
        assert!(run.stderr().contains(says), "{}", run.stderr());
        std::fs::remove_file(&config).unwrap();
    };
    std::fs::remove_file(&config).unwrap();
    symlink("/dev/zero", &config).unwrap();
    fails_with("error: site.yaml: is a link to /dev/zero, which is outside the site folder");

    let made = std::process::Command::new("mkfifo")
        .arg(&config)
        .status()
        .unwrap();
    assert!(made.success());
    fails_with("error: site.yaml: is not a regular file");

    let big = format!("base_url: https://example.org\n# {}\n", "x".repeat(2 << 20));
    std::fs::write(&config, big).unwrap();
    fails_with("error: site.yaml: is larger than the 1 MB kielo reads from one file");
}

#[test]
fn serve_never_publishes_a_link_that_appears_while_it_runs() {
    let outside = secret_file();
    let site = Site::fixture("i18n");
    let server = Server::start(&site, &[]);
    let mut events = server.events(&[]);
    symlink(
        outside.path().join("passwd"),
        site.root().join("static/leak.txt"),
    )
    .unwrap();
    let error = events.expect("error");
    assert!(error.data.contains("static/leak.txt"), "{}", error.data);
    assert!(!error.data.contains("TOKEN-8c1f2e"), "{}", error.data);
    let response = server.get("/leak.txt");
    assert_eq!(response.status, 404);
    assert!(!response.text().contains("TOKEN-8c1f2e"));
    assert!(!site.public().join("leak.txt").exists());
    let deadline = Instant::now() + PATIENCE;
    while !server.stderr_shows("outside the site folder") {
        assert!(Instant::now() < deadline, "{}", server.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!server.stderr().contains("TOKEN-8c1f2e"));
}
