//! `concord checks`: every check with its code, name, category and severity.

use super::Exit;
use anyhow::Result;
use concord::checks;
use std::io::Write;

pub fn list_checks() -> Result<Exit> {
    let registry = checks::registry();
    let metas: Vec<&checks::CheckMeta> = registry.iter().map(|c| c.meta()).collect();
    let mut out = std::io::stdout().lock();
    concord::report::checks_table(&metas, &mut out)?;
    out.flush()?;
    Ok(Exit::Clean)
}
