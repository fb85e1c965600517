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
mod cc001_unreadable_file;
mod cc002_invalid_utf8;
mod cc003_bad_front_matter;
mod cc004_unterminated_front_matter;
mod cc005_unused_suppression;
mod cc006_binary_file;
mod cc007_internal_error;
mod cc101_section_missing;
mod cc102_heading_count_mismatch;
mod cc103_link_missing;
mod cc104_links_swapped;
mod cc105_anchor_undefined;
mod cc106_include_outside_root;
mod cc107_include_missing;
mod cc108_include_cycle;
mod cc109_include_mismatch;
mod cc110_alert_missing;
mod cc111_code_block_mismatch;
mod cc112_image_missing;
mod cc113_number_mismatch;
mod cc114_block_missing;
mod cc115_untranslated_text;
mod cc201_inverted_encryption_direction;
mod cc202_canonical_claim_negated;
mod cc203_service_profile_mismatch;
mod cc301_claim_missing_in_locale;
mod cc302_claim_value_differs;
mod cc401_revision_drift;
mod cc402_content_locale_mismatch;
mod cc403_duplicate_locfileid;
mod cc404_localization_keys_missing;
mod cc405_service_mismatch;
mod claim_sets;
mod compare;
mod consensus;
mod quantities;
mod section_items;
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
        }
    }

    /// The documents to compare with the reference: [`ArticleContext::comparable`] ones.
    pub fn compared(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.comparable.len()).filter(|&d| self.comparable[d])
    }

    /// Every section that the reference and a compared document both have:
    /// `(document, reference's section, document's section)`, by document then row.
    pub fn aligned_sections(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let art = self.article;
        self.compared().flat_map(move |d| {
            art.rows
                .iter()
                .filter_map(move |row| Some((d, row.cells[art.reference]?, row.cells[d]?)))
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

/// Declares a check type and its `CheckMeta` from its doc comment.
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
    };
}
pub(crate) use declare_check;

/// Every check, in code order.
pub fn registry() -> Vec<Box<dyn Check>> {
    vec![
        Box::new(cc001_unreadable_file::UnreadableFile),
        Box::new(cc002_invalid_utf8::InvalidUtf8),
        Box::new(cc003_bad_front_matter::BadFrontMatter),
        Box::new(cc004_unterminated_front_matter::UnterminatedFrontMatter),
        Box::new(cc005_unused_suppression::UnusedSuppression),
        Box::new(cc006_binary_file::BinaryFile),
        Box::new(cc007_internal_error::InternalError),
        Box::new(cc101_section_missing::SectionMissing),
        Box::new(cc102_heading_count_mismatch::HeadingCountMismatch),
        Box::new(cc103_link_missing::LinkMissing),
        Box::new(cc104_links_swapped::LinksSwapped),
        Box::new(cc105_anchor_undefined::AnchorUndefined),
        Box::new(cc106_include_outside_root::IncludeOutsideRoot),
        Box::new(cc107_include_missing::IncludeMissing),
        Box::new(cc108_include_cycle::IncludeCycle),
        Box::new(cc109_include_mismatch::IncludeMismatch),
        Box::new(cc110_alert_missing::AlertMissing),
        Box::new(cc111_code_block_mismatch::CodeBlockMismatch),
        Box::new(cc112_image_missing::ImageMissing),
        Box::new(cc113_number_mismatch::NumberMismatch),
        Box::new(cc114_block_missing::BlockMissing),
        Box::new(cc115_untranslated_text::UntranslatedText),
        Box::new(cc201_inverted_encryption_direction::InvertedEncryptionDirection),
        Box::new(cc202_canonical_claim_negated::CanonicalClaimNegated),
        Box::new(cc203_service_profile_mismatch::ServiceProfileMismatch),
        Box::new(cc301_claim_missing_in_locale::ClaimMissingInLocale),
        Box::new(cc302_claim_value_differs::ClaimValueDiffers),
        Box::new(cc401_revision_drift::RevisionDrift),
        Box::new(cc402_content_locale_mismatch::ContentLocaleMismatch),
        Box::new(cc403_duplicate_locfileid::DuplicateLocfileid),
        Box::new(cc404_localization_keys_missing::LocalizationKeysMissing),
        Box::new(cc405_service_mismatch::ServiceMismatch),
    ]
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
