use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};

declare_check! {
    /// ## What it does
    /// Reports a `ms.locfileid` that another file of the same locale also uses, anywhere
    /// under the checked root (the pipeline's pre-pass indexes every file's id).
    ///
    /// ## Why it matters
    /// The localization system tracks each translated file by this id. Two files with
    /// one id usually mean a file was copied: the next handoff will overwrite one
    /// translation with the other's text.
    ///
    /// ## Example
    /// `fr-fr/a.md:16: ms.locfileid 79370574 is also used by fr-fr/b.md`.
    ///
    /// ## How to fix
    /// Remove the copied id from the new file; the localization system assigns a new one.
    pub struct DuplicateLocfileid { code: "CC403", name: "duplicate-locfileid", kind: Kind::Metadata, severity: Severity::Warning }
}

impl DuplicateLocfileid {
    /// One finding per group of files sharing an id, on the group's first file (by
    /// path), whichever article holds it; the others are related locations (capped by the
    /// pipeline, like every finding's), so a group of n files costs one finding, not n times n.
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let Some(id) = doc.front.loc_file_id.as_deref() else {
                continue;
            };
            let id = id.trim().trim_matches('"');
            let locale = doc.file.path_locale.as_ref().unwrap_or(&doc.locale);
            let Some(group) = cx
                .index
                .loc_file_ids
                .get(&(locale.to_string(), id.to_string()))
            else {
                continue;
            };
            if group.first() != Some(&doc.file.rel) {
                continue;
            }
            let others: Vec<&String> = group.iter().filter(|r| **r != doc.file.rel).collect();
            if others.is_empty() {
                continue;
            }
            let line = doc.front.lines.get("ms.locfileid").copied().unwrap_or(1);
            let mut f = cx.finding(
                &Self::META,
                doc,
                line,
                format!(
                    "ms.locfileid {id} is also used by {}",
                    crate::finding::list_capped(&others)
                ),
            );
            f.subject = id.to_string();
            f.help = Some("remove the copied `ms.locfileid`; each file needs its own".into());
            f.related = others
                .iter()
                .map(|o| crate::finding::Related {
                    path: o.to_string(),
                    line: 0,
                    locale: Some(locale.clone()),
                    message: format!("ms.locfileid {id}"),
                })
                .collect();
            out.push(f);
        }
        out
    }
}
