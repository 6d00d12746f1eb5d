//! TOML front matter between `+++` lines, as Zola writes it: the same site in YAML and in TOML
//! builds to the same bytes, and its mistakes are reported as YAML's are, at their lines.

use crate::common::{Site, files_of};
use serde_json::Value;

/// The pages of one site, each with its front matter in YAML and in TOML, and its body.
const PAGES: &[(&str, &str, &str, &str)] = &[
    (
        "content/_index.fi.md",
        "title: Etusivu\n",
        "title = \"Etusivu\"\n",
        "Tervetuloa.\n",
    ),
    (
        "content/_index.sv.md",
        "title: Startsida\n",
        "title = 'Startsida'\n",
        "Välkommen.\n",
    ),
    (
        "content/news/_index.fi.md",
        "title: Uutiset\nslug: uutiset\npaginate: 1\nfeed: true\nsort_by: date\nweight: 2\n",
        "title = \"Uutiset\"\nslug = \"uutiset\"\npaginate = 1\nfeed = true\nsort_by = \"date\"\nweight = 2\n",
        "",
    ),
    (
        "content/news/_index.sv.md",
        "title: Nyheter\nslug: nyheter\nfeed: true\n",
        "title = \"Nyheter\"\nslug = \"nyheter\"\nfeed = true\n",
        "",
    ),
    (
        "content/news/release.fi.md",
        "title: \"Uusi \\\"neuvontapuhelin\\\"\"\nslug: uusi-neuvontapuhelin\ndate: 2024-05-01\n\
         updated: 2024-05-03T10:00:00+03:00\ndescription: Neuvonta & apu <kaikille>.\n\
         tags: [työelämä, neuvonta]\naliases: [/fi/vanha/]\ntoc: true\n\
         extra:\n  colour: blue\n  sizes: [1, 2.5]\ncontacts:\n  - name: Laura\n    role: viestintä\n    email: laura@example.org\n",
        "title = 'Uusi \"neuvontapuhelin\"'\nslug = \"uusi-neuvontapuhelin\"\ndate = 2024-05-01\n\
         updated = 2024-05-03T10:00:00+03:00\ndescription = \"Neuvonta & apu <kaikille>.\"\n\
         aliases = [\"/fi/vanha/\"]\ntoc = true\n\n[taxonomies]\ntags = [\"työelämä\", \"neuvonta\"]\n\n\
         [extra]\ncolour = \"blue\"\nsizes = [1, 2.5]\n\n[[contacts]]\nname = \"Laura\"\nrole = \"viestintä\"\nemail = \"laura@example.org\"\n",
        "## Mitä muuttuu?\n\nKatso [toinen](@/news/other.md).\n",
    ),
    (
        "content/news/release.sv.md",
        "title: Ny telefon\ndate: 2024-05-01T09:30:00+03:00\ntags: [arbetsliv]\n",
        "title = \"Ny telefon\"\ndate = 2024-05-01T09:30:00+03:00\ntags = [\"arbetsliv\"]\n",
        "Text.\n",
    ),
    (
        "content/news/other.fi.md",
        "title: Toinen\ndate: 2024-04-01\nexpires: 2099-01-01\nweight: 3\ntranslation_key: toinen\n",
        "title = \"Toinen\"\ndate = 2024-04-01\nexpires = 2099-01-01\nweight = 3\ntranslation_key = \"toinen\"\n",
        "Teksti.\n",
    ),
    (
        "content/news/draft.fi.md",
        "title: Luonnos\ndraft: true\n",
        "title = \"Luonnos\"\ndraft = true\n",
        "Ei julkinen.\n",
    ),
];

/// The site of [`PAGES`] with every front matter in YAML, or in TOML.
fn site(toml: bool) -> Site {
    let site = Site::fixture("i18n");
    std::fs::remove_dir_all(site.root().join("content")).unwrap();
    for (path, yaml, toml_text, body) in PAGES {
        let text = match toml {
            false => format!("---\n{yaml}---\n{body}"),
            true => format!("+++\n{toml_text}+++\n{body}"),
        };
        site.write(path, &text);
    }
    site
}

