//! Reads `content/`: walks the folder, takes each file's language from its name, and parses
//! its front matter. Files are read and parsed in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{Config, LangId};
use crate::error::{Code, Diagnostic, Diagnostics, Error};
use crate::frontmatter::{self, FileFrontMatter, FrontMatter, KeyLines, Listing, PageDate};
use crate::held_back::HeldBack;
use crate::messages::text;
use crate::read::SiteDir;

pub(crate) mod bundles;
pub(crate) mod embargoes;
pub(crate) mod publish;

/// The folder under the site root that holds Markdown content.
pub(crate) const CONTENT_DIR: &str = "content";

/// Where a page comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A file, relative to the site root: `content/press-releases/x.fi.md`.
    File(PathBuf),
    /// The home page of a language with no `_index` file, which kielo makes so that the
    /// language switcher always has somewhere to go. `missing` is the file that would take
    /// its place (`content/_index.sv.md`), which messages and templates name.
    MadeHome { missing: PathBuf },
}

impl Origin {
    /// The file the page was read from; none for a page kielo made.
    pub(crate) fn file(&self) -> Option<&Path> {
        match self {
            Origin::File(path) => Some(path),
            Origin::MadeHome { .. } => None,
        }
    }
}

/// One page's content, parsed but not yet linked to the others: a content file's, or that
/// of a page kielo makes.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub(crate) origin: Origin,
    /// Folder relative to `content/`, with `/` separators; empty for the root.
    pub(crate) folder: String,
    /// File name without language code and extension; `_index` for a folder's own page;
    /// the bundle's folder name for a page bundle's `index` file.
    pub(crate) name: String,
    /// For a page bundle (`x/index.fi.md`), its folder relative to `content/` (`news/x`),
    /// whose other files belong to the page.
    pub(crate) bundle: Option<String>,
    pub(crate) lang: LangId,
    pub(crate) title: String,
    pub(crate) date: Option<PageDate>,
    pub(crate) updated: Option<PageDate>,
    /// From this time the page is no longer published.
    pub(crate) expires: Option<PageDate>,
    /// `date` and `expires` are the original's: this translation gives no date of its own.
    pub(crate) inherited: bool,
    pub(crate) front: FrontMatter,
    /// How a section lists its pages: only a section's `_index` file has one.
    pub(crate) listing: Option<Listing>,
    /// The places of the front matter's keys and values, for messages.
    pub(crate) lines: KeyLines,
    pub(crate) body: String,
    /// 1-based line of the file where `body` starts, so Markdown problems get file lines.
    pub(crate) body_line: usize,
}

impl Source {
    /// The file, or the file that would take the place of a page kielo made: what messages
    /// and templates name.
    pub(crate) fn path(&self) -> &Path {
        match &self.origin {
            Origin::File(path) | Origin::MadeHome { missing: path } => path,
        }
    }

    pub(crate) fn is_index(&self) -> bool {
        self.name == "_index"
    }
}

/// Options that decide which files are published.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LoadOptions {
    pub(crate) drafts: bool,
    /// Publish pages dated after `now`.
    pub(crate) future: bool,
    pub(crate) now: jiff::Timestamp,
}

impl LoadOptions {
    /// Every page, drafts, embargoed and expired ones too: the earliest clock publishes
    /// everything (with `future`, no page is embargoed, and none has expired).
    pub(crate) const EVERY_PAGE: LoadOptions = LoadOptions {
        drafts: true,
        future: true,
        now: jiff::Timestamp::MIN,
    };
}

/// What `content/` holds: the pages, and the files of page bundles.
pub(crate) struct Loaded {
    pub(crate) sources: Vec<Source>,
    pub(crate) bundles: bundles::Bundles,
    /// Drafts and embargoed pages left out, by file.
    pub(crate) held_back: Vec<HeldBack>,
}

