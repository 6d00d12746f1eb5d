//! The `kielo` command: parses arguments and reports the outcome; the work is in the library.

use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Args, Parser, Subcommand, ValueEnum};
use kielo::messages::{Language, Messages, Text, text};

/// kielo builds a multilingual static site from Markdown files with YAML front matter.
#[derive(Parser)]
#[command(name = "kielo", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of kielo's messages: fi, sv or en [default: site.yaml's `messages`,
    /// else the environment's LANG, else en].
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    messages: Option<MessagesFlag>,
}

/// The languages `--messages` takes.
#[derive(Clone, Copy, ValueEnum)]
enum MessagesFlag {
    /// Suomi.
    Fi,
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl Command {
    /// The site folder the command works on, whose site.yaml may choose the messages.
    fn root(&self) -> Option<&std::path::Path> {
        match self {
            Command::Build { site, .. }
            | Command::Check { site, .. }
            | Command::Serve { site, .. } => Some(&site.root),
            Command::New { root, .. } | Command::Translations { root, .. } => Some(root),
            Command::Init { .. } => None,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into a folder of static files (public/ by default).
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site [default: public/ under the site folder].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Replace the output folder even if it holds files kielo did not make (never the
        /// site folder, a folder above it or the site's sources).
        #[arg(long)]
        force: bool,
        /// Publish at this address instead of site.yaml's `base_url`, e.g. for a preview
        /// deploy: https://preview-123.example.net/ (a path is kept, as in site.yaml).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Check the whole site, writing no output: errors, broken links and anchors,
    /// images without alt text, skipped heading levels, missing descriptions and translations.
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// How to print the findings.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Create a new site in DIR: site.yaml, and in each language a home page and a news
    /// section with one page, ready to build; never writes into a folder that holds files.
    Init {
        /// The folder to create (or an empty one).
        dir: PathBuf,
        /// A language of the site, the first the default one; repeat for more [default: fi,
        /// sv and en].
        #[arg(long = "lang", value_name = "CODE")]
        langs: Vec<String>,
    },
    /// Create a page and its translations with front matter filled in; never overwrites.
    New {
        /// The page as <section>/<name>, e.g. press-releases/new-helpline.
        path: String,
        /// A language to create the page in; repeat for translations [default: the site's default language].
        #[arg(long = "lang", value_name = "CODE")]
        langs: Vec<String>,
        /// The site folder, holding site.yaml and content/.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Start a new section when the page's folder does not exist yet (without it, a
        /// folder that does not exist is an error, as it is usually a misspelt section).
        #[arg(long)]
        new_section: bool,
    },
    /// Build the site, serve it for preview and rebuild it on every change; open pages reload
    /// by themselves and show build errors. Only this machine can reach it unless --bind says
    /// otherwise.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The address to listen on; anything but a loopback address makes the preview,
        /// drafts included, reachable from the network.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: IpAddr,
        /// The port to listen on; 0 takes any free port.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Replace the output folder even if it holds files kielo did not make (never the
        /// site folder, a folder above it or the site's sources).
        #[arg(long)]
        force: bool,
        /// The address in feeds, the sitemap, canonical and Open Graph links instead of
        /// site.yaml's `base_url`; pages are served under its path, as with site.yaml's.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Report which pages each language has, lacks, or has older than the default language's.
    ///
    /// One row per page and its translations, by section, with each language marked present,
    /// missing or outdated. Outdated means the default-language version was changed after
    /// the translation: decided from git commit dates when the site is in a git repository
    /// that tracks its files, else from the front matter `updated` (or `date`), else from
    /// file modification times. The report says which it used.
    Translations {
        /// The site folder, holding site.yaml and content/.
        #[arg(long, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// How to print the report: an aligned table for people, or JSON or CSV for tools.
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// List only the pages that have no version in this language (e.g. sv). Outdated
        /// translations exist, so they are not listed.
        #[arg(long, value_name = "CODE")]
        missing: Option<String>,
    },
}

/// Output formats of `kielo translations`.
#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// Aligned columns with a summary per language.
    Table,
    /// One JSON object with every group's status and files.
    Json,
    /// A header `section,page,<languages>` and one row per group.
    Csv,
}

/// Which site to read and which pages to publish.
#[derive(Args)]
struct SiteArgs {
    /// The site folder, holding site.yaml and content/.
    #[arg(long, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    /// Also publish pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Also publish pages whose `date` is in the future (embargoed releases).
    #[arg(long)]
    future: bool,
    /// Build as if the time were this, for reproducible builds: decides which embargoed or
    /// expired pages are published. Written as `date:` is: 2026-12-01T09:00 on the site's
    /// clock (its `timezone`), or with an offset, 2026-12-01T09:00:00+02:00.
    #[arg(long, value_name = "TIME")]
    now: Option<String>,
}

impl SiteArgs {
    fn options(
        self,
        out: Option<PathBuf>,
        force: bool,
        cancel: Option<Arc<AtomicBool>>,
    ) -> Result<kielo::BuildOptions, kielo::Error> {
        let now = (self.now.as_deref())
            .map(|now| kielo::parse_now(&self.root, now))
            .transpose()?;
        Ok(kielo::BuildOptions {
            root: self.root,
            out,
            drafts: self.drafts,
            future: self.future,
            now,
            cancel,
            force,
            base_url: None,
        })
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Lines for people.
    Text,
    /// One JSON document for tools.
    Json,
}

fn fail(err: &kielo::Error, messages: &Messages) -> ExitCode {
    eprintln!("{}", err.render(messages));
    ExitCode::from(err.exit_code() as u8)
}

/// The first Ctrl-C or SIGTERM asks the build to stop cleanly (the previous output stays);
/// a second one ends the process at once.
fn cancel_on_signal() -> Option<Arc<AtomicBool>> {
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    let installed = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    installed.ok().map(|()| cancel)
}

/// Prints what `write` produces; a reader that stopped early (`| head`) is not an error.
fn print(
    messages: &Messages,
    write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> std::io::Result<()>,
) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            let reason = err.to_string();
            eprintln!(
                "{}",
                messages.format(&text!("cannot-print", reason = reason))
            );
            ExitCode::FAILURE
        }
    }
}

/// `text` as one word of a shell command, quoted when it has to be.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./".contains(c);
    match text.chars().all(plain) && !text.is_empty() {
        true => text.to_string(),
        false => format!("'{}'", text.replace('\'', r"'\''")),
    }
}

