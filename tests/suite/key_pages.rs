//! Whole pages of the default theme, pinned: the `i18n` fixture's home, a section listing and
//! a page, byte for byte, so that any change to the markup shows up in review as a snapshot
//! diff. Nothing is normalised; the build time is fixed instead.

use crate::common::Site;

/// Build time: decides which pages are published, so it is fixed.
const NOW: &str = "2026-06-01T12:00:00+03:00";

/// One test per page, named after it.
macro_rules! pages {
    ($($name:ident: $relative:literal,)*) => {
        $(
            #[test]
            fn $name() {
                let site = Site::fixture("i18n");
                site.kielo(&["build", "--now", NOW]).ok();
                let mut settings = insta::Settings::clone_current();
                settings.set_description($relative);
                settings.set_omit_expression(true);
                settings.bind(|| insta::assert_snapshot!(site.read($relative)));
            }
        )*
    };
}

pages! {
    home: "fi/index.html",
    section: "fi/uutiset/index.html",
    page: "fi/uutiset/uusi-neuvontapuhelin/index.html",
}
