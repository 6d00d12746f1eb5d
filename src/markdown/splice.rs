//! Puts the components' HTML where their markers are in a rendered page, and refuses the
//! places HTML cannot go: inside a tag (a picture's alt text, a title), a box inside a
//! paragraph or heading, a body that the component would drop.

use pulldown_cmark::{CowStr, Event};

use super::components::{self, Made};
use super::shortcodes::{Call, MARK};
use super::{Context, Rendered};
use crate::components::Components;
use crate::error::{Code, Diagnostic};
use crate::load::Source;
use crate::messages::text;
use crate::model::PageId;

/// Why a call's HTML could not go where its call is.
#[derive(Debug, PartialEq)]
pub(super) enum Misplaced {
    /// A box (`<div>`, `<figure>`) in a paragraph or heading.
    InText,
    /// Inside a tag: an alt text, a title, an attribute of raw HTML.
    InTag,
    /// The component shows no body, and the body had text.
    BodyDropped,
    /// Its markers went where Markdown keeps no HTML (an alt text, a link's address).
    Lost,
}

/// The page's HTML with its calls' HTML, and the calls that could not be placed.
pub(super) struct Spliced {
    pub(super) html: String,
    pub(super) misplaced: Vec<(usize, Misplaced)>,
}

/// Renders the page's calls and puts their HTML in place of their markers.
#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    components: &Components,
    context: &Context,
    source: &Source,
    page: PageId,
    calls: &[Call],
    out: &mut Rendered,
    line: impl Fn(usize) -> Option<usize>,
) {
    let lang = components.code(source.lang);
    let made: Vec<Made> = (calls.iter())
        .map(|call| {
            let at = components::At {
                source,
                page,
                line: line(call.at),
            };
            components::make(components, context, call, &at, lang, out)
        })
        .collect();
    let spliced = splice(&out.html, &made);
    out.html = spliced.html;
    if let Some(summary) = &out.summary {
        out.summary = Some(splice(summary, &made).html);
    }
    for (n, why) in spliced.misplaced {
        let name = &calls[n].name;
        let (message, hint) = match why {
            Misplaced::InText => (
                text!("component-syntax-box-in-text", name = name),
                text!("component-syntax-box-in-text-hint"),
            ),
            Misplaced::InTag | Misplaced::Lost => (
                text!("component-syntax-in-tag", name = name),
                text!("component-syntax-in-tag-hint"),
            ),
            Misplaced::BodyDropped => (
                text!("component-syntax-body-dropped", name = name),
                text!("component-syntax-body-dropped-hint"),
            ),
        };
        let at = line(calls[n].at);
        out.diagnostics.push(
            Diagnostic::error(Code::ComponentSyntax, source.path(), at, message).with_hint(hint),
        );
    }
}

/// `html` with each call's marker replaced by its HTML. A marker alone in a paragraph takes
/// the paragraph's place; a block whose component does not show its body loses the body; a
/// summary cut inside a block still ends it.
pub(super) fn splice(html: &str, made: &[Made]) -> Spliced {
    let mut out = String::with_capacity(html.len() + made.len() * 256);
    let mut misplaced = Vec::new();
    let mut seen = vec![false; made.len()];
    let mut context = Flow::default();
    let mut rest = html;
    // Set while leaving out a body, until this call's end marker.
    let mut skipping: Option<(usize, bool)> = None;
    let mut open = Vec::new();
    while let Some(start) = rest.find(MARK) {
        let Some((kind, n, len)) = read_marker(&rest[start..]).filter(|m| m.1 < made.len()) else {
            let step = start + MARK.len_utf8();
            if skipping.is_none() {
                out.push_str(&rest[..step]);
            }
            rest = &rest[step..];
            continue;
        };
        seen[n] = true;
        let (mut before, mut after) = (&rest[..start], &rest[start + len..]);
        // `<p>marker</p>`: the component's HTML replaces the paragraph.
        let alone = before.ends_with("<p>") && after.starts_with("</p>");
        if alone {
            before = &before[..before.len() - 3];
            after = after[4..].strip_prefix('\n').unwrap_or(&after[4..]);
        }
        match &mut skipping {
            None => out.push_str(before),
            Some((_, text)) => *text |= has_text(before),
        }
        context.read(before);
        rest = after;
        if skipping.is_none() && context.in_tag {
            misplaced.push((n, Misplaced::InTag));
            continue;
        }
        match (kind, &made[n]) {
            ('e', _) if skipping.is_some_and(|(s, _)| s == n) => {
                if let Some((_, true)) = skipping.take() {
                    misplaced.push((n, Misplaced::BodyDropped));
                }
            }
            _ if skipping.is_some() => {}
            ('o', Made::Block(html, None)) => {
                out.push_str(html);
                skipping = Some((n, false));
            }
            ('o', Made::Block(html, _)) => {
                out.push_str(html);
                open.push(n);
            }
            ('c', Made::Inline(html)) => {
                if !alone && context.in_text && is_block(html) {
                    misplaced.push((n, Misplaced::InText));
                }
                out.push_str(html);
            }
            ('e', Made::Block(_, Some(html))) => {
                out.push_str(html);
                open.retain(|o| *o != n);
            }
            _ => {}
        }
    }
    if skipping.is_none() {
        out.push_str(rest);
    }
    for n in open.into_iter().rev() {
        if let Made::Block(_, Some(after)) = &made[n] {
            out.push_str(after);
        }
    }
    let lost = (seen.iter().enumerate())
        .filter(|(n, seen)| !**seen && !matches!(made[*n], Made::Failed))
        .map(|(n, _)| (n, Misplaced::Lost));
    misplaced.extend(lost);
    Spliced {
        html: out,
        misplaced,
    }
}

