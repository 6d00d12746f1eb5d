//! Renders the linked site into output files: pure, site in and a list of files out. Pages
//! render in parallel; what every page of a language shares is serialised once.

use rayon::prelude::*;
use serde::Serialize;
use std::sync::Arc;

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use crate::error::Diagnostic;
use crate::markdown::{Heading, Rendered};
use crate::model::{PageId, PageKind, Site};

/// How many related pages a page lists.
const RELATED_LIMIT: usize = 5;

/// One file to write, relative to the output folder.
#[derive(Debug)]
pub(crate) struct Output {
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
}

#[derive(Serialize)]
struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    title: &'a str,
    dir: &'a str,
    url: &'a str,
    permalink: String,
    is_default: bool,
    og_locale: &'a str,
}

/// A link to another page: listings, breadcrumbs, navigation.
#[derive(Serialize)]
pub(crate) struct PageRef<'a> {
    pub(crate) title: &'a str,
    pub(crate) url: &'a str,
    pub(crate) description: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    kind: &'static str,
    url: &'a str,
    permalink: String,
    date: Option<&'a str>,
    updated: Option<&'a str>,
    tags: Vec<TagLink>,
    contacts: &'a [crate::frontmatter::Contact],
    extra: &'a serde_yaml::Mapping,
    content: &'a str,
    headings: &'a [Heading],
    /// `toc` from front matter: `true`, `false`, or unset (`none`) for the theme to decide.
    toc: Option<bool>,
    source: String,
}

/// One entry of the language switcher.
#[derive(Serialize)]
pub(crate) struct SwitchView<'a> {
    code: &'a str,
    og_locale: &'a str,
    name: &'a str,
    dir: &'a str,
    url: &'a str,
    permalink: String,
    title: &'a str,
    /// True when the link leads to a translation, false when to a fallback page.
    translated: bool,
    current: bool,
}

/// The language switcher of a page in `current`: `target(lang)` gives the URL, title and
/// whether it is a translation (true) or a fallback (false).
pub(crate) fn switcher<'a>(
    site: &'a Site,
    current: usize,
    target: impl Fn(usize) -> (&'a str, &'a str, bool),
) -> Vec<SwitchView<'a>> {
    let config = &site.config;
    config
        .languages
        .iter()
        .enumerate()
        .map(|(l, language)| {
            let (url, title, translated) = target(l);
            SwitchView {
                code: &language.code,
                og_locale: &language.og_locale,
                name: &language.name,
                dir: language.dir,
                url,
                permalink: config.permalink(url),
                title,
                translated,
                current: l == current,
            }
        })
        .collect()
}

/// Values shared by every page of one language, built once.
pub(crate) struct Shared {
    site: Value,
    languages: Vec<Value>,
    nav: Vec<Value>,
    /// Every feed of each language, for `<link rel="alternate">` in every page's head.
    feeds: Vec<Value>,
}

fn shared(site: &Site) -> Shared {
    let config = &site.config;
    let languages: Vec<LanguageView> = config
        .languages
        .iter()
        .enumerate()
        .map(|(lang, l)| {
            let url = site.pages[site.home(lang)].url.as_str();
            LanguageView {
                code: &l.code,
                name: &l.name,
                title: &l.title,
                dir: l.dir,
                url,
                permalink: config.permalink(url),
                is_default: lang == config.default,
                og_locale: &l.og_locale,
            }
        })
        .collect();
    let nav = (0..config.languages.len())
        .map(|lang| {
            let items: Vec<PageRef> = site.sections[0]
                .children
                .iter()
                .filter_map(|&child| site.sections[child].index[lang])
                .map(|id| page_ref(site, id))
                .collect();
            Value::from_serializable(&items)
        })
        .collect();
    #[derive(Serialize)]
    struct SiteView<'a> {
        base_url: String,
        /// Site-relative URL of the output root, for assets: `/` or `/agency/`.
        root: String,
        default_language: &'a str,
        languages: &'a [LanguageView<'a>],
    }
    Shared {
        site: Value::from_serializable(&SiteView {
            base_url: config.permalink(&config.url("")),
            root: config.url(""),
            default_language: &config.languages[config.default].code,
            languages: &languages,
        }),
        languages: languages.iter().map(Value::from_serializable).collect(),
        nav,
        feeds: (0..config.languages.len())
            .map(|lang| {
                let feeds: Vec<FeedLink> = crate::feeds::all_feeds(site)
                    .filter(|&(_, l)| l == lang)
                    .filter_map(|(section, _)| {
                        let index = site.sections[section].index[lang]?;
                        Some(FeedLink {
                            title: &site.pages[index].source.title,
                            url: crate::feeds::feed_url(site, section, lang)?,
                        })
                    })
                    .collect();
                Value::from_serializable(&feeds)
            })
            .collect(),
    }
}

