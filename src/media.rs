//! Stage `media`: the files of page bundles and of `static/` that pages name, where each is
//! published, and the responsive variants of their pictures. Runs after linking, as a
//! bundle's files are published beside its page; its result joins the site before the site
//! is shared, and is only read afterwards.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{Config, LangId};
use crate::error::{Code, Diagnostic};
use crate::ids::IdVec;
use crate::images::ImageCache;
use crate::load::bundles::{BundleFile, Bundles};
use crate::messages::text;
use crate::model::{PageId, Site};
use crate::theme::ThemeFile;

pub(crate) mod label;
mod publish;
pub(crate) use publish::{Published, publish};

/// The type of the WebP variants.
pub(crate) const WEBP: &str = "image/webp";

/// What is done with a file of a bundle, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A photo or drawing kielo makes variants of: JPEG, PNG, WebP.
    Processed,
    /// A picture published as it is: an animation (GIF) or a drawing that scales (SVG).
    AsIs,
    /// A picture kielo cannot process (HEIC, AVIF, TIFF, BMP): as it is, it would carry its
    /// camera's metadata.
    Unsupported,
    /// A file a browser would run as part of the site: HTML, JavaScript.
    Script,
    Other,
}

/// The kind of the file `name`.
pub(crate) fn kind(name: &str) -> Kind {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some("jpg" | "jpeg" | "jpe" | "jfif" | "png" | "webp") => Kind::Processed,
        Some("gif" | "svg") => Kind::AsIs,
        Some("heic" | "heif" | "avif" | "tif" | "tiff" | "bmp" | "dng") => Kind::Unsupported,
        Some("html" | "htm" | "xhtml" | "js" | "mjs") => Kind::Script,
        _ => Kind::Other,
    }
}

/// A file a page may name: a bundle's, or one of `static/`.
#[derive(Debug, Clone)]
pub(crate) struct MediaFile {
    /// Inside its bundle (`photo.jpg`), or the output path of a static file (`files/x.pdf`).
    pub(crate) name: String,
    /// The file as messages name it.
    pub(crate) path: PathBuf,
    /// The language a file name gives (`report.sv.pdf`).
    pub(crate) lang: Option<LangId>,
    pub(crate) size: u64,
    /// Site-relative URL; for a processed picture, that of its largest variant.
    pub(crate) url: String,
    pub(crate) picture: Option<Arc<Picture>>,
}

/// A picture's size and the variants a browser chooses from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Picture {
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// Smallest first; empty for a picture published as it is (GIF, SVG, a static file).
    pub(crate) variants: Vec<Variant>,
}

/// One size of a picture, in one format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) url: String,
    /// `image/webp`, or the type of the original's format.
    pub(crate) mime: &'static str,
}

impl Picture {
    /// The variants of one type, smallest first.
    pub(crate) fn of_type<'a>(&'a self, mime: &'a str) -> impl Iterator<Item = &'a Variant> {
        self.variants.iter().filter(move |v| v.mime == mime)
    }

    /// The type of the variants that are not WebP: what every browser shows.
    pub(crate) fn fallback_type(&self) -> Option<&'static str> {
        self.variants.iter().map(|v| v.mime).find(|m| *m != WEBP)
    }

    /// The smallest fallback variant at least `width` wide, else the largest: for previews.
    pub(crate) fn at_least(&self, width: u32) -> Option<&Variant> {
        let mime = self.fallback_type()?;
        let list: Vec<&Variant> = self.of_type(mime).collect();
        list.iter()
            .find(|v| v.width >= width)
            .or(list.last())
            .copied()
    }
}

/// A page's own picture, from `image:` in its front matter.
#[derive(Debug, Clone)]
pub(crate) struct PageImage {
    pub(crate) file: MediaFile,
    /// `None` when the front matter gives no `image_alt`; empty for a decorative picture.
    pub(crate) alt: Option<String>,
}

/// What the media stage found and made, read by Markdown, templates and the writer.
#[derive(Debug, Default)]
pub(crate) struct Media {
    /// Each bundle's files, by the bundle's folder relative to `content/`.
    bundles: HashMap<String, Vec<MediaFile>>,
    /// The static files, by output path.
    statics: HashMap<String, MediaFile>,
    /// The bundle files, by their site-relative URL, for addresses from the site root.
    published_at: HashMap<String, MediaFile>,
    pub(crate) page_images: IdVec<PageId, Option<PageImage>>,
    /// What the writer copies or takes from the cache.
    pub(crate) published: Vec<Published>,
    /// Pictures processed in this build, and those taken from the cache.
    pub(crate) processed: usize,
    pub(crate) cached: usize,
}

