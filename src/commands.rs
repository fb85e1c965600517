//! The commands: run the library, render to stdout, return an exit code.

use crate::cli::{CheckArgs, ClaimsArgs, ClaimsFormat, Format, PathsArgs};
use anyhow::{bail, Context, Result};
use concord::baseline::Baseline;
use concord::checks;
use concord::report::{json, terminal::Terminal, ArticleSummary, CheckReport, Report};
use concord::Options;
use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::Command;

/// The process exit codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// No finding at or above the gate.
    Clean = 0,
    /// Findings at or above the gate.
    Findings = 1,
    /// Usage or I/O error.
    Error = 2,
}

/// Runs the pipeline and keeps a summary of every article.
fn summaries(
    args: &PathsArgs,
) -> Result<(Vec<ArticleSummary>, Vec<concord::finding::Finding>, usize)> {
    summaries_with(
        args,
        Options {
            config: args.config.clone(),
            ..Options::default()
        },
    )
}

fn summaries_with(
    args: &PathsArgs,
    options: Options,
) -> Result<(Vec<ArticleSummary>, Vec<concord::finding::Finding>, usize)> {
    let roots: Vec<String> = args.paths.iter().map(|p| display_root(p)).collect();
    let output = concord::run(&args.paths, &options, |outcome| {
        ArticleSummary::of(outcome, &roots[outcome.root])
    })?;
    Ok((output.articles, output.walk_findings, output.files))
}

fn display_root(p: &std::path::Path) -> String {
    if p.is_file() {
        p.parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default()
    } else {
        p.display().to_string()
    }
}

fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// The files changed since `rev` under each root (`git diff --name-only` plus untracked
/// files), as canonical paths.
fn changed_since(roots: &[PathBuf], rev: &str) -> Result<BTreeSet<PathBuf>> {
    let mut out = BTreeSet::new();
    for root in roots {
        let dir = if root.is_dir() {
            root.clone()
        } else {
            root.parent().map(PathBuf::from).unwrap_or_default()
        };
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        for args in [
            vec!["diff", "--name-only", "--relative", rev, "--"],
            vec!["ls-files", "--others", "--exclude-standard"],
        ] {
            let output = Command::new("git")
                .arg("-C")
                .arg(&dir)
                .args(&args)
                .output()
                .with_context(|| format!("cannot run git in {}", dir.display()))?;
            if !output.status.success() {
                bail!(
                    "git {} failed in {}: {}",
                    args.join(" "),
                    dir.display(),
                    String::from_utf8_lossy(&output.stderr).trim()
                );
            }
            for line in String::from_utf8_lossy(&output.stdout)
                .lines()
                .filter(|l| !l.is_empty())
            {
                if let Ok(p) = dir.join(line).canonicalize() {
                    out.insert(p);
                }
            }
        }
    }
    Ok(out)
}

