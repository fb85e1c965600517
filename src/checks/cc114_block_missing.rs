use crate::text::is_letter;
use super::blocks::{self, Block};
use super::{consensus, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// In each aligned section, lines up the blocks (paragraphs, list items, table rows,
    /// alerts, code blocks, images) of every locale against the source locale's, or,
    /// when the source locale is not in the tree, against the block sequence a clear
    /// majority of the other locales share. Where a locale has fewer blocks of a shape,
    /// the block lengths (relative to the length of each locale's own text) tell which block it
    /// lacks, and a missing paragraph, list item, quote or table row is reported at the
    /// place it should be, with the same block in the other locales as related places.
    /// Nothing is reported when the other locales disagree among themselves, when the
    /// locale's blocks were restructured rather than dropped (a list turned into code),
    /// when the missing text seems merged into a neighbouring block, or when the missing
    /// block is nearly empty; at most one finding per section.
    ///
    /// ## Why it matters
    /// A dropped paragraph or step is the commonest translation defect, and it is
    /// invisible to the checks that compare links, numbers or claims unless the block
    /// happened to carry one.
    ///
    /// ## Example
    /// `fr-fr/…:18: a paragraph of this section is missing before this line: 4 of 5
    /// other locales have it (cs-cz, es-es, ko-kr, ru-ru), e.g. es-es: «Para crear…»`.
    ///
    /// ## How to fix
    /// Translate the block the related locations show, at this place.
    pub struct BlockMissing { code: "CC114", name: "block-missing", kind: Kind::Structure, severity: Severity::Warning }
}

/// Sections with more blocks are not aligned (the alignment is quadratic).
const MAX_BLOCKS: usize = 1000;
/// Letters a missing block must have to be worth a finding.
const MIN_LETTERS: usize = 15;

impl BlockMissing {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let docs = cx.peers();
        if docs.len() < 2 {
            return Vec::new();
        }
        let source = cx.source().is_some();
        // Each document's blocks per section.
        let sections: BTreeMap<usize, &[Vec<Block>]> =
            docs.iter().map(|&d| (d, cx.blocks(d))).collect();
        // Per document: the total length and count of its blocks.
        let totals: BTreeMap<usize, (usize, usize)> = sections
            .iter()
            .map(|(&d, secs)| (d, sum(secs.iter().flatten())))
            .collect();
        let mut out = Vec::new();
        for row in &art.rows {
            let present: Vec<(usize, &[Block])> = docs
                .iter()
                .filter_map(|&d| Some((d, sections[&d][row.cells[d]?].as_slice())))
                .collect();
            // Each document's scale: a hundredth of its text outside this section (which a
            // block missing or merged here does not change), or of all of it when the rest
            // is too small to tell.
            let average: BTreeMap<usize, f64> = present
                .iter()
                .map(|&(d, here)| {
                    let (all, n) = totals[&d];
                    let (mine, m) = sum(here.iter());
                    let s = if n - m >= 3 && all - mine >= mine {
                        all - mine
                    } else {
                        all
                    };
                    (d, (s as f64 / 100.0).max(0.01))
                })
                .collect();
            for &(d, mine) in &present {
                if source && d == cx.pivot {
                    continue;
                }
                let others: Vec<(usize, &[Block])> = if source {
                    present
                        .iter()
                        .filter(|(e, _)| *e == cx.pivot)
                        .copied()
                        .collect()
                } else {
                    present.iter().filter(|(e, _)| *e != d).copied().collect()
                };
                let Some(agreeing) = consensus(&others, source) else {
                    continue;
                };
                if source && restructured_everywhere(&present, d, cx.pivot, mine) {
                    continue;
                }
                if let Some(f) = self.missing(
                    cx,
                    (d, row.cells[d]),
                    mine,
                    &agreeing,
                    &average,
                    others.len(),
                ) {
                    out.push(f);
                }
            }
        }
        out
    }
}