/// What a link or image address names.
#[derive(Debug)]
pub(crate) enum Find<'a> {
    /// Not a file of the site: a page, an outside address.
    Other,
    Found(&'a MediaFile),
    /// A file of the page's bundle or of `static/` that is not there; similar names.
    Missing(Vec<String>),
}

impl Media {
    /// What `dest`, written in page `page`'s Markdown or front matter, names.
    pub(crate) fn find(&self, site: &Site, page: PageId, dest: &str) -> Find<'_> {
        let dest = dest.split(['#', '?']).next().unwrap_or("");
        let decoded = percent_encoding::percent_decode_str(dest).decode_utf8_lossy();
        let dest = decoded.as_ref();
        if dest.is_empty()
            || crate::markdown::has_scheme(dest)
            || dest.starts_with("//")
            || dest.starts_with("@/")
        {
            return Find::Other;
        }
        if let Some(path) = dest.strip_prefix('/') {
            let root = site.config.root_path.trim_start_matches('/');
            let path = path
                .strip_prefix(root)
                .unwrap_or(path)
                .trim_start_matches('/');
            let published = self.published_at.get(&site.config.url(path));
            return match self.statics.get(path).or(published) {
                Some(file) => Find::Found(file),
                None if is_file_name(path) && !path.ends_with(".html") => {
                    Find::Missing(similar(path, self.statics.keys()))
                }
                None => Find::Other,
            };
        }
        let source = &site.pages[page].source;
        let name = dest.trim_start_matches("./");
        let Some(files) = source.bundle.as_ref().and_then(|b| self.bundles.get(b)) else {
            return match is_file_name(name) && !name.ends_with(".html") {
                true => Find::Missing(Vec::new()),
                false => Find::Other,
            };
        };
        // `report.pdf` in the Swedish page is `report.sv.pdf` when the bundle has one.
        let own = with_language(name, &site.config.languages[source.lang].code);
        let found = (own.iter().map(String::as_str))
            .chain([name])
            .find_map(|n| files.iter().find(|f| same_name(&f.name, n)));
        match found {
            Some(file) => Find::Found(file),
            None if is_file_name(name) && !name.ends_with(".html") => {
                Find::Missing(similar(name, files.iter().map(|f| &f.name)))
            }
            None => Find::Other,
        }
    }
}

/// The inputs of the media stage.
pub(crate) struct Inputs<'a> {
    pub(crate) site: &'a Site,
    pub(crate) bundles: Bundles,
    pub(crate) statics: &'a [ThemeFile],
    /// Where processed pictures are kept; `None` keeps them in memory.
    pub(crate) cache: &'a ImageCache,
    /// The site folder, to read bundle files from.
    pub(crate) site_dir: &'a crate::read::SiteDir,
}

/// Finds where every bundle file is published and makes the variants of its pictures, in
/// parallel; problems (an unreadable or too large picture, a missing `image:`) go to
/// `problems`.
pub(crate) fn stage(inputs: Inputs, problems: &mut Vec<Diagnostic>) -> Media {
    let Inputs {
        site,
        bundles,
        statics,
        cache,
        site_dir,
    } = inputs;
    let config = &site.config;
    let mut homes: HashMap<&str, IdVec<LangId, Option<PageId>>> = HashMap::new();
    for (id, page) in site.pages.with_ids() {
        if let Some(bundle) = &page.source.bundle {
            let row = homes
                .entry(bundle.as_str())
                .or_insert_with(|| IdVec::from(vec![None; config.languages.len()]));
            row[page.lang()] = Some(id);
        }
    }
    // Files of a bundle without a published page (a draft) are not published either.
    let placed: Vec<(String, BundleFile, String)> = bundles
        .into_iter()
        .filter_map(|(bundle, files)| {
            let pages = homes.get(bundle.as_str())?.clone();
            Some((bundle, files, pages))
        })
        .flat_map(|(bundle, files, pages)| {
            let home = pages[config.default].or_else(|| pages.iter().flatten().next().copied());
            files.into_iter().filter_map(move |file| {
                let page = file.lang.and_then(|l| pages[l]).or(home)?;
                let folder = crate::link::output_path(config, &site.pages[page].url);
                Some((bundle.clone(), file, folder.to_string()))
            })
        })
        .collect();
    let made: Vec<(String, MediaFile, Result<publish::Placed, Diagnostic>)> = placed
        .into_par_iter()
        .map(|(bundle, file, folder)| {
            // What pages find of a file that failed, so they report it once, not as missing.
            let failed = MediaFile {
                name: file.name.clone(),
                path: file.path.clone(),
                lang: file.lang,
                size: file.size,
                url: String::new(),
                picture: None,
            };
            let placed = publish::place(config, cache, site_dir, file, &folder);
            (bundle, failed, placed)
        })
        .collect();
    let mut media = Media::default();
    for (bundle, failed, result) in made {
        match result {
            Ok(placed) => {
                match (placed.media.picture.is_some(), placed.made) {
                    (true, true) => media.processed += 1,
                    (true, false) => media.cached += 1,
                    _ => {}
                }
                media.published.extend(placed.published);
                media.bundles.entry(bundle).or_default().push(placed.media);
            }
            Err(problem) => {
                problems.push(problem);
                media.bundles.entry(bundle).or_default().push(failed);
            }
        }
    }
    media.statics = statics
        .iter()
        .map(|file| {
            let name = file.output_path().to_string();
            (name, publish::static_file(config, file, problems))
        })
        .collect();
    media.published_at = (media.bundles.values().flatten())
        .filter(|f| !f.url.is_empty())
        .map(|f| (f.url.clone(), f.clone()))
        .collect();
    media.page_images = site
        .pages
        .ids()
        .map(|id| page_image(&media, site, id, problems))
        .collect();
    problems.extend(publish::clashes(&media.published, site, statics));
    media
}

