//! Replacing the output folder with the staging folder, and removing what earlier builds
//! left. Every folder kielo makes for this holds the marker, locked while its process
//! works in it: a folder whose marker nobody holds was abandoned (`kill -9`, a power cut) and
//! is removed at the start of the next build. Nothing here follows a symlink: links in a
//! removed folder are removed as links.

use std::fs::File;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::target::{MARKER, MARKER_TEXT};
use crate::error::Error;

/// The staging folder's name inside an output folder that cannot be renamed.
pub(crate) const INSIDE_STAGING: &str = ".kielo-staging-";
/// The previous output's name inside an output folder that cannot be renamed.
const INSIDE_OLD: &str = ".kielo-old-";

/// `.public.tmp-`: the start of a staging folder's name beside the output `public`.
pub(crate) fn staging_prefix(out: &Path) -> String {
    format!(".{}.tmp-", name_of(out))
}

/// `.public.old-`: the start of the previous output's name while it is removed.
fn old_prefix(out: &Path) -> String {
    format!(".{}.old-", name_of(out))
}

fn name_of(out: &Path) -> String {
    out.file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned())
}

/// Whether a name at the top of an output folder is one of the temporary folders kept inside
/// it.
pub(crate) fn is_inside_temporary(name: &str) -> bool {
    name.starts_with(INSIDE_STAGING) || name.starts_with(INSIDE_OLD)
}

/// Whether a file name is one of the build's temporary folders, which watchers ignore.
pub(crate) fn is_temporary(name: &str) -> bool {
    name.starts_with(INSIDE_STAGING)
        || name.starts_with(INSIDE_OLD)
        || (name.starts_with('.') && (name.contains(".tmp-") || name.contains(".old-")))
}

/// A new folder `<prefix><pid>` (or `<prefix><pid>-<n>`) in `parent`, holding the marker,
/// locked by this process.
pub(crate) fn fresh_dir(parent: &Path, prefix: &str) -> Result<(PathBuf, File), Error> {
    let pid = std::process::id();
    for n in 0u32.. {
        let dir = match n {
            0 => parent.join(format!("{prefix}{pid}")),
            n => parent.join(format!("{prefix}{pid}-{n}")),
        };
        match std::fs::create_dir(&dir) {
            Ok(()) => {
                let marker = write_marker(&dir).inspect_err(|_| {
                    let _ = std::fs::remove_dir_all(&dir);
                })?;
                return Ok((dir, marker));
            }
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&dir, e)),
        }
    }
    unreachable!("some name is free")
}

/// Writes the marker into the output folder `dir` unless it has one (an empty folder, or
/// one given up with `--force`).
pub(crate) fn mark(dir: &Path) -> Result<(), Error> {
    if super::target::is_marked(dir) {
        return Ok(());
    }
    let marker = dir.join(MARKER);
    remove_tree(&marker)
        .and_then(|()| std::fs::write(&marker, MARKER_TEXT))
        .map_err(|e| Error::io(&marker, e))
}

fn write_marker(dir: &Path) -> Result<File, Error> {
    let path = dir.join(MARKER);
    let mut file = File::options()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    file.write_all(MARKER_TEXT)
        .and_then(|()| file.lock())
        .map_err(|e| Error::io(&path, e))?;
    Ok(file)
}

/// Removes the temporary folders that earlier builds of `out` left, beside it and inside it;
/// only those holding a marker that no process holds, or empty ones.
pub(crate) fn remove_abandoned(out: &Path) {
    let beside = [staging_prefix(out), old_prefix(out)];
    let inside = [INSIDE_STAGING.to_string(), INSIDE_OLD.to_string()];
    let places = out.parent().map(|p| (p, beside)).into_iter();
    for (dir, prefixes) in places.chain([(out, inside)]) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let ours = prefixes
                .iter()
                .any(|p| name.to_string_lossy().starts_with(p.as_str()));
            if ours && entry.file_type().is_ok_and(|t| t.is_dir()) {
                let path = entry.path();
                if let Some(_held) = abandoned(&path) {
                    let _ = remove_tree(&path);
                }
            }
        }
    }
}

/// The lock on a folder's marker when no process holds it (an empty folder needs none).
fn abandoned(dir: &Path) -> Option<Option<File>> {
    let marker = dir.join(MARKER);
    if !super::target::is_marked(dir) {
        let empty = std::fs::read_dir(dir).is_ok_and(|mut e| e.next().is_none());
        return empty.then_some(None);
    }
    let file = File::open(&marker).ok()?;
    file.try_lock().ok().map(|()| Some(file))
}

/// Removes a file, or a folder and everything in it, each folder's entries in parallel (a
/// large old output removed one file at a time took a second of a 30,000-page build). Links
/// are removed, never followed. A folder's marker goes last, so a folder half removed is
/// still known as kielo's.
pub(crate) fn remove_tree(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(meta) if meta.is_dir() => remove_folder(path),
        Ok(_) => gone(std::fs::remove_file(path)),
    }
}

fn remove_folder(path: &Path) -> std::io::Result<()> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(path)?.collect::<Result<_, _>>()?;
    let (markers, rest): (Vec<_>, Vec<_>) =
        entries.into_iter().partition(|e| e.file_name() == MARKER);
    // The entry's own type, which does not follow a link.
    rest.par_iter()
        .try_for_each(|entry| match entry.file_type()?.is_dir() {
            true => remove_folder(&entry.path()),
            false => gone(std::fs::remove_file(entry.path())),
        })?;
    for marker in markers {
        gone(std::fs::remove_file(marker.path()))?;
    }
    gone(std::fs::remove_dir(path))
}

/// Something already removed (by a build removing the same folder) is no error.
fn gone(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        other => other,
    }
}
