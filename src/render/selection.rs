//! Which outputs to render, and handing them on as they are made: `build` writes each at
//! once, so a large site never holds all its output in memory.

use std::collections::BTreeSet;
use std::sync::Mutex;

use rayon::prelude::*;
use tera::Tera;

use super::page::render_page;
use super::paths::{Added, Tree};
use super::{Output, Shared, shared};
use crate::error::{Diagnostic, Error};
use crate::markdown::Rendered;
use crate::model::{PageId, SectionId, Site};

/// Which outputs to render: all of them, or those a change seen by `serve` affects.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    pub(crate) everything: bool,
    /// Pages, each with every page of its split listing and its aliases.
    pub(crate) pages: BTreeSet<PageId>,
    /// Section feeds: `(section, language)`.
    pub(crate) feeds: BTreeSet<(SectionId, usize)>,
    /// Tag pages with their feeds: `(language, index into the language's tags)`.
    pub(crate) tags: BTreeSet<(usize, usize)>,
    pub(crate) sitemap: bool,
    /// Languages whose search index to make again, with the search files of `pages`.
    pub(crate) search: BTreeSet<usize>,
}

impl Selection {
    pub(crate) fn everything() -> Selection {
        Selection {
            everything: true,
            ..Selection::default()
        }
    }
}

/// Takes each output as it is rendered, from any thread; an error stops the rendering.
pub(crate) type Emit<'a> = &'a (dyn Fn(Output) -> Result<(), Error> + Sync);

/// What rendering found besides the outputs.
pub(crate) struct Rendering {
    /// Template errors, merged and in a set order.
    pub(crate) problems: Vec<Diagnostic>,
    /// The path of every output handed on.
    pub(crate) paths: Tree,
}

/// The inputs every output is rendered from.
pub(crate) struct Inputs<'a> {
    pub(crate) site: &'a Site,
    pub(crate) contents: &'a [Rendered],
    pub(crate) related: &'a [Vec<PageId>],
    /// Each language's words for the search index (none without a search page).
    pub(crate) search: &'a [crate::search::Analysis],
    pub(crate) tera: &'a Tera,
    /// UI messages, for the texts kielo writes itself.
    pub(crate) i18n: &'a std::sync::Arc<crate::i18n::I18n>,
    pub(crate) now: jiff::Timestamp,
}

/// Renders the outputs `selection` names, in parallel, handing each to `emit` in no set
/// order. Two outputs for one path are an error, so the order never matters.
pub(crate) fn render_with(
    inputs: &Inputs,
    selection: &Selection,
    emit: Emit,
) -> Result<Rendering, Error> {
    let feeds: Vec<(SectionId, usize)> = crate::feeds::all_feeds(inputs.site).collect();
    let shared = shared(inputs.site, &feeds, inputs.i18n.clone());
    let paths = Mutex::new(Tree::default());
    // Paths two outputs would take: `true` for one that is both a file and a folder.
    let collisions = Mutex::new(BTreeSet::new());
    let hand_on = |output: Output| {
        let added = paths
            .lock()
            .map(|mut paths| paths.add(&output.path))
            .unwrap_or(Added::New);
        let collision = match added {
            Added::New => return emit(output),
            Added::Again => (false, output.path),
            Added::Clash(path) => (true, path),
        };
        if let Ok(mut collisions) = collisions.lock() {
            collisions.insert(collision);
        }
        Ok(())
    };
    let problems: Vec<Diagnostic> = outputs(inputs, selection, &shared, feeds)
        .filter_map(|result| match result {
            Ok(output) => hand_on(output).err().map(Err),
            Err(problem) => Some(Ok(problem)),
        })
        .collect::<Result<_, Error>>()?;
    let mut problems = merge_template_errors(problems);
    let collisions = collisions.into_inner().unwrap_or_default();
    problems.extend(collisions.into_iter().map(|(clash, path)| {
        let (message, hint) = match clash {
            false => (
                format!("two pages of the site would both be written to {path}"),
                "give the page whose address ends in that folder another `slug`, as kielo writes a listing, tag page or feed there",
            ),
            true => (
                format!("the site would write both a file and a folder at {path}"),
                "give the page whose address ends in that name another `slug`",
            ),
        };
        Diagnostic::error(crate::error::Code::OutputClash, crate::load::CONTENT_DIR, None, message).with_hint(hint)
    }));
    let paths = paths.into_inner().unwrap_or_default();
    Ok(Rendering { problems, paths })
}

