//! YAML parsing shared by `site.yaml` and front matter. serde_yaml_ng reads the values; when
//! it fails, saphyr-parser's marked events say where every key is, so each problem of the
//! text is reported at its own place: every unknown key (with the key that was meant), every
//! repeated key, and a syntax error where it is to be fixed. A text without problems is read
//! once, by serde_yaml_ng alone.

use std::path::Path;

use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::{Code, Diagnostic, closest};
use crate::messages::{Text, text};

pub(crate) mod keys;
pub(crate) mod marks;
mod syntax;

pub(crate) use keys::Keys;
use marks::{Mark, Node};

/// What a YAML file may hold, and the codes of its problems.
pub(crate) struct Schema {
    pub(crate) unknown_key: Code,
    pub(crate) missing_key: Code,
    pub(crate) invalid_value: Code,
    /// The keys allowed, made only when a problem is reported.
    pub(crate) keys: fn() -> Keys,
    /// Other programs' names of keys, with ours: their hint whatever the spelling.
    pub(crate) renamed: &'static [(&'static str, &'static str)],
    /// Other programs' top-level keys that have no counterpart here, with what to do.
    pub(crate) unmatched: &'static [Unmatched],
}

/// Another program's key that has no counterpart here, and the hint that says what to do.
pub(crate) type Unmatched = (&'static str, fn() -> Text);

impl Schema {
    /// Whether this is site.yaml's schema, whose problems are told in words of their own.
    fn is_config(&self) -> bool {
        self.unknown_key == Code::ConfigUnknownKey
    }
}

/// Parses `text` (which starts at line `first_line` of `path`) into `T`, or every problem
/// found in it.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
    schema: &Schema,
) -> Result<T, Vec<Diagnostic>> {
    serde_yaml::from_str(text).map_err(|err| {
        let file = File {
            path,
            first_line,
            schema,
            pair: &|key, value| format!("{key}: {value}"),
        };
        problems(&err, text, &file, &|value| T::deserialize(value).err())
    })
}

/// What `T` says of a value it refuses; nothing when it takes it.
type Refuses<'a> = &'a dyn Fn(&serde_yaml::Value) -> Option<serde_yaml::Error>;

/// The first top-level entry of `value` that `refuses` refuses alone, with its complaint and
/// place. serde reads a struct with flattened parts from a buffer, so its own complaint has
/// no place but the mapping's start. A top-level key missing is no entry's fault: none then.
fn refused_entry(
    value: &serde_yaml::Value,
    tree: &Node,
    file: &File,
    refuses: Refuses,
) -> Option<(serde_yaml::Error, Mark)> {
    let keys = (file.schema.keys)();
    value.as_mapping()?.iter().find_map(|(key, value)| {
        let alone = serde_yaml::Mapping::from_iter([(key.clone(), value.clone())]);
        let err = refuses(&serde_yaml::Value::Mapping(alone))?;
        let missing = missing_key(&err.to_string());
        if missing.is_some_and(|key| keys.allows(&key)) {
            return None;
        }
        Some((err, tree.get(key.as_str()?)?.at()))
    })
}

/// The key of serde's complaint that a required key is missing, in the derive's words.
fn missing_key(message: &str) -> Option<String> {
    let (_, rest) = message.split_once("missing field `")?;
    Some(rest.split('`').next().unwrap_or(rest).to_string())
}

/// Reads `value`, which another format's parser made (TOML front matter), into `T`, or every
/// problem found in it: `tree` says where each key and value is, so that the messages are
/// those of YAML text. Only serde's own complaint comes without a place, so it is put at the
/// first top-level entry that `T` refuses alone, as YAML's is. `pair` writes a key in the
/// value's own syntax, for hints.
pub(crate) fn parse_value<T: DeserializeOwned>(
    value: &serde_yaml::Value,
    tree: &Node,
    path: &Path,
    first_line: usize,
    schema: &Schema,
    pair: Pair,
) -> Result<T, Vec<Diagnostic>> {
    let err = match T::deserialize(value) {
        Ok(parsed) => return Ok(parsed),
        Err(err) => err,
    };
    let file = File {
        path,
        first_line,
        schema,
        pair,
    };
    let found = key_problems(tree, &file);
    if !found.is_empty() {
        return Err(found);
    }
    let refused = refused_entry(value, tree, &file, &|value| T::deserialize(value).err());
    let (err, at) = refused.unwrap_or((err, tree.at()));
    Err(vec![described(err.to_string(), at, &file)])
}

