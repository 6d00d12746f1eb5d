//! Renders the linked site into output files: pure, site in and a list of files out. Pages
//! render in parallel; what every page of a language shares is serialised once.

use serde::Serialize;
use std::sync::{Arc, PoisonError, RwLock};

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use crate::config::LangId;
use crate::error::Diagnostic;
use crate::messages::text;

mod head;
pub(crate) use head::{Alternate, alternates, cut, head_title, page_alternates, x_default};
pub(crate) mod paths;
mod selection;
use crate::ids::IdVec;
use crate::model::{PageId, Site};
pub(crate) use selection::{Emit, Inputs, render_changed, render_with};

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
    /// The language's search page, for the search box.
    search_url: Option<&'a str>,
}

/// A link to another page: listings, breadcrumbs, navigation.
#[derive(Serialize)]
pub(crate) struct PageRef<'a> {
    pub(crate) title: &'a str,
    pub(crate) url: &'a str,
    pub(crate) description: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
    /// The page's picture (`image:`), for listings.
    pub(crate) image: Option<crate::media::ImageView>,
    /// The body up to `<!-- more -->` as HTML, in listings; none elsewhere.
    pub(crate) summary: Option<&'a str>,
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
    current: LangId,
    target: impl Fn(LangId) -> (&'a str, &'a str, bool),
) -> Vec<SwitchView<'a>> {
    let config = &site.config;
    config
        .languages
        .with_ids()
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
    languages: IdVec<LangId, Value>,
    /// The main menu of each language.
    nav: IdVec<LangId, Value>,
    footer_nav: IdVec<LangId, Value>,
    /// Every feed of each language, for `<link rel="alternate">` in every page's head.
    feeds: IdVec<LangId, Value>,
    i18n: Arc<crate::i18n::I18n>,
}

impl Shared {
    /// The UI message `key` in language `lang`, with `args`: for texts kielo writes itself,
    /// such as the descriptions of pages that have none.
    pub(crate) fn message(&self, lang: LangId, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        self.i18n
            .message(lang, key, Some(&fluent))
            .unwrap_or_default()
    }
}

fn shared(site: &Site, i18n: Arc<crate::i18n::I18n>) -> Shared {
    let feeds: Vec<_> = crate::outputs::all_feeds(site).collect();
    let config = &site.config;
    let languages: Vec<LanguageView> = config
        .languages
        .with_ids()
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
                search_url: site.search_pages.get(lang).map(|p| p.url.as_str()),
            }
        })
        .collect();
    let nav = (config.languages.ids())
        .map(|lang| Value::from_serializable(&crate::menus::main(site, lang)))
        .collect();
    let footer_nav = (config.languages.ids())
        .map(|lang| Value::from_serializable(&crate::menus::footer(site, lang)))
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
        footer_nav,
        feeds: config
            .languages
            .ids()
            .map(|lang| {
                let feeds: Vec<FeedLink> = feeds
                    .iter()
                    .filter(|&&(_, l)| l == lang)
                    .flat_map(|&(section, _)| {
                        let index = site.sections[section].index[lang];
                        let title = index.map_or("", |i| site.pages[i].source.title.as_str());
                        let urls = crate::outputs::feed_urls(site, section, lang);
                        urls.into_iter().map(move |(url, format)| FeedLink {
                            title,
                            url,
                            media_type: format.media_type,
                        })
                    })
                    .collect();
                Value::from_serializable(&feeds)
            })
            .collect(),
        i18n,
    }
}

#[derive(Serialize)]
struct FeedLink<'a> {
    title: &'a str,
    url: String,
    /// The feed format's media type, for `<link rel="alternate" type="…">`.
    #[serde(rename = "type")]
    media_type: &'static str,
}

pub(crate) fn page_ref(site: &Site, id: PageId) -> PageRef<'_> {
    let page = &site.pages[id];
    PageRef {
        title: &page.source.title,
        url: &page.url,
        description: page.source.front.description.as_deref(),
        date: page.source.date.as_ref().map(|d| d.iso.as_str()),
        image: site.media.page_view(&site.config, id),
        summary: None,
    }
}

