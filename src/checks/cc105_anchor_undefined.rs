use super::{consensus, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{directives, Document, Link, SegmentKind};
use std::collections::BTreeSet;

declare_check! {
    /// ## What it does
    /// Reports an in-page link (`[text](#anchor)`) whose anchor the same file does not
    /// define: not as a heading's explicit anchor (`<a name="x">`, `{#x}`) or the id a
    /// docs site derives from its text, nor as an `<a name>`/`<a id>` tag anywhere.
    /// DocFX tab links (`#tab/x`) are not anchors. A translation is reported when the
    /// source (or, without the source, a clear majority of the other locales that have
    /// the same link) defines the anchor; an anchor no locale defines is the source's
    /// problem and is reported once, on one file, unless an include could define it.
    ///
    /// ## Why it matters
    /// Translators translate headings, which changes their slugs; links to the old slug
    /// then go nowhere, and the reader lands at the top of the page.
    ///
    /// ## Example
    /// `de-de/…:12: anchor #update-the-key-version is not defined in this file`.
    ///
    /// ## How to fix
    /// Give the heading an explicit anchor (`## <a name="update-the-key-version"></a>…`)
    /// in every locale, or link to the slug the translated heading has.
    pub struct AnchorUndefined { code: "CC105", name: "anchor-undefined", kind: Kind::Structure, severity: Severity::Warning }
}

impl AnchorUndefined {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let defined: Vec<BTreeSet<String>> = art.docs.iter().map(defined_anchors).collect();
        // Includes are inlined at build time and may define anchors this file does not.
        let includes = |d: usize| {
            art.docs[d]
                .segments
                .iter()
                .any(|s| matches!(s.kind, SegmentKind::Include { .. }))
        };
        let mut out = Vec::new();
        let mut everywhere: BTreeSet<String> = BTreeSet::new();
        // The pivot first, so that an anchor no locale defines is reported on it.
        let order = std::iter::once(cx.pivot)
            .chain((0..art.docs.len()).filter(|&d| d != cx.pivot));
        for d in order {
            let doc = &art.docs[d];
            for (anchor, link) in in_page_links(doc) {
                if defined[d].contains(&anchor) {
                    continue;
                }
                // Who says the anchor should exist: the source, else a clear majority of
                // the other locales that link to it.
                let others: Vec<usize> = (0..art.docs.len())
                    .filter(|&o| o != d && cx.source().is_none_or(|s| s == o))
                    .filter(|&o| in_page_links(&art.docs[o]).any(|(a, _)| a == anchor))
                    .collect();
                let defining: Vec<usize> = others
                    .iter()
                    .copied()
                    .filter(|&o| defined[o].contains(&anchor))
                    .collect();
                let judged = match cx.source() {
                    // the source itself, unless an include of it may define the anchor
                    Some(s) => (s == d && !includes(d)) || !defining.is_empty(),
                    None => consensus::clear_majority(defining.len(), others.len()),
                };
                let message = if judged {
                    format!("anchor {} is not defined in this file", link.target)
                } else if defining.is_empty()
                    && cx.source().is_none()
                    && (0..art.docs.len()).all(|o| !includes(o))
                    && everywhere.insert(anchor.clone())
                {
                    // Undefined in every locale: the source's problem, said once.
                    format!(
                        "anchor {} is not defined in this file, nor in any other locale of the article (fix it in the source)",
                        link.target
                    )
                } else {
                    continue;
                };
                let mut f = cx.finding(&Self::META, doc, link.line, message);
                f.subject = anchor.clone();
                f.help = Some("link to an anchor a heading of this file defines, or add an explicit anchor to the heading".into());
                for &o in defining.iter().take(3) {
                    let line = anchor_line(&art.docs[o], &anchor);
                    f.related.push(ArticleContext::related(
                        &art.docs[o],
                        line,
                        format!("defines #{anchor}"),
                    ));
                }
                out.push(f);
            }
        }
        out
    }
}

/// Every anchor a file defines, lower-cased: headings' explicit anchors and the ids a
/// docs site derives from their text, and `<a name>`/`<a id>` tags anywhere.
pub(super) fn defined_anchors(doc: &Document) -> BTreeSet<String> {
    let mut defined = BTreeSet::new();
    for seg in &doc.segments {
        match &seg.kind {
            SegmentKind::Heading { anchor, .. } => {
                defined.insert(anchor.to_lowercase());
                defined.insert(crate::parse::markdown::slug(&seg.text));
            }
            SegmentKind::Html => {
                for part in seg.text.split('<').skip(1) {
                    if let Some(a) = directives::html_anchor(&format!("<{part}")) {
                        defined.insert(a.to_lowercase());
                    }
                }
            }
            _ => {}
        }
        defined.extend(seg.anchors.iter().map(|a| a.to_lowercase()));
    }
    defined
}

/// The in-page links of a file, by lower-cased anchor. DocFX tab links (`#tab/x`) define
/// tabs rather than point at anchors.
fn in_page_links(doc: &Document) -> impl Iterator<Item = (String, &Link)> {
    doc.segments
        .iter()
        .flat_map(|s| s.links.iter())
        .filter_map(|l| {
            let anchor = l.target.strip_prefix('#')?.trim();
            (!anchor.is_empty() && !anchor.starts_with("tab/")).then(|| (anchor.to_lowercase(), l))
        })
}

/// The line where a file defines an anchor (1 if not found).
fn anchor_line(doc: &Document, anchor: &str) -> u32 {
    doc.segments
        .iter()
        .find(|s| {
            s.anchors.iter().any(|a| a.eq_ignore_ascii_case(anchor))
                || matches!(&s.kind, SegmentKind::Heading { anchor: a, .. } if a.eq_ignore_ascii_case(anchor))
                || (matches!(s.kind, SegmentKind::Heading { .. }) && crate::parse::markdown::slug(&s.text) == anchor)
        })
        .map_or(1, |s| s.line)
}

#[cfg(test)]
mod tests {
    use super::AnchorUndefined;
    use crate::checks::testing::{file, run};

    fn page(body: &str) -> String {
        format!("---\ntitle: T\nms.date: 01/01/2021\n---\n# T\n\n{body}\n")
    }

    #[test]
    fn the_source_is_blamed_for_its_own_undefined_anchor_unless_an_include_may_define_it() {
        let link = "See [the steps](#create-an-endpoint).";
        let include = "[!INCLUDE [steps](../includes/steps.md)]";
        let lines = |files: &[crate::checks::testing::File]| -> Vec<String> {
            run(&AnchorUndefined, files)
                .iter()
                .map(|f| format!("{}:{} {}", f.path, f.line, f.message))
                .collect()
        };
        // no include: the source's link goes nowhere
        let found = lines(&[
            file("en-us/a.md", page(link), vec![]),
            file("fr-fr/a.md", page("Voir [les étapes](#create-an-endpoint)."), vec![]),
        ]);
        assert_eq!(found, ["en-us/a.md:7 anchor #create-an-endpoint is not defined in this file"]);
        // near miss: the source includes a file, which may define the anchor
        let with = format!("{link}\n\n{include}");
        let found = lines(&[
            file("en-us/a.md", page(&with), vec![]),
            file("fr-fr/a.md", page(&format!("Voir [les étapes](#create-an-endpoint).\n\n{include}")), vec![]),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
