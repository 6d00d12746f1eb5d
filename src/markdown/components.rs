//! Renders a page's component calls and puts their HTML where their markers are: a call's
//! arguments are checked against what its component declares, and files it names are
//! resolved as the page's pictures are. A component's HTML is the theme's, trusted; its body
//! is the page's Markdown, rendered under the page's rules.

use serde::Serialize;

use super::shortcodes::Call;
use super::{Context, Rendered};
use crate::components::{BODY, Components, Definition, type_matches};
use crate::error::{Code, Diagnostic, closest};
use crate::load::Source;
use crate::media::{Find, MediaFile, WEBP, What};
use crate::messages::{Text, text};
use crate::model::PageId;

/// A call's HTML: all of it, or for a block component what goes before and after the body.
#[derive(Debug)]
pub(super) enum Made {
    Inline(String),
    /// Before, and after (`None` when the component does not show its body).
    Block(String, Option<String>),
    /// The call failed (its problem is reported): only its body, if any, is kept.
    Failed,
}

/// A file a component's argument names, as its template sees it.
#[derive(Serialize)]
struct FileView {
    url: String,
    /// The type, e.g. `video/mp4`.
    mime: String,
    size: u64,
    /// For a picture with variants: as `page.image` has them.
    srcset: String,
    webp_srcset: String,
    sizes: &'static str,
    width: u32,
    height: u32,
}

/// Where a call is, for its messages.
pub(super) struct At<'a> {
    pub(super) source: &'a Source,
    pub(super) page: PageId,
    pub(super) line: Option<usize>,
}

/// Renders `call` in language `lang`.
pub(super) fn make(
    components: &Components,
    context: &Context,
    call: &Call,
    at: &At,
    lang: &str,
    out: &mut Rendered,
) -> Made {
    // An unclosed block is reported already; its HTML would swallow the rest of the page.
    if call.block && !call.closed {
        return Made::Failed;
    }
    let Some(definition) = components.get(&call.name) else {
        out.diagnostics.push(unknown(components, call, at));
        return Made::Failed;
    };
    let Some(args) = checked(definition, context, call, at, out) else {
        return Made::Failed;
    };
    // An inline call of a block component shows an empty body, not an error.
    let body = if call.block { BODY } else { "" };
    match components.render(&call.name, &args, lang, Some(body)) {
        Ok(html) if !call.block => Made::Inline(html),
        Ok(html) => {
            let mut parts = html.split(BODY);
            let before = parts.next().unwrap_or_default().to_string();
            let after = parts.next().map(str::to_string);
            if parts.next().is_some() {
                out.diagnostics.push(error(
                    Code::ComponentRender,
                    at,
                    text!(
                        "component-render-body-twice",
                        template = &definition.template
                    ),
                    text!("component-render-body-twice-hint"),
                ));
                return Made::Failed;
            }
            Made::Block(before, after)
        }
        Err(problem) => {
            out.diagnostics.push(error(
                Code::ComponentRender,
                at,
                text!("component-render", name = &call.name, problem = problem),
                text!("component-render-hint"),
            ));
            Made::Failed
        }
    }
}

fn error(code: Code, at: &At, message: Text, hint: Text) -> Diagnostic {
    Diagnostic::error(code, at.source.path(), at.line, message).with_hint(hint)
}

fn unknown(components: &Components, call: &Call, at: &At) -> Diagnostic {
    let names = components.names();
    let name = &call.name;
    let message = match closest(name, &names) {
        Some(near) => text!(
            "component-unknown-suggest",
            name = name,
            known = names.join(", "),
            near = near
        ),
        None => text!(
            "component-unknown",
            name = name,
            known = names.join(", "),
            count = names.len()
        ),
    };
    let hint = text!("component-unknown-hint", name = name);
    Diagnostic::error(Code::ComponentUnknown, at.source.path(), at.line, message).with_hint(hint)
}

