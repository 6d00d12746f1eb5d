//! `site.yaml`: the site's languages, address and theme.

use std::path::Path;

use icu_locale::{Locale, LocaleDirectionality, LocaleExpander};
use serde::Deserialize;

use crate::error::{Code, Diagnostic, Error};
use crate::ids::{Id, IdVec, id};
use crate::messages::text;
use crate::read::SiteDir;
use crate::yaml::Keys;

mod menus;
mod timezone;

pub use menus::{MenuEntryConfig, MenuTitle, MenusConfig};
pub(crate) use menus::{MenuItem, MenuTarget, Menus};

/// The name of the configuration file at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// The site configuration as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute address the site is published at, e.g. `https://example.org`.
    pub base_url: String,
    /// Language code of the language used for files without a code and for fallbacks.
    pub default_language: String,
    /// Every language the site is written in, in switcher order.
    pub languages: Vec<LanguageConfig>,
    /// Theme folder name under `themes/`; `default` is built in.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Author of the site's feeds; each language's site title when unset.
    #[serde(default)]
    pub author: Option<String>,
    /// How Markdown becomes HTML.
    #[serde(default)]
    pub markdown: MarkdownConfig,
    /// IANA time zone (`Europe/Helsinki`) in which a date without a time means midnight;
    /// by default that of the default language's likely region.
    #[serde(default)]
    pub timezone: Option<String>,
    /// Serve the default language at the root (`/x/`) instead of under its code (`/fi/x/`),
    /// as Zola and Hugo do, so that a site moving to kielo keeps its addresses.
    #[serde(default)]
    pub default_language_at_root: bool,
    /// The main and footer menus; without `main`, the navigation lists the top-level sections.
    /// (`menus:` with nothing under it is the same as none.)
    #[serde(default)]
    pub menus: Option<MenusConfig>,
    /// The language of kielo's messages to the site's editors (`fi`, `sv` or `en`), unless
    /// `--messages` says otherwise; by default that of the environment (`LANG`).
    #[serde(default)]
    pub messages: Option<String>,
}

/// The `markdown:` settings of `site.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Keep HTML written inside Markdown. Off by default: it is left out with a warning,
    /// because pasted HTML is a common way to break layout and accessibility.
    #[serde(default)]
    pub raw_html: bool,
}

/// One language of the site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// Language code used in file names and URLs (`fi`, `sv`, `en`).
    pub code: String,
    /// The language's name in that language, shown in the language switcher.
    pub name: String,
    /// The site's title in that language.
    pub title: String,
    /// BCP 47 locale whose CLDR data formats dates (e.g. `sv-FI`); defaults to `code`.
    #[serde(default)]
    pub locale: Option<String>,
    /// A shorter name of the site, for `<title>`s that would be too long with `title`.
    #[serde(default)]
    pub short_title: Option<String>,
    /// Author of this language's feeds; the site's `author` when unset.
    #[serde(default)]
    pub author: Option<String>,
}

impl SiteConfig {
    /// Every text of site.yaml with its key, for checks that apply to all of them.
    fn texts(&self) -> Vec<(&'static str, &str)> {
        // Listing every field makes a new one a compile error here until its texts are in.
        let SiteConfig {
            base_url,
            default_language,
            languages,
            theme,
            author,
            markdown: _,
            timezone,
            default_language_at_root: _,
            menus,
            messages,
        } = self;
        let mut texts = vec![
            ("base_url", base_url.as_str()),
            ("default_language", default_language.as_str()),
            ("theme", theme.as_str()),
        ];
        texts.extend(author.as_deref().map(|a| ("author", a)));
        texts.extend(timezone.as_deref().map(|t| ("timezone", t)));
        texts.extend(messages.as_deref().map(|m| ("messages", m)));
        texts.extend(menus.iter().flat_map(MenusConfig::texts));
        for language in languages {
            let LanguageConfig {
                code,
                name,
                title,
                locale,
                short_title,
                author,
            } = language;
            texts.extend(
                [("code", code), ("name", name), ("title", title)].map(|(k, v)| (k, v.as_str())),
            );
            let optional = [
                ("locale", locale),
                ("short_title", short_title),
                ("author", author),
            ];
            for (key, value) in optional {
                texts.extend(value.as_deref().map(|v| (key, v)));
            }
        }
        texts
    }
}

