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
    /// Configuration file (default: the nearest `concord.toml` in each checked folder or
    /// above it, else in the working directory).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Say on stderr which configuration file each tree used.
    #[arg(long, short)]
    pub verbose: bool,
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
    #[command(flatten)]
    pub output: OutputArgs,
}

/// What a report shows and how the run exits (`check` and `merge`).
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lowest severity that makes the run fail (exit code 1).
    #[arg(long, value_enum, default_value_t = Gate::Warning)]
    pub fail_on: Gate,
    /// Only these checks: codes (CC201), code prefixes (CC2), names (section-missing),
    /// categories (structure, claims-vs-model, cross-locale, metadata, input) or kinds
    /// (model-contradiction); comma-separated or repeated. Applies to every output.
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub select: Vec<String>,
    /// Leave out these checks (same forms as --select; wins over it).
    #[arg(long, value_delimiter = ',', value_name = "CHECK")]
    pub ignore: Vec<String>,
    /// Leave out findings below this severity, from every output and the exit code.
    /// Without it the terminal counts infos without listing them; JSON, SARIF and the
    /// other formats keep them.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Gate>,
    /// Terminal: only the per-check table and the totals.
    #[arg(long)]
    pub statistics: bool,
    /// Terminal: list every finding (by default the 10 worst are listed, the rest counted).
    #[arg(long)]
    pub all: bool,
    /// Terminal: only the findings, no table or totals.
    #[arg(long, short)]
    pub quiet: bool,
    /// Exit 0 even when findings are at or above --fail-on (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub paths: PathsArgs,
    #[command(flatten)]
    pub output: OutputArgs,
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
