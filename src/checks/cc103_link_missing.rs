use super::compare::normal_target;
use super::section_items::{self, Diff, Item};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Segment, SegmentKind};

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the link targets of every locale, after removing
    /// a locale segment such as `/fr-fr/` from each target, with the source locale's, or,
    /// when the article has no source, with the other locales': a locale is reported
    /// when it lacks a target that a clear majority of the others agree on. A bare URL in
    /// the text counts as a link to it (DocFX links it). A link only one locale has is not
    /// reported: that is a translator's help, or a reference label that happens to match,
    /// far more often than a defect. In-page anchors (`#x`) are left to `anchor-undefined`;
    /// locales translated from another source revision are left to `revision-drift`.
    ///
    /// ## Why it matters
    /// Links carry the prerequisites and the next steps of a procedure; a locale that
    /// lost one leaves its readers without the page they need.
    ///
    /// ## Example
    /// `de-de/…:18: link [customer-managed keys](https://aka.ms/cmk) is missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Add the link to the translated sentence, with the same target as the reference.
    pub struct LinkMissing { code: "CC103", name: "link-missing", kind: Kind::Structure, severity: Severity::Warning }
}

impl LinkMissing {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        section_items::diffs(
            cx,
            |_, seg| links(seg),
            |d, row, diff| {
                if let Diff::Missing { reference, .. } = &diff {
                    if written_bare(cx, d, row, &reference.key) {
                        return;
                    }
                    out.push(section_items::finding(
                        cx,
                        &Self::META,
                        d,
                        &diff,
                        "link",
                        "link the same words to the same target as the other locales",
                    ));
                }
            },
        );
        out
    }
}

/// The links of a block by normalised target (in-page anchors, code and images left out).
fn links(seg: &Segment) -> Vec<Item> {
    if matches!(
        seg.kind,
        SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
    ) {
        return Vec::new();
    }
    seg.links
        .iter()
        .filter(|l| !l.target.starts_with('#') && !l.target.trim().is_empty())
        .map(|l| Item {
            key: normal_target(&l.target),
            line: l.line,
            shown: format!("[{}]({})", l.text, l.target),
        })
        .collect()
}

/// Whether section `row` of document `d` writes `key` as a bare URL in its text.
fn written_bare(cx: &ArticleContext<'_>, d: usize, row: usize, key: &str) -> bool {
    cx.row_body(d, row)
        .iter()
        .filter(|seg| !matches!(seg.kind, SegmentKind::CodeBlock { .. }))
        .any(|seg| {
            bare_urls(&seg.text)
                .into_iter()
                .any(|u| normal_target(u) == key)
        })
}

/// The `http(s)://` URLs written as plain text, which DocFX turns into links.
fn bare_urls(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest
        .find("http://")
        .into_iter()
        .chain(rest.find("https://"))
        .min()
    {
        let Some(tail) = rest.get(at..) else { break };
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '\'' | '|')
            })
            .unwrap_or(tail.len());
        let url = tail
            .get(..end)
            .unwrap_or(tail)
            .trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if url.len() > "https://".len() {
            out.push(url);
        }
        rest = tail.get(end.max(1)..).unwrap_or("");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::bare_urls;

    #[test]
    fn bare_urls_are_read_from_text() {
        assert_eq!(
            bare_urls("Vea http://aka.ms/regionalscope. o (https://x.example/a?b=1), http:// nada"),
            ["http://aka.ms/regionalscope", "https://x.example/a?b=1"]
        );
    }
}
