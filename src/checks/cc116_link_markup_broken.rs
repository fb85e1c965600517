use super::ArticleContext;
use crate::finding::{Finding, Kind, Severity};
use crate::parse::Link;

declare_check! {
    /// ## What it does
    /// Reports, once per file, the reference links whose markup is broken so that the page
    /// shows brackets and a reference label instead of a link text: a full reference link
    /// with a space between its text and its label (`[SAP note] [1869038]`: CommonMark,
    /// and DocFX with it, allows none), or a link nested in another link's text
    /// (`[[SAP note][1869038]][1869038]`). Either is read as a bracketed text followed by
    /// a bare reference `[1869038]`, so the page shows `[SAP note] 1869038`. The finding
    /// stands on the first such link and lists the others as related locations. A bare
    /// reference after other text (`see [Azure portal]`), a linked image
    /// (`[![alt][img]][link]`) and a DocFX marker (`[!NOTE]`) are not broken.
    ///
    /// ## Why it matters
    /// Translation tools often put a space between `]` and `[` or wrap a link twice. The
    /// link still works, so no link check notices, but the reader sees markup and a label
    /// such as `lnk-devtwin` in the sentence.
    ///
    /// ## Example
    /// `cs-cz/…:312: 3 reference links are broken: the page shows `[1869038 Poznámka SAP]
    /// 1869038` (no space may stand between a link's text and its label, and a link may
    /// not be nested in another)`.
    ///
    /// ## How to fix
    /// Write the link as `[text][label]`, with nothing between `]` and `[`, once.
    pub struct LinkMarkupBroken { code: "CC116", name: "link-markup-broken", kind: Kind::Structure, severity: Severity::Warning }
}

impl LinkMarkupBroken {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for doc in &cx.article.docs {
            let broken: Vec<&Link> = doc
                .segments
                .iter()
                .flat_map(|seg| &seg.links)
                .filter(|link| link.broken.is_some())
                .collect();
            let Some(first) = broken.first() else {
                continue;
            };
            let count = match broken.len() {
                1 => "a reference link is".to_string(),
                n => format!("{n} reference links are"),
            };
            let message = format!(
                "{count} broken: the page shows `{}` (no space may stand between a link's \
                 text and its label, and a link may not be nested in another)",
                shown(first)
            );
            let mut f = cx.finding(&Self::META, doc, first.line, message);
            f.subject = shown(first);
            f.help = Some("write the link as [text][label], with nothing between ] and [".into());
            for link in &broken[1..] {
                f.related.push(ArticleContext::related(doc, link.line, shown(link)));
            }
            out.push(f);
        }
        out
    }
}

/// What the page shows for a broken link: the bracketed text, then the label as a link.
fn shown(link: &Link) -> String {
    let before = link.broken.as_deref().unwrap_or_default();
    format!("{before} {}", link.text)
}