impl BlockMissing {
    /// The finding for `mine` (document `d`) against the agreeing documents' blocks.
    fn missing(
        &self,
        cx: &ArticleContext<'_>,
        (d, section): (usize, Option<usize>),
        mine: &[Block],
        agreeing: &[(usize, &[Block])],
        average: &BTreeMap<usize, f64>,
        others: usize,
    ) -> Option<Finding> {
        let art = cx.article;
        let reference = agreeing.first()?.1;
        let n = reference.len();
        if mine.len() >= n || n > MAX_BLOCKS || !sub_multiset(mine, reference) {
            return None;
        }
        // The consensus length of each block, relative to each locale's own scale.
        let expected: Vec<f64> = (0..n)
            .map(|i| {
                agreeing
                    .iter()
                    .map(|(e, b)| b[i].len as f64 / average[e])
                    .sum::<f64>()
                    / agreeing.len() as f64
            })
            .collect();
        let actual: Vec<f64> = mine.iter().map(|b| b.len as f64 / average[&d]).collect();
        let matched = if n - mine.len() <= 2 {
            embed_few(reference, mine, &expected, &actual)?
        } else {
            embed(reference, mine, &expected, &actual)?
        };
        let missing: Vec<usize> = (0..n).filter(|i| matched[*i].is_none()).collect();
        // The first missing block worth a finding: prose, substantial, and not merged
        // into a neighbour.
        let &i = missing.iter().find(|&&i| {
            reference[i].is_prose()
                && substantial(agreeing, i)
                && !merged(i, reference, &matched, &expected, &actual)
        })?;
        let doc = &art.docs[d];
        let next = matched[i + 1..].iter().flatten().next();
        let previous = matched[..i].iter().flatten().last();
        let (line, place) = match (next, previous) {
            (Some(&j), _) => (mine[j].line, "before this line"),
            (None, Some(&j)) => (mine[j].line, "after this block"),
            (None, None) => (section_line(cx, d, section), "in this section"),
        };
        let (e0, b0) = agreeing[0];
        let locales: Vec<usize> = agreeing.iter().map(|(e, _)| *e).collect();
        let more = missing.len() - 1;
        let mut message = format!(
            "a {} of this section is missing {place}: {} of {others} other locale(s) have it ({}), e.g. {}: «{}»",
            shown(reference[i].shape),
            agreeing.len(),
            super::compare::locales(art, &locales),
            art.docs[e0].locale,
            blocks::snippet(&b0[i].text, 80),
        );
        if more > 0 {
            message.push_str(&format!(
                "; {more} more block(s) of the section are missing too"
            ));
        }
        let mut f = cx.finding(&Self::META, doc, line, message);
        f.subject = format!("missing {} {} of {}", reference[i].shape, i + 1, n);
        f.help = Some("translate the block the related locations show, at this place".into());
        for (e, b) in agreeing.iter().take(blocks::RELATED) {
            f.related.push(ArticleContext::related(
                &art.docs[*e],
                b[i].line,
                blocks::snippet(&b[i].text, 80),
            ));
        }
        Some(f)
    }
}

/// The total length and the number of some blocks.
fn sum<'a>(blocks: impl Iterator<Item = &'a Block<'a>>) -> (usize, usize) {
    blocks.fold((0, 0), |(s, n), b| (s + b.len, n + 1))
}

/// The documents that share the block sequence a clear majority of `others` has (all of
/// `others` when it is the source alone); `None` without such a majority.
fn consensus<'a>(
    others: &[(usize, &'a [Block<'a>])],
    source: bool,
) -> Option<Vec<(usize, &'a [Block<'a>])>> {
    if source {
        return (others.len() == 1).then(|| others.to_vec());
    }
    let mut groups: BTreeMap<Vec<&str>, Vec<(usize, &[Block])>> = BTreeMap::new();
    for &(e, b) in others {
        groups
            .entry(b.iter().map(|x| x.shape).collect())
            .or_default()
            .push((e, b));
    }
    let best = groups.into_values().max_by_key(Vec::len)?;
    consensus::clear_majority(best.len(), others.len()).then_some(best)
}

/// With the source present: whether a clear majority of the other translations have the
/// same blocks as `mine` (the source changed, or parses differently: not this locale's defect).
fn restructured_everywhere(
    present: &[(usize, &[Block])],
    d: usize,
    source: usize,
    mine: &[Block],
) -> bool {
    let translations: Vec<&[Block]> = present
        .iter()
        .filter(|(e, _)| *e != d && *e != source)
        .map(|(_, b)| *b)
        .collect();
    let same = translations
        .iter()
        .filter(|b| b.iter().map(|x| x.shape).eq(mine.iter().map(|x| x.shape)))
        .count();
    consensus::clear_majority(same, translations.len())
}

/// Whether every shape of `mine` occurs at most as often in `reference`.
fn sub_multiset(mine: &[Block], reference: &[Block]) -> bool {
    let mut count: BTreeMap<&str, i64> = BTreeMap::new();
    for b in reference {
        *count.entry(b.shape).or_default() += 1;
    }
    for b in mine {
        *count.entry(b.shape).or_default() -= 1;
    }
    count.values().all(|&c| c >= 0)
}

