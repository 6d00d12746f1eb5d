//! Rebuilds for `serve`. The made site stays in memory; after a change to pages that keep
//! their place in the site, only those pages' Markdown is rendered again and only the outputs
//! that show them are, a new site being made from the old one with their sources replaced.
//! Any other change builds everything again. Either way only files whose bytes changed are
//! written, each replaced at once, and nothing is written when the rebuild fails.

mod affected;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::error::{Diagnostic, Diagnostics, Error};
use crate::load::{CONTENT_DIR, Source, publish};
use crate::markdown::Rendered;
use crate::model::{PageId, Site};
use crate::{BuildOptions, BuildReport, Made, Mode, write};
use affected::SectionCalls;

/// A site kept in memory between rebuilds, for `serve`.
pub struct Session {
    options: BuildOptions,
    /// The site folder as an absolute path, to recognise the watcher's paths.
    root: PathBuf,
    out: PathBuf,
    /// What is in the output folder, once a build has written it.
    written: Option<write::Written>,
    /// The last good build, while it can be changed in part.
    state: Option<State>,
    /// Files changed since the last good build, which a failed rebuild did not take in.
    pending: BTreeSet<PathBuf>,
}

struct State {
    site: Arc<Site>,
    contents: Vec<Rendered>,
    related: Vec<Vec<PageId>>,
    search: Vec<crate::search::Analysis>,
    files: Vec<crate::theme::ThemeFile>,
    i18n: Arc<crate::i18n::I18n>,
    load_options: crate::load::LoadOptions,
    /// Page ids by file, relative to the site folder.
    by_path: HashMap<PathBuf, PageId>,
    calls: SectionCalls,
}

impl State {
    fn new(made: Made) -> State {
        let templates = made.files.iter().filter_map(|f| {
            let name = f.relative.strip_prefix("templates/")?;
            Some((
                name.to_string(),
                String::from_utf8_lossy(&f.bytes).into_owned(),
            ))
        });
        State {
            calls: SectionCalls::find(templates),
            by_path: (made.site.pages.iter().enumerate())
                .filter(|(_, p)| p.from_file)
                .map(|(id, p)| (p.source.path.clone(), id))
                .collect(),
            site: made.site,
            contents: made.contents,
            related: made.related,
            search: made.search,
            files: made.files,
            i18n: made.i18n,
            load_options: made.load_options,
        }
    }
}

impl Session {
    /// A session for the site of `options`; nothing is built until [`Session::build`].
    pub fn new(options: BuildOptions) -> Session {
        let root = std::path::absolute(&options.root).unwrap_or_else(|_| options.root.clone());
        let root = root.canonicalize().unwrap_or(root);
        let out = options.out.clone().unwrap_or_else(|| root.join("public"));
        Session {
            options,
            root,
            out,
            written: None,
            state: None,
            pending: BTreeSet::new(),
        }
    }

    /// Builds everything; the first time, the output folder is replaced as `kielo build`
    /// replaces it, later only changed files are written.
    pub fn build(&mut self) -> Result<BuildReport, Error> {
        let started = Instant::now();
        let (mut made, count) = match &mut self.written {
            Some(written) => {
                // Kept whole before writing, so a failed rebuild writes nothing.
                let outputs = std::sync::Mutex::new(Vec::new());
                let keep = |output| {
                    outputs.lock().map(|mut o| o.push(output)).ok();
                    Ok(())
                };
                let made = crate::make(&self.options, Mode::Build, &keep)
                    .map_err(|e| crate::with_excerpts(&self.options.root, e))?;
                let outputs = outputs.into_inner().unwrap_or_default();
                let files = write::files(&made.statics, &outputs);
                let count = write::update(&self.out, files, written, true)?;
                (made, count)
            }
            None => {
                let (mut made, staging) = crate::make_into(&self.options, &self.out, true)?;
                // Later rebuilds write into the folder itself, through a symlinked `public`.
                self.out = staging.out().to_path_buf();
                let (written, removal) = staging.finish()?;
                self.written = Some(written);
                made.diagnostics.extend(removal);
                let count = made.paths.len() + made.statics.len();
                (made, count)
            }
        };
        let mut warnings = std::mem::take(&mut made.diagnostics).into_warnings();
        crate::error::add_excerpts(&self.options.root, &mut warnings);
        self.pending.clear();
        self.state = Some(State::new(made));
        Ok(self.report(started, warnings, count))
    }

