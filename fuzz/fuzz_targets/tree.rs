//! The whole pipeline on a locale-root tree: up to 8 pages of one article, in distinct
//! locales, with arbitrary values (non-ASCII, empty, huge, YAML-typed) under every front
//! matter key concord reads and an arbitrary body (see
//! `concord::report::invariants::pages_from_bytes`), written to a temporary folder,
//! checked, and rendered in every output format. A panic in any stage, a broken report
//! invariant, or a file left uncounted is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = concord::report::invariants::fuzz_input(data) {
        panic!("{e}");
    }
});
