//! Stage 5: checks. One check, one file, one registry line.
//!
//! A check looks at one article (all locales of one page, aligned, with their claims)
//! and returns findings. It never reads files and never prints.

use crate::align::Article;
use crate::claims::Claim;
use crate::config::Config;
use crate::finding::{Finding, Kind, Related, Severity};
use crate::parse::Document;
use serde::Serialize;

mod blocks;
mod bounds;
mod claim_sets;
mod compare;
mod consensus;
mod quantities;
mod section_items;
pub mod selection;
#[cfg(test)]
mod testing;
pub mod unversioned_drift;

/// What a check is: the registry's and `concord explain`'s view of it.
#[derive(Debug, Serialize)]
pub struct CheckMeta {
    /// Stable code, e.g. `CC101`; the hundreds digit is the category.
    pub code: &'static str,
    /// Kebab-case name that states the problem.
    pub name: &'static str,
    pub kind: Kind,
    /// Default severity.
    pub severity: Severity,
    /// What it does / Why it matters / Example / How to fix.
    pub doc: &'static str,
}

impl CheckMeta {
    /// The category the code's hundreds digit names.
    pub fn category(&self) -> &'static str {
        match self.code.as_bytes().get(2) {
            Some(b'0') => "input",
            Some(b'1') => "structure",
            Some(b'2') => "claims-vs-model",
            Some(b'3') => "cross-locale",
            Some(b'4') => "metadata",
            _ => "other",
        }
    }
}

/// Everything a check may look at for one article.
pub struct ArticleContext<'a> {
    pub article: &'a Article,
    /// Claims of each document, in the order of `article.docs`.
    pub claims: &'a [Vec<Claim>],
    pub config: &'a Config,
    /// The root's files and their include directives (a pre-pass; checks never read files).
    pub index: &'a crate::index::RootIndex,
    /// Per document: whether it is not the reference and was made from the same source
    /// revision as the reference ([`compare::comparable_with_reference`]), read once per
    /// article.
    pub comparable: Vec<bool>,
    /// The document the others are aligned to and compared with: the article's reference,
    /// or the first of an older revision's translations ([`ArticleContext::for_revision`]).
    pub pivot: usize,
    /// Whether the pivot is the source, which then judges alone.
    pub pivot_is_source: bool,
    /// The claim reader the claims came from, when the caller has it: the cross-locale
    /// claim checks ask it whether a locale's text has a claim's words at a place
    /// ([`crate::claims::Extractor::has_concepts_of`]).
    pub extractor: Option<&'a crate::claims::Extractor>,
    /// Per document: the blocks of each of its sections ([`blocks::section_blocks`]),
    /// read when a block check first asks ([`ArticleContext::blocks`]).
    blocks: Vec<std::cell::OnceCell<Vec<Vec<blocks::Block<'a>>>>>,
}

