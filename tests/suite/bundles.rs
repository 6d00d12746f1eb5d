//! Page bundles: a folder with `index.<lang>.md` is one page in each language, its pictures
//! are published once in responsive sizes without their metadata, and its documents are
//! labelled with type, size and language.

use std::path::Path;

use crate::common::pictures::{self, GPS};
use crate::common::{self, Site};

const NOW: &str = "2026-06-01T12:00:00+03:00";
const FI: &str = "fi/uutiset/uusi-puhelin/index.html";
const SV: &str = "sv/nyheter/ny-telefon/index.html";
const EN: &str = "en/news/new-phone/index.html";

/// A site whose news section holds one bundle in fi, sv and en: a 1200 × 800 photo with a
/// GPS position in its EXIF block, a Finnish and a Swedish report.
fn bundle_site() -> Site {
    let site = Site::fixture("i18n");
    let bundle = "content/news/helpline";
    site.write(
        &format!("{bundle}/index.fi.md"),
        "---\ntitle: Uusi puhelin\nslug: uusi-puhelin\nimage: photo.jpg\nimage_alt: Puhelin pöydällä\n---\n\
         Ensimmäinen kappale.\n\n![Puhelin pöydällä](photo.jpg \"Neuvontapuhelin palvelee ympäri vuorokauden.\")\n\n\
         Lue [raportti](report.pdf) tai [ruotsiksi](report.sv.pdf).\n\n![Toinen kuva](./photo.jpg)\n",
    )
    .write(
        &format!("{bundle}/index.sv.md"),
        "---\ntitle: Ny telefon\nslug: ny-telefon\n---\nFörsta stycket.\n\n![En telefon på ett bord](photo.jpg)\n\n\
         Läs [rapporten](report.pdf).\n",
    )
    .write(
        &format!("{bundle}/index.en.md"),
        "---\ntitle: New phone\nslug: new-phone\n---\nRead [the report](report.pdf).\n",
    )
    .write_bytes(&format!("{bundle}/photo.jpg"), &pictures::photo(1200, 800))
    .write_bytes(&format!("{bundle}/report.pdf"), &vec![b'%'; 1_234_567])
    .write_bytes(&format!("{bundle}/report.sv.pdf"), &vec![b'%'; 2_345])
    .write(
        "content/news/links.fi.md",
        "---\ntitle: Linkit\n---\n[a](@/news/helpline/index.md) [b](@/news/helpline.md) [c](@/news/helpline/index.sv.md)\n",
    );
    site
}

fn build(site: &Site) -> String {
    site.kielo(&["build", "--now", NOW]).ok().stdout()
}

