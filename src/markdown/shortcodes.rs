//! Component calls in Zola's shortcode syntax, found in a page's Markdown before it is parsed:
//! `{{ name(key="value") }}` inline and `{% name(key="value") %}body{% end %}` around
//! Markdown. Each call is replaced by a marker that survives Markdown untouched, so the body
//! stays part of the page (its headings, links and footnotes) and the component's HTML goes
//! in after rendering. Calls inside code stay as written.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use tera::Value;

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
    pub(super) message: String,
    pub(super) hint: &'static str,
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

/// Finds the calls of `body`; `None` when it has none.
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
    let mut open: Vec<usize> = Vec::new();
    let mut done = 0;
    let mut from = 0;
    while let Some(found) = next_tag(body, from) {
        from = found + 2;
        if code.iter().any(|r| r.contains(&found)) {
            continue;
        }
        let Some(tag) = read_tag(body, found, &mut out.problems) else {
            continue;
        };
        let replacement = match tag.kind {
            TagKind::Escaped(inner) => inner,
            TagKind::Call { name, args, block } => {
                let n = out.calls.len();
                out.calls.push(Call {
                    name,
                    args,
                    at: found,
                    block,
                    closed: false,
                });
                if block {
                    open.push(n);
                }
                let kind = if block { 'o' } else { 'c' };
                own_block(body, found, tag.end, block, &marker(kind, n))
            }
            TagKind::End => match open.pop() {
                Some(n) => {
                    out.calls[n].closed = true;
                    own_block(body, found, tag.end, true, &marker('e', n))
                }
                None => {
                    out.problems.push(Problem {
                        at: found,
                        message: "`{% end %}` ends no component".into(),
                        hint: "remove it, or open the component with `{% name(…) %}` above it",
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
    for n in open {
        out.problems.push(Problem {
            at: out.calls[n].at,
            message: format!("`{{% {}(…) %}}` has no `{{% end %}}`", out.calls[n].name),
            hint: "end the component's body with `{% end %}` on a line of its own",
        });
    }
    Some(out)
}

/// What a marker is replaced with. A block's marker, or a call alone on its line, becomes a
/// paragraph of its own, so that its HTML is not put inside a `<p>`; the blank lines keep the
/// line's indent, so a call inside a list item stays in the item.
fn own_block(body: &str, start: usize, end: usize, block: bool, marker: &str) -> String {
    let line_start = body[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &body[line_start..start];
    let line_end = body[end..].find('\n').map_or(body.len(), |i| end + i);
    let alone = before.trim().is_empty() && body[end..line_end].trim().is_empty();
    if !block && !alone {
        return marker.to_string();
    }
    let indent: String = before.chars().take_while(|c| c.is_whitespace()).collect();
    format!("\n\n{indent}{marker}\n\n{indent}")
}

/// Where code starts and ends, whose text is never a call.
fn code_ranges(body: &str, options: pulldown_cmark::Options) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => ranges.push(range),
            Event::End(TagEnd::CodeBlock) => {}
            _ => {}
        }
    }
    ranges
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

struct Tag_ {
    kind: TagKind,
    /// Offset just past the tag.
    end: usize,
}

enum TagKind {
    /// `{{/* name() */}}`: the call as text, for pages that show how to write one.
    Escaped(String),
    Call {
        name: String,
        args: Vec<(String, Value)>,
        block: bool,
    },
    End,
}

/// Reads the tag at `at`; `None` for text that is no call (`{{ x }}` in prose), with a
/// problem when it looks like a call but is not one.
fn read_tag(body: &str, at: usize, problems: &mut Vec<Problem>) -> Option<Tag_> {
    let block = body.as_bytes()[at + 1] == b'%';
    let close = if block { "%}" } else { "}}" };
    let mut s = Scanner {
        text: body,
        pos: at + 2,
    };
    if s.eat("/*") {
        let inner_end = body[s.pos..].find(&format!("*/{close}"))? + s.pos;
        let open = if block { "{%" } else { "{{" };
        let inner = &body[s.pos..inner_end];
        return Some(Tag_ {
            kind: TagKind::Escaped(format!("{open}{inner}{close}")),
            end: inner_end + 2 + close.len(),
        });
    }
    if !block && let Some(hugo) = hugo_call(&body[s.pos..]) {
        if let Some(name) = hugo {
            problems.push(Problem {
                at,
                message: format!("`{{{{< {name} … >}}}}` is a Hugo shortcode, which kielo does not read"),
                hint: "write it as {{ name(key=\"value\") }}, calling a component of templates/shortcodes/ (README: Moving from Zola or Hugo)",
            });
        }
        return None;
    }
    s.spaces();
    let name = s.ident()?;
    s.spaces();
    if block && name == "end" && s.eat(close) {
        return Some(Tag_ {
            kind: TagKind::End,
            end: s.pos,
        });
    }
    if !s.eat("(") {
        return None;
    }
    let args = match s.args().and_then(|args| {
        s.spaces();
        s.eat(close)
            .then_some(args)
            .ok_or_else(|| format!("`{close}` expected after the arguments"))
    }) {
        Ok(args) => args,
        Err(message) => {
            problems.push(Problem {
                at,
                message: format!("the component call `{name}(…)` cannot be read: {message}"),
                hint: "write it as {{ name(key=\"text\", number=3, yes=true) }}; to show a call as text, write {{/* name() */}}",
            });
            return None;
        }
    };
    Some(Tag_ {
        kind: TagKind::Call { name, args, block },
        end: s.pos,
    })
}

/// After `{{`: `Some(Some(name))` for a Hugo call (`{{< name >}}`, `{{% name %}}`),
/// `Some(None)` for its closing tag, `None` for anything else.
fn hugo_call(rest: &str) -> Option<Option<String>> {
    let close = match rest.chars().next()? {
        '<' => ">}}",
        '%' => "%}}",
        _ => return None,
    };
    let end = rest.find(close)?;
    let inner = rest[1..end].trim();
    if inner.starts_with('/') {
        return Some(None);
    }
    let name: String = inner
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
        .collect();
    (!name.is_empty()).then_some(Some(name))
}

/// Reads a call's arguments, in the syntax of Zola's shortcodes.
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn spaces(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.pos += token.len();
        }
        found
    }

    fn ident(&mut self) -> Option<String> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let ident = &rest[..len];
        if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        self.pos += len;
        Some(ident.to_string())
    }

    /// `key=value, …)`, after the opening parenthesis.
    fn args(&mut self) -> Result<Vec<(String, Value)>, String> {
        let mut args: Vec<(String, Value)> = Vec::new();
        loop {
            self.spaces();
            if self.eat(")") {
                return Ok(args);
            }
            let key = self.ident().ok_or("an argument name expected")?;
            self.spaces();
            if !self.eat("=") {
                return Err(format!("`=` expected after `{key}`"));
            }
            self.spaces();
            let value = self.value()?;
            if args.iter().any(|(k, _)| *k == key) {
                return Err(format!("`{key}` is given twice"));
            }
            args.push((key, value));
            self.spaces();
            if !self.eat(",") && !self.rest().starts_with(')') {
                return Err("`,` or `)` expected".into());
            }
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        let rest = self.rest();
        let first = rest.chars().next().ok_or("a value expected")?;
        if matches!(first, '"' | '\'' | '`') {
            let end = rest[1..]
                .find(first)
                .ok_or("the text's closing quote is missing")?;
            self.pos += end + 2;
            return Ok(Value::from(&rest[1..=end]));
        }
        if self.eat("[") {
            let mut items = Vec::new();
            loop {
                self.spaces();
                if self.eat("]") {
                    return Ok(Value::from(items));
                }
                items.push(self.value()?);
                self.spaces();
                if !self.eat(",") && !self.rest().starts_with(']') {
                    return Err("`,` or `]` expected in the list".into());
                }
            }
        }
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let value = match word {
            "true" => Value::from(true),
            "false" => Value::from(false),
            "" => return Err("a value expected".into()),
            _ => number(word).ok_or_else(|| format!("`{word}` is not a value: quote a text"))?,
        };
        self.pos += len;
        Ok(value)
    }
}

/// An integer or a decimal number, as Zola's shortcodes read them.
fn number(word: &str) -> Option<Value> {
    if let Ok(n) = word.parse::<i64>() {
        return Some(Value::from(n));
    }
    let decimal = word.starts_with(|c: char| c.is_ascii_digit() || c == '-');
    let x = word
        .parse::<f64>()
        .ok()
        .filter(|x| decimal && x.is_finite())?;
    Some(Value::from(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calls(body: &str) -> Prepared {
        prepare(body, pulldown_cmark::Options::empty()).expect("calls")
    }

    #[test]
    fn inline_and_block_calls_become_markers() {
        let p = calls(
            "a {{ x(n=3, s=\"t\", l=[1, 'b'], y=true, f=1.5) }} b\n\n{% y() %}\nbody\n{% end %}\n",
        );
        assert_eq!(p.calls.len(), 2, "{p:?}");
        assert_eq!(p.calls[0].args.len(), 5);
        assert!(!p.calls[0].block && p.calls[1].block && p.calls[1].closed);
        assert!(
            p.text.starts_with(&format!("a {} b", marker('c', 0))),
            "{:?}",
            p.text
        );
        assert!(p.text.contains(&marker('o', 1)) && p.text.contains(&marker('e', 1)));
        assert!(p.problems.is_empty(), "{:?}", p.problems);
    }

    #[test]
    fn offsets_map_back_to_the_body() {
        let body = "one\n{% y() %}\nbody {{ x() }} end\n{% end %}\nlast";
        let p = calls(body);
        let last = p.text.find("last").unwrap();
        assert_eq!(p.original(last), body.find("last").unwrap());
        let end = p.text.find(" end").unwrap();
        assert_eq!(p.original(end), body.find(" end").unwrap());
        assert_eq!(
            p.original(p.text.find(&marker('c', 1)).unwrap()),
            body.find("{{").unwrap()
        );
    }

    #[test]
    fn code_prose_and_escapes_stay_text() {
        let body = "`{{ x() }}` and {{ not a call }}\n\n```\n{% y() %}\n```\n\n{{/* z(a=1) */}}";
        let p = calls(body);
        assert!(p.calls.is_empty(), "{:?}", p.calls);
        assert!(p.text.contains("{{ z(a=1) }}") && p.text.contains("`{{ x() }}`"));
    }

    #[test]
    fn broken_calls_are_problems() {
        for body in [
            "{{ x(a=) }}",
            "{{ x(a=\"open) }}",
            "{{ x(a=1 b=2) }}",
            "{% end %}",
            "{% x() %}\nno end",
            "{{ x(a=1, a=2) }}",
            "{{ x(a=word) }}",
            "{{< youtube id=\"x\" >}}\n{{< /youtube >}}",
            "{{% note %}}",
        ] {
            assert_eq!(calls(body).problems.len(), 1, "{body}");
        }
    }
}