fn default_theme() -> String {
    "default".to_string()
}

/// A configured language with what the build derives from it.
#[derive(Debug, Clone)]
pub(crate) struct Language {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) title: String,
    pub(crate) locale: Locale,
    /// `rtl` or `ltr`, from CLDR's script data for the locale.
    pub(crate) dir: &'static str,
    /// Open Graph locale, `fi_FI`: the locale with its likely region from CLDR.
    pub(crate) og_locale: String,
    pub(crate) short_title: Option<String>,
    /// The author of this language's feeds.
    pub(crate) author: String,
    /// What this language's addresses start with below the site's root: `fi/`, or `""` for
    /// the default language with `default_language_at_root`.
    pub(crate) prefix: String,
}

id!(
    /// A configured language: its place in `Config::languages`.
    LangId
);

/// The validated configuration the rest of the build reads.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// `https://example.org`: scheme and host of `base_url`.
    pub(crate) origin: String,
    /// The path part of `base_url` without its final `/` (`""` or `/agency`); every URL starts with it.
    pub(crate) root_path: String,
    pub(crate) theme: String,
    /// The line of `theme:` in site.yaml, for a theme that is not there.
    pub(crate) theme_line: Option<usize>,
    /// The time zone in which a date without a time means midnight.
    pub(crate) timezone: jiff::tz::TimeZone,
    /// Keep raw HTML in Markdown.
    pub(crate) raw_html: bool,
    /// The language of files without a language code.
    pub(crate) default: LangId,
    pub(crate) languages: IdVec<LangId, Language>,
    /// The menus of site.yaml; their `@/` paths are checked when the site is linked.
    pub(crate) menus: Menus,
    /// The language of messages to people that site.yaml asks for.
    pub(crate) messages: Option<crate::messages::Language>,
}

impl Config {
    pub(crate) fn language_index(&self, code: &str) -> Option<LangId> {
        self.languages
            .with_ids()
            .find(|(_, l)| l.code == code)
            .map(|(id, _)| id)
    }

    pub(crate) fn codes(&self) -> String {
        let codes: Vec<&str> = self.languages.iter().map(|l| l.code.as_str()).collect();
        codes.join(", ")
    }

    /// `https://example.org` + `/fi/page/`.
    pub(crate) fn permalink(&self, url: &str) -> String {
        format!("{}{url}", self.origin)
    }

    /// The site-relative URL of a path under the output folder: `fi/` → `/agency/fi/`.
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.root_path)
    }

    /// The site-relative URL of `path` in language `lang`: `tags/` → `/agency/fi/tags/`, or
    /// `/agency/tags/` for the default language at the root.
    pub(crate) fn language_url(&self, lang: LangId, path: &str) -> String {
        format!("{}/{}{path}", self.root_path, self.languages[lang].prefix)
    }

    /// The configuration with `base_url` replaced by `--base-url`'s value, which must pass
    /// the test site.yaml's does.
    pub(crate) fn with_base_url(mut self, base_url: &str) -> Result<Config, Error> {
        (self.origin, self.root_path) = base_url_flag(base_url)?;
        Ok(self)
    }

    /// Whether the default language's addresses start at the root, without its code.
    pub(crate) fn default_at_root(&self) -> bool {
        self.languages[self.default].prefix.is_empty()
    }
}

/// Reads and checks `site.yaml` in the site folder.
pub(crate) fn load(site: &SiteDir) -> Result<Config, Error> {
    let path = site.root().join(CONFIG_FILE);
    if std::fs::symlink_metadata(&path).is_err() {
        return Err(Error::usage(text!(
            "config-no-file",
            file = CONFIG_FILE,
            folder = site.root()
        )));
    }
    let bytes = site
        .read(&path, crate::read::CONFIG_LIMIT)
        .map_err(|d| Error::Input(vec![d]))?;
    let text = crate::error::decode_utf8(bytes, Path::new(CONFIG_FILE))
        .map_err(|d| Error::Input(vec![d]))?;
    parse(&text).map_err(Error::Input)
}

