//! Tag pages: per language, a page listing all tags, a page per tag, and a feed per tag in
//! each feed format.

use serde::Serialize;
use tera::Tera;

use super::feeds::{FORMATS, FeedSpec, render_feed};
use super::{Affected, Change, Kind};
use crate::config::LangId;
use crate::error::Diagnostic;
use crate::model::Site;
use crate::render::{
    GeneratedPage, Inputs, Output, PageRef, Shared, generated_context, listed, page_ref,
    render_generated, switcher,
};
use crate::taxonomy::Tag;

/// The template of a language's page of all tags.
const LIST_TEMPLATE: &str = "tags.html";
/// The template of one tag's page.
const TAG_TEMPLATE: &str = "tag.html";

pub(super) struct Tags;

impl Kind for Tags {
    /// A language, and an index into its tags (`None` for its page of all tags).
    type Job = (LangId, Option<usize>);

    fn jobs(&self, inputs: &Inputs) -> Vec<Self::Job> {
        let taxonomies = inputs.site.taxonomies.with_ids();
        taxonomies
            .filter(|(_, taxonomy)| !taxonomy.tags.is_empty())
            .flat_map(|(lang, taxonomy)| {
                std::iter::once((lang, None))
                    .chain((0..taxonomy.tags.len()).map(move |i| (lang, Some(i))))
            })
            .collect()
    }

    fn affected(&self, change: &Change) -> Affected<Self::Job> {
        let site = change.new;
        Affected::of(change.shown().flat_map(|id| {
            let lang = site.pages[id].lang();
            let tags = site.taxonomies[lang].tags_of(&site.pages, id);
            tags.map(move |tag| (lang, Some(tag)))
        }))
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, job: Self::Job) -> super::Rendered {
        let (site, tera) = (inputs.site, inputs.tera);
        let (lang, tag) = job;
        let Some(tag) = tag.map(|t| &site.taxonomies[lang].tags[t]) else {
            return vec![render_index(site, shared, tera, lang)];
        };
        let page = render_tag(site, inputs.contents, shared, tera, lang, tag);
        let feeds = FORMATS.iter().map(|format| {
            let spec = FeedSpec {
                lang,
                title: &tag.name,
                url: format!("{}{}", tag.url, format.file),
                alternate: &tag.url,
                pages: &tag.pages,
                contents: inputs.contents,
                origin: std::path::Path::new("content"),
            };
            render_feed(site, tera, &spec, format, inputs.now)
        });
        std::iter::once(page).chain(feeds).collect()
    }
}

#[derive(Serialize)]
struct TagView<'a> {
    name: &'a str,
    url: &'a str,
    count: usize,
}

/// For each language: its page of all tags if it has tags, else its home page.
fn tag_index_or_home(site: &Site, lang: LangId) -> (&str, &str, bool) {
    let taxonomy = &site.taxonomies[lang];
    if taxonomy.tags.is_empty() {
        let home = &site.pages[site.home(lang)];
        (&home.url, &home.source.title, false)
    } else {
        (&taxonomy.url, &taxonomy.title, true)
    }
}

fn render_index(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: LangId,
) -> Result<Output, Diagnostic> {
    let taxonomy = &site.taxonomies[lang];
    let page = GeneratedPage {
        lang,
        title: &taxonomy.title,
        kind: "taxonomy",
        url: &taxonomy.url,
        description: shared.message(lang, "description-tags", &[]),
        versions: site.tag_lists(),
    };
    let mut context = generated_context(site, shared, page);
    context.insert(
        "translations",
        &switcher(site, lang, |l| tag_index_or_home(site, l)),
    );
    context.insert("breadcrumbs", &[page_ref(site, site.home(lang))]);
    let tags: Vec<TagView> = taxonomy
        .tags
        .iter()
        .map(|t| TagView {
            name: &t.name,
            url: &t.url,
            count: t.pages.len(),
        })
        .collect();
    context.insert("tags", &tags);
    render_generated(site, tera, LIST_TEMPLATE, &taxonomy.url, &context)
}

fn render_tag(
    site: &Site,
    contents: &crate::ids::IdVec<crate::model::PageId, crate::markdown::Rendered>,
    shared: &Shared,
    tera: &Tera,
    lang: LangId,
    tag: &Tag,
) -> Result<Output, Diagnostic> {
    let taxonomy = &site.taxonomies[lang];
    // A tag is a word of one language: its page has no versions in others.
    let page = GeneratedPage {
        lang,
        title: &tag.name,
        kind: "tag",
        url: &tag.url,
        description: shared.message(lang, "description-tag", &[("tag", &tag.name)]),
        versions: vec![(lang, tag.url.clone())],
    };
    let mut context = generated_context(site, shared, page);
    // Tags are words of one language, so other languages lead to their own tag lists.
    let switch = switcher(site, lang, |l| {
        if l == lang {
            (&tag.url, &tag.name, true)
        } else {
            let (url, title, _) = tag_index_or_home(site, l);
            (url, title, false)
        }
    });
    context.insert("translations", &switch);
    let index = PageRef {
        title: &taxonomy.title,
        url: &taxonomy.url,
        description: None,
        date: None,
        image: None,
        summary: None,
    };
    context.insert("breadcrumbs", &[page_ref(site, site.home(lang)), index]);
    let pages: Vec<PageRef> = tag
        .pages
        .iter()
        .map(|&p| listed(site, contents, p))
        .collect();
    context.insert("pages", &pages);
    context.insert("tag_feed", &format!("{}{}", tag.url, FORMATS[0].file));
    render_generated(site, tera, TAG_TEMPLATE, &tag.url, &context)
}
