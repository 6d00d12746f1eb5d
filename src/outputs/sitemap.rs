//! The sitemap: every page a search engine should know, with its hreflang set.

use serde::Serialize;
use tera::{Context, Tera};

use super::{Affected, Change, Kind};
use crate::error::Diagnostic;
use crate::model::Site;
use crate::render::{
    Alternate, Inputs, Output, Shared, alternates, page_alternates, template_error,
};

const TEMPLATE: &str = "sitemap.xml";
/// Where it goes, at the root of the output folder whatever the path of `base_url`, as
/// robots.txt names it.
pub(super) const FILE: &str = "sitemap.xml";

pub(super) struct Sitemap;

impl Kind for Sitemap {
    type Job = ();

    fn jobs(&self, _: &Inputs) -> Vec<()> {
        vec![()]
    }

    /// The sitemap shows when each page last changed.
    fn affected(&self, change: &Change) -> Affected<()> {
        let dated = change.pages.iter().any(|&id| change.dated(id));
        Affected::Jobs(if dated { vec![()] } else { Vec::new() })
    }

    fn render(&self, inputs: &Inputs, _: &Shared, (): ()) -> super::Rendered {
        let sitemap = render_sitemap(inputs.site, inputs.tera).map(|bytes| Output {
            path: FILE.into(),
            bytes,
        });
        vec![sitemap]
    }

    fn fixed_paths(&self) -> &'static [&'static str] {
        &[FILE]
    }
}

#[derive(Serialize)]
struct SitemapEntry {
    permalink: String,
    lastmod: Option<String>,
    alternates: Vec<Alternate>,
}

/// Every page a search engine should know: each page and each page of a listing, the tag
/// lists and tag pages, each with its hreflang set (search pages are `noindex`, so left out).
fn render_sitemap(site: &Site, tera: &Tera) -> Result<Vec<u8>, Diagnostic> {
    let config = &site.config;
    let mut entries: Vec<SitemapEntry> = Vec::with_capacity(site.pages.len());
    for (id, page) in site.pages.with_ids() {
        let source = &page.source;
        let lastmod = source.updated.as_ref().or(source.date.as_ref());
        for number in 1..=site.listing_len(id) {
            entries.push(SitemapEntry {
                permalink: config.permalink(&site.listing_url(id, number)),
                lastmod: lastmod.map(|d| d.iso.clone()),
                alternates: page_alternates(site, id, number),
            });
        }
    }
    // Tag lists are versions of each other; a tag is a word of one language and has none.
    let lists = site.tag_lists();
    for (_, url) in &lists {
        entries.push(SitemapEntry {
            permalink: config.permalink(url),
            lastmod: None,
            alternates: alternates(site, &lists),
        });
    }
    for (lang, taxonomy) in site.taxonomies.with_ids() {
        for tag in &taxonomy.tags {
            entries.push(SitemapEntry {
                permalink: config.permalink(&tag.url),
                lastmod: None,
                alternates: alternates(site, &[(lang, tag.url.clone())]),
            });
        }
    }
    let mut context = Context::new();
    context.insert("entries", &entries);
    tera.render(TEMPLATE, &context)
        .map(String::into_bytes)
        .map_err(|e| template_error(TEMPLATE, &e, None))
}
