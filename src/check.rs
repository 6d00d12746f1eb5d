//! `kielo check`: what only a check looks for, once the whole site is made in memory —
//! plain links that lead nowhere, pages without a description, missing translations — and
//! the report for people and for tools.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::error::{Code, Diagnostic};
use crate::held_back::HeldBack;
use crate::ids::IdVec;
use crate::markdown::Rendered;
use crate::messages::{Messages, text};
use crate::model::{PageId, PageKind, Site};
use crate::theme::ThemeFile;

/// Everything a check found.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// Pages checked; 0 when errors stopped the check before pages were made.
    pub pages: usize,
    /// Errors first, then warnings, each by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// Drafts and embargoed pages, by file: checked as they will be published, not counted
    /// in `pages`.
    pub held_back: Vec<HeldBack>,
}

impl CheckReport {
    /// How many errors were found.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many warnings were found.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// One line for the terminal.
    pub fn summary(&self, messages: &Messages) -> String {
        messages.format(&text!(
            "check-summary",
            pages = self.pages,
            held = self.held_back.len(),
            errors = self.errors(),
            warnings = self.warnings()
        ))
    }

    /// The report as JSON: `{"pages", "errors", "warnings", "diagnostics": [...],
    /// "held_back": [...]}`, each diagnostic with its stable `code`, each held-back page as
    /// `{"file", "lang", "until", "reason"}`.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Json<'a> {
            pages: usize,
            errors: usize,
            warnings: usize,
            diagnostics: &'a [Diagnostic],
            held_back: &'a [HeldBack],
        }
        let json = Json {
            pages: self.pages,
            errors: self.errors(),
            warnings: self.warnings(),
            diagnostics: &self.diagnostics,
            held_back: &self.held_back,
        };
        serde_json::to_string_pretty(&json).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// Adds to `found` what `more`, a second pass over the site, found that it has not, and then
/// orders them all as a build orders errors: errors first, each by file and line.
pub(crate) fn add_new(found: &mut Vec<Diagnostic>, more: Vec<Diagnostic>) {
    let key = |d: &Diagnostic| (d.code, d.path.clone(), d.line, d.message.clone());
    let known: HashSet<_> = found.iter().map(key).collect();
    let before = found.len();
    found.extend(more.into_iter().filter(|d| !known.contains(&key(d))));
    if found.len() > before {
        found.sort_by(|a, b| (b.severity, &a.path, a.line).cmp(&(a.severity, &b.path, b.line)));
    }
}

/// Findings that need the whole site made: broken plain links (errors), pages without a
/// description and missing translations (warnings).
pub(crate) fn site_findings(
    site: &Site,
    contents: &IdVec<PageId, Rendered>,
    outputs: &crate::render::paths::Paths,
    statics: &[ThemeFile],
) -> Vec<Diagnostic> {
    let mut files: HashSet<&str> = outputs.iter().map(String::as_str).collect();
    files.extend(statics.iter().map(ThemeFile::output_path));
    let pages_by_output: HashMap<String, PageId> = site
        .pages
        .with_ids()
        .map(|(id, p)| (crate::link::output_of(&site.config, &p.url), id))
        .collect();
    let mut findings = Vec::new();
    for (id, content) in contents.with_ids() {
        let page = &site.pages[id];
        for (dest, line) in &content.local_links {
            let (path, anchor) = match dest.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (dest.as_str(), None),
            };
            let path = path.split('?').next().unwrap_or(path);
            let problem = match target_of(site, &page.url, path, &files) {
                None => Some((Code::LinkBroken, text!("link-broken", link = dest))),
                Some(target) => anchor.and_then(|anchor| {
                    let id = *pages_by_output.get(target.as_str())?;
                    (!contents[id].has_anchor(anchor)).then(|| {
                        let message = text!(
                            "link-missing-anchor-in-link",
                            link = dest,
                            anchor = anchor,
                            page = site.pages[id].source.path()
                        );
                        (Code::LinkMissingAnchor, message)
                    })
                }),
            };
            if let Some((code, message)) = problem {
                findings.push(
                    Diagnostic::error(code, page.source.path(), *line, message)
                        .with_hint(text!("link-broken-hint")),
                );
            }
        }
        if page.has_file() && page.kind == PageKind::Page && page.source.front.description.is_none()
        {
            findings.push(
                Diagnostic::warning(
                    Code::CheckNoDescription,
                    page.source.path(),
                    None,
                    text!("check-no-description"),
                )
                .with_hint(text!(
                    "check-no-description-hint",
                    example = page.source.lines.format().pair("description", "…")
                )),
            );
        }
    }
    findings.extend(missing_translations(site));
    findings
}

fn missing_translations(site: &Site) -> Vec<Diagnostic> {
    let languages = &site.config.languages;
    let mut findings = Vec::new();
    for group in &site.groups {
        let Some(first) =
            group[site.config.default].or_else(|| group.iter().flatten().next().copied())
        else {
            continue;
        };
        let page = &site.pages[first];
        if !page.has_file() {
            continue;
        }
        for (lang, member) in group.with_ids() {
            if member.is_some() {
                continue;
            }
            let code = &languages[lang].code;
            let wanted = translation_file(&page.source, code);
            findings.push(
                Diagnostic::warning(
                    Code::CheckMissingTranslation,
                    page.source.path(),
                    None,
                    text!(
                        "check-missing-translation",
                        code = code,
                        language = &languages[lang].name
                    ),
                )
                .with_hint(text!(
                    "check-missing-translation-hint",
                    file = &wanted,
                    code = code
                )),
            );
        }
    }
    findings
}

/// The file of `source`'s translation into the language `code`: beside it, or in a page
/// bundle's folder, beside its pictures.
pub(crate) fn translation_file(source: &crate::load::Source, code: &str) -> std::path::PathBuf {
    let content = std::path::Path::new(crate::load::CONTENT_DIR);
    match &source.bundle {
        Some(bundle) => content.join(bundle).join(format!("index.{code}.md")),
        None => (content.join(&source.folder)).join(format!("{}.{code}.md", source.name)),
    }
}

/// The output file a plain link from the page at `from` reaches, if any.
fn target_of(site: &Site, from: &str, path: &str, files: &HashSet<&str>) -> Option<String> {
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let joined = if path.starts_with('/') {
        path.into_owned()
    } else {
        format!("{from}{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let normal = format!("/{}", parts.join("/"));
    // A link without the path part of `base_url` leads nowhere once the site is published.
    let relative = normal.strip_prefix(site.config.root_path.as_str())?;
    let relative = relative.trim_start_matches('/');
    let candidates = if relative.is_empty() {
        vec!["index.html".to_string()]
    } else {
        vec![relative.to_string(), format!("{relative}/index.html")]
    };
    candidates.into_iter().find(|c| files.contains(c.as_str()))
}
