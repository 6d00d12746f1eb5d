//! When each file last changed: from git commits when the site is in a git repository that
//! tracks it, else from front matter dates, else from the file system.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};

use jiff::Timestamp;

use super::{ChangeSource, slash_path};
use crate::load::{CONTENT_DIR, Source};

/// The last commit time of every file under `content/` that git has ever committed, keyed by
/// its path relative to `root` with `/` separators. `None` when git is not installed, `root`
/// is not in a work tree, or the history cannot be read.
pub(crate) fn git_times(root: &Path) -> Option<HashMap<String, Timestamp>> {
    let inside = git(root, &["rev-parse", "--is-inside-work-tree"])?;
    if inside.trim_ascii() != b"true" {
        return None;
    }
    // One pass over the history. `--relative` names files relative to `root` and leaves out
    // the rest of the repository; `-z` keeps names with spaces, ä, ö and å as they are.
    let log = git(
        root,
        &[
            "-c",
            "core.quotepath=off",
            "-c",
            "log.showSignature=false",
            "log",
            "--no-color",
            "--format=%x00%ct",
            "--name-only",
            "-z",
            "--relative",
            "--",
            CONTENT_DIR,
        ],
    )?;
    Some(parse_log(&log))
}

/// Runs `git -C root <args>` and returns its output when it succeeds.
fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

/// Reads `git log --format=%x00%ct --name-only -z` output: NUL-separated fields where a field
/// of digits is a commit time and any other field (after the newline git puts before a
/// commit's first name) a file changed in that commit. A file's name cannot be all digits
/// because every name starts with `content/`. Each file keeps its latest time.
pub(crate) fn parse_log(log: &[u8]) -> HashMap<String, Timestamp> {
    let mut times: HashMap<String, Timestamp> = HashMap::new();
    let mut commit: Option<Timestamp> = None;
    for field in log.split(|&b| b == 0) {
        let field = field.strip_prefix(b"\n").unwrap_or(field);
        if field.is_empty() {
            continue;
        }
        if field.iter().all(u8::is_ascii_digit) {
            commit = std::str::from_utf8(field)
                .ok()
                .and_then(|s| s.parse::<i64>().ok())
                .and_then(|s| Timestamp::from_second(s).ok());
            continue;
        }
        let (Some(time), Ok(name)) = (commit, std::str::from_utf8(field)) else {
            continue;
        };
        times
            .entry(name.to_string())
            .and_modify(|t| *t = (*t).max(time))
            .or_insert(time);
    }
    times
}

/// The change time of each page of a group (per language; `None` where there is no page or
/// its time is unknown) and where the times came from. Without git, front matter decides
/// when every page of the group states `updated` or `date`; else modification times do, so
/// that the pages of one group are always compared by one clock.
pub(crate) fn times(
    git: Option<&HashMap<String, Timestamp>>,
    root: &Path,
    pages: &[Option<&Source>],
) -> (ChangeSource, Vec<Option<Timestamp>>) {
    if let Some(git) = git {
        // An untracked file has no commit yet; its time stays unknown rather than borrowing
        // a modification time, which cannot be compared with commit times.
        let times = pages
            .iter()
            .map(|p| p.and_then(|p| git.get(&slash_path(p.path())).copied()))
            .collect();
        return (ChangeSource::Git, times);
    }
    // A date a translation took from its original says nothing of when it was written.
    let stated = |page: &Source| {
        let own_date = page.date.as_ref().filter(|_| !page.inherited);
        page.updated.as_ref().or(own_date).map(|d| d.timestamp)
    };
    if pages.iter().flatten().all(|p| stated(p).is_some()) {
        let times = pages.iter().map(|p| p.and_then(stated)).collect();
        return (ChangeSource::FrontMatter, times);
    }
    let modified = |page: &Source| {
        let meta = std::fs::metadata(root.join(page.path())).ok()?;
        Timestamp::try_from(meta.modified().ok()?).ok()
    };
    let times = pages.iter().map(|p| p.and_then(modified)).collect();
    (ChangeSource::ModificationTime, times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_log_keeps_each_files_latest_commit() {
        let log = b"\x001700000300\x00\ncontent/x.sv.md\x00\x001700000100\x00\ncontent/ty\xc3\xb6 el\xc3\xa4m\xc3\xa4.fi.md\x00content/x.sv.md\x00";
        let times = parse_log(log);
        let second = |name: &str| times.get(name).map(|t| t.as_second());
        assert_eq!(second("content/x.sv.md"), Some(1_700_000_300));
        assert_eq!(second("content/työ elämä.fi.md"), Some(1_700_000_100));
        assert_eq!(times.len(), 2);
    }

    #[test]
    fn git_log_noise_is_ignored() {
        assert!(parse_log(b"").is_empty());
        // A name before any commit time, a time too large and a non-UTF-8 name.
        let times = parse_log(b"content/a.md\x00\x0099999999999999999999\x00\ncontent/b.md\x00\x001\x00\ncontent/\xff.md\x00");
        assert!(times.is_empty(), "{times:?}");
    }
}