pub fn check(args: &CheckArgs) -> Result<Exit> {
    let changed = match &args.changed_since {
        Some(rev) => Some(changed_since(&args.paths.paths, rev)?),
        None => None,
    };
    let options = Options {
        config: args.paths.config.clone(),
        changed,
    };
    let (articles, walk, files) = summaries_with(&args.paths, options)?;
    let mut report = CheckReport::new(articles, walk, files);
    if let Some(path) = &args.write_baseline {
        Baseline::of(&report.findings).write(path)?;
        eprintln!(
            "concord: wrote {} finding(s) to the baseline {}",
            report.findings.len(),
            path.display()
        );
        return Ok(Exit::Clean);
    }
    if let Some(path) = &args.baseline {
        let baseline = Baseline::load(path)?;
        let (new, old) = baseline.split(std::mem::take(&mut report.findings));
        report.summary =
            concord::report::Summary::of(&new, report.summary.files, report.summary.articles);
        report.findings = new;
        if !old.is_empty() {
            eprintln!(
                "concord: {} finding(s) are in the baseline {} and not shown",
                old.len(),
                path.display()
            );
        }
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => Terminal {
            color: stdout_color(),
        }
        .render(&report, &mut out)?,
        Format::Json => json::Json.render(&report, &mut out)?,
    }
    out.flush()?;
    Ok(if report.fails(args.fail_on.severity()) {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

pub fn claims(args: &ClaimsArgs) -> Result<Exit> {
    let (articles, _, _) = summaries(&args.paths)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        ClaimsFormat::Json => json::render_claims(&articles, &mut out)?,
        ClaimsFormat::Human => {
            let mut docs: Vec<_> = articles
                .iter()
                .flat_map(|a| a.docs.iter().map(move |d| (a, d)))
                .collect();
            docs.sort_by(|a, b| a.1.path.cmp(&b.1.path));
            for (a, d) in docs {
                writeln!(
                    out,
                    "{} [{}] ({} claims)",
                    concord::report::terminal::join(&a.root, &d.path),
                    d.locale,
                    d.claims.len()
                )?;
                let mut last = None;
                for c in &d.claims {
                    if last != Some((&c.text, c.line)) {
                        writeln!(out, "  {}: {}", c.line, c.text)?;
                        last = Some((&c.text, c.line));
                    }
                    let value = c
                        .value
                        .as_deref()
                        .map_or(String::new(), |v| format!(" = {v}"));
                    writeln!(out, "      -> {} ({}){value}", c.id, c.polarity.as_str())?;
                }
            }
        }
    }
    out.flush()?;
    Ok(Exit::Clean)
}

pub fn articles(args: &PathsArgs) -> Result<Exit> {
    let (articles, _, _) = summaries(args)?;
    let mut out = std::io::stdout().lock();
    for a in &articles {
        let locales: Vec<&str> = a.docs.iter().map(|d| d.locale.as_str()).collect();
        writeln!(
            out,
            "article {}  ({} locale(s): {})",
            a.key,
            a.docs.len(),
            locales.join(", ")
        )?;
        for d in &a.docs {
            let rev = d.revision.as_deref().map_or("source".to_string(), |r| {
                format!("rev {}", &r[..r.len().min(8)])
            });
            writeln!(
                out,
                "  {:<6} {}  [{rev}]",
                d.locale.as_str(),
                concord::report::terminal::join(&a.root, &d.path)
            )?;
        }
        let width = a
            .sections
            .iter()
            .map(|s| s.anchor.len() + s.level as usize)
            .max()
            .unwrap_or(8)
            .clamp(8, 60);
        write!(out, "  {:<width$}", "section")?;
        for l in &locales {
            write!(out, " {l:>7}")?;
        }
        writeln!(out)?;
        for s in &a.sections {
            let name = if s.anchor.is_empty() {
                "(preamble)".to_string()
            } else {
                format!("{} {}", "#".repeat(s.level as usize), s.anchor)
            };
            write!(out, "  {:<width$}", truncate(&name, width))?;
            for c in &s.cells {
                let cell = c
                    .as_ref()
                    .map_or("-".to_string(), |(line, _)| format!("L{line}"));
                write!(out, " {cell:>7}")?;
            }
            writeln!(out)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(Exit::Clean)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

pub fn explain(code: &str) -> Result<Exit> {
    let Some(check) = checks::find(code) else {
        bail!("no check `{code}`; `concord checks` lists them");
    };
    let m = check.meta();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} {} ({}, {}, default severity {})\n",
        m.code,
        m.name,
        m.category(),
        m.kind.as_str(),
        m.severity
    )?;
    writeln!(
        out,
        "{}",
        m.doc
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
    )?;
    Ok(Exit::Clean)
}

pub fn list_checks() -> Result<Exit> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<6} {:<32} {:<16} {:<20} severity",
        "code", "name", "category", "kind"
    )?;
    for c in checks::registry() {
        let m = c.meta();
        writeln!(
            out,
            "{:<6} {:<32} {:<16} {:<20} {}",
            m.code,
            m.name,
            m.category(),
            m.kind.as_str(),
            m.severity
        )?;
    }
    Ok(Exit::Clean)
}

pub fn model() -> Result<Exit> {
    let mut out = std::io::stdout().lock();
    write!(out, "{}", concord::model::Model::canonical().render())?;
    out.flush()?;
    Ok(Exit::Clean)
}

/// A path given on the command line that does not exist is a usage error.
pub fn check_paths(paths: &[PathBuf]) -> Result<()> {
    for p in paths {
        std::fs::metadata(p).with_context(|| format!("{}: cannot read", p.display()))?;
    }
    Ok(())
}
