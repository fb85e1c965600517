//! Stage 6: what a run found, in a shape every output format renders from.
//!
//! The library renders into any `io::Write`; only the binary decides where it goes.

pub mod filter;
pub mod github;
pub mod html;
pub mod invariants;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod store;
pub mod terminal;

use crate::finding::{Finding, Severity};
use crate::locale::Locale;
use crate::pipeline::ArticleOutcome;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

pub use crate::finding::order;
pub use filter::Filter;

/// The order of triage (terminal, annotations, capped outputs): most severe first, then
/// the report's [`order`] (path, line, code, message, ...).
pub fn by_severity(a: &Finding, b: &Finding) -> Ordering {
    b.severity.cmp(&a.severity).then_with(|| order(a, b))
}

/// What one article contributes to a report (small: no document text).
#[derive(Clone, Debug, Serialize)]
pub struct ArticleSummary {
    pub key: String,
    /// The root the article was found under, as given on the command line.
    pub root: String,
    pub docs: Vec<DocSummary>,
    /// The aligned section table: anchor, level, and per document its heading.
    pub sections: Vec<SectionSummary>,
    pub findings: Vec<Finding>,
}

/// One document of an article.
#[derive(Clone, Debug, Serialize)]
pub struct DocSummary {
    pub path: String,
    pub locale: Locale,
    pub service: Option<String>,
    /// `ms.openlocfilehash`: the source revision the translation was made from.
    pub revision: Option<String>,
    pub date: Option<String>,
    pub claims: Vec<crate::claims::Claim>,
}

/// One aligned section row.
#[derive(Clone, Debug, Serialize)]
pub struct SectionSummary {
    pub anchor: String,
    pub level: u8,
    /// Per document (order of `docs`): the heading's line and text, if it has the section.
    pub cells: Vec<Option<(u32, String)>>,
}

impl ArticleSummary {
    /// Keeps what reports need of one processed article.
    pub fn of(outcome: &ArticleOutcome<'_>, root: &str) -> ArticleSummary {
        let art = outcome.article;
        let docs = art
            .docs
            .iter()
            .zip(outcome.claims)
            .map(|(d, claims)| DocSummary {
                path: d.file.rel.clone(),
                locale: d.locale.clone(),
                service: d.front.service.clone(),
                revision: d.front.open_loc_file_hash.clone(),
                date: d.front.date.clone(),
                // the page's own claims: not what it says of client-side encryption
                claims: claims.iter().filter(|c| !c.outside).cloned().collect(),
            })
            .collect();
        let sections = art
            .rows
            .iter()
            .map(|row| SectionSummary {
                anchor: row.anchor.clone(),
                level: row.level,
                cells: row
                    .cells
                    .iter()
                    .enumerate()
                    .map(|(d, c)| {
                        let s = &art.sections[d][(*c)?];
                        let line = s.heading.map_or(
                            art.docs[d]
                                .segments
                                .get(s.body.start)
                                .map_or(0, |seg| seg.line),
                            |h| art.docs[d].segments[h].line,
                        );
                        Some((line, s.title.clone()))
                    })
                    .collect(),
            })
            .collect();
        ArticleSummary {
            key: art.key.clone(),
            root: root.to_string(),
            docs,
            sections,
            findings: rooted(outcome.findings, root),
        }
    }
}

/// The findings of an article, each with the root its path is relative to.
pub fn rooted(findings: &[Finding], root: &str) -> Vec<Finding> {
    findings
        .iter()
        .map(|f| Finding {
            root: root.to_string(),
            ..f.clone()
        })
        .collect()
}

impl ArticleSummary {
    /// Only what a check report needs: the key, the root and the findings (no claims, no
    /// section table), so a run over a big tree keeps little per article.
    pub fn findings_only(outcome: &ArticleOutcome<'_>, root: &str) -> ArticleSummary {
        ArticleSummary {
            key: outcome.article.key.clone(),
            root: root.to_string(),
            docs: Vec::new(),
            sections: Vec::new(),
            findings: rooted(outcome.findings, root),
        }
    }
}

/// Totals of a check run.
#[derive(Clone, Debug, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub articles: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub by_code: BTreeMap<String, usize>,
    pub by_kind: BTreeMap<String, usize>,
    /// What the run said about how it read the roots (grouped locale folders, a source
    /// locale never seen), once each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A check report as `--format json` writes it, read back (`concord merge`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct ReportFile {
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

