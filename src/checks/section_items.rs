//! Per-section inventories the block checks compare: alerts, code, images, numbers.

use super::{consensus, ArticleContext};
use crate::finding::{Finding, Related};
use crate::parse::Segment;
use std::collections::{BTreeMap, BTreeSet};

/// One thing found in a section: its normalised key, its line and how it is shown.
pub struct Item {
    pub key: String,
    pub line: u32,
    pub shown: String,
}

/// What a locale has more or fewer of than its peers say it should.
pub enum Diff<'a> {
    /// The witnesses (the source, or a clear majority of the others) have it; this
    /// locale has fewer.
    Missing {
        /// The item in the first witness.
        reference: &'a Item,
        section_line: u32,
        /// Where it would stand in this locale ([`aligned_line`]): the line of the block
        /// in the place of the witness's block, else the section's line.
        line: u32,
        witnesses: Vec<usize>,
    },
    /// This locale has it; the witnesses have fewer.
    Extra {
        item: &'a Item,
        /// The section's line in the first witness.
        reference_line: u32,
        witnesses: Vec<usize>,
    },
}

type Inventory = BTreeMap<String, Vec<Item>>;

/// For every aligned section of the documents that are compared with each other
/// ([`ArticleContext::peers`]), the items `items` lists in each (given the document, the
/// segment's index in it and the segment), and every locale whose
/// count of an item differs from what its peers say ([`consensus::outliers`]): the
/// source, or a clear majority of the other locales.
pub fn diffs(
    cx: &ArticleContext<'_>,
    items: impl Fn(usize, usize, &Segment) -> Vec<Item>,
    mut report: impl FnMut(usize, usize, Diff<'_>),
) {
    let art = cx.article;
    let peers = cx.peers();
    let source = cx.source();
    let collect = |doc: usize, s: usize| -> (usize, Inventory, u32) {
        let sec = &art.sections[doc][s];
        let mut map: Inventory = BTreeMap::new();
        for (i, seg) in sec
            .body
            .clone()
            .zip(&art.docs[doc].segments[sec.body.clone()])
        {
            for it in items(doc, i, seg) {
                map.entry(it.key.clone()).or_default().push(it);
            }
        }
        (doc, map, cx.section_line(doc, s))
    };
    // Per (document, witness): the items of the witness's sections that the document
    // lacks. A lacked section's content usually went into the section before it (a heading
    // lost): its items there are not extra, the section is missing (CC101).
    let mut orphaned: BTreeMap<(usize, usize), BTreeSet<String>> = BTreeMap::new();
    let mut orphans = |doc: usize, witness: usize| -> BTreeSet<String> {
        orphaned
            .entry((doc, witness))
            .or_insert_with(|| {
                art.rows
                    .iter()
                    .filter(|r| r.cells[doc].is_none())
                    .filter_map(|r| r.cells[witness])
                    .flat_map(|s| collect(witness, s).1.into_keys())
                    .collect()
            })
            .clone()
    };
    for (i, row) in art.rows.iter().enumerate() {
        let present: Vec<(usize, usize)> = peers
            .iter()
            .filter_map(|&d| Some((d, row.cells[d]?)))
            .collect();
        if present.len() < 2 {
            continue;
        }
        let inventories: Vec<(usize, Inventory, u32)> =
            present.iter().map(|&(d, s)| collect(d, s)).collect();
        let of = |d: usize| inventories.iter().find(|(x, _, _)| *x == d);
        let keys: BTreeSet<&String> = inventories.iter().flat_map(|(_, m, _)| m.keys()).collect();
        for key in keys {
            let counts: Vec<(usize, usize)> = inventories
                .iter()
                .map(|(d, m, _)| (*d, m.get(key).map_or(0, Vec::len)))
                .collect();
            for o in consensus::outliers(&counts, source) {
                let (Some(mine), Some(first)) =
                    (of(o.doc), o.witnesses.first().and_then(|&w| of(w)))
                else {
                    continue;
                };
                if o.lacks() {
                    let Some(theirs) = first.1.get(key) else {
                        continue;
                    };
                    let ours = mine.1.get(key).map_or(&[][..], Vec::as_slice);
                    let lacked = unmatched(theirs, first.2, ours, mine.2);
                    for it in lacked.into_iter().take(o.expected - o.got) {
                        let w = first.0;
                        let line = row.cells[w]
                            .zip(row.cells[o.doc])
                            .and_then(|(sw, sd)| aligned_line(cx, (w, sw), (o.doc, sd), it.line));
                        report(
                            o.doc,
                            i,
                            Diff::Missing {
                                reference: it,
                                section_line: mine.2,
                                line: line.unwrap_or(mine.2),
                                witnesses: o.witnesses.clone(),
                            },
                        );
                    }
                } else if let Some(ours) = mine.1.get(key) {
                    if o.witnesses
                        .first()
                        .is_some_and(|&w| orphans(o.doc, w).contains(key))
                    {
                        continue;
                    }
                    let theirs = first.1.get(key).map_or(&[][..], Vec::as_slice);
                    for it in unmatched(ours, mine.2, theirs, first.2) {
                        report(
                            o.doc,
                            i,
                            Diff::Extra {
                                item: it,
                                reference_line: first.2,
                                witnesses: o.witnesses.clone(),
                            },
                        );
                    }
                }
            }
        }
    }
}

/// The line of document `to`'s section (document, section) that stands where `line` of
/// `from`'s section does: when both sections are made of the same sequence of kinds of
/// blocks (a translation that kept the source's paragraphs, lists and tables), the line
/// of the block of the same rank; else none.
fn aligned_line(
    cx: &ArticleContext<'_>,
    from: (usize, usize),
    to: (usize, usize),
    line: u32,
) -> Option<u32> {
    let art = cx.article;
    let body = |(d, s): (usize, usize)| &art.docs[d].segments[art.sections[d][s].body.clone()];
    let (a, b) = (body(from), body(to));
    if !same_shape(a, b) {
        return None;
    }
    let rank = a.iter().rposition(|seg| seg.line <= line)?;
    Some(b[rank].line)
}

/// Whether two sections' blocks are the same sequence of kinds of blocks (a translation
/// that kept the source's paragraphs, lists and tables).
pub fn same_shape(a: &[Segment], b: &[Segment]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| std::mem::discriminant(&x.kind) == std::mem::discriminant(&y.kind))
}

