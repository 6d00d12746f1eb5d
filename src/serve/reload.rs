//! Live reload: a Server-Sent Events stream that says `reload` after a good rebuild and
//! `error` (with the diagnostics as JSON) after a failed one, and the small script, added to
//! HTML as it is served, that listens to it and shows failures in an overlay.

use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{StreamExt, stream};
use serde::Serialize;

use super::App;
use crate::Error;
use crate::messages::{Messages, text};

/// The outcome of the last build, as the rebuild thread publishes it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Status {
    /// Builds finished so far, good or not; 0 until the first one ends.
    pub(crate) builds: u64,
    /// The `error` event's data when the last build failed.
    pub(crate) failure: Option<Arc<str>>,
    /// The path of the last good build's `base_url` (`/agency` for
    /// `https://example.org/agency/`), under which its links expect the site; empty for a
    /// site at the root or before a first good build.
    pub(crate) prefix: Arc<str>,
}

/// The script, served at `/__kielo/reload.js` (not inline, so a site's Content Security
/// Policy that allows its own scripts allows this one too).
const SCRIPT: &str = include_str!("reload.js");
const TAG: &[u8] = b"<script src=\"/__kielo/reload.js\"></script>\n";

pub(crate) async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
}

/// Adds the script tag before the last `</body>`, or at the end when there is none.
pub(crate) fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let end = b"</body";
    let at = html
        .windows(end.len())
        .rposition(|w| w.eq_ignore_ascii_case(end))
        .unwrap_or(html.len());
    html.splice(at..at, TAG.iter().copied());
    html
}

/// The live-reload stream. Only pages of this server may listen: a request whose `Origin`
/// is another site's is refused, so no other site learns of the preview or its errors.
pub(crate) async fn events(State(app): State<App>, headers: HeaderMap) -> Response {
    if let Some(origin) = headers.get(header::ORIGIN)
        && !allowed(&app, origin, headers.get(header::HOST))
    {
        return (
            StatusCode::FORBIDDEN,
            "Live reload answers only pages of this server.\n",
        )
            .into_response();
    }
    let mut status = app.status.clone();
    // A tab opened after a failed build shows the failure at once.
    let failure = status.borrow_and_update().failure.clone();
    let start = [
        Some(Event::default().comment("kielo live reload")),
        failure.map(error_event),
    ];
    let updates = stream::unfold(
        (status, app.stop.clone()),
        |(mut status, mut stop)| async move {
            let changed = tokio::select! {
                changed = status.changed() => changed.is_ok(),
                // Ending the stream on shutdown lets the server stop gracefully.
                _ = stop.wait_for(|stop| *stop) => false,
            };
            if !changed {
                return None;
            }
            let failure = status.borrow_and_update().failure.clone();
            let event = match failure {
                Some(data) => error_event(data),
                None => Event::default().event("reload").data("reload"),
            };
            Some((event, (status, stop)))
        },
    );
    let events = stream::iter(start.into_iter().flatten())
        .chain(updates)
        .map(Ok::<_, Infallible>);
    Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response()
}

fn error_event(data: Arc<str>) -> Event {
    Event::default().event("error").data(&*data)
}

fn allowed(app: &App, origin: &HeaderValue, host: Option<&HeaderValue>) -> bool {
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if app.origins.iter().any(|o| o == origin) {
        return true;
    }
    // Bound to every interface the page may come from any of the machine's addresses; the
    // whole preview is open to the network then anyway.
    app.any_host
        && host
            .and_then(|h| h.to_str().ok())
            .is_some_and(|host| origin == format!("http://{host}"))
}

/// One problem as the overlay shows it.
#[derive(Serialize)]
struct Shown {
    file: String,
    line: Option<usize>,
    column: Option<u32>,
    message: String,
    hint: Option<String>,
    excerpt: Option<String>,
}

impl Shown {
    fn message(file: String, message: String) -> Shown {
        Shown {
            file,
            line: None,
            column: None,
            message,
            hint: None,
            excerpt: None,
        }
    }
}

/// The `error` event's data: `{"diagnostics": [{"file", "line", "column", "message",
/// "hint", "excerpt"}], "words": {"title", "note", "close"}}`, errors only (warnings are in
/// the terminal), in the language of `messages`.
pub(crate) fn error_data(err: &Error, messages: &Messages, built: bool) -> Arc<str> {
    let diagnostics: Vec<Shown> = match err {
        Error::Input(diagnostics) => diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| Shown {
                file: d.path.display().to_string(),
                line: d.line,
                column: d.column,
                message: messages.format(&d.message),
                hint: d.hint.as_ref().map(|hint| {
                    messages.format(&text!("diagnostic-hint", hint = messages.format(hint)))
                }),
                excerpt: d.excerpt.as_deref().map(String::from),
            })
            .collect(),
        Error::Io { path, source } => {
            vec![Shown::message(
                path.display().to_string(),
                source.to_string(),
            )]
        }
        other => vec![Shown::message(String::new(), other.render(messages))],
    };
    let note = match built {
        true => text!("serve-overlay-note"),
        false => text!("serve-overlay-note-first"),
    };
    let words = serde_json::json!({
        "lang": messages.language().code(),
        "title": messages.format(&text!("serve-overlay-title")),
        "note": messages.format(&note),
        "close": messages.format(&text!("serve-overlay-close")),
    });
    serde_json::json!({ "diagnostics": diagnostics, "words": words })
        .to_string()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_body_end_tag() {
        let page = inject(b"<html><body><p>x</p></BODY></html>".to_vec());
        assert_eq!(
            String::from_utf8(page).unwrap(),
            "<html><body><p>x</p><script src=\"/__kielo/reload.js\"></script>\n</BODY></html>"
        );
        let fragment = inject(b"<p>no body</p>".to_vec());
        assert!(fragment.ends_with(TAG));
    }

    #[test]
    fn error_data_lists_errors_with_file_and_line() {
        let err = Error::Input(vec![
            crate::Diagnostic::error(
                crate::error::Code::YamlUnclosedQuote,
                "content/a.fi.md",
                Some(3),
                text!("yaml-unclosed-quote"),
            )
            .with_hint(text!("yaml-unclosed-quote-hint", quote = "\"")),
            crate::Diagnostic::warning(
                crate::error::Code::CheckNoDescription,
                "content/b.fi.md",
                None,
                text!("check-no-description"),
            ),
        ]);
        let finnish = Messages::new(crate::messages::Language::Fi);
        let data: serde_json::Value =
            serde_json::from_str(&error_data(&err, &finnish, true)).unwrap();
        let list = data["diagnostics"].as_array().unwrap();
        assert_eq!(list.len(), 1, "warnings stay in the terminal: {data}");
        assert_eq!(list[0]["file"], "content/a.fi.md");
        assert_eq!(list[0]["line"], 3);
        let finnish_words = |id: &str| {
            let ftl = include_str!("../messages/fi/yaml.ftl");
            let line = ftl
                .lines()
                .find_map(|l| l.strip_prefix(id)?.strip_prefix(" = "));
            line.unwrap_or_default().replace("{ $quote }", "\"")
        };
        assert_eq!(list[0]["message"], finnish_words("yaml-unclosed-quote"));
        let hint = format!("vihje: {}", finnish_words("yaml-unclosed-quote-hint"));
        assert_eq!(list[0]["hint"], hint);
        assert_eq!(data["words"]["title"], "Sivustoa ei voitu rakentaa");
        assert_eq!(data["words"]["lang"], "fi");
    }
}
