//! The search index of one language: every word form of the pages stemmed with Snowball,
//! postings per stem, and all of it cut into chunks in key order so that the browser fetches
//! only the chunks that hold the words it looks up.
//!
//! A chunk is JSON: `{"s": {stem: [postings, [forms…]]}, "f": {form: stem}}`. `s` holds the
//! stems whose keys fall in the chunk's range, each with its postings and the word forms that
//! stem to it (for highlighting); `f` maps the forms in the range that differ from their stem.
//! The browser looks a query word up in `f` (else takes it as a stem), and for a form no page
//! uses, takes the longest stem that begins it.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::Serialize;

/// Serialised bytes a chunk aims at; a single stem with long postings may exceed it.
pub(crate) const CHUNK_BYTES: usize = 16 * 1024;
/// Longer "words" are hashes, URLs run together and the like, not worth a lookup.
const LONGEST_WORD: usize = 40;
/// How often a word counts in a page's weight, at most (4 bits, beside the title bit).
const MOST_COUNTED: u32 = 15;

/// What the index reads of a page.
pub(crate) struct Doc<'a> {
    pub(crate) title: &'a str,
    /// The front matter's description, read as text.
    pub(crate) description: &'a str,
    pub(crate) text: &'a str,
}

/// A language's index, serialised: `meta` is fetched first and names the chunks.
pub(crate) struct Index {
    pub(crate) meta: Vec<u8>,
    pub(crate) chunks: Vec<Vec<u8>>,
}

#[derive(Serialize)]
struct Meta<'a> {
    /// Number of pages, for weighting rare words.
    n: usize,
    /// Changes whenever the chunks do, to get past caches.
    v: String,
    /// The first key of each chunk, in order.
    k: Vec<&'a str>,
}

/// The Snowball stemmer for a language code (`fi`, `sv-FI`), if there is one.
pub(crate) fn stemmer(code: &str) -> Option<Stemmer> {
    let primary = code.split(['-', '_']).next().unwrap_or(code);
    let algorithm = match primary.to_ascii_lowercase().as_str() {
        "fi" => Algorithm::Finnish,
        "sv" => Algorithm::Swedish,
        "en" => Algorithm::English,
        "da" => Algorithm::Danish,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "de" => Algorithm::German,
        "nl" => Algorithm::Dutch,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "hu" => Algorithm::Hungarian,
        "ru" => Algorithm::Russian,
        "el" => Algorithm::Greek,
        "tr" => Algorithm::Turkish,
        "ar" => Algorithm::Arabic,
        "ta" => Algorithm::Tamil,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// Calls `each` with every word of `text`, lower-cased: runs of letters and digits, as the
/// browser splits them (`/[\p{Alphabetic}\p{N}]+/u`).
pub(crate) fn words(text: &str, mut each: impl FnMut(&str)) {
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || word.len() > LONGEST_WORD && word.chars().count() > LONGEST_WORD {
            continue;
        }
        // Most words are lower case already: copy only the others.
        if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            each(&lower);
        } else {
            each(word);
        }
    }
}

/// A stem's or a word form's number within one `Analysis`.
type Number = u32;

/// What the index knows of one page: its stems, each with the page's weight for it, and the
/// word forms it uses.
#[derive(Debug, Clone, Default)]
struct Terms {
    stems: Vec<(Number, u8)>,
    forms: Vec<Number>,
}

/// The words of a language's pages, stemmed: what the index is made from, kept by `serve`
/// so that an edit analyses only the edited page again.
#[derive(Debug, Clone, Default)]
pub(crate) struct Analysis {
    code: String,
    stems: Vec<String>,
    stem_numbers: FxHashMap<String, Number>,
    /// Each form with its stem's number.
    forms: Vec<(String, Number)>,
    form_numbers: FxHashMap<String, Number>,
    /// By page id (position in the index).
    pages: Vec<Terms>,
    /// Scratch for `terms`, by form and by stem: the page last seen with it (a generation
    /// number), and for a stem where its count is.
    form_seen: Vec<u32>,
    stem_slot: Vec<(u32, u32)>,
    generation: u32,
}

impl Analysis {
    fn new(code: &str) -> Analysis {
        Analysis {
            code: code.to_string(),
            ..Analysis::default()
        }
    }

