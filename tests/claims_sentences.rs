//! Per-locale behaviour on sentences written for these tests (not taken from any page):
//! asserted, negated, inverted direction, and claims with values, in all 18 locales.
//! Expectations: `id` asserted, `id!` negated, `id=value`, `-id` must be absent.

use concord::claims::{Extractor, Polarity};
use concord::locale::Locale;
use std::collections::BTreeMap;

#[rustfmt::skip]
const CASES: &[(&str, &str, &[&str])] = &[
    ("en-us", "The service encrypts data at rest and in transit.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("en-us", "This service does not support customer-managed keys.", &["supports-cmk!"]),
    ("en-us", "Data is decrypted when it is written and encrypted when read.", &["decrypt-on-write", "encrypt-on-read", "-encrypt-on-write"]),
    ("en-us", "Data is encrypted as it is written to disk and decrypted when you access it.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("en-us", "You can create, rotate, disable, and revoke keys.", &["key-operations=create,disable,revoke,rotate"]),
    ("en-us", "Approval takes 2-4 business days; CMK is only available on the S0 pricing tier.", &["approval-time=2-4d"]),
    ("en-us", "CMK is only available on the S0 pricing tier.", &["pricing-tier=S0", "supports-cmk"]),
    ("en-us", "Encryption is managed by you.", &["transparent-encryption!"]),
    ("en-us", "Your keys are stored in Azure Key Vault and wrapped with a key encryption key.", &["cmk-in-key-vault", "cmk-is-kek"]),
    ("en-us", "Encryption keys are created with the service.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("en-us", "It is not possible to enable customer-managed keys at the time the account is created.", &["-supports-cmk!", "-supports-cmk"]),
    ("en-us", "Customer-managed keys are not supported before the hub is upgraded.", &["-supports-cmk!"]),
    ("fr-fr", "Il n’est pas possible d’activer les clés gérées par le client au moment de la création du compte.", &["-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel können nicht aktiviert werden, bevor das Konto erstellt ist.", &["-supports-cmk!"]),
    ("zh-cn", "创建资源之前无法启用客户管理的密钥。", &["-supports-cmk!"]),
    ("ja-jp", "リソースを作成する前に、カスタマー マネージド キーを有効にすることはできません。", &["-supports-cmk!"]),
    ("fr-fr", "Le service chiffre les données au repos et en transit.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("fr-fr", "Ce service ne prend pas en charge les clés gérées par le client.", &["supports-cmk!"]),
    ("fr-fr", "Les données sont déchiffrées lors de leur écriture et chiffrées lors de leur lecture.", &["decrypt-on-write", "encrypt-on-read"]),
    ("fr-fr", "Vous pouvez créer, faire pivoter, désactiver et révoquer des contrôles d’accès.", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("fr-fr", "Cette fonctionnalité nécessite la création d’un nouveau hub au niveau standard.", &["requires-new-resource", "pricing-tier=standard"]),
    ("es-es", "Los datos se cifran al guardarlos y se descifran al acceder a ellos.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "El servicio no admite claves administradas por el cliente.", &["supports-cmk!"]),
    ("es-es", "La aprobación tarda de 2 a 4 días hábiles.", &["approval-time=2-4d"]),
    ("es-es", "Las claves se almacenan en un almacén de claves de Azure.", &["cmk-in-key-vault"]),
    ("de-de", "Daten werden beim Speichern verschlüsselt und beim Lesen entschlüsselt.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("de-de", "Der Dienst unterstützt keine kundenseitig verwalteten Schlüssel.", &["supports-cmk!"]),
    ("de-de", "Ein Schlüsselverschlüsselungsschlüssel schützt den Datenschlüssel.", &["cmk-is-kek"]),
    ("de-de", "Standardmäßig werden von Microsoft verwaltete Schlüssel verwendet.", &["default-platform-keys", "-pricing-tier"]),
    ("it-it", "Il servizio crittografa i dati inattivi e in transito.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("it-it", "Il servizio non supporta le chiavi gestite dal cliente.", &["supports-cmk!"]),
    ("it-it", "I dati vengono decrittografati quando vengono scritti e crittografati in lettura.", &["decrypt-on-write", "encrypt-on-read"]),
    ("it-it", "Sono necessari da 3 a 5 giorni lavorativi.", &["approval-time=3-5d"]),
    ("pt-br", "Os dados são criptografados quando gravados e descriptografados quando você os acessa.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "O serviço não dá suporte a chaves gerenciadas pelo cliente.", &["supports-cmk!"]),
    ("pt-br", "Esse recurso requer a criação de um novo hub na camada básica.", &["requires-new-resource", "pricing-tier=basic"]),
    ("pt-pt", "Os dados são encriptados quando escritos e desencriptados ao aceder.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-pt", "O serviço não suporta chaves geridas pelo cliente.", &["supports-cmk!"]),
    ("pt-pt", "Pode criar, rodar, desativar e revogar chaves.", &["key-operations=create,disable,revoke,rotate"]),
    ("nl-nl", "Gegevens worden versleuteld wanneer ze worden opgeslagen en ontsleuteld bij het lezen.", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "De service ondersteunt geen door de klant beheerde sleutels.", &["supports-cmk!"]),
    ("nl-nl", "Versleuteling van data-at-rest is standaard ingeschakeld.", &["encrypts-at-rest"]),
    ("sv-se", "Data krypteras när de sparas och dekrypteras vid läsning.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Tjänsten stöder inte kundhanterade nycklar.", &["supports-cmk!"]),
    ("sv-se", "Du kan skapa, rotera, inaktivera och återkalla nycklar.", &["key-operations=create,disable,revoke,rotate"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisu i odszyfrowywane podczas odczytu.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pl-pl", "Usługa nie obsługuje kluczy zarządzanych przez klienta.", &["supports-cmk!"]),
    ("pl-pl", "Szyfrowanie i dostęp są zarządzane przez Ciebie.", &["transparent-encryption!"]),
    ("cs-cz", "Data jsou šifrována při zápisu a dešifrována při čtení.", &["encrypt-on-write", "decrypt-on-read"]),
    ("cs-cz", "Služba nepodporuje klíče spravované zákazníkem.", &["supports-cmk!"]),
    ("cs-cz", "Tato funkce vyžaduje vytvoření nového centra na úrovni Standard.", &["requires-new-resource", "pricing-tier=standard"]),
    ("hu-hu", "Az adatok titkosítása íráskor, visszafejtése olvasáskor történik.", &["encrypt-on-write", "decrypt-on-read"]),
    ("hu-hu", "A szolgáltatás nem támogatja az ügyfél által kezelt kulcsokat.", &["supports-cmk!"]),
    ("hu-hu", "Az inaktív adatok titkosítása automatikus.", &["encrypts-at-rest"]),
    ("tr-tr", "Veriler yazılırken şifrelenir ve okunurken şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read"]),
    ("tr-tr", "Hizmet müşteri tarafından yönetilen anahtarları desteklemez.", &["supports-cmk!"]),
    ("tr-tr", "Bu özellik için yeni bir hub oluşturmanız gerekir.", &["requires-new-resource"]),
    ("ru-ru", "Данные шифруются при записи и расшифровываются при чтении.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "Служба не поддерживает ключи, управляемые клиентом.", &["supports-cmk!"]),
    ("ru-ru", "Данные расшифровываются при записи и шифруются при чтении.", &["decrypt-on-write", "encrypt-on-read"]),
    ("ja-jp", "データは書き込み時に暗号化され、読み取り時に復号されます。", &["encrypt-on-write", "decrypt-on-read"]),
    ("ja-jp", "このサービスはカスタマー マネージド キーをサポートしていません。", &["supports-cmk!"]),
    ("ja-jp", "承認まで 3～5 営業日かかります。", &["approval-time=3-5d"]),
    ("ja-jp", "暗号化と暗号化解除は透過的です。", &["transparent-encryption", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 저장될 때 암호화되고 읽을 때 복호화됩니다.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ko-kr", "이 서비스는 고객 관리형 키를 지원하지 않습니다.", &["supports-cmk!"]),
    ("ko-kr", "FIPS 140-2 규격의 256비트 AES 암호화를 사용합니다.", &["fips-140-2", "aes-256"]),
    ("zh-cn", "数据在写入时加密，在读取时解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-cn", "此服务不支持客户管理的密钥。", &["supports-cmk!"]),
    ("zh-cn", "你可以创建、轮换、禁用和撤销访问控制。", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("zh-cn", "此功能需要创建新的 IoT 中心（基本层或标准层）。", &["requires-new-resource", "pricing-tier=basic,standard"]),
    ("zh-tw", "資料在寫入時加密，在讀取時解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-tw", "此服務不支援客戶管理的金鑰。", &["supports-cmk!"]),
    ("zh-tw", "客戶管理的金鑰會儲存在 Azure Key Vault 中。", &["cmk-in-key-vault"]),
];

#[test]
fn sentences_give_the_expected_claims_in_every_locale() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let mut failures = Vec::new();
    for (locale, sentence, expected) in CASES {
        let lex = ex.lexicon_for(&Locale::parse(locale).unwrap()).unwrap();
        let got: Vec<String> = ex
            .sentence_claims(lex, sentence)
            .into_iter()
            .map(|(id, pol, value)| {
                let neg = if pol == Polarity::Negated { "!" } else { "" };
                match value {
                    Some(v) => format!("{id}{neg}={v}"),
                    None => format!("{id}{neg}"),
                }
            })
            .collect();
        for e in *expected {
            let ok = match e.strip_prefix('-') {
                Some(absent) => !got
                    .iter()
                    .any(|g| g.trim_end_matches('!').split('=').next() == Some(absent)),
                None => got.iter().any(|g| g == e),
            };
            if !ok {
                failures.push(format!("{locale}: {sentence:?}: expected {e}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_locale_has_sentence_cases() {
    for l in concord::claims::locales() {
        assert!(
            CASES.iter().filter(|c| c.0 == l).count() >= 3,
            "{l}: fewer than three cases"
        );
    }
}

#[test]
fn unknown_languages_get_no_lexicon_and_regional_variants_fall_back() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    assert!(ex.lexicon_for(&Locale::parse("xx-yy").unwrap()).is_none());
    assert_eq!(
        ex.lexicon_for(&Locale::parse("es-mx").unwrap())
            .unwrap()
            .locale,
        "es-es"
    );
    assert_eq!(
        ex.lexicon_for(&Locale::parse("zh-hk").unwrap())
            .unwrap()
            .locale,
        "zh-tw"
    );
    assert_eq!(
        ex.lexicon_for(&Locale::parse("pt-pt").unwrap())
            .unwrap()
            .locale,
        "pt-pt"
    );
}
