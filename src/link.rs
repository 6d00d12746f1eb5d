//! Links loaded files into a site: sections from folders, translation groups, per-language
//! URLs and listing order. Pure: data in, data out.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::config::{Config, LangId};
use crate::error::{Code, Diagnostic, Diagnostics};
use crate::frontmatter::SortBy;
use crate::ids::{Id, IdVec};
use crate::load::{CONTENT_DIR, Origin, Source};
use crate::messages::{Text, text};
use crate::model::{
    Generated, GroupId, LinkTarget, Page, PageId, PageKind, Section, SectionId, Site,
};
use crate::taxonomy::PathWords;

/// Builds the site from its sources. Problems go to `diagnostics`; the site is still returned
/// so that later stages can report their own problems in the same run.
pub(crate) fn link(
    config: Config,
    mut sources: Vec<Source>,
    path_words: &IdVec<LangId, PathWords>,
    diagnostics: &mut Diagnostics,
) -> Site {
    let languages = config.languages.len();
    add_missing_homes(&config, &mut sources);

    let folders: BTreeSet<String> = sources
        .iter()
        .flat_map(|s| with_ancestors(&s.folder))
        .collect();
    let section_of: HashMap<&str, SectionId> = folders
        .iter()
        .enumerate()
        .map(|(id, folder)| (folder.as_str(), SectionId::new(id)))
        .collect();
    let mut sections: IdVec<SectionId, Section> = folders
        .iter()
        .map(|folder| Section {
            folder: folder.clone(),
            parent: parent_folder(folder).map(|p| section_of[p]),
            index: IdVec::from(vec![None; languages]),
            pages: IdVec::from(vec![Vec::new(); languages]),
            children: Vec::new(),
        })
        .collect();
    for id in sections.ids() {
        if let Some(parent) = sections[id].parent {
            sections[parent].children.push(id);
        }
    }

    let mut group_of: HashMap<String, GroupId> = HashMap::new();
    let mut groups: IdVec<GroupId, IdVec<LangId, Option<PageId>>> = IdVec::new();
    let mut pages: IdVec<PageId, Page> = IdVec::with_capacity(sources.len());
    for source in sources {
        let section = section_of[source.folder.as_str()];
        let kind = match (source.is_index(), source.folder.is_empty()) {
            (true, true) => PageKind::Home,
            (true, false) => PageKind::Section,
            _ => PageKind::Page,
        };
        let key = crate::load::publish::group_key(&source);
        let next = groups.next_id();
        let group = *group_of.entry(key).or_insert(next);
        if group == next {
            groups.push(IdVec::from(vec![None; languages]));
        }
        let lang = source.lang;
        if let Some(other) = groups[group][lang] {
            let other: &Page = &pages[other];
            diagnostics.push(
                Diagnostic::error(
                    Code::ContentDuplicateTranslation,
                    source.path(),
                    None,
                    text!(
                        "content-duplicate-translation",
                        other = other.source.path(),
                        language = &config.languages[lang].code
                    ),
                )
                .with_hint(text!("content-duplicate-translation-hint")),
            );
            continue;
        }
        let id = pages.next_id();
        groups[group][lang] = Some(id);
        match kind {
            PageKind::Page => sections[section].pages[lang].push(id),
            _ => sections[section].index[lang] = Some(id),
        }
        pages.push(Page {
            source: std::sync::Arc::new(source),
            kind,
            url: String::new(),
            group,
            section,
        });
    }

    let section_urls = section_urls(&config, &folders, &sections, &pages, diagnostics);
    for page in &mut pages {
        let base = &section_urls[page.section][page.lang()];
        page.url = match page.kind {
            PageKind::Page => {
                let slug = slug_of(page.source.front.slug.as_deref(), &page.source.name);
                if slug.is_empty() {
                    diagnostics.push(empty_slug(page.source.path()));
                }
                format!("{base}{slug}/")
            }
            _ => base.clone(),
        };
    }
    if config.default_at_root() {
        diagnostics.extend(language_clashes(&config, &sections, &section_urls, &pages));
    }
    let mut aliases = Vec::new();
    for (id, page) in pages.with_ids() {
        for alias in &page.source.front.aliases {
            match alias_path(alias) {
                Some(path) => aliases.push((path, id)),
                None => diagnostics.push(
                    Diagnostic::error(
                        Code::ContentInvalidAlias,
                        page.source.path(),
                        page.source.lines.line("aliases"),
                        text!("content-invalid-alias", alias = alias),
                    )
                    .with_hint(text!("content-invalid-alias-hint")),
                ),
            }
        }
    }
    let mut owners: HashMap<String, &Page> = HashMap::new();
    let claims = pages
        .iter()
        .map(|page| (output_of(&config, &page.url), page, None))
        .chain(aliases.iter().map(|(path, id)| {
            let page = &pages[*id];
            (path.clone(), page, page.source.lines.line("aliases"))
        }));
    for (path, page, line) in claims {
        if let Some(other) = owners.insert(path.clone(), page) {
            diagnostics.push(
                Diagnostic::error(
                    Code::OutputClash,
                    page.source.path(),
                    line,
                    text!("output-clash", path = &path, other = other.source.path()),
                )
                .with_hint(text!("output-clash-hint")),
            );
        }
    }

    let weights: IdVec<SectionId, i64> = sections
        .iter()
        .map(|s| section_setting(s, &pages, config.default, |s| s.front.weight).unwrap_or(i64::MAX))
        .collect();
    let orders: IdVec<SectionId, SortBy> = sections
        .iter()
        .map(|s| {
            section_setting(s, &pages, config.default, |s| s.listing.as_ref()?.sort_by)
                .unwrap_or_default()
        })
        .collect();
    let mut neighbours = IdVec::from(vec![[None, None]; pages.len()]);
    for (id, section) in sections.with_ids_mut() {
        // Section ids follow sorted folder names, so the id breaks ties by name.
        section
            .children
            .sort_by_key(|&child| (weights[child], child));
        for list in &mut section.pages {
            list.sort_by(|&a, &b| listing_order(orders[id], &pages[a], &pages[b]));
            for (i, &page) in list.iter().enumerate() {
                neighbours[page] = [i.checked_sub(1).map(|j| list[j]), list.get(i + 1).copied()];
            }
        }
    }
    let link_targets = link_targets(&config, &pages, &groups);
    let taxonomies = crate::taxonomy::build(&config, &pages, path_words);
    let search_pages = (config.languages.ids())
        .filter_map(|lang| {
            let home =
                sections[SectionId::ROOT].index[lang].map_or("/", |id| pages[id].url.as_str());
            Some(Generated {
                url: format!("{home}{}/", path_words[lang].search.as_ref()?),
                title: path_words[lang].search_title.clone(),
            })
        })
        .collect();
    Site {
        config,
        pages,
        groups,
        sections,
        link_targets,
        aliases,
        neighbours,
        taxonomies,
        page_words: path_words.iter().map(|w| w.page.clone()).collect(),
        search_pages,
        media: Default::default(),
    }
}

