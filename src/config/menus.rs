//! `menus:` of site.yaml: the main menu and the footer menu, the same entries in every
//! language. An entry names a page by its `@/` path, resolved per language when the site is
//! linked, or an outside address; its title is the page's own unless site.yaml gives one.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{CONFIG_FILE, LangId, Language, Places};
use crate::error::{Code, Diagnostic, closest};
use crate::ids::IdVec;
use crate::messages::{Text, text};
use crate::yaml::marks::Node;

/// The `menus:` settings of `site.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenusConfig {
    /// The main navigation; the top-level sections of each language when unset.
    #[serde(default)]
    pub main: Option<Vec<MenuEntryConfig>>,
    /// Links in every page's footer, such as the accessibility statement.
    #[serde(default)]
    pub footer: Option<Vec<MenuEntryConfig>>,
}

/// One entry of a menu: `page: "@/about/contact.md"` or `url: https://…` with a `title`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuEntryConfig {
    /// A page of the site by its `@/` path.
    #[serde(default)]
    pub page: Option<String>,
    /// An address outside the site.
    #[serde(default)]
    pub url: Option<String>,
    /// The entry's text: one for every language, or one per language code.
    #[serde(default)]
    pub title: Option<MenuTitle>,
}

/// `title: Facebook` or `title: {fi: Palaute, sv: Respons, en: Feedback}`.
#[derive(Debug, Clone)]
pub enum MenuTitle {
    /// The same text in every language, such as a service's name.
    Same(String),
    /// A text per language code.
    PerLanguage(BTreeMap<String, String>),
}

// By hand rather than `untagged`, whose error names no kind of value that would do.
impl<'de> Deserialize<'de> for MenuTitle {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Title;
        impl<'de> serde::de::Visitor<'de> for Title {
            type Value = MenuTitle;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a title: a text, or one per language code as `{fi: …, sv: …}`")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<MenuTitle, E> {
                Ok(MenuTitle::Same(text.to_string()))
            }

            // `title: 112` is a text to whoever writes it.
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<MenuTitle, E> {
                Ok(MenuTitle::Same(n.to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<MenuTitle, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                BTreeMap::deserialize(map).map(MenuTitle::PerLanguage)
            }
        }
        deserializer.deserialize_any(Title)
    }
}

impl MenusConfig {
    /// Every text of the menus with its key, for the checks of every text of site.yaml.
    pub(super) fn texts(&self) -> Vec<(&'static str, &str)> {
        let mut texts = Vec::new();
        for entry in self.main.iter().chain(&self.footer).flatten() {
            texts.extend(entry.page.as_deref().map(|p| ("page", p)));
            texts.extend(entry.url.as_deref().map(|u| ("url", u)));
            match &entry.title {
                Some(MenuTitle::Same(title)) => texts.push(("title", title)),
                Some(MenuTitle::PerLanguage(titles)) => {
                    texts.extend(titles.values().map(|t| ("title", t.as_str())));
                }
                None => {}
            }
        }
        texts
    }
}

/// The checked menus.
#[derive(Debug, Clone, Default)]
pub(crate) struct Menus {
    /// `None` keeps the automatic navigation.
    pub(crate) main: Option<Vec<MenuItem>>,
    pub(crate) footer: Vec<MenuItem>,
}

impl Menus {
    pub(crate) fn all(&self) -> impl Iterator<Item = &MenuItem> {
        self.main.iter().flatten().chain(&self.footer)
    }
}

/// A checked menu entry.
#[derive(Debug, Clone)]
pub(crate) struct MenuItem {
    pub(crate) target: MenuTarget,
    /// The title given in site.yaml per language; `None` takes the page's title.
    pub(crate) titles: IdVec<LangId, Option<String>>,
    /// The line of `page:` or `url:` in site.yaml, for the problems found when linking.
    pub(crate) line: Option<usize>,
}

#[derive(Debug, Clone)]
pub(crate) enum MenuTarget {
    /// The `@/` path without `@/`: `about/contact.md`, maybe with `#anchor`.
    Page(String),
    Url(String),
}

/// Checks the menus against the configured languages; every problem goes to `problems`.
pub(super) fn validate(
    raw: &MenusConfig,
    languages: &[Language],
    places: &Places,
    problems: &mut Vec<Diagnostic>,
) -> Menus {
    let mut check = |name: &'static str, entries: &[MenuEntryConfig]| -> Vec<MenuItem> {
        let nodes = places
            .tree()
            .and_then(|t| t.get("menus"))
            .and_then(|m| m.get(name));
        (entries.iter().enumerate())
            .filter_map(|(index, entry)| {
                let node = nodes.and_then(|n| n.item(index));
                item(name, entry, node, languages, problems)
            })
            .collect()
    };
    Menus {
        main: raw.main.as_deref().map(|entries| check("main", entries)),
        footer: check("footer", raw.footer.as_deref().unwrap_or_default()),
    }
}

fn error(code: Code, line: Option<usize>, message: Text, hint: Text) -> Diagnostic {
    Diagnostic::error(code, Path::new(CONFIG_FILE), line, message).with_hint(hint)
}

