//! Pages and listings: every page of the site, or each page of a listing, rendered with its
//! template. A page's title is shown on others (listings, switchers, related links), so a
//! change to it reaches them.

use serde::Serialize;
use tera::{Context, Tera};

use super::{Affected, Change, Kind};
use crate::error::Diagnostic;
use crate::ids::IdVec;
use crate::markdown::{Heading, Rendered};
use crate::model::{PageId, PageKind, Site};
use crate::render::{
    Inputs, Output, PageRef, Shared, base_context, head_title, listed, page_alternates, page_ref,
    switcher, template_error, x_default,
};

/// The template of the home page of each language.
pub(crate) const HOME_TEMPLATE: &str = "index.html";
/// The template of a section's own page, its listing.
const SECTION_TEMPLATE: &str = "section.html";
/// The template of any other page.
const PAGE_TEMPLATE: &str = "page.html";

pub(super) struct Pages;

impl Kind for Pages {
    type Job = PageId;

    fn jobs(&self, inputs: &Inputs) -> Vec<PageId> {
        inputs.site.pages.ids().collect()
    }

    fn affected(&self, change: &Change) -> Affected<PageId> {
        let new = change.new;
        let mut pages = change.pages.to_vec();
        for id in change.shown() {
            let page = &new.pages[id];
            let card = change.card(id);
            // A section's title is in every page's navigation and breadcrumbs, and a menu's
            // page in every page's menu.
            let everywhere = page.kind != PageKind::Page || crate::menus::shows(new, id);
            if card && (everywhere || change.calls.elsewhere) {
                return Affected::Everything;
            }
            let lang = page.lang();
            pages.extend(new.groups[page.group].iter().flatten());
            pages.extend(new.sections[page.section].index[lang]);
            pages.extend(new.neighbours[id].iter().flatten());
            // Which pages list this one as related depends on tags and dates, which are the
            // same.
            let related = change.related;
            pages.extend(related.ids().filter(|&other| related[other].contains(&id)));
            if card && change.calls.home {
                pages.extend(new.config.languages.ids().map(|l| new.home(l)));
            }
        }
        Affected::of(pages)
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, id: PageId) -> super::Rendered {
        let Inputs {
            site,
            contents,
            related,
            tera,
            ..
        } = *inputs;
        match render_page(site, shared, contents, related, tera, id) {
            Ok(outputs) => outputs.into_iter().map(Ok).collect(),
            Err(problem) => vec![Err(problem)],
        }
    }
}

/// Where templates call `section()`, which lists any section's pages on any page: then a new
/// title reaches pages that do not otherwise show it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SectionCalls {
    /// The home page's template calls it.
    pub(crate) home: bool,
    /// Some other template calls it, so any page may list any other.
    pub(crate) elsewhere: bool,
}

impl SectionCalls {
    /// From the templates as `(name, text)`.
    pub(crate) fn find<'a>(templates: impl Iterator<Item = (&'a str, &'a [u8])>) -> SectionCalls {
        let mut calls = SectionCalls {
            home: false,
            elsewhere: false,
        };
        let calls_section = |text: &[u8]| memchr::memmem::find(text, b"section(").is_some();
        for (name, _) in templates.filter(|(_, text)| calls_section(text)) {
            match name {
                HOME_TEMPLATE => calls.home = true,
                _ => calls.elsewhere = true,
            }
        }
        calls
    }
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    /// The front matter's description.
    description: Option<&'a str>,
    /// For `<meta name="description">`: the front matter's description, else the lead, else
    /// a sentence in the page's language.
    meta_description: String,
    /// The `<title>`: the title with the site's name, as long as it fits 70 characters.
    head_title: String,
    kind: &'static str,
    /// For a listing split into pages, the address of this page of it.
    url: String,
    permalink: String,
    date: Option<&'a str>,
    updated: Option<&'a str>,
    tags: Vec<TagLink>,
    contacts: &'a [crate::frontmatter::Contact],
    extra: &'a serde_yaml::Mapping,
    content: &'a str,
    headings: &'a [Heading],
    /// `toc` from front matter: `true`, `false`, or unset (`none`) for the theme to decide.
    toc: Option<bool>,
    /// The page's picture: its `image:`, else the first picture of its text; for previews.
    image: Option<crate::media::ImageView>,
    /// The body up to `<!-- more -->` as HTML, if it has the marker.
    summary: Option<&'a str>,
    source: String,
}

/// A tag of a page, with the address of its page.
#[derive(Serialize)]
struct TagLink {
    name: String,
    url: String,
}

