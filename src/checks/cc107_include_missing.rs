use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::discover::source_file;
use crate::finding::{Finding, Kind, Severity};
use crate::index::{Resolved, RootIndex};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// Reports an `[!INCLUDE …]` whose target, resolved relative to the including file,
    /// is not a docs file of the checked root. In a tree of locale folders, a target
    /// missing in a translation's folder but present in the source locale's folder is
    /// not reported: the docs build falls back to the source file.
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

impl Check for IncludeMissing {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let source = cx.config.source_locale();
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            for seg in &doc.segments {
                let SegmentKind::Include { target, .. } = &seg.kind else {
                    continue;
                };
                let Resolved::Inside(path) = RootIndex::resolve(&doc.file.rel, target) else {
                    continue;
                };
                if cx.index.files.contains(&path) {
                    continue;
                }
                let probe = source_file(Default::default(), Default::default(), path.clone());
                let locale_of = |rel: &String| {
                    source_file(Default::default(), Default::default(), rel.clone()).path_locale
                };
                // Indexed by key: a scan of every file per include is quadratic at scale.
                let fallback = probe.path_key.as_deref().is_some_and(|key| {
                    cx.index.by_key.get(key).is_some_and(|rels| {
                        rels.iter()
                            .any(|rel| locale_of(rel).as_ref() == Some(&source))
                    })
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
