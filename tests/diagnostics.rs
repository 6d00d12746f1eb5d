//! Diagnostics as tools and new users meet them: a stable code on each one in `check --format
//! json`, and YAML mistakes reported where they are.

mod common;
use common::Site;
use serde_json::Value;

/// The diagnostics of `kielo check --format json`.
fn checked(site: &Site) -> Vec<Value> {
    let run = site.kielo(&["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&run.stdout()).expect("JSON");
    json["diagnostics"].as_array().cloned().unwrap_or_default()
}

/// Code, file and line of each diagnostic, for comparing in one line.
fn places(diagnostics: &[Value]) -> Vec<(String, String, u64)> {
    diagnostics
        .iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
            (text("code"), text("file"), d["line"].as_u64().unwrap_or(0))
        })
        .collect()
}

#[test]
fn check_json_gives_every_diagnostic_a_code() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: Koodit\n---\n![](kuva.jpg)\n\n[rikki](/fi/ei-ole/)\n\n[ankkuri](#ei-ole)\n",
    );
    let diagnostics = checked(&site);
    assert!(!diagnostics.is_empty());
    for d in &diagnostics {
        let code = d["code"].as_str().unwrap_or_default();
        let (stage, problem) = code.split_once('.').unwrap_or_default();
        assert!(!stage.is_empty() && !problem.is_empty(), "{d}");
    }
    let ours: Vec<_> = places(&diagnostics)
        .into_iter()
        .filter(|(_, file, _)| file == "content/news/x.fi.md")
        .map(|(code, _, line)| (code, line))
        .collect();
    for wanted in [
        ("a11y.image-alt", 4),
        ("link.broken", 6),
        ("link.missing-anchor", 8),
        ("check.no-description", 0),
    ] {
        assert!(
            ours.contains(&(wanted.0.to_string(), wanted.1)),
            "no {wanted:?} in {ours:?}"
        );
    }
}
