//! One page in a small site: front matter, linking, Markdown and `@/` links.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The build rejects files that are not UTF-8 before parsing them.
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(diagnostics) = kielo::fuzzing::page(text)
    {
        let input = std::path::Path::new("content").join(kielo::fuzzing::INPUT);
        assert!(
            diagnostics.iter().any(|d| d.path == input),
            "no diagnostic names {}: {diagnostics:?}",
            input.display()
        );
    }
});
