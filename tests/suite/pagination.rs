//! Paginated listings with per-language page URLs and rel prev/next.

use crate::common::{self, Site};

fn site() -> Site {
    let site = Site::fixture("i18n");
    site.edit("content/news/_index.fi.md", |c| {
        c.replace("slug: uutiset", "slug: uutiset\npaginate: 2")
    });
    site.edit("content/news/_index.en.md", |c| {
        c.replace("slug: news", "slug: news\npaginate: 2")
    });
    site.write(
        "content/news/extra.en.md",
        "---\ntitle: Extra\ndate: 2020-01-01\n---\n",
    );
    site.write(
        "content/news/more.en.md",
        "---\ntitle: More\ndate: 2019-01-01\n---\n",
    );
    site
}

fn titles(page: &common::Page) -> Vec<String> {
    page.all(".listing h3")
        .iter()
        .map(|h| h.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn listings_split_into_pages_with_the_languages_word() {
    let site = site();
    site.build().ok();
    let first = site.html("fi/uutiset/index.html");
    assert_eq!(titles(&first), ["Uusi neuvontapuhelin", "Toinen uutinen"]);
    assert_eq!(
        first.attr(".pagination a[rel=next]", "href"),
        "/fi/uutiset/sivu/2/"
    );
    assert_eq!(first.attr("link[rel=next]", "href"), "/fi/uutiset/sivu/2/");
    assert!(first.all("link[rel=prev]").is_empty());
    assert_eq!(first.text(".pagination p"), "Sivu 1 / 2");
    let second = site.html("fi/uutiset/sivu/2/index.html");
    assert_eq!(titles(&second), ["Työelämä", "Vuosikatsaus"]);
    assert_eq!(
        second.attr(".pagination a[rel=prev]", "href"),
        "/fi/uutiset/"
    );
    assert_eq!(second.attr("link[rel=prev]", "href"), "/fi/uutiset/");
    assert_eq!(
        second.attr("link[rel=canonical]", "href"),
        "https://example.org/fi/uutiset/sivu/2/"
    );
    assert!(!site.exists("fi/uutiset/sivu/3/index.html"));
    let english = site.html("en/news/page/2/index.html");
    assert_eq!(titles(&english), ["More"]);
    assert_eq!(english.text(".pagination p"), "Page 2 of 2");
}

#[test]
fn unpaginated_listings_stay_on_one_page() {
    let site = site();
    site.build().ok();
    let sv = site.html("sv/nyheter/index.html");
    assert_eq!(titles(&sv).len(), 3);
    assert!(sv.all(".pagination").is_empty());
    assert!(!site.exists("sv/nyheter/sida/2/index.html"));
}
