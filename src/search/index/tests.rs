use super::*;

/// Reads postings back, as the browser does.
fn decode(text: &str) -> Vec<(u32, u8)> {
    let mut numbers = Vec::new();
    let (mut n, mut shift) = (0u32, 0);
    for c in text.bytes() {
        let digit = DIGITS.iter().position(|&d| d == c).expect("a code digit") as u32;
        n |= (digit & 31) << shift;
        if digit >= 32 {
            shift += 5;
        } else {
            numbers.push(n);
            (n, shift) = (0, 0);
        }
    }
    let mut id = 0;
    numbers
        .chunks(2)
        .map(|pair| {
            id += pair[0];
            (id, pair[1] as u8)
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct ReadMeta {
    n: usize,
    v: String,
    k: Vec<String>,
}

#[derive(serde::Deserialize)]
struct ReadChunk {
    s: BTreeMap<String, (String, Vec<String>)>,
    f: BTreeMap<String, String>,
}

struct Read {
    meta: ReadMeta,
    chunks: Vec<ReadChunk>,
}

fn read(index: &Index) -> Read {
    Read {
        meta: serde_json::from_slice(&index.meta).expect("meta is JSON"),
        chunks: index
            .chunks
            .iter()
            .map(|c| serde_json::from_slice(c).expect("a chunk is JSON"))
            .collect(),
    }
}

impl Read {
    /// The chunk whose range holds `key`, found as the browser finds it.
    fn chunk_of(&self, key: &str) -> &ReadChunk {
        let i = self.meta.k.partition_point(|first| first.as_str() <= key);
        &self.chunks[i.saturating_sub(1)]
    }

    fn stem_of(&self, form: &str) -> String {
        let chunk = self.chunk_of(form);
        chunk
            .f
            .get(form)
            .cloned()
            .unwrap_or_else(|| form.to_string())
    }

    /// The pages (ids and weights) for a word, through its stem.
    fn pages(&self, form: &str) -> Vec<(u32, u8)> {
        let stem = self.stem_of(form);
        self.chunk_of(&stem)
            .s
            .get(&stem)
            .map(|(postings, _)| decode(postings))
            .unwrap_or_default()
    }
}

fn doc<'a>(title: &'a str, text: &'a str) -> Doc<'a> {
    Doc {
        title,
        description: "",
        text,
    }
}

#[test]
fn words_are_runs_of_letters_and_digits_lower_cased() {
    let mut seen = Vec::new();
    words(
        "Työ- ja ELINKEINOTOIMISTO (TE-toimisto) 2026, employer's",
        |w| seen.push(w.to_string()),
    );
    assert_eq!(
        seen,
        [
            "työ",
            "ja",
            "elinkeinotoimisto",
            "te",
            "toimisto",
            "2026",
            "employer",
            "s"
        ]
    );
}

#[test]
fn finnish_forms_of_a_word_find_the_same_pages() {
    let docs = [
        doc(
            "Työnantajan velvollisuudet",
            "Työnantaja vastaa turvallisuudesta.",
        ),
        doc("Kausityö", "Ohjeita työnantajille ja työntekijöille."),
        doc("Valmennus", "Ilmoittaudu valmennukseen ajoissa."),
    ];
    let index = read(&build("fi", &docs));
    assert_eq!(index.meta.n, 3);
    let employer = index.pages("työnantajan");
    assert_eq!(employer.iter().map(|p| p.0).collect::<Vec<_>>(), [0, 1]);
    assert_eq!(index.pages("työnantajille"), employer);
    // In the title of page 0 (the lowest bit) and once in its text.
    assert_eq!(employer[0].1, 1 << 1 | 1);
    assert_eq!(employer[1].1, 1 << 1);
    // A form no page uses is stemmed in the browser by the longest stem that begins it.
    let stem = index.stem_of("valmennukseen");
    assert!("valmennuksiin".starts_with(&stem), "stem {stem}");
    assert_eq!(index.pages("valmennukseen")[0].0, 2);
}

#[test]
fn swedish_and_english_are_stemmed_with_their_own_rules() {
    let sv = read(&build(
        "sv-FI",
        &[doc("Arbetsgivaren", "Arbetsgivare ansvarar.")],
    ));
    assert_eq!(sv.stem_of("arbetsgivaren"), sv.stem_of("arbetsgivare"));
    assert!("arbetsgivarna".starts_with(&sv.stem_of("arbetsgivaren")));
    let en = read(&build(
        "en",
        &[doc("Employers", "Every employer must act.")],
    ));
    assert_eq!(en.stem_of("employers"), "employ");
    assert_eq!(en.pages("employer"), [(0, 1 << 1 | 1)]);
}

#[test]
fn a_stem_lists_its_forms_for_highlighting() {
    let index = read(&build("en", &[doc("", "employer employers employment")]));
    let (_, forms) = &index.chunk_of("employ").s["employ"];
    assert_eq!(forms, &["employer", "employers", "employment"]);
}

#[test]
fn a_language_without_a_stemmer_indexes_forms_as_they_are() {
    let index = read(&build("xx", &[doc("Talo", "talossa talo")]));
    assert_eq!(index.pages("talo"), [(0, 1 << 1 | 1)]);
    assert_eq!(index.pages("talossa"), [(0, 1 << 1)]);
    assert!(index.chunks.iter().all(|c| c.f.is_empty()));
}

#[test]
fn counts_are_capped_and_gaps_of_any_size_round_trip() {
    let many = "word ".repeat(40);
    let mut docs: Vec<Doc> = (0..3000).map(|_| doc("", "other")).collect();
    docs[7] = doc("", &many);
    docs[2999] = doc("Word", "");
    let index = read(&build("en", &docs));
    assert_eq!(
        index.pages("word"),
        [(7, (MOST_COUNTED as u8) << 1), (2999, 1)]
    );
}

#[test]
fn chunks_cover_key_ranges_in_order_and_stay_small() {
    let texts: Vec<String> = (0..3000)
        .map(|i| format!("sana{i}q sanat{i}q page{}q common", i % 97))
        .collect();
    let docs: Vec<Doc> = texts.iter().map(|t| doc("", t)).collect();
    let built = build("fi", &docs);
    let index = read(&built);
    assert!(index.chunks.len() > 5, "{} chunks", index.chunks.len());
    assert!(index.meta.k.windows(2).all(|w| w[0] < w[1]));
    for (i, chunk) in index.chunks.iter().enumerate() {
        let start = &index.meta.k[i];
        let end = index.meta.k.get(i + 1);
        for key in chunk.s.keys().chain(chunk.f.keys()) {
            assert!(
                key >= start && end.is_none_or(|e| key < e),
                "{key} in chunk {i}"
            );
        }
        let entries = chunk.s.len() + chunk.f.len();
        assert!(built.chunks[i].len() <= CHUNK_BYTES + 64 || entries <= 2);
    }
    // Every page of a word found in every chunk-boundary case.
    for i in (0..3000).step_by(131) {
        assert_eq!(index.pages(&format!("sana{i}q")), [(i, 1 << 1)]);
    }
    assert_eq!(index.pages("common").len(), 3000);
    // The same pages give the same bytes, whatever the threads did.
    let again = build("fi", &docs);
    assert_eq!(built.chunks, again.chunks);
    assert_eq!(index.meta.v, read(&again).meta.v);
}

#[test]
fn an_updated_analysis_gives_the_index_of_a_fresh_one() {
    let before = [
        doc("Työnantajille", "Työnantajan velvollisuudet."),
        doc(
            "Kausityö",
            "Marjanpoimijat ja valmennukseen ilmoittautuminen.",
        ),
        doc("Hanke", "Hanke päättyy."),
    ];
    let mut analysis = Analysis::of("fi", &before);
    // Page 1 drops "marjanpoimijat" and "valmennukseen", which no other page uses, and
    // gains a word; page 2 keeps its words in another order.
    let after = [
        doc("Työnantajille", "Työnantajan velvollisuudet."),
        doc("Kausityö", "Ilmoittautuminen päättyy huomenna."),
        doc("Hanke", "Päättyy hanke."),
    ];
    analysis.update(&[
        (1, doc("Kausityö", "Ilmoittautuminen päättyy huomenna.")),
        (2, doc("Hanke", "Päättyy hanke.")),
    ]);
    let (updated, fresh) = (analysis.index(), build("fi", &after));
    assert_eq!(updated.meta, fresh.meta);
    assert_eq!(updated.chunks, fresh.chunks);
    let index = read(&updated);
    assert!(index.pages("marjanpoimijat").is_empty());
    assert!(
        index
            .chunks
            .iter()
            .all(|c| !c.f.contains_key("valmennukseen"))
    );
    assert_eq!(index.pages("huomenna"), [(1, 1 << 1)]);
}
