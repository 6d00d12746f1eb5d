//! `serve`'s rebuilds: after each kind of change the output folder must be exactly what a
//! fresh `kielo build` makes, and a page edit must write only the files that show the page.

use std::path::PathBuf;

use crate::common::{self, Site};
use kielo::{BuildOptions, Session};

const NOW: &str = "2026-06-01T12:00:00+03:00";
const RELEASE: &str = "content/press-releases/new-helpline/index.fi.md";

/// The sample site in a temporary folder, built by a session.
fn built_sample() -> (Site, Session) {
    let site = Site::sample();
    let mut session = session(&site);
    session.build().unwrap();
    (site, session)
}

fn session(site: &Site) -> Session {
    Session::new(BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        drafts: false,
        future: false,
        now: Some(NOW.parse().unwrap()),
        cancel: None,
        force: false,
        base_url: None,
    })
}

/// Asserts that `public/` is byte for byte what a full build into another folder makes.
fn assert_same_as_full_build(site: &Site, after: &str) {
    let fresh = site.root().join("fresh");
    let _ = std::fs::remove_dir_all(&fresh);
    site.kielo(&["build", "--now", NOW, "--out", fresh.to_str().unwrap()])
        .ok();
    let (served, built) = (common::files_of(&site.public()), common::files_of(&fresh));
    let differ: std::collections::BTreeSet<_> = built
        .keys()
        .chain(served.keys())
        .filter(|k| served.get(*k) != built.get(*k))
        .collect();
    assert!(
        differ.is_empty(),
        "after {after}, these differ from a full build: {differ:?}"
    );
}

fn changed(site: &Site, relative: &str) -> Vec<PathBuf> {
    vec![site.root().join(relative)]
}

#[test]
fn a_body_edit_writes_only_that_page() {
    let (site, mut session) = built_sample();
    site.edit(RELEASE, |t| {
        t.replace("Uusi numero on", "Uusi puhelinnumero on")
    });
    let before = common::files_of(&site.public());
    let report = session.rebuild(&changed(&site, RELEASE)).unwrap();
    let after = common::files_of(&site.public());
    let differ: Vec<String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .map(|k| k.to_string_lossy().replace('\\', "/"))
        .collect();
    assert_eq!(report.files.total(), differ.len(), "{differ:?}");
    // Besides the page, the Finnish search index and the page's search file change.
    let pages: Vec<&String> = differ
        .iter()
        .filter(|p| !p.starts_with("search/fi/"))
        .collect();
    assert_eq!(
        pages,
        ["fi/tiedotteet/uusi-neuvontapuhelin/index.html"],
        "only the page itself shows its body"
    );
    assert!(
        differ.iter().any(|p| p.starts_with("search/fi/pages/")),
        "{differ:?}"
    );
    let html = site.read("fi/tiedotteet/uusi-neuvontapuhelin/index.html");
    assert!(html.contains("Uusi puhelinnumero on"));
    assert_same_as_full_build(&site, "a body edit");
}

#[test]
fn title_description_and_updated_edits_reach_every_page_that_shows_them() {
    let (site, mut session) = built_sample();
    site.edit(RELEASE, |t| {
        t.replace(
            "uusi ympärivuorokautinen",
            "uusi ympäri vuorokauden auki oleva",
        )
    });
    let report = session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert!(
        report.files.total() > 1,
        "listings, switchers and feeds show the title"
    );
    assert_same_as_full_build(&site, "a title edit");

    site.edit(RELEASE, |t| {
        t.replace("Palvelu on maksuton", "Palvelu on ilmainen")
    });
    session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert_same_as_full_build(&site, "a description edit");

    site.edit(RELEASE, |t| {
        t.replace("2025-02-12T14:30", "2025-02-13T08:15")
    });
    session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert_same_as_full_build(&site, "an `updated` edit");

    let section = "content/press-releases/_index.sv.md";
    site.edit(section, |t| t.replacen("title: \"", "title: \"Nytt – ", 1));
    session.rebuild(&changed(&site, section)).unwrap();
    assert_same_as_full_build(&site, "a section title edit");
}

#[test]
fn an_edit_of_the_text_before_more_reaches_the_listings_and_feeds() {
    let (site, mut session) = built_sample();
    let marked = |t: String| {
        t.replacen(
            "\n\nUusi numero on",
            "\n\n<!-- more -->\n\nUusi numero on",
            1,
        )
    };
    site.edit(RELEASE, marked);
    session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert_same_as_full_build(&site, "a `<!-- more -->` added");
    site.edit(RELEASE, |t| {
        t.replacen("vuoden jokaisena päivänä", "joka päivä", 1)
    });
    let report = session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert!(report.files.total() > 1, "the listings show the summary");
    assert_same_as_full_build(&site, "an edit of the summary");
}

