//! Which loaded pages are published now: not before their `date` (unless `--future`), not
//! after their `expires`. A translation without a `date` of its own takes its original's
//! (the default language's version) `date` and `expires`, so an embargoed press release is
//! not published early in another language.

use rustc_hash::FxHashMap;

use super::embargoes::Embargoes;
use super::{LoadOptions, Source};
use crate::config::Config;
use crate::error::{Code, Diagnostic};
use crate::held_back::HeldBack;
use crate::messages::text;

/// The key that ties translations together: `translation_key` for a page, else its folder
/// and file name.
pub(crate) fn group_key(source: &Source) -> String {
    match (&source.front.translation_key, source.is_index()) {
        (Some(key), false) => format!("key:{key}"),
        _ => format!("{}/{}", source.folder, source.name),
    }
}

/// The pages of `sources` published at `options.now`, the translations among them given
/// their originals' dates, and the embargoed ones, with when they go live; warnings go to
/// `warnings`.
pub(crate) fn published(
    mut sources: Vec<Source>,
    config: &Config,
    options: LoadOptions,
    remembered: &Embargoes,
    warnings: &mut Vec<Diagnostic>,
) -> (Vec<Source>, Vec<HeldBack>) {
    let default = config.default;
    let keys: Vec<String> = sources.iter().map(group_key).collect();
    let originals: FxHashMap<&str, usize> = (0..sources.len())
        .filter(|&i| sources[i].lang == default)
        .map(|i| (keys[i].as_str(), i))
        .collect();
    for (i, key) in keys.iter().enumerate() {
        let Some(&original) = originals.get(key.as_str()).filter(|&&o| o != i) else {
            continue;
        };
        // The translation to change and its original, borrowed apart.
        let (source, original) = match i < original {
            true => {
                let (before, after) = sources.split_at_mut(original);
                (&mut before[i], &after[0])
            }
            false => {
                let (before, after) = sources.split_at_mut(i);
                (&mut after[0], &before[original])
            }
        };
        warnings.extend(inherit(source, original, options));
    }
    // A translation whose original went away under embargo (renamed, deleted) keeps waiting.
    for (source, key) in sources.iter_mut().zip(&keys) {
        let orphan = source.date.is_none() && source.lang != default;
        if !orphan || options.future || originals.contains_key(key.as_str()) {
            continue;
        }
        let Some((embargo, _)) = remembered.of(key, options.now) else {
            continue;
        };
        let Ok(date) = crate::frontmatter::parse_date(&embargo.until, &config.timezone) else {
            continue;
        };
        let until = date.timestamp.to_zoned(config.timezone.clone());
        warnings.push(
            Diagnostic::warning(
                Code::ContentLostOriginal,
                source.path(),
                None,
                text!(
                    "content-lost-original",
                    original = embargo.file.as_str(),
                    until = &until
                ),
            )
            .with_hint(text!("content-lost-original-hint")),
        );
        source.date = Some(date);
        source.inherited = true;
    }
    let (published, others): (Vec<Source>, Vec<Source>) =
        (sources.into_iter()).partition(|source| is_published(source, options));
    // The others are expired, or embargoed (by their original's date, for a translation).
    let held_back = (others.iter())
        .filter_map(|source| {
            let until = embargoed_until(source, options)?;
            let lang = config.languages[source.lang].code.clone();
            let file = source.path().to_path_buf();
            let held = HeldBack::embargoed(file, lang, until, &config.timezone);
            Some(held.in_group(group_key(source)))
        })
        .collect();
    (published, held_back)
}

/// When `source`, not published at `options.now`, will be: its date, unless it has expired.
fn embargoed_until(source: &Source, options: LoadOptions) -> Option<jiff::Timestamp> {
    let date = source.date.as_ref()?.timestamp;
    let expired = (source.expires.as_ref()).is_some_and(|e| e.timestamp <= options.now);
    (date > options.now && !options.future && !expired).then_some(date)
}

/// Gives `source`, a translation, its original's date and expiry when it has no date of its
/// own (for `serve`, what loading would have given it); a warning when its own date publishes
/// it while the original is still embargoed.
pub(crate) fn inherit(
    source: &mut Source,
    original: &Source,
    options: LoadOptions,
) -> Option<Diagnostic> {
    let Some(date) = &source.date else {
        source.date = original.date.clone();
        if source.expires.is_none() {
            source.expires = original.expires.clone();
        }
        source.inherited = original.date.is_some();
        return None;
    };
    let embargo = original.date.as_ref()?;
    let early = !options.future && date.timestamp <= options.now && options.now < embargo.timestamp;
    early.then(|| {
        Diagnostic::warning(
            Code::ContentEarlyTranslation,
            source.path(),
            source.lines.line("date"),
            text!(
                "content-early-translation",
                date = &date.iso,
                original = original.path(),
                embargo = &embargo.iso
            ),
        )
        .with_hint(text!("content-early-translation-hint"))
    })
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
