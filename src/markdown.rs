//! Markdown to HTML with pulldown-cmark: heading ids for anchors and `@/` links resolved to
//! the linking page's language.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::error::{Diagnostic, LineIndex};
use crate::load::Source;
use crate::model::{PageId, Site};

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
}

/// What an open link or image turned into, until its end event.
struct Open {
    /// Left out of the output: its start and end events are dropped, its text kept.
    dropped: bool,
    has_text: bool,
    line: Option<usize>,
}

/// Renders the body of `page`.
pub(crate) fn render(site: &Site, page: PageId) -> Rendered {
    let source = &site.pages[page].source;
    let body = source.body.as_str();
    let lines = LineIndex::new(body);
    let line = |offset: usize| Some(lines.line(offset) + source.body_line - 1);
    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut html_warned_line = None;
    let mut heading_lines = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let at = line(range.start);
        if matches!(event, Event::Start(Tag::Heading { .. })) {
            heading_lines.push(at);
        }
        if let (Event::Text(_) | Event::Code(_), Some(o)) = (&event, open.last_mut()) {
            o.has_text = true;
        }
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = link_destination(site, page, &dest_url, at, &mut out);
                open.push(Open {
                    dropped: dest.is_none(),
                    has_text: false,
                    line: at,
                });
                match dest {
                    Some(dest_url) => Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                    None => continue,
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = !is_script_url(&dest_url) || dest_url.trim().starts_with("data:image/");
                if !safe {
                    out.diagnostics
                        .push(script_url_warning(source, at, &dest_url));
                }
                open.push(Open {
                    dropped: !safe,
                    has_text: false,
                    line: at,
                });
                if !safe {
                    continue;
                }
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
                    out.lints
                        .push(empty_text_lint(source, o.line, end == TagEnd::Image));
                }
                // A link's text counts as the text of the link around an image.
                if let (TagEnd::Image, true, Some(outer)) = (end, o.has_text, open.last_mut()) {
                    outer.has_text = true;
                }
                if o.dropped {
                    continue;
                }
                Event::End(end)
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                match raw_html(site.config.raw_html, &html, &mut out.html_ids) {
                    Ok(()) => Event::Html(html),
                    Err(Some(reason)) => {
                        if html_warned_line != at {
                            html_warned_line = at;
                            out.diagnostics.push(raw_html_warning(source, at, reason));
                        }
                        continue;
                    }
                    Err(None) => continue,
                }
            }
            other => other,
        };
        events.push(event);
    }
    let mut events = label_task_checkboxes(events);
    out.headings = add_heading_ids(&mut events);
    out.lints
        .extend(heading_lints(source, &out.headings, &heading_lines));
    if !site.search_pages.is_empty() {
        out.text = plain_text(&events, body.len());
    }
    out.html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    out
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

/// The URL to write for a link, or `None` to leave the link out (its text stays).
fn link_destination<'a>(
    site: &Site,
    page: PageId,
    dest: &CowStr<'a>,
    at: Option<usize>,
    out: &mut Rendered,
) -> Option<CowStr<'a>> {
    let source = &site.pages[page].source;
    if is_script_url(dest) {
        out.diagnostics.push(script_url_warning(source, at, dest));
        return None;
    }
    if let Some(target) = dest.strip_prefix("@/") {
        return match crate::link::resolve(site, source.lang, target) {
            Ok(resolved) => {
                if let Some(warning) = resolved.warning {
                    out.diagnostics
                        .push(Diagnostic::warning(&source.path, at, warning));
                }
                if let Some(anchor) = resolved.anchor {
                    out.anchor_links.push(AnchorLink {
                        target: resolved.page,
                        anchor,
                        line: at,
                        cross_page: true,
                    });
                }
                Some(CowStr::from(resolved.url))
            }
            Err(message) => {
                out.diagnostics
                    .push(Diagnostic::error(&source.path, at, message).with_hint(
                    "write the path relative to content/, e.g. `@/press-releases/my-release.md`",
                ));
                Some(CowStr::from(""))
            }
        };
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        out.anchor_links.push(AnchorLink {
            target: page,
            anchor: anchor.to_string(),
            line: at,
            cross_page: false,
        });
    } else if !has_scheme(dest) && !dest.starts_with("//") {
        out.local_links.push((dest.to_string(), at));
    }
    Some(dest.clone())
}

/// `https:`, `mailto:`, `tel:` …: a URL scheme before any `/`, `?` or `#`.
fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(colon) => {
            let scheme = &url[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Whether a browser would run `url` as script, the way it reads it: ignoring case, blanks
/// and control characters.
fn is_script_url(url: &str) -> bool {
    let plain: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| plain.starts_with(s))
}

/// Whether raw HTML is kept: `Err(Some(reason))` leaves it out with a warning, `Err(None)`
/// leaves out a comment without one.
fn raw_html(allowed: bool, html: &str, ids: &mut Vec<String>) -> Result<(), Option<&'static str>> {
    let lower = html.to_ascii_lowercase();
    if !allowed {
        return if lower.trim().starts_with("<!--") {
            Err(None)
        } else {
            Err(Some("raw HTML is left out of the page"))
        };
    }
    let plain: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    if plain.contains("javascript:") || plain.contains("vbscript:") {
        return Err(Some(
            "HTML with a `javascript:` address is left out of the page",
        ));
    }
    for part in html.split(" id=\"").skip(1) {
        if let Some((id, _)) = part.split_once('"') {
            ids.push(id.to_string());
        }
    }
    Ok(())
}

