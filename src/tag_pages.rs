//! Tag pages: per language, a page listing all tags, a page per tag, and a feed per tag.

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use crate::error::Diagnostic;
use crate::feeds::{FeedSpec, render_feed};
use crate::model::Site;
use crate::render::{
    GeneratedPage, Output, PageRef, Shared, generated_context, page_ref, render_generated, switcher,
};
use crate::taxonomy::Tag;

#[derive(Serialize)]
struct TagView<'a> {
    name: &'a str,
    url: &'a str,
    count: usize,
}

/// Tag pages and tag feeds, in parallel: of every language, those that `wanted(lang, tag)`
/// accepts (`tag` is an index into the language's tags, `None` for the page of all tags).
pub(crate) fn render_all<'a>(
    site: &'a Site,
    shared: &'a Shared,
    tera: &'a Tera,
    now: jiff::Timestamp,
    wanted: impl Fn(usize, Option<usize>) -> bool + 'a,
) -> impl ParallelIterator<Item = Result<Output, Diagnostic>> + 'a {
    let jobs: Vec<(usize, Option<&Tag>)> = site
        .taxonomies
        .iter()
        .enumerate()
        .filter(|(_, taxonomy)| !taxonomy.tags.is_empty())
        .flat_map(|(lang, taxonomy)| {
            let tags = taxonomy.tags.iter().enumerate();
            std::iter::once((lang, None, None))
                .chain(tags.map(move |(i, t)| (lang, Some(i), Some(t))))
        })
        .filter(|&(lang, index, _)| wanted(lang, index))
        .map(|(lang, _, tag)| (lang, tag))
        .collect();
    jobs.into_par_iter()
        .flat_map_iter(move |(lang, tag)| match tag {
            None => vec![render_index(site, shared, tera, lang)],
            Some(tag) => vec![
                render_tag(site, shared, tera, lang, tag),
                render_feed(
                    site,
                    tera,
                    &FeedSpec {
                        lang,
                        title: &tag.name,
                        url: format!("{}atom.xml", tag.url),
                        alternate: &tag.url,
                        pages: &tag.pages,
                        origin: std::path::Path::new("content"),
                    },
                    now,
                ),
            ],
        })
}

/// For each language: its page of all tags if it has tags, else its home page.
fn tag_index_or_home(site: &Site, lang: usize) -> (&str, &str, bool) {
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
    lang: usize,
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
    render_generated(site, tera, "tags.html", &taxonomy.url, &context)
}

fn render_tag(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    lang: usize,
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
    };
    context.insert("breadcrumbs", &[page_ref(site, site.home(lang)), index]);
    let pages: Vec<PageRef> = tag.pages.iter().map(|&p| page_ref(site, p)).collect();
    context.insert("pages", &pages);
    context.insert("tag_feed", &format!("{}atom.xml", tag.url));
    render_generated(site, tera, "tag.html", &tag.url, &context)
}
