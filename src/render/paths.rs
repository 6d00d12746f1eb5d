//! The paths an output folder will hold, so that a path that is both a file and a folder (an
//! alias `/kielo.css/` beside the theme's `kielo.css`) is an error naming the page, not an
//! error of the operating system halfway through writing.

use rustc_hash::FxHashSet;

use crate::error::Diagnostic;
use crate::messages::text;
use crate::model::Site;
use crate::theme::ThemeFile;

/// The paths of an output folder's files.
pub(crate) type Paths = FxHashSet<String>;

/// The files of an output folder and the folders they need.
#[derive(Debug, Default)]
pub(crate) struct Tree {
    files: FxHashSet<String>,
    folders: FxHashSet<String>,
}

/// What adding a file to a [`Tree`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Added {
    New,
    /// The file was there already.
    Again,
    /// The file, or a folder it needs, is the other kind in the tree: that path.
    Clash(String),
}

impl Tree {
    pub(crate) fn add(&mut self, path: &str) -> Added {
        if let Some(clash) = self.clash(path) {
            return Added::Clash(clash);
        }
        if !self.files.insert(path.to_string()) {
            return Added::Again;
        }
        for folder in path.match_indices('/').map(|(at, _)| &path[..at]) {
            if !self.folders.contains(folder) {
                self.folders.insert(folder.to_string());
            }
        }
        Added::New
    }

    /// The path that would be both a file and a folder if `path` were added: `path` itself,
    /// or one of the folders it needs.
    pub(crate) fn clash(&self, path: &str) -> Option<String> {
        if self.folders.contains(path) {
            return Some(path.to_string());
        }
        let mut folders = path.match_indices('/').map(|(at, _)| &path[..at]);
        folders
            .find(|f| self.files.contains(*f))
            .map(str::to_string)
    }

    pub(crate) fn into_files(self) -> Paths {
        self.files
    }
}

/// Pages and aliases whose output needs a folder where the site writes a file (a static file,
/// a file alias or one of kielo's own), before anything is rendered.
pub(crate) fn clashes(site: &Site, statics: &[ThemeFile]) -> Vec<Diagnostic> {
    let file_aliases = site.aliases.iter().map(|(path, _)| path.as_str());
    let own = crate::outputs::fixed_paths().map(|p: &'static str| -> &str { p });
    let files: FxHashSet<&str> = own
        .chain(statics.iter().map(ThemeFile::output_path))
        .chain(file_aliases.filter(|p| !p.ends_with("/index.html")))
        .collect();
    let pages = site.pages.iter().map(|page| {
        let path = crate::link::output_of(&site.config, &page.url);
        (path, page, None)
    });
    let aliases = site.aliases.iter().map(|(path, id)| {
        let page = &site.pages[*id];
        (path.clone(), page, Some(page.source.lines.line("aliases")))
    });
    pages
        .chain(aliases)
        .filter_map(|(path, page, alias_line)| {
            let mut folders = path.match_indices('/').map(|(at, _)| &path[..at]);
            let file = folders.find(|f| files.contains(f))?;
            let (message, hint) = match alias_line {
                Some(_) => (
                    text!("output-clash-alias-under-file", path = &path, file = file),
                    text!("output-clash-alias-under-file-hint"),
                ),
                None => (
                    text!("output-clash-page-under-file", path = &path, file = file),
                    text!("output-clash-slug-hint"),
                ),
            };
            Some(
                Diagnostic::error(
                    crate::error::Code::OutputClash,
                    page.source.path(),
                    alias_line.flatten(),
                    message,
                )
                .with_hint(hint),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_a_file_or_a_folder_not_both() {
        let mut tree = Tree::default();
        assert_eq!(tree.add("kielo.css"), Added::New);
        assert_eq!(tree.add("fi/index.html"), Added::New);
        assert_eq!(tree.add("fi/index.html"), Added::Again);
        assert_eq!(
            tree.add("kielo.css/index.html"),
            Added::Clash("kielo.css".into())
        );
        assert_eq!(tree.add("fi"), Added::Clash("fi".into()));
        assert_eq!(tree.add("fi/a/index.html"), Added::New);
    }
}
