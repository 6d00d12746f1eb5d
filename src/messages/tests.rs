//! The catalogues: each parses, each language has every message with the same arguments,
//! every code has words, and every message the code names exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;
use crate::error::Code;

/// Each message id of `language` with the variables its text uses.
fn messages_of(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (file, text) in files(language) {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        variables_of(pattern, &mut variables);
                    }
                    assert!(message.attributes.is_empty(), "{file}: {id} has attributes");
                    let previous = all.insert(id.clone(), variables);
                    assert!(previous.is_none(), "{file}: {id} is defined twice");
                }
                ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    all
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages_of(Language::En);
    for language in [Language::Fi, Language::Sv] {
        let other = messages_of(language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{language:?} has messages English lacks: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id], variables,
                "{language:?} {id} uses other arguments than English"
            );
        }
    }
}

#[test]
fn no_placeholder_is_left_in_a_catalogue() {
    for language in Language::ALL {
        for (file, text) in files(language) {
            for word in ["TODO", "FIXME", "XXX", "TBD"] {
                assert!(!text.contains(word), "{file} holds {word}");
            }
        }
    }
}

#[test]
fn every_code_has_words_in_every_language() {
    for language in Language::ALL {
        let ids = messages_of(language);
        for code in Code::ALL {
            let prefix = code.as_str().replace('.', "-");
            assert!(
                ids.keys()
                    .any(|id| id == &prefix || id.starts_with(&format!("{prefix}-"))),
                "{language:?} has no message for {}",
                code.as_str()
            );
        }
    }
}

/// Every message kielo's source names with the `text!` macro is in the catalogues.
#[test]
fn every_message_the_code_names_exists() {
    let english = messages_of(Language::En);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut named = 0;
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.expect("src/ can be read");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).expect("source is UTF-8");
        for (at, _) in source.match_indices("text!(") {
            // The id may be on the next line, after rustfmt broke the call.
            let Some(rest) = source[at + 6..].trim_start().strip_prefix('"') else {
                continue;
            };
            let id = &rest[..rest.find('"').expect("a closing quote")];
            // This file's own searches are not messages.
            if !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                continue;
            }
            named += 1;
            assert!(
                english.contains_key(id),
                "{} names the message {id}, which no catalogue has",
                entry.path().display()
            );
        }
    }
    assert!(
        named > 10,
        "only {named} messages found: is the scan wrong?"
    );
}

#[test]
fn languages_from_codes_and_locales() {
    assert_eq!(Language::from_code("sv_FI.UTF-8"), Some(Language::Sv));
    assert_eq!(Language::from_code("fi-FI"), Some(Language::Fi));
    assert_eq!(Language::from_code("C.UTF-8"), None);
    let env = |name: &str| match name {
        "LC_ALL" => Some(String::new()),
        "LANG" => Some("fi_FI.UTF-8".to_string()),
        _ => None,
    };
    assert_eq!(Language::from_environment(env), Some(Language::Fi));
}

#[test]
fn arguments_and_plurals_come_out_in_each_language() {
    let one = text!("build-stopped", errors = 1);
    let two = text!("build-stopped", errors = 2);
    assert_eq!(one.english(), "the build stopped: 1 error to fix");
    assert_eq!(two.english(), "the build stopped: 2 errors to fix");
    let finnish = Messages::new(Language::Fi);
    assert_eq!(
        finnish.format(&two),
        "sivustoa ei rakennettu: korjaa 2 virhettä"
    );
    let nested = text!(
        "diagnostic-error",
        place = text!("diagnostic-place", file = "a.md")
    );
    assert_eq!(Messages::new(Language::Sv).format(&nested), "fel: a.md");
}

#[test]
fn moments_are_written_as_each_language_writes_them() {
    let when: jiff::Zoned = "2026-12-01T09:00[Europe/Helsinki]".parse().unwrap();
    let said = |language| Messages::new(language).moment(&when);
    assert_eq!(said(Language::Fi), "1.12.2026 klo 9.00");
    assert_eq!(said(Language::Sv), "1 dec. 2026 09:00");
    assert_eq!(said(Language::En), "1 Dec 2026, 09:00");
}
