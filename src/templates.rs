//! Tera templates: the theme's, overridden by the site's own `templates/`, compiled once, with
//! the `t` (Fluent message) and `date` functions.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, TeraResult, Value};

use crate::config::LangId;
use crate::dates::WrittenDate;
use crate::error::{Code, Diagnostic};
use crate::i18n::I18n;
use crate::ids::IdVec;
use crate::messages::text;
use crate::theme::ThemeFile;

/// Compiles every template of `files` (theme first, then the site's, which win).
pub(crate) fn load(
    files: &[&ThemeFile],
    i18n: Arc<I18n>,
    codes: IdVec<LangId, String>,
    add_functions: impl FnOnce(&mut Tera),
) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::new();
    add_functions(&mut tera);
    let codes = Arc::new(codes);
    {
        let (i18n, codes) = (i18n.clone(), codes.clone());
        tera.register_function("t", move |kwargs: Kwargs, state: &State| {
            translate(&i18n, &codes, &kwargs, state).map(|(text, _)| text)
        });
    }
    {
        let (i18n, codes) = (i18n.clone(), codes.clone());
        tera.register_function("t_html", move |kwargs: Kwargs, state: &State| {
            let (text, from) = translate(&i18n, &codes, &kwargs, state)?;
            let text = escape(&text);
            Ok(Value::safe_string(&match from {
                Some(code) => format!("<span lang=\"{}\">{text}</span>", escape(&code)),
                None => text,
            }))
        });
    }
    {
        let (i18n, codes) = (i18n.clone(), codes.clone());
        tera.register_function("lang_of", move |kwargs: Kwargs, state: &State| {
            let lang = language(&codes, &kwargs, state)?;
            let key: String = kwargs.must_get("key")?;
            let from = i18n.fallback_of(lang, &key).map(str::to_string);
            let restore: bool = kwargs.get("restore")?.unwrap_or(false);
            let code = match (from, restore) {
                (None, _) => return Ok(Value::safe_string("")),
                (Some(code), false) => code,
                (Some(_), true) => state.get::<String>("lang")?.unwrap_or_default(),
            };
            Ok(Value::safe_string(&format!(" lang=\"{}\"", escape(&code))))
        });
    }
    {
        let (i18n, codes) = (i18n.clone(), codes.clone());
        tera.register_function("has_message", move |kwargs: Kwargs, state: &State| {
            let lang = language(&codes, &kwargs, state)?;
            let key: String = kwargs.must_get("key")?;
            Ok(i18n.has(lang, &key))
        });
    }
    tera.register_function("date", move |kwargs: Kwargs, state: &State| {
        format_date(&i18n, &codes, &kwargs, state)
    });
    // Later files replace earlier ones of the same name, so the site's override the theme's.
    let mut templates: BTreeMap<String, (String, &ThemeFile)> = BTreeMap::new();
    for file in files {
        if let Some(name) = file.relative.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(&file.bytes).into_owned();
            templates.insert(name.to_string(), (text, file));
        }
    }
    // Templates write their text into pages as it is: a control character in one would reach
    // every page that uses it.
    let controls: Vec<Diagnostic> = (templates.values())
        .filter_map(|(text, file)| crate::controls::check_text(text, &file.origin, 1).err())
        .collect();
    if !controls.is_empty() {
        return Err(controls);
    }
    let sources: Vec<(&str, &str)> = templates
        .iter()
        .map(|(name, (text, _))| (name.as_str(), text.as_str()))
        .collect();
    tera.add_raw_templates(sources).map_err(|err| {
        let problem = tera_problem(&err);
        let origin = problem
            .name
            .and_then(|name| templates.get(name))
            .or_else(|| {
                // An error without a report (a component defined twice) only names its
                // templates in its message.
                templates
                    .iter()
                    .find(|(name, _)| problem.text.contains(name.as_str()))
                    .map(|(_, t)| t)
            })
            .map(|(_, file)| file.origin.clone())
            .unwrap_or_else(|| "templates".into());
        vec![
            Diagnostic::error(
                Code::TemplateSyntax,
                origin,
                problem.line,
                // Tera's own words, in English.
                text!("template-syntax", detail = problem.text),
            )
            .with_column(problem.column)
            .with_hint(text!("template-syntax-hint")),
        ]
    })?;
    Ok(tera)
}

/// A page whose `template` names none of the templates, at the line of its `template` key.
pub(crate) fn missing_page_templates(site: &crate::model::Site, tera: &Tera) -> Vec<Diagnostic> {
    site.pages
        .iter()
        .filter_map(|page| {
            let source = &page.source;
            let name = source.front.template.as_deref()?;
            (!tera.contains_template(name)).then(|| {
                Diagnostic::error(
                    Code::TemplateMissing,
                    source.path(),
                    source.lines.line("template"),
                    text!("template-missing", name = name),
                )
                .with_hint(text!("template-missing-hint"))
            })
        })
        .collect()
}

/// What Tera's error says, taken from its parts: the template its report names (if any), the
/// line and column there, and the message without Tera's drawn excerpt (the diagnostic draws
/// its own from the file).
pub(crate) struct TeraProblem<'a> {
    pub(crate) name: Option<&'a str>,
    pub(crate) line: Option<usize>,
    pub(crate) column: Option<usize>,
    pub(crate) text: String,
}

