//! Markdown to HTML with pulldown-cmark: heading ids for anchors, `@/` links resolved to
//! the linking page's language, footnotes gathered at the end with links back, and the
//! summary before `<!-- more -->` for listings and feeds.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Code, Diagnostic, LineIndex};
use crate::link::Links;
use crate::load::Source;
use crate::messages::{Text, text};
use crate::model::PageId;

mod code;
mod components;
mod footnotes;
mod headings;
mod links;
mod media;
mod raw_html;
mod shortcodes;
mod splice;
mod summary;
pub(crate) use headings::check_anchors;
use headings::{add_heading_ids, heading_lints};
pub(crate) use links::has_scheme;
pub(crate) use summary::before_marker;

/// A heading of the page body, for anchors and tables of contents.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Heading {
    pub(crate) level: u8,
    pub(crate) id: String,
    pub(crate) title: String,
}

/// A link to an `#anchor` that must exist in the page it points to.
#[derive(Debug)]
pub(crate) struct AnchorLink {
    pub(crate) target: PageId,
    pub(crate) anchor: String,
    pub(crate) line: Option<usize>,
    /// `@/page.md#x` (an error when missing) rather than `#x` on the same page (a warning,
    /// since the theme may provide the anchor).
    pub(crate) cross_page: bool,
}

/// A page body rendered to HTML.
#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) headings: Vec<Heading>,
    /// Problems that `build` reports.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Accessibility and style findings that only `kielo check` reports.
    pub(crate) lints: Vec<Diagnostic>,
    pub(crate) anchor_links: Vec<AnchorLink>,
    /// Plain links inside the site (`/fi/x/`, `../y/`), with their lines, for `kielo check`.
    pub(crate) local_links: Vec<(String, Option<usize>)>,
    /// `id`s given in raw HTML, which anchors may point to.
    pub(crate) html_ids: Vec<String>,
    /// The body as plain text, a line per block, for search.
    pub(crate) text: String,
    /// The first picture of the body, with its alt text, for previews of the page.
    pub(crate) first_picture: Option<(crate::media::MediaFile, Option<String>)>,
    /// The first paragraph as plain text, cut near 160 characters, for a page whose front
    /// matter gives no description (empty for one that does).
    pub(crate) lead: String,
    /// The body up to `<!-- more -->` as HTML, for listings and feeds; none without one.
    pub(crate) summary: Option<String>,
}

impl Rendered {
    /// Whether `#anchor` lands on something in this page: a heading or a raw HTML `id`.
    pub(crate) fn has_anchor(&self, anchor: &str) -> bool {
        self.headings.iter().any(|h| h.id == anchor) || self.html_ids.iter().any(|i| i == anchor)
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        // GitHub's alerts (`> [!NOTE]`), which become notices.
        | Options::ENABLE_GFM
}

/// What rendering a page's Markdown knows of the rest of the site.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    /// Where `@/` links lead.
    pub(crate) links: &'a (dyn Links + Sync),
    /// Keep raw HTML (`markdown: { raw_html: true }` in site.yaml).
    pub(crate) raw_html: bool,
    /// Make the plain text that search indexes.
    pub(crate) plain_text: bool,
    /// Labels links to documents; none leaves them as written.
    pub(crate) labels: Option<&'a crate::media::label::Labels<'a>>,
    /// The components pages call; none leaves calls as written.
    pub(crate) components: Option<&'a crate::components::Components>,
}

/// What an open link or image turned into, until its end event.
struct Open {
    /// Left out of the output: its start and end events are dropped, its text kept.
    dropped: bool,
    has_text: bool,
    line: Option<usize>,
    /// A link to a document: what its end adds.
    document: Option<links::Document>,
}

