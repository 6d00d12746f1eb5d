//! The linked site: pages with URLs, translation groups and sections. Built once by `link`
//! and only read afterwards.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::{Config, LangId};
use crate::ids::{IdVec, id};
use crate::load::Source;

id!(
    /// A page of the site: its place in `Site::pages`.
    PageId
);
id!(
    /// A folder of `content/`: its place in `Site::sections`.
    SectionId
);
id!(
    /// A translation group, a page's versions in every language: its place in `Site::groups`.
    GroupId
);

impl SectionId {
    /// The root folder, whose pages per language are the home pages.
    pub(crate) const ROOT: SectionId = SectionId(0);
}

/// What a page is in the site's structure; it picks the default template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageKind {
    Home,
    Section,
    Page,
}

impl PageKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Section => "section",
            PageKind::Page => "page",
        }
    }
}

/// One page in one language.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    /// Shared, so that `serve` can make a new site with one page changed without copying all.
    pub(crate) source: Arc<Source>,
    pub(crate) kind: PageKind,
    /// Site-relative URL with slashes on both ends, e.g. `/fi/tiedotteet/uusi/`.
    pub(crate) url: String,
    /// The translation group this page belongs to.
    pub(crate) group: GroupId,
    /// The section the page is in; for a section's own page, that section.
    pub(crate) section: SectionId,
}

impl Page {
    /// Whether the page was read from a file, rather than made by kielo.
    pub(crate) fn has_file(&self) -> bool {
        self.source.origin.file().is_some()
    }

    pub(crate) fn lang(&self) -> LangId {
        self.source.lang
    }
}

/// A folder of `content/`, with its own page and its pages per language.
#[derive(Debug, Default, Clone)]
pub(crate) struct Section {
    /// Folder relative to `content/` (`press-releases`); empty for the root.
    pub(crate) folder: String,
    pub(crate) parent: Option<SectionId>,
    /// The folder's `_index` page per language.
    pub(crate) index: IdVec<LangId, Option<PageId>>,
    /// Regular pages per language, in listing order.
    pub(crate) pages: IdVec<LangId, Vec<PageId>>,
    /// Child sections, in folder-name order.
    pub(crate) children: Vec<SectionId>,
}

/// What an `@/` link path names.
#[derive(Debug, Clone, Copy)]
pub(crate) enum LinkTarget {
    /// A language-neutral path: the page's translation group.
    Group(GroupId),
    /// A path with a language code: that exact page.
    Page(PageId),
}

/// The whole site after linking.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    pub(crate) config: Config,
    pub(crate) pages: IdVec<PageId, Page>,
    /// Translation groups: for each group, its page per language.
    pub(crate) groups: IdVec<GroupId, IdVec<LangId, Option<PageId>>>,
    /// Sections; [`SectionId::ROOT`] is the root folder.
    pub(crate) sections: IdVec<SectionId, Section>,
    /// `@/` paths relative to `content/` (`press-releases/x.md`, `press-releases/x.sv.md`).
    pub(crate) link_targets: HashMap<String, LinkTarget>,
    /// Old addresses from `aliases`: output path (`old/page/index.html`) and the page it leads to.
    pub(crate) aliases: Vec<(String, PageId)>,
    /// For each page, the pages before and after it in its section's listing.
    pub(crate) neighbours: IdVec<PageId, [Option<PageId>; 2]>,
    /// Per language, the URL segment of listing pages after the first (`sivu`).
    pub(crate) page_words: IdVec<LangId, String>,
    /// Tags per language.
    pub(crate) taxonomies: IdVec<LangId, crate::taxonomy::Taxonomy>,
    /// The search page per language; none when the theme has no search page.
    pub(crate) search_pages: IdVec<LangId, Generated>,
    /// The files of page bundles and `static/` that pages name, set by the media stage
    /// before the site is shared.
    pub(crate) media: Arc<crate::media::Media>,
}

/// A page kielo makes itself, such as the search page.
#[derive(Debug, Clone)]
pub(crate) struct Generated {
    pub(crate) url: String,
    pub(crate) title: String,
}

