//! `concord explain CODE`: the documentation of one check.

use super::Exit;
use anyhow::{bail, Result};
use concord::checks;
use std::io::Write;

pub fn explain(code: &str) -> Result<Exit> {
    let Some(check) = checks::find(code) else {
        bail!("no check `{code}`; `concord checks` lists them");
    };
    let mut out = std::io::stdout().lock();
    concord::report::explain(check.meta(), &mut out)?;
    out.flush()?;
    Ok(Exit::Clean)
}
