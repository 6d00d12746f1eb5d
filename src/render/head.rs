//! What a page says about itself to search engines and feed readers: its hreflang set, its
//! `<title>`, its description. The hreflang set of a page is computed from its translation
//! group alone, so every member of the group writes the same set, in its head and in the
//! sitemap: each set lists its own page, is reciprocal and has `x-default`.

use serde::Serialize;

use crate::config::LangId;
use crate::model::{PageId, Site};

/// One entry of a page's hreflang set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Alternate {
    /// A language code, or `x-default`.
    pub(crate) hreflang: String,
    /// Absolute.
    pub(crate) href: String,
}

/// The hreflang set of the pages `members`, `(language, site-relative URL)` in configured
/// order: one entry each, then `x-default`, the default language's page, else the first.
pub(crate) fn alternates(site: &Site, members: &[(LangId, String)]) -> Vec<Alternate> {
    let config = &site.config;
    let entry = |hreflang: &str, url: &str| Alternate {
        hreflang: hreflang.to_string(),
        href: config.permalink(url),
    };
    let mut set: Vec<Alternate> = members
        .iter()
        .map(|(lang, url)| entry(&config.languages[*lang].code, url))
        .collect();
    let default = members.iter().find(|(lang, _)| *lang == config.default);
    if let Some((_, url)) = default.or(members.first()) {
        set.push(entry("x-default", url));
    }
    set
}

/// The hreflang set of page `number` (from 1) of the listing of `id`, or of the page `id`
/// itself: each translation that has that page.
pub(crate) fn page_alternates(site: &Site, id: PageId, number: usize) -> Vec<Alternate> {
    let group = &site.groups[site.pages[id].group];
    let members: Vec<(LangId, String)> = group
        .with_ids()
        .filter_map(|(lang, member)| {
            let member = (*member)?;
            (number <= site.listing_len(member)).then(|| (lang, site.listing_url(member, number)))
        })
        .collect();
    alternates(site, &members)
}

/// The `x-default` address of a set.
pub(crate) fn x_default(set: &[Alternate]) -> Option<&str> {
    set.iter()
        .find(|a| a.hreflang == "x-default")
        .map(|a| a.href.as_str())
}

/// What html-validate and search engines take as the longest useful `<title>`.
const TITLE_LENGTH: usize = 70;

/// The `<title>` of a page: `Page | Site`, or with the language's `short_title`, or the page
/// title alone, whichever first fits 70 characters; a page title longer than that is cut at
/// a word. A home page is the site's title.
pub(crate) fn head_title(site: &Site, lang: LangId, title: &str, home: bool) -> String {
    let language = &site.config.languages[lang];
    if home {
        return cut_to(&language.title, TITLE_LENGTH, written);
    }
    let names = std::iter::once(language.title.as_str()).chain(language.short_title.as_deref());
    names
        .map(|name| format!("{title} | {name}"))
        .find(|full| full.chars().map(written).sum::<usize>() <= TITLE_LENGTH)
        .unwrap_or_else(|| cut_to(title, TITLE_LENGTH, written))
}

/// How long a character of a `<title>` is as checkers count it: as written in the file, where
/// the template engine writes `'` as `&#39;`, and in UTF-16, as JavaScript counts.
fn written(c: char) -> usize {
    match c {
        '&' | '\'' => 5,
        '<' | '>' => 4,
        '"' => 6,
        c => c.len_utf16(),
    }
}

/// `text` if it is at most `max` characters long, else cut at the last space before that,
/// with `…`.
pub(crate) fn cut(text: &str, max: usize) -> String {
    cut_to(text, max, |_| 1)
}

/// [`cut`], each character counting as long as `length` says.
fn cut_to(text: &str, max: usize, length: impl Fn(char) -> usize) -> String {
    let text = text.trim();
    if text.chars().map(&length).sum::<usize>() <= max {
        return text.to_string();
    }
    // The longest start that leaves room for the ellipsis.
    let mut used = 0;
    let end = text
        .char_indices()
        .find(|&(_, c)| {
            used += length(c);
            used > max - 1
        })
        .map_or(text.len(), |(at, _)| at);
    let before = &text[..end];
    let end = before.rfind(char::is_whitespace).unwrap_or(before.len());
    format!("{}…", before[..end].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_a_word() {
        assert_eq!(cut("Lyhyt", 70), "Lyhyt");
        let long = "Työnantajan opas ihmiskaupan ja työperäisen hyväksikäytön tunnistamiseen";
        let cut70 = cut(long, 40);
        assert_eq!(cut70, "Työnantajan opas ihmiskaupan ja…");
        assert!(cut70.chars().count() <= 40);
        let one_word = "a".repeat(100);
        assert!(cut(&one_word, 70).chars().count() <= 70);
        // As written in HTML, an apostrophe takes five characters.
        let quoted = "workers' rights ".repeat(5);
        let cut = cut_to(&quoted, 70, written);
        assert!(cut.chars().map(written).sum::<usize>() <= 70, "{cut}");
        assert!(cut.ends_with("rights…"), "{cut}");
    }
}
