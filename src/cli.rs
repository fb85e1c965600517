//! Command-line definitions (clap derive).

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// concord keeps translated documentation telling the same truth in every locale.
#[derive(Debug, Parser)]
#[command(name = "concord", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check docs trees: structure, claims against the model, and locales against each other.
    Check(CheckArgs),
    /// Print the claims read from each document.
    Claims(ClaimsArgs),
    /// Print each article, its locales and the aligned section table.
    Articles(PathsArgs),
    /// Combine the JSON reports of several runs (e.g. `--shard` jobs) into one report.
    Merge(MergeArgs),
    /// Print the documentation of one check.
    Explain {
        /// A check code (CC101) or name (section-missing).
        code: String,
    },
    /// List every check with its code, name, category and default severity.
    Checks,
    /// Print the canonical CMK behaviour model and its service profiles.
    Model,
}

#[derive(Debug, clap::Args)]
pub struct PathsArgs {
    /// Docs folders (or files) to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Configuration file (default: `concord.toml` in each checked folder).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Check only shard K of N (1-based, e.g. `--shard 2/4`): articles are split by a
    /// stable hash of their key, so N jobs together cover every article exactly once.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<concord::Shard>,
}

#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// Reports written by `concord check --format json`.
    #[arg(required = true)]
    pub reports: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lowest severity that makes the run fail (exit code 1).
    #[arg(long, value_enum, default_value_t = Gate::Warning)]
    pub fail_on: Gate,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub paths: PathsArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lowest severity that makes the run fail (exit code 1).
    #[arg(long, value_enum, default_value_t = Gate::Warning)]
    pub fail_on: Gate,
    /// Only findings not in this baseline file (see `--write-baseline`) fail the run.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the findings of this run to FILE as a baseline, then exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Check only the articles with a file changed since this git revision (all their locales).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// Also write a self-contained HTML report to FILE (atomically).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write a Markdown summary to FILE, e.g. `$GITHUB_STEP_SUMMARY` (atomically).
    #[arg(long, value_name = "FILE")]
    pub summary: Option<PathBuf>,
    /// Allow --html/--summary files inside a checked folder.
    #[arg(long)]
    pub allow_inside: bool,
}

#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    pub paths: PathsArgs,
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
    pub format: ClaimsFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// SARIF 2.1.0 (code scanning).
    Sarif,
    /// GitHub workflow annotations (`::error file=…::`).
    Github,
    /// JUnit XML: one test case per article and check.
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Gate {
    Error,
    Warning,
    Info,
}

impl Gate {
    pub fn severity(self) -> concord::finding::Severity {
        use concord::finding::Severity;
        match self {
            Gate::Error => Severity::Error,
            Gate::Warning => Severity::Warning,
            Gate::Info => Severity::Info,
        }
    }
}
