//! A whole build on disk for fuzzers and property tests: a small site in a fresh folder with
//! symlinks in its source folders, an output folder chosen among the dangerous ones, and
//! control characters in a page. Whatever the case, the build must not panic, must not
//! publish or print a file from outside the site, must not change a file it did not make,
//! and must write no control character into a page or feed. A broken rule panics, which is
//! what fuzzers look for.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::{BuildOptions, Error};

/// Text of the files outside the site: it must never reach the output or a message.
const SECRET: &str = "SECRET-7f3a9c";

/// Where a case puts a symlink, relative to the site folder.
const PLACES: [&str; 9] = [
    "static/linked.txt",
    "static/linked",
    "content/news/linked.fi.md",
    "content/linked",
    "locales/fi/linked.ftl",
    "templates/page.html",
    "themes/linked",
    "content",
    "site.yaml",
];

/// What a symlink points to: `{site}` and `{outside}` stand for those folders.
const TARGETS: [&str; 9] = [
    "{outside}/secret.txt",
    "{outside}/secrets",
    "{outside}/secret.fi.md",
    "{site}/content/news/a.fi.md",
    "{site}/static",
    "{site}/nowhere",
    "{site}",
    "..",
    "/dev/zero",
];

/// Output folders, good and dangerous.
const OUTS: [&str; 13] = [
    "",
    "{site}/public",
    "{site}",
    "{site}/content",
    "{site}/content/news/deeper",
    "{site}/static",
    "{site}/themes/linked",
    "{outside}",
    "{outside}/user",
    "{outside}/empty",
    "{outside}/new/folder",
    "{outside}/user/notes.txt",
    "{site}/public-link",
];

/// Characters a page may not carry, some allowed.
const CHARACTERS: [char; 8] = [
    '\0', '\u{b}', '\u{1b}', '\u{7f}', '\u{85}', '\u{fffe}', '\t', '\u{2028}',
];

/// One build on disk.
#[derive(Debug, Clone, Default)]
pub struct SiteCase {
    /// Symlinks: indices into the places and targets.
    pub links: Vec<(usize, usize)>,
    /// Index into the output folders.
    pub out: usize,
    pub force: bool,
    /// A character put into the title (`0`), description (`1`) or body (`2`) of a page.
    pub character: Option<(usize, usize)>,
    /// Build twice, so that the second build replaces the first one's output.
    pub twice: bool,
}

impl SiteCase {
    /// A case from a fuzzer's bytes: every byte string is some case.
    pub fn from_bytes(data: &[u8]) -> SiteCase {
        let mut bytes = data.iter().copied();
        let mut next = |n: usize| usize::from(bytes.next().unwrap_or(0)) % n;
        let flags = next(256);
        let out = next(OUTS.len());
        let character = (flags & 4 != 0).then(|| (next(3), next(CHARACTERS.len())));
        let links = (0..next(4))
            .map(|_| (next(PLACES.len()), next(TARGETS.len())))
            .collect();
        SiteCase {
            links,
            out,
            force: flags & 1 != 0,
            character,
            twice: flags & 2 != 0,
        }
    }
}

static CASES: AtomicUsize = AtomicUsize::new(0);

