//! The one owner of the pipeline: [`Build`] runs the stages in order (config → load → link →
//! markdown → templates → render) and keeps what they made, so that `kielo build`, `kielo
//! check` and `serve`'s [`Session`](crate::Session) all go through the same steps, and a fast
//! rebuild of some pages ends with the same checks and warnings as a full one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::components::Components;
use crate::error::{Diagnostic, Diagnostics, Error};
use crate::held_back::HeldBack;
use crate::ids::IdVec;
use crate::load::Source;
use crate::markdown::Rendered;
use crate::media::label::Labels;
use crate::model::{PageId, Site};
use crate::outputs::{Change, SectionCalls};
use crate::render::{CurrentSite, Output};
use crate::theme::ThemeFile;
use crate::{BuildOptions, check, config, i18n, link, load, markdown, moved, read, render};
use crate::{images, media, search, taxonomy, templates, theme, write};

/// Whether the work is a build or a check: a check holds the site to a stricter standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Build,
    Check,
}

/// A site made in memory, with what a rebuild of some of its pages needs.
pub(crate) struct Build {
    pub(crate) site: Arc<Site>,
    /// Each page's Markdown.
    contents: IdVec<PageId, Rendered>,
    /// Each page's related pages.
    related: IdVec<PageId, Vec<PageId>>,
    /// Each language's words for the search index.
    search: IdVec<config::LangId, search::Analysis>,
    i18n: Arc<i18n::I18n>,
    /// Compiled once per full build, kept by fast ones; its functions read `current`.
    pub(crate) tera: Arc<tera::Tera>,
    /// The components pages call, rendered by `tera`.
    components: Arc<Components>,
    current: CurrentSite,
    calls: SectionCalls,
    pub(crate) load_options: load::LoadOptions,
    /// The paths of the files rendering made (static files apart).
    pub(crate) paths: render::paths::Paths,
    pub(crate) statics: Vec<ThemeFile>,
    /// Where the media stage keeps processed pictures, which the writer reads.
    cache: images::ImageCache,
    /// Page ids by source file, relative to the site folder.
    pub(crate) by_path: HashMap<PathBuf, PageId>,
    /// The addresses published, and those gone that are still reminded of: what
    /// `kielo build` records once it succeeded.
    pub(crate) addresses: moved::Record,
    /// Warnings only: any error stops the build first.
    pub(crate) diagnostics: Diagnostics,
    /// Drafts and embargoed pages left out, by file.
    pub(crate) held_back: Vec<HeldBack>,
}

/// What a rebuild of some pages made: the outputs, sorted by path, and the warnings.
pub(crate) type Rebuilt = (Vec<Output>, Vec<Diagnostic>);

/// Each language's words for generated URLs and titles: the `tags-path`, `tags`,
/// `page-path`, `search-path` and `search-title` messages. `search`: whether the theme
/// has a search page.
pub(crate) fn path_words(
    config: &config::Config,
    i18n: Option<&i18n::I18n>,
    search: bool,
) -> IdVec<config::LangId, taxonomy::PathWords> {
    config
        .languages
        .ids()
        .map(|lang| {
            let message = |key: &str| i18n.and_then(|i| i.message(lang, key, None));
            let title = message("tags").unwrap_or_else(|| "Tags".into());
            let path = slug::slugify(message("tags-path").unwrap_or_else(|| title.clone()));
            let page = slug::slugify(message("page-path").unwrap_or_else(|| "page".into()));
            let search_title = message("search-title").unwrap_or_else(|| "Search".into());
            let search = search
                .then(|| slug::slugify(message("search-path").unwrap_or_else(|| "search".into())));
            taxonomy::PathWords {
                page,
                path,
                title,
                search,
                search_title,
            }
        })
        .collect()
}

/// The site loaded and linked as a build does it, rendering nothing: for the commands that
/// need only its pages (`translations`, `new`, and `check`'s count after errors).
pub(crate) fn linked(
    site_dir: &read::SiteDir,
    config: config::Config,
    options: load::LoadOptions,
    diagnostics: &mut Diagnostics,
) -> Result<Site, Error> {
    Ok(linked_holding_back(site_dir, config, options, diagnostics)?.0)
}