impl<'a> ArticleContext<'a> {
    pub fn new(
        article: &'a Article,
        claims: &'a [Vec<Claim>],
        config: &'a Config,
        index: &'a crate::index::RootIndex,
    ) -> ArticleContext<'a> {
        ArticleContext {
            article,
            claims,
            config,
            index,
            comparable: compare::comparable_with_reference(article),
            pivot: article.reference,
            pivot_is_source: article.has_source,
            extractor: None,
            blocks: article.docs.iter().map(|_| Default::default()).collect(),
        }
    }

    /// The same article seen from translations the source has moved on from: the
    /// documents `group` (made from one older revision, in document order, two or more)
    /// compared with each other by consensus, as in a tree without its source, the first
    /// of them the pivot. `revision-drift` says they are behind; this finds what one of
    /// them lost that the others of its revision kept.
    pub fn for_revision(&self, group: &[usize]) -> ArticleContext<'a> {
        let pivot = group[0];
        ArticleContext {
            article: self.article,
            claims: self.claims,
            config: self.config,
            index: self.index,
            comparable: (0..self.article.docs.len())
                .map(|d| d != pivot && group.contains(&d))
                .collect(),
            pivot,
            pivot_is_source: false,
            extractor: self.extractor,
            blocks: self
                .article
                .docs
                .iter()
                .map(|_| Default::default())
                .collect(),
        }
    }

    /// The same context with the claim reader the claims came from.
    pub fn with_extractor(mut self, extractor: &'a crate::claims::Extractor) -> Self {
        self.extractor = Some(extractor);
        self
    }

    /// The blocks of each section of document `d` ([`blocks::section_blocks`]), read
    /// once for every check that splits sections into blocks.
    pub(crate) fn blocks(&self, d: usize) -> &[Vec<blocks::Block<'a>>] {
        let art = self.article;
        self.blocks.get(d).map_or(&[], |cell| {
            cell.get_or_init(|| {
                art.sections[d]
                    .iter()
                    .map(|s| blocks::section_blocks(&art.docs[d], s))
                    .collect()
            })
        })
    }

    /// The documents to compare with the reference: [`ArticleContext::comparable`] ones.
    pub fn compared(&self) -> impl Iterator<Item = usize> + use<'_, 'a> {
        (0..self.comparable.len()).filter(|&d| self.comparable[d])
    }

    /// Every section that the reference and a compared document both have:
    /// `(document, reference's section, document's section)`, by document then row.
    pub fn aligned_sections(&self) -> impl Iterator<Item = (usize, usize, usize)> + use<'_, 'a> {
        let art = self.article;
        self.compared().flat_map(move |d| {
            art.rows
                .iter()
                .filter_map(move |row| Some((d, row.cells[self.pivot]?, row.cells[d]?)))
        })
    }

    /// A finding of `meta` on one document at `line`, with the fields every finding shares.
    pub fn finding(&self, meta: &CheckMeta, doc: &Document, line: u32, message: String) -> Finding {
        Finding {
            code: meta.code.to_string(),
            name: meta.name.to_string(),
            kind: meta.kind,
            severity: meta.severity,
            path: doc.file.rel.clone(),
            line,
            locale: Some(doc.locale.clone()),
            article: self.article.key.clone(),
            message,
            claim: None,
            help: None,
            related: Vec::new(),
            subject: String::new(),
            root: String::new(),
        }
    }

    /// The body blocks of document `d` in aligned row `row` (none when it lacks the section).
    pub fn row_body(&self, d: usize, row: usize) -> &'a [crate::parse::Segment] {
        self.article.docs[d]
            .segments
            .get(self.row_range(d, row))
            .unwrap_or(&[])
    }

    /// The indices of [`ArticleContext::row_body`] in the document's segments.
    pub fn row_range(&self, d: usize, row: usize) -> std::ops::Range<usize> {
        let art = self.article;
        art.rows
            .get(row)
            .and_then(|r| r.cells.get(d).copied().flatten())
            .map_or(0..0, |s| art.sections[d][s].body.clone())
    }

    /// The line of section `s` of document `d`: its heading, else its first block.
    pub fn section_line(&self, d: usize, s: usize) -> u32 {
        let art = self.article;
        let sec = &art.sections[d][s];
        sec.heading
            .or(Some(sec.body.start))
            .and_then(|i| art.docs[d].segments.get(i))
            .map_or(1, |seg| seg.line)
    }

    /// A related location in another document.
    pub fn related(doc: &Document, line: u32, message: String) -> Related {
        Related {
            path: doc.file.rel.clone(),
            line,
            locale: Some(doc.locale.clone()),
            message,
        }
    }
}

/// A check over one article.
pub trait Check: Sync + Send {
    fn meta(&self) -> &'static CheckMeta;
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding>;
}

