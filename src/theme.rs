//! Finds a theme's files: from `themes/<name>/` in the site, or the default theme compiled
//! into the binary, so a folder with only `site.yaml` and `content/` builds.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::error::{Code, Diagnostic, Error};
use crate::messages::text;
use crate::read::SiteDir;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One file of a theme or of the site's own overrides.
#[derive(Debug, Clone)]
pub(crate) struct ThemeFile {
    /// Path inside the theme or site folder, with `/` separators (`templates/page.html`).
    pub(crate) relative: String,
    /// Where the file came from, for messages (`themes/default/templates/page.html`).
    pub(crate) origin: PathBuf,
    pub(crate) bytes: Vec<u8>,
}

impl ThemeFile {
    /// A file of a theme's `static/` folder, copied into the output as it is.
    pub(crate) fn is_static(&self) -> bool {
        self.relative.starts_with("static/")
    }

    /// Where a static file goes, relative to the output folder: `static/kielo.css` →
    /// `kielo.css`.
    pub(crate) fn output_path(&self) -> &str {
        self.relative
            .strip_prefix("static/")
            .unwrap_or(&self.relative)
    }
}

/// The static files of a site: those of its theme (`theme_files`, filtered here), then the
/// site's own `static/`, which replace the theme's of the same name.
pub(crate) fn statics(
    site: &SiteDir,
    theme_files: Vec<ThemeFile>,
) -> Result<Vec<ThemeFile>, Error> {
    let mut statics: Vec<ThemeFile> = theme_files
        .into_iter()
        .filter(ThemeFile::is_static)
        .collect();
    statics.extend(files_under(site, site.root(), Path::new("static"))?);
    Ok(statics)
}

/// A file of the built-in default theme, such as `locales/en/theme.ftl`.
pub(crate) fn default_theme_file(path: &str) -> Option<&'static [u8]> {
    DEFAULT_THEME.get_file(path).map(|file| file.contents())
}

/// Every file of the theme `name`.
pub(crate) fn theme_files(site: &SiteDir, config: &Config) -> Result<Vec<ThemeFile>, Error> {
    let name = config.theme.as_str();
    let dir = site.root().join("themes").join(name);
    if std::fs::symlink_metadata(&dir).is_ok() {
        site.check_inside(&dir).map_err(|d| Error::Input(vec![d]))?;
        if !dir.is_dir() {
            return Err(Error::Input(vec![site.not_regular_folder(&dir)]));
        }
        return files_under(site, &dir, Path::new(""));
    }
    if name == "default" {
        let mut files = Vec::new();
        collect_embedded(&DEFAULT_THEME, &mut files);
        return Ok(files);
    }
    // A mistake in site.yaml, like any other in the site's files.
    Err(Error::Input(vec![
        Diagnostic::error(
            Code::ConfigTheme,
            crate::config::CONFIG_FILE,
            config.theme_line,
            text!("config-theme-no-folder", name = name),
        )
        .with_hint(text!("config-theme-no-folder-hint")),
    ]))
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<ThemeFile>) {
    for file in dir.files() {
        let relative = file.path().to_string_lossy().replace('\\', "/");
        out.push(ThemeFile {
            origin: Path::new("themes/default").join(file.path()),
            relative,
            bytes: file.contents().to_vec(),
        });
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// Every file below `dir/sub` (which may not exist), named relative to `dir`; dot files
/// are left out. Links out of the site and files that are not regular are errors, all of
/// them reported together.
pub(crate) fn files_under(site: &SiteDir, dir: &Path, sub: &Path) -> Result<Vec<ThemeFile>, Error> {
    let start = match sub.as_os_str().is_empty() {
        true => dir.to_path_buf(),
        false => dir.join(sub),
    };
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for entry in site.walk(&start, &mut problems) {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if !entry.file_type().is_file() {
            problems.push(site.not_regular(path));
            continue;
        }
        let relative = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let limit = match relative.starts_with("static/") || sub == Path::new("static") {
            true => crate::read::STATIC_LIMIT,
            false => crate::read::TEXT_LIMIT,
        };
        match site.read(path, limit) {
            Ok(bytes) => files.push(ThemeFile {
                relative,
                origin: site.shown(path),
                bytes,
            }),
            Err(problem) => problems.push(problem),
        }
    }
    match problems.is_empty() {
        true => Ok(files),
        false => Err(Error::Input(problems)),
    }
}
