//! Front matter: the YAML block at the top of a content file, and its dates.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Code, Diagnostic};
use crate::yaml::Keys;

/// A content file's front matter as written: what any page says of itself, and how a
/// section lists its pages, which only a section's `_index` file may say. Unknown keys are
/// errors so that typos are caught.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileFrontMatter {
    #[serde(flatten)]
    pub(crate) front: FrontMatter,
    #[serde(flatten)]
    pub(crate) listing: Listing,
}

/// How a section lists its pages, from its `_index` files.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub(crate) struct Listing {
    /// Publish an Atom feed of this section in this language.
    pub(crate) feed: Option<bool>,
    /// Pages per listing page; all on one page when unset.
    pub(crate) paginate: Option<usize>,
    pub(crate) sort_by: Option<SortBy>,
}

impl Listing {
    /// The keys set, for a warning where they mean nothing.
    pub(crate) fn keys(&self) -> Vec<&'static str> {
        let Listing {
            feed,
            paginate,
            sort_by,
        } = self;
        let set = [
            ("feed", feed.is_some()),
            ("paginate", paginate.is_some()),
            ("sort_by", sort_by.is_some()),
        ];
        set.into_iter()
            .filter(|(_, set)| *set)
            .map(|(key, _)| key)
            .collect()
    }
}

/// What a page says of itself in its front matter.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct FrontMatter {
    pub(crate) title: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) updated: Option<String>,
    /// After this date the page is no longer published.
    pub(crate) expires: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) slug: Option<String>,
    #[serde(default)]
    pub(crate) tags: Vec<String>,
    #[serde(default)]
    pub(crate) draft: bool,
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
    pub(crate) translation_key: Option<String>,
    pub(crate) weight: Option<i64>,
    pub(crate) template: Option<String>,
    /// Show a table of contents; unset lets the theme decide.
    pub(crate) toc: Option<bool>,
    /// The page's picture, for listings and social previews: a file of the page's bundle
    /// (`photo.jpg`) or of `static/` (`/images/x.jpg`).
    pub(crate) image: Option<String>,
    /// The picture's alt text; `""` marks it as decorative.
    pub(crate) image_alt: Option<String>,
    #[serde(default)]
    pub(crate) contacts: Vec<Contact>,
    #[serde(default)]
    pub(crate) extra: serde_yaml::Mapping,
}

impl FrontMatter {
    /// Every text of the front matter with its top-level key, for checks that apply to all
    /// of them.
    pub(crate) fn texts(&self) -> Vec<(&'static str, &str)> {
        // Listing every field makes a new field a compile error here until its texts are in.
        let FrontMatter {
            title,
            date,
            updated,
            expires,
            description,
            slug,
            tags,
            draft: _,
            aliases,
            translation_key,
            weight: _,
            template,
            toc: _,
            image,
            image_alt,
            contacts,
            extra,
        } = self;
        let mut texts = Vec::new();
        let optional = [
            ("title", title),
            ("date", date),
            ("updated", updated),
            ("expires", expires),
            ("description", description),
            ("slug", slug),
            ("translation_key", translation_key),
            ("template", template),
            ("image", image),
            ("image_alt", image_alt),
        ];
        for (key, value) in optional {
            texts.extend(value.as_deref().map(|v| (key, v)));
        }
        texts.extend(tags.iter().map(|t| ("tags", t.as_str())));
        texts.extend(aliases.iter().map(|a| ("aliases", a.as_str())));
        for contact in contacts {
            let Contact {
                name,
                role,
                phone,
                email,
            } = contact;
            texts.push(("contacts", name.as_str()));
            for value in [role, phone, email].into_iter().flatten() {
                texts.push(("contacts", value.as_str()));
            }
        }
        for (key, value) in extra {
            yaml_texts(key, &mut texts);
            yaml_texts(value, &mut texts);
        }
        texts
    }
}

/// Every text inside a YAML value of `extra`.
fn yaml_texts<'a>(value: &'a serde_yaml::Value, texts: &mut Vec<(&'static str, &'a str)>) {
    use serde_yaml::Value;
    match value {
        Value::String(text) => texts.push(("extra", text)),
        Value::Sequence(items) => items.iter().for_each(|v| yaml_texts(v, texts)),
        Value::Mapping(map) => {
            for (key, value) in map {
                yaml_texts(key, texts);
                yaml_texts(value, texts);
            }
        }
        Value::Tagged(tagged) => yaml_texts(&tagged.value, texts),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// What front matter may hold, for [`crate::yaml::parse`].
pub(crate) const SCHEMA: crate::yaml::Schema = crate::yaml::Schema {
    unknown_key: Code::FrontmatterUnknownKey,
    missing_key: Code::FrontmatterMissingKey,
    invalid_value: Code::FrontmatterInvalidValue,
    keys: || {
        let keys = Keys::of::<FrontMatter>().and::<Listing>();
        keys.with("contacts", Keys::of::<Contact>())
    },
};

/// The lines of a front matter's keys and values, for messages about them. Only the text is
/// kept: the YAML parser finds a place when a message asks for one, which few pages ever do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct KeyLines {
    yaml: Box<str>,
    first_line: usize,
}

impl KeyLines {
    /// The front matter `yaml`, which starts at line `first_line` of its file.
    pub(crate) fn new(yaml: &str, first_line: usize) -> KeyLines {
        KeyLines {
            yaml: yaml.into(),
            first_line,
        }
    }

    /// The line of the top-level `key`, if the front matter has it.
    pub(crate) fn line(&self, key: &str) -> Option<usize> {
        let line = crate::yaml::places(&self.yaml)?.key_line(key)?;
        Some(line + self.first_line - 1)
    }

    /// The line where the value `text` is written, or else that of its top-level `key`.
    pub(crate) fn value_line(&self, key: &str, text: &str) -> Option<usize> {
        let tree = crate::yaml::places(&self.yaml)?;
        let line = tree
            .get(key)
            .and_then(|value| value.find_text(text))
            .map(|at| at.line)
            .or_else(|| tree.key_line(key))?;
        Some(line + self.first_line - 1)
    }
}

/// Whether `name` can name a template: a path inside `templates/`, without `..`.
pub(crate) fn is_template_name(name: &str) -> bool {
    !name.contains(['\\', ':'])
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// The order of a section's listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum SortBy {
    /// Newest first; undated pages last.
    #[default]
    Date,
    /// Smallest `weight` first; pages without one last.
    Weight,
    /// Alphabetical by title.
    Title,
}

/// A media contact of a press release.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Contact {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) role: Option<String>,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
}

