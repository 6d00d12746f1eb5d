//! A site kept between rebuilds, for `kielo serve`. For now every rebuild is a full build;
//! the server depends only on this API, so an incremental engine can replace the body.

use std::path::PathBuf;

use crate::{BuildOptions, BuildReport, Error};

/// A site kept in memory between rebuilds, for `serve`.
pub struct Session {
    options: BuildOptions,
}

impl Session {
    /// A session that builds with `options`; nothing is read until [`Session::build`].
    pub fn new(options: BuildOptions) -> Session {
        Session { options }
    }

    /// The first, full build.
    pub fn build(&mut self) -> Result<BuildReport, Error> {
        crate::build(&self.options)
    }

    /// Rebuilds after `changed` (absolute paths of files created, changed or removed under the root).
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<BuildReport, Error> {
        // A full build reads every file again, so which ones changed does not matter yet.
        let _ = changed;
        crate::build(&self.options)
    }
}