fn render_page(
    site: &Site,
    shared: &Shared,
    contents: &IdVec<PageId, Rendered>,
    related: &IdVec<PageId, Vec<PageId>>,
    tera: &Tera,
    id: PageId,
) -> Result<Vec<Output>, Diagnostic> {
    let page = &site.pages[id];
    let config = &site.config;
    let lang = page.lang();
    let source = &page.source;
    let mut context = base_context(shared, site, lang);
    let lead = Some(contents[id].lead.as_str()).filter(|l| !l.is_empty());
    let description = source.front.description.as_deref();
    let site_title = config.languages[lang].title.as_str();
    let mut view = PageView {
        title: &source.title,
        description,
        meta_description: description.or(lead).map_or_else(
            || {
                let args = [("title", source.title.as_str()), ("site", site_title)];
                shared.message(lang, "description-page", &args)
            },
            str::to_string,
        ),
        head_title: head_title(site, lang, &source.title, page.kind == PageKind::Home),
        kind: page.kind.as_str(),
        url: page.url.clone(),
        permalink: config.permalink(&page.url),
        date: source.date.as_ref().map(|d| d.iso.as_str()),
        updated: source.updated.as_ref().map(|d| d.iso.as_str()),
        tags: source
            .front
            .tags
            .iter()
            .filter_map(|name| {
                Some(TagLink {
                    name: name.clone(),
                    url: site.taxonomies[lang].tag_url(name)?,
                })
            })
            .collect(),
        contacts: &source.front.contacts,
        extra: &source.front.extra,
        content: &contents[id].html,
        summary: contents[id].summary.as_deref(),
        headings: &contents[id].headings,
        toc: source.front.toc,
        image: (site.media.page_view(config, id)).or_else(|| {
            let (first, alt) = contents[id].first_picture.as_ref()?;
            crate::media::ImageView::new(config, first, alt.as_deref())
        }),
        source: source.path().to_string_lossy().replace('\\', "/"),
    };
    let counterparts = site.counterparts(id);
    let switch = switcher(site, lang, |l| {
        let target = &site.pages[counterparts[l].page];
        (
            target.url.as_str(),
            target.source.title.as_str(),
            counterparts[l].translated,
        )
    });
    context.insert("translations", &switch);
    // Each page of a listing has its own hreflang set: the same page number in each language.
    let insert_alternates = |context: &mut Context, number: usize| {
        let alternates = page_alternates(site, id, number);
        context.insert("x_default", &x_default(&alternates));
        context.insert("alternates", &alternates);
    };
    insert_alternates(&mut context, 1);
    let crumbs: Vec<PageRef> = site
        .ancestors(id)
        .into_iter()
        .map(|a| page_ref(site, a))
        .collect();
    context.insert("breadcrumbs", &crumbs);
    let related: Vec<PageRef> = related[id].iter().map(|&p| page_ref(site, p)).collect();
    context.insert("related", &related);
    let [previous, next] = site.neighbours[id].map(|n| n.map(|p| page_ref(site, p)));
    context.insert("previous", &previous);
    context.insert("next", &next);
    let template = match (&source.front.template, page.kind) {
        (Some(name), _) => name.as_str(),
        (None, PageKind::Home) => HOME_TEMPLATE,
        (None, PageKind::Section) => SECTION_TEMPLATE,
        (None, PageKind::Page) => PAGE_TEMPLATE,
    };
    let render = |context: &Context, url: &str| {
        let html = tera
            .render(template, context)
            .map_err(|e| template_error(template, &e, Some(source.path())))?;
        Ok(Output {
            path: crate::link::output_of(config, url),
            bytes: html.into_bytes(),
        })
    };
    if page.kind == PageKind::Page {
        context.insert("page", &view);
        return render(&context, &page.url).map(|output| vec![output]);
    }
    let section = &site.sections[page.section];
    {
        let subsections: Vec<PageRef> = section
            .children
            .iter()
            .filter_map(|&c| site.sections[c].index[lang])
            .map(|p| page_ref(site, p))
            .collect();
        context.insert("subsections", &subsections);
        let feeds = super::feed_urls(site, page.section, lang);
        context.insert("feed", &feeds.first().map(|(url, _)| url));
    }
    let chunks = site.listing_chunks(id);
    let url_of = |number: usize| site.listing_url(id, number);
    chunks
        .iter()
        .enumerate()
        .map(|(index, chunk)| {
            let number = index + 1;
            view.url = url_of(number);
            view.permalink = config.permalink(&view.url);
            context.insert("page", &view);
            insert_alternates(&mut context, number);
            let pages: Vec<PageRef> = chunk.iter().map(|&p| listed(site, contents, p)).collect();
            context.insert("pages", &pages);
            context.insert(
                "paginator",
                &Paginator {
                    number,
                    count: chunks.len(),
                    first: &page.url,
                    previous: (number > 1).then(|| url_of(number - 1)),
                    next: (number < chunks.len()).then(|| url_of(number + 1)),
                },
            );
            render(&context, &view.url)
        })
        .collect()
}

/// Where a page of a split listing stands among the others.
#[derive(Serialize)]
struct Paginator<'a> {
    /// 1-based number of this page of the listing.
    number: usize,
    count: usize,
    first: &'a str,
    previous: Option<String>,
    next: Option<String>,
}
