//! Related pages: those sharing the most tags with a page, then the newest.
//!
//! Each language's pages are ranked newest first; a tag is its pages' ranks, ascending, and
//! for a tag on more than one page in 64 also a bitset of them. A page's candidates are
//! walked in rank order with the number of tags they share, by merging its tags' lists when
//! they are short and by adding their bitsets a word at a time when they are long, so the
//! work per page stays near the smaller of the two. The walk stops once `RELATED_LIMIT`
//! pages share every tag, as nothing later can rank higher.

use rayon::prelude::*;

use super::Taxonomy;
use crate::config::LangId;
use crate::ids::IdVec;
use crate::model::{PageId, Site};

/// How many related pages a page lists.
const RELATED_LIMIT: usize = 5;

/// Bit planes for counting shared tags a word at a time: up to 15 tags.
const PLANES: usize = 4;

/// One language's pages in rank order and its tags as ranks.
struct Ranked {
    /// Page id by rank: newest first, then by id.
    pages: Vec<PageId>,
    /// Each tag's ranks, ascending.
    lists: Vec<Vec<u32>>,
    /// Each tag's ranks as a bitset, for tags on more than one page in 64.
    bits: Vec<Option<Vec<u64>>>,
}

impl Ranked {
    fn new(
        site: &Site,
        taxonomy: &Taxonomy,
        lang: LangId,
        rank: &mut IdVec<PageId, u32>,
    ) -> Ranked {
        let newest = |p: &PageId| {
            let date = site.pages[*p].source.date.as_ref().map(|d| d.timestamp);
            (std::cmp::Reverse(date), *p)
        };
        let mut pages: Vec<PageId> = (site.pages.ids())
            .filter(|&p| site.pages[p].lang() == lang)
            .collect();
        pages.sort_unstable_by_key(newest);
        for (r, &p) in pages.iter().enumerate() {
            rank[p] = r as u32;
        }
        let words = pages.len().div_ceil(64);
        let lists: Vec<Vec<u32>> = (taxonomy.tags.iter())
            .map(|tag| {
                let mut list: Vec<u32> = tag.pages.iter().map(|&p| rank[p]).collect();
                list.sort_unstable();
                list
            })
            .collect();
        let bits = (lists.iter())
            .map(|list| (list.len() > words).then(|| bitset(list, words)))
            .collect();
        Ranked { pages, lists, bits }
    }

    fn words(&self) -> usize {
        self.pages.len().div_ceil(64)
    }
}

fn bitset(list: &[u32], words: usize) -> Vec<u64> {
    let mut bits = vec![0u64; words];
    for &r in list {
        bits[r as usize / 64] |= 1 << (r % 64);
    }
    bits
}

/// Each page's related pages, by page id.
pub(crate) fn related_all(site: &Site) -> IdVec<PageId, Vec<PageId>> {
    related_by(site, None)
}

/// `related_all`, with `bits` forcing either walk, for tests.
fn related_by(site: &Site, bits: Option<bool>) -> IdVec<PageId, Vec<PageId>> {
    let mut rank = IdVec::from(vec![0u32; site.pages.len()]);
    let ranked: IdVec<LangId, Ranked> = (site.taxonomies.with_ids())
        .map(|(lang, taxonomy)| Ranked::new(site, taxonomy, lang, &mut rank))
        .collect();
    (site.pages.par_ids())
        .map(|id| {
            let lang = site.pages[id].lang();
            let mut tags: Vec<usize> = site.taxonomies[lang].tags_of(&site.pages, id).collect();
            tags.sort_unstable();
            tags.dedup();
            let ranked = &ranked[lang];
            let mut found = Found::new(tags.len(), rank[id]);
            let long: usize = tags.iter().map(|&t| ranked.lists[t].len()).sum();
            let fits = tags.len() < 1 << PLANES;
            match bits.unwrap_or(long > 4 * ranked.words()) && fits {
                true => by_bits(ranked, &tags, &mut found),
                false => by_merging(ranked, &tags, &mut found),
            }
            found.ranked(&ranked.pages)
        })
        .collect()
}

/// Ranks met so far, by the number of tags they share; the page itself is skipped.
struct Found {
    /// `levels[n - 1]`: the first ranks met that share `n` tags.
    levels: Vec<Vec<u32>>,
    own: u32,
}

impl Found {
    fn new(tags: usize, own: u32) -> Found {
        Found {
            levels: vec![Vec::new(); tags],
            own,
        }
    }

    /// Takes `rank`, met sharing `shared` tags; true when the walk can stop.
    fn meet(&mut self, rank: u32, shared: usize) -> bool {
        let level = &mut self.levels[shared - 1];
        if rank != self.own && level.len() < RELATED_LIMIT {
            level.push(rank);
        }
        self.full()
    }

    fn full(&self) -> bool {
        self.levels.last().is_some_and(|l| l.len() == RELATED_LIMIT)
    }

    fn ranked(self, pages: &[PageId]) -> Vec<PageId> {
        let best = self.levels.into_iter().rev().flatten();
        best.take(RELATED_LIMIT)
            .map(|r| pages[r as usize])
            .collect()
    }
}

