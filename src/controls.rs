//! Characters that web pages and feeds cannot carry: control characters other than tab, line
//! feed and carriage return, and Unicode noncharacters. XML forbids the C0 controls and
//! U+FFFE/U+FFFF outright, so one in a title would make the feeds and the sitemap malformed,
//! and HTML parsers report every one of them as an error. They come with text pasted from
//! other programs. In front matter and site.yaml they are errors at their line; in a page's
//! body each becomes U+FFFD, as HTML parsers would show it.

use std::borrow::Cow;
use std::path::Path;

use crate::error::{Code, Diagnostic};
use crate::messages::text;

pub(crate) fn is_forbidden(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fdd0}'..='\u{fdef}' => true,
        c => u32::from(c) & 0xfffe == 0xfffe,
    }
}

/// Whether `text` may hold a forbidden character: a byte scan, much faster than decoding
/// every character of every page. A control character below U+0080 is one byte; the others
/// start with 0xC2 (U+0080–U+009F), 0xEF (U+FDD0–U+FFFF) or 0xF0–0xF4 (the other planes).
fn suspect(text: &str) -> bool {
    let wanted = |b: u8| {
        ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r'))
            | (b == 0x7f)
            | (b == 0xc2)
            | (b == 0xef)
            | (b >= 0xf0)
    };
    crate::bytes::find(text.as_bytes(), wanted).is_some()
}

/// `text` with each forbidden character replaced by U+FFFD.
pub(crate) fn replace(text: &str) -> Cow<'_, str> {
    match suspect(text) && text.contains(is_forbidden) {
        true => Cow::Owned(text.replace(is_forbidden, "\u{fffd}")),
        false => Cow::Borrowed(text),
    }
}

/// An error at the first forbidden character of `text`, which starts at line `first_line`
/// of `path`, with its line and column.
pub(crate) fn check_text(text: &str, path: &Path, first_line: usize) -> Result<(), Diagnostic> {
    if !suspect(text) {
        return Ok(());
    }
    for (index, line) in text.split('\n').enumerate() {
        if let Some((column, c)) = line.chars().enumerate().find(|(_, c)| is_forbidden(*c)) {
            return Err(error(path, Some(first_line + index), c).with_column(Some(column + 1)));
        }
    }
    Ok(())
}

/// An error for the first forbidden character of a value, at the `line` where it is written
/// (asked for only then).
pub(crate) fn check_value(
    value: &str,
    path: &Path,
    line: impl FnOnce() -> Option<usize>,
) -> Result<(), Diagnostic> {
    if !suspect(value) {
        return Ok(());
    }
    match value.chars().find(|c| is_forbidden(*c)) {
        Some(c) => Err(error(path, line(), c)),
        None => Ok(()),
    }
}

fn error(path: &Path, line: Option<usize>, c: char) -> Diagnostic {
    Diagnostic::error(
        Code::FileControlCharacter,
        path,
        line,
        text!(
            "file-control-character",
            character = format!("U+{:04X}", u32::from(c))
        ),
    )
    .with_hint(text!("file-control-character-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_noncharacters_are_forbidden_but_whitespace_is_not() {
        for c in [
            '\0',
            '\u{b}',
            '\u{c}',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{fffe}',
            '\u{1ffff}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in [
            '\t', '\n', '\r', ' ', 'ä', '\u{a0}', '\u{2028}', '\u{fffd}', '😀',
        ] {
            assert!(!is_forbidden(c), "{c:?}");
        }
        assert_eq!(replace("a\0b\u{b}"), "a\u{fffd}b\u{fffd}");
        assert!(matches!(replace("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_error_names_line_and_column() {
        let err = check_text("title: a\nx: b\u{b}c\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(5)));
        assert!(err.message.contains("U+000B"), "{}", err.message);
    }
}
