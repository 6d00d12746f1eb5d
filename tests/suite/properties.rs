//! Property tests: any page, however broken, builds or is reported as an error that names the
//! file; nothing panics. Pages are plausible but nasty: front matter with known keys holding
//! wrong types and bad dates, Markdown with `@/` links to pages that exist and that do not.

use std::path::Path;

use proptest::prelude::*;
use proptest::sample::select;

/// Every key a content file may set but `title`, which every page gets once.
const KEYS: &[&str] = &[
    "date",
    "updated",
    "expires",
    "description",
    "slug",
    "tags",
    "draft",
    "aliases",
    "translation_key",
    "weight",
    "template",
    "feed",
    "paginate",
    "sort_by",
    "toc",
    "contacts",
    "extra",
];

/// Keys a content file may not set, and `title` a second time.
const TYPOS: &[&str] = &["tittle", "Title", "tags ", "extra.colour", "title"];

/// Text values, as titles and descriptions.
const TEXTS: &[&str] = &[
    "Uusi neuvontapuhelin",
    "\"Otsikko: lainattu\"",
    "\"a \\\"b\\\" c\"",
    "'it''s'",
    "Ωμέγα 🚀",
    "العربية",
    "ääkkönen",
    "special.html",
    "../../templates/base.html",
    "|\n  first\n  second",
    ">-\n  folded",
    "\"\"",
    "''",
    "\"\\u0085\\u2028\"",
    "\"\\x01 \\e[31m \\0\"",
    "Pysty\u{b}sarkain",
    "Nolla\u{0}tavu",
    "\u{1b}[31mpunainen",
    "\u{fffe}",
];

/// Values that are not YAML, or not the YAML they seem.
const HOSTILE: &[&str] = &[
    "\"\\u0000\\uD800\"",
    "\"unterminated",
    "a: b",
    "# comment",
    "&anchor x",
    "*alias",
    "!!binary aGVsbG8=",
    "!tag x",
    "\t tab",
    "{",
];

/// Dates, good and bad; the fixed clock is 2026-01-01.
const DATES: &[&str] = &[
    "2026-03-16",
    "2025-03-16T10:02:00+02:00",
    "2099-01-01",
    "2026-03-16T10:02:00Z",
    "2026-03-16T10:02:00",
    "2026-02-30",
    "2026-13-01",
    "2026-03-16T25:00:00Z",
    "9999-12-31T23:59:59-23:59",
    "-009999-01-01T00:00:00+25:59",
    "0000-01-01",
    "2026-03-16 10:02",
    "\"  2026-03-16  \"",
    "yesterday",
];

/// Slugs and names, good and hostile.
const SLUGS: &[&str] = &[
    "uusi-neuvontapuhelin",
    "a",
    "uutiset",
    "../",
    "../../etc/passwd",
    "a/b",
    ".",
    "Ääkkönen Öljy",
    "🚀",
    "\"\"",
];

/// Lists, as tags and aliases.
const LISTS: &[&str] = &[
    "[]",
    "[a, b]",
    "[työelämä, Työelämä, '', '!!!']",
    "[/fi/vanha/, /sv/, old.html]",
    "[../x, /fi/ok/, 'c:/x', '', /agency/fi/uutiset/, /agency/fi/uutiset/a/index.html]",
    "[1, 2]",
    "[[nested]]",
    "\n  - yksi\n  - kaksi",
];

/// Values for `contacts` and `extra`.
const BLOCKS: &[&str] = &[
    "\n  - name: Laura Heikkilä\n    role: viestintä\n    email: l@example.org",
    "\n  - name: X\n    phone: +358 29 000 7102",
    "\n  - name: X\n    phone: [1]",
    "\n  - role: no name",
    "\n  - name: X\n    fax: 1",
    "{}",
    "{ colour: blue, n: [1, {a: b}] }",
    "\n  key: value",
];

/// Scalars of other types.
const SCALARS: &[&str] = &[
    "true",
    "false",
    "null",
    "~",
    "0",
    "-1",
    "10",
    "9223372036854775807",
    "9223372036854775808",
    "1.5",
    ".nan",
    "yes",
    "date",
    "weight",
    "title",
    "size",
];

