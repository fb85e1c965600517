//! Shared helpers of the fuzz targets: documents built like `tests/properties.rs` builds
//! them, and the invariants that test asserts (lines within the file, segments sorted by
//! line, deterministic). A broken invariant panics, which libFuzzer reports as a crash.

use concord::claims::Extractor;
use concord::discover::source_file;
use concord::locale::Locale;
use concord::parse::Document;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Tags that reach a lexicon by fallback (`also`, same language) or have none at all.
pub const OTHER_TAGS: &[&str] = &["zh-hk", "es-mx", "de-at", "fr-ca", "xx-yy", "ar-sa"];

/// Locales the targets pick from: the built-in lexicons first (`concord::claims::locales`,
/// the one list), then [`OTHER_TAGS`].
pub fn locales() -> Vec<&'static str> {
    let mut tags = concord::claims::locales();
    tags.extend(OTHER_TAGS);
    tags
}

pub fn en() -> Locale {
    Locale::parse("en-us").unwrap()
}

/// The claim extractor with the built-in lexicons, built once per process.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(&Default::default()).expect("built-in lexicons"))
}

/// A document parsed from `bytes` as `{locale}/articles/{name}`.
pub fn doc(locale: &str, name: &str, bytes: &[u8]) -> Document {
    let rel = format!("{locale}/articles/{name}");
    Document::parse(
        source_file(Arc::new(PathBuf::new()), PathBuf::from(&rel), rel),
        bytes,
        &en(),
    )
}

pub use concord::parse::invariants::line_count;

/// The invariants of a parsed document (`bytes` is what it was parsed from).
pub fn check_document(d: &Document, bytes: &[u8]) {
    if let Err(e) = concord::parse::invariants::document(d, bytes) {
        panic!("{e}");
    }
}