/// A whole check run, ready to render.
#[derive(Clone, Debug, Serialize)]
pub struct CheckReport {
    pub findings: Vec<Finding>,
    pub summary: Summary,
    #[serde(skip)]
    pub articles: Vec<ArticleSummary>,
}

impl CheckReport {
    /// Builds the report: findings of every article plus walk findings, sorted.
    pub fn new(
        articles: Vec<ArticleSummary>,
        walk_findings: Vec<Finding>,
        files: usize,
    ) -> CheckReport {
        let mut findings: Vec<Finding> = walk_findings;
        findings.extend(articles.iter().flat_map(|a| a.findings.iter().cloned()));
        findings.sort_by(order);
        let summary = Summary::of(&findings, files, articles.len());
        CheckReport {
            findings,
            summary,
            articles,
        }
    }

    /// Combines the JSON reports of several runs (e.g. `--shard K/N` jobs) into one:
    /// every finding of every report (two equal findings of one run stay two), sorted as
    /// a single run sorts them, counts re-derived, files and articles summed. A report
    /// given twice counts once.
    pub fn merge(mut parts: Vec<ReportFile>) -> CheckReport {
        let mut unique: Vec<ReportFile> = Vec::with_capacity(parts.len());
        for p in parts.drain(..) {
            if !unique.contains(&p) {
                unique.push(p);
            }
        }
        let parts = unique;
        let files = parts.iter().map(|p| p.summary.files).sum();
        let articles = parts.iter().map(|p| p.summary.articles).sum();
        let mut notes: Vec<String> = Vec::new();
        for note in parts.iter().flat_map(|p| &p.summary.notes) {
            if !notes.contains(note) {
                notes.push(note.clone());
            }
        }
        let mut findings: Vec<Finding> = parts.into_iter().flat_map(|p| p.findings).collect();
        findings.sort_by(order);
        let mut summary = Summary::of(&findings, files, articles);
        summary.notes = notes;
        CheckReport {
            findings,
            summary,
            articles: Vec::new(),
        }
    }

    /// Keeps only the findings the filter keeps; the counts follow.
    pub fn retain(&mut self, filter: &Filter) {
        if filter.is_empty() {
            return;
        }
        self.findings.retain(|f| filter.keeps(f));
        for a in &mut self.articles {
            a.findings.retain(|f| filter.keeps(f));
        }
        self.summary = Summary {
            notes: std::mem::take(&mut self.summary.notes),
            ..Summary::of(&self.findings, self.summary.files, self.summary.articles)
        };
    }

    /// Whether any finding is at or above the gate.
    pub fn fails(&self, gate: Severity) -> bool {
        self.findings.iter().any(|f| f.severity >= gate)
    }
}

impl Summary {
    pub fn of(findings: &[Finding], files: usize, articles: usize) -> Summary {
        let mut s = Summary {
            files,
            articles,
            findings: findings.len(),
            ..Summary::default()
        };
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
            *s.by_code.entry(f.code.clone()).or_default() += 1;
            *s.by_kind.entry(f.kind.as_str().to_string()).or_default() += 1;
        }
        s
    }
}

/// An output format.
pub trait Report {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()>;
}

/// Writes a file atomically: `render` writes into a temporary file in the same folder,
/// which is then renamed over `path` (a reader never sees half a report, and a failed
/// run leaves the old file). The folder is created if missing.
pub fn write_atomic(
    path: &Path,
    render: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut w = io::BufWriter::new(tmp.as_file_mut());
        render(&mut w)?;
        w.flush()?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The table of checks `concord checks` prints (every check) and `concord explain` heads
/// its page with (one check): code, name, category, kind, default severity.
pub fn checks_table(
    metas: &[&crate::checks::CheckMeta],
    out: &mut dyn io::Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{:<6} {:<32} {:<16} {:<20} severity",
        "code", "name", "category", "kind"
    )?;
    for m in metas {
        writeln!(
            out,
            "{:<6} {:<32} {:<16} {:<20} {}",
            m.code,
            m.name,
            m.category(),
            m.kind.as_str(),
            m.severity
        )?;
    }
    Ok(())
}

/// A check's documentation as `concord explain` prints it: the check's row of
/// [`checks_table`], then its doc comment.
pub fn explain(meta: &crate::checks::CheckMeta, out: &mut dyn io::Write) -> io::Result<()> {
    checks_table(&[meta], out)?;
    writeln!(out)?;
    let doc: Vec<&str> = meta
        .doc
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    writeln!(out, "{}", doc.join("\n").trim_end())
}
