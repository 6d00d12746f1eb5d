//! The manifest kept in the output folder: each file's size, times, inode and hash as the
//! last build left it, so the next build can tell an unchanged file from its metadata alone
//! and write only files whose bytes changed. It is never trusted blindly: an entry counts
//! only while the file on disk still has exactly the recorded metadata, and not when the
//! file was written in the same clock tick as the manifest (git's "racy" rule), since a
//! later edit within that tick would leave the times alone. Anything unreadable in it is
//! ignored, and the file is then compared byte for byte.

use std::collections::HashMap;
use std::fs::Metadata;
use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// The manifest's name in the output folder.
pub(crate) const MANIFEST: &str = ".kielo-manifest";
const HEADER: &str = "kielo-manifest 1";
/// Larger manifests are not read (a 300,000-page site's is about 40 MB).
const MAX_BYTES: u64 = 512 << 20;

/// What identifies one state of a file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub(crate) size: u64,
    /// Nanoseconds since the epoch.
    mtime: i128,
    /// Changed by every write and rename, and unlike `mtime` not settable by tools.
    ctime: i128,
    ino: u64,
}

impl Stamp {
    pub(crate) fn of(meta: &Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let nanos = |s: i64, ns: i64| i128::from(s) * 1_000_000_000 + i128::from(ns);
            Stamp {
                size: meta.len(),
                mtime: nanos(meta.mtime(), meta.mtime_nsec()),
                ctime: nanos(meta.ctime(), meta.ctime_nsec()),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Stamp {
                size: meta.len(),
                mtime,
                ctime: mtime,
                ino: 0,
            }
        }
    }
}

/// A file's hash, the same from run to run and machine to machine.
pub(crate) fn hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) stamp: Stamp,
    pub(crate) hash: u128,
}

/// Each output file, by its path relative to the output folder.
#[derive(Debug, Default, Clone)]
pub(crate) struct Manifest {
    pub(crate) entries: HashMap<String, Entry>,
    /// When the manifest was written, in the clock of the file system's times.
    written_at: i128,
}

impl Manifest {
    pub(crate) fn new(entries: HashMap<String, Entry>) -> Manifest {
        Manifest {
            entries,
            written_at: 0,
        }
    }

    /// The manifest of `out`; empty when there is none or it cannot be read.
    pub(crate) fn read(out: &Path) -> Manifest {
        let path = out.join(MANIFEST);
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            return Manifest::default();
        };
        if !meta.is_file() || meta.len() > MAX_BYTES {
            return Manifest::default();
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Manifest::default();
        };
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Manifest::default();
        }
        let entries = lines.filter_map(parse_line).collect();
        Manifest {
            entries,
            written_at: Stamp::of(&meta).mtime,
        }
    }

    /// The hash of `path` if the file on disk, stamped `found`, is still what was recorded.
    pub(crate) fn known_hash(&self, path: &str, found: &Stamp) -> Option<u128> {
        let entry = self.entries.get(path)?;
        let trusted = entry.stamp == *found && entry.stamp.mtime < self.written_at;
        trusted.then_some(entry.hash)
    }

    /// This manifest with other entries but the time it was written, so that the entries of
    /// files written since are checked against the disk before they are trusted.
    pub(crate) fn with_entries(self, entries: HashMap<String, Entry>) -> Manifest {
        Manifest { entries, ..self }
    }

    /// Whether some entry is as new as the manifest, and so not trusted: its file is read
    /// on every build until the manifest is written again.
    pub(crate) fn has_untrusted(&self) -> bool {
        (self.entries.values()).any(|entry| entry.stamp.mtime >= self.written_at)
    }

    /// Writes the manifest into `dir`, replacing the previous one at once, in a later clock
    /// tick than every file it records when the file system's clock allows (a few
    /// milliseconds), so that all of them are trusted next time.
    pub(crate) fn write(&mut self, dir: &Path) -> Result<(), Error> {
        use std::fmt::Write as _;
        let mut text = String::with_capacity(self.entries.len() * 96 + 32);
        text.push_str(HEADER);
        text.push('\n');
        let mut paths: Vec<(&String, &Entry)> = self.entries.iter().collect();
        paths.sort_unstable_by_key(|(path, _)| path.as_str());
        for (path, entry) in paths {
            // A name with a line break is left out: it is compared byte for byte next time.
            if path.contains(['\n', '\r']) {
                continue;
            }
            let Stamp {
                size,
                mtime,
                ctime,
                ino,
            } = entry.stamp;
            let hash = entry.hash;
            let _ = writeln!(text, "{hash:032x} {size} {mtime} {ctime} {ino} {path}");
        }
        let newest = (self.entries.values()).map(|e| e.stamp.mtime).max();
        let path = dir.join(MANIFEST);
        let temporary = dir.join(format!("{MANIFEST}.tmp-{}", std::process::id()));
        let mut attempts = 0;
        let written = loop {
            let written = write_new(&temporary, text.as_bytes());
            attempts += 1;
            match written {
                Ok(meta) if newest.is_some_and(|n| n >= Stamp::of(&meta).mtime) && attempts < 5 => {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                other => break other,
            }
        };
        // A folder in its place (made by hand) would stop the rename.
        let written = written.and_then(|meta| {
            if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
                super::replace::remove_tree(&path)?;
            }
            std::fs::rename(&temporary, &path).map(|()| meta)
        });
        match written {
            Ok(meta) => {
                self.written_at = Stamp::of(&meta).mtime;
                Ok(())
            }
            Err(e) => {
                let _ = std::fs::remove_file(&temporary);
                Err(Error::io(&path, e))
            }
        }
    }
}