/// Renders the body of `source`, page `page`.
pub(crate) fn render(source: &Source, page: PageId, context: Context) -> Rendered {
    let lines = LineIndex::new(&source.body);
    let mut out = Rendered::default();
    let body_line = |offset: usize| Some(lines.line(offset) + source.body_line - 1);
    let cleaned = context
        .components
        .and_then(|_| shortcodes::without_marks(&source.body));
    let body = match &cleaned {
        Some((text, at)) => {
            out.diagnostics
                .push(shortcodes::mark_typed(source, body_line(*at)));
            text.as_str()
        }
        None => source.body.as_str(),
    };
    let mut prepared = context
        .components
        .and_then(|_| shortcodes::prepare(body, options()));
    let mut calls = (prepared.as_mut()).map_or_else(Vec::new, |p| std::mem::take(&mut p.calls));
    let original = |offset: usize| prepared.as_ref().map_or(offset, |p| p.original(offset));
    let line = |offset: usize| body_line(original(offset));
    for problem in prepared.iter().flat_map(|p| &p.problems) {
        let at = body_line(problem.at);
        out.diagnostics.push(
            Diagnostic::error(
                Code::ComponentSyntax,
                source.path(),
                at,
                problem.message.clone(),
            )
            .with_hint(problem.hint.clone()),
        );
    }
    let text = prepared.as_ref().map_or(body, |p| p.text.as_str());
    // A GitHub alert is a `notice` when the theme has one that takes just a `type`.
    let alerts = context.components.is_some_and(|c| c.alerts());
    let mut open_alerts = Vec::new();
    let mut in_code = false;
    let mut events: Vec<Event> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut html_warned_line = None;
    let mut has_raw_html = false;
    let mut heading_lines = Vec::new();
    let mut images = Vec::new();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        let at = line(range.start);
        if matches!(event, Event::Start(Tag::Heading { .. })) {
            heading_lines.push(at);
        }
        if let (Event::Text(t) | Event::Code(t), Some(o)) = (&event, open.last_mut())
            && !t.trim().is_empty()
        {
            o.has_text = true;
        }
        if let Some(place) = shortcodes::misplaced(&event, in_code) {
            out.diagnostics
                .push(shortcodes::misplaced_call(source, at, place));
        }
        let event = match event {
            Event::Text(text) if !in_code && text.contains(shortcodes::MARK) => {
                splice::split_text(&text, &mut events);
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let mut document = None;
                let dest = links::link_destination(
                    &context,
                    source,
                    page,
                    &dest_url,
                    at,
                    &mut out,
                    &mut document,
                );
                let hreflang = document.as_ref().and_then(|d| d.hreflang.clone());
                open.push(Open {
                    dropped: dest.is_none(),
                    has_text: false,
                    line: at,
                    document,
                });
                match (dest, hreflang) {
                    (Some(dest), Some(hreflang)) => {
                        Event::InlineHtml(media::link_start(&dest, &title, &hreflang).into())
                    }
                    (Some(dest_url), None) => Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                    (None, _) => continue,
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe =
                    !links::is_script_url(&dest_url) || dest_url.trim().starts_with("data:image/");
                if !safe {
                    out.diagnostics
                        .push(links::script_url_warning(source, at, &dest_url));
                }
                open.push(Open {
                    dropped: !safe,
                    has_text: false,
                    line: at,
                    document: None,
                });
                if !safe {
                    continue;
                }
                images.push(image_of(&context, source, page, &dest_url, at, &mut out));
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
                let Some(o) = open.pop() else { continue };
                if !o.has_text {
                    let empty = empty_text(source, o.line, end == TagEnd::Image);
                    match end {
                        // Read by everyone who cannot see the picture: `build` warns too.
                        TagEnd::Image => out.diagnostics.push(empty),
                        _ => out.lints.push(empty),
                    }
                }
                // A link's text counts as the text of the link around an image.
                if let (TagEnd::Image, true, Some(outer)) = (end, o.has_text, open.last_mut()) {
                    outer.has_text = true;
                }
                if o.dropped {
                    continue;
                }
                if let Some(document) = o.document {
                    events.push(Event::InlineHtml(document.label.into()));
                    if document.hreflang.is_some() {
                        events.push(Event::InlineHtml("</a>".into()));
                        continue;
                    }
                }
                Event::End(end)
            }
            Event::Start(Tag::BlockQuote(Some(kind))) if alerts => {
                open_alerts.push(calls.len());
                let n = calls.len();
                calls.push(shortcodes::alert(kind, original(range.start)));
                Event::Html(shortcodes::marker('o', n).into())
            }
            Event::End(TagEnd::BlockQuote(Some(_))) if alerts => {
                let Some(n) = open_alerts.pop() else { continue };
                Event::Html(shortcodes::marker('e', n).into())
            }
            // `<br>` is a line break, as Markdown's two trailing spaces are: kept, whatever
            // the raw HTML setting, so that its words are not joined.
            Event::InlineHtml(html) if is_line_break(&html) => Event::HardBreak,
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code = true;
                Event::Start(Tag::CodeBlock(code::language_only(kind)))
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                Event::End(TagEnd::CodeBlock)
            }
            Event::Html(html) | Event::InlineHtml(html) if summary::is_marker(&html) => {
                summary::mark()
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let comment = html.trim_start().starts_with("<!--");
                if !context.raw_html {
                    if !comment && html_warned_line != at {
                        html_warned_line = at;
                        out.diagnostics.push(raw_html_left_out(source, at));
                    }
                    continue;
                }
                has_raw_html = true;
                let removed = raw_html::listed(raw_html::removed(&html));
                if let Some(removed) = removed.filter(|_| html_warned_line != at) {
                    html_warned_line = at;
                    out.diagnostics.push(raw_html_cleaned(source, at, removed));
                }
                collect_ids(&html, &mut out.html_ids);
                Event::Html(html)
            }
            other => other,
        };
        events.push(event);
    }
    let (events, alts) = media::pictures(events, &images);
    let first = images.iter().position(|i| i.file.is_some());
    out.first_picture =
        first.and_then(|at| Some((images[at].file.clone()?, alts.get(at).cloned())));
    let mut events = label_task_checkboxes(events);
    out.headings = add_heading_ids(&mut events);
    out.lints
        .extend(heading_lints(source, &out.headings, &heading_lines));
    out.summary = summary::cut(&mut events).map(|summary| {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, summary.into_iter());
        if has_raw_html {
            raw_html::clean(&html)
        } else {
            html
        }
    });
    let events = footnotes::gather(events, || footnotes::words(&context, source));
    if context.plain_text {
        out.text = plain_text(&events, body.len());
    }
    // Only a page without a description of its own needs its lead.
    if source.front.description.is_none() {
        out.lead = lead(&events);
    }
    out.html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    if has_raw_html {
        out.html = raw_html::clean(&out.html);
    }
    if let Some(components) = context.components.filter(|_| !calls.is_empty()) {
        splice::place(
            components, &context, source, page, &calls, &mut out, body_line,
        );
    }
    out
}

