use super::section_items::{self, Item};
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::SegmentKind;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the fenced and indented code blocks of every
    /// locale with the reference locale's, by content with white space collapsed, and
    /// reports a block that one has and the other lacks or has with other content.
    ///
    /// ## Why it matters
    /// Code is not translated: commands, parameters and values must be the same in every
    /// locale. A code block that differs is a stale or mistyped command the reader will
    /// run as written.
    ///
    /// ## Example
    /// `fr-fr/…:30: code block \`az keyvault update --enable-purge-protection…\` is
    /// missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Copy the code block from the reference locale; translate only the prose around it.
    pub struct CodeBlockMismatch { code: "CC111", name: "code-block-mismatch", kind: Kind::Structure, severity: Severity::Warning }
}

impl Check for CodeBlockMismatch {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let items = |seg: &crate::parse::Segment| match &seg.kind {
            SegmentKind::CodeBlock { .. } => {
                let key = seg.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let shown: String = key.chars().take(50).collect();
                let shown = if shown.len() < key.len() {
                    format!("code block `{shown}…`")
                } else {
                    format!("code block `{shown}`")
                };
                vec![Item {
                    key,
                    line: seg.line,
                    shown,
                }]
            }
            _ => Vec::new(),
        };
        section_items::diffs(cx, items, |d, _, diff| {
            out.push(section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "the",
                "copy the code block from the reference locale; code is not translated",
            ));
        });
        out
    }
}
