//! The output folder: kielo replaces only a folder it made itself, never the site, a folder
//! above it or the site's sources, never follows a symlinked output when deleting, cleans up
//! after killed builds, and builds into a mount point.
#![cfg(unix)]

use crate::common::{self, Site, files_of};

use std::path::Path;
use std::process::Command;

/// Every file under `dir` with its bytes, to show that nothing in it changed.
fn untouched(dir: &Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let files = files_of(dir);
    assert!(!files.is_empty(), "{} has files to protect", dir.display());
    files
}

fn refused(site: &Site, args: &[&str], says: &str) -> String {
    let run = site.kielo(args);
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    stderr
}

#[test]
fn the_site_and_its_sources_are_never_an_output() {
    let site = Site::fixture("i18n");
    site.write("templates/page.html", "{{ page.title }}")
        .write("locales/fi/x.ftl", "x = y\n")
        .write("themes/other/templates/page.html", "x");
    let root = site.root().to_str().unwrap().to_string();
    let before = untouched(site.root());
    for (out, says) in [
        (root.clone(), "is the site folder"),
        (
            format!("{root}/content"),
            "inside the site's content/ folder",
        ),
        (
            format!("{root}/content/news"),
            "inside the site's content/ folder",
        ),
        (format!("{root}/static"), "inside the site's static/ folder"),
        (
            format!("{root}/templates"),
            "inside the site's templates/ folder",
        ),
        (
            format!("{root}/locales"),
            "inside the site's locales/ folder",
        ),
        (
            format!("{root}/themes/other"),
            "inside the site's themes/ folder",
        ),
        (
            format!("{root}/content/new-folder"),
            "inside the site's content/ folder",
        ),
        (format!("{root}/.."), "holds the site folder"),
        ("/".to_string(), "holds the site folder"),
    ] {
        // `--force` gives up a folder of the user's, never the site.
        refused(&site, &["build", "--out", &out], says);
        refused(&site, &["build", "--force", "--out", &out], says);
    }
    assert!(untouched(site.root()) == before, "a source changed");
    assert!(!site.root().join("content/new-folder").exists());
}

#[test]
fn dot_from_inside_the_site_is_the_site_folder() {
    let site = Site::fixture("i18n");
    let before = untouched(site.root());
    let run = common::kielo_in(
        site.root(),
        &["build".as_ref(), "--out".as_ref(), ".".as_ref()],
    );
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is the site folder"), "{stderr}");
    assert!(untouched(site.root()) == before);
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
}

#[test]
fn a_project_folder_above_the_site_is_refused() {
    let project = tempfile::tempdir().unwrap();
    let site_dir = project.path().join("site");
    std::fs::create_dir(&site_dir).unwrap();
    let fixture = Site::fixture("i18n");
    common::copy_dir(fixture.root(), &site_dir);
    std::fs::write(project.path().join("README.md"), "the project").unwrap();
    let before = untouched(project.path());
    let args = [
        "build".as_ref(),
        "--root".as_ref(),
        site_dir.as_os_str(),
        "--out".as_ref(),
        project.path().as_os_str(),
    ];
    let run = common::kielo_in(project.path(), &args);
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{stderr}");
    assert!(stderr.contains("holds the site folder"), "{stderr}");
    assert!(untouched(project.path()) == before);
}

#[test]
fn a_folder_of_the_users_is_replaced_only_with_force() {
    let site = Site::fixture("i18n");
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("thesis.txt"), "years of work").unwrap();
    std::fs::create_dir(home.path().join("photos")).unwrap();
    std::fs::write(home.path().join("photos/a.jpg"), "jpeg").unwrap();
    let out = home.path().to_str().unwrap();
    let before = untouched(home.path());
    let stderr = refused(&site, &["build", "--out", out], "did not make");
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(untouched(home.path()) == before, "the user's files changed");

    // With --force the folder becomes kielo's; later builds replace it without asking.
    site.kielo(&["build", "--force", "--out", out]).ok();
    assert!(!home.path().join("thesis.txt").exists());
    assert!(home.path().join("fi/index.html").is_file());
    assert!(home.path().join(".kielo-output").is_file());
    site.kielo(&["build", "--out", out]).ok();
    assert!(home.path().join("fi/index.html").is_file());
}

#[test]
fn an_empty_or_new_folder_is_filled_and_marked() {
    let site = Site::fixture("i18n");
    let empty = tempfile::tempdir().unwrap();
    site.kielo(&["build", "--out", empty.path().to_str().unwrap()])
        .ok();
    assert!(empty.path().join(".kielo-output").is_file());
    let new = empty.path().join("deeper/still/out");
    site.kielo(&["build", "--out", new.to_str().unwrap()]).ok();
    assert!(new.join("fi/index.html").is_file());
    site.build().ok();
    let marker = site.read(".kielo-output");
    assert!(marker.contains("kielo"), "{marker}");
}

#[test]
fn an_existing_file_is_not_an_output_folder() {
    let site = Site::fixture("i18n");
    site.write("notes.txt", "my notes");
    let notes = site.root().join("notes.txt");
    refused(
        &site,
        &["build", "--force", "--out", notes.to_str().unwrap()],
        "is a file, not a folder",
    );
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
}

