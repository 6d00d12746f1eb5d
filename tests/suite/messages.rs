//! kielo's messages in the staff's language: `--messages`, else site.yaml's `messages`, else
//! the locale of the environment, else English; JSON stays English whatever people read.

use crate::common::Site;

/// The i18n fixture, with `messages: <code>` in its site.yaml when given.
fn site_with(messages: Option<&str>) -> Site {
    let site = Site::fixture("i18n");
    if let Some(code) = messages {
        site.edit("site.yaml", |yaml| format!("{yaml}messages: {code}\n"));
    }
    site
}

/// The first word of what `kielo build <args>` prints when it succeeds.
fn first_word(site: &Site, args: &[&str], env: &[(&str, &str)]) -> String {
    let run = site.kielo_with(&[&["build"], args].concat(), env).ok();
    let out = run.stdout();
    out.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_summary_is_in_the_language_asked_for() {
    let site = site_with(None);
    let fi = site.kielo(&["build", "--messages", "fi"]).ok().stdout();
    assert!(
        fi.starts_with("Rakennettiin 15 sivua (fi 7, sv 5, en 3) kansioon "),
        "{fi}"
    );
    let sv = site.kielo(&["build", "--messages", "sv"]).ok().stdout();
    assert!(
        sv.starts_with("Byggde 15 sidor (fi 7, sv 5, en 3) i "),
        "{sv}"
    );
    let en = site.build().ok().stdout();
    assert!(en.starts_with("Built 15 pages"), "{en}");
}

#[test]
fn the_flag_beats_site_yaml_which_beats_the_environment() {
    let finnish = [("LANG", "fi_FI.UTF-8")];
    let plain = site_with(None);
    assert_eq!(first_word(&plain, &[], &finnish), "Rakennettiin");
    assert_eq!(first_word(&plain, &[], &[("LANG", "de_DE.UTF-8")]), "Built");
    assert_eq!(
        first_word(
            &plain,
            &[],
            &[("LANG", "fi_FI.UTF-8"), ("LC_ALL", "sv_FI.UTF-8")]
        ),
        "Byggde",
        "LC_ALL comes before LANG"
    );
    let swedish = site_with(Some("sv"));
    assert_eq!(first_word(&swedish, &[], &finnish), "Byggde");
    assert_eq!(
        first_word(&swedish, &["--messages", "en"], &finnish),
        "Built"
    );
}

#[test]
fn errors_name_file_and_line_in_finnish_and_swedish_and_keep_their_exit_code() {
    let site = site_with(None);
    site.write(
        "content/rikki.fi.md",
        "---\ntitle: Rikki\ntittle: x\n---\nTeksti.\n",
    );
    let fi = site.kielo(&["build", "--messages", "fi"]);
    assert_eq!(fi.code(), Some(1));
    let err = fi.stderr();
    assert!(err.contains("virhe: content/rikki.fi.md rivi 3"), "{err}");
    assert!(err.contains("\n  vihje: "), "{err}");
    assert!(
        err.contains("sivustoa ei rakennettu: korjaa 1 virhe"),
        "{err}"
    );
    let sv = site.kielo(&["build", "--messages", "sv"]);
    assert_eq!(sv.code(), Some(1));
    assert!(
        sv.stderr().contains("fel: content/rikki.fi.md rad 3"),
        "{}",
        sv.stderr()
    );
    assert!(
        sv.stderr()
            .contains("webbplatsen byggdes inte: rätta 1 fel")
    );
}

#[test]
fn check_speaks_the_language_but_json_stays_english() {
    let site = site_with(Some("fi"));
    site.write(
        "content/rikki.fi.md",
        "---\ntitle: Rikki\ntittle: x\n---\nTeksti.\n",
    );
    let text = site.kielo(&["check"]);
    assert_eq!(text.code(), Some(1));
    let out = text.stdout();
    assert!(out.contains("Tarkistettiin "), "{out}");
    let json = site.kielo(&["check", "--format", "json"]).stdout();
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "frontmatter.unknown-key");
    assert_eq!(first["message"], "unknown key `tittle`");
    assert_eq!(first["hint"], "did you mean `title`?");
}

#[test]
fn a_language_kielo_does_not_speak_is_an_error_of_site_yaml() {
    let site = site_with(Some("de"));
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let found = crate::common::findings(&site, &["check"]);
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    let line = yaml.lines().count() as u64;
    assert!(
        crate::common::has(&found, "config.messages", "site.yaml", line),
        "{found:?}"
    );
}

#[test]
fn serve_speaks_swedish_in_the_terminal_and_in_the_overlay() {
    let site = site_with(Some("sv"));
    let server = crate::common::serve::Server::start(&site, &[]);
    assert!(
        server.first_line.starts_with("Förhandsvisning på http://"),
        "{}",
        server.first_line
    );
    let mut events = server.events(&[]);
    site.write(
        "content/rikki.fi.md",
        "---\ntitle: Rikki\ntittle: x\n---\nTeksti.\n",
    );
    let error = events.expect("error");
    let data: serde_json::Value = serde_json::from_str(&error.data).unwrap();
    assert_eq!(data["words"]["title"], "Webbplatsen kunde inte byggas");
    assert_eq!(data["words"]["close"], "Stäng");
    let first = &data["diagnostics"][0];
    assert_eq!(first["file"], "content/rikki.fi.md");
    assert_eq!(first["message"], "okänd nyckel `tittle`");
    assert_eq!(first["hint"], "tips: menade du `title`?");
    assert!(
        server.stderr_shows("fel: content/rikki.fi.md rad 3"),
        "{}",
        server.stderr()
    );
}
