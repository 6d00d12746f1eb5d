//! The built sample site judged by checkers nobody here wrote: the W3C Nu Html Checker over
//! every HTML and CSS file, the sitemaps.org 0.9 schema (with xmllint), Python's feedparser
//! over every feed, and Lighthouse, in the system Chromium, on one page of each kind.
//!
//! Ignored by default: they need Java and xmllint (`apt-get install default-jre-headless
//! libxml2-utils`), feedparser (`pip install -r tests/requirements.txt`), Chromium and the
//! Node tools (`npm ci --ignore-scripts --prefix tests/browser`), and are built only with
//! the feature `browser`. Run them with `cargo test --features browser --test suite audits::
//! -- --include-ignored`; without the tools they fail saying so.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::browser;
use crate::common::{Site, files_of, metadata_fixture};
use serde_json::Value;

/// The sample site built into a folder of its own.
fn sample() -> Site {
    let site = Site::sample();
    site.build().ok();
    site
}

/// Runs a checker; a panic naming what to install when it cannot start.
fn run(command: &mut Command, install: &str) -> std::process::Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("{command:?} cannot run ({e}): {install}"))
}

#[test]
#[ignore = "needs Java, xmllint, feedparser, Chromium and the Node tools: see README"]
fn the_nu_html_checker_finds_no_errors_in_any_html_or_css_file() {
    let site = sample();
    let jar = browser::node_modules().join("vnu-jar/build/dist/vnu.jar");
    let out = run(
        Command::new("java")
            .arg("-jar")
            .arg(&jar)
            .args([
                "--errors-only",
                "--skip-non-html",
                "--also-check-css",
                "--format",
                "json",
            ])
            .arg(site.public()),
        "install Java with `apt-get install default-jre-headless`",
    );
    // The checker writes its report to standard error.
    let report: Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let messages = report["messages"].as_array().expect("messages");
    let errors: Vec<String> = messages
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .map(|m| format!("{}: {}", m["url"], m["message"]))
        .collect();
    assert!(
        errors.is_empty(),
        "{} errors:\n{}",
        errors.len(),
        errors.join("\n")
    );
    let checked = files_of(&site.public())
        .keys()
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "css"))
        .count();
    assert!(checked > 50, "{checked} files");
    println!("Nu Html Checker: {checked} HTML and CSS files, 0 errors");
}

/// The sitemaps of the sample site and of the fixture with listings of several pages, tags,
/// feeds and untranslated pages.
fn sitemaps() -> Vec<(String, Site)> {
    let fixture = metadata_fixture();
    fixture.build().ok();
    vec![("sample".into(), sample()), ("fixture".into(), fixture)]
}

