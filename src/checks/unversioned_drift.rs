//! A copy with no revision metadata that differs from the other locales in many places
//! was made from another source revision: one CC401 finding, not one per difference.
//!
//! Include files carry no front matter, so nothing says which source revision a locale's
//! copy was translated from. A translation defect is one place; a copy from another
//! revision differs everywhere the source changed (links added, notes removed, numbers
//! updated). Reporting each of those places as a translation defect blames a translator
//! for a hand-off.

use super::{ArticleContext, CheckMeta};
use crate::finding::{Finding, Related};
use std::collections::BTreeMap;

/// The comparison checks whose findings a revision difference explains.
const EXPLAINED: [&str; 8] = [
    "CC101", "CC103", "CC104", "CC110", "CC111", "CC112", "CC113", "CC114",
];

/// From this many such findings on one unversioned document, they are one revision drift.
pub const MANY: usize = 2;

/// Replaces, for every document without revision metadata, [`MANY`] or more findings of
/// the [`EXPLAINED`] checks with one finding of `drift` (CC401) that lists them.
pub fn fold(cx: &ArticleContext<'_>, drift: &CheckMeta, findings: Vec<Finding>) -> Vec<Finding> {
    let art = cx.article;
    let unversioned = |path: &str| {
        art.docs.iter().any(|d| {
            d.file.rel == path
                && d.front.open_loc_file_hash.is_none()
                && d.front.source_git_commit.is_none()
        })
    };
    let mut explained: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    let mut out = Vec::with_capacity(findings.len());
    for f in findings {
        if EXPLAINED.contains(&f.code.as_str()) && unversioned(&f.path) {
            explained.entry(f.path.clone()).or_default().push(f);
        } else {
            out.push(f);
        }
    }
    for (path, group) in explained {
        if group.len() < MANY {
            out.extend(group);
            continue;
        }
        let Some(doc) = art.docs.iter().find(|d| d.file.rel == path) else {
            out.extend(group);
            continue;
        };
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &group {
            *by_code.entry(f.name.as_str()).or_default() += 1;
        }
        let kinds: Vec<String> = by_code.iter().map(|(n, c)| format!("{n} ×{c}")).collect();
        let line = group.iter().map(|f| f.line).min().unwrap_or(1);
        let mut f = cx.finding(
            drift,
            doc,
            line,
            format!(
                "this copy has no revision metadata and differs from the other locales in {} places ({}): it was probably translated from another source revision",
                group.len(),
                kinds.join(", ")
            ),
        );
        f.subject = "unversioned copy differs".into();
        f.help = Some(
            "compare this copy with the source and translate it again from the current revision (or bring the other locales up to date)"
                .into(),
        );
        f.related = group
            .iter()
            .map(|g| Related {
                path: g.path.clone(),
                line: g.line,
                locale: g.locale.clone(),
                message: g.message.clone(),
            })
            .collect();
        out.push(f);
    }
    out
}
