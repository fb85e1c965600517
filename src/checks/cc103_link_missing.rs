use super::compare::normal_target;
use super::section_items::{self, Diff, Item};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use super::cc105_anchor_undefined::defined_anchors;
use crate::parse::{Segment, SegmentKind};
use std::cell::OnceCell;
use std::collections::BTreeSet;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the link targets of every locale, after removing
    /// a locale segment such as `/fr-fr/` from each target, with the source locale's, or,
    /// when the article has no source, with the other locales': a locale is reported
    /// when it lacks a target that a clear majority of the others agree on. A bare URL in
    /// the text counts as a link to it (DocFX links it). A link only one locale has is not
    /// reported: that is a translator's help, or a reference label that happens to match,
    /// far more often than a defect. A link to an in-page anchor (`#x`) is missing only
    /// where the locale's page defines that anchor itself and has fewer in-page links in
    /// the section (a page whose anchors come from translated headings links other ids;
    /// undefined anchors are `anchor-undefined`'s); locales translated from another source
    /// revision are left to `revision-drift`. A link whose target was changed (the block
    /// in its place holds as many links, and the one of the same rank goes to a target the
    /// others' section lacks) is reported as changed, with both targets.
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
        // the anchors of the document reported on (one per article: the callback's `d`
        // varies, so keyed by document)
        let anchors: Vec<OnceCell<BTreeSet<String>>> =
            cx.article.docs.iter().map(|_| OnceCell::new()).collect();
        section_items::diffs(
            cx,
            |_, _, seg| links(seg),
            |d, row, diff| {
                if let Diff::Missing {
                    reference,
                    witnesses,
                    line,
                    ..
                } = &diff
                {
                    if written_bare(cx, d, row, &reference.key) {
                        return;
                    }
                    if let Some(anchor) = reference.key.strip_prefix('#') {
                        let defined = anchors[d].get_or_init(|| defined_anchors(&cx.article.docs[d]));
                        let fewer = |w: &usize| in_page(cx, d, row) < in_page(cx, *w, row);
                        if !defined.contains(anchor) || !witnesses.first().is_some_and(fewer) {
                            return;
                        }
                    }
                    let mut f = section_items::finding(
                        cx,
                        &Self::META,
                        d,
                        &diff,
                        "link",
                        "link the same words to the same target as the other locales",
                    );
                    if let Some(ours) = witnesses
                        .first()
                        .and_then(|&w| replacement(cx, row, (w, reference), (d, *line)))
                    {
                        f.message = format!(
                            "link {} stands where {} link {}",
                            ours.shown,
                            cx.witness_locales(witnesses),
                            reference.shown
                        );
                        f.subject = format!("changed {}", reference.key);
                        f.help = Some(
                            "link the same target as the other locales, or correct theirs if this one is right"
                                .into(),
                        );
                    }
                    out.push(f);
                }
            },
        );
        out
    }
}

/// The links of a block by normalised target, an in-page anchor by `#` and its anchor
/// lower-cased (tabs `#tab/x`, code and images left out).
fn links(seg: &Segment) -> Vec<Item> {
    if matches!(
        seg.kind,
        SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
    ) {
        return Vec::new();
    }
    seg.links
        .iter()
        .filter(|l| !l.target.trim().is_empty() && !l.target.starts_with("#tab/"))
        .filter_map(|l| {
            let key = match l.target.strip_prefix('#') {
                Some(anchor) => format!("#{}", anchor.trim().to_lowercase()),
                None => normal_target(&l.target),
            };
            (key != "#").then(|| Item {
                key,
                line: l.line,
                shown: format!("[{}]({})", l.text, l.target),
            })
        })
        .collect()
}

/// The link that document `d` has in the place of the witness's `reference`, with a
/// target no link of the witness's section has: the block at `line` (the block of the
/// same rank as the witness's, [`Diff::Missing`]) holds as many links as the witness's
/// block, and the one of the same rank goes elsewhere. A translation that changed a
/// link's target has not lost the link.
fn replacement(
    cx: &ArticleContext<'_>,
    row: usize,
    (w, reference): (usize, &Item),
    (d, line): (usize, u32),
) -> Option<Item> {
    let block_at = |doc: usize, line: u32| {
        let body = cx.row_body(doc, row);
        body.iter().rposition(|s| s.line <= line).map(|i| &body[i])
    };
    let theirs = links(block_at(w, reference.line)?);
    let ours = links(block_at(d, line).filter(|s| s.line == line)?);
    let rank = theirs
        .iter()
        .position(|l| l.key == reference.key && l.line == reference.line)?;
    let known: BTreeSet<String> = cx.row_body(w, row).iter().flat_map(links).map(|l| l.key).collect();
    (theirs.len() == ours.len())
        .then(|| ours.into_iter().nth(rank))
        .flatten()
        .filter(|l| !known.contains(&l.key))
}

