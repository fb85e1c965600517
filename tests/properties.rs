//! Property tests over the parsing entry points (stable-toolchain stand-in for
//! `cargo fuzz`, which needs nightly): front matter, Markdown segments, alignment and
//! claim extraction never panic, keep lines within the file, sort segments by line and
//! are deterministic. `PROPTEST_CASES=N` sets the number of cases (default 256).

use concord::align;
use concord::claims::Extractor;
use concord::discover::source_file;
use concord::locale::Locale;
use concord::parse::{front_matter, invariants, markdown, Document, FrontMatter};
use proptest::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// Markdown-ish fragments, so the generator reaches the segmenter's corners quickly.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_string()),
        Just("...\n".to_string()),
        Just("title: x\n".to_string()),
        Just("ms.contentlocale: fr-fr\n".to_string()),
        Just("a: &a [x, *a]\n".to_string()),
        Just("- a\n".to_string()),
        Just("# Title {#anchor}\n".to_string()),
        Just("## <a name=\"n\"></a>Section\n".to_string()),
        Just("> [!NOTE]\n".to_string()),
        Just(">[!important] text\n".to_string()),
        Just("> ".to_string()),
        Just("[!INCLUDE [x](../x.md)]\n".to_string()),
        Just("[!include[".to_string()),
        Just("```bash\n".to_string()),
        Just("| a | b |\n|---|---|\n".to_string()),
        Just("| x |".to_string()),
        Just("* item [link](u.md)\n".to_string()),
        Just("  - nested\n".to_string()),
        Just("1. one\n".to_string()),
        Just("![alt](img.png)".to_string()),
        Just("<!-- c -->\n".to_string()),
        Just("<a name=\"x\">".to_string()),
        Just("Data is encrypted when it is read and decrypted when it is written. ".to_string()),
        Just("Les clés gérées par le client ne sont pas prises en charge. ".to_string()),
        Just("データは読み取り時に暗号化されます。".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n".to_string()),
        Just("\u{a0}\u{3000}\t".to_string()),
        Just("\u{feff}".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ]
}

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

fn en() -> Locale {
    Locale::parse("en-us").unwrap()
}

fn doc(locale: &str, bytes: &[u8]) -> Document {
    let rel = format!("{locale}/articles/x.md");
    Document::parse(
        source_file(Arc::new(PathBuf::new()), PathBuf::from(&rel), rel),
        bytes,
        &en(),
    )
}

fn check_document(bytes: &[u8]) -> Result<(), TestCaseError> {
    let d = doc("en-us", bytes);
    invariants::document(&d, bytes).map_err(TestCaseError::fail)?;
    let again = doc("en-us", bytes);
    prop_assert_eq!(&d.segments, &again.segments);
    prop_assert_eq!(&d.problems, &again.problems);
    prop_assert_eq!(&d.front, &again.front);
    let claims = Extractor::new(&Default::default()).unwrap().extract(&d);
    invariants::claims(&d, &claims, bytes).map_err(TestCaseError::fail)?;
    prop_assert_eq!(
        claims,
        Extractor::new(&Default::default()).unwrap().extract(&again)
    );
    Ok(())
}

proptest! {
    #[test]
    fn front_matter_never_panics(text in markdownish()) {
        let lines = invariants::line_count(text.as_bytes());
        match front_matter::split(&text) {
            Ok(split) => {
                prop_assert!(split.body_line >= 1 && split.body_line <= lines + 1);
                if let Some(yaml) = split.yaml {
                    if let Err(p) = FrontMatter::parse(yaml, split.yaml_line) {
                        prop_assert!(p.line >= 1 && p.line <= lines, "line {} of {lines}", p.line);
                    }
                }
            }
            Err(p) => prop_assert!(p.line >= 1 && p.line <= lines),
        }
    }

    #[test]
    fn segments_are_sorted_and_within_the_body(text in markdownish(), first in 1u32..50) {
        let segs = markdown::segments(&text, first);
        let last = first + invariants::line_count(text.as_bytes()) - 1;
        prop_assert!(segs.windows(2).all(|w| w[0].line <= w[1].line));
        for s in &segs {
            prop_assert!(s.line >= first && s.line <= last, "line {} not in {first}..={last}: {s:?}", s.line);
        }
        prop_assert_eq!(segs, markdown::segments(&text, first));
    }

    #[test]
    fn documents_from_markdownish_text(text in markdownish()) {
        check_document(text.as_bytes())?;
    }

    #[test]
    fn documents_from_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_document(&bytes)?;
    }

    #[test]
    fn alignment_places_every_section_once(texts in prop::collection::vec(markdownish(), 1..5)) {
        let locales = ["en-us", "fr-fr", "de-de", "ja-jp", "zh-cn"];
        let docs: Vec<Document> = texts.iter().zip(locales).map(|(t, l)| doc(l, t.as_bytes())).collect();
        let a = align::article("x".into(), docs.clone(), &en());
        let b = align::article("x".into(), docs, &en());
        prop_assert_eq!(&a.rows, &b.rows);
        for (d, sections) in a.sections.iter().enumerate() {
            let mut seen = vec![0; sections.len()];
            for row in &a.rows {
                prop_assert_eq!(row.cells.len(), a.docs.len());
                if let Some(i) = row.cells[d] {
                    prop_assert!(i < sections.len());
                    seen[i] += 1;
                }
            }
            prop_assert!(seen.iter().all(|&n| n == 1), "doc {d}: sections placed {seen:?}");
        }
    }
}