#[test]
fn changes_to_the_site_structure_build_it_again() {
    let (site, mut session) = built_sample();
    type Change = fn(String) -> String;
    let steps: [(&str, &str, Change); 4] = [
        ("a tag change", RELEASE, |t| {
            t.replace("\"palvelut\"", "\"puhelin\"")
        }),
        ("a new date", RELEASE, |t| {
            t.replace("2025-02-11T09:00", "2025-03-11T09:00")
        }),
        ("a new slug", RELEASE, |t| {
            t.replace("uusi-neuvontapuhelin", "neuvontapuhelin-24h")
        }),
        (
            "a template edit",
            "themes/default/templates/page.html",
            |t| t.replacen("<article", "<article data-edited=\"yes\"", 1),
        ),
    ];
    for (what, file, change) in steps {
        site.edit(file, change);
        session.rebuild(&changed(&site, file)).unwrap();
        assert_same_as_full_build(&site, what);
    }
    let new_page = "content/projects/night-shelter.fi.md";
    site.write(
        new_page,
        "---\ntitle: Yömaja\ndescription: Uusi hanke.\n---\n\nTeksti.\n",
    );
    session.rebuild(&changed(&site, new_page)).unwrap();
    assert!(site.exists("fi/hankkeet/night-shelter/index.html"));
    assert_same_as_full_build(&site, "a new page");
    std::fs::remove_file(site.root().join(new_page)).unwrap();
    session.rebuild(&changed(&site, new_page)).unwrap();
    assert!(!site.exists("fi/hankkeet/night-shelter/index.html"));
    assert_same_as_full_build(&site, "a removed page");
}

#[test]
fn a_new_picture_in_a_bundle_is_published_and_shown() {
    let (site, mut session) = built_sample();
    let picture = "content/press-releases/new-helpline/helpline.jpg";
    let photo = crate::common::pictures::photo(700, 350);
    site.write_bytes(picture, &photo);
    let report = session.rebuild(&changed(&site, picture)).unwrap();
    assert_eq!(
        report.pictures.processed, 1,
        "only the new picture is processed"
    );
    let page = site.html("fi/tiedotteet/uusi-neuvontapuhelin/index.html");
    assert_eq!(page.attr("main img", "width"), "700");
    assert!(site.exists("fi/tiedotteet/uusi-neuvontapuhelin/helpline-700w.webp"));
    assert!(!site.exists("fi/tiedotteet/uusi-neuvontapuhelin/helpline-2400w.webp"));
    assert_same_as_full_build(&site, "a new picture");
}

#[test]
fn a_static_file_edit_copies_only_that_file() {
    let (site, mut session) = built_sample();
    let css = "themes/default/static/kielo.css";
    site.edit(css, |t| t + "\n.edited { color: black; }\n");
    let report = session.rebuild(&changed(&site, css)).unwrap();
    assert_eq!(report.files.total(), 1);
    assert!(site.read("kielo.css").contains(".edited"));
    site.write("static/extra.txt", "extra");
    session
        .rebuild(&changed(&site, "static/extra.txt"))
        .unwrap();
    assert_same_as_full_build(&site, "a static file edit");
}

#[test]
fn a_broken_edit_fails_writes_nothing_and_its_fix_is_taken_in() {
    let (site, mut session) = built_sample();
    let before = site.snapshot();
    let original = std::fs::read_to_string(site.root().join(RELEASE)).unwrap();
    let broken: Vec<&str> = original
        .lines()
        .map(|l| {
            if l.starts_with("title:") {
                "title: \"Rikki"
            } else {
                l
            }
        })
        .collect();
    site.write(RELEASE, &broken.join("\n"));
    let err = session.rebuild(&changed(&site, RELEASE)).unwrap_err();
    assert!(
        err.to_string().contains("new-helpline/index.fi.md"),
        "{err}"
    );
    assert_eq!(site.snapshot(), before, "a failed rebuild writes nothing");

    // The fix comes with another file's change; the broken file must still be read again.
    site.write(
        RELEASE,
        &original.replace("title: \"", "title: \"Korjattu: "),
    );
    let other = "content/projects/safe-housing/index.fi.md";
    site.edit(other, |t| t + "\nLisätty kappale.\n");
    session.rebuild(&changed(&site, other)).unwrap();
    assert!(
        site.read("fi/tiedotteet/uusi-neuvontapuhelin/index.html")
            .contains("Korjattu")
    );
    assert_same_as_full_build(&site, "a fix");
}