/// How long a description search engines show: Google cuts near 160 characters.
const LEAD_LENGTH: usize = 160;

/// The first paragraph's words, without markup, cut at a word near 160 characters.
/// A paragraph without words (one that only calls a component) is passed over.
fn lead(events: &[Event]) -> String {
    let starts = (events.iter().enumerate())
        .filter(|(_, e)| matches!(e, Event::Start(Tag::Paragraph)))
        .map(|(at, _)| at);
    for start in starts {
        let mut text = String::new();
        for event in &events[start + 1..] {
            // Enough to cut from, however long the paragraph.
            if text.len() > 4 * LEAD_LENGTH {
                break;
            }
            match event {
                Event::End(TagEnd::Paragraph) => break,
                Event::Text(t) | Event::Code(t) => text.push_str(t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        if !words.is_empty() {
            return crate::render::cut(&words.join(" "), LEAD_LENGTH);
        }
    }
    String::new()
}

/// The words a reader sees, without markup: a line per block, a space per line break.
fn plain_text(events: &[Event], size: usize) -> String {
    let mut text = String::with_capacity(size);
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(end) if !inline(end) && !text.ends_with('\n') && !text.is_empty() => {
                text.push('\n')
            }
            _ => {}
        }
    }
    // Kept for the whole build, so without the room left over.
    text.shrink_to_fit();
    text
}

/// Whether a tag is within a line of text rather than a block of its own.
fn inline(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// Wraps each task list checkbox in a `<label>` with the text after it, so that the
/// checkbox has a name for screen readers.
fn label_task_checkboxes(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut open = false;
    for event in events {
        if open && ends_task_label(&event) {
            out.push(Event::InlineHtml("</label>".into()));
            open = false;
        }
        match event {
            Event::TaskListMarker(checked) => {
                open = true;
                out.push(Event::InlineHtml(if checked {
                    r#"<label><input type="checkbox" disabled checked> "#.into()
                } else {
                    r#"<label><input type="checkbox" disabled> "#.into()
                }));
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether `event` ends the text that labels a task list checkbox: its paragraph or item
/// ends, or a block (a nested list) starts.
fn ends_task_label(event: &Event) -> bool {
    matches!(
        event,
        Event::End(TagEnd::Paragraph | TagEnd::Item)
            | Event::Start(
                Tag::Paragraph
                    | Tag::List(_)
                    | Tag::BlockQuote(_)
                    | Tag::CodeBlock(_)
                    | Tag::Table(_)
                    | Tag::Heading { .. }
                    | Tag::HtmlBlock
            )
    )
}

/// Where an image's address leads: a picture of the page's bundle or of `static/`, with its
/// variants, or an outside address. A missing file is an error.
fn image_of(
    context: &Context,
    source: &Source,
    page: PageId,
    dest: &str,
    at: Option<usize>,
    out: &mut Rendered,
) -> media::Image {
    let (url, picture, file) = match context.links.media(page, dest) {
        crate::media::Find::Found(file) => {
            let shown = file.picture.is_some().then(|| file.clone());
            (file.url.clone(), file.picture.clone(), shown)
        }
        crate::media::Find::Missing(similar) => {
            let missing =
                crate::media::missing(source.path(), at, crate::media::What::Image, dest, &similar);
            out.diagnostics.push(missing);
            (dest.to_string(), None, None)
        }
        // A picture is a file: `@/` names pages.
        crate::media::Find::Other if dest.starts_with("@/") => {
            let missing =
                crate::media::missing(source.path(), at, crate::media::What::Image, dest, &[]);
            out.diagnostics.push(missing);
            (dest.to_string(), None, None)
        }
        crate::media::Find::Other => (dest.to_string(), None, None),
    };
    media::Image { url, picture, file }
}

/// `<br>`, `<br/>` or `<br />`, in any case.
fn is_line_break(html: &str) -> bool {
    let tag: String = html
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    tag == "<br>" || tag == "<br/>"
}

/// The `id`s written in raw HTML, which anchors may point to.
fn collect_ids(html: &str, ids: &mut Vec<String>) {
    for part in html.split(" id=\"").skip(1) {
        if let Some((id, _)) = part.split_once('"') {
            ids.push(id.to_string());
        }
    }
}

fn raw_html_left_out(source: &Source, at: Option<usize>) -> Diagnostic {
    Diagnostic::warning(
        Code::ContentRawHtml,
        source.path(),
        at,
        text!("md-content-raw-html"),
    )
    .with_hint(text!("md-content-raw-html-hint"))
}

fn raw_html_cleaned(source: &Source, at: Option<usize>, removed: Text) -> Diagnostic {
    Diagnostic::warning(
        Code::ContentRawHtmlCleaned,
        source.path(),
        at,
        text!("md-content-raw-html-cleaned", removed = removed),
    )
    .with_hint(text!("md-content-raw-html-cleaned-hint"))
}

fn empty_text(source: &Source, at: Option<usize>, image: bool) -> Diagnostic {
    let path = source.path();
    if image {
        Diagnostic::warning(Code::A11yImageAlt, path, at, text!("a11y-image-alt"))
            .with_hint(text!("a11y-image-alt-hint"))
    } else {
        Diagnostic::warning(Code::A11yLinkText, path, at, text!("a11y-link-text"))
            .with_hint(text!("a11y-link-text-hint"))
    }
}

#[cfg(test)]
pub(super) mod tests;
