//! Writes the output atomically: everything goes to a temporary folder, whose files replace
//! the old output only when all of them were written. `target` decides which folder may be
//! replaced, `replace` how.

use std::collections::HashMap;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error};
use crate::render::Output;
use crate::theme::ThemeFile;

mod replace;
pub(crate) mod target;

pub(crate) use replace::is_temporary;
pub(crate) use target::Target;

/// A temporary folder, filled while the site renders, whose files replace the output's when
/// finished: beside the output folder, which it then replaces by renaming, or inside it when
/// the output is a mount point (or its parent cannot be written). Dropped unfinished (an
/// error, a signal), it is removed and the previous output stays as it was. Its marker stays
/// locked while the process lives, so a later build removes it only once it is abandoned.
pub(crate) struct Staging {
    target: Target,
    dir: PathBuf,
    /// The staging folder is inside the output folder, whose contents it replaces.
    inside: bool,
    /// The marker, open and locked.
    _lock: File,
    finished: bool,
    /// What was written, when `serve` asks, to write only changes later.
    recorded: Option<std::sync::Mutex<Written>>,
}

impl Staging {
    /// Removes what earlier, interrupted builds left, and makes the staging folder.
    /// `record`: keep each file's hash, for [`update`].
    pub(crate) fn new(target: Target, record: bool) -> Result<Staging, Error> {
        replace::remove_abandoned(&target.dir);
        let beside = target.dir.parent().filter(|_| !target.mount_point);
        let beside = beside.map(|parent| {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            replace::fresh_dir(parent, &replace::staging_prefix(&target.dir))
        });
        let ((dir, lock), inside) = match beside {
            Some(Ok(made)) => (made, false),
            // A mount point, or a parent that cannot be written: the output's contents can
            // still be replaced.
            Some(Err(_)) | None if target.dir.is_dir() => (
                replace::fresh_dir(&target.dir, replace::INSIDE_STAGING)?,
                true,
            ),
            Some(Err(err)) => return Err(err),
            None => return Err(Error::io(&target.dir, std::io::ErrorKind::NotFound.into())),
        };
        Ok(Staging {
            target,
            dir,
            inside,
            _lock: lock,
            finished: false,
            recorded: record.then(Default::default),
        })
    }

    /// The output folder, symlinks resolved.
    pub(crate) fn out(&self) -> &Path {
        &self.target.dir
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
        taken: &crate::render::paths::Paths,
    ) -> Result<(), Error> {
        last_of_each(files(statics, &[]))
            .par_iter()
            .filter(|(path, _)| !taken.contains(**path))
            .try_for_each(|(path, bytes)| self.put(path, bytes))
    }

    /// Puts the new output in place of the old; returns what was written, if recorded, and a
    /// warning when the previous output could not be removed completely.
    pub(crate) fn finish(mut self) -> Result<(Written, Option<Diagnostic>), Error> {
        self.finished = true;
        let recorded = self.recorded.take().and_then(|r| r.into_inner().ok());
        let result = replace::replace(&self.target.dir, &self.dir, self.inside);
        if result.is_err() {
            let _ = replace::remove_tree(&self.dir);
        }
        result.map(|warning| (recorded.unwrap_or_default(), warning))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = replace::remove_tree(&self.dir);
        }
    }
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
    let statics = statics
        .iter()
        .map(|file| (file.output_path(), file.bytes.as_ref()));
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
