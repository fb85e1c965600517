//! Claim extraction: the first byte picks the locale (the built-in lexicons, then
//! tags reached by fallback or by none); the rest is parsed as a document and its claims
//! extracted, and is also handed to the sentence matcher directly as one raw sentence
//! (so text Markdown would strip reaches the lexicons too).
#![no_main]

use concord_fuzz::{check_document, doc, extractor, OTHER_TAGS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    // Mostly the built-in lexicons: 7 in 8 inputs.
    let locale = if pick & 0xE0 == 0xE0 {
        OTHER_TAGS[usize::from(pick) % OTHER_TAGS.len()]
    } else {
        let built_in = concord::claims::locales();
        built_in[usize::from(pick) % built_in.len()]
    };
    let ex = extractor();
    let d = doc(locale, "x.md", body);
    check_document(&d, body);
    let claims = ex.extract(&d);
    if let Err(e) = concord::parse::invariants::claims(&d, &claims, body) {
        panic!("{e}");
    }
    assert_eq!(claims, ex.extract(&d), "extraction not deterministic");

    if let Some(lexicon) = ex.lexicon_for(&d.locale) {
        let text = String::from_utf8_lossy(body);
        let once = ex.sentence_claims(lexicon, &text);
        assert_eq!(once, ex.sentence_claims(lexicon, &text));
    }
});
