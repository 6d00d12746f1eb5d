//! The template context is the theme API: a theme breaks when a variable it uses is renamed,
//! moved or changes type. Every template of the default theme is overridden by a site
//! template that prints its whole context, and the context of each kind of output is pinned
//! as JSON, so that any change to what themes see shows up in review as a snapshot diff. (The
//! functions `t`, `t_html`, `lang_of` and `date` are not in the context, and not pinned here.)

use serde_json::{Map, Number, Value};

use crate::common::{Site, metadata_fixture};

/// Build time: decides which pages are published, so it is fixed.
const NOW: &str = "2026-06-01T12:00:00+03:00";

/// Prints the context; Tera's name for the whole context is `__tera_context`.
const DUMP: &str = "{{ __tera_context | safe }}";

/// The metadata fixture (listings of two pages, tags, feeds, untranslated pages, an alias)
/// built with every template of the default theme printing its context.
fn dumped() -> Site {
    let site = metadata_fixture();
    site.edit("content/news/other.fi.md", |c| {
        c.replacen("---\n", "---\naliases: [/fi/vanha/]\n", 1)
    });
    let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    for entry in std::fs::read_dir(&theme).unwrap() {
        let name = entry.unwrap().file_name();
        site.write(&format!("templates/{}", name.to_string_lossy()), DUMP);
    }
    site.kielo(&["build", "--now", NOW]).ok();
    site
}

/// The context a file of the output shows, as pretty JSON.
fn context(site: &Site, relative: &str) -> String {
    let text = site.read(relative);
    let value = Dump::parse(&text).unwrap_or_else(|e| panic!("{relative}: {e}\n{text}"));
    serde_json::to_string_pretty(&value).unwrap()
}

/// One test per kind of output, named after it; the path is the file that shows it.
macro_rules! contexts {
    ($($name:ident: $relative:literal,)*) => {
        $(
            #[test]
            fn $name() {
                let site = dumped();
                let mut settings = insta::Settings::clone_current();
                settings.set_description($relative);
                settings.set_omit_expression(true);
                settings.bind(|| insta::assert_snapshot!(context(&site, $relative)));
            }
        )*
    };
}

contexts! {
    root: "index.html",
    home: "fi/index.html",
    section: "fi/uutiset/index.html",
    section_page_2: "fi/uutiset/sivu/2/index.html",
    page: "fi/uutiset/uusi-neuvontapuhelin/index.html",
    page_untranslated: "sv/nyheter/arsrapport/index.html",
    alias: "fi/vanha/index.html",
    not_found: "404.html",
    tags: "fi/avainsanat/index.html",
    tag: "fi/avainsanat/tyoelama/index.html",
    search: "fi/haku/index.html",
    feed: "fi/uutiset/atom.xml",
    sitemap: "sitemap.xml",
}

/// A parser for what Tera prints for a map: JSON-like, with strings quoted and escaped as
/// Rust's `{:?}` does and `none` printed as nothing, which here becomes `null`.
struct Dump<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Dump<'a> {
    fn parse(text: &'a str) -> Result<Value, String> {
        let mut dump = Dump { text, at: 0 };
        let value = dump.value()?;
        match dump.rest() {
            "" | "\n" => Ok(value),
            rest => Err(format!("text after the context: {rest:?}")),
        }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn eat(&mut self, token: &str) -> bool {
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn expect(&mut self, token: &str) -> Result<(), String> {
        if self.eat(token) {
            Ok(())
        } else {
            Err(format!("expected {token:?} at {:?}", self.excerpt()))
        }
    }

    fn excerpt(&self) -> String {
        self.rest().chars().take(40).collect()
    }

    fn value(&mut self) -> Result<Value, String> {
        let rest = self.rest();
        if rest.is_empty() || rest.starts_with([',', '}', ']']) {
            Ok(Value::Null)
        } else if self.eat("{") {
            let mut map = Map::new();
            while !self.eat("}") {
                if !map.is_empty() {
                    self.expect(", ")?;
                }
                let key = self.string()?;
                self.expect(": ")?;
                map.insert(key, self.value()?);
            }
            Ok(Value::Object(map))
        } else if self.eat("[") {
            let mut items = Vec::new();
            while !self.eat("]") {
                if !items.is_empty() {
                    self.expect(", ")?;
                }
                items.push(self.value()?);
            }
            Ok(Value::Array(items))
        } else if rest.starts_with('"') {
            self.string().map(Value::String)
        } else if self.eat("true") {
            Ok(Value::Bool(true))
        } else if self.eat("false") {
            Ok(Value::Bool(false))
        } else {
            self.number()
        }
    }

    fn number(&mut self) -> Result<Value, String> {
        let end = self
            .rest()
            .find(|c: char| !(c.is_ascii_digit() || "-+.eE".contains(c)))
            .unwrap_or(self.rest().len());
        let text = &self.rest()[..end];
        let number: Number = text
            .parse()
            .map_err(|_| format!("not a value at {:?}", self.excerpt()))?;
        self.at += end;
        Ok(Value::Number(number))
    }

    /// A string as `{:?}` writes it.
    fn string(&mut self) -> Result<String, String> {
        self.expect("\"")?;
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += i + 1;
                    return Ok(out);
                }
                '\\' => match chars.next().map(|(_, c)| c) {
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some('t') => out.push('\t'),
                    Some('0') => out.push('\0'),
                    Some(c @ ('"' | '\\' | '\'')) => out.push(c),
                    Some('u') => {
                        let hex: String = chars
                            .by_ref()
                            .map(|(_, c)| c)
                            .skip(1)
                            .take_while(|&c| c != '}')
                            .collect();
                        let code = u32::from_str_radix(&hex, 16).map_err(|e| e.to_string())?;
                        out.push(char::from_u32(code).ok_or("not a character")?);
                    }
                    other => return Err(format!("unknown escape {other:?}")),
                },
                c => out.push(c),
            }
        }
        Err("a string that does not end".into())
    }
}

#[test]
fn the_dump_parser_reads_what_tera_prints() {
    let text = r#"{"a": [1, -2.5, "x\"\\\n\u{301}y", ], "b": {"c": true, "d": }, "e": []}"#;
    let want = serde_json::json!({
        "a": [1, -2.5, "x\"\\\n\u{301}y", null],
        "b": {"c": true, "d": null},
        "e": []
    });
    assert_eq!(Dump::parse(text).unwrap(), want);
}
