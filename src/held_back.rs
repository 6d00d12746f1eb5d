//! Pages a build leaves out for now: drafts, and embargoed pages with the time they go live.
//! `build` and `check` both list them, so nobody has to wonder why a page is missing, and an
//! embargo's time is shown on the site's clock (`timezone`), the one its `date` was written on.

use std::path::PathBuf;

use serde::Serialize;

use crate::messages::{Messages, text};
use serde::ser::{SerializeStruct, Serializer};

/// A page the build did not publish, and until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBack {
    /// The page's file, relative to the site folder: `content/news/x.fi.md`.
    pub file: PathBuf,
    /// The code of the page's language.
    pub lang: String,
    /// When the page is published, in the site's time zone; `None` for a draft, which waits
    /// for a person rather than a time.
    pub until: Option<jiff::Zoned>,
    /// Why the page waits.
    pub reason: HoldReason,
    /// A draft's title and its line, for the warning about a title still the placeholder.
    pub(crate) title: Option<(String, Option<usize>)>,
    /// An embargoed page's translation group, for the memory of embargoes.
    pub(crate) group: Option<String>,
}

/// Why a page is held back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HoldReason {
    /// `draft: true`: published once the line is removed.
    Draft,
    /// A `date` still in the future (its own, or for a translation without one, its
    /// original's): published at that time.
    Embargo,
}

impl HeldBack {
    pub(crate) fn draft(file: PathBuf, lang: String) -> HeldBack {
        HeldBack {
            file,
            lang,
            until: None,
            reason: HoldReason::Draft,
            title: None,
            group: None,
        }
    }

    /// The page, of the translation group `group`.
    pub(crate) fn in_group(self, group: String) -> HeldBack {
        HeldBack {
            group: Some(group),
            ..self
        }
    }

    /// The draft with its title, written at `line`.
    pub(crate) fn titled(self, title: Option<String>, line: Option<usize>) -> HeldBack {
        HeldBack {
            title: title.map(|title| (title, line)),
            ..self
        }
    }

    pub(crate) fn embargoed(
        file: PathBuf,
        lang: String,
        until: jiff::Timestamp,
        timezone: &jiff::tz::TimeZone,
    ) -> HeldBack {
        HeldBack {
            file,
            lang,
            until: Some(until.to_zoned(timezone.clone())),
            reason: HoldReason::Embargo,
            title: None,
            group: None,
        }
    }

    /// `until` as RFC 3339 with the site's offset, as tools read it.
    pub fn until_rfc3339(&self) -> Option<String> {
        let until = self.until.as_ref()?;
        Some(until.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
    }

    /// One line for `build`: `held back: content/x.fi.md until 1 Dec 2026, 09:00
    /// (Europe/Helsinki)`, or `draft: content/y.sv.md`, in the language of `messages`.
    pub fn line(&self, messages: &Messages) -> String {
        let file = self.file.as_path();
        messages.format(&match &self.until {
            Some(until) => text!(
                "held-back-until",
                file = file,
                until = messages.moment(until),
                zone = until.time_zone().iana_name().unwrap_or("UTC")
            ),
            None => text!("held-back-draft", file = file),
        })
    }

    /// One line for `check`, which also says what publishes a draft.
    pub fn explained(&self, messages: &Messages) -> String {
        match self.reason {
            HoldReason::Draft => messages.format(&text!(
                "held-back-draft-explained",
                file = self.file.as_path()
            )),
            HoldReason::Embargo => self.line(messages),
        }
    }
}

/// The form of `check --format json`: `{"file", "lang", "until", "reason"}`, `until` RFC 3339
/// or null; field names are part of the interface.
impl Serialize for HeldBack {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("HeldBack", 4)?;
        out.serialize_field("file", &self.file)?;
        out.serialize_field("lang", &self.lang)?;
        out.serialize_field("until", &self.until_rfc3339())?;
        out.serialize_field("reason", &self.reason)?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helsinki() -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get("Europe/Helsinki").unwrap()
    }

    #[test]
    fn an_embargo_is_shown_on_the_sites_clock() {
        let until: jiff::Timestamp = "2026-12-01T07:00:00Z".parse().unwrap();
        let held = HeldBack::embargoed("content/x.fi.md".into(), "fi".into(), until, &helsinki());
        assert_eq!(
            held.line(Messages::english()),
            "held back: content/x.fi.md until 1 Dec 2026, 09:00 (Europe/Helsinki)"
        );
        let finnish = Messages::new(crate::messages::Language::Fi);
        assert_eq!(
            held.line(&finnish),
            "odottaa julkaisua: content/x.fi.md 1.12.2026 klo 9.00 asti (Europe/Helsinki)"
        );
        assert_eq!(
            held.until_rfc3339().as_deref(),
            Some("2026-12-01T09:00:00+02:00")
        );
        let json = serde_json::to_value(&held).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"file": "content/x.fi.md", "lang": "fi",
                "until": "2026-12-01T09:00:00+02:00", "reason": "embargo"})
        );
    }

    #[test]
    fn a_draft_has_no_time() {
        let held = HeldBack::draft("content/y.sv.md".into(), "sv".into());
        let english = Messages::english();
        assert_eq!(held.line(english), "draft: content/y.sv.md");
        assert!(held.explained(english).contains("`draft: true` is removed"));
        let json = serde_json::to_value(&held).unwrap();
        assert_eq!(json["until"], serde_json::Value::Null);
        assert_eq!(json["reason"], "draft");
    }
}
