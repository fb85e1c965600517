//! `--format github`: workflow commands (`::error file=…,line=…,title=…::message`) within
//! what a step shows: at most 10 annotations of each level (most severe and changed-file
//! findings first), the rest as plain lines inside a `::group::`, and a Markdown summary
//! for `$GITHUB_STEP_SUMMARY` that counts them all by check.

use super::terminal::join;
use super::{by_severity as severity_order, CheckReport, Report};
use crate::finding::{Finding, Severity};
use std::collections::{BTreeMap, BTreeSet};
use std::io;

/// How many annotations of each level a GitHub step shows.
pub const ANNOTATIONS_PER_LEVEL: usize = 10;

/// The GitHub annotations format.
#[derive(Clone, Debug)]
pub struct Github {
    /// Annotations written per level (error, warning, notice); the rest are plain lines.
    pub per_level: usize,
    /// Files changed by the pull request, as findings print them (`root/path`): their
    /// findings are annotated before the others of the same level.
    pub changed: BTreeSet<String>,
}

impl Default for Github {
    fn default() -> Github {
        Github {
            per_level: ANNOTATIONS_PER_LEVEL,
            changed: BTreeSet::new(),
        }
    }
}

/// Escapes a workflow command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (`file=`, `title=`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Findings, most severe first, then in report order.
fn by_severity(report: &CheckReport) -> Vec<&Finding> {
    let mut fs: Vec<&Finding> = report.findings.iter().collect();
    fs.sort_by(|a, b| severity_order(a, b));
    fs
}

impl Github {
    fn annotation(f: &Finding, out: &mut dyn io::Write) -> io::Result<()> {
        let mut props = vec![format!("file={}", escape_property(&join(&f.root, &f.path)))];
        if f.line > 0 {
            props.push(format!("line={}", f.line));
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("{} {}", f.code, f.name))
        ));
        let mut msg = match &f.locale {
            Some(l) => format!("[{l}] {}", f.message),
            None => f.message.clone(),
        };
        for r in &f.related {
            let locale = r.locale.as_ref().map_or("-", |l| l.as_str());
            msg.push_str(&format!(
                "\n= {locale} {}:{}: {}",
                join(&f.root, &r.path),
                r.line,
                r.message
            ));
        }
        if let Some(h) = &f.help {
            msg.push_str(&format!("\nhelp: {h}"));
        }
        writeln!(
            out,
            "::{} {}::{}",
            command(f.severity),
            props.join(","),
            escape_data(&msg)
        )
    }
}

impl Report for Github {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let mut fs = by_severity(report);
        let changed = |f: &Finding| self.changed.contains(&join(&f.root, &f.path));
        // Stable: within a level, changed files first, each group in report order.
        fs.sort_by_key(|f| (std::cmp::Reverse(f.severity), !changed(f)));
        let mut per_level = [0usize; 3];
        let mut rest = Vec::new();
        for f in fs {
            let n = &mut per_level[f.severity as usize];
            if *n < self.per_level {
                *n += 1;
                Self::annotation(f, out)?;
            } else {
                rest.push(f);
            }
        }
        if rest.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "concord: {} of {} finding(s) annotated (a step shows {} per level); {} more below and in the step summary (--summary)",
            report.findings.len() - rest.len(),
            report.findings.len(),
            self.per_level,
            rest.len()
        )?;
        writeln!(out, "::group::concord: {} more finding(s)", rest.len())?;
        for f in rest {
            let line = format!(
                "{}:{}: {} {} {}{} {}",
                join(&f.root, &f.path),
                f.line,
                f.severity,
                f.code,
                f.name,
                f.locale
                    .as_ref()
                    .map_or(String::new(), |l| format!(" [{l}]")),
                f.message
            );
            // A plain line that starts with `::` would be read as a command.
            writeln!(out, "{}", line.replace("::", ": :"))?;
        }
        writeln!(out, "::endgroup::")
    }
}

/// Escapes text for a Markdown table cell (no HTML, no pipes, one line).
fn md(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// The Markdown summary (`--summary FILE`).
pub struct Summary {
    /// How many findings to list one by one (the rest are counted).
    pub max_listed: usize,
}

impl Default for Summary {
    fn default() -> Summary {
        Summary { max_listed: 100 }
    }
}

impl Report for Summary {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let s = &report.summary;
        writeln!(out, "## concord\n")?;
        writeln!(
            out,
            "{} finding(s) in {} article(s), {} file(s): **{} error(s)**, {} warning(s), {} info.\n",
            s.findings, s.articles, s.files, s.errors, s.warnings, s.infos
        )?;
        if s.findings == 0 {
            return Ok(());
        }
        let mut per: BTreeMap<&str, (&str, [usize; 3])> = BTreeMap::new();
        for f in &report.findings {
            per.entry(f.code.as_str())
                .or_insert((f.name.as_str(), [0; 3]))
                .1[f.severity as usize] += 1;
        }
        writeln!(
            out,
            "| check | name | error | warning | info |\n|---|---|---:|---:|---:|"
        )?;
        for (code, (name, [i, w, e])) in &per {
            writeln!(out, "| {} | {} | {e} | {w} | {i} |", md(code), md(name))?;
        }
        writeln!(out, "\nGitHub shows at most {ANNOTATIONS_PER_LEVEL} annotations of each level per step; the findings, most severe first:\n")?;
        writeln!(
            out,
            "| severity | check | locale | location | message |\n|---|---|---|---|---|"
        )?;
        let fs = by_severity(report);
        for f in fs.iter().take(self.max_listed) {
            let loc = join(&f.root, &f.path);
            let loc = if f.line > 0 {
                format!("{loc}:{}", f.line)
            } else {
                loc
            };
            writeln!(
                out,
                "| {} | {} | {} | `{}` | {} |",
                f.severity,
                md(&f.code),
                md(f.locale.as_ref().map_or("-", |l| l.as_str())),
                md(&loc).replace('`', "'"),
                md(&f.message)
            )?;
        }
        if fs.len() > self.max_listed {
            writeln!(
                out,
                "\n…and {} more (run `concord check` locally, or use `--format sarif` / `--html`).",
                fs.len() - self.max_listed
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_escape_colons_commas_and_newlines() {
        assert_eq!(escape_property("a:b,c%d\ne\r"), "a%3Ab%2Cc%25d%0Ae%0D");
        assert_eq!(escape_data("a:b,c%d\n"), "a:b,c%25d%0A");
    }
}
