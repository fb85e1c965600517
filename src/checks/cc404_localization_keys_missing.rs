use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::index::LOCALIZATION_KEYS;
use crate::parse::InputCode;

/// From how many translated pages on a key no page carries is said once for the tree.
const TREE_WIDE: usize = 10;

declare_check! {
    /// ## What it does
    /// Reports a page in another locale than the source locale that lacks some of the
    /// keys the localization system writes: `ms.contentlocale`, `ms.lasthandoff`,
    /// `ms.locfileid`, `ms.openlocfilehash`. A key that no translated page of the tree
    /// carries is a fact about the hand-off, not about one page: it is said once, on the
    /// first translated page of the tree (of ten or more), with the number of pages. Files without front
    /// matter (includes) are not pages and are left alone.
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

impl LocalizationKeysMissing {
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
            if doc.front.lines.is_empty() {
                continue;
            }
            let index = cx.index;
            let lacking = LOCALIZATION_KEYS
                .into_iter()
                .zip(index.localization_keys)
                .filter(|(k, _)| !doc.front.lines.contains_key(*k));
            let (missing, nowhere): (Vec<_>, Vec<_>) =
                lacking.partition(|(_, n)| *n > 0 || index.translated < TREE_WIDE);
            let missing: Vec<&str> = missing.into_iter().map(|(k, _)| k).collect();
            let nowhere: Vec<&str> = nowhere.into_iter().map(|(k, _)| k).collect();
            if !missing.is_empty() {
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
            if !nowhere.is_empty()
                && index.first_translated.as_deref() == Some(doc.file.rel.as_str())
            {
                let mut f = cx.finding(
                    &Self::META,
                    doc,
                    1,
                    format!(
                        "no translated page of this tree ({} pages) has {}: the hand-off did not write them",
                        index.translated,
                        nowhere.join(", ")
                    ),
                );
                f.subject = format!("tree-wide {}", nowhere.join(" "));
                f.help = Some("nothing to fix page by page; revision checks that need these keys are weaker on this tree".into());
                out.push(f);
            }
        }
        out
    }
}
