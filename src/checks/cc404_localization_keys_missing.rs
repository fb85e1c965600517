use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::InputCode;

/// The keys the localization system writes into every translated page.
const KEYS: [&str; 4] = [
    "ms.contentlocale",
    "ms.lasthandoff",
    "ms.locfileid",
    "ms.openlocfilehash",
];

declare_check! {
    /// ## What it does
    /// Reports a page in another locale than the source locale that lacks some of the
    /// keys the localization system writes: `ms.contentlocale`, `ms.lasthandoff`,
    /// `ms.locfileid`, `ms.openlocfilehash`.
    ///
    /// ## Why it matters
    /// Without them nobody can tell which source revision the page was translated from,
    /// so revision drift goes unseen, and the page may be a source page stored in the
    /// wrong folder.
    ///
    /// ## Example
    /// `de-de/articles/x.md:1: translated page lacks ms.lasthandoff, ms.openlocfilehash`.
    ///
    /// ## How to fix
    /// Restore the keys from the localization handoff, or, if the page was never
    /// translated, move it to the source locale.
    pub struct LocalizationKeysMissing { code: "CC404", name: "localization-keys-missing", kind: Kind::Metadata, severity: Severity::Info }
}

impl Check for LocalizationKeysMissing {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let source = cx.config.source_locale();
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let locale = doc.file.path_locale.as_ref().unwrap_or(&doc.locale);
            if *locale == source
                || doc.problems.iter().any(|p| {
                    matches!(
                        p.code,
                        InputCode::BadFrontMatter | InputCode::UnterminatedFrontMatter
                    )
                })
            {
                continue;
            }
            let missing: Vec<&str> = KEYS
                .iter()
                .copied()
                .filter(|k| !doc.front.lines.contains_key(*k))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let mut f = cx.finding(
                &Self::META,
                doc,
                1,
                format!("translated page lacks {}", missing.join(", ")),
            );
            f.subject = missing.join(" ");
            f.help = Some("restore the localization keys from the handoff, or move an untranslated page to the source locale".into());
            out.push(f);
        }
        out
    }
}
