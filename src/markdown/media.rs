//! Pictures and documents in Markdown: an image becomes a `<picture>` with its variants and
//! size (a `<figure>` when it stands alone with a title), and a link to a document says its
//! type, size and language.

use std::fmt::Write;
use std::sync::Arc;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use crate::media::{Picture, label};

/// How wide a picture shows in the default theme's column: 44rem, or the screen less its
/// margins. Browsers pick a variant from it before the stylesheet loads.
pub(super) const SIZES: &str = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

/// Alt text that marks a picture as decorative: `![""](line.png)`.
pub(crate) const DECORATIVE: &str = "\"\"";

/// An image of the page, in the order they appear, as the Markdown named it.
#[derive(Debug)]
pub(super) struct Image {
    pub(super) url: String,
    pub(super) picture: Option<Arc<Picture>>,
    /// The site's picture file it shows, if any: the page's preview is the first.
    pub(super) file: Option<crate::media::MediaFile>,
}

/// Replaces each image (its start, alt text and end events) with HTML of its own; an image
/// alone in a paragraph, with a title, becomes a figure with that caption.
/// Also returns each image's alt text, in order.
pub(super) fn pictures<'a>(
    events: Vec<Event<'a>>,
    images: &[Image],
) -> (Vec<Event<'a>>, Vec<String>) {
    let mut alts = Vec::new();
    if images.is_empty() {
        return (events, alts);
    }
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut images = images.iter();
    let mut first = true;
    let mut events = events.into_iter().peekable();
    while let Some(event) = events.next() {
        let Event::Start(Tag::Image { title, .. }) = event else {
            out.push(event);
            continue;
        };
        let mut alt = String::new();
        for inner in events.by_ref() {
            match inner {
                Event::End(TagEnd::Image) => break,
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
        }
        let Some(image) = images.next() else {
            continue;
        };
        if alt.trim() == DECORATIVE {
            alt.clear();
        }
        let alone = matches!(out.last(), Some(Event::Start(Tag::Paragraph)))
            && matches!(events.peek(), Some(Event::End(TagEnd::Paragraph)));
        let figure = alone && !title.is_empty();
        // A title that is no caption stays the picture's title.
        let html = img(image, &alt, first, (!figure).then_some(&*title));
        alts.push(alt);
        first = false;
        if figure {
            out.pop();
            events.next();
            let mut figure = format!("<figure>{html}<figcaption>");
            let _ = escape_html(&mut figure, &title);
            figure.push_str("</figcaption></figure>\n");
            out.push(Event::Html(CowStr::from(figure)));
        } else {
            out.push(Event::InlineHtml(CowStr::from(html)));
        }
    }
    (out, alts)
}

/// The HTML of one image: with variants a `<picture>` whose WebP source comes first.
fn img(image: &Image, alt: &str, first: bool, title: Option<&str>) -> String {
    let mut html = String::new();
    let picture = image.picture.as_deref();
    let fallback = picture.and_then(Picture::fallback_type);
    if let (Some(picture), Some(fallback)) = (picture, fallback) {
        html.push_str("<picture>");
        if picture.of_type(crate::media::WEBP).next().is_some() {
            let _ = write!(html, r#"<source type="{}" srcset=""#, crate::media::WEBP);
            srcset(&mut html, picture, crate::media::WEBP);
            let _ = write!(html, r#"" sizes="{SIZES}">"#);
        }
        html.push_str(r#"<img src=""#);
        let _ = escape_href(&mut html, &image.url);
        html.push_str(r#"" srcset=""#);
        srcset(&mut html, picture, fallback);
        let _ = write!(html, r#"" sizes="{SIZES}""#);
    } else {
        html.push_str(r#"<img src=""#);
        let _ = escape_href(&mut html, &image.url);
        html.push('"');
    }
    if let Some(p) = picture.filter(|p| p.width > 0 && p.height > 0) {
        let _ = write!(
            html,
            r#" width="{}" height="{}""#,
            p.width.min(largest(p)),
            scaled_height(p)
        );
    }
    html.push_str(r#" alt=""#);
    let _ = escape_html(&mut html, alt);
    html.push('"');
    if let Some(title) = title.filter(|t| !t.is_empty()) {
        html.push_str(r#" title=""#);
        let _ = escape_html(&mut html, title);
        html.push('"');
    }
    // The first picture is often the largest thing on the screen: fetched at once.
    if !first {
        html.push_str(r#" loading="lazy""#);
    }
    html.push_str(r#" decoding="async">"#);
    if fallback.is_some() {
        html.push_str("</picture>");
    }
    html
}

/// The width of the largest variant, which is the picture's as published.
fn largest(picture: &Picture) -> u32 {
    picture
        .variants
        .iter()
        .map(|v| v.width)
        .max()
        .unwrap_or(picture.width)
}

/// The height that goes with the published width, so the box keeps the picture's shape.
fn scaled_height(picture: &Picture) -> u32 {
    let width = largest(picture).min(picture.width);
    match picture.variants.iter().find(|v| v.width == width) {
        Some(v) => v.height,
        None => picture.height,
    }
}

fn srcset(html: &mut String, picture: &Picture, mime: &str) {
    for (i, variant) in picture.of_type(mime).enumerate() {
        if i > 0 {
            html.push_str(", ");
        }
        let _ = escape_href(&mut *html, &variant.url);
        let _ = write!(html, " {}w", variant.width);
    }
}

/// The HTML that ends a link to a document: its type and size, and its language when that
/// is not the page's (`lang` marks it for screen readers).
pub(super) fn document_label(text: &str, lang: Option<&str>) -> String {
    let mut html = String::from(r#" <span class="file-info">("#);
    match lang {
        Some(code) => {
            // The language's name is the last part of the label, in its own language.
            let (before, name) = text.rsplit_once(", ").unwrap_or(("", text));
            let _ = escape_html(&mut html, before);
            let _ = write!(html, r#", <span lang="{code}">"#);
            let _ = escape_html(&mut html, name);
            html.push_str("</span>");
        }
        None => {
            let _ = escape_html(&mut html, text);
        }
    }
    html.push_str(")</span>");
    html
}

/// Whether a file name is that of a document whose link gets a label.
pub(super) fn is_document(name: &str) -> Option<&'static str> {
    label::document_type(name)
}

/// The start of a link to a document in another language, which Markdown cannot mark.
pub(super) fn link_start(dest: &str, title: &str, hreflang: &str) -> String {
    let mut html = String::from(r#"<a href=""#);
    let _ = escape_href(&mut html, dest);
    html.push('"');
    if !title.is_empty() {
        html.push_str(r#" title=""#);
        let _ = escape_html(&mut html, title);
        html.push('"');
    }
    let _ = write!(html, r#" hreflang="{hreflang}">"#);
    html
}
