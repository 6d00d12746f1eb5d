//! Input that must build without complaint, and input that must never reach the output:
//! raw HTML (unless allowed) and links that run scripts.

use crate::common::Site;

fn builds_quietly(site: &Site) {
    let run = site.build().ok();
    let stderr = run.stderr();
    let ours: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning: content/news/x") || l.starts_with("error"))
        .collect();
    assert!(ours.is_empty(), "{stderr}");
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_build() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/x.fi.md",
        "\u{feff}---\r\ntitle: Rivinvaihdot\r\ndate: 2021-05-01\r\ntags: [a, b]\r\n---\r\n## Otsikko\r\n\r\nTeksti [linkki](@/news/other.md#tausta).\r\n",
    );
    builds_quietly(&site);
    let page = site.html("fi/uutiset/x/index.html");
    assert_eq!(page.text("h1"), "Rivinvaihdot");
    assert_eq!(page.attr("h2#otsikko", "id"), "otsikko");
    assert_eq!(
        page.attr("main a[href*='toinen']", "href"),
        "/fi/uutiset/toinen-uutinen/#tausta"
    );
}

#[test]
fn an_empty_body_builds() {
    let site = Site::fixture("i18n");
    site.write("content/news/x.fi.md", "---\ntitle: Tyhjä\n---");
    site.write("content/news/x.sv.md", "---\ntitle: Tom\n---\n");
    builds_quietly(&site);
    assert_eq!(site.html("fi/uutiset/x/index.html").text("h1"), "Tyhjä");
    assert_eq!(site.html("sv/nyheter/x/index.html").text("h1"), "Tom");
}

#[test]
fn markup_in_titles_is_escaped_in_every_output() {
    let title = r#"<script>alert("x")</script> & "lainaus" 'yksi'"#;
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site.write(
        "content/news/x.fi.md",
        &format!(
            "---\ntitle: '{}'\ndescription: \"<b>bold</b> \\\"q\\\"\"\ndate: 2030-01-01\ntags: ['<i>tag</i>']\n---\nTeksti.\n",
            title.replace('\'', "''")
        ),
    );
    site.kielo(&["build", "--future"]).ok();
    for path in [
        "fi/uutiset/index.html",
        "fi/uutiset/x/index.html",
        "fi/index.html",
    ] {
        let raw = site.read(path);
        assert!(!raw.contains("<script>alert"), "{path}: {raw}");
        assert!(!raw.contains("<b>bold"), "{path}");
        assert!(!raw.contains("<i>tag"), "{path}");
    }
    let page = site.html("fi/uutiset/x/index.html");
    assert_eq!(page.text("h1"), title);
    assert!(page.all("script").is_empty());
    assert_eq!(
        page.attr("meta[property='og:title']", "content"),
        title,
        "attribute values keep the title exactly"
    );
    assert_eq!(
        page.attr("meta[name=description]", "content"),
        r#"<b>bold</b> "q""#
    );
    let listing = site.html("fi/uutiset/index.html");
    assert!(
        listing
            .all("main a")
            .iter()
            .any(|a| a.text().collect::<String>().contains(title))
    );

    let xml = site.read("fi/uutiset/atom.xml");
    let feed = feed_rs::parser::parse(xml.as_bytes()).expect("a valid feed");
    assert!(
        feed.entries
            .iter()
            .any(|e| e.title.as_ref().unwrap().content == title),
        "{xml}"
    );
    let sitemap = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("a well-formed sitemap");
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("https://example.org/fi/uutiset/x/"))
    );
}

#[test]
fn file_names_with_scandinavian_letters_build_and_link() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/åäö-sivu.sv.md",
        "---\ntitle: Åäö\n---\nText.\n",
    );
    site.write(
        "content/news/x.sv.md",
        "---\ntitle: X\n---\n[Åäö](@/news/åäö-sivu.md)\n",
    );
    builds_quietly(&site);
    assert_eq!(
        site.html("sv/nyheter/aao-sivu/index.html").text("h1"),
        "Åäö"
    );
    assert_eq!(
        site.html("sv/nyheter/x/index.html")
            .attr("main p a", "href"),
        "/sv/nyheter/aao-sivu/"
    );
}

