//! `concord model`: the canonical CMK behaviour model and its service profiles.

use super::Exit;
use anyhow::Result;
use std::io::Write;

pub fn model() -> Result<Exit> {
    let mut out = std::io::stdout().lock();
    write!(out, "{}", concord::model::Model::canonical().render())?;
    out.flush()?;
    Ok(Exit::Clean)
}