pub(crate) fn tera_problem(err: &tera::Error) -> TeraProblem<'_> {
    use tera::ErrorKind;
    let named = |name| TeraProblem {
        name: Some(name),
        line: None,
        column: None,
        text: err.to_string(),
    };
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => TeraProblem {
            name: Some(report.filename()).filter(|n| !n.is_empty()),
            line: Some(report.span().start_line),
            // Tera counts columns from 0.
            column: Some(report.span().start_col + 1),
            text: report.message().to_string(),
        },
        ErrorKind::MissingParent { current: name, .. }
        | ErrorKind::CircularExtend { tpl: name, .. }
        | ErrorKind::CircularInclude { tpl: name, .. } => named(name.as_str()),
        ErrorKind::Msg(message) => drawn_report(message, &causes(err)),
        _ => TeraProblem {
            name: None,
            line: None,
            column: None,
            text: format!("{err}{}", causes(err)),
        },
    }
}

/// The causes of an error, each on a line of its own, such as a function's error.
fn causes(err: &tera::Error) -> String {
    let mut text = String::new();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(&format!("\n{cause}"));
        source = cause.source();
    }
    text
}

/// Tera checks that the filters, tests, functions and blocks a template uses exist after
/// parsing it, and gives what it finds only as drawn reports joined into one message (Tera
/// 2.4 has no error kind for them), so their place is read from the first report's
/// ` --> page.html:3:7` line.
fn drawn_report<'a>(message: &'a str, causes: &str) -> TeraProblem<'a> {
    let at = message.lines().find_map(|l| l.trim().strip_prefix("--> "));
    let mut parts = at.map(|at| at.rsplitn(3, ':')).into_iter().flatten();
    let column = parts.next().and_then(|c| c.parse().ok());
    let line = parts.next().and_then(|l| l.parse().ok());
    let name = parts.next();
    let text: Vec<&str> = message
        .lines()
        .chain(causes.lines())
        .map(str::trim_start)
        .filter(|l| !l.is_empty() && !l.starts_with(['|', '-']))
        .filter(|l| !l.starts_with(|c: char| c.is_ascii_digit()))
        .map(|l| l.trim_start_matches("error: "))
        .collect();
    TeraProblem {
        name,
        line,
        column,
        text: text.join(": "),
    }
}

/// The language of the call: `lang=` if given, else the template's `lang`.
fn language(codes: &IdVec<LangId, String>, kwargs: &Kwargs, state: &State) -> TeraResult<LangId> {
    let code: String = match kwargs.get::<String>("lang")? {
        Some(code) => code,
        None => state
            .get::<String>("lang")?
            .ok_or_else(|| tera::Error::message("no `lang` in the template context"))?,
    };
    (codes.with_ids())
        .find_map(|(lang, c)| (*c == code).then_some(lang))
        .ok_or_else(|| tera::Error::message(format!("`{code}` is not a configured language")))
}

/// `t(key="published", count=3)`: the Fluent message with every other argument passed on,
/// and the code of the language it fell back to, if it did.
///
/// `t_html(key=…)` gives the same as HTML, in `<span lang="…">` when it fell back, for
/// texts; `lang_of(key=…)` gives ` lang="…"` when it fell back (the page's own language with
/// `restore=true`, for the element's children), for an element whose attribute holds it.
fn translate(
    i18n: &I18n,
    codes: &IdVec<LangId, String>,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<(String, Option<String>)> {
    let lang = language(codes, kwargs, state)?;
    let key: String = kwargs.must_get("key")?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" || name == "lang" || name == "restore" {
            continue;
        }
        args.set(name, fluent_value(value));
    }
    lookup(i18n, lang, &key, &args)
}

/// The message and the language it fell back to, or an error for one no language has.
fn lookup(
    i18n: &I18n,
    lang: LangId,
    key: &str,
    args: &FluentArgs,
) -> TeraResult<(String, Option<String>)> {
    let (text, from) = i18n.message_from(lang, key, Some(args)).ok_or_else(|| {
        tera::Error::message(format!(
            "the message `{key}` is not in any locales/*/*.ftl file; add `{key} = …` to the default language's file"
        ))
    })?;
    Ok((text, from.map(str::to_string)))
}

/// Text as HTML, escaped as the template engine escapes it.
fn escape(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    // Writing to memory does not fail.
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// `date(value=page.date)` or `date(value=page.date, style="long")`: the messages
/// `date`, `date-time` and `date-long` decide each language's format.
fn format_date(
    i18n: &I18n,
    codes: &IdVec<LangId, String>,
    kwargs: &Kwargs,
    state: &State,
) -> TeraResult<String> {
    let lang = language(codes, kwargs, state)?;
    let value: String = kwargs.must_get("value")?;
    let style: Option<String> = kwargs.get("style")?;
    let has_time = || WrittenDate::parse(&value).is_ok_and(|d| d.has_time());
    let key = match style {
        Some(style) => format!("date-{style}"),
        None if has_time() => "date-time".to_string(),
        None => "date".to_string(),
    };
    let mut args = FluentArgs::new();
    args.set("date", value);
    lookup(i18n, lang, &key, &args).map(|(text, _)| text)
}

fn fluent_value(value: &Value) -> FluentValue<'static> {
    if let Some(n) = value.as_f64() {
        return FluentValue::from(n);
    }
    match value.as_str() {
        Some(s) => FluentValue::from(s.to_string()),
        None => FluentValue::from(value.to_string()),
    }
}
