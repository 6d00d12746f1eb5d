//! The stable code of every kind of diagnostic, so that tools and tests can tell problems
//! apart without matching their English. A code is `stage.problem`; a code once published
//! keeps its meaning, and a new kind of problem gets a new code.

use serde::Serialize;

/// Declares [`Code`], its text and the list of all codes from one table, so that a code
/// cannot be added without its text, or documented in one place and spelled in another.
macro_rules! codes {
    ($($(#[doc = $doc:literal])+ $name:ident = $text:literal,)+) => {
        /// What kind of problem a [`Diagnostic`](super::Diagnostic) is, as a stable code
        /// such as `frontmatter.unknown-key`, grouped by the stage that finds it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])+ $name,)+
        }

        impl Code {
            /// Every code, in the order they are documented.
            pub const ALL: &[Code] = &[$(Code::$name,)+];

            /// The code as `check --format json` gives it, e.g. `frontmatter.unknown-key`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $text,)+
                }
            }
        }
    };
}

codes! {
    /// A file could not be read.
    FileUnreadable = "file.unreadable",
    /// A file is larger than kielo reads.
    FileTooLarge = "file.too-large",
    /// A file is not UTF-8 text.
    FileNotUtf8 = "file.not-utf8",
    /// A symbolic link leads out of the site folder.
    FileLinkOutside = "file.link-outside",
    /// A symbolic link leads to nothing.
    FileBrokenLink = "file.broken-link",
    /// A symbolic link leads back to a folder that contains it.
    FileLinkLoop = "file.link-loop",
    /// A folder was expected and something else is there.
    FileNotFolder = "file.not-folder",
    /// A regular file was expected and a folder, pipe, device or socket is there.
    FileNotRegular = "file.not-regular",
    /// kielo could not keep its record of the addresses it published (`.kielo-cache`).
    FileAddressRecord = "file.address-record",
    /// site.yaml or front matter holds a control character that web pages cannot carry.
    FileControlCharacter = "file.control-character",

    /// YAML that does not parse (site.yaml or front matter).
    YamlSyntax = "yaml.syntax",
    /// A tab where YAML allows only spaces, at the start of a line.
    YamlTab = "yaml.tab",
    /// A quoted text whose closing quote is missing on its line.
    YamlUnclosedQuote = "yaml.unclosed-quote",
    /// A `[` or `{` that is never closed.
    YamlUnclosedBracket = "yaml.unclosed-bracket",
    /// A `key: value` where none can be, often an unquoted value with `: ` in it.
    YamlUnexpectedValue = "yaml.unexpected-value",
    /// The same key twice in one mapping.
    YamlDuplicateKey = "yaml.duplicate-key",
    /// YAML aliases (`*name`) that repeat their values too many times.
    YamlAliases = "yaml.aliases",
    /// TOML front matter (between `+++` lines) that does not parse.
    TomlSyntax = "toml.syntax",

    /// A key of site.yaml that kielo does not know, usually a typo.
    ConfigUnknownKey = "config.unknown-key",
    /// A key site.yaml must have is missing.
    ConfigMissingKey = "config.missing-key",
    /// A value of site.yaml of the wrong kind (a list where a text belongs).
    ConfigInvalidValue = "config.invalid-value",
    /// `base_url` is not an absolute web address.
    ConfigBaseUrl = "config.base-url",
    /// `theme` is not the name of a folder under themes/.
    ConfigTheme = "config.theme",
    /// No languages are configured.
    ConfigNoLanguages = "config.no-languages",
    /// A language is listed twice.
    ConfigDuplicateLanguage = "config.duplicate-language",
    /// A language's `code` or `locale` is not a valid language code.
    ConfigLanguageCode = "config.language-code",
    /// `default_language` is not one of the configured languages.
    ConfigDefaultLanguage = "config.default-language",
    /// `timezone` is not the name of a time zone.
    ConfigTimezone = "config.timezone",
    /// `messages` names a language kielo does not speak to people in.
    ConfigMessages = "config.messages",
    /// A menu entry of site.yaml with both or neither of `page` and `url`, a `page` that is
    /// not an `@/` path or a `url` that is not a full address.
    ConfigMenuEntry = "config.menu-entry",
    /// A menu title in a language the site does not have, an empty one, or an outside
    /// address without a title in some language.
    ConfigMenuTitle = "config.menu-title",
    /// A menu's `page` names no page of the site.
    ConfigMenuPage = "config.menu-page",
    /// A menu's `page` names a draft or an embargoed page, which the menu leaves out for now.
    ConfigMenuHeldBack = "config.menu-held-back",
    /// A menu's page has no version in a language, so that language's menu leads to
    /// another language's version.
    ConfigMenuOtherLanguage = "config.menu-other-language",

    /// A content file does not start with front matter.
    FrontmatterMissing = "frontmatter.missing",
    /// The front matter's closing `---` is missing.
    FrontmatterUnclosed = "frontmatter.unclosed",
    /// A front-matter key that kielo does not know, usually a typo.
    FrontmatterUnknownKey = "frontmatter.unknown-key",
    /// A key the front matter must have is missing (such as a contact's `name`).
    FrontmatterMissingKey = "frontmatter.missing-key",
    /// A front-matter value of the wrong kind (a list where a text belongs).
    FrontmatterInvalidValue = "frontmatter.invalid-value",
    /// A page that is not a section's `_index` sets how a section lists its pages (`feed`,
    /// `paginate`, `sort_by`).
    FrontmatterSectionKey = "frontmatter.section-key",
    /// The page has no `title`, or an empty one.
    FrontmatterNoTitle = "frontmatter.no-title",
    /// `date`, `updated` or `expires` is not a valid date.
    FrontmatterInvalidDate = "frontmatter.invalid-date",
    /// `slug` is not a single part of an address.
    FrontmatterInvalidSlug = "frontmatter.invalid-slug",
    /// `template` is not the name of a template file.
    FrontmatterInvalidTemplate = "frontmatter.invalid-template",

    /// The site has no `content/` folder.
    ContentNoFolder = "content.no-folder",
    /// A translation without a date whose original went away while under embargo: it keeps
    /// waiting for the original's time.
    ContentLostOriginal = "content.lost-original",
    /// A content file's name gives a language site.yaml does not configure.
    ContentUnknownLanguage = "content.unknown-language",
    /// Two files are the same language's version of one page.
    ContentDuplicateTranslation = "content.duplicate-translation",
    /// A translation is published before its embargoed original.
    ContentEarlyTranslation = "content.early-translation",
    /// A page's address would be empty.
    ContentEmptyAddress = "content.empty-address",
    /// An alias is not a path inside the site.
    ContentInvalidAlias = "content.invalid-alias",
    /// With `default_language_at_root`, a default-language address that starts with another
    /// language's code (`/sv/`).
    ContentLanguagePrefix = "content.language-prefix",
    /// An `index` file at the top of `content/`, where a page bundle cannot be.
    ContentBundleAtRoot = "content.bundle-at-root",
    /// A page bundle's folder holds other pages, or both `index` and `_index` files.
    ContentBundlePages = "content.bundle-pages",
    /// A published page whose title is still the one `kielo new` wrote.
    ContentPlaceholderTitle = "content.placeholder-title",
    /// A file of `content/` that is neither a page nor in a page bundle, so not published.
    ContentStrayFile = "content.stray-file",
    /// An address the last build published that nothing publishes now (a page renamed,
    /// moved or deleted), and no alias keeps.
    ContentAddressRemoved = "content.address-removed",
    /// Raw HTML in Markdown is left out (`markdown.raw_html` is off).
    ContentRawHtml = "content.raw-html",
    /// Parts of raw HTML that could run scripts are left out.
    ContentRawHtmlCleaned = "content.raw-html-cleaned",

    /// An `@/` link to a page that does not exist.
    LinkMissingPage = "link.missing-page",
    /// A link to an `#anchor` the page has no heading for.
    LinkMissingAnchor = "link.missing-anchor",
    /// A plain link that leads to no page or file of the site.
    LinkBroken = "link.broken",
    /// An `@/` link to a page not in the linking page's language leads to another language.
    LinkOtherLanguage = "link.other-language",
    /// A link address that could run a script is left out.
    LinkScriptUrl = "link.script-url",

    /// An image or attachment the page names is not in its bundle or in `static/`.
    MediaMissing = "media.missing",
    /// An image that cannot be read or decoded.
    MediaUnreadable = "media.unreadable",
    /// An image larger than kielo processes.
    MediaTooLarge = "media.too-large",
    /// A picture kielo cannot make web versions of (HEIC, AVIF, TIFF, BMP), which would
    /// otherwise be published with its camera's metadata.
    MediaUnsupported = "media.unsupported",
    /// A bundle file that could run script on the site's address (HTML, JavaScript, an SVG
    /// with script).
    MediaUnsafe = "media.unsafe",
    /// A picture of `static/` that is published with its EXIF metadata.
    MediaMetadata = "media.metadata",

    /// A component call (`{{ name(…) }}`, `{% name(…) %}…{% end %}`) that cannot be read,
    /// or a block without its `{% end %}`.
    ComponentSyntax = "component.syntax",
    /// A call to a component that neither the site nor its theme has.
    ComponentUnknown = "component.unknown",
    /// A component call with an argument the component does not declare, lacks, or does
    /// not take in that form.
    ComponentArgument = "component.argument",
    /// A component failed while rendering a call.
    ComponentRender = "component.render",
    /// A template in `templates/shortcodes/` defines no component of its name.
    ComponentTemplate = "component.template",

    /// An image without alt text.
    A11yImageAlt = "a11y.image-alt",
    /// A link without text.
    A11yLinkText = "a11y.link-text",
    /// A second `#` main heading; the page title is the first.
    A11ySecondH1 = "a11y.second-h1",
    /// A heading that skips a level.
    A11yHeadingLevel = "a11y.heading-level",

    /// A page without a `description` (only `check` looks).
    CheckNoDescription = "check.no-description",
    /// A page without a version in one of the languages (only `check` looks).
    CheckMissingTranslation = "check.missing-translation",

    /// A template that does not compile.
    TemplateSyntax = "template.syntax",
    /// A page's `template` names no template.
    TemplateMissing = "template.missing",
    /// A template that failed while making a page.
    TemplateRender = "template.render",

    /// UI messages a template used are missing in a language.
    LocaleMissingMessage = "locale.missing-message",
    /// An `.ftl` file with a Fluent syntax error.
    LocaleSyntax = "locale.syntax",
    /// No date formats for a language's locale.
    LocaleDateFormat = "locale.date-format",

    /// Two outputs (pages, aliases, files) at one place, or a file where a folder is needed.
    OutputClash = "output.clash",
    /// The output folder holds files kielo did not make.
    OutputNotOurs = "output.not-ours",
    /// The output folder is a place kielo must not write to (the site folder, a parent of it).
    OutputFolder = "output.folder",
    /// A symbolic link in the output folder leads to nothing.
    OutputBrokenLink = "output.broken-link",
    /// The previous output could not be removed completely.
    OutputCleanup = "output.cleanup",
    /// A section's feed was asked for without its section page.
    OutputFeed = "output.feed",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_of_one_form() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "{text} twice");
            let (stage, problem) = text.split_once('.').unwrap_or_default();
            let word = |s: &str| {
                !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            };
            assert!(word(stage) && word(problem), "{text}");
        }
    }
}
