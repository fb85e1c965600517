//! Typed claim values: what the extractor's normalised value strings mean, so the model
//! compares meanings (sets, day ranges) rather than spellings.

use crate::claims::ClaimId;
use std::collections::BTreeSet;
use std::fmt;

/// A set of pricing tiers (`E0`, `basic,standard`), compared case-insensitively and in
/// any order; shown as first written.
#[derive(Clone, Debug)]
pub struct Tiers {
    key: BTreeSet<String>,
    shown: Vec<String>,
}

impl Tiers {
    /// Parses a comma list; `None` when it names no tier.
    pub fn parse(value: &str) -> Option<Tiers> {
        Tiers::of(&value.split(',').collect::<Vec<_>>())
    }

    /// The tiers named in a list; `None` when it names none.
    pub fn of(names: &[&str]) -> Option<Tiers> {
        let mut shown: Vec<String> = names
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(Into::into)
            .collect();
        shown.sort_by_key(|t| t.to_ascii_lowercase());
        shown.dedup_by_key(|t| t.to_ascii_lowercase());
        let key: BTreeSet<String> = shown.iter().map(|t| t.to_ascii_lowercase()).collect();
        (!key.is_empty()).then_some(Tiers { key, shown })
    }

    /// The normalised form: lower case, sorted, comma-separated.
    pub fn normalised(&self) -> String {
        self.key
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl PartialEq for Tiers {
    fn eq(&self, other: &Tiers) -> bool {
        self.key == other.key
    }
}

impl Eq for Tiers {}

impl fmt::Display for Tiers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown.join(","))
    }
}

/// A duration in days, `3-5d` (a range) or `5d`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub min: u32,
    pub max: u32,
}

impl DayRange {
    /// Parses `3-5d`, `3 - 5 d` or `5d`; `None` for anything else.
    pub fn parse(value: &str) -> Option<DayRange> {
        let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
        let body = compact.to_ascii_lowercase();
        let body = body.strip_suffix('d')?;
        let (min, max) = match body.split_once('-') {
            Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
            None => {
                let n = body.parse().ok()?;
                (n, n)
            }
        };
        (min <= max).then_some(DayRange { min, max })
    }
}

impl fmt::Display for DayRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min == self.max {
            write!(f, "{}d", self.min)
        } else {
            write!(f, "{}-{}d", self.min, self.max)
        }
    }
}

/// One operation the customer controls on their key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyOperation {
    Create,
    Disable,
    Revoke,
    Rotate,
}

impl KeyOperation {
    pub const ALL: [KeyOperation; 4] = [
        KeyOperation::Create,
        KeyOperation::Disable,
        KeyOperation::Revoke,
        KeyOperation::Rotate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            KeyOperation::Create => "create",
            KeyOperation::Disable => "disable",
            KeyOperation::Revoke => "revoke",
            KeyOperation::Rotate => "rotate",
        }
    }
}

/// What the key operations act on: the keys themselves, or the access controls on them
/// (the English pages say "create, rotate, disable, and revoke access controls").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyObject {
    Keys,
    AccessControls,
}

/// The `key-operations` value: `create,disable,revoke,rotate[:access-controls]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyOperations {
    pub ops: BTreeSet<KeyOperation>,
    pub object: KeyObject,
}

