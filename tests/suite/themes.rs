//! Themes, per-page templates and Fluent strings with arguments and plural rules.

use crate::common::Site;

#[test]
fn site_yaml_can_choose_another_theme() {
    let site = Site::fixture("i18n");
    site.use_minimal_theme(
        "plain",
        r#"<!DOCTYPE html><html lang="{{ lang }}"><title>x</title><p id="theme">plain {{ t(key="hello") }}</p></html>"#,
    );
    site.write("themes/plain/locales/fi/plain.ftl", "hello = Hei\n");
    site.write("themes/plain/locales/sv/plain.ftl", "hello = Hej\n");
    site.write("themes/plain/locales/en/plain.ftl", "hello = Hello\n");
    site.write("themes/plain/static/plain.css", "p {}\n");
    site.build().ok();
    assert_eq!(site.html("sv/index.html").text("#theme"), "plain Hej");
    assert!(site.exists("plain.css"));
    assert!(
        !site.exists("kielo.css"),
        "the default theme's files are not mixed in"
    );
}

#[test]
fn a_missing_theme_is_an_error_of_site_yaml() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |config| format!("{config}theme: nowhere\n"));
    let run = site.build();
    // A problem in the site's files, not in the command line.
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("error: site.yaml line 13:"),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("themes/nowhere"), "{}", run.stderr());
}

#[test]
fn front_matter_template_and_extra_reach_the_template() {
    let site = Site::fixture("i18n");
    site.write(
        "templates/special.html",
        r#"<!DOCTYPE html><html lang="{{ lang }}"><title>{{ page.title }}</title><p id="x">{{ page.extra.colour }}</p></html>"#,
    );
    site.write(
        "content/special.fi.md",
        "---\ntitle: Erikois\ntemplate: special.html\nextra:\n  colour: sininen\n---\n",
    );
    site.build().ok();
    assert_eq!(site.html("fi/special/index.html").text("#x"), "sininen");
}

#[test]
fn plural_rules_follow_each_language() {
    let site = Site::fixture("i18n");
    site.build().ok();
    // Finnish news section: release, other, vuosi, työelämä.
    let finnish = site.html("fi/uutiset/index.html");
    assert_eq!(finnish.text("#pages-count"), "4 sivua");
    // The listing is headed by words, not by its count.
    assert_eq!(finnish.text("#pages-heading"), "Tässä osiossa");
    // English news section: the release only.
    assert_eq!(
        site.html("en/news/index.html").text("#pages-count"),
        "One page"
    );
}

#[test]
fn media_contacts_link_phone_and_email() {
    let site = Site::fixture("i18n");
    site.write(
        "content/news/contact.en.md",
        "---\ntitle: With contact\ncontacts:\n  - name: Anna Example\n    role: Press officer\n    phone: +358 29 000 1234\n    email: anna@example.org\n---\n",
    );
    site.build().ok();
    let page = site.html("en/news/contact/index.html");
    assert_eq!(
        page.text("#contacts-heading"),
        "Further information for the media"
    );
    assert_eq!(
        page.attr(".contacts a[href^='tel:']", "href"),
        "tel:+358290001234"
    );
    assert_eq!(
        page.attr(".contacts a[href^='mailto:']", "href"),
        "mailto:anna@example.org"
    );
}

#[test]
fn aliases_redirect_to_the_page() {
    let site = Site::fixture("i18n");
    site.write(
        "content/moved.fi.md",
        "---\ntitle: Siirretty\naliases: [/fi/vanha-osoite/]\n---\n",
    );
    site.build().ok();
    let alias = site.html("fi/vanha-osoite/index.html");
    assert_eq!(
        alias.attr("meta[http-equiv=refresh]", "content"),
        "0; url=/fi/moved/"
    );
    assert_eq!(
        alias.attr("link[rel=canonical]", "href"),
        "https://example.org/fi/moved/"
    );
    assert_eq!(alias.attr("main a", "href"), "/fi/moved/");
}

