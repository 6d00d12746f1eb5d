//! Component calls in Zola's shortcode syntax, found in a page's Markdown before it is parsed:
//! `{{ name(key="value") }}` inline and `{% name(key="value") %}body{% end %}` around
//! Markdown. Each call is replaced by a marker that survives Markdown untouched, so the body
//! stays part of the page (its headings, links and footnotes) and the component's HTML goes
//! in after rendering. Calls inside code stay as written.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};
use tera::Value;

use crate::error::{Code, Diagnostic};
use crate::load::Source;
use crate::messages::{Text, text};

mod tag;
use tag::{TagKind, read_tag};

/// Starts and ends a marker: a private-use character, which Markdown leaves alone.
pub(super) const MARK: char = '\u{E000}';

/// One component call of a page.
#[derive(Debug)]
pub(super) struct Call {
    pub(super) name: String,
    pub(super) args: Vec<(String, Value)>,
    /// Byte offset of the call in the body, for its line.
    pub(super) at: usize,
    /// `{% … %}…{% end %}`, whose body is between its two markers.
    pub(super) block: bool,
    /// A block call whose `{% end %}` was found.
    pub(super) closed: bool,
}

/// A problem with a call's syntax, at a byte offset of the body.
#[derive(Debug)]
pub(super) struct Problem {
    pub(super) at: usize,
    pub(super) message: Text,
    pub(super) hint: Text,
}

/// The body with each call replaced by its markers.
#[derive(Debug)]
pub(super) struct Prepared {
    pub(super) text: String,
    pub(super) calls: Vec<Call>,
    pub(super) problems: Vec<Problem>,
    /// (offset in `text`, offset in the body) where each replacement starts and ends.
    map: Vec<(usize, usize)>,
}

impl Prepared {
    /// The body offset that `text` offset `at` came from.
    pub(super) fn original(&self, at: usize) -> usize {
        match self.map.partition_point(|&(new, _)| new <= at) {
            0 => at,
            i => {
                let (new, old) = self.map[i - 1];
                // Inside a replacement, its start; after one, the same distance past its end.
                if i % 2 == 1 { old } else { old + (at - new) }
            }
        }
    }
}

/// The body with the characters kielo's markers are made of replaced, and where the first
/// was; `None` when it has none. Typed into a page, they would be read as a call's place.
pub(super) fn without_marks(body: &str) -> Option<(String, usize)> {
    let marks = [MARK, crate::components::BODY_MARK];
    let at = body.find(marks)?;
    // U+FFFD takes as many bytes as the private-use characters, so offsets stay.
    Some((body.replace(marks, "\u{FFFD}"), at))
}

pub(super) fn mark_typed(source: &Source, line: Option<usize>) -> Diagnostic {
    Diagnostic::warning(
        Code::ComponentSyntax,
        source.path(),
        line,
        text!("component-syntax-private-character"),
    )
    .with_hint(text!("component-syntax-private-character-hint"))
}

/// Where a marker landed that HTML cannot go: `code`, or a link's `address`.
pub(super) fn misplaced(event: &Event, in_code: bool) -> Option<&'static str> {
    match event {
        Event::Code(t) if t.contains(MARK) => Some("code"),
        Event::Text(t) if in_code && t.contains(MARK) => Some("code"),
        Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
            if dest_url.contains(MARK) =>
        {
            Some("address")
        }
        _ => None,
    }
}

pub(super) fn misplaced_call(source: &Source, line: Option<usize>, place: &str) -> Diagnostic {
    Diagnostic::error(
        Code::ComponentSyntax,
        source.path(),
        line,
        text!("component-syntax-misplaced", place = place),
    )
    .with_hint(text!("component-syntax-misplaced-hint"))
}

/// The marker of call `n`: `kind` is `c` for an inline call, `o` and `e` for a block's
/// start and end.
pub(super) fn marker(kind: char, n: usize) -> String {
    format!("{MARK}{kind}{n}{MARK}")
}

/// The `notice` a GitHub alert (`> [!WARNING]`) stands for, at body offset `at`.
pub(super) fn alert(kind: pulldown_cmark::BlockQuoteKind, at: usize) -> Call {
    use pulldown_cmark::BlockQuoteKind as K;
    let kind = match kind {
        K::Note | K::Tip => "info",
        K::Important => "important",
        K::Warning | K::Caution => "warning",
    };
    Call {
        name: "notice".into(),
        args: vec![("type".into(), Value::from(kind))],
        at,
        block: true,
        closed: true,
    }
}

