//! YAML parsing shared by `site.yaml` and front matter, turning serde's messages into
//! diagnostics that name the file and line and suggest the key that was meant.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, closest};

/// Parses `text` (which starts at line `first_line` of `path`) into `T`.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
) -> Result<T, Diagnostic> {
    serde_yaml::from_str(text).map_err(|err| to_diagnostic(&err, path, first_line))
}

fn to_diagnostic(err: &serde_yaml::Error, path: &Path, first_line: usize) -> Diagnostic {
    let line = err.location().map(|l| l.line() + first_line - 1);
    let full = err.to_string();
    // serde_yaml appends " at line N column M"; the diagnostic gives the line itself.
    let message = match full.find(" at line ") {
        Some(at) => full[..at].to_string(),
        None => full,
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .filter(|k| !k.is_empty())
            .collect();
        let diagnostic = Diagnostic::error(path, line, format!("unknown key `{key}`"));
        return match closest(key, &known) {
            Some(best) => diagnostic.with_hint(format!("did you mean `{best}`?")),
            None => {
                diagnostic.with_hint(format!("the keys allowed here are: {}", known.join(", ")))
            }
        };
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return Diagnostic::error(path, line, format!("the required key `{key}` is missing"))
            .with_hint(format!("add a line such as `{key}: …`"));
    }
    Diagnostic::error(path, line, message).with_hint(
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
        let err = parse::<Small>("title: a\ntgas: [x]\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert_eq!(err.message, "unknown key `tgas`");
        assert_eq!(err.hint.as_deref(), Some("did you mean `tags`?"));
    }

    #[test]
    fn syntax_error_has_line() {
        let err = parse::<Small>("title: \"open\ntags: []\n", Path::new("x.md"), 2).unwrap_err();
        assert!(err.line.is_some());
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse::<Small>("tags: []\n", Path::new("x.md"), 2).unwrap_err();
        assert!(err.message.contains("`title`"), "{}", err.message);
    }
}
