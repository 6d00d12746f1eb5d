//! The search page of a language, rendered with the theme's `search.html`.

use serde::Serialize;
use tera::Tera;

use crate::error::Diagnostic;
use crate::model::{SectionId, Site};
use crate::render::{Output, PageRef, Shared, base_context, page_ref, switcher, template_error};

#[derive(Serialize)]
struct SearchPageView<'a> {
    title: &'a str,
    kind: &'static str,
    url: &'a str,
    permalink: String,
    description: Option<&'a str>,
}

/// A top section in the outline that stands in for search without JavaScript, with the
/// sections below it (however deep) as one list.
#[derive(Serialize)]
struct OutlineEntry<'a> {
    page: PageRef<'a>,
    children: Vec<PageRef<'a>>,
}

/// The site's sections in `lang`, in navigation order.
fn outline(site: &Site, lang: usize) -> Vec<OutlineEntry<'_>> {
    fn below<'a>(site: &'a Site, lang: usize, id: SectionId, out: &mut Vec<PageRef<'a>>) {
        for &child in &site.sections[id].children {
            out.extend(site.sections[child].index[lang].map(|p| page_ref(site, p)));
            below(site, lang, child, out);
        }
    }
    site.sections[0]
        .children
        .iter()
        .filter_map(|&top| {
            let page = page_ref(site, site.sections[top].index[lang]?);
            let mut children = Vec::new();
            below(site, lang, top, &mut children);
            Some(OutlineEntry { page, children })
        })
        .collect()
}

pub(crate) fn render(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: usize,
) -> Result<Output, Diagnostic> {
    let this = &site.search_pages[lang];
    let mut context = base_context(shared, site, lang);
    context.insert(
        "page",
        &SearchPageView {
            title: &this.title,
            kind: "search",
            url: &this.url,
            permalink: site.config.permalink(&this.url),
            description: None,
        },
    );
    let switch = switcher(site, lang, |l| {
        let other = &site.search_pages[l];
        (other.url.as_str(), other.title.as_str(), true)
    });
    context.insert("translations", &switch);
    context.insert("breadcrumbs", &[page_ref(site, site.home(lang))]);
    context.insert("search_index", &super::index_url(site, lang));
    context.insert("outline", &outline(site, lang));
    let html = tera
        .render(super::TEMPLATE, &context)
        .map_err(|e| template_error(super::TEMPLATE, &e, None))?;
    Ok(Output {
        path: crate::link::output_of(&site.config, &this.url),
        bytes: html.into_bytes(),
    })
}
