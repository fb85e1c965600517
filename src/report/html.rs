//! `--html FILE`: one self-contained page (styles and script inline, no network) with an
//! overview matrix, each article's locales side by side, claims and findings in place,
//! pairwise diffs of claim sets and structure, filters, and totals per check.
//!
//! Everything the page shows of the documents goes through [`escape`]. The output is
//! deterministic: no timestamps, everything sorted, so a committed report can be compared
//! byte for byte with a fresh one.

use super::{ArticleSummary, CheckReport, Report};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Segment, SegmentKind};
use crate::pipeline::ArticleOutcome;
use crate::text::short_revision;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io;

const TEMPLATE: &str = include_str!("html_template.html");

/// Articles with more documents than this get pair diffs against the reference only.
const ALL_PAIRS_MAX_DOCS: usize = 2;

/// Characters of a block's text the page keeps (the file has the rest).
const BLOCK_CHARS: usize = 400;

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

/// What the HTML report keeps of one article's text (the visitor builds it).
#[derive(Clone, Debug)]
pub struct ArticleText {
    pub root: String,
    pub key: String,
    pub reference: usize,
    pub sections: Vec<SectionText>,
    /// Per document: its structure (links, numbers, alerts, includes), one line each.
    pub structure: Vec<Vec<String>>,
}

/// One aligned section: per document its heading, then aligned block rows.
#[derive(Clone, Debug)]
pub struct SectionText {
    pub anchor: String,
    pub level: u8,
    /// Per document: heading line and text, when it has the section.
    pub headings: Vec<Option<(u32, String)>>,
    /// Aligned rows of blocks, one cell per document.
    pub rows: Vec<Vec<Option<Block>>>,
}

/// One block (paragraph, list item, alert, ...) of one document.
#[derive(Clone, Debug)]
pub struct Block {
    /// Index in the document's segments (claims point at it).
    pub segment: usize,
    pub line: u32,
    pub shape: &'static str,
    /// Alert kind, include target, code language, ...
    pub label: String,
    pub text: String,
}

impl ArticleText {
    /// Keeps what the HTML report shows of one processed article.
    pub fn of(outcome: &ArticleOutcome<'_>, root: &str) -> ArticleText {
        let art = outcome.article;
        let n = art.docs.len();
        let (around, lines) = rows_with_findings(outcome);
        let sections = art
            .rows
            .iter()
            .enumerate()
            .filter(|(r, _)| around.contains(r))
            .map(|(_, row)| {
                let headings = (0..n)
                    .map(|d| {
                        let s = &art.sections[d][row.cells[d]?];
                        s.heading
                            .map(|h| (art.docs[d].segments[h].line, s.title.clone()))
                    })
                    .collect();
                let bodies: Vec<Vec<(usize, &Segment)>> = (0..n)
                    .map(|d| match row.cells[d] {
                        Some(c) => art.sections[d][c]
                            .body
                            .clone()
                            .map(|i| (i, &art.docs[d].segments[i]))
                            .filter(|(_, s)| shown(s))
                            .collect(),
                        None => Vec::new(),
                    })
                    .collect();
                let pivot = if row.cells[art.reference].is_some() {
                    art.reference
                } else {
                    row.cells.iter().position(Option::is_some).unwrap_or(0)
                };
                SectionText {
                    anchor: row.anchor.clone(),
                    level: row.level,
                    headings,
                    rows: near(align_rows(&bodies, pivot), &lines),
                }
            })
            .collect();
        let structure = art
            .docs
            .iter()
            .map(|d| structure_lines(&d.segments))
            .collect();
        ArticleText {
            root: root.to_string(),
            key: art.key.clone(),
            reference: art.reference,
            sections,
            structure,
        }
    }
}

