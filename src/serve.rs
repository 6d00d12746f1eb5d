//! `kielo serve`: builds the site, serves the output folder on the loopback interface,
//! rebuilds when a source file changes and tells open browser tabs to reload.
//!
//! Threads: the HTTP server runs on a small tokio runtime; the rebuild engine, which is
//! blocking and uses rayon, runs on one dedicated thread that owns the [`Session`] (see
//! [`rebuild`]), so two rebuilds never overlap. They meet in a `watch` channel holding the
//! outcome of the last build, which the live-reload streams follow.

mod files;
mod rebuild;
mod reload;
mod watch;

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use axum::routing::get;
use tokio::sync::watch as channel;

use crate::messages::{Messages, text};
use crate::{BuildOptions, Error, Session};

/// What `kielo serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// How to build the site; its output folder is the one served.
    pub build: BuildOptions,
    /// The address to listen on: a loopback address unless the preview should be public.
    pub bind: IpAddr,
    /// The port; 0 takes any free one.
    pub port: u16,
    /// Open the site in the default browser once it is served.
    pub open: bool,
    /// The language of the terminal lines and of the error overlay.
    pub messages: crate::messages::Language,
}

/// What every request handler shares.
#[derive(Clone)]
pub(crate) struct App {
    /// The output folder, as built.
    out: Arc<PathBuf>,
    /// The outcome of the last build.
    status: channel::Receiver<reload::Status>,
    /// Becomes `true` when the server stops.
    stop: channel::Receiver<bool>,
    /// Origins whose pages may listen to the live-reload stream.
    origins: Arc<Vec<String>>,
    /// Bound to every interface: a page's origin may be any address of the machine.
    any_host: bool,
    /// The language of the pages the server makes itself.
    messages: Arc<Messages>,
}

/// How long open connections may take to finish after Ctrl-C before the server stops anyway.
const GRACE: Duration = Duration::from_secs(3);

/// Builds the site, serves it and rebuilds on changes until Ctrl-C or SIGTERM. A failed build
/// never stops the server; only a port that cannot be listened on (exit code 2) or a runtime
/// that cannot start does.
pub fn serve(options: ServeOptions) -> Result<(), Error> {
    // A wrong flag ends the command, where a wrong site.yaml shows in the browser.
    if let Some(base_url) = &options.build.base_url {
        crate::config::base_url_flag(base_url)?;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::usage(text!("serve-cannot-start", reason = e.to_string())))?;
    let rebuilder = runtime.block_on(run(options))?;
    // The rebuild thread was told to stop; a rebuild in progress sees the cancel flag and
    // leaves the output as it was, so waiting here leaves no temporary folder behind.
    let _ = rebuilder.join();
    Ok(())
}

/// Serves until stopped; returns the rebuild thread, told to stop, for the caller to join
/// outside the runtime.
async fn run(options: ServeOptions) -> Result<std::thread::JoinHandle<()>, Error> {
    let listener = listen(options.bind, options.port)?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::usage(text!("serve-cannot-listen", reason = e.to_string())))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| cannot_listen(local, &e))?;
    let listener =
        tokio::net::TcpListener::from_std(listener).map_err(|e| cannot_listen(local, &e))?;
    let messages = Arc::new(Messages::new(options.messages));
    if !options.bind.is_loopback() {
        let address = local.to_string();
        let warning = text!("serve-open-to-network", address = address);
        eprintln!("{}", messages.format(&warning));
    }

    let signals = Signals::install()
        .map_err(|e| Error::usage(text!("serve-no-signals", reason = e.to_string())))?;
    let cancel = Arc::new(AtomicBool::new(false));
    let (stop_tx, stop) = channel::channel(false);
    tokio::spawn(stop_on_signal(signals, cancel.clone(), stop_tx));

    let mut build = options.build;
    build.cancel = Some(cancel);
    let out = build
        .out
        .clone()
        .unwrap_or_else(|| build.root.join("public"));
    let (status_tx, mut status) = channel::channel(reload::Status::default());
    let rebuilder = rebuild::start(
        Session::new(build.clone()),
        &build.root,
        status_tx,
        messages.clone(),
    )?;

    // The first build finishes before the address is printed, so a browser opened on it finds
    // the site (or the error overlay).
    let mut stopped = stop.clone();
    tokio::select! {
        built = status.wait_for(|s| s.builds > 0) => {
            if built.is_err() {
                return Err(Error::usage(text!("serve-thread-stopped")));
            }
        }
        _ = stopped.wait_for(|stop| *stop) => {
            rebuilder.stop();
            return Ok(rebuilder.thread);
        }
    }

    // A first build that failed leaves the prefix empty; the overlay shows why.
    let prefix = status.borrow().prefix.clone();
    let url = format!("http://{}{prefix}/", display_addr(local));
    say(&messages.format(&text!("serve-serving", url = url.as_str())));
    if options.open
        && let Err(err) = opener::open(&url)
    {
        let reason = err.to_string();
        eprintln!(
            "{}",
            messages.format(&text!("serve-no-browser", reason = reason))
        );
    }

    let app = App {
        out: Arc::new(out),
        status,
        stop: stop.clone(),
        origins: Arc::new(origins(options.bind, local.port())),
        any_host: options.bind.is_unspecified(),
        messages: messages.clone(),
    };
    let router = Router::new()
        .route("/__kielo/events", get(reload::events))
        .route("/__kielo/reload.js", get(reload::script))
        .fallback(get(files::serve_path))
        .layer(axum::middleware::map_response(preview_headers))
        .layer(axum::middleware::from_fn_with_state(app.clone(), own_host))
        .with_state(app);

    let mut graceful = stop.clone();
    let server = axum::serve(listener, router)
        .with_graceful_shutdown(async move {
            let _ = graceful.wait_for(|stop| *stop).await;
        })
        .into_future();
    let mut late = stop.clone();
    tokio::select! {
        served = server => {
            if let Err(err) = served {
                let reason = err.to_string();
                eprintln!("{}", messages.format(&text!("serve-stopped", reason = reason)));
            }
        }
        // Live-reload streams end on the stop signal; this only guards against a client
        // that keeps a request open for longer.
        _ = async move {
            let _ = late.wait_for(|stop| *stop).await;
            tokio::time::sleep(GRACE).await;
        } => {
            let seconds = GRACE.as_secs();
            eprintln!("{}", messages.format(&text!("serve-connections-cut", seconds = seconds)));
        }
    }
    rebuilder.stop();
    Ok(rebuilder.thread)
}

