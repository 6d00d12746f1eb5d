//! Moved and removed pages keep their readers. Each build compares the addresses the site
//! publishes with those the last public build recorded (`record`), and warns of each one
//! that is gone, naming the page that most likely took its place and the `aliases` line that
//! sends its readers there; `kielo translations` reads the same record to tell a translation
//! whose original was renamed. All their messages are here.
//!
//! A gone address is reminded of in every build and check for [`REMIND_DAYS`] after the build
//! that first missed it, then forgotten: a person who means the removal is not nagged for
//! ever. An address counts as kept only by a page of its own language or by an alias;
//! a page withdrawn on purpose (`draft`, `expires`, a later `date`), whose file is still
//! there, is not warned of.

mod record;
mod successor;

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::config::LangId;
use crate::error::{Code, Diagnostic};
use crate::load::publish::group_key;
use crate::messages::{Text, text};
use crate::model::{GroupId, PageId, Site};
use crate::translations::slash_path;
use record::Entry;
pub(crate) use record::Record;
use successor::{Found, Why};

/// How many days a gone address is reminded of.
const REMIND_DAYS: i64 = 14;

/// What comparing the site with the record found.
pub(crate) struct Compared {
    pub(crate) warnings: Vec<Diagnostic>,
    /// The record a successful public build keeps: what it publishes, and the gone
    /// addresses still reminded of.
    pub(crate) record: Record,
}

/// Compares the addresses `site` publishes with the record in the site folder `root`, at
/// the build's clock `now`.
pub(crate) fn compare(site: &Site, root: &Path, now: jiff::Timestamp) -> Compared {
    let old = Record::read(root);
    let recorded: HashSet<&str> = old.addresses.iter().map(|e| e.file.as_str()).collect();
    let pages = successor::Pages::new(site, &recorded);
    let taken = taken(site);
    let page_files = page_files(site);
    let remind = jiff::SignedDuration::from_hours(24 * REMIND_DAYS);
    let mut kept = Vec::new();
    let mut gone = Vec::new();
    for entry in &old.addresses {
        // A language no longer configured took all its addresses with it, knowingly.
        let Some(lang) = site.config.language_index(&entry.lang) else {
            continue;
        };
        // Published again: the new entry stands for it.
        let taker = taken.get(output_path(&entry.address).as_str());
        match taker {
            Some(Taker::Page(by)) if *by == lang => continue,
            Some(Taker::Alias) if entry.alias => continue,
            _ => {}
        }
        let removed = entry.removed_at().unwrap_or(now);
        let until = removed.checked_add(remind).unwrap_or(removed);
        if until <= now {
            continue;
        }
        let mut entry = Entry {
            removed: Some(removed.to_string()),
            ..entry.clone()
        };
        let found = pages.find(lang, &entry);
        if let Found::Likely(id, why) = found {
            entry.successor = Some((slash_path(site.pages[id].source.path()), why));
        }
        // An alias keeps its readers; the entry is still kept for `kielo translations`.
        let aliased = matches!(taker, Some(Taker::Alias));
        if !aliased && !withdrawn(root, &page_files, &entry.file) {
            gone.push(Gone {
                entry: entry.clone(),
                lang,
                found,
                until,
            });
        }
        kept.push(entry);
    }
    let warnings = warnings(site, &gone);
    Compared {
        warnings,
        record: Record::new(published(site).into_iter().chain(kept).collect()),
    }
}

/// The files the site's pages were read from, site-relative with `/` separators.
fn page_files(site: &Site) -> HashSet<String> {
    (site.pages.iter())
        .filter_map(|p| Some(slash_path(p.source.origin.file()?)))
        .collect()
}

/// Whether the page of `file` (site-relative) was withdrawn on purpose: its file is still in
/// `content/`, yet publishes no page (`draft`, `expires`, a later `date`).
fn withdrawn(root: &Path, pages: &HashSet<String>, file: &str) -> bool {
    let path = Path::new(file);
    // The record is a file anyone can edit: only a path inside `content/` is looked at.
    let inside = path.starts_with(crate::load::CONTENT_DIR)
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    inside && !pages.contains(file) && std::fs::symlink_metadata(root.join(path)).is_ok()
}

/// Saves the record of a successful build, unless it published pages that are not public
/// (`--drafts`, `--future`); a warning when it cannot be saved.
pub(crate) fn remember(options: &crate::BuildOptions, record: &Record) -> Option<Diagnostic> {
    if options.drafts || options.future {
        return None;
    }
    let err = record.save(&options.root).err()?;
    Some(
        Diagnostic::warning(
            Code::FileAddressRecord,
            Path::new(crate::cache::DIR),
            None,
            text!("file-address-record", reason = err.to_string()),
        )
        .with_hint(text!(
            "file-address-record-hint",
            folder = crate::cache::DIR
        )),
    )
}

/// What publishes something at an output path now.
enum Taker {
    Page(LangId),
    Alias,
}

