//! Rebuilds for `serve`. The made site stays in memory; after a change to pages that keep
//! their place in the site, only those pages' Markdown is rendered again and only the outputs
//! that show them are, a new site being made from the old one with their sources replaced.
//! Any other change builds everything again. Either way only files whose bytes changed are
//! written, each replaced at once, and nothing is written when the rebuild fails.

mod affected;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::build::{Build, with_excerpts};
use crate::error::{Diagnostic, Error};
use crate::load::{CONTENT_DIR, Source, publish};
use crate::model::PageId;
use crate::write::{self, FileChanges};
use crate::{BuildOptions, BuildReport};

/// A site kept in memory between rebuilds, for `serve`.
pub struct Session {
    options: BuildOptions,
    /// The site folder as an absolute path, to recognise the watcher's paths.
    root: PathBuf,
    out: PathBuf,
    /// The manifest of the output folder, once a build has written it.
    manifest: Option<write::Manifest>,
    /// The last good build, while it can be changed in part.
    state: Option<Build>,
    /// Files changed since the last good build, which a failed rebuild did not take in.
    pending: BTreeSet<PathBuf>,
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
            manifest: None,
            state: None,
            pending: BTreeSet::new(),
        }
    }

    /// Builds everything, writing only the files that changed, as `kielo build` does.
    pub fn build(&mut self) -> Result<BuildReport, Error> {
        let started = Instant::now();
        let (mut made, staging) = Build::make_into(&self.options, &self.out)?;
        // Later rebuilds write into the folder itself, through a symlinked `public`.
        self.out = staging.out().to_path_buf();
        let finished = staging.finish()?;
        self.manifest = Some(finished.manifest);
        made.diagnostics.extend(finished.warning);
        let mut warnings = std::mem::take(&mut made.diagnostics).into_warnings();
        crate::error::add_excerpts(&self.options.root, &mut warnings);
        self.pending.clear();
        self.state = Some(made);
        Ok(self.report(started, warnings, finished.changes))
    }

    /// Rebuilds after `changed` (files created, changed or removed under the site folder):
    /// only what the change affects when it can, else everything.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<BuildReport, Error> {
        self.pending.extend(changed.iter().cloned());
        let started = Instant::now();
        let pending: Vec<PathBuf> = self.pending.iter().cloned().collect();
        if let Some(changes) = self.static_changes(&pending)? {
            self.pending.clear();
            return Ok(self.report(started, Vec::new(), changes));
        }
        let changes = self.page_changes(&pending);
        let Some(changes) = changes.map_err(|e| with_excerpts(&self.options.root, e))? else {
            return self.build();
        };
        let (Some(state), Some(manifest)) = (self.state.as_mut(), self.manifest.as_mut()) else {
            return self.build();
        };
        let rebuilt = state.rebuild_pages(changes);
        let Some((outputs, warnings)) =
            rebuilt.map_err(|e| with_excerpts(&self.options.root, e))?
        else {
            return self.build();
        };
        let changes = write::update(&self.out, write::files(&[], &outputs), manifest)?;
        self.pending.clear();
        let mut warnings = warnings;
        crate::error::add_excerpts(&self.options.root, &mut warnings);
        Ok(self.report(started, warnings, changes))
    }

    /// The new sources of changed pages, when every change is an edit of a published page
    /// that keeps its place in the site; `None` when the site must be built again.
    fn page_changes(&self, changed: &[PathBuf]) -> Result<Option<Vec<(PageId, Source)>>, Error> {
        let (Some(state), Some(_)) = (&self.state, &self.manifest) else {
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
                // A file of a page bundle: its page shows it, or a picture of it.
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
                Ok(crate::load::Read::Page(source)) => *source,
                Ok(crate::load::Read::Draft(_)) => return Ok(None),
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
    /// the static files that changed and returns what it wrote; `None` for other changes.
    fn static_changes(&mut self, changed: &[PathBuf]) -> Result<Option<FileChanges>, Error> {
        let (Some(state), Some(manifest)) = (&self.state, &mut self.manifest) else {
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
        let statics =
            crate::theme::statics(&site, crate::theme::theme_files(&site, &state.site.config)?)?;
        write::update(&self.out, write::files(&statics, &[]), manifest).map(Some)
    }

    /// The URL path of the last good build's site (`/agency` for a `base_url` of
    /// `https://example.org/agency/`), once there is one.
    pub(crate) fn url_prefix(&self) -> Option<&str> {
        (self.state.as_ref()).map(|build| build.site.config.root_path.as_str())
    }

    fn report(
        &self,
        started: Instant,
        warnings: Vec<Diagnostic>,
        files: FileChanges,
    ) -> BuildReport {
        let site = self.state.as_ref().map(|s| &s.site);
        BuildReport {
            pages_per_language: site
                .map(|s| crate::build::pages_per_language(s))
                .unwrap_or_default(),
            warnings,
            elapsed: started.elapsed(),
            out: self.out.clone(),
            files,
            pictures: site.map(|s| crate::Pictures::of(s)).unwrap_or_default(),
            // A fast rebuild publishes or holds back no other page than the full one did.
            held_back: (self.state.as_ref())
                .map(|s| s.held_back.clone())
                .unwrap_or_default(),
        }
    }
}

fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// The i18n fixture in a temporary folder, built by a session.
    fn built() -> (tempfile::TempDir, Session) {
        let dir = tempfile::tempdir().unwrap();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/i18n");
        for entry in walkdir::WalkDir::new(&fixture) {
            let entry = entry.unwrap();
            let to = dir
                .path()
                .join(entry.path().strip_prefix(&fixture).unwrap());
            match entry.file_type().is_dir() {
                true => std::fs::create_dir_all(&to).unwrap(),
                false => drop(std::fs::copy(entry.path(), &to).unwrap()),
            }
        }
        let mut session = Session::new(BuildOptions {
            root: dir.path().to_path_buf(),
            out: None,
            drafts: false,
            future: false,
            now: Some("2026-06-01T12:00:00Z".parse().unwrap()),
            cancel: None,
            force: false,
            base_url: None,
        });
        session.build().unwrap();
        (dir, session)
    }

    fn templates(session: &Session) -> Arc<tera::Tera> {
        session.state.as_ref().unwrap().tera.clone()
    }

    #[test]
    fn templates_are_compiled_once_per_change_to_a_template() {
        let (dir, mut session) = built();
        let first = templates(&session);
        let page = dir.path().join("content/news/_index.fi.md");
        let text = std::fs::read_to_string(&page).unwrap();
        std::fs::write(&page, format!("{text}\nLisää tekstiä.\n")).unwrap();
        let report = session.rebuild(std::slice::from_ref(&page)).unwrap();
        assert!(
            report.files.total() < 10,
            "a fast rebuild wrote {:?}",
            report.files
        );
        assert!(
            Arc::ptr_eq(&first, &templates(&session)),
            "a page edit compiled them again"
        );

        let template = dir.path().join("templates/page.html");
        std::fs::create_dir_all(template.parent().unwrap()).unwrap();
        let theme =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/page.html");
        std::fs::copy(theme, &template).unwrap();
        session.rebuild(std::slice::from_ref(&template)).unwrap();
        assert!(
            !Arc::ptr_eq(&first, &templates(&session)),
            "a new template was not compiled"
        );
    }
}