/// [`linked`], with the drafts and embargoed pages it left out.
pub(crate) fn linked_holding_back(
    site_dir: &read::SiteDir,
    config: config::Config,
    options: load::LoadOptions,
    diagnostics: &mut Diagnostics,
) -> Result<(Site, Vec<HeldBack>), Error> {
    let loaded = load::load(site_dir, &config, options, diagnostics)?;
    let path_words = path_words(&config, None, false);
    let site = link::link(config, loaded.sources, &path_words, diagnostics);
    diagnostics.extend(crate::menus::check(&site, &loaded.held_back));
    Ok((site, loaded.held_back))
}

/// The Markdown of page `id`, rendered knowing only what Markdown needs of the site.
pub(crate) fn render_markdown(
    site: &Site,
    id: PageId,
    labels: Option<&Labels>,
    components: Option<&Components>,
) -> Rendered {
    let context = markdown::Context {
        links: site,
        raw_html: site.config.raw_html,
        // Only search reads the plain text.
        plain_text: !site.search_pages.is_empty(),
        labels,
        components,
    };
    markdown::render(&site.pages[id].source, id, context)
}

fn interrupted(options: &BuildOptions) -> Result<(), Error> {
    if options.cancelled() {
        return Err(Error::Interrupted);
    }
    Ok(())
}

/// Compiles the templates with the functions that read the current site.
fn compile_templates(
    site: &Site,
    current: &CurrentSite,
    i18n: Arc<i18n::I18n>,
    files: &[ThemeFile],
) -> Result<tera::Tera, Vec<Diagnostic>> {
    let codes = (site.config.languages.iter())
        .map(|l| l.code.clone())
        .collect();
    let current = current.clone();
    let add_site = move |tera: &mut tera::Tera| render::add_site_functions(tera, current);
    let file_refs: Vec<&ThemeFile> = files.iter().collect();
    templates::load(&file_refs, i18n, codes, add_site)
}

/// What the stages before linking read: the configuration, the theme's and the site's
/// templates and UI messages, the static files and the pages' sources.
struct Sources {
    site_dir: read::SiteDir,
    config: config::Config,
    /// Templates and locales, the theme's first.
    files: Vec<ThemeFile>,
    theme_statics: Vec<ThemeFile>,
    /// `None` when the locales have errors, which are among the diagnostics.
    i18n: Option<Arc<i18n::I18n>>,
    pages: Vec<Source>,
    bundles: load::bundles::Bundles,
    held_back: Vec<HeldBack>,
    load_options: load::LoadOptions,
}

impl Sources {
    /// Stages `config` and `load`.
    fn read(options: &BuildOptions, diagnostics: &mut Diagnostics) -> Result<Sources, Error> {
        let site_dir = read::SiteDir::new(&options.root)?;
        let root = site_dir.root();
        let config = match &options.base_url {
            Some(base_url) => config::load(&site_dir)?.with_base_url(base_url)?,
            None => config::load(&site_dir)?,
        };
        let (theme_statics, mut files): (Vec<ThemeFile>, Vec<ThemeFile>) =
            theme::theme_files(&site_dir, &config)?
                .into_iter()
                .partition(ThemeFile::is_static);
        files.extend(theme::files_under(&site_dir, root, "locales".as_ref())?);
        files.extend(theme::files_under(&site_dir, root, "templates".as_ref())?);
        let file_refs: Vec<&ThemeFile> = files.iter().collect();
        let i18n = match i18n::I18n::new(&config, &file_refs) {
            Ok(i18n) => Some(Arc::new(i18n)),
            Err(problems) => {
                diagnostics.extend(problems);
                None
            }
        };
        let load_options = options.load_options();
        let load::Loaded {
            sources: pages,
            bundles,
            held_back,
        } = load::load(&site_dir, &config, load_options, diagnostics)?;
        Ok(Sources {
            site_dir,
            config,
            files,
            theme_statics,
            i18n,
            pages,
            bundles,
            held_back,
            load_options,
        })
    }

    /// The templates by name, with their text.
    fn templates(&self) -> impl Iterator<Item = (&str, &[u8])> {
        let named = self.files.iter();
        named.filter_map(|f| Some((f.relative.strip_prefix("templates/")?, &f.bytes[..])))
    }
}

