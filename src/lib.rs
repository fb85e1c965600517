//! concord: keeps translated documentation telling the same truth in every locale.
//!
//! The pipeline, one stage feeding the next:
//!
//! 0. [`roots`]: the roots as given -> trees (locale folders given one by one are one tree);
//! 1. [`discover`]: walk the roots -> [`discover::SourceFile`]s with their path locale;
//! 2. [`parse`]: each file -> [`parse::Document`] (front matter + line-numbered segments);
//! 3. [`align`]: documents -> [`align::Article`]s (all locales of one page), sections aligned;
//! 4. [`claims`]: each document's own text -> [`claims::Claim`]s, with per-locale lexicons;
//! 5. [`checks`]: each article (+ claims, + [`model`]) -> [`finding::Finding`]s;
//! 6. `report` (in the binary's hands): findings -> terminal, JSON, ...
//!
//! Articles are processed one group at a time, in parallel across groups, so memory is
//! bounded by the largest article, not by the corpus.
#![deny(clippy::print_stdout, clippy::print_stderr)]
// Text from documents is sliced by characters (`text::prefix`, `str::get`), never by byte.
#![cfg_attr(not(test), deny(clippy::string_slice))]

pub mod align;
pub mod baseline;
pub mod checks;
pub mod claims;
pub mod config;
pub mod discover;
pub mod finding;
pub mod index;
pub mod locale;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod roots;
pub mod suppress;
pub mod text;

pub use pipeline::{run, ArticleOutcome, Note, Options, RunError, RunOutput, Shard};
