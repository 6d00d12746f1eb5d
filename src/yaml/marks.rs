//! Where each key and value of a YAML text is, from saphyr-parser's events. serde_yaml_ng,
//! which deserialises the text, gives no place for a key; this tree is built only when a
//! message needs a place, so a build without problems never pays for it.

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError};

/// A 1-based line and column (in characters) in the YAML text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl From<Marker> for Mark {
    fn from(marker: Marker) -> Self {
        // saphyr counts lines from 1 and columns from 0.
        Mark {
            line: marker.line(),
            column: marker.col() + 1,
        }
    }
}

/// A value of the YAML text and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    Scalar {
        at: Mark,
        text: String,
        quoted: bool,
    },
    List {
        at: Mark,
        items: Vec<Node>,
    },
    Map {
        at: Mark,
        entries: Vec<(Node, Node)>,
    },
    Alias {
        at: Mark,
    },
}

/// Why the text is not YAML, as saphyr-parser says, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Syntax {
    pub(crate) at: Mark,
    pub(crate) message: String,
    /// Where the innermost list or mapping still open at the error starts: a `[` there
    /// that is never closed is the problem to show.
    pub(crate) open: Option<Mark>,
}

fn syntax(err: &ScanError, open: &[Open]) -> Syntax {
    Syntax {
        at: (*err.marker()).into(),
        message: err.info().to_string(),
        open: open.last().map(|open| match open {
            Open::List(at, _) | Open::Map(at, ..) => *at,
        }),
    }
}

/// A container still being read: its start, its items so far and, in a mapping, a key
/// waiting for its value.
enum Open {
    List(Mark, Vec<Node>),
    Map(Mark, Vec<(Node, Node)>, Option<Node>),
}

/// The first document of `text` as a tree of places; an empty text is an empty mapping.
/// Built with a stack rather than recursion, so that deep nesting cannot overflow it.
pub(crate) fn read(text: &str) -> Result<Node, Syntax> {
    let mut open: Vec<Open> = Vec::new();
    let start = Mark { line: 1, column: 1 };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|err| syntax(&err, &open))?;
        let at = Mark::from(span.start);
        let node = match event {
            Event::Scalar(text, style, ..) => Node::Scalar {
                at,
                text: text.into_owned(),
                quoted: matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted),
            },
            Event::Alias(_) => Node::Alias { at },
            Event::SequenceStart(..) => {
                open.push(Open::List(at, Vec::new()));
                continue;
            }
            Event::MappingStart(..) => {
                open.push(Open::Map(at, Vec::new(), None));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match open.pop() {
                Some(Open::List(at, items)) => Node::List { at, items },
                Some(Open::Map(at, entries, _)) => Node::Map { at, entries },
                None => continue,
            },
            Event::DocumentEnd | Event::StreamEnd => break,
            Event::Nothing | Event::StreamStart | Event::DocumentStart(_) => continue,
        };
        match open.last_mut() {
            None => return Ok(node),
            Some(Open::List(_, items)) => items.push(node),
            Some(Open::Map(_, entries, key)) => match key.take() {
                None => *key = Some(node),
                Some(key) => entries.push((key, node)),
            },
        }
    }
    Ok(Node::Map {
        at: start,
        entries: Vec::new(),
    })
}

/// The tree of `text`, which serde_yaml_ng has read: saphyr is stricter in places (a tab
/// after `key:`), so a second try reads tabs as spaces, which keeps every place.
pub(crate) fn read_lenient(text: &str) -> Option<Node> {
    read(text).or_else(|_| read(&text.replace('\t', " "))).ok()
}

impl Node {
    /// Where the value starts.
    pub(crate) fn at(&self) -> Mark {
        match self {
            Node::Scalar { at, .. }
            | Node::List { at, .. }
            | Node::Map { at, .. }
            | Node::Alias { at } => *at,
        }
    }

    /// The text of a scalar.
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Node::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The key and the value of `key` in a mapping.
    pub(crate) fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match self {
            Node::Map { entries, .. } => entries
                .iter()
                .find(|(k, _)| k.text() == Some(key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    /// The value of `key` in a mapping.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, value)| value)
    }

    /// The item `index` of a list.
    pub(crate) fn item(&self, index: usize) -> Option<&Node> {
        match self {
            Node::List { items, .. } => items.get(index),
            _ => None,
        }
    }

    /// The line of `key` in a mapping.
    pub(crate) fn key_line(&self, key: &str) -> Option<usize> {
        self.entry(key).map(|(key, _)| key.at().line)
    }

    /// Every node, this one first, depth first in the order of the text.
    pub(crate) fn all(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        let mut todo = vec![self];
        while let Some(node) = todo.pop() {
            out.push(node);
            match node {
                Node::List { items, .. } => todo.extend(items.iter().rev()),
                Node::Map { entries, .. } => {
                    todo.extend(entries.iter().rev().flat_map(|(k, v)| [v, k]));
                }
                Node::Scalar { .. } | Node::Alias { .. } => {}
            }
        }
        out
    }

    /// Where the first scalar whose text is `text` starts.
    pub(crate) fn find_text(&self, text: &str) -> Option<Mark> {
        self.all()
            .into_iter()
            .find(|node| node.text() == Some(text))
            .map(Node::at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_values_and_items_have_their_places() {
        let text =
            "title: Otsikko\ntags:\n  - a\n  - \"b\"\nlanguages:\n  - code: fi\n  - code: sv\n";
        let root = read(text).unwrap();
        assert_eq!(root.key_line("tags"), Some(2));
        let sv = root.get("languages").and_then(|l| l.item(1)).unwrap();
        assert_eq!(sv.key_line("code"), Some(7));
        assert_eq!(
            sv.get("code").unwrap().at(),
            Mark {
                line: 7,
                column: 11
            }
        );
        assert_eq!(root.find_text("b"), Some(Mark { line: 4, column: 5 }));
        assert_eq!(read("").unwrap().key_line("title"), None);
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let text = format!("x: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        // saphyr may refuse such depth; either way it returns.
        let _ = read(&text);
        let text = format!("x: {}{}\n", "[".repeat(100), "]".repeat(100));
        assert!(read(&text).is_ok());
    }

    #[test]
    fn a_syntax_error_has_a_place() {
        let err = read("title: \"auki\ndescription: x\n").unwrap_err();
        assert_eq!(err.at, Mark { line: 1, column: 8 });
    }
}
