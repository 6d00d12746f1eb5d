//! Atom feeds per section and language, checked with a real feed parser.

use crate::common::Site;

fn site() -> Site {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| format!("{c}author: Agency <Press> & Co\n"));
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\nfeed: true")
    });
    site.edit("content/news/_index.en.md", |c| {
        c.replace("slug: news", "slug: news\nfeed: true")
    });
    site
}

fn parse(site: &Site, path: &str) -> feed_rs::model::Feed {
    let xml = site.read(path);
    feed_rs::parser::parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("{path} is not a valid feed: {e}\n{xml}"))
}

#[test]
fn each_language_gets_its_own_feed_with_only_its_pages() {
    let site = site();
    site.build().ok();
    let fi = parse(&site, "fi/uutiset/atom.xml");
    assert_eq!(fi.title.unwrap().content, "Uutiset");
    assert_eq!(fi.id, "https://example.org/fi/uutiset/atom.xml");
    assert_eq!(fi.language.as_deref(), Some("fi"));
    assert_eq!(fi.authors[0].name.as_deref(), Some("Agency <Press> & Co"));
    let ids: Vec<&str> = fi.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/fi/uutiset/uusi-neuvontapuhelin/",
            "https://example.org/fi/uutiset/toinen-uutinen/",
            "https://example.org/fi/uutiset/tyoelama/",
            "https://example.org/fi/uutiset/vuosi/",
        ]
    );
    let first = &fi.entries[0];
    assert_eq!(
        first.title.as_ref().unwrap().content,
        "Uusi neuvontapuhelin"
    );
    assert_eq!(
        first.links[0].href,
        "https://example.org/fi/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(
        first.summary.as_ref().unwrap().content,
        "Neuvontapuhelin avataan."
    );
    assert_eq!(
        first.published.unwrap().to_rfc3339(),
        "2021-09-16T07:02:00+00:00"
    );
    // The feed is as new as its newest entry.
    assert_eq!(
        fi.updated.unwrap().to_rfc3339(),
        "2021-09-16T07:02:00+00:00"
    );

    let en = parse(&site, "en/news/atom.xml");
    assert_eq!(en.entries.len(), 1);
    // `updated: 2021-10-01` is midnight in the site's time zone, Helsinki's for a Finnish site.
    assert_eq!(
        en.entries[0].updated.unwrap().to_rfc3339(),
        "2021-09-30T21:00:00+00:00"
    );
    assert!(
        site.read("en/news/atom.xml")
            .contains("<updated>2021-10-01T00:00:00+03:00</updated>")
    );
    // Swedish did not ask for a feed.
    assert!(!site.exists("sv/nyheter/atom.xml"));
}

#[test]
fn pages_link_their_languages_feeds_and_the_listing_offers_them() {
    let site = site();
    site.build().ok();
    let page = site.html("fi/about/index.html");
    let link = page.one("link[type='application/atom+xml']");
    assert_eq!(link.value().attr("href"), Some("/fi/uutiset/atom.xml"));
    // The feed states its language itself; an `hreflang` here would read as a second `fi`
    // version of the page to search engines.
    assert_eq!(link.value().attr("hreflang"), None);
    assert_eq!(link.value().attr("title"), Some("Uutiset"));
    assert!(
        site.html("sv/index.html")
            .all("link[type='application/atom+xml']")
            .is_empty()
    );
    let listing = site.html("en/news/index.html");
    assert_eq!(listing.attr(".subscribe a", "href"), "/en/news/atom.xml");
    assert_eq!(listing.text(".subscribe a"), "Subscribe");
}

#[test]
fn titles_with_markup_are_escaped_in_feeds() {
    let site = site();
    site.write(
        "content/news/script.fi.md",
        "---\ntitle: \"<script>alert(1)</script> & \\\"quotes\\\"\"\ndate: 2022-01-01\n---\n",
    );
    site.build().ok();
    let xml = site.read("fi/uutiset/atom.xml");
    assert!(!xml.contains("<script>"), "{xml}");
    let feed = parse(&site, "fi/uutiset/atom.xml");
    assert_eq!(
        feed.entries[0].title.as_ref().unwrap().content,
        "<script>alert(1)</script> & \"quotes\""
    );
}