/// How many in-page links section `row` of document `d` has.
fn in_page(cx: &ArticleContext<'_>, d: usize, row: usize) -> usize {
    cx.row_body(d, row)
        .iter()
        .flat_map(links)
        .filter(|l| l.key.starts_with('#'))
        .count()
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
    use super::{bare_urls, LinkMissing};
    use crate::checks::testing::{file, run};

    /// The findings on four locales of one page, each given as its text.
    fn found(pages: [(&'static str, &str); 4]) -> Vec<(String, u32)> {
        let files: Vec<_> = pages
            .iter()
            .map(|(path, text)| file(path, format!("# T\n\n{text}\n"), vec![]))
            .collect();
        run(&LinkMissing, &files)
            .into_iter()
            .map(|f| (f.path, f.line))
            .collect()
    }

    #[test]
    fn a_dropped_link_to_an_anchor_the_page_defines_is_reported() {
        let page = |intro: &str, link: &str| {
            format!("{intro} {link}.\n\n## <a name=\"limits\"></a>Limits\n\nText.")
        };
        let f = found([
            ("cs-cz/a.md", &page("Úvod.", "Viz [limity](#limits)")),
            ("es-es/a.md", &page("Intro.", "Vea [límites](#limits)")),
            ("fr-fr/a.md", &page("Intro.", "Voir [limites](#Limits)")),
            ("ru-ru/a.md", &page("Введение.", "См. ограничения")),
        ]);
        assert_eq!(f, [("ru-ru/a.md".to_string(), 3)]);
        // near misses: a locale whose page names its headings by their translated text
        // (the anchor is not defined there), and one that links another id of them
        let translated = "Введение. См. [ограничения](#ограничения).\n\n## Ограничения\n\nТекст.";
        let other_id = "Введение. См. [ограничения](#limity).\n\n## <a name=\"limits\"></a>Limity\n\nТекст.";
        let unlinked = "Введение. См. ограничения.\n\n## Ограничения\n\nТекст.";
        for ru in [translated, other_id, unlinked] {
            let f = found([
                ("cs-cz/a.md", &page("Úvod.", "Viz [limity](#limits)")),
                ("es-es/a.md", &page("Intro.", "Vea [límites](#limits)")),
                ("fr-fr/a.md", &page("Intro.", "Voir [limites](#limits)")),
                ("ru-ru/a.md", ru),
            ]);
            assert!(f.is_empty(), "{ru}: {f:?}");
        }
    }

    #[test]
    fn a_missing_link_is_reported_where_the_others_have_it() {
        // the section starts at line 1; the link stands in its third paragraph (line 7),
        // or, in es-es, after a longer first paragraph (line 9)
        let page = |first: &str, link: &str| format!("{first}\n\nTwo.\n\nSee {link}.");
        let f = found([
            ("cs-cz/a.md", &page("One.", "[docs](https://x.test/d)")),
            ("es-es/a.md", &page("Uno.\n\n* a\n* b", "[docs](https://x.test/d)")),
            ("fr-fr/a.md", &page("Un.", "[docs](https://x.test/d)")),
            ("ru-ru/a.md", &page("Один.", "документы")),
        ]);
        assert_eq!(f, [("ru-ru/a.md".to_string(), 7)]);
        // near miss for the place: a section of another shape (a paragraph lost) is
        // reported at its start
        let f = found([
            ("cs-cz/a.md", &page("One.", "[docs](https://x.test/d)")),
            ("es-es/a.md", &page("Uno.", "[docs](https://x.test/d)")),
            ("fr-fr/a.md", &page("Un.", "[docs](https://x.test/d)")),
            ("ru-ru/a.md", "Один.\n\nСм. документы."),
        ]);
        assert_eq!(f, [("ru-ru/a.md".to_string(), 1)]);
    }

    #[test]
    fn a_changed_target_is_reported_as_changed() {
        let page = |link: &str| format!("One.\n\nSee {link} and [b](https://x.test/b).");
        let files: Vec<_> = [
            ("cs-cz/a.md", page("[a](https://x.test/a)")),
            ("es-es/a.md", page("[a](https://x.test/a)")),
            ("fr-fr/a.md", page("[a](https://x.test/a)")),
            ("ru-ru/a.md", page("[a](https://old.test/a)")),
        ]
        .into_iter()
        .map(|(path, text)| file(path, format!("# T\n\n{text}\n"), vec![]))
        .collect();
        let f = run(&LinkMissing, &files);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].path.as_str(), f[0].line), ("ru-ru/a.md", 5));
        assert_eq!(
            f[0].message,
            "link [a](https://old.test/a) stands where cs-cz, es-es, fr-fr link [a](https://x.test/a)"
        );
        // near miss: a link dropped while another of the block stays is missing, not changed
        let f = found([
            ("cs-cz/a.md", &page("[a](https://x.test/a)")),
            ("es-es/a.md", &page("[a](https://x.test/a)")),
            ("fr-fr/a.md", &page("[a](https://x.test/a)")),
            ("ru-ru/a.md", &page("a")),
        ]);
        assert_eq!(f, [("ru-ru/a.md".to_string(), 5)]);
    }

    #[test]
    fn bare_urls_are_read_from_text() {
        assert_eq!(
            bare_urls("Vea http://aka.ms/regionalscope. o (https://x.example/a?b=1), http:// nada"),
            ["http://aka.ms/regionalscope", "https://x.example/a?b=1"]
        );
    }
}
