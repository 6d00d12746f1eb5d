//! Footnotes as GitHub shows them: numbered in the order they are first referred to, gathered
//! at the end of the page in a `<section class="footnotes">`, each with a link back to every
//! place that refers to it. pulldown-cmark writes a definition where it stands and with no
//! way back, which leaves a reader of a long page stranded at the bottom.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use pulldown_cmark_escape::escape_html;

use super::Context;
use crate::load::Source;

/// The texts footnotes need in the page's language.
pub(super) struct Words<'w> {
    /// The footnotes section's accessible name.
    pub(super) section: String,
    /// The back link's accessible name, given the note's number.
    pub(super) back: Box<dyn Fn(usize) -> String + 'w>,
}

/// The footnotes' texts in the page's language, from the theme's messages.
pub(super) fn words<'a>(context: &Context<'a>, source: &Source) -> Words<'a> {
    let labels = context.labels;
    let lang = source.lang;
    let section = labels.and_then(|l| l.message(lang, "footnotes", &[]));
    let back = move |number: usize| {
        let number = number.to_string();
        let args = [("number", number.as_str())];
        (labels.and_then(|l| l.message(lang, "footnote-back", &args)))
            .unwrap_or_else(|| format!("Back to reference {number}"))
    };
    Words {
        section: section.unwrap_or_else(|| "Footnotes".into()),
        back: Box::new(back),
    }
}

/// A definition, with the events between its start and end.
struct Note<'a> {
    label: CowStr<'a>,
    events: Vec<Event<'a>>,
}

/// `events` with each footnote reference a numbered link and the definitions moved to a
/// section at the end, or unchanged when the page has no footnotes.
pub(super) fn gather<'a, 'w>(
    events: Vec<Event<'a>>,
    words: impl FnOnce() -> Words<'w>,
) -> Vec<Event<'a>> {
    let has_notes = events.iter().any(|e| {
        matches!(
            e,
            Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_))
        )
    });
    if !has_notes {
        return events;
    }
    let defined: Vec<CowStr> = (events.iter())
        .filter_map(|e| match e {
            Event::Start(Tag::FootnoteDefinition(label)) => Some(label.clone()),
            _ => None,
        })
        .collect();
    // Labels in the order first referred to, with how many references each has.
    let mut order: Vec<(CowStr, usize)> = Vec::new();
    let mut body = Vec::with_capacity(events.len());
    let mut notes: Vec<Note> = Vec::new();
    let mut open: Option<Note> = None;
    for event in events {
        let event = match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                open = Some(Note {
                    label,
                    events: Vec::new(),
                });
                continue;
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                notes.extend(open.take());
                continue;
            }
            Event::FootnoteReference(label) if defined.contains(&label) => {
                let number = match order.iter().position(|(l, _)| *l == label) {
                    Some(at) => at + 1,
                    None => {
                        order.push((label, 0));
                        order.len()
                    }
                };
                order[number - 1].1 += 1;
                let id = reference_id(number, order[number - 1].1);
                Event::InlineHtml(
                    format!(
                        "<sup class=\"footnote-reference\" id=\"{id}\"><a href=\"#fn:{number}\">{number}</a></sup>"
                    )
                    .into(),
                )
            }
            Event::FootnoteReference(label) => Event::Text(format!("[^{label}]").into()),
            other => other,
        };
        match &mut open {
            Some(note) => note.events.push(event),
            None => body.push(event),
        }
    }
    notes.extend(open.take());
    let words = words();
    let mut section = String::new();
    section.push_str("<section class=\"footnotes\" aria-label=\"");
    let _ = escape_html(&mut section, &words.section);
    section.push_str("\">\n<ol>\n");
    body.push(Event::Html(section.into()));
    // Referred-to notes in their order, then any never referred to, as written.
    let mut sorted: Vec<(usize, Note)> = Vec::with_capacity(notes.len());
    for note in notes {
        let at = order.iter().position(|(l, _)| *l == note.label);
        sorted.push((at.map_or(usize::MAX, |at| at + 1), note));
    }
    sorted.sort_by_key(|(number, _)| *number);
    for (index, (number, mut note)) in sorted.into_iter().enumerate() {
        let references = order.get(number.wrapping_sub(1)).map_or(0, |(_, n)| *n);
        body.push(Event::Html(
            format!("<li id=\"fn:{}\">\n", index + 1).into(),
        ));
        let mut links = String::new();
        for reference in 1..=references {
            links.push_str(&format!(
                " <a href=\"#{}\" class=\"footnote-backref\" aria-label=\"",
                reference_id(number, reference)
            ));
            let _ = escape_html(&mut links, &(words.back)(number));
            links.push_str("\">↩");
            if references > 1 {
                links.push_str(&format!("<sup>{reference}</sup>"));
            }
            links.push_str("</a>");
        }
        // Inside the last paragraph, as GitHub puts them, so they do not stand on a line alone.
        let last_paragraph = matches!(note.events.last(), Some(Event::End(TagEnd::Paragraph)));
        let at = note.events.len() - usize::from(last_paragraph);
        if !links.is_empty() {
            note.events.insert(at, Event::InlineHtml(links.into()));
        }
        body.extend(note.events);
        body.push(Event::Html("</li>\n".into()));
    }
    body.push(Event::Html("</ol>\n</section>\n".into()));
    body
}

/// The id of the `reference`th reference to note `number`: `fnref:1`, then `fnref:1:2`, as
/// kramdown writes them. A heading's id is a slug, which never has a `:`, so they cannot meet.
fn reference_id(number: usize, reference: usize) -> String {
    match reference {
        1 => format!("fnref:{number}"),
        _ => format!("fnref:{number}:{reference}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn html(markdown: &str) -> String {
        let events = Parser::new_ext(markdown, super::super::options()).collect();
        let words = || Words {
            section: "Footnotes".into(),
            back: Box::new(|n| format!("Back to reference {n}")),
        };
        let mut out = String::new();
        pulldown_cmark::html::push_html(&mut out, gather(events, words).into_iter());
        out
    }

    #[test]
    fn notes_are_numbered_as_referred_to_and_link_back() {
        let out = html("A[^b] B[^a] C[^b]\n\n[^a]: First defined.\n\n[^b]: Second.\n\nAfter.\n");
        assert!(
            out.contains(
                r##"<sup class="footnote-reference" id="fnref:1"><a href="#fn:1">1</a></sup>"##
            ),
            "{out}"
        );
        assert!(
            out.contains(r##"id="fnref:1:2"><a href="#fn:1">1</a>"##),
            "{out}"
        );
        assert!(
            out.contains(r##"id="fnref:2"><a href="#fn:2">2</a>"##),
            "{out}"
        );
        let notes = out.split("<section").nth(1).unwrap();
        assert!(
            out.find("After.").unwrap() < out.find("<section").unwrap(),
            "{out}"
        );
        assert!(
            notes.starts_with(" class=\"footnotes\" aria-label=\"Footnotes\">"),
            "{out}"
        );
        let first = notes.find("Second.").unwrap();
        assert!(first < notes.find("First defined.").unwrap(), "{out}");
        assert!(notes.contains(r##"Second. <a href="#fnref:1" class="footnote-backref" aria-label="Back to reference 1">↩<sup>1</sup></a> <a href="#fnref:1:2""##), "{out}");
    }

    #[test]
    fn a_page_without_notes_is_unchanged_and_a_missing_note_is_text() {
        assert_eq!(html("Plain.\n"), "<p>Plain.</p>\n");
        assert!(!html("A[^x]\n").contains("footnote"));
    }
}
