//! The invariants of a whole run, in one place for the harnesses that run concord on
//! generated locale-root trees: the property tests (`tests/properties.rs`), the fuzz
//! target `tree` (`fuzz/`) and the replay of its kept inputs
//! (`tests/fuzz_regressions.rs`). A tree is one article in 1 to 8 locales, with arbitrary
//! front matter values under every key concord reads, and an arbitrary body.

use super::store::{self, FindingStore};
use super::{github, html, json, junit, sarif, terminal, ArticleSummary, CheckReport, Report};
use crate::finding::{Severity, MAX_RELATED};
use std::path::Path;

/// Every front matter key concord reads (`parse::front_matter`), plus one it does not.
pub const KEYS: &[&str] = &[
    "title",
    "description",
    "author",
    "ms.author",
    "ms.service",
    "ms.subservice",
    "ms.topic",
    "ms.date",
    "ms.openlocfilehash",
    "ms.sourcegitcommit",
    "ms.translationtype",
    "ms.contentlocale",
    "ms.lasthandoff",
    "ms.locfileid",
];

/// Locale folders a generated tree picks from: the source locale, locales with a
/// lexicon, one that reaches a lexicon by fallback and one with none.
pub const LOCALES: &[&str] = &[
    "en-us", "fr-fr", "de-de", "ja-jp", "zh-cn", "ru-ru", "es-mx", "xx-yy",
];

/// One page of the article: its locale folder, front matter (key, value as written in
/// the YAML, so `[1, 2]` is a list) and body.
#[derive(Clone, Debug)]
pub struct Page {
    pub locale: &'static str,
    pub front: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Page {
    /// The file's bytes: `---`, one `key: value` line a key, `---`, the body.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = b"---\n".to_vec();
        for (key, value) in &self.front {
            out.extend_from_slice(format!("{key}: {value}\n").as_bytes());
        }
        out.extend_from_slice(b"---\n");
        out.extend_from_slice(&self.body);
        out
    }
}

/// The pages a fuzz input describes: up to 8 chunks cut at 0xFF bytes, one page each (a
/// locale already taken is skipped). In a chunk, pieces cut at 0xFE: the first byte of
/// the first piece picks the locale and its second byte, bit k, makes the value of key
/// k huge (repeated to some 100 kB); the next pieces are the values of [`KEYS`] in
/// order (lossy UTF-8; a missing piece leaves the key out); the last piece is the body.
pub fn pages_from_bytes(data: &[u8]) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::new();
    for chunk in data.split(|&b| b == 0xFF).take(8) {
        let mut pieces: Vec<&[u8]> = chunk.split(|&b| b == 0xFE).collect();
        let body = if pieces.len() > 1 {
            pieces.pop().unwrap_or_default().to_vec()
        } else {
            Vec::new()
        };
        let head = pieces.first().copied().unwrap_or_default();
        let pick = usize::from(head.first().copied().unwrap_or(0));
        let huge = u32::from(head.get(1).copied().unwrap_or(0));
        let locale = LOCALES
            .get(pick % LOCALES.len())
            .copied()
            .unwrap_or("en-us");
        if pages.iter().any(|p| p.locale == locale) {
            continue;
        }
        let front = KEYS
            .iter()
            .zip(pieces.iter().skip(1))
            .enumerate()
            .map(|(k, (key, value))| {
                let value = String::from_utf8_lossy(value);
                let value = if huge & (1 << (k % 8)) != 0 && !value.is_empty() {
                    value.repeat(100_000 / value.len() + 1)
                } else {
                    value.into_owned()
                };
                (*key, value)
            })
            .collect();
        pages.push(Page {
            locale,
            front,
            body,
        });
    }
    pages
}

/// Writes the pages under `root` as `{locale}/articles/page.md`.
pub fn write(root: &Path, pages: &[Page]) -> std::io::Result<()> {
    for p in pages {
        let dir = root.join(p.locale).join("articles");
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("page.md"), p.bytes())?;
    }
    Ok(())
}

