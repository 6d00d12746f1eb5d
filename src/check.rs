//! `kielo check`: what only a check looks for, once the whole site is made in memory —
//! plain links that lead nowhere, pages without a description, missing translations — and
//! the report for people and for tools.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::error::{Code, Diagnostic};
use crate::ids::IdVec;
use crate::markdown::Rendered;
use crate::model::{PageId, PageKind, Site};
use crate::theme::ThemeFile;

/// Everything a check found.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// Pages checked; 0 when errors stopped the check before pages were made.
    pub pages: usize,
    /// Errors first, then warnings, each by file and line.
    pub diagnostics: Vec<Diagnostic>,
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
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "Checked {}: {}, {}",
            plural(self.pages, "page"),
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        )
    }

    /// The report as JSON: `{"pages", "errors", "warnings", "diagnostics": [...]}`, each
    /// diagnostic with its stable `code`.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Json<'a> {
            pages: usize,
            errors: usize,
            warnings: usize,
            diagnostics: &'a [Diagnostic],
        }
        let json = Json {
            pages: self.pages,
            errors: self.errors(),
            warnings: self.warnings(),
            diagnostics: &self.diagnostics,
        };
        serde_json::to_string_pretty(&json).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
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
                None => Some((
                    Code::LinkBroken,
                    format!("the link `{dest}` leads to no page or file of the site"),
                )),
                Some(target) => anchor.and_then(|anchor| {
                    let id = *pages_by_output.get(target.as_str())?;
                    (!contents[id].has_anchor(anchor)).then(|| {
                        let message = format!(
                            "the link `{dest}` points to `#{anchor}`, but {} has no heading with that anchor",
                            site.pages[id].source.path().display()
                        );
                        (Code::LinkMissingAnchor, message)
                    })
                }),
            };
            if let Some((code, message)) = problem {
                findings.push(
                    Diagnostic::error(code, page.source.path(), *line, message).with_hint(
                        "link to pages as `@/section/page.md#anchor` so kielo finds their address",
                    ),
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
                    "the page has no `description`".into(),
                )
                .with_hint(format!(
                    "add `{}`, one sentence: search engines, feeds and link previews show it",
                    page.source.lines.format().pair("description", "…")
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
            let wanted = wanted.display();
            findings.push(
                Diagnostic::warning(
                    Code::CheckMissingTranslation,
                    page.source.path(),
                    None,
                    format!("the page is not translated into {code} ({})", languages[lang].name),
                )
                .with_hint(format!(
                    "create {wanted}; until then the language switcher leads to the nearest {code} page"
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
