//! `kielo translations`: for each translation group, which languages have a page, which lack
//! one and which have one older than the default-language version. Made for the staff who
//! commission translations; reads the linked site and never renders it.

mod changes;
mod output;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::config::LangId;
use crate::ids::Id;
use crate::load::{CONTENT_DIR, Source};
use crate::messages::{Text, text};
use crate::model::Site;

/// What `kielo translations` was asked to do.
#[derive(Debug, Clone)]
pub struct TranslationOptions {
    /// The site folder, holding `site.yaml` and `content/`.
    pub root: PathBuf,
    /// List only the groups that have no page in this language (a configured code).
    pub missing: Option<String>,
}

/// The state of one language's version of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The language has a version that is at least as new as the default language's.
    Present,
    /// The language has no version of the page.
    Missing,
    /// The default-language version was changed after this translation.
    Outdated,
}

impl Status {
    /// `present`, `missing` or `outdated`, as the report prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Present => "present",
            Status::Missing => "missing",
            Status::Outdated => "outdated",
        }
    }

    /// The word for people: `present`, `missing` or `outdated` in English.
    pub fn word(self) -> Text {
        match self {
            Status::Present => text!("translations-present"),
            Status::Missing => text!("translations-missing"),
            Status::Outdated => text!("translations-outdated"),
        }
    }
}

/// Where the time a file was last changed comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeSource {
    /// The commit time of the last commit that changed the file.
    Git,
    /// The page's `updated`, else its `date`.
    FrontMatter,
    /// The file system's modification time.
    ModificationTime,
}

impl ChangeSource {
    /// Stable name for tools: `git`, `front-matter` or `mtime`.
    pub fn code(self) -> &'static str {
        match self {
            ChangeSource::Git => "git",
            ChangeSource::FrontMatter => "front-matter",
            ChangeSource::ModificationTime => "mtime",
        }
    }

    /// How much later the default-language version must have changed to make a translation
    /// outdated. Copying or checking out a site sets every modification time within moments
    /// of each other, so those are taken as one change unless a minute apart.
    pub(crate) fn slack(self) -> jiff::SignedDuration {
        match self {
            ChangeSource::ModificationTime => jiff::SignedDuration::from_secs(60),
            ChangeSource::Git | ChangeSource::FrontMatter => jiff::SignedDuration::ZERO,
        }
    }

    /// Plain words for people: `git commit dates`, ….
    pub fn describe(self) -> Text {
        match self {
            ChangeSource::Git => text!("translations-source-git"),
            ChangeSource::FrontMatter => text!("translations-source-front-matter"),
            ChangeSource::ModificationTime => text!("translations-source-mtime"),
        }
    }
}

/// One page and its translations: a row of the report.
#[derive(Debug, Clone)]
pub struct TranslationGroup {
    /// The folder under `content/` (`press-releases`), `/` for the top folder.
    pub section: String,
    /// The default-language file relative to `content/` (`press-releases/x.fi.md`), else the
    /// first translation's in configured order.
    pub name: String,
    /// Per configured language, in the order of [`TranslationReport::languages`].
    pub status: Vec<Status>,
    /// Per configured language, the file relative to the site root, if there is one.
    pub files: Vec<Option<PathBuf>>,
    /// Where the change times compared came from; `None` when nothing was compared (no
    /// default-language page, or no translation).
    pub source: Option<ChangeSource>,
    /// For translations whose default-language version is gone, when the last build
    /// published one and a new default-language page most likely took its place: what to do.
    pub note: Option<crate::messages::Text>,
}

/// The translation status of a whole site.
#[derive(Debug, Clone)]
pub struct TranslationReport {
    /// Configured language codes, default language included, in site.yaml order.
    pub languages: Vec<String>,
    /// Index into `languages` of the default language.
    pub default_language: usize,
    /// Index into `languages` of the language asked for with `--missing`.
    pub missing: Option<usize>,
    /// Rows sorted by section folder, then by name.
    pub groups: Vec<TranslationGroup>,
    /// The sources of change times used, in order of preference; never empty.
    pub sources: Vec<ChangeSource>,
    /// Files whose change time could not be found (not yet committed to git, or unreadable),
    /// so whether they are outdated was not decided; relative to the site root.
    pub unknown: Vec<PathBuf>,
}

