use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{directives, SegmentKind};
use std::collections::BTreeSet;

declare_check! {
    /// ## What it does
    /// Reports an in-page link (`[text](#anchor)`) whose anchor no heading of the same
    /// file defines, neither as an explicit anchor (`<a name="x">`, `{#x}`) nor as the
    /// slug of its text, nor an HTML block made of an `<a name>`/`id` tag. An `<a name>`
    /// inside a paragraph is not seen (the parser keeps inline HTML only in headings).
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

impl Check for AnchorUndefined {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let mut defined: BTreeSet<String> = BTreeSet::new();
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
            }
            for seg in &doc.segments {
                for (l, anchor) in seg
                    .links
                    .iter()
                    .filter_map(|l| Some((l, l.target.strip_prefix('#')?)))
                    .filter(|(_, anchor)| !anchor.is_empty())
                {
                    if defined.contains(&anchor.to_lowercase()) {
                        continue;
                    }
                    let mut f = cx.finding(
                        &Self::META,
                        doc,
                        l.line,
                        format!("anchor {} is not defined in this file", l.target),
                    );
                    f.subject = anchor.to_string();
                    f.help = Some("link to an anchor a heading of this file defines, or add an explicit anchor to the heading".into());
                    out.push(f);
                }
            }
        }
        out
    }
}
