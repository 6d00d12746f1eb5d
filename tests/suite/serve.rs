//! `kielo serve`: the real binary on a fixture site, spoken to over raw HTTP.

use crate::common::Site;
use crate::common::serve::{PATIENCE, Server, run_to_exit};

use std::time::Duration;

/// The fixture with a feed for the Finnish news section.
fn site() -> Site {
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site
}

const SCRIPT: &str = r#"script[src="/__kielo/reload.js"]"#;

#[test]
fn pages_get_the_reload_script_only_as_served() {
    let site = site();
    let server = Server::start(&site, &[]);

    let page = server.get("/fi/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.header("access-control-allow-origin"), None);
    let html = page.html();
    assert_eq!(html.all(SCRIPT).len(), 1, "{}", page.text());
    assert_eq!(
        html.all("body > script")
            .last()
            .map(|s| s.value().attr("src")),
        Some(Some("/__kielo/reload.js")),
        "the script comes last in the body"
    );
    assert_eq!(html.text("h1"), site.html("fi/index.html").text("h1"));
    for file in ["fi/index.html", "index.html", "404.html"] {
        assert!(!site.read(file).contains("__kielo"), "{file} on disk");
    }

    let script = server.get("/__kielo/reload.js");
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("EventSource(\"/__kielo/events\")"));

    let css = server.get("/kielo.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(
        css.body,
        site.read("kielo.css").as_bytes(),
        "CSS as written"
    );
    assert_eq!(
        server.get("/extra.css").status,
        200,
        "the site's static file"
    );

    for xml in ["/sitemap.xml", "/fi/uutiset/atom.xml"] {
        let response = server.get(xml);
        assert_eq!(response.status, 200, "{xml}");
        let kind = response.header("content-type").unwrap_or_default();
        assert!(
            kind.contains("xml") && kind.ends_with("; charset=utf-8"),
            "{xml}: {kind}"
        );
        assert_eq!(response.header("cache-control"), Some("no-store"));
        roxmltree::Document::parse(&response.text())
            .unwrap_or_else(|e| panic!("{xml} is not XML as served: {e}"));
    }

    let folder = server.get("/fi/uutiset");
    assert_eq!(folder.status, 307);
    assert_eq!(folder.header("location"), Some("/fi/uutiset/"));
    let listing = server.get("/fi/uutiset/");
    assert_eq!(listing.status, 200);
    assert_eq!(listing.html().all(SCRIPT).len(), 1);
}

#[test]
fn an_edit_reloads_open_pages() {
    let site = site();
    let server = Server::start(&site, &[]);
    let mut events = server.events(&[]);
    assert_eq!(events.response.status, 200);

    site.edit("content/_index.fi.md", |c| {
        c.replace("Tervetuloa.", "Tervetuloa muokatulle sivulle.")
    });
    events.expect("reload");
    let rebuilt = server
        .wait_for_line(|l| l.starts_with("Rebuilt in "))
        .expect("a line for the rebuild");
    assert!(rebuilt.ends_with("(1 file changed)"), "{rebuilt}");
    let page = server.get("/fi/");
    assert!(
        page.html()
            .text("main")
            .contains("Tervetuloa muokatulle sivulle."),
        "{}",
        page.text()
    );
}

#[test]
fn a_new_file_in_the_sites_locales_rebuilds_the_footer() {
    let site = site();
    let server = Server::start(&site, &[]);
    let mut events = server.events(&[]);
    // No locales/ folder yet: it is watched from when it appears.
    site.write(
        "locales/fi/site.ftl",
        "footer-organisation = Esimerkkivirasto\n",
    );
    events.expect("reload");
    let page = server.get("/fi/");
    assert_eq!(
        page.html().text(".footer-organisation"),
        "Esimerkkivirasto",
        "{}",
        page.text()
    );
}

#[test]
fn a_burst_of_saves_rebuilds_once() {
    let site = site();
    let server = Server::start(&site, &[]);
    let mut events = server.events(&[]);
    for n in 0..10 {
        site.write(
            &format!("content/news/burst-{n}.fi.md"),
            &format!("---\ntitle: Sarja {n}\n---\nTeksti.\n"),
        );
    }
    events.expect("reload");
    let rebuilt = server
        .wait_for_line(|l| l.starts_with("Rebuilt in "))
        .expect("a line for the rebuild");
    assert!(rebuilt.ends_with("(10 files changed)"), "{rebuilt}");
    assert_eq!(server.get("/fi/uutiset/burst-9/").status, 200);
}

