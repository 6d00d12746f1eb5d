//! What pages brought over from Zola or Hugo use in their Markdown: `<!-- more -->` ending the
//! summary that listings and feeds show, footnotes with links back, and code-block info
//! strings with options after the language.

use crate::common::Site;

/// The fixture with a feed of Finnish news and `body` as the text of `news/release.fi.md`.
fn site_with(body: &str) -> Site {
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site.edit("content/news/release.fi.md", |c| {
        let front_end = c.rfind("---\n").unwrap() + 4;
        format!("{}{body}", &c[..front_end])
    });
    site
}

const SUMMARY: &str = "## Tausta\n\nEnsimmäinen *kappale*[^1].\n\n<!-- more -->\n\nLoput tekstistä.\n\n[^1]: Viite.\n";

#[test]
fn more_ends_the_summary_of_listings_and_feeds() {
    for raw_html in [false, true] {
        let site = site_with(SUMMARY);
        if raw_html {
            site.edit("site.yaml", |c| format!("{c}markdown:\n  raw_html: true\n"));
        }
        let run = site.build().ok();
        assert!(!run.stderr().contains("raw HTML"), "{}", run.stderr());
        let listing = site.html("fi/uutiset/index.html");
        let item = listing.one(".listing li .summary");
        let html = item.inner_html();
        assert!(html.contains("<em>kappale</em>"), "{html}");
        assert!(!html.contains("Loput"), "{html}");
        assert!(
            !html.contains("footnote"),
            "the note is on the page: {html}"
        );
        assert!(
            html.contains("<p><strong>Tausta</strong></p>") && !html.contains("<h2"),
            "a heading would break the listing's outline: {html}"
        );
        assert!(
            !html.contains("id="),
            "no ids repeated in a listing: {html}"
        );
        // The description is the summary's fallback: a summary replaces it.
        assert!(!html.contains("Neuvontapuhelin avataan"), "{html}");
        // The page itself shows all of it, the marker not at all.
        let page = site.read("fi/uutiset/uusi-neuvontapuhelin/index.html");
        assert!(page.contains("Loput tekstistä.") && !page.contains("more -->"));

        let feed = feed_rs::parser::parse(site.read("fi/uutiset/atom.xml").as_bytes()).unwrap();
        let entry = (feed.entries.iter())
            .find(|e| e.id.ends_with("/uusi-neuvontapuhelin/"))
            .unwrap();
        let summary = entry.summary.as_ref().unwrap();
        assert_eq!(summary.content_type.essence().to_string(), "text/html");
        assert!(
            summary.content.contains("<em>kappale</em>"),
            "{}",
            summary.content
        );
        assert!(!summary.content.contains("Loput"));
        // A page without the marker keeps its description as summary.
        let xml = site.read("fi/uutiset/atom.xml");
        assert!(!xml.contains("<summary>Neuvontapuhelin"), "{xml}");
    }
}

#[test]
fn more_without_spaces_and_a_page_without_it() {
    let site = site_with("Alku.\n<!--more-->\nLoppu.\n");
    site.build().ok();
    let listing = site.html("fi/uutiset/index.html");
    let summaries: Vec<String> = (listing.all(".listing li .summary").iter())
        .map(|s| s.inner_html().trim().to_string())
        .collect();
    assert_eq!(summaries, ["<p>Alku.</p>"]);
    // Inside a paragraph, the marker cuts it there and closes it.
    let site = site_with("Alku *ja <!-- more --> loppu*.\n");
    site.build().ok();
    let listing = site.html("fi/uutiset/index.html");
    let summary = listing.one(".listing li .summary").inner_html();
    assert_eq!(summary.trim(), "<p>Alku <em>ja </em></p>");
    // Pages without a marker are listed as before, with their description.
    let site = site_with("Teksti.\n");
    site.build().ok();
    let listing = site.html("fi/uutiset/index.html");
    assert!(listing.all(".listing .summary").is_empty());
    assert_eq!(
        listing.text(".listing li p:not(.meta)"),
        "Neuvontapuhelin avataan."
    );
}

