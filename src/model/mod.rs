//! The canonical CMK behaviour model (`shared/claims.md` v1) as typed Rust, and the one
//! question checks ask of it: does this claim agree with the model?
//!
//! The model has three parts:
//!
//! - **always true**: claims every service page may assert and none may negate (data is
//!   encrypted when written and decrypted when read, platform keys by default, ...);
//! - **forbidden**: claims no page may assert (`encrypt-on-read`, `decrypt-on-write`);
//! - **service profiles** ([`ServiceProfile`]): what holds in one service only (a new
//!   IoT hub, the E0 tier for Face, ...), keyed by `ms.service` / `ms.subservice`.
//!
//! A claim about a service the model has no profile for is judged only against the
//! always-true and forbidden parts.
//!
//! `key-operations` is canonical as `create,disable,revoke,rotate` on keys. The English
//! pages say the customer can "create, rotate, disable, and revoke access controls"
//! (`…:access-controls`): the model reads that as the same operations and agrees. Between
//! locales the object counts: a translation that moves the operations from the keys to
//! the access controls tells its readers something else (see [`values::meaning`]). A list with
//! fewer operations is incomplete, not false, so it agrees as well; a locale that drops
//! an operation its siblings list is a cross-locale divergence instead.

pub mod profiles;
pub mod values;

pub use profiles::{Fact, ServiceProfile, PROFILES};

use crate::claims::{Claim, ClaimId, Polarity};
use crate::parse::FrontMatter;
use std::fmt::Write as _;
use values::{DayRange, KeyOperations, Tiers};

/// A claim the model holds true everywhere, with what it means in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Canonical {
    pub id: ClaimId,
    pub meaning: &'static str,
}

/// A claim no page may assert, and the claim it should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forbidden {
    pub id: ClaimId,
    pub meaning: &'static str,
    /// The canonical claim this one inverts.
    pub instead: ClaimId,
}

/// The canonical model.
#[derive(Debug)]
pub struct Model {
    pub always: &'static [Canonical],
    pub forbidden: &'static [Forbidden],
    pub profiles: &'static [ServiceProfile],
}

/// Which part of the model a claim contradicts; each maps to one check code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A forbidden claim is asserted (encrypted on read, decrypted on write): CC201.
    InvertedDirection,
    /// An always-true claim is negated: CC202.
    NegatedCanonical,
    /// A claim or value differs from the page's service profile: CC203.
    ProfileMismatch,
}

/// The model's judgement of one claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Agrees,
    Contradicts {
        rule: Rule,
        /// What the model holds instead, e.g. `encrypt-on-write` or `E0`.
        expected: String,
        /// Why, in a sentence.
        reason: String,
    },
    /// The model says nothing about this claim (no profile, or a value it cannot read).
    Unknown,
}

const ALWAYS: &[Canonical] = &[
    Canonical {
        id: ClaimId::EncryptsAtRest,
        meaning: "data is encrypted at rest",
    },
    Canonical {
        id: ClaimId::EncryptsInTransit,
        meaning: "data is encrypted in transit",
    },
    Canonical {
        id: ClaimId::DefaultPlatformKeys,
        meaning: "by default the keys are managed by the platform (Microsoft-managed keys)",
    },
    Canonical {
        id: ClaimId::SupportsCmk,
        meaning: "customer-managed keys are supported",
    },
    Canonical {
        id: ClaimId::CmkInKeyVault,
        meaning: "the customer's key is kept in Azure Key Vault or Managed HSM",
    },
    Canonical {
        id: ClaimId::CmkIsKek,
        meaning: "the customer key is a key-encryption key that wraps the data key",
    },
    Canonical {
        id: ClaimId::EncryptOnWrite,
        meaning: "data is encrypted when it is written",
    },
    Canonical {
        id: ClaimId::DecryptOnRead,
        meaning: "data is decrypted when it is read",
    },
    Canonical {
        id: ClaimId::KeyOperations,
        meaning: "the customer controls create, rotate, disable and revoke of the key",
    },
    Canonical {
        id: ClaimId::Aes256,
        meaning: "encryption is AES 256-bit",
    },
    Canonical {
        id: ClaimId::Fips1402,
        meaning: "encryption is FIPS 140-2 compliant",
    },
    Canonical {
        id: ClaimId::RevocationBlocksAccess,
        meaning: "revoking or disabling the key makes the data unreadable by the service",
    },
    Canonical {
        id: ClaimId::TransparentEncryption,
        meaning: "encryption is transparent: managed for the customer, no change to their code",
    },
];

