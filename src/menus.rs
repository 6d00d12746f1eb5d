//! The menus of site.yaml on the linked site: their `@/` paths checked, and each menu as the
//! templates see it in one language. A page entry leads to the page in that language, else
//! where an `@/` link in Markdown would lead (the default language's version), marked.

use std::path::Path;

use serde::Serialize;

use crate::config::{CONFIG_FILE, LangId, MenuItem, MenuTarget};
use crate::error::{Code, Diagnostic, closest};
use crate::held_back::HeldBack;
use crate::link::Links;
use crate::messages::text;
use crate::model::{LinkTarget, PageId, PageKind, SectionId, Site};
use crate::render::{PageRef, page_ref};

/// One link of a menu, as templates see it (`nav`, `footer_nav`).
#[derive(Serialize)]
pub(crate) struct MenuView<'a> {
    title: &'a str,
    url: String,
    /// As in listings, for themes that show more than a title: of the page, none for an
    /// outside address.
    description: Option<&'a str>,
    date: Option<&'a str>,
    image: Option<crate::media::ImageView>,
    /// The language of `title` when it is not the page's language: the title of a page in
    /// another language, for a screen reader to read in that language.
    lang: Option<&'a str>,
    /// The language of the linked page when it is not the page's own.
    hreflang: Option<&'a str>,
    /// Current only at its own address (the home page, a single page, an outside address);
    /// a section is current on the pages under it too.
    exact: bool,
    /// An address outside the site.
    external: bool,
}

/// The main navigation in `lang`: the main menu of site.yaml, else the top-level sections
/// that have a page in `lang`.
pub(crate) fn main(site: &Site, lang: LangId) -> Vec<MenuView<'_>> {
    match &site.config.menus.main {
        Some(items) => views(site, lang, items),
        None => (site.sections[SectionId::ROOT].children.iter())
            .filter_map(|&child| site.sections[child].index[lang])
            .map(|id| MenuView {
                exact: false,
                ..of_page(site, id)
            })
            .collect(),
    }
}

/// The footer menu in `lang`.
pub(crate) fn footer(site: &Site, lang: LangId) -> Vec<MenuView<'_>> {
    views(site, lang, &site.config.menus.footer)
}

fn views<'a>(site: &'a Site, lang: LangId, items: &'a [MenuItem]) -> Vec<MenuView<'a>> {
    let code = |l: LangId| site.config.languages[l].code.as_str();
    (items.iter())
        .filter_map(|item| {
            let given = item.titles[lang].as_deref();
            match &item.target {
                MenuTarget::Url(url) => Some(MenuView {
                    title: given.unwrap_or_default(),
                    url: url.clone(),
                    description: None,
                    date: None,
                    image: None,
                    lang: None,
                    hreflang: None,
                    exact: true,
                    external: true,
                }),
                // A path that names no page is an error of the build, which stops before
                // rendering.
                MenuTarget::Page(path) => site.resolve(lang, path).ok().map(|resolved| {
                    let page = &site.pages[resolved.page];
                    let other = (page.lang() != lang).then(|| code(page.lang()));
                    MenuView {
                        title: given.unwrap_or(&page.source.title),
                        lang: other.filter(|_| given.is_none()),
                        hreflang: other,
                        exact: page.kind != PageKind::Section || resolved.anchor.is_some(),
                        url: resolved.url,
                        ..of_page(site, resolved.page)
                    }
                }),
            }
        })
        .collect()
}

/// The entry of page `id`, with its own title and address.
fn of_page(site: &Site, id: PageId) -> MenuView<'_> {
    let PageRef {
        title,
        url,
        description,
        date,
        image,
        summary: _,
    } = page_ref(site, id);
    MenuView {
        title,
        url: url.to_string(),
        description,
        date,
        image,
        lang: None,
        hreflang: None,
        exact: true,
        external: false,
    }
}