/// The tree of places of `text`, for messages about its values; `None` when it is not YAML.
pub(crate) fn places(text: &str) -> Option<Node> {
    marks::read_lenient(text)
}

/// Writes `key: value` in a format's own syntax, for hints.
pub(crate) type Pair<'a> = &'a dyn Fn(&str, &str) -> String;

/// Where the text is, for the diagnostics' places, and how its format writes a key.
struct File<'a> {
    path: &'a Path,
    first_line: usize,
    schema: &'a Schema,
    pair: Pair<'a>,
}

impl File<'_> {
    fn error(&self, code: Code, at: Mark, message: Text) -> Diagnostic {
        Diagnostic::error(
            code,
            self.path,
            Some(at.line + self.first_line - 1),
            message,
        )
        .with_column(Some(at.column))
    }
}

fn problems(err: &serde_yaml::Error, text: &str, file: &File, refuses: Refuses) -> Vec<Diagnostic> {
    let tree = match marks::read(text) {
        Ok(tree) => Some(tree),
        // Both parsers reject the text: saphyr's place and what is written there tell
        // which mistake it is.
        Err(error) if serde_yaml::from_str::<IgnoredAny>(text).is_err() => {
            let explained = syntax::explain(&error, text);
            let diagnostic = file.error(explained.code, explained.at, explained.message);
            return vec![diagnostic.with_hint(explained.hint)];
        }
        Err(_) => marks::read_lenient(text),
    };
    let mut found = tree
        .as_ref()
        .map_or(Vec::new(), |tree| key_problems(tree, file));
    if !found.is_empty() {
        return found;
    }
    // serde's place is the mapping's start when the struct has flattened parts: the entry
    // refused alone is the one to show.
    let at_start = err.location().is_none_or(|l| l.index() == 0);
    let refused = tree.as_ref().filter(|_| at_start).and_then(|tree| {
        let value = serde_yaml::from_str(text).ok()?;
        refused_entry(&value, tree, file, refuses)
    });
    found.push(match refused {
        Some((err, at)) => described(err.to_string(), at, file),
        None => from_serde(err, tree.as_ref(), file),
    });
    found
}

/// Every unknown key of `tree` with the key that was meant, and every repeated key.
fn key_problems(tree: &Node, file: &File) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for unknown in keys::unknown(tree, &(file.schema.keys)()) {
        let message = match file.schema.is_config() {
            true => text!("config-unknown-key", key = &unknown.key),
            false => text!("frontmatter-unknown-key", key = &unknown.key),
        };
        let diagnostic = file.error(file.schema.unknown_key, unknown.at, message);
        let renamed = (file.schema.renamed.iter())
            .find(|(theirs, ours)| *theirs == unknown.key && unknown.allowed.contains(ours));
        let unmatched = (file.schema.unmatched.iter())
            .find(|(theirs, _)| unknown.top && *theirs == unknown.key);
        found.push(match (renamed, unmatched) {
            (Some((_, ours)), _) => diagnostic.with_hint(text!(
                "yaml-renamed-key-hint",
                ours = *ours,
                key = &unknown.key
            )),
            (None, Some((_, hint))) => diagnostic.with_hint(hint()),
            (None, None) => match closest(&unknown.key, &unknown.allowed) {
                Some(best) => diagnostic.with_hint(text!("hint-did-you-mean", word = best)),
                None => diagnostic.with_hint(text!(
                    "yaml-allowed-keys-hint",
                    keys = unknown.allowed.join(", ")
                )),
            },
        });
    }
    for (key, at) in keys::repeated(tree) {
        let message = text!("yaml-duplicate-key", key = key);
        found.push(
            file.error(Code::YamlDuplicateKey, at, message)
                .with_hint(text!("yaml-duplicate-key-hint")),
        );
    }
    found
}