#[test]
fn a_broken_file_shows_its_error_and_keeps_the_last_good_site() {
    let site = site();
    let server = Server::start(&site, &[]);
    let mut events = server.events(&[]);

    site.edit("content/news/release.fi.md", |c| {
        c.replace(
            "title: Uusi neuvontapuhelin",
            "title: \"Uusi neuvontapuhelin",
        )
    });
    let error = events.expect("error");
    let data: serde_json::Value = serde_json::from_str(&error.data).unwrap();
    let first = &data["diagnostics"][0];
    assert!(
        first["file"].as_str().unwrap().ends_with("release.fi.md"),
        "{data}"
    );
    assert_eq!(first["line"], 2, "{data}");
    assert!(
        first["message"].as_str().unwrap().contains("quote"),
        "{data}"
    );
    assert!(
        server.stderr_shows("release.fi.md line 2"),
        "{}",
        server.stderr()
    );

    // The last good page is still there.
    let page = server.get("/fi/uutiset/uusi-neuvontapuhelin/");
    assert_eq!(page.status, 200);
    assert_eq!(page.html().text("h1"), "Uusi neuvontapuhelin");

    // A tab opened now shows the error at once.
    let mut late = server.events(&[]);
    let again = late.next_event(PATIENCE).expect("an event on connecting");
    assert_eq!(
        (again.name.as_str(), again.data.as_str()),
        ("error", error.data.as_str())
    );

    site.edit("content/news/release.fi.md", |c| {
        c.replace(
            "title: \"Uusi neuvontapuhelin",
            "title: Uusi neuvontapuhelin avattu",
        )
    });
    events.expect("reload");
    late.expect("reload");
    let page = server.get("/fi/uutiset/uusi-neuvontapuhelin/");
    assert_eq!(page.html().text("h1"), "Uusi neuvontapuhelin avattu");
    let fresh = server.events(&[]).next_event(Duration::from_millis(500));
    assert!(
        fresh.is_none(),
        "no error for a new tab after the fix: {fresh:?}"
    );
}

#[test]
fn a_first_build_that_fails_still_serves_the_error() {
    let site = site();
    site.edit("content/_index.fi.md", |c| {
        c.replace("title: Etusivu", "title: [Etusivu")
    });
    let server = Server::start(&site, &[]);
    assert!(!site.public().exists());

    let home = server.get("/");
    assert_eq!(home.status, 404);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.html().all(SCRIPT).len(), 1, "{}", home.text());
    let mut events = server.events(&[]);
    let error = events.next_event(PATIENCE).expect("the error at once");
    assert_eq!(error.name, "error");
    assert!(error.data.contains("_index.fi.md"), "{}", error.data);

    site.edit("content/_index.fi.md", |c| {
        c.replace("title: [Etusivu", "title: Etusivu")
    });
    events.expect("reload");
    assert_eq!(server.get("/fi/").status, 200);
}

#[test]
fn requests_never_read_outside_the_output_folder() {
    let site = site();
    let secret = "the secret beside the output";
    site.write("secret.txt", secret);
    let server = Server::start(&site, &[]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("../secret.txt", site.public().join("leak.txt")).unwrap();
        std::os::unix::fs::symlink("..", site.public().join("up")).unwrap();
        std::os::unix::fs::symlink("kielo.css", site.public().join("inside.css")).unwrap();
        // A link that stays inside the folder is followed: the confinement is what refuses.
        assert_eq!(server.get("/inside.css").status, 200);
    }
    let absolute = format!("http://{}/../secret.txt", server.addr);
    for path in [
        "/../secret.txt",
        "/fi/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2fsecret.txt",
        "/fi/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        r"/fi\..\..\secret.txt",
        "/%00",
        "/kielo.css%00.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/C:/Windows/win.ini",
        "/%ff%fe",
        "/leak.txt",
        "/up/secret.txt",
        "/up/",
        absolute.as_str(),
    ] {
        let response = server.get(path);
        assert!(
            [400, 404].contains(&response.status),
            "{path}: {} {}",
            response.status,
            response.text()
        );
        assert!(
            !response.text().contains(secret),
            "{path} leaked the secret"
        );
        assert_eq!(response.header("access-control-allow-origin"), None);
    }
}

#[test]
fn missing_pages_get_the_sites_own_404_page() {
    let site = site();
    let server = Server::start(&site, &[]);
    for (path, page) in [
        ("/fi/ei-ole/", "fi/404.html"),
        ("/sv/finns-inte", "sv/404.html"),
        ("/en/missing.png", "en/404.html"),
        ("/nowhere/at/all", "404.html"),
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 404, "{path}");
        assert_eq!(
            response.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        let served = response.html();
        let expected = site.html(page);
        assert_eq!(served.text("title"), expected.text("title"), "{path}");
        assert_eq!(served.text("h1"), expected.text("h1"), "{path}");
        assert_eq!(served.all(SCRIPT).len(), 1, "{path}");
    }
    let fi = server.get("/fi/ei-ole/").html();
    assert_eq!(fi.text("h1"), "Sivua ei löytynyt");
}

#[test]
fn live_reload_answers_only_this_servers_pages() {
    let site = site();
    let server = Server::start(&site, &[]);
    let refused = server.request("/__kielo/events", &[("Origin", "http://evil.example")]);
    assert_eq!(refused.status, 403);
    assert_eq!(refused.header("access-control-allow-origin"), None);
    let refused = server.request("/__kielo/events", &[("Origin", "null")]);
    assert_eq!(refused.status, 403);

    let own = format!("http://127.0.0.1:{}", server.port());
    let localhost = format!("http://localhost:{}", server.port());
    for origin in [own.as_str(), localhost.as_str()] {
        let stream = server.events(&[("Origin", origin)]);
        assert_eq!(stream.response.status, 200, "{origin}");
        assert_eq!(
            stream.response.header("content-type"),
            Some("text/event-stream"),
            "{origin}"
        );
        assert_eq!(stream.response.header("access-control-allow-origin"), None);
    }
    assert_eq!(
        server.events(&[]).response.status,
        200,
        "no Origin: not a browser page"
    );
}

