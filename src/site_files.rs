//! Site-wide files beside the pages: redirects for aliases, 404 pages, the root page that
//! leads to the default language, and the sitemap with hreflang alternates.

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::Diagnostic;
use crate::model::{PageId, Site};
use crate::render::{
    Alternate, Output, Shared, alternates, base_context, page_alternates, page_ref, template_error,
};

/// A page at an old address that sends readers on to the page's current one.
pub(crate) fn render_alias(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    path: &str,
    id: PageId,
) -> Result<Output, Diagnostic> {
    let page = &site.pages[id];
    let mut context = base_context(shared, site, page.lang());
    context.insert("target", &page_ref(site, id));
    context.insert("permalink", &site.config.permalink(&page.url));
    let title = crate::render::head_title(site, page.lang(), &page.source.title, false);
    context.insert("head_title", &title);
    let html = tera
        .render("alias.html", &context)
        .map_err(|e| template_error("alias.html", &e, Some(&page.source.path)))?;
    Ok(Output {
        path: path.to_string(),
        bytes: html.into_bytes(),
    })
}

pub(crate) fn render_404(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: usize,
) -> Result<Output, Diagnostic> {
    let mut context = base_context(shared, site, lang);
    let home = &site.pages[site.home(lang)];
    context.insert("home", &page_ref(site, site.home(lang)));
    let html = tera
        .render("404.html", &context)
        .map_err(|e| template_error("404.html", &e, None))?;
    Ok(Output {
        path: format!(
            "{}404.html",
            crate::link::output_path(&site.config, &home.url)
        ),
        bytes: html.into_bytes(),
    })
}

/// `/index.html`: leads to the default language's home page.
pub(crate) fn render_root(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
) -> Result<Vec<u8>, Diagnostic> {
    let mut context = base_context(shared, site, site.config.default);
    let home = &site.pages[site.home(site.config.default)];
    context.insert("target", &home.url);
    tera.render("root.html", &context)
        .map(String::into_bytes)
        .map_err(|e| template_error("root.html", &e, None))
}

#[derive(Serialize)]
struct SitemapEntry {
    permalink: String,
    lastmod: Option<String>,
    alternates: Vec<Alternate>,
}

/// Every page a search engine should know: each page and each page of a listing, the tag
/// lists and tag pages, each with its hreflang set (search pages are `noindex`, so left out).
pub(crate) fn render_sitemap(site: &Site, tera: &Tera) -> Result<Vec<u8>, Diagnostic> {
    let config = &site.config;
    let mut entries: Vec<SitemapEntry> = Vec::with_capacity(site.pages.len());
    for (id, page) in site.pages.iter().enumerate() {
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
    for (lang, taxonomy) in site.taxonomies.iter().enumerate() {
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
    tera.render("sitemap.xml", &context)
        .map(String::into_bytes)
        .map_err(|e| template_error("sitemap.xml", &e, None))
}
