//! YAML syntax errors in words for the person who edits the file. saphyr-parser says where it
//! stopped; what is written there tells the common mistakes apart: a tab used to indent, a
//! quote or bracket never closed, a value with `: ` in it. Each gets its own message at the
//! place to fix.

use super::marks::{Mark, Syntax};
use crate::error::Code;
use crate::messages::{Text, text};

/// A syntax error explained: its code, place, message and hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Explained {
    pub(crate) code: Code,
    pub(crate) at: Mark,
    pub(crate) message: Text,
    pub(crate) hint: Text,
}

/// What is wrong at `syntax`, an error in `text`.
pub(crate) fn explain(syntax: &Syntax, text: &str) -> Explained {
    let explained = |code, at, message, hint| Explained {
        code,
        at,
        message,
        hint,
    };
    if let Some(tab) = indenting_tab(text, syntax.at.line) {
        return explained(
            Code::YamlTab,
            tab,
            text!("yaml-tab"),
            text!("yaml-tab-hint"),
        );
    }
    let at = char_at(text, syntax.at);
    if let Some(quote @ ('"' | '\'')) = at
        && !closed_on_its_line(text, syntax.at, quote)
    {
        return explained(
            Code::YamlUnclosedQuote,
            syntax.at,
            text!("yaml-unclosed-quote"),
            text!("yaml-unclosed-quote-hint", quote = quote.to_string()),
        );
    }
    if let Some(open) = syntax.open.filter(|open| open.line < syntax.at.line)
        && let Some(bracket @ ('[' | '{')) = char_at(text, open)
    {
        let close = if bracket == '[' { ']' } else { '}' };
        return explained(
            Code::YamlUnclosedBracket,
            open,
            text!(
                "yaml-unclosed-bracket",
                bracket = bracket.to_string(),
                close = close.to_string()
            ),
            text!("yaml-unclosed-bracket-hint"),
        );
    }
    if at == Some(':') {
        return explained(
            Code::YamlUnexpectedValue,
            syntax.at,
            text!("yaml-unexpected-value"),
            text!("yaml-unexpected-value-hint"),
        );
    }
    if after_closing_quote(text, syntax.at) {
        return explained(
            Code::YamlSyntax,
            syntax.at,
            text!("yaml-syntax-after-quote"),
            text!("yaml-syntax-after-quote-hint"),
        );
    }
    explained(
        Code::YamlSyntax,
        syntax.at,
        // saphyr's own words, in English.
        text!("yaml-syntax", detail = &syntax.message),
        text!("yaml-syntax-hint"),
    )
}

/// The place of a tab in the indentation of line `line` or of the next line that is not
/// blank: saphyr stops at the value before a line that starts with a tab.
fn indenting_tab(text: &str, line: usize) -> Option<Mark> {
    let lines = text.lines().enumerate().skip(line.checked_sub(1)?);
    let mut candidates = Vec::new();
    for (index, content) in lines {
        candidates.push((index, content));
        if index + 1 > line && !content.trim().is_empty() {
            break;
        }
    }
    candidates.into_iter().find_map(|(index, content)| {
        let indent = content.len() - content.trim_start_matches([' ', '\t']).len();
        let column = content[..indent].find('\t')?;
        Some(Mark {
            line: index + 1,
            column: column + 1,
        })
    })
}

fn char_at(text: &str, at: Mark) -> Option<char> {
    text.lines()
        .nth(at.line.checked_sub(1)?)?
        .chars()
        .nth(at.column.checked_sub(1)?)
}

/// The rest of the line from `at`.
fn rest_of_line(text: &str, at: Mark) -> Option<&str> {
    let line = text.lines().nth(at.line.checked_sub(1)?)?;
    let (offset, _) = line.char_indices().nth(at.column.checked_sub(1)?)?;
    Some(&line[offset..])
}

/// Whether the quoted text opening at `at` closes on its line (then the error is another,
/// such as an unknown escape).
fn closed_on_its_line(text: &str, at: Mark, quote: char) -> bool {
    let Some(rest) = rest_of_line(text, at) else {
        return false;
    };
    let mut chars = rest.chars().skip(1);
    while let Some(c) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => return true,
            _ => {}
        }
    }
    false
}

/// Whether the text before `at` on its line ends with a closing quote.
fn after_closing_quote(text: &str, at: Mark) -> bool {
    let Some(line) = text.lines().nth(at.line.saturating_sub(1)) else {
        return false;
    };
    let before: String = line.chars().take(at.column.saturating_sub(1)).collect();
    before.trim_end().ends_with(['"', '\''])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::marks::read;

    fn explained(text: &str) -> (Code, usize, usize) {
        let syntax = read(text).expect_err("a syntax error");
        let e = explain(&syntax, text);
        (e.code, e.at.line, e.at.column)
    }

    #[test]
    fn an_unclosed_quote_is_shown_where_it_opens() {
        let opened = (Code::YamlUnclosedQuote, 2, 14);
        assert_eq!(
            explained("title: x\ndescription: \"auki\ndate: 2024-01-02\n"),
            opened
        );
        let closed_later = "title: x\ndescription: \"auki\ndate: \"2024-01-02\"\n";
        assert_eq!(explained(closed_later), opened);
        assert_eq!(explained("title: 'auki\n"), (Code::YamlUnclosedQuote, 1, 8));
        assert_eq!(
            explained("title: \"a\\qb\"\n").0,
            Code::YamlSyntax,
            "an escape"
        );
    }

    #[test]
    fn a_tab_is_shown_where_it_is() {
        assert_eq!(explained("title: x\ntags:\n\t- a\n"), (Code::YamlTab, 3, 1));
        assert_eq!(explained("title: x\n\n \tdate: y\n"), (Code::YamlTab, 3, 2));
    }

    #[test]
    fn brackets_colons_and_text_after_quotes() {
        assert_eq!(
            explained("tags: [a, b\ntitle: x\n"),
            (Code::YamlUnclosedBracket, 1, 7)
        );
        assert_eq!(
            explained("title: a: b\n"),
            (Code::YamlUnexpectedValue, 1, 9)
        );
        let after = explain(&read("title: \"a\" b\n").unwrap_err(), "title: \"a\" b\n");
        assert!(
            after.message.contains("follows the closing quote"),
            "{after:?}"
        );
    }
}
