//! The commands: run the library, render to stdout, return an exit code.

use crate::cli::{CheckArgs, ClaimsArgs, ClaimsFormat, Format, MergeArgs, PathsArgs};
use anyhow::{bail, Context, Result};
use concord::checks;
use concord::report::store::{self, FindingStore};
use concord::report::{json, terminal::Terminal, ArticleSummary, CheckReport, Report, ReportFile};
use concord::Options;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

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

type Summaries = (Vec<ArticleSummary>, Vec<concord::finding::Finding>, usize);

/// Runs the pipeline and keeps a summary of every article.
fn summaries(args: &PathsArgs) -> Result<Summaries> {
    summaries_with(args, ArticleSummary::of)
}

/// Runs the pipeline and keeps `keep` of every article.
fn summaries_with(
    args: &PathsArgs,
    keep: fn(&concord::ArticleOutcome<'_>, &str) -> ArticleSummary,
) -> Result<Summaries> {
    let roots: Vec<String> = args.paths.iter().map(|p| display_root(p)).collect();
    let options = Options {
        config: args.config.clone(),
        shard: args.shard,
    };
    let output = concord::run(&args.paths, &options, |outcome| {
        keep(outcome, &roots[outcome.root])
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

/// Findings a JSON check keeps in memory before it spills sorted runs to temporary files.
const SPILL_BUDGET: usize = 8 << 20;

pub fn check(args: &CheckArgs) -> Result<Exit> {
    if args.format == Format::Json {
        return check_json_streaming(args);
    }
    let (articles, walk, files) = summaries_with(&args.paths, ArticleSummary::findings_only)?;
    let report = CheckReport::new(articles, walk, files);
    render(&report, args.format, args.fail_on)
}

/// `check --format json` without a global list of findings: each article's findings go
/// to a spilling store as soon as the article is done, and the sorted report is streamed.
fn check_json_streaming(args: &CheckArgs) -> Result<Exit> {
    let paths = &args.paths;
    let options = Options {
        config: paths.config.clone(),
        shard: paths.shard,
    };
    let store = std::sync::Mutex::new(FindingStore::new(SPILL_BUDGET));
    let push = |findings: Vec<concord::finding::Finding>| -> std::io::Result<()> {
        let mut store = store.lock().unwrap_or_else(|e| e.into_inner());
        findings.into_iter().try_for_each(|f| store.push(f))
    };
    let output = concord::run(&paths.paths, &options, |outcome| {
        push(outcome.findings.to_vec())
    })?;
    output
        .articles
        .iter()
        .find_map(|r| r.as_ref().err())
        .map_or(Ok(()), |e| {
            Err(std::io::Error::new(e.kind(), e.to_string()))
        })
        .context("cannot spill findings")?;
    push(output.walk_findings).context("cannot spill findings")?;
    let store = store.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut summary = store.summary().clone();
    summary.files = output.files;
    summary.articles = output.articles.len();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    store::render_json(store.into_sorted(), &summary, &mut out)?;
    out.flush()?;
    Ok(if summary.fails(args.fail_on.severity()) {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

fn render(report: &CheckReport, format: Format, gate: crate::cli::Gate) -> Result<Exit> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match format {
        Format::Human => Terminal {
            color: stdout_color(),
        }
        .render(report, &mut out)?,
        Format::Json => json::Json.render(report, &mut out)?,
    }
    out.flush()?;
    Ok(if report.fails(gate.severity()) {
        Exit::Findings
    } else {
        Exit::Clean
    })
}

/// `concord merge`: reads `check --format json` reports and renders their union.
pub fn merge(args: &MergeArgs) -> Result<Exit> {
    let mut parts = Vec::new();
    for path in &args.reports {
        let file = std::fs::File::open(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let part: ReportFile = serde_json::from_reader(std::io::BufReader::new(file))
            .with_context(|| format!("{}: not a concord JSON report", path.display()))?;
        parts.push(part);
    }
    render(&CheckReport::merge(parts), args.format, args.fail_on)
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