/// Embeds `mine` in order into `reference`, matching only blocks of the same shape and
/// choosing, among the ways to do it, the one whose matched lengths agree best (Gale and
/// Church's idea, on block lengths relative to each locale's scale). Returns, per
/// reference block, the block of `mine` it is matched with; `None` if no embedding exists.
fn embed(
    reference: &[Block],
    mine: &[Block],
    expected: &[f64],
    actual: &[f64],
) -> Option<Vec<Option<usize>>> {
    let (n, m) = (reference.len(), mine.len());
    let cost = |i: usize, j: usize| {
        let r = ((actual[j] + 0.1) / (expected[i] + 0.1)).ln();
        r * r
    };
    const INF: f64 = f64::INFINITY;
    // dp[i][j]: best cost of placing mine[..j] into reference[..i].
    let mut dp = vec![vec![INF; m + 1]; n + 1];
    dp[0][0] = 0.0;
    for i in 1..=n {
        for j in 0..=m.min(i) {
            let mut best = dp[i - 1][j];
            if j > 0 && reference[i - 1].shape == mine[j - 1].shape {
                best = best.min(dp[i - 1][j - 1] + cost(i - 1, j - 1));
            }
            dp[i][j] = best;
        }
    }
    if !dp[n][m].is_finite() {
        return None;
    }
    let mut matched = vec![None; n];
    let (mut i, mut j) = (n, m);
    while i > 0 {
        if j > 0
            && reference[i - 1].shape == mine[j - 1].shape
            && (dp[i][j] - (dp[i - 1][j - 1] + cost(i - 1, j - 1))).abs() < 1e-12
        {
            matched[i - 1] = Some(j - 1);
            j -= 1;
        } else {
            // skipped: dp[i][j] == dp[i-1][j]
        }
        i -= 1;
    }
    (j == 0).then_some(matched)
}

/// [`embed`] for one or two missing blocks, trying every way to leave them out and
/// scoring each with the length scale that fits it best (the locale's scale is then not
/// taken from its text, which the missing blocks shrink).
fn embed_few(
    reference: &[Block],
    mine: &[Block],
    expected: &[f64],
    actual: &[f64],
) -> Option<Vec<Option<usize>>> {
    let n = reference.len();
    let gaps: Vec<Vec<usize>> = match n - mine.len() {
        1 => (0..n).map(|i| vec![i]).collect(),
        2 => (0..n)
            .flat_map(|i| (i + 1..n).map(move |k| vec![i, k]))
            .collect(),
        _ => return None,
    };
    let mut best: Option<(f64, Vec<Option<usize>>)> = None;
    for gap in gaps {
        let kept: Vec<usize> = (0..n).filter(|i| !gap.contains(i)).collect();
        if !kept
            .iter()
            .zip(mine)
            .all(|(&i, b)| reference[i].shape == b.shape)
        {
            continue;
        }
        let logs: Vec<f64> = kept
            .iter()
            .enumerate()
            .map(|(j, &i)| ((actual[j] + 0.1) / (expected[i] + 0.1)).ln())
            .collect();
        let mean = logs.iter().sum::<f64>() / logs.len().max(1) as f64;
        let cost: f64 = logs.iter().map(|r| (r - mean).powi(2)).sum();
        if best.as_ref().is_none_or(|(c, _)| cost < *c - 1e-12) {
            let mut matched = vec![None; n];
            for (j, &i) in kept.iter().enumerate() {
                matched[i] = Some(j);
            }
            best = Some((cost, matched));
        }
    }
    best.map(|(_, m)| m)
}

/// Whether the agreeing locales' block `i` has enough letters (in most of them).
fn substantial(agreeing: &[(usize, &[Block])], i: usize) -> bool {
    let enough = agreeing
        .iter()
        .filter(|(_, b)| {
            let w = blocks::read_words(&b[i].text, |_| {});
            let letters = b[i].text.chars().filter(|&c| is_letter(c)).count();
            letters >= MIN_LETTERS && (w.count >= 3 || w.non_latin >= 8)
        })
        .count();
    2 * enough > agreeing.len()
}

/// Whether the locale merged block `i` into a matched neighbour of the same shape rather
/// than dropping it: the lengths of the prose blocks agree better (each reading with the
/// scale that fits it best) when the neighbour is taken to hold both.
fn merged(
    i: usize,
    reference: &[Block],
    matched: &[Option<usize>],
    expected: &[f64],
    actual: &[f64],
) -> bool {
    let spread = |merge: Option<usize>| {
        // code is not translated: its length does not follow the language's, so only
        // prose blocks tell how this locale's lengths compare
        let logs: Vec<f64> = (0..reference.len())
            .filter(|&k| reference[k].is_prose())
            .filter_map(|k| {
                let j = matched[k]?;
                let e = if Some(k) == merge {
                    expected[k] + expected[i]
                } else {
                    expected[k]
                };
                Some(((actual[j] + 0.1) / (e + 0.1)).ln())
            })
            .collect();
        let mean = logs.iter().sum::<f64>() / logs.len().max(1) as f64;
        logs.iter().map(|r| (r - mean).powi(2)).sum::<f64>()
    };
    let dropped = spread(None);
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter(|&k| {
            matches!(matched.get(k), Some(Some(_))) && reference[k].shape == reference[i].shape
        })
        .any(|k| spread(Some(k)) < dropped)
}