#[test]
#[ignore = "needs Java, xmllint, feedparser, Chromium and the Node tools: see README"]
fn every_sitemap_is_valid_against_the_sitemaps_org_schema() {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    browser::node_modules();
    for (name, site) in sitemaps() {
        let out = run(
            Command::new("xmllint")
                .args(["--noout", "--schema", "sitemap.xsd"])
                .arg(site.public().join("sitemap.xml"))
                .current_dir(&tools),
            "install xmllint with `apt-get install libxml2-utils`",
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: {stderr}");
        assert!(stderr.contains("validates"), "{name}: {stderr}");
    }
}

#[test]
#[ignore = "needs Java, xmllint, feedparser, Chromium and the Node tools: see README"]
fn every_feed_parses_in_feedparser_with_its_language_and_author() {
    for (name, site) in sitemaps() {
        let feeds: Vec<PathBuf> = files_of(&site.public())
            .into_keys()
            .filter(|p| p.file_name().is_some_and(|n| n == "atom.xml"))
            .collect();
        assert!(feeds.len() >= 3, "{name}: {feeds:?}");
        let script = "import feedparser, json, sys\n\
            for path in sys.argv[1:]:\n\
            \x20   d = feedparser.parse(path)\n\
            \x20   print(json.dumps({'path': path, 'bozo': bool(d.bozo), 'error': str(d.get('bozo_exception', '')),\n\
            \x20       'language': d.feed.get('language'), 'author': d.feed.get('author'),\n\
            \x20       'entries': len(d.entries), 'linked': all(e.get('link', '').startswith('https://') for e in d.entries)}))\n";
        let out = run(
            Command::new("python3")
                .arg("-c")
                .arg(script)
                .args(feeds.iter().map(|f| site.public().join(f))),
            "install feedparser with `pip install -r tests/requirements.txt`",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let feed: Value = serde_json::from_str(line).unwrap();
            let path = feed["path"].as_str().unwrap();
            let relative = Path::new(path).strip_prefix(site.public()).unwrap();
            let lang = relative
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            assert_eq!(feed["bozo"], false, "{name}: {path}: {}", feed["error"]);
            assert_eq!(feed["language"], lang.as_ref(), "{name}: {path}");
            assert_eq!(feed["linked"], true, "{name}: {path}");
            let author = feed["author"].as_str().unwrap_or_default();
            assert!(
                !author.is_empty() && config.contains(author),
                "{name}: {path}: {author}"
            );
            // The sample site names its organisation in each language.
            let expected = match lang.as_ref() {
                "sv" => "Hjälpsystemet för offer för människohandel",
                "en" => "Assistance System for Victims of Human Trafficking",
                _ => "Ihmiskaupan uhrien auttamisjärjestelmä",
            };
            if name == "sample" {
                assert_eq!(author, expected, "{path}");
            }
        }
    }
}

/// A static server of `dir` on a free port, for as long as it lives.
struct StaticServer {
    child: std::process::Child,
    url: String,
}

impl StaticServer {
    fn start(dir: &Path) -> StaticServer {
        let mut child = Command::new("python3")
            .args([
                "-u",
                "-m",
                "http.server",
                "0",
                "--bind",
                "127.0.0.1",
                "--directory",
            ])
            .arg(dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs a static server");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        // "Serving HTTP on 127.0.0.1 port 41235 (http://127.0.0.1:41235/) ..."
        let port = line
            .split(" port ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        StaticServer {
            child,
            url: format!("http://127.0.0.1:{port}/"),
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The output file of an address: `fi/haku/#x` → `fi/haku/index.html`.
fn file_of(path: &str) -> String {
    let path = path.split('#').next().unwrap_or_default();
    match path.ends_with('/') || path.is_empty() {
        true => format!("{path}index.html"),
        false => path.to_string(),
    }
}

/// Lighthouse's four category scores of `url` (0 to 100) and the audits that lowered them.
fn lighthouse(url: &str) -> (Vec<(String, u32)>, Vec<String>) {
    let report = tempfile::NamedTempFile::new().unwrap();
    let flags = browser::FLAGS.join(" ");
    let out = run(
        Command::new("node")
            .arg(browser::node_modules().join("lighthouse/cli/index.js"))
            .arg(url)
            .args(["--quiet", "--output=json"])
            .arg(format!("--output-path={}", report.path().display()))
            .arg(format!(
                "--chrome-path={}",
                browser::chromium_path().display()
            ))
            .arg(format!("--chrome-flags={flags}"))
            .arg("--only-categories=performance,accessibility,best-practices,seo"),
        "install the Node tools with `npm ci --ignore-scripts --prefix tests/browser`",
    );
    assert!(
        out.status.success(),
        "{url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&std::fs::read(report.path()).unwrap()).unwrap();
    let mut scores = Vec::new();
    let mut lowered = Vec::new();
    for (id, category) in report["categories"].as_object().unwrap() {
        let score = (category["score"].as_f64().unwrap_or(0.0) * 100.0).round() as u32;
        scores.push((id.clone(), score));
        for audit in category["auditRefs"].as_array().unwrap() {
            let result = &report["audits"][audit["id"].as_str().unwrap()];
            let weighted = audit["weight"].as_f64().unwrap_or(0.0) > 0.0;
            if weighted && result["score"].as_f64().is_some_and(|s| s < 1.0) {
                lowered.push(format!("{id}: {}", audit["id"].as_str().unwrap()));
            }
        }
    }
    (scores, lowered)
}

#[test]
#[ignore = "needs Java, xmllint, feedparser, Chromium and the Node tools: see README"]
fn lighthouse_scores_every_kind_of_page() {
    let site = sample();
    let server = StaticServer::start(&site.public());
    let tag = std::fs::read_dir(site.public().join("fi/avainsanat"))
        .unwrap()
        .map(|e| e.unwrap())
        .find(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .unwrap();
    let pages = [
        ("home", "fi/".to_string()),
        ("section listing", "fi/tiedotteet/".into()),
        ("listing page 2", "fi/tiedotteet/sivu/2/".into()),
        ("page", "fi/tiedotteet/uusi-neuvontapuhelin/".into()),
        ("fallback target", "sv/om-oss/#not-translated".into()),
        ("tag index", "fi/avainsanat/".into()),
        ("tag page", format!("fi/avainsanat/{tag}/")),
        ("search", "fi/haku/".into()),
        ("404", "404.html".into()),
    ];
    let mut table = vec![
        "| page | performance | accessibility | best practices | SEO |".to_string(),
        "|---|---:|---:|---:|---:|".to_string(),
    ];
    let mut problems = Vec::new();
    for (kind, path) in pages {
        let (scores, lowered) = lighthouse(&format!("{}{path}", server.url));
        let score = |id: &str| scores.iter().find(|(c, _)| c == id).map_or(0, |(_, s)| *s);
        table.push(format!(
            "| {kind} (`/{path}`) | {} | {} | {} | {} |",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo")
        ));
        // A page kept out of search engines on purpose may fail `is-crawlable` alone.
        let noindex = site
            .read(&file_of(&path))
            .contains(r#"<meta name="robots" content="noindex">"#);
        for audit in &lowered {
            let allowed = noindex && audit == "seo: is-crawlable";
            let performance = audit.starts_with("performance:");
            if !allowed && !performance {
                problems.push(format!("{kind}: {audit}"));
            }
        }
        for category in ["accessibility", "best-practices", "seo"] {
            let allowed = noindex && category == "seo";
            if score(category) < 100 && !allowed {
                problems.push(format!("{kind}: {category} {}", score(category)));
            }
        }
        if score("performance") < 95 {
            problems.push(format!("{kind}: performance {}", score("performance")));
        }
    }
    println!("{}", table.join("\n"));
    assert!(
        problems.is_empty(),
        "{}\n{}",
        problems.join("\n"),
        table.join("\n")
    );
}
