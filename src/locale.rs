//! Locale tags: normalised, comparable, and recognised inside paths.

use serde::{Serialize, Serializer};
use std::fmt;

/// A normalised locale tag such as `fr-fr` or `zh-tw` (lower case, `-` separated).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Locale(String);

impl Locale {
    /// Parses a tag such as `fr-FR`, `fr_fr` or `zh-Hant-TW`; `None` when it is not a
    /// `language-region` tag (two or three letters, optional script, two letters or digits).
    pub fn parse(tag: &str) -> Option<Locale> {
        // `xx-yy` to `xxx-xxxx-999`: most path segments are no tag, and cost no allocation
        let t = tag.trim();
        if !(5..=12).contains(&t.len()) || !t.contains(['-', '_']) {
            return None;
        }
        let tag = t.replace('_', "-").to_ascii_lowercase();
        let parts: Vec<&str> = tag.split('-').collect();
        let alpha = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
        };
        let region = |s: &str| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase()))
                || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
        };
        match parts.as_slice() {
            [lang, reg] if alpha(lang, 2..=3) && region(reg) => {
                Some(Locale(format!("{lang}-{reg}")))
            }
            [lang, script, reg] if alpha(lang, 2..=3) && alpha(script, 4..=4) && region(reg) => {
                Some(Locale(format!("{lang}-{reg}")))
            }
            _ => None,
        }
    }

    /// The tag, e.g. `fr-fr`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language part, e.g. `fr` for `fr-fr`.
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// Whether a path segment names a locale (`fr-fr`, `de-DE`), used to find locale roots.
    pub fn from_path_segment(segment: &str) -> Option<Locale> {
        if segment.contains('_') {
            return None;
        }
        Locale::parse(segment)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_separators() {
        assert_eq!(Locale::parse("fr-FR").unwrap().as_str(), "fr-fr");
        assert_eq!(Locale::parse("de_DE").unwrap().as_str(), "de-de");
        assert_eq!(Locale::parse("zh-Hant-TW").unwrap().as_str(), "zh-tw");
        assert_eq!(Locale::parse("es-419").unwrap().as_str(), "es-419");
    }

    #[test]
    fn rejects_words_that_are_not_tags() {
        for s in [
            "articles",
            "iot-hub",
            "en",
            "key-vault",
            "a-b",
            "",
            "toolong-xx",
        ] {
            assert_eq!(Locale::parse(s), None, "{s}");
        }
        assert_eq!(Locale::from_path_segment("fr_fr"), None);
    }
}
