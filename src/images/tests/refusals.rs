//! What is refused, and how it is said: huge, damaged and unknown files.

use image::ExtendedColorType;

use super::{jpeg, photo};
use crate::images::{ImageCache, ImageError, dimensions};

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// A PNG that claims `width` × `height` pixels in its header and has one tiny IDAT.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |name: &[u8], data: &[u8]| {
        out.extend(u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut body = name.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    };
    let mut header = width.to_be_bytes().to_vec();
    header.extend(height.to_be_bytes());
    header.extend([8, 6, 0, 0, 0]);
    chunk(b"IHDR", &header);
    chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(b"IEND", &[]);
    out
}

#[test]
fn a_huge_image_is_refused_from_its_header() {
    let claim = png_claiming(50_000, 50_000);
    assert_eq!(dimensions(&claim).unwrap(), (50_000, 50_000));
    let error = ImageCache::in_memory().get_or_make(&claim).err().unwrap();
    assert!(
        matches!(
            error,
            ImageError::TooLarge {
                width: 50_000,
                height: 50_000
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the image is 50000 × 50000 pixels, more than kielo processes (100 megapixels, and \
         30000 pixels a side)"
    );
    let finnish = crate::messages::Messages::new(crate::messages::Language::Fi);
    assert_eq!(
        finnish.format(&error.text()),
        "kuva on 50000 × 50000 pikseliä, enemmän kuin kielo käsittelee (100 megapikseliä ja \
         30000 pikseliä sivua kohden)"
    );
    // Under 100 megapixels, but too long a side.
    let error = ImageCache::in_memory()
        .get_or_make(&png_claiming(40_000, 10))
        .err();
    assert!(matches!(error, Some(ImageError::TooLarge { .. })));
}

#[test]
fn damaged_and_unknown_files_are_refused_in_plain_words() {
    let mut damaged = jpeg(&photo(200, 100));
    damaged.truncate(400);
    let error = ImageCache::in_memory().get_or_make(&damaged).err().unwrap();
    assert!(matches!(error, ImageError::Unreadable(_)), "{error:?}");
    let message = error.to_string();
    assert_eq!(
        message,
        "the image could not be read: the file ends before the image does"
    );
    let swedish = crate::messages::Messages::new(crate::messages::Language::Sv);
    assert_eq!(
        swedish.format(&error.text()),
        "bilden kunde inte läsas: filen tar slut innan bilden gör det"
    );

    let mut cut = png_claiming(20, 20);
    cut.truncate(30);
    let error = ImageCache::in_memory().get_or_make(&cut).err().unwrap();
    assert!(matches!(error, ImageError::Unreadable(_)), "{error:?}");

    let mut scrambled = jpeg(&photo(200, 100));
    scrambled[300..600].fill(0x5a);
    let error = ImageCache::in_memory()
        .get_or_make(&scrambled)
        .err()
        .unwrap();
    let message = error.to_string();
    assert!(
        message.starts_with("the image could not be read: "),
        "{message}"
    );
    assert!(!message.ends_with('.') && message.len() > 35, "{message}");

    for bytes in [
        &b"<svg xmlns='http://www.w3.org/2000/svg'/>"[..],
        b"",
        b"hello",
    ] {
        let error = ImageCache::in_memory().get_or_make(bytes).err().unwrap();
        assert!(matches!(error, ImageError::Unsupported), "{error:?}");
        assert!(matches!(dimensions(bytes), Err(ImageError::Unsupported)));
    }
}

#[test]
fn a_gif_has_dimensions_but_is_not_processed() {
    let mut gif = Vec::new();
    image::codecs::gif::GifEncoder::new(&mut gif)
        .encode(&[0u8; 4 * 30 * 20], 30, 20, ExtendedColorType::Rgba8)
        .unwrap();
    assert_eq!(dimensions(&gif).unwrap(), (30, 20));
    assert_eq!(dimensions(&jpeg(&photo(31, 21))).unwrap(), (31, 21));
    let error = ImageCache::in_memory().get_or_make(&gif).err();
    assert!(matches!(error, Some(ImageError::Unsupported)));
}
