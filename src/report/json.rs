//! `--format json`: the contract of shared/claims.md; and the one JSON writer every
//! JSON concord writes goes through (reports, claims, SARIF, baselines, the streamed
//! report, and the spilling store's temporary runs).

use super::{ArticleSummary, CheckReport, Report};
use serde::Serialize;
use std::io;
use std::path::Path;

/// Writes `value` as concord writes every JSON document: pretty-printed (two-space
/// indent), UTF-8, with a final newline.
pub fn write<T: Serialize + ?Sized>(value: &T, out: &mut dyn io::Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Writes `value` as one compact line (JSON Lines), for machine-only temporary files.
pub fn write_line<T: Serialize + ?Sized>(value: &T, out: &mut dyn io::Write) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// Writes `value` with [`write`] to the file at `path`, atomically (see
/// [`super::write_atomic`]).
pub fn write_file<T: Serialize + ?Sized>(value: &T, path: &Path) -> io::Result<()> {
    super::write_atomic(path, |out| write(value, out))
}

/// `{"findings": [...], "summary": {...}}`.
pub struct Json;

impl Report for Json {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        write(report, out)
    }
}

#[derive(Serialize)]
struct ClaimsJson<'a> {
    documents: Vec<DocClaims<'a>>,
}

#[derive(Serialize)]
struct DocClaims<'a> {
    path: &'a str,
    locale: &'a crate::locale::Locale,
    article: &'a str,
    claims: &'a [crate::claims::Claim],
}

/// `claims --format json`: `{"documents": [{path, locale, article, claims: [...]}]}`,
/// documents sorted by path.
pub fn render_claims(articles: &[ArticleSummary], out: &mut dyn io::Write) -> io::Result<()> {
    let mut documents: Vec<DocClaims<'_>> = articles
        .iter()
        .flat_map(|a| {
            a.docs.iter().map(move |d| DocClaims {
                path: &d.path,
                locale: &d.locale,
                article: &a.key,
                claims: &d.claims,
            })
        })
        .collect();
    documents.sort_by(|a, b| a.path.cmp(b.path));
    write(&ClaimsJson { documents }, out)
}