/// The path of a URL relative to the output folder: `/agency/fi/x/atom.xml` → `fi/x/atom.xml`.
pub(crate) fn output_path<'a>(config: &Config, url: &'a str) -> &'a str {
    url.strip_prefix(config.root_path.as_str())
        .unwrap_or(url)
        .trim_start_matches('/')
}

/// The file a page URL is written to: `/agency/fi/x/` → `fi/x/index.html`.
pub(crate) fn output_of(config: &Config, url: &str) -> String {
    format!("{}index.html", output_path(config, url))
}

/// `/fi/old-name/` → `fi/old-name/index.html`; `None` for anything that could leave the output.
pub(crate) fn alias_path(alias: &str) -> Option<String> {
    let trimmed = alias.trim().trim_matches('/');
    let safe = |part: &str| {
        !part.is_empty()
            && part != "."
            && part != ".."
            && !part.contains(['\\', '\0', ':', '?', '#'])
    };
    if trimmed.is_empty() || !trimmed.split('/').all(safe) {
        return None;
    }
    Some(if trimmed.ends_with(".html") {
        trimmed.to_string()
    } else {
        format!("{trimmed}/index.html")
    })
}

/// A section's setting from its default-language `_index`, else from a translation's.
fn section_setting<T>(
    section: &Section,
    pages: &IdVec<PageId, Page>,
    default: LangId,
    get: impl Fn(&Source) -> Option<T>,
) -> Option<T> {
    std::iter::once(section.index[default])
        .chain(section.index.iter().copied())
        .flatten()
        .find_map(|p| get(&pages[p].source))
}

