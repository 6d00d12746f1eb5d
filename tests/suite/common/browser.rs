//! A headless Chromium for the browser tests: the system's own browser (never a downloaded
//! one), one tab that records console errors and failed requests, and the Node tools in
//! `tests/browser/node_modules`.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Emulation, Log, Network, Page as Cdp};
use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;

/// How long one browser step (a load, a script, a key press) may take.
pub const STEP: Duration = Duration::from_secs(60);

/// Chromium flags: without the networking ones Chromium stalls on a machine with no
/// outside network.
pub const FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// `tests/browser/node_modules`, or a panic saying how to install it.
pub fn node_modules() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules");
    for tool in ["axe-core/axe.min.js", "html-validate/package.json"] {
        assert!(
            dir.join(tool).is_file(),
            "{} is missing: install the Node tools with `npm ci --prefix tests/browser`",
            dir.join(tool).display()
        );
    }
    dir
}

/// The system Chromium: `$CHROMIUM`, else `chromium` on the PATH; a panic saying how to
/// install it when there is none.
pub fn chromium_path() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "CHROMIUM={} is no file: install Chromium with `apt-get install chromium`",
            path.display()
        );
        return path;
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("chromium"))
        .find(|path| path.is_file())
        .unwrap_or_else(|| {
            panic!(
                "no chromium on the PATH: install it with `apt-get install chromium` \
                 (or set CHROMIUM to its path)"
            )
        })
}

/// A running Chromium with its own fresh profile folder; both go when dropped.
pub struct Chromium {
    browser: Browser,
    _profile: tempfile::TempDir,
}

impl Chromium {
    pub fn launch() -> Chromium {
        let path = chromium_path();
        let profile = tempfile::tempdir().expect("profile dir");
        let options = LaunchOptions {
            // The flags are all given below, so the library adds none of its own.
            headless: false,
            sandbox: true,
            enable_gpu: true,
            disable_default_args: true,
            args: FLAGS.iter().map(OsStr::new).collect(),
            path: Some(path.clone()),
            user_data_dir: Some(profile.path().to_path_buf()),
            idle_browser_timeout: Duration::from_secs(600),
            ..LaunchOptions::default()
        };
        let browser = Browser::new(options)
            .unwrap_or_else(|e| panic!("could not start {}: {e:#}", path.display()));
        Chromium {
            browser,
            _profile: profile,
        }
    }

    /// A new tab, `width` CSS pixels wide, recording problems from now on.
    pub fn tab(&self, width: u32) -> Watched {
        let tab = self.browser.new_tab().expect("new tab");
        tab.set_default_timeout(STEP);
        let watched = Watched {
            tab,
            problems: Arc::default(),
            requests: Arc::default(),
        };
        watched.watch();
        watched.set_width(width);
        watched
    }
}

/// A tab and what went wrong in it: console errors, exceptions, failed requests.
pub struct Watched {
    pub tab: Arc<Tab>,
    problems: Arc<Mutex<Vec<String>>>,
    /// The address of every request the tab made.
    requests: Arc<Mutex<Vec<String>>>,
}

impl Watched {
    fn watch(&self) {
        self.tab.enable_runtime().expect("Runtime.enable");
        self.tab.enable_log().expect("Log.enable");
        self.tab
            .call_method(Network::Enable {
                max_total_buffer_size: None,
                max_resource_buffer_size: None,
                max_post_data_size: None,
                report_direct_socket_traffic: None,
                enable_durable_messages: None,
            })
            .expect("Network.enable");
        let problems = Arc::clone(&self.problems);
        let requests = Arc::clone(&self.requests);
        let urls = Mutex::new(HashMap::<String, String>::new());
        let listener = move |event: &Event| {
            let problem = match event {
                Event::RuntimeConsoleAPICalled(e) => {
                    let params = serde_json::to_value(&e.params).unwrap_or_default();
                    (params["type"] == "error")
                        .then(|| format!("console.error: {}", params["args"]))
                }
                Event::RuntimeExceptionThrown(e) => Some(format!(
                    "exception: {}",
                    serde_json::to_value(&e.params.exception_details).unwrap_or_default()
                )),
                Event::LogEntryAdded(e) => (e.params.entry.level == Log::LogEntryLevel::Error)
                    .then(|| {
                        format!(
                            "log error: {} {}",
                            e.params.entry.text,
                            e.params.entry.url.clone().unwrap_or_default()
                        )
                    }),
                Event::NetworkRequestWillBeSent(e) => {
                    let url = e.params.request.url.clone();
                    requests.lock().unwrap().push(url);
                    urls.lock()
                        .unwrap()
                        .insert(e.params.request_id.clone(), e.params.request.url.clone());
                    None
                }
                Event::NetworkLoadingFailed(e) => {
                    let url = urls
                        .lock()
                        .unwrap()
                        .get(&e.params.request_id)
                        .cloned()
                        .unwrap_or_default();
                    // The live-reload stream is cut on every navigation: not a failure.
                    (!url.contains("/__kielo/events"))
                        .then(|| format!("request failed: {url}: {}", e.params.error_text))
                }
                Event::NetworkResponseReceived(e) => (e.params.response.status >= 400).then(|| {
                    format!(
                        "HTTP {} for {}",
                        e.params.response.status, e.params.response.url
                    )
                }),
                _ => None,
            };
            if let Some(problem) = problem {
                problems.lock().unwrap().push(problem);
            }
        };
        self.tab
            .add_event_listener(Arc::new(listener))
            .expect("listen to the tab");
    }

