//! The cache folder: a folder per image key holding its variants and, written last,
//! `info.json`, so an entry without it is unfinished and is never used.

use std::io;
use std::path::{Path, PathBuf};

use super::{CacheError, ImageInfo, Variant, plan};
use crate::cache::{self, file_size, real_folder, write_new};

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
        cache::folder(&self.site, &self.under, make)
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
