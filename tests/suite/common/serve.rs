//! A running `kielo serve` for tests, and a raw HTTP/1.1 client: requests go out byte for
//! byte as written (URL libraries would normalise `..` away), responses are parsed here.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Page, Site};

/// How long anything may take before a test gives up: generous, for a loaded machine.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// `kielo serve` on a site, killed (by PID) and waited for when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT/` as printed.
    pub url: String,
    /// `127.0.0.1:PORT`.
    pub addr: String,
    stdout: Receiver<String>,
    stderr: Arc<Mutex<String>>,
    /// The line that gave the address.
    pub first_line: String,
}

impl Server {
    /// The sample site, built, and served.
    pub fn sample() -> (Site, Server) {
        let site = Site::sample();
        site.build().ok();
        let server = Server::start(&site, &[]);
        (site, server)
    }

    /// Starts `kielo serve --port 0 --root <site> <args>` and waits for its address.
    pub fn start(site: &Site, args: &[&str]) -> Server {
        let (child, stdout, stderr) = spawn(site, &[&["--port", "0"], args].concat());
        let mut server = Server {
            child,
            url: String::new(),
            addr: String::new(),
            stdout,
            stderr,
            first_line: String::new(),
        };
        // `Serving at http://…/`, in whatever language the messages are.
        let line = server
            .wait_for_line(|l| l.contains(" http://"))
            .unwrap_or_else(|| panic!("no address printed; stderr:\n{}", server.stderr()));
        server.url = line[line.find("http://").unwrap_or_default()..].to_string();
        server.first_line = line.clone();
        server.addr = server
            .url
            .strip_prefix("http://")
            .and_then(|rest| rest.split_once('/'))
            .map(|(addr, _)| addr)
            .unwrap_or_else(|| panic!("not a URL: {line}"))
            .to_string();
        server
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn port(&self) -> &str {
        self.addr.rsplit(':').next().unwrap()
    }

    /// Everything the server printed to stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr contains `text`; false after [`PATIENCE`].
    pub fn stderr_shows(&self, text: &str) -> bool {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if self.stderr().contains(text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// The next stdout line matching `wanted`, skipping others; `None` after [`PATIENCE`]
    /// or when the server exits.
    pub fn wait_for_line(&self, wanted: impl Fn(&str) -> bool) -> Option<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stdout.recv_timeout(left) {
                Ok(line) if wanted(&line) => return Some(line),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Sends a signal with the shell's `kill` and waits (bounded) for the server to exit.
    #[cfg(unix)]
    pub fn signal(&mut self, signal: &str) -> ExitStatus {
        let sent = Command::new("sh")
            .arg("-c")
            .arg(format!("kill -{signal} {}", self.pid()))
            .status()
            .unwrap();
        assert!(sent.success(), "kill -{signal} failed");
        wait_bounded(&mut self.child).unwrap_or_else(|| {
            panic!(
                "still running {PATIENCE:?} after SIG{signal}; stderr:\n{}",
                self.stderr()
            )
        })
    }

    /// `GET path` with no extra headers.
    pub fn get(&self, path: &str) -> Response {
        self.request(path, &[])
    }

    /// `GET path` with `headers` (`("Origin", "…")`), the path sent exactly as written.
    pub fn request(&self, path: &str, headers: &[(&str, &str)]) -> Response {
        let mut stream = self.send(path, headers, "close");
        let mut raw = Vec::new();
        stream
            .read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let (mut response, at) =
            parse_head(&raw).unwrap_or_else(|| panic!("GET {path}: no response head in {raw:?}"));
        let body = &raw[at..];
        response.body = if response.is_chunked() {
            let mut decoded = Vec::new();
            let mut rest = body.to_vec();
            dechunk(&mut rest, &mut decoded);
            decoded
        } else {
            body.to_vec()
        };
        response
    }

    /// Opens the live-reload stream; the returned stream has its status and headers read.
    pub fn events(&self, headers: &[(&str, &str)]) -> EventStream {
        let mut stream = self.send("/__kielo/events", headers, "keep-alive");
        let deadline = Instant::now() + PATIENCE;
        let mut raw = Vec::new();
        let response = loop {
            if let Some((response, at)) = parse_head(&raw) {
                raw.drain(..at);
                break response;
            }
            assert!(
                Instant::now() < deadline,
                "no answer from the events endpoint"
            );
            let mut buf = [0; 4096];
            match stream.read(&mut buf) {
                Ok(0) => panic!("the events endpoint closed without answering"),
                Ok(n) => raw.extend_from_slice(&buf[..n]),
                Err(e) if is_timeout(&e) => {}
                Err(e) => panic!("events: {e}"),
            }
        };
        EventStream {
            stream,
            raw,
            body: Vec::new(),
            response,
            closed: false,
        }
    }

    fn send(&self, path: &str, headers: &[(&str, &str)], connection: &str) -> TcpStream {
        let mut stream = TcpStream::connect(&self.addr).expect("connect to kielo serve");
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let mut request = format!("GET {path} HTTP/1.1\r\n");
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("host"))
        {
            request.push_str(&format!("Host: {}\r\n", self.addr));
        }
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str(&format!("Connection: {connection}\r\n\r\n"));
        stream.write_all(request.as_bytes()).unwrap();
        if connection == "close" {
            stream.set_read_timeout(Some(PATIENCE)).unwrap();
        }
        stream
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

type Spawned = (Child, Receiver<String>, Arc<Mutex<String>>);

/// Starts `kielo serve --root <site> <args>`; its stdout lines arrive on a channel and its
/// stderr gathers in a string, both read on their own threads so the pipes never fill.
fn spawn(site: &Site, args: &[&str]) -> Spawned {
    let mut child = crate::common::kielo_command()
        .arg("serve")
        .arg("--root")
        .arg(site.root())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kielo serve");
    let (lines, stdout) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let stderr = Arc::new(Mutex::new(String::new()));
    let gathered = stderr.clone();
    let mut err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0; 4096];
        while let Ok(n) = err.read(&mut buf) {
            if n == 0 {
                break;
            }
            gathered
                .lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    (child, stdout, stderr)
}

/// Runs `kielo serve --root <site> <args>` that is expected to exit by itself; kills it
/// after [`PATIENCE`]. Returns the exit status, stdout and stderr.
pub fn run_to_exit(site: &Site, args: &[&str]) -> (ExitStatus, String, String) {
    let (mut child, stdout, stderr) = spawn(site, args);
    let status = wait_bounded(&mut child);
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let status = status.unwrap_or_else(|| panic!("kielo serve {args:?} did not exit"));
    // The reader threads end with the pipes; give them a moment to hand over the last bytes.
    let out: Vec<String> = stdout.iter().collect();
    let deadline = Instant::now() + Duration::from_secs(2);
    while Arc::strong_count(&stderr) > 1 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    let err = stderr.lock().unwrap().clone();
    (status, out.join("\n"), err)
}

fn wait_bounded(child: &mut Child) -> Option<ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// An HTTP response: status, headers (names in lower case) and body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The value of a header, `None` when absent.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn html(&self) -> Page {
        Page(scraper::Html::parse_document(&self.text()))
    }

    fn is_chunked(&self) -> bool {
        self.header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    }
}

/// The response head at the start of `raw` and where the body begins, once it is complete.
fn parse_head(raw: &[u8]) -> Option<(Response, usize)> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let status = status_line.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    Some((response, end + 4))
}

/// Moves every complete chunk from `raw` to `body`; returns true at the last (empty) chunk.
fn dechunk(raw: &mut Vec<u8>, body: &mut Vec<u8>) -> bool {
    loop {
        let Some(line_end) = raw.windows(2).position(|w| w == b"\r\n") else {
            return false;
        };
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .unwrap_or_else(|_| panic!("bad chunk size {size_text:?}"));
        if size == 0 {
            raw.clear();
            return true;
        }
        let start = line_end + 2;
        if raw.len() < start + size + 2 {
            return false;
        }
        body.extend_from_slice(&raw[start..start + size]);
        raw.drain(..start + size + 2);
    }
}

/// One Server-Sent Event.
#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub data: String,
}

/// An open live-reload stream.
pub struct EventStream {
    stream: TcpStream,
    /// Bytes read but not yet dechunked.
    raw: Vec<u8>,
    /// Event-stream text not yet parsed into events.
    body: Vec<u8>,
    pub response: Response,
    closed: bool,
}

impl EventStream {
    /// The next event (comments skipped) within `timeout`; `None` on timeout or when the
    /// server closed the stream.
    pub fn next_event(&mut self, timeout: Duration) -> Option<Event> {
        let deadline = Instant::now() + timeout;
        loop {
            // Bytes may be waiting from the read that brought the response head.
            if self.response.is_chunked() {
                self.closed |= dechunk(&mut self.raw, &mut self.body);
            } else {
                self.body.append(&mut self.raw);
            }
            if let Some(event) = self.take_event() {
                return Some(event);
            }
            if self.closed || Instant::now() >= deadline {
                return None;
            }
            let mut buf = [0; 4096];
            match self.stream.read(&mut buf) {
                Ok(0) => self.closed = true,
                Ok(n) => self.raw.extend_from_slice(&buf[..n]),
                Err(e) if is_timeout(&e) => {}
                Err(_) => self.closed = true,
            }
        }
    }

