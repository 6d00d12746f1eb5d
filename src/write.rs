//! Writes the output atomically: everything goes to a temporary folder beside the output,
//! which replaces the old output only when all of it was written.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::render::Output;
use crate::theme::ThemeFile;

/// Asks whether the build should stop (a signal arrived).
pub(crate) type Cancel<'a> = &'a (dyn Fn() -> bool + Sync);

/// Writes `outputs` and the static files into `out`, replacing what was there. When
/// `cancel` says so before the swap, the temporary folder is removed and `out` is untouched.
pub(crate) fn write(
    out: &Path,
    statics: &[ThemeFile],
    outputs: &[Output],
    cancel: Cancel,
) -> Result<(), Error> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = fill(&staging, statics, outputs, cancel).and_then(|()| {
        if cancel() {
            return Err(Error::Interrupted);
        }
        swap(&staging, out, &parent, &name)
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn fill(
    staging: &Path,
    statics: &[ThemeFile],
    outputs: &[Output],
    cancel: Cancel,
) -> Result<(), Error> {
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    }
    std::fs::create_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    last_of_each(files(statics, outputs))
        .par_iter()
        .try_for_each(|(path, bytes)| {
            if cancel() {
                return Err(Error::Interrupted);
            }
            put(&staging.join(path), bytes)
        })
}

fn put(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

fn swap(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<(), Error> {
    if !out.exists() {
        return std::fs::rename(staging, out).map_err(|e| Error::io(out, e));
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
    if let Err(e) = std::fs::rename(staging, out) {
        // Put the previous output back so the site is never left without one.
        let _ = std::fs::rename(&old, out);
        return Err(Error::io(out, e));
    }
    std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))
}

/// What `serve` last wrote: each output file's hash, so a rebuild writes only what changed.
pub(crate) type Written = HashMap<String, u64>;

fn digest(bytes: &[u8]) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// The output files of a build: pages and other outputs, then static files (which the
/// site's own `static/` may override), as paths relative to the output folder.
pub(crate) fn files<'a>(
    statics: &'a [ThemeFile],
    outputs: &'a [Output],
) -> impl Iterator<Item = (&'a str, &'a [u8])> {
    let statics = statics.iter().map(|file| {
        let relative = file.relative.strip_prefix("static/");
        (relative.unwrap_or(&file.relative), file.bytes.as_ref())
    });
    statics.chain(
        outputs
            .iter()
            .map(|o| (o.path.as_str(), o.bytes.as_slice())),
    )
}

/// The last of `files` for each path, as writing them in order would leave them.
fn last_of_each<'a>(
    files: impl Iterator<Item = (&'a str, &'a [u8])>,
) -> HashMap<&'a str, &'a [u8]> {
    files.collect()
}

/// Records what a full `write` put into the output folder.
pub(crate) fn record<'a>(files: impl Iterator<Item = (&'a str, &'a [u8])>) -> Written {
    last_of_each(files)
        .into_iter()
        .map(|(path, bytes)| (path.to_string(), digest(bytes)))
        .collect()
}

/// Writes into `out` the files whose bytes differ from what `written` records, each through
/// a temporary file renamed into place so a server never sends half a file. With
/// `complete`, `files` is the whole site and recorded files missing from it are removed.
/// Returns how many files were written or removed.
pub(crate) fn update<'a>(
    out: &Path,
    files: impl Iterator<Item = (&'a str, &'a [u8])>,
    written: &mut Written,
    complete: bool,
) -> Result<usize, Error> {
    let latest = last_of_each(files);
    let changed: Vec<(&str, &[u8], u64)> = latest
        .par_iter()
        .map(|(&path, &bytes)| (path, bytes, digest(bytes)))
        .filter(|(path, _, hash)| written.get(*path) != Some(hash))
        .collect();
    changed
        .par_iter()
        .try_for_each(|(path, bytes, _)| replace(&out.join(path), bytes))?;
    let mut count = changed.len();
    for (path, _, hash) in changed {
        written.insert(path.to_string(), hash);
    }
    if complete {
        let stale: Vec<String> = written
            .keys()
            .filter(|path| !latest.contains_key(path.as_str()))
            .cloned()
            .collect();
        for path in stale {
            let file = out.join(&path);
            match std::fs::remove_file(&file) {
                Ok(()) => count += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&file, e)),
            }
            written.remove(&path);
        }
    }
    Ok(count)
}

fn replace(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = path.with_file_name(format!(".{name}.kielo-{}", std::process::id()));
    put(&temporary, bytes)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::io(path, e)
    })
}
