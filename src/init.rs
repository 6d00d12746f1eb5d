//! `kielo init DIR`: a new site, as `hugo new site` makes one: a commented `site.yaml`, and
//! in each language a home page and a news section with one page, which build and pass
//! `kielo check` as they are. The default theme is built in, so nothing else is needed.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::messages::{Arg, text};
use crate::new::write_new;

/// The languages of a new site when none are given: those of the sample site.
pub const DEFAULT_LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

/// The placeholder texts of a new site in one language.
struct Words {
    /// The language's own name, for the language switcher.
    name: &'static str,
    title: &'static str,
    home: &'static str,
    home_text: &'static str,
    news: &'static str,
    /// The news section's address in the language, when it is not `news`.
    news_slug: Option<&'static str>,
    news_text: &'static str,
    first: &'static str,
    first_slug: Option<&'static str>,
    first_text: &'static str,
}

const FINNISH: Words = Words {
    name: "Suomeksi",
    title: "Uusi sivusto",
    home: "Tervetuloa",
    home_text: "Tämä on sivuston etusivu. Muokkaa sitä tiedostossa content/_index.fi.md.",
    news: "Uutiset",
    news_slug: Some("uutiset"),
    news_text: "Sivuston uutiset uusin ensin.",
    first: "Sivusto on avattu",
    first_slug: Some("sivusto-on-avattu"),
    first_text: "Ensimmäinen uutinen. Lisää sivuja komennolla `kielo new news/nimi`.",
};

const SWEDISH: Words = Words {
    name: "På svenska",
    title: "Ny webbplats",
    home: "Välkommen",
    home_text: "Det här är webbplatsens startsida. Redigera den i filen content/_index.sv.md.",
    news: "Nyheter",
    news_slug: Some("nyheter"),
    news_text: "Webbplatsens nyheter, de senaste först.",
    first: "Webbplatsen har öppnats",
    first_slug: Some("webbplatsen-har-oppnats"),
    first_text: "Den första nyheten. Lägg till sidor med kommandot `kielo new news/namn`.",
};

const ENGLISH: Words = Words {
    name: "In English",
    title: "New site",
    home: "Welcome",
    home_text: "This is the site's front page. Edit it in content/_index.en.md.",
    news: "News",
    news_slug: None,
    news_text: "The site's news, latest first.",
    first: "The site is open",
    first_slug: Some("the-site-is-open"),
    first_text: "The first news item. Add pages with `kielo new news/name`.",
};

/// The words for `code`: English for a language kielo has none for, to be translated.
fn words(code: &str) -> &'static Words {
    match code {
        "fi" => &FINNISH,
        "sv" => &SWEDISH,
        _ => &ENGLISH,
    }
}

/// Creates the site folder `dir` for `langs` (the first is the default language;
/// [`DEFAULT_LANGUAGES`] when empty) and returns the files written, relative to `dir`.
/// Refuses a `dir` that exists and is not an empty folder; writes nothing on any error.
pub fn init_site(
    dir: &Path,
    langs: &[String],
    now: jiff::Timestamp,
) -> Result<Vec<PathBuf>, Error> {
    let codes: Vec<&str> = match langs.is_empty() {
        true => DEFAULT_LANGUAGES.to_vec(),
        false => langs.iter().map(|l| l.trim()).collect(),
    };
    if let Some(code) = (codes.iter()).find(|c| !is_code(c)) {
        return Err(Error::usage(text!("init-not-a-code", code = *code)));
    }
    let before = |i: usize, c: &str| codes[..i].iter().any(|b| b.eq_ignore_ascii_case(c));
    if let Some((_, code)) = (codes.iter().enumerate()).find(|(i, c)| before(*i, c)) {
        return Err(Error::usage(text!("init-given-twice", code = *code)));
    }
    refuse_used(dir)?;
    let yaml = site_yaml(&codes);
    // The same checks as a build's, so that what init writes is a site kielo reads.
    let config = crate::config::parse(&yaml).map_err(|problems| {
        // Each problem in the reader's language, one after another.
        let problems = (problems.into_iter().map(|d| d.message))
            .reduce(|first, next| text!("init-problems", first = first, next = next));
        let problems = problems.map_or_else(|| Arg::from(""), Arg::from);
        Error::usage(text!("init-cannot-make", problems = problems))
    })?;
    for language in &config.languages {
        crate::dates::DateFormatter::new(&language.locale).map_err(|message| {
            Error::usage(text!(
                "init-cannot-make-in",
                code = &language.code,
                reason = message
            ))
        })?;
    }

    // Today where the site is: a date-only `date` is midnight there, so the machine's own
    // date could be a day ahead of it, and the first page embargoed.
    let today = now.to_zoned(config.timezone.clone()).date();
    let mut files: Vec<(PathBuf, String)> = vec![("site.yaml".into(), yaml)];
    for code in &codes {
        files.extend(pages(code, words(code), today));
        if !matches!(*code, "fi" | "sv" | "en") {
            files.push(english_strings(code));
        }
    }
    for (file, text) in &files {
        write_new(&dir.join(file), text)?;
    }
    Ok(files.into_iter().map(|(file, _)| file).collect())
}

