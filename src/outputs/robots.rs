//! `robots.txt`, from the theme's `robots.txt` template: by default it allows everything and
//! names the sitemap. A site changes it with its own `templates/robots.txt`, and turns it
//! off with one that renders to nothing but blanks.

use tera::Context;

use super::Kind;
use crate::render::{Inputs, Output, Shared, template_error};

const TEMPLATE: &str = "robots.txt";
/// For a theme of the site's own made before robots.txt was a template.
const BUILT_IN: &str = include_str!("../../themes/default/templates/robots.txt");
const FILE: &str = "robots.txt";

pub(super) struct Robots;

impl Kind for Robots {
    type Job = ();

    fn jobs(&self, _: &Inputs) -> Vec<()> {
        vec![()]
    }

    fn render(&self, inputs: &Inputs, _: &Shared, (): ()) -> super::Rendered {
        let config = &inputs.site.config;
        let mut context = Context::new();
        let sitemap = config.url(super::sitemap::FILE);
        context.insert("sitemap", &config.permalink(&sitemap));
        let text = match inputs.tera.contains_template(TEMPLATE) {
            true => inputs.tera.render(TEMPLATE, &context),
            false => tera::Tera::one_off(BUILT_IN, &context, false),
        };
        match text {
            Ok(text) if text.trim().is_empty() => Vec::new(),
            Ok(text) => vec![Ok(Output {
                path: FILE.into(),
                bytes: text.into_bytes(),
            })],
            Err(e) => vec![Err(template_error(TEMPLATE, &e, None))],
        }
    }

    fn fixed_paths(&self) -> &'static [&'static str] {
        &[FILE]
    }
}