/// Reads every Markdown file under `content/`, and finds the files of page bundles.
pub(crate) fn load(
    site: &SiteDir,
    config: &Config,
    options: LoadOptions,
    diagnostics: &mut Diagnostics,
) -> Result<Loaded, Error> {
    let content = site.root().join(CONTENT_DIR);
    if !content.is_dir() {
        // site.yaml is there, so this is the site's problem, not the command line's.
        let problem = Diagnostic::error(
            Code::ContentNoFolder,
            CONTENT_DIR,
            None,
            text!("content-no-folder"),
        )
        .with_hint(text!("content-no-folder-hint"));
        return Err(Error::Input(vec![problem]));
    }
    let mut problems = Vec::new();
    let (mut files, mut pages, mut others) = (Vec::new(), Vec::new(), Vec::new());
    for entry in site.walk(&content, &mut problems) {
        let relative = entry.path().strip_prefix(&content).unwrap_or(entry.path());
        // Hidden files and everything in hidden folders (`.git/`) are not the site's.
        if (relative.components()).any(|c| c.as_os_str().to_string_lossy().starts_with('.')) {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        let markdown = name.ends_with(".md");
        let meta = entry.metadata().ok().filter(|m| m.is_file());
        let Some(meta) = meta else {
            // A pipe or device named like a page would block the build when read.
            problems.push(site.not_regular(entry.path()));
            continue;
        };
        let found = bundles::Found {
            relative: bundles::relative_name(relative),
            shown: site.shown(entry.path()),
            size: meta.len(),
        };
        if markdown {
            files.push(entry.into_path());
            pages.push(found);
        } else {
            others.push(found);
        }
    }
    let bundles = bundles::bundles(config, &pages, others, &mut problems);
    diagnostics.extend(problems);
    let parsed: Vec<Result<Read, Vec<Diagnostic>>> = files
        .par_iter()
        .map(|path| read_source(site, &content, path, config, options))
        .collect();
    let mut sources = Vec::with_capacity(parsed.len());
    let mut held_back = Vec::new();
    for (path, result) in files.iter().zip(parsed) {
        match result {
            Ok(Read::Page(source)) => sources.push(*source),
            Ok(Read::Draft(title)) => held_back.extend(draft(site, &content, path, config, title)),
            Err(problems) => diagnostics.extend(problems),
        }
    }
    let mut warnings = Vec::new();
    let remembered = embargoes::Embargoes::read(site.root());
    let (sources, embargoed) =
        publish::published(sources, config, options, &remembered, &mut warnings);
    diagnostics.extend(warnings);
    held_back.extend(embargoed);
    held_back.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(Loaded {
        sources,
        bundles,
        held_back,
    })
}

/// The draft at `full_path`, which was read, so its name has a language.
fn draft(
    site: &SiteDir,
    content: &Path,
    full_path: &Path,
    config: &Config,
    title: DraftTitle,
) -> Option<HeldBack> {
    let path = site.shown(full_path);
    let relative = full_path.strip_prefix(content).unwrap_or(full_path);
    let (_, lang) = language_of(relative, config, &path).ok()?;
    let code = config.languages[lang].code.clone();
    Some(HeldBack::draft(path, code).titled(title.title, title.line))
}

/// What reading a content file gives: a page, or a draft left out of the site, of which only
/// the title is kept, for the warning about a title still the placeholder `kielo new` wrote.
pub(crate) enum Read {
    Page(Box<Source>),
    Draft(DraftTitle),
}

/// A draft's title and its line.
pub(crate) struct DraftTitle {
    title: Option<String>,
    line: Option<usize>,
}

impl Read {
    /// The page, none for a draft.
    pub(crate) fn page(self) -> Option<Source> {
        match self {
            Read::Page(source) => Some(*source),
            Read::Draft(_) => None,
        }
    }
}

pub(crate) fn read_source(
    site: &SiteDir,
    content: &Path,
    full_path: &Path,
    config: &Config,
    options: LoadOptions,
) -> Result<Read, Vec<Diagnostic>> {
    let path = site.shown(full_path);
    let relative = full_path.strip_prefix(content).unwrap_or(full_path);
    // The file's language is checked before it is read, so a misnamed file is reported as such.
    language_of(relative, config, &path).map_err(one)?;
    let bytes = site.read(full_path, crate::read::TEXT_LIMIT).map_err(one)?;
    let text = crate::error::decode_utf8(bytes, &path).map_err(one)?;
    parse_source(path, relative, &text, config, options)
}

/// Parses the text of the file at `path` (`relative` to `content/`): its language from the
/// name, then its front matter; only the title of a draft that is not published. Whether the
/// page is embargoed or expired is for [`publish`] to say, as a translation may take its
/// original's dates. Every problem of the front matter's YAML comes at once.
pub(crate) fn parse_source(
    path: PathBuf,
    relative: &Path,
    text: &str,
    config: &Config,
    options: LoadOptions,
) -> Result<Read, Vec<Diagnostic>> {
    let (name, lang) = language_of(relative, config, &path).map_err(one)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let split = frontmatter::split(text, &path).map_err(one)?;
    crate::controls::check_text(split.text, &path, 2).map_err(one)?;
    let file: FileFrontMatter = frontmatter::parse(&split, &path)?;
    let lines = KeyLines::new(split.text, split.format, 2);
    let mut front = file.front;
    // Zola's `[taxonomies] tags` are kielo's tags.
    if let Some(taxonomies) = file.zola.taxonomies {
        front.tags.extend(taxonomies.tags);
    }
    let listing = match name == "_index" {
        true => Some(file.listing),
        false => match file.listing.keys().first() {
            None => None,
            Some(key) => return Err(one(misplaced_listing_key(key, &path, &lines))),
        },
    };
    let page = Page {
        path,
        relative,
        name,
        lang,
        front,
        listing,
        lines,
        split,
    };
    checked(page, config, options).map_err(one)
}

/// A page's `key` that only a section's `_index` file may set.
fn misplaced_listing_key(key: &str, path: &Path, lines: &KeyLines) -> Diagnostic {
    Diagnostic::error(
        Code::FrontmatterSectionKey,
        path,
        lines.line(key),
        text!("frontmatter-section-key", key = key),
    )
    .with_hint(text!("frontmatter-section-key-hint"))
}

fn one(diagnostic: Diagnostic) -> Vec<Diagnostic> {
    vec![diagnostic]
}

/// A content file whose front matter is YAML of the right shape.
struct Page<'a> {
    path: PathBuf,
    relative: &'a Path,
    name: String,
    lang: LangId,
    front: FrontMatter,
    listing: Option<Listing>,
    lines: KeyLines,
    split: frontmatter::Split<'a>,
}