/// One input of the fuzz target `tree`: its pages ([`pages_from_bytes`]) written to a
/// temporary folder and run through [`whole_run`].
pub fn fuzz_input(data: &[u8]) -> Result<(), String> {
    let pages = pages_from_bytes(data);
    let tmp = tempfile::tempdir().map_err(|e| format!("temporary folder: {e}"))?;
    write(tmp.path(), &pages).map_err(|e| format!("writing the tree: {e}"))?;
    whole_run(tmp.path(), pages.len())
}

/// Runs the whole pipeline on the tree at `root` (which holds `files` docs files) and
/// renders every output format: nothing panics (a panic the pipeline caught is a CC007
/// finding, so there is none), every file is counted, no finding lists more than
/// [`MAX_RELATED`] related locations (plus the `and N more` entry), every format
/// renders, the JSON report reads back as the findings, and the streamed JSON report
/// (`check --format json`) is the same text as the in-memory one.
pub fn whole_run(root: &Path, files: usize) -> Result<(), String> {
    let roots = [root.to_path_buf()];
    let out = match crate::run(&roots, &crate::Options::default(), |o| {
        (
            ArticleSummary::of(o, "docs"),
            html::ArticleText::of(o, "docs"),
        )
    }) {
        Ok(out) => out,
        // A tree without docs is said as an error, not an empty report.
        Err(crate::RunError::NoDocs { .. }) if files == 0 => return Ok(()),
        Err(e) => return Err(format!("the run failed: {e}")),
    };
    let (articles, texts): (Vec<_>, Vec<_>) = out.articles.into_iter().unzip();
    let walk = out.walk_findings.into_iter().map(|(_, f)| f).collect();
    let report = CheckReport::new(articles, walk, out.files);
    if report.summary.files != files {
        return Err(format!(
            "{} file(s) counted of {files}",
            report.summary.files
        ));
    }
    for f in &report.findings {
        if f.code == crate::checks::INTERNAL_ERROR.code {
            return Err(format!("a stage panicked: {}", f.message));
        }
        if f.related.len() > MAX_RELATED + 1 {
            return Err(format!("{} related locations", f.related.len()));
        }
        crate::baseline::fingerprint(f);
    }
    let page = html::Html {
        texts,
        title: "concord".into(),
    };
    let formats: [(&str, &dyn Report); 9] = [
        ("terminal", &terminal::Terminal::default()),
        (
            "terminal (color)",
            &terminal::Terminal {
                color: true,
                limit: None,
                ..terminal::Terminal::default()
            },
        ),
        ("json", &json::Json),
        ("sarif", &sarif::Sarif::default()),
        ("github", &github::Github::default()),
        ("github summary", &github::Summary::default()),
        (
            "junit",
            &junit::Junit {
                gate: Severity::Warning,
            },
        ),
        (
            "junit (info)",
            &junit::Junit {
                gate: Severity::Info,
            },
        ),
        ("html", &page),
    ];
    let mut rendered = Vec::new();
    for (name, format) in formats {
        let mut buf = Vec::new();
        format
            .render(&report, &mut buf)
            .map_err(|e| format!("{name}: {e}"))?;
        // Workflow commands are one line a finding: none for a clean tree.
        if buf.is_empty() && name != "github" {
            return Err(format!("{name}: nothing rendered"));
        }
        rendered.push((name, buf));
    }
    let whole = rendered
        .iter()
        .find(|(name, _)| *name == "json")
        .map(|(_, buf)| buf.as_slice())
        .unwrap_or_default();
    let back: super::ReportFile =
        serde_json::from_slice(whole).map_err(|e| format!("json does not read back: {e}"))?;
    if back.findings != report.findings || back.summary != report.summary {
        return Err("json reads back as other findings".into());
    }
    let mut spill = FindingStore::new(4_096);
    for f in &report.findings {
        spill.push(f.clone()).map_err(|e| format!("spill: {e}"))?;
    }
    let mut summary = spill.summary().clone();
    summary.files = report.summary.files;
    summary.articles = report.summary.articles;
    let mut streamed = Vec::new();
    store::render_json(spill.into_sorted(), &summary, &mut streamed)
        .map_err(|e| format!("streamed json: {e}"))?;
    if streamed != whole {
        return Err("the streamed JSON report differs from the in-memory one".into());
    }
    Ok(())
}
