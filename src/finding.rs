//! Findings: what the checks say about the docs. Data, never printed by the library.

use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
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

/// The one order of findings, used everywhere findings are sorted (each article's in the
/// pipeline, every report, the spilling store, `merge`): the [`Finding::sort_key`] (path,
/// line, code, message), then every other field, so the output never depends on the
/// order articles finished in. Triage views put severity first and then this order
/// (`report::by_severity`).
pub fn order(a: &Finding, b: &Finding) -> Ordering {
    a.sort_key().cmp(&b.sort_key()).then_with(|| {
        (
            &a.article, &a.name, &a.locale, &a.claim, &a.help, &a.related, &a.subject, a.severity,
            a.kind, &a.root,
        )
            .cmp(&(
                &b.article, &b.name, &b.locale, &b.claim, &b.help, &b.related, &b.subject,
                b.severity, b.kind, &b.root,
            ))
    })
}

impl Finding {
    /// The first fields of [`order`]: path, line, code, message.
    pub fn sort_key(&self) -> (&str, u32, &str, &str) {
        (&self.path, self.line, &self.code, &self.message)
    }

    /// Keeps the first [`MAX_RELATED`] related locations and counts the rest in one last
    /// entry (`and N more related location(s)`), so that a report grows with the number
    /// of findings, not with the square of the tree. The pipeline applies it to every
    /// finding.
    pub fn cap_related(&mut self) {
        let more = self.related.len().saturating_sub(MAX_RELATED);
        if more == 0 {
            return;
        }
        self.related.truncate(MAX_RELATED);
        self.related.push(Related {
            path: self.path.clone(),
            line: 0,
            locale: None,
            message: format!("and {more} more related location(s)"),
        });
    }
}

/// The most related locations a finding lists (see [`Finding::cap_related`]).
pub const MAX_RELATED: usize = 10;

/// `a, b, c`, or the first [`MAX_RELATED`] items and `and N more`: for messages that
/// name a list whose length the docs decide.
pub fn list_capped<T: fmt::Display>(items: &[T]) -> String {
    let shown: Vec<String> = items.iter().take(MAX_RELATED).map(T::to_string).collect();
    match items.len().saturating_sub(MAX_RELATED) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

// Deserialize for Locale, so reports can be read back (`concord merge`, baselines).
impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Locale, D::Error> {
        let s = String::deserialize(d)?;
        Locale::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a locale tag: {s}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(related: usize) -> Finding {
        Finding {
            code: "CC403".into(),
            name: "duplicate-locfileid".into(),
            kind: Kind::Metadata,
            severity: Severity::Warning,
            path: "fr-fr/a.md".into(),
            line: 3,
            locale: None,
            article: "a.md".into(),
            root: String::new(),
            message: String::new(),
            claim: None,
            help: None,
            related: (0..related)
                .map(|i| Related {
                    path: format!("fr-fr/{i}.md"),
                    line: 1,
                    locale: None,
                    message: String::new(),
                })
                .collect(),
            subject: String::new(),
        }
    }

    #[test]
    fn related_locations_are_capped_with_a_count_of_the_rest() {
        for n in [0, 1, MAX_RELATED] {
            let mut f = finding(n);
            f.cap_related();
            assert_eq!(f, finding(n), "{n} related locations are kept as they are");
        }
        let mut f = finding(2_000);
        f.cap_related();
        assert_eq!(f.related.len(), MAX_RELATED + 1);
        assert_eq!(f.related[MAX_RELATED - 1].path, "fr-fr/9.md");
        assert_eq!(
            f.related[MAX_RELATED].message,
            "and 1990 more related location(s)"
        );
    }

    #[test]
    fn lists_in_messages_are_capped() {
        assert_eq!(list_capped::<&str>(&[]), "");
        assert_eq!(list_capped(&["a", "b"]), "a, b");
        let many: Vec<usize> = (0..12).collect();
        assert_eq!(
            list_capped(&many),
            "0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 2 more"
        );
    }
}
