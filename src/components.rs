//! Components that pages call (shortcodes): each is a Tera component defined in
//! `templates/shortcodes/<name>.html`, of the site or else its theme, whose declared
//! arguments kielo checks before rendering it.
//!
//! A component's metadata may name arguments that are files of the page (`"files"`), which
//! reach the template as the published file, the values an argument may take
//! (`"choices"`), and arguments that are an id to put in an address (`"ids"`).

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::{ComponentArgType, Context, Tera, Value};

use crate::config::LangId;
use crate::error::{Code, Diagnostic};
use crate::ids::IdVec;
use crate::messages::{Text, text};
use crate::theme::ThemeFile;

/// Where page components live among the templates.
pub(crate) const FOLDER: &str = "shortcodes/";

/// Replaces `{{ body }}` while a block component renders, so its HTML can be split around
/// the body, which the page renders as part of itself.
pub(crate) const BODY: &str = "\u{E001}";

/// The character [`BODY`] is.
pub(crate) const BODY_MARK: char = '\u{E001}';

/// One argument a component declares.
#[derive(Debug)]
pub(crate) struct Argument {
    pub(crate) name: String,
    pub(crate) kind: Option<ComponentArgType>,
    pub(crate) required: bool,
}

/// A component pages may call.
#[derive(Debug)]
pub(crate) struct Definition {
    /// The template that defines it, for messages.
    pub(crate) template: String,
    /// In the order declared; implicit ones (`@lang`) are left out, kielo gives them.
    pub(crate) arguments: Vec<Argument>,
    /// Arguments that name a file of the page or of `static/`.
    pub(crate) files: Vec<String>,
    /// The values some arguments are limited to.
    pub(crate) choices: BTreeMap<String, Vec<String>>,
    /// Arguments that are an id in an address (a video's): letters, digits, `-` and `_`.
    pub(crate) ids: Vec<String>,
}

/// The components of the site and its theme, with the templates that render them.
pub(crate) struct Components {
    tera: Arc<Tera>,
    definitions: BTreeMap<String, Definition>,
    /// Each language's code, which components receive as `@lang`.
    codes: IdVec<LangId, String>,
}

impl std::fmt::Debug for Components {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.definitions.iter()).finish()
    }
}

impl Components {
    /// The components of `tera`'s templates under `shortcodes/`; a file there that defines
    /// no component of its name is an error, as kielo could not check calls to it.
    pub(crate) fn new(
        tera: Arc<Tera>,
        files: &[ThemeFile],
        codes: IdVec<LangId, String>,
    ) -> (Components, Vec<Diagnostic>) {
        let mut definitions = BTreeMap::new();
        let mut problems = Vec::new();
        let templates = files.iter().filter_map(|file| {
            let name = file.relative.strip_prefix("templates/")?;
            let stem = name.strip_prefix(FOLDER)?.strip_suffix(".html")?;
            Some((stem, name, file))
        });
        // Later files are the site's, which replace the theme's of the same name.
        let templates: BTreeMap<&str, (&str, &ThemeFile)> = templates
            .map(|(stem, name, file)| (stem, (name, file)))
            .collect();
        for (stem, (name, file)) in templates {
            let Some(info) = tera.get_component_definition(stem) else {
                problems.push(
                    Diagnostic::error(
                        Code::ComponentTemplate,
                        file.origin.clone(),
                        Some(1),
                        text!("component-template", template = name, name = stem),
                    )
                    .with_hint(text!("component-template-hint", name = stem)),
                );
                continue;
            };
            definitions.insert(stem.to_string(), definition(name, &info));
        }
        let components = Components {
            tera,
            definitions,
            codes,
        };
        (components, problems)
    }

    pub(crate) fn code(&self, lang: LangId) -> &str {
        &self.codes[lang]
    }

    /// Whether GitHub alerts can be `notice`s: the site's or theme's takes a `type` and
    /// needs nothing else.
    pub(crate) fn alerts(&self) -> bool {
        self.get("notice").is_some_and(|notice| {
            let mut args = notice.arguments.iter();
            args.clone().any(|a| a.name == "type") && args.all(|a| !a.required || a.name == "type")
        })
    }

    pub(crate) fn get(&self, name: &str) -> Option<&Definition> {
        self.definitions.get(name)
    }

    /// The names of all components, for messages.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.definitions.keys().map(String::as_str).collect()
    }

    /// Renders component `name` with checked `args`, in language `lang`; `body` is the
    /// body's HTML (or [`BODY`]) for a block component. The error is Tera's, with the
    /// template and line where it failed when Tera names them.
    pub(crate) fn render(
        &self,
        name: &str,
        args: &Context,
        lang: &str,
        body: Option<&str>,
    ) -> Result<String, Text> {
        let mut implicits = Context::new();
        implicits.insert("lang", lang);
        self.tera
            .render_component_with_implicits(name, args, &implicits, body, true)
            .map_err(|err| {
                // Tera's own words stay English, in a sentence of kielo's.
                let problem = crate::templates::tera_problem(&err);
                match (problem.name, problem.line) {
                    (Some(name), Some(line)) => text!(
                        "component-render-where",
                        template = name,
                        line = line,
                        detail = problem.text
                    ),
                    _ => text!("component-render-detail", detail = problem.text),
                }
            })
    }
}

fn definition(template: &str, info: &tera::ComponentInfo) -> Definition {
    let arguments = (info.args().iter())
        .filter(|a| !a.is_implicit())
        .map(|a| Argument {
            name: a.name().to_string(),
            kind: a.arg_type(),
            required: a.is_required(),
        })
        .collect();
    let meta = info.metadata();
    let files = meta.get("files").map(strings).unwrap_or_default();
    let ids = meta.get("ids").map(strings).unwrap_or_default();
    let choices = (meta.get("choices").and_then(Value::as_map))
        .map(|map| {
            map.iter()
                .map(|(k, v)| (k.to_string(), strings(v)))
                .collect()
        })
        .unwrap_or_default();
    Definition {
        template: template.to_string(),
        arguments,
        files,
        choices,
        ids,
    }
}

fn strings(value: &Value) -> Vec<String> {
    let items = value.as_array().unwrap_or_default();
    (items.iter())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Whether `value` is of the declared type.
pub(crate) fn type_matches(kind: ComponentArgType, value: &Value) -> bool {
    match kind {
        ComponentArgType::String => value.is_string(),
        ComponentArgType::Bool => value.is_bool(),
        ComponentArgType::Integer => value.is_i64() || value.is_u64(),
        ComponentArgType::Float => value.is_f64(),
        ComponentArgType::Number => value.is_number(),
        ComponentArgType::Array => value.is_array(),
        ComponentArgType::Map => value.is_map(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::messages::{Language, Messages, text};

    #[test]
    fn the_hint_of_a_template_without_its_component_shows_tera_syntax() {
        let hint = text!("component-template-hint", name = "video");
        assert_eq!(
            hint.english(),
            "declare its arguments around the template: {% component video(key, other=\"default\") %}…{% endcomponent video %}"
        );
        let swedish = Messages::new(Language::Sv).format(&hint);
        assert!(
            swedish.ends_with(
                "{% component video(key, other=\"default\") %}…{% endcomponent video %}"
            ),
            "{swedish}"
        );
    }
}
