use super::compare::normal_target;
use super::section_items::{self, Item};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the images of every locale with the reference
    /// locale's by source path (a locale segment such as `/fr-fr/` removed), and reports
    /// an image that one has and the other lacks.
    ///
    /// ## Why it matters
    /// Screenshots and diagrams carry steps the text only refers to ("select the key as
    /// shown"); a locale without them is missing part of the procedure.
    ///
    /// ## Example
    /// `de-de/…:40: image media/select-key.png is missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Add the image (a localized copy if there is one) where the reference has it.
    pub struct ImageMissing { code: "CC112", name: "image-missing", kind: Kind::Structure, severity: Severity::Warning }
}

impl ImageMissing {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let items = |_: usize, _: usize, seg: &crate::parse::Segment| match &seg.kind {
            SegmentKind::Image { src, .. } => vec![Item {
                key: normal_target(src),
                line: seg.line,
                shown: src.clone(),
            }],
            _ => Vec::new(),
        };
        section_items::diffs(cx, items, |d, _, diff| {
            out.push(section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "image",
                "add the image where the reference locale has it",
            ));
        });
        out
    }
}
