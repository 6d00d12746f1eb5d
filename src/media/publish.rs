//! Where a bundle's or static file is published, and the files the writer takes from the
//! content folder or the image cache.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use rayon::prelude::*;

use super::{MediaFile, Picture, Variant};
use crate::config::Config;
use crate::error::{Code, Diagnostic, Error};
use crate::images::{self, ImageCache, ImageError, Processed};
use crate::load::bundles::{BundleFile, language_of_file};
use crate::messages::text;
use crate::model::Site;
use crate::read::SiteDir;
use crate::theme::ThemeFile;

/// One file the writer publishes for the media stage.
#[derive(Clone)]
pub(crate) struct Published {
    /// Relative to the output folder.
    pub(crate) output: String,
    from: From,
}

impl std::fmt::Debug for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} from {}", self.output, self.origin().display())
    }
}

#[derive(Clone)]
enum From {
    /// A bundle file published as it is: its full path, and as messages name it.
    File { full: PathBuf, shown: PathBuf },
    /// A variant of a processed picture, and the picture as messages name it.
    Variant {
        processed: Arc<Processed>,
        index: usize,
        shown: PathBuf,
    },
}

/// A bundle file as pages see it, what the writer publishes of it, and whether a picture
/// had to be processed (it was not in the cache).
pub(crate) struct Placed {
    pub(crate) media: MediaFile,
    pub(crate) published: Vec<Published>,
    pub(crate) made: bool,
}

/// What may stand in a URL path segment as it is: everything else is percent-encoded.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// The site-relative URL of the output path `path`, its parts percent-encoded.
fn url_of(config: &Config, path: &str) -> String {
    config.url(&utf8_percent_encode(path, SEGMENT).to_string())
}

/// Places the bundle file `file` in the output folder `folder` (`fi/news/x/`), processing it
/// if it is a picture.
pub(crate) fn place(
    config: &Config,
    cache: &ImageCache,
    site: &SiteDir,
    file: BundleFile,
    folder: &str,
) -> Result<Placed, Diagnostic> {
    let output = format!("{folder}{}", file.name);
    let full = site.root().join(&file.path);
    let mut media = MediaFile {
        lang: file.lang,
        size: file.size,
        url: url_of(config, &output),
        picture: None,
        name: file.name,
        path: file.path,
    };
    let plain = |media: MediaFile| {
        let published = Published {
            output: output.clone(),
            from: From::File {
                full: full.clone(),
                shown: media.path.clone(),
            },
        };
        Placed {
            media,
            published: vec![published],
            made: false,
        }
    };
    match super::kind(&media.name) {
        super::Kind::Other => Ok(plain(media)),
        super::Kind::Unsupported => Err(Diagnostic::error(
            Code::MediaUnsupported,
            &media.path,
            None,
            text!("media-unsupported"),
        )
        .with_hint(text!("media-unsupported-hint"))),
        super::Kind::Script => Err(unsafe_file(&media.path)),
        super::Kind::AsIs => {
            let bytes = site.read(&full, crate::read::STATIC_LIMIT)?;
            if has_script(&bytes) {
                return Err(unsafe_file(&media.path));
            }
            let (width, height) = images::dimensions(&bytes).unwrap_or((0, 0));
            media.picture = Some(Arc::new(Picture {
                width,
                height,
                variants: Vec::new(),
            }));
            Ok(plain(media))
        }
        super::Kind::Processed => {
            let bytes = site.read(&full, crate::read::STATIC_LIMIT)?;
            let processed = cache
                .get_or_make(&bytes)
                .map_err(|e| image_problem(&media.path, e))?;
            drop(bytes);
            let made = processed.made;
            let processed = Arc::new(processed);
            let info = &processed.info;
            let stem = output.rsplit_once('.').map_or(output.as_str(), |(s, _)| s);
            let mut variants = Vec::new();
            let mut published = Vec::new();
            for (index, variant) in info.variants.iter().enumerate() {
                let path = format!("{stem}-{}w.{}", variant.width, variant.format.extension());
                variants.push(Variant {
                    width: variant.width,
                    height: variant.height,
                    url: url_of(config, &path),
                    mime: variant.format.mime(),
                });
                published.push(Published {
                    output: path,
                    from: From::Variant {
                        processed: processed.clone(),
                        index,
                        shown: media.path.clone(),
                    },
                });
            }
            let picture = Picture {
                width: info.width,
                height: info.height,
                variants,
            };
            // A link to the picture leads to its largest variant: the original keeps its
            // metadata (a staff photo's GPS position), so it is never published.
            if let Some(largest) = picture.at_least(u32::MAX) {
                media.url = largest.url.clone();
            }
            media.picture = Some(Arc::new(picture));
            Ok(Placed {
                media,
                published,
                made,
            })
        }
    }
}

/// A file that would run script on the site's address if a reader opened it.
fn unsafe_file(path: &Path) -> Diagnostic {
    Diagnostic::error(Code::MediaUnsafe, path, None, text!("media-unsafe"))
        .with_hint(text!("media-unsafe-hint"))
}

