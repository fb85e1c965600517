//! The claim type: one factual statement one sentence of one document makes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The claim vocabulary of `shared/claims.md` (v1). Ids are a contract: serialized
/// verbatim in kebab case, never renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimId {
    EncryptsAtRest,
    EncryptsInTransit,
    DefaultPlatformKeys,
    SupportsCmk,
    CmkInKeyVault,
    CmkIsKek,
    DoubleEncryption,
    EncryptOnWrite,
    DecryptOnRead,
    EncryptOnRead,
    DecryptOnWrite,
    KeyOperations,
    RequiresNewResource,
    PricingTier,
    AccessByRequest,
    ApprovalTime,
    #[serde(rename = "aes-256")]
    Aes256,
    #[serde(rename = "fips-140-2")]
    Fips1402,
    ManagedIdentityRequired,
    SoftDeletePurgeProtection,
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    RevocationBlocksAccess,
    TransparentEncryption,
}

impl ClaimId {
    /// Every id, in vocabulary order.
    pub const ALL: [ClaimId; 23] = [
        ClaimId::EncryptsAtRest,
        ClaimId::EncryptsInTransit,
        ClaimId::DefaultPlatformKeys,
        ClaimId::SupportsCmk,
        ClaimId::CmkInKeyVault,
        ClaimId::CmkIsKek,
        ClaimId::DoubleEncryption,
        ClaimId::EncryptOnWrite,
        ClaimId::DecryptOnRead,
        ClaimId::EncryptOnRead,
        ClaimId::DecryptOnWrite,
        ClaimId::KeyOperations,
        ClaimId::RequiresNewResource,
        ClaimId::PricingTier,
        ClaimId::AccessByRequest,
        ClaimId::ApprovalTime,
        ClaimId::Aes256,
        ClaimId::Fips1402,
        ClaimId::ManagedIdentityRequired,
        ClaimId::SoftDeletePurgeProtection,
        ClaimId::Rsa2048,
        ClaimId::RevocationBlocksAccess,
        ClaimId::TransparentEncryption,
    ];

    /// The id as written in the contract, e.g. `encrypt-on-read`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimId::EncryptsAtRest => "encrypts-at-rest",
            ClaimId::EncryptsInTransit => "encrypts-in-transit",
            ClaimId::DefaultPlatformKeys => "default-platform-keys",
            ClaimId::SupportsCmk => "supports-cmk",
            ClaimId::CmkInKeyVault => "cmk-in-key-vault",
            ClaimId::CmkIsKek => "cmk-is-kek",
            ClaimId::DoubleEncryption => "double-encryption",
            ClaimId::EncryptOnWrite => "encrypt-on-write",
            ClaimId::DecryptOnRead => "decrypt-on-read",
            ClaimId::EncryptOnRead => "encrypt-on-read",
            ClaimId::DecryptOnWrite => "decrypt-on-write",
            ClaimId::KeyOperations => "key-operations",
            ClaimId::RequiresNewResource => "requires-new-resource",
            ClaimId::PricingTier => "pricing-tier",
            ClaimId::AccessByRequest => "access-by-request",
            ClaimId::ApprovalTime => "approval-time",
            ClaimId::Aes256 => "aes-256",
            ClaimId::Fips1402 => "fips-140-2",
            ClaimId::ManagedIdentityRequired => "managed-identity-required",
            ClaimId::SoftDeletePurgeProtection => "soft-delete-purge-protection",
            ClaimId::Rsa2048 => "rsa-2048",
            ClaimId::RevocationBlocksAccess => "revocation-blocks-access",
            ClaimId::TransparentEncryption => "transparent-encryption",
        }
    }

    /// Parses a contract id.
    pub fn parse(s: &str) -> Option<ClaimId> {
        ClaimId::ALL.into_iter().find(|id| id.as_str() == s)
    }
}

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a sentence states the claim or its negation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    Asserted,
    Negated,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Negated => "negated",
        }
    }
}

/// One claim found in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub id: ClaimId,
    pub polarity: Polarity,
    /// Normalised value for the ids that carry one (`E0`, `basic,standard`, `3-5d`,
    /// `create,disable,revoke,rotate`), else `None`.
    pub value: Option<String>,
    /// 1-based line in the file as stored.
    pub line: u32,
    /// The sentence the claim came from.
    pub text: String,
    /// Index of the segment in `Document::segments`.
    #[serde(skip)]
    pub segment: usize,
    /// Stated in a section about encryption done outside the service (client-side
    /// encryption, rules.toml `outside`): what the client library does, not the service.
    /// The cross-locale checks compare it (a translation that drops it has drifted all
    /// the same), the model judges none of it, and the lists of the page's claims leave
    /// it out.
    #[serde(skip)]
    pub outside: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_serde_and_as_str() {
        for id in ClaimId::ALL {
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.as_str()));
            assert_eq!(ClaimId::parse(id.as_str()), Some(id));
        }
    }
}
