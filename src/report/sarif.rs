//! `--format sarif`: SARIF 2.1.0 for code-scanning tools. Rules carry the check docs,
//! results carry physical locations, the aligned locales as `relatedLocations`, and the
//! baseline fingerprint as `partialFingerprints`.

use super::terminal::join;
use super::{CheckReport, Report};
use crate::finding::{Finding, Severity};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// How many results code scanning accepts in one run.
pub const MAX_RESULTS: usize = 25_000;

/// The SARIF format.
pub struct Sarif {
    /// Fingerprints of a baseline, when one is given: results get `baselineState`
    /// (`unchanged` when their fingerprint is in it, else `new`).
    pub baseline: Option<BTreeSet<String>>,
    /// Results written at most: the most severe first; the others are counted in the
    /// run's `properties` and a tool notification.
    pub max_results: usize,
}

impl Default for Sarif {
    fn default() -> Sarif {
        Sarif {
            baseline: None,
            max_results: MAX_RESULTS,
        }
    }
}

/// The fingerprint a finding keeps across runs.
pub fn fingerprint(f: &Finding) -> String {
    crate::baseline::fingerprint(f)
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Percent-encodes what may not stand in a relative URI reference.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `a/./b/../c` as `a/c`, lexically; `..` that climbs above the start is kept.
pub fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// A relative reference for relative paths (what code scanning resolves against the
/// repository), a `file://` URI for absolute ones (a relative reference may not start
/// with `/`).
fn artifact_uri(path: &str) -> String {
    match path.strip_prefix('/') {
        Some(abs) => format!("file:///{}", uri(abs)),
        None => uri(path),
    }
}

fn location(root: &str, path: &str, line: u32) -> Value {
    let mut physical = Map::new();
    physical.insert(
        "artifactLocation".into(),
        json!({ "uri": artifact_uri(&normalize(&join(root, path))) }),
    );
    if line > 0 {
        physical.insert("region".into(), json!({ "startLine": line }));
    }
    json!({ "physicalLocation": physical })
}

/// Each finding's `partialFingerprints` value: its baseline fingerprint, and for the
/// second and later findings with the same one (in report order) `/2`, `/3`, ... so no
/// two results share a fingerprint and the suffix is the same on every run.
pub fn unique_fingerprints(findings: &[Finding]) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    findings
        .iter()
        .map(|f| {
            let fp = fingerprint(f);
            let n = seen.entry(fp.clone()).or_default();
            *n += 1;
            if *n == 1 {
                fp
            } else {
                format!("{fp}/{n}")
            }
        })
        .collect()
}

fn doc_text(doc: &str) -> String {
    doc.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

impl Report for Sarif {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let registry = crate::checks::registry();
        let mut rules: Vec<Value> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for c in &registry {
            let m = c.meta();
            let doc = doc_text(m.doc);
            let short = doc
                .lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .unwrap_or(m.name)
                .to_string();
            index.insert(m.code.to_string(), rules.len());
            rules.push(json!({
                "id": m.code,
                "name": m.name,
                "shortDescription": { "text": short },
                "fullDescription": { "text": doc },
                "help": { "text": doc, "markdown": doc },
                "defaultConfiguration": { "level": level(m.severity) },
                "properties": { "category": m.category(), "kind": m.kind.as_str() },
            }));
        }
        // The results kept: the most severe first, written in report order.
        let mut ranked: Vec<usize> = (0..report.findings.len()).collect();
        ranked.sort_by(|&a, &b| super::by_severity(&report.findings[a], &report.findings[b]));
        let mut kept = vec![false; report.findings.len()];
        for &i in ranked.iter().take(self.max_results) {
            kept[i] = true;
        }
        let mut omitted: BTreeMap<&str, usize> = BTreeMap::new();
        for (f, _) in report.findings.iter().zip(&kept).filter(|(_, k)| !**k) {
            *omitted.entry(f.code.as_str()).or_default() += 1;
        }
        let fingerprints = unique_fingerprints(&report.findings);
        let results: Vec<Value> = report
            .findings
            .iter()
            .zip(fingerprints)
            .zip(&kept)
            .filter(|(_, k)| **k)
            .map(|((f, fp), _)| {
                let root = f.root.as_str();
                let mut r = Map::new();
                r.insert("ruleId".into(), json!(f.code));
                if let Some(i) = index.get(&f.code) {
                    r.insert("ruleIndex".into(), json!(i));
                }
                r.insert("level".into(), json!(level(f.severity)));
                let text = match &f.help {
                    Some(h) => format!("{} (help: {h})", f.message),
                    None => f.message.clone(),
                };
                r.insert("message".into(), json!({ "text": text }));
                r.insert("locations".into(), json!([location(root, &f.path, f.line)]));
                if !f.related.is_empty() {
                    let related: Vec<Value> = f
                        .related
                        .iter()
                        .enumerate()
                        .map(|(i, rel)| {
                            let mut loc = location(root, &rel.path, rel.line);
                            loc["id"] = json!(i + 1);
                            let locale = rel.locale.as_ref().map_or("-", |l| l.as_str());
                            loc["message"] =
                                json!({ "text": format!("{locale}: {}", rel.message) });
                            loc
                        })
                        .collect();
                    r.insert("relatedLocations".into(), Value::Array(related));
                }
                if let Some(base) = &self.baseline {
                    r.insert(
                        "baselineState".into(),
                        json!(if base.contains(&fingerprint(f)) {
                            "unchanged"
                        } else {
                            "new"
                        }),
                    );
                }
                r.insert(
                    "partialFingerprints".into(),
                    json!({ "concordFingerprint/v1": fp }),
                );
                let mut props = Map::new();
                props.insert("kind".into(), json!(f.kind.as_str()));
                props.insert("article".into(), json!(f.article));
                if let Some(l) = &f.locale {
                    props.insert("locale".into(), json!(l.as_str()));
                }
                if let Some(c) = &f.claim {
                    props.insert("claim".into(), json!(c));
                }
                r.insert("properties".into(), Value::Object(props));
                Value::Object(r)
            })
            .collect();
        let omitted_count: usize = omitted.values().sum();
        let mut run = json!({
            "tool": { "driver": {
                "name": "concord",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
            "columnKind": "unicodeCodePoints",
        });
        if omitted_count > 0 {
            run["properties"] = json!({
                "findings": report.findings.len(),
                "omittedResults": omitted_count,
                "omittedByRule": omitted,
            });
            run["invocations"] = json!([{
                "executionSuccessful": true,
                "toolExecutionNotifications": [{
                    "level": "warning",
                    "message": { "text": format!(
                        "{omitted_count} of {} findings are not in this run (code scanning takes {} results per run); the {} most severe are; `--format json` has them all",
                        report.findings.len(), self.max_results, self.max_results
                    )},
                }],
            }]);
        }
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        });
        super::json::write(&log, out)
    }
}
