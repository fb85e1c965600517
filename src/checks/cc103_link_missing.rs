use super::compare::normal_target;
use super::section_items::{self, Diff, Item};
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Segment, SegmentKind};

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the link targets of every locale, after removing
    /// a locale segment such as `/fr-fr/` from each target, with the source locale's, or,
    /// when the article has no source, with the other locales': a locale is reported
    /// when it lacks (or adds) a target that a clear majority of the others agree on. In-page anchors (`#x`) are left to `anchor-undefined`;
    /// locales translated from another source revision are left to `revision-drift`.
    ///
    /// ## Why it matters
    /// Links carry the prerequisites and the next steps of a procedure; a locale that
    /// lost one leaves its readers without the page they need.
    ///
    /// ## Example
    /// `de-de/…:18: link [customer-managed keys](https://aka.ms/cmk) is missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Add the link to the translated sentence, with the same target as the reference.
    pub struct LinkMissing { code: "CC103", name: "link-missing", kind: Kind::Structure, severity: Severity::Warning }
}

impl Check for LinkMissing {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        section_items::diffs(
            cx,
            |_, seg| links(seg),
            |d, _, diff| {
                let help = match diff {
                    Diff::Missing { .. } => {
                        "link the same words to the same target as the other locales"
                    }
                    Diff::Extra { .. } => "remove the link, or add it to the other locales",
                };
                out.push(section_items::finding(
                    cx,
                    &Self::META,
                    d,
                    &diff,
                    "link",
                    help,
                ));
            },
        );
        out
    }
}

/// The links of a block by normalised target (in-page anchors, code and images left out).
fn links(seg: &Segment) -> Vec<Item> {
    if matches!(
        seg.kind,
        SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
    ) {
        return Vec::new();
    }
    seg.links
        .iter()
        .filter(|l| !l.target.starts_with('#') && !l.target.trim().is_empty())
        .map(|l| Item {
            key: normal_target(&l.target),
            line: l.line,
            shown: format!("[{}]({})", l.text, l.target),
        })
        .collect()
}
