//! Stage 3: documents -> articles (all locales of one page) with aligned sections.

use crate::discover::{FileList, SourceFile};
use crate::locale::Locale;
use crate::parse::{Document, Section, Segment};
use serde::Serialize;
use std::collections::BTreeMap;

/// All locales of one page, with their sections aligned.
#[derive(Debug)]
pub struct Article {
    pub key: String,
    /// One document per file, sorted by locale then path.
    pub docs: Vec<Document>,
    /// The sections of each document (same order as `docs`).
    pub sections: Vec<Vec<Section>>,
    /// The aligned section table.
    pub rows: Vec<SectionRow>,
    /// Index of the pivot document in `docs` that sections are aligned to: the source
    /// locale when present, else the translation whose headings agree with the most others.
    pub reference: usize,
    /// Whether `reference` is the source locale (else it is only a pivot, and checks
    /// judge a locale against the consensus of the others, never against the pivot).
    pub has_source: bool,
}

/// One row of the section table: the same section in every document that has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SectionRow {
    pub anchor: String,
    pub level: u8,
    /// Whether the first document that has this section gave it an explicit anchor.
    pub explicit: bool,
    /// Per document, the index of its section in `Article::sections[doc]`.
    pub cells: Vec<Option<usize>>,
}

/// How an article's documents were grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// By relative path under locale roots (`fr-fr/articles/x.md` ~ `de-de/articles/x.md`).
    Path,
    /// By the H1 anchor together with `ms.service` (flat trees).
    Content,
}

/// Decides whether a walk is a locale-root tree (any file has a locale segment).
pub fn grouping(files: &FileList) -> Grouping {
    if files.iter().any(|f| f.path_key.is_some()) {
        Grouping::Path
    } else {
        Grouping::Content
    }
}

/// The article key of a file in a locale-root tree.
pub fn path_key(file: &SourceFile) -> String {
    file.path_key.clone().unwrap_or_else(|| file.rel.clone())
}

/// The article key of a parsed document in a flat tree: `service/h1-anchor`, or its
/// path when it has no H1.
pub fn content_key(doc: &Document) -> String {
    match doc.h1_anchor() {
        Some(anchor) if !anchor.is_empty() => {
            let service = doc.front.service.as_deref().unwrap_or("-");
            match doc.front.subservice.as_deref() {
                Some(sub) => format!("{service}/{sub}#{anchor}"),
                None => format!("{service}#{anchor}"),
            }
        }
        _ => doc.file.rel.clone(),
    }
}

/// Groups keyed items into sorted groups.
pub fn group_by_key<T>(items: impl IntoIterator<Item = (String, T)>) -> Vec<(String, Vec<T>)> {
    let mut map: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for (k, v) in items {
        map.entry(k).or_default().push(v);
    }
    map.into_iter().collect()
}

/// Builds one article from its documents, aligning their sections.
pub fn article(key: String, mut docs: Vec<Document>, source_locale: &Locale) -> Article {
    docs.sort_by(|a, b| (&a.locale, &a.file.rel).cmp(&(&b.locale, &b.file.rel)));
    let sections: Vec<Vec<Section>> = docs.iter().map(Document::sections).collect();
    let explicit = |d: usize| {
        sections[d]
            .iter()
            .filter(|s| s.heading.is_some_and(|h| is_explicit(&docs[d].segments[h])))
            .count()
    };
    let source = docs.iter().position(|d| &d.locale == source_locale);
    // Without the source, the pivot is the document whose heading outline (levels in
    // order) the most other documents share: a damaged translation is never the pivot
    // of five good ones.
    let outline = |d: usize| sections[d].iter().map(|s| s.level).collect::<Vec<u8>>();
    let outlines: Vec<Vec<u8>> = (0..docs.len()).map(outline).collect();
    let shared = |d: usize| outlines.iter().filter(|o| **o == outlines[d]).count();
    // ... among the documents made from the revision most of them were made from.
    let revision = |d: usize| docs[d].front.open_loc_file_hash.as_deref();
    let same_revision = |d: usize| {
        (0..docs.len())
            .filter(|&o| revision(o) == revision(d))
            .count()
    };
    let reference = source
        .or_else(|| {
            (0..docs.len()).max_by_key(|&d| {
                (
                    same_revision(d),
                    shared(d),
                    explicit(d),
                    std::cmp::Reverse(d),
                )
            })
        })
        .unwrap_or(0);
    let rows = align_sections(&docs, &sections, reference);
    Article {
        key,
        docs,
        sections,
        rows,
        reference,
        has_source: source.is_some(),
    }
}

fn is_explicit(seg: &Segment) -> bool {
    matches!(
        seg.kind,
        crate::parse::SegmentKind::Heading {
            explicit_anchor: true,
            ..
        }
    )
}