/// Finds the calls of `body`; `None` when it has none. Every search moves forward through
/// the body, so a page of thousands of calls takes linear time.
pub(super) fn prepare(body: &str, options: pulldown_cmark::Options) -> Option<Prepared> {
    if !body.contains("{{") && !body.contains("{%") {
        return None;
    }
    let code = code_ranges(body, options);
    let mut out = Prepared {
        text: String::with_capacity(body.len() + 64),
        calls: Vec::new(),
        problems: Vec::new(),
        map: Vec::new(),
    };
    // Open blocks, with the indent of their line (none when they do not begin it).
    let mut open: Vec<(usize, Option<String>)> = Vec::new();
    let mut lines = Lines::default();
    let mut next_code = 0;
    let mut done = 0;
    let mut from = 0;
    while let Some(found) = next_tag(body, from) {
        from = found + 2;
        while code.get(next_code).is_some_and(|r| r.end <= found) {
            next_code += 1;
        }
        if code.get(next_code).is_some_and(|r| r.contains(&found)) {
            continue;
        }
        let Some(tag) = read_tag(body, found, &mut out.problems) else {
            continue;
        };
        let line = lines.around(body, found, tag.end);
        let replacement = match tag.kind {
            TagKind::Escaped(inner) => inner,
            TagKind::Call { name, args, block } => {
                let n = out.calls.len();
                if block && !line.starts {
                    out.problems.push(Problem {
                        at: found,
                        message: text!("component-syntax-block-start", name = &name),
                        hint: text!("component-syntax-block-start-hint"),
                    });
                }
                out.calls.push(Call {
                    name,
                    args,
                    at: found,
                    block,
                    closed: false,
                });
                if block {
                    open.push((n, line.starts.then(|| line.indent.clone())));
                }
                let kind = if block { 'o' } else { 'c' };
                own_block(&line, block, &marker(kind, n))
            }
            TagKind::End => match open.pop() {
                Some((n, indent)) => {
                    out.calls[n].closed = true;
                    if line.starts && indent.is_some_and(|i| i != line.indent) {
                        out.problems.push(Problem {
                            at: found,
                            message: text!(
                                "component-syntax-end-indent",
                                name = &out.calls[n].name
                            ),
                            hint: text!("component-syntax-end-indent-hint"),
                        });
                    }
                    own_block(&line, true, &marker('e', n))
                }
                None => {
                    out.problems.push(Problem {
                        at: found,
                        message: text!("component-syntax-stray-end"),
                        hint: text!("component-syntax-stray-end-hint"),
                    });
                    continue;
                }
            },
        };
        out.text.push_str(&body[done..found]);
        out.map.push((out.text.len(), found));
        out.text.push_str(&replacement);
        out.map.push((out.text.len(), tag.end));
        done = tag.end;
        from = tag.end;
    }
    out.text.push_str(&body[done..]);
    for (n, _) in open {
        out.problems.push(Problem {
            at: out.calls[n].at,
            message: text!("component-syntax-unclosed", name = &out.calls[n].name),
            hint: text!("component-syntax-unclosed-hint"),
        });
    }
    Some(out)
}

/// The line a tag is on, as its marker needs it.
struct Line {
    /// Only spaces before the tag.
    starts: bool,
    /// Only spaces after it.
    ends: bool,
    /// The spaces the line starts with.
    indent: String,
}

/// Where lines start and end, found moving forward only.
#[derive(Default)]
struct Lines {
    /// The start of the line of the last tag, and how far back the body was searched for it.
    start: usize,
    searched: usize,
    /// The first line end after the last tag: `Some(None)` when none is left.
    end: Option<Option<usize>>,
}

impl Lines {
    fn around(&mut self, body: &str, start: usize, end: usize) -> Line {
        if let Some(i) = body[self.searched..start].rfind('\n') {
            self.start = self.searched + i + 1;
        }
        self.searched = start;
        // Tags come in order: a line end found after an earlier tag that is not before this
        // one's end is the first after it too.
        let line_end = match self.end {
            Some(Some(e)) if e >= end => Some(e),
            Some(None) => None,
            _ => body[end..].find('\n').map(|i| end + i),
        };
        self.end = Some(line_end);
        let before = &body[self.start..start];
        Line {
            starts: before.trim().is_empty(),
            ends: body[end..line_end.unwrap_or(body.len())].trim().is_empty(),
            indent: before.chars().take_while(|c| c.is_whitespace()).collect(),
        }
    }
}

/// What a marker is replaced with. A block's marker, or a call alone on its line, becomes a
/// paragraph of its own, so that its HTML is not put inside a `<p>`; the blank lines keep the
/// line's indent, so a call inside a list item stays in the item.
fn own_block(line: &Line, block: bool, marker: &str) -> String {
    let alone = line.starts && line.ends;
    if !block && !alone {
        return marker.to_string();
    }
    let indent = &line.indent;
    format!("\n\n{indent}{marker}\n\n{indent}")
}

/// Where code starts and ends, whose text is never a call; in order.
fn code_ranges(body: &str, options: pulldown_cmark::Options) -> Vec<Range<usize>> {
    // Code needs a backtick, a `~~~` fence or an indented line: without them, no second
    // parse of the page.
    let indented = |line: &str| line.starts_with("    ") || line.starts_with('\t');
    if !body.contains('`') && !body.contains("~~~") && !body.lines().any(indented) {
        return Vec::new();
    }
    let parser = Parser::new_ext(body, options).into_offset_iter();
    (parser.filter(|(event, _)| matches!(event, Event::Code(_) | Event::Start(Tag::CodeBlock(_)))))
        .map(|(_, range)| range)
        .collect()
}

/// The next `{{` or `{%` at or after `from`.
fn next_tag(body: &str, from: usize) -> Option<usize> {
    let rest = body.get(from..)?;
    let at = rest.match_indices('{').find_map(|(i, _)| {
        let next = rest.as_bytes().get(i + 1);
        matches!(next, Some(b'{' | b'%')).then_some(i)
    })?;
    Some(from + at)
}

#[cfg(test)]
mod tests;
