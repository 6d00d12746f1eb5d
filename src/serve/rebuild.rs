//! The rebuild thread: owns the [`Session`], runs the first build, then one rebuild per
//! burst of changes, and publishes each outcome for the live-reload streams.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::watch;

use super::reload::Status;
use super::say;
use super::watch::Watch;
use crate::messages::{Messages, text};
use crate::{Diagnostic, Error, Session};

/// What the rebuild thread is told.
pub(crate) enum Message {
    /// These files were created, changed or removed.
    Changed(Vec<PathBuf>),
    /// The server is stopping.
    Stop,
}

/// The debouncer hands over one batch per quiet path; batches that follow each other this
/// closely belong to one burst (a `git checkout`, an editor saving several files).
const SETTLE: Duration = Duration::from_millis(20);
/// A steady stream of changes still rebuilds at least this often.
const MAX_SETTLE: Duration = Duration::from_secs(1);

/// The running rebuild thread.
pub(crate) struct Rebuilder {
    pub(crate) thread: JoinHandle<()>,
    messages: Sender<Message>,
}

impl Rebuilder {
    /// Asks the thread to end after the rebuild in progress, if any (which the cancel flag of
    /// its build options stops early).
    pub(crate) fn stop(&self) {
        let _ = self.messages.send(Message::Stop);
    }
}

/// Starts watching the site's sources and the thread that builds it, first in full.
pub(crate) fn start(
    session: Session,
    root: &Path,
    status: watch::Sender<Status>,
    words: Arc<Messages>,
) -> Result<Rebuilder, Error> {
    let (messages, inbox) = mpsc::channel();
    // Changed paths are absolute, as the session expects.
    let root = root
        .canonicalize()
        .or_else(|_| std::path::absolute(root))
        .unwrap_or_else(|_| root.to_path_buf());
    let sender = messages.clone();
    let thread = std::thread::Builder::new()
        .name("kielo rebuild".into())
        .spawn(move || {
            // Set up here, not on the server's threads: it walks the source folders.
            let watch = match Watch::new(&root, sender) {
                Ok(watch) => Some(watch),
                Err(err) => {
                    let root = root.as_path();
                    let reason = err.to_string();
                    eprintln!(
                        "{}",
                        words.format(&text!("serve-cannot-watch", folder = root, reason = reason))
                    );
                    None
                }
            };
            run(session, watch, &inbox, &status, &words);
        })
        .map_err(|e| Error::usage(text!("serve-no-thread", reason = e.to_string())))?;
    Ok(Rebuilder { thread, messages })
}

fn run(
    mut session: Session,
    mut watch: Option<Watch>,
    inbox: &Receiver<Message>,
    status: &watch::Sender<Status>,
    messages: &Messages,
) {
    let mut shown = Vec::new();
    // Whether a good build is being served, for the overlay's words.
    let mut built = false;
    match session.build() {
        Ok(report) => {
            built = true;
            show_warnings(&mut shown, report.warnings.clone(), messages);
            say(&report.summary(messages));
            publish(status, None, session.url_prefix());
        }
        Err(Error::Interrupted) => return,
        Err(err) => publish(status, Some(failed(&err, messages, built)), None),
    }
    while let Some(mut changed) = next_burst(inbox) {
        if let Some(watch) = &mut watch {
            changed.extend(watch.refresh());
            changed.sort();
            changed.dedup();
        }
        let started = Instant::now();
        match session.rebuild(&changed) {
            Ok(report) => {
                built = true;
                show_warnings(&mut shown, report.warnings, messages);
                let ms = started.elapsed().as_millis();
                let line = text!("serve-rebuilt", ms = ms as u64, files = changed.len());
                say(&messages.format(&line));
                publish(status, None, session.url_prefix());
            }
            Err(Error::Interrupted) => return,
            Err(err) => publish(status, Some(failed(&err, messages, built)), None),
        }
    }
}

/// Waits for changes, then gathers the batches that follow within [`SETTLE`], so a burst
/// rebuilds once. `None` when the server stops.
fn next_burst(inbox: &Receiver<Message>) -> Option<Vec<PathBuf>> {
    let mut changed = BTreeSet::new();
    match inbox.recv() {
        Ok(Message::Changed(paths)) => changed.extend(paths),
        Ok(Message::Stop) | Err(_) => return None,
    }
    let deadline = Instant::now() + MAX_SETTLE;
    loop {
        let wait = SETTLE.min(deadline.saturating_duration_since(Instant::now()));
        match inbox.recv_timeout(wait) {
            Ok(Message::Changed(paths)) => changed.extend(paths),
            Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => return Some(changed.into_iter().collect()),
        }
    }
}

/// Prints the error in the terminal and gives the live-reload streams its diagnostics.
fn failed(err: &Error, messages: &Messages, built: bool) -> Arc<str> {
    eprintln!("{}", err.render(messages));
    eprintln!("{}", messages.format(&text!("serve-goes-on")));
    super::reload::error_data(err, messages, built)
}

/// Publishes a build's outcome; `prefix` is the URL path of a good build's site, `None` after
/// a failed build, which keeps the last good one.
fn publish(status: &watch::Sender<Status>, failure: Option<Arc<str>>, prefix: Option<&str>) {
    // `send_modify` notifies even when no browser is listening yet.
    status.send_modify(|s| {
        s.builds += 1;
        s.failure = failure;
        if let Some(prefix) = prefix {
            s.prefix = prefix.into();
        }
    });
}

/// Prints the warnings when they differ from the last ones printed: the same warnings on
/// every save would bury the line that matters.
fn show_warnings(shown: &mut Vec<Diagnostic>, warnings: Vec<Diagnostic>, messages: &Messages) {
    if *shown != warnings {
        for line in crate::error::printed(&warnings, messages) {
            eprintln!("{line}");
        }
        *shown = warnings;
    }
}
