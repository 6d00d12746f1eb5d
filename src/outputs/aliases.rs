//! Aliases: a page at each old address a page lists in `aliases`, sending readers on to its
//! current one.

use tera::Tera;

use super::{Affected, Change, Kind};
use crate::error::Diagnostic;
use crate::model::{PageId, Site};
use crate::render::{Inputs, Output, Shared, base_context, page_ref, template_error};

const TEMPLATE: &str = "alias.html";

pub(super) struct Aliases;

impl Kind for Aliases {
    /// An index into the site's aliases.
    type Job = usize;

    fn jobs(&self, inputs: &Inputs) -> Vec<usize> {
        (0..inputs.site.aliases.len()).collect()
    }

    /// An alias shows its page's title.
    fn affected(&self, change: &Change) -> Affected<usize> {
        let aliases = change.new.aliases.iter().enumerate();
        let changed = aliases.filter(|(_, (_, id))| change.pages.contains(id));
        Affected::Jobs(changed.map(|(n, _)| n).collect())
    }

    fn render(&self, inputs: &Inputs, shared: &Shared, n: usize) -> super::Rendered {
        let (path, id) = &inputs.site.aliases[n];
        vec![render_alias(inputs.site, shared, inputs.tera, path, *id)]
    }
}

/// A page at an old address that sends readers on to the page's current one.
fn render_alias(
    site: &Site,
    shared: &Shared,
    tera: &Tera,
    path: &str,
    id: PageId,
) -> Result<Output, Diagnostic> {
    let page = &site.pages[id];
    let mut context = base_context(shared, site, page.lang());
    context.insert("target", &page_ref(site, id));
    context.insert("permalink", &site.config.permalink(&page.url));
    let title = crate::render::head_title(site, page.lang(), &page.source.title, false);
    context.insert("head_title", &title);
    let html = tera
        .render(TEMPLATE, &context)
        .map_err(|e| template_error(TEMPLATE, &e, Some(page.source.path())))?;
    Ok(Output {
        path: path.to_string(),
        bytes: html.into_bytes(),
    })
}
