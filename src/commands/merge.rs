//! `concord merge`: the union of several `check --format json` reports.

use super::{render, Exit};
use crate::cli::MergeArgs;
use anyhow::{Context, Result};
use concord::report::{CheckReport, ReportFile};

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
    let mut report = report;
    report.retain(&args.output.filter()?);
    render(&args.output, &report, None, Default::default())
}
