//! Per-stage benchmarks (divan): parse, segments, align, extract, check, on one article
//! of every locale. The article comes from `$CONCORD_BENCH_DIR` (a tree written by
//! `examples/gen-corpus`, as `scripts/bench.sh` does) or else from a test fixture.
//!
//! `cargo bench --bench stages`
use concord::align;
use concord::checks::{self, ArticleContext};
use concord::claims::Extractor;
use concord::config::Config;
use concord::discover;
use concord::locale::Locale;
use concord::parse::{markdown, Document};
use divan::{black_box, Bencher};
use std::path::PathBuf;

fn main() {
    divan::main();
}

/// (source file, bytes) of every locale of the first article of the bench tree.
fn inputs() -> Vec<(discover::SourceFile, Vec<u8>)> {
    let root = std::env::var_os("CONCORD_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/CC101_section-missing/fires")
        });
    let found = discover::walk(std::slice::from_ref(&root), &Config::default()).expect("walk");
    let first = found.files[0].path_key.clone();
    found
        .files
        .into_iter()
        .filter(|f| f.path_key == first)
        .map(|f| {
            let bytes = std::fs::read(&f.path).expect("read");
            (f, bytes)
        })
        .collect()
}

fn source() -> Locale {
    Locale::parse("en-us").expect("locale")
}

fn docs(inputs: &[(discover::SourceFile, Vec<u8>)]) -> Vec<Document> {
    inputs
        .iter()
        .map(|(f, b)| Document::parse(f.clone(), b, &source()))
        .collect()
}

#[divan::bench]
fn parse(b: Bencher) {
    let inputs = inputs();
    let src = source();
    b.counter(divan::counter::BytesCount::new(
        inputs.iter().map(|i| i.1.len()).sum::<usize>(),
    ))
    .bench(|| {
        inputs
            .iter()
            .map(|(f, bytes)| {
                Document::parse(f.clone(), black_box(bytes), &src)
                    .segments
                    .len()
            })
            .sum::<usize>()
    });
}

#[divan::bench]
fn segments(b: Bencher) {
    let texts: Vec<String> = inputs()
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect();
    b.counter(divan::counter::BytesCount::new(
        texts.iter().map(String::len).sum::<usize>(),
    ))
    .bench(|| {
        texts
            .iter()
            .map(|t| markdown::segments(black_box(t), 1).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn align(b: Bencher) {
    let docs = docs(&inputs());
    let src = source();
    b.bench(|| {
        align::article("bench".into(), black_box(docs.clone()), &src)
            .rows
            .len()
    });
}

#[divan::bench]
fn extract(b: Bencher) {
    let docs = docs(&inputs());
    let extractor = Extractor::new(&Default::default()).expect("lexicons");
    b.bench(|| {
        docs.iter()
            .map(|d| extractor.extract(black_box(d)).len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn check(b: Bencher) {
    let article = align::article("bench".into(), docs(&inputs()), &source());
    let extractor = Extractor::new(&Default::default()).expect("lexicons");
    let claims: Vec<_> = article.docs.iter().map(|d| extractor.extract(d)).collect();
    let config = Config::default();
    let registry = checks::registry();
    let root = article.docs[0].file.root.as_ref().clone();
    let files = concord::discover::FileList::from_rels(
        root,
        article.docs.iter().map(|d| d.file.rel.clone()),
    );
    let index = concord::index::RootIndex::build(files, &source());
    b.bench(|| {
        let cx = ArticleContext::new(&article, &claims, &config, &index);
        registry
            .iter()
            .map(|c| c.check(black_box(&cx)).len())
            .sum::<usize>()
    });
}
