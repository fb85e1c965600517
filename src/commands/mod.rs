//! The commands, one file each (ruff's `commands/`): run the library, render through
//! `concord::report` to stdout, return an exit code.

mod articles;
mod check;
mod checks;
mod claims;
mod explain;
mod merge;
mod model;

pub use articles::articles;
pub use check::check;
pub use checks::list_checks;
pub use claims::claims;
pub use explain::explain;
pub use merge::merge;
pub use model::model;

use crate::cli::{Format, Gate, OutputArgs, PathsArgs};
use anyhow::{bail, Context, Result};
use concord::finding::{Finding, Severity};
use concord::report::terminal::{self, Statistics, Terminal};
use concord::report::{github, json, junit, sarif, ArticleSummary, CheckReport, Filter, Report};
use concord::Options;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
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

/// Test hook, in debug builds only: `CONCORD_TEST_PANIC_IN=TEXT` makes the check stage
/// panic on every article whose key contains TEXT (see `Options::panic_in`).
pub(crate) fn test_panic_in() -> Option<String> {
    if cfg!(debug_assertions) {
        std::env::var("CONCORD_TEST_PANIC_IN").ok()
    } else {
        None
    }
}

/// `articles` and `claims` print no findings: an article concord failed on (CC007) is
/// said on stderr, and makes the exit status 2.
pub(crate) fn internal_errors(articles: &[ArticleSummary]) -> Exit {
    let failed = articles
        .iter()
        .flat_map(|a| &a.findings)
        .filter(|f| f.code == concord::checks::INTERNAL_ERROR.code);
    let mut exit = Exit::Clean;
    for f in failed {
        eprintln!("concord: {}: {}", f.path, f.message);
        exit = Exit::Error;
    }
    exit
}

/// What [`visit`] kept of a run.
pub(crate) struct Visited<T> {
    /// What `keep` returned for each article.
    pub kept: Vec<T>,
    /// Findings of the walk, each under its tree's base.
    pub walk: Vec<Finding>,
    pub files: usize,
    /// The run's notes (already said on stderr), for the JSON summary.
    pub notes: Vec<String>,
}

/// Runs the pipeline and keeps a summary of every article.
pub(crate) fn summaries(args: &PathsArgs) -> Result<Visited<ArticleSummary>> {
    let options = Options {
        config: args.config.clone(),
        shard: args.shard,
        panic_in: test_panic_in(),
        ..Options::default()
    };
    visit(args, options, ArticleSummary::of)
}

/// Runs the pipeline, keeping what `keep` returns of each article (with the folder its
/// paths are relative to, as the user reads it), with a progress bar. Notes about the
/// run go to stderr; with `--verbose`, so does the configuration each tree used.
pub(crate) fn visit<T: Send>(
    args: &PathsArgs,
    options: Options,
    keep: impl Fn(&concord::ArticleOutcome<'_>, &str) -> T + Sync,
) -> Result<Visited<T>> {
    let progress = Progress::new();
    let output = concord::run(&args.paths, &options, |outcome| {
        progress.tick();
        keep(outcome, &display_base(outcome.base))
    })?;
    progress.finish();
    if args.verbose {
        for tree in &output.trees {
            let roots: Vec<String> = tree
                .members
                .iter()
                .map(|m| m.path.display().to_string())
                .collect();
            match &tree.config {
                Some(path) => eprintln!(
                    "concord: {}: configuration {}",
                    roots.join(", "),
                    path.display()
                ),
                None => eprintln!(
                    "concord: {}: no concord.toml found (in the folder, above it, or in the working directory); defaults",
                    roots.join(", ")
                ),
            }
        }
    }
    let notes: Vec<String> = output.notes.iter().map(ToString::to_string).collect();
    for note in &notes {
        eprintln!("concord: note: {note}");
    }
    let walk = output
        .walk_findings
        .into_iter()
        .map(|(tree, f)| Finding {
            root: display_base(&output.trees[tree].base),
            ..f
        })
        .collect();
    Ok(Visited {
        kept: output.articles,
        walk,
        files: output.files,
        notes,
    })
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

/// A tree's base as findings show it: empty for the working directory.
fn display_base(p: &Path) -> String {
    p.display().to_string()
}

pub(crate) fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// A path given on the command line that does not exist is a usage error, said as the
/// library says it (`PATH: no such file or folder`).
pub fn check_paths(paths: &[PathBuf]) -> Result<()> {
    for p in paths {
        match std::fs::metadata(p) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                bail!("{}: no such file or folder", p.display())
            }
            Err(e) => bail!("{}: cannot read: {e}", p.display()),
        }
    }
    Ok(())
}

