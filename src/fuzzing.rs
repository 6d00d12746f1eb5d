//! Entry points for the fuzz targets in `fuzz/` and the property tests in
//! `tests/suite/properties.rs`: they run the build's own stages on text in memory. Not API: these
//! functions may change or go away in any release.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::config::{self, Config};
use crate::error::{Diagnostic, Diagnostics};
use crate::ids::IdVec;
use crate::load::{self, CONTENT_DIR, LoadOptions, Source};
use crate::model::PageId;
use crate::{link, markdown};

mod files;
pub use files::{SiteCase, site};

/// The file the fuzzed text is read as, relative to `content/`.
pub const INPUT: &str = "news/x.fi.md";

/// A site in three languages, with its base URL under a path so that URLs get a prefix.
const SITE_YAML: &str = "\
base_url: https://example.org/agency/
default_language: fi
languages:
  - code: fi
    name: Suomeksi
    title: Sivusto
  - code: sv
    name: På svenska
    title: Webbplatsen
  - code: en
    name: In English
    title: The site
";

/// The pages the fuzzed page sits among and can link to, relative to `content/`.
const FIXED: [(&str, &str); 3] = [
    (
        "_index.fi.md",
        "---\ntitle: Etusivu\n---\n## Ajankohtaista\n\nLue [uutiset](@/news/_index.md).\n",
    ),
    (
        "news/_index.fi.md",
        "---\ntitle: Uutiset\nslug: uutiset\nsort_by: weight\npaginate: 2\nfeed: true\n---\n",
    ),
    (
        "news/a.fi.md",
        "---\ntitle: Ensimmäinen\ndate: 2025-03-16T10:02:00+02:00\ntags: [työelämä]\n---\n\
         ## Mitä muuttuu?\n\nTeksti.\n\n## Yhteystiedot {#yhteys}\n\n[Etusivu](@/_index.md#ajankohtaista)\n",
    ),
];

static CONFIG: LazyLock<Result<Config, Vec<Diagnostic>>> =
    LazyLock::new(|| config::parse(SITE_YAML));

/// Publish drafts and future pages, so that as much input as possible reaches every stage.
fn options() -> LoadOptions {
    LoadOptions {
        drafts: true,
        future: true,
        now: jiff::Timestamp::from_second(1_767_225_600).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
    }
}

fn parse(relative: &str, text: &str, config: &Config) -> Result<Option<Source>, Vec<Diagnostic>> {
    let path = PathBuf::from(CONTENT_DIR).join(relative);
    load::parse_source(path, Path::new(relative), text, config, options()).map(load::Read::page)
}

/// Parses `text` as the content file `content/news/x.fi.md` as `kielo build` does: splits off
/// the front matter, reads its keys, checks the title and the dates.
pub fn front_matter(text: &str) -> Result<(), Vec<Diagnostic>> {
    let config = CONFIG.as_ref().map_err(Clone::clone)?;
    parse(INPUT, text, config).map(|_| ())
}

/// Builds a small site in memory with `text` as `content/news/x.fi.md`, up to and including
/// the Markdown of every page (with `@/` links and their anchors resolved). Returns every diagnostic when any is
/// an error.
pub fn page(text: &str) -> Result<(), Vec<Diagnostic>> {
    let config = CONFIG.as_ref().map_err(Clone::clone)?;
    let mut diagnostics = Diagnostics::default();
    let mut sources = Vec::new();
    for (relative, text) in FIXED.into_iter().chain([(INPUT, text)]) {
        match parse(relative, text, config) {
            Ok(Some(source)) => sources.push(source),
            Ok(None) => {}
            Err(problems) => diagnostics.extend(problems),
        }
    }
    let words = crate::build::path_words(config, None, false);
    let site = link::link(config.clone(), sources, &words, &mut diagnostics);
    let contents: IdVec<PageId, markdown::Rendered> = (site.pages.ids())
        .map(|id| crate::build::render_markdown(&site, id, None, None))
        .collect();
    for content in &contents {
        diagnostics.extend(content.diagnostics.iter().cloned());
    }
    diagnostics.extend(markdown::check_anchors(&site.pages, &contents));
    // What a page carries into HTML and feeds never holds a control character.
    for (page, content) in site.pages.iter().zip(&contents) {
        let front = &page.source.front;
        let texts = [
            Some(&page.source.title),
            front.description.as_ref(),
            Some(&content.html),
        ];
        for text in texts.into_iter().flatten() {
            assert!(
                !text.contains(crate::controls::is_forbidden),
                "a control character reached a page: {text:?}"
            );
        }
    }
    if diagnostics.has_errors() {
        Err(diagnostics.into_warnings())
    } else {
        Ok(())
    }
}