/// Parses and checks the text of `site.yaml`.
pub(crate) fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = Path::new(CONFIG_FILE);
    crate::controls::check_text(text, file, 1).map_err(|d| vec![d])?;
    let raw: SiteConfig = crate::yaml::parse(text, file, 1, &SCHEMA)?;
    let places = Places::new(text);
    let problems: Vec<Diagnostic> = raw
        .texts()
        .into_iter()
        .filter_map(|(key, value)| {
            let line = || places.value_line(value).or_else(|| places.key_line(key));
            crate::controls::check_value(value, file, line).err()
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    validate(raw, &places)
}

/// What site.yaml may hold, for [`crate::yaml::parse`].
const SCHEMA: crate::yaml::Schema = crate::yaml::Schema {
    unknown_key: Code::ConfigUnknownKey,
    missing_key: Code::ConfigMissingKey,
    invalid_value: Code::ConfigInvalidValue,
    keys: || {
        Keys::of::<SiteConfig>()
            .with("languages", Keys::of::<LanguageConfig>())
            .with("markdown", Keys::of::<MarkdownConfig>())
            .with(
                "menus",
                Keys::of::<MenusConfig>()
                    .with("main", Keys::of::<MenuEntryConfig>())
                    .with("footer", Keys::of::<MenuEntryConfig>()),
            )
    },
    renamed: &[],
    unmatched: &[],
};

/// The lines of site.yaml's keys and values, from the YAML parser, read when a message first
/// needs one.
struct Places<'a> {
    text: &'a str,
    tree: std::cell::OnceCell<Option<crate::yaml::marks::Node>>,
}

impl<'a> Places<'a> {
    fn new(text: &'a str) -> Self {
        Places {
            text,
            tree: std::cell::OnceCell::new(),
        }
    }

    fn tree(&self) -> Option<&crate::yaml::marks::Node> {
        self.tree
            .get_or_init(|| crate::yaml::places(self.text))
            .as_ref()
    }

    /// The line of the top-level `key`.
    fn key_line(&self, key: &str) -> Option<usize> {
        self.tree()?.key_line(key)
    }

    /// The line of `key` of the language at `index` of `languages`.
    fn language_line(&self, index: usize, key: &str) -> Option<usize> {
        self.tree()?.get("languages")?.item(index)?.key_line(key)
    }

    /// The line where the value `text` is written.
    fn value_line(&self, text: &str) -> Option<usize> {
        Some(self.tree()?.find_text(text)?.line)
    }
}

/// `https://example.org/agency/` → (`https://example.org`, `/agency`); `None` for anything
/// but an absolute web address of a scheme, host, port and path. A query, a fragment, a
/// user name or a space would end up in every link. The one test of `base_url`, in site.yaml
/// or `--base-url`.
fn address(base_url: &str) -> Option<(String, String)> {
    // Written out in full: browsers would also read `https:///x` and `http:x` as a host.
    let host = base_url.split_once("://")?.1;
    if host.starts_with('/') || base_url.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let url = url::Url::parse(base_url).ok()?;
    let plain = url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none();
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() || !plain {
        return None;
    }
    // The origin as browsers write it: lower-case scheme and host, punycode, no default port.
    let origin = url.origin().ascii_serialization();
    Some((origin, url.path().trim_end_matches('/').to_string()))
}

/// The origin and path of `--base-url`'s value, tested as site.yaml's `base_url` is.
pub(crate) fn base_url_flag(base_url: &str) -> Result<(String, String), Error> {
    address(base_url)
        .filter(|_| !base_url.contains(char::is_control))
        .ok_or_else(|| Error::usage(text!("config-base-url-flag", value = base_url)))
}