/// The line of a section's heading (or of its first segment) in document `d`.
fn section_line(cx: &ArticleContext<'_>, d: usize, section: Option<usize>) -> u32 {
    let doc = &cx.article.docs[d];
    section
        .and_then(|s| cx.article.sections[d].get(s))
        .and_then(|s| s.heading.or(Some(s.body.start)))
        .and_then(|i| doc.segments.get(i))
        .map_or(1, |seg| seg.line)
}

fn shown(shape: &str) -> &str {
    match shape {
        "list-item" => "list item",
        "table-row" => "table row",
        s => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::blocks::tests::page;
    use crate::checks::testing::{file, run};

    const FR: [&str; 3] = [
        "Le premier paragraphe explique comment créer la ressource dans le portail.",
        "Le deuxième paragraphe, bien plus long, décrit chacune des options que vous pouvez choisir, la région, le niveau tarifaire et le groupe de ressources.",
        "Le troisième paragraphe conclut.",
    ];
    const ES: [&str; 3] = [
        "El primer párrafo explica cómo crear el recurso en el portal.",
        "El segundo párrafo, mucho más largo, describe cada una de las opciones que puede elegir, la región, el plan de tarifa y el grupo de recursos.",
        "El tercer párrafo concluye.",
    ];
    const DE: [&str; 3] = [
        "Der erste Absatz erklärt, wie Sie die Ressource im Portal erstellen.",
        "Der zweite, viel längere Absatz beschreibt jede der Optionen, die Sie wählen können, die Region, den Tarif und die Ressourcengruppe.",
        "Der dritte Absatz schließt ab.",
    ];
    const IT: [&str; 3] = [
        "Il primo paragrafo spiega come creare la risorsa nel portale.",
        "Il secondo paragrafo, molto più lungo, descrive ciascuna delle opzioni che è possibile scegliere, l'area, il piano tariffario e il gruppo di risorse.",
        "Il terzo paragrafo conclude.",
    ];

    #[test]
    fn a_dropped_paragraph_is_reported_where_it_should_be() {
        let found = run(
            &BlockMissing,
            &[
                file("de-de/a.md", page(&DE), vec![]),
                file("es-es/a.md", page(&ES), vec![]),
                file("fr-fr/a.md", page(&[FR[0], FR[2]]), vec![]),
                file("it-it/a.md", page(&IT), vec![]),
            ],
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "fr-fr/a.md");
        assert_eq!(found[0].line, 10, "{found:#?}");
        assert!(found[0].message.contains("zweite"), "{}", found[0].message);
        assert_eq!(found[0].related.len(), 3);
    }

    #[test]
    fn a_lead_in_dropped_before_code_is_no_merge() {
        // es-es iot-hub-create-using-cli, "Remove an IoT hub": paragraph, lead-in, code,
        // paragraph, code; es lacks the lead-in. Its page runs longer than the others, so
        // its code blocks (not translated) are short for its scale; the prose blocks alone
        // show the lead-in was dropped, not merged into the paragraph before it.
        let block = |shape| Block {
            shape,
            line: 1,
            text: "x".into(),
            len: 1,
            link_texts: Vec::new(),
            segments: 0..1,
        };
        let reference = [
            block("paragraph"),
            block("paragraph"),
            block("code-block"),
            block("paragraph"),
            block("code-block"),
        ];
        let matched = [Some(0), None, Some(1), Some(2), Some(3)];
        let expected = [6.47, 2.20, 4.85, 3.04, 2.71];
        let actual = [7.01, 3.27, 3.13, 1.83];
        assert!(!merged(1, &reference, &matched, &expected, &actual));
        // near miss: a paragraph as long as the two the others have did merge them
        assert!(merged(1, &reference, &matched, &expected, &[8.7, 4.85, 3.04, 2.71]));
    }

    #[test]
    fn no_majority_no_finding() {
        let found = run(
            &BlockMissing,
            &[
                file("de-de/a.md", page(&DE[..1]), vec![]),
                file("es-es/a.md", page(&ES[..2]), vec![]),
                file("fr-fr/a.md", page(&FR), vec![]),
            ],
        );
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_merged_paragraph_is_not_missing() {
        let merged = format!("{} {}", FR[1], FR[2]);
        let found = run(
            &BlockMissing,
            &[
                file("de-de/a.md", page(&DE), vec![]),
                file("es-es/a.md", page(&ES), vec![]),
                file("fr-fr/a.md", page(&[FR[0], &merged]), vec![]),
                file("it-it/a.md", page(&IT), vec![]),
            ],
        );
        assert!(found.is_empty(), "{found:#?}");
    }
}
