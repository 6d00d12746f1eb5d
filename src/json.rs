//! JSON that kielo writes into the site. `<`, `>` and `&` (and the line separators JavaScript
//! once choked on) are written as `\u003c` and so on, as the JSON encoders of the web do, so
//! that a file stays safe even if a template inlines it into a `<script>`.

use std::io::{self, Write};

use serde::Serialize;

/// `value` as compact JSON, safe to inline into HTML; `capacity` bytes reserved.
pub(crate) fn to_vec<T: Serialize + ?Sized>(value: &T, capacity: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(capacity);
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, HtmlSafe);
    // Writing to memory fails only for a value serde cannot write, which kielo's are not.
    let _ = value.serialize(&mut serializer);
    bytes
}

struct HtmlSafe;

impl serde_json::ser::Formatter for HtmlSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            let escaped = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            writer.write_all(&fragment.as_bytes()[start..at])?;
            writer.write_all(escaped.as_bytes())?;
            start = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_read_back() {
        let value = serde_json::json!({ "</script><b>": "a & b < c > d\u{2028}\"é\n" });
        let bytes = to_vec(&value, 0);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            r#"{"\u003c/script\u003e\u003cb\u003e":"a \u0026 b \u003c c \u003e d\u2028\"é\n"}"#
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
