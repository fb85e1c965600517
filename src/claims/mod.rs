//! Stage 4: claims read from each document's own text with per-locale lexicons.

pub mod claim;
pub mod extract;
pub mod lexicon;
pub mod normalize;
pub mod prefilter;
pub mod segment;

pub use claim::{Claim, ClaimId, Polarity};
pub use extract::{locales, Extractor, LexiconError};
