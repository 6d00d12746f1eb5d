//! One tag of a component call, read from the text: `{{ name(args) }}`, `{% name(args) %}`,
//! `{% end %}`, `{{/* … */}}`, or Hugo's `{{< name >}}`, which kielo does not read.

use tera::Value;

use super::Problem;
use crate::messages::{Text, text};

/// How far a tag may reach: a call longer than this is not read as one, so that a page of
/// unclosed openings takes linear time, not quadratic.
const REACH: usize = 8 * 1024;

/// How deep lists may nest in an argument.
const DEPTH: usize = 16;

pub(super) struct Tag_ {
    pub(super) kind: TagKind,
    /// Offset just past the tag.
    pub(super) end: usize,
}

pub(super) enum TagKind {
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
pub(super) fn read_tag(body: &str, at: usize, problems: &mut Vec<Problem>) -> Option<Tag_> {
    let block = body.as_bytes()[at + 1] == b'%';
    let close = if block { "%}" } else { "}}" };
    let mut reach = (at + REACH).min(body.len());
    while !body.is_char_boundary(reach) {
        reach -= 1;
    }
    let body = &body[..reach];
    let mut s = Scanner {
        text: body,
        pos: at + 2,
        depth: 0,
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
        if let Some((delimiter, name)) = hugo {
            let close = if delimiter == '<' { '>' } else { '%' };
            problems.push(Problem {
                at,
                message: text!(
                    "component-syntax-hugo",
                    open = delimiter.to_string(),
                    name = name,
                    close = close.to_string()
                ),
                hint: text!("component-syntax-hugo-hint"),
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
            .ok_or_else(|| text!("component-syntax-close-expected", close = close))
    }) {
        Ok(args) => args,
        Err(reason) => {
            problems.push(Problem {
                at,
                message: text!("component-syntax-call", name = name, reason = reason),
                hint: text!("component-syntax-call-hint"),
            });
            return None;
        }
    };
    Some(Tag_ {
        kind: TagKind::Call { name, args, block },
        end: s.pos,
    })
}

/// After `{{`: `Some(Some((delimiter, name)))` for a Hugo call (`{{< name >}}`,
/// `{{% name %}}`), `Some(None)` for its closing tag, `None` for anything else.
fn hugo_call(rest: &str) -> Option<Option<(char, String)>> {
    let delimiter = rest.chars().next()?;
    let close = match delimiter {
        '<' => ">}}",
        '%' => "%}}",
        _ => return None,
    };
    let inner = rest.get(1..rest.find(close)?)?.trim();
    if inner.starts_with('/') {
        return Some(None);
    }
    let name: String = inner
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
        .collect();
    (!name.is_empty()).then_some(Some((delimiter, name)))
}

/// Reads a call's arguments, in the syntax of Zola's shortcodes.
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    /// How many lists the value being read is inside.
    depth: usize,
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
    fn args(&mut self) -> Result<Vec<(String, Value)>, Text> {
        let mut args: Vec<(String, Value)> = Vec::new();
        loop {
            self.spaces();
            if self.eat(")") {
                return Ok(args);
            }
            let key = (self.ident()).ok_or_else(|| text!("component-syntax-name-expected"))?;
            self.spaces();
            if !self.eat("=") {
                return Err(text!("component-syntax-equals-expected", key = key));
            }
            self.spaces();
            let value = self.value()?;
            if args.iter().any(|(k, _)| *k == key) {
                return Err(text!("component-syntax-twice", key = key));
            }
            args.push((key, value));
            self.spaces();
            if !self.eat(",") && !self.rest().starts_with(')') {
                return Err(text!("component-syntax-comma-expected"));
            }
        }
    }

    fn value(&mut self) -> Result<Value, Text> {
        let rest = self.rest();
        let first =
            (rest.chars().next()).ok_or_else(|| text!("component-syntax-value-expected"))?;
        if matches!(first, '"' | '\'' | '`') {
            let end = rest[1..]
                .find(first)
                .ok_or_else(|| text!("component-syntax-quote-missing"))?;
            self.pos += end + 2;
            return Ok(Value::from(&rest[1..=end]));
        }
        if matches!(first, '“' | '”' | '„' | '«' | '»' | '‘' | '’') {
            return Err(text!(
                "component-syntax-curly-quote",
                quote = first.to_string()
            ));
        }
        if self.eat("[") {
            if self.depth == DEPTH {
                return Err(text!("component-syntax-too-deep", depth = DEPTH));
            }
            self.depth += 1;
            let mut items = Vec::new();
            loop {
                self.spaces();
                if self.eat("]") {
                    self.depth -= 1;
                    return Ok(Value::from(items));
                }
                items.push(self.value()?);
                self.spaces();
                if !self.eat(",") && !self.rest().starts_with(']') {
                    return Err(text!("component-syntax-list-comma-expected"));
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
            "" => return Err(text!("component-syntax-value-expected")),
            _ => number(word).ok_or_else(|| text!("component-syntax-not-a-value", word = word))?,
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
