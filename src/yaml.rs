//! YAML parsing shared by `site.yaml` and front matter, turning serde's messages into
//! diagnostics that name the file and line and suggest the key that was meant.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Code, Diagnostic, closest};

/// Which file the YAML is, for the codes of its diagnostics.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Config,
    FrontMatter,
}

impl Kind {
    fn unknown_key(self) -> Code {
        match self {
            Kind::Config => Code::ConfigUnknownKey,
            Kind::FrontMatter => Code::FrontmatterUnknownKey,
        }
    }

    fn missing_key(self) -> Code {
        match self {
            Kind::Config => Code::ConfigMissingKey,
            Kind::FrontMatter => Code::FrontmatterMissingKey,
        }
    }

    fn invalid_value(self) -> Code {
        match self {
            Kind::Config => Code::ConfigInvalidValue,
            Kind::FrontMatter => Code::FrontmatterInvalidValue,
        }
    }
}

/// Parses `text` (which starts at line `first_line` of `path`) into `T`.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
    kind: Kind,
) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|err| to_diagnostic(&err, text, path, first_line, kind))
}

/// The first line that uses a YAML alias (`*name`), counted from 0.
fn first_alias(text: &str) -> Option<usize> {
    text.lines().position(|line| {
        line.match_indices('*').any(|(at, _)| {
            let before = line[..at].trim_end();
            let after = line[at + 1..].chars().next();
            (before.is_empty() || before.ends_with([':', '-', '[', ',', '{']))
                && after.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

fn to_diagnostic(
    err: &serde_yaml::Error,
    text: &str,
    path: &Path,
    first_line: usize,
    kind: Kind,
) -> Diagnostic {
    let full = err.to_string();
    if full.starts_with("repetition limit exceeded") || full.starts_with("recursion limit exceeded")
    {
        let line = first_alias(text).map_or(first_line, |i| i + first_line);
        return Diagnostic::error(
            Code::YamlAliases,
            path,
            Some(line),
            "the YAML aliases (`*name`) from here on repeat their values too many times".into(),
        )
        .with_hint("write the values out in full instead of using `&anchor` and `*alias`");
    }
    // A problem the parser gives no place for is shown at the first line.
    let line = Some(
        err.location()
            .map_or(first_line, |l| l.line() + first_line - 1),
    );
    let column = err.location().map(|l| l.column());
    // serde_yaml appends " at line N column M"; the diagnostic gives the line itself.
    let message = match full.find(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full.clone(),
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|k| !k.is_empty())
            .collect();
        let diagnostic = Diagnostic::error(
            kind.unknown_key(),
            path,
            line,
            format!("unknown key `{key}`"),
        )
        .with_column(column);
        return match closest(key, &known) {
            Some(best) => diagnostic.with_hint(format!("did you mean `{best}`?")),
            None => {
                diagnostic.with_hint(format!("the keys allowed here are: {}", known.join(", ")))
            }
        };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return Diagnostic::error(
            kind.missing_key(),
            path,
            line,
            format!("the required key `{key}` is missing"),
        )
        .with_column(column)
        .with_hint(format!("add a line such as `{key}: …`"));
    }
    if let Some(rest) = message.strip_prefix("duplicate entry with key \"") {
        let key = rest.split('"').next().unwrap_or(rest);
        return Diagnostic::error(
            Code::YamlDuplicateKey,
            path,
            line,
            format!("the key `{key}` is given twice"),
        )
        .with_hint("keep one line for each key");
    }
    // libyaml names where the unfinished thing began: that is the line to fix.
    if let Some((problem, started)) = full.split_once(", while ") {
        let (what, at) = started.split_once(" at line ").unwrap_or((started, ""));
        let mut numbers = at.split(" column ").map(|n| n.trim().parse::<usize>().ok());
        let (start_line, start_column) = (numbers.next().flatten(), numbers.next().flatten());
        let (code, plain) = match what {
            "scanning a quoted scalar" => (
                Code::YamlUnclosedQuote,
                "a quoted text starts here but its closing quote is missing".to_string(),
            ),
            "parsing a flow sequence" => (
                Code::YamlUnclosedBracket,
                "a list `[` starts here but its closing `]` is missing".to_string(),
            ),
            "parsing a flow mapping" => (
                Code::YamlUnclosedBracket,
                "a `{` starts here but its closing `}` is missing".to_string(),
            ),
            _ => (
                Code::YamlSyntax,
                format!(
                    "{}, while {what}",
                    problem.split(" at line ").next().unwrap_or(problem)
                ),
            ),
        };
        return Diagnostic::error(
            code,
            path,
            start_line.map(|l| l + first_line - 1).or(line),
            plain,
        )
        .with_column(start_column.or(column))
        .with_hint(
            "close the quote or bracket on the same line, or put the value in quotes if it \
             contains `:`, `#`, `[` or `{`",
        );
    }
    if message.starts_with("mapping values are not allowed") {
        return Diagnostic::error(Code::YamlUnexpectedValue, path, line, "a `key: value` is not expected here".into())
            .with_column(column)
            .with_hint(
                "start every key at the beginning of its line, and put a value containing `: ` in quotes",
            );
    }
    // Without a place, serde's message is about the data (a wrong type), not the syntax.
    let code = match err.location() {
        Some(_) if message.starts_with("invalid ") => kind.invalid_value(),
        Some(_) => Code::YamlSyntax,
        None => kind.invalid_value(),
    };
    Diagnostic::error(code, path, line, message)
        .with_column(column)
        .with_hint(
            "check the YAML syntax on this line: a `key: value` pair per line, \
         quotes closed, list items starting with `- `",
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn unknown_key_names_line_and_suggestion() {
        let err = parse::<Small>(
            "title: a\ntgas: [x]\n",
            Path::new("x.md"),
            2,
            Kind::FrontMatter,
        )
        .unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert_eq!(err.message, "unknown key `tgas`");
        assert_eq!(err.hint.as_deref(), Some("did you mean `tags`?"));
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let err = parse::<Small>(
            "title: \"open\ntags: []\n",
            Path::new("x.md"),
            2,
            Kind::FrontMatter,
        )
        .unwrap_err();
        assert!(err.line.is_some());
        let err = parse::<Small>(
            "title: a\n  tgas: [x]\n",
            Path::new("x.md"),
            2,
            Kind::FrontMatter,
        )
        .unwrap_err();
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
        let err =
            parse::<serde_yaml::Value>(&text, Path::new("x.md"), 2, Kind::FrontMatter).unwrap_err();
        assert_eq!(err.line, Some(4), "{err:?}");
        assert!(err.message.contains("aliases"), "{err:?}");
    }

    #[test]
    fn missing_field_is_named() {
        let err =
            parse::<Small>("tags: []\n", Path::new("x.md"), 2, Kind::FrontMatter).unwrap_err();
        assert!(err.message.contains("`title`"), "{}", err.message);
    }
}
