//! Stage 4: claims read from each document's own text with per-locale lexicons.

pub mod claim;

pub use claim::{Claim, ClaimId, Polarity};
pub mod extract;

pub use extract::{Extractor, LexiconError};