    /// The number of `form`, stemming it the first time.
    fn form(&mut self, stemmer: Option<&Stemmer>, form: &str) -> Number {
        if let Some(&n) = self.form_numbers.get(form) {
            return n;
        }
        let stem = match stemmer {
            Some(s) => s.stem(form),
            None => form.into(),
        };
        let stem = self.stem(&stem);
        self.add_form(form, stem)
    }

    fn add_form(&mut self, form: &str, stem: Number) -> Number {
        let n = self.forms.len() as Number;
        self.forms.push((form.to_string(), stem));
        self.form_numbers.insert(form.to_string(), n);
        self.form_seen.push(0);
        n
    }

    fn stem(&mut self, stem: &str) -> Number {
        if let Some(&n) = self.stem_numbers.get(stem) {
            return n;
        }
        let n = self.stems.len() as Number;
        self.stems.push(stem.to_string());
        self.stem_numbers.insert(stem.to_string(), n);
        self.stem_slot.push((0, 0));
        n
    }

    fn terms(&mut self, stemmer: Option<&Stemmer>, doc: &Doc) -> Terms {
        self.generation += 1;
        let generation = self.generation;
        // Per stem: how often the text uses it and whether the title does.
        let mut counts: Vec<(Number, u32, bool)> = Vec::new();
        let mut forms: Vec<Number> = Vec::new();
        let mut count = |this: &mut Analysis, form: &str, title: bool| {
            let form = this.form(stemmer, form);
            if this.form_seen[form as usize] != generation {
                this.form_seen[form as usize] = generation;
                forms.push(form);
            }
            let stem = this.forms[form as usize].1;
            let slot = &mut this.stem_slot[stem as usize];
            if slot.0 != generation {
                *slot = (generation, counts.len() as u32);
                counts.push((stem, 0, false));
            }
            let entry = &mut counts[slot.1 as usize];
            entry.1 += u32::from(!title);
            entry.2 |= title;
        };
        words(doc.title, |form| count(self, form, true));
        for text in [doc.description, doc.text] {
            words(text, |form| count(self, form, false));
        }
        Terms {
            stems: counts
                .into_iter()
                .map(|(stem, count, title)| (stem, weight(count, title)))
                .collect(),
            forms,
        }
    }

    /// Takes in `other`'s forms and pages (which follow this one's), renumbering.
    fn merge(mut self, other: Analysis) -> Analysis {
        let stems: Vec<Number> = other.stems.iter().map(|s| self.stem(s)).collect();
        let forms: Vec<Number> = other
            .forms
            .iter()
            .map(|(form, stem)| match self.form_numbers.get(form) {
                Some(&n) => n,
                None => self.add_form(form, stems[*stem as usize]),
            })
            .collect();
        for mut terms in other.pages {
            terms
                .stems
                .iter_mut()
                .for_each(|(n, _)| *n = stems[*n as usize]);
            terms.forms.iter_mut().for_each(|n| *n = forms[*n as usize]);
            self.pages.push(terms);
        }
        self
    }

    /// Analyses the pages of `docs`, whose ids are their positions, for the language `code`.
    pub(crate) fn of(code: &str, docs: &[Doc]) -> Analysis {
        let stemmer = stemmer(code);
        // In order, so that the pages of each part follow those of the part before.
        docs.par_iter()
            .fold(
                || Analysis::new(code),
                |mut part, doc| {
                    let terms = part.terms(stemmer.as_ref(), doc);
                    part.pages.push(terms);
                    part
                },
            )
            .reduce(|| Analysis::new(code), Analysis::merge)
    }

    /// Analyses the pages `changed` (id and page) again.
    pub(crate) fn update(&mut self, changed: &[(usize, Doc)]) {
        let stemmer = stemmer(&self.code);
        for (id, doc) in changed {
            let terms = self.terms(stemmer.as_ref(), doc);
            if let Some(page) = self.pages.get_mut(*id) {
                *page = terms;
            }
        }
    }

