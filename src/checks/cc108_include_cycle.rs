use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::index::{Resolved, RootIndex};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// Reports a file that includes itself, directly or through other includes, using
    /// the pipeline's index of every file's include directives.
    ///
    /// ## Why it matters
    /// The docs build stops at a cycle (or expands it until a depth limit), so the page
    /// does not publish or repeats its text.
    ///
    /// ## Example
    /// `a.md:5: include cycle: a.md -> b.md -> a.md`.
    ///
    /// ## How to fix
    /// Remove one include of the cycle; move shared text into a file that includes nothing.
    pub struct IncludeCycle { code: "CC108", name: "include-cycle", kind: Kind::Structure, severity: Severity::Error }
}

impl IncludeCycle {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let Some(cycle) = cx.index.cycle_through(&doc.file.rel) else {
                continue;
            };
            let first = &cycle[1];
            let line = doc
                .segments
                .iter()
                .find(|s| matches!(&s.kind, SegmentKind::Include { target, .. } if RootIndex::resolve(&doc.file.rel, target) == Resolved::Inside(first.clone())))
                .map_or(1, |s| s.line);
            let chain = cycle.join(" -> ");
            let mut f = cx.finding(&Self::META, doc, line, format!("include cycle: {chain}"));
            f.subject = chain;
            f.help = Some("remove one include of the cycle".into());
            out.push(f);
        }
        out
    }
}
