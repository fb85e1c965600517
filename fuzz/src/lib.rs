//! Shared helpers of the fuzz targets: documents built like `tests/properties.rs` builds
//! them, and the invariants that test asserts (lines within the file, segments sorted by
//! line, deterministic). A broken invariant panics, which libFuzzer reports as a crash.

use concord::claims::Extractor;
use concord::discover::source_file;
use concord::locale::Locale;
use concord::parse::Document;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Locales the targets pick from: the 18 built-in lexicons first, then tags that reach
/// a lexicon by fallback (`also`, same language) or have none at all.
pub const LOCALES: &[&str] = &[
    "cs-cz", "de-de", "en-us", "es-es", "fr-fr", "hu-hu", "it-it", "ja-jp", "ko-kr", "nl-nl",
    "pl-pl", "pt-br", "pt-pt", "ru-ru", "sv-se", "tr-tr", "zh-cn", "zh-tw", // built in
    "zh-hk", "es-mx", "de-at", "fr-ca", "xx-yy", "ar-sa",
];

/// The number of built-in lexicons (the first entries of [`LOCALES`]).
pub const BUILT_IN: usize = 18;

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
