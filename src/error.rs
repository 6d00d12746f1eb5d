//! Errors and diagnostics: every problem with user input names its file and, where known, its line.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::messages::{Messages, Text, text};

mod code;

pub use code::Code;

/// How serious a diagnostic is: errors stop the build, warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build goes on; the output may not be what the author meant.
    Warning,
    /// The build stops and the previous output is left as it was.
    Error,
}

/// One problem found in the site's files, written for the person who edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem this is, for tools: `frontmatter.unknown-key`.
    pub code: Code,
    /// The file, relative to the site root where possible.
    #[serde(rename = "file")]
    pub path: PathBuf,
    /// 1-based line in that file, where known.
    pub line: Option<usize>,
    /// 1-based column (in characters) on that line, where known.
    pub column: Option<u32>,
    /// What is wrong, in plain words (English in JSON).
    pub message: Text,
    /// How to fix it.
    pub hint: Option<Text>,
    /// The offending line as written, where it helps to see it.
    pub excerpt: Option<Box<str>>,
}

impl Diagnostic {
    pub(crate) fn error(
        code: Code,
        path: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<Text>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            line,
            column: None,
            message: message.into(),
            hint: None,
            excerpt: None,
        }
    }

    pub(crate) fn warning(
        code: Code,
        path: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<Text>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, path, line, message)
        }
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub(crate) fn with_column(mut self, column: Option<usize>) -> Self {
        let column = column.and_then(|c| u32::try_from(c).ok());
        self.column = column;
        self
    }

    /// Whether this is an error (the build stops) rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Fills in the excerpt of every diagnostic that names a line of a file of the site in
/// `root`. Only the site's own files are read, so an error never shows a line of a file
/// elsewhere.
pub(crate) fn add_excerpts(root: &Path, diagnostics: &mut [Diagnostic]) {
    let Ok(site) = crate::read::SiteDir::new(root) else {
        return;
    };
    let mut files: HashMap<PathBuf, Option<String>> = HashMap::new();
    for diagnostic in diagnostics.iter_mut() {
        let Some(line) = diagnostic.line else {
            continue;
        };
        if diagnostic.excerpt.is_some() {
            continue;
        }
        let text = files.entry(diagnostic.path.clone()).or_insert_with(|| {
            let path = root.join(&diagnostic.path);
            site.check_inside(&path).ok()?;
            site.read(&path, crate::read::TEXT_LIMIT)
                .ok()
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        });
        diagnostic.excerpt = text
            .as_deref()
            .and_then(|t| t.lines().nth(line.checked_sub(1)?))
            .map(|l| excerpt(l.trim_start_matches('\u{feff}').trim_end()))
            .filter(|l| !l.trim().is_empty());
    }
}

/// A line shortened to what fits a terminal line, cut on a character boundary.
fn excerpt(line: &str) -> Box<str> {
    const MAX: usize = 100;
    match line.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &line[..cut]).into(),
        None => line.into(),
    }
}

/// Text as shown in a terminal: a control character from a file (an escape sequence) must
/// not reach it.
fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    crate::controls::replace(text)
}

impl Diagnostic {
    /// The diagnostic as lines for people, in the language of `messages`: file, line and
    /// column, what is wrong, the line as written with a caret, and the hint.
    pub fn render(&self, messages: &Messages) -> String {
        let mut out = String::new();
        let file = shown(&self.path.to_string_lossy()).into_owned();
        let column = self.column.map(i64::from).unwrap_or(0);
        let place = match self.line {
            Some(line) => text!(
                "diagnostic-place-line",
                file = file,
                line = line,
                column = column
            ),
            None => text!("diagnostic-place", file = file),
        };
        let kind = match self.severity {
            Severity::Error => text!("diagnostic-error", place = place),
            Severity::Warning => text!("diagnostic-warning", place = place),
        };
        out.push_str(&messages.format(&kind));
        out.push_str(": ");
        out.push_str(&shown(&messages.format(&self.message)));
        if let (Some(line), Some(excerpt)) = (self.line, &self.excerpt) {
            let number = line.to_string();
            out.push_str(&format!("\n  {number} | {}", shown(excerpt)));
            if let Some(column) = self.column {
                let margin = " ".repeat(number.len());
                let pad = " ".repeat((column as usize).saturating_sub(1));
                out.push_str(&format!("\n  {margin} | {pad}^"));
            }
        }
        if let Some(hint) = &self.hint {
            let hint = shown(&messages.format(hint)).into_owned();
            out.push_str("\n  ");
            out.push_str(&messages.format(&text!("diagnostic-hint", hint = hint)));
        }
        out
    }
}

