//! `--format github`: workflow commands (`::error file=…,line=…,title=…::message`), most
//! severe first, and a Markdown summary for `$GITHUB_STEP_SUMMARY` (GitHub shows only
//! 10 annotations of each level per step; the summary lists them all by check).

use super::terminal::join;
use super::{CheckReport, Report};
use crate::finding::{Finding, Severity};
use std::collections::BTreeMap;
use std::io;

/// The GitHub annotations format.
pub struct Github;

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
    fs.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.sort_key().cmp(&b.sort_key()))
    });
    fs
}

impl Report for Github {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        for f in by_severity(report) {
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
            )?;
        }
        Ok(())
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
        writeln!(out, "\nGitHub shows at most 10 annotations of each level per step; all findings, most severe first:\n")?;
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
