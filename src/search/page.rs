//! The search page of a language, rendered with the theme's `search.html`.

use serde::Serialize;
use tera::Tera;

use crate::config::LangId;
use crate::error::Diagnostic;
use crate::model::{SectionId, Site};
use crate::render::{
    GeneratedPage, Output, PageRef, Shared, generated_context, page_ref, render_generated, switcher,
};

/// A top section in the outline that stands in for search without JavaScript, with the
/// sections below it (however deep) as one list.
#[derive(Serialize)]
struct OutlineEntry<'a> {
    page: PageRef<'a>,
    children: Vec<PageRef<'a>>,
}

/// The site's sections in `lang`, in navigation order.
fn outline(site: &Site, lang: LangId) -> Vec<OutlineEntry<'_>> {
    fn below<'a>(site: &'a Site, lang: LangId, id: SectionId, out: &mut Vec<PageRef<'a>>) {
        for &child in &site.sections[id].children {
            out.extend(site.sections[child].index[lang].map(|p| page_ref(site, p)));
            below(site, lang, child, out);
        }
    }
    site.sections[SectionId::ROOT]
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
    lang: LangId,
) -> Result<Output, Diagnostic> {
    let this = &site.search_pages[lang];
    let page = GeneratedPage {
        lang,
        title: &this.title,
        kind: "search",
        url: &this.url,
        description: shared.message(lang, "description-search", &[]),
        versions: site
            .search_pages
            .with_ids()
            .map(|(l, p)| (l, p.url.clone()))
            .collect(),
    };
    let mut context = generated_context(site, shared, page);
    let switch = switcher(site, lang, |l| {
        let other = &site.search_pages[l];
        (other.url.as_str(), other.title.as_str(), true)
    });
    context.insert("translations", &switch);
    context.insert("breadcrumbs", &[page_ref(site, site.home(lang))]);
    context.insert("search_index", &super::index_url(site, lang));
    context.insert("outline", &outline(site, lang));
    render_generated(site, tera, super::TEMPLATE, &this.url, &context)
}
