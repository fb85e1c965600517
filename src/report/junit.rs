//! `--format junit`: one test suite per article, one test case per article and check; a
//! check fails on an article when it has findings there at or above the gate.

use super::{CheckReport, Report};
use crate::finding::{Finding, Severity};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// The JUnit XML format.
pub struct Junit {
    /// Findings below this are reported as output of a passing test case.
    pub gate: Severity,
}

/// Escapes XML text and attribute values, dropping characters XML 1.0 cannot carry.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn describe(f: &Finding) -> String {
    let mut s = format!("{}:{}: {} {}", f.path, f.line, f.severity, f.message);
    if let Some(l) = &f.locale {
        s = format!("{s} [{l}]");
    }
    for r in &f.related {
        s.push_str(&format!(
            "\n  = {} {}:{}: {}",
            r.locale.as_ref().map_or("-", |l| l.as_str()),
            r.path,
            r.line,
            r.message
        ));
    }
    if let Some(h) = &f.help {
        s.push_str(&format!("\n  help: {h}"));
    }
    s
}

impl Report for Junit {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let checks: Vec<(String, String)> = crate::checks::registry()
            .iter()
            .map(|c| (c.meta().code.to_string(), c.meta().name.to_string()))
            .collect();
        let mut keys: BTreeSet<&str> = report.articles.iter().map(|a| a.key.as_str()).collect();
        keys.extend(report.findings.iter().map(|f| f.article.as_str()));
        let mut by: BTreeMap<(&str, &str), Vec<&Finding>> = BTreeMap::new();
        for f in &report.findings {
            by.entry((f.article.as_str(), f.code.as_str()))
                .or_default()
                .push(f);
        }
        let failing = |fs: &[&Finding]| fs.iter().any(|f| f.severity >= self.gate);
        let total_failures = keys
            .iter()
            .flat_map(|k| checks.iter().map(move |(c, _)| (*k, c.as_str())))
            .filter(|k| by.get(k).is_some_and(|fs| failing(fs)))
            .count();
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<testsuites name="concord" tests="{}" failures="{total_failures}">"#,
            keys.len() * checks.len()
        )?;
        for key in &keys {
            let failures = checks
                .iter()
                .filter(|(c, _)| by.get(&(*key, c.as_str())).is_some_and(|fs| failing(fs)))
                .count();
            writeln!(
                out,
                r#"  <testsuite name="{}" tests="{}" failures="{failures}">"#,
                escape(key),
                checks.len()
            )?;
            for (code, name) in &checks {
                let fs = by
                    .get(&(*key, code.as_str()))
                    .map_or(&[][..], |v| v.as_slice());
                let open = format!(
                    r#"    <testcase classname="{}" name="{} {}""#,
                    escape(key),
                    escape(code),
                    escape(name)
                );
                if fs.is_empty() {
                    writeln!(out, "{open}/>")?;
                    continue;
                }
                writeln!(out, "{open}>")?;
                let text = fs
                    .iter()
                    .map(|f| describe(f))
                    .collect::<Vec<_>>()
                    .join("\n");
                if failing(fs) {
                    let worst = fs
                        .iter()
                        .map(|f| f.severity)
                        .max()
                        .unwrap_or(Severity::Info);
                    writeln!(
                        out,
                        r#"      <failure type="{}" message="{} finding(s), worst {worst}">{}</failure>"#,
                        escape(code),
                        fs.len(),
                        escape(&text)
                    )?;
                } else {
                    writeln!(out, "      <system-out>{}</system-out>", escape(&text))?;
                }
                writeln!(out, "    </testcase>")?;
            }
            writeln!(out, "  </testsuite>")?;
        }
        writeln!(out, "</testsuites>")
    }
}
