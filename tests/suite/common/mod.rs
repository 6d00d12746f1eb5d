//! Test harness: copy a fixture site to a temp dir, run the real `kielo` binary on it, and
//! read what it wrote.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

#[cfg(feature = "browser")]
pub mod browser;
pub mod pictures;
pub mod serve;

/// A fixture site copied into its own temporary folder.
pub struct Site {
    dir: tempfile::TempDir,
}

/// The result of one `kielo` run.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn code(&self) -> Option<i32> {
        self.output.status.code()
    }
    /// Panics with what kielo printed unless it exited 0.
    pub fn ok(self) -> Self {
        assert!(
            self.output.status.success(),
            "kielo failed ({:?})\nstdout: {}\nstderr: {}",
            self.code(),
            self.stdout(),
            self.stderr()
        );
        self
    }
}

impl Site {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Site {
        let site = Site::empty();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_dir(&from, site.root());
        site
    }

    /// A copy of the repository's own sample site: site.yaml, content/, locales/, static/ and
    /// themes/, those that exist.
    pub fn sample() -> Site {
        let site = Site::empty();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(from.join("site.yaml"), site.root().join("site.yaml")).unwrap();
        // A folder with nothing committed in it is not in a fresh clone.
        for dir in ["content", "locales", "static", "themes"] {
            if from.join(dir).is_dir() {
                std::fs::create_dir_all(site.root().join(dir)).unwrap();
                copy_dir(&from.join(dir), &site.root().join(dir));
            }
        }
        site
    }

    /// An empty folder, to be filled with `write`.
    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes (or replaces) a file of the site.
    pub fn write(&self, relative: &str, text: &str) -> &Self {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    /// Writes (or replaces) a file of the site with raw bytes.
    /// Chooses a theme `themes/<name>/` whose every required template is `body` (and whose
    /// sitemap is empty): no search page, no tag pages.
    pub fn use_minimal_theme(&self, name: &str, body: &str) -> &Self {
        for template in [
            "index.html",
            "section.html",
            "page.html",
            "404.html",
            "root.html",
            "alias.html",
        ] {
            self.write(&format!("themes/{name}/templates/{template}"), body);
        }
        self.write(&format!("themes/{name}/templates/sitemap.xml"), "<urlset/>");
        self.edit("site.yaml", |config| format!("{config}theme: {name}\n"))
    }

    pub fn write_bytes(&self, relative: &str, bytes: &[u8]) -> &Self {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    /// Every file of the output with its bytes, the manifest too, to compare before and
    /// after a build.
    pub fn snapshot(&self) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
        all_files_of(&self.public())
    }

    /// Names in the site folder left by an unfinished build (`.public.tmp-…`, `.public.old-…`).
    pub fn leftovers(&self) -> Vec<String> {
        std::fs::read_dir(self.root())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".public"))
            .collect()
    }

    /// Rewrites a file of the site through `change`.
    pub fn edit(&self, relative: &str, change: impl FnOnce(String) -> String) -> &Self {
        let text = std::fs::read_to_string(self.root().join(relative)).unwrap();
        self.write(relative, &change(text))
    }

    /// Runs `kielo <args> --root <site>`.
    pub fn kielo(&self, args: &[&str]) -> Run {
        self.kielo_with(args, &[])
    }

    /// `kielo <args> --root <site>`, to run.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = crate::common::kielo_command();
        command.args(args).arg("--root").arg(self.root());
        command
    }

    /// Runs `kielo <args> --root <site>` with environment variables set.
    pub fn kielo_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = self.command(args);
        command.envs(env.iter().copied());
        Run {
            output: command.output().expect("run kielo"),
        }
    }

    pub fn build(&self) -> Run {
        self.kielo(&["build"])
    }

    /// Starts `kielo <args> --root <site>` without waiting for it; what it prints is dropped.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        self.command(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start kielo")
    }

    /// Runs `kielo <args> --root <site>`, killing it and failing the test when it has not
    /// ended within `limit`: a guard against a hang, not a measure of speed.
    pub fn kielo_within(&self, args: &[&str], limit: std::time::Duration) -> Run {
        use std::io::Read;
        let mut child = self
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start kielo");
        // Read as it runs, so that a full pipe never stops it.
        let reader = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
        };
        let stdout = reader(Box::new(child.stdout.take().unwrap()));
        let stderr = reader(Box::new(child.stderr.take().unwrap()));
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > limit {
                child.kill().unwrap();
                panic!("kielo {args:?} did not end within {limit:?}");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        Run {
            output: Output {
                status,
                stdout: stdout.join().unwrap(),
                stderr: stderr.join().unwrap(),
            },
        }
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// The text of an output file, e.g. `fi/uutiset/index.html`.
    pub fn read(&self, relative: &str) -> String {
        let path = self.public().join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    pub fn exists(&self, relative: &str) -> bool {
        self.public().join(relative).exists()
    }

    /// An output HTML file, parsed.
    pub fn html(&self, relative: &str) -> Page {
        Page(Html::parse_document(&self.read(relative)))
    }
}

/// The `kielo` command, its messages in English whatever the machine's locale (a test that
/// wants another language says so).
pub fn kielo_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kielo"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
}

