//! kielo's own files in the site's `.kielo-cache/` folder: processed pictures, and the
//! record of the addresses the last build published. The folder is kielo's, but it sits in
//! the user's site: nothing in it is read or written through a link, so a link planted
//! there cannot make kielo read or overwrite a file elsewhere.

use std::fs::OpenOptions;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

/// The folder, in the site folder, where kielo keeps what it made between builds.
pub(crate) const DIR: &str = ".kielo-cache";

/// The folder `site/under` (`under` relative, such as `.kielo-cache/images`), its missing
/// parts made if `make`; `None` if a part is a link or not a folder.
pub(crate) fn folder(site: &Path, under: &Path, make: bool) -> Option<PathBuf> {
    let mut path = site.to_path_buf();
    for part in under.components() {
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

/// Whether `path` is a folder and not a link to one; if it is missing and `make`, it is
/// made (its parent is known to be a real folder).
pub(crate) fn real_folder(path: &Path, make: bool) -> bool {
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
pub(crate) fn file_size(path: &Path) -> Option<u64> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    meta.is_file().then_some(meta.len())
}

/// The bytes of the file at `path` when it is a file, not a link, and at most `limit`
/// bytes long.
pub(crate) fn read(path: &Path, limit: u64) -> Option<Vec<u8>> {
    if file_size(path)? > limit {
        return None;
    }
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).ok()?;
    file.take(limit + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

/// Keeps `data` as the file `name` of `.kielo-cache/` in the site folder `site`, made if
/// missing; nothing is written when the file holds these bytes already, and nothing through
/// a link.
pub(crate) fn keep(site: &Path, name: &str, data: &[u8], limit: u64) -> io::Result<()> {
    let dir = folder(site, Path::new(DIR), true).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotADirectory,
            format!("{DIR} is a link or not a folder"),
        )
    })?;
    if read(&dir.join(name), limit).as_deref() == Some(data) {
        return Ok(());
    }
    write_new(&dir, name, data)
}

/// Writes `data` to `dir/name` through a temporary file renamed over it, so the name never
/// holds part of a file, and a link at the name is replaced, not written through.
pub(crate) fn write_new(dir: &Path, name: &str, data: &[u8]) -> io::Result<()> {
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