/// Any value at all, whatever the key.
fn any_value() -> impl Strategy<Value = String> {
    let all: Vec<&str> = [TEXTS, HOSTILE, DATES, SLUGS, LISTS, BLOCKS, SCALARS].concat();
    prop_oneof![
        4 => select(all).prop_map(str::to_string),
        1 => "\\PC{0,30}",
        1 => "[^\n]{0,10}",
    ]
}

/// A value of the type `key` expects, usually good.
fn typed_value(key: &str) -> BoxedStrategy<String> {
    let pool: &'static [&'static str] = match key {
        "date" | "updated" | "expires" => DATES,
        "slug" | "translation_key" => SLUGS,
        "tags" | "aliases" => LISTS,
        "contacts" | "extra" => BLOCKS,
        "draft" | "feed" | "toc" => &["true", "false"],
        "weight" | "paginate" => &["0", "1", "-3", "10"],
        "sort_by" => &["date", "weight", "title", "size"],
        _ => TEXTS,
    };
    prop_oneof![
        4 => select(pool).prop_map(str::to_string),
        1 => "\\PC{1,30}".prop_map(|s| format!("'{}'", s.replace('\'', "''"))),
        1 => "\\PC{1,30}",
    ]
    .boxed()
}

/// Pieces of Markdown bodies.
const FRAGMENTS: &[&str] = &[
    "# Otsikko",
    "## Mitä muuttuu?",
    "## Mitä muuttuu?\n\n## Mitä muuttuu?",
    "## Oma {#own}",
    "## Tyhjä {#}",
    "### ",
    "###### Syvä {#x .luokka avain=arvo}",
    "Setext\n======",
    "[a](@/news/a.md)",
    "[a](@/news/a.md#yhteys)",
    "[sv](@/news/a.sv.md#x)",
    "[en](@/news/a.en.md)",
    "[section](@/news/_index.md)",
    "[home](@/_index.md)",
    "[missing](@/missing.md)",
    "[missing](@/news/missing.fi.md#x)",
    "[self](@/news/x.md)",
    "[self](@/news/x.fi.md#self)",
    "[empty](@/)",
    "[empty](@/#)",
    "[anchors](@/news/a.md#ä#b)",
    "[spaces](<@/news/a.md#with space>)",
    "<@/news/a.md>",
    "[ref][1]\n\n[1]: @/news/a.md \"title\"",
    "![image](@/news/a.md)",
    "[js](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<div onclick=\"x()\">raw</div>",
    "<script>alert(1)</script>",
    "<!-- unclosed comment",
    "<a href=\"@/missing.md\">x</a>",
    "| a | b |\n|---|---|\n| 1 | [x](@/missing.md) |",
    "| a |\n|---|",
    "Text[^1]\n\n[^1]: Note with [link](@/news/a.md)",
    "[^nope]",
    "[^1]: [^1]",
    "```\n[x](@/missing.md)\n```",
    "```rust",
    "`code` and ``more``",
    "    indented code",
    "---",
    "***",
    "> quote\n> > nested",
    "- [x] done\n- [ ] todo",
    "~~struck~~",
    "\\",
    "&amp; &#0; &#x110000;",
    "\u{feff}",
    "\r",
    "\u{0}",
    "\u{b}\u{c}\u{7f}",
    "\u{1b}]0;title\u{7}",
    "<span>\u{85}</span>",
];

/// A Markdown body: fragments, arbitrary text and long lines.
fn body() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(FRAGMENTS).prop_map(str::to_string),
        1 => "\\PC{0,40}",
        1 => (1usize..5000, select(&["a", "#", "[", "`", "ä", " "][..]))
            .prop_map(|(n, s)| s.repeat(n)),
    ];
    (
        prop::collection::vec(piece, 0..12),
        select(&["\n", "\n\n", " "][..]),
    )
        .prop_map(|(pieces, separator)| pieces.join(separator))
}

/// One `key: value` line of front matter (a value may span lines).
fn entry() -> impl Strategy<Value = String> {
    prop_oneof![20 => select(KEYS), 1 => select(TYPOS)]
        .prop_flat_map(|key| {
            let value = prop_oneof![6 => typed_value(key), 1 => any_value()];
            (Just(key), value)
        })
        .prop_map(|(key, value)| format!("{key}: {value}"))
}

