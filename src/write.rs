//! Writes the output atomically: everything goes to a temporary folder beside the output,
//! which replaces the old output only when all of it was written.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::render::Output;
use crate::theme::ThemeFile;

/// A temporary folder beside the output folder, filled while the site renders, that
/// replaces the output folder when finished. Dropped unfinished (an error, a signal), it is
/// removed and the previous output stays as it was.
pub(crate) struct Staging {
    out: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    finished: bool,
    /// What was written, when `serve` asks, to write only changes later.
    recorded: Option<std::sync::Mutex<Written>>,
}

impl Staging {
    /// `record`: keep each file's hash, for [`update`].
    pub(crate) fn new(out: &Path, record: bool) -> Result<Staging, Error> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            out: out.to_path_buf(),
            old: parent.join(format!(".{name}.old-{}", std::process::id())),
            dir,
            finished: false,
            recorded: record.then(Default::default),
        })
    }

    /// Writes one file, `path` relative to the output folder.
    pub(crate) fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        put(&self.dir.join(path), bytes)?;
        if let Some(Ok(mut recorded)) = self.recorded.as_ref().map(|r| r.lock()) {
            recorded.insert(path.to_string(), digest(bytes));
        }
        Ok(())
    }

    /// Writes the static files whose paths no output took, outputs winning as in [`files`].
    pub(crate) fn put_statics(
        &self,
        statics: &[ThemeFile],
        taken: &HashSet<String>,
    ) -> Result<(), Error> {
        last_of_each(files(statics, &[]))
            .par_iter()
            .filter(|(path, _)| !taken.contains(**path))
            .try_for_each(|(path, bytes)| self.put(path, bytes))
    }

    /// Puts the new output in place of the old; returns what was written, if recorded.
    pub(crate) fn finish(mut self) -> Result<Written, Error> {
        self.finished = true;
        let recorded = self.recorded.take().and_then(|r| r.into_inner().ok());
        let (out, staging, old) = (&self.out, &self.dir, &self.old);
        let result = if !out.exists() {
            std::fs::rename(staging, out).map_err(|e| Error::io(out, e))
        } else {
            std::fs::rename(out, old).map_err(|e| Error::io(out, e))?;
            match std::fs::rename(staging, out) {
                Ok(()) => remove_all(old),
                Err(e) => {
                    // Put the previous output back so the site is never left without one.
                    let _ = std::fs::rename(old, out);
                    Err(Error::io(out, e))
                }
            }
        };
        if result.is_err() {
            let _ = std::fs::remove_dir_all(staging);
        }
        result.map(|()| recorded.unwrap_or_default())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Removes a folder tree, each folder's entries in parallel: removing a large old output
/// one file at a time took a second of a 30,000-page build.
fn remove_all(dir: &Path) -> Result<(), Error> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)
        .and_then(|entries| entries.collect())
        .map_err(|e| Error::io(dir, e))?;
    entries.par_iter().try_for_each(|entry| {
        let path = entry.path();
        match entry.file_type().is_ok_and(|t| t.is_dir()) {
            true => remove_all(&path),
            false => std::fs::remove_file(&path).map_err(|e| Error::io(&path, e)),
        }
    })?;
    std::fs::remove_dir(dir).map_err(|e| Error::io(dir, e))
}

fn put(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
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