fn raw_html_warning(source: &Source, at: Option<usize>, reason: &str) -> Diagnostic {
    Diagnostic::warning(&source.path, at, reason.to_string()).with_hint(
        "write it in Markdown instead, or set `markdown: { raw_html: true }` in site.yaml \
         if the site's editors are trusted to write HTML",
    )
}

fn script_url_warning(source: &Source, at: Option<usize>, url: &str) -> Diagnostic {
    let shown: String = url.chars().take(40).collect();
    Diagnostic::warning(
        &source.path,
        at,
        format!("the link address `{shown}` could run a script, so it is left out"),
    )
    .with_hint("link to a web page (`https://…`) or another page (`@/section/page.md`)")
}

fn empty_text_lint(source: &Source, at: Option<usize>, image: bool) -> Diagnostic {
    if image {
        Diagnostic::warning(&source.path, at, "the image has no alt text".into()).with_hint(
            "describe the image for people who cannot see it: `![What the picture shows](file.jpg)`",
        )
    } else {
        Diagnostic::warning(&source.path, at, "the link has no text".into()).with_hint(
            "write what the link leads to inside the brackets: `[Guidance for employers](…)`",
        )
    }
}

/// Skipped heading levels and a second main heading, which confuse screen-reader users who
/// move through a page by its headings. The page title is the page's `h1`.
fn heading_lints(
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
                    &source.path,
                    at,
                    format!(
                        "`# {}` is a second main heading; the page title is the first",
                        heading.title
                    ),
                )
                .with_hint("start the body's headings at `##`"),
            );
        } else if heading.level > previous + 1 {
            lints.push(
                Diagnostic::warning(
                    &source.path,
                    at,
                    format!(
                        "the heading `{}` skips a level (h{previous} to h{})",
                        heading.title, heading.level
                    ),
                )
                .with_hint(format!(
                    "use {} for it",
                    "#".repeat(usize::from(previous) + 1)
                )),
            );
        }
        previous = heading.level;
    }
    lints
}

/// Checks every `#anchor` link against the headings (and raw HTML ids) of the page it
/// points to; run once every page is rendered.
pub(crate) fn check_anchors(site: &Site, contents: &[Rendered]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (page, content) in contents.iter().enumerate() {
        for link in &content.anchor_links {
            let Some(target) = contents.get(link.target) else {
                continue;
            };
            if target.has_anchor(&link.anchor) {
                continue;
            }
            let target_path = site.pages[link.target].source.path.display();
            let message = format!(
                "the link points to `#{}`, but {target_path} has no heading with that anchor",
                link.anchor
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
                Some(best) => format!("did you mean `#{best}`?"),
                None if known.is_empty() => "the page has no headings to link to".to_string(),
                None => anchor_list(&known),
            };
            let path = &site.pages[page].source.path;
            let diagnostic = if link.cross_page {
                Diagnostic::error(path, link.line, message)
            } else {
                Diagnostic::warning(path, link.line, message)
            };
            problems.push(diagnostic.with_hint(hint));
        }
    }
    problems
}

/// The anchors a page has, the first few of them when there are many.
fn anchor_list(known: &[&str]) -> String {
    const SHOWN: usize = 10;
    let first = known[..known.len().min(SHOWN)].join(", #");
    match known.len().checked_sub(SHOWN).filter(|&n| n > 0) {
        Some(more) => format!("its anchors are: #{first} and {more} more"),
        None => format!("its anchors are: #{first}"),
    }
}

/// Gives every heading an id (its text as a slug, made unique) unless it has one from `{#id}`.
fn add_heading_ids(events: &mut [Event]) -> Vec<Heading> {
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
                let n = next.entry(base.clone()).or_insert(1);
                let mut candidate = base.clone();
                while used.contains(&candidate) {
                    candidate = format!("{base}-{n}");
                    *n += 1;
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
        let events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
        let mut events = label_task_checkboxes(events);
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

    #[test]
    fn task_checkboxes_are_labelled_by_their_text() {
        let (out, _) = html(
            "- [x] done
- [ ] to do
  - [ ] nested

1. [ ] loose

2. two
",
        );
        assert!(
            out.contains(
                r#"<li><label><input type="checkbox" disabled checked> done</label></li>"#
            ),
            "{out}"
        );
        assert!(
            out.contains(
                r#"<li><label><input type="checkbox" disabled> to do</label>
<ul>
<li><label><input type="checkbox" disabled> nested</label></li>"#
            ),
            "{out}"
        );
        assert!(
            out.contains(r#"<p><label><input type="checkbox" disabled> loose</label></p>"#),
            "{out}"
        );
    }
}