/// The items of `pool` (a section starting at line `pool_start`) left over when each
/// item of `against` (a section starting at `against_start`) takes the nearest one, by
/// line within the section, not yet taken: which of a locale's three `3`s is the extra
/// one is where the others have none (`3 TB` where they say `2 TB`), not the last one.
/// In `pool`'s order.
fn unmatched<'i>(
    pool: &'i [Item],
    pool_start: u32,
    against: &[Item],
    against_start: u32,
) -> Vec<&'i Item> {
    let offset = |line: u32, start: u32| i64::from(line) - i64::from(start);
    let mut taken = vec![false; pool.len()];
    for a in against {
        let nearest = pool
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken[*i])
            .min_by_key(|(_, p)| {
                (offset(p.line, pool_start) - offset(a.line, against_start)).abs()
            });
        if let Some((i, _)) = nearest {
            taken[i] = true;
        }
    }
    pool.iter()
        .zip(taken)
        .filter(|(_, t)| !t)
        .map(|(p, _)| p)
        .collect()
}

/// The usual finding for a diff: on the locale, with the first witness's place as related.
pub fn finding(
    cx: &ArticleContext<'_>,
    meta: &super::CheckMeta,
    d: usize,
    diff: &Diff<'_>,
    what: &str,
    help: &str,
) -> Finding {
    let art = cx.article;
    let odoc = &art.docs[d];
    let (line, message, subject, related) = match diff {
        Diff::Missing {
            reference,
            line,
            witnesses,
            ..
        } => (
            *line,
            format!(
                "{what} {} is missing in this section (present in {})",
                reference.shown,
                cx.witness_locales(witnesses)
            ),
            format!("missing {}", reference.key),
            witnesses.first().map(|&w| {
                ArticleContext::related(&art.docs[w], reference.line, reference.shown.clone())
            }),
        ),
        Diff::Extra {
            item,
            reference_line,
            witnesses,
        } => (
            item.line,
            format!(
                "{what} {} is not in this section of {}",
                item.shown,
                cx.witness_locales(witnesses)
            ),
            format!("extra {}", item.key),
            witnesses.first().map(|&w| Related {
                path: art.docs[w].file.rel.clone(),
                line: *reference_line,
                locale: Some(art.docs[w].locale.clone()),
                message: "the same section".into(),
            }),
        ),
    };
    let mut f = cx.finding(meta, odoc, line, message);
    f.subject = subject;
    f.help = Some(help.into());
    f.related.extend(related);
    f
}