/// The aligned rows (sections) that hold the line of a warning or an error: the only
/// text the page needs to show a finding in place, beside the other locales.
fn rows_with_findings(outcome: &ArticleOutcome<'_>) -> (BTreeSet<usize>, BTreeSet<(usize, u32)>) {
    let art = outcome.article;
    let mut lines: BTreeSet<(usize, u32)> = BTreeSet::new();
    for f in outcome.findings {
        let places =
            std::iter::once((&f.path, f.line)).chain(f.related.iter().map(|r| (&r.path, r.line)));
        for (path, line) in places {
            if let Some(d) = art.docs.iter().position(|d| &d.file.rel == path) {
                if line > 0 {
                    lines.insert((d, line));
                }
            }
        }
    }
    let mut rows = BTreeSet::new();
    for &(d, line) in &lines {
        // The last row of this document that starts at or before the line.
        let start = |r: &crate::align::SectionRow| -> Option<u32> {
            let s = &art.sections[d][r.cells[d]?];
            let first = s.heading.or(Some(s.body.start))?;
            art.docs[d].segments.get(first).map(|seg| seg.line)
        };
        let row = art
            .rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((i, start(r)?)))
            .filter(|(_, l)| *l <= line)
            .max_by_key(|(_, l)| *l)
            .map(|(i, _)| i);
        if let Some(r) = row {
            rows.insert(r);
        }
    }
    (rows, lines)
}

/// The block rows of a section that hold a finding's line (aligned rows, so the other
/// locales' text of the same block comes along); a section with no finding on a block (a finding on its heading) keeps
/// its first rows.
fn near(rows: Vec<Vec<Option<Block>>>, lines: &BTreeSet<(usize, u32)>) -> Vec<Vec<Option<Block>>> {
    let hit: Vec<bool> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .any(|(d, b)| b.as_ref().is_some_and(|b| lines.contains(&(d, b.line))))
        })
        .collect();
    if !hit.contains(&true) {
        return rows.into_iter().take(2).collect();
    }
    rows.into_iter()
        .enumerate()
        .filter(|(k, _)| hit[*k])
        .map(|(_, row)| row)
        .collect()
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
        label,
        text: shorten(&s.text, BLOCK_CHARS),
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

/// The structure of a document as diffable lines: links, numbers, alerts, includes.
fn structure_lines(segments: &[Segment]) -> Vec<String> {
    let mut out = Vec::new();
    for s in segments {
        match &s.kind {
            SegmentKind::Alert { kind } => out.push(format!("alert {kind}")),
            SegmentKind::Include { target, .. } => out.push(format!("include {target}")),
            SegmentKind::Image { src, .. } => out.push(format!("image {src}")),
            _ => {}
        }
        for l in &s.links {
            out.push(format!("link {}", l.target));
        }
        if s.kind.is_prose() {
            out.extend(numbers(&s.text).into_iter().map(|n| format!("number {n}")));
        }
    }
    out
}

/// Digit runs (with inner `.`, `,`) of a text, in order.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == '.' || c == ',')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inner {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML format: needs the text of each article besides the report.
pub struct Html {
    pub texts: Vec<ArticleText>,
    pub title: String,
}

fn sev_class(s: Option<Severity>) -> &'static str {
    s.map_or("clean", Severity::as_str)
}

fn worst<'a>(fs: impl Iterator<Item = &'a Finding>) -> Option<Severity> {
    fs.map(|f| f.severity).max()
}

fn counts<'a>(fs: impl Iterator<Item = &'a Finding>) -> String {
    let (mut e, mut w, mut i) = (0, 0, 0);
    for f in fs {
        match f.severity {
            Severity::Error => e += 1,
            Severity::Warning => w += 1,
            Severity::Info => i += 1,
        }
    }
    let mut parts = Vec::new();
    for (n, s) in [(e, "E"), (w, "W"), (i, "I")] {
        if n > 0 {
            parts.push(format!("{n}{s}"));
        }
    }
    if parts.is_empty() {
        "ok".into()
    } else {
        parts.join(" ")
    }
}

/// The id of a line of a document in the side-by-side view (what a "where" cell links to).
fn line_id(path: &str, line: u32) -> String {
    format!("L{:016x}-{line}", crate::pipeline::stable_hash(path))
}