/// Every output path a page or an alias takes.
fn taken(site: &Site) -> HashMap<String, Taker> {
    let pages = (site.pages.iter()).map(|p| {
        (
            crate::link::output_of(&site.config, &p.url),
            Taker::Page(p.lang()),
        )
    });
    let aliases = (site.aliases.iter()).map(|(path, _)| (path.clone(), Taker::Alias));
    pages.chain(aliases).collect()
}

/// The addresses the site publishes: each page's read from a file, and its aliases.
fn published(site: &Site) -> Vec<Entry> {
    let entry = |id: PageId, output: &str, alias: bool| {
        let page = &site.pages[id];
        let source = &page.source;
        Some(Entry {
            address: address(output),
            lang: site.config.languages[page.lang()].code.clone(),
            file: slash_path(source.origin.file()?),
            folder: source.folder.clone(),
            name: source.name.clone(),
            group: group_key(source),
            title: source.title.clone(),
            alias,
            removed: None,
            successor: None,
        })
    };
    let pages = (site.pages.with_ids())
        .filter_map(|(id, p)| entry(id, &crate::link::output_of(&site.config, &p.url), false));
    let aliases = (site.aliases.iter()).filter_map(|(path, id)| entry(*id, path, true));
    pages.chain(aliases).collect()
}

/// `fi/x/index.html` → `/fi/x/`, as an alias is written.
fn address(output: &str) -> String {
    format!("/{}", output.strip_suffix("index.html").unwrap_or(output))
}

/// `/fi/x/` → `fi/x/index.html`, where an alias of that address is written.
fn output_path(address: &str) -> String {
    crate::link::alias_path(address).unwrap_or_else(|| "index.html".into())
}

/// A gone address, with where its readers could go.
struct Gone {
    entry: Entry,
    lang: LangId,
    found: Found,
    until: jiff::Timestamp,
}

impl Gone {
    /// The page the `aliases` line is first suggested for.
    fn target(&self) -> Option<PageId> {
        match self.found {
            Found::Likely(id, _) => Some(id),
            Found::Nearest {
                section,
                translation,
            } => section.or(translation),
        }
    }
}

/// A warning per gone address. Each suggested `aliases` line holds the page's own aliases and
/// every gone address suggested for it, so that one line fixes them all.
fn warnings(site: &Site, gone: &[Gone]) -> Vec<Diagnostic> {
    let mut suggested: HashMap<PageId, Vec<&str>> = HashMap::new();
    for gone in gone {
        if let Some(target) = gone.target() {
            suggested
                .entry(target)
                .or_default()
                .push(&gone.entry.address);
        }
    }
    let line = |id: PageId, extra: &str| {
        let more = suggested.get(&id).into_iter().flatten().copied();
        let line = aliases_line(site, id, more.chain([extra]));
        // Pasted as a second `aliases` line, it would be a duplicate key.
        match site.pages[id].source.front.aliases.is_empty() {
            true => text!("content-address-removed-line", line = line),
            false => text!("content-address-removed-line-replacing", line = line),
        }
    };
    gone.iter().map(|g| warning(site, g, &line)).collect()
}

fn warning(site: &Site, gone: &Gone, line: &dyn Fn(PageId, &str) -> Text) -> Diagnostic {
    let Gone {
        entry,
        lang,
        found,
        until,
    } = gone;
    let code = site.config.languages[*lang].code.as_str();
    let file = |id: PageId| site.pages[id].source.path().to_path_buf();
    let address = entry.address.as_str();
    let kind = if entry.alias { "alias" } else { "page" };
    let until = until
        .to_zoned(site.config.timezone.clone())
        .date()
        .to_string();
    let otherwise = || text!("content-address-removed-otherwise", until = until.as_str());
    let (message, hint) = match *found {
        Found::Likely(id, why) => {
            let place = match why {
                Why::SameFile if !entry.alias => {
                    text!(
                        "content-address-removed-moved",
                        address = address_of(site, id)
                    )
                }
                Why::SameFile => text!("content-address-removed-unlisted"),
                _ => text!(
                    "content-address-removed-likely",
                    file = &file(id),
                    because = because(why, entry, code)
                ),
            };
            let message = text!(
                "content-address-removed",
                kind = kind,
                address = address,
                lang = code,
                place = place
            );
            let hint = text!(
                "content-address-removed-hint",
                file = &file(id),
                line = line(id, address),
                otherwise = otherwise()
            );
            (message, hint)
        }
        Found::Nearest {
            section,
            translation,
        } => {
            let message = match translation {
                Some(id) => text!(
                    "content-address-removed-nowhere-translated",
                    kind = kind,
                    address = address,
                    lang = code,
                    other = site.config.languages[site.pages[id].lang()].code.as_str(),
                    file = &file(id)
                ),
                None => text!(
                    "content-address-removed-nowhere",
                    kind = kind,
                    address = address,
                    lang = code
                ),
            };
            let hint = match (section, translation) {
                (Some(section), Some(other)) => text!(
                    "content-address-removed-hint-section-or-translation",
                    file = &file(section),
                    line = line(section, address),
                    other_file = &file(other),
                    other_line = line(other, address),
                    otherwise = otherwise()
                ),
                (Some(id), None) => text!(
                    "content-address-removed-hint-section",
                    file = &file(id),
                    line = line(id, address),
                    otherwise = otherwise()
                ),
                (None, Some(id)) => text!(
                    "content-address-removed-hint-translation",
                    file = &file(id),
                    line = line(id, address),
                    otherwise = otherwise()
                ),
                (None, None) => text!(
                    "content-address-removed-hint-anywhere",
                    address = address,
                    otherwise = otherwise()
                ),
            };
            (message, hint)
        }
    };
    Diagnostic::warning(Code::ContentAddressRemoved, &entry.file, None, message).with_hint(hint)
}

