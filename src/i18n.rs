//! UI strings from Fluent files: the theme's `locales/<lang>/*.ftl` first, then the site's,
//! which override. Missing strings fall back to the default language.

use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::config::{Config, LangId};
use crate::dates::{DateFormatter, DateRequest};
use crate::error::{Code, Diagnostic, line_of};
use crate::ids::IdVec;
use crate::messages::text;
use crate::theme::ThemeFile;

/// The Fluent bundles of every configured language.
pub(crate) struct I18n {
    bundles: IdVec<LangId, FluentBundle<FluentResource>>,
    /// English strings, the last resort for languages neither the theme nor the site covers.
    last_resort: Option<FluentBundle<FluentResource>>,
    codes: IdVec<LangId, String>,
    default: LangId,
    /// `(language, message)` pairs that had to fall back, reported once after rendering.
    missing: Mutex<std::collections::BTreeSet<(LangId, String)>>,
}

impl I18n {
    /// Builds one bundle per language from theme and site `.ftl` files, in that order.
    pub(crate) fn new(config: &Config, files: &[&ThemeFile]) -> Result<I18n, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut bundles = IdVec::new();
        for language in &config.languages {
            bundles.push(bundle(
                &language.code,
                &language.locale,
                files,
                &mut problems,
            ));
        }
        let english = icu_locale::locale!("en");
        let last_resort = (config.language_index("en").is_none())
            .then(|| bundle("en", &english, files, &mut problems));
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(I18n {
            bundles,
            last_resort,
            codes: config.languages.iter().map(|l| l.code.clone()).collect(),
            default: config.default,
            missing: Mutex::default(),
        })
    }

    /// The message `key` in language `lang`, else in the default language.
    pub(crate) fn message(
        &self,
        lang: LangId,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.message_from(lang, key, args).map(|(text, _)| text)
    }

    /// [`I18n::message`], with the code of the language the text is in when that is not
    /// `lang` (the message fell back), so that a template can mark it.
    pub(crate) fn message_from(
        &self,
        lang: LangId,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Option<&str>)> {
        let (bundle, from) = self.source(lang, key)?;
        format_in(bundle, key, args).map(|text| (text, from))
    }

    /// Whether `lang` has the message `key`, itself or by falling back, for a template to
    /// show a text only when the site has written it. A message some language has is
    /// recorded as missing in `lang` when it lacks it, as [`I18n::message`] does.
    pub(crate) fn has(&self, lang: LangId, key: &str) -> bool {
        let mut bundles = self.bundles.iter().chain(&self.last_resort);
        bundles.any(|bundle| bundle.has_message(key)) && self.source(lang, key).is_some()
    }

    /// The code of the language the message `key` falls back to in `lang`, if it does;
    /// without formatting it.
    pub(crate) fn fallback_of(&self, lang: LangId, key: &str) -> Option<&str> {
        self.source(lang, key).and_then(|(_, from)| from)
    }

    /// The bundle that has the message `key` for language `lang`: its own, else the default
    /// language's, else English, with the code of the language it fell back to. A fallback
    /// is recorded for [`I18n::missing_messages`].
    fn source(
        &self,
        lang: LangId,
        key: &str,
    ) -> Option<(&FluentBundle<FluentResource>, Option<&str>)> {
        let own = self.bundles.get(lang)?;
        if own.has_message(key) {
            return Some((own, None));
        }
        if let Ok(mut missing) = self.missing.lock() {
            missing.insert((lang, key.to_string()));
        }
        let default = &self.bundles[self.default];
        if default.has_message(key) {
            return Some((default, Some(self.codes[self.default].as_str())));
        }
        let english = self.last_resort.as_ref()?;
        english.has_message(key).then_some((english, Some("en")))
    }

    /// A warning for each language that lacks messages a template used, naming them.
    pub(crate) fn missing_messages(&self) -> Vec<Diagnostic> {
        let missing = self.missing.lock().map(|m| m.clone()).unwrap_or_default();
        self.codes
            .ids()
            .filter_map(|lang| {
                let keys: Vec<&str> = (missing.iter())
                    .filter(|(l, _)| *l == lang)
                    .map(|(_, key)| key.as_str())
                    .collect();
                let code = &self.codes[lang];
                let first = *keys.first()?;
                let message = text!(
                    "locale-missing-message",
                    count = keys.len(),
                    keys = keys.join("`, `"),
                    code = code
                );
                let hint = text!(
                    "locale-missing-message-hint",
                    count = keys.len(),
                    first = first,
                    code = code
                );
                Some(
                    Diagnostic::warning(
                        Code::LocaleMissingMessage,
                        format!("locales/{code}"),
                        None,
                        message,
                    )
                    .with_hint(hint),
                )
            })
            .collect()
    }
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The bundle of language `code` from every `locales/<code>/*.ftl` in `files`, in order.
fn bundle(
    code: &str,
    locale: &icu_locale::Locale,
    files: &[&ThemeFile],
    problems: &mut Vec<Diagnostic>,
) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.id.to_string().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would end up as invisible characters inside HTML attributes.
    bundle.set_use_isolating(false);
    match DateFormatter::new(locale) {
        Ok(formatter) => add_datetime(&mut bundle, Arc::new(formatter)),
        // The words of the date library, in English.
        Err(message) => problems.push(Diagnostic::error(
            Code::LocaleDateFormat,
            "site.yaml",
            None,
            text!("locale-date-format", detail = message),
        )),
    }
    let prefix = format!("locales/{code}/");
    let ours = files
        .iter()
        .filter(|f| f.relative.starts_with(&prefix) && f.relative.ends_with(".ftl"));
    for file in ours {
        let text = String::from_utf8_lossy(&file.bytes).into_owned();
        // Messages go into pages as they are written.
        if let Err(problem) = crate::controls::check_text(&text, &file.origin, 1) {
            problems.push(problem);
            continue;
        }
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(
                        Diagnostic::error(
                            Code::LocaleSyntax,
                            &file.origin,
                            Some(line_of(&text, error.pos.start)),
                            text!("locale-syntax", detail = error.kind.to_string()),
                        )
                        .with_hint(text!("locale-syntax-hint")),
                    );
                }
                resource
            }
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// `DATETIME($date, dateStyle: "short", timeStyle: "short")` or `DATETIME($date, pattern: "d.M.y")`.
fn add_datetime(bundle: &mut FluentBundle<FluentResource>, formatter: Arc<DateFormatter>) {
    let result = bundle.add_function("DATETIME", move |positional, named| {
        let Some(FluentValue::String(value)) = positional.first() else {
            return FluentValue::Error;
        };
        let text = |key: &str| match named.get(key) {
            Some(FluentValue::String(s)) => Some(s.to_string()),
            _ => None,
        };
        let (date_style, time_style, pattern) =
            (text("dateStyle"), text("timeStyle"), text("pattern"));
        let request = DateRequest {
            date_style: date_style.as_deref(),
            time_style: time_style.as_deref(),
            pattern: pattern.as_deref(),
        };
        match formatter.format(value, &request) {
            Ok(text) => FluentValue::String(text.into()),
            Err(_) => FluentValue::Error,
        }
    });
    debug_assert!(result.is_ok(), "DATETIME is added once per fresh bundle");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn missing_messages_are_counted_in_each_language() {
        let site = "base_url: https://example.org\ndefault_language: fi\nlanguages:\n  - code: fi\n    name: Suomeksi\n    title: T\n  - code: sv\n    name: På svenska\n    title: T\n";
        let config = crate::config::parse(site).unwrap();
        let file = ThemeFile {
            relative: "locales/fi/theme.ftl".to_string(),
            origin: "locales/fi/theme.ftl".into(),
            bytes: b"a = A\nb = B\n".to_vec(),
        };
        let i18n = I18n::new(&config, &[&file]).unwrap_or_else(|_| panic!("bundles"));
        let sv = config.language_index("sv").expect("sv");
        assert_eq!(i18n.message(sv, "a", None).as_deref(), Some("A"));
        let one = i18n.missing_messages();
        assert_eq!(
            one[0].message,
            "the message `a` is missing in language `sv`; the text of the default language (or English) was used, marked with its language"
        );
        i18n.message(sv, "b", None);
        let two = i18n.missing_messages();
        let (message, hint) = (&two[0].message, two[0].hint.as_ref().expect("a hint"));
        assert!(
            message
                .english()
                .starts_with("2 messages are missing in language `sv`: `a`, `b`;"),
            "{message}"
        );
        let finnish = Messages::new(Language::Fi);
        assert!(
            finnish
                .format(message)
                .starts_with("kieleltä `sv` puuttuu 2 viestiä: `a`, `b`;"),
            "{}",
            finnish.format(message)
        );
        assert_eq!(
            Messages::new(Language::Sv).format(hint),
            "lägg till dem i en .ftl-fil i locales/sv/, till exempel `a = …`"
        );
    }
}