/// Runs `kielo <args>` in the folder `dir`, with no `--root` added.
pub fn kielo_in(dir: &Path, args: &[&std::ffi::OsStr]) -> Run {
    let output = crate::common::kielo_command()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run kielo");
    Run { output }
}

/// The fixture with what makes metadata hard: listings of two pages a page, tags, feeds, a
/// page only in Finnish and one only in Swedish.
pub fn metadata_fixture() -> Site {
    let site = Site::fixture("i18n");
    for lang in ["fi", "sv", "en"] {
        site.edit(&format!("content/news/_index.{lang}.md"), |c| {
            c.replacen("---\n", "---\npaginate: 1\nfeed: true\n", 1)
        });
    }
    site.edit("content/news/release.fi.md", |c| {
        c.replace("description:", "tags: [työelämä, neuvonta]\ndescription:")
    });
    site.edit("content/news/release.sv.md", |c| {
        c.replacen("---\n", "---\ntags: [arbetsliv]\n", 1)
    });
    site.edit("content/news/release.en.md", |c| {
        c.replacen("---\n", "---\ntags: [work]\n", 1)
    });
    site
}

/// A diagnostic as `--format json` gives it: code, file, line, and message with hint.
pub type Finding = (String, String, u64, String);

/// What `kielo <args> --format json` reports (`check`).
pub fn findings(site: &Site, args: &[&str]) -> Vec<Finding> {
    let run = site.kielo(&[args, &["--format", "json"]].concat());
    let json: serde_json::Value = serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout(), run.stderr()));
    let list = json["diagnostics"].as_array().cloned().unwrap_or_default();
    list.iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
            let hint = text("hint");
            (
                text("code"),
                text("file"),
                d["line"].as_u64().unwrap_or(0),
                format!("{} {hint}", text("message")),
            )
        })
        .collect()
}

/// Whether `found` has a diagnostic `code` at `file`, line `line`.
pub fn has(found: &[Finding], code: &str, file: &str, line: u64) -> bool {
    found
        .iter()
        .any(|(c, f, l, _)| c == code && f == file && *l == line)
}

/// A sitemap entry's `xhtml:link` alternates: (hreflang, href).
pub fn alternates<'a>(url: roxmltree::Node<'a, 'a>) -> Vec<(&'a str, &'a str)> {
    (url.children())
        .filter(|c| c.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
        .map(|c| {
            (
                c.attribute("hreflang").unwrap(),
                c.attribute("href").unwrap(),
            )
        })
        .collect()
}

/// A parsed HTML page.
pub struct Page(pub Html);

impl Page {
    /// Every element matching `css`.
    pub fn all(&self, css: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"));
        self.0.select(&selector).collect()
    }

    /// The one element matching `css`; panics when there is none.
    pub fn one(&self, css: &str) -> scraper::ElementRef<'_> {
        let found = self.all(css);
        assert!(
            !found.is_empty(),
            "nothing matches {css} in\n{}",
            self.0.html()
        );
        found[0]
    }

    pub fn attr(&self, css: &str, name: &str) -> String {
        self.one(css)
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{css} has no {name}"))
            .to_string()
    }

    pub fn text(&self, css: &str) -> String {
        self.one(css).text().collect::<String>().trim().to_string()
    }
}

/// kielo's record of what an output folder holds: sizes, times and inode numbers, which
/// differ from build to build by design.
pub const MANIFEST: &str = ".kielo-manifest";

/// Every file under `dir`, by its path relative to `dir`, with its bytes; the manifest
/// apart.
pub fn files_of(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut files = all_files_of(dir);
    files.remove(Path::new(MANIFEST));
    files
}

/// Every file under `dir`, the manifest too.
pub fn all_files_of(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    each_file(dir, |path| std::fs::read(path).unwrap())
}

/// What `read` says of each file under `dir`, by path relative to `dir`.
pub fn each_file<T>(
    dir: &Path,
    read: impl Fn(&Path) -> T,
) -> std::collections::BTreeMap<PathBuf, T> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e.path().strip_prefix(dir).unwrap().to_path_buf();
            (relative, read(e.path()))
        })
        .collect()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
