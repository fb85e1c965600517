//! Which findings a report shows: `--select`/`--ignore` (codes, code prefixes, names,
//! categories, kinds) and `--min-severity`, as ruff and Vale let users narrow a run.

use crate::checks::selection;
use crate::finding::{Finding, Severity};

/// A selection of findings. The default keeps everything.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// When not empty, only findings matching one of these.
    pub select: Vec<String>,
    /// Findings matching one of these are dropped (wins over `select`).
    pub ignore: Vec<String>,
    /// Findings below this are dropped.
    pub min_severity: Option<Severity>,
}

/// A `--select`/`--ignore` value that names no check, category or kind.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not a check code, code prefix, check name, category or kind; `concord checks` lists them")]
pub struct UnknownSelector(pub String);

impl Filter {
    /// Checks that every selector names something, so a typo is not a silent no-op.
    pub fn validate(&self) -> Result<(), UnknownSelector> {
        match selection::unknown(self.select.iter().chain(&self.ignore)) {
            Some(s) => Err(UnknownSelector(s.clone())),
            None => Ok(()),
        }
    }

    /// Whether the report shows this finding.
    pub fn keeps(&self, f: &Finding) -> bool {
        if self.min_severity.is_some_and(|min| f.severity < min) {
            return false;
        }
        let Some(meta) = selection::meta_of(&f.code) else {
            return self.select.is_empty();
        };
        let hit = |s: &String| selection::names(s, meta);
        (self.select.is_empty() || self.select.iter().any(hit)) && !self.ignore.iter().any(hit)
    }

    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        self.select.is_empty() && self.ignore.is_empty() && self.min_severity.is_none()
    }
}

/// The category of a check code (`structure` for `CC101`), from the registry.
pub fn category_of(code: &str) -> &'static str {
    selection::meta_of(code).map_or("other", |m| m.category())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_selector_is_an_error_and_selectors_narrow_findings() {
        let f = Filter {
            select: vec!["nope".into()],
            ..Filter::default()
        };
        assert!(f.validate().is_err());
        let f = Filter {
            select: vec!["structure".into()],
            ignore: vec!["CC113".into()],
            ..Filter::default()
        };
        assert!(f.validate().is_ok());
        let finding = |code: &str| Finding {
            code: code.into(),
            name: String::new(),
            kind: crate::finding::Kind::Structure,
            severity: Severity::Warning,
            path: "a.md".into(),
            line: 1,
            locale: None,
            article: "a".into(),
            message: String::new(),
            claim: None,
            help: None,
            related: Vec::new(),
            subject: String::new(),
            root: String::new(),
        };
        assert!(f.keeps(&finding("CC101")));
        assert!(!f.keeps(&finding("CC113")));
        assert!(!f.keeps(&finding("CC301")));
    }
}
