//! Writes the output atomically: everything goes to a temporary folder beside the output,
//! which replaces the old output only when all of it was written.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::render::Output;
use crate::theme::ThemeFile;

/// Asks whether the build should stop (a signal arrived).
pub(crate) type Cancel<'a> = &'a (dyn Fn() -> bool + Sync);

/// Writes `outputs` and the static files into `out`, replacing what was there. When
/// `cancel` says so before the swap, the temporary folder is removed and `out` is untouched.
pub(crate) fn write(
    out: &Path,
    statics: &[ThemeFile],
    outputs: &[Output],
    cancel: Cancel,
) -> Result<(), Error> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = fill(&staging, statics, outputs, cancel).and_then(|()| {
        if cancel() {
            return Err(Error::Interrupted);
        }
        swap(&staging, out, &parent, &name)
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn fill(
    staging: &Path,
    statics: &[ThemeFile],
    outputs: &[Output],
    cancel: Cancel,
) -> Result<(), Error> {
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    }
    std::fs::create_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    // Static files first, in order, so the site's replace the theme's; pages last.
    for file in statics {
        let relative = file
            .relative
            .strip_prefix("static/")
            .unwrap_or(&file.relative);
        put(&staging.join(relative), &file.bytes)?;
    }
    outputs.par_iter().try_for_each(|output| {
        if cancel() {
            return Err(Error::Interrupted);
        }
        put(&staging.join(&output.path), &output.bytes)
    })
}

fn put(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}

fn swap(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<(), Error> {
    if !out.exists() {
        return std::fs::rename(staging, out).map_err(|e| Error::io(out, e));
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
    if let Err(e) = std::fs::rename(staging, out) {
        // Put the previous output back so the site is never left without one.
        let _ = std::fs::rename(&old, out);
        return Err(Error::io(out, e));
    }
    std::fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))
}
