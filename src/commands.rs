//! The commands: run the library, render to stdout, return an exit code.

use crate::cli::{CheckArgs, ClaimsArgs, ClaimsFormat, Format, MergeArgs, PathsArgs};
use anyhow::{bail, Context, Result};
use concord::baseline::Baseline;
use concord::checks;
use concord::report::store::{self, FindingStore};
use concord::report::{
    github, html, json, junit, sarif, terminal::Terminal, ArticleSummary, CheckReport, Report,
    ReportFile,
};
use concord::Options;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The process exit codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// No finding at or above the gate.
    Clean = 0,
    /// Findings at or above the gate.
    Findings = 1,
    /// Usage or I/O error, or concord failed on an article (an internal-error finding).
    Error = 2,
}

impl Exit {
    /// The exit code of a check run: an internal error (CC007) outranks the gate.
    fn of(summary: &concord::report::Summary, fails: bool) -> Exit {
        if summary.by_code.contains_key(checks::INTERNAL_ERROR.code) {
            Exit::Error
        } else if fails {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}

/// Test hook, in debug builds only: `CONCORD_TEST_PANIC_IN=TEXT` makes the check stage
/// panic on every article whose key contains TEXT (see `Options::panic_in`).
fn test_panic_in() -> Option<String> {
    if cfg!(debug_assertions) {
        std::env::var("CONCORD_TEST_PANIC_IN").ok()
    } else {
        None
    }
}

/// Runs the pipeline and keeps a summary of every article.
fn summaries(
    args: &PathsArgs,
) -> Result<(Vec<ArticleSummary>, Vec<concord::finding::Finding>, usize)> {
    let options = Options {
        config: args.config.clone(),
        shard: args.shard,
        panic_in: test_panic_in(),
        ..Options::default()
    };
    visit(args, options, ArticleSummary::of)
}

/// Runs the pipeline, keeping what `keep` returns of each article, with a progress bar.
fn visit<T: Send>(
    args: &PathsArgs,
    options: Options,
    keep: impl Fn(&concord::ArticleOutcome<'_>, &str) -> T + Sync,
) -> Result<(Vec<T>, Vec<concord::finding::Finding>, usize)> {
    let roots: Vec<String> = args.paths.iter().map(|p| display_root(p)).collect();
    let progress = Progress::new();
    let output = concord::run(&args.paths, &options, |outcome| {
        progress.tick();
        keep(outcome, &roots[outcome.root])
    })?;
    progress.finish();
    Ok((output.articles, output.walk_findings, output.files))
}

/// A progress bar on stderr, shown only when stderr is a terminal, not in CI, and the
/// run has lasted long enough to be worth it.
struct Progress {
    bar: ProgressBar,
    wanted: bool,
    shown: AtomicBool,
}

impl Progress {
    const AFTER: Duration = Duration::from_millis(700);

    fn new() -> Progress {
        let wanted = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} checked {pos} article(s) in {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Progress {
            bar,
            wanted,
            shown: AtomicBool::new(false),
        }
    }

    fn tick(&self) {
        self.bar.inc(1);
        if self.wanted
            && self.bar.elapsed() > Self::AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
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
    for file in [&args.html, &args.summary].into_iter().flatten() {
        refuse_inside(file, &args.paths.paths, args.allow_inside)?;
    }
    let changed = match &args.changed_since {
        Some(rev) => Some(changed_since(&args.paths.paths, rev)?),
        None => None,
    };
    let options = Options {
        config: args.paths.config.clone(),
        changed,
        shard: args.paths.shard,
        panic_in: test_panic_in(),
    };
    let plain_json = args.format == Format::Json
        && args.html.is_none()
        && args.summary.is_none()
        && args.baseline.is_none()
        && args.write_baseline.is_none();
    if plain_json {
        return check_json_streaming(args, options);
    }
    let want_text = args.html.is_some();
    let (kept, walk, files) = visit(&args.paths, options, |outcome, root| {
        (
            if want_text {
                ArticleSummary::of(outcome, root)
            } else {
                ArticleSummary::findings_only(outcome, root)
            },
            want_text.then(|| html::ArticleText::of(outcome, root)),
        )
    })?;
    let (articles, texts): (Vec<ArticleSummary>, Vec<Option<html::ArticleText>>) =
        kept.into_iter().unzip();
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
    let mut baselined = None;
    if let Some(path) = &args.baseline {
        let baseline = Baseline::load(path)?;
        let (new, old) = baseline.split(std::mem::take(&mut report.findings));
        let fingerprints: BTreeSet<String> =
            old.iter().map(concord::baseline::fingerprint).collect();
        baselined = Some((old.clone(), fingerprints));
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
    if let Some(path) = &args.html {
        let roots: Vec<String> = args
            .paths
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let page = html::Html {
            texts: texts.into_iter().flatten().collect(),
            title: format!("concord report: {}", roots.join(", ")),
        };
        write_atomic(path, &page, &report)?;
    }
    if let Some(path) = &args.summary {
        write_atomic(path, &github::Summary::default(), &report)?;
    }
    render(
        args.format,
        args.fail_on.severity(),
        &report,
        baselined.as_ref(),
    )
}

/// Findings a JSON check keeps in memory before it spills sorted runs to temporary files.
const SPILL_BUDGET: usize = 8 << 20;

/// `check --format json` without a global list of findings: each article's findings go
/// to a spilling store as soon as the article is done, and the sorted report is streamed.
fn check_json_streaming(args: &CheckArgs, options: Options) -> Result<Exit> {
    let store = std::sync::Mutex::new(FindingStore::new(SPILL_BUDGET));
    let push = |findings: Vec<concord::finding::Finding>| -> std::io::Result<()> {
        let mut store = store.lock().unwrap_or_else(|e| e.into_inner());
        findings.into_iter().try_for_each(|f| store.push(f))
    };
    let (pushed, walk, files) = visit(&args.paths, options, |outcome, _| {
        push(outcome.findings.to_vec())
    })?;
    for result in &pushed {
        if let Err(e) = result {
            bail!("cannot spill findings to a temporary file: {e}");
        }
    }
    push(walk).context("cannot spill findings to a temporary file")?;
    let store = store.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut summary = store.summary().clone();
    summary.files = files;
    summary.articles = pushed.len();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    store::render_json(store.into_sorted(), &summary, &mut out)?;
    out.flush()?;
    Ok(Exit::of(&summary, summary.fails(args.fail_on.severity())))
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
    let report = CheckReport::merge(parts);
    render(args.format, args.fail_on.severity(), &report, None)
}

/// Renders a check report to stdout in `format` and returns the exit code for `gate`.
/// With a baseline (the findings it hid and their fingerprints), SARIF shows those
/// findings too, as `unchanged`, and the new ones as `new`.
fn render(
    format: Format,
    gate: concord::finding::Severity,
    report: &CheckReport,
    baselined: Option<&(Vec<concord::finding::Finding>, BTreeSet<String>)>,
) -> Result<Exit> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match format {
        Format::Human => Terminal {
            color: stdout_color(),
        }
        .render(report, &mut out)?,
        Format::Json => json::Json.render(report, &mut out)?,
        Format::Sarif => match baselined {
            Some((old, fingerprints)) => {
                let mut all = report.clone();
                all.findings.extend(old.iter().cloned());
                all.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                let sarif = sarif::Sarif {
                    baseline: Some(fingerprints.clone()),
                };
                sarif.render(&all, &mut out)?
            }
            None => sarif::Sarif::default().render(report, &mut out)?,
        },
        Format::Github => github::Github.render(report, &mut out)?,
        Format::Junit => junit::Junit { gate }.render(report, &mut out)?,
    }
    out.flush()?;
    Ok(Exit::of(&report.summary, report.fails(gate)))
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
    Ok(internal_errors(&articles))
}

/// `articles` and `claims` print no findings: an article concord failed on (CC007) is
/// said on stderr, and makes the exit status 2.
fn internal_errors(articles: &[ArticleSummary]) -> Exit {
    let failed = articles
        .iter()
        .flat_map(|a| &a.findings)
        .filter(|f| f.code == checks::INTERNAL_ERROR.code);
    let mut exit = Exit::Clean;
    for f in failed {
        eprintln!("concord: {}: {}", f.path, f.message);
        exit = Exit::Error;
    }
    exit
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
                format!("rev {}", concord::text::short_revision(r))
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
    Ok(internal_errors(&articles))
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

/// Refuses an output file inside a checked folder, unless allowed.
fn refuse_inside(file: &Path, roots: &[PathBuf], allow: bool) -> Result<()> {
    if allow {
        return Ok(());
    }
    let target = absolute(file);
    for root in roots.iter().filter(|r| r.is_dir()) {
        let root_abs = std::fs::canonicalize(root)
            .with_context(|| format!("{}: cannot resolve", root.display()))?;
        if target.starts_with(&root_abs) {
            bail!("{}: refusing to write inside the checked folder {} (pass --allow-inside to do it anyway)", file.display(), root.display());
        }
    }
    Ok(())
}

/// The absolute form of a path that may not exist yet: its deepest existing ancestor
/// canonicalized, the rest appended.
fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut rest = Vec::new();
    let mut cur = path.as_path();
    loop {
        if let Ok(c) = std::fs::canonicalize(cur) {
            return rest.iter().rev().fold(c, |acc, part| acc.join(part));
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                cur = parent;
            }
            _ => return path,
        }
    }
}

/// Renders into a temporary file next to `path`, then renames it over `path`.
fn write_atomic(path: &Path, format: &dyn Report, report: &CheckReport) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        format
            .render(report, &mut w)
            .with_context(|| format!("{}: cannot write", path.display()))?;
        w.flush()?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}
