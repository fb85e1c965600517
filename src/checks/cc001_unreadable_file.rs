use super::{input_findings, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

declare_check! {
    /// ## What it does
    /// Reports a docs file that could not be read at all (permissions, a file that
    /// vanished during the run, a folder the walk could not enter, a symbolic link loop).
    ///
    /// ## Why it matters
    /// A file concord cannot read is a file it cannot check: without this finding the run
    /// would look clean while part of the tree was never looked at.
    ///
    /// ## Example
    /// `fr-fr/articles/x.md:0: cannot read: Permission denied (os error 13)`
    ///
    /// ## How to fix
    /// Make the file readable by the user running concord, or exclude it with an
    /// `ignore` glob in `concord.toml`.
    pub struct UnreadableFile { code: "CC001", name: "unreadable-file", kind: Kind::Input, severity: Severity::Error }
}

impl UnreadableFile {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        input_findings(cx, &Self::META, InputCode::Unreadable)
    }
}
