//! Reading the site's files. Every file kielo reads is a regular file inside the site folder
//! once its symlinks are resolved (the theme is a folder under `themes/`, so inside too), and
//! no larger than a cap: a pull request that adds a link to `/etc/passwd` or
//! `/proc/self/environ` must not get it published, and a `site.yaml` that is a pipe or
//! `/dev/zero` must not hang the build.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Code, Diagnostic, Error};
use crate::messages::text;

/// The most kielo reads of `site.yaml`.
pub(crate) const CONFIG_LIMIT: u64 = 1 << 20;
/// The most kielo reads of a page, template or `.ftl` file.
pub(crate) const TEXT_LIMIT: u64 = 64 << 20;
/// The most kielo reads of a static file.
pub(crate) const STATIC_LIMIT: u64 = 1 << 30;

/// The site folder, within which every read stays.
#[derive(Debug, Clone)]
pub(crate) struct SiteDir {
    /// As given, to join paths to and to name files by.
    root: PathBuf,
    /// Absolute, with symlinks resolved.
    real: PathBuf,
}

impl SiteDir {
    pub(crate) fn new(root: &Path) -> Result<SiteDir, Error> {
        let real = root.canonicalize().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::usage(text!("read-no-folder", folder = root)),
            _ => Error::io(root, e),
        })?;
        Ok(SiteDir {
            root: root.to_path_buf(),
            real,
        })
    }

    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// `path` relative to the site folder, for messages.
    pub(crate) fn shown(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }

    /// An error unless `path`, with its links resolved, is inside the site folder.
    pub(crate) fn check_inside(&self, path: &Path) -> Result<(), Diagnostic> {
        let real = path.canonicalize().map_err(|e| self.unreadable(path, &e))?;
        if real.starts_with(&self.real) {
            return Ok(());
        }
        let target = std::fs::read_link(path).unwrap_or(real);
        Err(Diagnostic::error(
            Code::FileLinkOutside,
            self.shown(path),
            None,
            text!("file-link-outside", target = &target),
        )
        .with_hint(text!("file-link-outside-hint")))
    }

    /// The bytes of the file `path` (below the site folder), at most `limit` of them.
    pub(crate) fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
        let mut meta = std::fs::symlink_metadata(path).map_err(|e| self.unreadable(path, &e))?;
        if meta.file_type().is_symlink() {
            self.check_inside(path)?;
            meta = std::fs::metadata(path).map_err(|e| self.unreadable(path, &e))?;
        }
        if !meta.is_file() {
            return Err(self.not_regular(path));
        }
        let too_big = || {
            Diagnostic::error(
                Code::FileTooLarge,
                self.shown(path),
                None,
                text!("file-too-large", megabytes = limit >> 20),
            )
            .with_hint(text!("file-too-large-hint"))
        };
        if meta.len() > limit {
            return Err(too_big());
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        std::fs::File::open(path)
            .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|e| self.unreadable(path, &e))?;
        if bytes.len() as u64 > limit {
            return Err(too_big());
        }
        Ok(bytes)
    }

    /// Every entry below `dir` but folders, in name order, following the links that stay
    /// inside the site. A link that leads out of it, or that loops, goes to `problems` and
    /// is not followed. Nothing when `dir` does not exist.
    pub(crate) fn walk(
        &self,
        dir: &Path,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<walkdir::DirEntry> {
        match std::fs::symlink_metadata(dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => {
                problems.push(self.unreadable(dir, &e));
                return Vec::new();
            }
            Ok(_) => {}
        }
        if let Err(problem) = self.check_inside(dir) {
            problems.push(problem);
            return Vec::new();
        }
        let mut entries = Vec::new();
        let mut walk = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walk.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    problems.push(self.walk_error(dir, &err));
                    continue;
                }
            };
            if entry.depth() > 0
                && entry.path_is_symlink()
                && let Err(problem) = self.check_inside(entry.path())
            {
                problems.push(problem);
                if entry.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            if !entry.file_type().is_dir() {
                entries.push(entry);
            }
        }
        entries
    }

    fn walk_error(&self, dir: &Path, err: &walkdir::Error) -> Diagnostic {
        let path = err.path().unwrap_or(dir);
        if err.loop_ancestor().is_some() {
            return Diagnostic::error(
                Code::FileLinkLoop,
                self.shown(path),
                None,
                text!("file-link-loop"),
            )
            .with_hint(text!("file-link-loop-hint"));
        }
        match err.io_error() {
            Some(io) => self.unreadable(path, io),
            None => self.unreadable(path, &std::io::Error::other(err.to_string())),
        }
    }

    /// Something that is not a folder where a folder was expected.
    pub(crate) fn not_regular_folder(&self, path: &Path) -> Diagnostic {
        Diagnostic::error(
            Code::FileNotFolder,
            self.shown(path),
            None,
            text!("file-not-folder"),
        )
        .with_hint(text!("file-not-folder-hint"))
    }

    /// A file that is a folder, pipe, device or socket where a file was expected.
    pub(crate) fn not_regular(&self, path: &Path) -> Diagnostic {
        let what = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => "folder",
            _ => "special",
        };
        Diagnostic::error(
            Code::FileNotRegular,
            self.shown(path),
            None,
            text!("file-not-regular", kind = what),
        )
        .with_hint(text!("file-not-regular-hint"))
    }

    pub(crate) fn unreadable(&self, path: &Path, err: &std::io::Error) -> Diagnostic {
        let dangling = err.kind() == std::io::ErrorKind::NotFound
            && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if dangling {
            let target = std::fs::read_link(path).unwrap_or_default();
            return Diagnostic::error(
                Code::FileBrokenLink,
                self.shown(path),
                None,
                text!("file-broken-link", target = &target),
            )
            .with_hint(text!("file-broken-link-hint"));
        }
        Diagnostic::error(
            Code::FileUnreadable,
            self.shown(path),
            None,
            text!("file-unreadable", reason = err.to_string()),
        )
        .with_hint(text!("file-unreadable-hint"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn a_folder_where_a_file_belongs_is_named_in_each_language() {
        let dir = tempfile::tempdir().unwrap();
        let site = SiteDir::new(dir.path()).unwrap();
        std::fs::create_dir(dir.path().join("page.fi.md")).unwrap();
        let problem = site.not_regular(&dir.path().join("page.fi.md"));
        assert_eq!(problem.path, Path::new("page.fi.md"));
        assert_eq!(problem.message, "is not a regular file but a folder");
        let words = |language| Messages::new(language).format(&problem.message);
        assert_eq!(
            words(Language::Fi),
            "ei ole tavallinen tiedosto vaan kansio"
        );
        assert_eq!(words(Language::Sv), "är inte en vanlig fil utan en mapp");
        let missing = SiteDir::new(&dir.path().join("nothing")).unwrap_err();
        let finnish = missing.render(&Messages::new(Language::Fi));
        assert!(finnish.starts_with("kansiota "), "{finnish}");
    }
}