/// The picture `image:` names, with its alt text.
fn page_image(
    media: &Media,
    site: &Site,
    id: PageId,
    problems: &mut Vec<Diagnostic>,
) -> Option<PageImage> {
    let source = &site.pages[id].source;
    let name = source.front.image.as_deref()?;
    let line = source.lines.line("image");
    match media.find(site, id, name) {
        Find::Found(file) if file.picture.is_some() => {
            if source.front.image_alt.is_none() {
                problems.push(
                    Diagnostic::warning(
                        Code::A11yImageAlt,
                        source.path(),
                        line,
                        text!("a11y-image-alt-page"),
                    )
                    .with_hint(text!("a11y-image-alt-page-hint")),
                );
            }
            Some(PageImage {
                file: file.clone(),
                alt: source.front.image_alt.clone(),
            })
        }
        Find::Found(_) => {
            problems.push(
                Diagnostic::error(
                    Code::MediaUnreadable,
                    source.path(),
                    line,
                    text!("media-unreadable-page-image", name = name),
                )
                .with_hint(text!("media-unreadable-page-image-hint")),
            );
            None
        }
        Find::Missing(similar) => {
            problems.push(missing(source.path(), line, What::Image, name, &similar));
            None
        }
        Find::Other => {
            problems.push(missing(source.path(), line, What::Image, name, &[]));
            None
        }
    }
}

/// What a page names that is missing, as its message calls it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum What {
    /// A picture the page shows.
    Image,
    /// A file the page links to or a component plays.
    File,
}

/// A file a page names that is not there.
pub(crate) fn missing(
    path: &Path,
    line: Option<usize>,
    what: What,
    name: &str,
    similar: &[String],
) -> Diagnostic {
    let what = match what {
        What::Image => "image",
        What::File => "file",
    };
    let diagnostic = Diagnostic::error(
        Code::MediaMissing,
        path,
        line,
        text!("media-missing", what = what, name = name),
    );
    let name = |n: usize| similar.get(n).map_or("", String::as_str);
    match similar {
        [] => diagnostic.with_hint(text!("media-missing-hint")),
        // `similar` gives at most three.
        names => diagnostic.with_hint(text!(
            "media-missing-did-you-mean",
            count = names.len(),
            first = name(0),
            second = name(1),
            third = name(2)
        )),
    }
}

/// The names among `names` that look like `name`: the same but for case or a typo.
fn similar<'a>(name: &str, names: impl Iterator<Item = &'a String>) -> Vec<String> {
    let lower = name.to_lowercase();
    let mut close: Vec<(usize, &String)> = names
        .filter_map(|n| {
            let distance = strsim::levenshtein(&lower, &n.to_lowercase());
            (distance <= 1 + name.len() / 4).then_some((distance, n))
        })
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, n)| n.clone()).collect()
}

/// Whether two file names are the same once both are in one Unicode form (NFC): a name
/// typed `kärtta.jpg` names a file macOS stored as `ka\u{308}rtta.jpg`.
fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    nfc.normalize(a) == nfc.normalize(b)
}

