use super::{ArticleContext};
use crate::discover::source_file;
use crate::finding::{Finding, Kind, Severity};
use crate::index::{Resolved, RootIndex};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// Reports an `[!INCLUDE …]` whose target, resolved relative to the including file,
    /// is not a docs file of the checked root. In a tree of locale folders, a target
    /// missing in a translation's folder but present in the source locale's folder is
    /// not reported: the docs build falls back to the source file. In a tree of locale
    /// folders without the source locale's folder, that fallback cannot be checked and
    /// nothing is reported (the run says once that the source locale is missing).
    ///
    /// ## Why it matters
    /// The published page shows nothing, or an error box, where the included text
    /// (often a whole procedure or a warning) should be.
    ///
    /// ## Example
    /// `de-de/articles/x.md:28: include ../includes/cmk.md: no such file (de-de/articles/includes/cmk.md)`.
    ///
    /// ## How to fix
    /// Correct the path, or add the missing file.
    pub struct IncludeMissing { code: "CC107", name: "include-missing", kind: Kind::Structure, severity: Severity::Error }
}

impl IncludeMissing {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            for seg in &doc.segments {
                let SegmentKind::Include { target, .. } = &seg.kind else {
                    continue;
                };
                let Resolved::Inside(path) = RootIndex::resolve(&doc.file.rel, target) else {
                    continue;
                };
                if cx.index.exists(&path) {
                    continue;
                }
                // the docs build falls back to the source locale's page of the same key
                let probe = source_file(Default::default(), Default::default(), path.clone());
                // ... and when the tree has no source locale at all, the fallback cannot
                // be seen: the file may well be there at build time.
                let fallback = probe.path_key.as_deref().is_some_and(|key| {
                    !cx.index.has_source_locale() || cx.index.in_source_locale(key)
                });
                if fallback {
                    continue;
                }
                let mut f = cx.finding(
                    &Self::META,
                    doc,
                    seg.line,
                    format!("include {target}: no such file ({path})"),
                );
                f.subject = target.clone();
                f.help = Some("correct the include path, or add the file".into());
                out.push(f);
            }
        }
        out
    }
}
