//! Whether a change to a page keeps its place in the site, so that `serve` need not link the
//! site again. Which outputs then show the page, each kind of output says itself (see
//! `outputs`).

use crate::frontmatter::FrontMatter;
use crate::load::Source;

/// Whether `new` keeps the place `old` had in the site: the same address, section, language,
/// translations, tags, dates that order listings, and the same listing settings. Its title,
/// description, `updated`, body and the other fields only shown on pages may differ.
pub(crate) fn same_place(old: &Source, new: &Source) -> bool {
    // Listing every field makes a new front matter field a compile error here until it is
    // sorted into one kind or the other.
    let FrontMatter {
        title: _,
        description: _,
        updated: _,
        contacts: _,
        extra: _,
        toc: _,
        template: _,
        image,
        image_alt,
        date,
        expires,
        slug,
        tags,
        draft,
        aliases,
        translation_key,
        weight,
    } = &new.front;
    let was = &old.front;
    old.origin == new.origin
        && old.lang == new.lang
        && old.date == new.date
        && *date == was.date
        && *expires == was.expires
        && *slug == was.slug
        && *tags == was.tags
        && *draft == was.draft
        && *aliases == was.aliases
        && *translation_key == was.translation_key
        // Listings show the picture.
        && *image == was.image
        && *image_alt == was.image_alt
        && *weight == was.weight
        // Every setting of a section's listing orders or splits it.
        && old.listing == new.listing
}
