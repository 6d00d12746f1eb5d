//! Atom feeds: one per language for every section whose `_index.<lang>.md` says `feed: true`,
//! holding only that language's pages.

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::Diagnostic;
use crate::frontmatter::PageDate;
use crate::model::{PageId, SectionId, Site};
use crate::render::{Output, template_error};

/// The file name of a section's feed, beside the section's `index.html`.
const FEED_FILE: &str = "atom.xml";

/// The site-relative URL of the feed of `section` in `lang`, if it has one.
pub(crate) fn feed_url(site: &Site, section: SectionId, lang: usize) -> Option<String> {
    let index = site.sections[section].index[lang]?;
    let page = &site.pages[index];
    (page.source.front.feed == Some(true)).then(|| format!("{}{FEED_FILE}", page.url))
}

/// Every feed of the site: `(section, language)`.
pub(crate) fn all_feeds(site: &Site) -> impl Iterator<Item = (SectionId, usize)> + '_ {
    (0..site.sections.len()).flat_map(move |section| {
        (0..site.config.languages.len())
            .filter(move |&lang| feed_url(site, section, lang).is_some())
            .map(move |lang| (section, lang))
    })
}

#[derive(Serialize)]
struct FeedView<'a> {
    title: &'a str,
    /// The feed's own absolute address, also its Atom id.
    url: String,
    /// The listing page the feed belongs to.
    alternate: String,
    updated: String,
    author: &'a str,
}

#[derive(Serialize)]
struct EntryView<'a> {
    title: &'a str,
    permalink: String,
    published: Option<String>,
    updated: String,
    summary: Option<&'a str>,
}

/// RFC 3339 as Atom requires: a date without time is midnight in the site's time zone.
fn rfc3339(date: &PageDate) -> String {
    date.rfc3339.clone()
}

/// What one feed holds: its title, its address and that of its listing page, its pages.
pub(crate) struct FeedSpec<'a> {
    pub(crate) lang: usize,
    pub(crate) title: &'a str,
    /// Site-relative URL of the feed file.
    pub(crate) url: String,
    /// Site-relative URL of the listing the feed belongs to.
    pub(crate) alternate: &'a str,
    pub(crate) pages: &'a [PageId],
    /// The file that asked for the feed, for error messages.
    pub(crate) origin: &'a std::path::Path,
}

/// Renders the feed of `section` in `lang`; `now` dates a feed with no dated entries.
pub(crate) fn render_section_feed(
    site: &Site,
    tera: &Tera,
    section: SectionId,
    lang: usize,
    now: jiff::Timestamp,
) -> Result<Output, Diagnostic> {
    let index = site.sections[section].index[lang].ok_or_else(|| {
        Diagnostic::error(
            crate::error::Code::OutputFeed,
            "content",
            None,
            "a feed without a section page".into(),
        )
    })?;
    let page = &site.pages[index];
    let spec = FeedSpec {
        lang,
        title: &page.source.title,
        url: feed_url(site, section, lang).unwrap_or_default(),
        alternate: &page.url,
        pages: &site.sections[section].pages[lang],
        origin: &page.source.path,
    };
    render_feed(site, tera, &spec, now)
}

/// Renders one Atom feed with the `atom.xml` template.
pub(crate) fn render_feed(
    site: &Site,
    tera: &Tera,
    spec: &FeedSpec,
    now: jiff::Timestamp,
) -> Result<Output, Diagnostic> {
    let config = &site.config;
    let last_change = |id: &PageId| {
        let source = &site.pages[*id].source;
        source.updated.as_ref().or(source.date.as_ref())
    };
    let entries: Vec<EntryView> = spec
        .pages
        .iter()
        .map(|id| {
            let source = &site.pages[*id].source;
            EntryView {
                title: &source.title,
                permalink: config.permalink(&site.pages[*id].url),
                published: source.date.as_ref().map(rfc3339),
                updated: last_change(id).map_or_else(|| now.to_string(), rfc3339),
                summary: source.front.description.as_deref(),
            }
        })
        .collect();
    let newest = spec
        .pages
        .iter()
        .filter_map(last_change)
        .max_by_key(|d| d.timestamp);
    let language = &config.languages[spec.lang];
    let mut context = Context::new();
    context.insert("lang", &language.code);
    context.insert(
        "feed",
        &FeedView {
            title: spec.title,
            url: config.permalink(&spec.url),
            alternate: config.permalink(spec.alternate),
            updated: newest.map_or_else(|| now.to_string(), rfc3339),
            author: &language.author,
        },
    );
    context.insert("entries", &entries);
    let xml = tera
        .render("atom.xml", &context)
        .map_err(|e| template_error("atom.xml", &e, Some(spec.origin)))?;
    Ok(Output {
        path: crate::link::output_path(config, &spec.url).to_string(),
        bytes: xml.into_bytes(),
    })
}
