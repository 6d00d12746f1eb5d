//! Which folder a build may fill. kielo replaces only a folder it made itself (one holding
//! [`MARKER`]), an empty or new one, or, with `--force`, another folder the user gives up;
//! never the site folder, a folder above it or one of the site's sources, whatever the
//! flags. A symlinked output folder is written through: its target is the output, and the
//! link itself is never removed or replaced.

use std::path::{Component, Path, PathBuf};

use crate::error::{Code, Diagnostic, Error};
use crate::messages::{Text, text};

/// The file kielo writes into every output folder it makes, and into its temporary folders.
pub(crate) const MARKER: &str = ".kielo-output";

/// What the marker says to a person who opens it.
pub(crate) const MARKER_TEXT: &[u8] =
    b"This folder was made by kielo, which keeps it equal to the site on every build:\n\
files the site no longer makes, and files put here by hand, are removed.\n\
kielo never writes into a folder that has files but not this one.\n";

/// The site's own folders: no output may be one of them or inside one.
const SOURCES: [&str; 5] = ["content", "static", "templates", "locales", "themes"];

/// The output folder of a build.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// Absolute, with symlinks resolved (a symlinked `--out` is its target).
    pub(crate) dir: PathBuf,
    /// `dir` is a mount point, so it cannot be renamed: the new output replaces its contents.
    pub(crate) mount_point: bool,
}

/// Checks that `out` may be filled by a build of the site in `root`; `force` allows replacing
/// a folder that holds files kielo did not make.
pub(crate) fn resolve(root: &Path, out: &Path, force: bool) -> Result<Target, Error> {
    let site = root.canonicalize().map_err(|e| Error::io(root, e))?;
    let dir = real_path(out)?;
    if dir == site {
        return Err(refuse(out, text!("output-folder-is-site")));
    }
    if site.starts_with(&dir) {
        return Err(refuse(out, text!("output-folder-holds-site", site = &site)));
    }
    for source in SOURCES {
        let inside = site.join(source);
        let real = inside.canonicalize().unwrap_or_else(|_| inside.clone());
        if dir.starts_with(&inside) || dir.starts_with(&real) {
            return Err(refuse(
                out,
                text!("output-folder-in-sources", folder = source),
            ));
        }
    }
    match std::fs::metadata(&dir) {
        Ok(meta) if !meta.is_dir() => {
            return Err(refuse(out, text!("output-folder-is-file")));
        }
        Ok(_) if !force && !is_marked(&dir) && !is_empty(&dir)? => {
            return Err(Error::Input(vec![
                Diagnostic::error(
                    Code::OutputNotOurs,
                    out,
                    None,
                    text!("output-not-ours", marker = MARKER),
                )
                .with_hint(text!("output-not-ours-hint")),
            ]));
        }
        _ => {}
    }
    Ok(Target {
        mount_point: is_mount_point(&dir),
        dir,
    })
}

fn refuse(out: &Path, why: Text) -> Error {
    Error::Input(vec![
        Diagnostic::error(Code::OutputFolder, out, None, why)
            .with_hint(text!("output-folder-hint")),
    ])
}

/// Whether `dir` holds kielo's marker, as a file of its own (not a link).
pub(crate) fn is_marked(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

fn is_empty(dir: &Path) -> Result<bool, Error> {
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    Ok(entries.next().is_none())
}

/// `out` made absolute with its symlinks resolved, one part at a time; the parts that do not
/// exist yet are appended as written, `..` and `.` taken away.
fn real_path(out: &Path) -> Result<PathBuf, Error> {
    let absolute = std::path::absolute(out).map_err(|e| Error::io(out, e))?;
    let mut real = PathBuf::new();
    // How many of the last parts of `real` do not exist.
    let mut missing = 0;
    for part in absolute.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => real.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
                missing = usize::saturating_sub(missing, 1);
            }
            Component::Normal(name) => {
                real.push(name);
                if missing > 0 || std::fs::symlink_metadata(&real).is_err() {
                    missing += 1;
                    continue;
                }
                real = real.canonicalize().map_err(|_| {
                    let target = std::fs::read_link(&real).unwrap_or_default();
                    Error::Input(vec![
                        Diagnostic::error(
                            Code::OutputBrokenLink,
                            &real,
                            None,
                            text!("output-broken-link", target = &target),
                        )
                        .with_hint(text!("output-broken-link-hint")),
                    ])
                })?;
            }
        }
    }
    Ok(real)
}

#[cfg(unix)]
fn is_mount_point(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let parent = dir.parent().unwrap_or(dir);
    match (std::fs::metadata(dir), std::fs::metadata(parent)) {
        (Ok(dir), Ok(parent)) => dir.dev() != parent.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_mount_point(_dir: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn the_site_folder_is_refused_in_the_reader_s_language() {
        let site = tempfile::tempdir().unwrap();
        let Err(Error::Input(problems)) = resolve(site.path(), site.path(), true) else {
            panic!("the site folder was accepted as the output");
        };
        let message = &problems[0].message;
        assert_eq!(
            message.english(),
            "the output folder is the site folder: building into it would delete the site's own files"
        );
        assert_eq!(
            Messages::new(Language::Fi).format(message),
            "kohdekansio on sivuston oma kansio: sinne rakentaminen poistaisi sivuston omat tiedostot"
        );
        assert_eq!(
            Messages::new(Language::Sv).format(message),
            "målmappen är webbplatsens egen mapp: att bygga i den skulle radera webbplatsens egna filer"
        );
    }

    #[test]
    fn missing_parts_are_appended_without_dots() {
        let base = std::env::temp_dir().canonicalize().unwrap();
        let path = base.join("kielo-no-such/../kielo-other/./x");
        assert_eq!(real_path(&path).unwrap(), base.join("kielo-other/x"));
    }
}
