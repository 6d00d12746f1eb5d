//! kielo: a multilingual static site generator.
//!
//! The build runs in stages, one module each: [`config`] → `load` → `link` → `markdown` →
//! `render` → `write`. The linked site is never changed after `link`.

mod bytes;
mod check;
pub mod config;
mod controls;
mod dates;
pub mod error;
mod feeds;
mod frontmatter;
/// An entry point for fuzzers and property tests, not API.
#[doc(hidden)]
pub mod fuzzing;
mod i18n;
mod json;
mod link;
mod load;
mod markdown;
mod model;
mod new;
mod read;
mod render;
mod search;
mod serve;
mod session;
mod site_files;
mod tag_pages;
mod taxonomy;
mod templates;
mod theme;
mod translations;
mod write;
mod yaml;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

pub use check::CheckReport;
pub use error::{Diagnostic, Error, Severity};
pub use new::new_page;
pub use serve::{ServeOptions, serve};
pub use session::Session;
pub use translations::{
    ChangeSource, Status, TranslationGroup, TranslationOptions, TranslationReport,
};

/// What `kielo build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder, holding `site.yaml` and `content/`.
    pub root: PathBuf,
    /// Where to write the site; `public/` under the root when `None`.
    pub out: Option<PathBuf>,
    /// Publish pages marked `draft: true`.
    pub drafts: bool,
    /// Publish pages whose `date` is still in the future (embargoed releases).
    pub future: bool,
    /// The clock that decides what is published and what has expired; the system clock when `None`.
    pub now: Option<jiff::Timestamp>,
    /// Set (by a signal handler) to stop the build; the previous output is then kept.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Replace an output folder that holds files kielo did not make (never the site itself,
    /// a folder above it or one of its sources).
    pub force: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// `(language code, pages written)` in configured order.
    pub pages_per_language: Vec<(String, usize)>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// Wall time of the whole build.
    pub elapsed: Duration,
    /// The folder written.
    pub out: PathBuf,
    /// How many files were written or removed.
    pub written: usize,
}

impl BuildReport {
    /// One line for the terminal: pages per language and time taken.
    pub fn summary(&self) -> String {
        let total: usize = self.pages_per_language.iter().map(|(_, n)| n).sum();
        let per: Vec<String> = self
            .pages_per_language
            .iter()
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        format!(
            "Built {total} pages ({}) into {} in {} ms",
            per.join(", "),
            self.out.display(),
            self.elapsed.as_millis()
        )
    }
}

/// Each language's words for generated URLs and titles: the `tags-path`, `tags`,
/// `page-path`, `search-path` and `search-title` messages. `search`: whether the theme
/// has a search page.
fn path_words(
    config: &config::Config,
    i18n: Option<&i18n::I18n>,
    search: bool,
) -> Vec<taxonomy::PathWords> {
    (0..config.languages.len())
        .map(|lang| {
            let message = |key: &str| i18n.and_then(|i| i.message(lang, key, None));
            let title = message("tags").unwrap_or_else(|| "Tags".into());
            let path = slug::slugify(message("tags-path").unwrap_or_else(|| title.clone()));
            let page = slug::slugify(message("page-path").unwrap_or_else(|| "page".into()));
            let search_title = message("search-title").unwrap_or_else(|| "Search".into());
            let search = search
                .then(|| slug::slugify(message("search-path").unwrap_or_else(|| "search".into())));
            taxonomy::PathWords {
                page,
                path,
                title,
                search,
                search_title,
            }
        })
        .collect()
}

/// Whether the work is a build or a check: a check holds the site to a stricter standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Build,
    Check,
}

/// A site made in memory, ready to be written, with what `serve` needs to redo part of it.
struct Made {
    site: Arc<model::Site>,
    /// Each page's Markdown, by page id.
    contents: Vec<markdown::Rendered>,
    /// Each page's related pages, by page id.
    related: Vec<Vec<model::PageId>>,
    /// Each language's words for the search index.
    search: Vec<search::Analysis>,
    /// Theme, locale and template files (not static files), to compile templates again.
    files: Vec<theme::ThemeFile>,
    i18n: Arc<i18n::I18n>,
    load_options: load::LoadOptions,
    /// The paths of the files rendering made (static files apart).
    paths: render::paths::Paths,
    statics: Vec<theme::ThemeFile>,
    /// Warnings only: any error stops `make` first.
    diagnostics: error::Diagnostics,
}

impl BuildOptions {
    /// Whether a signal asked the build to stop.
    fn cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    }

    fn load_options(&self) -> load::LoadOptions {
        load::LoadOptions {
            drafts: self.drafts,
            future: self.future,
            now: self.now.unwrap_or_else(jiff::Timestamp::now),
        }
    }
}