fn article_id(index: usize) -> String {
    format!("a{index}")
}

/// The data-* attributes every filterable finding element carries.
fn finding_attrs(f: &Finding) -> String {
    format!(
        r#" data-sev="{}" data-code="{}" data-locale="{}""#,
        f.severity.as_str(),
        escape(&f.code),
        escape(f.locale.as_ref().map_or("", |l| l.as_str()))
    )
}

fn is_contradiction(f: &Finding) -> bool {
    f.kind == Kind::ModelContradiction
}

impl Html {
    fn overview(&self, arts: &[(usize, &ArticleSummary)], locales: &[String], out: &mut String) {
        out.push_str("<section id=\"overview\"><h2>Overview</h2>\n<table class=\"matrix\"><thead><tr><th>article</th>");
        for l in locales {
            let _ = write!(out, "<th data-locale=\"{0}\">{0}</th>", escape(l));
        }
        out.push_str("</tr></thead><tbody>\n");
        for (i, a) in arts {
            let codes: BTreeSet<&str> = a.findings.iter().map(|f| f.code.as_str()).collect();
            let sevs: BTreeSet<&str> = a.findings.iter().map(|f| f.severity.as_str()).collect();
            let locs: BTreeSet<&str> = a
                .findings
                .iter()
                .filter_map(|f| f.locale.as_ref())
                .map(|l| l.as_str())
                .collect();
            let revs: Vec<&str> = {
                let set: BTreeSet<&str> = a
                    .docs
                    .iter()
                    .filter_map(|d| d.revision.as_deref())
                    .collect();
                set.into_iter().collect()
            };
            let _ = write!(
                out,
                "<tr class=\"arow filterable\" data-key=\"{key}\" data-codes=\"{codes}\" data-sevs=\"{sevs}\" data-locales=\"{locs}\"><th><a href=\"#{id}\">{key}</a></th>",
                key = escape(&a.key),
                id = article_id(*i),
                codes = escape(&codes.into_iter().collect::<Vec<_>>().join(" ")),
                sevs = sevs.into_iter().collect::<Vec<_>>().join(" "),
                locs = escape(&locs.into_iter().collect::<Vec<_>>().join(" ")),
            );
            for l in locales {
                let docs: Vec<_> = a.docs.iter().filter(|d| d.locale.as_str() == l).collect();
                if docs.is_empty() {
                    let _ = write!(
                        out,
                        "<td class=\"absent\" data-locale=\"{}\">–</td>",
                        escape(l)
                    );
                    continue;
                }
                let mine = || {
                    a.findings
                        .iter()
                        .filter(|f| f.locale.as_ref().is_some_and(|fl| fl.as_str() == l))
                };
                let rev = match docs[0].revision.as_deref() {
                    Some(r) => {
                        let group = revs.iter().position(|x| *x == r).unwrap_or(0);
                        format!(
                            "<span class=\"rev rg{}\" title=\"ms.openlocfilehash {}\">{}</span>",
                            group % 6,
                            escape(r),
                            escape(short_revision(r))
                        )
                    }
                    None => "<span class=\"rev src\" title=\"no ms.openlocfilehash\">source</span>"
                        .into(),
                };
                let _ = write!(
                    out,
                    "<td class=\"cell {}\" data-locale=\"{}\"><span class=\"cnt\">{}</span> {}</td>",
                    sev_class(worst(mine())),
                    escape(l),
                    counts(mine()),
                    rev
                );
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></section>\n");
    }

    fn totals(&self, report: &CheckReport, out: &mut String) {
        out.push_str("<section id=\"totals\"><h2>Totals per check</h2>\n<table class=\"totals\"><thead><tr><th>code</th><th>name</th><th>kind</th><th>findings</th><th>error</th><th>warning</th><th>info</th></tr></thead><tbody>\n");
        let mut rows: BTreeMap<String, (String, String, [usize; 3])> = BTreeMap::new();
        for c in crate::checks::registry() {
            let m = c.meta();
            rows.insert(
                m.code.into(),
                (m.name.into(), m.kind.as_str().into(), [0; 3]),
            );
        }
        for f in &report.findings {
            let e = rows
                .entry(f.code.clone())
                .or_insert_with(|| (f.name.clone(), f.kind.as_str().into(), [0; 3]));
            e.2[f.severity as usize] += 1;
        }
        for (code, (name, kind, [i, w, e])) in &rows {
            let _ = writeln!(
                out,
                "<tr class=\"{}\" data-total=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{e}</td><td>{w}</td><td>{i}</td></tr>",
                if e + w + i == 0 { "zero" } else { "some" },
                escape(code),
                escape(code),
                escape(name),
                escape(kind),
                e + w + i
            );
        }
        let s = &report.summary;
        let _ = writeln!(
            out,
            "</tbody><tfoot><tr><th colspan=\"3\">{} file(s), {} article(s)</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></tfoot></table></section>",
            s.files, s.articles, s.findings, s.errors, s.warnings, s.infos
        );
    }

    fn findings_table(findings: &[&Finding], out: &mut String) {
        if findings.is_empty() {
            out.push_str("<p class=\"none\">No findings.</p>\n");
            return;
        }
        out.push_str("<table class=\"findings\"><thead><tr><th>severity</th><th>code</th><th>locale</th><th>where</th><th>message</th></tr></thead><tbody>\n");
        for f in findings {
            let _ = write!(
                out,
                "<tr class=\"finding filterable {sev}{mc}\"{attrs}><td><span class=\"sev {sev}\">{sev}</span></td><td title=\"{name}\">{code}{badge}</td><td>{loc}</td><td class=\"path\"><a href=\"#{href}\">{path}:{line}</a></td><td>{msg}",
                href = line_id(&f.path, f.line),
                sev = f.severity.as_str(),
                mc = if is_contradiction(f) { " contradiction" } else { "" },
                attrs = finding_attrs(f),
                name = escape(&f.name),
                code = escape(&f.code),
                badge = if is_contradiction(f) { " <span class=\"mcb\">MODEL CONTRADICTION</span>" } else { "" },
                loc = escape(f.locale.as_ref().map_or("-", |l| l.as_str())),
                path = escape(&f.path),
                line = f.line,
                msg = escape(&f.message),
            );
            if let Some(c) = &f.claim {
                let _ = write!(out, " <span class=\"claim-id\">{}</span>", escape(c));
            }
            for r in &f.related {
                let _ = write!(
                    out,
                    "<div class=\"related\">= {} {}:{}: {}</div>",
                    escape(r.locale.as_ref().map_or("-", |l| l.as_str())),
                    escape(&r.path),
                    r.line,
                    escape(&r.message)
                );
            }
            if let Some(h) = &f.help {
                let _ = write!(out, "<div class=\"help\">help: {}</div>", escape(h));
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody></table>\n");
    }

    fn article(
        &self,
        index: usize,
        a: &ArticleSummary,
        text: Option<&ArticleText>,
        out: &mut String,
    ) {
        let _ = write!(
            out,
            "<section class=\"article\" id=\"{}\" data-key=\"{}\"><h2>{}</h2>\n<ul class=\"docs\">",
            article_id(index),
            escape(&a.key),
            escape(&a.key)
        );
        for d in &a.docs {
            let rev = d.revision.as_deref().map_or("source".to_string(), |r| {
                format!("rev {}", short_revision(r))
            });
            let _ = write!(out, "<li data-locale=\"{}\"><b>{}</b> <span class=\"path\">{}</span> <span class=\"revtext\">{}</span></li>", escape(d.locale.as_str()), escape(d.locale.as_str()), escape(&d.path), escape(&rev));
        }
        out.push_str("</ul>\n<h3>Findings</h3>\n");
        let fs: Vec<&Finding> = a.findings.iter().collect();
        Self::findings_table(&fs, out);
        if let Some(t) = text {
            self.side_by_side(a, t, out);
            Self::pair_diffs(a, t, out);
        }
        out.push_str("</section>\n");
    }

    fn side_by_side(&self, a: &ArticleSummary, t: &ArticleText, out: &mut String) {
        // Findings by (doc, line), to attach them where they occur.
        let mut at: BTreeMap<(usize, u32), Vec<&Finding>> = BTreeMap::new();
        for f in &a.findings {
            if let Some(d) = a.docs.iter().position(|d| d.path == f.path) {
                at.entry((d, f.line)).or_default().push(f);
            }
        }
        let mut placed: BTreeSet<(usize, u32)> = BTreeSet::new();
        let mut body = String::new();
        for s in &t.sections {
            let anchor = if s.anchor.is_empty() {
                "(preamble)".to_string()
            } else {
                format!("{} {}", "#".repeat(s.level as usize), s.anchor)
            };
            let _ = write!(
                body,
                "<tr class=\"sechead\"><th class=\"anchor\">{}</th>",
                escape(&anchor)
            );
            for (d, h) in s.headings.iter().enumerate() {
                let loc = escape(a.docs[d].locale.as_str());
                match h {
                    Some((line, title)) => {
                        let _ = write!(
                            body,
                            "<th data-locale=\"{loc}\" id=\"{}\"><span class=\"ln\">{line}</span> {}",
                            line_id(&a.docs[d].path, *line),
                            escape(title)
                        );
                        if let Some(fs) = at.get(&(d, *line)) {
                            placed.insert((d, *line));
                            Self::inline_findings(fs, &mut body);
                        }
                        body.push_str("</th>");
                    }
                    None if s.rows.iter().all(|r| r[d].is_none()) => {
                        let _ = write!(
                            body,
                            "<th class=\"missing\" data-locale=\"{loc}\">missing</th>"
                        );
                    }
                    None => {
                        let _ = write!(body, "<th data-locale=\"{loc}\"></th>");
                    }
                }
            }
            body.push_str("</tr>\n");
            for row in &s.rows {
                let shape = row.iter().flatten().next().map_or("", |b| b.shape);
                let _ = write!(
                    body,
                    "<tr class=\"blk\"><td class=\"shape\">{}</td>",
                    escape(shape)
                );
                for (d, cell) in row.iter().enumerate() {
                    let loc = escape(a.docs[d].locale.as_str());
                    match cell {
                        None => {
                            let _ = write!(body, "<td class=\"gap\" data-locale=\"{loc}\"></td>");
                        }
                        Some(b) => {
                            let fs = at.get(&(d, b.line));
                            let contradiction =
                                fs.is_some_and(|fs| fs.iter().any(|f| is_contradiction(f)));
                            let _ = write!(
                                body,
                                "<td class=\"b {}{}\" data-locale=\"{loc}\" id=\"{}\"><span class=\"ln\">{}</span>",
                                escape(b.shape),
                                match fs.and_then(|fs| worst(fs.iter().copied().filter(|f| is_contradiction(f)))) {
                                    Some(Severity::Error) if contradiction => " contradiction error",
                                    Some(_) if contradiction => " contradiction warning",
                                    _ => "",
                                },
                                line_id(&a.docs[d].path, b.line),
                                b.line
                            );
                            if !b.label.is_empty() {
                                let _ = write!(
                                    body,
                                    "<span class=\"label\">{}</span> ",
                                    escape(&b.label)
                                );
                            }
                            let claims: Vec<&crate::claims::Claim> = a.docs[d]
                                .claims
                                .iter()
                                .filter(|c| c.segment == b.segment)
                                .collect();
                            body.push_str(&highlight(
                                &b.text,
                                &claims,
                                fs.map_or(&[][..], |v| v.as_slice()),
                            ));
                            if let Some(fs) = fs {
                                if placed.insert((d, b.line)) {
                                    Self::inline_findings(fs, &mut body);
                                }
                            }
                            body.push_str("</td>");
                        }
                    }
                }
                body.push_str("</tr>\n");
            }
        }
        out.push_str("<h3>Side by side</h3>\n<div class=\"sbs-wrap\"><table class=\"sbs\"><thead><tr><th></th>");
        for d in &a.docs {
            let _ = write!(
                out,
                "<th data-locale=\"{0}\">{0}</th>",
                escape(d.locale.as_str())
            );
        }
        out.push_str("</tr></thead><tbody>\n");
        out.push_str(&body);
        out.push_str("</tbody></table></div>\n");
    }

    fn inline_findings(fs: &[&Finding], out: &mut String) {
        for f in fs {
            let _ = write!(
                out,
                "<div class=\"ifind filterable {sev}{mc}\"{attrs}>{badge}<b>{code}</b> {msg}</div>",
                sev = f.severity.as_str(),
                mc = if is_contradiction(f) {
                    " contradiction"
                } else {
                    ""
                },
                attrs = finding_attrs(f),
                badge = if is_contradiction(f) {
                    "<span class=\"mcb\">MODEL CONTRADICTION</span> "
                } else {
                    ""
                },
                code = escape(&f.code),
                msg = escape(&f.message)
            );
        }
    }

    fn pair_diffs(a: &ArticleSummary, t: &ArticleText, out: &mut String) {
        let n = a.docs.len();
        if n < 2 {
            return;
        }
        let claim_lines: Vec<Vec<String>> = a
            .docs
            .iter()
            .map(|d| {
                let set: BTreeSet<String> = d
                    .claims
                    .iter()
                    .map(|c| {
                        format!(
                            "{} {}{}",
                            c.id,
                            c.polarity.as_str(),
                            c.value
                                .as_deref()
                                .map_or(String::new(), |v| format!(" = {v}"))
                        )
                    })
                    .collect();
                set.into_iter().collect()
            })
            .collect();
        let mut pairs = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                if n <= ALL_PAIRS_MAX_DOCS || i == t.reference || j == t.reference {
                    pairs.push((i, j));
                }
            }
        }
        let first = pairs
            .iter()
            .copied()
            .find(|&(i, j)| i == t.reference || j == t.reference)
            .unwrap_or((0, 1));
        out.push_str(
            "<h3>Pair diff</h3>\n<div class=\"pair\"><label>locale A <select class=\"pa\">",
        );
        for (d, doc) in a.docs.iter().enumerate() {
            let _ = write!(
                out,
                "<option value=\"{d}\"{}>{}</option>",
                if d == first.0 { " selected" } else { "" },
                escape(doc.locale.as_str())
            );
        }
        out.push_str("</select></label> <label>locale B <select class=\"pb\">");
        for (d, doc) in a.docs.iter().enumerate() {
            let _ = write!(
                out,
                "<option value=\"{d}\"{}>{}</option>",
                if d == first.1 { " selected" } else { "" },
                escape(doc.locale.as_str())
            );
        }
        out.push_str("</select></label>\n<p class=\"pdnone\" hidden>No diff for this pair (same locale, or not computed for articles with many locales: pick the reference locale as one side).</p>\n");
        for (i, j) in pairs {
            let _ = write!(
                out,
                "<div class=\"pd\" data-a=\"{i}\" data-b=\"{j}\"{}><h4>{} → {}</h4>",
                if (i, j) == first { "" } else { " hidden" },
                escape(a.docs[i].locale.as_str()),
                escape(a.docs[j].locale.as_str())
            );
            out.push_str("<div class=\"pdcols\"><div><h5>claims</h5>");
            diff_lines(&claim_lines[i], &claim_lines[j], out);
            out.push_str("</div><div><h5>structure (links, numbers, alerts, includes)</h5>");
            diff_lines(&t.structure[i], &t.structure[j], out);
            out.push_str("</div></div></div>\n");
        }
        out.push_str("</div>\n");
    }
}

/// A line diff (`similar`) rendered as `<pre>`: `-` only in A, `+` only in B.
fn diff_lines(a: &[String], b: &[String], out: &mut String) {
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    if a.is_empty() && b.is_empty() {
        out.push_str("<p class=\"none\">(none on either side)</p>");
        return;
    }
    let (mut del, mut ins, mut same) = (0, 0, 0);
    let mut body = String::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b) {
        for change in op.iter_changes(&a, &b) {
            if change.tag() == similar::ChangeTag::Equal {
                // Only the differences are written: equal lines are counted.
                same += 1;
                continue;
            }
            let (class, sign) = match change.tag() {
                similar::ChangeTag::Equal => ("eq", ' '),
                similar::ChangeTag::Delete => {
                    del += 1;
                    ("del", '-')
                }
                similar::ChangeTag::Insert => {
                    ins += 1;
                    ("ins", '+')
                }
            };
            let _ = write!(
                body,
                "<span class=\"{class}\">{sign} {}</span>",
                escape(change.value())
            );
        }
    }
    let _ = write!(
        out,
        "<p class=\"dsum\">{del} only in A, {ins} only in B, {same} the same</p><pre class=\"diff\">{body}</pre>"
    );
}

/// The block text with each claim's sentence highlighted and tagged with its id. Claims
/// whose sentence is not found verbatim are listed after the text.
fn highlight(text: &str, claims: &[&crate::claims::Claim], findings: &[&Finding]) -> String {
    // Non-overlapping spans, sorted; the first claim of a sentence owns it, the others add ids.
    let mut spans: Vec<(usize, usize, Vec<&crate::claims::Claim>)> = Vec::new();
    let mut loose: Vec<&crate::claims::Claim> = Vec::new();
    for c in claims {
        let sentence = c.text.trim();
        match (!sentence.is_empty())
            .then(|| text.find(sentence))
            .flatten()
        {
            Some(start) => {
                let end = start + sentence.len();
                if let Some(s) = spans.iter_mut().find(|s| s.0 == start && s.1 == end) {
                    s.2.push(c);
                } else if spans.iter().any(|s| start < s.1 && s.0 < end) {
                    loose.push(c);
                } else {
                    spans.push((start, end, vec![c]));
                }
            }
            None => loose.push(c),
        }
    }
    spans.sort_by_key(|s| (s.0, s.1));
    let chip = |c: &crate::claims::Claim| {
        let bad = findings
            .iter()
            .any(|f| is_contradiction(f) && f.claim.as_deref() == Some(c.id.as_str()));
        format!(
            "<span class=\"chip {}{}\" title=\"{}\">{}{}{}</span>",
            c.polarity.as_str(),
            if bad { " bad" } else { "" },
            escape(&c.text),
            if c.polarity == crate::claims::Polarity::Negated {
                "¬"
            } else {
                ""
            },
            escape(c.id.as_str()),
            c.value
                .as_deref()
                .map_or(String::new(), |v| format!("={}", escape(v)))
        )
    };
    let mut out = String::new();
    let mut pos = 0;
    for (start, end, cs) in &spans {
        out.push_str(&escape(text.get(pos..*start).unwrap_or_default()));
        let bad = cs.iter().any(|c| {
            findings
                .iter()
                .any(|f| is_contradiction(f) && f.claim.as_deref() == Some(c.id.as_str()))
        });
        let _ = write!(
            out,
            "<mark class=\"claim{}\">{}</mark>",
            if bad { " bad" } else { "" },
            escape(text.get(*start..*end).unwrap_or_default())
        );
        for c in cs {
            out.push_str(&chip(c));
        }
        pos = *end;
    }
    out.push_str(&escape(text.get(pos..).unwrap_or_default()));
    for c in loose {
        out.push(' ');
        out.push_str(&chip(c));
    }
    out
}

impl Report for Html {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        // Infos are counted in the header and the totals, not listed: on a docs site they
        // are most of the findings and little of the work (`--format json` has them).
        let listed = |f: &Finding| f.severity > Severity::Info;
        let mut report = report.clone();
        let infos = report.summary.infos;
        report.findings.retain(listed);
        for a in &mut report.articles {
            a.findings.retain(listed);
        }
        report.summary.infos = infos;
        let report = &report;
        // Only articles with findings: a clean article is counted in the header.
        let mut arts: Vec<(usize, &ArticleSummary)> = report
            .articles
            .iter()
            .filter(|a| !a.findings.is_empty())
            .enumerate()
            .collect();
        arts.sort_by(|a, b| (&a.1.root, &a.1.key).cmp(&(&b.1.root, &b.1.key)));
        let arts: Vec<(usize, &ArticleSummary)> = arts
            .into_iter()
            .enumerate()
            .map(|(i, (_, a))| (i, a))
            .collect();
        let texts: BTreeMap<(&str, &str), &ArticleText> = self
            .texts
            .iter()
            .map(|t| ((t.root.as_str(), t.key.as_str()), t))
            .collect();
        let locales: Vec<String> = {
            let set: BTreeSet<&str> = arts
                .iter()
                .flat_map(|(_, a)| a.docs.iter().map(|d| d.locale.as_str()))
                .collect();
            set.into_iter().map(String::from).collect()
        };
        let codes: BTreeSet<&str> = report.findings.iter().map(|f| f.code.as_str()).collect();

