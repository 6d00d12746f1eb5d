//! Section feeds: one per language and format for every section whose `_index.<lang>.md`
//! says `feed: true`, holding only that language's pages. Tag pages have feeds too (see
//! `tags`); both render every format of [`FORMATS`].

use serde::Serialize;
use tera::{Context, Tera};

use super::{Affected, Change, Kind};
use crate::config::LangId;
use crate::error::Diagnostic;
use crate::frontmatter::PageDate;
use crate::ids::IdVec;
use crate::model::{PageId, SectionId, Site};
use crate::render::{Inputs, Output, Shared, template_error};

/// A feed format: the template that renders it and the file it makes beside its listing.
#[derive(Debug)]
pub(crate) struct FeedFormat {
    pub(crate) template: &'static str,
    /// The file name, beside the listing's `index.html`.
    pub(crate) file: &'static str,
    /// For `<link rel="alternate" type="…">`.
    pub(crate) media_type: &'static str,
}

/// Every feed format a feed is made in; the first is the one templates link to as `feed`.
pub(crate) const FORMATS: &[FeedFormat] = &[FeedFormat {
    template: "atom.xml",
    file: "atom.xml",
    media_type: "application/atom+xml",
}];

/// The site-relative URLs of the feeds of `section` in `lang`, one per format, with their
/// formats; none when the section has no feed.
pub(crate) fn feed_urls(
    site: &Site,
    section: SectionId,
    lang: LangId,
) -> Vec<(String, &'static FeedFormat)> {
    let Some(index) = site.sections[section].index[lang] else {
        return Vec::new();
    };
    let page = &site.pages[index];
    match page.source.listing.as_ref().and_then(|l| l.feed) == Some(true) {
        true => FORMATS
            .iter()
            .map(|format| (format!("{}{}", page.url, format.file), format))
            .collect(),
        false => Vec::new(),
    }
}

/// Every section feed of the site: `(section, language)`.
pub(crate) fn all_feeds(site: &Site) -> impl Iterator<Item = (SectionId, LangId)> + '_ {
    site.sections.ids().flat_map(move |section| {
        site.config
            .languages
            .ids()
            .filter(move |&lang| !feed_urls(site, section, lang).is_empty())
            .map(move |lang| (section, lang))
    })
}

pub(super) struct SectionFeeds;

impl Kind for SectionFeeds {
    /// A section, a language and an index into [`FORMATS`].
    type Job = (SectionId, LangId, usize);

    fn jobs(&self, inputs: &Inputs) -> Vec<Self::Job> {
        all_feeds(inputs.site)
            .flat_map(|(section, lang)| (0..FORMATS.len()).map(move |f| (section, lang, f)))
            .collect()
    }

    fn affected(&self, change: &Change) -> Affected<Self::Job> {
        let site = change.new;
        Affected::of(change.shown().flat_map(|id| {
            let page = &site.pages[id];
            let (section, lang) = (page.section, page.lang());
            let formats = feed_urls(site, section, lang).len();
            (0..formats).map(move |f| (section, lang, f))
        }))
    }

    fn render(&self, inputs: &Inputs, _: &Shared, job: Self::Job) -> super::Rendered {
        let (section, lang, format) = job;
        let feed = render_section_feed(inputs, section, lang, format);
        vec![feed]
    }
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
    /// The page's description.
    summary: Option<&'a str>,
    /// The body up to `<!-- more -->` as HTML, for `<summary type="html">`.
    summary_html: Option<&'a str>,
}

/// RFC 3339 as Atom requires: a date without time is midnight in the site's time zone.
fn rfc3339(date: &PageDate) -> String {
    date.rfc3339.clone()
}

/// What one feed holds: its title, its address and that of its listing page, its pages.
pub(super) struct FeedSpec<'a> {
    pub(crate) lang: LangId,
    pub(crate) title: &'a str,
    /// Site-relative URL of the feed file.
    pub(crate) url: String,
    /// Site-relative URL of the listing the feed belongs to.
    pub(crate) alternate: &'a str,
    pub(crate) pages: &'a [PageId],
    /// The pages' rendered bodies, for their summaries.
    pub(crate) contents: &'a IdVec<PageId, crate::markdown::Rendered>,
    /// The file that asked for the feed, for error messages.
    pub(crate) origin: &'a std::path::Path,
}

/// Renders the feed of `section` in `lang` in `FORMATS[format]`; `now` dates a feed with no
/// dated entries.
fn render_section_feed(
    inputs: &Inputs,
    section: SectionId,
    lang: LangId,
    format: usize,
) -> Result<Output, Diagnostic> {
    let site = inputs.site;
    let index = site.sections[section].index[lang].ok_or_else(|| {
        Diagnostic::error(
            crate::error::Code::OutputFeed,
            "content",
            None,
            crate::messages::text!("output-feed"),
        )
    })?;
    let page = &site.pages[index];
    let spec = FeedSpec {
        lang,
        title: &page.source.title,
        url: format!("{}{}", page.url, FORMATS[format].file),
        alternate: &page.url,
        pages: &site.sections[section].pages[lang],
        contents: inputs.contents,
        origin: page.source.path(),
    };
    render_feed(site, inputs.tera, &spec, &FORMATS[format], inputs.now)
}

/// Renders one feed in `format`.
pub(super) fn render_feed(
    site: &Site,
    tera: &Tera,
    spec: &FeedSpec,
    format: &FeedFormat,
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
                summary_html: spec.contents[*id].summary.as_deref(),
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
    let template = format.template;
    let xml = tera
        .render(template, &context)
        .map_err(|e| template_error(template, &e, Some(spec.origin)))?;
    Ok(Output {
        path: crate::link::output_path(config, &spec.url).to_string(),
        bytes: xml.into_bytes(),
    })
}