/// Renders the outputs `selection` names and returns them, sorted by path.
pub(crate) fn render_selection(
    inputs: &Inputs,
    selection: &Selection,
) -> Result<(Vec<Output>, Vec<Diagnostic>), Error> {
    let outputs = Mutex::new(Vec::new());
    let rendering = render_with(inputs, selection, &|output| {
        if let Ok(mut outputs) = outputs.lock() {
            outputs.push(output);
        }
        Ok(())
    })?;
    let mut outputs = outputs.into_inner().unwrap_or_default();
    outputs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    Ok((outputs, rendering.problems))
}

/// Every output of `selection`, as a parallel iterator.
fn outputs<'a>(
    inputs: &'a Inputs<'a>,
    selection: &'a Selection,
    shared: &'a Shared,
    feeds: Vec<(SectionId, usize)>,
) -> impl ParallelIterator<Item = Result<Output, Diagnostic>> + 'a {
    let Inputs {
        site,
        contents,
        related,
        search: analyses,
        tera,
        i18n: _,
        now,
    } = *inputs;
    let all = selection.everything;
    let pages: Vec<PageId> = match all {
        true => (0..site.pages.len()).collect(),
        false => selection.pages.iter().copied().collect(),
    };
    let languages = if all { site.config.languages.len() } else { 0 };
    // First, so that rendering the one long file overlaps with rendering the pages.
    let sitemap = (all || selection.sitemap)
        .then_some(())
        .into_par_iter()
        .map(move |()| {
            let bytes = crate::site_files::render_sitemap(site, tera)?;
            let path = "sitemap.xml".into();
            Ok(Output { path, bytes })
        });
    let page_outputs = pages.into_par_iter().flat_map_iter(move |id| {
        match render_page(site, shared, contents, related, tera, id) {
            Ok(outputs) => outputs.into_iter().map(Ok).collect(),
            Err(problem) => vec![Err(problem)],
        }
    });
    let not_found = (0..languages).into_par_iter().flat_map_iter(move |lang| {
        let page = crate::site_files::render_404(site, shared, tera, lang);
        // The server-wide 404 is the default language's.
        let copy = match (&page, lang == site.config.default) {
            (Ok(page), true) => Some(Ok(Output {
                path: "404.html".into(),
                bytes: page.bytes.clone(),
            })),
            _ => None,
        };
        std::iter::once(page).chain(copy)
    });
    let aliases = site
        .aliases
        .par_iter()
        .filter(move |(_, id)| all || selection.pages.contains(id))
        .map(move |(path, id)| crate::site_files::render_alias(site, shared, tera, path, *id));
    let wanted_tag = move |lang, tag: Option<usize>| match tag {
        None => all,
        Some(tag) => all || selection.tags.contains(&(lang, tag)),
    };
    let tags = crate::tag_pages::render_all(site, shared, tera, now, wanted_tag);
    let section_feeds = feeds
        .into_par_iter()
        .filter(move |feed| all || selection.feeds.contains(feed))
        .map(move |(section, lang)| {
            crate::feeds::render_section_feed(site, tera, section, lang, now)
        });
    let search_part = match all {
        true => crate::search::Part::All,
        false => crate::search::Part::Some {
            languages: &selection.search,
            pages: &selection.pages,
        },
    };
    let search = crate::search::outputs(site, contents, analyses, shared, tera, search_part);
    let site_wide = all.then(|| {
        let root = crate::site_files::render_root(site, shared, tera).map(|bytes| Output {
            path: "index.html".into(),
            bytes,
        });
        let robots = Output {
            path: "robots.txt".into(),
            bytes: format!(
                "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                site.config.permalink(&site.config.url("sitemap.xml"))
            )
            .into_bytes(),
        };
        [root, Ok(robots)]
    });
    sitemap
        .chain(page_outputs)
        .chain(not_found)
        .chain(aliases)
        .chain(tags)
        .chain(section_feeds)
        .chain(search)
        .chain(site_wide.into_par_iter().flatten())
}

/// One diagnostic per template line, however many pages hit it, counting the others.
fn merge_template_errors(problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged: Vec<(Diagnostic, usize)> = Vec::new();
    for problem in problems {
        let key = |d: &Diagnostic| (d.path.clone(), d.line, d.column);
        match merged.iter_mut().find(|(d, _)| key(d) == key(&problem)) {
            Some((_, count)) => *count += 1,
            None => merged.push((problem, 0)),
        }
    }
    merged
        .into_iter()
        .map(|(mut d, more)| {
            if more > 0 {
                d.message
                    .push_str(&format!(" (the same on {more} more pages)"));
            }
            d
        })
        .collect()
}
