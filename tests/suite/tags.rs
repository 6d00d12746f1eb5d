//! Tags: per-language taxonomy pages, the list of all tags, and a feed per tag.

use crate::common::Site;

fn site() -> Site {
    let site = Site::fixture("i18n");
    site.write(
        "content/t1.fi.md",
        "---\ntitle: Yksi\ndate: 2024-01-01\ntags: [Työelämä, neuvonta]\n---\n",
    );
    site.write(
        "content/t2.fi.md",
        "---\ntitle: Kaksi\ndate: 2025-01-01\ntags: [työelämä]\n---\n",
    );
    site.write(
        "content/t1.sv.md",
        "---\ntitle: Ett\ndate: 2024-01-01\ntags: [arbetsliv]\n---\n",
    );
    site
}

#[test]
fn tag_pages_list_only_their_languages_pages_newest_first() {
    let site = site();
    site.build().ok();
    let tag = site.html("fi/avainsanat/tyoelama/index.html");
    assert_eq!(tag.attr("html", "lang"), "fi");
    assert_eq!(tag.text("h1"), "Avainsana: Työelämä");
    let titles: Vec<String> = tag
        .all(".listing h3")
        .iter()
        .map(|h| h.text().collect::<String>().trim().to_string())
        .collect();
    assert_eq!(
        titles,
        ["Kaksi", "Yksi"],
        "two spellings of one tag are one tag"
    );
    let sv = site.html("sv/nyckelord/arbetsliv/index.html");
    assert_eq!(
        sv.all(".listing h3").len(),
        1,
        "a Finnish tag never lists Swedish pages, nor the reverse"
    );
    // English has no tags: no tag pages at all.
    assert!(!site.exists("en/tags/index.html"));
}

#[test]
fn pages_link_their_tags_and_every_language_lists_its_tags() {
    let site = site();
    site.build().ok();
    let page = site.html("fi/t1/index.html");
    let links: Vec<&str> = page
        .all("a[rel=tag]")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        ["/fi/avainsanat/tyoelama/", "/fi/avainsanat/neuvonta/"]
    );
    // Chips in a list after their label, not words strung together with commas.
    let chips = page.all(".tags ul > li > a[rel=tag]");
    assert_eq!(chips.len(), 2);
    assert_eq!(page.text(".tags-label"), "Avainsanat");
    assert!(!page.text(".tags").contains(','), "{}", page.text(".tags"));
    let all = site.html("fi/avainsanat/index.html");
    assert_eq!(all.text("h1"), "Avainsanat");
    let tags: Vec<String> = all
        .all(".tag-cloud a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(tags, ["neuvonta", "Työelämä"]);
    // The switcher of a tag page leads to the other language's list of tags.
    let tag = site.html("fi/avainsanat/neuvonta/index.html");
    assert_eq!(
        tag.attr(".language-switcher a[hreflang=sv]", "href"),
        "/sv/nyckelord/#not-translated"
    );
    assert_eq!(
        tag.attr(".language-switcher a[hreflang=en]", "href"),
        "/en/#not-translated"
    );
    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.org/fi/avainsanat/tyoelama/</loc>"),
        "{sitemap}"
    );
}

#[test]
fn every_tag_has_a_feed() {
    let site = site();
    site.build().ok();
    let xml = site.read("fi/avainsanat/tyoelama/atom.xml");
    let feed = feed_rs::parser::parse(xml.as_bytes()).expect("valid Atom");
    assert_eq!(feed.title.unwrap().content, "Työelämä");
    assert_eq!(feed.language.as_deref(), Some("fi"));
    let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["https://example.org/fi/t2/", "https://example.org/fi/t1/"]
    );
    let page = site.html("fi/avainsanat/tyoelama/index.html");
    assert_eq!(
        page.attr("link[rel=alternate][type='application/atom+xml']", "href"),
        "/fi/avainsanat/tyoelama/atom.xml"
    );
}

#[test]
fn the_path_word_comes_from_the_locale_files() {
    let site = site();
    site.write("locales/fi/site.ftl", "tags-path = Aiheet\n");
    site.build().ok();
    assert!(site.exists("fi/aiheet/tyoelama/index.html"));
}

#[test]
fn pages_list_related_pages_of_their_language() {
    let site = site();
    site.write(
        "content/t3.fi.md",
        "---\ntitle: Kolme\ndate: 2020-01-01\ntags: [työelämä, neuvonta]\n---\n",
    );
    site.build().ok();
    let page = site.html("fi/t1/index.html");
    let related: Vec<String> = page
        .all(".related a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    // Kolme shares two tags, Kaksi one.
    assert_eq!(related, ["Kolme", "Kaksi"]);
    assert_eq!(page.text("#related-heading"), "Aiheeseen liittyvää");
    assert!(site.html("sv/t1/index.html").all(".related").is_empty());
}
