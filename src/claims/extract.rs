//! Placeholder extractor: replaced by the lexicon-driven extractor (issue 3).

use super::Claim;
use crate::parse::Document;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Reads claims out of documents with per-locale lexicons.
#[derive(Debug, Default)]
pub struct Extractor {}

/// A lexicon that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct LexiconError {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl Extractor {
    /// The built-in lexicons, with user overrides (locale -> lexicon file) applied.
    pub fn new(_overrides: &BTreeMap<String, PathBuf>) -> Result<Extractor, LexiconError> {
        Ok(Extractor {})
    }

    /// Every claim of one document, in line order.
    pub fn extract(&self, _doc: &Document) -> Vec<Claim> {
        Vec::new()
    }
}
