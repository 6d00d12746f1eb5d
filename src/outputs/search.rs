//! Search: per language, the index in chunks, the search page, and a small file per page
//! with what a result shows. Made only when the theme has a search page (see `crate::search`).

use super::{Affected, Change, Kind};
use crate::config::LangId;
use crate::model::PageId;
use crate::render::{Inputs, Shared};
use crate::search::{index_files, indexed_pages, page_file, search_page};

pub(super) struct Search;

#[derive(Debug, Clone, Copy)]
pub(super) enum Job {
    /// A language's index.
    Index(LangId),
    /// A language's search page.
    Page(LangId),
    /// The search file of a page, the `n`th of its language's index: `(n, page)`.
    File(usize, PageId),
}

impl Kind for Search {
    type Job = Job;

    fn jobs(&self, inputs: &Inputs) -> Vec<Job> {
        let site = inputs.site;
        if inputs.search.is_empty() {
            return Vec::new();
        }
        site.config
            .languages
            .ids()
            .flat_map(|lang| {
                let files = indexed_pages(site, lang).into_iter().enumerate();
                [Job::Index(lang), Job::Page(lang)]
                    .into_iter()
                    .chain(files.map(|(n, id)| Job::File(n, id)))
            })
            .collect()
    }

    /// A page's words are in its language's index, and its text in its own file.
    fn affected(&self, change: &Change) -> Affected<Job> {
        let site = change.new;
        if site.search_pages.is_empty() {
            return Affected::Jobs(Vec::new());
        }
        let mut languages: Vec<LangId> = change
            .pages
            .iter()
            .map(|&id| site.pages[id].lang())
            .collect();
        languages.sort_unstable();
        languages.dedup();
        let mut jobs = Vec::new();
        for lang in languages {
            jobs.push(Job::Index(lang));
            let files = indexed_pages(site, lang).into_iter().enumerate();
            jobs.extend(
                files
                    .filter(|(_, id)| change.pages.contains(id))
                    .map(|(n, id)| Job::File(n, id)),
            );
        }
        Affected::Jobs(jobs)
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, job: Job) -> super::Rendered {
        let site = inputs.site;
        match job {
            Job::Index(lang) => index_files(site, inputs.search, lang)
                .into_iter()
                .map(Ok)
                .collect(),
            Job::Page(lang) => vec![search_page(site, shared, inputs.tera, lang)],
            Job::File(n, id) => vec![Ok(page_file(site, inputs.contents, n, id))],
        }
    }
}
