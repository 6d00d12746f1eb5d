//! Where a content file's front matter ends and its body starts: YAML between `---` lines,
//! or TOML between `+++` lines as Zola writes it.

use std::path::Path;

use crate::error::{Code, Diagnostic};
use crate::messages::text;

/// The language a front matter is written in, known from its opening line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Format {
    /// Between `---` lines.
    #[default]
    Yaml,
    /// Between `+++` lines.
    Toml,
}

impl Format {
    /// `key: value` or `key = "value"`, for hints in the front matter's own syntax; a value
    /// `…` (to be filled in) is left bare.
    pub(crate) fn pair(self, key: &str, value: &str) -> String {
        match self {
            Format::Yaml => format!("{key}: {value}"),
            Format::Toml if value == "…" => format!("{key} = …"),
            Format::Toml => format!("{key} = \"{value}\""),
        }
    }

    /// The line that opens and closes this front matter.
    fn fence(self) -> &'static str {
        match self {
            Format::Yaml => "---",
            Format::Toml => "+++",
        }
    }
}

/// The front matter and body of a file, split at the closing fence.
pub(crate) struct Split<'a> {
    pub(crate) format: Format,
    /// The front matter's text, without its fences; it starts at line 2 of the file.
    pub(crate) text: &'a str,
    pub(crate) body: &'a str,
    /// 1-based line of the file where the body starts.
    pub(crate) body_line: usize,
}

/// Splits `text` into its front matter and Markdown body.
pub(crate) fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    let format = match first.trim_end() {
        "---" => Format::Yaml,
        "+++" => Format::Toml,
        _ => {
            return Err(Diagnostic::error(
                Code::FrontmatterMissing,
                path,
                Some(1),
                text!("frontmatter-missing"),
            )
            .with_hint(text!("frontmatter-missing-hint")));
        }
    };
    let fence = format.fence();
    let mut offset = first.len();
    for (index, line) in lines.enumerate() {
        if line.trim_end() == fence {
            return Ok(Split {
                format,
                text: &text[first.len()..offset],
                body: &text[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        Code::FrontmatterUnclosed,
        path,
        Some(1),
        text!("frontmatter-unclosed", fence = fence),
    )
    .with_hint(text!("frontmatter-unclosed-hint", fence = fence)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_body_line() {
        let s = split("---\ntitle: x\n---\nbody\n", Path::new("a.md")).unwrap();
        assert_eq!((s.format, s.text), (Format::Yaml, "title: x\n"));
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        let crlf = split("---\r\ntitle: x\r\n---\r\nbody", Path::new("a.md")).unwrap();
        assert_eq!(crlf.text, "title: x\r\n");
        assert_eq!(crlf.body, "body");
    }

    #[test]
    fn toml_is_between_plus_lines() {
        let s = split("+++\ntitle = \"x\"\n---\n+++\nbody\n", Path::new("a.md")).unwrap();
        assert_eq!((s.format, s.text), (Format::Toml, "title = \"x\"\n---\n"));
        assert_eq!((s.body, s.body_line), ("body\n", 5));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        for text in ["---\ntitle: x\nbody\n", "+++\ntitle = \"x\"\n---\nbody\n"] {
            let err = split(text, Path::new("a.md")).err().unwrap();
            assert!(err.message.contains("never closed"), "{}", err.message);
        }
        let err = split("title: x\n", Path::new("a.md")).err().unwrap();
        assert!(err.hint.unwrap().contains("+++"));
    }
}
