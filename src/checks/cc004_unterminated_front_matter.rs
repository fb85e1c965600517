use super::{input_findings, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

declare_check! {
    /// ## What it does
    /// Reports a file that opens front matter with `---` and never closes it.
    ///
    /// ## Why it matters
    /// Without the closing fence the whole page is front matter to a docs build: the
    /// article renders empty or fails to build. concord checks the body as Markdown so
    /// that the rest of the run still means something.
    ///
    /// ## Example
    /// ```text
    /// ---
    /// title: Encryption
    /// # Encryption of data at rest
    /// ```
    /// is reported at line 1: `front matter opened with --- is never closed`.
    ///
    /// ## How to fix
    /// Add the closing `---` line after the last front matter key.
    pub struct UnterminatedFrontMatter { code: "CC004", name: "unterminated-front-matter", kind: Kind::Input, severity: Severity::Error }
}

impl UnterminatedFrontMatter {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        input_findings(cx, &Self::META, InputCode::UnterminatedFrontMatter)
    }
}
