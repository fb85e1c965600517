use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::suppress::Directive;

declare_check! {
    /// ## What it does
    /// Reports a `concord-disable-next-line`, `concord-disable` … `concord-enable` comment
    /// that suppresses no finding. The pipeline applies suppressions after every other
    /// check ran, so this check only names what was left unused.
    ///
    /// ## Why it matters
    /// A suppression outlives the problem it was written for; left in place it will
    /// silently hide the next, unrelated finding on that line.
    ///
    /// ## Example
    /// `<!-- concord-disable-next-line CC101 -->` above a paragraph that has no CC101
    /// finding: `x.md:4: suppression \`<!-- concord-disable-next-line CC101 -->\` suppresses nothing`.
    ///
    /// ## How to fix
    /// Delete the comment, or correct the code it names.
    pub struct UnusedSuppression { code: "CC005", name: "unused-suppression", kind: Kind::Input, severity: Severity::Warning }
}

impl UnusedSuppression {
    /// Findings come from [`unused`], which the pipeline calls after suppressions ran.
    fn check(&self, _cx: &ArticleContext<'_>) -> Vec<Finding> {
        Vec::new()
    }
}

/// The finding for a directive that suppressed nothing.
pub fn unused(cx: &ArticleContext<'_>, d: &Directive) -> Finding {
    let doc = cx
        .article
        .docs
        .iter()
        .find(|doc| doc.file.rel == d.path)
        .unwrap_or(&cx.article.docs[0]);
    let mut f = cx.finding(
        &UnusedSuppression::META,
        doc,
        d.line,
        format!("suppression `{}` suppresses nothing", d.text),
    );
    f.subject = d.text.clone();
    f.help =
        Some("delete the comment, or name the code of the finding it is meant to silence".into());
    f
}
