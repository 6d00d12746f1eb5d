//! `kielo new`: creates a page and its translations side by side, with front matter filled in.

use std::path::{Path, PathBuf};

use crate::config::{Config, LangId};
use crate::error::Error;
use crate::load::CONTENT_DIR;
use crate::messages::{Text, text};
use crate::read::SiteDir;

/// Creates `content/<path>.<lang>.md` for each language (the default language when none is
/// given), or `content/<path>/index.<lang>.md` when `<path>` is a page bundle, and returns
/// the files written. Writes nothing if any of them exists already.
pub fn new_page(
    root: &Path,
    path: &str,
    langs: &[String],
    today: jiff::civil::Date,
    new_section: bool,
) -> Result<Vec<PathBuf>, Error> {
    let site_dir = crate::read::SiteDir::new(root)?;
    let config = crate::config::load(&site_dir)?;
    let path = path.trim().trim_end_matches(".md").trim_matches('/');
    // `news/x.fi.md` written as the file it makes: its language code is not part of the name.
    let written_code = (path.rsplit_once('.'))
        .filter(|(_, code)| config.language_index(code).is_some())
        .map(|(stem, code)| (stem, code.to_string()));
    let (path, langs) = match (written_code, langs.is_empty()) {
        (Some((stem, code)), true) => (stem, vec![code]),
        (Some((stem, _)), false) => (stem, langs.to_vec()),
        (None, _) => (path, langs.to_vec()),
    };
    let parts: Vec<&str> = path.split('/').collect();
    let valid = |part: &&str| {
        !part.is_empty() && *part != "." && *part != ".." && !part.contains(['\\', ':'])
    };
    if parts.is_empty() || !parts.iter().all(valid) {
        return Err(Error::usage(text!("new-not-a-path", path = path)));
    }
    let codes: Vec<&str> = if langs.is_empty() {
        vec![config.languages[config.default].code.as_str()]
    } else {
        langs.iter().map(String::as_str).collect()
    };
    // A misspelt section (its address, not its folder) would start a new one unnoticed.
    let folder = &parts[..parts.len() - 1];
    let missing = (1..=folder.len())
        .map(|n| folder[..n].join("/"))
        .find(|f| !root.join(CONTENT_DIR).join(f).is_dir());
    if let (Some(missing), false) = (missing, new_section) {
        return Err(Error::usage(no_section(&site_dir, &config, &missing)));
    }
    // A translation of a page bundle goes into the bundle, beside its files.
    let bundle = is_bundle(&root.join(CONTENT_DIR).join(path));
    let words = Words::of(&site_dir, &config);
    let mut files = Vec::new();
    for code in &codes {
        let lang = config.language_index(code).ok_or_else(|| {
            Error::usage(text!(
                "usage-unknown-language",
                code = *code,
                codes = config.codes()
            ))
        })?;
        let file = match bundle {
            true => Path::new(CONTENT_DIR).join(format!("{path}/index.{code}.md")),
            false => Path::new(CONTENT_DIR).join(format!("{path}.{code}.md")),
        };
        if root.join(&file).exists() {
            return Err(Error::usage(text!("new-exists", file = &file)));
        }
        files.push((file, lang));
    }
    // A translation without a date of its own waits for its original's, so an embargo set
    // on the original holds the translations back too.
    let default = config.default;
    let original = match bundle {
        true => format!("{path}/index.{}.md", config.languages[default].code),
        false => format!("{path}.{}.md", config.languages[default].code),
    };
    let has_original = files.iter().any(|(_, lang)| *lang == default)
        || root.join(CONTENT_DIR).join(&original).exists();
    for (file, lang) in &files {
        let word = |key: &str| words.get(*lang, key);
        let date = match has_original && *lang != default {
            true => String::new(),
            false => format!("date: {today}\n"),
        };
        // A draft, so that the next build does not publish the placeholders.
        let text = format!(
            "---\ntitle: \"{title}\"\n{date}draft: true\n# description: {description}\n# slug: {slug}\ntags: []\n---\n\n{body}\n",
            title = word("new-title"),
            description = word("new-description"),
            slug = word("new-slug"),
            body = word("new-body"),
        );
        write_new(&root.join(file), &text)?;
    }
    Ok(files.into_iter().map(|(file, _)| file).collect())
}

/// Writes a file that must not exist yet, and the folders it needs.
pub(crate) fn write_new(full: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = full.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    // `create_new` so a file that appeared meanwhile is still never overwritten.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(full)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
        .map_err(|e| Error::io(full, e))
}

/// Whether `folder` is a page bundle: it holds an `index.md` or `index.<lang>.md`.
fn is_bundle(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        name.strip_prefix(crate::load::BUNDLE_INDEX)
            .is_some_and(|rest| rest.starts_with('.') && rest.ends_with(".md"))
    })
}

/// The texts a new page starts with, in each language: the theme's and the site's `new-*`
/// messages, else English.
struct Words(Option<crate::i18n::I18n>);

impl Words {
    fn of(site: &SiteDir, config: &Config) -> Words {
        let mut files = crate::theme::theme_files(site, config).unwrap_or_default();
        let locales = crate::theme::files_under(site, site.root(), "locales".as_ref());
        files.extend(locales.unwrap_or_default());
        let refs: Vec<&crate::theme::ThemeFile> = files.iter().collect();
        Words(crate::i18n::I18n::new(config, &refs).ok())
    }

