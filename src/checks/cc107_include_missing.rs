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
    /// nothing is reported (the run says once that the source locale is missing). A
    /// target missing in the source as well is reported once, on the source, when the
    /// source includes it too.
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
        // the key (`includes/x.md`) of an include target of a document
        let key_of = |doc: &crate::parse::Document, target: &str| match RootIndex::resolve(&doc.file.rel, target) {
            Resolved::Inside(path) => source_file(Default::default(), Default::default(), path).path_key,
            _ => None,
        };
        // what the source document includes: a translation's include the source lacks
        // too is the source's finding, reported once, there
        let source_keys: Vec<String> = cx.source().map_or_else(Vec::new, |s| {
            let doc = &cx.article.docs[s];
            doc.segments
                .iter()
                .filter_map(|seg| match &seg.kind {
                    SegmentKind::Include { target, .. } => key_of(doc, target),
                    _ => None,
                })
                .collect()
        });
        for (d, doc) in cx.article.docs.iter().enumerate() {
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
                if cx.source().is_some_and(|s| s != d)
                    && probe.path_key.as_ref().is_some_and(|k| source_keys.contains(k))
                {
                    continue;
                }
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