/// Stage `markdown`: every page's Markdown, in parallel, with its problems (and, for a
/// check, its lints) and the anchors links ask for.
fn markdown_stage(
    site: &Site,
    mode: Mode,
    i18n: Option<&i18n::I18n>,
    components: Option<&Components>,
    diagnostics: &mut Diagnostics,
) -> IdVec<PageId, Rendered> {
    let labels = Labels::new(&site.config, i18n);
    let contents: IdVec<PageId, Rendered> = (site.pages.par_ids())
        .map(|id| render_markdown(site, id, Some(&labels), components))
        .collect();
    for content in &contents {
        diagnostics.extend(content.diagnostics.iter().cloned());
        if mode == Mode::Check {
            diagnostics.extend(content.lints.iter().cloned());
        }
    }
    diagnostics.extend(markdown::check_anchors(&site.pages, &contents));
    contents
}

/// Stage `templates`: compiled after linking, as their functions read the linked site; `None`
/// when they or the locales have errors, which are among the diagnostics.
fn templates_stage(
    sources: &Sources,
    site: &Site,
    current: &CurrentSite,
    diagnostics: &mut Diagnostics,
) -> Option<tera::Tera> {
    let i18n = sources.i18n.clone()?;
    match compile_templates(site, current, i18n, &sources.files) {
        Ok(tera) => {
            diagnostics.extend(templates::missing_page_templates(site, &tera));
            Some(tera)
        }
        Err(problems) => {
            diagnostics.extend(problems);
            None
        }
    }
}

impl Build {
    /// Runs every stage, handing each rendered file to `emit` (which writes or keeps it). In
    /// `Mode::Check` the check-only findings join the diagnostics.
    pub(crate) fn make(
        options: &BuildOptions,
        mode: Mode,
        emit: render::Emit,
    ) -> Result<Build, Error> {
        let mut diagnostics = Diagnostics::default();
        let mut sources = Sources::read(options, &mut diagnostics)?;
        interrupted(options)?;
        let search = sources
            .templates()
            .any(|(name, _)| name == search::TEMPLATE);
        let path_words = path_words(&sources.config, sources.i18n.as_deref(), search);
        let (config, pages) = (sources.config.clone(), std::mem::take(&mut sources.pages));
        let theme_statics = std::mem::take(&mut sources.theme_statics);
        let statics = match theme::statics(&sources.site_dir, theme_statics) {
            Ok(statics) => statics,
            Err(Error::Input(problems)) => {
                diagnostics.extend(problems);
                Vec::new()
            }
            Err(other) => return Err(other),
        };
        let mut site = link::link(config, pages, &path_words, &mut diagnostics);
        diagnostics.extend(crate::menus::check(&site, &sources.held_back));
        let compared = moved::compare(&site, sources.site_dir.root(), sources.load_options.now);
        diagnostics.extend(compared.warnings);
        let cache = images::ImageCache::in_folder(
            sources.site_dir.root(),
            &Path::new(crate::cache::DIR).join("images"),
        );
        let inputs = media::Inputs {
            site: &site,
            bundles: std::mem::take(&mut sources.bundles),
            statics: &statics,
            cache: &cache,
            site_dir: &sources.site_dir,
        };
        let mut problems = Vec::new();
        site.media = Arc::new(media::stage(inputs, &mut problems));
        diagnostics.extend(problems);
        interrupted(options)?;
        let site = Arc::new(site);
        // Summaries come from Markdown; until then the templates' functions see none.
        let none = Arc::new(site.pages.ids().map(|_| None).collect());
        let current = CurrentSite::new(site.clone(), none);
        // Before Markdown, whose component calls the templates render.
        let tera = templates_stage(&sources, &site, &current, &mut diagnostics).map(Arc::new);
        let components = tera.as_ref().map(|tera| {
            let codes = (site.config.languages.iter())
                .map(|l| l.code.clone())
                .collect();
            let (components, problems) = Components::new(tera.clone(), &sources.files, codes);
            diagnostics.extend(problems);
            Arc::new(components)
        });
        let i18n = sources.i18n.as_deref();
        let contents = markdown_stage(&site, mode, i18n, components.as_deref(), &mut diagnostics);
        current.set(site.clone(), render::summaries(&contents));
        if let Some(i18n) = &sources.i18n {
            let drafts = &sources.held_back;
            diagnostics.extend(crate::new::placeholder_titles(&site, drafts, i18n));
        }
        diagnostics.extend(render::paths::clashes(&site, &statics));
        diagnostics.check()?;
        let (Some(tera), Some(components), Some(i18n)) = (tera, components, sources.i18n.clone())
        else {
            unreachable!("diagnostics.check() stops the build when templates or locales failed");
        };
        // Stages that read the whole site: related pages and the words for search.
        let (related, search) = rayon::join(
            || taxonomy::related_all(&site),
            || search::analyse(&site, &contents),
        );
        let mut build = Build {
            by_path: (site.pages.with_ids())
                .filter_map(|(id, p)| Some((p.source.origin.file()?.to_path_buf(), id)))
                .collect(),
            calls: SectionCalls::find(sources.templates()),
            site,
            contents,
            related,
            search,
            i18n,
            tera,
            components,
            current,
            load_options: sources.load_options,
            addresses: compared.record,
            paths: Default::default(),
            statics,
            cache,
            diagnostics,
            held_back: std::mem::take(&mut sources.held_back),
        };
        build.render_all(mode, emit)?;
        interrupted(options)?;
        Ok(build)
    }

