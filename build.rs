//! The default theme is compiled into the binary (`include_dir!` in src/theme.rs), which
//! notices edits to its files but not a file added or removed: this makes Cargo rebuild on
//! any change under themes/default.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
