//! kielo: a multilingual static site generator.
//!
//! The build runs in stages, one module each: [`config`] → `load` → `link` → `markdown` →
//! `render` → `write`. The linked site is never changed after `link`.

pub mod config;
mod dates;
pub mod error;
mod feeds;
mod frontmatter;
/// An entry point for fuzzers and property tests, not API.
#[doc(hidden)]
pub mod fuzzing;
mod i18n;
mod link;
mod load;
mod markdown;
mod model;
mod new;
mod render;
mod site_files;
mod tag_pages;
mod taxonomy;
mod templates;
mod theme;
mod write;
mod yaml;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

pub use error::{Diagnostic, Error, Severity};
pub use new::new_page;

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

/// Each language's words for generated URLs and titles: the `tags-path`, `tags` and
/// `page-path` messages.
fn path_words(config: &config::Config, i18n: Option<&i18n::I18n>) -> Vec<taxonomy::PathWords> {
    (0..config.languages.len())
        .map(|lang| {
            let message = |key: &str| i18n.and_then(|i| i.message(lang, key, None));
            let title = message("tags").unwrap_or_else(|| "Tags".into());
            let path = slug::slugify(message("tags-path").unwrap_or_else(|| title.clone()));
            let page = slug::slugify(message("page-path").unwrap_or_else(|| "page".into()));
            taxonomy::PathWords { page, path, title }
        })
        .collect()
}

/// Builds the site. On any error nothing is written and the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Error> {
    let started = Instant::now();
    let root = &options.root;
    let config = config::load(root)?;
    let mut diagnostics = error::Diagnostics::default();

    let mut files = theme::theme_files(root, &config.theme)?;
    files.extend(theme::files_under(root, root, "locales".as_ref())?);
    files.extend(theme::files_under(root, root, "templates".as_ref())?);
    let file_refs: Vec<&theme::ThemeFile> = files.iter().collect();
    let i18n = match i18n::I18n::new(&config, &file_refs) {
        Ok(i18n) => Some(Arc::new(i18n)),
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    };
    let load_options = load::LoadOptions {
        drafts: options.drafts,
        future: options.future,
        now: options.now.unwrap_or_else(jiff::Timestamp::now),
    };
    let sources = load::load(root, &config, load_options, &mut diagnostics)?;
    let path_words = path_words(&config, i18n.as_deref());
    let site = Arc::new(link::link(config, sources, &path_words, &mut diagnostics));
    let contents: Vec<markdown::Rendered> = (0..site.pages.len())
        .into_par_iter()
        .map(|id| markdown::render(&site, id))
        .collect();
    for content in &contents {
        diagnostics.extend(content.diagnostics.iter().cloned());
    }
    // Templates are compiled after linking because their functions read the linked site.
    let tera = i18n.clone().and_then(|i18n| {
        let codes = site
            .config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect();
        let site = site.clone();
        let add_site = move |tera: &mut tera::Tera| render::add_site_functions(tera, site);
        match templates::load(&file_refs, i18n, codes, add_site) {
            Ok(tera) => Some(tera),
            Err(problems) => {
                diagnostics.extend(problems);
                None
            }
        }
    });
    diagnostics.check()?;
    let (Some(tera), Some(i18n)) = (tera, i18n) else {
        unreachable!("diagnostics.check() stops the build when templates or locales failed");
    };

    let now = load_options.now;
    let (outputs, problems) = render::render(&site, &contents, &tera, now);
    diagnostics.extend(problems);
    diagnostics.extend(i18n.missing_messages());
    diagnostics.check()?;

    let out = options.out.clone().unwrap_or_else(|| root.join("public"));
    let mut statics: Vec<theme::ThemeFile> = files
        .into_iter()
        .filter(|f| f.relative.starts_with("static/") && !f.origin.starts_with("static"))
        .collect();
    statics.extend(theme::files_under(root, root, "static".as_ref())?);
    write::write(&out, &statics, &outputs)?;

    let pages_per_language = site
        .config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let count = site.pages.iter().filter(|p| p.lang() == lang).count();
            (l.code.clone(), count)
        })
        .collect();
    Ok(BuildReport {
        pages_per_language,
        warnings: diagnostics.into_warnings(),
        elapsed: started.elapsed(),
        out,
    })
}
