//! Decoding, resizing and encoding one image: the work the cache saves.

use std::io::Cursor;

use fast_image_resize::images::Image;
use fast_image_resize::{FilterType, IntoImageView, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::{
    DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageFormat, ImageReader, Limits,
};
use rayon::prelude::*;

use super::{Format, ImageError, MAX_PIXELS, MAX_SIDE, Unreadable, Variant, plan};

/// JPEG quality of the fallback variants of a photo.
const JPEG_QUALITY: u8 = 80;
/// Lossy WebP quality: about as sharp as JPEG at 80, and smaller.
const WEBP_QUALITY: f32 = 75.0;
/// The most a decoder may allocate: the pixels of [`MAX_PIXELS`] at 16 bits a channel fit,
/// a header that lies about what follows does not get more.
const MAX_ALLOC: u64 = 1 << 30;

/// An image processed: its size upright and its variants with their bytes.
pub(super) struct Made {
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) fallback: Format,
    pub(super) variants: Vec<(Variant, Vec<u8>)>,
}

/// How the WebP variants are encoded.
#[derive(Clone, Copy)]
enum Webp {
    /// For photos.
    Lossy,
    /// For graphics and screenshots, where lossy artefacts show around edges and text.
    Lossless,
}

pub(super) fn dimensions(bytes: &[u8]) -> Result<(u32, u32), ImageError> {
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif)) => f,
        _ => return Err(ImageError::Unsupported),
    };
    header_size(bytes, format)
}

/// The size in the header, with no limit on width and height so that a huge image is
/// refused as too large by [`check_size`], not as unreadable by the decoder.
fn header_size(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32), ImageError> {
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_ALLOC);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    reader.into_dimensions().map_err(unreadable)
}

fn check_size(width: u32, height: u32) -> Result<(), ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::Unreadable(Unreadable::Empty { width, height }));
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE {
        return Err(ImageError::TooLarge { width, height });
    }
    Ok(())
}

/// Processes the JPEG, PNG or WebP image `bytes` into its variants. The same bytes always
/// give the same variants, byte for byte.
pub(super) fn make(bytes: &[u8]) -> Result<Made, ImageError> {
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        _ => return Err(ImageError::Unsupported),
    };
    let (width, height) = header_size(bytes, format)?;
    check_size(width, height)?;
    let image = decode_upright(bytes, format)?;
    let (image, opaque) = to_rgb_or_rgba(image);
    let (fallback, webp) = match format {
        ImageFormat::Jpeg => (Format::Jpeg, Webp::Lossy),
        ImageFormat::Png => (Format::Png, Webp::Lossless),
        _ => (
            if opaque { Format::Jpeg } else { Format::Png },
            if is_lossless_webp(bytes) {
                Webp::Lossless
            } else {
                Webp::Lossy
            },
        ),
    };
    let (width, height) = (image.width(), image.height());
    let planned = plan(width, height, fallback);
    // The plan lists each width's two formats together. Each width is resized and encoded
    // on its own, so they can go in parallel; the result does not depend on the order.
    let encoded: Vec<Vec<(Variant, Vec<u8>)>> = planned
        .par_chunks(2)
        .map(|pair| {
            let (w, h) = (pair[0].width, pair[0].height);
            let pixels = if w == width {
                None
            } else {
                Some(resize(&image, w, h)?)
            };
            let buffer = pixels.as_ref().map_or(image.as_bytes(), Image::buffer);
            pair.iter()
                .map(|variant| {
                    let data = encode(buffer, w, h, !opaque, variant.format, webp)?;
                    let size = data.len() as u64;
                    Ok((
                        Variant {
                            size,
                            ..variant.clone()
                        },
                        data,
                    ))
                })
                .collect()
        })
        .collect::<Result<_, ImageError>>()?;
    Ok(Made {
        width,
        height,
        fallback,
        variants: encoded.into_iter().flatten().collect(),
    })
}

