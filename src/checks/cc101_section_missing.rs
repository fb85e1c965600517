use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};

declare_check! {
    /// ## What it does
    /// Within one article, finds a section (a heading and its body, aligned by anchor,
    /// else by heading order) that some locales have and others lack. The finding is
    /// reported on the locales in the minority, with the heading in the others as
    /// related locations.
    ///
    /// ## Why it matters
    /// A dropped section is the largest kind of translation drift: readers of that
    /// locale miss a whole procedure or warning, and nothing in the page says so.
    ///
    /// ## Example
    /// `fr-fr` and `es-es` have `## <a name="next-steps"></a>…` and `de-de` has no such
    /// heading: `de-de/…:0: section \`next-steps\` is missing (present in es-es, fr-fr)`.
    ///
    /// ## How to fix
    /// Translate the missing section, or remove the extra one, so every locale has the
    /// same sections with the same anchors.
    pub struct SectionMissing { code: "CC101", name: "section-missing", kind: Kind::Structure, severity: Severity::Warning }
}

impl Check for SectionMissing {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let mut out = Vec::new();
        if art.docs.len() < 2 {
            return out;
        }
        for (r, row) in art.rows.iter().enumerate() {
            if row.anchor.is_empty() {
                continue;
            }
            let (have, lack): (Vec<usize>, Vec<usize>) =
                (0..art.docs.len()).partition(|&d| row.cells[d].is_some());
            let heading_line = |d: usize| {
                let s = &art.sections[d][row.cells[d].expect("present")];
                (
                    s.heading.map_or(0, |h| art.docs[d].segments[h].line),
                    s.title.clone(),
                )
            };
            if have.len() >= lack.len() {
                for &d in &lack {
                    // Point at the heading of the nearest earlier section this document has.
                    let line = art.rows[..r]
                        .iter()
                        .rev()
                        .find_map(|prev| prev.cells[d].and_then(|s| art.sections[d][s].heading))
                        .map_or(1, |h| art.docs[d].segments[h].line);
                    let locales = names(cx, &have);
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        line,
                        format!("section `{}` is missing (present in {locales})", row.anchor),
                    );
                    f.subject = row.anchor.clone();
                    f.help = Some("translate the section, with the same anchor, after the heading this finding points at".into());
                    for &o in &have {
                        let (l, title) = heading_line(o);
                        f.related
                            .push(ArticleContext::related(&art.docs[o], l, title));
                    }
                    out.push(f);
                }
            } else {
                for &d in &have {
                    let (line, _) = heading_line(d);
                    let locales = names(cx, &lack);
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        line,
                        format!(
                            "section `{}` exists only here (absent in {locales})",
                            row.anchor
                        ),
                    );
                    f.subject = row.anchor.clone();
                    f.help = Some("remove the section, or add it to the other locales".into());
                    out.push(f);
                }
            }
        }
        out
    }
}

fn names(cx: &ArticleContext<'_>, docs: &[usize]) -> String {
    let mut v: Vec<&str> = docs
        .iter()
        .map(|&d| cx.article.docs[d].locale.as_str())
        .collect();
    v.sort();
    v.dedup();
    v.join(", ")
}
