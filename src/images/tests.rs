//! Processing: sizes, formats, metadata, orientation and refusals. The cache is in `cache`.

mod cache;
mod refusals;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ExtendedColorType, ImageEncoder, ImageFormat, Rgb, RgbImage, RgbaImage};

use super::*;

/// A photo-like picture: soft patches of colour over a gradient, with a little grain, which
/// compresses about as a photo does.
pub(super) fn photo(width: u32, height: u32) -> RgbImage {
    // A value from 0 to 255 for each corner of a 64-pixel grid, blended between corners.
    let corner = |x: u32, y: u32, channel: u32| {
        let mut h = x.wrapping_mul(0x9e37_79b1) ^ y.wrapping_mul(0x85eb_ca77) ^ channel;
        h ^= h >> 15;
        h = h.wrapping_mul(0x2c1b_3c6d);
        (h >> 24) as f32
    };
    let mut grain: u32 = 0x2545_f491;
    RgbImage::from_fn(width, height, |x, y| {
        grain = grain.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let (cx, cy) = (x / 64, y / 64);
        let (fx, fy) = ((x % 64) as f32 / 64.0, (y % 64) as f32 / 64.0);
        let gradient = (x + y) as f32 / (width + height) as f32 * 100.0;
        Rgb(std::array::from_fn(|c| {
            let c = c as u32;
            let top = corner(cx, cy, c) * (1.0 - fx) + corner(cx + 1, cy, c) * fx;
            let bottom = corner(cx, cy + 1, c) * (1.0 - fx) + corner(cx + 1, cy + 1, c) * fx;
            let patch = top * (1.0 - fy) + bottom * fy;
            (patch * 0.6 + gradient + (grain >> (28 + c)) as f32) as u8
        }))
    })
}

pub(super) fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            image,
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

