//! A page's photos and pictures in responsive sizes: each JPEG, PNG or WebP is decoded, turned
//! upright by its EXIF orientation, stripped of all metadata and written in the widths of
//! [`WIDTHS`] (never wider than it is), each once in its own kind of format and once as WebP.
//!
//! Results are kept in a cache folder, one entry per content hash, so an image is processed
//! once and not again until its bytes or kielo's settings change. GIF and SVG files are not
//! processed: they are published as they are.

mod process;
mod store;
#[cfg(test)]
mod tests;

use std::io;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::messages::{Text, text};

use store::Store;

/// The widths an image is made in, narrowest first. The last is also the most any is made.
pub(crate) const WIDTHS: [u32; 4] = [480, 960, 1600, 2400];

/// The most pixels an image may have: a 100-megapixel image is about 400 MB decoded.
pub(crate) const MAX_PIXELS: u64 = 100_000_000;

/// The most pixels an image may have on one side.
pub(crate) const MAX_SIDE: u32 = 30_000;

/// Changes the cache key of every image: bump it whenever what is made from an image
/// changes (widths, formats, quality, resizing), so old entries are not used.
const SETTINGS_VERSION: u64 = 1;

/// Why an image could not be processed.
#[derive(Debug)]
pub(crate) enum ImageError {
    TooLarge {
        width: u32,
        height: u32,
    },
    Unreadable(Unreadable),
    Unsupported,
    /// An encoder failed, or the resizer (no `format`); not expected for an image that was
    /// read. The reason is the encoder's, in English.
    Encoding {
        format: Option<&'static str>,
        reason: String,
    },
}

/// Why an image's pixels could not be read.
#[derive(Debug)]
pub(crate) enum Unreadable {
    /// Its header gives no pixels.
    Empty { width: u32, height: u32 },
    /// Decoding it would take more memory than kielo allows.
    Memory,
    /// The file ends before the image does.
    CutShort,
    /// The decoder gave no reason.
    Damaged,
    /// The decoder's reason, in English.
    Decoder(String),
}

impl ImageError {
    /// What is wrong, for people: kielo's sentence, with a decoder's words in English.
    pub(crate) fn text(&self) -> Text {
        match self {
            ImageError::TooLarge { width, height } => {
                text!("media-too-large", width = *width, height = *height)
            }
            ImageError::Unreadable(why) => match why {
                Unreadable::Empty { width, height } => {
                    text!("media-unreadable-empty", width = *width, height = *height)
                }
                Unreadable::Memory => text!("media-unreadable-memory"),
                Unreadable::CutShort => text!("media-unreadable-cut-short"),
                Unreadable::Damaged => text!("media-unreadable-damaged"),
                Unreadable::Decoder(detail) => text!("media-unreadable", detail = detail),
            },
            ImageError::Unsupported => text!("media-unreadable-not-image"),
            ImageError::Encoding {
                format: Some(format),
                reason,
            } => text!(
                "media-unreadable-encoding",
                format = *format,
                detail = reason
            ),
            ImageError::Encoding {
                format: None,
                reason,
            } => text!("media-unreadable-resizing", detail = reason),
        }
    }
}

/// In English.
impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for ImageError {}

/// Why a picture's variant could not be taken from the cache to publish.
#[derive(Debug)]
pub(crate) enum CacheError {
    /// Its file or a folder of the cache changed while the site was built.
    Changed,
    /// Reading it failed.
    Io(io::Error),
}

impl CacheError {
    /// What is wrong, for people: the system's reason stays as it gives it.
    pub(crate) fn text(&self) -> Text {
        match self {
            CacheError::Changed => text!("media-cache-changed"),
            CacheError::Io(e) => text!("media-cache-unreadable", detail = e.to_string()),
        }
    }
}

/// The width and height of a GIF, JPEG, PNG or WebP image, read from its header without
/// decoding the pixels. As stored: a JPEG's EXIF orientation is not applied.
pub(crate) fn dimensions(bytes: &[u8]) -> Result<(u32, u32), ImageError> {
    process::dimensions(bytes)
}

/// A format a variant is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    /// The file name extension, without the dot.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }

    /// The media type, for `<source type>`.
    pub(crate) fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
        }
    }
}

/// What was made from one image; the contents of a cache entry's `info.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ImageInfo {
    /// The content hash: the name of the cache entry.
    pub(crate) key: String,
    /// The size of the image upright (EXIF orientation applied), before any resizing.
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// The format each width is made in besides WebP: JPEG for a photo, PNG for an image
    /// with transparency or a PNG.
    pub(crate) fallback: Format,
    /// Narrowest first, for each width the fallback and then the WebP.
    pub(crate) variants: Vec<Variant>,
}

