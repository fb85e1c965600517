use super::{input_findings, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

declare_check! {
    /// ## What it does
    /// Reports a docs file that holds binary content (a NUL byte), at the line of the
    /// first NUL. The file is not parsed further; the run goes on with the other files.
    ///
    /// ## Why it matters
    /// An image, archive or corrupted download saved under a `.md` name is published as
    /// a broken page, and nothing in it can be checked against the other locales.
    ///
    /// ## Example
    /// A PNG committed as `ja-jp/articles/diagram.md`:
    /// `ja-jp/articles/diagram.md:1: binary content: NUL byte at offset 11; the file is not checked`.
    ///
    /// ## How to fix
    /// Rename the file to its real type (and link it from the page), or restore the
    /// page's text from the source locale.
    pub struct BinaryFile { code: "CC006", name: "binary-file", kind: Kind::Input, severity: Severity::Error }
}

impl BinaryFile {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        input_findings(cx, &Self::META, InputCode::BinaryFile)
    }
}