/// The fixed site.yaml's configuration, for unit tests.
#[cfg(test)]
pub(crate) fn config() -> &'static Config {
    CONFIG.as_ref().expect("the fixed site.yaml parses")
}

/// The Finnish page `news/x.fi.md` with `body`, for unit tests of Markdown.
#[cfg(test)]
pub(crate) fn source(body: &str) -> Source {
    let config = CONFIG.as_ref().expect("the fixed site.yaml parses");
    let text = format!("---\ntitle: X\n---\n{body}\n");
    let source = parse("news/x.fi.md", &text, config).ok().flatten();
    source.expect("a valid test page")
}

/// A linked site of Finnish pages `news/<name>.fi.md`, each with a date (none when empty)
/// and tags, for unit tests of what linking derives.
#[cfg(test)]
pub(crate) fn linked_site_with_tags(pages: &[(&str, &str, &[&str])]) -> crate::model::Site {
    let config = CONFIG.as_ref().expect("the fixed site.yaml parses");
    let sources = pages.iter().map(|(name, date, tags)| {
        let date = match date.is_empty() {
            true => String::new(),
            false => format!("date: {date}\n"),
        };
        let text = format!(
            "---\ntitle: {name}\n{date}tags: [{}]\n---\n",
            tags.join(", ")
        );
        let relative = format!("news/{name}.fi.md");
        parse(&relative, &text, config)
            .ok()
            .flatten()
            .expect("a valid test page")
    });
    let words = crate::build::path_words(config, None, false);
    link::link(
        config.clone(),
        sources.collect(),
        &words,
        &mut Diagnostics::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_site_builds_with_a_plain_page() {
        let text = "---\ntitle: X\n---\n[A](@/news/a.md#yhteys) ja [B](@/news/a.sv.md)\n";
        assert_eq!(front_matter(text), Ok(()));
        let err = page(text).unwrap_err();
        assert_eq!(err.len(), 1, "{err:?}");
        assert_eq!(err[0].path, Path::new("content/news/x.fi.md"));
        assert!(err[0].message.contains("does not exist"), "{err:?}");
        assert_eq!(page(&text.replace(" ja [B](@/news/a.sv.md)", "")), Ok(()));
    }

    #[test]
    fn the_toml_seed_reads_with_only_zolas_key_refused() {
        let seed = include_str!("../fuzz/seeds/zola-toml.md");
        let err = front_matter(seed).unwrap_err();
        let found: Vec<_> = err.iter().map(|d| (d.code, d.line)).collect();
        assert_eq!(
            found,
            [(crate::error::Code::FrontmatterUnknownKey, Some(5))]
        );
        assert_eq!(page(&seed.replace("paginate_by = 5\n", "")), Ok(()));
    }

    #[test]
    fn front_matter_problems_are_errors() {
        assert!(front_matter("no front matter").is_err());
        assert!(front_matter("---\ntitle: X\ndate: 2026-02-30\n---\n").is_err());
        assert!(page("---\ntitle: X\nslug: ../\n---\n").is_err());
        assert!(front_matter("+++\ntitle = \"X\"\ndate = 2026-02-30\n+++\n").is_err());
        assert_eq!(front_matter("+++\ntitle = \"X\"\n+++\n"), Ok(()));
    }
}