/// Declares a check type, its `CheckMeta` from its doc comment, and its [`Check`] impl,
/// which calls the type's own `fn check(&self, cx: &ArticleContext) -> Vec<Finding>`.
macro_rules! declare_check {
    ($(#[doc = $doc:literal])* $vis:vis struct $name:ident { code: $code:literal, name: $cname:literal, kind: $kind:expr, severity: $sev:expr $(,)? }) => {
        $(#[doc = $doc])*
        $vis struct $name;
        impl $name {
            pub const META: $crate::checks::CheckMeta = $crate::checks::CheckMeta {
                code: $code,
                name: $cname,
                kind: $kind,
                severity: $sev,
                doc: concat!($($doc, "\n"),*),
            };
        }
        impl $crate::checks::Check for $name {
            fn meta(&self) -> &'static $crate::checks::CheckMeta {
                &Self::META
            }

            fn check(
                &self,
                cx: &$crate::checks::ArticleContext<'_>,
            ) -> Vec<$crate::finding::Finding> {
                $name::check(self, cx)
            }
        }
    };
}

/// Declares every check's module and the registry from one list, in code order.
macro_rules! checks {
    ($($module:ident :: $check:ident),* $(,)?) => {
        $(mod $module;)*

        /// Every check, in code order.
        pub fn registry() -> Vec<Box<dyn Check>> {
            vec![$(Box::new($module::$check)),*]
        }
    };
}

checks! {
    cc001_unreadable_file::UnreadableFile,
    cc002_invalid_utf8::InvalidUtf8,
    cc003_bad_front_matter::BadFrontMatter,
    cc004_unterminated_front_matter::UnterminatedFrontMatter,
    cc005_unused_suppression::UnusedSuppression,
    cc006_binary_file::BinaryFile,
    cc007_internal_error::InternalError,
    cc101_section_missing::SectionMissing,
    cc102_heading_count_mismatch::HeadingCountMismatch,
    cc103_link_missing::LinkMissing,
    cc104_links_swapped::LinksSwapped,
    cc105_anchor_undefined::AnchorUndefined,
    cc106_include_outside_root::IncludeOutsideRoot,
    cc107_include_missing::IncludeMissing,
    cc108_include_cycle::IncludeCycle,
    cc109_include_mismatch::IncludeMismatch,
    cc110_alert_missing::AlertMissing,
    cc111_code_block_mismatch::CodeBlockMismatch,
    cc112_image_missing::ImageMissing,
    cc113_number_mismatch::NumberMismatch,
    cc114_block_missing::BlockMissing,
    cc115_untranslated_text::UntranslatedText,
    cc116_link_markup_broken::LinkMarkupBroken,
    cc201_inverted_encryption_direction::InvertedEncryptionDirection,
    cc202_canonical_claim_negated::CanonicalClaimNegated,
    cc203_service_profile_mismatch::ServiceProfileMismatch,
    cc301_claim_missing_in_locale::ClaimMissingInLocale,
    cc302_claim_value_differs::ClaimValueDiffers,
    cc401_revision_drift::RevisionDrift,
    cc402_content_locale_mismatch::ContentLocaleMismatch,
    cc403_duplicate_locfileid::DuplicateLocfileid,
    cc404_localization_keys_missing::LocalizationKeysMissing,
    cc405_service_mismatch::ServiceMismatch,
}

/// The meta of the check that reports unused suppressions (run by the pipeline).
pub const UNUSED_SUPPRESSION: CheckMeta = cc005_unused_suppression::UnusedSuppression::META;
pub use cc005_unused_suppression::unused as unused_suppression;

/// The meta of the check that reports an article concord failed on (run by the pipeline).
pub const INTERNAL_ERROR: CheckMeta = cc007_internal_error::InternalError::META;
pub use cc007_internal_error::internal_error;

/// The check with this code or name.
pub fn find(code_or_name: &str) -> Option<Box<dyn Check>> {
    registry()
        .into_iter()
        .find(|c| c.meta().code.eq_ignore_ascii_case(code_or_name) || c.meta().name == code_or_name)
}

/// Input findings for one kind of input problem, shared by the CC0xx checks.
pub(crate) fn input_findings(
    cx: &ArticleContext<'_>,
    meta: &CheckMeta,
    code: crate::parse::InputCode,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for doc in &cx.article.docs {
        for p in doc.problems.iter().filter(|p| p.code == code) {
            let mut f = cx.finding(meta, doc, p.line, p.message.clone());
            f.subject = p.message.clone();
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let reg = registry();
        let mut codes: Vec<_> = reg.iter().map(|c| c.meta().code).collect();
        let mut names: Vec<_> = reg.iter().map(|c| c.meta().name).collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "registry must be in code order: {codes:?}"
        );
        codes.dedup();
        names.sort();
        names.dedup();
        assert_eq!(codes.len(), reg.len());
        assert_eq!(names.len(), reg.len());
        for c in &reg {
            let m = c.meta();
            assert!(m.code.len() == 5 && m.code.starts_with("CC"), "{}", m.code);
            assert!(
                m.name
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-' || ch.is_ascii_digit()),
                "{}",
                m.name
            );
            for section in [
                "## What it does",
                "## Why it matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(m.doc.contains(section), "{} lacks `{section}`", m.code);
            }
        }
    }
}
