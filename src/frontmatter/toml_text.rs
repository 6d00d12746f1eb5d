//! TOML front matter, read by the toml crate into what YAML front matter gives: a
//! `serde_yaml::Value` to deserialise and the tree of places of its keys and values. Every
//! check and message after that is YAML's, so the two formats cannot drift apart. A TOML
//! datetime becomes the text YAML would hold (`2024-05-01`, `2024-05-01T10:00:00+03:00`),
//! which the front matter's dates then read with the same rules.

use serde_yaml::{Mapping, Value};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::LineIndex;
use crate::yaml::marks::{Mark, Node};

/// A TOML text's value, and where each of its keys and values is.
#[derive(Debug)]
pub(crate) struct Read {
    pub(crate) value: Value,
    pub(crate) tree: Node,
}

/// Why a text is not TOML, as the toml crate says, and where.
#[derive(Debug)]
pub(crate) struct Syntax {
    pub(crate) at: Mark,
    pub(crate) message: String,
}

/// Reads the TOML `text`.
pub(crate) fn read(text: &str) -> Result<Read, Syntax> {
    let places = Places {
        text,
        lines: LineIndex::new(text),
    };
    let table = DeTable::parse(text).map_err(|err| Syntax {
        at: places.mark(err.span().map_or(0, |span| span.start)),
        message: err.message().trim().to_string(),
    })?;
    let at = places.mark(0);
    let (value, tree) = places.table(table.get_ref(), at);
    Ok(Read { value, tree })
}

/// Byte offsets of the text as lines and columns.
struct Places<'a> {
    text: &'a str,
    lines: LineIndex,
}

impl Places<'_> {
    fn mark(&self, offset: usize) -> Mark {
        // A span falls on characters' boundaries; should one not, its character counts.
        let offset = (0..=offset.min(self.text.len()))
            .rev()
            .find(|&at| self.text.is_char_boundary(at))
            .unwrap_or(0);
        let line = self.lines.line(offset);
        let start = self.text[..offset].rfind('\n').map_or(0, |n| n + 1);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        Mark { line, column }
    }

    /// The value and tree of a table that starts at `at`. The toml crate limits nesting, so
    /// recursion here is bounded.
    fn table(&self, table: &DeTable, at: Mark) -> (Value, Node) {
        let mut mapping = Mapping::with_capacity(table.len());
        let mut entries = Vec::with_capacity(table.len());
        for (key, value) in table {
            let key_at = self.mark(key.span().start);
            let (value, node) = self.value(value);
            mapping.insert(Value::String(key.get_ref().to_string()), value);
            let key = Node::Scalar {
                at: key_at,
                text: key.get_ref().to_string(),
                quoted: false,
            };
            entries.push((key, node));
        }
        (Value::Mapping(mapping), Node::Map { at, entries })
    }

    fn value(&self, value: &Spanned<DeValue>) -> (Value, Node) {
        let at = self.mark(value.span().start);
        let scalar =
            |value: Value, text: String, quoted: bool| (value, Node::Scalar { at, text, quoted });
        match value.get_ref() {
            DeValue::String(text) => {
                scalar(Value::String(text.to_string()), text.to_string(), true)
            }
            DeValue::Integer(integer) => {
                let text = integer.to_string();
                match i64::from_str_radix(integer.as_str(), integer.radix()) {
                    Ok(number) => scalar(Value::Number(number.into()), text, false),
                    Err(_) => scalar(Value::String(text.clone()), text, false),
                }
            }
            DeValue::Float(float) => {
                let text = float.as_str().to_string();
                match float.as_str().replace('_', "").parse::<f64>() {
                    Ok(number) => scalar(Value::Number(number.into()), text, false),
                    Err(_) => scalar(Value::String(text.clone()), text, false),
                }
            }
            DeValue::Boolean(b) => scalar(Value::Bool(*b), b.to_string(), false),
            DeValue::Datetime(datetime) => {
                let text = datetime.to_string();
                scalar(Value::String(text.clone()), text, false)
            }
            DeValue::Array(array) => {
                let (values, items) = array.iter().map(|item| self.value(item)).unzip();
                (Value::Sequence(values), Node::List { at, items })
            }
            DeValue::Table(table) => self.table(table, at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_values_and_dates_have_their_places() {
        let text = "title = \"Otsikko\"\ndate = 2024-05-01\nweight = 0x10\n\n[taxonomies]\ntags = [\"a\", \"b\"]\n\n[[contacts]]\nname = \"N\"\n";
        let read = read(text).unwrap();
        let yaml: Value = serde_yaml::from_str(
            "title: Otsikko\ndate: '2024-05-01'\nweight: 16\ntaxonomies:\n  tags: [a, b]\ncontacts:\n  - name: N\n",
        )
        .unwrap();
        assert_eq!(read.value, yaml);
        let tree = read.tree;
        assert_eq!(tree.key_line("date"), Some(2));
        assert_eq!(tree.key_line("taxonomies"), Some(5));
        let tags = tree.get("taxonomies").and_then(|t| t.get("tags")).unwrap();
        assert_eq!(
            tags.item(1).unwrap().at(),
            Mark {
                line: 6,
                column: 14
            }
        );
        assert_eq!(tree.find_text("N").map(|at| at.line), Some(9));
    }

    #[test]
    fn datetimes_are_written_as_rfc_3339() {
        let read = read("a = 2024-05-01T10:02:00+03:00\nb = 1979-05-27 07:32:00Z\n").unwrap();
        let text = |key: &str| {
            read.value
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        assert_eq!(text("a").as_deref(), Some("2024-05-01T10:02:00+03:00"));
        assert_eq!(text("b").as_deref(), Some("1979-05-27T07:32:00Z"));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let text = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert!(read(&text).is_err());
        let text = format!("x = {}{}\n", "[".repeat(20), "]".repeat(20));
        assert!(read(&text).is_ok());
    }

    #[test]
    fn places_count_characters() {
        let places = Places {
            text: "ä = 1\nåäö = 2\n",
            lines: LineIndex::new("ä = 1\nåäö = 2\n"),
        };
        assert_eq!(places.mark(16), Mark { line: 2, column: 7 });
        assert_eq!(places.mark(1), Mark { line: 1, column: 1 }, "inside `ä`");
    }

    #[test]
    fn a_syntax_error_has_a_place() {
        let err = read("title = \"a\"\ntags = [\"a\",\n").unwrap_err();
        assert_eq!(
            err.at,
            Mark {
                line: 2,
                column: 13
            },
            "{err:?}"
        );
        let err = read("title = \"a\"\ntitle = \"b\"\n").unwrap_err();
        assert_eq!(err.at.line, 2, "{err:?}");
        assert!(!err.message.is_empty());
    }
}
