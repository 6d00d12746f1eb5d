//! Front matter of one content file: split, YAML or TOML keys, title and dates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The build rejects files that are not UTF-8 before parsing them.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = kielo::fuzzing::front_matter(text);
    }
});
