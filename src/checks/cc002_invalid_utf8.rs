use super::{input_findings, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

declare_check! {
    /// ## What it does
    /// Reports a docs file whose bytes are not valid UTF-8, at the line of the first
    /// invalid byte. The rest of the file is still checked, with the bad bytes replaced.
    ///
    /// ## Why it matters
    /// Docs sites serve pages as UTF-8; a file saved in Latin-1 or Shift-JIS shows
    /// mojibake to readers, and its claims cannot be read reliably.
    ///
    /// ## Example
    /// A `de-de` page saved as Latin-1: `de-de/articles/x.md:14: invalid UTF-8 at byte 812`.
    ///
    /// ## How to fix
    /// Re-save the file as UTF-8 (without changing its text).
    pub struct InvalidUtf8 { code: "CC002", name: "invalid-utf8", kind: Kind::Input, severity: Severity::Error }
}

impl InvalidUtf8 {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        input_findings(cx, &Self::META, InputCode::InvalidUtf8)
    }
}