/// A date from front matter: a calendar day, optionally with a wall-clock time and offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageDate {
    /// Normalised RFC 3339 (`2021-09-16T10:02:00+03:00`) or `2021-09-16`.
    pub(crate) iso: String,
    /// The instant, for sorting and embargoes; a date without time counts as midnight in the
    /// site's time zone.
    pub(crate) timestamp: jiff::Timestamp,
    /// RFC 3339 with time and offset, as feeds need it: midnight in the site's time zone for
    /// a date without time.
    pub(crate) rfc3339: String,
}

/// Parses `YYYY-MM-DD` (midnight in `timezone`) or RFC 3339 with time and offset.
pub(crate) fn parse_date(text: &str, timezone: &jiff::tz::TimeZone) -> Result<PageDate, String> {
    let text = text.trim();
    if text.len() == 10 {
        let date: jiff::civil::Date = text.parse().map_err(|e| format!("{e}"))?;
        let midnight = date.to_zoned(timezone.clone()).map_err(|e| e.to_string())?;
        return Ok(PageDate {
            iso: date.to_string(),
            timestamp: midnight.timestamp(),
            rfc3339: midnight.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        });
    }
    let timestamp: jiff::Timestamp = text.parse().map_err(|e| format!("{e}"))?;
    // The wall-clock time as written is what readers expect to see, so keep the offset.
    let civil: jiff::civil::DateTime = match text.parse() {
        Ok(civil) => civil,
        Err(_) => timestamp.to_zoned(jiff::tz::TimeZone::UTC).datetime(),
    };
    let as_utc = civil
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|e| e.to_string())?;
    let seconds = as_utc.timestamp().as_second() - timestamp.as_second();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    let iso = format!(
        "{}{sign}{:02}:{:02}",
        civil.strftime("%Y-%m-%dT%H:%M:%S"),
        minutes / 60,
        minutes % 60
    );
    Ok(PageDate {
        rfc3339: iso.clone(),
        iso,
        timestamp,
    })
}

/// The front matter and body of a file, split at the closing `---`.
pub(crate) struct Split<'a> {
    pub(crate) yaml: &'a str,
    pub(crate) body: &'a str,
    /// 1-based line of the file where the body starts.
    pub(crate) body_line: usize,
}

/// Splits `text` into its YAML front matter and Markdown body.
pub(crate) fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Diagnostic::error(
            Code::FrontmatterMissing,
            path,
            Some(1),
            "the file does not start with front matter".into(),
        )
        .with_hint("begin the file with a line `---`, then `title: …`, then another `---`"));
    }
    let mut offset = first.len();
    for (index, line) in lines.enumerate() {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[first.len()..offset],
                body: &text[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        Code::FrontmatterUnclosed,
        path,
        Some(1),
        "the front matter opened with `---` on line 1 is never closed".into(),
    )
    .with_hint("add a line with only `---` after the last front-matter key"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

    #[test]
    fn dates_keep_wall_clock_and_offset() {
        let d = parse_date("2021-09-16T10:02:00+03:00", &UTC).unwrap();
        assert_eq!(d.iso, "2021-09-16T10:02:00+03:00");
        assert_eq!(d.timestamp.to_string(), "2021-09-16T07:02:00Z");
        let z = parse_date("2021-09-16T10:02:00Z", &UTC).unwrap();
        assert_eq!(z.iso, "2021-09-16T10:02:00+00:00");
        let day = parse_date("2021-09-16", &UTC).unwrap();
        assert_eq!(day.iso, "2021-09-16");
        let helsinki = jiff::tz::TimeZone::get("Europe/Helsinki").unwrap();
        let day = parse_date("2021-09-16", &helsinki).unwrap();
        assert_eq!(day.rfc3339, "2021-09-16T00:00:00+03:00");
        assert_eq!(day.timestamp.to_string(), "2021-09-15T21:00:00Z");
    }

    #[test]
    fn bad_dates_are_rejected() {
        assert!(parse_date("2021-13-45", &UTC).is_err());
        assert!(parse_date("yesterday", &UTC).is_err());
        assert!(parse_date("2021-09-16T10:02:00", &UTC).is_err());
    }

    #[test]
    fn split_finds_body_line() {
        let s = split("---\ntitle: x\n---\nbody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        let crlf = split("---\r\ntitle: x\r\n---\r\nbody", Path::new("a.md")).unwrap();
        assert_eq!(crlf.yaml, "title: x\r\n");
        assert_eq!(crlf.body, "body");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = split("---\ntitle: x\nbody\n", Path::new("a.md"))
            .err()
            .unwrap();
        assert!(err.message.contains("never closed"));
    }
}