/// Whether an SVG drawing holds script: a `<script>` element, an event attribute, or a
/// `javascript:` address. Drawings from editors have none.
fn has_script(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase();
    let event = text.match_indices(" on").any(|(at, _)| {
        let rest = &text[at + 3..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        !name.is_empty() && rest[name.len()..].trim_start().starts_with('=')
    });
    text.contains("<script") || text.contains("javascript:") || event
}

fn image_problem(path: &Path, error: ImageError) -> Diagnostic {
    let code = match error {
        ImageError::TooLarge { .. } => Code::MediaTooLarge,
        _ => Code::MediaUnreadable,
    };
    let hint = match code {
        Code::MediaTooLarge => text!("media-too-large-hint"),
        _ => text!("media-unreadable-hint"),
    };
    Diagnostic::error(code, path, None, error.text()).with_hint(hint)
}

/// A static file as pages see it: its size, and a picture's size. A JPEG with EXIF
/// metadata is published as it is, so it gets a warning (and no size: EXIF may turn it).
pub(crate) fn static_file(
    config: &Config,
    file: &ThemeFile,
    problems: &mut Vec<Diagnostic>,
) -> MediaFile {
    let name = file.output_path();
    let exif = super::kind(name) == super::Kind::Processed && has_exif(&file.bytes);
    if exif {
        problems.push(
            Diagnostic::warning(
                Code::MediaMetadata,
                &file.origin,
                None,
                text!("media-metadata"),
            )
            .with_hint(text!("media-metadata-hint")),
        );
    }
    let (width, height) = match exif {
        true => (0, 0),
        false => images::dimensions(&file.bytes).unwrap_or((0, 0)),
    };
    let picture = matches!(
        super::kind(name),
        super::Kind::Processed | super::Kind::AsIs
    )
    .then(|| {
        Arc::new(Picture {
            width,
            height,
            variants: Vec::new(),
        })
    });
    MediaFile {
        name: name.to_string(),
        path: file.origin.clone(),
        lang: language_of_file(config, name),
        size: file.bytes.len() as u64,
        url: url_of(config, name),
        picture,
    }
}

/// Whether a JPEG carries an EXIF block: an APP1 segment that starts `Exif`, among the
/// segments before the picture's data.
fn has_exif(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1 << 16)];
    head.windows(6).any(|w| w == b"Exif\0\0")
}

/// Two bundle files that would be published at one place (`photo.jpg` and `photo.png` both
/// have a `photo-480w.webp`), or at a page's or a static file's.
pub(crate) fn clashes(
    published: &[Published],
    site: &Site,
    statics: &[ThemeFile],
) -> Vec<Diagnostic> {
    let pages: HashMap<String, &Path> = (site.pages.iter())
        .map(|p| {
            (
                crate::link::output_of(&site.config, &p.url),
                p.source.path(),
            )
        })
        .chain(
            statics
                .iter()
                .map(|f| (f.output_path().to_string(), f.origin.as_path())),
        )
        .collect();
    let mut seen: HashMap<&str, &Published> = HashMap::new();
    let mut problems = Vec::new();
    for file in published {
        let other = match seen.insert(&file.output, file) {
            Some(other) => other.origin().to_path_buf(),
            None => match pages.get(&file.output) {
                Some(page) => page.to_path_buf(),
                None => continue,
            },
        };
        problems.push(
            Diagnostic::error(
                Code::OutputClash,
                file.origin(),
                None,
                text!("media-output-clash", address = &file.output, other = &other),
            )
            .with_hint(text!("media-output-clash-hint")),
        );
    }
    problems
}

impl Published {
    /// The file this comes from, for messages.
    fn origin(&self) -> &Path {
        match &self.from {
            From::File { shown, .. } | From::Variant { shown, .. } => shown,
        }
    }
}

/// Takes a file to write, by its path in the output folder, from any thread.
pub(crate) type Put<'a> = &'a (dyn Fn(&str, Vec<u8>) -> Result<(), Error> + Sync);

/// Hands every published file to `emit`, in parallel, reading it from the content folder or
/// the image cache.
pub(crate) fn publish(
    published: &[Published],
    site: &SiteDir,
    cache: &ImageCache,
    emit: Put,
) -> Result<(), Error> {
    published.par_iter().try_for_each(|file| {
        let bytes = match &file.from {
            From::File { full, .. } => site
                .read(full, crate::read::STATIC_LIMIT)
                .map_err(|d| Error::Input(vec![d]))?,
            From::Variant {
                processed,
                index,
                shown,
            } => {
                let variant = &processed.info.variants[*index];
                cache.variant_bytes(processed, variant).map_err(|e| {
                    let problem = Diagnostic::error(Code::FileUnreadable, shown, None, e.text())
                        .with_hint(text!("media-cache-hint"));
                    Error::Input(vec![problem])
                })?
            }
        };
        emit(&file.output, bytes)
    })
}