/// Binds the port, or says which nearby port is free.
fn listen(ip: IpAddr, port: u16) -> Result<TcpListener, Error> {
    match TcpListener::bind((ip, port)) {
        Ok(listener) => Ok(listener),
        Err(err) if err.kind() == std::io::ErrorKind::AddrInUse => {
            let free = (port.saturating_add(1)..=port.saturating_add(100))
                .find(|&p| p != port && TcpListener::bind((ip, p)).is_ok());
            // 0 means no port nearby is free.
            let free = free.unwrap_or(0);
            Err(Error::usage(text!(
                "serve-port-in-use",
                port = port,
                free = free
            )))
        }
        Err(err) => Err(cannot_listen(SocketAddr::new(ip, port), &err)),
    }
}

fn cannot_listen(address: SocketAddr, err: &std::io::Error) -> Error {
    let address = address.to_string();
    Error::usage(text!(
        "serve-cannot-listen-on",
        address = address,
        reason = err.to_string()
    ))
}

/// The address to print: an unspecified address (`0.0.0.0`) is reached through loopback.
fn display_addr(local: SocketAddr) -> SocketAddr {
    match local.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, local.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, local.port()).into(),
        _ => local,
    }
}

/// The origins of pages this server serves: the live-reload stream answers only them.
fn origins(bind: IpAddr, port: u16) -> Vec<String> {
    let mut origins = vec![
        format!("http://127.0.0.1:{port}"),
        format!("http://localhost:{port}"),
        format!("http://[::1]:{port}"),
    ];
    let own = format!("http://{}", SocketAddr::new(bind, port));
    if !origins.contains(&own) {
        origins.push(own);
    }
    origins
}

/// The first Ctrl-C or SIGTERM stops the server and cancels a rebuild in progress; a second
/// one ends the process at once.
async fn stop_on_signal(
    mut signals: Signals,
    cancel: Arc<AtomicBool>,
    stop: channel::Sender<bool>,
) {
    signals.next().await;
    cancel.store(true, Ordering::SeqCst);
    stop.send_replace(true);
    signals.next().await;
    std::process::exit(130);
}

/// Ctrl-C and SIGTERM, listened for from the start so that neither kills the process
/// before the server can stop cleanly.
#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn install() -> std::io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    async fn next(&mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn install() -> std::io::Result<Signals> {
        Ok(Signals)
    }

    async fn next(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Headers for every response: the preview is never cached, and no other site may read it
/// (no `Access-Control-Allow-Origin` is ever sent).
/// Refuses a request whose `Host` is not one of this server's own names: a page on another
/// site whose name was pointed at 127.0.0.1 (DNS rebinding) must not read the preview.
async fn own_host(
    axum::extract::State(app): axum::extract::State<App>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    let own = |host: &str| {
        app.origins
            .iter()
            .any(|origin| origin.strip_prefix("http://") == Some(host))
    };
    if app.any_host || host.is_some_and(own) {
        return next.run(request).await;
    }
    let refusal = "This preview answers only to its own address, such as 127.0.0.1.\n";
    axum::response::IntoResponse::into_response((axum::http::StatusCode::FORBIDDEN, refusal))
}

async fn preview_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// Prints one line to stdout at once (tests and scripts read it); a closed stdout is ignored.
pub(crate) fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}