#[test]
fn a_five_megabyte_page_builds() {
    let site = Site::fixture("i18n");
    let paragraph = "Työnantajan on hyvä tietää, miten ihmiskaupan uhria autetaan. ".repeat(8);
    let mut body = String::with_capacity(5_300_000);
    let mut n = 0;
    while body.len() < 5_000_000 {
        n += 1;
        body.push_str(&format!("## Osa {n}\n\n{paragraph}\n\n"));
    }
    site.write(
        "content/news/x.fi.md",
        &format!("---\ntitle: Iso\n---\n{body}"),
    );
    builds_quietly(&site);
    let html = site.read("fi/uutiset/x/index.html");
    assert!(html.len() > 5_000_000, "{}", html.len());
    assert!(html.contains(&format!("<h2 id=\"osa-{n}\">Osa {n}</h2>")));
}

#[test]
fn raw_html_is_left_out_with_a_warning_unless_allowed() {
    let page = "---\ntitle: X\n---\nAlku.\n\n<div class=\"box\">Laatikko</div>\n\nTeksti <span class=\"s\">sisällä</span>.\n\n<!-- kommentti -->\n";
    let site = Site::fixture("i18n");
    site.write("content/news/x.fi.md", page);
    let run = site.build().ok();
    let stderr = run.stderr();
    assert!(
        stderr.contains("warning: content/news/x.fi.md line 6: raw HTML is left out of the page"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/news/x.fi.md line 8: raw HTML"),
        "{stderr}"
    );
    assert!(stderr.contains("markdown: { raw_html: true }"), "{stderr}");
    assert!(!stderr.contains("line 10"), "comments go quietly: {stderr}");
    let out = site.html("fi/uutiset/x/index.html");
    assert!(out.all("div.box").is_empty() && out.all("span.s").is_empty());
    assert!(out.text("main").contains("Teksti sisällä."));
    assert!(!site.read("fi/uutiset/x/index.html").contains("kommentti"));

    site.edit("site.yaml", |c| format!("{c}markdown:\n  raw_html: true\n"));
    let run = site.build().ok();
    assert!(!run.stderr().contains("raw HTML"), "{}", run.stderr());
    let out = site.html("fi/uutiset/x/index.html");
    assert_eq!(out.text("div.box"), "Laatikko");
    assert_eq!(out.text("span.s"), "sisällä");
}

#[test]
fn script_urls_are_never_emitted() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}markdown:\n  raw_html: true\n"));
    site.write(
        "content/news/x.fi.md",
        "---\ntitle: X\n---\n[yksi](javascript:alert(1))\n\n[kaksi](JaVaScRiPt:alert(2))\n\n[kolme](&#106;avascript:alert(3))\n\n<javascript:alert(4)>\n\n![kuva](javascript:alert(5))\n\n[kuusi]( java\tscript:alert(6))\n\n<a href=\"javascript:alert(7)\">seitsemän</a>\n\n[hyvä](https://example.org/)\n",
    );
    let run = site.build().ok();
    let stderr = run.stderr();
    for line in [4, 6, 8, 10, 12, 16] {
        assert!(
            stderr.contains(&format!("warning: content/news/x.fi.md line {line}: ")),
            "line {line}: {stderr}"
        );
    }
    let page = site.html("fi/uutiset/x/index.html");
    for element in page.all("*") {
        for (name, value) in element.value().attrs() {
            assert!(
                !value.to_ascii_lowercase().contains("script:"),
                "{name}=\"{value}\" in {}",
                element.html()
            );
        }
    }
    assert!(page.all("img").is_empty());
    let text = page.text("main");
    for word in ["yksi", "kaksi", "kolme"] {
        assert!(text.contains(word), "the link text stays: {text}");
    }
    assert_eq!(
        page.attr("main a[href^='https']", "href"),
        "https://example.org/"
    );
}
