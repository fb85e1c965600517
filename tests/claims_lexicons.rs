//! Lexicons stay canonical and complete: every built-in lexicon parses, is sorted
//! (`[concepts]` keys and every list in byte order), NFC-normalised, and defines every
//! concept en-us defines, so every claim id English can state is reachable everywhere.

use concord::claims::extract::built_in_lexicon;
use concord::claims::{locales, ClaimId, Extractor};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

#[derive(serde::Deserialize)]
struct Raw {
    locale: String,
    #[serde(default)]
    abbreviations: Vec<String>,
    concepts: BTreeMap<String, Vec<String>>,
}

fn raw(locale: &str) -> (Raw, &'static str) {
    let text = built_in_lexicon(locale).unwrap();
    (
        toml::from_str(text).unwrap_or_else(|e| panic!("{locale}: {e}")),
        text,
    )
}

#[test]
fn every_lexicon_file_is_built_in_and_the_other_way_round() {
    // `locales()` is the one list; the folder of lexicon files must match it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/claims/lexicons");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_string))
        .collect();
    files.sort();
    assert_eq!(locales(), files);
    assert!(locales().contains(&"en-us"));
}

#[test]
fn every_lexicon_parses_and_names_its_locale() {
    for l in locales() {
        assert_eq!(raw(l).0.locale, l);
    }
    Extractor::new(&BTreeMap::new()).expect("built-in lexicons compile and are complete");
}

#[test]
fn lexicons_are_sorted_and_nfc() {
    for l in locales() {
        let (lex, text) = raw(l);
        assert_eq!(text.nfc().collect::<String>(), text, "{l}: not NFC");
        let keys: Vec<String> = text
            .lines()
            .skip_while(|line| *line != "[concepts]")
            .skip(1)
            .filter_map(|line| line.split(" = ").next())
            .filter(|k| !k.is_empty())
            .map(|k| k.trim_matches('"').to_string())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{l}: [concepts] keys not sorted");
        for (k, v) in &lex.concepts {
            let mut s = v.clone();
            s.sort();
            s.dedup();
            assert_eq!(v, &s, "{l}: `{k}` not sorted or has duplicates");
        }
        let mut a = lex.abbreviations.clone();
        a.sort();
        assert_eq!(lex.abbreviations, a, "{l}: abbreviations not sorted");
    }
}

#[test]
fn every_lexicon_covers_the_concepts_of_english() {
    let (en, _) = raw("en-us");
    for l in locales() {
        let (lex, _) = raw(l);
        for (k, v) in &en.concepts {
            let theirs = lex
                .concepts
                .get(k)
                .unwrap_or_else(|| panic!("{l}: lacks `{k}`"));
            // a language words its instead cues on one side of what they set aside:
            // before it (en "rather than", ru "вместо") or after it (ko 아닌, tr yerine);
            // ja, ko, zh and tr put relative clauses before their noun, with no pronoun;
            // ja, ko and zh coordinate nouns with particles (と, 와, 和), no clause words
            assert!(
                v.is_empty()
                    || !theirs.is_empty()
                    || k == "mask"
                    || k == "clause"
                    || k == "coordination"
                    || k == "attributive"
                    || k == "instead"
                    || k == "instead-of"
                    || k == "relative",
                "{l}: `{k}` is empty"
            );
        }
        let extra: Vec<&String> = lex
            .concepts
            .keys()
            .filter(|k| !en.concepts.contains_key(*k))
            .collect();
        assert!(extra.is_empty(), "{l}: concepts English lacks: {extra:?}");
    }
}

#[test]
fn every_creation_phrase_is_a_creation_operation_too() {
    // A phrase of `creation` ("when you create", ru "при создании") contains the verb of
    // creation, and a hit that a longer hit contains is dropped: without the same phrase
    // in `op.create`, a sentence's list of key operations would lose its "create".
    for l in locales() {
        let (lex, _) = raw(l);
        let ops = lex.concepts.get("op.create").cloned().unwrap_or_default();
        for phrase in lex.concepts.get("creation").into_iter().flatten() {
            assert!(ops.contains(phrase), "{l}: `{phrase}` is not in op.create");
        }
    }
}

#[test]
fn every_claim_id_has_a_rule() {
    let rules = concord::claims::lexicon::RULES;
    for id in ClaimId::ALL {
        assert!(
            rules.contains(&format!("claim = \"{}\"", id.as_str())),
            "no rule for {id}"
        );
    }
}

#[test]
fn overrides_replace_named_concepts_and_report_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("en.toml");
    std::fs::write(
        &good,
        "locale = \"en-us\"\nscript = \"spaced\"\n\n[concepts]\nrequest = [\"raise a ticket\"]\n",
    )
    .unwrap();
    let ex = Extractor::new(&BTreeMap::from([("en-US".to_string(), good)])).unwrap();
    let lex = ex
        .lexicon_for(&concord::locale::Locale::parse("en-us").unwrap())
        .unwrap();
    let ids = |s: &str| {
        ex.sentence_claims(lex, s)
            .into_iter()
            .map(|c| c.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids("To get customer-managed keys, raise a ticket."),
        vec![ClaimId::AccessByRequest]
    );
    assert!(ids("To get customer-managed keys, contact us.").is_empty());
    assert!(ids("To get access, raise a ticket.").is_empty());

    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "locale = \"fr-fr\"\nscript = \"spaced\"\n[concepts]\nencrypt = [\"chiffr\"\n",
    )
    .unwrap();
    let err = Extractor::new(&BTreeMap::from([("fr-fr".to_string(), bad.clone())])).unwrap_err();
    assert_eq!(err.path, bad);
    assert!(err.line >= 4, "line {}", err.line);

    let incomplete = dir.path().join("eo.toml");
    std::fs::write(
        &incomplete,
        "locale = \"eo-xx\"\nscript = \"spaced\"\n[concepts]\nencrypt = [\"ĉifr\"]\n",
    )
    .unwrap();
    let err = Extractor::new(&BTreeMap::from([("eo-xx".to_string(), incomplete)])).unwrap_err();
    assert!(
        err.to_string().contains("lacks concepts used by the rules"),
        "{err}"
    );
}
