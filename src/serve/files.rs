//! Files of the output folder for requests: which file a path names (never one outside the
//! folder), its content type, and the site's own 404 page.
//!
//! A path is refused (400) when, percent-decoded, it is not UTF-8 or has a `..` or `.`
//! segment, an empty segment (`//etc/passwd`), a backslash, a NUL or a drive letter. What is
//! left is joined to the output folder and resolved with symlinks; a file that resolves
//! outside the folder is missing (404), so a symlink cannot lead out either.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use mime_guess::mime;
use percent_encoding::percent_decode_str;

use super::App;
use super::reload;
use crate::messages::{Messages, Text, text};

/// Answers a GET or HEAD for a file of the site.
pub(crate) async fn serve_path(State(app): State<App>, uri: Uri) -> Response {
    let raw = uri.path();
    // The site's links start with the path of its base_url; nothing is outside it.
    // The latest good build's: editing `base_url` moves the preview with it.
    let prefix = app.status.borrow().prefix.clone();
    let (inside, path) = match raw.strip_prefix(&*prefix) {
        Some("") => (true, "/"),
        Some(rest) if rest.starts_with('/') => (true, rest),
        _ => (false, raw),
    };
    let Some(segments) = segments(path) else {
        return (
            StatusCode::BAD_REQUEST,
            "This address cannot name a file of the site.\n",
        )
            .into_response();
    };
    let slash = raw.ends_with('/');
    let out = app.out.clone();
    let messages = app.messages.clone();
    let answer =
        tokio::task::spawn_blocking(move || answer(&out, &segments, slash, inside, &messages))
            .await;
    match answer {
        Ok(Answer::File { path, bytes }) => respond(StatusCode::OK, &content_type(&path), bytes),
        Ok(Answer::Folder) => {
            let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
            match HeaderValue::from_str(&format!("{raw}/{query}")) {
                Ok(location) => (
                    StatusCode::TEMPORARY_REDIRECT,
                    [(header::LOCATION, location)],
                )
                    .into_response(),
                Err(_) => StatusCode::BAD_REQUEST.into_response(),
            }
        }
        Ok(Answer::Missing(page)) => respond(StatusCode::NOT_FOUND, HTML, page),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

const HTML: &str = "text/html; charset=utf-8";

/// A response with a body; HTML gets the live-reload script.
fn respond(status: StatusCode, content_type: &str, mut body: Vec<u8>) -> Response {
    if content_type.starts_with("text/html") {
        body = reload::inject(body);
    }
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

/// The percent-decoded segments of a request path, or `None` when the path could name
/// something outside the output folder. A trailing slash adds no segment.
pub(crate) fn segments(raw: &str) -> Option<Vec<String>> {
    let rest = raw.strip_prefix('/')?;
    let decoded = percent_decode_str(rest).decode_utf8().ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut parts: Vec<&str> = decoded.split('/').collect();
    if parts.last() == Some(&"") {
        parts.pop();
    }
    let safe = |part: &&str| !(part.is_empty() || *part == "." || *part == ".." || is_drive(part));
    if !parts.iter().all(safe) {
        return None;
    }
    Some(parts.into_iter().map(String::from).collect())
}

/// `C:` and the like, which make a Windows path absolute wherever they stand.
fn is_drive(part: &str) -> bool {
    let bytes = part.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

/// What a request path leads to.
enum Answer {
    File {
        path: PathBuf,
        bytes: Vec<u8>,
    },
    /// A folder asked for without its final slash, which relative links need.
    Folder,
    /// The HTML of the 404 page to show.
    Missing(Vec<u8>),
}

fn answer(
    out: &Path,
    segments: &[String],
    slash: bool,
    inside: bool,
    messages: &Messages,
) -> Answer {
    // Resolved on each request: every build swaps in a new folder.
    let Ok(base) = out.canonicalize() else {
        return Answer::Missing(builtin_page(
            messages,
            text!("serve-nothing-built-title"),
            text!("serve-nothing-built"),
        ));
    };
    let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
    if !inside {
        return Answer::Missing(not_found_page(&base, None, messages));
    }
    let found = match find(&base, &parts) {
        Found::Folder if !slash && !parts.is_empty() => return Answer::Folder,
        Found::Folder => find(&base, &[parts.as_slice(), &["index.html"]].concat()),
        found => found,
    };
    if let Found::File(path) = found
        && let Ok(bytes) = std::fs::read(&path)
    {
        return Answer::File { path, bytes };
    }
    Answer::Missing(not_found_page(&base, parts.first().copied(), messages))
}

enum Found {
    File(PathBuf),
    Folder,
    Nothing,
}

/// The file or folder `parts` name under `base` (canonical), with symlinks resolved;
/// `Nothing` when it does not exist or resolves outside `base`.
fn find(base: &Path, parts: &[&str]) -> Found {
    let mut path = base.to_path_buf();
    path.extend(parts);
    let Ok(real) = path.canonicalize() else {
        return Found::Nothing;
    };
    if !real.starts_with(base) {
        return Found::Nothing;
    }
    match std::fs::metadata(&real) {
        Ok(meta) if meta.is_file() => Found::File(real),
        Ok(meta) if meta.is_dir() => Found::Folder,
        _ => Found::Nothing,
    }
}

/// The site's 404 page in the language of the path's first segment, else the root one.
fn not_found_page(base: &Path, first: Option<&str>, messages: &Messages) -> Vec<u8> {
    let localized = first.map(|lang| find(base, &[lang, "404.html"]));
    let page = match localized {
        Some(Found::File(path)) => Found::File(path),
        _ => find(base, &["404.html"]),
    };
    match page {
        Found::File(path) => std::fs::read(path).ok(),
        _ => None,
    }
    .unwrap_or_else(|| {
        let (title, text) = (text!("serve-not-found-title"), text!("serve-not-found"));
        builtin_page(messages, title, text)
    })
}

/// A minimal page for when the site has none to show; the live-reload script is added
/// later like on every HTML page, so the error overlay shows here too.
fn builtin_page(messages: &Messages, title: Text, text: Text) -> Vec<u8> {
    let lang = messages.language().code();
    // The catalogues' own words, which hold no markup.
    let (title, text) = (messages.format(&title), messages.format(&text));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n"
    )
    .into_bytes()
}

/// The content type for a file name; text types say they are UTF-8, as kielo writes them.
pub(crate) fn content_type(path: &Path) -> String {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    // mime_guess still gives the types these had before fonts got their own.
    let preferred = match extension.as_deref() {
        Some("woff") => Some("font/woff"),
        Some("otf") => Some("font/otf"),
        Some("mjs") => Some("text/javascript"),
        _ => None,
    };
    let guessed: mime::Mime = preferred
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| mime_guess::from_path(path).first_or_octet_stream());
    let textual = guessed.type_() == mime::TEXT
        || matches!(guessed.subtype().as_str(), "javascript" | "json" | "xml")
        || guessed
            .suffix()
            .is_some_and(|s| s == mime::XML || s == mime::JSON);
    if textual && guessed.get_param(mime::CHARSET).is_none() {
        format!("{}; charset=utf-8", guessed.essence_str())
    } else {
        guessed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_paths_become_segments() {
        assert_eq!(segments("/"), Some(vec![]));
        assert_eq!(segments("/fi/"), Some(vec!["fi".to_string()]));
        assert_eq!(
            segments("/fi/ty%C3%B6el%C3%A4m%C3%A4/index.html"),
            Some(vec!["fi".into(), "työelämä".into(), "index.html".into()])
        );
        assert_eq!(segments("/a%20b"), Some(vec!["a b".to_string()]));
    }

    #[test]
    fn escapes_are_refused() {
        for raw in [
            "/../secret.txt",
            "/fi/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2fsecret.txt",
            "/..%5csecret.txt",
            "/fi\\..\\..\\secret.txt",
            "/%00",
            "/index.html%00.css",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/C:/Windows/win.ini",
            "/c%3a/Windows/win.ini",
            "/fi/./index.html",
            "/%ff",
            "relative",
        ] {
            assert_eq!(segments(raw), None, "{raw}");
        }
    }

    #[test]
    fn text_types_carry_a_charset() {
        let of = |name: &str| content_type(Path::new(name));
        assert_eq!(of("index.html"), "text/html; charset=utf-8");
        assert_eq!(of("kielo.css"), "text/css; charset=utf-8");
        assert!(
            of("app.js").ends_with("javascript; charset=utf-8"),
            "{}",
            of("app.js")
        );
        assert!(
            of("atom.xml").ends_with("xml; charset=utf-8"),
            "{}",
            of("atom.xml")
        );
        assert_eq!(of("data.json"), "application/json; charset=utf-8");
        assert_eq!(of("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(of("logo.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(of("photo.png"), "image/png");
        assert_eq!(of("photo.jpg"), "image/jpeg");
        assert_eq!(of("anim.gif"), "image/gif");
        assert_eq!(of("photo.webp"), "image/webp");
        assert_eq!(of("photo.avif"), "image/avif");
        assert!(of("favicon.ico").contains("icon"), "{}", of("favicon.ico"));
        assert_eq!(of("font.woff2"), "font/woff2");
        assert_eq!(of("font.woff"), "font/woff");
        assert_eq!(of("font.ttf"), "font/ttf");
        assert_eq!(of("font.otf"), "font/otf");
        assert_eq!(of("archive.unknownext"), "application/octet-stream");
    }
}