/// Aligns every document's sections to the reference document's: by anchor first, then
/// by order among headings of the same level that lie between two matched sections.
fn align_sections(
    docs: &[Document],
    sections: &[Vec<Section>],
    reference: usize,
) -> Vec<SectionRow> {
    let n = docs.len();
    let mut rows: Vec<SectionRow> = sections[reference]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut cells = vec![None; n];
            cells[reference] = Some(i);
            let explicit = s
                .heading
                .is_some_and(|h| is_explicit(&docs[reference].segments[h]));
            SectionRow {
                anchor: s.anchor.clone(),
                level: s.level,
                explicit,
                cells,
            }
        })
        .collect();
    for d in (0..n).filter(|&d| d != reference) {
        let mine = &sections[d];
        let mut matched: Vec<Option<usize>> = vec![None; mine.len()];
        let mut taken = vec![false; rows.len()];
        for (i, s) in mine.iter().enumerate() {
            if let Some(r) = rows
                .iter()
                .enumerate()
                .position(|(r, row)| !taken[r] && row.anchor == s.anchor && row.level == s.level)
            {
                matched[i] = Some(r);
                taken[r] = true;
            }
        }
        // Order fallback for sections whose anchors are slugs of translated text.
        match_gaps_by_outline(&rows, mine, &mut matched, &mut taken);
        for i in 0..mine.len() {
            if matched[i].is_some() {
                continue;
            }
            let explicit = mine[i]
                .heading
                .is_some_and(|h| is_explicit(&docs[d].segments[h]));
            let lo = matched[..i]
                .iter()
                .rev()
                .find_map(|m| *m)
                .map_or(0, |m| m + 1);
            let hi = matched[i + 1..]
                .iter()
                .find_map(|m| *m)
                .unwrap_or(rows.len());
            let fits = |r: usize| {
                !taken[r] && rows[r].level == mine[i].level && !(explicit && rows[r].explicit)
            };
            if let Some(r) = (lo..hi).find(|&r| fits(r)) {
                matched[i] = Some(r);
                taken[r] = true;
            }
        }
        let mut insert_at = 0;
        for i in 0..matched.len() {
            match matched[i] {
                Some(r) => {
                    rows[r].cells[d] = Some(i);
                    insert_at = insert_at.max(r + 1);
                }
                None => {
                    let mut cells = vec![None; n];
                    cells[d] = Some(i);
                    let explicit = mine[i]
                        .heading
                        .is_some_and(|h| is_explicit(&docs[d].segments[h]));
                    let row = SectionRow {
                        anchor: mine[i].anchor.clone(),
                        level: mine[i].level,
                        explicit,
                        cells,
                    };
                    rows.insert(insert_at, row);
                    taken.insert(insert_at, true);
                    for later in matched[i + 1..].iter_mut().flatten() {
                        if *later >= insert_at {
                            *later += 1;
                        }
                    }
                    insert_at += 1;
                }
            }
        }
    }
    rows
}

/// Between two sections matched by anchor, the unmatched sections of a document and the
/// unmatched rows have the same outline (the same levels in the same order): they are the
/// same sections, whatever their anchors say (an anchor changed in translation, or
/// garbled, is still the same section). Matches them pairwise.
fn match_gaps_by_outline(
    rows: &[SectionRow],
    mine: &[Section],
    matched: &mut [Option<usize>],
    taken: &mut [bool],
) {
    let mut i = 0;
    while i < mine.len() {
        if matched[i].is_some() {
            i += 1;
            continue;
        }
        let start = i;
        while i < mine.len() && matched[i].is_none() {
            i += 1;
        }
        let lo = matched[..start]
            .iter()
            .rev()
            .find_map(|m| *m)
            .map_or(0, |m| m + 1);
        let hi = matched[i..].iter().find_map(|m| *m).unwrap_or(rows.len());
        if lo >= hi {
            continue;
        }
        let free: Vec<usize> = (lo..hi).filter(|&r| !taken[r]).collect();
        let same_outline = free.len() == i - start
            && free
                .iter()
                .zip(start..i)
                .all(|(&r, k)| rows[r].level == mine[k].level);
        if same_outline {
            for (&r, k) in free.iter().zip(start..i) {
                matched[k] = Some(r);
                taken[r] = true;
            }
        }
    }
}

/// Aligns two sequences of blocks by shape (paragraph, list item, alert, ...), using a
/// diff of their shape sequences. Returns pairs of indexes into `a` and `b`.
pub fn blocks(a: &[&Segment], b: &[&Segment]) -> Vec<(Option<usize>, Option<usize>)> {
    let sa: Vec<&str> = a.iter().map(|s| s.kind.shape()).collect();
    let sb: Vec<&str> = b.iter().map(|s| s.kind.shape()).collect();
    let mut out = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &sa, &sb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            similar::DiffTag::Equal => out.extend(ra.zip(rb).map(|(i, j)| (Some(i), Some(j)))),
            similar::DiffTag::Delete => out.extend(ra.map(|i| (Some(i), None))),
            similar::DiffTag::Insert => out.extend(rb.map(|j| (None, Some(j)))),
            similar::DiffTag::Replace => {
                let (la, lb) = (ra.len(), rb.len());
                let (ra, rb) = (ra.collect::<Vec<_>>(), rb.collect::<Vec<_>>());
                for k in 0..la.max(lb) {
                    out.push((ra.get(k).copied(), rb.get(k).copied()));
                }
            }
        }
    }
    out
}