/// The checks of a front matter's values, which stop at the first problem.
fn checked(page: Page, config: &Config, options: LoadOptions) -> Result<Read, Diagnostic> {
    let Page {
        path,
        relative,
        name,
        lang,
        front,
        listing,
        lines,
        split,
    } = page;
    let key_line = |key: &str| lines.line(key);
    let pair = |key: &str, value: &str| lines.format().pair(key, value);
    // A date as written: TOML's own dates have no quotes.
    let written = |key: &str, text: &str| match lines.format() {
        frontmatter::Format::Yaml => format!("{key}: {text}"),
        frontmatter::Format::Toml => format!("{key} = {text}"),
    };
    for (key, value) in front.texts() {
        crate::controls::check_value(value, &path, || lines.value_line(key, value))?;
    }
    if let Some(name) = front
        .template
        .as_deref()
        .filter(|n| !frontmatter::is_template_name(n))
    {
        return Err(Diagnostic::error(
            Code::FrontmatterInvalidTemplate,
            &path,
            key_line("template"),
            text!(
                "frontmatter-invalid-template",
                entry = pair("template", name)
            ),
        )
        .with_hint(text!(
            "frontmatter-invalid-template-hint",
            example = pair("template", "special.html")
        )));
    }
    if front.draft && !options.drafts {
        return Ok(Read::Draft(DraftTitle {
            title: front.title,
            line: key_line("title"),
        }));
    }
    let title = match front.title.as_deref().map(str::trim) {
        Some(title) if !title.is_empty() => title.to_string(),
        _ => {
            return Err(Diagnostic::error(
                Code::FrontmatterNoTitle,
                &path,
                key_line("title").or(Some(2)),
                text!("frontmatter-no-title"),
            )
            .with_hint(text!(
                "frontmatter-no-title-hint",
                toml = u8::from(lines.format() == frontmatter::Format::Toml)
            )));
        }
    };
    let date_of = |key: &str, value: &Option<String>| match value {
        None => Ok(None),
        Some(text) => frontmatter::parse_date(text, &config.timezone)
            .map(Some)
            .map_err(|reason| {
                Diagnostic::error(
                    Code::FrontmatterInvalidDate,
                    &path,
                    key_line(key),
                    text!(
                        "frontmatter-invalid-date",
                        entry = written(key, text),
                        reason = reason
                    ),
                )
                .with_hint(text!("frontmatter-invalid-date-hint"))
            }),
    };
    if let Some(slug) = front
        .slug
        .as_deref()
        .filter(|s| s.contains(['/', '\\']) || s.contains(".."))
    {
        return Err(Diagnostic::error(
            Code::FrontmatterInvalidSlug,
            &path,
            key_line("slug"),
            text!("frontmatter-invalid-slug", slug = slug),
        )
        .with_hint(text!(
            "frontmatter-invalid-slug-hint",
            example = pair("slug", "new-helpline")
        )));
    }
    let date = date_of("date", &front.date)?;
    let updated = date_of("updated", &front.updated)?;
    let expires = date_of("expires", &front.expires)?;
    let mut folder = relative
        .parent()
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default();
    let mut name = name;
    let mut bundle = None;
    // A page bundle is one page at its folder's address, as in Hugo and Zola.
    if name == BUNDLE_INDEX {
        let Some((parent, own)) = split_folder(&folder) else {
            return Err(Diagnostic::error(
                Code::ContentBundleAtRoot,
                &path,
                None,
                text!("content-bundle-at-root"),
            )
            .with_hint(text!("content-bundle-at-root-hint")));
        };
        let (parent, own) = (parent.to_string(), own.to_string());
        name = own;
        bundle = Some(std::mem::replace(&mut folder, parent));
    }
    Ok(Read::Page(Box::new(Source {
        origin: Origin::File(path),
        folder,
        name,
        bundle,
        lang,
        title,
        date,
        updated,
        expires,
        inherited: false,
        lines,
        body: crate::controls::replace(split.body).into_owned(),
        body_line: split.body_line,
        front,
        listing,
    })))
}

