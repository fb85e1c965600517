//! Markdown segmenting: `Document::parse` of arbitrary bytes (invalid UTF-8, NULs,
//! lone CRs, front matter or not), and `markdown::segments` of the same text directly.
#![no_main]

use concord::parse::markdown;
use concord_fuzz::{check_document, doc, line_count};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = doc("en-us", "x.md", data);
    check_document(&d, data);
    let again = doc("en-us", "x.md", data);
    assert_eq!(d.segments, again.segments);
    assert_eq!(d.problems, again.problems);
    assert_eq!(d.front, again.front);

    // The segmenter alone, with the body starting at some later line.
    let text = String::from_utf8_lossy(data);
    let first = 1 + u32::from(data.first().copied().unwrap_or(0) % 8);
    let segs = markdown::segments(&text, first);
    let last = first + line_count(text.as_bytes()) - 1;
    assert!(
        segs.windows(2).all(|w| w[0].line <= w[1].line),
        "segments not sorted"
    );
    for s in &segs {
        assert!(
            s.line >= first && s.line <= last,
            "line {} not in {first}..={last}",
            s.line
        );
        for l in &s.links {
            assert!(
                l.line >= first && l.line <= last,
                "link line {} not in {first}..={last}",
                l.line
            );
        }
    }
});
