//! Property tests over the parsing entry points (stable-toolchain stand-in for
//! `cargo fuzz`, which needs nightly): front matter, Markdown segments, alignment and
//! claim extraction never panic, keep lines within the file, sort segments by line and
//! are deterministic; and the whole pipeline, with every output format, on locale-root
//! trees whose front matter holds hostile values. `PROPTEST_CASES=N` sets the number of
//! cases (default 256).

use concord::align;
use concord::claims::Extractor;
use concord::discover::source_file;
use concord::locale::Locale;
use concord::parse::{front_matter, invariants, markdown, Document, FrontMatter};
use concord::report::invariants::{self as run_invariants, Page, KEYS, LOCALES};
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

/// A front matter value as written in the YAML: non-ASCII, empty, very long (100 kB),
/// YAML-typed (number, list, map, null, bool), a date in and out of shape, or arbitrary.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => Just(String::new()),
        8 => Just("abcdefgé€é€é".to_string()),
        1 => Just("é€".repeat(20_000)),
        1 => Just("x".repeat(100_000)),
        8 => Just("12345".to_string()),
        8 => Just("-1.5e300".to_string()),
        8 => Just("[1, 2]".to_string()),
        8 => Just("[]".to_string()),
        8 => Just("{a: 1, b: [x]}".to_string()),
        8 => Just("\n  - a\n  - b".to_string()),
        8 => Just("\n  a: 1".to_string()),
        8 => Just("~".to_string()),
        8 => Just("null".to_string()),
        8 => Just("true".to_string()),
        8 => Just("\"quoted é\"".to_string()),
        8 => Just("'it''s'".to_string()),
        8 => Just("02/24/2020".to_string()),
        8 => Just("2021-07-28".to_string()),
        8 => Just("99/99/99999".to_string()),
        8 => Just("fr-FR".to_string()),
        8 => Just("iot-dps".to_string()),
        8 => Just("d22a01bab81fc330484e7715a65c89a1cfd7802c".to_string()),
        8 => "\\PC{0,12}",
        8 => "[ -~]{0,12}",
    ]
}

/// One page: a value (or none) for each of [`KEYS`], and a body.
fn page_parts() -> impl Strategy<Value = (Vec<Option<String>>, String)> {
    (
        prop::collection::vec(prop::option::of(value()), KEYS.len()),
        markdownish(),
    )
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

    #[test]
    fn the_whole_pipeline_and_every_format_on_hostile_trees(
        locales in prop::sample::subsequence(LOCALES, 1..=LOCALES.len()),
        parts in prop::collection::vec(page_parts(), LOCALES.len()),
    ) {
        let pages: Vec<Page> = locales
            .iter()
            .zip(parts)
            .map(|(&locale, (values, body))| Page {
                locale,
                front: KEYS
                    .iter()
                    .zip(values)
                    .filter_map(|(&k, v)| Some((k, v?)))
                    .collect(),
                body: body.into_bytes(),
            })
            .collect();
        let tmp = tempfile::tempdir().unwrap();
        run_invariants::write(tmp.path(), &pages).unwrap();
        if let Err(e) = run_invariants::whole_run(tmp.path(), pages.len()) {
            prop_assert!(false, "{e}\n{pages:#?}");
        }
    }
}