/// Whether `page` still stands where linking put it in its section's listing: `serve` asks
/// after a title changed, as titles break ties in the order.
pub(crate) fn listing_in_order(site: &Site, page: PageId) -> bool {
    let this = &site.pages[page];
    if this.kind != PageKind::Page {
        return true;
    }
    let section = &site.sections[this.section];
    let default = site.config.default;
    let order = section_setting(section, &site.pages, default, |s| {
        s.listing.as_ref()?.sort_by
    })
    .unwrap_or_default();
    section.pages[this.lang()]
        .is_sorted_by(|&a, &b| listing_order(order, &site.pages[a], &site.pages[b]).is_le())
}

/// The order of pages in a section's listing; ties fall back to the title, then the file.
fn listing_order(order: SortBy, a: &Page, b: &Page) -> std::cmp::Ordering {
    let weight = |p: &Page| p.source.front.weight.unwrap_or(i64::MAX);
    let date = |p: &Page| std::cmp::Reverse(p.source.date.as_ref().map(|d| d.timestamp));
    fn title(p: &Page) -> (&String, &Path) {
        (&p.source.title, p.source.path())
    }
    match order {
        SortBy::Date => (date(a), title(a)).cmp(&(date(b), title(b))),
        SortBy::Weight => (weight(a), title(a)).cmp(&(weight(b), title(b))),
        SortBy::Title => title(a).cmp(&title(b)),
    }
}

/// Every language gets a home page so the language switcher always has somewhere to go.
fn add_missing_homes(config: &Config, sources: &mut Vec<Source>) {
    for (lang, language) in config.languages.with_ids() {
        if !sources
            .iter()
            .any(|s| s.lang == lang && s.folder.is_empty() && s.is_index())
        {
            let missing = PathBuf::from(format!("{CONTENT_DIR}/_index.{}.md", language.code));
            sources.push(Source {
                origin: Origin::MadeHome { missing },
                folder: String::new(),
                name: "_index".into(),
                bundle: None,
                lang,
                title: language.title.clone(),
                date: None,
                updated: None,
                expires: None,
                inherited: false,
                front: Default::default(),
                listing: None,
                lines: Default::default(),
                body: String::new(),
                body_line: 1,
            });
        }
    }
}

/// `/fi/`, `/fi/tiedotteet/`, … for each section and language.
fn section_urls(
    config: &Config,
    folders: &BTreeSet<String>,
    sections: &IdVec<SectionId, Section>,
    pages: &IdVec<PageId, Page>,
    diagnostics: &mut Diagnostics,
) -> IdVec<SectionId, IdVec<LangId, String>> {
    let mut urls: IdVec<SectionId, IdVec<LangId, String>> = IdVec::with_capacity(sections.len());
    // Folders are sorted, so a parent always comes before its children.
    for (id, folder) in sections.ids().zip(folders) {
        let row = config
            .languages
            .ids()
            .map(|lang| match sections[id].parent {
                None => config.language_url(lang, ""),
                Some(parent) => {
                    let own = sections[id].index[lang].or(sections[id].index[config.default]);
                    let name = folder.rsplit('/').next().unwrap_or(folder);
                    let slug = slug_of(
                        own.and_then(|p| pages[p].source.front.slug.as_deref()),
                        name,
                    );
                    if slug.is_empty() {
                        diagnostics.push(empty_slug(&PathBuf::from(CONTENT_DIR).join(folder)));
                    }
                    format!("{}{slug}/", urls[parent][lang])
                }
            })
            .collect();
        urls.push(row);
    }
    urls
}

