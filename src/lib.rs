//! kielo: a multilingual static site generator.
//!
//! The build runs in stages, one module each: [`config`] → `load` → `link` → `markdown` →
//! `render` (the kinds of output in `outputs`) → `write`, all driven by `build`. The linked
//! site is never changed after `link`.

mod build;
mod bytes;
mod cache;
mod check;
mod components;
pub mod config;
mod controls;
mod dates;
pub mod error;
mod frontmatter;
/// An entry point for fuzzers and property tests, not API.
#[doc(hidden)]
pub mod fuzzing;
mod held_back;
mod i18n;
mod ids;
mod images;
mod init;
mod json;
mod link;
mod load;
mod markdown;
mod media;
mod menus;
pub mod messages;
mod model;
mod moved;
mod new;
mod outputs;
mod read;
mod render;
mod search;
mod serve;
mod session;
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

use build::{Build, Mode};
use messages::{Language, Messages};

pub use check::CheckReport;
pub use error::{Diagnostic, Error, Severity};
pub use held_back::{HeldBack, HoldReason};
pub use init::{DEFAULT_LANGUAGES, init_site};
pub use new::new_page;
pub use serve::{ServeOptions, serve};
pub use session::Session;
pub use translations::{
    ChangeSource, Status, TranslationGroup, TranslationOptions, TranslationReport,
};
pub use write::FileChanges;

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
    /// Replaces site.yaml's `base_url` (`--base-url`), e.g. for a preview deploy.
    pub base_url: Option<String>,
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
    /// How many output files changed, were added and were removed.
    pub files: FileChanges,
    /// Pictures of page bundles: how many were processed, and how many came from the cache.
    pub pictures: Pictures,
    /// Drafts and embargoed pages left out of this build, by file; none with `--drafts` and
    /// `--future`, which publish them.
    pub held_back: Vec<HeldBack>,
}

/// What became of the pictures of page bundles in one build.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pictures {
    /// Made into variants in this build.
    pub processed: usize,
    /// Found in the cache, made by an earlier build.
    pub cached: usize,
}

impl Pictures {
    fn of(site: &model::Site) -> Pictures {
        Pictures {
            processed: site.media.processed,
            cached: site.media.cached,
        }
    }
}

impl BuildReport {
    /// One line for the terminal: pages per language, time taken and files written.
    pub fn summary(&self, messages: &Messages) -> String {
        let total: usize = self.pages_per_language.iter().map(|(_, n)| n).sum();
        let per: Vec<String> = self
            .pages_per_language
            .iter()
            .map(|(code, n)| format!("{code} {n}"))
            .collect();
        let FileChanges {
            changed,
            added,
            removed,
        } = self.files;
        let Pictures { processed, cached } = self.pictures;
        let line = text!(
            "build-summary",
            pages = total,
            languages = per.join(", "),
            out = self.out.as_path(),
            ms = self.elapsed.as_millis() as u64,
            changed = changed,
            added = added,
            removed = removed,
        );
        let mut line = messages.format(&line);
        if processed + cached > 0 {
            let pictures = text!(
                "build-summary-pictures",
                processed = processed,
                cached = cached
            );
            line.push_str(&messages.format(&pictures));
        }
        line
    }
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

/// Builds the site, writing only the output files whose bytes changed. On any error nothing
/// is written and the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let (made, staging) = Build::make_into(options, &out)?;
    let finished = staging.finish()?;

    let pages_per_language = build::pages_per_language(&made.site);
    let pictures = Pictures::of(&made.site);
    let held_back = made.held_back;
    let mut warnings = made.diagnostics.into_warnings();
    error::add_excerpts(&options.root, &mut warnings);
    warnings.extend(finished.warning);
    warnings.extend(moved::remember(options, &made.addresses));
    remember_embargoes(options, &made.site.config, &held_back);
    Ok(BuildReport {
        pages_per_language,
        warnings,
        elapsed: started.elapsed(),
        out,
        files: finished.changes,
        pictures,
        held_back,
    })
}

/// Checks the site without writing output (only the picture cache): every error and warning `build` would report,
/// plus broken links, accessibility findings and missing translations; then the drafts and
/// embargoed pages the same way, so that their problems show before they go live.
pub fn check(options: &BuildOptions) -> Result<CheckReport, Error> {
    // One clock for both passes, so that they agree on what is held back and what expired.
    let options = &BuildOptions {
        now: Some(options.now.unwrap_or_else(jiff::Timestamp::now)),
        ..options.clone()
    };
    let (pages, mut diagnostics, held_back) = match Build::make(options, Mode::Check, &|_| Ok(())) {
        Ok(made) => {
            let pages = made.site.pages.len();
            (pages, made.diagnostics.into_warnings(), made.held_back)
        }
        Err(Error::Input(diagnostics)) => {
            let (pages, held_back) = loaded_anyway(options);
            (pages, diagnostics, held_back)
        }
        Err(other) => return Err(other),
    };
    if !held_back.is_empty() {
        check::add_new(&mut diagnostics, held_back_problems(options)?);
    }
    error::add_excerpts(&options.root, &mut diagnostics);
    Ok(CheckReport {
        pages,
        diagnostics,
        held_back,
    })
}