#[test]
fn long_pages_and_toc_true_get_a_table_of_contents() {
    let site = Site::fixture("i18n");
    let long =
        "---\ntitle: Ohje\n---\n## Yksi\n\n### Alaotsikko\n\n## Kaksi\n\n## Kolme\n\n## Neljä\n";
    site.write("content/guide.fi.md", long);
    site.write(
        "content/guide.sv.md",
        "---\ntitle: Guide\ntoc: true\n---\n## Ett\n",
    );
    site.write(
        "content/guide.en.md",
        &long.replace("title: Ohje", "title: Guide\ntoc: false"),
    );
    site.build().ok();
    let fi = site.html("fi/guide/index.html");
    assert_eq!(fi.text(".toc h2"), "Tällä sivulla");
    let links: Vec<&str> = fi
        .all(".toc a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links, ["#yksi", "#kaksi", "#kolme", "#nelja"]);
    let sv = site.html("sv/guide/index.html");
    assert_eq!(sv.text(".toc h2"), "På denna sida");
    assert!(
        site.html("en/guide/index.html").all(".toc").is_empty(),
        "toc: false wins"
    );
}

#[test]
fn open_graph_and_twitter_tags_describe_the_page_and_its_translations() {
    let site = Site::fixture("i18n");
    site.edit("site.yaml", |c| {
        c.replace(
            "title: Hjälpsystemet för offer för människohandel",
            "title: Hjälpsystemet för offer för människohandel\n    locale: sv-FI",
        )
    });
    site.build().ok();
    let page = site.html("fi/uutiset/uusi-neuvontapuhelin/index.html");
    let meta = |property: &str| page.attr(&format!("meta[property='{property}']"), "content");
    assert_eq!(meta("og:title"), "Uusi neuvontapuhelin");
    assert_eq!(meta("og:description"), "Neuvontapuhelin avataan.");
    assert_eq!(
        meta("og:url"),
        "https://example.org/fi/uutiset/uusi-neuvontapuhelin/"
    );
    assert_eq!(meta("og:type"), "article");
    assert_eq!(meta("og:locale"), "fi_FI");
    let alternates: Vec<&str> = page
        .all("meta[property='og:locale:alternate']")
        .iter()
        .filter_map(|m| m.value().attr("content"))
        .collect();
    assert_eq!(alternates, ["sv_FI", "en_US"]);
    assert_eq!(page.attr("meta[name='twitter:card']", "content"), "summary");
    assert_eq!(
        page.attr("meta[name='twitter:title']", "content"),
        "Uusi neuvontapuhelin"
    );
}

#[test]
fn home_pages_show_the_latest_press_releases_in_their_language() {
    let site = Site::fixture("i18n");
    site.write(
        "content/press-releases/_index.fi.md",
        "---\ntitle: Tiedotteet\nslug: tiedotteet\n---\n",
    );
    site.write(
        "content/press-releases/_index.sv.md",
        "---\ntitle: Pressmeddelanden\n---\n",
    );
    for (name, day) in [("a", "01"), ("b", "02"), ("c", "03"), ("d", "04")] {
        site.write(
            &format!("content/press-releases/{name}.fi.md"),
            &format!("---\ntitle: Tiedote {name}\ndate: 2025-05-{day}\n---\n"),
        );
    }
    site.write(
        "content/press-releases/a.sv.md",
        "---\ntitle: Meddelande a\ndate: 2025-05-01\n---\n",
    );
    site.build().ok();
    let fi = site.html("fi/index.html");
    let titles: Vec<String> = fi
        .all("section[aria-labelledby=latest-heading] h3")
        .iter()
        .map(|h| h.text().collect::<String>().trim().to_string())
        .collect();
    assert_eq!(titles, ["Tiedote d", "Tiedote c", "Tiedote b"]);
    // Listed once: not again below, as the home page's own pages.
    let everywhere: Vec<String> = (fi.all(".listing h3").iter())
        .map(|h| h.text().collect::<String>().trim().to_string())
        .collect();
    for title in &titles {
        let times = everywhere.iter().filter(|t| *t == title).count();
        assert_eq!(times, 1, "{title} in {everywhere:?}");
    }
    assert!(
        everywhere.contains(&"Tietoa".to_string()),
        "the home page's own pages"
    );
    assert_eq!(fi.text("#latest-heading"), "Uusimmat tiedotteet");
    let all = fi.one("section[aria-labelledby=latest-heading] > p > a");
    assert_eq!(all.value().attr("href"), Some("/fi/tiedotteet/"));
    assert_eq!(all.text().collect::<String>(), "Kaikki tiedotteet (4)");
    let sv = site.html("sv/index.html");
    assert_eq!(
        sv.text("section[aria-labelledby=latest-heading] h3"),
        "Meddelande a"
    );
    // English has no press-releases section page: no block rather than a broken link.
    assert!(site.html("en/index.html").all("#latest-heading").is_empty());
}
