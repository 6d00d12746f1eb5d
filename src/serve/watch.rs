//! Watches the site's sources through a debouncer and hands the changed paths to the rebuild
//! thread. Only `site.yaml` and the source folders count: the output folder, the build's
//! temporary folders and editors' scratch files never cause a rebuild.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_full::notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::notify::{self, EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer,
};

use super::rebuild::Message;

/// The folders under the root that the site is made of.
const SOURCES: [&str; 5] = ["content", "locales", "templates", "themes", "static"];
const CONFIG: &str = "site.yaml";
/// Short enough to feel instant; the many events of one save arrive within it.
const DEBOUNCE: Duration = Duration::from_millis(20);

/// The running watcher; dropping it stops watching.
pub(crate) struct Watch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    /// The source folders watched now.
    watched: Vec<PathBuf>,
}

impl Watch {
    /// Watches `root` (an absolute path) and its source folders; batches of changed sources
    /// go to `messages`.
    pub(crate) fn new(root: &Path, messages: Sender<Message>) -> Result<Watch, notify::Error> {
        let filter_root = root.to_path_buf();
        let handler = move |result: DebounceEventResult| match result {
            Ok(events) => {
                let changed: Vec<PathBuf> = events
                    .into_iter()
                    .filter(is_change)
                    .flat_map(|event| event.event.paths)
                    .filter(|path| is_source(&filter_root, path))
                    .collect();
                if !changed.is_empty() {
                    let _ = messages.send(Message::Changed(changed));
                }
            }
            Err(errors) => {
                for err in errors {
                    eprintln!("warning: watching for changes: {err}");
                }
            }
        };
        let mut debouncer = new_debouncer(DEBOUNCE, None, handler)?;
        // The root alone, not recursively: it holds site.yaml, and the output folder must
        // not be watched. Source folders created later show up here too.
        debouncer.watch(root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch {
            debouncer,
            root: root.to_path_buf(),
            watched: Vec::new(),
        };
        watch.refresh();
        Ok(watch)
    }

    /// Starts watching source folders created since the last call and forgets removed ones.
    /// Returns the files already inside newly watched folders: they may have been written
    /// before the watch began, so they count as changed.
    pub(crate) fn refresh(&mut self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for name in SOURCES {
            let dir = self.root.join(name);
            let watching = self.watched.contains(&dir);
            if dir.is_dir() && !watching {
                match self.debouncer.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        found.extend(files_in(&dir));
                        self.watched.push(dir);
                    }
                    Err(err) => eprintln!("warning: cannot watch {}: {err}", dir.display()),
                }
            } else if !dir.is_dir() && watching {
                let _ = self.debouncer.unwatch(&dir);
                self.watched.retain(|d| *d != dir);
            }
        }
        found
    }
}

fn files_in(dir: &Path) -> impl Iterator<Item = PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
}

/// Whether an event changed a file: the build itself opens and reads every source, and
/// those reads must not start another build.
fn is_change(event: &DebouncedEvent) -> bool {
    match event.event.kind {
        EventKind::Access(kind) => kind == AccessKind::Close(AccessMode::Write),
        _ => true,
    }
}

/// Whether a change to `path` can change the site.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = relative.components();
    let Some(Component::Normal(first)) = parts.next() else {
        return false;
    };
    let counts = if first == CONFIG {
        parts.next().is_none()
    } else {
        SOURCES.iter().any(|s| first == *s)
    };
    counts && !path.file_name().is_some_and(is_scratch)
}

/// Files that editors and tools write beside the real ones: vim's swap files and its
/// `4913` write test, backups ending in `~`, Emacs locks, the build's own temporary folders.
fn is_scratch(name: &OsStr) -> bool {
    let name = name.to_string_lossy();
    [".swp", ".swx", ".swo", "~"]
        .iter()
        .any(|end| name.ends_with(end))
        || name == "4913"
        || name.starts_with(".#")
        || crate::write::is_temporary(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_count_and_output_and_scratch_files_do_not() {
        let root = Path::new("/site");
        let counts = |p: &str| is_source(root, Path::new(p));
        assert!(counts("/site/site.yaml"));
        assert!(counts("/site/content/news/release.fi.md"));
        assert!(
            counts("/site/content"),
            "a source folder created or removed"
        );
        assert!(counts("/site/themes/default/templates/page.html"));
        assert!(counts("/site/static/logo.svg"));
        assert!(!counts("/site/public/index.html"));
        assert!(!counts("/site/public"));
        assert!(!counts("/site/.public.tmp-123/fi/index.html"));
        assert!(!counts("/site/.public.old-123"));
        assert!(!counts("/site/README.md"));
        assert!(!counts("/site/site.yaml/x"));
        assert!(!counts("/site"));
        assert!(!counts("/elsewhere/content/a.md"));
        assert!(!counts("/site/content/.release.fi.md.swp"));
        assert!(!counts("/site/content/release.fi.md~"));
        assert!(!counts("/site/content/4913"));
        assert!(!counts("/site/content/.#release.fi.md"));
    }
}
