//! Page bundles: a folder holding `index.<lang>.md` is one page, and every other file in it
//! belongs to that page (Hugo's leaf bundles, Zola's asset folders). Found from the file
//! names alone, so a draft bundle's files are not mistaken for stray ones.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::{Config, LangId};
use crate::error::{Code, Diagnostic};
use crate::messages::text;

/// A file of a page bundle other than its Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BundleFile {
    /// Path inside the bundle folder, with `/` separators: `photo.jpg`, `docs/report.sv.pdf`.
    pub(crate) name: String,
    /// The file as messages name it: `content/news/x/photo.jpg`.
    pub(crate) path: PathBuf,
    /// From a language code in the name (`report.sv.pdf`): the file is that page's alone.
    pub(crate) lang: Option<LangId>,
    pub(crate) size: u64,
}

/// Each bundle folder (relative to `content/`) with its files, in name order.
pub(crate) type Bundles = BTreeMap<String, Vec<BundleFile>>;

/// A file found under `content/`: its path relative to `content/` with `/` separators, the
/// path messages name, and its size.
pub(crate) struct Found {
    pub(crate) relative: String,
    pub(crate) shown: PathBuf,
    pub(crate) size: u64,
}

/// Sorts `others` (files that are not Markdown) into the bundles that the Markdown files
/// `pages` make; problems and stray files go to `problems`.
pub(crate) fn bundles(
    config: &Config,
    pages: &[Found],
    others: Vec<Found>,
    problems: &mut Vec<Diagnostic>,
) -> Bundles {
    let mut bundles: Bundles = pages
        .iter()
        .filter(|page| is_bundle_index(config, &page.relative))
        .filter_map(|page| Some((parent(&page.relative)?.to_string(), Vec::new())))
        .collect();
    for page in pages {
        let Some(mut bundle) = containing(&bundles, &page.relative) else {
            continue;
        };
        if is_bundle_index(config, &page.relative) && parent(&page.relative) == Some(bundle) {
            // A bundle's own page, unless its folder is inside another bundle.
            match containing(&bundles, bundle) {
                Some(outer) => bundle = outer,
                None => continue,
            }
        }
        problems.push(
            Diagnostic::error(
                Code::ContentBundlePages,
                &page.shown,
                None,
                text!("content-bundle-pages", bundle = bundle),
            )
            .with_hint(text!("content-bundle-pages-hint")),
        );
    }
    for file in others {
        match containing(&bundles, &file.relative).map(str::to_string) {
            Some(bundle) => {
                let name = file.relative[bundle.len() + 1..].to_string();
                let lang = language_of_file(config, &name);
                let list = bundles.get_mut(&bundle).expect("found above");
                list.push(BundleFile {
                    name,
                    path: file.shown,
                    lang,
                    size: file.size,
                });
            }
            None => problems.push(
                Diagnostic::warning(
                    Code::ContentStrayFile,
                    &file.shown,
                    None,
                    text!("content-stray-file"),
                )
                .with_hint(text!("content-stray-file-hint")),
            ),
        }
    }
    bundles
}

/// Whether `relative` is a bundle's Markdown: `x/index.md` or `x/index.<language>.md`.
fn is_bundle_index(config: &Config, relative: &str) -> bool {
    let file = relative.rsplit('/').next().unwrap_or(relative);
    let Some(stem) = file.strip_suffix(".md") else {
        return false;
    };
    match stem.split_once('.') {
        None => stem == super::BUNDLE_INDEX,
        Some((name, code)) => name == super::BUNDLE_INDEX && config.language_index(code).is_some(),
    }
}

/// The bundle whose folder holds `relative`, at any depth.
fn containing<'a>(bundles: &'a Bundles, relative: &str) -> Option<&'a str> {
    let mut folder = parent(relative);
    while let Some(f) = folder {
        if let Some((bundle, _)) = bundles.get_key_value(f) {
            return Some(bundle);
        }
        folder = parent(f);
    }
    None
}

/// `a/b/c` → `a/b`; none for a name without a folder.
fn parent(relative: &str) -> Option<&str> {
    relative.rsplit_once('/').map(|(parent, _)| parent)
}

/// The language of a bundle file from the code before its extension: `report.sv.pdf` → sv.
pub(crate) fn language_of_file(config: &Config, name: &str) -> Option<LangId> {
    let file = name.rsplit('/').next().unwrap_or(name);
    let (stem, _) = file.rsplit_once('.')?;
    let (_, code) = stem.rsplit_once('.')?;
    config.language_index(code)
}

/// A path relative to `content/` with `/` separators, whatever the platform's.
pub(crate) fn relative_name(relative: &Path) -> String {
    let parts: Vec<_> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}
