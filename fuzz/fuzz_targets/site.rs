//! A whole build on disk: symlinks in the source folders, dangerous output folders and
//! control characters in a page. `kielo::fuzzing::site` panics when a file from outside the
//! site is published or shown, a file kielo did not make changes, or a page or feed carries a
//! control character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    kielo::fuzzing::site(&kielo::fuzzing::SiteCase::from_bytes(data));
});