#[test]
fn footnotes_link_back_to_each_reference_in_the_pages_language() {
    let site = site_with(
        "Yksi[^a] ja kaksi[^b] ja taas yksi[^a].\n\n[^b]: Toinen viite.\n\n[^a]: Ensimmäinen viite.\n\nLoppu.\n",
    );
    site.build().ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    let refs: Vec<(String, String)> = (page.all("sup.footnote-reference").iter())
        .map(|s| {
            let a = s
                .select(&scraper::Selector::parse("a").unwrap())
                .next()
                .unwrap();
            let id = s.value().attr("id").unwrap().to_string();
            (id, a.value().attr("href").unwrap().to_string())
        })
        .collect();
    assert_eq!(
        refs,
        [
            ("fnref:1".into(), "#fn:1".into()),
            ("fnref:2".into(), "#fn:2".into()),
            ("fnref:1:2".into(), "#fn:1".into())
        ]
    );
    let section = page.one("section.footnotes");
    assert_eq!(section.value().attr("aria-label"), Some("Alaviitteet"));
    let notes = page.all("section.footnotes li");
    let ids: Vec<_> = notes
        .iter()
        .map(|n| n.value().attr("id").unwrap())
        .collect();
    assert_eq!(ids, ["fn:1", "fn:2"]);
    assert!(
        notes[0]
            .text()
            .collect::<String>()
            .contains("Ensimmäinen viite.")
    );
    let back: Vec<(String, String)> = (page.all("section.footnotes a.footnote-backref").iter())
        .map(|a| {
            let attr = |name| a.value().attr(name).unwrap().to_string();
            (attr("href"), attr("aria-label"))
        })
        .collect();
    assert_eq!(
        back,
        [
            ("#fnref:1".into(), "Takaisin viitteeseen 1".into()),
            ("#fnref:1:2".into(), "Takaisin viitteeseen 1".into()),
            ("#fnref:2".into(), "Takaisin viitteeseen 2".into())
        ]
    );
    // The notes come after the text, and every id of the page is unique.
    let html = site.read("fi/uutiset/uusi-neuvontapuhelin/index.html");
    assert!(html.find("Loppu.").unwrap() < html.find("class=\"footnotes\"").unwrap());
    let all_ids: Vec<_> = page
        .all("[id]")
        .iter()
        .map(|e| e.value().attr("id").unwrap())
        .collect();
    let mut unique = all_ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), all_ids.len(), "{all_ids:?}");
}

#[test]
fn code_blocks_keep_only_the_language_of_their_info_string() {
    let site = site_with(
        "```rust,hl_lines=3\nfn a() {}\n```\n\n```python {hl_lines=[1]}\nx = 1\n```\n\n```\nplain\n```\n",
    );
    site.build().ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    let classes: Vec<Option<&str>> = (page.all("pre > code").iter())
        .map(|c| c.value().attr("class"))
        .collect();
    assert_eq!(
        classes,
        [Some("language-rust"), Some("language-python"), None]
    );
}

#[test]
fn the_home_pages_latest_releases_show_their_summaries_too() {
    let site = Site::fixture("i18n");
    site.write(
        "content/press-releases/_index.fi.md",
        "---\ntitle: Tiedotteet\nslug: tiedotteet\n---\n",
    );
    site.write(
        "content/press-releases/uusi.fi.md",
        "---\ntitle: Uusi\ndate: 2024-01-01\ndescription: Kuvaus.\n---\nTiivistelmä.\n\n<!-- more -->\n\nLoput.\n",
    );
    site.build().ok();
    let home = site.html("fi/index.html");
    let latest = home.one("section[aria-labelledby=latest-heading] .summary");
    assert_eq!(latest.text().collect::<String>().trim(), "Tiivistelmä.");
}