/// The diagnostic in English.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Messages::english()))
    }
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something impossible (exit code 2).
    #[error("{0}")]
    Usage(Text),
    /// The site's own files have problems (exit code 1).
    #[error("{}", render_diagnostics(.0, Messages::english()))]
    Input(Vec<Diagnostic>),
    /// The build was stopped by Ctrl-C or a termination signal; nothing was changed (exit code 130).
    #[error("{}", text!("error-interrupted"))]
    Interrupted,
    /// Reading or writing a file failed for a reason outside the site's content (exit code 1).
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder that could not be read or written.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::Input(_) | Error::Io { .. } => 1,
            Error::Interrupted => 130,
        }
    }

    /// The error for people, in the language of `messages`.
    pub fn render(&self, messages: &Messages) -> String {
        match self {
            Error::Usage(text) => messages.format(text),
            Error::Input(diagnostics) => render_diagnostics(diagnostics, messages),
            Error::Interrupted => messages.format(&text!("error-interrupted")),
            Error::Io { path, source } => messages.format(&text!(
                "error-io",
                file = path.as_path(),
                reason = source.to_string()
            )),
        }
    }

    pub(crate) fn usage(text: impl Into<Text>) -> Self {
        Error::Usage(text.into())
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// How many problems a failed build prints; the rest are counted, and `kielo check
/// --format json` lists them all.
const PRINT_LIMIT: usize = 50;

/// How many problems of one file are printed, so that a page with 1,500 broken anchors does
/// not bury the rest; `kielo check --format json` lists them all.
const PER_FILE: usize = 10;

/// Diagnostics as text for people, in order: at most [`PER_FILE`] of each file, the last of
/// them followed by a line that counts the others.
pub fn printed(diagnostics: &[Diagnostic], messages: &Messages) -> Vec<String> {
    counted(diagnostics, messages)
        .into_iter()
        .map(|(line, _)| line)
        .collect()
}

/// [`printed`], each text with how many diagnostics it stands for.
fn counted(diagnostics: &[Diagnostic], messages: &Messages) -> Vec<(String, usize)> {
    let mut totals: HashMap<&Path, usize> = HashMap::new();
    for diagnostic in diagnostics {
        *totals.entry(&diagnostic.path).or_default() += 1;
    }
    let mut seen: HashMap<&Path, usize> = HashMap::new();
    let mut out = Vec::new();
    for diagnostic in diagnostics {
        let n = seen.entry(&diagnostic.path).or_default();
        *n += 1;
        if *n > PER_FILE {
            continue;
        }
        out.push((diagnostic.render(messages), 1));
        let more = totals[diagnostic.path.as_path()].saturating_sub(PER_FILE);
        if *n == PER_FILE && more > 0 {
            let file = shown(&diagnostic.path.to_string_lossy()).into_owned();
            let line = messages.format(&text!(
                "diagnostics-more-in-file",
                count = more,
                file = file
            ));
            out.push((line, more));
        }
    }
    out
}

fn render_diagnostics(diagnostics: &[Diagnostic], messages: &Messages) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let lines = counted(diagnostics, messages);
    let shown_count: usize = lines.iter().take(PRINT_LIMIT).map(|(_, n)| n).sum();
    let mut out: Vec<String> = lines
        .into_iter()
        .take(PRINT_LIMIT)
        .map(|(line, _)| line)
        .collect();
    if diagnostics.len() > shown_count {
        let more = diagnostics.len() - shown_count;
        out.push(messages.format(&text!("diagnostics-more", count = more)));
    }
    out.push(messages.format(&text!("build-stopped", errors = errors)));
    out.join("\n")
}

/// Gathers diagnostics from every stage so one run reports every problem.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub(crate) fn extend(&mut self, more: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(more);
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Stops the build with every diagnostic so far when any of them is an error.
    pub(crate) fn check(&mut self) -> Result<(), Error> {
        if self.has_errors() {
            let mut items = std::mem::take(&mut self.items);
            items.sort_by(|a, b| (b.severity, &a.path, a.line).cmp(&(a.severity, &b.path, b.line)));
            return Err(Error::Input(items));
        }
        Ok(())
    }

    /// Makes the warnings with `code` errors: a check holds the site to a stricter standard
    /// than a build.
    pub(crate) fn make_errors(&mut self, code: Code) {
        for item in self.items.iter_mut().filter(|d| d.code == code) {
            item.severity = Severity::Error;
        }
    }

    pub(crate) fn into_warnings(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The text of a file's bytes, or an error naming the line and byte offset of the first
/// byte that is not UTF-8.
pub(crate) fn decode_utf8(bytes: Vec<u8>, path: &Path) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        // Everything before `offset` is valid UTF-8.
        let valid = std::str::from_utf8(&e.as_bytes()[..offset]).unwrap_or_default();
        let line = line_of(valid, offset);
        Diagnostic::error(
            Code::FileNotUtf8,
            path,
            Some(line),
            text!("file-not-utf8", offset = offset),
        )
        .with_hint(text!("file-not-utf8-hint"))
    })
}

/// 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Line numbers for many offsets into one text, without rescanning it each time.
pub(crate) struct LineIndex {
    /// Byte offset of each `\n`.
    newlines: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        LineIndex {
            newlines: newline_offsets(text),
        }
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&n| n < offset) + 1
    }
}

fn newline_offsets(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_and_ignores_strangers() {
        let keys = ["title", "date", "tags"];
        assert_eq!(closest("tittle", &keys), Some("title"));
        assert_eq!(closest("tgas", &keys), Some("tags"));
        assert_eq!(closest("zzzzzz", &keys), None);
    }

    #[test]
    fn line_of_counts_newlines_before_offset() {
        let index = LineIndex::new("a\nb\nc");
        assert_eq!((index.line(0), index.line(2), index.line(4)), (1, 2, 3));
        assert_eq!(index.line(1), 1, "the newline belongs to its line");
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }

    #[test]
    fn diagnostic_names_file_line_and_hint() {
        let d = Diagnostic::error(
            Code::FrontmatterUnknownKey,
            "content/x.fi.md",
            Some(2),
            text!("frontmatter-unknown-key", key = "tittle"),
        )
        .with_hint(text!("hint-did-you-mean", word = "title"));
        assert_eq!(
            d.to_string(),
            "error: content/x.fi.md line 2: unknown key `tittle`\n  hint: did you mean `title`?"
        );
    }
}
