//! Human diagnostics: `path:line: severity CODE [locale] message`, the aligned location
//! in the other locales under it, and the fix. Colour only when asked (a terminal).

use super::{CheckReport, Report};
use crate::finding::{Finding, Severity};
use anstyle::{AnsiColor, Style};
use std::collections::BTreeMap;
use std::io;

/// The terminal format.
pub struct Terminal {
    pub color: bool,
}

impl Terminal {
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
        for r in &f.related {
            let locale = r.locale.as_ref().map_or("-".to_string(), |l| l.to_string());
            let text = shorten(&r.message, 160);
            writeln!(
                out,
                "    {} {locale} {}:{}: {text}",
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
}

impl Report for Terminal {
    fn render(&self, report: &CheckReport, out: &mut dyn io::Write) -> io::Result<()> {
        let roots: BTreeMap<&str, &str> = report
            .articles
            .iter()
            .map(|a| (a.key.as_str(), a.root.as_str()))
            .collect();
        let default_root = report.articles.first().map_or("", |a| a.root.as_str());
        for f in &report.findings {
            let root = roots
                .get(f.article.as_str())
                .copied()
                .unwrap_or(default_root);
            self.finding(f, root, out)?;
        }
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