fn interrupted(options: &BuildOptions) -> Result<(), Error> {
    if options.cancelled() {
        return Err(Error::Interrupted);
    }
    Ok(())
}

/// Compiles the templates with the functions that read `site`. After linking, because those
/// functions need the linked site.
fn compile_templates(
    site: &Arc<model::Site>,
    i18n: Arc<i18n::I18n>,
    files: &[theme::ThemeFile],
) -> Result<tera::Tera, Vec<Diagnostic>> {
    let codes = site
        .config
        .languages
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let site = site.clone();
    let add_site = move |tera: &mut tera::Tera| render::add_site_functions(tera, site);
    let file_refs: Vec<&theme::ThemeFile> = files.iter().collect();
    templates::load(&file_refs, i18n, codes, add_site)
}

/// Runs every stage, handing each rendered file to `emit` (which writes or keeps it). In
/// `Mode::Check` the check-only findings join the diagnostics.
fn make(options: &BuildOptions, mode: Mode, emit: render::Emit) -> Result<Made, Error> {
    let site_dir = read::SiteDir::new(&options.root)?;
    let root = site_dir.root();
    let config = config::load(&site_dir)?;
    let mut diagnostics = error::Diagnostics::default();

    let (theme_statics, mut files): (Vec<theme::ThemeFile>, Vec<theme::ThemeFile>) =
        theme::theme_files(&site_dir, &config.theme)?
            .into_iter()
            .partition(theme::ThemeFile::is_static);
    files.extend(theme::files_under(&site_dir, root, "locales".as_ref())?);
    files.extend(theme::files_under(&site_dir, root, "templates".as_ref())?);
    let file_refs: Vec<&theme::ThemeFile> = files.iter().collect();
    let i18n = match i18n::I18n::new(&config, &file_refs) {
        Ok(i18n) => Some(Arc::new(i18n)),
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    };
    let load_options = options.load_options();
    let sources = load::load(&site_dir, &config, load_options, &mut diagnostics)?;
    interrupted(options)?;
    let search = files
        .iter()
        .any(|f| f.relative.strip_prefix("templates/") == Some(search::TEMPLATE));
    let path_words = path_words(&config, i18n.as_deref(), search);
    let site = Arc::new(link::link(config, sources, &path_words, &mut diagnostics));
    let contents: Vec<markdown::Rendered> = (0..site.pages.len())
        .into_par_iter()
        .map(|id| markdown::render(&site, id))
        .collect();
    for content in &contents {
        diagnostics.extend(content.diagnostics.iter().cloned());
        if mode == Mode::Check {
            diagnostics.extend(content.lints.iter().cloned());
        }
    }
    diagnostics.extend(markdown::check_anchors(&site, &contents));
    let tera = i18n
        .clone()
        .and_then(|i18n| match compile_templates(&site, i18n, &files) {
            Ok(tera) => Some(tera),
            Err(problems) => {
                diagnostics.extend(problems);
                None
            }
        });
    if let Some(tera) = &tera {
        diagnostics.extend(templates::missing_page_templates(&site, tera));
    }
    let statics = match theme::statics(&site_dir, theme_statics) {
        Ok(statics) => statics,
        Err(Error::Input(problems)) => {
            diagnostics.extend(problems);
            Vec::new()
        }
        Err(other) => return Err(other),
    };
    diagnostics.extend(render::paths::clashes(&site, &statics));
    diagnostics.check()?;
    let (Some(tera), Some(i18n)) = (tera, i18n) else {
        unreachable!("diagnostics.check() stops the build when templates or locales failed");
    };

    let (related, search) = rayon::join(
        || taxonomy::related_all(&site),
        || search::analyse(&site, &contents),
    );
    let inputs = render::Inputs {
        site: &site,
        contents: &contents,
        related: &related,
        search: &search,
        tera: &tera,
        i18n: &i18n,
        now: load_options.now,
    };
    let rendering = render::render_with(&inputs, &render::Selection::everything(), emit)?;
    diagnostics.extend(rendering.problems);
    diagnostics.extend(static_clashes(&rendering.paths, &statics));
    let paths = rendering.paths.into_files();
    // A language the theme does not speak is not an error: its texts fall back, marked.
    diagnostics.extend(i18n.missing_messages());
    if mode == Mode::Check {
        diagnostics.extend(check::site_findings(&site, &contents, &paths, &statics));
    }
    diagnostics.check()?;
    interrupted(options)?;
    Ok(Made {
        site,
        contents,
        related,
        search,
        files,
        i18n,
        load_options,
        paths,
        statics,
        diagnostics,
    })
}

