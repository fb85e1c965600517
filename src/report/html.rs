//! `--html FILE`: one self-contained page (styles and script inline, no network) that
//! opens at once at any size.
//!
//! The page is an overview first: the articles ranked by severity and the counts per
//! check and per locale, all following the filters. The details of an article (its
//! findings, its locales side by side, a diff between two locales) are built in the page
//! only when it is opened, from compact JSON embedded in the file: only articles with a
//! warning or an error, only the sections a finding points at, in the locales it points
//! at, and a bounded amount of text of each ([`ArticleText`]). Diffs are computed in the
//! page, not here.
//!
//! Markup lives in `html_template.html` (askama, which escapes every value); the JSON
//! goes through [`script_json`], which keeps `</script>` and friends out of it. The
//! output is deterministic: no timestamps, everything sorted, so a committed report can
//! be compared byte for byte with a fresh one.

use super::{CheckReport, Report};
use crate::finding::{Finding, Severity};
use crate::parse::{Segment, SegmentKind};
use crate::pipeline::ArticleOutcome;
use crate::text::{prefix, short_revision};
use askama::Template;
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io;

/// Characters of one block the page keeps (the file has the rest).
const BLOCK_CHARS: usize = 600;
/// Bytes of one locale's text in one section; past it blocks without a finding are cut.
const SECTION_BYTES: usize = 4_000;
/// Sections (with a finding) embedded per article, the most severe first.
const MAX_SECTIONS: usize = 8;
/// Bytes of text embedded per article, all sections and locales together.
const ARTICLE_BYTES: usize = 32_000;
/// Bytes of details JSON per page: past it the articles ranked lowest are listed
/// without their text, so the page stays small whatever the tree.
const PAGE_DETAIL_BYTES: usize = 40 << 20;

/// `text`, or its first `max` characters and `…`.
fn shorten(text: &str, max: usize) -> String {
    let cut = prefix(text, max);
    if cut.len() == text.len() {
        text.to_string()
    } else {
        format!("{cut}…")
    }
}

/// What the HTML report keeps of one article's text: the sections around its warnings
/// and errors, bounded (the visitor builds it while the article is in memory).
#[derive(Clone, Debug, Serialize)]
pub struct ArticleText {
    #[serde(skip)]
    pub root: String,
    #[serde(skip)]
    pub key: String,
    /// Index in `docs` of the reference (source) document.
    #[serde(rename = "ref")]
    pub reference: usize,
    pub docs: Vec<DocText>,
    #[serde(rename = "secs")]
    pub sections: Vec<SectionText>,
    /// Sections with a finding left out to stay within the budget.
    pub more: usize,
}

/// One document of an article.
#[derive(Clone, Debug, Serialize)]
pub struct DocText {
    #[serde(rename = "p")]
    pub path: String,
    #[serde(rename = "l")]
    pub locale: String,
    /// The short source revision a translation was made from (`None`: the source).
    #[serde(rename = "r")]
    pub revision: Option<String>,
}

/// What one section holds of one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// No finding points at this document here: its text is not in the page.
    Omitted,
    /// The text is in the page.
    Embedded,
    /// The text is in the page, cut to the budget.
    Cut,
    /// The document has no such section.
    Missing,
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(match self {
            Cell::Omitted => 0,
            Cell::Embedded => 1,
            Cell::Cut => 2,
            Cell::Missing => 3,
        })
    }
}

/// One aligned section: per document its state and heading, then aligned block rows.
#[derive(Clone, Debug, Serialize)]
pub struct SectionText {
    #[serde(rename = "a")]
    pub anchor: String,
    #[serde(rename = "lv")]
    pub level: u8,
    #[serde(rename = "s")]
    pub cells: Vec<Cell>,
    /// Per document: heading line and text, when it has the section and it is embedded.
    #[serde(rename = "h")]
    pub headings: Vec<Option<(u32, String)>>,
    /// Aligned rows of blocks, one cell per document.
    pub rows: Vec<Vec<Option<Block>>>,
}