/// Decodes the image within the memory limit and applies its EXIF orientation.
fn decode_upright(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, ImageError> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    // A broken EXIF block is no reason to refuse the picture: it is shown as stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    // As `ImageReader::decode` does: the decoded pixels count against the limit too.
    limits.reserve(decoder.total_bytes()).map_err(unreadable)?;
    decoder.set_limits(limits).map_err(unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// The image as 8-bit RGB, or RGBA if any pixel is not fully opaque, and whether it is
/// opaque. An alpha channel that is all opaque is dropped: a photo saved with one is
/// still a photo.
fn to_rgb_or_rgba(image: DynamicImage) -> (DynamicImage, bool) {
    if !image.color().has_alpha() {
        return (DynamicImage::ImageRgb8(image.into_rgb8()), true);
    }
    let rgba = image.into_rgba8();
    if rgba.pixels().all(|p| p.0[3] == u8::MAX) {
        (
            DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(rgba).into_rgb8()),
            true,
        )
    } else {
        (DynamicImage::ImageRgba8(rgba), false)
    }
}

/// Whether a WebP file is lossless: its image is a `VP8L` chunk, not a `VP8 ` one.
fn is_lossless_webp(bytes: &[u8]) -> bool {
    // Chunks follow the 12-byte RIFF header: a four-letter name, a little-endian size, the
    // data, padded to an even length.
    let mut at = 12;
    while let Some(head) = bytes.get(at..at + 8) {
        match &head[..4] {
            b"VP8L" => return true,
            b"VP8 " => return false,
            _ => {}
        }
        let size = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        at = at
            .saturating_add(8)
            .saturating_add(size)
            .saturating_add(size & 1);
    }
    false
}

fn resize(image: &DynamicImage, width: u32, height: u32) -> Result<Image<'static>, ImageError> {
    let failed = |reason: String| ImageError::Encoding {
        format: None,
        reason,
    };
    let pixel_type = image
        .pixel_type()
        // The resizer's kinds of pixels cover what decoding gives: its name is the reason.
        .ok_or_else(|| failed(format!("{:?}", image.color())))?;
    let mut resized = Image::new(width, height, pixel_type);
    // Lanczos3 keeps photos sharp when scaled down; alpha is premultiplied for the resize
    // (the default), so transparent edges do not darken.
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(image, &mut resized, &options)
        .map_err(|e| failed(e.to_string()))?;
    Ok(resized)
}

/// Encodes 8-bit RGB or RGBA `pixels`. None of the encoders is given metadata, so none is
/// written: no EXIF, XMP or ICC profile.
fn encode(
    pixels: &[u8],
    width: u32,
    height: u32,
    alpha: bool,
    format: Format,
    webp: Webp,
) -> Result<Vec<u8>, ImageError> {
    let color = if alpha {
        ExtendedColorType::Rgba8
    } else {
        ExtendedColorType::Rgb8
    };
    let mut out = Vec::new();
    let failed = |reason: String| ImageError::Encoding {
        format: Some(format.extension()),
        reason,
    };
    match format {
        Format::Jpeg => JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .write_image(pixels, width, height, color)
            .map_err(|e| failed(e.to_string()))?,
        Format::Png => {
            PngEncoder::new_with_quality(&mut out, CompressionType::Default, PngFilter::Adaptive)
                .write_image(pixels, width, height, color)
                .map_err(|e| failed(e.to_string()))?
        }
        Format::Webp => {
            let encoder = if alpha {
                webp::Encoder::from_rgba(pixels, width, height)
            } else {
                webp::Encoder::from_rgb(pixels, width, height)
            };
            let memory = match webp {
                Webp::Lossy => encoder.encode_simple(false, WEBP_QUALITY),
                Webp::Lossless => encoder.encode_simple(true, WEBP_QUALITY),
            }
            .map_err(|e| failed(format!("{e:?}")))?;
            out.extend_from_slice(&memory);
        }
    }
    Ok(out)
}

/// The decoder's reason in plain words: the innermost cause, which names the problem
/// rather than the decoder.
fn unreadable(error: image::ImageError) -> ImageError {
    if let image::ImageError::Limits(_) = error {
        return ImageError::Unreadable(Unreadable::Memory);
    }
    let mut cause: &dyn std::error::Error = &error;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    let text = cause.to_string();
    let text = text.trim().trim_end_matches('.');
    // The commonest damage, a file cut short, is told in as many ways as there are decoders.
    let lower = text.to_lowercase();
    if [
        "end of file",
        "not enough bytes",
        "unexpected eof",
        "unexpected end",
    ]
    .iter()
    .any(|said| lower.contains(said))
    {
        return ImageError::Unreadable(Unreadable::CutShort);
    }
    // Lowercase as kielo's messages start, but not an abbreviation: "PNG", "EOF".
    let mut chars = text.chars();
    let plain = match (chars.next(), chars.next()) {
        (None, _) => return ImageError::Unreadable(Unreadable::Damaged),
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain([second]).chain(chars).collect()
        }
        _ => text.to_owned(),
    };
    ImageError::Unreadable(Unreadable::Decoder(plain))
}
