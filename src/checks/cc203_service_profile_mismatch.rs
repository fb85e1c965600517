use super::claim_sets::ClaimSets;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::model::Rule;

declare_check! {
    /// ## What it does
    /// Compares the service-specific claims of a page with the model's profile of the
    /// page's service (`ms.service` / `ms.subservice`): a pricing tier other than the
    /// profile's (compared as sets, case-insensitively), an approval time other than the
    /// profile's, or a negated requirement the profile asserts (a new resource, double
    /// encryption, access by request, managed identity, soft delete and purge
    /// protection, RSA 2048). Pages whose service has no profile, and claims the profile
    /// does not mention, are not judged.
    ///
    /// ## Why it matters
    /// A wrong tier or delay makes readers buy the wrong SKU or wait for the wrong
    /// answer. It is a warning rather than an error because profiles follow the product:
    /// when a service changes its tiers, the model may be the one that is out of date.
    ///
    /// ## Example
    /// A Face page (`ms.subservice: face-api`) in `fr-fr` says customer-managed keys need
    /// the S0 tier and an answer takes 5 to 7 days: two findings, `pricing-tier = S0`
    /// (the model has `E0`) and `approval-time = 5-7d` (the model has `3-5d`).
    ///
    /// ## How to fix
    /// Correct the value to the service's (see `concord model` and the related locations
    /// in the other locales); if the service really changed, update the model's profile.
    pub struct ServiceProfileMismatch { code: "CC203", name: "service-profile-mismatch", kind: Kind::ModelContradiction, severity: Severity::Warning }
}

impl ServiceProfileMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        ClaimSets::new(cx).contradictions(
            &Self::META,
            Rule::ProfileMismatch,
            "use the service's value (see `concord model`), or update the model if the service changed",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{asserted, file, negated, page, run, valued, P1, P2};
    use crate::claims::ClaimId::{ApprovalTime, PricingTier, RequiresNewResource};

    fn face(text: &str) -> String {
        page(
            "cognitive-services",
            Some("face-api"),
            None,
            [text, "Request.", "Links."],
        )
    }

    #[test]
    fn fires_on_values_that_differ_from_the_profile() {
        let findings = run(
            &ServiceProfileMismatch,
            &[file(
                "fr-fr/face.md",
                face("Tier."),
                vec![
                    valued(P1, PricingTier, "S0"),
                    valued(P2, ApprovalTime, "5-7d"),
                ],
            )],
        );
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.line, f.subject.as_str(), f.severity))
            .collect();
        assert_eq!(
            got,
            [
                (P1, "pricing-tier = s0", Severity::Warning),
                (P2, "approval-time = 5-7d", Severity::Warning)
            ]
        );
        assert!(
            findings[0].message.contains("the model has `E0`"),
            "{}",
            findings[0].message
        );
        assert!(
            findings[1].message.contains("the model has `3-5d`"),
            "{}",
            findings[1].message
        );
    }

    #[test]
    fn fires_on_a_negated_profile_requirement() {
        let hub = page(
            "iot-hub",
            None,
            None,
            ["No new hub needed.", "Two.", "Three."],
        );
        let findings = run(
            &ServiceProfileMismatch,
            &[file(
                "fr-fr/hub.md",
                hub,
                vec![negated(P1, RequiresNewResource)],
            )],
        );
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].claim.as_deref(), Some("requires-new-resource"));
    }

    #[test]
    fn equal_values_modulo_case_and_order_do_not_fire() {
        let hub = page("iot-hub", None, None, ["Tiers.", "New hub.", "Three."]);
        let findings = run(
            &ServiceProfileMismatch,
            &[
                file(
                    "fr-fr/face.md",
                    face("Tier."),
                    vec![
                        valued(P1, PricingTier, "e0"),
                        valued(P2, ApprovalTime, "3-5d"),
                    ],
                ),
                file(
                    "fr-fr/hub.md",
                    hub,
                    vec![
                        valued(P1, PricingTier, "Standard, Basic"),
                        asserted(P2, RequiresNewResource),
                    ],
                ),
            ],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn pages_without_a_profile_are_not_judged() {
        let other = page("storage", None, None, ["Tier.", "Two.", "Three."]);
        let findings = run(
            &ServiceProfileMismatch,
            &[file(
                "fr-fr/s.md",
                other,
                vec![
                    valued(P1, PricingTier, "S0"),
                    negated(P2, RequiresNewResource),
                ],
            )],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }
}
