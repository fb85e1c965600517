use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::locale::Locale;

declare_check! {
    /// ## What it does
    /// Reports a page whose `ms.contentlocale` names another locale than the locale
    /// folder it is stored under (`fr-fr/…` with `ms.contentlocale: de-DE`).
    ///
    /// ## Why it matters
    /// The docs build and concord both trust `ms.contentlocale`: a wrong value files the
    /// page under the wrong language, so it is compared with, and served to, the wrong readers.
    ///
    /// ## Example
    /// `fr-fr/articles/x.md:14: ms.contentlocale is de-de but the path says fr-fr`.
    ///
    /// ## How to fix
    /// Correct `ms.contentlocale`, or move the file to the folder of its language.
    pub struct ContentLocaleMismatch { code: "CC402", name: "content-locale-mismatch", kind: Kind::Metadata, severity: Severity::Warning }
}

impl ContentLocaleMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let (Some(written), Some(path)) = (
                doc.front.content_locale.as_deref(),
                doc.file.path_locale.as_ref(),
            ) else {
                continue;
            };
            let declared = Locale::parse(written);
            if declared.as_ref() == Some(path) {
                continue;
            }
            let line = doc
                .front
                .lines
                .get("ms.contentlocale")
                .copied()
                .unwrap_or(1);
            let shown = declared
                .as_ref()
                .map_or(written.to_string(), |l| l.to_string());
            let mut f = cx.finding(
                &Self::META,
                doc,
                line,
                format!("ms.contentlocale is {shown} but the path says {path}"),
            );
            f.subject = format!("{shown} {path}");
            f.help = Some(format!(
                "set `ms.contentlocale: {path}`, or move the file under the folder of its locale"
            ));
            out.push(f);
        }
        out
    }
}
