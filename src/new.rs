//! `kielo new`: creates a page and its translations side by side, with front matter filled in.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::load::CONTENT_DIR;

/// Creates `content/<path>.<lang>.md` for each language (the default language when none is
/// given), or `content/<path>/index.<lang>.md` when `<path>` is a page bundle, and returns
/// the files written. Writes nothing if any of them exists already.
pub fn new_page(
    root: &Path,
    path: &str,
    langs: &[String],
    today: jiff::civil::Date,
) -> Result<Vec<PathBuf>, Error> {
    let config = crate::config::load(&crate::read::SiteDir::new(root)?)?;
    let path = path.trim().trim_end_matches(".md").trim_matches('/');
    let parts: Vec<&str> = path.split('/').collect();
    let valid = |part: &&str| {
        !part.is_empty() && *part != "." && *part != ".." && !part.contains(['\\', ':'])
    };
    if parts.is_empty() || !parts.iter().all(valid) {
        return Err(Error::Usage(format!(
            "`{path}` is not a page path: write it as <section>/<name>, e.g. press-releases/new-helpline"
        )));
    }
    let codes: Vec<&str> = if langs.is_empty() {
        vec![config.languages[config.default].code.as_str()]
    } else {
        langs.iter().map(String::as_str).collect()
    };
    // A translation of a page bundle goes into the bundle, beside its files.
    let bundle = is_bundle(&root.join(CONTENT_DIR).join(path));
    let mut files = Vec::new();
    for code in &codes {
        let lang = config.language_index(code).ok_or_else(|| {
            Error::Usage(format!(
                "`{code}` is not a language of this site; site.yaml has {}",
                config.codes()
            ))
        })?;
        let file = match bundle {
            true => Path::new(CONTENT_DIR).join(format!("{path}/index.{code}.md")),
            false => Path::new(CONTENT_DIR).join(format!("{path}.{code}.md")),
        };
        if root.join(&file).exists() {
            return Err(Error::Usage(format!(
                "{} exists already; kielo new never overwrites a page: edit it, or choose another name",
                file.display()
            )));
        }
        files.push((file, lang));
    }
    for (file, lang) in &files {
        let language = &config.languages[*lang];
        let text = format!(
            "---\ntitle: \"TODO: title ({name})\"\ndate: {today}\n# description: One or two sentences for listings and search results.\n# slug: address-in-{code}\ntags: []\n---\n\nWrite the page here.\n",
            name = language.name,
            code = language.code,
        );
        write_new(&root.join(file), &text)?;
    }
    Ok(files.into_iter().map(|(file, _)| file).collect())
}

/// Writes a file that must not exist yet, and the folders it needs.
pub(crate) fn write_new(full: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = full.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    // `create_new` so a file that appeared meanwhile is still never overwritten.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(full)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
        .map_err(|e| Error::io(full, e))
}

/// Whether `folder` is a page bundle: it holds an `index.md` or `index.<lang>.md`.
fn is_bundle(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        name.strip_prefix(crate::load::BUNDLE_INDEX)
            .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".md"))
    })
}