/// Merges the tags' rank lists: a page in several lists comes up once with its count.
fn by_merging(ranked: &Ranked, tags: &[usize], found: &mut Found) {
    let mut lists: Vec<&[u32]> = tags.iter().map(|&t| ranked.lists[t].as_slice()).collect();
    while let Some(next) = lists.iter().filter_map(|list| list.first()).min().copied() {
        let mut shared = 0;
        for list in &mut lists {
            if list.first() == Some(&next) {
                *list = &list[1..];
                shared += 1;
            }
        }
        if found.meet(next, shared) {
            return;
        }
    }
}

/// Adds the tags' bitsets a word at a time into bit planes of counts.
fn by_bits(ranked: &Ranked, tags: &[usize], found: &mut Found) {
    let words = ranked.words();
    let owned: Vec<Vec<u64>> = (tags.iter())
        .filter(|&&t| ranked.bits[t].is_none())
        .map(|&t| bitset(&ranked.lists[t], words))
        .collect();
    let stored = tags.iter().filter_map(|&t| ranked.bits[t].as_deref());
    let sets: Vec<&[u64]> = stored.chain(owned.iter().map(Vec::as_slice)).collect();
    for w in 0..words {
        let mut planes = [0u64; PLANES];
        for set in &sets {
            let mut carry = set[w];
            for plane in &mut planes {
                let next = *plane & carry;
                *plane ^= carry;
                carry = next;
            }
        }
        for shared in (1..=tags.len()).rev() {
            let mut mask = !0u64;
            for (i, plane) in planes.iter().enumerate() {
                mask &= if shared >> i & 1 == 1 {
                    *plane
                } else {
                    !*plane
                };
            }
            while mask != 0 {
                let rank = (w * 64) as u32 + mask.trailing_zeros();
                mask &= mask - 1;
                found.meet(rank, shared);
            }
        }
        if found.full() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ranking by brute force: most shared tags, then newest, then lowest id.
    fn expected(site: &Site, page: PageId) -> Vec<PageId> {
        let taxonomy = &site.taxonomies[site.pages[page].lang()];
        let mine: Vec<usize> = taxonomy.tags_of(&site.pages, page).collect();
        let mut candidates: Vec<(usize, PageId)> = (site.pages.ids())
            .filter(|&p| p != page && site.pages[p].lang() == site.pages[page].lang())
            .map(|p| {
                let theirs: Vec<usize> = taxonomy.tags_of(&site.pages, p).collect();
                let mut shared: Vec<&usize> = mine.iter().filter(|t| theirs.contains(t)).collect();
                shared.dedup();
                (shared.len(), p)
            })
            .filter(|&(n, _)| n > 0)
            .collect();
        let date = |p: PageId| site.pages[p].source.date.as_ref().map(|d| d.timestamp);
        candidates.sort_by_key(|&(n, p)| (std::cmp::Reverse(n), std::cmp::Reverse(date(p)), p));
        candidates
            .into_iter()
            .take(RELATED_LIMIT)
            .map(|(_, p)| p)
            .collect()
    }

    fn assert_both_walks_rank_as_brute_force(site: &Site) {
        for bits in [false, true] {
            for (page, related) in related_by(site, Some(bits)).with_ids() {
                assert_eq!(*related, expected(site, page), "page {page:?}, bits {bits}");
            }
        }
    }

    #[test]
    fn both_walks_rank_a_site_of_several_bitset_words_as_brute_force_does() {
        let all = ["w", "x", "y", "z"];
        let pages: Vec<(String, String, Vec<&str>)> = (0..150)
            .map(|i: usize| {
                // Repeating dates, so ties fall to the id.
                let date = format!("2024-{:02}-{:02}", 1 + i * 7 % 12, 1 + i * 5 % 28);
                let tags = (0..4)
                    .filter(|b| (i * 37 + 11) >> b & 1 == 1)
                    .map(|b| all[b]);
                (format!("p{i:03}"), date, tags.collect())
            })
            .collect();
        let borrowed: Vec<(&str, &str, &[&str])> = (pages.iter())
            .map(|(n, d, t)| (n.as_str(), d.as_str(), t.as_slice()))
            .collect();
        assert_both_walks_rank_as_brute_force(&crate::fuzzing::linked_site_with_tags(&borrowed));
    }

    #[test]
    fn the_merged_walk_ranks_as_counting_every_candidate_does() {
        let site = crate::fuzzing::linked_site_with_tags(&[
            ("a", "2024-01-01", &["x", "y", "z"]),
            ("b", "2024-01-01", &["x", "y", "z"]),
            ("c", "2025-01-01", &["x"]),
            ("d", "2023-05-01", &["y", "z"]),
            ("e", "2022-01-01", &["x", "y"]),
            ("f", "2026-01-01", &["z"]),
            ("g", "2021-01-01", &["q"]),
            ("h", "", &["x", "y", "z"]),
            ("i", "2024-01-01", &["y"]),
            // Newer than all the above, sharing one tag: they fill a lower rank first.
            ("n1", "2027-01-01", &["x"]),
            ("n2", "2027-01-02", &["x"]),
            ("n3", "2027-01-03", &["x"]),
            ("n4", "2027-01-04", &["x"]),
            ("n5", "2027-01-05", &["x"]),
        ]);
        assert_both_walks_rank_as_brute_force(&site);
        assert!(related_all(&site).iter().any(|r| r.len() == RELATED_LIMIT));
    }
}