fn validate(raw: SiteConfig, places: &Places) -> Result<Config, Vec<Diagnostic>> {
    let file = Path::new(CONFIG_FILE);
    let line_of_key = |key: &str| places.key_line(key);
    let mut problems = Vec::new();
    let (origin, root_path) = address(&raw.base_url).unwrap_or_else(|| {
        problems.push(
            Diagnostic::error(
                Code::ConfigBaseUrl,
                file,
                line_of_key("base_url"),
                text!("config-base-url", value = &raw.base_url),
            )
            .with_hint(text!("config-base-url-hint")),
        );
        Default::default()
    });
    let plain_name = |name: &str| {
        !name.is_empty()
            && !name.starts_with('.')
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || "-_.".contains(c))
    };
    if !plain_name(&raw.theme) {
        problems.push(
            Diagnostic::error(
                Code::ConfigTheme,
                file,
                line_of_key("theme"),
                text!("config-theme", value = &raw.theme),
            )
            .with_hint(text!("config-theme-hint")),
        );
    }
    if raw.languages.is_empty() {
        problems.push(
            Diagnostic::error(
                Code::ConfigNoLanguages,
                file,
                line_of_key("languages"),
                text!("config-no-languages"),
            )
            .with_hint(text!("config-no-languages-hint")),
        );
    }
    let mut languages: Vec<Language> = Vec::new();
    for (index, lang) in raw.languages.iter().enumerate() {
        let line = || places.language_line(index, "code");
        // Language codes mean the same in any case (`sv`, `SV`): one would shadow the other.
        if (languages.iter()).any(|l| l.code.eq_ignore_ascii_case(&lang.code)) {
            problems.push(
                Diagnostic::error(
                    Code::ConfigDuplicateLanguage,
                    file,
                    line(),
                    text!("config-duplicate-language", code = &lang.code),
                )
                .with_hint(text!("config-duplicate-language-hint")),
            );
            continue;
        }
        let tag = lang.locale.as_deref().unwrap_or(&lang.code);
        let valid_code = !lang.code.is_empty()
            && lang
                .code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        match tag.parse::<Locale>() {
            Ok(locale) if valid_code => {
                let dir = if LocaleDirectionality::new_common().is_right_to_left(&locale.id) {
                    "rtl"
                } else {
                    "ltr"
                };
                let mut likely = locale.id.clone();
                LocaleExpander::new_common().maximize(&mut likely);
                let og_locale = match likely.region {
                    Some(region) => format!("{}_{}", likely.language, region),
                    None => likely.language.to_string(),
                };
                let author = lang.author.as_ref().or(raw.author.as_ref());
                languages.push(Language {
                    og_locale,
                    code: lang.code.clone(),
                    name: lang.name.clone(),
                    title: lang.title.clone(),
                    locale,
                    dir,
                    short_title: lang.short_title.clone(),
                    author: author.unwrap_or(&lang.title).clone(),
                    prefix: match raw.default_language_at_root && lang.code == raw.default_language
                    {
                        true => String::new(),
                        false => format!("{}/", lang.code),
                    },
                });
            }
            _ => problems.push(
                Diagnostic::error(
                    Code::ConfigLanguageCode,
                    file,
                    match lang.locale {
                        Some(_) => places.language_line(index, "locale"),
                        None => line(),
                    },
                    text!("config-language-code", code = tag),
                )
                .with_hint(text!("config-language-code-hint")),
            ),
        }
    }
    let default = languages
        .iter()
        .position(|l| l.code == raw.default_language);
    if default.is_none() && !languages.is_empty() {
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        problems.push(
            Diagnostic::error(
                Code::ConfigDefaultLanguage,
                file,
                line_of_key("default_language"),
                text!("config-default-language", value = &raw.default_language),
            )
            .with_hint(text!(
                "config-default-language-hint",
                codes = codes.join(", ")
            )),
        );
    }
    let timezone = match (&raw.timezone, default) {
        (Some(name), _) => timezone::named(name).unwrap_or_else(|| {
            problems.push(
                Diagnostic::error(
                    Code::ConfigTimezone,
                    file,
                    line_of_key("timezone"),
                    text!("config-timezone", value = name),
                )
                .with_hint(text!("config-timezone-hint")),
            );
            jiff::tz::TimeZone::UTC
        }),
        (None, Some(default)) => timezone::of_locale(&languages[default].locale),
        (None, None) => jiff::tz::TimeZone::UTC,
    };
    let menus = (raw.menus.as_ref())
        .map(|m| menus::validate(m, &languages, places, &mut problems))
        .unwrap_or_default();
    let messages = raw.messages.as_deref().and_then(|code| {
        let language = crate::messages::Language::from_code(code).filter(|l| l.code() == code);
        if language.is_none() {
            problems.push(
                Diagnostic::error(
                    Code::ConfigMessages,
                    file,
                    line_of_key("messages"),
                    text!("config-messages", value = code),
                )
                .with_hint(text!("config-messages-hint")),
            );
        }
        language
    });
    match default {
        Some(default) if problems.is_empty() => Ok(Config {
            origin,
            root_path,
            theme: raw.theme,
            theme_line: line_of_key("theme"),
            timezone,
            raw_html: raw.markdown.raw_html,
            default: LangId::new(default),
            languages: languages.into(),
            menus,
            messages,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests;
