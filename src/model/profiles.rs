//! Service profiles: what the model knows about customer-managed keys in one service,
//! keyed by the page's `ms.service` / `ms.subservice`.
//!
//! A `true` fact is one the model asserts for the service; `false` means the model does
//! not know (it never asserts that a requirement is absent), so a page that states such a
//! claim is neither confirmed nor contradicted.

use super::values::{DayRange, Tiers};
use crate::claims::ClaimId;

/// What holds for customer-managed keys in one service (or sub-service).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceProfile {
    /// Readable name, e.g. `Azure IoT Hub`.
    pub name: &'static str,
    /// `ms.service` value this profile applies to.
    pub service: &'static str,
    /// `ms.subservice` value, for a profile that refines its service's.
    pub subservice: Option<&'static str>,
    /// CMK needs a newly created resource (instance, hub).
    pub requires_new_resource: bool,
    /// CMK adds a second layer on top of the platform encryption.
    pub double_encryption: bool,
    /// The feature is enabled through a support ticket or request form.
    pub access_by_request: bool,
    /// The resource needs a managed identity to reach Key Vault.
    pub managed_identity_required: bool,
    /// Key Vault needs soft delete and purge protection.
    pub soft_delete_purge_protection: bool,
    /// Only RSA 2048 keys are supported.
    pub rsa_2048_only: bool,
    /// The pricing tiers the feature is limited to.
    pub pricing_tiers: Option<&'static [&'static str]>,
    /// How long a request takes, in days.
    pub approval_days: Option<DayRange>,
}

const NOTHING: ServiceProfile = ServiceProfile {
    name: "",
    service: "",
    subservice: None,
    requires_new_resource: false,
    double_encryption: false,
    access_by_request: false,
    managed_identity_required: false,
    soft_delete_purge_protection: false,
    rsa_2048_only: false,
    pricing_tiers: None,
    approval_days: None,
};

const COGNITIVE_SERVICES: ServiceProfile = ServiceProfile {
    name: "Azure Cognitive Services",
    service: "cognitive-services",
    double_encryption: true,
    access_by_request: true,
    managed_identity_required: true,
    soft_delete_purge_protection: true,
    rsa_2048_only: true,
    ..NOTHING
};

/// Every profile. A sub-service profile comes before its service's so lookup finds the
/// most specific one first.
pub const PROFILES: &[ServiceProfile] = &[
    ServiceProfile {
        name: "Azure IoT Hub Device Provisioning Service",
        service: "iot-dps",
        requires_new_resource: true,
        double_encryption: true,
        access_by_request: true,
        ..NOTHING
    },
    ServiceProfile {
        name: "Azure IoT Hub",
        service: "iot-hub",
        requires_new_resource: true,
        double_encryption: true,
        access_by_request: true,
        pricing_tiers: Some(&["basic", "standard"]),
        ..NOTHING
    },
    ServiceProfile {
        name: "Face (Azure Cognitive Services)",
        subservice: Some("face-api"),
        requires_new_resource: true,
        pricing_tiers: Some(&["E0"]),
        approval_days: Some(DayRange { min: 3, max: 5 }),
        ..COGNITIVE_SERVICES
    },
    COGNITIVE_SERVICES,
];

/// What a profile says about one claim id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    /// The claim holds, with no value.
    Holds,
    /// The claim holds with exactly these tiers.
    Tiers(Tiers),
    /// The claim holds with this duration.
    Days(DayRange),
    /// The profile says nothing about the claim.
    Unknown,
}

impl ServiceProfile {
    /// Whether this profile applies to a page with these `ms.service` / `ms.subservice`
    /// values (case-insensitive; a service profile applies to every sub-service that has
    /// no profile of its own).
    pub fn applies_to(&self, service: &str, subservice: Option<&str>) -> bool {
        self.service.eq_ignore_ascii_case(service.trim())
            && match self.subservice {
                Some(sub) => subservice.is_some_and(|s| sub.eq_ignore_ascii_case(s.trim())),
                None => true,
            }
    }

    /// What the profile says about `id`.
    pub fn fact(&self, id: ClaimId) -> Fact {
        let flag = |b: bool| if b { Fact::Holds } else { Fact::Unknown };
        match id {
            ClaimId::RequiresNewResource => flag(self.requires_new_resource),
            ClaimId::DoubleEncryption => flag(self.double_encryption),
            ClaimId::AccessByRequest => flag(self.access_by_request),
            ClaimId::ManagedIdentityRequired => flag(self.managed_identity_required),
            ClaimId::SoftDeletePurgeProtection => flag(self.soft_delete_purge_protection),
            ClaimId::Rsa2048 => flag(self.rsa_2048_only),
            ClaimId::PricingTier => self
                .pricing_tiers
                .and_then(Tiers::of)
                .map_or(Fact::Unknown, Fact::Tiers),
            ClaimId::ApprovalTime => self.approval_days.map_or(Fact::Unknown, Fact::Days),
            _ => Fact::Unknown,
        }
    }

    /// The `ms.service[/ms.subservice]` key, e.g. `cognitive-services/face-api`.
    pub fn key(&self) -> String {
        match self.subservice {
            Some(sub) => format!("{}/{sub}", self.service),
            None => self.service.to_string(),
        }
    }
}

/// The claim ids a profile may speak about, in vocabulary order.
pub const PROFILE_IDS: [ClaimId; 8] = [
    ClaimId::DoubleEncryption,
    ClaimId::RequiresNewResource,
    ClaimId::PricingTier,
    ClaimId::AccessByRequest,
    ClaimId::ApprovalTime,
    ClaimId::ManagedIdentityRequired,
    ClaimId::SoftDeletePurgeProtection,
    ClaimId::Rsa2048,
];
