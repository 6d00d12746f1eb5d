//! Site search with no server: per language, an index cut into chunks the browser fetches as
//! it needs them (`index`), a small file per page with what a result shows, and the search
//! page. A theme opts in by having a `search.html` template; without one, `link` makes no
//! search pages and nothing here is made.
//!
//! Files, below the output root: `search/<code>/index.json` names the chunks
//! `search/<code>/words/<n>.json`; `search/<code>/pages/<n>.json` is the address,
//! title, section and text, for the result and its excerpt.

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use crate::config::LangId;
use crate::error::Diagnostic;
use crate::ids::IdVec;
use crate::markdown::Rendered;
use crate::model::{PageId, PageKind, Site};
use crate::render::{Output, Shared};

mod index;
mod page;

pub(crate) use index::Analysis;
use index::Doc;

/// The template that turns search on.
pub(crate) const TEMPLATE: &str = "search.html";

/// Where a language's search files go, as a site-relative URL: `/search/fi/`.
fn index_url(site: &Site, lang: LangId) -> String {
    site.config
        .url(&format!("search/{}/", site.config.languages[lang].code))
}

/// The pages of `lang` that search finds, in index order: a page's position is its id.
pub(crate) fn indexed_pages(site: &Site, lang: LangId) -> Vec<PageId> {
    (site.pages.ids())
        .filter(|&id| site.pages[id].lang() == lang && site.pages[id].has_file())
        .collect()
}

/// What a result shows of a page, in `pages/<id>.json`.
#[derive(Serialize)]
struct Fragment<'a> {
    /// Address.
    u: &'a str,
    /// Title.
    t: &'a str,
    /// Title of the section the page is in, if any.
    s: &'a str,
    /// The description, and the text: for the excerpt.
    d: &'a str,
    x: &'a str,
}

/// Most of a page's text that its search file holds: excerpts come from the first 20 KB, so
/// that ten results of very long pages still load quickly.
const EXCERPT_TEXT: usize = 20 * 1024;

fn shortened(text: &str) -> &str {
    let mut end = text.len().min(EXCERPT_TEXT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn description(site: &Site, id: PageId) -> &str {
    site.pages[id]
        .source
        .front
        .description
        .as_deref()
        .unwrap_or("")
}

fn section_title(site: &Site, id: PageId) -> &str {
    let page = &site.pages[id];
    let section = match page.kind {
        PageKind::Page => Some(page.section),
        _ => site.sections[page.section].parent,
    };
    section
        .and_then(|s| site.sections[s].index[page.lang()])
        .filter(|&index| index != site.home(page.lang()))
        .map_or("", |index| site.pages[index].source.title.as_str())
}

fn doc<'a>(site: &'a Site, contents: &'a IdVec<PageId, Rendered>, id: PageId) -> Doc<'a> {
    Doc {
        title: &site.pages[id].source.title,
        description: description(site, id),
        text: &contents[id].text,
    }
}

/// Analyses the words of every language's pages; none when the theme has no search page.
pub(crate) fn analyse(site: &Site, contents: &IdVec<PageId, Rendered>) -> IdVec<LangId, Analysis> {
    if site.search_pages.is_empty() {
        return IdVec::new();
    }
    (site.config.languages.par_ids())
        .map(|lang| {
            let pages = indexed_pages(site, lang);
            let docs: Vec<Doc> = pages.iter().map(|&id| doc(site, contents, id)).collect();
            Analysis::of(&site.config.languages[lang].code, &docs)
        })
        .collect()
}

/// Analyses the pages `ids` again after they changed in place (same address and order).
pub(crate) fn update(
    analyses: &mut IdVec<LangId, Analysis>,
    site: &Site,
    contents: &IdVec<PageId, Rendered>,
    ids: &[PageId],
) {
    for (lang, analysis) in analyses.with_ids_mut() {
        let changed: Vec<(usize, Doc)> = indexed_pages(site, lang)
            .into_iter()
            .enumerate()
            .filter(|(_, id)| ids.contains(id))
            .map(|(n, id)| (n, doc(site, contents, id)))
            .collect();
        if !changed.is_empty() {
            analysis.update(&changed);
        }
    }
}

/// The files of `lang`'s index: `index.json`, which names the chunks, and the chunks.
pub(crate) fn index_files(
    site: &Site,
    analyses: &IdVec<LangId, Analysis>,
    lang: LangId,
) -> Vec<Output> {
    let base = files_base(site, lang);
    let index = analyses[lang].index();
    let mut outputs = vec![Output {
        path: format!("{base}index.json"),
        bytes: index.meta,
    }];
    outputs.extend(
        index
            .chunks
            .into_iter()
            .enumerate()
            .map(|(n, bytes)| Output {
                path: format!("{base}words/{n}.json"),
                bytes,
            }),
    );
    outputs
}

/// The search file of page `id`, the `n`th of its language's [`indexed_pages`].
pub(crate) fn page_file(
    site: &Site,
    contents: &IdVec<PageId, Rendered>,
    n: usize,
    id: PageId,
) -> Output {
    let fragment = Fragment {
        u: &site.pages[id].url,
        t: &site.pages[id].source.title,
        s: section_title(site, id),
        d: description(site, id),
        x: shortened(&contents[id].text),
    };
    // Sized for the text, so that writing it never copies it again.
    let capacity = fragment.x.len() + fragment.d.len() + 512;
    let bytes = crate::json::to_vec(&fragment, capacity);
    Output {
        path: format!("{}pages/{n}.json", files_base(site, site.pages[id].lang())),
        bytes,
    }
}

/// The search page of `lang`, rendered with [`TEMPLATE`].
pub(crate) fn search_page(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: LangId,
) -> Result<Output, Diagnostic> {
    page::render(site, shared, tera, lang)
}

/// Where `lang`'s search files go, relative to the output folder.
fn files_base(site: &Site, lang: LangId) -> String {
    crate::link::output_path(&site.config, &index_url(site, lang)).to_string()
}
