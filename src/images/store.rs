//! The cache folder: a folder per image key holding its variants and, written last,
//! `info.json`, so an entry without it is unfinished and is never used.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use super::{CacheError, ImageInfo, Variant, plan};

const INFO: &str = "info.json";

pub(super) struct Store {
    site: PathBuf,
    under: PathBuf,
}

impl Store {
    pub(super) fn new(site: &Path, under: &Path) -> Store {
        Store {
            site: site.to_path_buf(),
            under: under.to_path_buf(),
        }
    }

    /// The cache folder, its missing parts made if `make`; `None` if a part is a link or
    /// not a folder, so nothing is read or written where a link points.
    fn folder(&self, make: bool) -> Option<PathBuf> {
        let mut path = self.site.clone();
        for part in self.under.components() {
            // `..` or a root would lead out of the site.
            let Component::Normal(name) = part else {
                return None;
            };
            path.push(name);
            if !real_folder(&path, make) {
                return None;
            }
        }
        Some(path)
    }

    /// The entry for `key`, if it is whole: its `info.json` reads, lists what an image of
    /// its size is made into, and each variant is there with the recorded size.
    pub(super) fn load(&self, key: &str) -> Option<ImageInfo> {
        let entry = self.folder(false)?.join(key);
        if !real_folder(&entry, false) {
            return None;
        }
        let info_path = entry.join(INFO);
        file_size(&info_path)?;
        let info: ImageInfo = serde_json::from_slice(&std::fs::read(info_path).ok()?).ok()?;
        if info.key != key || info.width == 0 || info.height == 0 {
            return None;
        }
        // Comparing with the plan also keeps the file names to the few kielo writes.
        let planned = plan(info.width, info.height, info.fallback);
        let whole = info.variants.len() == planned.len()
            && info
                .variants
                .iter()
                .zip(&planned)
                .all(|(variant, planned)| {
                    *variant
                        == Variant {
                            size: variant.size,
                            ..planned.clone()
                        }
                        && file_size(&entry.join(&variant.file)) == Some(variant.size)
                });
        whole.then_some(info)
    }

    /// Writes the entry of `info`, whose variants' bytes are `contents`. Several threads or
    /// builds may write the same entry at once: each writes its own temporary files and
    /// renames them over the others', and the bytes are the same.
    pub(super) fn save(&self, info: &ImageInfo, contents: &[Vec<u8>]) -> io::Result<()> {
        let entry = self.folder(true).ok_or_else(not_a_folder)?.join(&info.key);
        if !real_folder(&entry, true) {
            return Err(not_a_folder());
        }
        for (variant, data) in info.variants.iter().zip(contents) {
            write_new(&entry, &variant.file, data)?;
        }
        write_new(&entry, INFO, &serde_json::to_vec_pretty(info)?)
    }

    /// The bytes of `variant` of the stored entry of `info`.
    pub(super) fn read(&self, info: &ImageInfo, variant: &Variant) -> Result<Vec<u8>, CacheError> {
        let entry = self
            .folder(false)
            .ok_or(CacheError::Changed)?
            .join(&info.key);
        if !real_folder(&entry, false) {
            return Err(CacheError::Changed);
        }
        let path = entry.join(&variant.file);
        if file_size(&path) != Some(variant.size) {
            return Err(CacheError::Changed);
        }
        std::fs::read(path).map_err(CacheError::Io)
    }
}

fn not_a_folder() -> io::Error {
    io::Error::new(
        io::ErrorKind::NotADirectory,
        "a part of the image cache is a link or not a folder",
    )
}

/// Whether `path` is a folder and not a link to one; if it is missing and `make`, it is
/// made (its parent is known to be a real folder).
fn real_folder(path: &Path, make: bool) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => meta.is_dir(),
        Err(e) if make && e.kind() == io::ErrorKind::NotFound => {
            // Another thread may make it at the same moment; what is there is checked again.
            let _ = std::fs::create_dir(path);
            std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_dir())
        }
        Err(_) => false,
    }
}

/// The size of the file at `path`, if it is a file and not a link.
fn file_size(path: &Path) -> Option<u64> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    meta.is_file().then_some(meta.len())
}

/// Writes `data` to `dir/name` through a temporary file renamed over it, so the name never
/// holds part of a file, and a link at the name is replaced, not written through.
fn write_new(dir: &Path, name: &str, data: &[u8]) -> io::Result<()> {
    // Unique among running writers: one process id, one thread, one file at a time.
    let thread = format!("{:?}", std::thread::current().id());
    let thread: String = thread.chars().filter(char::is_ascii_digit).collect();
    let temp = dir.join(format!(".{name}.{}-{thread}.tmp", std::process::id()));
    let written = write_temp(&temp, data).and_then(|()| std::fs::rename(&temp, dir.join(name)));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn write_temp(temp: &Path, data: &[u8]) -> io::Result<()> {
    let create = || OpenOptions::new().write(true).create_new(true).open(temp);
    let mut file = match create() {
        // Left by a writer that died, whose process id is now this one's.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(temp)?;
            create()?
        }
        file => file?,
    };
    file.write_all(data)
}