/// Static files that would need a folder where a page, feed or tag page is written, or the
/// other way round.
fn static_clashes(rendered: &render::paths::Tree, statics: &[theme::ThemeFile]) -> Vec<Diagnostic> {
    statics
        .iter()
        .filter_map(|file| {
            let path = file.output_path();
            let clash = rendered.clash(path)?;
            Some(
                Diagnostic::error(
                    error::Code::OutputClash,
                    &file.origin,
                    None,
                    format!("the site also writes a page, feed or tag page at {clash}, so this file cannot be written to {path}"),
                )
                .with_hint("rename the file, or give the page another `slug`"),
            )
        })
        .collect()
}

/// Builds the site. On any error nothing is written and the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let (made, staging) = make_into(options, &out, false)?;
    let (_, removal) = staging.finish()?;

    let pages_per_language = pages_per_language(&made.site);
    let mut warnings = made.diagnostics.into_warnings();
    error::add_excerpts(&options.root, &mut warnings);
    warnings.extend(removal);
    Ok(BuildReport {
        pages_per_language,
        warnings,
        elapsed: started.elapsed(),
        out,
        written: made.paths.len() + made.statics.len(),
    })
}

/// Makes the site into a staging folder for `out`, each file written as soon as it is
/// rendered; nothing replaces `out` until the caller finishes the staging, and nothing is
/// made when `out` is not a folder kielo may replace.
/// With `record`, the staging keeps each file's hash.
fn make_into(
    options: &BuildOptions,
    out: &std::path::Path,
    record: bool,
) -> Result<(Made, write::Staging), Error> {
    let target = write::target::resolve(&options.root, out, options.force)?;
    let staging = write::Staging::new(target, record)?;
    let emit = |output: render::Output| {
        interrupted(options)?;
        staging.put(&output.path, &output.bytes)
    };
    let made = make(options, Mode::Build, &emit).map_err(|e| with_excerpts(&options.root, e))?;
    staging.put_statics(&made.statics, &made.paths)?;
    Ok((made, staging))
}

/// `(language code, pages)` in configured order.
fn pages_per_language(site: &model::Site) -> Vec<(String, usize)> {
    site.config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let count = site.pages.iter().filter(|p| p.lang() == lang).count();
            (l.code.clone(), count)
        })
        .collect()
}

/// Checks the site without writing anything: every error and warning `build` would report,
/// plus broken links, accessibility findings and missing translations.
pub fn check(options: &BuildOptions) -> Result<CheckReport, Error> {
    let (pages, mut diagnostics) = match make(options, Mode::Check, &|_| Ok(())) {
        Ok(made) => (made.site.pages.len(), made.diagnostics.into_warnings()),
        Err(Error::Input(diagnostics)) => (0, diagnostics),
        Err(other) => return Err(other),
    };
    error::add_excerpts(&options.root, &mut diagnostics);
    Ok(CheckReport { pages, diagnostics })
}

fn with_excerpts(root: &std::path::Path, err: Error) -> Error {
    match err {
        Error::Input(mut diagnostics) => {
            error::add_excerpts(root, &mut diagnostics);
            Error::Input(diagnostics)
        }
        other => other,
    }
}

/// The translation status of every page: for each translation group, whether each language
/// has a version and whether it is older than the default language's. Loads and links the
/// site as `build` does, so a broken site gives the same errors, but renders nothing. Drafts,
/// embargoed and expired pages are all counted: they are all work for translators.
pub fn translations(options: &TranslationOptions) -> Result<TranslationReport, Error> {
    let root = &options.root;
    let site_dir = read::SiteDir::new(root)?;
    let config = config::load(&site_dir)?;
    let missing = match options.missing.as_deref() {
        None => None,
        Some(code) => Some(config.language_index(code).ok_or_else(|| {
            Error::Usage(format!(
                "`{code}` is not a language of this site; site.yaml has {}",
                config.codes()
            ))
        })?),
    };
    let mut diagnostics = error::Diagnostics::default();
    // The earliest possible clock publishes everything: no page is embargoed (with `future`)
    // and none has expired.
    let load_options = load::LoadOptions {
        drafts: true,
        future: true,
        now: jiff::Timestamp::MIN,
    };
    let sources = load::load(&site_dir, &config, load_options, &mut diagnostics)?;
    let path_words = path_words(&config, None, false);
    let site = link::link(config, sources, &path_words, &mut diagnostics);
    diagnostics.check().map_err(|e| with_excerpts(root, e))?;
    Ok(translations::report(&site, root, missing))
}