/// With the default language at the root, its top-level sections and pages whose address
/// would start with another language's code (`/sv/`), where that language's pages are. A
/// folder with no page in the default language has no such address, so it is no problem.
fn language_clashes(
    config: &Config,
    sections: &IdVec<SectionId, Section>,
    section_urls: &IdVec<SectionId, IdVec<LangId, String>>,
    pages: &IdVec<PageId, Page>,
) -> Vec<Diagnostic> {
    let default = config.default;
    let top = |mut section: SectionId| {
        while let Some(parent) = sections[section].parent.filter(|&p| p != SectionId::ROOT) {
            section = parent;
        }
        section
    };
    // Each top-level section once, at its `_index` when it has one; each top-level page.
    let mut seen = BTreeSet::new();
    let mut places: Vec<(&String, PathBuf, Option<&Page>)> = Vec::new();
    for page in pages.iter().filter(|p| p.lang() == default) {
        if page.section == SectionId::ROOT {
            if page.kind == PageKind::Page {
                places.push((&page.url, page.source.path().to_path_buf(), Some(page)));
            }
            continue;
        }
        let section = top(page.section);
        if seen.insert(section) {
            let index = sections[section].index[default].map(|p| &pages[p]);
            let path = index.map_or_else(
                || PathBuf::from(CONTENT_DIR).join(&sections[section].folder),
                |p| p.source.path().to_path_buf(),
            );
            places.push((&section_urls[section][default], path, index));
        }
    }
    let language = &config.languages[default];
    places
        .into_iter()
        .filter_map(|(url, path, page)| {
            let first = output_path(config, url).split('/').next().unwrap_or("");
            let other = (config.languages.with_ids())
                .find(|&(lang, l)| lang != default && l.code == first)?
                .1;
            let line = page.and_then(|p| p.source.lines.line("slug"));
            Some(
                Diagnostic::error(
                    Code::ContentLanguagePrefix,
                    path,
                    line,
                    text!(
                        "content-language-prefix",
                        language = &language.code,
                        address = url,
                        other = &other.code
                    ),
                )
                .with_hint(text!("content-language-prefix-hint")),
            )
        })
        .collect()
}

/// Lowercase ASCII slug of the front-matter `slug`, else of the file or folder name.
pub(crate) fn slug_of(slug: Option<&str>, name: &str) -> String {
    slug::slugify(slug.unwrap_or(name))
}

fn empty_slug(path: &std::path::Path) -> Diagnostic {
    Diagnostic::error(
        Code::ContentEmptyAddress,
        path,
        None,
        text!("content-empty-address"),
    )
    .with_hint(text!("content-empty-address-hint"))
}

fn link_targets(
    config: &Config,
    pages: &IdVec<PageId, Page>,
    groups: &IdVec<GroupId, IdVec<LangId, Option<PageId>>>,
) -> HashMap<String, LinkTarget> {
    let mut targets = HashMap::new();
    for group in groups.with_ids() {
        for page in group.1.iter().flatten() {
            let source = &pages[*page].source;
            if !pages[*page].has_file() {
                continue;
            }
            let folder = if source.folder.is_empty() {
                String::new()
            } else {
                format!("{}/", source.folder)
            };
            let code = &config.languages[source.lang].code;
            targets.insert(
                format!("{folder}{}.md", source.name),
                LinkTarget::Group(group.0),
            );
            targets.insert(
                format!("{folder}{}.{code}.md", source.name),
                LinkTarget::Page(*page),
            );
            // A bundle's page by its file too, as Zola writes it: `@/news/x/index.md`.
            if let Some(bundle) = &source.bundle {
                let index = crate::load::BUNDLE_INDEX;
                targets.insert(format!("{bundle}/{index}.md"), LinkTarget::Group(group.0));
                targets.insert(
                    format!("{bundle}/{index}.{code}.md"),
                    LinkTarget::Page(*page),
                );
            }
        }
    }
    targets
}

fn with_ancestors(folder: &str) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut current = String::new();
    for part in folder.split('/').filter(|p| !p.is_empty()) {
        if !current.is_empty() {
            current.push('/');
        }
        current.push_str(part);
        all.push(current.clone());
    }
    all
}

fn parent_folder(folder: &str) -> Option<&str> {
    if folder.is_empty() {
        return None;
    }
    Some(folder.rsplit_once('/').map_or("", |(parent, _)| parent))
}

/// Where an `@/` link leads.
#[derive(Debug)]
pub(crate) struct Resolved {
    /// The URL to write, with its `#anchor`.
    pub(crate) url: String,
    pub(crate) page: PageId,
    pub(crate) anchor: Option<String>,
    /// Set when the link leads to another language because the translation is missing.
    pub(crate) warning: Option<Text>,
}

/// Where `@/` links lead: all that Markdown needs to know of the other pages.
pub(crate) trait Links {
    /// Resolves the `@/` link path `target` (`news/x.md#anchor`) for a page in `lang`.
    /// The error is the message for a link to no page.
    fn resolve(&self, lang: LangId, target: &str) -> Result<Resolved, Text>;

    /// What the address `dest`, written in page `page`, names among the site's files.
    fn media(&self, _page: PageId, _dest: &str) -> crate::media::Find<'_> {
        crate::media::Find::Other
    }

    /// The `@/` path of a page closest to `target`, a path that names none, when it is
    /// close enough to be what was meant.
    fn nearest(&self, _target: &str) -> Option<String> {
        None
    }
}