/// One entry, checked; `None` when it has problems.
fn item(
    menu: &str,
    entry: &MenuEntryConfig,
    node: Option<&Node>,
    languages: &[Language],
    problems: &mut Vec<Diagnostic>,
) -> Option<MenuItem> {
    let line_of = |key: &str| node.and_then(|n| n.key_line(key));
    let entry_line = node.map(|n| n.at().line);
    let target = match (&entry.page, &entry.url) {
        (Some(page), None) => match page.strip_prefix("@/") {
            Some(path) if !path.is_empty() => MenuTarget::Page(path.to_string()),
            _ => {
                problems.push(error(
                    Code::ConfigMenuEntry,
                    line_of("page"),
                    text!("config-menu-entry-page", page = page, menu = menu),
                    text!("config-menu-entry-page-hint"),
                ));
                return None;
            }
        },
        (None, Some(url)) => {
            let schemes = ["https://", "http://", "mailto:", "tel:"];
            // A space or a quote would make the link's address something else.
            let odd = url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '"');
            if odd
                || !schemes
                    .iter()
                    .any(|s| url.starts_with(s) && url.len() > s.len())
            {
                problems.push(error(
                    Code::ConfigMenuEntry,
                    line_of("url"),
                    text!("config-menu-entry-url", url = url, menu = menu),
                    text!("config-menu-entry-url-hint"),
                ));
                return None;
            }
            MenuTarget::Url(url.clone())
        }
        (Some(_), Some(_)) => {
            problems.push(error(
                Code::ConfigMenuEntry,
                entry_line,
                text!("config-menu-entry-both", menu = menu),
                text!("config-menu-entry-both-hint"),
            ));
            return None;
        }
        (None, None) => {
            problems.push(error(
                Code::ConfigMenuEntry,
                entry_line,
                text!("config-menu-entry-neither", menu = menu),
                text!("config-menu-entry-neither-hint"),
            ));
            return None;
        }
    };
    let titles = titles(menu, entry, node, languages, problems)?;
    Some(MenuItem {
        line: line_of(if entry.page.is_some() { "page" } else { "url" }),
        target,
        titles,
    })
}

/// The titles of an entry per language; an outside address needs one in every language.
fn titles(
    menu: &str,
    entry: &MenuEntryConfig,
    node: Option<&Node>,
    languages: &[Language],
    problems: &mut Vec<Diagnostic>,
) -> Option<IdVec<LangId, Option<String>>> {
    let title_node = node.and_then(|n| n.get("title"));
    let title_line = node.and_then(|n| n.key_line("title"));
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let before = problems.len();
    let titles: IdVec<LangId, Option<String>> = match &entry.title {
        None => languages.iter().map(|_| None).collect(),
        Some(MenuTitle::Same(title)) => languages.iter().map(|_| Some(title.clone())).collect(),
        Some(MenuTitle::PerLanguage(map)) => {
            for code in map.keys().filter(|c| !codes.contains(&c.as_str())) {
                let line = title_node.and_then(|t| t.key_line(code)).or(title_line);
                let hint = match closest(code, &codes) {
                    Some(best) => text!("hint-did-you-mean", word = best),
                    None => text!("config-menu-title-language-hint", codes = codes.join(", ")),
                };
                problems.push(error(
                    Code::ConfigMenuTitle,
                    line,
                    text!("config-menu-title-language", code = code, menu = menu),
                    hint,
                ));
            }
            languages
                .iter()
                .map(|l| map.get(&l.code).cloned())
                .collect()
        }
    };
    if let Some(title) = titles.iter().flatten().find(|t| t.trim().is_empty()) {
        let line = title_node
            .and_then(|t| t.find_text(title))
            .map(|m| m.line)
            .or(title_line);
        problems.push(error(
            Code::ConfigMenuTitle,
            line,
            text!("config-menu-title-empty", menu = menu),
            text!("config-menu-title-empty-hint"),
        ));
    }
    if let Some(url) = &entry.url {
        let missing: Vec<&str> = (titles.iter().zip(&codes))
            .filter(|(t, _)| t.is_none())
            .map(|(_, c)| *c)
            .collect();
        if !missing.is_empty() {
            let example: Vec<String> = codes.iter().map(|c| format!("{c}: …")).collect();
            problems.push(error(
                Code::ConfigMenuTitle,
                title_line.or(node.and_then(|n| n.key_line("url"))),
                text!(
                    "config-menu-title-missing",
                    url = url,
                    menu = menu,
                    languages = missing.join(", ")
                ),
                text!(
                    "config-menu-title-missing-hint",
                    example = example.join(", ")
                ),
            ));
        }
    }
    (problems.len() == before).then_some(titles)
}

#[cfg(test)]
mod tests {
    use crate::config::{MenuTarget, parse};
    use crate::error::Code;
    use crate::messages::Text;

    const SITE: &str = "base_url: https://example.org\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: T\n  - code: sv\n    name: På svenska\n    title: T\nmenus:\n";

    /// The code and line of every problem of `menus` (which starts at line 11).
    fn problems(menus: &str) -> Vec<(Code, Option<usize>)> {
        let err = parse(&format!("{SITE}{menus}")).unwrap_err();
        err.iter().map(|d| (d.code, d.line)).collect()
    }

