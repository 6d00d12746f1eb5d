//! What the output folder holds before a build changes it: every file with its stamp, every
//! folder, and everything else (links, pipes), read in parallel on the I/O threads. Links
//! are entries, never followed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::manifest::{MANIFEST, Stamp};
use super::replace::is_inside_temporary;
use super::target::MARKER;
use crate::error::Error;

/// The entries of an output folder, by path relative to it (`/` between parts).
#[derive(Debug, Default, Clone)]
pub(crate) struct Found {
    pub(crate) files: HashMap<String, Stamp>,
    pub(crate) dirs: HashSet<String>,
    /// Links, pipes, sockets and names that are not UTF-8: never outputs, always removed.
    pub(crate) others: Vec<PathBuf>,
}

/// Reads the whole folder `out`, except kielo's own files at its top: the marker, the
/// manifest and the temporary folders of builds (a build's own, or one that another build
/// still holds). Anything else, such as a temporary manifest a killed build left, is found
/// and so removed.
pub(crate) fn walk(out: &Path) -> Result<Found, Error> {
    let found = Mutex::new(Found::default());
    let error = Mutex::new(None);
    rayon::scope(|scope| visit(scope, out, String::new(), &found, &error));
    match error.into_inner().ok().flatten() {
        Some(error) => Err(error),
        None => Ok(found.into_inner().unwrap_or_default()),
    }
}

fn visit<'s>(
    scope: &rayon::Scope<'s>,
    out: &'s Path,
    rel: String,
    found: &'s Mutex<Found>,
    error: &'s Mutex<Option<Error>>,
) {
    let dir = out.join(&rel);
    let fail = |e| {
        if let Ok(mut error) = error.lock() {
            error.get_or_insert(Error::io(&dir, e));
        }
    };
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => return fail(e),
    };
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    let mut others = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => return fail(e),
        };
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            others.push(Path::new(&rel).join(&name));
            continue;
        };
        if rel.is_empty() && (name == MARKER || name == MANIFEST || is_inside_temporary(name)) {
            continue;
        }
        let path = if rel.is_empty() {
            name.to_string()
        } else {
            format!("{rel}/{name}")
        };
        // The entry's own type, which does not follow a link.
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => dirs.push(path),
            Ok(kind) if kind.is_file() => match entry.metadata() {
                Ok(meta) => files.push((path, Stamp::of(&meta))),
                Err(e) => return fail(e),
            },
            Ok(_) => others.push(PathBuf::from(path)),
            Err(e) => return fail(e),
        }
    }
    if let Ok(mut found) = found.lock() {
        found.files.extend(files);
        found.dirs.extend(dirs.iter().cloned());
        found.others.extend(others);
    }
    for sub in dirs {
        scope.spawn(move |scope| visit(scope, out, sub, found, error));
    }
}

/// The stamps of some files of `out` only, for a rebuild of a few outputs: a path that is
/// not a plain file is left out, so it is written anew.
pub(crate) fn stamps<'a>(out: &Path, paths: impl Iterator<Item = &'a str>) -> Found {
    let mut found = Found::default();
    for path in paths {
        if let Ok(meta) = std::fs::symlink_metadata(out.join(path))
            && meta.is_file()
        {
            found.files.insert(path.to_string(), Stamp::of(&meta));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_files_folders_and_links_but_not_kielos_own() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::create_dir_all(out.join("fi/a")).unwrap();
        std::fs::write(out.join("fi/a/index.html"), "x").unwrap();
        std::fs::write(out.join(MARKER), "").unwrap();
        std::fs::write(out.join(MANIFEST), "").unwrap();
        std::fs::create_dir(out.join(".kielo-staging-1")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc", out.join("fi/etc")).unwrap();
        let found = walk(out).unwrap();
        assert_eq!(found.files.len(), 1);
        assert_eq!(found.files["fi/a/index.html"].size, 1);
        let mut dirs: Vec<&String> = found.dirs.iter().collect();
        dirs.sort();
        assert_eq!(dirs, ["fi", "fi/a"]);
        #[cfg(unix)]
        assert_eq!(found.others, [PathBuf::from("fi/etc")]);
    }
}