fn decoded(site: &Site, relative: &str) -> image::DynamicImage {
    let bytes = std::fs::read(site.public().join(relative)).unwrap();
    image::load_from_memory(&bytes).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn a_bundle_is_one_page_in_each_language_at_its_folders_address() {
    let site = bundle_site();
    build(&site);
    for page in [FI, SV, EN] {
        assert!(site.exists(page), "{page}");
    }
    assert!(!site.exists("fi/uutiset/helpline/index/index.html"));
    assert!(!site.exists("fi/uutiset/helpline/index.html"));
    let fi = site.html(FI);
    let alternates: Vec<String> = (fi.all(r#"link[rel="alternate"][hreflang]"#).iter())
        .map(|l| l.value().attr("href").unwrap().to_string())
        .collect();
    assert!(
        alternates.contains(&"https://example.org/sv/nyheter/ny-telefon/".to_string()),
        "{alternates:?}"
    );
    let links = site.html("fi/uutiset/links/index.html");
    let hrefs: Vec<&str> = (links.all("main a[href^='/']").iter())
        .filter_map(|a| a.value().attr("href"))
        .collect();
    for href in ["/fi/uutiset/uusi-puhelin/", "/sv/nyheter/ny-telefon/"] {
        assert!(hrefs.contains(&href), "{href} in {hrefs:?}");
    }
}

#[test]
fn files_are_published_once_and_pictures_in_sizes_without_metadata() {
    let site = bundle_site();
    build(&site);
    let files = common::files_of(&site.public());
    let named = |name: &str| -> Vec<String> {
        (files.keys())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .filter(|p| p.ends_with(name))
            .collect()
    };
    assert_eq!(named("/report.pdf"), ["fi/uutiset/uusi-puhelin/report.pdf"]);
    assert_eq!(
        named("/report.sv.pdf"),
        ["sv/nyheter/ny-telefon/report.sv.pdf"]
    );
    // The original keeps its metadata, so only its variants are published.
    assert!(named("photo.jpg").is_empty(), "{:?}", named("photo.jpg"));
    let folder = "fi/uutiset/uusi-puhelin";
    for (width, height) in [(480, 320), (960, 640), (1200, 800)] {
        for extension in ["jpg", "webp"] {
            let path = format!("{folder}/photo-{width}w.{extension}");
            let image = decoded(&site, &path);
            assert_eq!((image.width(), image.height()), (width, height), "{path}");
            let bytes = std::fs::read(site.public().join(&path)).unwrap();
            assert!(
                !pictures::contains(&bytes, GPS),
                "{path} keeps the GPS position"
            );
            assert!(!pictures::contains(&bytes, b"Exif"), "{path} keeps EXIF");
        }
    }
    assert_eq!(
        named("photo-1600w.jpg"),
        Vec::<String>::new(),
        "never upscaled"
    );
    assert_eq!(named(".webp").len(), 3, "once, not once per language");
}

#[test]
fn pictures_have_sizes_alt_text_and_a_caption() {
    let site = bundle_site();
    build(&site);
    let fi = site.html(FI);
    let images = fi.all("main img");
    assert_eq!(images.len(), 2);
    let first = images[0].value();
    assert_eq!(first.attr("alt"), Some("Puhelin pöydällä"));
    assert_eq!(first.attr("width"), Some("1200"));
    assert_eq!(first.attr("height"), Some("800"));
    assert_eq!(
        first.attr("src"),
        Some("/fi/uutiset/uusi-puhelin/photo-1200w.jpg")
    );
    let srcset = first.attr("srcset").unwrap();
    assert!(
        srcset.contains("/fi/uutiset/uusi-puhelin/photo-480w.jpg 480w"),
        "{srcset}"
    );
    assert!(first.attr("sizes").is_some());
    assert_eq!(first.attr("decoding"), Some("async"));
    assert_eq!(
        first.attr("loading"),
        None,
        "the first picture loads at once"
    );
    assert_eq!(images[1].value().attr("loading"), Some("lazy"));
    let webp = fi.attr("main picture source", "srcset");
    assert!(webp.contains("photo-960w.webp 960w"), "{webp}");
    assert_eq!(
        fi.text("main figure figcaption"),
        "Neuvontapuhelin palvelee ympäri vuorokauden."
    );
    // The Swedish page shows the same files, published under the Finnish page.
    let sv = site.html(SV);
    assert_eq!(
        sv.attr("main img", "src"),
        "/fi/uutiset/uusi-puhelin/photo-1200w.jpg"
    );
    assert_eq!(
        fi.attr(r#"meta[property="og:image"]"#, "content"),
        "https://example.org/fi/uutiset/uusi-puhelin/photo-1200w.jpg"
    );
    assert_eq!(
        fi.attr(r#"meta[property="og:image:width"]"#, "content"),
        "1200"
    );
    assert_eq!(
        fi.attr(r#"meta[property="og:image:height"]"#, "content"),
        "800"
    );
    // A page without `image:` previews its first picture, with its alt text.
    let alt = sv.attr(r#"meta[property="og:image:alt"]"#, "content");
    assert_eq!(alt, "En telefon på ett bord");
    assert!(
        sv.attr(r#"meta[property="og:image"]"#, "content")
            .ends_with("photo-1200w.jpg")
    );
}

#[test]
fn documents_say_type_size_and_language_in_the_readers_language() {
    let site = bundle_site();
    build(&site);
    let fi = site.html(FI);
    let links = fi.all("main a[href$='.pdf']");
    let text = |i: usize| links[i].text().collect::<String>();
    assert_eq!(text(0), "raportti (PDF, 1,2 Mt)");
    assert_eq!(text(1), "ruotsiksi (PDF, 2 kt, På svenska)");
    assert_eq!(links[1].value().attr("hreflang"), Some("sv"));
    assert_eq!(
        links[1].value().attr("href"),
        Some("/sv/nyheter/ny-telefon/report.sv.pdf")
    );
    let sv = site.html(SV);
    // `report.pdf` in the Swedish page is the bundle's Swedish report.
    assert_eq!(
        sv.attr("main a[href$='.pdf']", "href"),
        "/sv/nyheter/ny-telefon/report.sv.pdf"
    );
    assert_eq!(sv.text("main a[href$='.pdf']"), "rapporten (PDF, 2 kB)");
    let en = site.html(EN);
    assert_eq!(en.text("main a[href$='.pdf']"), "the report (PDF, 1.2 MB)");
    assert_eq!(
        en.attr("main a[href$='.pdf']", "href"),
        "/fi/uutiset/uusi-puhelin/report.pdf"
    );
}

#[test]
fn a_document_in_static_is_labelled_too() {
    let site = Site::fixture("i18n");
    site.write_bytes("static/files/guide.pdf", &vec![b'%'; 350_000])
        .write(
            "content/news/guide.fi.md",
            "---\ntitle: Opas\n---\n[Opas](/files/guide.pdf)\n",
        );
    build(&site);
    let page = site.html("fi/uutiset/guide/index.html");
    assert_eq!(
        page.text("main a[href='/files/guide.pdf']"),
        "Opas (PDF, 350 kt)"
    );
}

#[test]
fn a_second_build_processes_no_picture_again() {
    let site = bundle_site();
    let first = build(&site);
    assert!(
        first.contains("pictures: 1 processed, 0 from the cache"),
        "{first}"
    );
    let output = site.snapshot();
    let second = build(&site);
    assert!(
        second.contains("pictures: 0 processed, 1 from the cache"),
        "{second}"
    );
    assert!(
        second.contains("0 files changed, 0 added, 0 removed"),
        "{second}"
    );
    assert_eq!(site.snapshot(), output);
    // Into an empty output folder, from the cache alone.
    let files = common::files_of(&site.public());
    std::fs::remove_dir_all(site.public()).unwrap();
    let third = build(&site);
    assert!(
        third.contains("pictures: 0 processed, 1 from the cache"),
        "{third}"
    );
    assert_eq!(common::files_of(&site.public()), files);
    // The cache may be deleted at any time: the pictures are made again, the same.
    std::fs::remove_dir_all(site.root().join(".kielo-cache")).unwrap();
    let fourth = build(&site);
    assert!(fourth.contains("pictures: 1 processed"), "{fourth}");
    assert!(
        fourth.contains("0 files changed, 0 added, 0 removed"),
        "{fourth}"
    );
}

/// What `check --format json` reports: code, file and line.
fn checked(site: &Site) -> Vec<common::Finding> {
    common::findings(site, &["check", "--now", NOW])
}

#[test]
fn missing_files_are_errors_naming_file_line_and_similar_names() {
    let site = bundle_site();
    let page = "content/news/helpline/index.sv.md";
    site.write(
        page,
        "---\ntitle: Ny telefon\nslug: ny-telefon\nimage: foto.jpg\n---\n![En telefon](Photo.jpg)\n\n[Rapport](rapport.pdf)\n",
    );
    let found = checked(&site);
    assert!(common::has(&found, "media.missing", page, 4), "{found:?}");
    assert!(common::has(&found, "media.missing", page, 6), "{found:?}");
    assert!(common::has(&found, "media.missing", page, 8), "{found:?}");
    let image = found.iter().find(|(_, _, l, _)| *l == 6).unwrap();
    assert!(image.3.contains("`photo.jpg`"), "{image:?}");
    let run = site.kielo(&["build", "--now", NOW]);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains(&format!("{page} line 6")),
        "{}",
        run.stderr()
    );
    // An image in a page that is not a bundle cannot be beside it.
    site.write(
        "content/news/loose.fi.md",
        "---\ntitle: Irrallinen\n---\n\n![Kuva](kuva.jpg)\n",
    );
    assert!(common::has(
        &checked(&site),
        "media.missing",
        "content/news/loose.fi.md",
        5
    ));
}

#[test]
fn broken_and_huge_pictures_are_errors_naming_them() {
    let site = bundle_site();
    site.write_bytes(
        "content/news/helpline/broken.png",
        b"\x89PNG\r\n\x1a\nnot a picture",
    )
    .write_bytes(
        "content/news/helpline/huge.png",
        &pictures::png_claiming(50_000, 50_000),
    );
    site.edit("content/news/helpline/index.sv.md", |t| {
        format!("{t}\n![Trasig](broken.png)\n")
    });
    let found = checked(&site);
    // Reported once, as what it is, not also as missing from the page that shows it.
    assert!(!found.iter().any(|d| d.0 == "media.missing"), "{found:?}");
    assert!(
        common::has(
            &found,
            "media.unreadable",
            "content/news/helpline/broken.png",
            0
        ),
        "{found:?}"
    );
    assert!(
        common::has(
            &found,
            "media.too-large",
            "content/news/helpline/huge.png",
            0
        ),
        "{found:?}"
    );
    let run = site.kielo(&["build", "--now", NOW]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(!site.public().exists(), "nothing is written");
}

#[test]
fn alt_text_is_an_error_in_check_and_a_warning_in_build_unless_decorative() {
    let site = bundle_site();
    let page = "content/news/helpline/index.en.md";
    site.write(
        page,
        "---\ntitle: New phone\nslug: new-phone\n---\n![](photo.jpg)\n\n![\"\"](photo.jpg)\n",
    );
    let found = checked(&site);
    let alt: Vec<_> = found.iter().filter(|d| d.0 == "a11y.image-alt").collect();
    assert_eq!(alt.len(), 1, "{found:?}");
    assert!(common::has(&found, "a11y.image-alt", page, 5));
    let check = site.kielo(&["check", "--now", NOW]);
    assert_eq!(check.code(), Some(1), "an error in check");
    let run = site.kielo(&["build", "--now", NOW]).ok();
    assert!(
        run.stderr().contains(&format!("{page} line 5")),
        "a warning in build: {}",
        run.stderr()
    );
    let en = site.html(EN);
    let alts: Vec<Option<&str>> = en
        .all("main img")
        .iter()
        .map(|i| i.value().attr("alt"))
        .collect();
    assert_eq!(alts, [Some(""), Some("")]);
}

#[test]
fn a_page_inside_a_bundle_is_an_error() {
    let site = bundle_site();
    site.write(
        "content/news/helpline/other.fi.md",
        "---\ntitle: Muu\n---\n",
    );
    let found = checked(&site);
    assert!(
        common::has(
            &found,
            "content.bundle-pages",
            "content/news/helpline/other.fi.md",
            0
        ),
        "{found:?}"
    );
}

#[test]
fn a_file_outside_any_bundle_is_reported_as_not_published() {
    let site = Site::fixture("i18n");
    site.write_bytes("content/news/stray.pdf", b"%PDF");
    let run = site.kielo(&["build", "--now", NOW]).ok();
    assert!(
        run.stderr().contains("content/news/stray.pdf"),
        "{}",
        run.stderr()
    );
    assert!(!Path::new(&site.public().join("fi/uutiset/stray.pdf")).exists());
}

#[test]
fn files_that_could_leak_or_run_script_are_refused() {
    let bundle = "content/news/helpline";
    for (name, bytes, code) in [
        ("phone.heic", &b"ftypheic"[..], "media.unsupported"),
        ("page.html", &b"<p>hi</p>"[..], "media.unsafe"),
        ("tool.js", &b"alert(1)"[..], "media.unsafe"),
        (
            "logo.svg",
            &b"<svg onload=\"alert(1)\"/>"[..],
            "media.unsafe",
        ),
    ] {
        let site = bundle_site();
        site.write_bytes(&format!("{bundle}/{name}"), bytes);
        let found = checked(&site);
        assert!(
            common::has(&found, code, &format!("{bundle}/{name}"), 0),
            "{name}: {found:?}"
        );
    }
    // A picture of static/ is published as it is: with EXIF, a warning says so.
    let site = bundle_site();
    site.write_bytes("static/images/staff.jpg", &pictures::photo(64, 48));
    let run = site.kielo(&["build", "--now", NOW]).ok();
    assert!(
        run.stderr().contains("static/images/staff.jpg"),
        "{}",
        run.stderr()
    );
}

#[test]
fn hidden_folders_are_not_published_and_a_bundle_holds_no_other_bundle() {
    let site = bundle_site();
    site.write("content/news/helpline/.git/config", "[core]\n");
    build(&site);
    let files = common::files_of(&site.public());
    assert!(!files.keys().any(|p| p.to_string_lossy().contains(".git")));
    site.write(
        "content/news/helpline/inner/index.fi.md",
        "---\ntitle: Sisempi\n---\n",
    );
    let found = checked(&site);
    let inner = "content/news/helpline/inner/index.fi.md";
    assert!(
        common::has(&found, "content.bundle-pages", inner, 0),
        "{found:?}"
    );
}

#[test]
fn addresses_keep_their_fragment_and_pictures_are_never_pages() {
    let site = bundle_site();
    let page = "content/news/helpline/index.en.md";
    let front = "---\ntitle: New phone\nslug: new-phone\n---\n";
    site.write(
        page,
        &format!("{front}[Page 2](report.pdf#page=2)\n\n![A page](@/news/other.md)\n"),
    );
    let found = checked(&site);
    assert!(common::has(&found, "media.missing", page, 7), "{found:?}");
    site.write(page, &format!("{front}[Page 2](report.pdf#page=2)\n"));
    build(&site);
    let href = site.html(EN).attr("main a[href*='report']", "href");
    assert_eq!(href, "/fi/uutiset/uusi-puhelin/report.pdf#page=2");
}

#[test]
fn a_missing_translation_of_a_bundle_is_asked_for_in_its_folder() {
    let site = bundle_site();
    site.write(
        "content/news/solo/index.fi.md",
        "---\ntitle: Yksin\ndescription: Vain suomeksi.\n---\nTeksti.\n",
    );
    let found = checked(&site);
    let hints: Vec<&String> = (found.iter())
        .filter(|f| f.0 == "check.missing-translation" && f.1 == "content/news/solo/index.fi.md")
        .map(|f| &f.3)
        .collect();
    assert_eq!(hints.len(), 2, "{found:?}");
    assert!(
        hints[0].contains("create content/news/solo/index.sv.md"),
        "{hints:?}"
    );
}