/// One block (paragraph, list item, alert, ...) of one document.
#[derive(Clone, Debug, Serialize)]
pub struct Block {
    /// Index in the document's segments (claims point at it).
    #[serde(skip)]
    pub segment: usize,
    #[serde(rename = "n")]
    pub line: u32,
    #[serde(rename = "k")]
    pub shape: &'static str,
    /// Alert kind, include target, code language, ...
    #[serde(rename = "b", skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(rename = "t")]
    pub text: String,
    /// Claims of this block: id, polarity, value, and where the sentence is in `text`
    /// (start and end in UTF-16 code units, as the page's script counts; -1 when the
    /// sentence is not found verbatim).
    #[serde(rename = "c", skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<(String, &'static str, Option<String>, i64, i64)>,
}

/// Where `sentence` is in `text`, in UTF-16 code units: (-1, -1) when it is not there.
fn span16(text: &str, sentence: &str) -> (i64, i64) {
    let sentence = sentence.trim();
    let found = (!sentence.is_empty())
        .then(|| text.find(sentence))
        .flatten()
        .and_then(|start| text.get(..start));
    match found {
        Some(before) => {
            let start = before.encode_utf16().count() as i64;
            (start, start + sentence.encode_utf16().count() as i64)
        }
        None => (-1, -1),
    }
}

impl ArticleText {
    /// Keeps what the HTML report shows of one processed article: the sections its
    /// warnings and errors point at (in the documents they point at, plus the
    /// reference), within the budgets above.
    pub fn of(outcome: &ArticleOutcome<'_>, root: &str) -> ArticleText {
        let art = outcome.article;
        let n = art.docs.len();
        let places = places(outcome);
        // Worst severity per row, and the documents each row must show.
        let mut rows: BTreeMap<usize, (Severity, BTreeSet<usize>)> = BTreeMap::new();
        for (sev, docs, lines) in &places {
            for &(d, line) in lines {
                if let Some(r) = row_of(art, d, line) {
                    let e = rows.entry(r).or_insert((*sev, BTreeSet::new()));
                    e.0 = e.0.max(*sev);
                    e.1.extend(docs.iter().copied());
                    e.1.insert(art.reference);
                }
            }
        }
        let hits: BTreeSet<(usize, u32)> = places
            .iter()
            .flat_map(|(_, _, lines)| lines.iter().copied())
            .collect();
        let mut ranked: Vec<(usize, Severity)> = rows.iter().map(|(r, v)| (*r, v.0)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let chosen: BTreeSet<usize> = ranked.iter().take(MAX_SECTIONS).map(|(r, _)| *r).collect();
        let mut budget = ARTICLE_BYTES;
        let mut more = rows.len() - chosen.len();
        let mut sections = Vec::new();
        for r in chosen {
            if budget == 0 {
                more += 1;
                continue;
            }
            let wanted = &rows[&r].1;
            let section = section_text(outcome, r, wanted, &hits, &mut budget);
            sections.push(section);
        }
        let docs = art
            .docs
            .iter()
            .map(|d| DocText {
                path: d.file.rel.clone(),
                locale: d.locale.as_str().to_string(),
                revision: d
                    .front
                    .open_loc_file_hash
                    .as_deref()
                    .map(|r| short_revision(r).to_string()),
            })
            .collect();
        debug_assert!(sections.iter().all(|s: &SectionText| s.cells.len() == n));
        ArticleText {
            root: root.to_string(),
            key: art.key.clone(),
            reference: art.reference,
            docs,
            sections,
            more,
        }
    }
}

/// Per warning or error: its severity, the documents it points at, and the (document,
/// line) places (its own and its related locations').
type Place = (Severity, BTreeSet<usize>, Vec<(usize, u32)>);

fn places(outcome: &ArticleOutcome<'_>) -> Vec<Place> {
    let art = outcome.article;
    outcome
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .map(|f| {
            let mut docs = BTreeSet::new();
            let mut lines = Vec::new();
            let all = std::iter::once((&f.path, f.line))
                .chain(f.related.iter().map(|r| (&r.path, r.line)));
            for (path, line) in all {
                if let Some(d) = art.docs.iter().position(|d| &d.file.rel == path) {
                    docs.insert(d);
                    if line > 0 {
                        lines.push((d, line));
                    }
                }
            }
            (f.severity, docs, lines)
        })
        .collect()
}

/// The aligned row (section) of document `d` that holds `line`: the last one that
/// starts at or before it.
fn row_of(art: &crate::align::Article, d: usize, line: u32) -> Option<usize> {
    art.rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let s = &art.sections[d][r.cells[d]?];
            let first = s.heading.unwrap_or(s.body.start);
            Some((i, art.docs[d].segments.get(first)?.line))
        })
        .filter(|(_, l)| *l <= line)
        .max_by_key(|(_, l)| *l)
        .map(|(i, _)| i)
}

