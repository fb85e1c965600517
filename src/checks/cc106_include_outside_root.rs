use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::index::{Resolved, RootIndex};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// Reports an `[!INCLUDE …]` whose target, resolved relative to the including file,
    /// climbs out of the checked root (`../../../etc/x.md`). The target is never read.
    ///
    /// ## Why it matters
    /// The docs build refuses such includes, and a checker that followed them would read
    /// files it was never asked to read.
    ///
    /// ## Example
    /// `fr-fr/a.md:9: include ../../../../shared/x.md leaves the checked root`.
    ///
    /// ## How to fix
    /// Move the included file inside the docs tree and include it from there.
    pub struct IncludeOutsideRoot { code: "CC106", name: "include-outside-root", kind: Kind::Structure, severity: Severity::Error }
}

impl IncludeOutsideRoot {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            for seg in &doc.segments {
                let SegmentKind::Include { target, .. } = &seg.kind else {
                    continue;
                };
                if RootIndex::resolve(&doc.file.rel, target) == Resolved::Outside {
                    let mut f = cx.finding(
                        &Self::META,
                        doc,
                        seg.line,
                        format!("include {target} leaves the checked root"),
                    );
                    f.subject = target.clone();
                    f.help = Some("include a file inside the docs tree".into());
                    out.push(f);
                }
            }
        }
        out
    }
}