/// A tag of a page, with the address of its page.
#[derive(Serialize)]
struct TagLink {
    name: String,
    url: String,
}

#[derive(Serialize)]
struct FeedLink<'a> {
    title: &'a str,
    url: String,
}

pub(crate) fn page_ref(site: &Site, id: PageId) -> PageRef<'_> {
    let page = &site.pages[id];
    PageRef {
        title: &page.source.title,
        url: &page.url,
        description: page.source.front.description.as_deref(),
        date: page.source.date.as_ref().map(|d| d.iso.as_str()),
    }
}

/// A section as the `section` template function returns it.
#[derive(Serialize)]
struct SectionView<'a> {
    /// The section's own page in the template's language, if it has one.
    page: Option<PageRef<'a>>,
    /// Its pages in listing order, at most `limit` of them.
    pages: Vec<PageRef<'a>>,
    /// How many pages the section has in that language.
    total: usize,
}

/// Template functions that read the linked site: `section(path="press-releases", limit=3)`
/// gives a section's pages in the calling page's language, or none if there is no such folder.
pub(crate) fn add_site_functions(tera: &mut Tera, site: Arc<Site>) {
    tera.register_function(
        "section",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
            let path: String = kwargs.must_get("path")?;
            let limit: Option<usize> = kwargs.get("limit")?;
            let code: Option<String> = state.get("lang")?;
            let lang = code.and_then(|c| site.config.language_index(&c));
            let folder = path.trim_end_matches("_index.md").trim_matches('/');
            let section = site.sections.iter().find(|s| s.folder == folder);
            let (Some(lang), Some(section)) = (lang, section) else {
                return Ok(Value::none());
            };
            let all = &section.pages[lang];
            Ok(Value::from_serializable(&SectionView {
                page: section.index[lang].map(|p| page_ref(&site, p)),
                pages: all
                    .iter()
                    .take(limit.unwrap_or(usize::MAX))
                    .map(|&p| page_ref(&site, p))
                    .collect(),
                total: all.len(),
            }))
        },
    );
}

/// The base context of a page in `lang`.
pub(crate) fn base_context(shared: &Shared, site: &Site, lang: usize) -> Context {
    let mut context = Context::new();
    context.insert("lang", &site.config.languages[lang].code);
    context.insert_value("language", shared.languages[lang].clone());
    context.insert_value("site", shared.site.clone());
    context.insert_value("nav", shared.nav[lang].clone());
    context.insert_value("feeds", shared.feeds[lang].clone());
    context
}

/// Renders every page plus the site-wide files.
pub(crate) fn render(
    site: &Site,
    contents: &[Rendered],
    tera: &Tera,
    now: jiff::Timestamp,
) -> (Vec<Output>, Vec<Diagnostic>) {
    let shared = shared(site);
    let feeds: Vec<(usize, usize)> = crate::feeds::all_feeds(site).collect();
    let results: Vec<Result<Output, Diagnostic>> = (0..site.pages.len())
        .into_par_iter()
        .map(|id| render_page(site, &shared, contents, tera, id))
        .chain(
            (0..site.config.languages.len())
                .into_par_iter()
                .map(|lang| render_404(site, &shared, tera, lang)),
        )
        .chain(
            site.aliases
                .par_iter()
                .map(|(path, id)| render_alias(site, &shared, tera, path, *id)),
        )
        .chain(crate::tag_pages::render_all(site, &shared, tera, now))
        .chain(feeds.par_iter().map(|&(section, lang)| {
            crate::feeds::render_section_feed(site, tera, section, lang, now)
        }))
        .collect();
    let mut outputs = Vec::with_capacity(results.len() + 4);
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(output) => outputs.push(output),
            Err(problem) => problems.push(problem),
        }
    }
    let default_404 = format!(
        "{}/404.html",
        site.config.languages[site.config.default].code
    );
    if let Some(page) = outputs.iter().find(|o| o.path == default_404) {
        outputs.push(Output {
            path: "404.html".into(),
            bytes: page.bytes.clone(),
        });
    }
    for (name, result) in [
        ("index.html", render_root(site, &shared, tera)),
        ("sitemap.xml", render_sitemap(site, tera)),
    ] {
        match result {
            Ok(bytes) => outputs.push(Output {
                path: name.into(),
                bytes,
            }),
            Err(problem) => problems.push(problem),
        }
    }
    outputs.push(Output {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            site.config.permalink(&site.config.url("sitemap.xml"))
        )
        .into_bytes(),
    });
    (outputs, problems)
}

