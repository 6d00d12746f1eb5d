//! The report as a table for people, and as JSON or CSV for tools.

use std::io::{self, Write};

use comfy_table::{LineStyle, Table, TableStyle};
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Status, TranslationGroup, TranslationReport};
use crate::messages::{Messages, Text, text};
use crate::translations::slash_path;

impl TranslationReport {
    /// An aligned table, one row per group, then the summary and how outdated was decided,
    /// in the language of `messages` (the language codes, files and folders as they are).
    pub fn write_table(&self, out: &mut impl Write, messages: &Messages) -> io::Result<()> {
        let say = |text: Text| messages.format(&text);
        if self.groups.is_empty() {
            let line = match self.missing {
                Some(lang) => text!("translations-all-present", language = &self.languages[lang]),
                None => text!("translations-no-pages"),
            };
            writeln!(out, "{}", say(line))?;
        } else {
            let mut table = Table::new();
            // No frame: only a rule under the header, so the table stays readable when
            // pasted into an e-mail or a ticket.
            table.load_style(TableStyle::new().header_separator(LineStyle::none().fill('─')));
            let mut header = vec![
                say(text!("translations-column-section")),
                say(text!("translations-column-page")),
            ];
            header.extend(self.languages.iter().cloned());
            table.set_header(header);
            // Each status in words once, not once a cell.
            let present = say(Status::Present.word());
            let missing = say(Status::Missing.word());
            let outdated = say(Status::Outdated.word());
            let word = |status: Status| match status {
                Status::Present => present.as_str(),
                Status::Missing => missing.as_str(),
                Status::Outdated => outdated.as_str(),
            };
            let mut previous = None;
            for group in &self.groups {
                // The section is named once, on its first row.
                let section = if previous == Some(&group.section) {
                    ""
                } else {
                    group.section.as_str()
                };
                previous = Some(&group.section);
                let mut row = vec![section, group.name.as_str()];
                row.extend(group.status.iter().map(|&s| word(s)));
                table.add_row(row);
            }
            // Two spaces between columns and none at the edges.
            let last = table.column_count().saturating_sub(1);
            for (index, column) in table.column_iter_mut().enumerate() {
                column.set_padding((0, if index == last { 0 } else { 2 }));
            }
            writeln!(out, "{}", table.trim_fmt())?;
            // Notes under the table, each on its own lines: a column of them would make
            // every row as wide as the longest.
            let notes: Vec<_> = (self.groups.iter())
                .filter_map(|g| Some((g, g.note.as_ref()?)))
                .collect();
            if !notes.is_empty() {
                writeln!(out, "\n{}", say(text!("translations-notes")))?;
            }
            for (group, note) in notes {
                writeln!(out, "  {}:\n    {}", group.name, messages.format(note))?;
            }
        }
        writeln!(out)?;
        for line in self.summary() {
            writeln!(out, "{}", say(line))?;
        }
        let source = self.source_description();
        writeln!(
            out,
            "{}",
            say(text!("translations-decided-from", source = source))
        )?;
        if !self.unknown.is_empty() {
            let heading = if self.sources.first() == Some(&super::ChangeSource::Git) {
                text!("translations-not-compared-git")
            } else {
                text!("translations-not-compared")
            };
            writeln!(out, "{}", say(heading))?;
            for path in &self.unknown {
                writeln!(out, "  {}", slash_path(path))?;
            }
        }
        Ok(())
    }

    /// Pretty-printed JSON: `source`, `default_language`, `languages`, `missing`, `groups`
    /// (`section`, `name`, `source`, `status` and `files` by language code, `note`) and
    /// `unknown`.
    pub fn write_json(&self, out: &mut impl Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &JsonReport(self))?;
        writeln!(out)
    }

    /// CSV with the header `section,page,<language codes…>,note` and one row per group.
    pub fn write_csv(&self, out: &mut impl Write) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        let mut header = vec!["section", "page"];
        header.extend(self.languages.iter().map(String::as_str));
        header.push("note");
        writer.write_record(header)?;
        for group in &self.groups {
            let mut record = vec![group.section.as_str(), group.name.as_str()];
            record.extend(group.status.iter().map(|s| s.as_str()));
            let note = group.note.as_ref().map(Text::english);
            record.push(note.as_deref().unwrap_or(""));
            writer.write_record(record)?;
        }
        writer.flush()
    }
}

/// The report as JSON tools read it; field names are part of the interface.
struct JsonReport<'a>(&'a TranslationReport);

impl Serialize for JsonReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("source", report.source_code())?;
        map.serialize_entry(
            "default_language",
            &report.languages[report.default_language],
        )?;
        map.serialize_entry("languages", &report.languages)?;
        map.serialize_entry(
            "missing",
            &report.missing.map(|lang| &report.languages[lang]),
        )?;
        let groups: Vec<JsonGroup> = report
            .groups
            .iter()
            .map(|group| JsonGroup {
                languages: &report.languages,
                group,
            })
            .collect();
        map.serialize_entry("groups", &groups)?;
        let unknown: Vec<String> = report.unknown.iter().map(|p| slash_path(p)).collect();
        map.serialize_entry("unknown", &unknown)?;
        map.end()
    }
}

struct JsonGroup<'a> {
    languages: &'a [String],
    group: &'a TranslationGroup,
}

impl Serialize for JsonGroup<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let group = self.group;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("section", &group.section)?;
        map.serialize_entry("name", &group.name)?;
        map.serialize_entry("source", &group.source.map(|s| s.code()))?;
        // Objects keyed by language code, in configured order.
        let status = ByLanguage(
            self.languages
                .iter()
                .zip(group.status.iter().map(|s| s.as_str()))
                .collect(),
        );
        map.serialize_entry("status", &status)?;
        let files = ByLanguage(
            self.languages
                .iter()
                .zip(group.files.iter().map(|f| f.as_deref().map(slash_path)))
                .collect(),
        );
        map.serialize_entry("files", &files)?;
        map.serialize_entry("note", &group.note)?;
        map.end()
    }
}

struct ByLanguage<'a, T>(Vec<(&'a String, T)>);

impl<T: Serialize> Serialize for ByLanguage<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (code, value) in &self.0 {
            map.serialize_entry(code, value)?;
        }
        map.end()
    }
}