/// Prints a line in the language of `messages`.
fn say(out: &mut impl Write, messages: &Messages, line: &Text) -> std::io::Result<()> {
    writeln!(out, "{}", messages.format(line))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let flag = cli.messages.map(|flag| match flag {
        MessagesFlag::Fi => Language::Fi,
        MessagesFlag::Sv => Language::Sv,
        MessagesFlag::En => Language::En,
    });
    let language = kielo::messages_language(cli.command.root(), flag);
    let messages = &Messages::new(language);
    match cli.command {
        Command::Translations {
            root,
            format,
            missing,
        } => {
            let options = kielo::TranslationOptions { root, missing };
            match kielo::translations(&options) {
                Ok(report) => print(messages, |out| match format {
                    ReportFormat::Table => report.write_table(out, messages),
                    ReportFormat::Json => report.write_json(out),
                    ReportFormat::Csv => report.write_csv(out),
                }),
                Err(err) => fail(&err, messages),
            }
        }
        Command::Init { dir, langs } => {
            match kielo::init_site(&dir, &langs, jiff::Timestamp::now()) {
                Ok(files) => print(messages, |out| {
                    for file in files {
                        let file = dir.join(file);
                        say(out, messages, &text!("created", file = &file))?;
                    }
                    let cd = shell_word(&dir.display().to_string());
                    say(out, messages, &text!("init-next", command = cd))
                }),
                Err(err) => fail(&err, messages),
            }
        }
        Command::New {
            path,
            langs,
            root,
            new_section,
        } => {
            let today = jiff::Zoned::now().date();
            match kielo::new_page(&root, &path, &langs, today, new_section) {
                Ok(files) => print(messages, |out| {
                    for file in files {
                        let file = root.join(file);
                        say(out, messages, &text!("created", file = &file))?;
                    }
                    say(out, messages, &text!("new-next"))
                }),
                Err(err) => fail(&err, messages),
            }
        }
        Command::Build {
            site,
            out,
            force,
            base_url,
        } => {
            let options = match site.options(out, force, cancel_on_signal()) {
                Ok(options) => kielo::BuildOptions {
                    base_url,
                    ..options
                },
                Err(err) => return fail(&err, messages),
            };
            match kielo::build(&options) {
                Ok(report) => {
                    for line in kielo::error::printed(&report.warnings, messages) {
                        eprintln!("{line}");
                    }
                    print(messages, |out| {
                        writeln!(out, "{}", report.summary(messages))?;
                        for held in &report.held_back {
                            writeln!(out, "{}", held.line(messages))?;
                        }
                        Ok(())
                    })
                }
                Err(err) => fail(&err, messages),
            }
        }
        Command::Serve {
            site,
            bind,
            port,
            open,
            force,
            base_url,
        } => {
            // The server handles Ctrl-C and SIGTERM itself, so no handler is set here.
            let build = match site.options(None, force, None) {
                Ok(options) => kielo::BuildOptions {
                    base_url,
                    ..options
                },
                Err(err) => return fail(&err, messages),
            };
            let options = kielo::ServeOptions {
                build,
                bind,
                port,
                open,
                messages: language,
            };
            match kielo::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(&err, messages),
            }
        }
        Command::Check { site, format } => match site
            .options(None, false, None)
            .and_then(|options| kielo::check(&options))
        {
            Ok(report) => {
                let printed = print(messages, |out| match format {
                    Format::Json => writeln!(out, "{}", report.to_json()),
                    Format::Text => {
                        for line in kielo::error::printed(&report.diagnostics, messages) {
                            writeln!(out, "{line}")?;
                        }
                        for held in &report.held_back {
                            writeln!(out, "{}", held.explained(messages))?;
                        }
                        writeln!(out, "{}", report.summary(messages))
                    }
                });
                if report.errors() > 0 {
                    ExitCode::FAILURE
                } else {
                    printed
                }
            }
            Err(err) => fail(&err, messages),
        },
    }
}
