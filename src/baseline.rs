//! Baselines: the findings a project has accepted for now, so that only new ones fail.
//!
//! A finding is remembered by a [`fingerprint`] of its article, locale, code and the
//! normalised text it is about (`Finding::subject`), never its line, so that editing
//! the page above a finding does not bring it back.

use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file format: a version and the accepted findings, sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One accepted finding: its fingerprint and, for people reading the file, where it was.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub code: String,
    pub path: String,
    pub message: String,
}

/// A baseline that cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("cannot read baseline {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a concord baseline: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("cannot write baseline {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// A stable fingerprint of a finding: 16 hex digits of a 64-bit FNV-1a hash of its article,
/// locale, code and normalised subject (white space collapsed; the message when the subject is empty).
pub fn fingerprint(f: &Finding) -> String {
    let subject = if f.subject.is_empty() {
        &f.message
    } else {
        &f.subject
    };
    let subject: String = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    let locale = f.locale.as_ref().map_or("", |l| l.as_str());
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [
        f.article.as_str(),
        locale,
        f.code.as_str(),
        subject.as_str(),
    ] {
        for b in part.bytes().chain(std::iter::once(0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

impl Baseline {
    /// The baseline of these findings.
    pub fn of(findings: &[Finding]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                fingerprint: fingerprint(f),
                code: f.code.clone(),
                path: f.path.clone(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort();
        Baseline {
            version: 1,
            findings: entries,
        }
    }

    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read(path).map_err(|source| BaselineError::Read {
            path: path.into(),
            source,
        })?;
        serde_json::from_slice(&text).map_err(|source| BaselineError::Parse {
            path: path.into(),
            source,
        })
    }

    /// Writes the baseline atomically: a temporary file in the same folder, then a rename.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        crate::report::json::write_file(self, path).map_err(|source| BaselineError::Write {
            path: path.into(),
            source,
        })
    }

    /// Splits findings into (new, baselined). Each baseline entry absorbs at most one finding.
    pub fn split(&self, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Finding>) {
        let mut budget: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &self.findings {
            *budget.entry(e.fingerprint.as_str()).or_default() += 1;
        }
        let (mut new, mut old) = (Vec::new(), Vec::new());
        for f in findings {
            let fp = fingerprint(&f);
            match budget.get_mut(fp.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    old.push(f);
                }
                _ => new.push(f),
            }
        }
        (new, old)
    }
}
