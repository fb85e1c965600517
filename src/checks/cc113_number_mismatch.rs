use super::quantities::{self, Conventions};
use super::section_items::{self, Diff, Item};
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::Segment;
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the numbers in the prose of every locale with
    /// the reference locale's, and reports a changed number: a section that lacks a
    /// number the reference has *and* has one the reference lacks. A number that is only
    /// missing, or only extra, is not reported: that is usually a number spelled out in
    /// words in one language ("a second layer" / "2 つ目"). Numbers are read from the
    /// plain text only (never from link targets or anchors) as quantities, the way the
    /// document's language writes them: `1 200`, `1.200` (es) and `1,200` (en) are 1200,
    /// `1,5` (fr) is `1.5`, `4 p.m.` is `16:00`, `3-5`, `3 à 5` and `３～５` are 3 and 5.
    /// Versions (`1.2.3`) are compared as written; list numbers, numbers in identifiers
    /// (`Standard_D2s_v3`, `x64`), URLs, paths, file names and numeric dates are not read.
    /// A missing and an extra number that one writing can mean both (`1,200` is 1200 in
    /// English and 1.2 in French) cancel out; of the rest, only a missing and an extra
    /// number in the same place of the section (at most a line apart, counted from the
    /// section's start) are reported.
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
        let docs = &cx.article.docs;
        let conventions: Vec<Conventions> =
            docs.iter().map(|d| Conventions::of(&d.locale)).collect();
        // `section_items::diffs` hands over segments only: the document a segment belongs
        // to is the one whose segment list holds it.
        let conventions_of = |seg: &Segment| {
            let p: *const Segment = seg;
            docs.iter()
                .position(|d| d.segments.as_ptr_range().contains(&p))
                .map_or(Conventions::TOLERANT, |d| conventions[d])
        };
        let items = |seg: &Segment| {
            if !seg.kind.is_prose() {
                return Vec::new();
            }
            quantities::read(&seg.text, conventions_of(seg))
                .into_iter()
                .map(|q| Item {
                    key: q.key,
                    line: seg.line,
                    shown: q.shown,
                })
                .collect()
        };
        // A lone missing or extra number is usually a number spelled out in one language
        // ("a second layer" / "2 つ目"); only a place that lost one number and gained
        // another has a changed number (`changed_numbers`).
        let mut by_section: BTreeMap<(usize, usize), Vec<Change<Finding>>> = BTreeMap::new();
        section_items::diffs(cx, items, |d, row, diff| {
            let (missing, shown, line, other_section) = match &diff {
                Diff::Missing {
                    reference,
                    section_line,
                    ..
                } => (true, &reference.shown, reference.line, *section_line),
                Diff::Extra {
                    item,
                    reference_line,
                    ..
                } => (false, &item.shown, item.line, *reference_line),
            };
            let readings = quantities::readings(shown);
            let finding = section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "number",
                "copy the number from the reference locale",
            );
            by_section.entry((d, row)).or_default().push(Change {
                missing,
                readings,
                line,
                other_section,
                finding,
            });
        });
        let mut out = Vec::new();
        for (_, changes) in by_section {
            // the same number changed in every cell of a table row is one change
            let mut seen = std::collections::BTreeSet::new();
            out.extend(
                changed_numbers(changes)
                    .into_iter()
                    .filter(|f| seen.insert(f.subject.clone())),
            );
        }
        out
    }
}

/// A number one side of a section has and the other lacks, and its finding.
struct Change<F> {
    /// Missing in the compared locale (the line is the reference's), else extra there.
    missing: bool,
    /// Every value its writing may have.
    readings: Vec<String>,
    /// The number's line in its own document.
    line: u32,
    /// The line of the same section in the other document.
    other_section: u32,
    finding: F,
}

/// How many lines apart, counted from the start of their sections, a missing and an
/// extra number may be and still be one changed number (a translation keeps the lines of
/// its source; a line of slack for a reflowed paragraph).
const SAME_PLACE: i64 = 1;