/// Builds the case and checks the rules; panics on a broken one. Returns the build's error
/// as text, for a caller that wants to look at it.
pub fn site(case: &SiteCase) -> Option<String> {
    let n = CASES.fetch_add(1, Ordering::Relaxed);
    let base = std::env::temp_dir().join(format!("kielo-case-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (site, outside) = (base.join("site"), base.join("outside"));
    let fill = |s: &str| {
        s.replace("{site}", &site.to_string_lossy())
            .replace("{outside}", &outside.to_string_lossy())
    };
    make_site(&site, &outside, case);
    // A linked theme is used.
    if case
        .links
        .iter()
        .any(|&(place, _)| PLACES[place] == "themes/linked")
    {
        let config = format!("{}theme: linked\n", super::SITE_YAML);
        let _ = std::fs::write(site.join("site.yaml"), config);
    }
    for &(place, target) in &case.links {
        let link = site.join(PLACES[place]);
        if let Some(parent) = link.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::remove_file(&link);
        let _ = std::fs::remove_dir_all(&link);
        #[cfg(unix)]
        let _ = std::os::unix::fs::symlink(fill(TARGETS[target]), &link);
    }
    #[cfg(unix)]
    let _ = std::os::unix::fs::symlink(outside.join("user"), site.join("public-link"));
    let out = Some(OUTS[case.out])
        .filter(|o| !o.is_empty())
        .map(|o| PathBuf::from(fill(o)));
    let output = out.clone().unwrap_or_else(|| site.join("public"));
    let replaceable = replaceable(&site, &output, case.force);
    // kielo's own cache folder in the site, when it is a folder (the walk follows no link).
    let cache = site.join(crate::cache::DIR);
    let protected = |path: &Path| {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let temporary =
            name.starts_with(".kielo-") || name.contains(".tmp-") || name.contains(".old-");
        let kielos = path.starts_with(&cache);
        !replaceable.as_ref().is_some_and(|r| path.starts_with(r)) && !temporary && !kielos
    };
    let before = snapshot(&base, &protected);
    let options = BuildOptions {
        root: site.clone(),
        out,
        drafts: false,
        future: false,
        now: jiff::Timestamp::from_second(1_767_225_600).ok(),
        cancel: None,
        force: case.force,
        base_url: None,
    };
    let mut result = crate::build(&options).map(|_| ());
    if case.twice && result.is_ok() {
        result = crate::build(&options).map(|_| ());
    }
    let message = result.as_ref().err().map(Error::to_string);
    if let Some(message) = &message {
        assert!(
            !message.contains(SECRET),
            "a message shows a secret: {message}"
        );
    }
    assert!(
        snapshot(&base, &protected) == before,
        "a file kielo did not make changed: {case:?}"
    );
    check_outputs(&base, &outside);
    let _ = std::fs::remove_dir_all(&base);
    message
}

/// The folder a build may replace when asked to write to `out`, as the rules say in other
/// words: a folder that does not exist, is empty or was made by kielo, any other with
/// `force`, never the site or a folder above it or one of its sources.
fn replaceable(site: &Path, out: &Path, force: bool) -> Option<PathBuf> {
    let real = out.canonicalize().unwrap_or_else(|_| out.to_path_buf());
    let site = site.canonicalize().ok()?;
    let sources = ["content", "static", "templates", "locales", "themes"];
    if site.starts_with(&real) || sources.iter().any(|s| real.starts_with(site.join(s))) {
        return None;
    }
    let entries = std::fs::read_dir(&real).map(|d| d.count());
    let fresh = match entries {
        Err(_) => !real.exists(),
        Ok(0) => true,
        Ok(_) => real.join(crate::write::target::MARKER).is_file(),
    };
    (fresh || force).then_some(real)
}

/// The fixed site of a case, and the folders beside it.
fn make_site(site: &Path, outside: &Path, case: &SiteCase) {
    let write = |path: PathBuf, text: &str| {
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(path, text);
    };
    let mut texts = [
        "Otsikko".to_string(),
        "Kuvaus".to_string(),
        "Teksti.".to_string(),
    ];
    if let Some((field, character)) = case.character {
        texts[field].insert(3, CHARACTERS[character]);
    }
    let [title, description, body] = &texts;
    write(site.join("site.yaml"), super::SITE_YAML);
    write(
        site.join("content/_index.fi.md"),
        "---\ntitle: Etusivu\n---\n",
    );
    write(
        site.join("content/news/_index.fi.md"),
        "---\ntitle: Uutiset\nfeed: true\n---\n",
    );
    write(
        site.join("content/news/a.fi.md"),
        &format!(
            "---\ntitle: \"{title}\"\ndescription: \"{description}\"\ndate: 2025-01-01\ntags: [työ]\n---\n{body}\n"
        ),
    );
    write(site.join("static/style.css"), "body {}\n");
    write(site.join("locales/fi/site.ftl"), "extra = Lisää\n");
    write(outside.join("secret.txt"), SECRET);
    write(outside.join("secrets/key.txt"), SECRET);
    write(
        outside.join("secret.fi.md"),
        &format!("---\ntitle: {SECRET}\n---\n{SECRET}\n"),
    );
    write(outside.join("user/notes.txt"), "my notes");
    let _ = std::fs::create_dir_all(outside.join("empty"));
}

/// Every file and link under `dir` that `protected` keeps, with its bytes or target; links
/// are not followed.
fn snapshot(dir: &Path, protected: &dyn Fn(&Path) -> bool) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| !e.file_type().is_dir() && protected(e.path()))
        .map(|e| {
            let bytes = match e.path_is_symlink() {
                true => std::fs::read_link(e.path())
                    .map(|t| t.to_string_lossy().into_owned().into_bytes())
                    .unwrap_or_default(),
                false => std::fs::read(e.path()).unwrap_or_default(),
            };
            (e.path().to_path_buf(), bytes)
        })
        .collect()
}

/// No file kielo wrote holds the secret, and no page or feed a forbidden character.
fn check_outputs(base: &Path, outside: &Path) {
    let secrets = [
        outside.join("secret.txt"),
        outside.join("secrets/key.txt"),
        outside.join("secret.fi.md"),
    ];
    for entry in walkdir::WalkDir::new(base).into_iter().flatten() {
        let path = entry.path();
        if !entry.file_type().is_file() || secrets.iter().any(|s| s == path) {
            continue;
        }
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(SECRET), "{} holds a secret", path.display());
        let name = path.to_string_lossy();
        if [".html", ".xml", ".json"]
            .iter()
            .any(|end| name.ends_with(end))
        {
            let bad = text.chars().find(|&c| crate::controls::is_forbidden(c));
            assert!(bad.is_none(), "{name} holds {bad:?}");
        }
    }
}