/// The name of a page bundle's Markdown files: `index.fi.md`, `index.md`.
pub(crate) const BUNDLE_INDEX: &str = "index";

/// `news/x` → (`news`, `x`); `x` → (``, `x`); none for the root.
fn split_folder(folder: &str) -> Option<(&str, &str)> {
    match folder.rsplit_once('/') {
        Some(split) => Some(split),
        None if folder.is_empty() => None,
        None => Some(("", folder)),
    }
}

/// `name.sv.md` → (`name`, sv); `name.md` → (`name`, the default language).
fn language_of(
    relative: &Path,
    config: &Config,
    path: &Path,
) -> Result<(String, LangId), Diagnostic> {
    let file = relative
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = file.strip_suffix(".md").unwrap_or(&file);
    if let Some((name, code)) = stem.rsplit_once('.') {
        if let Some(lang) = config.language_index(code) {
            return Ok((name.to_string(), lang));
        }
        let lower = code.to_ascii_lowercase();
        // `x.FI.md` would otherwise be a default-language page named `x.FI`.
        let hint = if lower != code && config.language_index(&lower).is_some() {
            let file = format!("{name}.{lower}.md");
            Some(text!("content-unknown-language-case", file = file))
        } else if looks_like_language(code) {
            let codes = config.codes();
            Some(text!(
                "content-unknown-language-hint",
                codes = codes,
                code = code
            ))
        } else {
            None
        };
        if let Some(hint) = hint {
            let message = text!("content-unknown-language", code = code);
            let problem = Diagnostic::error(Code::ContentUnknownLanguage, path, None, message);
            return Err(problem.with_hint(hint));
        }
    }
    Ok((stem.to_string(), config.default))
}

fn looks_like_language(code: &str) -> bool {
    let primary = code.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase())
}
