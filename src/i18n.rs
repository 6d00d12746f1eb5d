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
        self.codes.ids()
            .filter_map(|lang| {
                let keys: Vec<&str> = (missing.iter())
                    .filter(|(l, _)| *l == lang)
                    .map(|(_, key)| key.as_str())
                    .collect();
                let code = &self.codes[lang];
                let (message, hint) = match keys.as_slice() {
                    [] => return None,
                    [key] => (
                        format!("the message `{key}` is missing in language `{code}`"),
                        format!("add `{key} = …` to a .ftl file in locales/{code}/"),
                    ),
                    [..] => (
                        format!(
                            "{} messages are missing in language `{code}`: `{}`",
                            keys.len(),
                            keys.join("`, `")
                        ),
                        format!("add them to a .ftl file in locales/{code}/, e.g. `{} = …`", keys[0]),
                    ),
                };
                let used = "; the text of the default language (or English) was used, marked with its language";
                Some(
                    Diagnostic::warning(Code::LocaleMissingMessage, format!("locales/{code}"), None, format!("{message}{used}"))
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
        Err(message) => problems.push(Diagnostic::error(
            Code::LocaleDateFormat,
            "site.yaml",
            None,
            message,
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
                            format!("Fluent syntax error: {}", error.kind),
                        )
                        .with_hint(
                            "each message is `id = text`; continuation lines start with spaces",
                        ),
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
