//! The embargoes the last public build held originals back for, remembered in
//! `.kielo-cache/embargoes.jsonl`. A translation without a date of its own waits for its
//! original; when the original is renamed or deleted while under embargo, the translation
//! would otherwise go out at once. With this memory it keeps waiting, and kielo says why.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::cache;

const FILE: &str = "embargoes.jsonl";
/// Far more than any site's; a larger file is not kielo's.
const LIMIT: u64 = 64 << 20;

/// One original held back: its translation group, its file and when it goes out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Embargo {
    pub(crate) group: String,
    pub(crate) file: String,
    /// RFC 3339.
    pub(crate) until: String,
}

/// The remembered embargoes, by translation group.
#[derive(Debug, Default)]
pub(crate) struct Embargoes {
    by_group: HashMap<String, Embargo>,
}

impl Embargoes {
    /// The memory in the site folder `root`; empty when there is none, or it is a link or
    /// damaged: it is only a memory, rewritten by the next build.
    pub(crate) fn read(root: &Path) -> Embargoes {
        let dir = cache::folder(root, Path::new(cache::DIR), false);
        let bytes = dir.and_then(|dir| cache::read(&dir.join(FILE), LIMIT));
        let text = bytes
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default();
        let by_group = (text.lines())
            .filter_map(|line| serde_json::from_str::<Embargo>(line).ok())
            .map(|embargo| (embargo.group.clone(), embargo))
            .collect();
        Embargoes { by_group }
    }

    /// The embargo remembered for `group`, ended or not.
    pub(crate) fn get(&self, group: &str) -> Option<&Embargo> {
        self.by_group.get(group)
    }

    /// The embargo remembered for `group`, with its time, if it has not ended at `now`.
    pub(crate) fn of(
        &self,
        group: &str,
        now: jiff::Timestamp,
    ) -> Option<(&Embargo, jiff::Timestamp)> {
        let embargo = self.by_group.get(group)?;
        let until: jiff::Timestamp = embargo.until.parse().ok()?;
        (until > now).then_some((embargo, until))
    }
}

/// Remembers `embargoes` in the site folder `root` (nothing to remember removes the file's
/// contents, as the embargoes it held have ended or their pages are gone).
pub(crate) fn save(root: &Path, embargoes: &[Embargo]) -> std::io::Result<()> {
    // Nothing to remember is no reason to make the folder.
    if embargoes.is_empty() && cache::folder(root, Path::new(cache::DIR), false).is_none() {
        return Ok(());
    }
    let mut bytes = Vec::new();
    for embargo in embargoes {
        bytes.extend(serde_json::to_vec(embargo).unwrap_or_default());
        bytes.push(b'\n');
    }
    cache::keep(root, FILE, &bytes, LIMIT)
}