/// [`page_ref`] as a listing shows it, with its summary.
pub(crate) fn listed<'a>(
    site: &'a Site,
    contents: &'a IdVec<PageId, crate::markdown::Rendered>,
    id: PageId,
) -> PageRef<'a> {
    PageRef {
        summary: contents[id].summary.as_deref(),
        ..page_ref(site, id)
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

/// Each page's summary (its text before `<!-- more -->`), as listings show it.
pub(crate) type Summaries = IdVec<PageId, Option<String>>;

/// The summaries of rendered pages.
pub(crate) fn summaries(contents: &IdVec<PageId, crate::markdown::Rendered>) -> Arc<Summaries> {
    Arc::new(contents.iter().map(|c| c.summary.clone()).collect())
}

/// The site that template functions read: the one being rendered, with its pages'
/// summaries. `serve` renders a site with some pages' sources replaced and swaps it in, so
/// that templates are compiled once per change to a template, not once per edit of a page.
#[derive(Clone)]
pub(crate) struct CurrentSite(Arc<RwLock<(Arc<Site>, Arc<Summaries>)>>);

impl CurrentSite {
    pub(crate) fn new(site: Arc<Site>, summaries: Arc<Summaries>) -> CurrentSite {
        CurrentSite(Arc::new(RwLock::new((site, summaries))))
    }

    pub(crate) fn get(&self) -> (Arc<Site>, Arc<Summaries>) {
        // A poisoned lock still holds a whole site: only pointers are ever written.
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn set(&self, site: Arc<Site>, summaries: Arc<Summaries>) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = (site, summaries);
    }
}

/// Template functions that read the linked site: `section(path="press-releases", limit=3)`
/// gives a section's pages in the calling page's language, or none if there is no such folder.
pub(crate) fn add_site_functions(tera: &mut Tera, current: CurrentSite) {
    tera.register_function(
        "section",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
            let (site, summaries) = current.get();
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
                    .map(|&p| PageRef {
                        summary: summaries[p].as_deref(),
                        ..page_ref(&site, p)
                    })
                    .collect(),
                total: all.len(),
            }))
        },
    );
}

/// The base context of a page in `lang`.
pub(crate) fn base_context(shared: &Shared, site: &Site, lang: LangId) -> Context {
    let mut context = Context::new();
    context.insert("lang", &site.config.languages[lang].code);
    context.insert_value("language", shared.languages[lang].clone());
    context.insert_value("site", shared.site.clone());
    context.insert_value("nav", shared.nav[lang].clone());
    context.insert_value("footer_nav", shared.footer_nav[lang].clone());
    context.insert_value("feeds", shared.feeds[lang].clone());
    context
}

/// What a page kielo makes itself (tag lists, search) looks like as `page` to `base.html`.
#[derive(Serialize)]
struct GeneratedView<'a> {
    title: &'a str,
    kind: &'static str,
    url: &'a str,
    permalink: String,
    /// No description of its own: the page is made by kielo.
    description: Option<&'a str>,
    meta_description: String,
    head_title: String,
}

/// A page kielo makes itself.
pub(crate) struct GeneratedPage<'a> {
    pub(crate) lang: LangId,
    pub(crate) title: &'a str,
    pub(crate) kind: &'static str,
    pub(crate) url: &'a str,
    /// A sentence in the page's language for its `<meta name="description">`.
    pub(crate) description: String,
    /// The page's versions in each language, `(language, URL)`, for its hreflang set.
    pub(crate) versions: Vec<(LangId, String)>,
}

/// The context of a page kielo makes itself, with the `page` that `base.html` expects.
pub(crate) fn generated_context(site: &Site, shared: &Shared, page: GeneratedPage) -> Context {
    let mut context = base_context(shared, site, page.lang);
    let alternates = head::alternates(site, &page.versions);
    context.insert("x_default", &head::x_default(&alternates));
    context.insert("alternates", &alternates);
    context.insert(
        "page",
        &GeneratedView {
            title: page.title,
            kind: page.kind,
            url: page.url,
            permalink: site.config.permalink(page.url),
            description: None,
            meta_description: page.description,
            head_title: head::head_title(site, page.lang, page.title, false),
        },
    );
    context
}

/// Renders a page kielo makes itself with `template`, to the file of `url`.
pub(crate) fn render_generated(
    site: &Site,
    tera: &Tera,
    template: &str,
    url: &str,
    context: &Context,
) -> Result<Output, Diagnostic> {
    let html = tera
        .render(template, context)
        .map_err(|e| template_error(template, &e, None))?;
    Ok(Output {
        path: crate::link::output_of(&site.config, url),
        bytes: html.into_bytes(),
    })
}

/// A template that failed while rendering: the template file and line from Tera's message,
/// and the page it was making.
pub(crate) fn template_error(
    template: &str,
    err: &tera::Error,
    page: Option<&std::path::Path>,
) -> Diagnostic {
    let problem = crate::templates::tera_problem(err);
    let message = match page {
        Some(page) => text!(
            "template-render-making",
            template = template,
            page = page,
            detail = problem.text
        ),
        None => text!(
            "template-render",
            template = template,
            detail = problem.text
        ),
    };
    Diagnostic::error(
        crate::error::Code::TemplateRender,
        format!("templates/{}", problem.name.unwrap_or(template)),
        problem.line,
        message,
    )
    .with_column(problem.column)
    .with_hint(text!("template-render-hint"))
}