/// The call's arguments, checked and with its files resolved; `None` after reporting why not.
fn checked(
    definition: &Definition,
    context: &Context,
    call: &Call,
    at: &At,
    out: &mut Rendered,
) -> Option<tera::Context> {
    let before = out.diagnostics.len();
    let problem = |message: Text| {
        let hint = text!("component-argument-hint");
        error(Code::ComponentArgument, at, message, hint)
    };
    let name = &call.name;
    let declared: Vec<&str> = (definition.arguments.iter())
        .map(|a| a.name.as_str())
        .collect();
    let mut args = tera::Context::new();
    for (key, value) in &call.args {
        let Some(argument) = definition.arguments.iter().find(|a| a.name == *key) else {
            let arguments = declared.join(", ");
            let message = match closest(key, &declared) {
                Some(near) => text!(
                    "component-argument-unknown-suggest",
                    name = name,
                    key = key,
                    arguments = arguments,
                    near = near
                ),
                None => text!(
                    "component-argument-unknown",
                    name = name,
                    key = key,
                    arguments = arguments,
                    count = declared.len()
                ),
            };
            out.diagnostics.push(problem(message));
            continue;
        };
        if definition.files.contains(key) {
            match value.as_str() {
                // No file: the component's default.
                Some("") => {}
                Some(dest) => {
                    let file = file_view(context, dest, at, out);
                    args.insert(key.clone(), &file);
                }
                None => out.diagnostics.push(problem(text!(
                    "component-argument-file",
                    key = key,
                    name = name
                ))),
            }
            continue;
        }
        if let Some(kind) = argument.kind.filter(|k| !type_matches(*k, value)) {
            out.diagnostics.push(problem(text!(
                "component-argument-type",
                key = key,
                name = name,
                kind = described(kind),
                value = value.to_string()
            )));
            continue;
        }
        if let Some(choices) = definition.choices.get(key)
            && !value
                .as_str()
                .is_some_and(|v| choices.iter().any(|c| c == v))
        {
            out.diagnostics.push(problem(text!(
                "component-argument-choice",
                key = key,
                name = name,
                choices = choices.join(", "),
                value = value.to_string()
            )));
            continue;
        }
        let is_id = |id: &str| {
            let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            !id.is_empty() && id.chars().all(allowed)
        };
        if definition.ids.contains(key) && !value.as_str().is_some_and(|v| v.is_empty() || is_id(v))
        {
            out.diagnostics.push(problem(text!(
                "component-argument-id",
                key = key,
                name = name,
                value = value.to_string()
            )));
            continue;
        }
        args.insert_value(key.clone(), value.clone());
    }
    for argument in definition.arguments.iter().filter(|a| a.required) {
        if !call.args.iter().any(|(k, _)| *k == argument.name) {
            out.diagnostics.push(problem(text!(
                "component-argument-missing",
                name = name,
                key = &argument.name
            )));
        }
    }
    (out.diagnostics.len() == before).then_some(args)
}

/// A type as `component-argument-type` names it, for writers rather than programmers.
fn described(kind: tera::ComponentArgType) -> &'static str {
    use tera::ComponentArgType as T;
    match kind {
        T::String => "text",
        T::Bool => "bool",
        T::Integer => "integer",
        T::Float | T::Number => "number",
        T::Array => "list",
        T::Map => "map",
        _ => "other",
    }
}

/// The file `dest` names, as a template sees it; a missing one is reported.
fn file_view(context: &Context, dest: &str, at: &At, out: &mut Rendered) -> FileView {
    let mut view = FileView {
        url: dest.to_string(),
        mime: String::new(),
        size: 0,
        srcset: String::new(),
        webp_srcset: String::new(),
        sizes: super::media::SIZES,
        width: 0,
        height: 0,
    };
    match context.links.media(at.page, dest) {
        Find::Found(file) => fill(&mut view, file),
        Find::Missing(similar) => {
            let path = at.source.path();
            let missing = crate::media::missing(path, at.line, What::File, dest, &similar);
            out.diagnostics.push(missing);
        }
        // Only the site's own files: another site's would be fetched before the reader
        // chose to, and an address of a script would run.
        Find::Other if super::has_scheme(dest) => out.diagnostics.push(error(
            Code::ComponentArgument,
            at,
            text!("component-argument-outside", address = dest),
            text!("component-argument-outside-hint"),
        )),
        Find::Other => {
            let path = at.source.path();
            out.diagnostics
                .push(crate::media::missing(path, at.line, What::File, dest, &[]));
        }
    }
    view
}

fn fill(view: &mut FileView, file: &MediaFile) {
    view.url = file.url.clone();
    view.size = file.size;
    view.mime = (mime_guess::from_path(&file.name).first_raw())
        .unwrap_or_default()
        .to_string();
    if let Some(picture) = file.picture.as_deref() {
        let fallback = picture.fallback_type().unwrap_or("");
        view.srcset = crate::media::srcset(picture, fallback);
        view.webp_srcset = crate::media::srcset(picture, WEBP);
        let largest = picture.at_least(u32::MAX);
        (view.width, view.height) =
            largest.map_or((picture.width, picture.height), |v| (v.width, v.height));
    }
}