fn png_rgba(image: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(
            image,
            image.width(),
            image.height(),
            ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

/// `jpeg` with an APP1 Exif segment right after its SOI marker: a big-endian TIFF block
/// whose first IFD holds the orientation tag, followed by `extra`.
fn with_exif(jpeg: &[u8], orientation: u16, extra: &[u8]) -> Vec<u8> {
    let mut payload = b"Exif\0\0MM\0\x2a\0\0\0\x08".to_vec();
    payload.extend([0, 1]); // one entry: tag 0x0112, type SHORT, count 1, value
    payload.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    payload.extend(orientation.to_be_bytes());
    payload.extend([0, 0, 0, 0, 0, 0]); // value padding, no next IFD
    payload.extend(extra);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xff, 0xe1]);
    out.extend(u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    out.extend(payload);
    out.extend(&jpeg[2..]);
    out
}

fn make(bytes: &[u8]) -> (Processed, Vec<Vec<u8>>) {
    let cache = ImageCache::in_memory();
    let processed = cache.get_or_make(bytes).unwrap();
    let contents = processed
        .info
        .variants
        .iter()
        .map(|v| cache.variant_bytes(&processed, v).unwrap())
        .collect();
    (processed, contents)
}

/// Each variant decodes to the size and format it claims; returns (width, format) pairs.
fn check_variants(processed: &Processed, contents: &[Vec<u8>]) -> Vec<(u32, Format)> {
    processed
        .info
        .variants
        .iter()
        .zip(contents)
        .map(|(variant, data)| {
            assert_eq!(variant.size, data.len() as u64, "{}", variant.file);
            let format = match variant.format {
                Format::Jpeg => ImageFormat::Jpeg,
                Format::Png => ImageFormat::Png,
                Format::Webp => ImageFormat::WebP,
            };
            assert_eq!(
                image::guess_format(data).unwrap(),
                format,
                "{}",
                variant.file
            );
            let decoded = image::load_from_memory_with_format(data, format).unwrap();
            assert_eq!(
                (decoded.width(), decoded.height()),
                (variant.width, variant.height),
                "{}",
                variant.file
            );
            (variant.width, variant.format)
        })
        .collect()
}

#[test]
fn a_wide_photo_is_made_in_every_width_as_jpeg_and_webp() {
    let (processed, contents) = make(&jpeg(&photo(3000, 2000)));
    let info = &processed.info;
    assert!(processed.made);
    assert_eq!(
        (info.width, info.height, info.fallback),
        (3000, 2000, Format::Jpeg)
    );
    let mut expected = Vec::new();
    for width in [480, 960, 1600, 2400] {
        expected.extend([(width, Format::Jpeg), (width, Format::Webp)]);
    }
    assert_eq!(check_variants(&processed, &contents), expected);
    let files: Vec<&str> = info.variants.iter().map(|v| v.file.as_str()).collect();
    assert_eq!(files[..2], ["480.jpg", "480.webp"]);
    assert_eq!(files[6..], ["full.jpg", "full.webp"]);
    let heights: Vec<u32> = info.variants.iter().map(|v| v.height).step_by(2).collect();
    assert_eq!(heights, [320, 640, 1067, 1600]);
}

#[test]
fn an_image_is_never_made_wider_than_it_is() {
    let (processed, contents) = make(&jpeg(&photo(1000, 500)));
    let widths: Vec<u32> = check_variants(&processed, &contents)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    assert_eq!(widths, [480, 480, 960, 960, 1000, 1000]);

    let (processed, contents) = make(&jpeg(&photo(300, 7)));
    let sizes: Vec<(u32, u32)> = processed
        .info
        .variants
        .iter()
        .map(|v| (v.width, v.height))
        .collect();
    assert_eq!(sizes, [(300, 7), (300, 7)]);
    check_variants(&processed, &contents);
}

#[test]
fn widths_and_heights_follow_the_list() {
    assert_eq!(widths_for(1), [1]);
    assert_eq!(widths_for(480), [480]);
    assert_eq!(widths_for(481), [480, 481]);
    assert_eq!(widths_for(2400), [480, 960, 1600, 2400]);
    assert_eq!(widths_for(2401), [480, 960, 1600, 2400]);
    assert_eq!(height_for(3000, 1, 480), 1, "at least one pixel high");
    assert_eq!(height_for(1000, 333, 480), 160);
}

#[test]
fn no_metadata_reaches_the_variants() {
    let gps = b"GPS 60.16952N 24.93545E Helsinki";
    let input = with_exif(&jpeg(&photo(700, 500)), 1, gps);
    let find = |data: &[u8], what: &[u8]| data.windows(what.len()).any(|w| w == what);
    assert!(find(&input, b"Exif") && find(&input, gps));
    let (processed, contents) = make(&input);
    assert_eq!(contents.len(), 4);
    for (variant, data) in processed.info.variants.iter().zip(&contents) {
        assert!(!find(data, b"Exif"), "{} has EXIF", variant.file);
        assert!(!find(data, gps), "{} has the location", variant.file);
        assert!(!find(data, b"ICC_PROFILE") && !find(data, b"ICCP"));
    }
}

#[test]
fn a_photo_taken_sideways_is_turned_upright() {
    // Stored landscape with a red top-left corner; orientation 6 means "turn 90° clockwise
    // to show", which takes that corner to the top right.
    let mut stored = photo(600, 400);
    for (x, y, pixel) in stored.enumerate_pixels_mut() {
        if x < 100 && y < 100 {
            *pixel = Rgb([255, 0, 0]);
        }
    }
    let (processed, contents) = make(&with_exif(&jpeg(&stored), 6, b""));
    assert_eq!((processed.info.width, processed.info.height), (400, 600));
    check_variants(&processed, &contents);
    let full = image::load_from_memory(&contents[0]).unwrap().into_rgb8();
    assert_eq!(full.dimensions(), (400, 600));
    let [r, g, b] = full.get_pixel(350, 50).0;
    assert!(r > 200 && g < 60 && b < 60, "top right is {:?}", [r, g, b]);
    let [r, ..] = full.get_pixel(50, 50).0;
    assert!(r < 230, "top left is not the red corner");
}

#[test]
fn transparency_keeps_png_and_lossless_webp() {
    let image = RgbaImage::from_fn(900, 300, |x, y| {
        image::Rgba([
            (x % 256) as u8,
            (y % 256) as u8,
            90,
            if x < 450 { 255 } else { 0 },
        ])
    });
    let (processed, contents) = make(&png_rgba(&image));
    assert_eq!(processed.info.fallback, Format::Png);
    assert_eq!(
        check_variants(&processed, &contents),
        [
            (480, Format::Png),
            (480, Format::Webp),
            (900, Format::Png),
            (900, Format::Webp)
        ]
    );
    let webp = image::load_from_memory(&contents[3]).unwrap();
    assert!(webp.color().has_alpha());
    // Lossless: the full-size WebP has exactly the pixels of the input.
    assert_eq!(webp.into_rgba8().get_pixel(10, 10), image.get_pixel(10, 10));
}

#[test]
fn a_webp_photo_falls_back_to_jpeg_and_one_with_transparency_to_png() {
    let rgb = photo(600, 300);
    let lossy = webp::Encoder::from_rgb(&rgb, 600, 300)
        .encode(80.0)
        .to_vec();
    let (processed, contents) = make(&lossy);
    assert_eq!(processed.info.fallback, Format::Jpeg);
    check_variants(&processed, &contents);

    let rgba = RgbaImage::from_fn(600, 300, |x, _| image::Rgba([9, 9, 9, (x % 256) as u8]));
    let lossless = webp::Encoder::from_rgba(&rgba, 600, 300)
        .encode_lossless()
        .to_vec();
    let (processed, contents) = make(&lossless);
    assert_eq!(processed.info.fallback, Format::Png);
    check_variants(&processed, &contents);
}

#[test]
fn the_same_bytes_give_the_same_variants() {
    let input = jpeg(&photo(1100, 700));
    assert_eq!(make(&input).1, make(&input).1);
}

/// How long one photo takes, made and found: run with
/// `cargo test --release --lib images::tests::timing -- --ignored --nocapture`, and with
/// `KIELO_IMAGE=photo.jpg` in the environment to time a real photo instead of a made one.
#[test]
#[ignore = "a measurement, not a check"]
fn timing() {
    let input = match std::env::var_os("KIELO_IMAGE") {
        Some(path) => std::fs::read(path).unwrap(),
        None => jpeg(&photo(3000, 2000)),
    };
    let dir = tempfile::tempdir().unwrap();
    let cache = ImageCache::in_folder(dir.path(), Path::new("cache"));
    let start = std::time::Instant::now();
    let made = cache.get_or_make(&input).unwrap();
    let making = start.elapsed();
    let start = std::time::Instant::now();
    let found = cache.get_or_make(&input).unwrap();
    let finding = start.elapsed();
    assert!(made.made && !found.made);
    let info = &made.info;
    let total: u64 = info.variants.iter().map(|v| v.size).sum();
    println!(
        "{} × {} ({} KB): made in {making:?}, found in {finding:?}; {} variants, {} KB",
        info.width,
        info.height,
        input.len() / 1024,
        info.variants.len(),
        total / 1024
    );
    for v in &info.variants {
        println!(
            "  {} {} × {} {} KB",
            v.file,
            v.width,
            v.height,
            v.size / 1024
        );
    }
}
