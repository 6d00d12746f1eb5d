//! Writes the output so that only what changed is touched, and nothing at all when the
//! build fails. Every file the render makes is compared with the output folder (its
//! [`manifest`] and the files' metadata, else the bytes on disk); only files whose bytes
//! differ go to a staging folder, beside the output or inside it. When the build succeeded,
//! they are renamed into place one by one (each replaced at once, never half written), files
//! the build no longer makes are removed, and the manifest is written last: a build killed
//! while applying leaves every file whole, and the next build finds and repairs the rest.
//! A new output folder is made whole in the staging folder and renamed into place.
//! `target` decides which folder may be written, `replace` names and removes temporary
//! folders, `walk` reads what is there, `queue` runs the file-system calls in parallel.

mod apply;
mod manifest;
mod queue;
mod replace;
pub(crate) mod target;
mod walk;

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use rayon::prelude::*;

use crate::error::{Diagnostic, Error};
use crate::render::Output;
use crate::theme::ThemeFile;

pub(crate) use manifest::Manifest;
pub(crate) use replace::is_temporary;
pub(crate) use target::Target;

use manifest::Stamp;
use walk::Found;

/// How many output files a build changed, added and removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FileChanges {
    /// Files whose bytes changed.
    pub changed: usize,
    /// Files that were not there.
    pub added: usize,
    /// Files removed: outputs no longer made, and anything else found in the folder.
    pub removed: usize,
}

impl FileChanges {
    /// Every file written or removed.
    pub fn total(&self) -> usize {
        self.changed + self.added + self.removed
    }
}

/// What the output folder held when the build began.
struct Known {
    found: Found,
    manifest: Manifest,
}

/// One output file, as the build leaves it.
struct Placed {
    path: String,
    hash: u128,
    how: How,
}

enum How {
    /// The file on disk has these bytes already.
    Same(Stamp),
    /// Written to `staged`; `stamp` is known when that is its final place (a new folder).
    Staged {
        staged: PathBuf,
        added: bool,
        stamp: Option<Stamp>,
    },
}

/// A staging folder, filled while the site renders, and what the output folder held: the
/// changes are applied by [`Staging::finish`]. Dropped unfinished (an error, a signal), the
/// staging folder is removed and the output stays as it was. Its marker stays locked while
/// the process lives, so a later build removes it only once it is abandoned.
pub(crate) struct Staging {
    target: Target,
    dir: PathBuf,
    /// The marker, open and locked.
    _lock: File,
    finished: bool,
    /// `None` for a new output folder, made whole here.
    known: Option<KnownLater>,
    /// Whether the files put are the whole site (a full build), or some of them.
    complete: bool,
    queue: queue::Queue,
    placed: Arc<Mutex<Vec<Placed>>>,
    staged: AtomicUsize,
}

/// What the output holds, read on another thread while the site renders.
struct KnownLater {
    ready: OnceLock<Arc<Known>>,
    reading: Mutex<Option<JoinHandle<Result<Known, Error>>>>,
    /// Why reading failed, for the callers after the first, which got the error itself.
    failed: OnceLock<String>,
}

impl KnownLater {
    fn get(&self) -> Result<Arc<Known>, Error> {
        if let Some(known) = self.ready.get() {
            return Ok(known.clone());
        }
        let mut reading = self.reading.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = self.ready.get() {
            return Ok(known.clone());
        }
        let joined = reading.take().map(|handle| handle.join());
        let failed = |why: String| Error::io(Path::new("."), std::io::Error::other(why));
        let unknown = || "reading the output folder failed".to_string();
        let known = match joined {
            Some(Ok(Ok(known))) => Arc::new(known),
            Some(Ok(Err(error))) => {
                let _ = self.failed.set(error.to_string());
                return Err(error);
            }
            Some(Err(_)) => return Err(failed(unknown())),
            None => return Err(failed(self.failed.get().cloned().unwrap_or_else(unknown))),
        };
        Ok(self.ready.get_or_init(|| known).clone())
    }
}

