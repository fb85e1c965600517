//! `--format json`: the contract of shared/claims.md.

use super::{ArticleSummary, CheckReport, Report};
use serde::Serialize;
use std::io;

/// `{"findings": [...], "summary": {...}}`.
pub struct Json;

impl Report for Json {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        writeln!(out)
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
    serde_json::to_writer_pretty(&mut *out, &ClaimsJson { documents })?;
    writeln!(out)
}
