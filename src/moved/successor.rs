//! Which page most likely took the place of a page whose address is gone: plain rules over
//! the linked site and the record, in the order they are trusted. The site's pages are
//! indexed once, as renaming a folder can take a thousand addresses at once.

use std::collections::{HashMap, HashSet};

use super::record::Entry;
use crate::config::LangId;
use crate::load::publish::group_key;
use crate::model::{PageId, PageKind, Site};
use crate::translations::slash_path;

/// Why a page is taken for the one that replaced a gone address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Why {
    /// The same file, published at another address (a new `slug`).
    SameFile,
    /// The same translation group: a rename that kept `translation_key`.
    SameGroup,
    /// A file of the same name in another folder.
    SameName,
    /// A page with the same title.
    SameTitle,
    /// The only page of the language in the old folder that the record does not know.
    OnlyNew,
}

/// Where readers of a gone address could be sent.
#[derive(Debug, Clone, Copy)]
pub(super) enum Found {
    /// A page of the address's language that most likely took its place.
    Likely(PageId, Why),
    /// None did: the nearest section page in the language, and the page's version in
    /// another language, each if there is one.
    Nearest {
        section: Option<PageId>,
        translation: Option<PageId>,
    },
}

/// The site's pages read from files, by what the rules compare; each list in page order.
pub(super) struct Pages<'a> {
    site: &'a Site,
    by_file: HashMap<String, PageId>,
    by_group: HashMap<(LangId, String), PageId>,
    /// Regular pages (not a section's own) by file name.
    by_name: HashMap<(LangId, &'a str), Vec<PageId>>,
    by_title: HashMap<(LangId, &'a str), Vec<PageId>>,
    /// Regular pages whose file the record does not know, by folder.
    new_by_folder: HashMap<(LangId, &'a str), Vec<PageId>>,
    new: HashSet<PageId>,
}

impl<'a> Pages<'a> {
    /// `recorded` holds the files the record knows, so that a new file can be told from an
    /// old one.
    pub(super) fn new(site: &'a Site, recorded: &HashSet<&str>) -> Pages<'a> {
        let mut pages = Pages {
            site,
            by_file: HashMap::new(),
            by_group: HashMap::new(),
            by_name: HashMap::new(),
            by_title: HashMap::new(),
            new_by_folder: HashMap::new(),
            new: HashSet::new(),
        };
        for (id, page) in site.pages.with_ids() {
            let Some(file) = page.source.origin.file() else {
                continue;
            };
            let (lang, source) = (page.lang(), &page.source);
            let file = slash_path(file);
            let new = !recorded.contains(file.as_str());
            pages.by_file.insert(file, id);
            pages
                .by_group
                .entry((lang, group_key(source)))
                .or_insert(id);
            pages
                .by_title
                .entry((lang, &source.title))
                .or_default()
                .push(id);
            if page.kind == PageKind::Page {
                pages
                    .by_name
                    .entry((lang, &source.name))
                    .or_default()
                    .push(id);
                if new {
                    let folder = (lang, source.folder.as_str());
                    pages.new_by_folder.entry(folder).or_default().push(id);
                }
            }
            if new {
                pages.new.insert(id);
            }
        }
        pages
    }

    /// The page of `lang` that most likely took the place of `entry`'s.
    pub(super) fn likely(&self, lang: LangId, entry: &Entry) -> Option<(PageId, Why)> {
        let site = self.site;
        let index = entry.name == "_index";
        let in_lang = |id: &&PageId| site.pages[**id].lang() == lang;
        if let Some(id) = self.by_file.get(&entry.file).filter(in_lang) {
            return Some((*id, Why::SameFile));
        }
        if let Some((file, why)) = &entry.successor
            && let Some(id) = self.by_file.get(file).filter(in_lang)
        {
            return Some((*id, *why));
        }
        if let Some(&id) = self.by_group.get(&(lang, entry.group.clone())) {
            return Some((id, Why::SameGroup));
        }
        let named = self.by_name.get(&(lang, entry.name.as_str())).into_iter();
        let elsewhere = named
            .flatten()
            .find(|&&id| site.pages[id].source.folder != entry.folder);
        if let Some(&id) = elsewhere.filter(|_| !index) {
            return Some((id, Why::SameName));
        }
        // Among pages of the same title, a new one rather than one that was there before.
        if let Some(titled) = self.by_title.get(&(lang, entry.title.as_str())) {
            let id = titled.iter().find(|id| self.new.contains(id));
            return Some((*id.unwrap_or(&titled[0]), Why::SameTitle));
        }
        match self
            .new_by_folder
            .get(&(lang, entry.folder.as_str()))
            .map(Vec::as_slice)
        {
            Some(&[id]) if !index => Some((id, Why::OnlyNew)),
            _ => None,
        }
    }

    /// Where readers of `entry`'s address could go: the page that most likely took its
    /// place, else the nearest pages.
    pub(super) fn find(&self, lang: LangId, entry: &Entry) -> Found {
        if let Some((id, why)) = self.likely(lang, entry) {
            return Found::Likely(id, why);
        }
        let site = self.site;
        // The default language's version first, then the others in site.yaml's order.
        let default = site.config.default;
        let others = std::iter::once(default).chain(site.config.languages.ids());
        let translation = others
            .filter(|&other| other != lang)
            .find_map(|other| self.by_group.get(&(other, entry.group.clone())).copied());
        Found::Nearest {
            section: nearest_section(site, lang, entry),
            translation,
        }
    }
}

/// The section page in `lang` nearest to `entry`'s folder, read from a file (kielo's own
/// home pages take no aliases).
fn nearest_section(site: &Site, lang: LangId, entry: &Entry) -> Option<PageId> {
    let parent = |folder: &str| folder.rsplit_once('/').map_or("", |(up, _)| up).to_string();
    let mut folder = match entry.name == "_index" {
        true => parent(&entry.folder),
        false => entry.folder.clone(),
    };
    loop {
        let section = site.sections.iter().find(|s| s.folder == folder);
        let page = section.and_then(|s| s.index[lang]);
        if let Some(id) = page.filter(|&id| site.pages[id].has_file()) {
            return Some(id);
        }
        if folder.is_empty() {
            return None;
        }
        folder = parent(&folder);
    }
}