    /// Rebuilds after `changed` (files created, changed or removed under the site folder):
    /// only what the change affects when it can, else everything.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<BuildReport, Error> {
        self.pending.extend(changed.iter().cloned());
        let started = Instant::now();
        let pending: Vec<PathBuf> = self.pending.iter().cloned().collect();
        if let Some(count) = self.static_changes(&pending)? {
            self.pending.clear();
            return Ok(self.report(started, Vec::new(), count));
        }
        let changes = self.page_changes(&pending);
        let Some(changes) = changes.map_err(|e| crate::with_excerpts(&self.options.root, e))?
        else {
            return self.build();
        };
        let (Some(state), Some(written)) = (self.state.as_mut(), self.written.as_mut()) else {
            return self.build();
        };
        let Some((count, warnings)) = rebuild_pages(state, &self.out, written, changes)
            .map_err(|e| crate::with_excerpts(&self.options.root, e))?
        else {
            return self.build();
        };
        self.pending.clear();
        let mut warnings = warnings;
        crate::error::add_excerpts(&self.options.root, &mut warnings);
        Ok(self.report(started, warnings, count))
    }

    /// The new sources of changed pages, when every change is an edit of a published page
    /// that keeps its place in the site; `None` when the site must be built again.
    fn page_changes(&self, changed: &[PathBuf]) -> Result<Option<Vec<(PageId, Source)>>, Error> {
        let (Some(state), Some(_)) = (&self.state, &self.written) else {
            return Ok(None);
        };
        let config = &state.site.config;
        let site_dir = crate::read::SiteDir::new(&self.root)?;
        let content = self.root.join(CONTENT_DIR);
        let mut changes = Vec::new();
        for path in changed {
            let relative = path.strip_prefix(&self.root).unwrap_or(path);
            let Ok(in_content) = relative.strip_prefix(CONTENT_DIR) else {
                return Ok(None);
            };
            if !is_markdown(relative) {
                // Only Markdown files are read from content/; a folder may hold some.
                if path.is_file() {
                    continue;
                }
                return Ok(None);
            }
            let (Some(&id), true) = (state.by_path.get(relative), path.is_file()) else {
                return Ok(None);
            };
            let full = content.join(in_content);
            // The build checked the folders on the way; one may have become a link since.
            site_dir
                .check_inside(&full)
                .map_err(|problem| Error::Input(vec![problem]))?;
            let loaded =
                crate::load::read_source(&site_dir, &content, &full, config, state.load_options);
            let mut source = match loaded {
                Ok(Some(source)) => source,
                Ok(None) => return Ok(None),
                Err(problems) => return Err(Error::Input(problems)),
            };
            let site = &state.site;
            let original = site.groups[site.pages[id].group][config.default]
                .filter(|&original| original != id);
            if let Some(original) = original {
                let original = &site.pages[original].source;
                // Warnings of a full build; a fast rebuild only needs the dates.
                let _ = publish::inherit(&mut source, original, state.load_options);
            }
            if !publish::is_published(&source, state.load_options) {
                return Ok(None);
            }
            if !affected::same_place(&state.site.pages[id].source, &source) {
                return Ok(None);
            }
            changes.push((id, source));
        }
        Ok(Some(changes))
    }

    /// When every change is to a file of the site's or the theme's `static/` folder, copies
    /// the static files that changed and returns how many; `None` for other changes.
    fn static_changes(&mut self, changed: &[PathBuf]) -> Result<Option<usize>, Error> {
        let (Some(state), Some(written)) = (&self.state, &mut self.written) else {
            return Ok(None);
        };
        let theme = &state.site.config.theme;
        let theme_static = Path::new("themes").join(theme).join("static");
        let is_static = |path: &PathBuf| {
            let relative = path.strip_prefix(&self.root).unwrap_or(path);
            (relative.starts_with("static") || relative.starts_with(&theme_static))
                && path.is_file()
        };
        if !changed.iter().all(is_static) {
            return Ok(None);
        }
        let site = crate::read::SiteDir::new(&self.options.root)?;
        let statics = crate::theme::statics(&site, crate::theme::theme_files(&site, theme)?)?;
        write::update(&self.out, write::files(&statics, &[]), written, false).map(Some)
    }

    fn report(&self, started: Instant, warnings: Vec<Diagnostic>, written: usize) -> BuildReport {
        let site = self.state.as_ref().map(|s| &s.site);
        BuildReport {
            pages_per_language: site
                .map(|s| crate::pages_per_language(s))
                .unwrap_or_default(),
            warnings,
            elapsed: started.elapsed(),
            out: self.out.clone(),
            written,
        }
    }
}

fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
}

/// Renders again the pages in `changes` and what shows them, and writes what changed.
/// `Ok(None)` when a new title moved a page in a listing, so the site must be linked again.
fn rebuild_pages(
    state: &mut State,
    out: &Path,
    written: &mut write::Written,
    changes: Vec<(PageId, Source)>,
) -> Result<Option<(usize, Vec<Diagnostic>)>, Error> {
    let ids: Vec<PageId> = changes.iter().map(|(id, _)| *id).collect();
    let site = Arc::new(state.site.with_sources(changes));
    if !affected::still_in_order(&state.site, &site, &ids) {
        return Ok(None);
    }
    let mut diagnostics = Diagnostics::default();
    let mut contents: Vec<(PageId, Rendered)> = ids
        .iter()
        .map(|&id| (id, crate::markdown::render(&site, id)))
        .collect();
    for (_, content) in &contents {
        diagnostics.extend(content.diagnostics.iter().cloned());
    }
    // Swap the new Markdown in for the anchor check and rendering; swapped back on failure.
    for (id, content) in &mut contents {
        std::mem::swap(&mut state.contents[*id], content);
    }
    crate::search::update(&mut state.search, &site, &state.contents, &ids);
    let result = render_changed(state, &site, &ids, diagnostics, out, written);
    match result {
        Ok(done) => {
            state.site = site;
            Ok(Some(done))
        }
        Err(err) => {
            for (id, content) in &mut contents {
                std::mem::swap(&mut state.contents[*id], content);
            }
            crate::search::update(&mut state.search, &state.site, &state.contents, &ids);
            Err(err)
        }
    }
}

fn render_changed(
    state: &mut State,
    site: &Arc<Site>,
    ids: &[PageId],
    mut diagnostics: Diagnostics,
    out: &Path,
    written: &mut write::Written,
) -> Result<(usize, Vec<Diagnostic>), Error> {
    diagnostics.extend(crate::markdown::check_anchors(site, &state.contents));
    diagnostics.check()?;
    let tera =
        crate::compile_templates(site, state.i18n.clone(), &state.files).map_err(Error::Input)?;
    diagnostics.extend(crate::templates::missing_page_templates(site, &tera));
    diagnostics.check()?;
    let selection = affected::selection(&state.site, site, ids, &state.related, state.calls);
    let now = state.load_options.now;
    let (contents, related) = (&state.contents, &state.related);
    let inputs = crate::render::Inputs {
        site,
        contents,
        related,
        search: &state.search,
        tera: &tera,
        i18n: &state.i18n,
        now,
    };
    let (outputs, problems) = crate::render::render_selection(&inputs, &selection)?;
    diagnostics.extend(problems);
    diagnostics.check()?;
    let count = write::update(out, write::files(&[], &outputs), written, false)?;
    Ok((count, diagnostics.into_warnings()))
}