    /// Emulates a phone-like (or desktop) viewport `width` CSS pixels wide.
    pub fn set_width(&self, width: u32) {
        self.tab
            .call_method(Emulation::SetDeviceMetricsOverride {
                width,
                height: 800,
                device_scale_factor: 1.0,
                mobile: width < 600,
                scale: None,
                screen_width: None,
                screen_height: None,
                position_x: None,
                position_y: None,
                dont_set_visible_size: None,
                screen_orientation: None,
                viewport: None,
                display_feature: None,
                device_posture: None,
            })
            .expect("Emulation.setDeviceMetricsOverride");
    }

    /// Loads `url` and waits (bounded) for it.
    pub fn open(&self, url: &str) {
        self.tab
            .navigate_to(url)
            .and_then(|tab| tab.wait_until_navigated())
            .unwrap_or_else(|e| panic!("loading {url}: {e:#}"));
    }

    /// The value of a JavaScript expression (awaited when it is a promise), passed through
    /// JSON so objects and arrays arrive whole.
    pub fn eval(&self, expression: &str) -> Value {
        let wrapped = format!("(async () => JSON.stringify(await ({expression})))()");
        let result = self
            .tab
            .evaluate(&wrapped, true)
            .unwrap_or_else(|e| panic!("evaluating {expression:.80}: {e:#}"));
        let json = result.value.unwrap_or(Value::Null);
        serde_json::from_str(json.as_str().unwrap_or("null")).unwrap_or(Value::Null)
    }

    /// Runs a script (such as a library's source) in the page.
    pub fn run(&self, script: &str) {
        self.tab
            .evaluate(script, false)
            .unwrap_or_else(|e| panic!("running a script: {e:#}"));
    }

    /// The addresses requested since the last call.
    pub fn take_requests(&self) -> Vec<String> {
        std::mem::take(&mut *self.requests.lock().unwrap())
    }

    /// The problems recorded since the last call.
    pub fn take_problems(&self) -> Vec<String> {
        std::mem::take(&mut *self.problems.lock().unwrap())
    }

    pub fn press(&self, key: &str) {
        self.tab
            .press_key(key)
            .unwrap_or_else(|e| panic!("pressing {key}: {e:#}"));
    }

    /// A PNG of the visible part of the page.
    pub fn screenshot(&self) -> Vec<u8> {
        self.tab
            .capture_screenshot(Cdp::CaptureScreenshotFormatOption::Png, None, None, true)
            .expect("screenshot")
    }
}

/// What axe-core finds against WCAG 2.1 A and AA on the page open in `tab` (the script
/// `axe`, axe.min.js, is run in it first): one line per rule broken, with where.
pub fn axe_violations(tab: &Watched, axe: &str, address: &str) -> Vec<String> {
    tab.run(axe);
    let result = tab.eval(
        "axe.run(document, {runOnly: {type: 'tag',
           values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
         .then(r => r.violations.map(v => ({id: v.id, help: v.help,
           targets: v.nodes.map(n => n.target.join(' '))})))",
    );
    let violations: Vec<Value> = serde_json::from_value(result).expect("axe's violations");
    (violations.iter())
        .map(|v| format!("{address}: {} ({}) at {}", v["id"], v["help"], v["targets"]))
        .collect()
}

/// The path of every page of a built site, as served: `fi/tiedotteet/index.html` is
/// `fi/tiedotteet/`.
pub fn pages(public: &Path) -> Vec<String> {
    let mut pages: Vec<String> = walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name() == "index.html")
        .map(|e| {
            let relative = e.path().strip_prefix(public).unwrap().to_string_lossy();
            relative.trim_end_matches("index.html").replace('\\', "/")
        })
        .collect();
    pages.sort();
    pages
}
