//! Tags: a taxonomy per language, built from the linked pages. Pure: pages in, tags out.

use std::collections::BTreeMap;

use crate::config::{Config, LangId};
use crate::ids::IdVec;
use crate::model::{Page, PageId};

mod related;
pub(crate) use related::related_all;

/// The words a language uses in generated URLs and titles, from its Fluent files.
#[derive(Debug, Clone)]
pub(crate) struct PathWords {
    /// URL segment of listing pages after the first, e.g. `sivu` in `/fi/tiedotteet/sivu/2/`.
    pub(crate) page: String,
    /// URL segment, e.g. `avainsanat` (from the `tags-path` Fluent message).
    pub(crate) path: String,
    /// Title of the page listing all tags, e.g. `Avainsanat`.
    pub(crate) title: String,
    /// URL segment of the search page, e.g. `haku` (the `search-path` message); `None`
    /// when the theme has no search page.
    pub(crate) search: Option<String>,
    /// Title of the search page, e.g. `Haku`.
    pub(crate) search_title: String,
}

/// One tag in one language.
#[derive(Debug, Clone)]
pub(crate) struct Tag {
    /// The tag as first written (pages spelling it differently share it by slug).
    pub(crate) name: String,
    pub(crate) slug: String,
    pub(crate) url: String,
    /// Its pages, newest first.
    pub(crate) pages: Vec<PageId>,
}

/// The tags of one language.
#[derive(Debug, Clone)]
pub(crate) struct Taxonomy {
    pub(crate) title: String,
    /// URL of the page listing all tags: `/fi/avainsanat/`.
    pub(crate) url: String,
    /// Sorted by slug, so output is the same on every run.
    pub(crate) tags: Vec<Tag>,
}

impl Taxonomy {
    /// Whether every tag of `page` still lists it where `build` put it: `serve` asks after
    /// a title changed, as titles break ties in the order.
    pub(crate) fn in_order(&self, pages: &IdVec<PageId, Page>, page: PageId) -> bool {
        self.tags_of(pages, page).all(|tag| {
            self.tags[tag]
                .pages
                .is_sorted_by_key(|&p| tag_order(pages, p))
        })
    }

    /// The tags of `page`, as indexes into `tags`.
    pub(crate) fn tags_of<'a>(
        &'a self,
        pages: &'a IdVec<PageId, Page>,
        page: PageId,
    ) -> impl Iterator<Item = usize> + 'a {
        pages[page].source.front.tags.iter().filter_map(|name| {
            let slug = slug::slugify(name);
            self.tags.binary_search_by(|t| t.slug.cmp(&slug)).ok()
        })
    }

    /// The URL of tag `name` in this language; none for a tag with no letters or digits.
    pub(crate) fn tag_url(&self, name: &str) -> Option<String> {
        let slug = slug::slugify(name);
        (!slug.is_empty()).then(|| format!("{}{slug}/", self.url))
    }
}

/// One taxonomy per configured language, with `words[lang]` for its URLs and title.
pub(crate) fn build(
    config: &Config,
    pages: &IdVec<PageId, Page>,
    words: &IdVec<LangId, PathWords>,
) -> IdVec<LangId, Taxonomy> {
    config
        .languages
        .ids()
        .map(|lang| {
            let url = config.language_url(lang, &format!("{}/", words[lang].path));
            let mut by_slug: BTreeMap<String, Tag> = BTreeMap::new();
            for (id, page) in pages.with_ids().filter(|(_, p)| p.lang() == lang) {
                for name in &page.source.front.tags {
                    let slug = slug::slugify(name);
                    if slug.is_empty() {
                        continue;
                    }
                    let tag = by_slug.entry(slug.clone()).or_insert_with(|| Tag {
                        name: name.trim().to_string(),
                        url: format!("{url}{slug}/"),
                        slug: slug.clone(),
                        pages: Vec::new(),
                    });
                    if tag.pages.last() != Some(&id) {
                        tag.pages.push(id);
                    }
                }
            }
            let mut tags: Vec<Tag> = by_slug.into_values().collect();
            for tag in &mut tags {
                tag.pages.sort_by_key(|&p| tag_order(pages, p));
            }
            Taxonomy {
                title: words[lang].title.clone(),
                url,
                tags,
            }
        })
        .collect()
}

/// A tag's pages are listed newest first, then by title; the id keeps the order total.
fn tag_order(pages: &IdVec<PageId, Page>, page: PageId) -> impl Ord + '_ {
    let source = &pages[page].source;
    let date = source.date.as_ref().map(|d| d.timestamp);
    (std::cmp::Reverse(date), &source.title, page)
}