#[test]
fn a_busy_port_is_named_with_a_free_one_to_try() {
    let site = site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (status, _, stderr) = run_to_exit(&site, &["--port", &port]);
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("port {port} is in use")),
        "{stderr}"
    );
    let suggested = stderr
        .split("--port ")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no port suggested: {stderr}"));
    assert_ne!(suggested, port, "{stderr}");
    assert!(suggested.parse::<u16>().is_ok(), "{stderr}");
    assert!(
        !site.public().exists(),
        "nothing is built when the port is taken"
    );
}

#[test]
fn listening_beyond_this_machine_warns() {
    let site = site();
    let server = Server::start(&site, &["--bind", "0.0.0.0"]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    assert!(
        server.stderr_shows("reachable from the network"),
        "{}",
        server.stderr()
    );
    assert_eq!(server.get("/fi/").status, 200);

    let local = Server::start(&site, &[]);
    assert_eq!(local.get("/fi/").status, 200);
    assert!(!local.stderr().contains("reachable from the network"));
}

#[cfg(unix)]
#[test]
fn signals_stop_the_server_cleanly() {
    for signal in ["TERM", "INT"] {
        let site = site();
        let mut server = Server::start(&site, &[]);
        assert_eq!(server.get("/fi/").status, 200);
        // An open live-reload stream must not hold the shutdown up.
        let mut events = server.events(&[]);
        let status = server.signal(signal);
        assert_eq!(status.code(), Some(0), "SIG{signal}: {}", server.stderr());
        assert!(
            events.ends_within(PATIENCE),
            "SIG{signal}: the stream stayed open"
        );
        assert!(
            !server.stderr().contains("still open"),
            "SIG{signal}: the stream held the shutdown up: {}",
            server.stderr()
        );
        assert!(site.leftovers().is_empty(), "{:?}", site.leftovers());
        for (file, bytes) in site.snapshot() {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("__kielo"), "{} on disk", file.display());
        }
        assert!(site.exists("fi/index.html"));
    }
}

#[test]
fn a_site_under_a_path_is_served_under_it() {
    let site = site();
    site.edit("site.yaml", |c| {
        c.replace(
            "base_url: https://example.org",
            "base_url: https://example.org/agency/",
        )
    });
    let server = Server::start(&site, &[]);
    assert!(
        server.stderr().is_empty() || !server.stderr().contains("error"),
        "{}",
        server.stderr()
    );
    let page = server.get("/agency/fi/");
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.html();
    assert_eq!(html.text("h1"), site.html("fi/index.html").text("h1"));
    // The page's own links lead inside the prefix, and they are served.
    let stylesheet = html.attr(r#"link[rel="stylesheet"]"#, "href");
    assert!(stylesheet.starts_with("/agency/"), "{stylesheet}");
    assert_eq!(server.get(&stylesheet).status, 200, "{stylesheet}");
    // Outside the prefix there is nothing.
    let outside = server.get("/fi/");
    assert_eq!(outside.status, 404);
    assert_eq!(
        outside.html().text("title"),
        site.html("404.html").text("title")
    );
}

#[test]
fn requests_for_other_host_names_are_refused() {
    let site = site();
    let server = Server::start(&site, &[]);
    let port = server.port().to_string();
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let page = server.request("/fi/", &[("Host", host.as_str())]);
        assert_eq!(page.status, 200, "{host}");
    }
    // A name an attacker's DNS points at 127.0.0.1 (DNS rebinding).
    let rebound = format!("attacker.example:{port}");
    let page = server.request("/fi/", &[("Host", rebound.as_str())]);
    assert_eq!(page.status, 403);
    assert!(!page.text().contains("<html"), "{}", page.text());
}

#[test]
fn the_preview_follows_a_new_path_of_base_url() {
    let site = site();
    let server = Server::start(&site, &[]);
    assert_eq!(server.get("/fi/").status, 200);
    site.edit("site.yaml", |c| {
        c.replace(
            "base_url: https://example.org",
            "base_url: https://example.org/agency/",
        )
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while server.get("/agency/fi/").status != 200 {
        assert!(
            std::time::Instant::now() < deadline,
            "/agency/fi/ was never served: {}",
            server.stderr()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let html = server.get("/agency/fi/").html();
    let stylesheet = html.attr(r#"link[rel="stylesheet"]"#, "href");
    assert!(stylesheet.starts_with("/agency/"), "{stylesheet}");
    assert_eq!(server.get(&stylesheet).status, 200, "{stylesheet}");
    assert_eq!(server.get("/fi/").status, 404);
}
