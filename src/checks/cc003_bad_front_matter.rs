use super::{input_findings, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

declare_check! {
    /// ## What it does
    /// Reports front matter that is not a YAML mapping: invalid YAML, a list, a single
    /// value, or YAML that expands too far (alias bombs are refused, not expanded).
    ///
    /// ## Why it matters
    /// The front matter carries `ms.service`, `ms.contentlocale` and the localization
    /// keys that concord (and the docs build) rely on; when it cannot be read, the page's
    /// locale, service and source revision are unknown.
    ///
    /// ## Example
    /// ```text
    /// ---
    /// title: Chiffrement: au repos
    /// ms.service: [iot-hub
    /// ---
    /// ```
    /// is reported at line 3: `front matter is not valid YAML: ...`.
    ///
    /// ## How to fix
    /// Quote values that contain `: `, close brackets, and keep the front matter a list
    /// of `key: value` lines.
    pub struct BadFrontMatter { code: "CC003", name: "bad-front-matter", kind: Kind::Input, severity: Severity::Error }
}

impl BadFrontMatter {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        input_findings(cx, &Self::META, InputCode::BadFrontMatter)
    }
}
