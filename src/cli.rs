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