        let mut body = String::new();
        let s = &report.summary;
        let _ = writeln!(
            body,
            "<header><h1>{}</h1><p class=\"sum\">{} finding(s) in {} article(s), {} file(s): <span class=\"sev error\"><span id=\"nerror\">{}</span> error</span> <span class=\"sev warning\"><span id=\"nwarning\">{}</span> warning</span> <span class=\"sev info\"><span id=\"ninfo\">{}</span> info</span> (infos are counted, not listed) <span id=\"nshown\"></span></p></header>",
            escape(&self.title),
            s.findings,
            s.articles,
            s.files,
            s.errors,
            s.warnings,
            s.infos
        );
        body.push_str("<nav id=\"filters\"><b>Filter</b> ");
        for sev in ["error", "warning", "info"] {
            let _ = write!(body, "<label><input type=\"checkbox\" class=\"fsev\" value=\"{sev}\" checked> {sev}</label> ");
        }
        body.push_str("<label>check <select id=\"fcode\"><option value=\"\">all</option>");
        for c in &codes {
            let _ = write!(body, "<option value=\"{0}\">{0}</option>", escape(c));
        }
        body.push_str("</select></label> <label>locale <select id=\"flocale\"><option value=\"\">all</option>");
        for l in &locales {
            let _ = write!(body, "<option value=\"{0}\">{0}</option>", escape(l));
        }
        body.push_str("</select></label> <input type=\"search\" id=\"fsearch\" placeholder=\"search text, path, message…\"> <span id=\"fcount\"></span></nav>\n<main>\n");
        self.overview(&arts, &locales, &mut body);
        self.totals(report, &mut body);
        let orphans: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| !arts.iter().any(|(_, a)| a.key == f.article))
            .collect();
        if !orphans.is_empty() {
            body.push_str("<section id=\"other\"><h2>Findings outside articles</h2>\n");
            Self::findings_table(&orphans, &mut body);
            body.push_str("</section>\n");
        }
        for (i, a) in &arts {
            self.article(
                *i,
                a,
                texts.get(&(a.root.as_str(), a.key.as_str())).copied(),
                &mut body,
            );
        }
        body.push_str("</main>\n");
        let (head, tail) = TEMPLATE
            .split_once("{{body}}")
            .expect("the template has a {{body}} slot");
        out.write_all(
            head.replacen("{{title}}", &escape(&self.title), 1)
                .as_bytes(),
        )?;
        out.write_all(body.as_bytes())?;
        out.write_all(tail.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape("<img src=x onerror=\"a\">"),
            "&lt;img src=x onerror=&quot;a&quot;&gt;"
        );
    }

    #[test]
    fn numbers_keep_inner_separators() {
        assert_eq!(
            numbers("AES 256, 3-5 days, 1.5 GB, 10,000."),
            vec!["256", "3", "5", "1.5", "10,000"]
        );
    }
}
