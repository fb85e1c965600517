//! Test support for the claim checks: articles built from Markdown text, and claims
//! built by hand at a line of a document (the extractor is not involved).

use super::{ArticleContext, Check};
use crate::align::{self, Article};
use crate::claims::{Claim, ClaimId, Polarity};
use crate::config::Config;
use crate::discover;
use crate::finding::Finding;
use crate::locale::Locale;
use crate::parse::Document;
use std::path::PathBuf;
use std::sync::Arc;

/// A claim to place at a line: (line, id, polarity, value).
pub(crate) type Spec = (u32, ClaimId, Polarity, Option<&'static str>);

pub(crate) fn asserted(line: u32, id: ClaimId) -> Spec {
    (line, id, Polarity::Asserted, None)
}

pub(crate) fn negated(line: u32, id: ClaimId) -> Spec {
    (line, id, Polarity::Negated, None)
}

pub(crate) fn valued(line: u32, id: ClaimId, value: &'static str) -> Spec {
    (line, id, Polarity::Asserted, Some(value))
}

/// One file of an article: its path under the root, its text, and its claims.
pub(crate) struct File {
    pub rel: &'static str,
    pub text: String,
    pub claims: Vec<Spec>,
}

pub(crate) fn file(rel: &'static str, text: impl Into<String>, claims: Vec<Spec>) -> File {
    File {
        rel,
        text: text.into(),
        claims,
    }
}

/// Builds the article of `files` (sorted by locale, as the pipeline does) and the claims
/// of each document in that order. A claim's segment is the one that starts at its line.
pub(crate) fn article(files: &[File]) -> (Article, Vec<Vec<Claim>>) {
    let source = Locale::parse("en-us").expect("locale");
    let root = Arc::new(PathBuf::from("/fixture"));
    let docs = files
        .iter()
        .map(|f| {
            let sf = discover::source_file(root.clone(), root.join(f.rel), f.rel.to_string());
            Document::parse(sf, f.text.as_bytes(), &source)
        })
        .collect();
    let art = align::article("article".into(), docs, &source);
    let claims = art
        .docs
        .iter()
        .map(|doc| {
            let specs = &files
                .iter()
                .find(|f| f.rel == doc.file.rel)
                .expect("file")
                .claims;
            specs
                .iter()
                .map(|&(line, id, polarity, value)| {
                    let segment = doc
                        .segments
                        .iter()
                        .position(|s| s.line == line)
                        .unwrap_or_else(|| panic!("{}: no segment at line {line}", doc.file.rel));
                    let text = doc.segments[segment].text.clone();
                    Claim {
                        id,
                        polarity,
                        value: value.map(Into::into),
                        line,
                        text,
                        segment,
                        outside: false,
                    }
                })
                .collect()
        })
        .collect();
    (art, claims)
}

/// Runs one check on the article of `files`.
pub(crate) fn run(check: &dyn Check, files: &[File]) -> Vec<Finding> {
    let (article, claims) = article(files);
    let config = Config::default();
    check.check(&ArticleContext::new(
        &article,
        &claims,
        &config,
        &crate::index::RootIndex::default(),
    ))
}

/// Runs one check on the article of `files` as the pipeline does: with the claims the
/// built-in lexicons read (the files' hand-made claims are ignored) and that claim reader
/// in the context.
pub(crate) fn run_extracted(check: &dyn Check, files: &[File]) -> Vec<Finding> {
    let (article, _) = article(files);
    let ex = crate::claims::Extractor::new(&Default::default()).expect("built-in lexicons");
    let claims: Vec<Vec<Claim>> = article.docs.iter().map(|d| ex.extract(d)).collect();
    let config = Config::default();
    check.check(
        &ArticleContext::new(
            &article,
            &claims,
            &config,
            &crate::index::RootIndex::default(),
        )
        .with_extractor(&ex),
    )
}

/// Lines of the three paragraphs of a [`page`].
pub(crate) const P1: u32 = 10;
pub(crate) const P2: u32 = 12;
pub(crate) const P3: u32 = 16;

/// A page with three front matter keys (`ms.service`, then `ms.subservice` or a filler,
/// then `ms.openlocfilehash` or a filler), an H1, two sections and three paragraphs at
/// lines [`P1`], [`P2`] (section `overview`) and [`P3`] (section `next-steps`).
pub(crate) fn page(
    service: &str,
    subservice: Option<&str>,
    hash: Option<&str>,
    paragraphs: [&str; 3],
) -> String {
    let sub = subservice.map_or("ms.topic: conceptual".to_string(), |s| {
        format!("ms.subservice: {s}")
    });
    let hash = hash.map_or("ms.date: 01/01/2021".to_string(), |h| {
        format!("ms.openlocfilehash: {h}")
    });
    let [p1, p2, p3] = paragraphs;
    format!(
        "---\nms.service: {service}\n{sub}\n{hash}\n---\n# <a name=\"cmk\"></a>Keys\n\n## <a name=\"overview\"></a>Overview\n\n{p1}\n\n{p2}\n\n## <a name=\"next-steps\"></a>Next\n\n{p3}\n"
    )
}

#[test]
fn page_puts_paragraphs_at_their_lines() {
    let (art, _) = article(&[file(
        "fr-fr/a.md",
        page("iot-dps", None, None, ["one", "two", "three"]),
        vec![],
    )]);
    let lines: Vec<(u32, &str)> = art.docs[0]
        .segments
        .iter()
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    assert!(
        lines.contains(&(P1, "one"))
            && lines.contains(&(P2, "two"))
            && lines.contains(&(P3, "three")),
        "{lines:?}"
    );
}
