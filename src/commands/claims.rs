//! `concord claims`: the claims read from each document.

use super::{summaries, Exit};
use crate::cli::{ClaimsArgs, ClaimsFormat};
use anyhow::Result;
use concord::report::json;
use std::io::Write;

pub fn claims(args: &ClaimsArgs) -> Result<Exit> {
    let articles = summaries(&args.paths)?.kept;
    let mut out = std::io::stdout().lock();
    match args.format {
        ClaimsFormat::Json => json::render_claims(&articles, &mut out)?,
        ClaimsFormat::Human => {
            let mut docs: Vec<_> = articles
                .iter()
                .flat_map(|a| a.docs.iter().map(move |d| (a, d)))
                .collect();
            docs.sort_by(|a, b| a.1.path.cmp(&b.1.path));
            for (a, d) in docs {
                writeln!(
                    out,
                    "{} [{}] ({} claims)",
                    concord::report::terminal::join(&a.root, &d.path),
                    d.locale,
                    d.claims.len()
                )?;
                let mut last = None;
                for c in &d.claims {
                    if last != Some((&c.text, c.line)) {
                        writeln!(out, "  {}: {}", c.line, c.text)?;
                        last = Some((&c.text, c.line));
                    }
                    let value = c
                        .value
                        .as_deref()
                        .map_or(String::new(), |v| format!(" = {v}"));
                    writeln!(out, "      -> {} ({}){value}", c.id, c.polarity.as_str())?;
                }
            }
        }
    }
    out.flush()?;
    Ok(super::internal_errors(&articles))
}
