//! README's guide for communications staff shows what kielo really prints: this test walks
//! through the guide on a copy of the sample site and compares each `<!-- guide:NAME -->`
//! block of README with the output. `KIELO_README=write cargo test staff_guide` writes the
//! blocks instead, after a change of wording.

use std::path::Path;

use crate::common::Site;

/// The time of the walk-through, before the release's embargo ends.
const BEFORE: &str = "2026-11-30T12:00:00+02:00";
/// The release's publication time.
const RELEASE_DAY: &str = "2026-12-01T09:00:00+02:00";

/// A walk-through: each step's command and output, by block name.
struct Guide {
    site: Site,
    blocks: Vec<(&'static str, String)>,
}

impl Guide {
    fn new() -> Guide {
        Guide {
            site: Site::sample(),
            blocks: Vec::new(),
        }
    }

    /// Runs `kielo <args>` as a user in the site folder would, and keeps what they see under
    /// `name`: the command, then its messages (stderr, then stdout).
    fn run(&mut self, name: &'static str, args: &[&str], code: i32) {
        let run = self.site.kielo(args);
        assert_eq!(
            run.code(),
            Some(code),
            "{name}: {}{}",
            run.stdout(),
            run.stderr()
        );
        let root = self.site.root().to_string_lossy().into_owned();
        let seen = format!("{}{}", run.stderr(), run.stdout())
            .replace(&format!("{root}/"), "./")
            .replace(&root, ".");
        let command = format!("$ kielo {}", args.join(" "));
        self.blocks
            .push((name, format!("{command}\n{}", seen.trim_end())));
    }

    /// Starts `kielo serve <args>` (on any free port, shown as its usual 1111) and keeps what
    /// it printed once it shows `shown` on stderr: the first build's problems and the address.
    fn serve(&mut self, name: &'static str, args: &[&str], shown: &str) {
        let server = crate::common::serve::Server::start(&self.site, args);
        assert!(server.stderr_shows(shown), "{name}: {}", server.stderr());
        let port = format!(":{}/", server.port());
        let seen = format!("{}{}", server.stderr(), server.first_line).replace(&port, ":1111/");
        let command = format!("$ kielo serve {}", args.join(" "));
        self.blocks
            .push((name, format!("{command}\n{}", seen.trim_end())));
    }

    fn rename(&self, from: &str, to: &str) {
        let root = self.site.root();
        std::fs::rename(root.join(from), root.join(to)).unwrap();
    }

    fn write(&self, relative: &str, text: &str) {
        self.site.write(relative, text);
    }
}

/// Output without what changes from run to run: the milliseconds a build took.
fn steady(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let ms = text[i..].starts_with(" ms");
            out.push_str(if ms { "N" } else { &digits });
            digits.clear();
        }
        out.push(c);
    }
    out + &digits
}

/// The text of README's block `name`: the fenced block after `<!-- guide:name -->`.
fn block(readme: &str, name: &str) -> Option<(usize, usize)> {
    let marker = format!("<!-- guide:{name} -->\n```text\n");
    let start = readme.find(&marker)? + marker.len();
    let end = start + readme[start..].find("\n```")?;
    Some((start, end))
}

/// The Finnish release as its writer finishes it: no longer a draft, embargoed until the
/// morning of 1 December, with a link to a page whose name is misspelt.
const RELEASE: &str = "---
title: Neuvonta palvelee nyt myös iltaisin
date: 2026-12-01T09:00
description: Neuvontapuhelin vastaa joulukuusta alkaen arkisin kello 20:een.
---

Neuvontapuhelin palvelee 1.12. alkaen arkisin kello 8–20. Työnantajille on oma
[ohjeensa](@/employers/reportin-exploitation.md).
";

/// Its Swedish translation, which has no date of its own: it waits for the original.
const RELEASE_SV: &str = "---
title: Rådgivningen svarar nu också på kvällarna
description: Från december svarar rådgivningen vardagar till klockan 20.
---

Rådgivningen svarar från 1.12 vardagar klockan 8–20.
";

#[test]
fn staff_guide_in_readme_shows_what_kielo_prints() {
    let mut guide = Guide::new();
    let fi = ["--messages", "fi"];
    let sv = ["--messages", "sv"];
    let page = "press-releases/neuvonta-illoin";
    let file = "content/press-releases/neuvonta-illoin.fi.md";
    guide.run("languages", &["build", "--messages", "sv"], 0);
    guide.run(
        "new-typo",
        &[
            &["new", "tiedotteet/neuvonta-illoin", "--lang", "fi"][..],
            &fi,
        ]
        .concat(),
        2,
    );
    guide.run(
        "new",
        &[&["new", page, "--lang", "fi", "--lang", "sv"][..], &fi].concat(),
        0,
    );
    guide.write(file, RELEASE);
    guide.write("content/press-releases/neuvonta-illoin.sv.md", RELEASE_SV);
    guide.serve(
        "preview",
        &["--drafts", "--future", "--messages", "fi"],
        "tallenna korjaus",
    );
    guide.run("check", &[&["check", "--now", BEFORE][..], &fi].concat(), 1);
    guide
        .site
        .edit(file, |t| t.replace("reportin-", "reporting-"));
    guide.run("build", &[&["build", "--now", BEFORE][..], &fi].concat(), 0);
    guide.run(
        "build-sv",
        &[&["build", "--now", BEFORE][..], &sv].concat(),
        0,
    );
    let on_the_day =
        |messages: &[&'static str]| [&["build", "--now", RELEASE_DAY][..], messages].concat();
    guide.run("release", &on_the_day(&fi), 0);

    // A better name for the page: its old address is gone, and kielo says how to keep it.
    let renamed = "content/press-releases/neuvonta-iltaisin.fi.md";
    guide.rename(file, renamed);
    guide.run("rename", &on_the_day(&fi), 0);
    // The same, as README's reference shows it in English (the warning lasts two weeks).
    guide.run("rename-en", &on_the_day(&[]), 0);
    guide.run(
        "rename-translations",
        &[&["translations"][..], &fi].concat(),
        0,
    );
    guide.site.edit(renamed, |t| {
        t.replacen(
            "---\n",
            "---\naliases: [\"/fi/tiedotteet/neuvonta-illoin/\"]\n",
            1,
        )
    });
    let swedish = "content/press-releases/neuvonta-iltaisin.sv.md";
    guide.rename("content/press-releases/neuvonta-illoin.sv.md", swedish);
    guide.site.edit(swedish, |t| {
        t.replacen(
            "---\n",
            "---\naliases: [\"/sv/pressmeddelanden/neuvonta-illoin/\"]\n",
            1,
        )
    });
    guide.run("renamed", &on_the_day(&sv), 0);

    // An older release's Swedish version is withdrawn.
    let withdrawn = "content/press-releases/safe-housing-network.sv.md";
    std::fs::remove_file(guide.site.root().join(withdrawn)).unwrap();
    guide.run("remove", &on_the_day(&sv), 0);

    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let mut readme = std::fs::read_to_string(&path).unwrap();
    let write = std::env::var("KIELO_README").is_ok_and(|v| v == "write");
    for (name, seen) in &guide.blocks {
        let (start, end) =
            block(&readme, name).unwrap_or_else(|| panic!("README has no block guide:{name}"));
        match write {
            true => readme.replace_range(start..end, seen),
            false => assert_eq!(
                steady(&readme[start..end]),
                steady(seen),
                "README's block guide:{name} is not what kielo prints \
                 (KIELO_README=write cargo test staff_guide updates it)"
            ),
        }
    }
    if write {
        std::fs::write(&path, readme).unwrap();
    }
}
