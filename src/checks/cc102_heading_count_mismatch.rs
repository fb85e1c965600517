use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// Compares the number of headings of each locale of an article with the reference
    /// locale (the source locale when present, else the locale with the most explicit
    /// anchors) and reports the locales whose count differs.
    ///
    /// ## Why it matters
    /// A different heading count means the table of contents differs: a section was
    /// dropped, merged or split in translation. It is a cheap, anchor-independent signal
    /// that still works when translated headings carry no `<a name>` anchors.
    ///
    /// ## Example
    /// `en-us` has 4 headings and `ja-jp` has 3:
    /// `ja-jp/…:1: 3 headings, the reference en-us has 4`.
    ///
    /// ## How to fix
    /// Compare the outline of both locales (`concord articles PATH`) and bring the
    /// translation's headings in line with the reference.
    pub struct HeadingCountMismatch { code: "CC102", name: "heading-count-mismatch", kind: Kind::Structure, severity: Severity::Info }
}

impl HeadingCountMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let first_heading = |d: usize| {
            art.docs[d]
                .segments
                .iter()
                .find(|s| matches!(s.kind, SegmentKind::Heading { .. }))
                .map_or(1, |s| s.line)
        };
        let count = |d: usize| {
            art.docs[d]
                .segments
                .iter()
                .filter(|s| matches!(s.kind, SegmentKind::Heading { .. }))
                .count()
        };
        let reference = cx.pivot;
        let want = count(reference);
        let mut out = Vec::new();
        for d in (0..art.docs.len()).filter(|&d| d != reference) {
            let got = count(d);
            if got != want {
                let doc = &art.docs[d];
                let line = first_heading(d);
                let r = &art.docs[reference];
                let mut f = cx.finding(
                    &Self::META,
                    doc,
                    line,
                    format!("{got} headings, the reference {} has {want}", r.locale),
                );
                f.subject = format!("{got}/{want}");
                f.related.push(ArticleContext::related(
                    r,
                    first_heading(reference),
                    format!("{want} headings"),
                ));
                out.push(f);
            }
        }
        out
    }
}