const FORBIDDEN: &[Forbidden] = &[
    Forbidden {
        id: ClaimId::EncryptOnRead,
        meaning: "data is encrypted when it is read",
        instead: ClaimId::EncryptOnWrite,
    },
    Forbidden {
        id: ClaimId::DecryptOnWrite,
        meaning: "data is decrypted when it is written",
        instead: ClaimId::DecryptOnRead,
    },
];

static MODEL: Model = Model {
    always: ALWAYS,
    forbidden: FORBIDDEN,
    profiles: PROFILES,
};

impl Model {
    /// The model of `shared/claims.md` v1.
    pub fn canonical() -> &'static Model {
        &MODEL
    }

    /// The most specific profile for a page's `ms.service` / `ms.subservice`.
    pub fn profile(&self, front: &FrontMatter) -> Option<&ServiceProfile> {
        let service = front.service.as_deref()?;
        self.profiles
            .iter()
            .find(|p| p.applies_to(service, front.subservice.as_deref()))
    }

    fn canonical_claim(&self, id: ClaimId) -> Option<&Canonical> {
        self.always.iter().find(|c| c.id == id)
    }

    fn forbidden_claim(&self, id: ClaimId) -> Option<&Forbidden> {
        self.forbidden.iter().find(|f| f.id == id)
    }

    /// Judges one claim against the always-true and forbidden parts and, when the page
    /// has one, its service profile.
    pub fn judge(&self, claim: &Claim, profile: Option<&ServiceProfile>) -> Verdict {
        if claim.outside {
            return Verdict::Unknown;
        }
        let negated = claim.polarity == Polarity::Negated;
        if let Some(f) = self.forbidden_claim(claim.id) {
            return match negated {
                // "Data is not encrypted when read" is true.
                true => Verdict::Agrees,
                false => Verdict::Contradicts {
                    rule: Rule::InvertedDirection,
                    expected: f.instead.to_string(),
                    reason: self
                        .canonical_claim(f.instead)
                        .map_or_else(String::new, |c| c.meaning.to_string()),
                },
            };
        }
        if let Some(c) = self.canonical_claim(claim.id) {
            if negated {
                return Verdict::Contradicts {
                    rule: Rule::NegatedCanonical,
                    expected: format!("{} (asserted)", c.id),
                    reason: format!("the model holds for every service that {}", c.meaning),
                };
            }
            return match (claim.id, &claim.value) {
                (ClaimId::KeyOperations, Some(v)) if KeyOperations::parse(v).is_none() => {
                    Verdict::Unknown
                }
                _ => Verdict::Agrees,
            };
        }
        let Some(p) = profile else {
            return Verdict::Unknown;
        };
        let mismatch = |expected: String, says: &str| Verdict::Contradicts {
            rule: Rule::ProfileMismatch,
            reason: format!(
                "the {} profile ({}) has `{}` {says}",
                p.name,
                p.key(),
                claim.id
            ),
            expected,
        };
        match (p.fact(claim.id), negated, claim.value.as_deref()) {
            (Fact::Unknown, ..) => Verdict::Unknown,
            (_, true, None) | (Fact::Holds, true, _) => {
                mismatch(format!("{} (asserted)", claim.id), "asserted")
            }
            (Fact::Holds, false, _) | (_, false, None) => Verdict::Agrees,
            (Fact::Tiers(want), negated, Some(v)) => match Tiers::parse(v) {
                None => Verdict::Unknown,
                Some(got) if (got == want) == negated => {
                    mismatch(want.to_string(), &format!("= {want}"))
                }
                Some(_) => Verdict::Agrees,
            },
            (Fact::Days(want), negated, Some(v)) => match DayRange::parse(v) {
                None => Verdict::Unknown,
                Some(got) if (got == want) == negated => {
                    mismatch(want.to_string(), &format!("= {want}"))
                }
                Some(_) => Verdict::Agrees,
            },
        }
    }

    /// The claim (id, polarity) a contradicting claim takes the place of: the canonical
    /// direction for an inverted one, the asserted form for a negated one. Cross-locale
    /// checks use it so a locale that says the opposite is not also reported as missing
    /// the right claim.
    pub fn counterpart(
        &self,
        claim: &Claim,
        profile: Option<&ServiceProfile>,
    ) -> Option<(ClaimId, Polarity)> {
        match self.judge(claim, profile) {
            Verdict::Contradicts {
                rule: Rule::InvertedDirection,
                ..
            } => self
                .forbidden_claim(claim.id)
                .map(|f| (f.instead, Polarity::Asserted)),
            Verdict::Contradicts { .. } if claim.polarity == Polarity::Negated => {
                Some((claim.id, Polarity::Asserted))
            }
            _ => None,
        }
    }

    /// The model as readable text, for `concord model`.
    pub fn render(&self) -> String {
        let mut out = String::from("Canonical CMK behaviour model (claims v1)\n\nAlways true (negating one contradicts the model):\n");
        for c in self.always {
            let value = match c.id {
                ClaimId::KeyOperations => {
                    "; value create,disable,revoke,rotate (on keys, or on access controls alike)"
                }
                _ => "",
            };
            let _ = writeln!(out, "  {:<26} {}{value}", c.id.as_str(), c.meaning);
        }
        out.push_str("\nForbidden (asserting one contradicts the model):\n");
        for f in self.forbidden {
            let _ = writeln!(
                out,
                "  {:<26} {}; the model has `{}`",
                f.id.as_str(),
                f.meaning,
                f.instead
            );
        }
        out.push_str("\nService profiles (by ms.service[/ms.subservice]):\n");
        for p in self.profiles {
            let _ = writeln!(out, "  {} ({})", p.key(), p.name);
            for id in profiles::PROFILE_IDS {
                match p.fact(id) {
                    Fact::Unknown => {}
                    Fact::Holds => {
                        let _ = writeln!(out, "    {id}");
                    }
                    Fact::Tiers(t) => {
                        let _ = writeln!(out, "    {id} = {t}");
                    }
                    Fact::Days(d) => {
                        let _ = writeln!(out, "    {id} = {d}");
                    }
                }
            }
        }
        out.push_str("\nProfile claims on a page whose service has no profile, or that its profile does not mention, are not judged.\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(id: ClaimId, polarity: Polarity, value: Option<&str>) -> Claim {
        Claim {
            id,
            polarity,
            value: value.map(Into::into),
            line: 1,
            text: String::new(),
            segment: 0,
            outside: false,
        }
    }

    fn front(service: &str, subservice: Option<&str>) -> FrontMatter {
        FrontMatter {
            service: Some(service.into()),
            subservice: subservice.map(Into::into),
            ..FrontMatter::default()
        }
    }

    fn rule(v: Verdict) -> Option<Rule> {
        match v {
            Verdict::Contradicts { rule, .. } => Some(rule),
            _ => None,
        }
    }

    #[test]
    fn every_claim_id_is_in_exactly_one_part_of_the_model() {
        let m = Model::canonical();
        for id in ClaimId::ALL {
            let parts = [
                m.always.iter().any(|c| c.id == id),
                m.forbidden.iter().any(|f| f.id == id),
                profiles::PROFILE_IDS.contains(&id),
            ];
            assert_eq!(parts.iter().filter(|&&p| p).count(), 1, "{id}");
        }
    }

    /// What a section about client-side encryption states is the client library's: the
    /// model judges none of it, the same claim of the service it does.
    #[test]
    fn a_claim_about_encryption_outside_the_service_is_not_judged() {
        let m = Model::canonical();
        let inverted = claim(ClaimId::EncryptOnRead, Polarity::Asserted, None);
        assert!(matches!(
            m.judge(&inverted, None),
            Verdict::Contradicts { .. }
        ));
        let outside = Claim {
            outside: true,
            ..inverted
        };
        assert!(matches!(m.judge(&outside, None), Verdict::Unknown));
    }

    #[test]
    fn profiles_are_found_by_service_and_subservice() {
        let m = Model::canonical();
        assert_eq!(
            m.profile(&front("iot-hub", None)).unwrap().service,
            "iot-hub"
        );
        assert_eq!(
            m.profile(&front("IoT-DPS", None)).unwrap().service,
            "iot-dps"
        );
        let face = m
            .profile(&front("cognitive-services", Some("face-api")))
            .unwrap();
        assert_eq!(face.key(), "cognitive-services/face-api");
        let other = m
            .profile(&front("cognitive-services", Some("translator")))
            .unwrap();
        assert_eq!(other.key(), "cognitive-services");
        assert!(m.profile(&front("storage", None)).is_none());
        assert!(m.profile(&FrontMatter::default()).is_none());
    }

    #[test]
    fn direction_claims() {
        let m = Model::canonical();
        let v = m.judge(
            &claim(ClaimId::EncryptOnRead, Polarity::Asserted, None),
            None,
        );
        assert!(
            matches!(&v, Verdict::Contradicts { rule: Rule::InvertedDirection, expected, .. } if expected == "encrypt-on-write")
        );
        assert_eq!(
            rule(m.judge(
                &claim(ClaimId::DecryptOnWrite, Polarity::Asserted, None),
                None
            )),
            Some(Rule::InvertedDirection)
        );
        assert_eq!(
            m.judge(
                &claim(ClaimId::EncryptOnRead, Polarity::Negated, None),
                None
            ),
            Verdict::Agrees
        );
        assert_eq!(
            m.judge(
                &claim(ClaimId::EncryptOnWrite, Polarity::Asserted, None),
                None
            ),
            Verdict::Agrees
        );
        assert_eq!(
            m.judge(
                &claim(ClaimId::DecryptOnRead, Polarity::Asserted, None),
                None
            ),
            Verdict::Agrees
        );
    }

    #[test]
    fn negated_canonical_claims_contradict() {
        let m = Model::canonical();
        let v = m.judge(
            &claim(ClaimId::TransparentEncryption, Polarity::Negated, None),
            None,
        );
        assert_eq!(rule(v), Some(Rule::NegatedCanonical));
        assert_eq!(
            m.judge(
                &claim(ClaimId::TransparentEncryption, Polarity::Asserted, None),
                None
            ),
            Verdict::Agrees
        );
    }

    #[test]
    fn key_operations_on_access_controls_agree() {
        let m = Model::canonical();
        for v in [
            "create,disable,revoke,rotate",
            "create,disable,revoke,rotate:access-controls",
            "create,rotate",
        ] {
            assert_eq!(
                m.judge(
                    &claim(ClaimId::KeyOperations, Polarity::Asserted, Some(v)),
                    None
                ),
                Verdict::Agrees,
                "{v}"
            );
        }
        assert_eq!(
            m.judge(
                &claim(
                    ClaimId::KeyOperations,
                    Polarity::Asserted,
                    Some("create,export")
                ),
                None
            ),
            Verdict::Unknown
        );
    }

    #[test]
    fn profile_values() {
        let m = Model::canonical();
        let face = m.profile(&front("cognitive-services", Some("face-api")));
        let hub = m.profile(&front("iot-hub", None));
        let tier = |v| claim(ClaimId::PricingTier, Polarity::Asserted, Some(v));
        assert_eq!(m.judge(&tier("e0"), face), Verdict::Agrees);
        let v = m.judge(&tier("S0"), face);
        assert!(
            matches!(&v, Verdict::Contradicts { rule: Rule::ProfileMismatch, expected, .. } if expected == "E0")
        );
        assert_eq!(m.judge(&tier("Standard,Basic"), hub), Verdict::Agrees);
        assert_eq!(
            rule(m.judge(&tier("basic"), hub)),
            Some(Rule::ProfileMismatch)
        );
        let days = |v| claim(ClaimId::ApprovalTime, Polarity::Asserted, Some(v));
        assert_eq!(m.judge(&days("3-5d"), face), Verdict::Agrees);
        assert_eq!(
            rule(m.judge(&days("5-7d"), face)),
            Some(Rule::ProfileMismatch)
        );
        // Unknown service, or a profile that does not speak about the claim: not judged.
        assert_eq!(m.judge(&tier("S0"), None), Verdict::Unknown);
        assert_eq!(m.judge(&days("5-7d"), hub), Verdict::Unknown);
    }

    #[test]
    fn profile_requirements() {
        let m = Model::canonical();
        let dps = m.profile(&front("iot-dps", None));
        let new = |p| claim(ClaimId::RequiresNewResource, p, None);
        assert_eq!(m.judge(&new(Polarity::Asserted), dps), Verdict::Agrees);
        assert_eq!(
            rule(m.judge(&new(Polarity::Negated), dps)),
            Some(Rule::ProfileMismatch)
        );
        assert_eq!(m.judge(&new(Polarity::Negated), None), Verdict::Unknown);
        let plain = m.profile(&front("cognitive-services", None));
        assert_eq!(m.judge(&new(Polarity::Negated), plain), Verdict::Unknown);
    }

    #[test]
    fn counterparts() {
        let m = Model::canonical();
        let c = claim(ClaimId::EncryptOnRead, Polarity::Asserted, None);
        assert_eq!(
            m.counterpart(&c, None),
            Some((ClaimId::EncryptOnWrite, Polarity::Asserted))
        );
        let c = claim(ClaimId::TransparentEncryption, Polarity::Negated, None);
        assert_eq!(
            m.counterpart(&c, None),
            Some((ClaimId::TransparentEncryption, Polarity::Asserted))
        );
        let c = claim(ClaimId::EncryptOnWrite, Polarity::Asserted, None);
        assert_eq!(m.counterpart(&c, None), None);
    }

    #[test]
    fn render_lists_every_part() {
        let text = Model::canonical().render();
        for needle in [
            "encrypt-on-read",
            "transparent-encryption",
            "cognitive-services/face-api",
            "pricing-tier = E0",
            "approval-time = 3-5d",
            "pricing-tier = basic,standard",
        ] {
            assert!(text.contains(needle), "{needle} missing from:\n{text}");
        }
    }
}
