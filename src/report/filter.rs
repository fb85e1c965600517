//! Which findings a report shows: `--select`/`--ignore` (codes, code prefixes, names,
//! categories, kinds) and `--min-severity`, as ruff and Vale let users narrow a run.

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
        let registry = crate::checks::registry();
        for s in self.select.iter().chain(&self.ignore) {
            let known = registry.iter().any(|c| {
                let m = c.meta();
                matches(s, m.code, m.name, m.category(), m.kind.as_str())
            });
            if !known {
                return Err(UnknownSelector(s.clone()));
            }
        }
        Ok(())
    }

    /// Whether the report shows this finding.
    pub fn keeps(&self, f: &Finding) -> bool {
        if self.min_severity.is_some_and(|min| f.severity < min) {
            return false;
        }
        let category = category_of(&f.code);
        let hit = |s: &String| matches(s, &f.code, &f.name, category, f.kind.as_str());
        (self.select.is_empty() || self.select.iter().any(hit)) && !self.ignore.iter().any(hit)
    }

    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        self.select.is_empty() && self.ignore.is_empty() && self.min_severity.is_none()
    }
}

/// The category of a check code (`structure` for `CC101`), from the registry.
pub fn category_of(code: &str) -> &'static str {
    static CATEGORIES: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    CATEGORIES
        .get_or_init(|| {
            crate::checks::registry()
                .iter()
                .map(|c| (c.meta().code, c.meta().category()))
                .collect()
        })
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("other", |(_, category)| category)
}

/// `CC101`, `cc1` (a prefix of the code), `section-missing`, `structure` (a category) or
/// `model-contradiction` (a kind), case-insensitively; `ALL` matches everything.
fn matches(selector: &str, code: &str, name: &str, category: &str, kind: &str) -> bool {
    let s = selector.trim();
    s.eq_ignore_ascii_case("all")
        || (s.len() >= 2
            && code
                .get(..s.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(s)))
        || s.eq_ignore_ascii_case(name)
        || s.eq_ignore_ascii_case(category)
        || s.eq_ignore_ascii_case(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_match_codes_prefixes_names_categories_and_kinds() {
        for s in ["CC101", "cc1", "CC", "section-missing", "structure", "ALL"] {
            assert!(
                matches(s, "CC101", "section-missing", "structure", "structure"),
                "{s}"
            );
        }
        for s in ["CC2", "C", "cross-locale", "CC1011"] {
            assert!(
                !matches(s, "CC101", "section-missing", "structure", "structure"),
                "{s}"
            );
        }
        let f = Filter {
            select: vec!["nope".into()],
            ..Filter::default()
        };
        assert!(f.validate().is_err());
    }
}