/// Remembers the originals held back by a public build (not `--drafts`, `--future`), so that
/// their translations keep waiting if they are renamed or deleted before they go out. A
/// memory that cannot be kept is not worth a warning of its own: the address record's
/// warning already says that `.kielo-cache` is unusable.
fn remember_embargoes(options: &BuildOptions, config: &config::Config, held_back: &[HeldBack]) {
    if options.drafts || options.future {
        return;
    }
    let default = &config.languages[config.default].code;
    let remembered = load::embargoes::Embargoes::read(&options.root);
    let mut kept: std::collections::BTreeMap<String, load::embargoes::Embargo> = Default::default();
    for held in held_back {
        let (Some(group), Some(until)) = (&held.group, held.until_rfc3339()) else {
            continue;
        };
        if held.lang == *default {
            let file = translations::slash_path(&held.file);
            let embargo = load::embargoes::Embargo {
                group: group.clone(),
                file,
                until,
            };
            kept.insert(group.clone(), embargo);
        } else if let Some(old) = remembered.get(group) {
            // A translation still waiting for an original that is gone.
            kept.entry(group.clone()).or_insert_with(|| old.clone());
        }
    }
    let kept: Vec<load::embargoes::Embargo> = kept.into_values().collect();
    let _ = load::embargoes::save(&options.root, &kept);
}

/// The time `--now` names: RFC 3339 with its offset, or a date and time without one (or a
/// date alone), which is the site's wall-clock time, as a `date:` is read. A time that is
/// not one is a wrong command line (exit 2).
pub fn parse_now(root: &std::path::Path, text: &str) -> Result<jiff::Timestamp, Error> {
    if let Ok(now) = text.parse::<jiff::Timestamp>() {
        return Ok(now);
    }
    // The site's clock; a site.yaml that cannot be read is reported by the command itself.
    let site = read::SiteDir::new(root).ok();
    let zone = (site.and_then(|site| config::load(&site).ok())).map(|config| config.timezone);
    let zone = zone.unwrap_or(jiff::tz::TimeZone::UTC);
    frontmatter::parse_date(text, &zone)
        .map(|date| date.timestamp)
        .map_err(|reason| Error::usage(text!("usage-now", value = text, reason = reason)))
}

/// The language of messages to people: `flag` (`--messages`), else site.yaml's `messages`
/// in the site at `root`, else the environment's locale, else English.
pub fn messages_language(root: Option<&std::path::Path>, flag: Option<Language>) -> Language {
    let of_site = || {
        let site_dir = read::SiteDir::new(root?).ok()?;
        config::load(&site_dir).ok()?.messages
    };
    flag.or_else(of_site)
        .or_else(|| Language::from_environment(|name| std::env::var(name).ok()))
        .unwrap_or(Language::En)
}

/// The problems of the site as it will be once its drafts and embargoed pages are published
/// (expired pages stay out): `check`'s second pass. Where errors stop it, they stop it as
/// they stop the first, so the stages after them wait for those to be fixed.
fn held_back_problems(options: &BuildOptions) -> Result<Vec<Diagnostic>, Error> {
    let everything = BuildOptions {
        drafts: true,
        future: true,
        ..options.clone()
    };
    match Build::make(&everything, Mode::Check, &|_| Ok(())) {
        Ok(made) => Ok(made.diagnostics.into_warnings()),
        Err(Error::Input(diagnostics)) => Ok(diagnostics),
        Err(other) => Err(other),
    }
}

/// How many pages a check that stopped at errors looked at, and which it held back: the site
/// loaded and linked again, its problems aside (they are reported already); none when
/// site.yaml has errors.
fn loaded_anyway(options: &BuildOptions) -> (usize, Vec<HeldBack>) {
    let Ok(site_dir) = read::SiteDir::new(&options.root) else {
        return (0, Vec::new());
    };
    let Ok(config) = config::load(&site_dir) else {
        return (0, Vec::new());
    };
    let mut ignored = error::Diagnostics::default();
    build::linked_holding_back(&site_dir, config, options.load_options(), &mut ignored)
        .map_or((0, Vec::new()), |(site, held_back)| {
            (site.pages.len(), held_back)
        })
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
            Error::usage(text!(
                "usage-unknown-language",
                code = code,
                codes = config.codes()
            ))
        })?),
    };
    let mut diagnostics = error::Diagnostics::default();
    // Drafts, embargoed and expired pages are all work for translators.
    let site = build::linked(
        &site_dir,
        config,
        load::LoadOptions::EVERY_PAGE,
        &mut diagnostics,
    )?;
    diagnostics
        .check()
        .map_err(|e| build::with_excerpts(root, e))?;
    Ok(translations::report(&site, root, missing))
}
