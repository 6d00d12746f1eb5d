//! A page's summary: its body up to `<!-- more -->`, Zola's and Hugo's marker, for listings
//! and feeds. The marker is an HTML comment, which pulldown-cmark gives as raw HTML; it is
//! found whether the site keeps raw HTML or not.

use pulldown_cmark::{Event, Tag, TagEnd};

/// Where the marker stood, among the events; a text no page can hold (control characters
/// are replaced when a page is read), so that no other event is taken for it.
const MARK: &str = "\u{0}more";

/// Whether raw `html` is the marker: `<!-- more -->`, `<!--more-->`.
pub(super) fn is_marker(html: &str) -> bool {
    html.trim()
        .strip_prefix("<!--")
        .and_then(|rest| rest.strip_suffix("-->"))
        .is_some_and(|inner| inner.trim() == "more")
}

/// The event that stands for the marker until the summary is cut.
pub(super) fn mark() -> Event<'static> {
    Event::Html(MARK.into())
}

/// The body's text up to the marker, for telling whether a change of the body changed its
/// summary; none without one. Found in the text, so a marker in a code block counts too,
/// which only makes a comparison stricter.
pub(crate) fn before_marker(body: &str) -> Option<&str> {
    let mut from = 0;
    while let Some(at) = body[from..].find("<!--").map(|at| at + from) {
        let end = body[at..].find("-->").map(|end| at + end + 3)?;
        if is_marker(&body[at..end]) {
            return Some(&body[..at]);
        }
        from = at + 4;
    }
    None
}

/// Takes the marker out of `events` and returns what is before it, ready to be written: with
/// headings as bold paragraphs, footnote references left out (their notes are on the page),
/// and every tag the cut left open closed.
pub(super) fn cut<'a>(events: &mut Vec<Event<'a>>) -> Option<Vec<Event<'a>>> {
    let at = events
        .iter()
        .position(|e| matches!(e, Event::Html(html) if html.as_ref() == MARK))?;
    events.retain(|e| !matches!(e, Event::Html(html) if html.as_ref() == MARK));
    let mut summary = Vec::with_capacity(at + 4);
    let mut open: Vec<Tag> = Vec::new();
    let mut in_note = 0usize;
    for event in &events[..at] {
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_note += 1,
            Event::End(TagEnd::FootnoteDefinition) => in_note = in_note.saturating_sub(1),
            _ if in_note > 0 => {}
            Event::FootnoteReference(_) => {}
            // A heading would break the outline of the listing it is shown in (its items'
            // titles are headings): it becomes a paragraph in bold.
            Event::Start(Tag::Heading { .. }) => {
                for tag in [Tag::Paragraph, Tag::Strong] {
                    open.push(tag.clone());
                    summary.push(Event::Start(tag));
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                open.truncate(open.len().saturating_sub(2));
                summary.extend([Event::End(TagEnd::Strong), Event::End(TagEnd::Paragraph)]);
            }
            Event::Start(tag) => {
                open.push(tag.clone());
                summary.push(Event::Start(tag.clone()));
            }
            Event::End(end) => {
                open.pop();
                summary.push(Event::End(*end));
            }
            other => summary.push(other.clone()),
        }
    }
    // A marker on a line of its own inside a paragraph leaves the line break before it.
    while matches!(summary.last(), Some(Event::SoftBreak | Event::HardBreak)) {
        summary.pop();
    }
    summary.extend(open.into_iter().rev().map(|tag| Event::End(tag.to_end())));
    let has_words = summary.iter().any(|e| match e {
        Event::Text(t) | Event::Code(t) => !t.trim().is_empty(),
        Event::InlineHtml(_) | Event::Html(_) => true,
        _ => false,
    });
    has_words.then_some(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_is_an_html_comment_with_more() {
        assert!(is_marker("<!-- more -->"));
        assert!(is_marker("<!--more-->\n"));
        assert!(!is_marker("<!-- more than this -->"));
        assert!(!is_marker("<p>more</p>"));
        assert_eq!(
            before_marker("a\n<!-- x -->\nb<!--more-->c"),
            Some("a\n<!-- x -->\nb")
        );
        assert_eq!(before_marker("a <!-- more"), None);
    }
}