/// Refuses an output file inside a checked folder, unless allowed.
pub(crate) fn refuse_inside(file: &Path, roots: &[PathBuf], allow: bool) -> Result<()> {
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

/// Appends the rendering to `path` (created if missing), as `$GITHUB_STEP_SUMMARY` wants:
/// several steps or runs add to one summary.
pub(crate) fn append(path: &Path, format: &dyn Report, report: &CheckReport) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("{}: cannot open", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    format
        .render(report, &mut w)
        .and_then(|()| w.flush())
        .with_context(|| format!("{}: cannot write", path.display()))
}

/// Renders into a temporary file next to `path`, then renames it over `path`.
pub(crate) fn write_atomic(path: &Path, format: &dyn Report, report: &CheckReport) -> Result<()> {
    concord::report::write_atomic(path, |out| format.render(report, out))
        .with_context(|| format!("{}: cannot write", path.display()))
}

impl OutputArgs {
    /// The findings `--select`, `--ignore` and `--min-severity` keep.
    pub(crate) fn filter(&self) -> Result<Filter> {
        let filter = Filter {
            select: self.select.clone(),
            ignore: self.ignore.clone(),
            min_severity: self.min_severity.map(Gate::severity),
        };
        filter.validate()?;
        Ok(filter)
    }

    /// The exit code of a run whose kept findings do (or do not) reach the gate; an
    /// internal error (CC007) outranks the gate and `--exit-zero`.
    pub(crate) fn exit(&self, summary: &concord::report::Summary, fails: bool) -> Exit {
        if summary
            .by_code
            .contains_key(concord::checks::INTERNAL_ERROR.code)
        {
            Exit::Error
        } else if fails && !self.exit_zero {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }

    /// The terminal renderer these flags ask for.
    fn terminal(&self) -> Terminal {
        let min_listed = match (self.min_severity, self.fail_on) {
            (Some(min), _) => min.severity(),
            (None, Gate::Info) => Severity::Info,
            (None, _) => Severity::Warning,
        };
        Terminal {
            color: stdout_color(),
            min_listed,
            limit: (!self.all).then_some(terminal::DEFAULT_LIMIT),
            statistics: if self.statistics {
                Statistics::Only
            } else {
                Statistics::Auto
            },
            quiet: self.quiet,
            ..Terminal::default()
        }
    }
}

/// Renders a (filtered) check report to stdout as `output` asks and returns the exit
/// code. With a baseline (the findings it hid and their fingerprints), SARIF shows those
/// findings too, as `unchanged`, and the new ones as `new`.
pub(crate) fn render(
    output: &OutputArgs,
    report: &CheckReport,
    baselined: Option<&(Vec<Finding>, BTreeSet<String>)>,
    changed: BTreeSet<String>,
) -> Result<Exit> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match output.format {
        Format::Human => output.terminal().render(report, &mut out)?,
        Format::Json => json::Json.render(report, &mut out)?,
        Format::Sarif => match baselined {
            Some((old, fingerprints)) => {
                let mut all = report.clone();
                all.findings.extend(old.iter().cloned());
                all.findings.sort_by(concord::report::order);
                let sarif = sarif::Sarif {
                    baseline: Some(fingerprints.clone()),
                    ..sarif::Sarif::default()
                };
                sarif.render(&all, &mut out)?
            }
            None => sarif::Sarif::default().render(report, &mut out)?,
        },
        Format::Github => github::Github {
            changed,
            ..github::Github::default()
        }
        .render(report, &mut out)?,
        Format::Junit => junit::Junit {
            gate: output.fail_on.severity(),
        }
        .render(report, &mut out)?,
    }
    out.flush()?;
    Ok(output.exit(&report.summary, report.fails(output.fail_on.severity())))
}