impl TranslationReport {
    /// `git`, `front-matter` or `mtime`; `mixed` when groups used different sources.
    pub fn source_code(&self) -> &'static str {
        match self.sources.as_slice() {
            [one] => one.code(),
            _ => "mixed",
        }
    }

    /// How outdated was decided, in plain words.
    pub fn source_description(&self) -> Text {
        match self.sources.as_slice() {
            [one] => one.describe(),
            _ => text!("translations-source-mixed"),
        }
    }

    /// Per language, e.g. `sv: 3 missing, 1 outdated`, counted over the listed groups. The
    /// default language cannot be outdated, so its line only counts the missing.
    pub fn summary(&self) -> Vec<Text> {
        self.languages
            .iter()
            .enumerate()
            .map(|(lang, code)| {
                let count = |status| {
                    self.groups
                        .iter()
                        .filter(|g| g.status[lang] == status)
                        .count()
                };
                let missing = count(Status::Missing);
                if lang == self.default_language {
                    text!(
                        "translations-count-default",
                        language = code,
                        missing = missing
                    )
                } else {
                    let outdated = count(Status::Outdated);
                    text!(
                        "translations-count",
                        language = code,
                        missing = missing,
                        outdated = outdated
                    )
                }
            })
            .collect()
    }
}

/// The report on a linked site. Pages kielo made up (a language's home page with no file) count
/// as missing: there is nothing to translate in them.
pub(crate) fn report(site: &Site, root: &Path, missing: Option<LangId>) -> TranslationReport {
    // The report lists languages by position, as the rows of a table.
    let default = site.config.default.index();
    let missing = missing.map(LangId::index);
    let languages = site.config.languages.len();
    let files = || site.pages.iter().filter_map(|p| p.source.origin.file());
    // Git decides only when it knows the site's files: a folder that merely sits inside some
    // repository, untracked, falls back like a site without git.
    let git = changes::git_times(root)
        .filter(|times| files().any(|file| times.contains_key(&slash_path(file))));
    let mut renamed = crate::moved::renamed_originals(site, root);

    let mut groups = Vec::new();
    for (id, members) in site.groups.with_ids() {
        let pages: Vec<Option<&Source>> = members
            .iter()
            .map(|member| {
                member
                    .map(|id| &site.pages[id])
                    .filter(|page| page.has_file())
                    .map(|page| &*page.source)
            })
            .collect();
        let Some(first) = pages[default].or_else(|| pages.iter().flatten().next().copied()) else {
            continue;
        };
        let compared = pages[default].is_some() && pages.iter().flatten().count() > 1;
        let (source, times) = if compared {
            let (source, times) = changes::times(git.as_ref(), root, &pages);
            (Some(source), times)
        } else {
            (None, vec![None; languages])
        };
        // Files whose time was needed but not found.
        let unknown: Vec<PathBuf> = pages
            .iter()
            .zip(&times)
            .filter_map(|(page, time)| match (page, time) {
                (Some(page), None) if compared => Some(page.path().to_path_buf()),
                _ => None,
            })
            .collect();
        let present: Vec<bool> = pages.iter().map(Option::is_some).collect();
        let group = TranslationGroup {
            section: section_label(&first.folder),
            name: content_relative(first.path()),
            status: statuses(default, &present, &times, source.map(ChangeSource::slack)),
            files: pages
                .iter()
                .map(|p| p.map(|p| p.path().to_path_buf()))
                .collect(),
            source,
            note: renamed.remove(&id),
        };
        // Sorted by the folder itself: the top folder, empty, comes first.
        groups.push((first.folder.as_str(), group, unknown));
    }
    if let Some(lang) = missing {
        groups.retain(|(_, g, _)| g.status[lang] == Status::Missing);
    }
    groups.sort_by(|a, b| (a.0, &a.1.name).cmp(&(b.0, &b.1.name)));

    // What the report says about times covers the groups it lists.
    let unknown: BTreeSet<PathBuf> = groups.iter().flat_map(|(_, _, u)| u.clone()).collect();
    let sources: BTreeSet<ChangeSource> = groups.iter().filter_map(|(_, g, _)| g.source).collect();
    let sources = match (git.is_some(), sources.is_empty()) {
        (true, _) => vec![ChangeSource::Git],
        // Nothing was compared: name the rule's first choice rather than nothing.
        (false, true) => vec![ChangeSource::FrontMatter],
        (false, false) => sources.into_iter().collect(),
    };
    TranslationReport {
        languages: site
            .config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect(),
        default_language: default,
        missing,
        groups: groups.into_iter().map(|(_, g, _)| g).collect(),
        sources,
        unknown: unknown.into_iter().collect(),
    }
}

/// Each language's status from whether it has a page and when that page changed. A
/// translation is outdated only when both times are known and the default language's is
/// later by more than `slack`; without a default-language page there is nothing to be behind.
fn statuses(
    default: usize,
    present: &[bool],
    times: &[Option<jiff::Timestamp>],
    slack: Option<jiff::SignedDuration>,
) -> Vec<Status> {
    let slack = slack.unwrap_or_default();
    let default_time = times.get(default).copied().flatten();
    present
        .iter()
        .enumerate()
        .map(|(lang, &present)| {
            let time = times.get(lang).copied().flatten();
            match (present, default_time, time) {
                (false, _, _) => Status::Missing,
                (true, Some(original), Some(translated))
                    if lang != default && original.duration_since(translated) > slack =>
                {
                    Status::Outdated
                }
                _ => Status::Present,
            }
        })
        .collect()
}

