use super::*;
use crate::config::LangId;
use crate::ids::Id;
use crate::link::Resolved;

pub(in crate::markdown) fn html(markdown: &str) -> (String, Vec<Heading>) {
    let events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    let mut events = label_task_checkboxes(events);
    let headings = add_heading_ids(&mut events);
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    (out, headings)
}

/// A site of one page, `news/x.md`, whose `fi` version is missing.
struct OneLink;

impl Links for OneLink {
    fn resolve(&self, _: LangId, target: &str) -> Result<Resolved, crate::messages::Text> {
        match target.split_once('#').unwrap_or((target, "")) {
            ("news/x.md", anchor) => Ok(Resolved {
                url: format!("/sv/news/x/#{anchor}"),
                page: PageId::new(1),
                anchor: Some(anchor.to_string()).filter(|a| !a.is_empty()),
                warning: Some(crate::messages::text!(
                    "link-other-language",
                    target = target,
                    language = "fi",
                    other = "sv"
                )),
            }),
            _ => Err(crate::messages::text!("link-missing-page", target = target)),
        }
    }
}

#[test]
fn links_resolve_through_what_markdown_is_given() {
    let source = crate::fuzzing::source("[a](@/news/x.md#top) [b](@/gone.md) [c](#here)");
    let context = Context {
        links: &OneLink,
        raw_html: false,
        plain_text: true,
        labels: None,
        components: None,
    };
    let out = render(&source, PageId::new(0), context);
    assert!(
        out.html.contains(r#"<a href="/sv/news/x/#top">a</a>"#),
        "{}",
        out.html
    );
    let codes: Vec<Code> = out.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::LinkOtherLanguage, Code::LinkMissingPage]);
    let anchors: Vec<(usize, &str)> = (out.anchor_links.iter())
        .map(|l| (l.target.index(), l.anchor.as_str()))
        .collect();
    assert_eq!(anchors, [(1, "top"), (0, "here")]);
    assert_eq!(out.text, "a b c\n");
}

#[test]
fn extensions_are_on() {
    let (out, _) = html("| a |\n|---|\n| b |\n\n~~x~~\n\n- [x] done\n\nText[^1]\n\n[^1]: Note\n");
    assert!(out.contains("<table>"));
    assert!(out.contains("<del>x</del>"));
    assert!(out.contains("checkbox"));
    assert!(out.contains("footnote"));
}

#[test]
fn task_checkboxes_are_labelled_by_their_text() {
    let (out, _) = html(
        "- [x] done
- [ ] to do
  - [ ] nested

1. [ ] loose

2. two
",
    );
    assert!(
        out.contains(r#"<li><label><input type="checkbox" disabled checked> done</label></li>"#),
        "{out}"
    );
    assert!(
        out.contains(
            r#"<li><label><input type="checkbox" disabled> to do</label>
<ul>
<li><label><input type="checkbox" disabled> nested</label></li>"#
        ),
        "{out}"
    );
    assert!(
        out.contains(r#"<p><label><input type="checkbox" disabled> loose</label></p>"#),
        "{out}"
    );
}

#[test]
fn problems_of_the_text_are_told_in_each_language() {
    use crate::messages::{Language, Messages};
    let source = crate::fuzzing::source("![](kuva.jpg)\n\n### Hyppy\n");
    let context = Context {
        links: &OneLink,
        raw_html: false,
        plain_text: false,
        labels: None,
        components: None,
    };
    let out = render(&source, PageId::new(0), context);
    let alt = (out.diagnostics.iter())
        .find(|d| d.code == Code::A11yImageAlt)
        .expect("a warning of the missing alt text");
    let finnish = alt.render(&Messages::new(Language::Fi));
    assert!(
        finnish.contains("kuvalta puuttuu vaihtoehtoinen teksti (alt)")
            && finnish.contains("vihje: kuvaile kuva niille"),
        "{finnish}"
    );
    let skip = (out.lints.iter())
        .find(|d| d.code == Code::A11yHeadingLevel)
        .expect("a lint of the skipped level");
    assert_eq!(
        skip.message.english(),
        "the heading `Hyppy` skips a level (h1 to h3)"
    );
    let swedish = Messages::new(Language::Sv);
    assert_eq!(
        swedish.format(&skip.message),
        "rubriken `Hyppy` hoppar över en nivå (h1 till h3)"
    );
    assert_eq!(
        swedish.format(skip.hint.as_ref().expect("a hint")),
        "använd ## för den"
    );
}
