//! Every kind of output a site has, in one list ([`KINDS`]). A kind is a module that says
//! which jobs it renders for a whole site, which of them a change to some pages affects, and
//! how to render one job. `build` renders every job of every kind; `serve` renders the jobs a
//! change affects, asking the same kinds, so the two cannot drift apart. A new kind of output
//! is a new module here and one line in [`KINDS`].

mod aliases;
mod feeds;
mod not_found;
mod pages;
mod robots;
mod search;
mod sitemap;
mod tags;

use crate::error::Diagnostic;
use crate::ids::IdVec;
use crate::model::{PageId, Site};
use crate::render::{Inputs, Output, Shared};

pub(crate) use feeds::{all_feeds, feed_urls};
pub(crate) use pages::SectionCalls;

/// One kind of output: pages, feeds, the sitemap…
pub(crate) trait Kind: Sync {
    /// One unit of rendering: a page, a feed, a language's files.
    type Job: Copy + Send + Sync;

    /// Every job of a whole build.
    fn jobs(&self, inputs: &Inputs) -> Vec<Self::Job>;

    /// The jobs whose output may differ after `change`; none by default, for outputs that
    /// show nothing a page's own text can change.
    fn affected(&self, change: &Change) -> Affected<Self::Job> {
        let _ = change;
        Affected::Jobs(Vec::new())
    }

    /// The outputs of one job (a listing split into pages makes several).
    fn render(&self, inputs: &Inputs, shared: &Shared, job: Self::Job) -> Rendered;

    /// Files the kind writes at a set place in the output folder (`sitemap.xml`), which no
    /// page may need as a folder.
    fn fixed_paths(&self) -> &'static [&'static str] {
        &[]
    }
}

/// What one job made: its outputs, or the problem that stopped it.
pub(crate) type Rendered = Vec<Result<Output, Diagnostic>>;

/// Which jobs of a kind a change affects.
pub(crate) enum Affected<J> {
    /// Some of them.
    Jobs(Vec<J>),
    /// So much changed that every output of every kind is rendered again.
    Everything,
}

impl<J: Ord> Affected<J> {
    /// These jobs, each once, in order.
    pub(crate) fn of(jobs: impl IntoIterator<Item = J>) -> Affected<J> {
        let mut jobs: Vec<J> = jobs.into_iter().collect();
        jobs.sort_unstable();
        jobs.dedup();
        Affected::Jobs(jobs)
    }
}

/// Pages whose sources changed while each kept its place in the site (its address, section,
/// translations, tags and the dates that order listings), as `serve` sees them.
pub(crate) struct Change<'a> {
    pub(crate) old: &'a Site,
    pub(crate) new: &'a Site,
    pub(crate) pages: &'a [PageId],
    /// Each page's related pages, which only tags and dates decide, so the change kept them.
    pub(crate) related: &'a IdVec<PageId, Vec<PageId>>,
    pub(crate) calls: SectionCalls,
}

impl Change<'_> {
    /// Whether what listings, switchers, feeds and related links show of page `id` changed:
    /// its title, description or summary (its body up to `<!-- more -->`).
    pub(crate) fn card(&self, id: PageId) -> bool {
        let (was, is) = (&self.old.pages[id].source, &self.new.pages[id].source);
        let summary = crate::markdown::before_marker;
        was.title != is.title
            || was.front.description != is.front.description
            || summary(&was.body) != summary(&is.body)
    }

    /// Whether the date of the page's last change did.
    pub(crate) fn dated(&self, id: PageId) -> bool {
        self.old.pages[id].source.updated != self.new.pages[id].source.updated
    }

    /// The changed pages that other outputs show something of.
    pub(crate) fn shown(&self) -> impl Iterator<Item = PageId> + '_ {
        (self.pages.iter().copied()).filter(|&id| self.card(id) || self.dated(id))
    }
}

/// A kind without its job type, so that every kind fits in one list.
trait Planned: Sync {
    fn needs_everything(&self, change: &Change) -> bool;
    fn plan<'a>(
        &'a self,
        inputs: &'a Inputs<'a>,
        shared: &'a Shared,
        change: Option<&Change>,
    ) -> Vec<Work<'a>>;
    fn fixed(&self) -> &'static [&'static str];
}

/// One job, ready to run on any thread.
pub(crate) type Work<'a> = Box<dyn Fn() -> Rendered + Send + Sync + 'a>;

impl<K: Kind> Planned for K {
    fn needs_everything(&self, change: &Change) -> bool {
        matches!(self.affected(change), Affected::Everything)
    }

    fn plan<'a>(
        &'a self,
        inputs: &'a Inputs<'a>,
        shared: &'a Shared,
        change: Option<&Change>,
    ) -> Vec<Work<'a>> {
        let jobs = match change.map(|c| self.affected(c)) {
            Some(Affected::Jobs(jobs)) => jobs,
            None | Some(Affected::Everything) => self.jobs(inputs),
        };
        jobs.into_iter()
            .map(|job| Box::new(move || self.render(inputs, shared, job)) as Work<'a>)
            .collect()
    }

    fn fixed(&self) -> &'static [&'static str] {
        self.fixed_paths()
    }
}

/// Every kind, in the order their jobs start: the sitemap first, so that rendering its one
/// long file overlaps with rendering the pages.
const KINDS: &[&dyn Planned] = &[
    &sitemap::Sitemap,
    &pages::Pages,
    &not_found::NotFound,
    &aliases::Aliases,
    &tags::Tags,
    &feeds::SectionFeeds,
    &search::Search,
    &not_found::Root,
    &robots::Robots,
];

/// The jobs to run: all of them without a change, else those the change affects, or all
/// again when some kind says the change reaches everything.
pub(crate) fn plan<'a>(
    inputs: &'a Inputs<'a>,
    shared: &'a Shared,
    change: Option<&Change>,
) -> Vec<Work<'a>> {
    let change = change.filter(|c| !KINDS.iter().any(|k| k.needs_everything(c)));
    KINDS
        .iter()
        .flat_map(|kind| kind.plan(inputs, shared, change))
        .collect()
}

/// The files kielo writes at set places in the output folder.
pub(crate) fn fixed_paths() -> impl Iterator<Item = &'static str> {
    KINDS.iter().flat_map(|kind| kind.fixed().iter().copied())
}