    /// Waits for an event named `name`, failing with the events seen instead.
    pub fn expect(&mut self, name: &str) -> Event {
        let mut seen = Vec::new();
        let deadline = Instant::now() + PATIENCE;
        while let Some(event) = self.next_event(deadline.saturating_duration_since(Instant::now()))
        {
            if event.name == name {
                return event;
            }
            seen.push(event);
        }
        panic!("no `{name}` event within {PATIENCE:?}; saw {seen:?}");
    }

    /// Whether the server ended the stream within `timeout`.
    pub fn ends_within(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if self
                .next_event(deadline.saturating_duration_since(Instant::now()))
                .is_none()
                && self.closed
            {
                return true;
            }
        }
        self.closed
    }

    fn take_event(&mut self) -> Option<Event> {
        loop {
            let end = self.body.windows(2).position(|w| w == b"\n\n")?;
            let block = String::from_utf8_lossy(&self.body[..end]).into_owned();
            self.body.drain(..end + 2);
            let mut name = None;
            let mut data: Vec<&str> = Vec::new();
            for line in block.lines() {
                if let Some(value) = line.strip_prefix("event:") {
                    name = Some(value.trim_start().to_string());
                } else if let Some(value) = line.strip_prefix("data:") {
                    data.push(value.strip_prefix(' ').unwrap_or(value));
                }
            }
            if name.is_some() || !data.is_empty() {
                return Some(Event {
                    name: name.unwrap_or_else(|| "message".into()),
                    data: data.join("\n"),
                });
            }
        }
    }
}
