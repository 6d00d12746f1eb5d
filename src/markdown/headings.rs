//! Headings: their ids (the anchors links point to), the checks of links to anchors, and the
//! heading lints of `kielo check`.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::{Heading, Rendered};
use crate::error::{Code, Diagnostic};
use crate::ids::IdVec;
use crate::load::Source;
use crate::messages::{Text, text};
use crate::model::{Page, PageId};

/// Skipped heading levels and a second main heading, which confuse screen-reader users who
/// move through a page by its headings. The page title is the page's `h1`.
pub(super) fn heading_lints(
    source: &Source,
    headings: &[Heading],
    lines: &[Option<usize>],
) -> Vec<Diagnostic> {
    let mut lints = Vec::new();
    let mut previous = 1;
    for (heading, &at) in headings.iter().zip(lines) {
        if heading.level == 1 {
            lints.push(
                Diagnostic::warning(
                    Code::A11ySecondH1,
                    source.path(),
                    at,
                    text!("md-a11y-second-h1", title = &heading.title),
                )
                .with_hint(text!("md-a11y-second-h1-hint")),
            );
        } else if heading.level > previous + 1 {
            lints.push(
                Diagnostic::warning(
                    Code::A11yHeadingLevel,
                    source.path(),
                    at,
                    text!(
                        "a11y-heading-level",
                        title = &heading.title,
                        previous = previous,
                        level = heading.level
                    ),
                )
                .with_hint(text!(
                    "a11y-heading-level-hint",
                    marks = "#".repeat(usize::from(previous) + 1)
                )),
            );
        }
        previous = heading.level;
    }
    lints
}

/// Checks every `#anchor` link against the headings (and raw HTML ids) of the page it
/// points to; run once every page is rendered.
pub(crate) fn check_anchors(
    pages: &IdVec<PageId, Page>,
    contents: &IdVec<PageId, Rendered>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (page, content) in contents.with_ids() {
        for link in &content.anchor_links {
            let Some(target) = contents.get(link.target) else {
                continue;
            };
            if target.has_anchor(&link.anchor) {
                continue;
            }
            let message = text!(
                "md-link-missing-anchor",
                anchor = &link.anchor,
                page = pages[link.target].source.path()
            );
            let known: Vec<&str> = target.headings.iter().map(|h| h.id.as_str()).collect();
            // Comparing every broken anchor with every heading is quadratic: a page of
            // thousands gets suggestions of the slug of what was written only.
            let suggestion = match known.len() <= 500 {
                true => crate::error::closest(&link.anchor, &known),
                false => {
                    let slug = slug::slugify(&link.anchor);
                    known.iter().find(|k| **k == slug).copied()
                }
            };
            let hint = match suggestion {
                Some(best) => text!("hint-did-you-mean", word = format!("#{best}")),
                None if known.is_empty() => text!("md-link-missing-anchor-no-headings"),
                None => anchor_list(&known),
            };
            let path = pages[page].source.path();
            let diagnostic = if link.cross_page {
                Diagnostic::error(Code::LinkMissingAnchor, path, link.line, message)
            } else {
                Diagnostic::warning(Code::LinkMissingAnchor, path, link.line, message)
            };
            problems.push(diagnostic.with_hint(hint));
        }
    }
    problems
}

/// The anchors a page has, the first few of them when there are many.
fn anchor_list(known: &[&str]) -> Text {
    const SHOWN: usize = 10;
    let first = known[..known.len().min(SHOWN)].join(", #");
    let more = known.len().saturating_sub(SHOWN);
    text!(
        "md-link-missing-anchor-list",
        anchors = format!("#{first}"),
        more = more
    )
}

/// Gives every heading an id (its text as a slug, made unique) unless it has one from `{#id}`.
pub(super) fn add_heading_ids(events: &mut [Event]) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    // The next number to try for each slug, so that many equal headings take linear time.
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
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
                if !used.contains(&base) {
                    return base;
                }
                let n = next.entry(base.clone()).or_insert(1);
                let mut candidate = format!("{base}-{n}");
                while used.contains(&candidate) {
                    *n += 1;
                    candidate = format!("{base}-{n}");
                }
                *n += 1;
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
    use super::super::tests::html;

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
    fn equal_headings_are_numbered_past_ids_already_taken() {
        let (out, _) = html("## A {#a-1}\n\n## A\n\n## A\n\n## A\n");
        for id in ["a-1", "a", "a-2", "a-3"] {
            assert!(out.contains(&format!(r#"<h2 id="{id}">"#)), "{id}: {out}");
        }
    }
}