#[test]
fn a_translation_that_takes_its_originals_date_rebuilds_as_a_full_build_does() {
    let (site, mut session) = built_sample();
    let swedish = "content/press-releases/new-helpline/index.sv.md";
    site.edit(swedish, |t| {
        t.replace("date: 2025-02-11T09:00:00+02:00\n", "")
    });
    session.rebuild(&changed(&site, swedish)).unwrap();
    assert_same_as_full_build(&site, "removing a translation's date");
    let html = site.read("sv/pressmeddelanden/ny-radgivningstelefon/index.html");
    let original = site.read("fi/tiedotteet/uusi-neuvontapuhelin/index.html");
    let datetime = |html: &str| {
        let page = common::Page(scraper::Html::parse_document(html));
        page.attr("time", "datetime")
    };
    assert_eq!(datetime(&html), datetime(&original));

    site.edit(swedish, |t| {
        t.replace("dygnet runt, årets", "dygnet runt och årets")
    });
    let report = session.rebuild(&changed(&site, swedish)).unwrap();
    assert!(
        report.files.total() < 10,
        "a body edit stays a body edit: {} files written",
        report.files.total()
    );
    assert_same_as_full_build(&site, "a body edit of a translation without a date");
}

#[test]
fn a_fast_rebuild_gives_the_warnings_of_a_full_build() {
    let site = Site::sample();
    site.edit("themes/default/locales/fi/theme.ftl", |t| {
        format!("{t}\nonly-in-finnish = Vain suomeksi\n")
    });
    site.edit("themes/default/templates/page.html", |t| {
        t.replacen("<article", "{{ t(key=\"only-in-finnish\") }}<article", 1)
    });
    let mut session = session(&site);
    let full = session.build().unwrap().warnings;
    let missing = |warnings: &[kielo::Diagnostic]| {
        let about = warnings
            .iter()
            .filter(|w| w.message.contains("only-in-finnish"));
        about.count()
    };
    assert_eq!(
        missing(&full),
        2,
        "one warning each for sv and en: {full:?}"
    );
    site.edit(RELEASE, |t| {
        t.replace("Uusi numero on", "Uusi puhelinnumero on")
    });
    let report = session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert!(
        report.files.total() < 10,
        "not a fast rebuild: {}",
        report.files.total()
    );
    assert_eq!(report.warnings, full);
}

#[test]
fn a_build_after_edits_in_serve_finds_the_files_serve_wrote() {
    let (site, mut session) = built_sample();
    site.edit(RELEASE, |t| {
        t.replace("Uusi numero on", "Uusi puhelinnumero on")
    });
    let report = session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert!(report.files.changed > 0, "{:?}", report.files);
    // serve keeps its manifest in memory; the files it wrote are checked, not written again.
    let stdout = site.kielo(&["build", "--now", NOW]).ok().stdout();
    assert!(
        stdout.contains(": 0 files changed, 0 added, 0 removed"),
        "{stdout}"
    );
    assert_same_as_full_build(&site, "a build after serve");
}

#[test]
fn the_default_language_at_the_root_rebuilds_as_a_full_build_does() {
    let (site, mut session) = built_sample();
    site.edit("site.yaml", |c| {
        format!("{c}default_language_at_root: true\n")
    });
    session.rebuild(&changed(&site, "site.yaml")).unwrap();
    assert!(!site.exists("fi/index.html"));
    assert!(site.exists("tiedotteet/uusi-neuvontapuhelin/index.html"));
    assert_same_as_full_build(&site, "turning on default_language_at_root");
    site.edit(RELEASE, |t| {
        t.replace(
            "uusi ympärivuorokautinen",
            "uusi ympäri vuorokauden auki oleva",
        )
    });
    session.rebuild(&changed(&site, RELEASE)).unwrap();
    assert_same_as_full_build(&site, "a title edit at the root");
}

#[test]
fn an_edit_of_the_sites_locales_or_of_a_menu_pages_title_reaches_every_page() {
    let (site, mut session) = built_sample();
    let locales = "locales/fi/site.ftl";
    site.edit(locales, |t| t.replace("PL 1000", "PL 2000"));
    session.rebuild(&changed(&site, locales)).unwrap();
    assert_same_as_full_build(&site, "an edit of the site's locales");
    let footer = |file: &str| site.html(file).text(".footer-address");
    assert_eq!(
        footer("fi/tiedotteet/index.html"),
        "PL 2000\n00531 Helsinki"
    );

    // A title shown in the footer menu of every page, edited as text: a fast rebuild.
    let statement = "content/about/accessibility.fi.md";
    site.edit(statement, |t| {
        t.replace(
            "title: \"Saavutettavuusseloste\"",
            "title: \"Saavutettavuus\"",
        )
    });
    session.rebuild(&changed(&site, statement)).unwrap();
    assert_same_as_full_build(&site, "a new title of a page in the footer menu");
    let menu = site.html("fi/tiedotteet/index.html");
    let titles: Vec<String> = (menu.all(".footer-nav a").into_iter())
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(
        titles,
        ["Yhteystiedot", "Saavutettavuus", "Tietosuojaseloste"]
    );
}