impl Links for Site {
    fn resolve(&self, lang: LangId, target: &str) -> Result<Resolved, Text> {
        resolve(self, lang, target)
    }

    fn nearest(&self, target: &str) -> Option<String> {
        let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
        // A file name is compared with the files of its folder: whole paths share their
        // folder, which makes any two look alike.
        let here: Vec<&str> = (self.link_targets.keys())
            .filter(|k| folder_of(k) == folder_of(path))
            .map(String::as_str)
            .collect();
        let name = path.rsplit('/').next().unwrap_or(path);
        let names: Vec<&str> = here
            .iter()
            .map(|k| k.rsplit('/').next().unwrap_or(k))
            .collect();
        let best = match crate::error::closest(name, &names) {
            Some(best) => here[names.iter().position(|n| *n == best)?],
            None if here.is_empty() => {
                let known: Vec<&str> = self.link_targets.keys().map(String::as_str).collect();
                crate::error::closest(path, &known)?
            }
            None => return None,
        };
        Some(match anchor.is_empty() {
            true => format!("@/{best}"),
            false => format!("@/{best}#{anchor}"),
        })
    }

    fn media(&self, page: PageId, dest: &str) -> crate::media::Find<'_> {
        self.media.find(self, page, dest)
    }
}

/// The folder part of an `@/` path: `news` of `news/x.md`, empty for `x.md`.
fn folder_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(folder, _)| folder)
}

/// Resolves the `@/` link path `target` for a page in `lang`.
fn resolve(site: &Site, lang: LangId, target: &str) -> Result<Resolved, Text> {
    let (path, anchor) = match target.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (target, None),
    };
    let missing = || text!("link-missing-page", target = target);
    let (page, warning) = match *site.link_targets.get(path).ok_or_else(missing)? {
        LinkTarget::Page(page) => (page, None),
        LinkTarget::Group(group) => match site.groups[group][lang] {
            Some(page) => (page, None),
            None => {
                let members = &site.groups[group];
                let page = members[site.config.default]
                    .or_else(|| members.iter().flatten().next().copied())
                    .ok_or_else(missing)?;
                let languages = &site.config.languages;
                let warning = text!(
                    "link-other-language",
                    target = target,
                    language = &languages[lang].code,
                    other = &languages[site.pages[page].lang()].code
                );
                (page, Some(warning))
            }
        },
    };
    let mut url = site.pages[page].url.clone();
    if let Some(anchor) = anchor {
        url.push('#');
        url.push_str(anchor);
    }
    Ok(Resolved {
        url,
        page,
        anchor: anchor.map(str::to_string),
        warning,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn linking_problems_are_told_in_the_reader_s_language() {
        let problem = empty_slug(Path::new("content/x.fi.md"));
        assert_eq!(
            problem.to_string(),
            "error: content/x.fi.md: the page's address would be empty\n  \
             hint: set a `slug` with letters or digits in it"
        );
        assert_eq!(
            problem.render(&Messages::new(Language::Fi)),
            "virhe: content/x.fi.md: sivun osoitteesta tulisi tyhjä\n  \
             vihje: anna `slug`, jossa on kirjaimia tai numeroita"
        );
        assert_eq!(
            problem.render(&Messages::new(Language::Sv)),
            "fel: content/x.fi.md: sidans adress skulle bli tom\n  \
             tips: ange en `slug` med bokstäver eller siffror"
        );
        let other = text!(
            "link-other-language",
            target = "news/x.md",
            language = "sv",
            other = "fi"
        );
        assert_eq!(
            other.english(),
            "`@/news/x.md` has no sv version, so the link leads to the fi version"
        );
        assert_eq!(
            Messages::new(Language::Sv).format(&other),
            "`@/news/x.md` har ingen version på sv, så länken leder till versionen på fi"
        );
    }

    #[test]
    fn aliases_stay_inside_the_output() {
        assert_eq!(
            alias_path("/fi/vanha/").as_deref(),
            Some("fi/vanha/index.html")
        );
        assert_eq!(alias_path("old.html").as_deref(), Some("old.html"));
        for bad in ["../../etc/x", "/a/../b", "a\\b", "", "/", "c:/x"] {
            assert_eq!(alias_path(bad), None, "{bad}");
        }
    }
}
