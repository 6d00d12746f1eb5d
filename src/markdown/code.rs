//! Fenced code blocks' info strings. Zola and Hugo put options after the language
//! (```` ```rust,hl_lines=3 ````, ```` ```rust {hl_lines=[3]} ````); pulldown-cmark makes the
//! class from all of it up to a space, so only the language is kept.

use pulldown_cmark::{CodeBlockKind, CowStr};

/// The block's kind with only the language left of a fenced block's info string.
pub(super) fn language_only(kind: CodeBlockKind<'_>) -> CodeBlockKind<'_> {
    match kind {
        CodeBlockKind::Fenced(info) => {
            let end = info
                .find(|c: char| c.is_whitespace() || c == ',' || c == '{')
                .unwrap_or(info.len());
            match end == info.len() {
                true => CodeBlockKind::Fenced(info),
                false => CodeBlockKind::Fenced(CowStr::from(info[..end].to_string())),
            }
        }
        indented => indented,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_after_the_language_are_dropped() {
        let language = |info: &'static str| match language_only(CodeBlockKind::Fenced(info.into()))
        {
            CodeBlockKind::Fenced(info) => info.to_string(),
            CodeBlockKind::Indented => unreachable!(),
        };
        assert_eq!(language("rust,hl_lines=3"), "rust");
        assert_eq!(language("rust {hl_lines=[3]}"), "rust");
        assert_eq!(language("{hl_lines=[3]}"), "");
        assert_eq!(language("python"), "python");
    }
}
