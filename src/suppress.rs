//! Inline suppression: `<!-- concord-disable-next-line CODE -->`, and
//! `<!-- concord-disable CODE -->` … `<!-- concord-enable CODE -->`.
//!
//! Directives are HTML comments, which reach us as `SegmentKind::Html` segments with
//! their line. A directive may name several codes or names (space or comma separated);
//! one that names none applies to every check. A directive that suppresses nothing
//! becomes a finding of its own (`CC005 unused-suppression`).

use crate::align::Article;
use crate::finding::Finding;
use crate::parse::{Document, SegmentKind};

/// One suppression directive in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub path: String,
    /// The line of the comment.
    pub line: u32,
    /// Lines covered, inclusive.
    pub lines: (u32, u32),
    /// Codes or names; empty means every check.
    pub codes: Vec<String>,
    /// The directive as written, for messages.
    pub text: String,
}

impl Directive {
    fn covers(&self, f: &Finding) -> bool {
        f.path == self.path
            && (self.lines.0..=self.lines.1).contains(&f.line)
            && (self.codes.is_empty()
                || self
                    .codes
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&f.code) || *c == f.name))
    }
}

/// The directives of one document, in line order.
pub fn directives(doc: &Document) -> Vec<Directive> {
    let mut found: Vec<(u32, &str, Vec<String>, String)> = Vec::new();
    for seg in doc
        .segments
        .iter()
        .filter(|s| matches!(s.kind, SegmentKind::Html))
    {
        let mut rest = seg.text.as_str();
        let mut consumed = 0usize;
        while let Some(start) = rest.find("<!--") {
            let Some(end) = rest
                .get(start..)
                .and_then(|r| r.find("-->"))
                .map(|e| start + e)
            else {
                break;
            };
            let body = rest.get(start + 4..end).unwrap_or_default().trim();
            let before = seg.text.get(..consumed + end).unwrap_or_default();
            let end_line = seg.line + before.matches('\n').count() as u32;
            let mut words = body
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty());
            let verb = match words.next() {
                Some("concord-disable-next-line") => "next",
                Some("concord-disable") => "disable",
                Some("concord-enable") => "enable",
                _ => "",
            };
            if !verb.is_empty() {
                found.push((
                    end_line,
                    verb,
                    words.map(str::to_string).collect(),
                    format!("<!-- {body} -->"),
                ));
            }
            consumed += end + 3;
            rest = rest.get(end + 3..).unwrap_or_default();
        }
    }
    found.sort_by_key(|d| d.0);
    let mut out = Vec::new();
    for (i, (line, verb, codes, text)) in found.iter().enumerate() {
        let lines = match *verb {
            "next" => (line + 1, line + 1),
            "disable" => {
                let end = found[i + 1..].iter().find(|(_, v, c, _)| {
                    *v == "enable"
                        && (c.is_empty() || c.iter().any(|x| codes.contains(x)) || codes.is_empty())
                });
                (line + 1, end.map_or(u32::MAX, |e| e.0))
            }
            _ => continue,
        };
        out.push(Directive {
            path: doc.file.rel.clone(),
            line: *line,
            lines,
            codes: codes.clone(),
            text: text.clone(),
        });
    }
    out
}

/// Drops the findings a directive covers; returns the kept findings and the directives
/// that covered none.
pub fn apply(article: &Article, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Directive>) {
    let dirs: Vec<Directive> = article.docs.iter().flat_map(directives).collect();
    if dirs.is_empty() {
        return (findings, Vec::new());
    }
    let mut used = vec![false; dirs.len()];
    let kept = findings
        .into_iter()
        .filter(|f| {
            let mut hit = false;
            for (i, d) in dirs.iter().enumerate() {
                if d.covers(f) {
                    used[i] = true;
                    hit = true;
                }
            }
            !hit
        })
        .collect();
    let unused = dirs
        .into_iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|(d, _)| d)
        .collect();
    (kept, unused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::source_file;
    use crate::locale::Locale;
    use std::path::PathBuf;
    use std::sync::Arc;

    fn doc(md: &str) -> Document {
        let f = source_file(
            Arc::new(PathBuf::new()),
            PathBuf::from("x.md"),
            "x.md".into(),
        );
        Document::parse(f, md.as_bytes(), &Locale::parse("en-us").unwrap())
    }

    #[test]
    fn next_line_and_ranges() {
        let d = doc("<!-- concord-disable-next-line CC101 -->\ntext\n\n<!-- concord-disable CC102, CC103 -->\n\na\n\n<!-- concord-enable CC102 -->\n");
        let dirs = directives(&d);
        assert_eq!(dirs.len(), 2);
        assert_eq!(dirs[0].lines, (2, 2));
        assert_eq!(dirs[0].codes, vec!["CC101"]);
        assert_eq!(dirs[1].lines, (5, 8));
        assert_eq!(dirs[1].codes, vec!["CC102", "CC103"]);
    }

    #[test]
    fn other_comments_are_not_directives() {
        assert!(directives(&doc("<!-- a note -->\n\ntext\n")).is_empty());
    }
}