/// Where the language switcher leads for one language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Counterpart {
    pub(crate) page: PageId,
    /// True when `page` is a translation of the page, false when it is a fallback.
    pub(crate) translated: bool,
}

impl Site {
    /// A copy of the site with the sources of some pages replaced, for `serve`. Each new
    /// source must keep its page's place (address, section, order, tags), which is not
    /// checked here.
    pub(crate) fn with_sources(&self, changes: Vec<(PageId, Source)>) -> Site {
        let mut site = self.clone();
        for (id, source) in changes {
            site.pages[id].source = Arc::new(source);
        }
        site
    }

    /// The home page of a language (a made-up one where the language has no `_index` file).
    pub(crate) fn home(&self, lang: LangId) -> PageId {
        self.sections[SectionId::ROOT].index[lang]
            .unwrap_or_else(|| unreachable!("link makes every home page"))
    }

    /// For each configured language: the translation of `page`, else the nearest page in
    /// that language (the enclosing section's page, else the home page).
    pub(crate) fn counterparts(&self, page: PageId) -> IdVec<LangId, Counterpart> {
        let this = &self.pages[page];
        (self.config.languages.ids())
            .map(|lang| {
                if let Some(page) = self.groups[this.group][lang] {
                    return Counterpart {
                        page,
                        translated: true,
                    };
                }
                let mut section = if this.kind == PageKind::Page {
                    Some(this.section)
                } else {
                    self.sections[this.section].parent
                };
                while let Some(id) = section {
                    if let Some(page) = self.sections[id].index[lang] {
                        return Counterpart {
                            page,
                            translated: false,
                        };
                    }
                    section = self.sections[id].parent;
                }
                Counterpart {
                    page: self.home(lang),
                    translated: false,
                }
            })
            .collect()
    }

    /// The pages of `id`'s listing in its language, each at most `paginate` long: for a home
    /// or section page, at least one (an empty listing is one empty page); none for a page.
    pub(crate) fn listing_chunks(&self, id: PageId) -> Vec<&[PageId]> {
        let page = &self.pages[id];
        if page.kind == PageKind::Page {
            return Vec::new();
        }
        let listing = &self.sections[page.section].pages[page.lang()];
        let size = page
            .source
            .listing
            .as_ref()
            .and_then(|l| l.paginate)
            .filter(|&n| n > 0);
        match (listing.is_empty(), size) {
            (true, _) | (false, None) => vec![listing],
            (false, Some(size)) => listing.chunks(size).collect(),
        }
    }

    /// How many addresses page `id` has: one, or one per page of its listing.
    pub(crate) fn listing_len(&self, id: PageId) -> usize {
        self.listing_chunks(id).len().max(1)
    }

    /// The address of page `number` (from 1) of `id`'s listing: `/fi/tiedotteet/sivu/2/`.
    pub(crate) fn listing_url(&self, id: PageId, number: usize) -> String {
        let page = &self.pages[id];
        match number {
            1 => page.url.clone(),
            n => format!("{}{}/{n}/", page.url, self.page_words[page.lang()]),
        }
    }

    /// The lists of all tags, `(language, URL)`, of the languages that have tags: each is a
    /// version of the others.
    pub(crate) fn tag_lists(&self) -> Vec<(LangId, String)> {
        (self.taxonomies.with_ids())
            .filter(|(_, t)| !t.tags.is_empty())
            .map(|(lang, t)| (lang, t.url.clone()))
            .collect()
    }

    /// The section pages from the home page down to the page's parent, in the page's language.
    pub(crate) fn ancestors(&self, page: PageId) -> Vec<PageId> {
        let this = &self.pages[page];
        let lang = this.lang();
        let mut section = match this.kind {
            PageKind::Page => Some(this.section),
            _ => self.sections[this.section].parent,
        };
        let mut chain = Vec::new();
        while let Some(id) = section {
            if let Some(index) = self.sections[id].index[lang] {
                chain.push(index);
            }
            section = self.sections[id].parent;
        }
        chain.reverse();
        chain
    }
}
