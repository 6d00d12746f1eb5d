//! Applying a build to its output folder once every file was rendered and staged: files the
//! build no longer makes are removed, folders made, staged files renamed into place, and
//! the manifest written last.

use std::collections::{HashMap, HashSet};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::manifest::{Entry, Manifest, Stamp};
use super::queue::Queue;
use super::{FileChanges, Finished, How, Known, Placed, replace};
use crate::error::{Code, Diagnostic, Error};
use crate::messages::text;

/// Fills a new output folder: the staging folder, with its manifest, becomes `out`.
pub(super) fn fill_new(out: &Path, staging: &Path, placed: Vec<Placed>) -> Result<Finished, Error> {
    let added = placed.len();
    let entries = placed.into_iter().filter_map(|placed| match placed.how {
        How::Staged {
            stamp: Some(stamp), ..
        } => Some((
            placed.path,
            Entry {
                stamp,
                hash: placed.hash,
            },
        )),
        _ => None,
    });
    let mut manifest = Manifest::new(entries.collect());
    manifest.write(staging)?;
    std::fs::rename(staging, out).map_err(|e| Error::io(out, e))?;
    Ok(Finished {
        manifest,
        changes: FileChanges {
            added,
            ..FileChanges::default()
        },
        warning: None,
    })
}

/// The changes of a build to an existing output folder.
pub(super) struct Job<'a> {
    pub(super) out: &'a Path,
    pub(super) known: Known,
    /// The placed files are the whole site: everything else goes.
    pub(super) complete: bool,
    pub(super) queue: &'a Queue,
}

impl Job<'_> {
    pub(super) fn apply(mut self, placed: Vec<Placed>) -> Result<Finished, Error> {
        // Marked first, so that a folder changed only in part is known as kielo's.
        replace::mark(self.out)?;
        let mut changes = FileChanges::default();
        let staged: Vec<&Placed> = placed
            .iter()
            .filter(|p| matches!(p.how, How::Staged { .. }))
            .collect();
        // New files first, so that a failure there has removed nothing; what is in the way
        // of one (a file where a folder goes, a folder where a file goes) goes just before.
        self.make_folders(&staged)?;
        let moved: Vec<(String, Stamp)> = self.queue.install(|| {
            staged
                .par_iter()
                .map(|placed| self.move_in(placed))
                .collect::<Result<_, Error>>()
        })?;
        let mut problems = Vec::new();
        if self.complete {
            let outputs: HashSet<&str> = placed.iter().map(|p| p.path.as_str()).collect();
            (changes.removed, problems) = self.remove_stale(&outputs);
        }
        let mut previous = std::mem::take(&mut self.known.manifest);
        let mut entries = match self.complete {
            true => HashMap::with_capacity(placed.len()),
            false => std::mem::take(&mut previous.entries),
        };
        let stamps: HashMap<String, Stamp> = moved.into_iter().collect();
        for placed in placed {
            let stamp = match placed.how {
                How::Same(stamp) => stamp,
                How::Staged { added, .. } => {
                    match added {
                        true => changes.added += 1,
                        false => changes.changed += 1,
                    }
                    stamps[&placed.path]
                }
            };
            entries.insert(
                placed.path,
                Entry {
                    stamp,
                    hash: placed.hash,
                },
            );
        }
        let manifest = match self.complete {
            true => self.full_manifest(entries, previous)?,
            // A rebuild of a few files (`serve`) keeps the manifest in memory: the one on
            // disk is only out of date, which the next build notices from the files' stamps.
            false => previous.with_entries(entries),
        };
        Ok(Finished {
            manifest,
            changes,
            warning: cleanup_warning(problems),
        })
    }

    /// The manifest of a full build, written unless it records what `previous` did: a build
    /// that changes nothing writes nothing.
    fn full_manifest(
        &self,
        entries: HashMap<String, Entry>,
        previous: Manifest,
    ) -> Result<Manifest, Error> {
        if previous.entries == entries && !previous.has_untrusted() {
            return Ok(previous);
        }
        let mut manifest = Manifest::new(entries);
        manifest.write(self.out)?;
        Ok(manifest)
    }

    /// Removes every file, link and folder that is not an output, or a folder of one;
    /// returns how many files and links went, and what could not be removed. Runs after the
    /// new files are in place: what was in their way is gone already.
    fn remove_stale(&self, outputs: &HashSet<&str>) -> (usize, Vec<(PathBuf, std::io::Error)>) {
        let found = &self.known.found;
        let folders: HashSet<&str> = outputs.iter().flat_map(|path| folders_of(path)).collect();
        // Replaced by an output, or inside a folder that an output file replaced.
        let taken = |path: &str| {
            outputs.contains(path)
                || folders.contains(path)
                || folders_of(path).any(|up| outputs.contains(up))
        };
        let files = (found.files.keys()).filter(|path| !outputs.contains(path.as_str()));
        let others = (found.others.iter()).filter(|path| !path.to_str().is_some_and(taken));
        let mut stale: Vec<(PathBuf, bool)> = files
            .filter(|path| !taken(path))
            .map(|path| (PathBuf::from(path), true))
            .chain(others.map(|path| (path.clone(), true)))
            .collect();
        let gone: HashSet<&str> = (found.dirs.iter())
            .map(String::as_str)
            .filter(|dir| !taken(dir))
            .collect();
        // Only the topmost folders that go: the rest goes with them.
        stale.extend(
            gone.iter()
                .filter(|dir| !folders_of(dir).any(|up| gone.contains(up)))
                .map(|dir| (PathBuf::from(dir), false)),
        );
        let results: Vec<(PathBuf, bool, std::io::Result<()>)> = self.queue.install(|| {
            stale
                .into_par_iter()
                .map(|(path, counted)| {
                    let path = self.out.join(path);
                    let result = replace::remove_tree(&path);
                    (path, counted, result)
                })
                .collect()
        });
        let removed = (results.iter())
            .filter(|(_, counted, result)| *counted && result.is_ok())
            .count();
        let problems = (results.into_iter())
            .filter_map(|(path, _, result)| result.err().map(|e| (path, e)))
            .collect();
        (removed, problems)
    }

    /// Makes the folders of the staged files that are not there; anything else in their
    /// place (a file, a link) is removed first, so nothing is written through a link.
    fn make_folders(&self, staged: &[&Placed]) -> Result<(), Error> {
        let dirs = &self.known.found.dirs;
        let mut new: Vec<&str> = (staged.iter())
            .flat_map(|placed| folders_of(&placed.path))
            .filter(|dir| !dirs.contains(*dir))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        // Parents before children, each depth in parallel.
        new.sort_unstable_by_key(|dir| dir.matches('/').count());
        let depth_of = |dir: &&str| dir.matches('/').count();
        for level in new.chunk_by(|a, b| depth_of(a) == depth_of(b)) {
            self.queue.install(|| {
                level
                    .par_iter()
                    .try_for_each(|dir| make_folder(&self.out.join(dir)))
            })?;
        }
        Ok(())
    }

    /// Renames one staged file into place; returns its path and stamp there.
    fn move_in(&self, placed: &Placed) -> Result<(String, Stamp), Error> {
        let How::Staged { staged, .. } = &placed.how else {
            unreachable!("only staged files move");
        };
        let to = self.out.join(&placed.path);
        match std::fs::rename(staged, &to) {
            Ok(()) => {}
            // A folder where the file goes, in a rebuild of some files only.
            Err(_) if std::fs::symlink_metadata(&to).is_ok_and(|m| m.is_dir()) => {
                replace::remove_tree(&to).map_err(|e| Error::io(&to, e))?;
                std::fs::rename(staged, &to).map_err(|e| Error::io(&to, e))?;
            }
            // A mount inside the output: written beside its place, then renamed.
            Err(e) if e.kind() == ErrorKind::CrossesDevices => {
                let name = to.file_name().unwrap_or_default().to_string_lossy();
                let beside = to.with_file_name(format!(".{name}.kielo-{}", std::process::id()));
                copy_new(staged, &beside)
                    .and_then(|()| std::fs::rename(&beside, &to))
                    .map_err(|e| {
                        let _ = std::fs::remove_file(&beside);
                        Error::io(&to, e)
                    })?;
            }
            Err(e) => return Err(Error::io(&to, e)),
        }
        let meta = std::fs::symlink_metadata(&to).map_err(|e| Error::io(&to, e))?;
        Ok((placed.path.clone(), Stamp::of(&meta)))
    }
}

