//! `concord explain CODE`: the documentation of one check.

use super::Exit;
use anyhow::{bail, Result};
use concord::checks;
use std::io::Write;

pub fn explain(code: &str) -> Result<Exit> {
    let Some(check) = checks::find(code) else {
        bail!("no check `{code}`; `concord checks` lists them");
    };
    let m = check.meta();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} {} ({}, {}, default severity {})\n",
        m.code,
        m.name,
        m.category(),
        m.kind.as_str(),
        m.severity
    )?;
    writeln!(
        out,
        "{}",
        m.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
    )?;
    Ok(Exit::Clean)
}
