//! Which checks a selector names, for every place that picks checks: `enable`, `disable`
//! and `severity` under `[checks]` in concord.toml, and `--select`/`--ignore` on the
//! command line. One rule, so that a name that works in one place works in all of them.

use super::{registry, Check, CheckMeta};
use crate::finding::Severity;
use std::collections::BTreeMap;

/// How closely a selector names a check, most specific first; `None` when it does not:
/// its code or name (`CC101`, `section-missing`), a prefix of its code of two characters
/// or more (`cc1`, longer is closer), its category (`structure`), its kind
/// (`model-contradiction`), or `ALL`. Case does not matter.
fn closeness(selector: &str, meta: &CheckMeta) -> Option<usize> {
    let s = selector.trim();
    if s.eq_ignore_ascii_case(meta.code) || s.eq_ignore_ascii_case(meta.name) {
        return Some(0);
    }
    let prefix = s.len() >= 2
        && meta
            .code
            .get(..s.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(s));
    if prefix {
        return Some(1 + meta.code.len() - s.len());
    }
    if s.eq_ignore_ascii_case(meta.category()) || s.eq_ignore_ascii_case(meta.kind.as_str()) {
        return Some(10);
    }
    s.eq_ignore_ascii_case("all").then_some(11)
}

/// Whether a selector names this check.
pub fn names(selector: &str, meta: &CheckMeta) -> bool {
    closeness(selector, meta).is_some()
}

/// The first of these selectors that names no check at all (a typo must not be a silent
/// no-op).
pub fn unknown<'a>(selectors: impl IntoIterator<Item = &'a String>) -> Option<&'a String> {
    let registry = registry();
    selectors
        .into_iter()
        .find(|s| !registry.iter().any(|c| names(s, c.meta())))
}

/// The checks that run: the ones `enable` names (every one when it is empty), less the
/// ones `disable` names, in registry order.
pub fn enabled(enable: &[String], disable: &[String]) -> Vec<Box<dyn Check>> {
    let named = |list: &[String], c: &dyn Check| list.iter().any(|s| names(s, c.meta()));
    registry()
        .into_iter()
        .filter(|c| enable.is_empty() || named(enable, c.as_ref()))
        .filter(|c| !named(disable, c.as_ref()))
        .collect()
}

/// The severity configured for a check: the closest selector that names it wins
/// (`CC101 = "error"` over `structure = "info"`).
pub fn severity(overrides: &BTreeMap<String, Severity>, meta: &CheckMeta) -> Option<Severity> {
    overrides
        .iter()
        .filter_map(|(s, sev)| Some((closeness(s, meta)?, *sev)))
        .min_by_key(|&(closeness, _)| closeness)
        .map(|(_, sev)| sev)
}

/// The meta of the check with this code.
pub fn meta_of(code: &str) -> Option<&'static CheckMeta> {
    static METAS: std::sync::OnceLock<Vec<&'static CheckMeta>> = std::sync::OnceLock::new();
    METAS
        .get_or_init(|| registry().iter().map(|c| c.meta()).collect())
        .iter()
        .copied()
        .find(|m| m.code == code)
}

#[cfg(test)]
mod tests {
    use super::{enabled, meta_of, names, severity, unknown};
    use crate::finding::Severity;
    use std::collections::BTreeMap;

    #[test]
    fn selectors_name_codes_prefixes_names_categories_and_kinds() {
        let meta = meta_of("CC101").expect("CC101 is registered");
        for s in [
            "CC101",
            "cc1",
            "CC",
            "section-missing",
            "structure",
            "ALL",
            " cc101 ",
        ] {
            assert!(names(s, meta), "{s}");
        }
        for s in ["CC2", "C", "cross-locale", "CC1011", "section"] {
            assert!(!names(s, meta), "{s}");
        }
        let typo = ["CC101".to_string(), "nope".to_string()];
        assert_eq!(unknown(&typo), Some(&typo[1]));
    }

    #[test]
    fn enable_and_disable_pick_from_the_registry_in_order() {
        let codes = |e: &[&str], d: &[&str]| -> Vec<&str> {
            let v = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
            enabled(&v(e), &v(d))
                .iter()
                .map(|c| c.meta().code)
                .collect()
        };
        assert_eq!(codes(&["claims-vs-model"], &["CC203"]), ["CC201", "CC202"]);
        assert_eq!(
            codes(
                &["CC11"],
                &["CC111", "CC112", "CC113", "CC114", "CC115", "CC116"]
            ),
            ["CC110"]
        );
        assert!(codes(&[], &[]).len() >= 29);
    }

    #[test]
    fn the_closest_severity_selector_wins() {
        let over: BTreeMap<String, Severity> = [
            ("structure".to_string(), Severity::Info),
            ("CC1".to_string(), Severity::Warning),
            ("CC113".to_string(), Severity::Error),
        ]
        .into();
        let sev = |code: &str| severity(&over, meta_of(code).expect("registered"));
        assert_eq!(sev("CC113"), Some(Severity::Error));
        assert_eq!(sev("CC101"), Some(Severity::Warning));
        assert_eq!(sev("CC401"), None);
    }
}
