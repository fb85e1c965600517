use crate::text::is_letter_or_digit;
use super::{ArticleContext};
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

impl SectionMissing {
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
                    let next = art.rows[r + 1..]
                        .iter()
                        .find_map(|next| next.cells[d].and_then(|s| art.sections[d][s].heading))
                        .map_or(u32::MAX, |h| art.docs[d].segments[h].line);
                    let locales = names(cx, &have);
                    let broken = broken_heading(&art.docs[d], line, next);
                    let (line, message, help) = match &broken {
                        Some((at, text)) => (
                            *at,
                            format!(
                                "section `{}` is missing: `{text}` is not a heading, a space must follow the `#` (present in {locales})",
                                row.anchor
                            ),
                            "put a space after the `#` of the heading",
                        ),
                        None => (
                            line,
                            format!("section `{}` is missing (present in {locales})", row.anchor),
                            "translate the section, with the same anchor, after the heading this finding points at",
                        ),
                    };
                    let mut f = cx.finding(&Self::META, &art.docs[d], line, message);
                    f.subject = row.anchor.clone();
                    f.help = Some(help.into());
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

/// A paragraph between two lines of a document that was meant as a heading but lacks the
/// space after its `#` (`##Title`), which CommonMark (and DocFX) render as text: its line
/// and text.
fn broken_heading(doc: &crate::parse::Document, after: u32, before: u32) -> Option<(u32, String)> {
    doc.segments
        .iter()
        .filter(|seg| seg.line > after && seg.line < before && seg.kind.is_prose())
        .find_map(|seg| {
            let first = seg.text.lines().next()?.trim_start();
            let rest = first.trim_start_matches('#');
            let hashes = first.len() - rest.len();
            let starts_word = rest.chars().next().is_some_and(is_letter_or_digit);
            ((1..=6).contains(&hashes) && starts_word)
                .then(|| (seg.line, crate::text::prefix(first, 60).to_string()))
        })
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

#[cfg(test)]
mod tests {
    use super::SectionMissing;
    use crate::checks::testing::{file, page, run};

    fn messages(fr_page: String) -> Vec<(u32, String)> {
        let en = page("iot-dps", None, None, ["one", "two", "three"]);
        let files = [
            file("en-us/a.md", en.clone(), vec![]),
            file("de-de/a.md", en, vec![]),
            file("fr-fr/a.md", fr_page, vec![]),
        ];
        run(&SectionMissing, &files)
            .into_iter()
            .map(|f| (f.line, f.message))
            .collect()
    }

    #[test]
    fn a_heading_without_its_space_is_named() {
        let en = page("iot-dps", None, None, ["one", "two", "three"]);
        let fr = en.replace("## <a name=\"next-steps\"></a>Next", "##Suite");
        let found = messages(fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 14);
        assert!(
            found[0].1.contains("`##Suite` is not a heading"),
            "{found:?}"
        );
    }

    #[test]
    fn a_dropped_section_is_missing_after_the_heading_before_it() {
        let en = page("iot-dps", None, None, ["one", "two", "three"]);
        let cut = en.find("## <a name=\"next-steps\"").expect("section");
        let fr = en.get(..cut).expect("char boundary").to_string();
        let found = messages(fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .1
                .starts_with("section `next-steps` is missing (present in"),
            "{found:?}"
        );
    }
}
