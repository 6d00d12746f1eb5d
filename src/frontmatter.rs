//! Front matter: the YAML (or TOML) block at the top of a content file, and its dates.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Code, Diagnostic};
use crate::messages::text;
use crate::yaml::Keys;
use crate::yaml::marks::Node;

mod split;
mod toml_text;
pub(crate) use split::{Format, Split, split};

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
    #[serde(flatten)]
    pub(crate) zola: Zola,
}

/// Zola's way of saying what kielo says otherwise, read so that its pages build as they are.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Zola {
    /// `[taxonomies] tags = […]`: kielo's `tags`, its only taxonomy.
    pub(crate) taxonomies: Option<Taxonomies>,
}

/// Zola's `[taxonomies]` table: kielo has only `tags`, so any other is an unknown key.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Taxonomies {
    #[serde(default)]
    pub(crate) tags: Vec<String>,
}

/// Keys of Zola's and Hugo's front matter that kielo names otherwise, with kielo's name: an
/// unknown key here gets kielo's name as its hint, whatever the spelling's distance. Only
/// renames of the same meaning; one name per meaning keeps the docs and templates simple.
pub(crate) const RENAMED: &[(&str, &str)] = &[
    ("paginate_by", "paginate"),
    ("generate_feeds", "feed"),
    ("generate_feed", "feed"),
    ("lastmod", "updated"),
    ("expiryDate", "expires"),
    ("layout", "template"),
];

/// Keys of Zola's front matter that kielo has no counterpart of, with what to do instead.
pub(crate) const UNMATCHED: &[crate::yaml::Unmatched] = &[
    ("path", || text!("frontmatter-unknown-key-path-hint")),
    ("redirect_to", || {
        text!("frontmatter-unknown-key-redirect-to-hint")
    }),
    ("page_template", || {
        text!("frontmatter-unknown-key-page-template-hint")
    }),
    ("render", || text!("frontmatter-unknown-key-render-hint")),
    ("authors", || text!("frontmatter-unknown-key-authors-hint")),
    ("in_search_index", || {
        text!("frontmatter-unknown-key-in-search-index-hint")
    }),
    ("transparent", || {
        text!("frontmatter-unknown-key-transparent-hint")
    }),
];

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
        let keys = Keys::of::<FrontMatter>().and::<Listing>().and::<Zola>();
        keys.with("contacts", Keys::of::<Contact>())
            .with("taxonomies", Keys::of::<Taxonomies>())
    },
    renamed: RENAMED,
    unmatched: UNMATCHED,
};

/// Reads the front matter of `split`, the file `path`'s, into what it says, or every problem
/// found in it, whichever its format.
pub(crate) fn parse(split: &Split, path: &Path) -> Result<FileFrontMatter, Vec<Diagnostic>> {
    // The front matter starts on the file's second line, after its fence.
    const FIRST_LINE: usize = 2;
    match split.format {
        Format::Yaml => crate::yaml::parse(split.text, path, FIRST_LINE, &SCHEMA),
        Format::Toml => {
            let read = toml_text::read(split.text).map_err(|syntax| {
                let line = syntax.at.line + FIRST_LINE - 1;
                // The toml crate's own words, in English.
                let message = text!("toml-syntax", detail = syntax.message);
                vec![
                    Diagnostic::error(Code::TomlSyntax, path, Some(line), message)
                        .with_column(Some(syntax.at.column))
                        .with_hint(text!("toml-syntax-hint")),
                ]
            })?;
            let (value, tree) = (&read.value, &read.tree);
            let pair = |key: &str, value: &str| Format::Toml.pair(key, value);
            crate::yaml::parse_value(value, tree, path, FIRST_LINE, &SCHEMA, &pair)
        }
    }
}

/// The lines of a front matter's keys and values, for messages about them. Only the text is
/// kept: its parser finds a place when a message asks for one, which few pages ever do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct KeyLines {
    text: Box<str>,
    format: Format,
    first_line: usize,
}

impl KeyLines {
    /// The front matter `text`, which starts at line `first_line` of its file.
    pub(crate) fn new(text: &str, format: Format, first_line: usize) -> KeyLines {
        KeyLines {
            text: text.into(),
            format,
            first_line,
        }
    }

    /// The front matter's format, for hints in its syntax.
    pub(crate) fn format(&self) -> Format {
        self.format
    }

    fn tree(&self) -> Option<Node> {
        match self.format {
            Format::Yaml => crate::yaml::places(&self.text),
            Format::Toml => toml_text::read(&self.text).ok().map(|read| read.tree),
        }
    }

    /// The line of the top-level `key` (or of Zola's spelling of it), if the front matter
    /// has it.
    pub(crate) fn line(&self, key: &str) -> Option<usize> {
        let tree = self.tree()?;
        let line = match tree.entry(key) {
            Some((key, _)) => key.at().line,
            None => zola_entry(&tree, key)?.0.at().line,
        };
        Some(line + self.first_line - 1)
    }

    /// The line where the value `text` is written, or else that of its top-level `key`.
    pub(crate) fn value_line(&self, key: &str, text: &str) -> Option<usize> {
        let tree = self.tree()?;
        let (key, value) = tree.entry(key).or_else(|| zola_entry(&tree, key))?;
        let line = value.find_text(text).unwrap_or(key.at()).line;
        Some(line + self.first_line - 1)
    }
}

