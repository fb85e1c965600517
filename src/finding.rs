//! Findings: what the checks say about the docs. Data, never printed by the library.

use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How bad a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a finding, as the JSON contract names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Input,
    Structure,
    ModelContradiction,
    LocaleDivergence,
    Metadata,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Input => "input",
            Kind::Structure => "structure",
            Kind::ModelContradiction => "model-contradiction",
            Kind::LocaleDivergence => "locale-divergence",
            Kind::Metadata => "metadata",
        }
    }
}

/// The same place in another locale (or another file) that a finding relates to.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Related {
    pub path: String,
    pub line: u32,
    pub locale: Option<Locale>,
    /// What is there (the aligned sentence, heading, or value).
    pub message: String,
}

/// One problem found in the docs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    pub name: String,
    pub kind: Kind,
    pub severity: Severity,
    /// Path relative to the checked root.
    pub path: String,
    /// 1-based line in the file as stored (0 when the finding is about the whole file).
    pub line: u32,
    pub locale: Option<Locale>,
    /// The article key (all locales of one page share it).
    pub article: String,
    pub message: String,
    /// The claim id, for claim findings.
    pub claim: Option<String>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// The text the finding is about, normalised; part of the baseline fingerprint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// The root `path` is relative to, as given on the command line (set by the binary;
    /// empty inside the library).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub root: String,
}

impl Finding {
    /// The order reports use: path, line, code, message.
    pub fn sort_key(&self) -> (&str, u32, &str, &str) {
        (&self.path, self.line, &self.code, &self.message)
    }
}

// Deserialize for Locale, so reports can be read back (`concord merge`, baselines).
impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Locale, D::Error> {
        let s = String::deserialize(d)?;
        Locale::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a locale tag: {s}")))
    }
}
