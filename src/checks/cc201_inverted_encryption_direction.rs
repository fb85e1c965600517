use super::claim_sets::ClaimSets;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::model::Rule;

declare_check! {
    /// ## What it does
    /// Finds sentences that invert the direction of encryption: data *encrypted when it
    /// is read* (`encrypt-on-read`) or *decrypted when it is written* (`decrypt-on-write`).
    /// The model forbids both: data is encrypted when written and decrypted when read.
    /// Each claim is reported once per locale, at the line of its sentence, with the same
    /// or the correct sentence in the other locales as related locations.
    ///
    /// ## Why it matters
    /// The sentence says the opposite of what the service does. It is usually a swapped
    /// pair of verbs in one translation (or in the source, then in every locale that
    /// copied it), and a reader has no way to tell from the page which locale is right.
    /// It is an error: there is no reading of the sentence that is true.
    ///
    /// ## Example
    /// `fr-fr` says « Les données sont chiffrées lors de leur lecture et déchiffrées lors
    /// de leur écriture » where `de-de` says data is encrypted when written: two findings
    /// on that line of `fr-fr`, one for `encrypt-on-read` (the model has
    /// `encrypt-on-write`) and one for `decrypt-on-write` (the model has `decrypt-on-read`).
    ///
    /// ## How to fix
    /// Swap the verbs back: data is encrypted when it is written (stored, persisted) and
    /// decrypted when it is read (accessed). Compare with the related locations.
    pub struct InvertedEncryptionDirection { code: "CC201", name: "inverted-encryption-direction", kind: Kind::ModelContradiction, severity: Severity::Error }
}

impl InvertedEncryptionDirection {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        ClaimSets::new(cx).contradictions(
            &Self::META,
            Rule::InvertedDirection,
            "state that data is encrypted when it is written and decrypted when it is read",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{asserted, file, negated, page, run, P1, P2};
    use crate::claims::ClaimId::{DecryptOnRead, DecryptOnWrite, EncryptOnRead, EncryptOnWrite};

    fn hub(text: &str) -> String {
        page(
            "iot-hub",
            None,
            None,
            [text, "Another paragraph.", "Links."],
        )
    }

    #[test]
    fn fires_once_per_inverted_claim_at_its_line() {
        let findings = run(
            &InvertedEncryptionDirection,
            &[
                file(
                    "fr-fr/hub.md",
                    hub("Inverted sentence."),
                    vec![asserted(P1, EncryptOnRead), asserted(P1, DecryptOnWrite)],
                ),
                file(
                    "de-de/hub.md",
                    hub("Correct sentence."),
                    vec![asserted(P1, EncryptOnWrite), asserted(P1, DecryptOnRead)],
                ),
            ],
        );
        assert_eq!(findings.len(), 2, "{findings:#?}");
        for f in &findings {
            assert_eq!(
                (f.path.as_str(), f.line, f.severity, f.kind),
                (
                    "fr-fr/hub.md",
                    P1,
                    Severity::Error,
                    Kind::ModelContradiction
                )
            );
            assert!(f.message.starts_with("fr-fr states `"), "{}", f.message);
            assert!(f.help.is_some());
            assert_eq!(f.related.len(), 1);
            assert_eq!(f.related[0].path, "de-de/hub.md");
        }
        let claims: Vec<_> = findings
            .iter()
            .map(|f| (f.claim.as_deref(), f.subject.as_str()))
            .collect();
        assert_eq!(
            claims,
            [
                (Some("encrypt-on-read"), "encrypt-on-read"),
                (Some("decrypt-on-write"), "decrypt-on-write")
            ]
        );
        assert!(
            findings[0]
                .message
                .contains("the model has `encrypt-on-write`"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn the_same_claim_twice_is_one_finding() {
        let findings = run(
            &InvertedEncryptionDirection,
            &[file(
                "fr-fr/hub.md",
                hub("Inverted."),
                vec![asserted(P1, EncryptOnRead), asserted(P2, EncryptOnRead)],
            )],
        );
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].message.ends_with("(also on line 12)"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn correct_or_negated_directions_do_not_fire() {
        let findings = run(
            &InvertedEncryptionDirection,
            &[file(
                "fr-fr/hub.md",
                hub("Correct."),
                vec![
                    asserted(P1, EncryptOnWrite),
                    asserted(P1, DecryptOnRead),
                    negated(P2, EncryptOnRead),
                ],
            )],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }
}
