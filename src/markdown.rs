//! Markdown to HTML with pulldown-cmark: heading ids for anchors and `@/` links resolved to
//! the linking page's language.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Diagnostic, line_of};
use crate::model::{PageId, Site};

/// A heading of the page body, for anchors and tables of contents.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Heading {
    pub(crate) level: u8,
    pub(crate) id: String,
    pub(crate) title: String,
}

/// A page body rendered to HTML.
#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) headings: Vec<Heading>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders the body of `page`.
pub(crate) fn render(site: &Site, page: PageId) -> Rendered {
    let source = &site.pages[page].source;
    let body = source.body.as_str();
    let line = |offset: usize| Some(line_of(body, offset) + source.body_line - 1);
    let mut diagnostics = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with("@/") => {
                let url = match crate::link::resolve(site, source.lang, &dest_url[2..]) {
                    Ok((url, warning)) => {
                        if let Some(warning) = warning {
                            diagnostics.push(Diagnostic::warning(
                                &source.path,
                                line(range.start),
                                warning,
                            ));
                        }
                        url
                    }
                    Err(message) => {
                        diagnostics.push(
                            Diagnostic::error(&source.path, line(range.start), message).with_hint(
                                "write the path relative to content/, e.g. `@/press-releases/my-release.md`",
                            ),
                        );
                        String::new()
                    }
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(url),
                    title,
                    id,
                })
            }
            other => other,
        };
        events.push(event);
    }
    let headings = add_heading_ids(&mut events);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered {
        html,
        headings,
        diagnostics,
    }
}

/// Gives every heading an id (its text as a slug, made unique) unless it has one from `{#id}`.
fn add_heading_ids(events: &mut [Event]) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut index = 0;
    while index < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[index] {
            let level = heading_level(*level);
            let given = id.as_ref().map(|id| id.to_string());
            let mut title = String::new();
            let mut end = index + 1;
            while end < events.len() && !matches!(events[end], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(text) | Event::Code(text) = &events[end] {
                    title.push_str(text);
                }
                end += 1;
            }
            let id = given.unwrap_or_else(|| {
                let base = match slug::slugify(&title) {
                    s if s.is_empty() => "section".to_string(),
                    s => s,
                };
                let mut candidate = base.clone();
                let mut n = 1;
                while used.contains(&candidate) {
                    candidate = format!("{base}-{n}");
                    n += 1;
                }
                candidate
            });
            used.insert(id.clone());
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[index] {
                *slot = Some(CowStr::from(id.clone()));
            }
            headings.push(Heading { level, id, title });
            index = end;
        }
        index += 1;
    }
    headings
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> (String, Vec<Heading>) {
        let mut events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
        let headings = add_heading_ids(&mut events);
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, events.into_iter());
        (out, headings)
    }

    #[test]
    fn headings_get_unique_ascii_ids() {
        let (out, headings) =
            html("## Työnantajan vastuu\n\n## Työnantajan vastuu\n\n## Oma {#own}\n");
        assert!(out.contains(r#"<h2 id="tyonantajan-vastuu">"#), "{out}");
        assert!(out.contains(r#"<h2 id="tyonantajan-vastuu-1">"#), "{out}");
        assert!(out.contains(r#"<h2 id="own">"#), "{out}");
        assert_eq!(headings.len(), 3);
        assert_eq!(headings[0].title, "Työnantajan vastuu");
    }

    #[test]
    fn extensions_are_on() {
        let (out, _) =
            html("| a |\n|---|\n| b |\n\n~~x~~\n\n- [x] done\n\nText[^1]\n\n[^1]: Note\n");
        assert!(out.contains("<table>"));
        assert!(out.contains("<del>x</del>"));
        assert!(out.contains("checkbox"));
        assert!(out.contains("footnote"));
    }
}