/// Copies `from` to the new file `to`, never through a link at `to`: whatever has that name
/// is removed first, and the file is created only if nothing has it.
fn copy_new(from: &Path, to: &Path) -> std::io::Result<()> {
    replace::remove_tree(to)?;
    let mut target = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(to)?;
    std::io::copy(&mut std::fs::File::open(from)?, &mut target).map(|_| ())
}

/// The folders `a`, `a/b` of the path `a/b/c`.
fn folders_of(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').map(|(at, _)| &path[..at])
}

/// Makes the folder `dir`, whose parent is a folder already; a file or link in its place
/// is removed first.
fn make_folder(dir: &Path) -> Result<(), Error> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => replace::remove_tree(dir).map_err(|e| Error::io(dir, e))?,
        Err(_) => {}
    }
    match std::fs::create_dir(dir) {
        Err(e) if e.kind() != ErrorKind::AlreadyExists => Err(Error::io(dir, e)),
        _ => Ok(()),
    }
}

/// A warning for what could not be removed: the new site is in place, so it is no reason
/// to fail the build.
fn cleanup_warning(problems: Vec<(PathBuf, std::io::Error)>) -> Option<Diagnostic> {
    let count = problems.len();
    let (path, err) = problems.into_iter().next()?;
    let reason = err.to_string();
    let message = match count {
        1 => text!("output-cleanup", reason = reason),
        n => text!("output-cleanup-more", more = n - 1, reason = reason),
    };
    Some(
        Diagnostic::warning(Code::OutputCleanup, &path, None, message)
            .with_hint(text!("output-cleanup-hint")),
    )
}