fn because(why: Why, entry: &Entry, code: &str) -> Text {
    let why = match why {
        Why::SameFile => "file",
        Why::SameGroup if entry.group.starts_with("key:") => "key",
        Why::SameGroup | Why::SameName => "name",
        Why::SameTitle => "title",
        Why::OnlyNew => "new",
    };
    text!("content-address-removed-because", why = why, lang = code)
}

/// The page's address, as `aliases` are written.
fn address_of(site: &Site, id: PageId) -> String {
    address(&crate::link::output_of(&site.config, &site.pages[id].url))
}

/// The `aliases` line of page `id` with `more` added, in its front matter's syntax.
fn aliases_line<'a>(site: &Site, id: PageId, more: impl Iterator<Item = &'a str>) -> String {
    let source = &site.pages[id].source;
    let mut all: Vec<&str> = source.front.aliases.iter().map(String::as_str).collect();
    for address in more {
        if !all.contains(&address) {
            all.push(address);
        }
    }
    let quoted: Vec<String> = (all.iter())
        .map(|a| serde_json::to_string(a).unwrap_or_default())
        .collect();
    let list = format!("[{}]", quoted.join(", "));
    match source.lines.format() {
        crate::frontmatter::Format::Yaml => format!("aliases: {list}"),
        crate::frontmatter::Format::Toml => format!("aliases = {list}"),
    }
}

/// For `kielo translations`: the groups whose default-language version the record knows but
/// the site no longer has, where a new default-language page most likely took its place,
/// each with what to do, e.g. `sv: original renamed to news/y.fi.md? rename news/x.sv.md to
/// news/y.sv.md, or give both the same translation_key`.
pub(crate) fn renamed_originals(site: &Site, root: &Path) -> HashMap<GroupId, Text> {
    let record = Record::read(root);
    let recorded: HashSet<&str> = record.addresses.iter().map(|e| e.file.as_str()).collect();
    let pages = successor::Pages::new(site, &recorded);
    let default = site.config.default;
    let code = &site.config.languages[default].code;
    let page_files = page_files(site);
    // The default-language pages the record knows and the site does not, by group.
    let mut gone: HashMap<&str, &Entry> = HashMap::new();
    for entry in &record.addresses {
        if !entry.alias && entry.lang == *code && !page_files.contains(&entry.file) {
            gone.entry(entry.group.as_str()).or_insert(entry);
        }
    }
    let mut notes = HashMap::new();
    for (group, members) in site.groups.with_ids() {
        if members[default].is_some() {
            continue;
        }
        let translations: Vec<&crate::load::Source> = (members.iter().flatten())
            .map(|&id| &*site.pages[id].source)
            .filter(|source| source.origin.file().is_some())
            .collect();
        let Some(first) = translations.first() else {
            continue;
        };
        let Some(original) = gone.get(group_key(first).as_str()) else {
            continue;
        };
        let Some((renamed, _)) = pages.likely(default, original) else {
            continue;
        };
        let renamed = &site.pages[renamed].source;
        let content =
            |path: &Path| slash_path(path.strip_prefix(crate::load::CONTENT_DIR).unwrap_or(path));
        let code_of = |source: &crate::load::Source| &site.config.languages[source.lang].code;
        let codes: Vec<&str> = translations.iter().map(|s| code_of(s).as_str()).collect();
        let renames: Vec<Text> = (translations.iter())
            .map(|source| {
                let to = crate::check::translation_file(renamed, code_of(source));
                let from = content(source.path());
                text!("translations-rename", from = from, to = content(&to))
            })
            .collect();
        let note = text!(
            "translations-note-renamed",
            langs = codes.join(", "),
            file = content(renamed.path()),
            renames = crate::messages::all_of(renames),
            count = translations.len()
        );
        notes.insert(group, note);
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_written_as_aliases_are() {
        assert_eq!(address("fi/uutiset/x/index.html"), "/fi/uutiset/x/");
        assert_eq!(address("index.html"), "/");
        assert_eq!(address("vanha.html"), "/vanha.html");
        for output in ["fi/uutiset/x/index.html", "vanha.html", "index.html"] {
            assert_eq!(output_path(&address(output)), output);
        }
    }
}