/// The text of aligned row `r` in the `wanted` documents, within the budgets.
fn section_text(
    outcome: &ArticleOutcome<'_>,
    r: usize,
    wanted: &BTreeSet<usize>,
    hits: &BTreeSet<(usize, u32)>,
    budget: &mut usize,
) -> SectionText {
    let art = outcome.article;
    let n = art.docs.len();
    let row = &art.rows[r];
    let mut cells: Vec<Cell> = (0..n)
        .map(|d| match (wanted.contains(&d), row.cells[d]) {
            (false, _) => Cell::Omitted,
            (true, None) => Cell::Missing,
            (true, Some(_)) => Cell::Embedded,
        })
        .collect();
    let headings = (0..n)
        .map(|d| {
            if cells[d] != Cell::Embedded {
                return None;
            }
            let s = &art.sections[d][row.cells[d]?];
            s.heading
                .map(|h| (art.docs[d].segments[h].line, shorten(&s.title, BLOCK_CHARS)))
        })
        .collect();
    let bodies: Vec<Vec<(usize, &Segment)>> = (0..n)
        .map(|d| match (cells[d], row.cells[d]) {
            (Cell::Embedded, Some(c)) => art.sections[d][c]
                .body
                .clone()
                .map(|i| (i, &art.docs[d].segments[i]))
                .filter(|(_, s)| shown(s))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let pivot = if !bodies[art.reference].is_empty() {
        art.reference
    } else {
        bodies.iter().position(|b| !b.is_empty()).unwrap_or(0)
    };
    let mut used = vec![0usize; n];
    let mut rows = Vec::new();
    for mut blocks in align_rows(&bodies, pivot) {
        for (d, cell) in blocks.iter_mut().enumerate() {
            let Some(b) = cell else { continue };
            let hit = hits.contains(&(d, b.line));
            let size = b.text.len() + b.label.len();
            if !hit && (used[d] + size > SECTION_BYTES || size > *budget) {
                *cell = None;
                cells[d] = Cell::Cut;
                continue;
            }
            used[d] += size;
            *budget = budget.saturating_sub(size);
            b.claims = outcome.claims[d]
                .iter()
                .filter(|c| c.segment == b.segment && !c.outside)
                .map(|c| {
                    let (start, end) = span16(&b.text, &c.text);
                    (
                        c.id.as_str().to_string(),
                        c.polarity.as_str(),
                        c.value.clone(),
                        start,
                        end,
                    )
                })
                .collect();
        }
        if blocks.iter().any(Option::is_some) {
            rows.push(blocks);
        }
    }
    SectionText {
        anchor: row.anchor.clone(),
        level: row.level,
        cells,
        headings,
        rows,
    }
}

fn shown(s: &Segment) -> bool {
    match s.kind {
        SegmentKind::Heading { .. } => false,
        SegmentKind::Html => !s.text.trim().is_empty(),
        _ => true,
    }
}

fn block(i: usize, s: &Segment) -> Block {
    let label = match &s.kind {
        SegmentKind::Alert { kind } => kind.clone(),
        SegmentKind::Include { target, .. } => target.clone(),
        SegmentKind::CodeBlock { lang } => lang.clone(),
        SegmentKind::Image { src, .. } => src.clone(),
        SegmentKind::TableCell { row, column } => format!("{row}:{column}"),
        _ => String::new(),
    };
    Block {
        segment: i,
        line: s.line,
        shape: s.kind.shape(),
        label: shorten(&label, 200),
        text: shorten(&s.text, BLOCK_CHARS),
        claims: Vec::new(),
    }
}

/// Aligns every document's blocks to the pivot's with `align::blocks`; blocks a document
/// has and the pivot lacks get rows of their own, before the next pivot block.
fn align_rows(bodies: &[Vec<(usize, &Segment)>], pivot: usize) -> Vec<Vec<Option<Block>>> {
    let n = bodies.len();
    let base: Vec<&Segment> = bodies[pivot].iter().map(|(_, s)| *s).collect();
    // matched[d][k] = block of d aligned with pivot block k; extra[d][g] = d's blocks in gap g.
    let mut matched: Vec<Vec<Option<Block>>> = vec![vec![None; base.len()]; n];
    let mut extra: Vec<Vec<Vec<Block>>> = vec![vec![Vec::new(); base.len() + 1]; n];
    for d in 0..n {
        if d == pivot {
            for (k, (i, s)) in bodies[d].iter().enumerate() {
                matched[d][k] = Some(block(*i, s));
            }
            continue;
        }
        if bodies[d].is_empty() {
            continue;
        }
        let mine: Vec<&Segment> = bodies[d].iter().map(|(_, s)| *s).collect();
        let mut gap = 0;
        for (a, b) in crate::align::blocks(&base, &mine) {
            let b = b.map(|j| block(bodies[d][j].0, bodies[d][j].1));
            match (a, b) {
                (Some(k), b) => {
                    matched[d][k] = b;
                    gap = k + 1;
                }
                (None, Some(b)) => extra[d][gap].push(b),
                (None, None) => {}
            }
        }
    }
    let mut rows = Vec::new();
    for g in 0..=base.len() {
        let depth = (0..n).map(|d| extra[d][g].len()).max().unwrap_or(0);
        for k in 0..depth {
            rows.push((0..n).map(|d| extra[d][g].get(k).cloned()).collect());
        }
        if g < base.len() {
            rows.push((0..n).map(|d| matched[d][g].take()).collect());
        }
    }
    rows
}

/// JSON for the inside of a `<script type="application/json">`: `<`, `>` and `&` are
/// written as `\u003c`, `\u003e` and `\u0026` (they only occur inside JSON strings, where
/// the escapes mean the same), so no document text can close the element or open a
/// comment.
pub fn script_json<T: Serialize + ?Sized>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// A value written as [`script_json`] when the template prints it.
struct Json<T>(T);

impl<T: Serialize> fmt::Display for Json<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&script_json(&self.0))
    }
}

