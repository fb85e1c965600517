//! Alignment: up to 8 documents cut from the input at 0xFF bytes (never in UTF-8, so
//! the documents themselves can still hold invalid UTF-8), each chunk's first byte
//! picking its locale (duplicates allowed), aligned as one article.
#![no_main]

use concord::align;
use concord::parse::Document;
use concord_fuzz::{check_document, doc, en, locales};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let docs: Vec<Document> = data
        .split(|&b| b == 0xFF)
        .take(8)
        .enumerate()
        .map(|(i, chunk)| {
            let (pick, body) = chunk.split_first().map_or((0, chunk), |(p, b)| (*p, b));
            let locale = {
                let tags = locales();
                tags[usize::from(pick) % tags.len()]
            };
            let d = doc(locale, &format!("x{}.md", i % 3), body);
            check_document(&d, body);
            d
        })
        .collect();
    let source = en();
    let a = align::article("x".into(), docs.clone(), &source);
    let b = align::article("x".into(), docs, &source);
    assert_eq!(a.rows, b.rows, "alignment not deterministic");
    assert_eq!(a.sections.len(), a.docs.len());
    assert!(a.docs.is_empty() || a.reference < a.docs.len());
    // Every section of every document sits in exactly one row.
    for (d, sections) in a.sections.iter().enumerate() {
        let mut seen = vec![0u32; sections.len()];
        for row in &a.rows {
            assert_eq!(row.cells.len(), a.docs.len());
            if let Some(i) = row.cells[d] {
                assert!(i < sections.len());
                seen[i] += 1;
            }
        }
        assert!(
            seen.iter().all(|&n| n == 1),
            "doc {d}: sections placed {seen:?}"
        );
    }
});
