use super::compare::normal_target;
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Link, SegmentKind};
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the link targets of every locale with the
    /// reference locale's, after removing a locale segment such as `/fr-fr/` from each
    /// target. A target the reference links to and this locale does not (or the other
    /// way round) is reported. In-page anchors (`#x`) are left to `anchor-undefined`;
    /// locales translated from another source revision are left to `revision-drift`.
    ///
    /// ## Why it matters
    /// Links carry the prerequisites and the next steps of a procedure; a locale that
    /// lost one leaves its readers without the page they need.
    ///
    /// ## Example
    /// `de-de/…:18: link to https://aka.ms/cmk is missing in this section (present in en-us)`.
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
        let art = cx.article;
        let r = art.reference;
        let mut out = Vec::new();
        for (d, a, b) in cx.aligned_sections() {
            let (ra, rb) = (targets(cx, r, a), targets(cx, d, b));
            for (t, links) in &ra {
                if rb.get(t).map_or(0, Vec::len) < links.len() {
                    let line = rb
                        .values()
                        .flatten()
                        .next()
                        .map_or_else(|| section_line(cx, d, b), |l| l.line);
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        line,
                        format!(
                            "link to {} is missing in this section (present in {})",
                            links[0].target, art.docs[r].locale
                        ),
                    );
                    f.subject = format!("missing {t}");
                    f.help = Some(
                        "link the same words to the same target as the reference locale".into(),
                    );
                    f.related.push(ArticleContext::related(
                        &art.docs[r],
                        links[0].line,
                        format!("[{}]({})", links[0].text, links[0].target),
                    ));
                    out.push(f);
                }
            }
            for (t, links) in &rb {
                if ra.get(t).map_or(0, Vec::len) < links.len() {
                    let mut f = cx.finding(
                        &Self::META,
                        &art.docs[d],
                        links[0].line,
                        format!(
                            "link to {} is not in this section of {}",
                            links[0].target, art.docs[r].locale
                        ),
                    );
                    f.subject = format!("extra {t}");
                    f.help = Some("remove the link, or add it to the reference locale".into());
                    f.related.push(ArticleContext::related(
                        &art.docs[r],
                        section_line(cx, r, a),
                        "the same section".into(),
                    ));
                    out.push(f);
                }
            }
        }
        out
    }
}

/// The links of one section by normalised target (in-page anchors left out).
fn targets<'a>(cx: &'a ArticleContext<'_>, d: usize, s: usize) -> BTreeMap<String, Vec<&'a Link>> {
    let sec = &cx.article.sections[d][s];
    let mut map: BTreeMap<String, Vec<&Link>> = BTreeMap::new();
    for seg in &cx.article.docs[d].segments[sec.body.clone()] {
        if matches!(
            seg.kind,
            SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
        ) {
            continue;
        }
        for l in seg
            .links
            .iter()
            .filter(|l| !l.target.starts_with('#') && !l.target.trim().is_empty())
        {
            map.entry(normal_target(&l.target)).or_default().push(l);
        }
    }
    map
}

fn section_line(cx: &ArticleContext<'_>, d: usize, s: usize) -> u32 {
    let sec = &cx.article.sections[d][s];
    let doc = &cx.article.docs[d];
    sec.heading
        .or(Some(sec.body.start))
        .and_then(|i| doc.segments.get(i))
        .map_or(1, |seg| seg.line)
}
