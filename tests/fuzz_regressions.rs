//! Inputs the fuzz targets (fuzz/, `scripts/fuzz.sh`) once crashed on, replayed on stable
//! through the same entry points with the same invariants: no panic, lines within the
//! file, segments sorted by line, every section aligned once, deterministic.
//!
//! Each file in `tests/fuzz-regressions/TARGET/` is one input of fuzz target TARGET, as
//! the target reads it (for `align`, documents cut at 0xFF bytes with a locale byte each;
//! for `claims`, a locale byte then the document; for `tree`, the pages of
//! `concord::report::invariants::pages_from_bytes`).

use concord::align;
use concord::claims::Extractor;
use concord::discover::source_file;
use concord::locale::Locale;
use concord::parse::{front_matter, invariants, markdown, Document, FrontMatter};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// fuzz/src/lib.rs `locales()`: the built-in lexicons, then tags that reach a lexicon by
/// fallback or have none.
const OTHER_TAGS: &[&str] = &["zh-hk", "es-mx", "de-at", "fr-ca", "xx-yy", "ar-sa"];

/// Every tag a target picks from, built-in lexicons first.
fn all_tags() -> Vec<&'static str> {
    let mut tags = concord::claims::locales();
    tags.extend(OTHER_TAGS);
    tags
}

/// The inputs of one target, by file name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(
        !out.is_empty(),
        "{}: no inputs (keep at least the corpus-* ones)",
        dir.display()
    );
    out
}

fn en() -> Locale {
    Locale::parse("en-us").unwrap()
}

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(&Default::default()).unwrap())
}

fn doc(locale: &str, name: &str, bytes: &[u8]) -> Document {
    let rel = format!("{locale}/articles/{name}");
    Document::parse(
        source_file(Arc::new(PathBuf::new()), PathBuf::from(&rel), rel),
        bytes,
        &en(),
    )
}

fn check_document(name: &str, d: &Document, bytes: &[u8]) {
    if let Err(e) = invariants::document(d, bytes) {
        panic!("{name}: {e}");
    }
}

#[test]
fn front_matter() {
    for (name, data) in inputs("front_matter") {
        let text = String::from_utf8_lossy(&data);
        let lines = invariants::line_count(text.as_bytes());
        match front_matter::split(&text) {
            Ok(split) => {
                assert!(
                    split.body_line >= 1 && split.body_line <= lines + 1,
                    "{name}"
                );
                if let Some(yaml) = split.yaml {
                    let first = FrontMatter::parse(yaml, split.yaml_line);
                    match &first {
                        Ok(fm) => assert!(
                            fm.lines.values().all(|l| *l >= 1 && *l <= lines),
                            "{name}: key line out of 1..={lines}"
                        ),
                        Err(p) => assert!(p.line >= 1 && p.line <= lines, "{name}: {p:?}"),
                    }
                    assert_eq!(first, FrontMatter::parse(yaml, split.yaml_line), "{name}");
                }
            }
            Err(p) => assert!(p.line >= 1 && p.line <= lines, "{name}: {p:?}"),
        }
    }
}

#[test]
fn markdown_segments() {
    for (name, data) in inputs("markdown_segments") {
        let d = doc("en-us", "x.md", &data);
        check_document(&name, &d, &data);
        assert_eq!(d.segments, doc("en-us", "x.md", &data).segments, "{name}");
        let text = String::from_utf8_lossy(&data);
        let first = 1 + u32::from(data.first().copied().unwrap_or(0) % 8);
        let segs = markdown::segments(&text, first);
        let last = first + invariants::line_count(text.as_bytes()) - 1;
        assert!(segs.windows(2).all(|w| w[0].line <= w[1].line), "{name}");
        for s in &segs {
            assert!(s.line >= first && s.line <= last, "{name}: line {}", s.line);
        }
    }
}

#[test]
fn align() {
    for (name, data) in inputs("align") {
        let docs: Vec<Document> = data
            .split(|&b| b == 0xFF)
            .take(8)
            .enumerate()
            .map(|(i, chunk)| {
                let (pick, body) = chunk.split_first().map_or((0, chunk), |(p, b)| (*p, b));
                let tags = all_tags();
                let locale = tags[usize::from(pick) % tags.len()];
                let d = doc(locale, &format!("x{}.md", i % 3), body);
                check_document(&name, &d, body);
                d
            })
            .collect();
        let a = align::article("x".into(), docs.clone(), &en());
        let b = align::article("x".into(), docs, &en());
        assert_eq!(a.rows, b.rows, "{name}: alignment not deterministic");
        for (d, sections) in a.sections.iter().enumerate() {
            let mut seen = vec![0u32; sections.len()];
            for row in &a.rows {
                assert_eq!(row.cells.len(), a.docs.len(), "{name}");
                if let Some(i) = row.cells[d] {
                    seen[i] += 1;
                }
            }
            assert!(seen.iter().all(|&n| n == 1), "{name}: doc {d}: {seen:?}");
        }
    }
}

/// One `claims` input: the locale byte, then the document.
fn claims_input(name: &str, data: &[u8]) {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let built_in = concord::claims::locales();
    let locale = if pick & 0xE0 == 0xE0 {
        OTHER_TAGS[usize::from(pick) % OTHER_TAGS.len()]
    } else {
        built_in[usize::from(pick) % built_in.len()]
    };
    let ex = extractor();
    let d = doc(locale, "x.md", body);
    check_document(name, &d, body);
    let claims = ex.extract(&d);
    if let Err(e) = invariants::claims(&d, &claims, body) {
        panic!("{name}: {e}");
    }
    assert_eq!(
        claims,
        ex.extract(&d),
        "{name}: extraction not deterministic"
    );
    if let Some(lexicon) = ex.lexicon_for(&d.locale) {
        let text = String::from_utf8_lossy(body);
        let once = ex.sentence_claims(lexicon, &text);
        assert_eq!(once, ex.sentence_claims(lexicon, &text), "{name}");
    }
}

/// The whole pipeline and every output format on the tree each input describes.
#[test]
fn tree() {
    for (name, data) in inputs("tree") {
        if let Err(e) = concord::report::invariants::fuzz_input(&data) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn claims() {
    for (name, data) in inputs("claims") {
        claims_input(&name, &data);
    }
}