/// Writes a new file at `path`, never through a link there: whatever has the name is
/// removed first, and the file is created only if nothing has it.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<Metadata> {
    super::replace::remove_tree(path)?;
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.metadata()
}

fn parse_line(line: &str) -> Option<(String, Entry)> {
    let mut parts = line.splitn(6, ' ');
    let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
    let size = parts.next()?.parse().ok()?;
    let mtime = parts.next()?.parse().ok()?;
    let ctime = parts.next()?.parse().ok()?;
    let ino = parts.next()?.parse().ok()?;
    let path = parts.next()?.to_string();
    let stamp = Stamp {
        size,
        mtime,
        ctime,
        ino,
    };
    Some((path, Entry { stamp, hash }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_manifest_reads_back_and_trusts_only_matching_stamps() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a b.html");
        std::fs::write(&file, b"hello").unwrap();
        let stamp = Stamp::of(&std::fs::metadata(&file).unwrap());
        let mut manifest = Manifest::default();
        let entry = Entry {
            stamp,
            hash: hash(b"hello"),
        };
        manifest.entries.insert("a b.html".into(), entry);
        // Written in a later clock tick than the file, so the entry is not racy.
        std::thread::sleep(std::time::Duration::from_millis(20));
        manifest.write(dir.path()).unwrap();
        let read = Manifest::read(dir.path());
        assert_eq!(read.known_hash("a b.html", &stamp), Some(hash(b"hello")));
        let other = Stamp { size: 6, ..stamp };
        assert_eq!(read.known_hash("a b.html", &other), None);
        assert_eq!(read.known_hash("missing", &stamp), None);
    }

    #[test]
    fn a_file_as_new_as_the_manifest_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifest = Manifest::default();
        manifest.write(dir.path()).unwrap();
        let read = Manifest::read(dir.path());
        let stamp = Stamp {
            size: 1,
            mtime: read.written_at,
            ctime: read.written_at,
            ino: 1,
        };
        let mut racy = read.clone();
        racy.entries.insert("x".into(), Entry { stamp, hash: 7 });
        assert_eq!(racy.known_hash("x", &stamp), None);
    }

    #[test]
    fn a_damaged_manifest_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MANIFEST), "not a manifest\n").unwrap();
        assert!(Manifest::read(dir.path()).entries.is_empty());
        std::fs::write(dir.path().join(MANIFEST), format!("{HEADER}\nzz 1 2\n")).unwrap();
        assert!(Manifest::read(dir.path()).entries.is_empty());
    }
}
