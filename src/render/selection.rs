//! Rendering the jobs `outputs` plans, and handing the outputs on as they are made: `build`
//! writes each at once, so a large site never holds all its output in memory.

use std::collections::BTreeSet;
use std::sync::Mutex;

use rayon::prelude::*;
use tera::Tera;

use super::paths::{Added, Tree};
use super::{Output, shared};
use crate::error::{Diagnostic, Error};
use crate::ids::IdVec;
use crate::markdown::Rendered;
use crate::messages::text;
use crate::model::{PageId, Site};
use crate::outputs::Change;

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
    pub(crate) contents: &'a IdVec<PageId, Rendered>,
    pub(crate) related: &'a IdVec<PageId, Vec<PageId>>,
    /// Each language's words for the search index (none without a search page).
    pub(crate) search: &'a IdVec<crate::config::LangId, crate::search::Analysis>,
    pub(crate) tera: &'a Tera,
    /// UI messages, for the texts kielo writes itself.
    pub(crate) i18n: &'a std::sync::Arc<crate::i18n::I18n>,
    pub(crate) now: jiff::Timestamp,
}

/// Renders every output, or those `change` affects, in parallel, handing each to `emit` in
/// no set order. Two outputs for one path are an error, so the order never matters.
pub(crate) fn render_with(
    inputs: &Inputs,
    change: Option<&Change>,
    emit: Emit,
) -> Result<Rendering, Error> {
    let shared = shared(inputs.site, inputs.i18n.clone());
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
    let problems: Vec<Diagnostic> = crate::outputs::plan(inputs, &shared, change)
        .into_par_iter()
        .flat_map_iter(|job| job())
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
                text!("output-clash-two-pages", path = &path),
                text!("output-clash-two-pages-hint"),
            ),
            true => (
                text!("output-clash-file-and-folder", path = &path),
                text!("output-clash-file-and-folder-hint"),
            ),
        };
        Diagnostic::error(
            crate::error::Code::OutputClash,
            crate::load::CONTENT_DIR,
            None,
            message,
        )
        .with_hint(hint)
    }));
    let paths = paths.into_inner().unwrap_or_default();
    Ok(Rendering { problems, paths })
}

/// Renders the outputs `change` affects and returns them, sorted by path.
pub(crate) fn render_changed(
    inputs: &Inputs,
    change: &Change,
) -> Result<(Vec<Output>, Vec<Diagnostic>), Error> {
    let outputs = Mutex::new(Vec::new());
    let rendering = render_with(inputs, Some(change), &|output| {
        if let Ok(mut outputs) = outputs.lock() {
            outputs.push(output);
        }
        Ok(())
    })?;
    let mut outputs = outputs.into_inner().unwrap_or_default();
    outputs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    Ok((outputs, rendering.problems))
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
                d.message = text!(
                    "diagnostic-same-on-more-pages",
                    message = d.message,
                    count = more
                );
            }
            d
        })
        .collect()
}
