//! JSON that kielo writes into the site. `<`, `>` and `&` are written as `\u003c`, `\u003e`
//! and `\u0026`, as the JSON encoders of the web do, so that a file stays safe even if a
//! template inlines it into a `<script>`.

use serde::Serialize;

/// `value` as compact JSON, safe to inline into HTML; `capacity` bytes reserved.
pub(crate) fn to_vec<T: Serialize + ?Sized>(value: &T, capacity: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(capacity);
    // Writing to memory fails only for a value serde cannot write, which kielo's are not.
    let _ = serde_json::to_writer(&mut bytes, value);
    html_safe(bytes)
}

/// Outside its strings JSON has none of these characters, so escaping them in the whole
/// text escapes them in the strings. One search of the written bytes, which mostly finds
/// nothing, is cheaper than a check of every string as it is written: search files hold all
/// of a site's text.
fn html_safe(bytes: Vec<u8>) -> Vec<u8> {
    let mut found = memchr::memchr3_iter(b'<', b'>', b'&', &bytes).peekable();
    if found.peek().is_none() {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut start = 0;
    for at in found {
        out.extend_from_slice(&bytes[start..at]);
        out.extend_from_slice(match bytes[at] {
            b'<' => b"\\u003c",
            b'>' => b"\\u003e",
            _ => b"\\u0026",
        });
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_read_back() {
        let value = serde_json::json!({ "</script><b>": "a & b < c > d\"é – \n" });
        let text = String::from_utf8(to_vec(&value, 0)).unwrap();
        assert_eq!(
            text,
            r#"{"\u003c/script\u003e\u003cb\u003e":"a \u0026 b \u003c c \u003e d\"é – \n"}"#
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
        let plain = serde_json::json!({ "a": "b" });
        assert_eq!(to_vec(&plain, 0), b"{\"a\":\"b\"}");
    }
}
