use super::section_items::{self, Item};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// In each aligned section, counts the alerts of each kind (`[!NOTE]`,
    /// `[!IMPORTANT]`, `[!WARNING]`, …) of every locale and of the reference locale, and
    /// reports an alert that one has and the other lacks.
    ///
    /// ## Why it matters
    /// Alerts carry the warnings: "this cannot be undone", "keys must be RSA". A locale
    /// without one lets its readers walk into the trap the others are warned about.
    ///
    /// ## Example
    /// `ja-jp/…:22: [!IMPORTANT] alert is missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Translate the alert into the section, with the same kind.
    pub struct AlertMissing { code: "CC110", name: "alert-missing", kind: Kind::Structure, severity: Severity::Warning }
}

impl AlertMissing {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let items = |_: usize, _: usize, seg: &crate::parse::Segment| match &seg.kind {
            SegmentKind::Alert { kind } => vec![Item {
                key: kind.clone(),
                line: seg.line,
                shown: format!("[!{kind}] alert"),
            }],
            _ => Vec::new(),
        };
        section_items::diffs(cx, items, |d, _, diff| {
            out.push(section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "the",
                "translate the alert, with the same kind, into this section",
            ));
        });
        out
    }
}