    /// The index: only the stems and forms that some page uses now.
    pub(crate) fn index(&self) -> Index {
        let mut postings: Vec<Vec<(u32, u8)>> = vec![Vec::new(); self.stems.len()];
        let mut used = vec![false; self.forms.len()];
        for (id, terms) in self.pages.iter().enumerate() {
            for &(stem, weight) in &terms.stems {
                postings[stem as usize].push((id as u32, weight));
            }
            terms.forms.iter().for_each(|&f| used[f as usize] = true);
        }
        let mut forms_of: Vec<Vec<&str>> = vec![Vec::new(); self.stems.len()];
        let mut entries: BTreeMap<&str, Entry> = BTreeMap::new();
        for (form, stem) in self
            .forms
            .iter()
            .zip(&used)
            .filter(|(_, u)| **u)
            .map(|(f, _)| f)
        {
            forms_of[*stem as usize].push(form);
            let stem = self.stems[*stem as usize].as_str();
            if form != stem {
                entries.entry(form).or_default().form = Some(stem);
            }
        }
        for (n, stem) in self.stems.iter().enumerate() {
            if postings[n].is_empty() {
                continue;
            }
            let mut forms = std::mem::take(&mut forms_of[n]);
            forms.sort_unstable();
            entries.entry(stem).or_default().stem = Some((encode_postings(&postings[n]), forms));
        }
        let chunks = cut(&entries);
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        chunks.iter().for_each(|(_, bytes)| bytes.hash(&mut hasher));
        self.pages.len().hash(&mut hasher);
        let meta = Meta {
            n: self.pages.len(),
            v: format!("{:x}", hasher.finish()),
            k: chunks.iter().map(|(key, _)| *key).collect(),
        };
        Index {
            meta: crate::json::to_vec(&meta, 0),
            chunks: chunks.into_iter().map(|(_, bytes)| bytes).collect(),
        }
    }
}

/// A page's weight for a stem: how often the text uses it (capped) and whether the title does.
fn weight(count: u32, title: bool) -> u8 {
    (count.min(MOST_COUNTED) as u8) << 1 | u8::from(title)
}

/// Builds the index of `docs` (ids are positions) for the language `code`.
#[cfg(test)]
pub(crate) fn build(code: &str, docs: &[Doc]) -> Index {
    Analysis::of(code, docs).index()
}

/// What the index holds under one key: the key as a stem, as a form, or both.
#[derive(Default)]
struct Entry<'a> {
    stem: Option<(String, Vec<&'a str>)>,
    form: Option<&'a str>,
}

impl Entry<'_> {
    /// Roughly its share of a chunk's JSON, to decide where chunks end.
    fn size(&self, key: &str) -> usize {
        let stem = self.stem.as_ref().map_or(0, |(postings, forms)| {
            key.len() + postings.len() + forms.iter().map(|f| f.len() + 3).sum::<usize>() + 10
        });
        stem + self.form.map_or(0, |s| key.len() + s.len() + 6)
    }
}

#[derive(Serialize, Default)]
struct Chunk<'a> {
    s: BTreeMap<&'a str, (&'a str, &'a [&'a str])>,
    f: BTreeMap<&'a str, &'a str>,
}

/// Cuts the entries, in key order, into chunks of about `CHUNK_BYTES`: each chunk's first key
/// and its JSON.
fn cut<'a>(entries: &'a BTreeMap<&'a str, Entry<'a>>) -> Vec<(&'a str, Vec<u8>)> {
    let mut chunks = Vec::new();
    let mut chunk = Chunk::default();
    let mut first = "";
    let mut size = 0;
    for (&key, entry) in entries {
        let grows = entry.size(key);
        if size > 0 && size + grows > CHUNK_BYTES {
            chunks.push((first, crate::json::to_vec(&chunk, size)));
            chunk = Chunk::default();
            size = 0;
        }
        if size == 0 {
            first = key;
        }
        size += grows;
        if let Some((postings, forms)) = &entry.stem {
            chunk.s.insert(key, (postings, forms));
        }
        if let Some(stem) = entry.form {
            chunk.f.insert(key, stem);
        }
    }
    if size > 0 {
        chunks.push((first, crate::json::to_vec(&chunk, size)));
    }
    chunks
}

/// The 64 characters of the postings code, all safe in JSON strings.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Postings as text: for each page, the gap from the previous page id and then the weight,
/// each as a variable-length number of 5-bit digits (a digit of 32 or more means more
/// follow). A page in every other id costs two characters.
fn encode_postings(list: &[(u32, u8)]) -> String {
    let mut out = String::with_capacity(list.len() * 2);
    let mut previous = 0;
    for &(id, weight) in list {
        push_number(&mut out, id - previous);
        push_number(&mut out, u32::from(weight));
        previous = id;
    }
    out
}

fn push_number(out: &mut String, mut n: u32) {
    while n >= 32 {
        out.push(char::from(DIGITS[32 + (n & 31) as usize]));
        n >>= 5;
    }
    out.push(char::from(DIGITS[n as usize]));
}

#[cfg(test)]
mod tests;