/// One file made from an image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Variant {
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) format: Format,
    /// The file's name in the cache entry: `480.jpg`, and `full.jpg` for the widest.
    pub(crate) file: String,
    /// Its size in bytes.
    pub(crate) size: u64,
}

/// The result of [`ImageCache::get_or_make`].
#[derive(Clone)]
pub(crate) struct Processed {
    pub(crate) info: ImageInfo,
    /// Whether the image was processed now, rather than found in the cache.
    pub(crate) made: bool,
    /// The variants' bytes, in the order of `info.variants`, when they are in no cache folder.
    held: Option<Arc<Vec<Vec<u8>>>>,
}

// By hand, so that printing one does not print its images' bytes.
impl std::fmt::Debug for Processed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Processed")
            .field("info", &self.info)
            .field("made", &self.made)
            .field("in_memory", &self.held.is_some())
            .finish()
    }
}

/// Makes images' variants, or finds them made before in a cache folder.
pub(crate) struct ImageCache {
    store: Option<Store>,
}

impl ImageCache {
    /// A cache that keeps nothing: every image is processed, its variants held in memory.
    #[cfg(test)]
    pub(crate) fn in_memory() -> ImageCache {
        ImageCache { store: None }
    }

    /// A cache in the folder `site/under` (`under` is relative, like
    /// `.kielo-cache/images`). The site folder is the user's and trusted; the folders of
    /// `under` are made as needed, and not used at all if one is a link or not a folder.
    pub(crate) fn in_folder(site: &Path, under: &Path) -> ImageCache {
        ImageCache {
            store: Some(Store::new(site, under)),
        }
    }

    /// The variants of the image `bytes`: from the cache when an entry for these bytes is
    /// there and whole, otherwise processed now and stored. When storing fails, the bytes
    /// are held in memory instead: the cache only saves time.
    pub(crate) fn get_or_make(&self, bytes: &[u8]) -> Result<Processed, ImageError> {
        let key = cache_key(bytes);
        if let Some(info) = self.store.as_ref().and_then(|store| store.load(&key)) {
            return Ok(Processed {
                info,
                made: false,
                held: None,
            });
        }
        let made = process::make(bytes)?;
        let (variants, contents): (Vec<Variant>, Vec<Vec<u8>>) = made.variants.into_iter().unzip();
        let info = ImageInfo {
            key,
            width: made.width,
            height: made.height,
            fallback: made.fallback,
            variants,
        };
        let stored = self
            .store
            .as_ref()
            .is_some_and(|store| store.save(&info, &contents).is_ok());
        Ok(Processed {
            info,
            made: true,
            held: (!stored).then(|| Arc::new(contents)),
        })
    }

    /// The bytes of one of `processed`'s variants, to publish.
    pub(crate) fn variant_bytes(
        &self,
        processed: &Processed,
        variant: &Variant,
    ) -> Result<Vec<u8>, CacheError> {
        let index = (processed.info.variants.iter())
            .position(|v| v == variant)
            .ok_or(CacheError::Changed)?;
        if let Some(held) = &processed.held {
            return Ok(held[index].clone());
        }
        match &self.store {
            Some(store) => store.read(&processed.info, variant),
            None => Err(CacheError::Changed),
        }
    }
}

/// The cache key of an image's bytes: its 128-bit hash, seeded with the settings' version.
fn cache_key(bytes: &[u8]) -> String {
    let hash = xxhash_rust::xxh3::xxh3_128_with_seed(bytes, SETTINGS_VERSION);
    format!("{hash:032x}")
}

/// The widths made of an image `width` pixels wide, narrowest first: those of [`WIDTHS`]
/// narrower than it, and last its own width, or the widest of [`WIDTHS`] if it is wider.
fn widths_for(width: u32) -> Vec<u32> {
    let full = width.min(WIDTHS[WIDTHS.len() - 1]);
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < full).collect();
    widths.push(full);
    widths
}

/// The height of a variant `to_width` wide of an image `width` × `height`, rounded.
fn height_for(width: u32, height: u32, to_width: u32) -> u32 {
    let scaled =
        (u64::from(height) * u64::from(to_width) + u64::from(width) / 2) / u64::from(width);
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// The variants made of an image `width` × `height`, without their sizes: what
/// `info.json` must list for an image of that size, so a damaged one can be told.
fn plan(width: u32, height: u32, fallback: Format) -> Vec<Variant> {
    let widths = widths_for(width);
    let last = widths.len() - 1;
    let mut variants = Vec::with_capacity(widths.len() * 2);
    for (i, &w) in widths.iter().enumerate() {
        let name = if i == last {
            "full".to_owned()
        } else {
            w.to_string()
        };
        for format in [fallback, Format::Webp] {
            variants.push(Variant {
                width: w,
                height: height_for(width, height, w),
                format,
                file: format!("{name}.{}", format.extension()),
                size: 0,
            });
        }
    }
    variants
}