#[test]
fn a_symlinked_output_is_written_through_and_never_removed() {
    let site = Site::fixture("i18n");
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("site");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("index.php"), "<?php // the old site").unwrap();
    std::fs::write(www.path().join("other.conf"), "server config").unwrap();
    std::os::unix::fs::symlink(&target, site.public()).unwrap();

    // The target holds files kielo did not make: refused, nothing deleted.
    refused(&site, &["build"], "did not make");
    assert!(target.join("index.php").is_file());

    std::fs::remove_file(target.join("index.php")).unwrap();
    for _ in 0..2 {
        site.build().ok();
        let link = std::fs::symlink_metadata(site.public()).unwrap();
        assert!(link.file_type().is_symlink(), "public is still the link");
        assert!(target.join("fi/index.html").is_file());
        assert!(target.join(".kielo-output").is_file());
    }
    assert_eq!(
        std::fs::read_to_string(www.path().join("other.conf")).unwrap(),
        "server config"
    );
    let names: Vec<String> = std::fs::read_dir(www.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "nothing left beside the target: {names:?}");

    std::fs::remove_dir_all(&target).unwrap();
    refused(&site, &["build"], "which does not exist");
}

/// Runs a shell script as root of new user and mount namespaces, with `$KIELO` and `$SITE`.
fn in_mount_namespace(site: &Site, script: &str) -> std::process::Output {
    let output = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-ec", script])
        .env("KIELO", env!("CARGO_BIN_EXE_kielo"))
        .env("SITE", site.root())
        .output()
        .expect("unshare (util-linux) runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("unshare failed") && !stderr.contains("Operation not permitted"),
        "these tests need user and mount namespaces: {stderr}"
    );
    output
}

#[test]
fn a_mount_inside_the_output_is_written_into_and_one_that_cannot_go_is_a_warning() {
    let site = Site::fixture("i18n");
    site.build().ok();
    std::fs::create_dir(site.public().join("vanha")).unwrap();
    let (language, stale) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Mount points inside the output cannot be removed while the namespace lives, and files
    // cannot be renamed into them from the staging folder.
    let script = format!(
        "mount --bind {} \"$SITE/public/fi\"\nmount --bind {} \"$SITE/public/vanha\"\n\
         \"$KIELO\" build --root \"$SITE\"\ncat \"$SITE/public/fi/uutiset/uusi-neuvontapuhelin/index.html\"",
        language.path().display(),
        stale.path().display()
    );
    site.edit("content/news/release.fi.md", |c| c.replace("Mitä", "Mikä"));
    let run = in_mount_namespace(&site, &script);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("Mikä"), "{stdout}");
    assert!(
        stderr.contains("public/vanha") && stderr.contains("could not be removed"),
        "{stderr}"
    );
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
    // The mounts are gone with the namespace: the next build finishes the work.
    let second = site.build();
    assert!(!site.public().join("vanha").exists(), "{}", second.stderr());
    assert!(
        site.read("fi/uutiset/uusi-neuvontapuhelin/index.html")
            .contains("Mikä")
    );
}

#[test]
fn a_mount_point_output_gets_its_contents_replaced() {
    let site = Site::fixture("i18n");
    let volume = tempfile::tempdir().unwrap();
    std::fs::create_dir(site.public()).unwrap();
    // A bind mount (like a Docker volume) and a file system of its own (tmpfs).
    for mount in [
        format!("mount --bind {} \"$SITE/public\"", volume.path().display()),
        "mount -t tmpfs tmpfs \"$SITE/public\"".to_string(),
    ] {
        let script = format!(
            "{mount}\n\"$KIELO\" build --root \"$SITE\"\n\
             echo stale > \"$SITE/public/fi/stale.html\"\n\
             \"$KIELO\" build --root \"$SITE\"\n\
             cd \"$SITE/public\" && ls -A && test ! -e fi/stale.html && test -f fi/index.html"
        );
        let run = in_mount_namespace(&site, &script);
        let (stdout, stderr) = (
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr),
        );
        assert_eq!(run.status.code(), Some(0), "{mount}: {stdout}\n{stderr}");
        let names: Vec<&str> = stdout.lines().collect();
        assert!(names.contains(&".kielo-output"), "{names:?}");
        assert!(
            !names
                .iter()
                .any(|n| n.starts_with(".kielo-")
                    && ![".kielo-output", ".kielo-manifest"].contains(n)),
            "temporary folders left in the mount: {names:?}"
        );
        assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
    }
    assert!(volume.path().join("fi/index.html").is_file());
}

#[test]
fn a_killed_build_leaves_nothing_after_the_next_one() {
    let site = Site::fixture("i18n");
    let body = "Teksti, jossa on riittävästi sanoja yhdelle kappaleelle.\n\n".repeat(20);
    for n in 0..2000 {
        site.write(
            &format!("content/bulk/page-{n}.fi.md"),
            &format!("---\ntitle: Sivu {n}\n---\n{body}"),
        );
    }
    // Someone else's folder that only looks like ours is left alone.
    site.write(".public.tmp-1/keep.txt", "not kielo's");
    let mut child = site.spawn(&["build"]);
    let started = std::time::Instant::now();
    while site.leftovers().len() < 2 {
        assert!(child.try_wait().unwrap().is_none(), "finished too soon");
        assert!(started.elapsed().as_secs() < 120, "no writing began");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(site.leftovers().len(), 2, "{:?}", site.leftovers());
    site.build().ok();
    assert_eq!(site.leftovers(), vec![".public.tmp-1".to_string()]);
    assert_eq!(
        std::fs::read_to_string(site.root().join(".public.tmp-1/keep.txt")).unwrap(),
        "not kielo's"
    );
}
