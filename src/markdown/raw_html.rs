//! Raw HTML written inside Markdown. Left out with a warning unless site.yaml allows it;
//! allowed, a page with any is cleaned by ammonia, a maintained HTML sanitiser, so that
//! nothing in it can run script (`<script>`, event handlers, `javascript:` or `data:`
//! addresses however they are spelt or encoded). What cleaning takes away from each piece is
//! named in a warning at its line.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

use ammonia::Builder;

use crate::messages::{Text, text};

/// Ammonia's safe defaults, plus what pulldown-cmark itself writes: task list checkboxes,
/// heading ids, footnote classes, table column alignment.
static SANITISER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let mut builder = Builder::default();
    builder
        .add_tags(["input", "label", "section"])
        .add_generic_attributes(["id", "class"])
        .add_generic_attribute_prefixes(["aria-", "data-"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .filter_style_properties(["text-align"].into())
        // `data:` only for pictures, as Markdown images may be; never for links or frames.
        .add_url_schemes(["data"])
        .attribute_filter(|element, attribute, value| {
            let plain = value.trim_start().to_ascii_lowercase();
            let picture =
                element == "img" && attribute == "src" && plain.starts_with("data:image/");
            match plain.starts_with("data:") && !picture {
                true => None,
                false => Some(Cow::Borrowed(value)),
            }
        })
        // Links keep what the author wrote; kielo adds no `rel`.
        .link_rel(None);
    builder
});

/// The page's HTML without anything that could run script.
pub(super) fn clean(html: &str) -> String {
    SANITISER.clean(html).to_string()
}

/// What cleaning takes away from one piece of raw HTML: `<tag>` for a tag, `attribute` of
/// `<tag>` for an attribute.
pub(super) fn removed(html: &str) -> Vec<Text> {
    let kept = names(&clean(html));
    let gone: BTreeSet<_> = names(html).difference(&kept).cloned().collect();
    // A tag taken away takes its attributes with it.
    let whole = |tag: &String| gone.contains(&(tag.clone(), None));
    gone.iter()
        .filter(|(tag, attribute)| attribute.is_none() || !whole(tag))
        .map(|(tag, attribute)| match attribute {
            Some(attribute) => text!(
                "md-content-raw-html-attribute",
                attribute = attribute,
                tag = tag
            ),
            None => text!("md-content-raw-html-tag", tag = tag),
        })
        .collect()
}

/// The parts taken away as one list, each in the language it is shown in: `a, b, c`; none
/// when nothing is.
pub(super) fn listed(parts: Vec<Text>) -> Option<Text> {
    (parts.into_iter().rev())
        .reduce(|rest, first| text!("md-content-raw-html-list", first = first, rest = rest))
}

/// The tags written in `html`, each with no attribute and with each of its attributes, lower
/// case. Quoted values are skipped; comments and closing tags have no names.
fn names(html: &str) -> BTreeSet<(String, Option<String>)> {
    let mut names = BTreeSet::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let length = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(rest.len());
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let tag = rest[..length].to_ascii_lowercase();
        rest = &rest[length..];
        let (attributes, after) = attributes(rest);
        rest = after;
        for attribute in attributes {
            names.insert((tag.clone(), Some(attribute)));
        }
        names.insert((tag, None));
    }
    names
}

/// The attribute names of a tag whose name `rest` starts after, and what follows its `>`.
fn attributes(rest: &str) -> (Vec<String>, &str) {
    let bytes = rest.as_bytes();
    let mut names = Vec::new();
    let mut i = 0;
    let skip = |i: &mut usize, while_: &dyn Fn(u8) -> bool| {
        while *i < bytes.len() && while_(bytes[*i]) {
            *i += 1;
        }
    };
    loop {
        skip(&mut i, &|b| b.is_ascii_whitespace() || b == b'/');
        if i >= bytes.len() || bytes[i] == b'>' {
            return (names, rest.get(i + 1..).unwrap_or(""));
        }
        let start = i;
        skip(&mut i, &|b| {
            !b.is_ascii_whitespace() && !b"/>=".contains(&b)
        });
        // Only ASCII bytes end a name, so these are character boundaries.
        names.push(rest[start..i].to_ascii_lowercase());
        skip(&mut i, &|b| b.is_ascii_whitespace());
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            skip(&mut i, &|b| b.is_ascii_whitespace());
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    i += 1;
                    skip(&mut i, &|b| b != quote);
                    i += 1;
                }
                _ => skip(&mut i, &|b| !b.is_ascii_whitespace() && b != b'>'),
            }
        }
        if i == start {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn what_is_taken_away_is_listed_in_each_language() {
        let list = listed(removed("<script>x</script><img src=x onerror=alert(1)>")).unwrap();
        assert_eq!(list.english(), "`onerror` of `<img>`, `<script>`");
        let finnish = Messages::new(Language::Fi).format(&list);
        assert_eq!(finnish, "`<img>`-elementin `onerror`-määrite, `<script>`");
        let swedish = Messages::new(Language::Sv).format(&list);
        assert_eq!(swedish, "attributet `onerror` i `<img>`, `<script>`");
    }

    #[test]
    fn scripts_in_any_spelling_are_removed() {
        for (html, gone) in [
            (
                "<a href=\"jav&#x61;script:alert(1)\">x</a>",
                "`href` of `<a>`",
            ),
            ("<a href=\"java\nscript:alert(1)\">x</a>", "`href` of `<a>`"),
            (
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "`href` of `<a>`",
            ),
            (
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "`href` of `<a>`",
            ),
            ("<iframe src=\"data:text/html,x\"></iframe>", "`<iframe>`"),
            ("<img src=x onerror=alert(1)>", "`onerror` of `<img>`"),
            ("<script>alert(1)</script>", "`<script>`"),
            (
                "<div style=\"position:fixed\">x</div>",
                "`style` of `<div>`",
            ),
        ] {
            let removed: Vec<String> = removed(html).iter().map(Text::english).collect();
            assert_eq!(removed, [gone], "{html}");
            let clean = clean(html).to_ascii_lowercase();
            assert!(
                !clean.contains("script:") && !clean.contains("alert"),
                "{clean}"
            );
        }
    }

    #[test]
    fn nothing_taken_away_is_no_list() {
        assert!(listed(removed("<p>ok</p>")).is_none());
    }

    #[test]
    fn what_markdown_writes_is_kept() {
        for html in [
            "<h2 id=\"a\">A</h2>",
            "<p><a href=\"/fi/x/\" title=\"t\">x</a> <a href=\"https://example.org/\">y</a></p>",
            "<table><thead><tr><th style=\"text-align:center\">a</th></tr></thead></table>",
            "<ul><li><label><input type=\"checkbox\" disabled=\"\" checked=\"\"> done</label></li></ul>",
            "<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup>",
            "<p><img src=\"data:image/png;base64,iVBO\" alt=\"kuva\"></p>",
            "<div class=\"box\" aria-label=\"laatikko\">x</div>",
        ] {
            assert_eq!(clean(html), html);
            assert!(removed(html).is_empty(), "{html}: {:?}", removed(html));
        }
    }

    #[test]
    fn names_skip_quoted_values_and_closing_tags() {
        let found = names("<a title=\"<b x=1>\" href='y'>t</a><!-- <i> -->");
        let expected: BTreeSet<(String, Option<String>)> =
            [("a", None), ("a", Some("title")), ("a", Some("href"))]
                .into_iter()
                .map(|(t, a)| (t.to_string(), a.map(str::to_string)))
                .collect();
        assert_eq!(found, expected);
    }
}
