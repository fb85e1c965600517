//! Human diagnostics, for triage at any size: a per-check statistics table, then the
//! worst findings first (`path:line: severity CODE name [locale] message`, the aligned
//! location in the other locales under it, and the fix), then the totals. Infos and
//! findings past a limit are counted, not listed, unless asked for. Colour only when
//! asked (a terminal).

use super::{by_severity, CheckReport, Report};
use crate::finding::{Finding, Severity};
use anstyle::{AnsiColor, Style};
use std::collections::BTreeMap;
use std::io;

/// How many findings the terminal lists by default (`--all` lists every one).
pub const DEFAULT_LIMIT: usize = 10;

/// How many related locations are listed under one finding by default.
const RELATED_LISTED: usize = 1;

/// When the per-check table is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statistics {
    /// When some findings are not listed (a limit, or infos hidden).
    Auto,
    /// Only the table and the totals (`--statistics`).
    Only,
}

/// The terminal format.
#[derive(Clone, Debug)]
pub struct Terminal {
    pub color: bool,
    /// Findings below this are counted, not listed.
    pub min_listed: Severity,
    /// How many findings to list, worst first (`None`: all).
    pub limit: Option<usize>,
    pub statistics: Statistics,
    /// Only the findings: no table, no totals.
    pub quiet: bool,
    /// How many related locations to list under a finding (`None`: all).
    pub related_limit: Option<usize>,
}

impl Default for Terminal {
    fn default() -> Terminal {
        Terminal {
            color: false,
            min_listed: Severity::Warning,
            limit: Some(DEFAULT_LIMIT),
            statistics: Statistics::Auto,
            quiet: false,
            related_limit: Some(RELATED_LISTED),
        }
    }
}

impl Terminal {
    /// Every finding, infos included, in colour or not (what tests and `--all
    /// --min-severity info` print).
    pub fn everything(color: bool) -> Terminal {
        Terminal {
            color,
            min_listed: Severity::Info,
            limit: None,
            related_limit: None,
            ..Terminal::default()
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }

    fn severity_style(sev: Severity) -> Style {
        let color = match sev {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        Style::new().fg_color(Some(color.into())).bold()
    }

    fn finding(&self, f: &Finding, root: &str, out: &mut dyn io::Write) -> io::Result<()> {
        let dim = Style::new().dimmed();
        let location = format!("{}:{}", join(root, &f.path), f.line);
        let locale = f
            .locale
            .as_ref()
            .map_or(String::new(), |l| format!(" [{l}]"));
        writeln!(
            out,
            "{}: {} {}{} {}",
            self.paint(Style::new().bold(), &location),
            self.paint(Self::severity_style(f.severity), f.severity.as_str()),
            self.paint(Style::new().bold(), &format!("{} {}", f.code, f.name)),
            locale,
            f.message
        )?;
        let related = self.related_limit.unwrap_or(usize::MAX);
        let listed = f.related.len().min(related);
        for (i, r) in f.related.iter().take(related).enumerate() {
            let locale = r.locale.as_ref().map_or("-".to_string(), |l| l.to_string());
            let text = shorten(&r.message, 160);
            let more = if i + 1 == listed && f.related.len() > listed {
                self.paint(
                    dim,
                    &format!(" (and {} more location(s))", f.related.len() - listed),
                )
            } else {
                String::new()
            };
            writeln!(
                out,
                "    {} {locale} {}:{}: {text}{more}",
                self.paint(dim, "="),
                join(root, &r.path),
                r.line
            )?;
        }
        if let Some(help) = &f.help {
            writeln!(
                out,
                "    {} {help}",
                self.paint(
                    Style::new().fg_color(Some(AnsiColor::Green.into())),
                    "help:"
                )
            )?;
        }
        Ok(())
    }

    /// The per-check table: count, code, name, severity; most severe, then most
    /// frequent first.
    fn statistics(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let mut rows: BTreeMap<(Severity, &str, &str), usize> = BTreeMap::new();
        for f in &report.findings {
            *rows
                .entry((f.severity, f.code.as_str(), f.name.as_str()))
                .or_default() += 1;
        }
        let mut rows: Vec<_> = rows.into_iter().collect();
        rows.sort_by(|((sa, ca, _), na), ((sb, cb, _), nb)| {
            sb.cmp(sa).then(nb.cmp(na)).then(ca.cmp(cb))
        });
        let width = rows
            .iter()
            .map(|((_, _, n), _)| n.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let count_width = rows
            .iter()
            .map(|(_, c)| c.to_string().len())
            .max()
            .unwrap_or(5)
            .max(5);
        writeln!(
            out,
            "{}",
            self.paint(
                Style::new().bold(),
                &format!(
                    "{:>count_width$}  code   {:<width$}  severity",
                    "count", "name"
                )
            )
        )?;
        for ((sev, code, name), count) in rows {
            writeln!(
                out,
                "{count:>count_width$}  {code:<5}  {name:<width$}  {}",
                self.paint(Self::severity_style(sev), sev.as_str())
            )?;
        }
        Ok(())
    }

    fn totals(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let s = &report.summary;
        let counts = format!(
            "{} error(s), {} warning(s), {} info",
            s.errors, s.warnings, s.infos
        );
        let style = if s.errors > 0 {
            Self::severity_style(Severity::Error)
        } else if s.warnings > 0 {
            Self::severity_style(Severity::Warning)
        } else {
            Style::new().bold()
        };
        writeln!(
            out,
            "{} in {} article(s), {} file(s): {}",
            self.paint(Style::new().bold(), &format!("{} finding(s)", s.findings)),
            s.articles,
            s.files,
            self.paint(style, &counts)
        )
    }
}

impl Report for Terminal {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        if self.statistics == Statistics::Only {
            if !report.findings.is_empty() {
                self.statistics(report, out)?;
            }
            return self.totals(report, out);
        }
        let mut listed: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity >= self.min_listed)
            .collect();
        listed.sort_by(|a, b| by_severity(a, b));
        let below = report.findings.len() - listed.len();
        let shown = self.limit.map_or(listed.len(), |n| n.min(listed.len()));
        let unlisted = &listed[shown..];
        if !self.quiet && (!unlisted.is_empty() || below > 0) {
            self.statistics(report, out)?;
            writeln!(out)?;
        }
        for f in &listed[..shown] {
            self.finding(f, &f.root, out)?;
        }
        if !unlisted.is_empty() {
            let errors = unlisted
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let warnings = unlisted.len() - errors;
            writeln!(
                out,
                "… {} more finding(s) not listed ({errors} error(s), {warnings} warning(s)): \
                 `--all` lists them, `--select CODE` narrows, `--format json` has every one",
                unlisted.len()
            )?;
        }
        if below > 0 && !self.quiet {
            writeln!(
                out,
                "{below} finding(s) below {} not listed (`--min-severity info` lists them)",
                self.min_listed
            )?;
        }
        if self.quiet {
            return Ok(());
        }
        self.totals(report, out)
    }
}

/// `root/rel` for display, without doubling separators.
pub fn join(root: &str, rel: &str) -> String {
    if root.is_empty() || root == "." {
        rel.to_string()
    } else {
        format!("{}/{rel}", root.trim_end_matches('/'))
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}
