//! Ctrl-C or SIGTERM during a build leaves the previous output exactly as it was.
#![cfg(unix)]

use crate::common::Site;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The fixture with enough pages that writing them takes a while.
fn big_site() -> Site {
    let site = Site::fixture("i18n");
    let body = "Teksti, jossa on riittävästi sanoja yhdelle kappaleelle.\n\n".repeat(20);
    for n in 0..3000 {
        site.write(
            &format!("content/bulk/page-{n}.fi.md"),
            &format!("---\ntitle: Sivu {n}\n---\n{body}"),
        );
    }
    site
}

fn interrupt_while_writing(signal: &str) {
    let site = big_site();
    site.build().ok();
    let before = site.snapshot();
    site.edit("content/news/release.fi.md", |c| {
        c.replace("Mitä muuttuu?", "Mikä muuttui?")
    });
    let mut child = crate::common::kielo_command()
        .args(["build", "--root"])
        .arg(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kielo");
    // The temporary output folder appears when writing starts; interrupt then.
    let started = Instant::now();
    while site.leftovers().is_empty() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build finished before it could be interrupted"
        );
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "no writing began"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    // The shell's own `kill`, which every machine has.
    let killed = Command::new("sh")
        .arg("-c")
        .arg(format!("kill -{signal} {}", child.id()))
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{signal}: {stderr}");
    assert!(
        stderr.contains("interrupted before it finished; the previous output is unchanged"),
        "{stderr}"
    );
    assert!(site.snapshot() == before, "{signal}: the output changed");
    assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
}

#[test]
fn ctrl_c_keeps_the_previous_output() {
    interrupt_while_writing("INT");
}

#[test]
fn sigterm_keeps_the_previous_output() {
    interrupt_while_writing("TERM");
}