impl Staging {
    /// For a full build: removes what earlier, interrupted builds left, makes the staging
    /// folder, and starts reading what the output folder holds.
    pub(crate) fn new(target: Target) -> Result<Staging, Error> {
        let exists = std::fs::symlink_metadata(&target.dir).is_ok();
        let mut staging = Staging::make(target, exists, None)?;
        if exists {
            let out = staging.target.dir.clone();
            let pool = staging.queue.pool();
            let reading = std::thread::spawn(move || {
                let manifest = Manifest::read(&out);
                let found = pool.install(|| walk::walk(&out))?;
                Ok(Known { found, manifest })
            });
            staging.known = Some(KnownLater {
                ready: OnceLock::new(),
                reading: Mutex::new(Some(reading)),
                failed: OnceLock::new(),
            });
        }
        Ok(staging)
    }

    /// `files`: how many files at most will be put, when known, for the number of threads.
    fn make(target: Target, exists: bool, files: Option<usize>) -> Result<Staging, Error> {
        replace::remove_abandoned(&target.dir);
        let beside = target.dir.parent().filter(|_| !target.mount_point);
        let beside = beside.map(|parent| {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            replace::fresh_dir(parent, &replace::staging_prefix(&target.dir))
        });
        let (dir, lock) = match beside {
            Some(Ok(made)) => made,
            // A mount point, or a parent that cannot be written: stage inside the output.
            Some(Err(_)) | None if exists => {
                replace::fresh_dir(&target.dir, replace::INSIDE_STAGING)?
            }
            Some(Err(err)) => return Err(err),
            None => return Err(Error::io(&target.dir, std::io::ErrorKind::NotFound.into())),
        };
        Ok(Staging {
            target,
            dir,
            _lock: lock,
            finished: false,
            known: None,
            complete: true,
            queue: queue::Queue::new(files)?,
            placed: Arc::default(),
            staged: AtomicUsize::new(0),
        })
    }

    /// The output folder, symlinks resolved.
    pub(crate) fn out(&self) -> &Path {
        &self.target.dir
    }

    /// Takes one output file, `path` relative to the output folder: stages it unless the
    /// output folder has these bytes there already.
    pub(crate) fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.decide(path, manifest::hash(bytes), || bytes.to_vec())
    }

    /// [`put`](Staging::put) for bytes of its own, which are not copied.
    pub(crate) fn put_owned(&self, path: &str, bytes: Vec<u8>) -> Result<(), Error> {
        // The hash is taken before the bytes move into the closure.
        let hash = manifest::hash(&bytes);
        self.decide(path, hash, || bytes)
    }

    fn decide(&self, path: &str, hash: u128, bytes: impl FnOnce() -> Vec<u8>) -> Result<(), Error> {
        let Some(known) = self.known.as_ref().map(KnownLater::get).transpose()? else {
            let staged = self.dir.join(path);
            return self.stage(path, hash, bytes(), None, staged);
        };
        let found = known.found.files.get(path);
        match found.and_then(|stamp| Some((stamp, known.manifest.known_hash(path, stamp)?))) {
            Some((stamp, known)) if known == hash => {
                push(&self.placed, path.to_string(), hash, How::Same(*stamp));
                Ok(())
            }
            _ => {
                let n = self.staged.fetch_add(1, Ordering::Relaxed);
                let staged = self.dir.join(n.to_string());
                self.stage(path, hash, bytes(), found.copied(), staged)
            }
        }
    }

    /// Queues writing `bytes` to `staged`, unless `found` (the file on disk, not known from
    /// the manifest) turns out to hold them already.
    fn stage(
        &self,
        path: &str,
        hash: u128,
        bytes: Vec<u8>,
        found: Option<Stamp>,
        staged: PathBuf,
    ) -> Result<(), Error> {
        let fresh = self.known.is_none();
        let on_disk = self.target.dir.join(path);
        let path = path.to_string();
        let placed = self.placed.clone();
        self.queue.spawn(bytes.len(), move || {
            if let Some(stamp) = found
                && stamp.size == bytes.len() as u64
                && std::fs::read(&on_disk).is_ok_and(|disk| disk == bytes)
            {
                push(&placed, path, hash, How::Same(stamp));
                return Ok(());
            }
            let stamp = write_new(&staged, &bytes, fresh)?;
            let added = found.is_none();
            let how = How::Staged {
                staged,
                added,
                stamp,
            };
            push(&placed, path, hash, how);
            Ok(())
        })
    }

    /// Takes the static files whose paths no output took, outputs winning as in [`files`].
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

    /// Waits until every file put is written to the staging folder.
    pub(crate) fn wait(&self) -> Result<(), Error> {
        self.queue.drain()
    }

    /// Applies the changes to the output folder, which nothing interrupts once it began;
    /// returns its new manifest, what changed, and a warning when something could not be
    /// removed.
    pub(crate) fn finish(mut self) -> Result<Finished, Error> {
        self.queue.drain()?;
        let placed =
            std::mem::take(&mut *self.placed.lock().unwrap_or_else(PoisonError::into_inner));
        let known = self.known.as_ref().map(KnownLater::get).transpose()?;
        // The last reference, now that every job is done: the manifest moves on, uncopied.
        let known = known.map(|known| {
            self.known = None;
            Arc::try_unwrap(known).unwrap_or_else(|shared| Known {
                found: shared.found.clone(),
                manifest: shared.manifest.clone(),
            })
        });
        let Some(known) = known else {
            let finished = apply::fill_new(&self.target.dir, &self.dir, placed);
            // A new output folder is the staging folder, renamed: it must not be removed.
            self.finished = finished.is_ok();
            return finished;
        };
        let job = apply::Job {
            out: &self.target.dir,
            known,
            complete: self.complete,
            queue: &self.queue,
        };
        job.apply(placed)
    }
}

