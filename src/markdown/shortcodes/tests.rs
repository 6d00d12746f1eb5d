use super::*;

fn calls(body: &str) -> Prepared {
    prepare(body, pulldown_cmark::Options::empty()).expect("calls")
}

#[test]
fn inline_and_block_calls_become_markers() {
    let p = calls(
        "a {{ x(n=3, s=\"t\", l=[1, 'b'], y=true, f=1.5) }} b\n\n{% y() %}\nbody\n{% end %}\n",
    );
    assert_eq!(p.calls.len(), 2, "{p:?}");
    assert_eq!(p.calls[0].args.len(), 5);
    assert!(!p.calls[0].block && p.calls[1].block && p.calls[1].closed);
    assert!(
        p.text.starts_with(&format!("a {} b", marker('c', 0))),
        "{:?}",
        p.text
    );
    assert!(p.text.contains(&marker('o', 1)) && p.text.contains(&marker('e', 1)));
    assert!(p.problems.is_empty(), "{:?}", p.problems);
}

#[test]
fn offsets_map_back_to_the_body() {
    let body = "one\n{% y() %}\nbody {{ x() }} end\n{% end %}\nlast";
    let p = calls(body);
    let last = p.text.find("last").unwrap();
    assert_eq!(p.original(last), body.find("last").unwrap());
    let end = p.text.find(" end").unwrap();
    assert_eq!(p.original(end), body.find(" end").unwrap());
    assert_eq!(
        p.original(p.text.find(&marker('c', 1)).unwrap()),
        body.find("{{").unwrap()
    );
}

#[test]
fn code_prose_and_escapes_stay_text() {
    let body = "`{{ x() }}` and {{ not a call }}\n\n```\n{% y() %}\n```\n\n{{/* z(a=1) */}}";
    let p = calls(body);
    assert!(p.calls.is_empty(), "{:?}", p.calls);
    assert!(p.text.contains("{{ z(a=1) }}") && p.text.contains("`{{ x() }}`"));
    for code in [
        "a\n\n    {{ x() }}\n",
        "a\n\n\t{{ x() }}\n",
        "~~~\n{{ x() }}\n~~~\n",
    ] {
        assert!(calls(code).calls.is_empty(), "{code:?}");
    }
    assert_eq!(calls("a\n\n{{ x() }}\n").calls.len(), 1);
}

#[test]
fn broken_calls_are_problems() {
    for body in [
        "{{ x(a=) }}",
        "{{ x(a=\"open) }}",
        "{{ x(a=1 b=2) }}",
        "{% end %}",
        "{% x() %}\nno end",
        "{{ x(a=1, a=2) }}",
        "{{ x(a=word) }}",
        "{{< youtube id=\"x\" >}}\n{{< /youtube >}}",
        "{{% note %}}",
    ] {
        assert_eq!(calls(body).problems.len(), 1, "{body}");
    }
}

#[test]
fn odd_text_is_text_and_deep_or_curly_values_are_problems() {
    for body in [
        "{{%}}",
        "{{<}}",
        "{{",
        "{%",
        "{{/*",
        "{{ x(",
        "a {{%}} b {{% %}}",
    ] {
        assert!(prepare(body, pulldown_cmark::Options::empty()).is_none_or(|p| p.calls.is_empty()));
    }
    let deep = format!("{{{{ x(a={}{}) }}}}", "[".repeat(5000), "]".repeat(5000));
    assert_eq!(calls(&deep).problems.len(), 1);
    let curly = calls("{{ x(name=”Anna”) }}");
    assert!(
        curly.problems[0].message.contains("straight quotes"),
        "{curly:?}"
    );
}

#[test]
fn blocks_begin_lines_and_end_at_their_indent() {
    for body in [
        "- {% x() %}\n  a\n  {% end %}",
        "> {% x() %}\n{% end %}",
        "| {% x() %}y{% end %} | z |",
        "- item\n  {% x() %}\n  text\n{% end %}",
    ] {
        assert_eq!(calls(body).problems.len(), 1, "{body}");
    }
    let nested = calls("- item\n\n  {% x() %}\n  text\n  {% end %}\n");
    assert!(nested.problems.is_empty(), "{:?}", nested.problems);
}

#[test]
fn problems_keep_their_braces_and_reasons_in_each_language() {
    use crate::messages::{Language, Messages};
    let finnish = Messages::new(Language::Fi);
    let swedish = Messages::new(Language::Sv);
    let hugo = calls("{{< youtube id=\"x\" >}}");
    assert_eq!(
        hugo.problems[0].message.english(),
        "`{{< youtube … >}}` is a Hugo shortcode, which kielo does not read"
    );
    assert_eq!(
        swedish.format(&hugo.problems[0].message),
        "`{{< youtube … >}}` är en Hugo-shortcode, som kielo inte läser"
    );
    let curly = calls("{{ x(name=”Anna”) }}");
    assert_eq!(
        finnish.format(&curly.problems[0].message),
        "komponentin kutsua `x(…)` ei voi lukea: `”` on typografinen lainausmerkki: kirjoita \
         tekstit suorien lainausmerkkien väliin, \"näin\""
    );
    let open = calls("{% note() %}\nno end");
    assert_eq!(
        open.problems[0].message.english(),
        "`{% note(…) %}` has no `{% end %}`"
    );
    assert_eq!(
        finnish.format(&open.problems[0].hint),
        "päätä komponentin sisältö kirjoittamalla `{% end %}` omalle rivilleen"
    );
}
