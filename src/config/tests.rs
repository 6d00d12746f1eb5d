use super::*;

const MINIMAL: &str = "base_url: https://example.org/\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: T\n  - code: ar\n    name: العربية\n    title: T\n";

#[test]
fn minimal_config_works_and_rtl_is_derived() {
    let config = parse(MINIMAL).unwrap();
    let [fi, ar] = [0, 1].map(LangId::new);
    assert_eq!(config.origin, "https://example.org");
    assert_eq!(config.root_path, "");
    let sub = parse(&MINIMAL.replace("example.org/", "example.org/agency/")).unwrap();
    assert_eq!(sub.root_path, "/agency");
    assert_eq!(sub.url("fi/"), "/agency/fi/");
    assert_eq!(config.languages[fi].dir, "ltr");
    assert_eq!(config.languages[ar].dir, "rtl");
    assert_eq!(config.languages[fi].og_locale, "fi_FI");
    let british = parse(&MINIMAL.replace(
        "title: T\n  - code: ar",
        "title: T\n    locale: en-GB\n  - code: ar",
    ))
    .unwrap();
    assert_eq!(british.languages[fi].og_locale, "en_GB");
    assert_eq!(config.default, fi);
}

#[test]
fn base_url_is_split_and_the_default_language_may_sit_at_the_root() {
    let split = |o: &str, p: &str| Some((o.to_string(), p.to_string()));
    assert_eq!(
        address("https://example.org/kielo/"),
        split("https://example.org", "/kielo")
    );
    assert_eq!(address("http://a"), split("http://a", ""));
    assert_eq!(
        address("HTTPS://Exämple.ORG:443/A/"),
        split("https://xn--exmple-cua.org", "/A")
    );
    assert_eq!(
        address("https://example.org:8443"),
        split("https://example.org:8443", "")
    );
    for bad in [
        "example.org",
        "https://",
        "https:///x",
        "ftp://x.org",
        "https://example.org/?x=1",
        "https://example.org/#top",
        "https://example.org/?",
        "https://u:p@example.org/",
        "https://example.org/a b/",
        " https://example.org/",
    ] {
        assert_eq!(address(bad), None, "{bad}");
    }
    let [fi, ar] = [0, 1].map(LangId::new);
    let prefixed = parse(MINIMAL).unwrap();
    assert_eq!(prefixed.language_url(fi, "x/"), "/fi/x/");
    let root = parse(&format!("{MINIMAL}default_language_at_root: true\n")).unwrap();
    assert!(root.default_at_root() && !prefixed.default_at_root());
    assert_eq!(root.language_url(fi, "x/"), "/x/");
    assert_eq!(root.language_url(ar, "x/"), "/ar/x/");
}

#[test]
fn unknown_key_is_named() {
    let err = parse(&format!("{MINIMAL}colour: red\n")).unwrap_err();
    assert_eq!(err[0].message, "unknown key `colour`");
    assert_eq!(err[0].line, Some(10));
}

#[test]
fn default_must_be_configured() {
    let err = parse(&MINIMAL.replace("default_language: fi", "default_language: de")).unwrap_err();
    assert!(err[0].message.contains("default_language: de"));
}

#[test]
fn language_problems_are_at_their_language() {
    let text = MINIMAL.replace("code: ar", "code: fi");
    let err = parse(&text).unwrap_err();
    assert_eq!(
        (err[0].code, err[0].line),
        (Code::ConfigDuplicateLanguage, Some(7))
    );
    let text = MINIMAL.replace(
        "title: T\n  - code: ar",
        "title: T\n    locale: x_y\n  - code: ar",
    );
    let err = parse(&text).unwrap_err();
    assert_eq!(
        (err[0].code, err[0].line),
        (Code::ConfigLanguageCode, Some(7))
    );
}

#[test]
fn duplicate_codes_and_bad_base_url_are_reported_together() {
    let text = MINIMAL
        .replace("code: ar", "code: fi")
        .replace("https://example.org/", "example.org");
    let err = parse(&text).unwrap_err();
    assert_eq!(err.len(), 2, "{err:?}");
    // In another case, the same language.
    let err = parse(&MINIMAL.replace("code: ar", "code: FI")).unwrap_err();
    assert_eq!(err[0].code, Code::ConfigDuplicateLanguage, "{err:?}");
}

#[test]
fn problems_of_site_yaml_are_told_in_each_language() {
    use crate::messages::{Language, Messages};
    let (fi, sv) = (Messages::new(Language::Fi), Messages::new(Language::Sv));
    let err = parse(&format!("{MINIMAL}colour: red\n")).unwrap_err();
    assert_eq!(err[0].message.id(), "config-unknown-key");
    assert_eq!(sv.format(&err[0].message), "okänd nyckel `colour`");
    let err = parse(&MINIMAL.replace("default_language: fi", "default_language: de")).unwrap_err();
    assert_eq!(
        fi.format(&err[0].message),
        "`default_language: de` ei ole mikään määritetyistä kielistä"
    );
    let hint = err[0].hint.as_ref().expect("a hint");
    assert_eq!(sv.format(hint), "välj ett av: fi, ar");
    assert_eq!(hint.english(), "choose one of: fi, ar");
}