/// `report.pdf` → `report.sv.pdf`.
fn with_language(name: &str, code: &str) -> Option<String> {
    let (stem, extension) = name.rsplit_once('.')?;
    Some(format!("{stem}.{code}.{extension}"))
}

/// Whether the last part of a path has an extension, as a file's name has.
fn is_file_name(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or(path);
    last.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// A picture as templates see it: `page.image`, and `image` of each page in a listing.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct ImageView {
    /// The largest variant that every browser shows.
    pub(crate) url: String,
    /// `url 480w, …` of the variants in the original's format; empty for a picture
    /// published as it is.
    pub(crate) srcset: String,
    /// The same in WebP, for a `<source type="image/webp">`.
    pub(crate) webp_srcset: String,
    /// Size of the largest variant; 0 when unknown (an SVG).
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// `None` when the page gives no alt text; empty for a decorative picture.
    pub(crate) alt: Option<String>,
    /// For `og:image`: absolute address of a variant about 1200 pixels wide, and its size.
    pub(crate) og_url: String,
    pub(crate) og_width: u32,
    pub(crate) og_height: u32,
}

/// `url 480w, url 960w` for the variants of type `mime`.
pub(crate) fn srcset(picture: &Picture, mime: &str) -> String {
    let parts: Vec<String> = picture
        .of_type(mime)
        .map(|v| format!("{} {}w", v.url, v.width))
        .collect();
    parts.join(", ")
}

impl ImageView {
    pub(crate) fn new(config: &Config, file: &MediaFile, alt: Option<&str>) -> Option<ImageView> {
        // A picture of unknown size (an SVG) makes no preview: social sites want its size.
        let picture = file.picture.as_deref().filter(|p| p.width > 0)?;
        let fallback = picture.fallback_type().unwrap_or("");
        let largest = picture.at_least(u32::MAX);
        // What Facebook and LinkedIn ask for: at least 1200 pixels wide when there is one.
        let og = picture.at_least(1200);
        let (width, height) =
            largest.map_or((picture.width, picture.height), |v| (v.width, v.height));
        Some(ImageView {
            url: file.url.clone(),
            srcset: srcset(picture, fallback),
            webp_srcset: srcset(picture, WEBP),
            width,
            height,
            alt: alt.map(str::to_string),
            og_url: config.permalink(og.map_or(&file.url, |v| &v.url)),
            og_width: og.map_or(width, |v| v.width),
            og_height: og.map_or(height, |v| v.height),
        })
    }
}

impl Media {
    /// The picture of page `id` for templates: its `image:`.
    pub(crate) fn page_view(&self, config: &Config, id: PageId) -> Option<ImageView> {
        let image = self.page_images.get(id)?.as_ref()?;
        ImageView::new(config, &image.file, image.alt.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Language, Messages};

    #[test]
    fn a_missing_file_suggests_up_to_three_names_in_each_language() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let path = Path::new("content/x.fi.md");
        let one = missing(
            path,
            Some(3),
            What::Image,
            "kartta.jpg",
            &names(&["Kartta.jpg"]),
        );
        assert_eq!(
            one.message.english(),
            "the image `kartta.jpg` is not in the page's bundle folder or in static/"
        );
        assert_eq!(one.hint.unwrap().english(), "did you mean `Kartta.jpg`?");
        let three = missing(
            path,
            None,
            What::File,
            "a.pdf",
            &names(&["b.pdf", "c.pdf", "d.pdf"]),
        );
        let hint = three.hint.unwrap();
        assert_eq!(hint.english(), "did you mean `b.pdf`, `c.pdf` or `d.pdf`?");
        let finnish = Messages::new(Language::Fi);
        assert_eq!(
            finnish.format(&hint),
            "tarkoititko `b.pdf`, `c.pdf` vai `d.pdf`?"
        );
        assert_eq!(
            finnish.format(&three.message),
            "tiedostoa `a.pdf` ei ole sivun omassa kansiossa (sivupaketissa) eikä kansiossa static/"
        );
        let swedish = Messages::new(Language::Sv);
        assert_eq!(
            swedish.format(&one.message),
            "bilden `kartta.jpg` finns inte i sidans egen mapp (sidpaketet) eller i static/"
        );
    }

    #[test]
    fn names_match_in_either_unicode_form() {
        assert!(super::same_name("ka\u{308}rtta.jpg", "kärtta.jpg"));
        assert!(!super::same_name("kartta.jpg", "kärtta.jpg"));
    }
}