/// The findings of one section. A missing and an extra number that one writing can mean
/// both cancel out; of the rest, a missing number is reported when an extra one stands
/// in the same place of the section, and the other way round: a number was changed there.
fn changed_numbers<F>(changes: Vec<Change<F>>) -> Vec<F> {
    let (missing, mut extra): (Vec<_>, Vec<_>) = changes.into_iter().partition(|c| c.missing);
    let mut kept = Vec::new();
    for m in missing {
        let same = extra
            .iter()
            .position(|e| e.readings.iter().any(|r| m.readings.contains(r)));
        match same {
            Some(i) => {
                extra.remove(i);
            }
            None => kept.push(m),
        }
    }
    // The section starts: the reference's is where an extra number points, the compared
    // locale's where a missing one does.
    let (Some(reference), Some(compared)) = (
        extra.first().map(|e| e.other_section),
        kept.first().map(|m| m.other_section),
    ) else {
        return Vec::new();
    };
    let offset = |c: &Change<F>| {
        let start = if c.missing { reference } else { compared };
        i64::from(c.line) - i64::from(start)
    };
    let near = |a: &Change<F>, others: &[Change<F>]| {
        others
            .iter()
            .any(|b| (offset(a) - offset(b)).abs() <= SAME_PLACE)
    };
    let missing: Vec<bool> = kept.iter().map(|m| near(m, &extra)).collect();
    let extras: Vec<bool> = extra.iter().map(|e| near(e, &kept)).collect();
    kept.into_iter()
        .zip(missing)
        .chain(extra.into_iter().zip(extras))
        .filter(|(_, keep)| *keep)
        .map(|(c, _)| c.finding)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{changed_numbers, Change, NumberMismatch};
    use crate::checks::quantities::readings;
    use crate::checks::testing::{file, page, run};

    /// A change at line 12 of sections that start at line 10 in both documents.
    fn change(missing: bool, shown: &'static str) -> Change<&'static str> {
        at(missing, shown, 12)
    }

    fn at(missing: bool, shown: &'static str, line: u32) -> Change<&'static str> {
        Change {
            missing,
            readings: readings(shown),
            line,
            other_section: 10,
            finding: shown,
        }
    }

    #[test]
    fn a_missing_and_an_extra_number_far_apart_are_not_a_change() {
        // "five to ten minutes" in one paragraph, "2 disks" dropped in another
        assert!(changed_numbers(vec![at(true, "2", 12), at(false, "5", 20)]).is_empty());
        assert_eq!(
            changed_numbers(vec![
                at(true, "2", 12),
                at(false, "5", 20),
                at(false, "3", 13)
            ]),
            ["2", "3"]
        );
    }

    #[test]
    fn a_lone_missing_or_extra_number_is_not_a_change() {
        assert!(changed_numbers(vec![change(true, "2")]).is_empty());
        assert!(changed_numbers(vec![change(false, "2")]).is_empty());
    }

    #[test]
    fn a_writing_that_can_mean_the_other_value_cancels_out() {
        // `1,200` is 1200 in English and reads 1.2 in Spanish; `4 PM` and `16 h`
        assert!(changed_numbers(vec![change(true, "1,200"), change(false, "1,200")]).is_empty());
        assert!(changed_numbers(vec![change(true, "4 PM"), change(false, "16 h")]).is_empty());
        assert!(changed_numbers(vec![change(true, "2"), change(false, "2:00")]).is_empty());
    }

    #[test]
    fn a_really_changed_number_is_reported_on_both_sides() {
        assert_eq!(
            changed_numbers(vec![change(true, "30"), change(false, "31")]),
            ["30", "31"]
        );
        assert_eq!(
            changed_numbers(vec![change(true, "2 048"), change(false, "4096")]),
            ["2 048", "4096"]
        );
    }

    fn findings(en: &str, other: (&'static str, &str)) -> Vec<String> {
        let files = [
            file("en-us/a.md", page("demo", None, None, [en, "", ""]), vec![]),
            file(other.0, page("demo", None, None, [other.1, "", ""]), vec![]),
        ];
        run(&NumberMismatch, &files)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn locale_formats_of_the_same_numbers_are_quiet() {
        let en = "Up to 1,200 keys of 2,048 bits, 1.5 GB, 30,000 calls at 4 p.m. (TLS 1.2).";
        for other in [
            ("fr-fr/a.md", "Jusqu'à 1 200 clés de 2 048 bits, 1,5 Go, 30 000 appels à 16 h (TLS 1.2)."),
            ("es-es/a.md", "Hasta 1.200 claves de 2048 bits, 1,5 GB, 30.000 llamadas a las 16:00 (TLS 1.2)."),
            ("cs-cz/a.md", "Až 1\u{a0}200 klíčů o 2\u{202f}048 bitech, 1,5 GB, 30 000 volání v 16:00 (TLS 1.2)."),
            ("zh-tw/a.md", "最多 １,２００ 個 2,048 位元金鑰、1.5 GB、30,000 次呼叫，下午 4 點 (TLS 1.2)。"),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
    }

    #[test]
    fn a_changed_number_fires_in_a_locale_that_writes_it_differently() {
        let en = "Use a 2,048-bit key for 30 days.";
        let found = findings(
            en,
            (
                "fr-fr/a.md",
                "Utilisez une clé de 4 096 bits pendant 30 jours.",
            ),
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("2,048"), "{found:?}");
    }
}
