use super::{ArticleContext};
use crate::align::Article;
use crate::finding::{Finding, Kind, Related, Severity};

declare_check! {
    /// ## What it does
    /// Reports an article that concord itself failed on: a stage (parse, align, claims,
    /// a check, or the report's view of the article) panicked. The pipeline runs each
    /// article on its own, so the panic becomes this one finding, on the article's first
    /// file with its other files as related locations, and the run goes on with the
    /// other articles. The run then exits with status 2, so that CI notices.
    ///
    /// ## Why it matters
    /// The article was not checked, or only in part: its other findings are missing, and
    /// a clean report would be a false one. Nothing is wrong with the docs as far as
    /// concord knows; something is wrong with concord.
    ///
    /// ## Example
    /// `fr-fr/articles/page.md:0: internal error: concord failed on this article (2
    /// file(s): fr-fr/articles/page.md, en-us/articles/page.md) and did not check it:
    /// end byte index 8 is not a char boundary`.
    ///
    /// ## How to fix
    /// Report it as a bug in concord, with the files the finding names (or a copy
    /// trimmed down to what still fails). Until it is fixed, `ignore` those files in
    /// `concord.toml` to get a clean exit status.
    pub struct InternalError { code: "CC007", name: "internal-error", kind: Kind::Input, severity: Severity::Error }
}

impl InternalError {
    /// Findings come from [`internal_error`], which the pipeline calls when an article's
    /// stages panic.
    fn check(&self, _cx: &ArticleContext<'_>) -> Vec<Finding> {
        Vec::new()
    }
}

/// The finding for an article whose stages panicked with `message`. `article` holds the
/// article's files (as empty documents: their contents are what failed).
pub fn internal_error(article: &Article, message: &str) -> Finding {
    let meta = &InternalError::META;
    let first = article.docs.first();
    let files: Vec<&str> = article.docs.iter().map(|d| d.file.rel.as_str()).collect();
    Finding {
        code: meta.code.into(),
        name: meta.name.into(),
        kind: meta.kind,
        severity: meta.severity,
        path: first.map_or_else(|| article.key.clone(), |d| d.file.rel.clone()),
        line: 0,
        locale: first.map(|d| d.locale.clone()),
        article: article.key.clone(),
        root: String::new(),
        message: format!(
            "internal error: concord failed on this article ({} file(s): {}) and did not check it: {message}",
            files.len(),
            crate::finding::list_capped(&files),
        ),
        claim: None,
        help: Some(
            "this is a bug in concord: report it with these files; `ignore` them meanwhile"
                .into(),
        ),
        related: article
            .docs
            .iter()
            .skip(1)
            .map(|d| Related {
                path: d.file.rel.clone(),
                line: 0,
                locale: Some(d.locale.clone()),
                message: "a file of the same article, not checked".into(),
            })
            .collect(),
        subject: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{article, file};

    #[test]
    fn names_every_file_of_the_article_and_the_panic() {
        let (art, _) = article(&[
            file("fr-fr/page.md", "# Page\n", vec![]),
            file("de-de/page.md", "# Seite\n", vec![]),
        ]);
        let f = internal_error(&art, "end byte index 8 is not a char boundary");
        assert_eq!((f.code.as_str(), f.severity), ("CC007", Severity::Error));
        assert_eq!(f.path, "de-de/page.md");
        assert!(
            f.message
                .contains("(2 file(s): de-de/page.md, fr-fr/page.md)")
                && f.message
                    .ends_with("did not check it: end byte index 8 is not a char boundary"),
            "{}",
            f.message
        );
        let related: Vec<_> = f.related.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(related, ["fr-fr/page.md"]);
    }
}