/// The HTML format: needs the text of each article besides the report.
pub struct Html {
    pub texts: Vec<ArticleText>,
    pub title: String,
}

/// A finding as the page's JSON holds it: severity (0 info, 1 warning, 2 error), index
/// of its check in `codes`, index of its locale in `locales` (-1: none), path, line,
/// message, help, claim, related locations (path, line, locale index, message).
#[derive(Serialize)]
struct FindingData<'a>(
    u8,
    usize,
    i64,
    &'a str,
    u32,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Vec<(&'a str, u32, i64, &'a str)>,
);

/// One article of the overview: key, root, whether it has details in the page, its
/// listed findings.
#[derive(Serialize)]
struct ArticleData<'a> {
    k: &'a str,
    r: &'a str,
    d: bool,
    f: Vec<FindingData<'a>>,
}

/// Everything the overview needs, parsed once when the page loads.
#[derive(Serialize)]
struct PageData<'a> {
    /// code, name, kind.
    codes: Vec<(&'a str, &'a str, &'a str)>,
    locales: &'a [String],
    arts: Vec<ArticleData<'a>>,
    /// Findings outside any article.
    other: Vec<FindingData<'a>>,
    /// Infos are counted, not listed: (check index, locale index, count).
    infos: Vec<(usize, i64, usize)>,
    #[serde(skip)]
    listed_articles: usize,
}

