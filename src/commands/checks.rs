//! `concord checks`: every check with its code, name, category and severity.

use super::Exit;
use anyhow::Result;
use concord::checks;
use std::io::Write;

pub fn list_checks() -> Result<Exit> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<6} {:<32} {:<16} {:<20} severity",
        "code", "name", "category", "kind"
    )?;
    for c in checks::registry() {
        let m = c.meta();
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
    Ok(Exit::Clean)
}