pub(crate) fn template_error(
    template: &str,
    err: &tera::Error,
    page: Option<&std::path::Path>,
) -> Diagnostic {
    let mut message = format!("template `{template}` failed: {err}");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    let path = page.map_or_else(
        || format!("templates/{template}").into(),
        |p| p.to_path_buf(),
    );
    Diagnostic::error(path, None, message)
        .with_hint("check the template and the page's front matter")
}

fn render_page(
    site: &Site,
    shared: &Shared,
    contents: &[Rendered],
    tera: &Tera,
    id: PageId,
) -> Result<Output, Diagnostic> {
    let page = &site.pages[id];
    let config = &site.config;
    let lang = page.lang();
    let source = &page.source;
    let mut context = base_context(shared, site, lang);
    context.insert(
        "page",
        &PageView {
            title: &source.title,
            description: source.front.description.as_deref(),
            kind: page.kind.as_str(),
            url: &page.url,
            permalink: config.permalink(&page.url),
            date: source.date.as_ref().map(|d| d.iso.as_str()),
            updated: source.updated.as_ref().map(|d| d.iso.as_str()),
            tags: source
                .front
                .tags
                .iter()
                .filter(|name| !slug::slugify(name).is_empty())
                .map(|name| TagLink {
                    name: name.clone(),
                    url: site.taxonomies[lang].tag_url(name),
                })
                .collect(),
            contacts: &source.front.contacts,
            extra: &source.front.extra,
            content: &contents[id].html,
            headings: &contents[id].headings,
            toc: source.front.toc,
            source: source.path.to_string_lossy().replace('\\', "/"),
        },
    );
    let counterparts = site.counterparts(id);
    let switch = switcher(site, lang, |l| {
        let target = &site.pages[counterparts[l].page];
        (
            target.url.as_str(),
            target.source.title.as_str(),
            counterparts[l].translated,
        )
    });
    context.insert("translations", &switch);
    let x_default = counterparts[config.default]
        .translated
        .then(|| config.permalink(&site.pages[counterparts[config.default].page].url));
    context.insert("x_default", &x_default);
    let crumbs: Vec<PageRef> = site
        .ancestors(id)
        .into_iter()
        .map(|a| page_ref(site, a))
        .collect();
    context.insert("breadcrumbs", &crumbs);
    let related: Vec<PageRef> = site.taxonomies[lang]
        .related(&site.pages, id, RELATED_LIMIT)
        .into_iter()
        .map(|p| page_ref(site, p))
        .collect();
    context.insert("related", &related);
    let [previous, next] = site.neighbours[id].map(|n| n.map(|p| page_ref(site, p)));
    context.insert("previous", &previous);
    context.insert("next", &next);
    if page.kind != PageKind::Page {
        let section = &site.sections[page.section];
        let pages: Vec<PageRef> = section.pages[lang]
            .iter()
            .map(|&p| page_ref(site, p))
            .collect();
        context.insert("pages", &pages);
        let subsections: Vec<PageRef> = section
            .children
            .iter()
            .filter_map(|&c| site.sections[c].index[lang])
            .map(|p| page_ref(site, p))
            .collect();
        context.insert("subsections", &subsections);
        context.insert("feed", &crate::feeds::feed_url(site, page.section, lang));
    }
    let template = match (&source.front.template, page.kind) {
        (Some(name), _) => name.as_str(),
        (None, PageKind::Home) => "index.html",
        (None, PageKind::Section) => "section.html",
        (None, PageKind::Page) => "page.html",
    };
    let html = tera
        .render(template, &context)
        .map_err(|e| template_error(template, &e, Some(&source.path)))?;
    Ok(Output {
        path: crate::link::output_of(config, &page.url),
        bytes: html.into_bytes(),
    })
}

