//! The record of the addresses the last public build published, kept in
//! `.kielo-cache/addresses.json` so that the next build and `check` can tell which addresses
//! went away.
//!
//! In the site's own `.kielo-cache/` rather than in the output folder's manifest: `check` and
//! `translations` write no output and may not know where it went (`--out`), one site may be
//! built into several output folders (previews), and the manifest is left alone when no
//! output file changed. Deleting the folder only forgets what was published.

use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::successor::Why;
use crate::cache;

/// The file under `.kielo-cache/`: a first line `{"kielo-addresses": 1}` naming the format's
/// version, then one JSON object per address and line, so that it can be read with `grep`.
const FILE: &str = "addresses.jsonl";
/// The format's version: a record of another version is not read, and the next build
/// writes a new one.
const VERSION: u32 = 1;
/// Far more than any site's record; a larger file is not kielo's.
const LIMIT: u64 = 256 << 20;

/// One published address: a page's own, or one of its aliases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Entry {
    /// From the output folder's root, as `aliases` are written: `/fi/uutiset/x/`.
    pub(super) address: String,
    /// The language code of the page.
    pub(super) lang: String,
    /// The page's file, relative to the site folder with `/` separators.
    pub(super) file: String,
    /// The page's folder under `content/` and its name (see `load::Source`).
    pub(super) folder: String,
    pub(super) name: String,
    /// The page's translation group (`load::publish::group_key`).
    pub(super) group: String,
    pub(super) title: String,
    /// Whether the address is one of the page's aliases rather than its own.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) alias: bool,
    /// When a build first found the address gone (RFC 3339); none while it is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) removed: Option<String>,
    /// The file of the page that most likely took its place, and why, as the build that
    /// found it gone judged: later builds know that page too, and can no longer tell it new.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) successor: Option<(String, Why)>,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Entry {
    /// When the address was found gone, if it was.
    pub(super) fn removed_at(&self) -> Option<jiff::Timestamp> {
        self.removed.as_deref()?.parse().ok()
    }
}

/// The first line of the file.
#[derive(Serialize, Deserialize)]
struct Header {
    #[serde(rename = "kielo-addresses")]
    version: u32,
}

/// The addresses, sorted by address and language.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub(super) addresses: Vec<Entry>,
}

impl Record {
    pub(super) fn new(mut addresses: Vec<Entry>) -> Record {
        // A page's removed address and the alias that now keeps it are two entries.
        fn key(e: &Entry) -> (&str, &str, bool, bool) {
            (&e.address, &e.lang, e.alias, e.removed.is_some())
        }
        addresses.sort_by(|a, b| key(a).cmp(&key(b)));
        addresses.dedup_by(|a, b| key(a) == key(b));
        Record { addresses }
    }

    /// The record in the site folder `root`; an empty one when there is none, or it is a
    /// link, damaged or of another version: it is only a memory, and the next build
    /// writes it again.
    pub(super) fn read(root: &Path) -> Record {
        let path = cache::folder(root, Path::new(cache::DIR), false).map(|dir| dir.join(FILE));
        let bytes = path.and_then(|path| cache::read(&path, LIMIT));
        bytes
            .and_then(|bytes| Record::from_bytes(&bytes))
            .unwrap_or_default()
    }

    fn from_bytes(bytes: &[u8]) -> Option<Record> {
        let mut lines = bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty());
        let header: Header = serde_json::from_slice(lines.next()?).ok()?;
        if header.version != VERSION {
            return None;
        }
        let addresses = lines.map(|line| serde_json::from_slice(line).ok());
        Some(Record {
            addresses: addresses.collect::<Option<_>>()?,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let header = Header { version: VERSION };
        let lines = std::iter::once(serde_json::to_vec(&header))
            .chain(self.addresses.iter().map(serde_json::to_vec));
        let mut bytes = Vec::new();
        for line in lines {
            // Plain strings and booleans always serialize.
            bytes.extend(line.unwrap_or_default());
            bytes.push(b'\n');
        }
        bytes
    }

    /// Writes the record into the site folder `root`, unless it holds these bytes already.
    pub(super) fn save(&self, root: &Path) -> io::Result<()> {
        cache::keep(root, FILE, &self.to_bytes(), LIMIT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(address: &str, lang: &str) -> Entry {
        Entry {
            address: address.into(),
            lang: lang.into(),
            file: "content/news/x.fi.md".into(),
            folder: "news".into(),
            name: "x".into(),
            group: "news/x".into(),
            title: "X".into(),
            alias: false,
            removed: None,
            successor: None,
        }
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let mut removed = entry("/fi/a/", "fi");
        removed.removed = Some("2026-03-01T10:00:00Z".into());
        removed.successor = Some(("content/news/y.fi.md".into(), Why::SameTitle));
        let record = Record::new(vec![entry("/sv/b/", "sv"), removed]);
        record.save(dir.path()).unwrap();
        let read = Record::read(dir.path());
        assert_eq!(read, record);
        assert_eq!(read.addresses[0].address, "/fi/a/");
        assert!(read.addresses[0].removed_at().is_some());
    }

    #[test]
    fn a_damaged_or_newer_record_is_no_record() {
        let damaged = b"{\"kielo-addresses\": 1}\n{\"address\": \"/fi/\"";
        assert_eq!(Record::from_bytes(damaged), None);
        assert_eq!(Record::from_bytes(b"{\"kielo-addresses\": 2}\n"), None);
        assert_eq!(Record::from_bytes(b""), None);
        let empty = Record::from_bytes(b"{\"kielo-addresses\": 1}\n");
        assert_eq!(empty, Some(Record::default()));
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Record::read(dir.path()), Record::default());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_neither_read_nor_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let theirs = Record::new(vec![entry("/fi/a/", "fi")]);
        theirs.save(elsewhere.path()).unwrap();
        let outside = elsewhere.path().join(cache::DIR);
        let cache_dir = dir.path().join(cache::DIR);

        // `.kielo-cache` a link out of the site: not read, not written.
        std::os::unix::fs::symlink(&outside, &cache_dir).unwrap();
        assert_eq!(Record::read(dir.path()), Record::default());
        assert!(Record::default().save(dir.path()).is_err());
        assert_eq!(Record::read(elsewhere.path()), theirs);

        // A link at the file's own name: not read, and replaced rather than written through.
        std::fs::remove_file(&cache_dir).unwrap();
        std::fs::create_dir(&cache_dir).unwrap();
        let name = cache_dir.join(FILE);
        std::os::unix::fs::symlink(outside.join(FILE), &name).unwrap();
        assert_eq!(Record::read(dir.path()), Record::default());
        Record::default().save(dir.path()).unwrap();
        assert!(!std::fs::symlink_metadata(&name).unwrap().is_symlink());
        assert_eq!(Record::read(elsewhere.path()), theirs);
    }
}