    /// Stage `render`, of every output, and the checks that need them all.
    fn render_all(&mut self, mode: Mode, emit: render::Emit) -> Result<(), Error> {
        let rendering = render::render_with(&self.inputs(&self.site), None, emit)?;
        self.diagnostics.extend(rendering.problems);
        let clashes = static_clashes(&rendering.paths, &self.statics);
        self.diagnostics.extend(clashes);
        self.paths = rendering.paths.into_files();
        let media = self.site.media.published.iter();
        self.paths.extend(media.map(|file| file.output.clone()));
        self.diagnostics.extend(self.late_warnings());
        if mode == Mode::Check {
            let findings =
                check::site_findings(&self.site, &self.contents, &self.paths, &self.statics);
            self.diagnostics.extend(findings);
            // A build warns of a picture without alt text, so that a page can be published
            // in a hurry; a check holds the site to the standard it must meet.
            self.diagnostics
                .make_errors(crate::error::Code::A11yImageAlt);
            // A translation published before its embargoed original breaks the embargo.
            self.diagnostics
                .make_errors(crate::error::Code::ContentEarlyTranslation);
        }
        self.diagnostics.check()
    }

    /// Makes the site into a staging folder for `out`, each file written as soon as it is
    /// rendered; nothing replaces `out` until the caller finishes the staging, and nothing is
    /// made when `out` is not a folder kielo may write.
    pub(crate) fn make_into(
        options: &BuildOptions,
        out: &Path,
    ) -> Result<(Build, write::Staging), Error> {
        let target = write::target::resolve(&options.root, out, options.force)?;
        let staging = write::Staging::new(target)?;
        let emit = |output: Output| {
            interrupted(options)?;
            staging.put_owned(&output.path, output.bytes)
        };
        let build = Build::make(options, Mode::Build, &emit)
            .map_err(|e| with_excerpts(&options.root, e))?;
        let site_dir = read::SiteDir::new(&options.root)?;
        let put = |path: &str, bytes: Vec<u8>| {
            interrupted(options)?;
            staging.put_owned(path, bytes)
        };
        media::publish(&build.site.media.published, &site_dir, &build.cache, &put)?;
        staging.put_statics(&build.statics, &build.paths)?;
        // The last moment a signal stops the build: nothing is changed after it.
        staging.wait()?;
        interrupted(options)?;
        Ok((build, staging))
    }

    fn inputs<'a>(&'a self, site: &'a Site) -> render::Inputs<'a> {
        render::Inputs {
            site,
            contents: &self.contents,
            related: &self.related,
            search: &self.search,
            tera: &self.tera,
            i18n: &self.i18n,
            now: self.load_options.now,
        }
    }

    /// Warnings known only once everything is rendered, for full and fast builds alike.
    fn late_warnings(&self) -> Vec<Diagnostic> {
        // A language the theme does not speak is not an error: its texts fall back, marked.
        self.i18n.missing_messages()
    }

