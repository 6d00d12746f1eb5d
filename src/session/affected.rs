//! What a change to some pages affects, for `serve`'s rebuilds: whether the pages keep their
//! place in the site (so it need not be linked again), and which outputs show them.

use crate::frontmatter::FrontMatter;
use crate::load::Source;
use crate::model::{PageId, PageKind, Site};
use crate::render::Selection;

/// Where templates call `section()`, which lists any section's pages on any page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SectionCalls {
    /// `index.html`, the home page's template, calls it.
    pub(crate) home: bool,
    /// Some other template calls it, so any page may list any other.
    pub(crate) elsewhere: bool,
}

impl SectionCalls {
    pub(crate) fn find(templates: impl Iterator<Item = (String, String)>) -> SectionCalls {
        let mut calls = SectionCalls {
            home: false,
            elsewhere: false,
        };
        for (name, _) in templates.filter(|(_, text)| text.contains("section(")) {
            match name.as_str() {
                "index.html" => calls.home = true,
                _ => calls.elsewhere = true,
            }
        }
        calls
    }
}

/// Whether `new` keeps the place `old` had in the site: the same address, section, language,
/// translations, tags, dates that order listings, and the same listing settings. Its title,
/// description, `updated`, body and the other fields only shown on pages may differ.
pub(crate) fn same_place(old: &Source, new: &Source) -> bool {
    // Listing every field makes a new front matter field a compile error here until it is
    // sorted into one kind or the other.
    let FrontMatter {
        title: _,
        description: _,
        updated: _,
        contacts: _,
        extra: _,
        toc: _,
        template: _,
        date,
        expires,
        slug,
        tags,
        draft,
        aliases,
        translation_key,
        weight,
        feed,
        paginate,
        sort_by,
    } = &new.front;
    let was = &old.front;
    old.path == new.path
        && old.lang == new.lang
        && old.date == new.date
        && *date == was.date
        && *expires == was.expires
        && *slug == was.slug
        && *tags == was.tags
        && *draft == was.draft
        && *aliases == was.aliases
        && *translation_key == was.translation_key
        && *weight == was.weight
        && *feed == was.feed
        && *paginate == was.paginate
        && *sort_by == was.sort_by
}

/// Whether the changed pages of `new` still stand in their listings and tags where `old`
/// had them (a new title can reorder them).
pub(crate) fn still_in_order(old: &Site, new: &Site, changed: &[PageId]) -> bool {
    changed.iter().all(|&id| {
        old.pages[id].source.title == new.pages[id].source.title
            || (crate::link::listing_in_order(new, id)
                && new.taxonomies[new.pages[id].lang()].in_order(&new.pages, id))
    })
}

/// The outputs that show anything of the changed pages. `old` and `new` differ only in the
/// sources of `changed`, each of which kept its place (see `same_place`).
pub(crate) fn selection(
    old: &Site,
    new: &Site,
    changed: &[PageId],
    related: &[Vec<PageId>],
    calls: SectionCalls,
) -> Selection {
    let mut selection = Selection::default();
    for &id in changed {
        selection.pages.insert(id);
        selection.search.insert(new.pages[id].lang());
        let (was, is) = (&old.pages[id].source, &new.pages[id].source);
        // What listings, switchers, feeds and related links show of a page.
        let card = was.title != is.title || was.front.description != is.front.description;
        let dated = was.updated != is.updated;
        if !card && !dated {
            continue;
        }
        let page = &new.pages[id];
        // A section's title is in every page's navigation and breadcrumbs.
        if card && (page.kind != PageKind::Page || calls.elsewhere) {
            return Selection::everything();
        }
        let lang = page.lang();
        selection.sitemap |= dated;
        selection
            .pages
            .extend(new.groups[page.group].iter().flatten());
        selection
            .pages
            .extend(new.sections[page.section].index[lang]);
        selection.pages.extend(new.neighbours[id].iter().flatten());
        selection.feeds.insert((page.section, lang));
        let taxonomy = &new.taxonomies[lang];
        for tag in taxonomy.tags_of(&new.pages, id) {
            selection.tags.insert((lang, tag));
        }
        // Which pages list this one as related depends on tags and dates, which are the same.
        selection
            .pages
            .extend((0..related.len()).filter(|&other| related[other].contains(&id)));
        if card && calls.home {
            selection
                .pages
                .extend((0..new.config.languages.len()).map(|l| new.home(l)));
        }
    }
    selection
}