fn section_label(folder: &str) -> String {
    if folder.is_empty() {
        "/".to_string()
    } else {
        folder.to_string()
    }
}

/// `content/news/x.fi.md` → `news/x.fi.md`.
fn content_relative(path: &Path) -> String {
    let path = path.strip_prefix(CONTENT_DIR).unwrap_or(path);
    slash_path(path)
}

/// A relative path with `/` separators, as git prints it.
pub(crate) fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> Option<jiff::Timestamp> {
        Some(jiff::Timestamp::from_second(second).unwrap())
    }

    #[test]
    fn a_translation_older_than_the_default_language_is_outdated() {
        let got = statuses(0, &[true, true, true], &[at(20), at(10), at(30)], None);
        assert_eq!(got, [Status::Present, Status::Outdated, Status::Present]);
    }

    #[test]
    fn equal_or_unknown_times_are_not_outdated() {
        let got = statuses(0, &[true, true, true], &[at(20), at(20), None], None);
        assert_eq!(got, [Status::Present; 3]);
        let got = statuses(0, &[true, true], &[None, at(1)], None);
        assert_eq!(got, [Status::Present; 2]);
    }

    #[test]
    fn modification_times_within_a_minute_are_one_change() {
        let slack = Some(ChangeSource::ModificationTime.slack());
        let got = statuses(0, &[true, true, true], &[at(100), at(40), at(39)], slack);
        assert_eq!(got, [Status::Present, Status::Present, Status::Outdated]);
    }

    #[test]
    fn without_a_default_language_page_nothing_is_outdated() {
        let got = statuses(1, &[true, false, true], &[at(1), None, at(5)], None);
        assert_eq!(got, [Status::Present, Status::Missing, Status::Present]);
    }

    fn report() -> TranslationReport {
        let group = |name: &str, status: Vec<Status>| TranslationGroup {
            section: "news".into(),
            name: name.into(),
            files: vec![None; status.len()],
            status,
            source: Some(ChangeSource::Git),
            note: None,
        };
        TranslationReport {
            languages: vec!["fi".into(), "sv".into()],
            default_language: 0,
            missing: None,
            groups: vec![
                group("news/a.fi.md", vec![Status::Present, Status::Outdated]),
                group("news/b.fi.md", vec![Status::Present, Status::Missing]),
            ],
            sources: vec![ChangeSource::Git],
            unknown: vec!["content/news/b.fi.md".into()],
        }
    }

    fn table(language: crate::messages::Language) -> String {
        let mut out = Vec::new();
        let messages = crate::messages::Messages::new(language);
        report().write_table(&mut out, &messages).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_table_is_in_the_language_of_the_messages() {
        use crate::messages::Language;
        let english = table(Language::En);
        assert!(english.starts_with("Section  Page"), "{english}");
        assert!(
            english.contains("news/a.fi.md  present  outdated"),
            "{english}"
        );
        assert!(
            english.contains("\nfi: 0 missing\nsv: 1 missing, 1 outdated\n"),
            "{english}"
        );
        assert!(english.contains("Outdated decided from: git commit dates\n"));
        assert!(
            english.contains("Not compared (not committed to git yet):\n  content/news/b.fi.md")
        );
        let finnish = table(Language::Fi);
        assert!(finnish.starts_with("Osio  Sivu"), "{finnish}");
        assert!(
            finnish.contains("news/a.fi.md  on  vanhentunut"),
            "{finnish}"
        );
        assert!(finnish.contains("news/b.fi.md  on  puuttuu"), "{finnish}");
        assert!(
            finnish.contains("\nfi: puuttuu 0\nsv: puuttuu 1, vanhentuneita 1\n"),
            "{finnish}"
        );
        assert!(
            finnish.contains("seuraavista: git-committien päivämäärät\n"),
            "{finnish}"
        );
        let swedish = table(Language::Sv);
        assert!(swedish.starts_with("Sektion  Sida"), "{swedish}");
        assert!(swedish.contains("sv: 1 saknas, 1 föråldrad\n"), "{swedish}");
        assert!(
            swedish.contains("Inte jämförda (ännu inte incheckade i git):\n  content/news/b.fi.md"),
            "{swedish}"
        );
    }

    #[test]
    fn paths_are_named_relative_to_content() {
        assert_eq!(
            content_relative(Path::new("content/news/työ elämä.fi.md")),
            "news/työ elämä.fi.md"
        );
        assert_eq!(content_relative(Path::new("content/about.md")), "about.md");
        assert_eq!(section_label(""), "/");
        assert_eq!(section_label("a/b"), "a/b");
    }
}
