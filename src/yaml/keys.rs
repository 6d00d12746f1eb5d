//! The keys a YAML mapping may hold, taken from the serde struct it is read into, and every
//! key of a text that breaks them. serde stops at the first unknown key; this finds them all,
//! each with its place, so a file with three typos takes one run to fix.

use serde::de::{self, DeserializeOwned, Visitor};

use super::marks::{Mark, Node};

/// The keys a mapping may hold and the keys of the mappings nested in it. Keys not listed in
/// `nested` may hold anything their field's type accepts.
#[derive(Debug, Clone, Default)]
pub(crate) struct Keys {
    /// `None` when any key is allowed (the value is not a struct).
    fields: Option<Vec<&'static str>>,
    nested: Vec<(&'static str, Keys)>,
}

impl Keys {
    /// The fields of `T` as its `Deserialize` lists them; any key when `T` is not a struct.
    pub(crate) fn of<T: DeserializeOwned>() -> Keys {
        Keys {
            fields: fields_of::<T>().map(<[_]>::to_vec),
            nested: Vec::new(),
        }
    }

    /// These keys and those of `T`, for a mapping read into several flattened structs.
    pub(crate) fn and<T: DeserializeOwned>(mut self) -> Keys {
        if let (Some(fields), Some(more)) = (&mut self.fields, fields_of::<T>()) {
            fields.extend_from_slice(more);
        }
        self
    }

    /// Whether `key` is one of these keys (any key is, when any is allowed).
    pub(crate) fn allows(&self, key: &str) -> bool {
        self.fields.as_ref().is_none_or(|f| f.contains(&key))
    }

    /// These keys with `keys` for the mapping, or each mapping of the list, under `key`.
    pub(crate) fn with(mut self, key: &'static str, keys: Keys) -> Keys {
        self.nested.push((key, keys));
        self
    }
}

/// A key that is not allowed where it is, with the keys that are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unknown {
    pub(crate) key: String,
    pub(crate) at: Mark,
    pub(crate) allowed: Vec<&'static str>,
    /// A key of the outermost mapping.
    pub(crate) top: bool,
}

/// Every key of `node` and of the mappings nested in it that `keys` does not allow, in the
/// order of the text.
pub(crate) fn unknown(root: &Node, keys: &Keys) -> Vec<Unknown> {
    let mut found = Vec::new();
    let mut todo = vec![(root, keys)];
    while let Some((node, keys)) = todo.pop() {
        let Node::Map { entries, .. } = node else {
            continue;
        };
        for (key, value) in entries {
            let name = key.text().unwrap_or_default();
            if let Some(allowed) = keys.fields.as_ref().filter(|f| !f.contains(&name)) {
                found.push(Unknown {
                    key: name.to_string(),
                    at: key.at(),
                    allowed: allowed.clone(),
                    top: std::ptr::eq(node, root),
                });
                continue;
            }
            let Some((_, inner)) = keys.nested.iter().find(|(k, _)| *k == name) else {
                continue;
            };
            match value {
                Node::List { items, .. } => todo.extend(items.iter().map(|item| (item, inner))),
                other => todo.push((other, inner)),
            }
        }
    }
    found.sort_by_key(|u| (u.at.line, u.at.column));
    found
}

/// Every key that a mapping already had, anywhere in `node`: the second one's place.
pub(crate) fn repeated(node: &Node) -> Vec<(String, Mark)> {
    let mut found = Vec::new();
    for node in node.all() {
        let Node::Map { entries, .. } = node else {
            continue;
        };
        for (index, (key, _)) in entries.iter().enumerate() {
            let Some(name) = key.text() else { continue };
            if entries[..index].iter().any(|(k, _)| k.text() == Some(name)) {
                found.push((name.to_string(), key.at()));
            }
        }
    }
    found.sort_by_key(|(_, at)| (at.line, at.column));
    found
}

/// The field names `T`'s derived `Deserialize` passes to `deserialize_struct`, which is how
/// serde itself knows them; `None` for a type that is not a struct.
fn fields_of<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    let mut fields = None;
    let _ = T::deserialize(Fields(&mut fields));
    fields
}

/// A deserializer that only records the fields a struct asks for, then stops.
struct Fields<'a>(&'a mut Option<&'static [&'static str]>);

#[derive(Debug)]
struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("only the fields were wanted")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Stop
    }
}

impl<'de> de::Deserializer<'de> for Fields<'_> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        *self.0 = Some(fields);
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::marks::read;

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        title: String,
        items: Vec<Inner>,
        extra: Option<serde_yaml::Mapping>,
    }

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        name: String,
    }

    fn keys() -> Keys {
        Keys::of::<Outer>().with("items", Keys::of::<Inner>())
    }

    #[test]
    fn fields_come_from_the_struct() {
        assert_eq!(fields_of::<Outer>(), Some(&["title", "items", "extra"][..]));
        assert_eq!(fields_of::<serde_yaml::Value>(), None);
    }

    #[test]
    fn every_unknown_key_is_found_nested_ones_too_but_not_in_free_mappings() {
        let text = "tittle: a\nitems:\n  - name: x\n    nmae: y\nextra:\n  anything: 1\ntgas: []\n";
        let found = unknown(&read(text).unwrap(), &keys());
        let places: Vec<(&str, usize, usize)> = found
            .iter()
            .map(|u| (u.key.as_str(), u.at.line, u.at.column))
            .collect();
        assert_eq!(places, [("tittle", 1, 1), ("nmae", 4, 5), ("tgas", 7, 1)]);
        assert_eq!(found[1].allowed, ["name"]);
    }

    #[test]
    fn a_repeated_key_is_found_at_its_second_place() {
        let found = repeated(&read("title: a\nextra:\n  x: 1\n  x: 2\ntitle: b\n").unwrap());
        let lines: Vec<(&str, usize)> = found.iter().map(|(k, at)| (k.as_str(), at.line)).collect();
        assert_eq!(lines, [("x", 4), ("title", 5)]);
    }
}
