//! `concord articles`: each article, its locales and the aligned section table.

use super::{summaries, Exit};
use crate::cli::PathsArgs;
use anyhow::Result;
use std::io::Write;

pub fn articles(args: &PathsArgs) -> Result<Exit> {
    let articles = summaries(args)?.kept;
    let mut out = std::io::stdout().lock();
    for a in &articles {
        let locales: Vec<&str> = a.docs.iter().map(|d| d.locale.as_str()).collect();
        writeln!(
            out,
            "article {}  ({} locale(s): {})",
            a.key,
            a.docs.len(),
            locales.join(", ")
        )?;
        for d in &a.docs {
            let rev = d.revision.as_deref().map_or("source".to_string(), |r| {
                format!("rev {}", concord::text::short_revision(r))
            });
            writeln!(
                out,
                "  {:<6} {}  [{rev}]",
                d.locale.as_str(),
                concord::report::terminal::join(&a.root, &d.path)
            )?;
        }
        let width = a
            .sections
            .iter()
            .map(|s| s.anchor.len() + s.level as usize)
            .max()
            .unwrap_or(8)
            .clamp(8, 60);
        write!(out, "  {:<width$}", "section")?;
        for l in &locales {
            write!(out, " {l:>7}")?;
        }
        writeln!(out)?;
        for s in &a.sections {
            let name = if s.anchor.is_empty() {
                "(preamble)".to_string()
            } else {
                format!("{} {}", "#".repeat(s.level as usize), s.anchor)
            };
            write!(out, "  {:<width$}", truncate(&name, width))?;
            for c in &s.cells {
                let cell = c
                    .as_ref()
                    .map_or("-".to_string(), |(line, _)| format!("L{line}"));
                write!(out, " {cell:>7}")?;
            }
            writeln!(out)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(super::internal_errors(&articles))
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