/// A page at an old address that sends readers on to the page's current one.
fn render_alias(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    path: &str,
    id: PageId,
) -> Result<Output, Diagnostic> {
    let page = &site.pages[id];
    let mut context = base_context(shared, site, page.lang());
    context.insert("target", &page_ref(site, id));
    context.insert("permalink", &site.config.permalink(&page.url));
    let html = tera
        .render("alias.html", &context)
        .map_err(|e| template_error("alias.html", &e, Some(&page.source.path)))?;
    Ok(Output {
        path: path.to_string(),
        bytes: html.into_bytes(),
    })
}

fn render_404(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: usize,
) -> Result<Output, Diagnostic> {
    let mut context = base_context(shared, site, lang);
    let home = &site.pages[site.home(lang)];
    context.insert("home", &page_ref(site, site.home(lang)));
    let html = tera
        .render("404.html", &context)
        .map_err(|e| template_error("404.html", &e, None))?;
    Ok(Output {
        path: crate::link::output_of(&site.config, &home.url).replace("index.html", "404.html"),
        bytes: html.into_bytes(),
    })
}

/// `/index.html`: leads to the default language's home page.
fn render_root(site: &Site, shared: &Shared, tera: &Tera) -> Result<Vec<u8>, Diagnostic> {
    let mut context = base_context(shared, site, site.config.default);
    let home = &site.pages[site.home(site.config.default)];
    context.insert("target", &home.url);
    tera.render("root.html", &context)
        .map(String::into_bytes)
        .map_err(|e| template_error("root.html", &e, None))
}

#[derive(Serialize)]
struct SitemapEntry {
    permalink: String,
    lastmod: Option<String>,
    alternates: Vec<Alternate>,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

fn render_sitemap(site: &Site, tera: &Tera) -> Result<Vec<u8>, Diagnostic> {
    let config = &site.config;
    let mut entries: Vec<SitemapEntry> = site
        .pages
        .iter()
        .map(|page| {
            let members = &site.groups[page.group];
            let alternate = |hreflang: &str, page: PageId| Alternate {
                hreflang: hreflang.to_string(),
                href: config.permalink(&site.pages[page].url),
            };
            let mut alternates: Vec<Alternate> = members
                .iter()
                .enumerate()
                .filter_map(|(l, p)| p.map(|p| alternate(&config.languages[l].code, p)))
                .collect();
            if let Some(default) = members[config.default] {
                alternates.push(alternate("x-default", default));
            }
            let source = &page.source;
            SitemapEntry {
                permalink: config.permalink(&page.url),
                lastmod: source
                    .updated
                    .as_ref()
                    .or(source.date.as_ref())
                    .map(|d| d.iso.clone()),
                alternates,
            }
        })
        .collect();
    // Tag lists are alternates of each other; a tag is a word of one language and has none.
    let lists: Vec<(String, String)> = site
        .taxonomies
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.tags.is_empty())
        .map(|(l, t)| (config.languages[l].code.clone(), config.permalink(&t.url)))
        .collect();
    for (_, href) in &lists {
        entries.push(SitemapEntry {
            permalink: href.clone(),
            lastmod: None,
            alternates: lists
                .iter()
                .map(|(hreflang, href)| Alternate {
                    hreflang: hreflang.clone(),
                    href: href.clone(),
                })
                .collect(),
        });
    }
    for tag in site.taxonomies.iter().flat_map(|t| &t.tags) {
        entries.push(SitemapEntry {
            permalink: config.permalink(&tag.url),
            lastmod: None,
            alternates: Vec::new(),
        });
    }
    let mut context = Context::new();
    context.insert("entries", &entries);
    tera.render("sitemap.xml", &context)
        .map(String::into_bytes)
        .map_err(|e| template_error("sitemap.xml", &e, None))
}
