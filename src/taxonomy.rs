//! Tags: a taxonomy per language, built from the linked pages. Pure: pages in, tags out.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::model::{Page, PageId};

/// The words a language uses in generated URLs and titles, from its Fluent files.
#[derive(Debug, Clone)]
pub(crate) struct PathWords {
    /// URL segment of listing pages after the first, e.g. `sivu` in `/fi/tiedotteet/sivu/2/`.
    pub(crate) page: String,
    /// URL segment, e.g. `avainsanat` (from the `tags-path` Fluent message).
    pub(crate) path: String,
    /// Title of the page listing all tags, e.g. `Avainsanat`.
    pub(crate) title: String,
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
    /// Up to `limit` other pages sharing tags with `page`: most shared tags first, then newest.
    /// `counts` is scratch space, one zero per page, left zeroed again.
    fn related(
        &self,
        pages: &[Page],
        dates: &[Option<jiff::Timestamp>],
        page: PageId,
        limit: usize,
        counts: &mut [u8],
    ) -> Vec<PageId> {
        // Counting into a dense array is linear in the tags' sizes: tags with thousands of
        // pages made sorting the candidates 18% of a 30,000-page build.
        let mut touched: Vec<PageId> = Vec::new();
        for tag in self.tags_of(pages, page) {
            for &other in &self.tags[tag].pages {
                if other != page {
                    if counts[other] == 0 {
                        touched.push(other);
                    }
                    counts[other] = counts[other].saturating_add(1);
                }
            }
        }
        let mut related: Vec<(u8, PageId)> = touched.iter().map(|&p| (counts[p], p)).collect();
        for &p in &touched {
            counts[p] = 0;
        }
        let key = |&(n, p): &(u8, PageId)| (std::cmp::Reverse(n), std::cmp::Reverse(dates[p]), p);
        if related.len() > limit && limit > 0 {
            related.select_nth_unstable_by_key(limit - 1, key);
        }
        related.truncate(limit);
        related.sort_unstable_by_key(key);
        related.into_iter().map(|(_, p)| p).collect()
    }

    /// Whether every tag of `page` still lists it where `build` put it: `serve` asks after
    /// a title changed, as titles break ties in the order.
    pub(crate) fn in_order(&self, pages: &[Page], page: PageId) -> bool {
        self.tags_of(pages, page).all(|tag| {
            self.tags[tag]
                .pages
                .is_sorted_by_key(|&p| tag_order(pages, p))
        })
    }

    /// The tags of `page`, as indexes into `tags`.
    pub(crate) fn tags_of<'a>(
        &'a self,
        pages: &'a [Page],
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

/// How many related pages a page lists.
const RELATED_LIMIT: usize = 5;

/// Each page's related pages, by page id.
pub(crate) fn related_all(site: &crate::model::Site) -> Vec<Vec<PageId>> {
    use rayon::prelude::*;
    let pages = &site.pages;
    let dates: Vec<Option<jiff::Timestamp>> = pages
        .iter()
        .map(|p| p.source.date.as_ref().map(|d| d.timestamp))
        .collect();
    (0..pages.len())
        .into_par_iter()
        .map_init(
            || vec![0u8; pages.len()],
            |counts, id| {
                let taxonomy = &site.taxonomies[pages[id].lang()];
                taxonomy.related(pages, &dates, id, RELATED_LIMIT, counts)
            },
        )
        .collect()
}

/// One taxonomy per configured language, with `words[lang]` for its URLs and title.
pub(crate) fn build(config: &Config, pages: &[Page], words: &[PathWords]) -> Vec<Taxonomy> {
    (0..config.languages.len())
        .map(|lang| {
            let url = config.url(&format!(
                "{}/{}/",
                config.languages[lang].code, words[lang].path
            ));
            let mut by_slug: BTreeMap<String, Tag> = BTreeMap::new();
            for (id, page) in pages.iter().enumerate().filter(|(_, p)| p.lang() == lang) {
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
fn tag_order(pages: &[Page], page: PageId) -> impl Ord + '_ {
    let source = &pages[page].source;
    let date = source.date.as_ref().map(|d| d.timestamp);
    (std::cmp::Reverse(date), &source.title, page)
}