/// serde_yaml_ng's own error, for a problem the tree does not show: a value of the wrong
/// kind, a missing key, aliases that repeat too much.
fn from_serde(err: &serde_yaml::Error, tree: Option<&Node>, file: &File) -> Diagnostic {
    let location = err.location();
    let first_alias = tree.and_then(|tree| {
        let all = tree.all();
        all.into_iter()
            .find(|node| matches!(node, Node::Alias { .. }))
            .map(Node::at)
    });
    // Only the limits on aliases come without a place.
    if let (None, Some(alias)) = (&location, first_alias) {
        return file
            .error(Code::YamlAliases, alias, text!("yaml-aliases"))
            .with_hint(text!("yaml-aliases-hint"));
    }
    let at = location
        .as_ref()
        .map_or(Mark { line: 1, column: 1 }, |l| Mark {
            line: l.line(),
            column: l.column(),
        });
    let mut message = err.to_string();
    if let Some(l) = &location {
        // The diagnostic shows the place itself.
        let suffix = format!(" at line {} column {}", l.line(), l.column());
        if let Some(start) = message.strip_suffix(&suffix).map(str::len) {
            message.truncate(start);
        }
    }
    described(message, at, file)
}

/// serde's complaint `message` about the value at `at`, in kielo's words where they differ.
fn described(message: String, at: Mark, file: &File) -> Diagnostic {
    let schema = file.schema;
    // serde's derive reports an absent field in these words, with no other sign of it.
    if let Some(key) = missing_key(&message) {
        let example = (file.pair)(&key, "…");
        let (message, hint) = match schema.is_config() {
            true => (
                text!("config-missing-key", key = &key),
                text!("config-missing-key-hint", example = example),
            ),
            false => (
                text!("frontmatter-missing-key", key = &key),
                text!("frontmatter-missing-key-hint", example = example),
            ),
        };
        return file.error(schema.missing_key, at, message).with_hint(hint);
    }
    // serde's own words, which name the kind of value it found and the kind it expected.
    let (message, hint) = match schema.is_config() {
        true => (
            text!("config-invalid-value", detail = message),
            text!("config-invalid-value-hint"),
        ),
        false => (
            text!("frontmatter-invalid-value", detail = message),
            text!("frontmatter-invalid-value-hint"),
        ),
    };
    file.error(schema.invalid_value, at, message)
        .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Text;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    const SMALL: Schema = Schema {
        unknown_key: Code::FrontmatterUnknownKey,
        missing_key: Code::FrontmatterMissingKey,
        invalid_value: Code::FrontmatterInvalidValue,
        keys: Keys::of::<Small>,
        renamed: &[],
        unmatched: &[],
    };

    const ANY: Schema = Schema {
        keys: Keys::default,
        ..SMALL
    };

    fn one<T: DeserializeOwned + std::fmt::Debug>(text: &str, schema: &Schema) -> Diagnostic {
        let mut all = parse::<T>(text, Path::new("x.md"), 2, schema).unwrap_err();
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0)
    }

    #[test]
    fn every_unknown_key_has_its_line_and_suggestion() {
        let text = "title: a\ntgas: [x]\ntittle: b\nzzzz: c\n";
        let all = parse::<Small>(text, Path::new("x.md"), 2, &SMALL).unwrap_err();
        let places: Vec<_> = all.iter().map(|d| (d.line, d.column, d.code)).collect();
        let code = Code::FrontmatterUnknownKey;
        assert_eq!(
            places,
            [
                (Some(3), Some(1), code),
                (Some(4), Some(1), code),
                (Some(5), Some(1), code)
            ]
        );
        assert_eq!(all[0].message, "unknown key `tgas`");
        assert_eq!(
            all[0].hint.as_ref().map(Text::english).as_deref(),
            Some("did you mean `tags`?")
        );
        assert_eq!(
            all[2].hint.as_ref().map(Text::english).as_deref(),
            Some("the keys allowed here are: title, tags")
        );
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let err = one::<Small>("title: \"open\ntags: []\n", &SMALL);
        assert_eq!((err.line, err.column), (Some(2), Some(8)), "{err:?}");
        assert_eq!(err.code, Code::YamlUnclosedQuote);
        let err = one::<Small>("title: a\n  tgas: [x]\n", &SMALL);
        assert_eq!((err.line, err.column), (Some(3), Some(7)), "{err:?}");
    }

    #[test]
    fn an_alias_bomb_is_reported_where_the_aliases_start() {
        let mut text = "title: a\nx: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n".to_string();
        for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        {
            let list = vec![format!("*{previous}"); 9].join(", ");
            text.push_str(&format!("{name}: &{name} [{list}]\n"));
        }
        let err = one::<serde_yaml::Value>(&text, &ANY);
        assert_eq!(
            (err.line, err.code),
            (Some(4), Code::YamlAliases),
            "{err:?}"
        );
    }

    #[test]
    fn missing_field_and_wrong_kinds_are_named() {
        let err = one::<Small>("tags: []\n", &SMALL);
        assert_eq!(err.message, "the required key `title` is missing");
        assert_eq!(err.code, Code::FrontmatterMissingKey);
        let err = one::<Small>("title: [a]\n", &SMALL);
        assert_eq!(err.code, Code::FrontmatterInvalidValue);
        assert_eq!((err.line, err.column), (Some(2), Some(8)));
        assert!(!err.message.contains("at line"), "{}", err.message);
    }

    #[test]
    fn syntax_errors_and_missing_keys_are_told_in_each_language() {
        use crate::messages::{Language, Messages};
        let (fi, sv) = (Messages::new(Language::Fi), Messages::new(Language::Sv));
        let err = one::<Small>("title: \"open\ntags: []\n", &SMALL);
        assert_eq!(
            fi.format(&err.message),
            "tästä alkaa lainausmerkeissä oleva teksti, mutta sen loppulainausmerkki puuttuu"
        );
        let hint = err.hint.expect("a hint");
        assert_eq!(
            sv.format(&hint),
            "stäng citatet på samma rad: lägg till `\"` i slutet av värdet, eller ta bort det inledande citattecknet"
        );
        let err = one::<Small>("tags: []\n", &SMALL);
        assert_eq!(err.message.id(), "frontmatter-missing-key");
        let hint = err.hint.expect("a hint");
        assert_eq!(
            fi.format(&hint),
            "lisää front matter -osaan rivi, esimerkiksi `title: …`"
        );
        let err = one::<Small>("title: [a]\n", &SMALL);
        let finnish = fi.format(&err.message);
        assert!(
            finnish.starts_with("arvo ei kelpaa: title: invalid type"),
            "{finnish}"
        );
    }

    #[test]
    fn repeated_keys_are_each_reported() {
        let all = parse::<Small>(
            "title: a\ntitle: b\ntags: []\ntags: []\n",
            Path::new("x.md"),
            2,
            &SMALL,
        )
        .unwrap_err();
        let lines: Vec<_> = all.iter().map(|d| (d.code, d.line)).collect();
        let code = Code::YamlDuplicateKey;
        assert_eq!(lines, [(code, Some(3)), (code, Some(5))]);
    }

    #[test]
    fn a_tab_after_a_colon_does_not_hide_the_unknown_keys() {
        let all =
            parse::<Small>("title:\ta\ntgas: []\n", Path::new("x.md"), 2, &SMALL).unwrap_err();
        assert_eq!(all[0].code, Code::FrontmatterUnknownKey, "{all:?}");
        assert_eq!(all[0].line, Some(3));
    }
}
