//! The 404 page of each language, and the root page that leads to the default language.

use tera::Tera;

use super::Kind;
use crate::config::LangId;
use crate::error::Diagnostic;
use crate::model::Site;
use crate::render::{
    GeneratedPage, Inputs, Output, Shared, base_context, generated_context, page_ref, switcher,
    template_error,
};

const NOT_FOUND_TEMPLATE: &str = "404.html";
const ROOT_TEMPLATE: &str = "root.html";
/// The server-wide 404 page, at the root of the output folder: the default language's.
const NOT_FOUND_FILE: &str = "404.html";
const ROOT_FILE: &str = "index.html";

pub(super) struct NotFound;

impl Kind for NotFound {
    /// A language.
    type Job = LangId;

    fn jobs(&self, inputs: &Inputs) -> Vec<LangId> {
        inputs.site.config.languages.ids().collect()
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, lang: LangId) -> super::Rendered {
        let site = inputs.site;
        let page = render_404(site, shared, inputs.tera, lang);
        // The default language's page is also the server-wide one, unless it is already
        // there (with `default_language_at_root`).
        let copy = match (&page, lang == site.config.default) {
            (Ok(page), true) if page.path != NOT_FOUND_FILE => Some(Ok(Output {
                path: NOT_FOUND_FILE.into(),
                bytes: page.bytes.clone(),
            })),
            _ => None,
        };
        std::iter::once(page).chain(copy).collect()
    }

    fn fixed_paths(&self) -> &'static [&'static str] {
        &[NOT_FOUND_FILE]
    }
}

/// The root page: `/index.html` leads to the default language's home page, unless that home
/// page is at the root itself (`default_language_at_root`).
pub(super) struct Root;

impl Kind for Root {
    type Job = ();

    fn jobs(&self, inputs: &Inputs) -> Vec<()> {
        match inputs.site.config.default_at_root() {
            true => Vec::new(),
            false => vec![()],
        }
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, (): ()) -> super::Rendered {
        let root = render_root(inputs.site, shared, inputs.tera).map(|bytes| Output {
            path: ROOT_FILE.into(),
            bytes,
        });
        vec![root]
    }

    fn fixed_paths(&self) -> &'static [&'static str] {
        &[ROOT_FILE]
    }
}

fn render_404(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: LangId,
) -> Result<Output, Diagnostic> {
    // A page of the site like the others (header, navigation, search, footer), so that a
    // reader who followed a broken link can go on from it.
    let home = &site.pages[site.home(lang)];
    let url = format!("{}404.html", home.url);
    let title = shared.message(lang, "not-found-title", &[]);
    let page = GeneratedPage {
        lang,
        title: &title,
        kind: "404",
        url: &url,
        description: shared.message(lang, "not-found-text", &[]),
        versions: Vec::new(),
    };
    let mut context = generated_context(site, shared, page);
    // Another language's version of a missing page cannot be known: its home page.
    let homes = switcher(site, lang, |l| {
        let other = &site.pages[site.home(l)];
        (other.url.as_str(), other.source.title.as_str(), true)
    });
    context.insert("translations", &homes);
    context.insert("home", &page_ref(site, site.home(lang)));
    let html = tera
        .render(NOT_FOUND_TEMPLATE, &context)
        .map_err(|e| template_error(NOT_FOUND_TEMPLATE, &e, None))?;
    Ok(Output {
        path: format!(
            "{}404.html",
            crate::link::output_path(&site.config, &home.url)
        ),
        bytes: html.into_bytes(),
    })
}

/// `/index.html`: leads to the default language's home page.
fn render_root(site: &Site, shared: &Shared, tera: &Tera) -> Result<Vec<u8>, Diagnostic> {
    let mut context = base_context(shared, site, site.config.default);
    let home = &site.pages[site.home(site.config.default)];
    context.insert("target", &home.url);
    tera.render(ROOT_TEMPLATE, &context)
        .map(String::into_bytes)
        .map_err(|e| template_error(ROOT_TEMPLATE, &e, None))
}