    #[test]
    fn entries_by_page_and_by_url_are_read_with_their_titles() {
        let config = parse(&format!(
            "{SITE}  footer:\n    - page: \"@/about/privacy.md\"\n    - url: https://example.org/x\n      title: {{fi: Palaute, sv: Respons}}\n    - url: tel:+358295000000\n      title: Puhelin\n"
        ))
        .unwrap();
        assert!(
            config.menus.main.is_none(),
            "no main menu: sections as before"
        );
        let footer = &config.menus.footer;
        assert!(matches!(&footer[0].target, MenuTarget::Page(p) if p == "about/privacy.md"));
        assert_eq!(footer[0].line, Some(12));
        assert!(footer[0].titles.iter().all(Option::is_none));
        let titles: Vec<_> = footer[1].titles.iter().flatten().collect();
        assert_eq!(titles, ["Palaute", "Respons"]);
        assert_eq!(footer[2].titles.iter().flatten().count(), 2);
    }

    #[test]
    fn each_problem_is_at_its_line() {
        let entry = Code::ConfigMenuEntry;
        let title = Code::ConfigMenuTitle;
        assert_eq!(
            problems("  main:\n    - page: \"@/a.md\"\n      url: https://x.org\n"),
            [(entry, Some(12))]
        );
        assert_eq!(problems("  main:\n    - title: X\n"), [(entry, Some(12))]);
        assert_eq!(
            problems("  main:\n    - page: about/a.md\n    - url: www.example.org\n"),
            [(entry, Some(12)), (entry, Some(13))]
        );
        assert_eq!(
            problems("  main:\n    - url: \"https://x.org/a b\"\n      title: X\n"),
            [(entry, Some(12))]
        );
        assert_eq!(
            problems(
                "  footer:\n    - url: https://x.org\n      title:\n        fi: X\n        se: Y\n"
            ),
            [(title, Some(15)), (title, Some(13))]
        );
        assert_eq!(
            problems("  footer:\n    - url: https://x.org\n      title: {fi: '  '}\n"),
            [(title, Some(13)), (title, Some(13))]
        );
    }

    #[test]
    fn a_title_of_the_wrong_kind_says_what_would_do() {
        let err = parse(&format!(
            "{SITE}  footer:\n    - url: tel:112\n      title: [a, b]\n"
        ))
        .unwrap_err();
        assert_eq!(
            (err[0].code, err[0].line),
            (Code::ConfigInvalidValue, Some(13))
        );
        assert!(
            err[0].message.contains("`{fi: …, sv: …}`"),
            "{}",
            err[0].message
        );
        let config = parse(&format!(
            "{SITE}  footer:\n    - url: tel:112\n      title: 112\n"
        ));
        assert!(config.is_ok(), "a number is a text here");
    }

    #[test]
    fn each_menu_is_named_in_each_language() {
        use crate::messages::{Language, Messages};
        let (fi, sv) = (Messages::new(Language::Fi), Messages::new(Language::Sv));
        let both = "    - page: \"@/a.md\"\n      url: https://x.org\n";
        let footer = parse(&format!("{SITE}  footer:\n{both}")).unwrap_err();
        let main = parse(&format!("{SITE}  main:\n{both}")).unwrap_err();
        assert_eq!(
            footer[0].message,
            "an entry of the footer menu has both `page` and `url`"
        );
        assert_eq!(
            fi.format(&footer[0].message),
            "alatunnisteen valikon kohdassa on sekä `page` että `url`"
        );
        assert_eq!(
            sv.format(&main[0].message),
            "en post i huvudmenyn har både `page` och `url`"
        );
        let untitled = parse(&format!("{SITE}  footer:\n    - url: https://x.org\n")).unwrap_err();
        let hint = untitled[0].hint.as_ref().expect("a hint");
        assert_eq!(
            hint.english(),
            "an address outside the site needs a title in every language: `title: {fi: …, sv: …}`, or one `title` for all"
        );
        assert!(
            fi.format(hint).contains("`title: {fi: …, sv: …}`"),
            "{}",
            fi.format(hint)
        );
    }

    #[test]
    fn menus_with_nothing_under_them_are_none() {
        let config = parse(&format!("{SITE}  main:\n  footer:\n")).unwrap();
        assert!(config.menus.main.is_none() && config.menus.footer.is_empty());
        assert!(parse(SITE).is_ok());
    }

    #[test]
    fn unknown_keys_are_named_with_the_key_meant() {
        let err = parse(&format!(
            "{SITE}  footer:\n    - pgae: \"@/a.md\"\n  mian: []\n"
        ))
        .unwrap_err();
        let hints: Vec<_> = err
            .iter()
            .map(|d| (d.line, d.hint.as_ref().map(Text::english)))
            .collect();
        let found: Vec<_> = hints
            .iter()
            .map(|(line, h)| (*line, h.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (Some(12), Some("did you mean `page`?")),
                (Some(13), Some("did you mean `main`?"))
            ]
        );
    }
}