/// What applying a build's changes did.
pub(crate) struct Finished {
    pub(crate) manifest: Manifest,
    pub(crate) changes: FileChanges,
    pub(crate) warning: Option<Diagnostic>,
}

fn push(placed: &Mutex<Vec<Placed>>, path: String, hash: u128, how: How) {
    let mut placed = placed.lock().unwrap_or_else(PoisonError::into_inner);
    placed.push(Placed { path, hash, how });
}

/// Writes `bytes` to the new file `path`, making its folder in a new output (`fresh`);
/// returns its stamp there, which is final in a new output folder.
fn write_new(path: &Path, bytes: &[u8], fresh: bool) -> Result<Option<Stamp>, Error> {
    use std::io::Write;
    if fresh && let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    // A new name in kielo's own staging folder: `create_new` never opens what is there.
    let mut file = File::options()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    file.write_all(bytes).map_err(|e| Error::io(path, e))?;
    if !fresh {
        return Ok(None);
    }
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    Ok(Some(Stamp::of(&meta)))
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Queued writes go into the staging folder: wait for them before removing it.
        let _ = self.queue.drain();
        if !self.finished {
            let _ = replace::remove_tree(&self.dir);
        }
    }
}

/// Writes some output files of a site already in `out`, as `serve` does after an edit:
/// only those whose bytes differ from what `manifest` (the output's, kept in memory) and
/// the disk say, each renamed into place. Other files stay as they are.
pub(crate) fn update<'a>(
    out: &Path,
    files: impl Iterator<Item = (&'a str, &'a [u8])>,
    manifest: &mut Manifest,
) -> Result<FileChanges, Error> {
    let latest = last_of_each(files);
    let target = Target {
        dir: out.to_path_buf(),
        mount_point: false,
    };
    let mut staging = Staging::make(target, true, Some(latest.len()))?;
    let found = walk::stamps(out, latest.keys().copied());
    let known = Known {
        found,
        manifest: std::mem::take(manifest),
    };
    staging.known = Some(KnownLater {
        ready: OnceLock::from(Arc::new(known)),
        reading: Mutex::new(None),
        failed: OnceLock::new(),
    });
    staging.complete = false;
    let result = latest
        .into_iter()
        .try_for_each(|(path, bytes)| staging.put(path, bytes))
        .and_then(|()| staging.finish());
    match result {
        Ok(finished) => {
            *manifest = finished.manifest;
            Ok(finished.changes)
        }
        Err(error) => {
            // The one on disk may be out of date, which only costs reads; an empty one
            // would cost reading every file the next edits write.
            *manifest = Manifest::read(out);
            Err(error)
        }
    }
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
