//! Where a link leads: `@/` paths to pages in the linking page's language, the files of the
//! page's bundle and of `static/`, and nowhere for an address that could run a script.

use pulldown_cmark::CowStr;

use super::{AnchorLink, Rendered};
use crate::error::{Code, Diagnostic};
use crate::load::Source;
use crate::media::label::Labels;
use crate::media::{Find, MediaFile, What};
use crate::messages::text;
use crate::model::PageId;

/// The URL to write for a link, or `None` to leave the link out (its text stays).
pub(super) fn link_destination<'a>(
    context: &super::Context,
    source: &Source,
    page: PageId,
    dest: &CowStr<'a>,
    at: Option<usize>,
    out: &mut Rendered,
    document: &mut Option<Document>,
) -> Option<CowStr<'a>> {
    let links = context.links;
    if is_script_url(dest) {
        out.diagnostics.push(script_url_warning(source, at, dest));
        return None;
    }
    if let Some(target) = dest.strip_prefix("@/") {
        return match links.resolve(source.lang, target) {
            Ok(resolved) => {
                if let Some(warning) = resolved.warning {
                    out.diagnostics.push(Diagnostic::warning(
                        Code::LinkOtherLanguage,
                        source.path(),
                        at,
                        warning,
                    ));
                }
                if let Some(anchor) = resolved.anchor {
                    out.anchor_links.push(AnchorLink {
                        target: resolved.page,
                        anchor,
                        line: at,
                        cross_page: true,
                    });
                }
                Some(CowStr::from(resolved.url))
            }
            Err(message) => {
                let hint = match links.nearest(target) {
                    Some(meant) => text!("hint-did-you-mean", word = meant),
                    None => text!("md-link-missing-page-hint"),
                };
                out.diagnostics.push(
                    Diagnostic::error(Code::LinkMissingPage, source.path(), at, message)
                        .with_hint(hint),
                );
                Some(CowStr::from(""))
            }
        };
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        // `#` and `#top` lead to the top of the page, as browsers take them.
        if anchor.is_empty() || anchor.eq_ignore_ascii_case("top") {
            return Some(dest.clone());
        }
        out.anchor_links.push(AnchorLink {
            target: page,
            anchor: anchor.to_string(),
            line: at,
            cross_page: false,
        });
    } else if !has_scheme(dest) && !dest.starts_with("//") {
        match links.media(page, dest) {
            Find::Found(file) => {
                *document = context.labels.and_then(|l| label_of(file, source, l));
                // `report.pdf#page=2` keeps its page.
                let rest = dest.find(['#', '?']).map_or("", |at| &dest[at..]);
                return Some(CowStr::from(format!("{}{rest}", file.url)));
            }
            Find::Missing(similar) => {
                let path = source.path();
                out.diagnostics
                    .push(crate::media::missing(path, at, What::File, dest, &similar));
            }
            Find::Other => out.local_links.push((dest.to_string(), at)),
        }
    }
    Some(dest.clone())
}

/// `https:`, `mailto:`, `tel:` …: a URL scheme before any `/`, `?` or `#`.
pub(crate) fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(colon) => {
            let scheme = &url[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Whether a browser would run `url` as script, the way it reads it: ignoring case, blanks
/// and control characters.
pub(super) fn is_script_url(url: &str) -> bool {
    let plain: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| plain.starts_with(s))
}

pub(super) fn script_url_warning(source: &Source, at: Option<usize>, url: &str) -> Diagnostic {
    let shown: String = url.chars().take(40).collect();
    Diagnostic::warning(
        Code::LinkScriptUrl,
        source.path(),
        at,
        text!("md-link-script-url", address = shown),
    )
    .with_hint(text!("md-link-script-url-hint"))
}

/// What a link to a document adds: a label, and the document's language when it is not the
/// page's.
#[derive(Debug)]
pub(super) struct Document {
    pub(super) label: String,
    pub(super) hreflang: Option<String>,
}

fn label_of(file: &MediaFile, source: &Source, labels: &Labels) -> Option<Document> {
    let kind = super::media::is_document(&file.name)?;
    let other = file.lang.filter(|&l| l != source.lang);
    let text = labels.label(source.lang, kind, file.size, other);
    let hreflang = other.map(|l| labels.code(l).to_string());
    Some(Document {
        label: super::media::document_label(&text, hreflang.as_deref()),
        hreflang,
    })
}
