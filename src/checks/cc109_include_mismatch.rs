use super::compare::normal_target;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Document, SegmentKind};
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// Compares the `[!INCLUDE …]` targets of each locale with the reference locale's
    /// (targets compared after removing any locale segment) and reports includes that
    /// one locale has and the other lacks. Locales translated from another source
    /// revision are left to `revision-drift`.
    ///
    /// ## Why it matters
    /// An include is a whole block of text: a locale without it lacks a procedure, a
    /// table or a warning the others show.
    ///
    /// ## Example
    /// `es-es/…:1: include ../includes/cmk.md is missing (present in en-us at line 25)`.
    ///
    /// ## How to fix
    /// Add the include where the reference has it, or remove the extra one.
    pub struct IncludeMismatch { code: "CC109", name: "include-mismatch", kind: Kind::Structure, severity: Severity::Warning }
}

impl IncludeMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let r = cx.pivot;
        let mut out = Vec::new();
        let reference = includes(&art.docs[r]);
        for d in cx.compared() {
            let mine = includes(&art.docs[d]);
            for (t, lines) in &reference {
                if mine.get(t).map_or(0, Vec::len) < lines.len() {
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        1,
                        format!("include {t} is missing (present in {})", art.docs[r].locale),
                    );
                    f.subject = format!("missing {t}");
                    f.help = Some("add the include where the reference locale has it".into());
                    f.related.push(ArticleContext::related(
                        &art.docs[r],
                        lines[0],
                        format!("[!INCLUDE]({t})"),
                    ));
                    out.push(f);
                }
            }
            for (t, lines) in &mine {
                if reference.get(t).map_or(0, Vec::len) < lines.len() {
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        lines[0],
                        format!("include {t} is not in {}", art.docs[r].locale),
                    );
                    f.subject = format!("extra {t}");
                    f.help = Some("remove the include, or add it to the reference locale".into());
                    out.push(f);
                }
            }
        }
        out
    }
}

fn includes(doc: &Document) -> BTreeMap<String, Vec<u32>> {
    let mut map: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for seg in &doc.segments {
        if let SegmentKind::Include { target, .. } = &seg.kind {
            map.entry(normal_target(target)).or_default().push(seg.line);
        }
    }
    map
}
