//! Finds a theme's files: from `themes/<name>/` in the site, or the default theme compiled
//! into the binary, so a folder with only `site.yaml` and `content/` builds.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::error::Error;

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
}

/// The static files of a site: those of its theme (`theme_files`, filtered here), then the
/// site's own `static/`, which replace the theme's of the same name.
pub(crate) fn statics(root: &Path, theme_files: Vec<ThemeFile>) -> Result<Vec<ThemeFile>, Error> {
    let mut statics: Vec<ThemeFile> = theme_files
        .into_iter()
        .filter(ThemeFile::is_static)
        .collect();
    statics.extend(files_under(root, root, Path::new("static"))?);
    Ok(statics)
}

/// Every file of the theme `name`.
pub(crate) fn theme_files(root: &Path, name: &str) -> Result<Vec<ThemeFile>, Error> {
    let dir = root.join("themes").join(name);
    if dir.is_dir() {
        return files_under(root, &dir, Path::new(""));
    }
    if name == "default" {
        let mut files = Vec::new();
        collect_embedded(&DEFAULT_THEME, &mut files);
        return Ok(files);
    }
    Err(Error::Usage(format!(
        "site.yaml chooses `theme: {name}`, but there is no folder themes/{name}/: \
         create it, or remove `theme` to use the built-in default theme"
    )))
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

/// Every file below `root/sub` (which may not exist), named relative to `dir`.
pub(crate) fn files_under(root: &Path, dir: &Path, sub: &Path) -> Result<Vec<ThemeFile>, Error> {
    let start = dir.join(sub);
    if !start.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&start)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(&start).to_path_buf();
            Error::io(&path, std::io::Error::other(e.to_string()))
        })?;
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let relative = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.push(ThemeFile {
            relative,
            origin: path.strip_prefix(root).unwrap_or(path).to_path_buf(),
            bytes,
        });
    }
    Ok(files)
}