#[test]
fn a_site_in_toml_builds_to_the_same_bytes_as_in_yaml() {
    let (yaml, toml) = (site(false), site(true));
    yaml.build().ok();
    toml.build().ok();
    let (yaml_files, toml_files) = (files_of(&yaml.public()), files_of(&toml.public()));
    assert_eq!(
        yaml_files.keys().collect::<Vec<_>>(),
        toml_files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &yaml_files {
        assert!(toml_files[path] == *bytes, "{} differs", path.display());
    }
    // What the comparison stands on: tags from `[taxonomies]`, dates, pagination, feeds.
    let page = toml.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert_eq!(page.text("h1"), "Uusi \"neuvontapuhelin\"");
    assert!(toml.exists("fi/avainsanat/tyoelama/index.html"));
    assert!(toml.exists("fi/uutiset/sivu/2/index.html"));
    assert!(
        toml.read("fi/uutiset/atom.xml")
            .contains("2024-05-01T00:00:00+03:00")
    );
    assert!(!toml.exists("fi/uutiset/luonnos/index.html"));
}

/// Code, line and hint of each diagnostic `check` gives of `content/news/x.fi.md` written as
/// `text`, and what it prints.
fn problems(text: &str) -> (Vec<(String, u64, String)>, String) {
    let site = Site::fixture("i18n");
    site.write("content/news/x.fi.md", text);
    let run = site.kielo(&["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&run.stdout()).expect("JSON");
    let found = json["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|d| d["file"] == "content/news/x.fi.md")
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_string();
            (text("code"), d["line"].as_u64().unwrap_or(0), text("hint"))
        })
        .collect();
    (found, site.kielo(&["check"]).stdout())
}

#[test]
fn toml_mistakes_are_reported_at_their_lines_as_yamls_are() {
    let (found, text) = problems(
        "+++\ntitle = \"Kolme\"\ntittle = \"x\"\ndate = 2024-01-02\ntgas = [\"a\"]\n+++\n",
    );
    let unknown: Vec<_> = found.iter().map(|(c, l, _)| (c.as_str(), *l)).collect();
    let code = "frontmatter.unknown-key";
    assert_eq!(unknown, [(code, 3), (code, 5)], "{text}");
    assert!(
        text.contains("line 3, column 1: unknown key `tittle`"),
        "{text}"
    );
    assert!(text.contains("did you mean `title`?"), "{text}");
    assert!(text.contains("did you mean `tags`?"), "{text}");

    let (found, text) = problems("+++\ntitle = \"Paino\"\n\nweight = \"raskas\"\n+++\n");
    assert_eq!(found[0].0, "frontmatter.invalid-value", "{text}");
    assert_eq!(found[0].1, 4, "{text}");

    // Hints are written in TOML.
    let (found, text) = problems("+++\ndescription = \"Ei otsikkoa\"\n+++\n");
    assert_eq!(found[0].0, "frontmatter.no-title", "{text}");
    assert!(found[0].2.contains("`title = \"Press release\"`"), "{text}");
    let (found, text) = problems("+++\ntitle = \"a\"\n[[contacts]]\nrole = \"x\"\n+++\n");
    assert_eq!(
        (found[0].0.as_str(), found[0].1),
        ("frontmatter.missing-key", 3),
        "{text}"
    );
    assert!(found[0].2.contains("`name = …`"), "{text}");

    let (found, text) = problems("+++\ntitle = \"Päivä\"\ndate = 10:00:00\n+++\n");
    assert_eq!(
        (found[0].0.as_str(), found[0].1),
        ("frontmatter.invalid-date", 3),
        "{text}"
    );
    assert!(
        text.contains("`date = 10:00:00` is not a valid date"),
        "{text}"
    );
}

#[test]
fn toml_that_does_not_parse_is_an_error_at_its_line() {
    for (front, line) in [
        ("title = \"Auki\ndate = 2024-01-02\n", 2),
        ("title = \"a\"\ndescription = x\n", 3),
        ("title = \"a\"\ntitle = \"b\"\n", 3),
    ] {
        let (found, text) = problems(&format!("+++\n{front}+++\nTeksti.\n"));
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1),
            ("toml.syntax", line),
            "{text}"
        );
        assert!(text.contains("content/news/x.fi.md line"), "{text}");
    }
    let (found, _) = problems("+++\ntitle = \"a\"\nTeksti.\n");
    assert_eq!(found[0].0, "frontmatter.unclosed");
}

#[test]
fn zolas_names_are_read_or_get_kielos_name_as_a_hint() {
    for text in [
        "+++\ntitle = \"a\"\npaginate_by = 5\n+++\n",
        "---\ntitle: a\npaginate_by: 5\n---\n",
    ] {
        let (found, text) = problems(text);
        assert_eq!(found[0].0, "frontmatter.unknown-key", "{text}");
        assert_eq!(found[0].1, 3);
        assert!(found[0].2.starts_with("did you mean `paginate`?"), "{text}");
    }
    for key in ["generate_feeds", "generate_feed"] {
        let (found, text) = problems(&format!("+++\ntitle = \"a\"\n{key} = true\n+++\n"));
        assert!(found[0].2.starts_with("did you mean `feed`?"), "{text}");
    }
    // Tags only: kielo has no other taxonomy.
    let (found, text) =
        problems("+++\ntitle = \"a\"\n[taxonomies]\ntags = [\"x\"]\ncategories = [\"y\"]\n+++\n");
    assert_eq!(
        (found[0].0.as_str(), found[0].1),
        ("frontmatter.unknown-key", 5),
        "{text}"
    );
    // `[taxonomies]` in YAML too, and Zola's `[extra]` as it is.
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: a\ntaxonomies:\n  tags: [zola]\nextra:\n  x: 1\n---\n",
    );
    site.build().ok();
    assert!(site.exists("fi/avainsanat/zola/index.html"));
}