/// Where in the HTML the text read so far ends: inside a tag, or inside a paragraph or
/// heading, where only inline HTML may go.
#[derive(Default)]
struct Flow {
    in_tag: bool,
    in_text: bool,
}

impl Flow {
    fn read(&mut self, html: &str) {
        // Markdown's HTML escapes `<` and `>` in text and attributes: each is a tag's edge.
        match (html.rfind('<'), html.rfind('>')) {
            (Some(open), close) if close.is_none_or(|c| c < open) => self.in_tag = true,
            (_, Some(_)) => self.in_tag = false,
            _ => {}
        }
        let last = |tags: &[&str]| tags.iter().filter_map(|t| html.rfind(t)).max();
        let opened = last(&["<p>", "<p ", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6"]);
        let closed = last(&["</p>", "</h1", "</h2", "</h3", "</h4", "</h5", "</h6"]);
        match (opened, closed) {
            (Some(o), c) if c.is_none_or(|c| c < o) => self.in_text = true,
            (_, Some(_)) => self.in_text = false,
            _ => {}
        }
    }
}

/// Whether HTML has text outside its tags.
fn has_text(html: &str) -> bool {
    let mut in_tag = false;
    html.chars().any(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && !c.is_whitespace() => return true,
            _ => {}
        }
        false
    })
}

/// Whether HTML starts with an element that cannot be inside a paragraph.
fn is_block(html: &str) -> bool {
    const BLOCKS: &[&str] = &[
        "address",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
        "video",
    ];
    let Some(tag) = html.trim_start().strip_prefix('<') else {
        return false;
    };
    let name: String = tag
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    BLOCKS.contains(&name.to_ascii_lowercase().as_str())
}

/// The kind, call number and length of the marker `text` starts with.
fn read_marker(text: &str) -> Option<(char, usize, usize)> {
    let inner = text.strip_prefix(MARK)?;
    let kind = inner
        .chars()
        .next()
        .filter(|c| matches!(c, 'c' | 'o' | 'e'))?;
    let digits = &inner[1..];
    let end = digits.find(MARK)?;
    let n = digits[..end].parse().ok()?;
    Some((kind, n, 1 + end + 2 * MARK.len_utf8()))
}

/// A text event with markers in it as text and HTML events, so that headings' ids, the
/// lead and search read only the words while the markers reach the HTML.
pub(super) fn split_text<'a>(text: &str, events: &mut Vec<Event<'a>>) {
    let mut rest = text;
    while let Some(start) = rest.find(MARK) {
        let len = read_marker(&rest[start..]).map_or(MARK.len_utf8(), |m| m.2);
        if start > 0 {
            events.push(Event::Text(CowStr::from(rest[..start].to_string())));
        }
        let marker = rest[start..start + len].to_string();
        events.push(Event::InlineHtml(CowStr::from(marker)));
        rest = &rest[start + len..];
    }
    if !rest.is_empty() {
        events.push(Event::Text(CowStr::from(rest.to_string())));
    }
}

#[cfg(test)]
mod tests {
    use super::super::shortcodes::marker;
    use super::*;

    #[test]
    fn markers_are_replaced_and_paragraphs_unwrapped() {
        let html = format!(
            "<p>a {} b</p>\n<p>{}</p>\n<p>body</p>\n<p>{}</p>\n",
            marker('c', 0),
            marker('o', 1),
            marker('e', 1)
        );
        let made = [
            Made::Inline("<b>x</b>".into()),
            Made::Block("<div>".into(), Some("</div>".into())),
        ];
        let spliced = splice(&html, &made);
        assert_eq!(
            spliced.html,
            "<p>a <b>x</b> b</p>\n<div><p>body</p>\n</div>"
        );
        assert!(spliced.misplaced.is_empty());
    }

    #[test]
    fn a_body_not_shown_is_left_out_and_a_cut_block_is_ended() {
        let html = format!("{}<p>gone</p>{} \u{E000}x", marker('o', 0), marker('e', 0));
        let made = [Made::Block("<hr>".into(), None)];
        let spliced = splice(&html, &made);
        assert_eq!(spliced.html, "<hr> \u{E000}x");
        assert_eq!(spliced.misplaced, [(0, Misplaced::BodyDropped)]);
        let cut = format!("{}<p>a</p>", marker('o', 0));
        let made = [Made::Block("<div>".into(), Some("</div>".into()))];
        assert_eq!(splice(&cut, &made).html, "<div><p>a</p></div>");
    }

    #[test]
    fn html_in_a_tag_in_a_heading_or_nowhere_is_refused() {
        let html = format!(
            "<img alt=\"a {}\"><h2>T {}</h2><p>ok</p>",
            marker('c', 0),
            marker('c', 1)
        );
        let made = [
            Made::Inline("<b>x</b>".into()),
            Made::Inline("<div>card</div>".into()),
            Made::Inline("<b>lost</b>".into()),
        ];
        let spliced = splice(&html, &made);
        assert_eq!(
            spliced.misplaced,
            [
                (0, Misplaced::InTag),
                (1, Misplaced::InText),
                (2, Misplaced::Lost)
            ]
        );
        assert!(!spliced.html.contains("<b>x</b>"), "{}", spliced.html);
    }

    #[test]
    fn text_with_markers_becomes_text_and_html_events() {
        let mut events = Vec::new();
        split_text(&format!("a {}b", marker('c', 3)), &mut events);
        assert_eq!(events.len(), 3);
        assert!(matches!(&events[1], Event::InlineHtml(m) if m.contains('3')));
    }
}
