//! Pages a build leaves out for now: drafts, and embargoed pages with the time they go live.
//! `build` and `check` both list them, so nobody has to wonder why a page is missing, and an
//! embargo's time is shown on the site's clock (`timezone`), the one its `date` was written on.

use std::path::PathBuf;

use serde::Serialize;
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
        }
    }

    /// `until` as RFC 3339 with the site's offset, as tools read it.
    pub fn until_rfc3339(&self) -> Option<String> {
        let until = self.until.as_ref()?;
        Some(until.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
    }

    // The words for people are in the two functions below, and only there.

    /// One line for `build`: `held back: content/x.fi.md until 2026-12-01 09:00
    /// (Europe/Helsinki)`, or `draft: content/y.sv.md`.
    pub fn line(&self) -> String {
        let file = self.file.display();
        match &self.until {
            Some(until) => format!("held back: {file} until {}", shown(until)),
            None => format!("draft: {file}"),
        }
    }

    /// One line for `check`, which also says what publishes a draft.
    pub fn explained(&self) -> String {
        match self.reason {
            HoldReason::Draft => format!(
                "draft: {}: not published until `draft: true` is removed",
                self.file.display()
            ),
            HoldReason::Embargo => self.line(),
        }
    }
}

/// `2026-12-01 09:00 (Europe/Helsinki)`: the time on the site's clock, and which clock;
/// seconds only when the date gives some.
fn shown(until: &jiff::Zoned) -> String {
    let time = match until.second() {
        0 => "%H:%M",
        _ => "%H:%M:%S",
    };
    until.strftime(&format!("%Y-%m-%d {time} (%Q)")).to_string()
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
            held.line(),
            "held back: content/x.fi.md until 2026-12-01 09:00 (Europe/Helsinki)"
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
    fn seconds_show_only_when_given() {
        let until: jiff::Timestamp = "2026-07-01T06:00:30Z".parse().unwrap();
        let held = HeldBack::embargoed("x.md".into(), "fi".into(), until, &helsinki());
        assert!(
            held.line().ends_with("09:00:30 (Europe/Helsinki)"),
            "{}",
            held.line()
        );
    }

    #[test]
    fn a_draft_has_no_time() {
        let held = HeldBack::draft("content/y.sv.md".into(), "sv".into());
        assert_eq!(held.line(), "draft: content/y.sv.md");
        assert!(held.explained().contains("`draft: true` is removed"));
        let json = serde_json::to_value(&held).unwrap();
        assert_eq!(json["until"], serde_json::Value::Null);
        assert_eq!(json["reason"], "draft");
    }
}
