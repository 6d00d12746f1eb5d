//! The cache folder: found entries, damaged ones remade, links never followed.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{jpeg, photo};
use crate::images::{ImageCache, Processed};

const UNDER: &str = ".kielo-cache/images";

fn cache_in(site: &Path) -> ImageCache {
    ImageCache::in_folder(site, Path::new(UNDER))
}

fn entry(site: &Path, processed: &Processed) -> PathBuf {
    site.join(UNDER).join(&processed.info.key)
}

fn all_bytes(cache: &ImageCache, processed: &Processed) -> Vec<Vec<u8>> {
    let variants = &processed.info.variants;
    variants
        .iter()
        .map(|v| cache.variant_bytes(processed, v).unwrap())
        .collect()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn an_image_is_processed_once_and_then_found() {
    let site = tempfile::tempdir().unwrap();
    let input = jpeg(&photo(1000, 600));
    let cache = cache_in(site.path());
    let first = cache.get_or_make(&input).unwrap();
    assert!(first.made);
    assert_eq!(first.info.key.len(), 32);
    assert_eq!(
        names_in(&entry(site.path(), &first)),
        [
            "480.jpg",
            "480.webp",
            "960.jpg",
            "960.webp",
            "full.jpg",
            "full.webp",
            "info.json"
        ]
    );
    // The next build's cache, over the same folder.
    let again = cache_in(site.path()).get_or_make(&input).unwrap();
    assert!(!again.made);
    assert_eq!(again.info, first.info);
    assert_eq!(all_bytes(&cache, &again), all_bytes(&cache, &first));
    let in_memory = ImageCache::in_memory();
    let fresh = in_memory.get_or_make(&input).unwrap();
    assert_eq!(fresh.info, first.info);
    assert_eq!(all_bytes(&in_memory, &fresh), all_bytes(&cache, &again));
}

/// Something done to a cache entry's folder.
type Damage = fn(&Path);

#[test]
fn a_damaged_entry_is_made_again() {
    let site = tempfile::tempdir().unwrap();
    let input = jpeg(&photo(700, 400));
    let cache = cache_in(site.path());
    let first = cache.get_or_make(&input).unwrap();
    let dir = entry(site.path(), &first);
    let good = all_bytes(&cache, &first);
    let damages: [(&str, Damage); 6] = [
        ("a variant missing", |d| {
            std::fs::remove_file(d.join("480.webp")).unwrap()
        }),
        ("a variant cut short", |d| {
            let data = std::fs::read(d.join("full.jpg")).unwrap();
            std::fs::write(d.join("full.jpg"), &data[..data.len() / 2]).unwrap();
        }),
        ("no info.json", |d| {
            std::fs::remove_file(d.join("info.json")).unwrap()
        }),
        ("info.json garbled", |d| {
            std::fs::write(d.join("info.json"), "{\"key\":").unwrap()
        }),
        ("info.json for other files", |d| {
            let text = std::fs::read_to_string(d.join("info.json")).unwrap();
            std::fs::write(d.join("info.json"), text.replace("480.jpg", "../480.jpg")).unwrap();
        }),
        ("a variant a folder", |d| {
            std::fs::remove_file(d.join("480.jpg")).unwrap();
            std::fs::create_dir(d.join("480.jpg")).unwrap();
        }),
    ];
    for (what, damage) in damages {
        damage(&dir);
        let remade = cache.get_or_make(&input).unwrap();
        assert!(remade.made, "{what}: not remade");
        assert_eq!(remade.info, first.info, "{what}");
        assert_eq!(all_bytes(&cache, &remade), good, "{what}");
        if what == "a variant a folder" {
            // The folder cannot be renamed over: the bytes are held in memory instead.
            assert!(cache.get_or_make(&input).unwrap().made, "{what}");
            std::fs::remove_dir(dir.join("480.jpg")).unwrap();
            cache.get_or_make(&input).unwrap();
        }
        assert!(
            !cache.get_or_make(&input).unwrap().made,
            "{what}: not whole again"
        );
    }
    assert_eq!(names_in(&dir).len(), 5, "no temporary files are left");
}

#[test]
fn the_same_image_on_many_threads_at_once() {
    let site = tempfile::tempdir().unwrap();
    let inputs = [jpeg(&photo(800, 500)), jpeg(&photo(500, 800))];
    let cache = cache_in(site.path());
    let results: Vec<Processed> = (0..8)
        .into_par_iter()
        .map(|i| cache.get_or_make(&inputs[i % 2]).unwrap())
        .collect();
    for (i, result) in results.iter().enumerate() {
        let found = cache.get_or_make(&inputs[i % 2]).unwrap();
        assert!(!found.made);
        assert_eq!(found.info, result.info);
        assert_eq!(all_bytes(&cache, &found), all_bytes(&cache, result));
        let files = result.info.variants.len() + 1;
        assert_eq!(names_in(&entry(site.path(), result)).len(), files);
    }
}

#[cfg(unix)]
#[test]
fn a_cache_folder_that_is_a_link_is_not_used() {
    use std::os::unix::fs::symlink;

    let site = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    symlink(elsewhere.path(), site.path().join(".kielo-cache")).unwrap();
    let input = jpeg(&photo(600, 300));
    let cache = cache_in(site.path());
    let first = cache.get_or_make(&input).unwrap();
    assert!(first.made);
    assert_eq!(all_bytes(&cache, &first).len(), 4, "held in memory");
    assert!(cache.get_or_make(&input).unwrap().made);
    assert!(
        names_in(elsewhere.path()).is_empty(),
        "nothing written through the link"
    );

    // A whole entry elsewhere, linked from inside a real cache folder.
    std::fs::remove_file(site.path().join(".kielo-cache")).unwrap();
    let made = cache.get_or_make(&input).unwrap();
    let good = all_bytes(&cache, &made);
    let dir = entry(site.path(), &made);
    let moved = elsewhere.path().join("entry");
    std::fs::rename(&dir, &moved).unwrap();
    let full = moved.join("full.jpg");
    let size = std::fs::metadata(&full).unwrap().len();
    std::fs::write(&full, vec![b'x'; size as usize]).unwrap();
    symlink(&moved, &dir).unwrap();
    let linked = cache.get_or_make(&input).unwrap();
    assert!(linked.made);
    assert_eq!(all_bytes(&cache, &linked), good);
    assert_eq!(std::fs::read(&full).unwrap(), vec![b'x'; size as usize]);

    // A variant that is a link is replaced by a file, not written through.
    std::fs::remove_file(&dir).unwrap();
    let made = cache.get_or_make(&input).unwrap();
    let outside = elsewhere.path().join("outside.jpg");
    std::fs::copy(dir.join("480.jpg"), &outside).unwrap();
    std::fs::remove_file(dir.join("480.jpg")).unwrap();
    symlink(&outside, dir.join("480.jpg")).unwrap();
    std::fs::write(&outside, vec![b'y'; made.info.variants[0].size as usize]).unwrap();
    assert!(cache.get_or_make(&input).unwrap().made);
    assert!(
        std::fs::symlink_metadata(dir.join("480.jpg"))
            .unwrap()
            .is_file()
    );
    assert_eq!(std::fs::read(&outside).unwrap()[0], b'y');
    assert!(!cache.get_or_make(&input).unwrap().made);
}

#[test]
fn a_cache_under_a_path_that_leaves_the_site_is_not_used() {
    let site = tempfile::tempdir().unwrap();
    let cache = ImageCache::in_folder(&site.path().join("a"), Path::new("../b"));
    let input = jpeg(&photo(100, 100));
    assert!(cache.get_or_make(&input).unwrap().made);
    assert!(cache.get_or_make(&input).unwrap().made);
    assert!(names_in(site.path()).is_empty());
}