impl KeyOperations {
    /// Parses the normalised value; `None` when an operation or object is not in the
    /// vocabulary.
    pub fn parse(value: &str) -> Option<KeyOperations> {
        let (list, object) = match value.trim().split_once(':') {
            Some((list, "access-controls")) => (list, KeyObject::AccessControls),
            Some(_) => return None,
            None => (value.trim(), KeyObject::Keys),
        };
        let mut ops = BTreeSet::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            ops.insert(
                KeyOperation::ALL
                    .into_iter()
                    .find(|op| op.as_str().eq_ignore_ascii_case(name))?,
            );
        }
        (!ops.is_empty()).then_some(KeyOperations { ops, object })
    }

    /// The operations, sorted and comma-separated (the object left out).
    pub fn ops_list(&self) -> String {
        self.ops
            .iter()
            .map(|op| op.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The value in its normal form: the sorted operations, then `:access-controls` when
    /// they act on the access controls rather than on the keys.
    pub fn normalised(&self) -> String {
        match self.object {
            KeyObject::Keys => self.ops_list(),
            KeyObject::AccessControls => format!("{}:access-controls", self.ops_list()),
        }
    }
}

/// The meaning of a claim value, normalised so that two values compare equal exactly when
/// they tell the reader the same thing: tiers as a lower-case sorted set, durations as
/// `min-maxd`, key operations as their sorted operations and what they act on. The model
/// accepts the operations on keys and on access controls alike, but a translation that
/// moves them from the keys to the access controls tells its readers something else than
/// its source (a drift CC302 reports). Values that do not parse are trimmed and
/// lower-cased.
pub fn meaning(id: ClaimId, value: &str) -> String {
    let parsed = match id {
        ClaimId::PricingTier => Tiers::parse(value).map(|t| t.normalised()),
        ClaimId::ApprovalTime => DayRange::parse(value).map(|d| d.to_string()),
        ClaimId::KeyOperations => KeyOperations::parse(value).map(|k| k.normalised()),
        _ => None,
    };
    parsed.unwrap_or_else(|| value.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_compare_as_sets_ignoring_case() {
        assert_eq!(
            Tiers::parse("Standard, basic"),
            Tiers::parse("basic,standard")
        );
        assert_eq!(Tiers::parse("e0"), Tiers::of(&["E0"]));
        assert_eq!(
            Tiers::parse("standard,Basic").unwrap().to_string(),
            "Basic,standard"
        );
        assert_ne!(Tiers::parse("basic"), Tiers::parse("basic,standard"));
        assert_eq!(Tiers::parse(" , "), None);
    }

    #[test]
    fn day_ranges_parse_and_print() {
        assert_eq!(DayRange::parse("3-5d"), Some(DayRange { min: 3, max: 5 }));
        assert_eq!(
            DayRange::parse("3 - 5 D"),
            Some(DayRange { min: 3, max: 5 })
        );
        assert_eq!(
            DayRange::parse("7d").map(|d| d.to_string()),
            Some("7d".into())
        );
        assert_eq!(DayRange::parse("5-3d"), None);
        assert_eq!(DayRange::parse("soon"), None);
    }

    #[test]
    fn key_operations_parse_with_their_object() {
        let k = KeyOperations::parse("rotate,create,disable,revoke:access-controls").unwrap();
        assert_eq!(k.ops_list(), "create,disable,revoke,rotate");
        assert_eq!(k.object, KeyObject::AccessControls);
        assert_eq!(
            KeyOperations::parse("create,rotate").unwrap().object,
            KeyObject::Keys
        );
        assert_eq!(KeyOperations::parse("create,export"), None);
        assert_eq!(KeyOperations::parse("create:secrets"), None);
    }

    #[test]
    fn meaning_ignores_case_and_order_but_not_the_key_object() {
        assert_eq!(
            meaning(ClaimId::PricingTier, "Standard,Basic"),
            meaning(ClaimId::PricingTier, "basic,standard")
        );
        assert_ne!(
            meaning(
                ClaimId::KeyOperations,
                "create,disable,revoke,rotate:access-controls"
            ),
            meaning(ClaimId::KeyOperations, "create,disable,revoke,rotate")
        );
        assert_eq!(
            meaning(
                ClaimId::KeyOperations,
                "rotate,create,revoke,disable:access-controls"
            ),
            "create,disable,revoke,rotate:access-controls"
        );
        assert_ne!(
            meaning(ClaimId::KeyOperations, "create,rotate"),
            meaning(ClaimId::KeyOperations, "create,disable,revoke,rotate")
        );
        assert_eq!(meaning(ClaimId::ApprovalTime, "3-5d"), "3-5d");
    }
}