/// A whole content file: front matter with some keys, and a body; sometimes broken.
fn page_text() -> impl Strategy<Value = String> {
    let well_formed = (
        any::<bool>(),
        any::<bool>(),
        prop::option::weighted(0.95, typed_value("title")),
        prop::collection::vec(entry(), 0..6),
        prop_oneof![
            8 => Just("---"),
            1 => select(&["---  ", "", "--- trailing", "..."][..]),
        ],
        body(),
    )
        .prop_map(|(bom, crlf, title, entries, close, body)| {
            let mut lines = vec!["---".to_string()];
            lines.extend(title.map(|t| format!("title: {t}")));
            lines.extend(entries);
            lines.push(close.to_string());
            let text = format!("{}\n{body}", lines.join("\n"));
            let text = if crlf {
                text.replace('\n', "\r\n")
            } else {
                text
            };
            if bom { format!("\u{feff}{text}") } else { text }
        });
    prop_oneof![
        9 => well_formed,
        1 => "\\PC{0,200}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A page builds or fails with an error that names it; a panic fails the test.
    #[test]
    fn every_page_builds_or_names_its_file(text in page_text()) {
        let front = kielo::fuzzing::front_matter(&text);
        let result = kielo::fuzzing::page(&text);
        if front.is_err() {
            prop_assert!(result.is_err(), "front matter failed but the page built");
        }
        if let Err(diagnostics) = result {
            let input = Path::new("content").join(kielo::fuzzing::INPUT);
            prop_assert!(
                diagnostics.iter().any(|d| d.path == input),
                "no diagnostic names {}: {:?}",
                input.display(),
                diagnostics
            );
        }
    }
}

/// A build on disk with symlinks in the sources, a dangerous output folder and control
/// characters in a page (`kielo::fuzzing::site` checks what must hold and panics if not).
fn site_case() -> impl Strategy<Value = kielo::fuzzing::SiteCase> {
    (
        prop::collection::vec((0usize..9, 0usize..9), 0..4),
        0usize..13,
        any::<bool>(),
        prop::option::of((0usize..3, 0usize..8)),
        any::<bool>(),
    )
        .prop_map(
            |(links, out, force, character, twice)| kielo::fuzzing::SiteCase {
                links,
                out,
                force,
                character,
                twice,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Nothing from outside the site is published or shown, nothing kielo did not make is
    /// changed, no page or feed carries a control character, and nothing panics.
    #[cfg(unix)]
    #[test]
    fn builds_on_disk_never_leak_or_destroy(case in site_case()) {
        kielo::fuzzing::site(&case);
    }
}

/// Every output folder with and without `--force`, and every symlink alone: the cases most
/// likely to go wrong, each once.
#[cfg(unix)]
#[test]
fn every_output_folder_and_every_symlink() {
    use kielo::fuzzing::{SiteCase, site};
    for out in 0..13 {
        for force in [false, true] {
            site(&SiteCase {
                out,
                force,
                twice: true,
                ..SiteCase::default()
            });
        }
    }
    for place in 0..9 {
        for target in 0..9 {
            site(&SiteCase {
                links: vec![(place, target)],
                ..SiteCase::default()
            });
        }
    }
    // The refusals, as a user would see them.
    let refused = |out| {
        site(&SiteCase {
            out,
            force: true,
            ..SiteCase::default()
        })
    };
    for (out, says) in [
        (2, "is the site folder"),
        (3, "content/"),
        (11, "is a file"),
    ] {
        let message = refused(out).unwrap_or_default();
        assert!(message.contains(says), "{out}: {message}");
    }
    let message = site(&SiteCase {
        links: vec![(0, 0)],
        ..SiteCase::default()
    })
    .unwrap_or_default();
    assert!(message.contains("outside the site folder"), "{message}");
}

/// A case the property test found: the page template a link to a page whose text holds NUL.
#[cfg(unix)]
#[test]
fn a_template_with_a_control_character_is_an_error() {
    let case = kielo::fuzzing::SiteCase {
        links: vec![(5, 3)],
        out: 7,
        force: true,
        character: Some((2, 0)),
        twice: false,
    };
    let message = kielo::fuzzing::site(&case).expect("the build fails");
    assert!(
        message.contains("templates/page.html line 7, column 4"),
        "{message}"
    );
}
