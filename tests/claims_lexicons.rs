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

/// Unspaced scripts are matched with their white space dropped, but some of it parts
/// words: between two Hangul syllables (Korean is written with spaces between its words),
/// unless a light verb follows (하다, 되다: "암호화 된"), and between two Latin letters or
/// digits. A phrase written without a space there does not match across it, and a phrase
/// that opens with a Latin letter does not start inside a Latin word. Near misses: the
/// same words written together, or a phrase written with the space.
#[test]
fn unspaced_phrases_keep_to_the_words_of_spaced_text() {
    use concord::claims::lexicon;
    use concord::locale::Locale;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let names = |locale: &str, text: &str| -> Vec<String> {
        let lex = ex.lexicon_for(&Locale::parse(locale).unwrap()).unwrap();
        let matching = lexicon::matching_text(lex, text);
        lexicon::hits(lex, &matching)
            .iter()
            .map(|h| ex.concept_names()[h.concept].clone())
            .collect()
    };
    let cases: &[(&str, &str, &str, bool)] = &[
        // "made with the script", not "only with"
        (
            "ko-kr",
            "이 스크립트는 스크립트로 만든 테스트 스냅숏을 삭제합니다.",
            "only",
            false,
        ),
        (
            "ko-kr",
            "데이터는 고객 관리형 키로만 암호화됩니다.",
            "only",
            true,
        ),
        // "supports for Azure", not "revoke"
        (
            "ko-kr",
            "다른 공급업체가 Azure에 대해 지원하는 기능입니다.",
            "op.revoke",
            false,
        ),
        (
            "ko-kr",
            "키에 대한 액세스를 해지하면 데이터를 읽을 수 없습니다.",
            "op.revoke",
            true,
        ),
        // "the authentication service", not "certificate"
        (
            "ko-kr",
            "Key Vault는 인증 서비스에서 토큰을 받습니다.",
            "secret",
            false,
        ),
        ("ko-kr", "인증서를 업로드합니다.", "secret", true),
        // a light verb written apart from its noun is still the noun's
        (
            "ko-kr",
            "클라우드에서 암호화 된 통신으로 데이터를 보호합니다.",
            "encrypted-channel",
            true,
        ),
        (
            "ko-kr",
            "클라우드에서 암호화된 통신으로 데이터를 보호합니다.",
            "encrypted-channel",
            true,
        ),
        // compound nouns may be written spaced
        (
            "ko-kr",
            "응용 프로그램 메타 데이터가 없습니다.",
            "subset",
            true,
        ),
        (
            "ko-kr",
            "포트의 값을 기본 값에서 변경합니다.",
            "default",
            true,
        ),
        // "TLS 1.2" holds no tier S1; the tier named alone is one
        ("zh-cn", "流量使用 TLS 1.2 加密。", "tier.S1", false),
        ("zh-cn", "S1 定价层支持此功能。", "tier.S1", true),
        // a cmdlet's name holds no key vault; the store named is one
        (
            "ja-jp",
            "Add-AzSqlServerKeyVaultKey を使用してキーを追加します。",
            "key-vault",
            false,
        ),
        (
            "ja-jp",
            "キーは Azure Key Vault に格納されます。",
            "key-vault",
            true,
        ),
        ("ko-kr", "CmkErrorKeyVaultNotFound", "key-vault", false),
        // DTLS is TLS for datagrams
        (
            "ko-kr",
            "가상 머신 사이에 DTLS 터널을 만듭니다.",
            "in-transit",
            true,
        ),
        (
            "en-us",
            "It creates a DTLS tunnel between the virtual machines.",
            "in-transit",
            true,
        ),
    ];
    let mut failures = Vec::new();
    for &(locale, text, concept, expected) in cases {
        let found = names(locale, text);
        if found.iter().any(|n| n == concept) != expected {
            failures.push(format!(
                "{locale}: {text:?}: {concept} expected {expected}, found {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The kind of a managed identity, as each language writes it beside the identity's
/// name (see the `identity-kind` rule of managed-identity-required), and the verbs of
/// using (`use`), which are no noun of a user (pt-pt "utilizador", sv "användartilldelad",
/// tr "kullanıcı").
#[test]
fn identity_kinds_and_verbs_of_using_are_found_in_every_locale() {
    use concord::claims::lexicon;
    use concord::locale::Locale;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let found = |locale: &str, text: &str, concept: &str| -> bool {
        let lex = ex.lexicon_for(&Locale::parse(locale).unwrap()).unwrap();
        let matching = lexicon::matching_text(lex, text);
        lexicon::hits(lex, &matching)
            .iter()
            .any(|h| ex.concept_names()[h.concept] == concept)
    };
    let kinds: &[(&str, &str, &str)] = &[
        (
            "en-us",
            "a system-assigned managed identity",
            "a user-assigned managed identity",
        ),
        (
            "de-de",
            "eine systemseitig zugewiesene verwaltete Identität",
            "eine vom Benutzer zugewiesene verwaltete Identität",
        ),
        (
            "fr-fr",
            "une identité managée affectée par le système",
            "une identité managée attribuée par l’utilisateur",
        ),
        (
            "es-es",
            "una identidad administrada asignada por el sistema",
            "una identidad administrada asignada por el usuario",
        ),
        (
            "it-it",
            "un'identità gestita assegnata dal sistema",
            "un'identità gestita assegnata dall'utente",
        ),
        (
            "pt-br",
            "uma identidade gerenciada atribuída pelo sistema",
            "uma identidade gerenciada atribuída pelo usuário",
        ),
        (
            "pt-pt",
            "uma identidade gerida atribuída pelo sistema",
            "uma identidade gerida atribuída pelo utilizador",
        ),
        (
            "nl-nl",
            "een door het systeem toegewezen beheerde identiteit",
            "een door de gebruiker toegewezen beheerde identiteit",
        ),
        (
            "sv-se",
            "en systemtilldelad hanterad identitet",
            "en användartilldelad hanterad identitet",
        ),
        (
            "cs-cz",
            "spravovaná identita přiřazená systémem",
            "spravovaná identita přiřazená uživatelem",
        ),
        (
            "pl-pl",
            "tożsamość zarządzana przypisana przez system",
            "tożsamość zarządzana przypisana przez użytkownika",
        ),
        (
            "ru-ru",
            "управляемое удостоверение, назначаемое системой",
            "управляемое удостоверение, назначаемое пользователем",
        ),
        (
            "hu-hu",
            "rendszer által hozzárendelt felügyelt identitás",
            "felhasználó által hozzárendelt felügyelt identitás",
        ),
        (
            "tr-tr",
            "sistem tarafından atanan yönetilen kimlik",
            "kullanıcı tarafından atanan yönetilen kimlik",
        ),
        (
            "ja-jp",
            "システム割り当てマネージド ID",
            "ユーザー割り当てマネージド ID",
        ),
        ("ko-kr", "시스템 할당 관리 ID", "사용자 할당 관리 ID"),
        ("zh-cn", "系统分配的托管标识", "用户分配的托管标识"),
        ("zh-tw", "系統指派的受控識別", "使用者指派的受控識別"),
    ];
    let mut failures = Vec::new();
    for &(locale, system, user) in kinds {
        for text in [system, user] {
            if !found(locale, text, "identity-kind") {
                failures.push(format!("{locale}: {text:?}: no identity-kind"));
            }
        }
        // a user is no use
        if found(locale, user, "use") {
            failures.push(format!("{locale}: {user:?}: the user read as use"));
        }
    }
    for (locale, text) in [
        ("pt-pt", "O serviço não utiliza uma identidade gerida."),
        ("es-es", "Las claves se usan para cifrar."),
        ("it-it", "La chiave viene utilizzata dal servizio."),
        ("sv-se", "Tjänsten använder ingen hanterad identitet."),
        ("tr-tr", "Hizmet yönetilen kimlik kullanmaz."),
        ("zh-tw", "服務不使用受控識別。"),
    ] {
        if !found(locale, text, "use") {
            failures.push(format!("{locale}: {text:?}: no use"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A restore, which narrows a denial of the platform's keys ("restoring to a server that
/// uses service-managed keys isn't supported"), in every locale.
#[test]
fn a_restore_is_found_in_every_locale() {
    use concord::claims::lexicon;
    use concord::locale::Locale;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = [
        ("en-us", "Restoring a server"),
        ("de-de", "Die Wiederherstellung eines Servers"),
        ("fr-fr", "La restauration d’un serveur"),
        ("es-es", "La restauración de un servidor"),
        ("it-it", "Il ripristino di un server"),
        ("pt-br", "A restauração de um servidor"),
        ("pt-pt", "O restauro de um servidor"),
        ("nl-nl", "Het herstellen van een server"),
        ("sv-se", "Återställning av en server"),
        ("cs-cz", "Obnovení serveru"),
        ("pl-pl", "Przywracanie serwera"),
        ("ru-ru", "Восстановление сервера"),
        ("hu-hu", "Egy kiszolgáló visszaállítása"),
        ("tr-tr", "Bir sunucuyu geri yükleme"),
        ("ja-jp", "サーバーの復元"),
        ("ko-kr", "서버 복원"),
        ("zh-cn", "还原服务器"),
        ("zh-tw", "還原伺服器"),
    ];
    let mut failures = Vec::new();
    for (locale, text) in cases {
        let lex = ex.lexicon_for(&Locale::parse(locale).unwrap()).unwrap();
        let matching = lexicon::matching_text(lex, text);
        if !lexicon::hits(lex, &matching)
            .iter()
            .any(|h| ex.concept_names()[h.concept] == "restore")
        {
            failures.push(format!("{locale}: {text:?}: no restore"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
