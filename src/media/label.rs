//! What a link to a document says of it, in the reader's language: its type and size ("PDF,
//! 1,2 Mt" / "PDF, 1.2 MB"), as GOV.UK and suomi.fi write them, so that a reader on a phone
//! knows before tapping; and the language of a document in another one.

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use crate::config::{Config, LangId};
use crate::i18n::I18n;
use crate::ids::IdVec;

/// The type of a document, by its extension: names readers know, the same in every language.
pub(crate) fn document_type(name: &str) -> Option<&'static str> {
    let (_, extension) = name.rsplit_once('.')?;
    let kind = match extension.to_ascii_lowercase().as_str() {
        "pdf" => "PDF",
        "doc" | "docx" => "Word",
        "xls" | "xlsx" => "Excel",
        "ppt" | "pptx" => "PowerPoint",
        "odt" => "ODT",
        "ods" => "ODS",
        "odp" => "ODP",
        "rtf" => "RTF",
        "csv" => "CSV",
        "txt" => "TXT",
        "epub" => "EPUB",
        "zip" => "ZIP",
        _ => return None,
    };
    Some(kind)
}

/// Makes the labels of documents, each language with its own number format.
pub(crate) struct Labels<'a> {
    i18n: Option<&'a I18n>,
    config: &'a Config,
    numbers: IdVec<LangId, Option<DecimalFormatter>>,
}

impl<'a> Labels<'a> {
    /// `i18n` gives the size units; without it (a translation report) English ones are used.
    pub(crate) fn new(config: &'a Config, i18n: Option<&'a I18n>) -> Labels<'a> {
        let numbers = config
            .languages
            .iter()
            .map(|l| DecimalFormatter::try_new(l.locale.clone().into(), Default::default()).ok())
            .collect();
        Labels {
            i18n,
            config,
            numbers,
        }
    }

    pub(crate) fn code(&self, lang: LangId) -> &str {
        &self.config.languages[lang].code
    }

    /// `PDF, 1,2 Mt` for a Finnish page, with the language of a document in another one:
    /// `PDF, 1,2 Mt, På svenska`.
    pub(crate) fn label(
        &self,
        lang: LangId,
        kind: &str,
        size: u64,
        other: Option<LangId>,
    ) -> String {
        let size = self.size(lang, size);
        let mut parts = vec![kind.to_string(), size];
        if let Some(other) = other {
            parts.push(self.config.languages[other].name.clone());
        }
        parts.join(", ")
    }

    /// The theme's message `key` in `lang`, plain (without Fluent's bidirectional marks);
    /// none without messages.
    pub(crate) fn message(&self, lang: LangId, key: &str, args: &[(&str, &str)]) -> Option<String> {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        let text = self.i18n?.message(lang, key, Some(&fluent))?;
        Some(text.replace(['\u{2068}', '\u{2069}'], ""))
    }

    /// `1,2 Mt`, `350 kt`, `120 t`: decimal units, as a reader's device shows sizes.
    pub(crate) fn size(&self, lang: LangId, bytes: u64) -> String {
        let (key, unit, mut number, fraction) = match bytes {
            0..1_000 => ("file-size-bytes", "B", Decimal::from(bytes), 0),
            1_000..999_500 => (
                "file-size-kb",
                "kB",
                Decimal::from((bytes + 500) / 1_000),
                0,
            ),
            _ => (
                "file-size-mb",
                "MB",
                Decimal::from((bytes + 50_000) / 100_000),
                1,
            ),
        };
        number.multiply_pow10(-fraction);
        let shown = match &self.numbers[lang] {
            Some(format) => {
                writeable::Writeable::write_to_string(&format.format(&number)).into_owned()
            }
            None => number.to_string(),
        };
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("size", shown.clone());
        self.i18n
            .and_then(|i| i.message(lang, key, Some(&args)))
            // Fluent marks placeables for bidirectional text; a label is plain.
            .map(|text| text.replace(['\u{2068}', '\u{2069}'], ""))
            .unwrap_or_else(|| format!("{shown} {unit}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_as_each_language_writes_numbers() {
        let config = crate::fuzzing::config();
        let labels = Labels::new(config, None);
        let fi = config.language_index("fi").unwrap();
        let en = config.language_index("en").unwrap();
        assert_eq!(labels.size(fi, 1_234_567), "1,2 MB");
        assert_eq!(labels.size(en, 1_234_567), "1.2 MB");
        assert_eq!(labels.size(en, 350_001), "350 kB");
        assert_eq!(document_type("x/Report.PDF"), Some("PDF"));
        assert_eq!(document_type("photo.jpg"), None);
    }
}