/// A code site.yaml accepts: letters, digits and `-`, and a valid BCP 47 tag.
fn is_code(code: &str) -> bool {
    !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && code.parse::<icu_locale::Locale>().is_ok()
}

/// An error unless `dir` is missing or an empty folder: init never writes over anything.
fn refuse_used(dir: &Path) -> Result<(), Error> {
    match std::fs::symlink_metadata(dir) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(Error::io(dir, err)),
        Ok(meta) if !meta.is_dir() => Err(Error::usage(text!("init-not-a-folder", folder = dir))),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
            match entries.next() {
                None => Ok(()),
                Some(_) => Err(Error::usage(text!("init-not-empty", folder = dir))),
            }
        }
    }
}

/// `site.yaml` for `codes`, commented like the sample site's.
fn site_yaml(codes: &[&str]) -> String {
    let mut yaml = String::from(
        "# The site's settings; README.md of kielo explains every key.\n\
         # The address the site is published at. `kielo build --base-url URL` overrides it, e.g.\n\
         # for a preview deploy.\n\
         base_url: https://example.org\n\
         # The language of files without a language code in their name.\n",
    );
    yaml.push_str(&format!("default_language: {}\n", yaml_text(codes[0])));
    yaml.push_str(&format!(
        "# Uncomment to serve the default language at / instead of /{}/ (as Zola and Hugo do).\n\
         # default_language_at_root: true\n\
         # Dates without a time are midnight here; by default the default language's time zone.\n\
         # timezone: Europe/Helsinki\n\
         # Every language of the site, in the language switcher's order.\n\
         languages:\n",
        codes[0]
    ));
    for (i, code) in codes.iter().enumerate() {
        let words = words(code);
        let name = match *code {
            "fi" | "sv" | "en" => words.name,
            _ => code,
        };
        let [name_note, title_note] = match i {
            0 => [
                "  # the language's own name, in the language switcher",
                "  # the site's name in this language",
            ],
            _ => [""; 2],
        };
        yaml.push_str(&format!(
            "  - code: {}\n    name: {}{name_note}\n    title: {}{title_note}\n",
            yaml_text(code),
            yaml_text(name),
            yaml_text(words.title)
        ));
    }
    yaml
}

/// `text` as a YAML value: quoted when YAML would read it as something else (`no`, `on`).
fn yaml_text(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_alphanumeric() || " -".contains(c))
        && !text.starts_with(['-', ' '])
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
        );
    match plain {
        true => text.to_string(),
        false => serde_json::Value::from(text).to_string(),
    }
}

/// The home page, the news section and its first page in language `code`.
fn pages(code: &str, words: &Words, today: jiff::civil::Date) -> Vec<(PathBuf, String)> {
    let page = |title: &str, slug: Option<&str>, date: bool, text: &str| {
        let slug = slug.map_or_else(String::new, |s| format!("slug: {s}\n"));
        let date = match date {
            true => format!("date: {today}\n"),
            false => String::new(),
        };
        format!(
            "---\ntitle: {}\n{slug}{date}description: {}\n---\n\n{text}\n",
            yaml_text(title),
            serde_json::Value::from(text.split(". ").next().unwrap_or(text)),
        )
    };
    let news = format!("{}\n\n[{}](@/news/_index.md)", words.first_text, words.news);
    vec![
        (
            format!("content/_index.{code}.md").into(),
            page(words.home, None, false, words.home_text),
        ),
        (
            format!("content/news/_index.{code}.md").into(),
            page(words.news, words.news_slug, false, words.news_text),
        ),
        (
            format!("content/news/first.{code}.md").into(),
            page(words.first, words.first_slug, true, &news),
        ),
    ]
}

/// The default theme's English texts as the site's own for a language the theme lacks, so
/// that it builds without warnings until they are translated.
fn english_strings(code: &str) -> (PathBuf, String) {
    let english = crate::theme::default_theme_file("locales/en/theme.ftl").unwrap_or_default();
    let text = format!(
        "# The default theme's texts in English: translate them into `{code}`.\n{}",
        String::from_utf8_lossy(english)
    );
    (format!("locales/{code}/theme.ftl").into(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_yaml_would_misread_are_quoted() {
        assert_eq!(yaml_text("fi"), "fi");
        assert_eq!(yaml_text("På svenska"), "På svenska");
        assert_eq!(yaml_text("no"), "\"no\"");
        assert_eq!(yaml_text("a: b"), "\"a: b\"");
        let yaml = site_yaml(&["no", "fi"]);
        let config = crate::config::parse(&yaml).unwrap();
        assert_eq!(config.languages[config.default].code, "no");
    }
}
