use super::section_items::{self, Diff, Item};
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::Segment;
use std::collections::BTreeMap;
use unicode_normalization::char::decompose_compatible;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the numbers in the prose of every locale with
    /// the reference locale's, and reports a changed number: a section that lacks a
    /// number the reference has *and* has one the reference lacks. A number that is only
    /// missing, or only extra, is not reported: that is usually a number spelled out in
    /// words in one language ("a second layer" / "2 つ目"). Numbers
    /// are read from the plain text only (never from link targets or anchors), after
    /// NFKC normalisation (full-width digits become ASCII), as runs of digits: so `3-5`,
    /// `3–5`, `3 à 5` and `3～5` all give 3 and 5, and `1,5` and `1.5` give the same
    /// digits whichever separator a language uses.
    ///
    /// ## Why it matters
    /// Numbers are the facts a translator must not touch: limits, sizes, durations,
    /// versions. A changed number is a wrong instruction in one language only.
    ///
    /// ## Example
    /// en-us says `approved in 3-5 business days`, es-es says `de 5 a 7 días`:
    /// `es-es/…:24: number 3 is missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Copy the number from the reference locale.
    pub struct NumberMismatch { code: "CC113", name: "number-mismatch", kind: Kind::Structure, severity: Severity::Warning }
}

impl Check for NumberMismatch {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let items = |seg: &Segment| {
            if !seg.kind.is_prose() {
                return Vec::new();
            }
            numbers(&seg.text)
                .into_iter()
                .map(|n| Item {
                    shown: n.clone(),
                    key: n,
                    line: seg.line,
                })
                .collect()
        };
        // A lone missing or extra number is usually a number spelled out in one language
        // ("a second layer" / "2 つ目"); only a section that lost one number and gained
        // another has a changed number.
        let mut by_section: BTreeMap<(usize, usize), (bool, bool, Vec<Finding>)> = BTreeMap::new();
        section_items::diffs(cx, items, |d, row, diff| {
            let e = by_section.entry((d, row)).or_default();
            match diff {
                Diff::Missing { .. } => e.0 = true,
                Diff::Extra { .. } => e.1 = true,
            }
            e.2.push(section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "number",
                "copy the number from the reference locale",
            ));
        });
        for (_, (missing, extra, findings)) in by_section {
            if missing && extra {
                out.extend(findings);
            }
        }
        out
    }
}

/// The digit runs of a text after NFKC, leading zeros dropped.
///
/// Computed character by character: a digit of the NFKC form comes from the
/// compatibility decomposition of one character (`２` -> `2`, `²` -> `2`, `⑩` -> `10`), and
/// canonical composition neither makes nor moves digits, so the runs are the same as
/// those of the normalised text, without normalising it.
pub fn numbers(text: &str) -> Vec<String> {
    let mut runs = Runs::default();
    for c in text.chars() {
        if c.is_ascii_digit() {
            runs.current.push(c);
        } else if c.is_ascii() || no_digit_inside(c) {
            runs.end();
        } else {
            decompose_compatible(c, |d| {
                if d.is_ascii_digit() {
                    runs.current.push(d);
                } else {
                    runs.end();
                }
            });
        }
    }
    runs.end();
    runs.done
}

/// Characters of blocks whose decompositions hold no digit: Latin letters with marks,
/// Greek, Cyrillic, kana, Han, Hangul.
fn no_digit_inside(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{04FF}' | '\u{3041}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
}

#[derive(Default)]
struct Runs {
    current: String,
    done: Vec<String>,
}

impl Runs {
    fn end(&mut self) {
        if !self.current.is_empty() {
            let t = self.current.trim_start_matches('0');
            self.done
                .push(if t.is_empty() { "0" } else { t }.to_string());
            self.current.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::numbers;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// The definition: digit runs of the NFKC text.
    fn reference(text: &str) -> Vec<String> {
        let text: String = text.nfkc().collect();
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| {
                let t = s.trim_start_matches('0');
                if t.is_empty() { "0" } else { t }.to_string()
            })
            .collect()
    }

    proptest! {
        #[test]
        fn agrees_with_the_nfkc_definition(
            s in "[0-9a-z .,\\-²³¹⁴₂½①⑩⒛０-９㉑\u{0301}\u{0663}\u{1D7CE}\u{1F101}가データ暗号éŁςжЁ\u{00C0}-\u{04FF}]{0,30}",
            any in "\\PC{0,20}",
        ) {
            prop_assert_eq!(numbers(&s), reference(&s));
            prop_assert_eq!(numbers(&any), reference(&any));
        }
    }

    #[test]
    fn ranges_and_widths_normalise() {
        assert_eq!(numbers("3-5"), vec!["3", "5"]);
        assert_eq!(numbers("3–5"), numbers("3 à 5"));
        assert_eq!(numbers("３～５"), vec!["3", "5"]);
        assert_eq!(numbers("1,5"), numbers("1.5"));
        assert_eq!(numbers("x²"), vec!["2"]);
        assert_eq!(numbers("ＡＥＳ ２５６ ビット"), vec!["256"]);
    }
}