    /// Renders again the pages in `changes`, each of which kept its place in the site (see
    /// `session`), and what shows them; returns the outputs, sorted by path, and the
    /// warnings. `Ok(None)` when a new title moved a page in a listing, so the site must be
    /// linked again. On failure the build is as it was.
    pub(crate) fn rebuild_pages(
        &mut self,
        changes: Vec<(PageId, Source)>,
    ) -> Result<Option<Rebuilt>, Error> {
        let ids: Vec<PageId> = changes.iter().map(|(id, _)| *id).collect();
        let site = Arc::new(self.site.with_sources(changes));
        if !still_in_order(&self.site, &site, &ids) {
            return Ok(None);
        }
        let mut diagnostics = Diagnostics::default();
        let labels = Labels::new(&site.config, Some(&self.i18n));
        let mut contents: Vec<(PageId, Rendered)> = (ids.iter())
            .map(|&id| {
                let components = Some(&*self.components);
                (id, render_markdown(&site, id, Some(&labels), components))
            })
            .collect();
        for (_, content) in &contents {
            diagnostics.extend(content.diagnostics.iter().cloned());
        }
        // Swap the new Markdown and site in for rendering; swapped back on failure.
        self.swap_contents(&mut contents, &site, &ids);
        self.current
            .set(site.clone(), render::summaries(&self.contents));
        let result = self.render_pages(&site, &ids, diagnostics);
        match result {
            Ok(done) => {
                self.site = site;
                Ok(Some(done))
            }
            Err(err) => {
                let old = self.site.clone();
                self.swap_contents(&mut contents, &old, &ids);
                self.current.set(old, render::summaries(&self.contents));
                Err(err)
            }
        }
    }

    fn swap_contents(&mut self, contents: &mut [(PageId, Rendered)], site: &Site, ids: &[PageId]) {
        for (id, content) in contents {
            std::mem::swap(&mut self.contents[*id], content);
        }
        search::update(&mut self.search, site, &self.contents, ids);
    }

    fn render_pages(
        &self,
        site: &Arc<Site>,
        ids: &[PageId],
        mut diagnostics: Diagnostics,
    ) -> Result<Rebuilt, Error> {
        diagnostics.extend(markdown::check_anchors(&site.pages, &self.contents));
        diagnostics.extend(templates::missing_page_templates(site, &self.tera));
        diagnostics.check()?;
        let change = Change {
            old: &self.site,
            new: site,
            pages: ids,
            related: &self.related,
            calls: self.calls,
        };
        let (outputs, problems) = render::render_changed(&self.inputs(site), &change)?;
        diagnostics.extend(problems);
        diagnostics.extend(self.late_warnings());
        diagnostics.check()?;
        Ok((outputs, diagnostics.into_warnings()))
    }
}

/// Whether the changed pages of `new` still stand in their listings and tags where `old`
/// had them (a new title can reorder them).
fn still_in_order(old: &Site, new: &Site, changed: &[PageId]) -> bool {
    changed.iter().all(|&id| {
        old.pages[id].source.title == new.pages[id].source.title
            || (link::listing_in_order(new, id)
                && new.taxonomies[new.pages[id].lang()].in_order(&new.pages, id))
    })
}

/// Static files that would need a folder where a page, feed or tag page is written, or the
/// other way round.
fn static_clashes(rendered: &render::paths::Tree, statics: &[ThemeFile]) -> Vec<Diagnostic> {
    statics
        .iter()
        .filter_map(|file| {
            let path = file.output_path();
            let clash = rendered.clash(path)?;
            Some(
                Diagnostic::error(
                    crate::error::Code::OutputClash,
                    &file.origin,
                    None,
                    crate::messages::text!("output-clash-static", clash = &clash, path = path),
                )
                .with_hint(crate::messages::text!("output-clash-static-hint")),
            )
        })
        .collect()
}

/// `(language code, pages)` in configured order.
pub(crate) fn pages_per_language(site: &Site) -> Vec<(String, usize)> {
    site.config
        .languages
        .with_ids()
        .map(|(lang, l)| {
            let count = site.pages.iter().filter(|p| p.lang() == lang).count();
            (l.code.clone(), count)
        })
        .collect()
}

pub(crate) fn with_excerpts(root: &Path, err: Error) -> Error {
    match err {
        Error::Input(mut diagnostics) => {
            crate::error::add_excerpts(root, &mut diagnostics);
            Error::Input(diagnostics)
        }
        other => other,
    }
}
