//! Per-section inventories the block checks compare: alerts, code, images, numbers.

use super::ArticleContext;
use crate::finding::{Finding, Related};
use crate::parse::Segment;
use std::collections::BTreeMap;

/// One thing found in a section: its normalised key, its line and how it is shown.
pub struct Item {
    pub key: String,
    pub line: u32,
    pub shown: String,
}

/// What one side has more of than the other.
pub enum Diff<'a> {
    /// The reference has it, this locale has fewer.
    Missing {
        reference: &'a Item,
        section_line: u32,
    },
    /// This locale has it, the reference has fewer.
    Extra { item: &'a Item, reference_line: u32 },
}

/// For every document comparable with the reference and every section both have,
/// the items `items` lists in each and how their multisets differ.
pub fn diffs(
    cx: &ArticleContext<'_>,
    items: impl Fn(&Segment) -> Vec<Item>,
    mut report: impl FnMut(usize, usize, Diff<'_>),
) {
    let art = cx.article;
    let r = art.reference;
    let others: Vec<usize> = cx.compared().collect();
    let collect = |doc: usize, s: usize| {
        let sec = &art.sections[doc][s];
        let mut map: BTreeMap<String, Vec<Item>> = BTreeMap::new();
        for seg in &art.docs[doc].segments[sec.body.clone()] {
            for it in items(seg) {
                map.entry(it.key.clone()).or_default().push(it);
            }
        }
        let line = sec
            .heading
            .or(Some(sec.body.start))
            .and_then(|i| art.docs[doc].segments.get(i))
            .map_or(1, |s| s.line);
        (map, line)
    };
    for (i, row) in art.rows.iter().enumerate() {
        let Some(a) = row.cells[r] else {
            continue;
        };
        // the reference's inventory of this section, read once for every locale
        let mut reference = None;
        for &d in &others {
            let Some(b) = row.cells[d] else {
                continue;
            };
            let (ra, la) = reference.get_or_insert_with(|| collect(r, a));
            let (rb, lb) = collect(d, b);
            for (k, v) in ra.iter() {
                let have = rb.get(k).map_or(0, Vec::len);
                for it in v.iter().skip(have) {
                    report(
                        d,
                        i,
                        Diff::Missing {
                            reference: it,
                            section_line: lb,
                        },
                    );
                }
            }
            for (k, v) in &rb {
                let have = ra.get(k).map_or(0, Vec::len);
                for it in v.iter().skip(have) {
                    report(
                        d,
                        i,
                        Diff::Extra {
                            item: it,
                            reference_line: *la,
                        },
                    );
                }
            }
        }
    }
}

/// The usual finding for a diff: on the locale, with the reference's place as related.
pub fn finding(
    cx: &ArticleContext<'_>,
    meta: &super::CheckMeta,
    d: usize,
    diff: &Diff<'_>,
    what: &str,
    help: &str,
) -> Finding {
    let art = cx.article;
    let (rdoc, odoc) = (&art.docs[art.reference], &art.docs[d]);
    let (line, message, subject, related) = match diff {
        Diff::Missing {
            reference,
            section_line,
        } => (
            *section_line,
            format!(
                "{what} {} is missing in this section (present in {})",
                reference.shown, rdoc.locale
            ),
            format!("missing {}", reference.key),
            ArticleContext::related(rdoc, reference.line, reference.shown.clone()),
        ),
        Diff::Extra {
            item,
            reference_line,
        } => (
            item.line,
            format!(
                "{what} {} is not in this section of {}",
                item.shown, rdoc.locale
            ),
            format!("extra {}", item.key),
            Related {
                path: rdoc.file.rel.clone(),
                line: *reference_line,
                locale: Some(rdoc.locale.clone()),
                message: "the same section".into(),
            },
        ),
    };
    let mut f = cx.finding(meta, odoc, line, message);
    f.subject = subject;
    f.help = Some(help.into());
    f.related.push(related);
    f
}
