//! kielo's own words to people — diagnostics, hints, summary lines, the serve overlay — in
//! Finnish, Swedish or English, from Fluent catalogues compiled into the binary
//! (`src/messages/<lang>/*.ftl`). A [`Text`] is a message id with its arguments, so the
//! words are chosen only when printed: `--messages`, else site.yaml's `messages`, else
//! `LANG`, else English. JSON output stays in English, so tools see one language.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Serialize, Serializer};

#[cfg(test)]
mod tests;

/// A language kielo speaks to people in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English, the fallback.
    En,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 3] = [Language::En, Language::Fi, Language::Sv];

    /// The language of a code such as `fi`, `sv-FI` or a POSIX locale such as
    /// `sv_FI.UTF-8`; none for a language kielo does not speak.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fi" => Some(Language::Fi),
            "sv" => Some(Language::Sv),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The language of the environment's locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG`,
    /// the first that is set, as POSIX orders them.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .and_then(|value| Language::from_code(&value))
    }

    /// The language's code: `fi`, `sv` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }
}

/// The catalogue files of one language, in the order they are added to its bundle; a new
/// area of messages is one more name here and one more file in each language's folder.
macro_rules! catalogue {
    ($lang:literal) => {
        catalogue!(
            $lang: "general", "files", "yaml", "config", "content", "markdown", "media", "output"
        )
    };
    ($lang:literal: $($area:literal),+) => {
        &[$((
            concat!($lang, "/", $area, ".ftl"),
            include_str!(concat!("messages/", $lang, "/", $area, ".ftl")),
        )),+]
    };
}

/// `(file name, text)` of each catalogue file of `language`.
fn files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::Fi => catalogue!("fi"),
        Language::Sv => catalogue!("sv"),
        Language::En => catalogue!("en"),
    }
}

/// kielo's messages in one language, falling back to English for any it lacks.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// The messages of `language`. The catalogues are compiled in and tested, so a message
    /// that does not parse is a bug in kielo; it is skipped rather than stopping a build.
    pub fn new(language: Language) -> Messages {
        let langid = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would print as stray characters in a terminal.
        bundle.set_use_isolating(false);
        for (_, text) in files(language) {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            // A message defined twice is caught by the catalogue tests.
            bundle.add_resource_overriding(resource);
        }
        Messages { language, bundle }
    }

    /// English, the language of JSON output and of `Display`.
    pub fn english() -> &'static Messages {
        static ENGLISH: LazyLock<Messages> = LazyLock::new(|| Messages::new(Language::En));
        &ENGLISH
    }

    /// The language these messages are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// A moment, such as when an embargo ends, as people of this language write it, in
    /// the time zone it carries: `1.12.2026 klo 9.00`, `1 dec. 2026 09:00`,
    /// `1 Dec 2026, 09:00`.
    pub fn moment(&self, when: &jiff::Zoned) -> String {
        let locale = match self.language {
            Language::Fi => icu_locale::locale!("fi"),
            Language::Sv => icu_locale::locale!("sv-FI"),
            Language::En => icu_locale::locale!("en-GB"),
        };
        let written = when.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
        let request = crate::dates::DateRequest {
            date_style: Some("medium"),
            time_style: Some("short"),
            pattern: None,
        };
        crate::dates::DateFormatter::new(&locale)
            .and_then(|f| f.format(&written, &request))
            .unwrap_or(written)
    }

    /// `text` in this language, else in English, else its id (a bug the tests catch).
    pub fn format(&self, text: &Text) -> String {
        self.format_here(text)
            .or_else(|| {
                (self.language != Language::En)
                    .then(|| Messages::english().format_here(text))
                    .flatten()
            })
            .unwrap_or_else(|| text.id().to_string())
    }

    fn format_here(&self, text: &Text) -> Option<String> {
        let pattern = self.bundle.get_message(text.id())?.value()?;
        let mut args = FluentArgs::new();
        for (name, value) in &text.0.args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Nested(inner) => FluentValue::from(self.format(inner)),
                Arg::Moment(when) => FluentValue::from(self.moment(when)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let out = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        Some(out.into_owned())
    }
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Messages({})", self.language.code())
    }
}

/// A message to a person, not yet in words: a catalogue id and its arguments (boxed, so
/// that a diagnostic stays small enough to return by value).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text(Box<Parts>);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Parts {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The value of a message's argument.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Words or a name, shown as they are.
    Text(String),
    /// A number, which also picks the plural form.
    Number(i64),
    /// Another message, put in the same language.
    Nested(Text),
    /// A moment, written as the language writes one (see [`Messages::moment`]).
    Moment(jiff::Zoned),
}

impl Text {
    /// The message `id` with `args`; `text!` is the short way to write it.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text(Box::new(Parts { id, args }))
    }

    /// The message's catalogue id.
    pub fn id(&self) -> &'static str {
        self.0.id
    }

    /// The text in English, for tests and tools.
    pub fn english(&self) -> String {
        Messages::english().format(self)
    }

    /// Whether the English text contains `part`, for tests.
    pub fn contains(&self, part: &str) -> bool {
        self.english().contains(part)
    }
}

/// The message in English.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

/// Compares the English text, for tests.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.english() == *other
    }
}

/// JSON carries the English text, whatever language people read.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl From<&jiff::Zoned> for Arg {
    fn from(when: &jiff::Zoned) -> Arg {
        Arg::Moment(when.clone())
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Arg {
        Arg::Nested(text)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(path: &std::path::Path) -> Arg {
        Arg::Text(path.to_string_lossy().into_owned())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Arg {
        Arg::from(path.as_path())
    }
}

/// Numbers of every width kielo counts in.
macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}

number_args!(usize, u64, u32, u16, u8, i64, i32);

/// `items` as one text: `a`, `a and b`, `a, b and c`, with the language's word for "and".
pub(crate) fn all_of(mut items: Vec<Text>) -> Text {
    let Some(last) = items.pop() else {
        return crate::text!("list-empty");
    };
    let Some(before) = items.pop() else {
        return last;
    };
    let mut list = crate::text!("list-and", first = before, last = last);
    while let Some(item) = items.pop() {
        list = crate::text!("list-comma", first = item, rest = list);
    }
    list
}

/// A [`Text`]: `text!("build-summary", pages = 3, out = path)`.
#[macro_export]
macro_rules! text {
    ($id:literal) => {
        $crate::messages::Text::new($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::Text::new(
            $id,
            vec![$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

pub use crate::text;
