//! Findings of a big run, kept sorted without holding them all in memory: a buffer that
//! spills sorted runs to anonymous temporary files past a budget, then a k-way merge.
//! With it `check --format json` streams its report, so peak memory is bounded by the
//! largest article and the budget, not by the number of findings.

use super::Summary;
use crate::finding::{Finding, Severity};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

/// Findings in, sorted findings out.
pub struct FindingStore {
    buffer: Vec<Finding>,
    buffered_bytes: usize,
    budget: usize,
    runs: Vec<std::fs::File>,
    summary: Summary,
}

pub use crate::finding::order;

/// A rough count of the heap bytes one finding holds.
fn weight(f: &Finding) -> usize {
    let related: usize = f
        .related
        .iter()
        .map(|r| 96 + r.path.len() + r.message.len())
        .sum();
    256 + f.path.len()
        + f.article.len()
        + f.message.len()
        + f.subject.len()
        + f.help.as_ref().map_or(0, String::len)
        + related
}

impl FindingStore {
    /// A store that spills past `budget` bytes of buffered findings.
    pub fn new(budget: usize) -> FindingStore {
        FindingStore {
            buffer: Vec::new(),
            buffered_bytes: 0,
            budget,
            runs: Vec::new(),
            summary: Summary::default(),
        }
    }

    pub fn push(&mut self, f: Finding) -> io::Result<()> {
        self.summary.count(&f);
        self.buffered_bytes += weight(&f);
        self.buffer.push(f);
        if self.buffered_bytes > self.budget {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        self.buffer.sort_by(order);
        let mut file = tempfile::tempfile()?;
        {
            let mut w = BufWriter::new(&mut file);
            for f in self.buffer.drain(..) {
                super::json::write_line(&f, &mut w)?;
            }
            w.flush()?;
        }
        file.rewind()?;
        self.runs.push(file);
        self.buffered_bytes = 0;
        Ok(())
    }

    /// How many runs went to disk (0: everything stayed in memory).
    pub fn spilled_runs(&self) -> usize {
        self.runs.len()
    }

    /// The totals so far (`files` and `articles` are the caller's to set).
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// All findings, sorted by [`order`].
    pub fn into_sorted(mut self) -> Sorted {
        self.buffer.sort_by(order);
        let runs = self
            .runs
            .into_iter()
            .map(|f| Run {
                lines: BufReader::new(f),
                head: None,
            })
            .collect();
        let mut sorted = Sorted {
            memory: self.buffer.into_iter().peekable(),
            runs,
            error: None,
        };
        for i in 0..sorted.runs.len() {
            sorted.advance(i);
        }
        sorted
    }
}

impl Summary {
    /// Adds one finding to the counts.
    fn count(&mut self, f: &Finding) {
        self.findings += 1;
        match f.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        *self.by_code.entry(f.code.clone()).or_default() += 1;
        *self.by_kind.entry(f.kind.as_str().to_string()).or_default() += 1;
    }

    /// Whether any counted finding is at or above the gate.
    pub fn fails(&self, gate: Severity) -> bool {
        match gate {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Info => self.findings > 0,
        }
    }
}

struct Run {
    lines: BufReader<std::fs::File>,
    head: Option<Finding>,
}

/// The merge of the in-memory buffer and the spilled runs.
pub struct Sorted {
    memory: std::iter::Peekable<std::vec::IntoIter<Finding>>,
    runs: Vec<Run>,
    /// The first read error; the iteration stops there.
    pub error: Option<io::Error>,
}

impl Sorted {
    fn advance(&mut self, i: usize) {
        let mut line = String::new();
        self.runs[i].head = match self.runs[i].lines.read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => match serde_json::from_str(&line) {
                Ok(f) => Some(f),
                Err(e) => {
                    self.error.get_or_insert(e.into());
                    None
                }
            },
            Err(e) => {
                self.error.get_or_insert(e);
                None
            }
        };
    }
}

impl Iterator for Sorted {
    type Item = Finding;
    fn next(&mut self) -> Option<Finding> {
        let mut best: Option<usize> = None;
        for (i, run) in self.runs.iter().enumerate() {
            if let Some(h) = &run.head {
                if best.is_none_or(|b| {
                    order(h, self.runs[b].head.as_ref().expect("head")) == Ordering::Less
                }) {
                    best = Some(i);
                }
            }
        }
        let from_memory = match (self.memory.peek(), best) {
            (Some(m), Some(b)) => {
                order(m, self.runs[b].head.as_ref().expect("head")) != Ordering::Greater
            }
            (Some(_), None) => true,
            (None, _) => false,
        };
        if from_memory {
            return self.memory.next();
        }
        let b = best?;
        let f = self.runs[b].head.take();
        self.advance(b);
        f
    }
}

/// `{"findings": [...], "summary": {...}}` from a stream of sorted findings: the same
/// bytes as [`super::json::Json`] renders for the same report, without the `Vec`.
pub fn render_json(findings: Sorted, summary: &Summary, out: &mut dyn io::Write) -> io::Result<()> {
    struct Stream(RefCell<Option<Sorted>>);
    impl Serialize for Stream {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let it = self.0.borrow_mut().take().expect("serialized once");
            s.collect_seq(it)
        }
    }
    struct Report<'a>(Stream, &'a Summary);
    impl Serialize for Report<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("CheckReport", 2)?;
            st.serialize_field("findings", &self.0)?;
            st.serialize_field("summary", self.1)?;
            st.end()
        }
    }
    let stream = Stream(RefCell::new(Some(findings)));
    let report = Report(stream, summary);
    super::json::write(&report, out)?;
    let error = report.0 .0.borrow_mut().take().and_then(|s| s.error);
    error.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Kind, Related};
    use crate::report::{json::Json, CheckReport, Report as _};

    fn finding(i: usize) -> Finding {
        Finding {
            code: format!("CC10{}", i % 3),
            name: "n".into(),
            kind: Kind::Structure,
            severity: if i.is_multiple_of(4) {
                Severity::Error
            } else {
                Severity::Warning
            },
            path: format!("{}/x{}.md", ["en-us", "fr-fr", "de-de"][i % 3], i % 7),
            line: (i % 5) as u32,
            locale: None,
            article: format!("a{}", i % 11),
            message: format!("m{}", i % 2),
            claim: None,
            help: None,
            related: vec![Related {
                path: "p".into(),
                line: 1,
                locale: None,
                message: format!("r{i}"),
            }],
            subject: String::new(),
            root: String::new(),
        }
    }

    #[test]
    fn spilled_stream_renders_like_the_in_memory_report() {
        let all: Vec<Finding> = (0..500).map(finding).collect();
        for budget in [0, 2_000, usize::MAX] {
            let mut store = FindingStore::new(budget);
            for f in all.iter().rev().cloned() {
                store.push(f).unwrap();
            }
            assert_eq!(store.spilled_runs() > 0, budget != usize::MAX);
            let mut summary = store.summary().clone();
            summary.files = 3;
            summary.articles = 2;
            let mut streamed = Vec::new();
            render_json(store.into_sorted(), &summary, &mut streamed).unwrap();
            let mut sorted = all.clone();
            sorted.sort_by(order);
            let report = CheckReport {
                summary: Summary::of(&sorted, 3, 2),
                findings: sorted,
                articles: Vec::new(),
            };
            let mut whole = Vec::new();
            Json.render(&report, &mut whole).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(whole).unwrap(),
                "budget {budget}"
            );
            assert_eq!(
                summary.fails(Severity::Error),
                report.fails(Severity::Error)
            );
        }
    }
}