/// Whether a menu shows `page` in some language: then its title is on every page.
pub(crate) fn shows(site: &Site, page: PageId) -> bool {
    let paths = site
        .config
        .menus
        .all()
        .filter_map(|item| match &item.target {
            MenuTarget::Page(path) => Some(path),
            MenuTarget::Url(_) => None,
        });
    paths.into_iter().any(|path| {
        (site.config.languages.ids())
            .any(|lang| site.resolve(lang, path).is_ok_and(|r| r.page == page))
    })
}

/// Whether the `@/` path `path` (without `@/`: `news/x.md`, `news/x.fi.md`,
/// `news/x/index.md`) names the content file `file` (`content/news/x.fi.md`, or a bundle's
/// `content/news/x/index.fi.md`).
fn names(path: &str, file: &Path) -> bool {
    let Ok(relative) = file.strip_prefix(crate::load::CONTENT_DIR) else {
        return false;
    };
    let relative = crate::translations::slash_path(relative);
    let Some((stem, code)) = relative
        .strip_suffix(".md")
        .and_then(|r| r.rsplit_once('.'))
    else {
        return false;
    };
    let bundle = stem.strip_suffix(&format!("/{}", crate::load::BUNDLE_INDEX));
    let stems = [Some(stem), bundle].into_iter().flatten();
    stems
        .into_iter()
        .any(|stem| path == format!("{stem}.md") || path == format!("{stem}.{code}.md"))
}

/// The problems of the menus' `@/` paths: a path that names no page is an error (with the
/// path meant, when one is close); a page held back (a draft, or embargoed), a warning, as
/// the menu leaves it out until it is published; a page missing in some language, a warning.
pub(crate) fn check(site: &Site, held_back: &[HeldBack]) -> Vec<Diagnostic> {
    let file = Path::new(CONFIG_FILE);
    let mut problems = Vec::new();
    for item in site.config.menus.all() {
        let MenuTarget::Page(target) = &item.target else {
            continue;
        };
        let path = target.split('#').next().unwrap_or_default();
        if !site.link_targets.contains_key(path)
            && let Some(held) = held_back.iter().find(|h| names(path, &h.file))
        {
            let page = held.file.as_path();
            let message = match &held.until {
                Some(until) => text!(
                    "config-menu-held-back",
                    target = target,
                    file = page,
                    until = until
                ),
                None => text!("config-menu-held-back-draft", target = target, file = page),
            };
            problems.push(
                Diagnostic::warning(Code::ConfigMenuHeldBack, file, item.line, message)
                    .with_hint(text!("config-menu-held-back-hint")),
            );
            continue;
        }
        let Some(&found) = site.link_targets.get(path) else {
            let known: Vec<&str> = site.link_targets.keys().map(String::as_str).collect();
            let hint = match closest(path, &known) {
                Some(best) => text!("hint-did-you-mean", word = format!("@/{best}")),
                None => text!("config-menu-page-hint"),
            };
            problems.push(
                Diagnostic::error(
                    Code::ConfigMenuPage,
                    file,
                    item.line,
                    text!("config-menu-page", target = target),
                )
                .with_hint(hint),
            );
            continue;
        };
        // A path with a language code asks for that version in every language.
        if matches!(found, LinkTarget::Page(_)) {
            continue;
        }
        let elsewhere: Vec<&str> = (site.config.languages.with_ids())
            .filter(|&(lang, _)| {
                site.resolve(lang, target)
                    .is_ok_and(|r| site.pages[r.page].lang() != lang)
            })
            .map(|(_, l)| l.code.as_str())
            .collect();
        if !elsewhere.is_empty() {
            let languages = elsewhere.join(", ");
            problems.push(
                Diagnostic::warning(
                    Code::ConfigMenuOtherLanguage,
                    file,
                    item.line,
                    text!(
                        "config-menu-other-language",
                        target = target,
                        languages = languages
                    ),
                )
                .with_hint(text!("config-menu-other-language-hint")),
            );
        }
    }
    problems
}