/// Where Zola's spelling of `key` is: `tags` under `taxonomies`.
fn zola_entry<'a>(tree: &'a Node, key: &str) -> Option<(&'a Node, &'a Node)> {
    match key {
        "tags" => tree.get("taxonomies")?.entry("tags"),
        _ => None,
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

/// Parses `YYYY-MM-DD` (midnight in `timezone`), RFC 3339 with time and offset, or a date
/// and time without an offset (`2026-03-16T10:02`), which is the site's wall-clock time.
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
    let timestamp: jiff::Timestamp = match text.parse() {
        Ok(timestamp) => timestamp,
        // No offset: the time on the site's clocks, as a Zola or Hugo site writes it.
        Err(with_offset) => {
            let civil: jiff::civil::DateTime =
                text.parse().map_err(|_| format!("{with_offset}"))?;
            let zoned = civil
                .to_zoned(timezone.clone())
                .map_err(|e| e.to_string())?;
            let iso = zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
            return Ok(PageDate {
                rfc3339: iso.clone(),
                iso,
                timestamp: zoned.timestamp(),
            });
        }
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    const UTC: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;

    #[test]
    fn a_time_without_an_offset_is_the_sites() {
        let helsinki = jiff::tz::TimeZone::get("Europe/Helsinki").unwrap();
        let winter = parse_date("2026-12-01T09:00:00", &helsinki).unwrap();
        assert_eq!(winter.iso, "2026-12-01T09:00:00+02:00");
        let summer = parse_date("2026-06-01T09:00", &helsinki).unwrap();
        assert_eq!(summer.iso, "2026-06-01T09:00:00+03:00");
        assert_eq!(summer.timestamp.to_string(), "2026-06-01T06:00:00Z");
        assert!(parse_date("2026-06-01T25:00", &helsinki).is_err());
    }

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
        assert!(parse_date("2021-09-16T10:02:99", &UTC).is_err());
    }

    /// The problems of front matter `text` in `format`, as (code, line, hint).
    fn problems(text: &str, format: Format) -> Vec<(Code, Option<usize>, Option<String>)> {
        let split = Split {
            format,
            text,
            body: "",
            body_line: 9,
        };
        let all = parse(&split, Path::new("x.md")).unwrap_err();
        all.into_iter()
            .map(|d| (d.code, d.line, d.hint.map(|h| h.english())))
            .collect()
    }

    #[test]
    fn toml_and_yaml_get_the_same_problems_at_the_same_lines() {
        let pairs = [
            ("title: a\ntittle: b\n", "title = \"a\"\ntittle = \"b\"\n"),
            ("title: a\nweight: [1]\n", "title = \"a\"\nweight = [1]\n"),
            (
                "title: a\ncontacts:\n  - role: x\n",
                // The contact starts at its header, as the YAML one at its `-`.
                "title = \"a\"\n\n[[contacts]]\nrole = \"x\"\n",
            ),
            (
                "title: a\ntaxonomies:\n  categories: [x]\n",
                "title = \"a\"\n[taxonomies]\ncategories = [\"x\"]\n",
            ),
        ];
        for (yaml, toml) in pairs {
            let (yaml, toml) = (problems(yaml, Format::Yaml), problems(toml, Format::Toml));
            // Hints are alike but for the syntax of an example.
            if yaml[0].0 == Code::FrontmatterUnknownKey {
                assert_eq!(yaml[0].2, toml[0].2);
            }
            let places = |found: &[(Code, Option<usize>, Option<String>)]| {
                found
                    .iter()
                    .map(|(code, line, _)| (*code, *line))
                    .collect::<Vec<_>>()
            };
            assert_eq!(places(&yaml), places(&toml), "{yaml:?}");
            assert!(matches!(yaml[0].1, Some(3 | 4)), "{yaml:?}");
        }
    }

    #[test]
    fn zola_and_hugo_names_get_ours_as_a_hint() {
        let found = problems("title = \"a\"\npaginate_by = 3\n", Format::Toml);
        assert_eq!(found[0].0, Code::FrontmatterUnknownKey);
        let hint = found[0].2.as_deref().unwrap_or_default();
        assert!(hint.starts_with("did you mean `paginate`?"), "{hint}");
        let found = problems("title: a\ngenerate_feeds: true\n", Format::Yaml);
        assert!(found[0].2.as_deref().unwrap_or_default().contains("`feed`"));
    }

    #[test]
    fn zolas_keys_without_a_counterpart_say_what_to_do_at_the_top_only() {
        let found = problems("title = \"a\"\npath = \"x/y\"\n", Format::Toml);
        let hint = found[0].2.as_deref().unwrap_or_default();
        assert!(
            hint.contains("`slug`") && hint.contains("`aliases`"),
            "{hint}"
        );
        let found = problems(
            "title: a\ncontacts:\n  - name: b\n    path: c\n",
            Format::Yaml,
        );
        let hint = found[0].2.as_deref().unwrap_or_default();
        assert!(hint.starts_with("the keys allowed here are"), "{hint}");
    }

    #[test]
    fn bad_toml_is_an_error_at_its_line() {
        let found = problems("title = \"a\"\ndate = 2024-13-01\n", Format::Toml);
        assert_eq!((found[0].0, found[0].1), (Code::TomlSyntax, Some(3)));
    }
}