/// One row of the per-check table as first shown (the script keeps it current).
struct CheckRow {
    index: usize,
    code: String,
    name: String,
    kind: String,
    counts: [usize; 3],
}

impl CheckRow {
    fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// One row of the per-locale table.
struct LocaleRow {
    index: usize,
    locale: String,
    counts: [usize; 3],
}

impl LocaleRow {
    fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// The details of one article (its [`script_json`]), parsed only when it is opened.
struct Details {
    index: usize,
    json: String,
}

#[derive(Template)]
#[template(path = "html_template.html")]
struct Page<'a> {
    title: &'a str,
    files: usize,
    articles: usize,
    listed_articles: usize,
    counts: [usize; 3],
    checks: Vec<CheckRow>,
    locales: Vec<LocaleRow>,
    data: Json<&'a PageData<'a>>,
    details: Vec<Details>,
    style: &'static str,
    script: &'static str,
}

const STYLE: &str = include_str!("html_style.css");
const SCRIPT: &str = include_str!("html_script.js");

fn sev_index(s: Severity) -> u8 {
    match s {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// The indexes the page's JSON refers to checks and locales by.
struct Indexes<'a> {
    codes: BTreeMap<&'a str, usize>,
    locales: &'a [String],
}

impl<'a> Indexes<'a> {
    fn locale(&self, l: Option<&crate::locale::Locale>) -> i64 {
        l.and_then(|l| self.locales.iter().position(|x| x == l.as_str()))
            .map_or(-1, |i| i as i64)
    }

    fn code(&self, code: &str) -> usize {
        self.codes.get(code).copied().unwrap_or(0)
    }

    fn finding(&self, f: &'a Finding) -> FindingData<'a> {
        FindingData(
            sev_index(f.severity),
            self.code(&f.code),
            self.locale(f.locale.as_ref()),
            &f.path,
            f.line,
            &f.message,
            f.help.as_deref(),
            f.claim.as_deref(),
            f.related
                .iter()
                .map(|r| {
                    (
                        r.path.as_str(),
                        r.line,
                        self.locale(r.locale.as_ref()),
                        r.message.as_str(),
                    )
                })
                .collect(),
        )
    }
}

/// Every registered check, then any other code a finding carries: (code, name, kind).
fn checks_of(report: &CheckReport) -> Vec<(String, String, String)> {
    let mut codes: Vec<(String, String, String)> = crate::checks::registry()
        .iter()
        .map(|c| {
            let m = c.meta();
            (m.code.into(), m.name.into(), m.kind.as_str().into())
        })
        .collect();
    let known: BTreeSet<String> = codes.iter().map(|c| c.0.clone()).collect();
    let extra: BTreeMap<&str, &Finding> = report
        .findings
        .iter()
        .filter(|f| !known.contains(&f.code))
        .map(|f| (f.code.as_str(), f))
        .collect();
    codes.extend(
        extra
            .values()
            .map(|f| (f.code.clone(), f.name.clone(), f.kind.as_str().into())),
    );
    codes.sort();
    codes
}

impl Report for Html {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let codes = checks_of(report);
        let locales: Vec<String> = {
            let set: BTreeSet<&str> = report
                .findings
                .iter()
                .filter_map(|f| f.locale.as_ref().map(|l| l.as_str()))
                .chain(
                    self.texts
                        .iter()
                        .flat_map(|t| t.docs.iter().map(|d| d.locale.as_str())),
                )
                .collect();
            set.into_iter().map(String::from).collect()
        };
        let ix = Indexes {
            codes: codes
                .iter()
                .enumerate()
                .map(|(i, c)| (c.0.as_str(), i))
                .collect(),
            locales: &locales,
        };
        let mut counts = [0usize; 3];
        let mut by_check = vec![[0usize; 3]; codes.len()];
        let mut by_locale = vec![[0usize; 3]; locales.len()];
        // Infos are counted, not listed: on a docs site they are most of the findings
        // and little of the work (`--format json` has them).
        let mut infos: BTreeMap<(usize, i64), usize> = BTreeMap::new();
        let mut groups: BTreeMap<(&str, &str), Vec<&Finding>> = BTreeMap::new();
        let mut other = Vec::new();
        for f in &report.findings {
            let s = usize::from(sev_index(f.severity));
            let c = ix.code(&f.code);
            let l = ix.locale(f.locale.as_ref());
            counts[s] += 1;
            by_check[c][s] += 1;
            if let Ok(l) = usize::try_from(l) {
                by_locale[l][s] += 1;
            }
            if f.severity == Severity::Info {
                *infos.entry((c, l)).or_default() += 1;
            } else if f.article.is_empty() {
                other.push(ix.finding(f));
            } else {
                groups
                    .entry((f.root.as_str(), f.article.as_str()))
                    .or_default()
                    .push(f);
            }
        }
        // Most errors first, then most warnings, then by root and key.
        let mut ranked: Vec<((&str, &str), Vec<&Finding>)> = groups.into_iter().collect();
        let tally = |fs: &[&Finding], s: Severity| fs.iter().filter(|f| f.severity == s).count();
        ranked.sort_by(|a, b| {
            (tally(&b.1, Severity::Error), tally(&b.1, Severity::Warning))
                .cmp(&(tally(&a.1, Severity::Error), tally(&a.1, Severity::Warning)))
                .then(a.0.cmp(&b.0))
        });
        let texts: BTreeMap<(&str, &str), &ArticleText> = self
            .texts
            .iter()
            .map(|t| ((t.root.as_str(), t.key.as_str()), t))
            .collect();
        let mut arts = Vec::with_capacity(ranked.len());
        let mut details = Vec::new();
        let mut detail_bytes = 0;
        for (i, ((root, key), fs)) in ranked.into_iter().enumerate() {
            let json = texts
                .get(&(root, key))
                .map(script_json)
                .filter(|json| detail_bytes + json.len() <= PAGE_DETAIL_BYTES);
            let d = json.is_some();
            if let Some(json) = json {
                detail_bytes += json.len();
                details.push(Details { index: i, json });
            }
            arts.push(ArticleData {
                k: key,
                r: root,
                d,
                f: fs.into_iter().map(|f| ix.finding(f)).collect(),
            });
        }
        let data = PageData {
            codes: codes
                .iter()
                .map(|c| (c.0.as_str(), c.1.as_str(), c.2.as_str()))
                .collect(),
            locales: &locales,
            listed_articles: arts.len(),
            arts,
            other,
            infos: infos.into_iter().map(|((c, l), n)| (c, l, n)).collect(),
        };
        let page = Page {
            title: &self.title,
            files: report.summary.files,
            articles: report.summary.articles,
            listed_articles: data.listed_articles,
            counts,
            checks: codes
                .iter()
                .zip(by_check)
                .enumerate()
                .map(|(index, (c, counts))| CheckRow {
                    index,
                    code: c.0.clone(),
                    name: c.1.clone(),
                    kind: c.2.clone(),
                    counts,
                })
                .collect(),
            locales: locales
                .iter()
                .zip(by_locale)
                .enumerate()
                .map(|(index, (l, counts))| LocaleRow {
                    index,
                    locale: l.clone(),
                    counts,
                })
                .collect(),
            data: Json(&data),
            details,
            style: STYLE,
            script: SCRIPT,
        };
        page.write_into(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script() {
        let json = script_json(&["</script><!-- & é 日本"]);
        assert_eq!(json, r#"["\u003c/script\u003e\u003c!-- \u0026 é 日本"]"#);
        let back: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ["</script><!-- & é 日本"]);
    }

    #[test]
    fn spans_count_utf16_units() {
        assert_eq!(span16("日本 😀 ab. Next.", "ab."), (6, 9));
        assert_eq!(span16("abc", "zz"), (-1, -1));
        assert_eq!(span16("abc", "  "), (-1, -1));
    }

    #[test]
    fn shorten_stops_on_characters() {
        assert_eq!(shorten("日本語のテキスト", 3), "日本語…");
        assert_eq!(shorten("abc", 3), "abc");
    }
}