    fn get(&self, lang: LangId, key: &str) -> String {
        let text = self
            .0
            .as_ref()
            .and_then(|i18n| i18n.message(lang, key, None));
        // Quotes would end the YAML text the title is written in.
        text.unwrap_or_else(|| english(key).to_string())
            .replace('"', "'")
    }
}

fn english(key: &str) -> &'static str {
    match key {
        "new-title" => "Write the title here",
        "new-description" => "One or two sentences for listings and search results.",
        "new-slug" => "the-address-of-the-page",
        _ => "Write the page here.",
    }
}

/// The error for a section folder that does not exist: the sections there are, each with
/// its addresses, and the one meant when the name is one of their addresses.
fn no_section(site: &SiteDir, config: &Config, missing: &str) -> Text {
    let sections = sections(site, config);
    let wanted = missing.rsplit('/').next().unwrap_or(missing);
    let meant = (sections.iter())
        .find(|(_, urls)| {
            urls.iter()
                .any(|u| u.trim_end_matches('/').ends_with(&format!("/{wanted}")))
        })
        .or_else(|| {
            let names: Vec<&str> = sections.iter().map(|(f, _)| f.as_str()).collect();
            let near = crate::error::closest(wanted, &names)?;
            sections.iter().find(|(f, _)| f == near)
        });
    let list: String = (sections.iter())
        .map(|(folder, urls)| format!("\n  {folder}: {}", urls.join(", ")))
        .collect();
    match meant {
        Some((folder, urls)) => text!(
            "new-no-section-did-you-mean",
            missing = missing,
            folder = folder,
            addresses = urls.join(", "),
            sections = list
        ),
        None => text!("new-no-section", missing = missing, sections = list),
    }
}

/// Each section's folder and its addresses, as the site links them; drafts and embargoed
/// pages count, as for `kielo translations`.
fn sections(site: &SiteDir, config: &Config) -> Vec<(String, Vec<String>)> {
    let mut ignored = crate::error::Diagnostics::default();
    let options = crate::load::LoadOptions::EVERY_PAGE;
    let Ok(linked) = crate::build::linked(site, config.clone(), options, &mut ignored) else {
        return Vec::new();
    };
    (linked.sections.iter())
        .filter(|section| !section.folder.is_empty())
        .map(|section| {
            let urls = (section.index.iter().flatten())
                .map(|&page| linked.pages[page].url.clone())
                .collect();
            (section.folder.clone(), urls)
        })
        .collect()
}

/// Warnings for pages published with the title `kielo new` gave them, in their language.
pub(crate) fn placeholder_titles(
    site: &crate::model::Site,
    drafts: &[crate::held_back::HeldBack],
    i18n: &crate::i18n::I18n,
) -> Vec<crate::error::Diagnostic> {
    let placeholder = |lang: LangId| {
        let word = i18n.message(lang, "new-title", None);
        word.unwrap_or_else(|| english("new-title").to_string())
    };
    let pages = (site.pages.iter())
        .filter(|page| page.has_file() && page.source.title == placeholder(page.source.lang))
        .map(|page| {
            let source = &page.source;
            (source.path(), source.lines.line("title"), &source.title)
        });
    // Drafts too: the build leaves them out, but their writer should know before publishing.
    let drafts = drafts.iter().filter_map(|draft| {
        let (title, line) = draft.title.as_ref()?;
        let lang = site.config.language_index(&draft.lang)?;
        (*title == placeholder(lang)).then_some((draft.file.as_path(), *line, title))
    });
    (pages.chain(drafts))
        .map(|(file, line, title)| {
            crate::error::Diagnostic::warning(
                crate::error::Code::ContentPlaceholderTitle,
                file,
                line,
                text!("content-placeholder-title", title = title),
            )
            .with_hint(text!("content-placeholder-title-hint"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::messages::{Language, Messages, text};

    /// The message spans lines, and the list of sections is one argument of its own lines.
    #[test]
    fn the_list_of_sections_is_told_in_the_reader_s_language() {
        let message = text!(
            "new-no-section-did-you-mean",
            missing = "uutiset",
            folder = "news",
            addresses = "/fi/uutiset/, /sv/nyheter/",
            sections = "\n  news: /fi/uutiset/, /sv/nyheter/\n  about: /fi/tietoa/"
        );
        assert_eq!(
            message.english(),
            "content/uutiset/ is not a section of this site; did you mean `news` (/fi/uutiset/, /sv/nyheter/)?\n\
             kielo new writes into a section's folder, named in content/; the sections are:\n  \
             news: /fi/uutiset/, /sv/nyheter/\n  \
             about: /fi/tietoa/\n\
             To start a new section, give --new-section."
        );
        assert_eq!(
            Messages::new(Language::Fi).format(&message),
            "content/uutiset/ ei ole tämän sivuston osio; tarkoititko `news` (/fi/uutiset/, /sv/nyheter/)?\n\
             kielo new kirjoittaa osion kansioon content/-kansion alla; osiot ovat:\n  \
             news: /fi/uutiset/, /sv/nyheter/\n  \
             about: /fi/tietoa/\n\
             Jos haluat aloittaa uuden osion, anna --new-section."
        );
        let swedish = Messages::new(Language::Sv).format(&message);
        assert!(
            swedish.ends_with("\nAnge --new-section för att starta en ny sektion."),
            "{swedish}"
        );
    }
}
