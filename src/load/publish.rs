//! Which loaded pages are published now: not before their `date` (unless `--future`), not
//! after their `expires`. A translation without a `date` of its own takes its original's
//! (the default language's version) `date` and `expires`, so an embargoed press release is
//! not published early in another language.

use std::collections::HashMap;

use super::{LoadOptions, Source};
use crate::error::Diagnostic;
use crate::frontmatter::PageDate;

/// The key that ties translations together: `translation_key` for a page, else its folder
/// and file name.
pub(crate) fn group_key(source: &Source) -> String {
    match (&source.front.translation_key, source.is_index()) {
        (Some(key), false) => format!("key:{key}"),
        _ => format!("{}/{}", source.folder, source.name),
    }
}

/// What a translation may take from its original.
struct Original {
    path: std::path::PathBuf,
    date: Option<PageDate>,
    expires: Option<PageDate>,
}

/// The pages of `sources` published at `options.now`, the translations among them given
/// their originals' dates; warnings go to `warnings`.
pub(crate) fn published(
    sources: Vec<Source>,
    default: usize,
    options: LoadOptions,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Source> {
    let originals: HashMap<String, Original> = sources
        .iter()
        .filter(|s| s.lang == default)
        .map(|s| {
            let original = Original {
                path: s.path.clone(),
                date: s.date.clone(),
                expires: s.expires.clone(),
            };
            (group_key(s), original)
        })
        .collect();
    sources
        .into_iter()
        .filter_map(|mut source| {
            if source.lang != default {
                let original = originals.get(&group_key(&source));
                warnings.extend(inherit(&mut source, original, options));
            }
            is_published(&source, options).then_some(source)
        })
        .collect()
}

/// Gives `source`, a translation, its original's date and expiry when it has no date of its
/// own; a warning when its own date publishes it while the original is still embargoed.
fn inherit(
    source: &mut Source,
    original: Option<&Original>,
    options: LoadOptions,
) -> Option<Diagnostic> {
    let original = original?;
    let Some(date) = &source.date else {
        source.date = original.date.clone();
        source.expires = source.expires.take().or_else(|| original.expires.clone());
        source.inherited = original.date.is_some();
        return None;
    };
    let embargo = original.date.as_ref()?;
    let early = !options.future && date.timestamp <= options.now && options.now < embargo.timestamp;
    early.then(|| {
        Diagnostic::warning(
            &source.path,
            source.lines.line("date"),
            format!(
                "this translation is dated {}, before its original {}, which is embargoed until {}: it is published now, ahead of the original",
                date.iso,
                original.path.display(),
                embargo.iso
            ),
        )
        .with_hint("remove its `date` to publish it with the original, or give it the same date")
    })
}

/// Gives a translation edited in `serve` what loading would have given it.
pub(crate) fn inherit_from(source: &mut Source, original: &Source, options: LoadOptions) {
    let original = Original {
        path: original.path.clone(),
        date: original.date.clone(),
        expires: original.expires.clone(),
    };
    let _ = inherit(source, Some(&original), options);
}

/// Whether `source` is published at `options.now`.
pub(crate) fn is_published(source: &Source, options: LoadOptions) -> bool {
    let embargoed = source
        .date
        .as_ref()
        .is_some_and(|d| d.timestamp > options.now);
    let expired = source
        .expires
        .as_ref()
        .is_some_and(|e| e.timestamp <= options.now);
    (!embargoed || options.future) && !expired
}
