use super::claim_sets::ClaimSets;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::model::Rule;

declare_check! {
    /// ## What it does
    /// Finds sentences that negate a claim the model holds true for every service: data
    /// is encrypted at rest and in transit, platform-managed keys by default, customer-
    /// managed keys supported and kept in Key Vault, the customer key wraps the data key,
    /// the customer controls create/rotate/disable/revoke, revocation blocks access,
    /// encryption is transparent, AES-256, FIPS 140-2 (`concord model` lists them).
    /// A negation narrowed to something else denies nothing about the service and is
    /// not reported: a part of the data ("not supported for diagnostic logs", "the
    /// temporary disk isn't encrypted"), a channel without encryption of its own
    /// ("requests sent over HTTP aren't encrypted in transit"), an older kind of
    /// resource ("unmanaged disks don't support customer-managed keys"), a place,
    /// condition, moment or tier, another service, or the keys themselves ("the key
    /// itself isn't encrypted at rest by the service"). So is "client-side encryption
    /// isn't transparent", said of another encryption than the service's.
    ///
    /// ## Why it matters
    /// A negated canonical claim tells readers the service does not do something it
    /// does, or that they must do something they need not: "encryption is managed *by
    /// you*" instead of "managed *for you*" sends them looking for work that does not
    /// exist. It is an error because the statement is false on every service; it is a
    /// separate code from CC201 because it comes from a negation (or a flipped pronoun)
    /// rather than swapped verbs, and reviewers fix the two differently.
    ///
    /// ## Example
    /// `ja-jp` says encryption and access are managed by you (`transparent-encryption`
    /// negated) where the other locales say they are managed for you: one finding on
    /// that line of `ja-jp`; the model has `transparent-encryption (asserted)`.
    ///
    /// ## How to fix
    /// Restore the positive statement (compare with the related locations in the other
    /// locales), or remove the negation that crept into the translation.
    pub struct CanonicalClaimNegated { code: "CC202", name: "canonical-claim-negated", kind: Kind::ModelContradiction, severity: Severity::Error }
}

impl CanonicalClaimNegated {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        ClaimSets::new(cx).contradictions(
            &Self::META,
            Rule::NegatedCanonical,
            "state the claim positively, as the model and the other locales do",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{asserted, file, negated, page, run, P1, P2};
    use crate::claims::ClaimId::{EncryptOnRead, SupportsCmk, TransparentEncryption};

    fn about(text: &str) -> String {
        page("cognitive-services", None, None, [text, "More.", "Links."])
    }

    #[test]
    fn fires_on_a_negated_canonical_claim() {
        let findings = run(
            &CanonicalClaimNegated,
            &[
                file(
                    "ja-jp/about.md",
                    about("Managed by you."),
                    vec![negated(P1, TransparentEncryption)],
                ),
                file(
                    "de-de/about.md",
                    about("Managed for you."),
                    vec![asserted(P1, TransparentEncryption)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(
            (f.path.as_str(), f.line, f.severity),
            ("ja-jp/about.md", P1, Severity::Error)
        );
        assert_eq!(f.claim.as_deref(), Some("transparent-encryption"));
        assert_eq!(f.subject, "transparent-encryption (negated)");
        assert!(
            f.message.contains("`transparent-encryption (asserted)`"),
            "{}",
            f.message
        );
        assert_eq!(
            f.related[0].locale.as_ref().map(|l| l.as_str()),
            Some("de-de")
        );
    }

    #[test]
    fn asserted_canonical_and_negated_forbidden_claims_do_not_fire() {
        let findings = run(
            &CanonicalClaimNegated,
            &[file(
                "ja-jp/about.md",
                about("Fine."),
                vec![
                    asserted(P1, TransparentEncryption),
                    asserted(P1, SupportsCmk),
                    negated(P2, EncryptOnRead),
                ],
            )],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }
}
