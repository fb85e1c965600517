//! Per-locale behaviour on sentences written for these tests (not taken from any page):
//! asserted, negated, inverted direction, and claims with values, in every locale. A case
//! is read as one paragraph: a sentence without a word of encryption or keys takes its
//! topic from the sentence before it. A negation narrowed to a tier, region, place or
//! other object ("not supported in this tier") denies nothing and gives no claim.
//! Expectations: `id` asserted, `id!` negated, `id=value`, `-id` must be absent.
//! A case is its own page: claims that only pages about customer-managed keys make
//! (revocation, RSA 2048, soft delete and purge protection, managed identity; rules.toml
//! `page`) are tested after a first sentence that names customer-managed keys.

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
    ("en-us", "CMK is only available on the S0 pricing tier; approval takes 2-4 business days.", &["approval-time=2-4d"]),
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
    ("fr-fr", "Les clés gérées par le client sont disponibles. Vous pouvez créer, faire pivoter, désactiver et révoquer des contrôles d’accès.", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("fr-fr", "Les clés gérées par le client sont disponibles. Cette fonctionnalité nécessite la création d’un nouveau hub au niveau standard.", &["requires-new-resource", "pricing-tier=standard"]),
    ("es-es", "Los datos se cifran al guardarlos y se descifran al acceder a ellos.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "El servicio no admite claves administradas por el cliente.", &["supports-cmk!"]),
    ("es-es", "Las claves administradas por el cliente requieren aprobación. La aprobación tarda de 2 a 4 días hábiles.", &["approval-time=2-4d"]),
    ("es-es", "Las claves administradas por el cliente requieren aprobación. Las claves se almacenan en un almacén de claves de Azure.", &["cmk-in-key-vault"]),
    ("de-de", "Daten werden beim Speichern verschlüsselt und beim Lesen entschlüsselt.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("de-de", "Der Dienst unterstützt keine kundenseitig verwalteten Schlüssel.", &["supports-cmk!"]),
    ("de-de", "Ein Schlüsselverschlüsselungsschlüssel schützt den Datenschlüssel.", &["cmk-is-kek"]),
    ("de-de", "Standardmäßig werden von Microsoft verwaltete Schlüssel verwendet.", &["default-platform-keys", "-pricing-tier"]),
    ("it-it", "Il servizio crittografa i dati inattivi e in transito.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("it-it", "Il servizio non supporta le chiavi gestite dal cliente.", &["supports-cmk!"]),
    ("it-it", "I dati vengono decrittografati quando vengono scritti e crittografati in lettura.", &["decrypt-on-write", "encrypt-on-read"]),
    ("it-it", "Le chiavi gestite dal cliente richiedono l'approvazione. Sono necessari da 3 a 5 giorni lavorativi.", &["approval-time=3-5d"]),
    ("pt-br", "Os dados são criptografados quando gravados e descriptografados quando você os acessa.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "O serviço não dá suporte a chaves gerenciadas pelo cliente.", &["supports-cmk!"]),
    ("pt-br", "As chaves gerenciadas pelo cliente estão disponíveis. Esse recurso requer a criação de um novo hub na camada básica.", &["requires-new-resource", "pricing-tier=basic"]),
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
    // "keys managed by Microsoft or by the customer": the customer's keys with their
    // participle left out (an ellipsis) are customer-managed keys all the same, and the
    // Microsoft-managed keys beside them say nothing of the default
    ("fr-fr", "Oui, SSE avec des clés gérées par Microsoft ou par le client est pris en charge sur le stockage Standard et Premium.", &["supports-cmk", "-default-platform-keys"]),
    ("fr-fr", "Par défaut, SSE utilise des clés gérées par Microsoft.", &["default-platform-keys"]),
    ("es-es", "Sí, SSE con claves administradas por Microsoft y por el cliente es compatible con el almacenamiento estándar y premium.", &["supports-cmk", "-default-platform-keys"]),
    ("it-it", "Sì, SSE con chiavi gestite da Microsoft o dal cliente è supportato nello storage Standard e Premium.", &["supports-cmk", "-default-platform-keys"]),
    ("pt-br", "Sim, o SSE dá suporte a chaves gerenciadas pela Microsoft ou pelo cliente no armazenamento Standard e Premium.", &["supports-cmk", "-default-platform-keys"]),
    ("pt-pt", "Sim, o SSE com chaves geridas pela Microsoft ou pelo cliente é suportado no armazenamento Standard e Premium.", &["supports-cmk", "-default-platform-keys"]),
    ("en-us", "Yes, SSE with keys managed by Microsoft or by the customer is supported on Standard and Premium storage.", &["supports-cmk", "-default-platform-keys"]),
    ("en-us", "By default, SSE uses keys managed by Microsoft.", &["default-platform-keys"]),
    // cs also writes customer-managed keys with the adverb (zákaznicky spravované klíče):
    // Microsoft-managed keys named beside them say nothing of the default
    ("cs-cz", "Služba podporuje zákaznicky spravované klíče pro šifrování dat.", &["supports-cmk"]),
    ("cs-cz", "Odpověď: Ano, SSE s klíči spravovanými Microsoftem i se zákaznicky spravovanými klíči je podporováno v úložišti úrovně Standard i Premium.", &["-default-platform-keys"]),
    ("cs-cz", "Ve výchozím nastavení používá SSE klíče spravované Microsoftem.", &["default-platform-keys"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou k dispozici. Tato funkce vyžaduje vytvoření nového centra na úrovni Standard.", &["requires-new-resource", "pricing-tier=standard"]),
    ("hu-hu", "Az adatok titkosítása íráskor, visszafejtése olvasáskor történik.", &["encrypt-on-write", "decrypt-on-read"]),
    ("hu-hu", "A szolgáltatás nem támogatja az ügyfél által kezelt kulcsokat.", &["supports-cmk!"]),
    ("hu-hu", "Az inaktív adatok titkosítása automatikus.", &["encrypts-at-rest"]),
    ("tr-tr", "Veriler yazılırken şifrelenir ve okunurken şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read"]),
    ("tr-tr", "Hizmet müşteri tarafından yönetilen anahtarları desteklemez.", &["supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar kullanılabilir. Bu özellik için yeni bir hub oluşturmanız gerekir.", &["requires-new-resource"]),
    ("ru-ru", "Данные шифруются при записи и расшифровываются при чтении.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "Служба не поддерживает ключи, управляемые клиентом.", &["supports-cmk!"]),
    ("ru-ru", "Данные расшифровываются при записи и шифруются при чтении.", &["decrypt-on-write", "encrypt-on-read"]),
    ("ja-jp", "データは書き込み時に暗号化され、読み取り時に復号されます。", &["encrypt-on-write", "decrypt-on-read"]),
    ("ja-jp", "このサービスはカスタマー マネージド キーをサポートしていません。", &["supports-cmk!"]),
    ("ja-jp", "カスタマー マネージド キーには承認が必要です。承認まで 3～5 営業日かかります。", &["approval-time=3-5d"]),
    ("ja-jp", "暗号化と暗号化解除は透過的です。", &["transparent-encryption", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 저장될 때 암호화되고 읽을 때 복호화됩니다.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ko-kr", "이 서비스는 고객 관리형 키를 지원하지 않습니다.", &["supports-cmk!"]),
    ("ko-kr", "FIPS 140-2 규격의 256비트 AES 암호화를 사용합니다.", &["fips-140-2", "aes-256"]),
    ("zh-cn", "数据在写入时加密，在读取时解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-cn", "此服务不支持客户管理的密钥。", &["supports-cmk!"]),
    ("zh-cn", "客户管理的密钥现已推出。你可以创建、轮换、禁用和撤销访问控制。", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("zh-cn", "客户管理的密钥现已推出。此功能需要创建新的 IoT 中心（基本层或标准层）。", &["requires-new-resource", "pricing-tier=basic,standard"]),
    ("zh-tw", "資料在寫入時加密，在讀取時解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-tw", "此服務不支援客戶管理的金鑰。", &["supports-cmk!"]),
    ("zh-tw", "客戶管理的金鑰會儲存在 Azure Key Vault 中。", &["cmk-in-key-vault"]),
    // Generalisation: other wordings, tenses, synonyms, inversions and near misses.
    ("en-us", "Your data is encrypted on disk by default.", &["encrypts-at-rest"]),
    ("en-us", "Data is encrypted before it's written to storage and decrypted when it's accessed.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read", "-decrypt-on-write"]),
    ("en-us", "The service decrypts the data when you read it.", &["decrypt-on-read"]),
    ("en-us", "Data is encrypted when it's read and decrypted when it's written.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    ("en-us", "Customer-managed keys aren't supported for this resource type.", &["supports-cmk!"]),
    ("en-us", "Data stored in the service is encrypted with Microsoft-managed keys by default.", &["encrypts-at-rest", "default-platform-keys"]),
    ("en-us", "Customer-managed keys. If the key is disabled, the service can no longer access your data.", &["revocation-blocks-access"]),
    ("en-us", "Encryption at rest uses 256-bit AES keys that are FIPS 140-2 compliant.", &["encrypts-at-rest", "aes-256", "fips-140-2"]),
    ("en-us", "Encryption is transparent to your applications.", &["transparent-encryption"]),
    // the service's encryption denied to be transparent is transparent-encryption negated;
    // a negation of the no-change that follows a dash is not its
    ("en-us", "Encryption and decryption aren't transparent: you must change your code to use them.", &["transparent-encryption!"]),
    ("it-it", "La crittografia non è trasparente per le applicazioni: è necessario modificare il codice.", &["transparent-encryption!"]),
    ("tr-tr", "Şifreleme ve şifre çözme saydam değildir: botunuzda değişiklik yapmanız gerekir.", &["transparent-encryption!"]),
    ("ru-ru", "Шифрование и расшифровка не являются прозрачными: необходимо изменить код.", &["transparent-encryption!"]),
    ("pl-pl", "Szyfrowanie i odszyfrowywanie są przezroczyste — nie trzeba modyfikować kodu ani aplikacji, aby z nich korzystać.", &["transparent-encryption", "-transparent-encryption!"]),
    ("en-us", "To use customer-managed keys, you must create a new IoT hub.", &["requires-new-resource", "supports-cmk"]),
    ("en-us", "You can revoke a user's role assignment at any time.", &["-key-operations", "-revocation-blocks-access", "-supports-cmk"]),
    ("en-us", "Create a new storage account in the portal.", &["-requires-new-resource"]),
    ("en-us", "You can store encryption keys and secrets in a vault.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées lorsqu’elles sont écrites sur le disque et déchiffrées quand vous les lisez.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("fr-fr", "Les données sont chiffrées à l’écriture et déchiffrées à la lecture.", &["encrypt-on-write", "decrypt-on-read"]),
    ("fr-fr", "Les données sont chiffrées à la lecture et déchiffrées à l’écriture.", &["encrypt-on-read", "decrypt-on-write"]),
    ("fr-fr", "Le chiffrement des données au repos est activé par défaut.", &["encrypts-at-rest"]),
    ("fr-fr", "Les données inactives sont chiffrées avec des clés gérées par Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("fr-fr", "Ce service ne prend en charge que les clés gérées par le client.", &["supports-cmk"]),
    ("fr-fr", "Les clés gérées par le client ne sont disponibles qu’au niveau Standard.", &["supports-cmk", "pricing-tier=standard"]),
    ("fr-fr", "Les clés gérées par le client ne sont plus prises en charge dans cette région.", &["-supports-cmk!"]),
    ("fr-fr", "Les clés gérées par le client ne peuvent être utilisées avec ce niveau.", &["-supports-cmk!"]),
    ("fr-fr", "Clés gérées par le client. Si vous révoquez la clé, les données ne sont plus accessibles.", &["revocation-blocks-access"]),
    ("fr-fr", "Vous pouvez révoquer le rôle d’un utilisateur à tout moment.", &["-key-operations", "-revocation-blocks-access"]),
    ("fr-fr", "Les nouvelles fonctionnalités sont disponibles dans le portail.", &["-requires-new-resource"]),
    ("fr-fr", "Vous pouvez stocker des clés de chiffrement dans un coffre.", &["-encrypts-at-rest"]),
    ("es-es", "Los datos se cifran cuando se escriben en el disco y se descifran cuando se leen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("es-es", "Los datos se cifran al leerlos y se descifran al escribirlos.", &["encrypt-on-read", "decrypt-on-write"]),
    ("es-es", "El cifrado de datos en reposo está habilitado de forma predeterminada.", &["encrypts-at-rest"]),
    ("es-es", "Los datos almacenados se cifran con claves administradas por Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("es-es", "Las claves administradas por el cliente no se admiten en este nivel.", &["-supports-cmk!"]),
    ("es-es", "Claves administradas por el cliente. Si revoca la clave, los datos ya no serán accesibles.", &["revocation-blocks-access"]),
    ("es-es", "Puede revocar el rol de un usuario en cualquier momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("es-es", "Las claves administradas por el cliente requieren aprobación. Para habilitar esta característica, envíe una solicitud a Microsoft.", &["access-by-request"]),
    ("es-es", "El cifrado es transparente para sus aplicaciones.", &["transparent-encryption"]),
    ("de-de", "Ruhende Daten werden automatisch verschlüsselt.", &["encrypts-at-rest"]),
    ("de-de", "Daten werden verschlüsselt, wenn sie auf den Datenträger geschrieben werden, und entschlüsselt, wenn Sie darauf zugreifen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("de-de", "Die Daten werden beim Lesen verschlüsselt und beim Schreiben entschlüsselt.", &["encrypt-on-read", "decrypt-on-write"]),
    ("de-de", "Die Verschlüsselung im Ruhezustand ist standardmäßig aktiviert.", &["encrypts-at-rest"]),
    ("de-de", "Die gespeicherten Daten werden mit AES-256 verschlüsselt.", &["encrypts-at-rest", "aes-256"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden in diesem Tarif nicht unterstützt.", &["-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie den Schlüssel widerrufen, kann der Dienst nicht mehr auf die Daten zugreifen.", &["revocation-blocks-access"]),
    ("de-de", "Sie können die Rolle eines Benutzers jederzeit widerrufen.", &["-key-operations", "-revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel fügen eine zweite Verschlüsselungsebene hinzu.", &["double-encryption"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti su disco e decrittografati quando vengono letti.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    // "è" (is) folds to "e" (and): "non è" must stay one negation, not a clause break
    ("it-it", "La crittografia con chiavi gestite dal cliente non è supportata in questa area.", &["-supports-cmk!"]),
    ("it-it", "La crittografia non è conforme a FIPS 140-2.", &["fips-140-2!"]),
    ("it-it", "Il servizio non è compatibile con le chiavi gestite dal cliente.", &["supports-cmk!"]),
    ("pt-br", "A criptografia com chaves gerenciadas pelo cliente não é suportada nesta região.", &["-supports-cmk!"]),
    ("pt-pt", "A encriptação com chaves geridas pelo cliente não é suportada nesta região.", &["-supports-cmk!"]),
    ("it-it", "I dati vengono crittografati in lettura e decrittografati in scrittura.", &["encrypt-on-read", "decrypt-on-write"]),
    ("it-it", "La crittografia dei dati inattivi è abilitata per impostazione predefinita.", &["encrypts-at-rest"]),
    ("it-it", "I dati archiviati vengono crittografati con chiavi gestite da Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("it-it", "Le chiavi gestite dal cliente non sono supportate in questo livello.", &["-supports-cmk!"]),
    ("it-it", "Chiavi gestite dal cliente. Se si revoca la chiave, i dati non saranno più accessibili.", &["revocation-blocks-access"]),
    ("it-it", "È possibile revocare il ruolo di un utente in qualsiasi momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("it-it", "I dati vengono decrittografati quando si accede ai dati.", &["decrypt-on-read"]),
    ("pt-br", "Os dados são criptografados quando são gravados no disco e descriptografados quando são lidos.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pt-br", "Os dados são criptografados na leitura e descriptografados na gravação.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pt-br", "A criptografia de dados em repouso é habilitada por padrão.", &["encrypts-at-rest"]),
    ("pt-br", "Não há suporte para chaves gerenciadas pelo cliente nesta camada.", &["-supports-cmk!"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. Se você revogar a chave, os dados não estarão mais acessíveis.", &["revocation-blocks-access"]),
    ("pt-br", "Você pode revogar a função de um usuário a qualquer momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("pt-br", "Os dados inativos são criptografados automaticamente.", &["encrypts-at-rest"]),
    ("pt-pt", "Os dados são encriptados quando são escritos no disco e desencriptados quando são lidos.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados na leitura e desencriptados na escrita.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pt-pt", "A encriptação de dados inativos está ativada por predefinição.", &["encrypts-at-rest"]),
    ("pt-pt", "As chaves geridas pelo cliente não são suportadas neste escalão.", &["-supports-cmk!"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se revogar a chave, os dados deixarão de estar acessíveis.", &["revocation-blocks-access"]),
    ("pt-pt", "Pode revogar a função de um utilizador em qualquer altura.", &["-key-operations", "-revocation-blocks-access"]),
    ("pt-pt", "A encriptação é transparente para as suas aplicações.", &["transparent-encryption"]),
    ("nl-nl", "Gegevens worden versleuteld wanneer ze naar schijf worden geschreven en ontsleuteld wanneer ze worden gelezen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("nl-nl", "Gegevens worden versleuteld bij het lezen en ontsleuteld bij het schrijven.", &["encrypt-on-read", "decrypt-on-write"]),
    ("nl-nl", "Gegevens in rust worden automatisch versleuteld.", &["encrypts-at-rest"]),
    ("nl-nl", "Door de klant beheerde sleutels worden niet ondersteund in deze laag.", &["-supports-cmk!"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel intrekt, zijn de gegevens niet meer toegankelijk.", &["revocation-blocks-access"]),
    ("nl-nl", "U kunt de rol van een gebruiker op elk moment intrekken.", &["-key-operations", "-revocation-blocks-access"]),
    ("nl-nl", "Opgeslagen gegevens worden versleuteld met door Microsoft beheerde sleutels.", &["encrypts-at-rest", "default-platform-keys"]),
    ("sv-se", "Data krypteras när de skrivs till disk och dekrypteras när de läses.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("sv-se", "Data krypteras vid läsning och dekrypteras vid skrivning.", &["encrypt-on-read", "decrypt-on-write"]),
    ("sv-se", "Kryptering av vilande data är aktiverat som standard.", &["encrypts-at-rest"]),
    ("sv-se", "Kundhanterade nycklar stöds inte på den här nivån.", &["-supports-cmk!"]),
    ("sv-se", "Kundhanterade nycklar. Om du återkallar nyckeln kan tjänsten inte längre komma åt data.", &["revocation-blocks-access"]),
    ("sv-se", "Du kan återkalla en användares roll när som helst.", &["-key-operations", "-revocation-blocks-access"]),
    ("sv-se", "Data i vila krypteras med Microsoft-hanterade nycklar.", &["encrypts-at-rest", "default-platform-keys"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania na dysku i odszyfrowywane podczas odczytywania.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pl-pl", "Dane są szyfrowane podczas odczytu i odszyfrowywane podczas zapisu.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pl-pl", "Szyfrowanie danych magazynowanych jest domyślnie włączone.", &["encrypts-at-rest"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w tej warstwie.", &["-supports-cmk!"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Jeśli odwołasz klucz, dane nie będą już dostępne.", &["revocation-blocks-access"]),
    ("pl-pl", "Możesz odwołać rolę użytkownika w dowolnym momencie.", &["-key-operations", "-revocation-blocks-access"]),
    ("pl-pl", "Dane w stanie spoczynku są szyfrowane kluczami zarządzanymi przez firmę Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("cs-cz", "Data jsou šifrována při zápisu na disk a dešifrována při čtení.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("cs-cz", "Data jsou šifrována při čtení a dešifrována při zápisu.", &["encrypt-on-read", "decrypt-on-write"]),
    ("cs-cz", "Šifrování neaktivních dat je ve výchozím nastavení povoleno.", &["encrypts-at-rest"]),
    ("cs-cz", "Klíče spravované zákazníkem nejsou v této úrovni podporovány.", &["-supports-cmk!"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud klíč odvoláte, data už nebudou přístupná.", &["revocation-blocks-access"]),
    ("cs-cz", "Roli uživatele můžete kdykoli odvolat.", &["-key-operations", "-revocation-blocks-access"]),
    ("cs-cz", "Uložená data jsou šifrována pomocí klíčů spravovaných Microsoftem.", &["encrypts-at-rest", "default-platform-keys"]),
    ("hu-hu", "Az adatokat a rendszer a lemezre íráskor titkosítja, olvasáskor pedig visszafejti.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("hu-hu", "Az adatok titkosítása olvasáskor, visszafejtése íráskor történik.", &["encrypt-on-read", "decrypt-on-write"]),
    ("hu-hu", "A nyugalmi állapotban lévő adatok titkosítása alapértelmezés szerint engedélyezve van.", &["encrypts-at-rest"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok nem támogatottak ezen a szinten.", &["-supports-cmk!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha visszavonja a kulcsot, az adatok többé nem érhetők el.", &["revocation-blocks-access"]),
    ("hu-hu", "Bármikor visszavonhatja egy felhasználó szerepkörét.", &["-key-operations", "-revocation-blocks-access"]),
    ("hu-hu", "A tárolt adatokat a Microsoft által kezelt kulcsokkal titkosítjuk.", &["encrypts-at-rest", "default-platform-keys"]),
    ("tr-tr", "Veriler diske yazıldığında şifrelenir ve okunduğunda şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Veriler okunurken şifrelenir ve yazılırken şifresi çözülür.", &["encrypt-on-read", "decrypt-on-write"]),
    ("tr-tr", "Bekleyen verilerin şifrelenmesi varsayılan olarak etkindir.", &["encrypts-at-rest"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar bu katmanda desteklenmemektedir.", &["-supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları uygulamalarınızı değiştirmeden kullanabilirsiniz.", &["supports-cmk"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları bu katmanda kullanamazsınız.", &["-supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarı iptal ederseniz verilere artık erişilemez.", &["revocation-blocks-access"]),
    ("tr-tr", "Bir kullanıcının rolünü istediğiniz zaman iptal edebilirsiniz.", &["-key-operations", "-revocation-blocks-access"]),
    ("ru-ru", "Данные шифруются при записи на диск и расшифровываются при их чтении.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ru-ru", "Неактивные данные шифруются по умолчанию.", &["encrypts-at-rest"]),
    ("ru-ru", "Хранящиеся данные шифруются с помощью ключей, управляемых корпорацией Майкрософт.", &["encrypts-at-rest", "default-platform-keys"]),
    ("ru-ru", "Ключи, управляемые клиентом, не поддерживаются на этом уровне.", &["-supports-cmk!"]),
    ("ru-ru", "Ключи, управляемые клиентом. Если отозвать ключ, данные станут недоступны.", &["revocation-blocks-access"]),
    ("ru-ru", "Вы можете в любое время отозвать роль пользователя.", &["-key-operations", "-revocation-blocks-access"]),
    ("ru-ru", "Данные шифруются при чтении и расшифровываются при сохранении.", &["encrypt-on-read", "decrypt-on-write"]),
    ("ja-jp", "データはディスクに書き込まれるときに暗号化され、読み取られるときに復号化されます。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ja-jp", "データは読み取り時に暗号化され、書き込み時に暗号化解除されます。", &["encrypt-on-read", "decrypt-on-write"]),
    ("ja-jp", "保存データの暗号化は既定で有効になっています。", &["encrypts-at-rest"]),
    ("ja-jp", "保存されたデータは Microsoft マネージド キーで暗号化されます。", &["encrypts-at-rest", "default-platform-keys"]),
    ("ja-jp", "このレベルでは、カスタマー マネージド キーはサポートされていません。", &["-supports-cmk!"]),
    ("ja-jp", "カスタマー マネージド キー。キーを取り消すと、データにアクセスできなくなります。", &["revocation-blocks-access"]),
    ("ja-jp", "ユーザーのロールはいつでも取り消すことができます。", &["-key-operations", "-revocation-blocks-access"]),
    ("ko-kr", "데이터는 디스크에 쓸 때 암호화되고 읽을 때 암호 해독됩니다.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 읽을 때 암호화되고 쓸 때 복호화됩니다.", &["encrypt-on-read", "decrypt-on-write"]),
    ("ko-kr", "미사용 데이터 암호화는 기본적으로 사용하도록 설정되어 있습니다.", &["encrypts-at-rest"]),
    ("ko-kr", "이 계층에서는 고객 관리형 키가 지원되지 않습니다.", &["-supports-cmk!"]),
    ("ko-kr", "고객 관리형 키. 키를 해지하면 데이터에 액세스할 수 없게 됩니다.", &["revocation-blocks-access"]),
    ("ko-kr", "언제든지 사용자의 역할을 취소할 수 있습니다.", &["-key-operations", "-revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 새 IoT 허브를 만들어야 합니다.", &["requires-new-resource", "supports-cmk"]),
    ("zh-cn", "数据在写入磁盘时加密，在读取时解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("zh-cn", "数据在读取时加密，在写入时解密。", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-cn", "默认情况下启用静态数据加密。", &["encrypts-at-rest"]),
    ("zh-cn", "存储的数据使用 Microsoft 托管的密钥进行加密。", &["encrypts-at-rest", "default-platform-keys"]),
    ("zh-cn", "此层级不支持客户管理的密钥。", &["-supports-cmk!"]),
    ("zh-cn", "客户管理的密钥。如果吊销密钥，将无法访问数据。", &["revocation-blocks-access"]),
    ("zh-cn", "你可以随时撤销用户的角色。", &["-key-operations", "-revocation-blocks-access"]),
    ("zh-tw", "資料在寫入磁碟時加密，在讀取時解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("zh-tw", "資料在讀取時加密，在寫入時解密。", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-tw", "待用資料加密預設為啟用。", &["encrypts-at-rest"]),
    ("zh-tw", "此層級不支援客戶管理的金鑰。", &["-supports-cmk!"]),
    ("zh-tw", "客戶管理的金鑰。如果撤銷金鑰，將無法存取資料。", &["revocation-blocks-access"]),
    ("zh-tw", "您可以隨時撤銷使用者的角色。", &["-key-operations", "-revocation-blocks-access"]),
    ("zh-tw", "儲存的資料會使用 Microsoft 管理的金鑰加密。", &["encrypts-at-rest", "default-platform-keys"]),
    ("en-us", "Customer-managed keys add a second layer of encryption on top of the default encryption.", &["double-encryption", "-supports-cmk!"]),
    ("en-us", "Data in transit between the device and the hub is encrypted with TLS.", &["encrypts-in-transit"]),
    ("en-us", "Customer-managed keys need approval. To request access, fill out the request form; requests are approved within 5 business days.", &["access-by-request", "approval-time=5d"]),
    ("en-us", "Customer-managed keys. Only RSA keys of size 2048 are supported.", &["rsa-2048"]),
    ("en-us", "Customer-managed keys. The key vault must have soft delete and purge protection enabled.", &["soft-delete-purge-protection"]),
    ("en-us", "The new portal experience shows your resources.", &["-requires-new-resource", "-supports-cmk"]),
    ("fr-fr", "Clés gérées par le client. Vous devez créer une identité managée pour accéder au coffre de clés.", &["managed-identity-required"]),
    ("fr-fr", "Les données en transit sont chiffrées à l’aide de TLS.", &["encrypts-in-transit"]),
    ("fr-fr", "Clés gérées par le client. Seules les clés RSA de taille 2048 sont prises en charge.", &["rsa-2048"]),
    ("fr-fr", "Les clés gérées par le client ajoutent une deuxième couche de chiffrement.", &["double-encryption"]),
    ("fr-fr", "Vous ne pouvez utiliser les clés gérées par le client qu’avec un nouveau hub.", &["supports-cmk", "-supports-cmk!"]),
    ("fr-fr", "Le chiffrement n’est pas activé pour les données en transit.", &["encrypts-in-transit!"]),
    ("es-es", "Puede crear, rotar, deshabilitar y revocar claves.", &["key-operations=create,disable,revoke,rotate"]),
    ("es-es", "Las claves administradas por el cliente agregan una segunda capa de cifrado.", &["double-encryption"]),
    ("es-es", "Claves administradas por el cliente. Solo se admiten claves RSA de tamaño 2048.", &["rsa-2048"]),
    ("es-es", "Claves administradas por el cliente. El almacén de claves debe tener habilitadas la eliminación temporal y la protección de purga.", &["soft-delete-purge-protection"]),
    ("de-de", "Sie können Schlüssel erstellen, rotieren, deaktivieren und widerrufen.", &["key-operations=create,disable,revoke,rotate"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel sind verfügbar. Für diese Funktion muss ein neuer IoT-Hub erstellt werden.", &["requires-new-resource"]),
    ("de-de", "Daten werden bei der Übertragung mit TLS verschlüsselt.", &["encrypts-in-transit"]),
    ("de-de", "Die neue Benutzeroberfläche ist im Portal verfügbar.", &["-requires-new-resource", "-supports-cmk"]),
    ("it-it", "È possibile creare, ruotare, disabilitare e revocare le chiavi.", &["key-operations=create,disable,revoke,rotate"]),
    ("it-it", "Le chiavi gestite dal cliente richiedono l'approvazione. Per questa funzionalità è necessario creare un nuovo hub IoT.", &["requires-new-resource"]),
    ("it-it", "Le chiavi gestite dal cliente aggiungono un secondo livello di crittografia.", &["double-encryption"]),
    ("it-it", "La crittografia è trasparente e non è necessario modificare il codice.", &["transparent-encryption"]),
    ("it-it", "Chiavi gestite dal cliente. Sono supportate solo le chiavi RSA di dimensione 2048.", &["rsa-2048"]),
    ("pt-br", "Você pode criar, girar, desabilitar e revogar chaves.", &["key-operations=create,disable,revoke,rotate"]),
    ("pt-br", "As chaves gerenciadas pelo cliente estão disponíveis. As chaves são armazenadas no Azure Key Vault.", &["cmk-in-key-vault"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. O cofre de chaves deve ter a exclusão temporária e a proteção contra limpeza habilitadas.", &["soft-delete-purge-protection"]),
    ("pt-pt", "As chaves geridas pelo cliente estão disponíveis. Esta funcionalidade requer a criação de um novo hub IoT.", &["requires-new-resource"]),
    ("pt-pt", "As chaves geridas pelo cliente adicionam uma segunda camada de encriptação.", &["double-encryption"]),
    ("pt-pt", "As chaves geridas pelo cliente estão disponíveis. Para pedir acesso, preencha o formulário de pedido.", &["access-by-request"]),
    ("pt-pt", "As chaves geridas pelo cliente estão disponíveis. O pedido demora entre 3 e 5 dias úteis.", &["approval-time=3-5d"]),
    ("nl-nl", "U kunt sleutels maken, roteren, uitschakelen en intrekken.", &["key-operations=create,disable,revoke,rotate"]),
    ("nl-nl", "Door de klant beheerde sleutels zijn beschikbaar. Voor deze functie moet een nieuwe IoT-hub worden gemaakt.", &["requires-new-resource"]),
    ("nl-nl", "Door de klant beheerde sleutels voegen een tweede versleutelingslaag toe.", &["double-encryption"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel uitschakelt, heeft de service geen toegang meer tot de gegevens.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels zijn beschikbaar. De sleutels worden opgeslagen in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("sv-se", "Kundhanterade nycklar är tillgängliga. Den här funktionen kräver att du skapar en ny IoT-hubb.", &["requires-new-resource"]),
    ("sv-se", "Kundhanterade nycklar lägger till ett andra krypteringslager.", &["double-encryption"]),
    ("sv-se", "Kundhanterade nycklar. Om du inaktiverar nyckeln förlorar tjänsten åtkomst till data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Nyckelvalvet måste ha mjuk borttagning och rensningsskydd aktiverat.", &["soft-delete-purge-protection"]),
    ("sv-se", "Den nya portalen visar dina resurser.", &["-requires-new-resource", "-supports-cmk"]),
    ("pl-pl", "Możesz tworzyć, obracać, wyłączać i odwoływać klucze.", &["key-operations=create,disable,revoke,rotate"]),
    ("pl-pl", "Klucze zarządzane przez klienta są dostępne. Ta funkcja wymaga utworzenia nowego centrum IoT.", &["requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta dodają drugą warstwę szyfrowania.", &["double-encryption"]),
    ("cs-cz", "Můžete vytvářet, otáčet, zakazovat a odvolávat klíče.", &["key-operations=create,disable,revoke,rotate"]),
    ("cs-cz", "Klíče spravované zákazníkem přidávají druhou vrstvu šifrování.", &["double-encryption"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou k dispozici. Klíče jsou uloženy v Azure Key Vault.", &["cmk-in-key-vault"]),
    ("cs-cz", "Klíče spravované zákazníkem. Podporovány jsou pouze klíče RSA o velikosti 2048 bitů.", &["rsa-2048"]),
    ("hu-hu", "Kulcsokat hozhat létre, forgathat el, tilthat le és vonhat vissza.", &["key-operations=create,disable,revoke,rotate"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok elérhetők. Ehhez a funkcióhoz új IoT Hubot kell létrehoznia.", &["requires-new-resource"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok egy második titkosítási réteget adnak hozzá.", &["double-encryption"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha letiltja a kulcsot, a szolgáltatás nem fér hozzá az adatokhoz.", &["revocation-blocks-access"]),
    ("hu-hu", "Az átvitel közben lévő adatokat TLS titkosítja.", &["encrypts-in-transit"]),
    ("hu-hu", "Az új portálfelületen láthatja az erőforrásokat.", &["-requires-new-resource", "-supports-cmk"]),
    ("tr-tr", "Anahtarları oluşturabilir, döndürebilir, devre dışı bırakabilir ve iptal edebilirsiniz.", &["key-operations=create,disable,revoke,rotate"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar ikinci bir şifreleme katmanı ekler.", &["double-encryption"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar kullanılabilir. Anahtarlar Azure Key Vault'ta depolanır.", &["cmk-in-key-vault"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtar kasasında geçici silme ve temizleme koruması etkinleştirilmelidir.", &["soft-delete-purge-protection"]),
    ("tr-tr", "Anahtarı devre dışı bırakmadan önce verilerinizi yedekleyin.", &["-supports-cmk!", "-revocation-blocks-access"]),
    ("ru-ru", "Вы можете создавать, менять, отключать и отзывать ключи.", &["key-operations=create,disable,revoke,rotate"]),
    ("ru-ru", "Ключи, управляемые клиентом, доступны. Для этой функции необходимо создать новый центр Интернета вещей.", &["requires-new-resource"]),
    ("ru-ru", "Ключи, управляемые клиентом, добавляют второй уровень шифрования.", &["double-encryption"]),
    ("ru-ru", "Данные при передаче шифруются с помощью TLS.", &["encrypts-in-transit"]),
    ("ja-jp", "キーの作成、ローテーション、無効化、取り消しを行うことができます。", &["key-operations=create,disable,revoke,rotate"]),
    ("ja-jp", "カスタマー マネージド キーには承認が必要です。この機能を使用するには、新しい IoT ハブを作成する必要があります。", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーを使用すると、2 つ目の暗号化レイヤーが追加されます。", &["double-encryption"]),
    ("ja-jp", "転送中のデータは TLS で暗号化されます。", &["encrypts-in-transit"]),
    ("ko-kr", "키를 만들고, 순환하고, 사용하지 않도록 설정하고, 철회할 수 있습니다.", &["key-operations=create,disable,revoke,rotate"]),
    ("ko-kr", "고객 관리형 키는 두 번째 암호화 계층을 추가합니다.", &["double-encryption"]),
    ("ko-kr", "고객 관리형 키를 사용할 수 있습니다. 키는 Azure Key Vault에 저장됩니다.", &["cmk-in-key-vault"]),
    ("ko-kr", "전송 중인 데이터는 TLS로 암호화됩니다.", &["encrypts-in-transit"]),
    ("zh-cn", "客户管理的密钥会添加第二层加密。", &["double-encryption"]),
    ("zh-cn", "传输中的数据使用 TLS 加密。", &["encrypts-in-transit"]),
    ("zh-cn", "客户管理的密钥。必须使用托管标识才能访问密钥保管库。", &["managed-identity-required"]),
    ("zh-tw", "您可以建立、輪替、停用和撤銷金鑰。", &["key-operations=create,disable,revoke,rotate"]),
    ("zh-tw", "客戶管理的金鑰現已推出。此功能需要建立新的 IoT 中樞。", &["requires-new-resource"]),
    ("zh-tw", "客戶管理的金鑰會新增第二層加密。", &["double-encryption"]),
    ("zh-tw", "傳輸中的資料會使用 TLS 加密。", &["encrypts-in-transit"]),
    ("en-us", "The encryption key is cached on disk for a short time.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge non seulement pour le stockage, mais aussi pour les journaux.", &["supports-cmk", "-supports-cmk!"]),
    ("fr-fr", "Aucune clé gérée par le client n’est prise en charge dans cette région.", &["-supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenmiyor.", &["supports-cmk!"]),
    ("sv-se", "Du förlorar inga data när du roterar nyckeln.", &["-revocation-blocks-access"]),
    ("ko-kr", "새 기능은 포털에서 사용할 수 있습니다.", &["-requires-new-resource"]),
    // Scope: only sentences about encryption or keys (or after one) yield claims.
    ("en-us", "Use two layers of load balancing for high availability.", &["-double-encryption"]),
    ("en-us", "The files are read-only, and the encryption settings of the disk are kept.", &["-encrypt-on-read"]),
    ("en-us", "When reading or writing to an encrypted blob, use full blob upload commands.", &["-encrypt-on-read", "-decrypt-on-write"]),
    ("en-us", "You can choose from four tiers: Free, Standard S1, Standard S2 and Standard S3.", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys need approval. The request takes 3-5 business days.", &["approval-time=3-5d"]),
    ("en-us", "The request takes 3-5 business days.", &["-approval-time"]),
    ("fr-fr", "Le code de vérification comporte 6 chiffres et il est lu à l’écran.", &["-encrypt-on-read", "-encrypt-on-write", "-encrypts-at-rest"]),
    ("ko-kr", "6KB 본문의 메서드는 2개 메시지로 요금이 청구됩니다.", &["-access-by-request"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 Microsoft 지원에 문의하세요.", &["access-by-request"]),
    ("en-us", "You can store keys and secrets in Azure Key Vault.", &["-cmk-in-key-vault"]),
    // keys other services keep in the vault ("other Azure messaging services"), not a clause
    // apart from the key ("..., which the services read")
    ("en-us", "Other Azure messaging services, such as Azure Service Bus Premium, support customer-managed keys stored in Azure Key Vault.", &["-cmk-in-key-vault"]),
    ("hu-hu", "Más Azure-üzenetkezelési szolgáltatások, például az Azure Service Bus Prémium, támogatják az Azure Key Vaultban tárolt ügyfél által kezelt kulcsokat.", &["-cmk-in-key-vault"]),
    ("ko-kr", "Azure Service Bus 프리미엄과 같은 다른 Azure 메시징 서비스는 Azure Key Vault에 저장된 고객 관리형 키를 지원합니다.", &["-cmk-in-key-vault"]),
    ("tr-tr", "Azure Service Bus Premium gibi diğer Azure mesajlaşma hizmetleri, Azure Key Vault'ta depolanan müşteri tarafından yönetilen anahtarları destekler.", &["-cmk-in-key-vault"]),
    ("zh-tw", "其他 Azure 傳訊服務 (例如 Azure 服務匯流排進階版) 支援儲存在 Azure Key Vault 中的客戶自控金鑰。", &["-cmk-in-key-vault"]),
    ("en-us", "The customer-managed key is kept in Azure Key Vault with other Azure keys, which the services read.", &["cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys are optional. You can store keys and secrets in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("de-de", "Die Daten werden verschlüsselt. Für diesen Dienst muss ein neues Konto erstellt werden.", &["-requires-new-resource"]),
    ("de-de", "Ihre Daten werden beim Schreiben in den Speicher verschlüsselt und beim Lesen entschlüsselt.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("es-es", "Al leer desde un blob cifrado con claves administradas por el cliente, use comandos de carga completa.", &["-encrypt-on-read"]),
    ("fr-fr", "Les clés gérées par le client ne sont proposées qu’avec le niveau tarifaire S0.", &["pricing-tier=S0"]),
    ("zh-tw", "對金鑰執行的作業包括加密、解密、包裝和解除包裝金鑰。", &["-cmk-is-kek"]),
    ("es-es", "Las claves administradas por el cliente se admiten con el cifrado de datos transparente.", &["-transparent-encryption"]),
    ("cs-cz", "Klíče spravované zákazníkem: RSA 2048 bitů.", &["-rsa-2048"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 장애 조치는 자동으로 발생하고 투명하게 보일 것입니다.", &["-transparent-encryption"]),
    ("es-es", "El almacén de claves se replica. Se lleva a cabo automáticamente y es transparente para el programador.", &["-transparent-encryption"]),
    // Negation scope: a negation flips only the predicate it governs.
    ("en-us", "You don't have to dedicate a key vault to customer-managed keys.", &["-cmk-in-key-vault!"]),
    ("en-us", "The storage client library never has access to the KEK.", &["-cmk-is-kek!"]),
    // Support still to come (pending, to be integrated, not yet released) is a plan.
    ("cs-cz", "Azure Key Vault podporu pro správu Python KEK čeká na vyřízení a integrují do této knihovny po dokončení.", &["-cmk-in-key-vault"]),
    ("fr-fr", "La prise en charge d’Azure Key Vault pour la gestion de la clé de chiffrement de clés (KEK) Python est en attente et sera intégrée ultérieurement à cette bibliothèque.", &["-cmk-in-key-vault", "-cmk-is-kek"]),
    ("es-es", "Almacén de claves de Azure con la administración de KEK de Python está pendiente y se integrará a esta biblioteca.", &["-cmk-in-key-vault"]),
    ("zh-tw", "Azure 金鑰保存庫對 Python KEK 管理的支援尚未推出，並會在完成時整合到此程式庫。", &["-cmk-in-key-vault"]),
    ("en-us", "Azure Key Vault support for Python KEK management is pending and will be integrated into this library.", &["-cmk-in-key-vault"]),
    ("en-us", "The KEK can be stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    // A key encryption key merely named by an API is no claim that the customer's key
    // wraps the data key; one that wraps, encrypts or lives in a vault is.
    ("en-us", "The storage client library never has access to the KEK.", &["-cmk-is-kek"]),
    ("en-us", "get_kid(): returns a string key ID for this KEK.", &["-cmk-is-kek"]),
    ("es-es", "En las operaciones por lotes, se usará la misma KEK en todas las filas de esa operación por lotes.", &["-cmk-is-kek"]),
    ("fr-fr", "La bibliothèque cliente du stockage n’a jamais accès à la clé de chiffrement de clés.", &["-cmk-is-kek"]),
    ("ru-ru", "При этом возвращается допустимый KEK по заданному идентификатору ключа.", &["-cmk-is-kek"]),
    ("zh-tw", "get_kid()：傳回此 KEK 的字串金鑰識別碼。", &["-cmk-is-kek"]),
    ("cs-cz", "Vrátí platný KEK zadaný identifikátor klíče.", &["-cmk-is-kek"]),
    ("en-us", "The CEK is then wrapped (encrypted) using the key encryption key (KEK).", &["cmk-is-kek"]),
    ("es-es", "La KEK puede administrarse de forma local o guardarse en Azure Key Vault.", &["cmk-is-kek", "cmk-in-key-vault"]),
    ("fr-fr", "La clé de chiffrement de contenu est ensuite encapsulée (chiffrée) à l’aide de la clé de chiffrement de clés (KEK).", &["cmk-is-kek"]),
    ("ru-ru", "Ключ CEK, в свою очередь, шифруется с помощью ключа шифрования ключа KEK.", &["cmk-is-kek"]),
    ("zh-tw", "CEK 接著會使用金鑰加密金鑰 (KEK) 進行包裝 (加密)。", &["cmk-is-kek"]),
    ("cs-cz", "CEK je vnořena (šifrované) pomocí klíčů šifrovacího klíče (KEK).", &["cmk-is-kek"]),
    ("es-es", "El texto no cifrado nunca se almacena con las claves administradas por el cliente.", &["-encrypts-at-rest!", "-encrypt-on-write!"]),
    ("de-de", "Unverschlüsselte Daten werden nie mit kundenseitig verwalteten Schlüsseln gespeichert.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("zh-cn", "未加密的数据不会使用客户管理的密钥。", &["-supports-cmk!"]),
    // Restriction: a negation narrowed by a place, condition, subset or object denies nothing.
    ("en-us", "There is no support to configure customer-managed keys in the Azure portal.", &["-supports-cmk!"]),
    ("en-us", "Customer-managed keys are not supported for existing accounts.", &["-supports-cmk!"]),
    ("en-us", "The BYOK toolset does not support OCS-protected keys.", &["-supports-cmk!"]),
    ("fr-fr", "Le package d’outils BYOK ne prend pas en charge les clés protégées par OCS.", &["-supports-cmk!"]),
    ("cs-cz", "Sada nástrojů BYOK nepodporuje klíče chráněné OCS.", &["-supports-cmk!"]),
    ("ru-ru", "Если флажок не отображается, вы не можете использовать собственный ключ.", &["-supports-cmk!"]),
    ("zh-tw", "如果沒有看到 [使用您自己的金鑰] 核取方塊，即表示您尚未獲准預覽。", &["-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden im Portal nicht unterstützt.", &["-supports-cmk!"]),
    ("ja-jp", "既存のリソースではカスタマー マネージド キーはサポートされていません。", &["-supports-cmk!"]),
    ("en-us", "Azure Data Explorer does not support customer-managed keys.", &["-supports-cmk!"]),
    ("en-us", "This service does not support customer-managed keys in Azure Key Vault.", &["supports-cmk!"]),
    // a denial narrowed to free subscriptions or tiers, or to existing resources, in every
    // locale (nl gratis, sv kostnadsfri, pl bezpłatn-, cs bezplatn-, hu ingyenes, tr
    // ücretsiz, ru бесплатн-, ja 無料, ko 무료, zh 免费/免費, de vorhandene); a plain denial
    // still is one
    ("zh-tw", "免費層不支援客戶管理的金鑰。", &["-supports-cmk!"]),
    ("de-de", "Für bereits vorhandene Speicherkonten werden kundenseitig verwaltete Schlüssel nicht unterstützt.", &["-supports-cmk!"]),
    ("sv-se", "Kundhanterade nycklar stöds inte för kostnadsfria prenumerationer.", &["-supports-cmk!"]),
    ("hu-hu", "Az ingyenes előfizetések nem támogatják az ügyfél által kezelt kulcsokat.", &["-supports-cmk!"]),
    ("ko-kr", "무료 구독에서는 고객 관리형 키를 지원하지 않습니다.", &["-supports-cmk!"]),
    ("tr-tr", "Ücretsiz abonelikler müşteri tarafından yönetilen anahtarları desteklemez.", &["-supports-cmk!"]),
    ("ru-ru", "Бесплатные подписки не поддерживают ключи, управляемые клиентом.", &["-supports-cmk!"]),
    ("pl-pl", "Bezpłatne subskrypcje nie obsługują kluczy zarządzanych przez klienta.", &["-supports-cmk!"]),
    ("ja-jp", "無料サブスクリプションでは、カスタマー マネージド キーはサポートされていません。", &["-supports-cmk!"]),
    ("nl-nl", "Gratis abonnementen ondersteunen geen door de klant beheerde sleutels.", &["-supports-cmk!"]),
    ("cs-cz", "Bezplatná předplatná nepodporují klíče spravované zákazníkem.", &["-supports-cmk!"]),
    ("zh-cn", "免费订阅不支持客户管理的密钥。", &["-supports-cmk!"]),
    ("zh-tw", "此服務不支援客戶管理的金鑰。", &["supports-cmk!"]),
    ("hu-hu", "A szolgáltatás nem támogatja az ügyfél által kezelt kulcsokat.", &["supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden nicht unterstützt.", &["supports-cmk!"]),
    // Values: a list of key sizes is not "only RSA 2048"; tiers need a requirement.
    ("en-us", "RSA keys of size 2048, 3072 or 4096 bits are supported for customer-managed keys.", &["-rsa-2048"]),
    ("de-de", "Unterstützt werden RSA-Schlüssel mit 2048, 3072 oder 4096 Bit.", &["-rsa-2048"]),
    ("zh-tw", "支援 2048、3072 或 4096 位元的 RSA 金鑰。", &["-rsa-2048"]),
    ("es-es", "Puede elegir entre cuatro niveles de claves: Gratis, Estándar 1 y Estándar 2.", &["-pricing-tier"]),
    // Revocation that loses access, in the forms each language uses: de "verliert ... den
    // Zugriff", "automatisch heruntergefahren"; es "no se podrá acceder", "se apagan
    // automáticamente"; ru "не смогут получить доступ", "больше не могут"; ja
    // "シャットダウンされ"; fr "s'arrêtent automatiquement"; rotation loses nothing
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel widerrufen, verliert Azure Cosmos DB innerhalb einer Stunde den Zugriff auf die Kontodaten.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel deaktivieren, werden die VMs automatisch heruntergefahren.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel rotieren, verliert der Dienst keinen Zugriff auf die Daten.", &["-revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si revoca el acceso a la clave, no se podrá acceder a los datos del área de trabajo.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si deshabilita la clave, las máquinas virtuales se apagan automáticamente.", &["revocation-blocks-access"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Если ключ будет отозван, клиенты не смогут получить доступ к данным.", &["revocation-blocks-access"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. После отзыва ключа службы больше не могут читать данные.", &["revocation-blocks-access"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーを無効にすると、VM は自動的にシャットダウンされます。", &["revocation-blocks-access"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous désactivez la clé, les machines virtuelles s'arrêtent automatiquement.", &["revocation-blocks-access"]),
    // ru names customer-managed keys with a participle after a comma ("ключей,
    // управляемых клиентом"): the key word is part of the phrase, in the clause of the
    // encryption; ru "для защиты ключа шифрования данных" (to protect the data key) is the
    // key encryption key; zh-cn 服务托管的 / 平台管理的 (service- / platform-managed) keys
    ("ru-ru", "Вы можете шифровать данные с помощью ключей, управляемых клиентом.", &["supports-cmk"]),
    ("ru-ru", "Данные шифруются ключами, управляемыми клиентом.", &["supports-cmk"]),
    ("ru-ru", "Ключ, управляемый клиентом, используется для защиты ключа шифрования данных.", &["cmk-is-kek"]),
    ("ru-ru", "Используйте ключи, управляемые клиентом, для защиты данных.", &["-cmk-is-kek"]),
    ("zh-cn", "Azure Database for MySQL 中的数据默认使用服务托管的密钥进行静态加密。", &["default-platform-keys", "encrypts-at-rest"]),
    ("zh-cn", "默认情况下，数据使用平台管理的密钥加密。", &["default-platform-keys"]),
    ("zh-cn", "平台管理的资源组包含虚拟机。", &["-default-platform-keys"]),
    // a second layer named as an "encryption layer" (en "an additional encryption layer",
    // ja 暗号化の追加レイヤー, ru "второй слой шифрования"); a layer of something else is none
    ("en-us", "You can add an additional encryption layer by using customer-managed keys.", &["double-encryption", "supports-cmk"]),
    ("en-us", "Infrastructure encryption adds a second encryption layer.", &["double-encryption"]),
    ("en-us", "The network has an additional layer of load balancing.", &["-double-encryption"]),
    ("ja-jp", "カスタマー マネージド キーを使用して、暗号化の追加レイヤーを追加できます。", &["double-encryption", "supports-cmk"]),
    ("ru-ru", "Шифрование инфраструктуры добавляет второй слой шифрования.", &["double-encryption"]),
    // "a key that you create and manage in Azure Key Vault", as each language says it, is
    // the customer's own key (de with the verb between the key and its relative clause);
    // resources or data you create and manage are no key
    ("en-us", "You can encrypt the data by using a key that you create and manage in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("en-us", "Resources that you create and manage are encrypted.", &["-supports-cmk"]),
    ("fr-fr", "Vous pouvez chiffrer les données à l’aide d’une clé que vous créez et gérez dans Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("es-es", "Puede cifrar los datos con una clave que usted crea y administra en Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("de-de", "Sie können die Daten mit einem Schlüssel verschlüsseln, den Sie in Azure Key Vault erstellen und verwalten.", &["cmk-in-key-vault"]),
    ("de-de", "Die Daten, die Sie in Azure erstellen und verwalten, werden verschlüsselt.", &["-supports-cmk"]),
    ("pt-br", "Você pode criptografar os dados usando uma chave que você cria e gerencia no Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("it-it", "È possibile crittografare i dati usando una chiave creata e gestita in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("ja-jp", "Azure Key Vault で作成および管理するキーを使用してデータを暗号化できます。", &["supports-cmk", "cmk-in-key-vault"]),
    ("zh-cn", "可以使用在 Azure Key Vault 中创建和管理的密钥来加密数据。", &["supports-cmk", "cmk-in-key-vault"]),
    ("ru-ru", "Вы можете шифровать данные с помощью ключа, который вы создаете и которым управляете в Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    // keys "provided by Microsoft" are Microsoft's keys, in every locale (a known sv miss);
    // other things Microsoft provides are no keys
    ("en-us", "Use the certificates provided by Microsoft.", &["-default-platform-keys"]),
    ("zh-cn", "Azure 应用配置使用 Microsoft 提供的 256 位 AES 加密密钥对静态敏感信息进行加密。", &["default-platform-keys", "encrypts-at-rest"]),
    ("zh-cn", "使用 Microsoft 提供的证书和示例代码。", &["-default-platform-keys"]),
    ("sv-se", "Data krypteras med nycklar som tillhandahålls av Microsoft.", &["default-platform-keys"]),
    ("fr-fr", "Les données sont chiffrées avec une clé fournie par Microsoft.", &["default-platform-keys"]),
    ("ko-kr", "데이터는 Microsoft에서 제공하는 키로 암호화됩니다.", &["default-platform-keys"]),
    ("zh-tw", "資料會使用 Microsoft 提供的金鑰加密。", &["default-platform-keys"]),
    // customer-managed keys, or their encryption, set up only at the creation of the
    // resource need a new one, in each language's words for "when you create"; not when
    // the key is what is created, nor what creation limits to Microsoft's keys, nor a
    // creation that is one of two moments
    ("en-us", "Customer-managed keys are supported. Encryption can only be enabled when you create the cluster.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys can only be configured when you create a new account.", &["requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Le chiffrement ne peut être activé que lors de la création du cluster.", &["requires-new-resource"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Шифрование можно включить только при создании кластера.", &["requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Die Verschlüsselung kann nur bei der Erstellung des Clusters aktiviert werden.", &["requires-new-resource"]),
    ("es-es", "Las claves administradas por el cliente solo se pueden habilitar al crear el área de trabajo.", &["requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta można skonfigurować tylko podczas tworzenia obszaru roboczego.", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、ワークスペースの作成時にのみ構成できます。", &["requires-new-resource"]),
    ("zh-cn", "客户管理的密钥只能在创建工作区时配置。", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. When you create the key, use only RSA keys.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You can only set the expiration date when you create the key.", &["-requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Sie können die Rotation nur beim Erstellen des Schlüssels konfigurieren.", &["-requires-new-resource"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. При включении функции SSE во время создания учетной записи хранения можно использовать только ключи, управляемые корпорацией Майкрософт.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You can enable them when you create the account or later.", &["-requires-new-resource"]),
    // IPsec encrypts what travels, as TLS does (set P1: cs "Provoz ... se šifruje pomocí
    // protokolu IPsec"); an IPsec policy to configure states nothing
    ("cs-cz", "Provoz mezi místní sítí a virtuální sítí se šifruje pomocí protokolu IPsec.", &["encrypts-in-transit"]),
    ("en-us", "Traffic between the sites is encrypted with IPsec.", &["encrypts-in-transit"]),
    ("ja-jp", "オンプレミス ネットワークとの間のトラフィックは IPsec で暗号化されます。", &["encrypts-in-transit"]),
    ("en-us", "Configure the IPsec policy for the gateway.", &["-encrypts-in-transit"]),
    // A denial narrowed to a part of the data (logs, metadata, backups) denies nothing
    // about the service's data, in every language; the same statement asserted, and a
    // denial of the service's own support, stay.
    ("en-us", "Customer-managed keys aren't supported for the diagnostic logs that the service writes.", &["-supports-cmk!", "-supports-cmk"]),
    ("en-us", "Customer-managed keys are also supported for diagnostic logs.", &["supports-cmk"]),
    ("en-us", "Customer-managed keys aren't supported for this resource.", &["supports-cmk!"]),
    ("en-us", "Metadata such as resource names isn't encrypted at rest with your key.", &["-encrypts-at-rest!"]),
    ("de-de", "Für Diagnoseprotokolle werden kundenseitig verwaltete Schlüssel nicht unterstützt.", &["-supports-cmk!"]),
    ("fr-fr", "Le service Speech ne prend pas en charge les clés gérées par le client pour les journaux.", &["-supports-cmk!"]),
    ("es-es", "Las claves administradas por el cliente no se admiten para los registros de diagnóstico.", &["-supports-cmk!"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w przypadku dzienników diagnostycznych.", &["-supports-cmk!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok nem támogatottak a diagnosztikai naplókhoz.", &["-supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar tanılama günlükleri için desteklenmez.", &["-supports-cmk!"]),
    ("ru-ru", "Ключи, управляемые клиентом, не поддерживаются для журналов диагностики.", &["-supports-cmk!"]),
    ("ja-jp", "診断ログでは、カスタマー マネージド キーはサポートされていません。", &["-supports-cmk!"]),
    ("ja-jp", "カタログでは、カスタマー マネージド キーはサポートされていません。", &["supports-cmk!"]),
    ("ko-kr", "진단 로그에는 고객 관리형 키가 지원되지 않습니다.", &["-supports-cmk!"]),
    ("zh-cn", "诊断日志不支持客户管理的密钥。", &["-supports-cmk!"]),
    ("zh-tw", "診斷記錄不支援客戶自控金鑰。", &["-supports-cmk!"]),
    // the noun of a subset separates an action from its moment as any other word does
    ("ko-kr", "암호 해독에 사용되는 인증서와 메타데이터 데이터베이스에 액세스할 때는 주의해야 합니다.", &["-decrypt-on-read"]),
    // "Client-side encryption isn't transparent" is said of another encryption than the
    // service's: a denied `transparent` states nothing (no transparent-encryption, and no
    // denial of it); "no need to change your code ... nor" carries its own negation.
    ("en-us", "Client-side encryption isn't transparent: your application encrypts and decrypts the data itself.", &["-transparent-encryption", "-transparent-encryption!"]),
    ("de-de", "Die clientseitige Verschlüsselung ist nicht transparent: Ihre Anwendung verschlüsselt die Daten selbst.", &["-transparent-encryption"]),
    ("es-es", "El cifrado del lado cliente no es transparente: la aplicación cifra y descifra los datos.", &["-transparent-encryption"]),
    ("pl-pl", "Szyfrowanie po stronie klienta nie jest przezroczyste: aplikacja sama szyfruje dane.", &["-transparent-encryption"]),
    ("pt-br", "A criptografia do lado do cliente não é transparente: seu aplicativo criptografa os dados.", &["-transparent-encryption"]),
    ("ru-ru", "Шифрование на стороне клиента не является прозрачным: приложение само шифрует данные.", &["-transparent-encryption"]),
    ("zh-cn", "客户端加密不是透明的：应用程序会自行加密数据。", &["-transparent-encryption"]),
    ("en-us", "Encryption is transparent to your applications.", &["transparent-encryption"]),
    ("es-es", "No es necesario modificar el código ni las aplicaciones para usar el cifrado.", &["transparent-encryption"]),
    ("pl-pl", "Nie trzeba modyfikować kodu ani aplikacji, aby korzystać z szyfrowania.", &["transparent-encryption"]),
    // a denial said of the key apart from the data at rest denies nothing of the service's
    // encryption; a denial of the data's stays
    ("en-us", "The key itself isn't encrypted at rest by the hub; Key Vault protects it.", &["-encrypts-at-rest!"]),
    ("fr-fr", "La clé elle-même n’est pas chiffrée au repos par le service.", &["-encrypts-at-rest!"]),
    ("ru-ru", "Сам ключ не шифруется службой при хранении.", &["-encrypts-at-rest!"]),
    ("en-us", "Data isn't encrypted at rest.", &["encrypts-at-rest!"]),
    // decrypted data (attributive) is no decryption when written
    ("ja-jp", "復号化されたデータがディスクに書き込まれることはありません。", &["-decrypt-on-write"]),
    ("ja-jp", "データは書き込み時に復号化されます。", &["decrypt-on-write"]),
    // True denials of non-CMK pages, narrowed to a channel without encryption of its own,
    // a temporary disk, an older kind of resource or the keys themselves, deny nothing
    // about the service; the plain denials stay.
    ("en-us", "Requests sent over HTTP aren't encrypted in transit, so require secure transfer.", &["-encrypts-in-transit!"]),
    ("en-us", "SMB 2.1 doesn't support encryption in transit; use SMB 3.0 or later.", &["-encrypts-in-transit!"]),
    ("ja-jp", "SMB 2.1 では、転送中の暗号化はサポートされていません。", &["-encrypts-in-transit!"]),
    ("zh-cn", "通过 HTTP 发送的请求在传输中不会加密。", &["-encrypts-in-transit!"]),
    ("de-de", "Über HTTP gesendete Anforderungen werden bei der Übertragung nicht verschlüsselt.", &["-encrypts-in-transit!"]),
    ("en-us", "Data isn't encrypted in transit.", &["encrypts-in-transit!"]),
    ("en-us", "The temporary disk isn't encrypted at rest unless you enable encryption at host.", &["-encrypts-at-rest!"]),
    ("es-es", "El disco temporal no se cifra en reposo.", &["-encrypts-at-rest!"]),
    ("ja-jp", "一時ディスクは保存時に暗号化されません。", &["-encrypts-at-rest!"]),
    ("ru-ru", "Временный диск не шифруется при хранении.", &["-encrypts-at-rest!"]),
    ("en-us", "Microsoft-managed keys aren't stored in your key vault.", &["-default-platform-keys!"]),
    ("sv-se", "Du kan inte själv rotera Microsoft-hanterade nycklar.", &["-default-platform-keys!"]),
    ("zh-tw", "您無法自行輪替 Microsoft 管理的金鑰。", &["-default-platform-keys!"]),
    ("en-us", "By default, data isn't encrypted with Microsoft-managed keys.", &["default-platform-keys!"]),
    ("ja-jp", "既定では、データは Microsoft マネージド キーで暗号化されません。", &["default-platform-keys!"]),
    ("en-us", "Unmanaged disks don't support customer-managed keys.", &["-supports-cmk!"]),
    ("es-es", "Los discos no administrados no admiten claves administradas por el cliente.", &["-supports-cmk!"]),
    ("ru-ru", "Неуправляемые диски не поддерживают ключи, управляемые клиентом.", &["-supports-cmk!"]),
    ("en-us", "Software-protected keys aren't validated to FIPS 140-2 Level 3.", &["-fips-140-2!"]),
    // cs negates a verb with the prefix ne-: "nešifrují" (are not encrypted) is the
    // encryption and its negation at once
    ("cs-cz", "Data se nešifrují v klidovém stavu.", &["encrypts-at-rest!"]),
    ("cs-cz", "Data se při čtení nedešifrují.", &["decrypt-on-read!"]),
    ("cs-cz", "Data se šifrují v klidovém stavu.", &["encrypts-at-rest"]),
    // Data that is already (still) encrypted, or encrypted data (a noun and its
    // participle), is a state and pairs with no read: no inverted direction
    ("en-us", "Data that's read from the cache is already encrypted.", &["-encrypt-on-read"]),
    ("de-de", "Daten, die aus dem Cache gelesen werden, sind bereits verschlüsselt.", &["-encrypt-on-read"]),
    ("fr-fr", "Les données lues à partir du cache sont déjà chiffrées.", &["-encrypt-on-read"]),
    ("ru-ru", "Данные, считываемые из кэша, уже зашифрованы.", &["-encrypt-on-read"]),
    ("ja-jp", "キャッシュから読み取られるデータは既に暗号化されています。", &["-encrypt-on-read"]),
    ("zh-cn", "从缓存读取的数据已经加密。", &["-encrypt-on-read"]),
    ("it-it", "I dati crittografati possono essere letti solo dagli utenti che hanno accesso alla chiave.", &["-encrypt-on-read"]),
    ("pt-br", "Os dados criptografados só podem ser lidos por usuários com acesso à chave.", &["-encrypt-on-read"]),
    ("de-de", "Die Daten werden beim Lesen verschlüsselt.", &["encrypt-on-read"]),
    ("it-it", "I dati vengono crittografati durante la lettura.", &["encrypt-on-read"]),
    ("en-us", "The service encrypts data before it writes it to disk.", &["encrypt-on-write"]),
    // the noun of a subset joins a noun phrase as a plain word does
    ("en-us", "You can encrypt the database files and backups with customer-managed keys.", &["supports-cmk"]),
    ("ru-ru", "Можно шифровать журналы и резервные копии с помощью ключей, управляемых клиентом.", &["supports-cmk"]),
    // en "encrypted" after a preposition qualifies the noun after it: "read from encrypted
    // storage" is no encryption on read
    ("en-us", "Backups that are read from encrypted storage remain encrypted.", &["-encrypt-on-read"]),
    ("en-us", "Data is encrypted when it is read.", &["encrypt-on-read"]),
    // zh 无需 / 無需 (no need) is a negation and a requirement: the requirement is what it
    // denies, not the request
    ("zh-cn", "客户管理的密钥：轮换密钥无需创建支持请求。", &["-access-by-request!"]),
    ("zh-tw", "客戶自控金鑰：輪替金鑰無需建立支援要求。", &["-access-by-request!"]),
    // a duration is the request's only where the sentence or its context names the request
    // or its approval: a quota increase is some other request
    ("en-us", "Customer-managed keys are supported. Quota increase requests are usually processed within 10 business days.", &["-approval-time"]),
    ("zh-cn", "支持客户管理的密钥。人脸服务的配额增加请求通常在 10 个工作日内处理。", &["-approval-time"]),
    ("en-us", "To request customer-managed keys, submit the form. It takes 3-5 business days to hear back on your request.", &["approval-time=3-5d"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel müssen genehmigt werden. Die Genehmigung dauert 3 bis 5 Werktage.", &["approval-time=3-5d"]),
    // a tier that only a sentence after customer-managed keys names: `only` says what the
    // tier offers; a required tier is the feature's
    ("en-us", "Customer-managed keys are supported. Only the standard tier supports cloud-to-device messaging.", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys are supported. This capability requires a hub in the standard tier.", &["pricing-tier=standard"]),
    // a requirement denied in the anchor's clause: what is not needed, for a purpose or
    // under a condition, is stated neither way
    ("en-us", "Customer-managed keys are supported. A system-assigned managed identity isn't needed if you use a user-assigned identity.", &["-managed-identity-required", "-managed-identity-required!"]),
    ("en-us", "Customer-managed keys are supported. A managed identity is needed to reach the key vault.", &["managed-identity-required"]),
    ("es-es", "Las claves administradas por el cliente son compatibles. No es necesario abrir una solicitud de soporte técnico para rotar la clave.", &["-access-by-request", "-access-by-request!"]),
    ("es-es", "Para usar claves administradas por el cliente, abra una solicitud de soporte técnico.", &["access-by-request"]),
    // data routed or exported to another resource is a part of the data, which a denial
    // narrows to
    ("en-us", "Routing to a storage account doesn't use the hub's customer-managed key.", &["-supports-cmk!"]),
    ("de-de", "Beim Routing an ein Speicherkonto wird der kundenseitig verwaltete Schlüssel des Hubs nicht verwendet.", &["-supports-cmk!"]),
    ("ja-jp", "ストレージ アカウントへのルーティングでは、ハブのカスタマー マネージド キーは使用されません。", &["-supports-cmk!"]),
    ("fr-fr", "Les données exportées vers Log Analytics ne sont pas chiffrées avec la clé gérée par le client.", &["-supports-cmk!"]),
    ("en-us", "The hub doesn't support customer-managed keys.", &["supports-cmk!"]),
    // tr writes "before writing" with the verbal noun in -mAdAn önce (no negation), and
    // "şifrelerini çözer" (decrypts) holds the plural of şifre, not an encryption
    ("tr-tr", "Azure Depolama, verileri diske yazmadan önce şifreler ve okurken şifrelerini çözer.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Veriler depolanmadan önce şifrelenir.", &["encrypt-on-write"]),
    ("de-de", "Die Daten werden standardmäßig mit plattformseitig verwalteten Schlüsseln verschlüsselt.", &["default-platform-keys"]),
    ("fr-fr", "Avec le chiffrement TDE géré par le client, la clé de chiffrement de la base de données est protégée par une clé asymétrique stockée dans Azure Key Vault.", &["cmk-is-kek", "cmk-in-key-vault"]),
    ("fr-fr", "Les données de votre compte sont chiffrées automatiquement, sans aucune modification de votre code.", &["transparent-encryption"]),
    ("es-es", "Los datos se cifran antes de escribirse en el disco.", &["encrypt-on-write", "encrypts-at-rest"]),
    // "on disk" is at rest in es, fr, it too
    ("fr-fr", "Les données sont chiffrées sur le disque.", &["encrypts-at-rest"]),
    ("it-it", "I dati vengono crittografati sul disco.", &["encrypts-at-rest"]),
    ("es-es", "Cifrado en disco.", &["encrypts-at-rest"]),
    // ja できません (cannot) after its verb and こと: the negation governs the verb
    ("ja-jp", "既存の IoT ハブでカスタマー マネージド キーを有効にすることはできません。", &["-supports-cmk", "-supports-cmk!"]),
    ("ja-jp", "IoT ハブではカスタマー マネージド キーを有効にすることはできません。", &["supports-cmk!"]),
    // available only for new resources: a new resource is needed (not new keys)
    ("nl-nl", "Versleuteling met door de klant beheerde sleutels is alleen beschikbaar voor nieuwe hubs.", &["requires-new-resource"]),
    ("zh-cn", "客户管理的密钥仅适用于新创建的 IoT 中心。", &["requires-new-resource"]),
    ("es-es", "Las claves administradas por el cliente solo se pueden habilitar en cuentas recién creadas.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. Only new key versions are used for encryption.", &["-requires-new-resource"]),
    // removing access to the key is its revocation
    ("en-us", "Customer-managed keys are supported. If you remove access to the key, the data becomes inaccessible.", &["revocation-blocks-access"]),
    // the key that encrypts the data key is a key encryption key (sv "nyckeln som krypterar"
    // before a data key; before the data it is the data key)
    ("sv-se", "Kundhanterade nycklar stöds. Nyckeln som krypterar datakrypteringsnyckeln lagras i Azure Key Vault.", &["cmk-is-kek", "cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys are supported. The key that encrypts the data encryption key is stored in Azure Key Vault.", &["cmk-is-kek", "cmk-in-key-vault"]),
    ("sv-se", "Nyckeln som krypterar dina data lagras i Azure Key Vault.", &["-cmk-is-kek"]),
    // keys the vault holds for other services are not where this service's key is
    ("en-us", "Customer-managed keys are supported. Key Vault also supports RSA keys of 3072 and 4096 bits for other services.", &["-cmk-in-key-vault"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Key Vault unterstützt für andere Dienste auch RSA-Schlüssel mit 3072 und 4096 Bit.", &["-cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys are supported. The key must be an RSA key stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    // "the key" that wraps the data key, where customer-managed keys are the topic, is theirs;
    // elsewhere, or a key Microsoft manages, it is not
    ("pt-br", "As chaves gerenciadas pelo cliente são compatíveis. A chave é usada para encapsular a chave de criptografia de dados do hub.", &["cmk-is-kek"]),
    ("en-us", "The key is used to wrap the data encryption key.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. The Microsoft-managed key wraps the data encryption key.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. If you remove the key vault's access to the TDE protector, the database becomes inaccessible.", &["revocation-blocks-access"]),
    ("en-us", "If you remove the user's access to the storage account, the user can no longer read blobs.", &["-revocation-blocks-access"]),
    // the requirement is the anchor of requires-new-resource: a negation after it (fr "ne
    // nécessite pas", ko 필요는 없습니다) denies it, and a denial narrowed by "new" states nothing
    ("fr-fr", "Les clés gérées par le client sont prises en charge. La rotation de la clé ne nécessite pas la création d’un nouveau hub.", &["-requires-new-resource"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 키를 회전할 때 새 허브를 만들 필요는 없습니다.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. This feature requires you to create a new hub.", &["requires-new-resource"]),
    ("ru-ru", "Данные шифруются перед записью в хранилище.", &["encrypt-on-write"]),
    ("es-es", "Con TDE administrado por el cliente, la clave de cifrado de la base de datos está protegida por una clave almacenada en Azure Key Vault.", &["cmk-is-kek"]),
    // Key encryption key, in transit, soft delete / purge protection, revocation.
    ("en-us", "The data encryption key is wrapped with your customer-managed key.", &["cmk-is-kek"]),
    // a key hierarchy whose wrapping key is only a key (a server's master key) says
    // nothing of the customer's key; wrapped by a key kept in a vault, it does
    ("en-us", "Data in each database is encrypted with a symmetric AES-256 database encryption key (DEK), which is in turn encrypted by a server-unique asymmetric RSA 2048 master key.", &["-cmk-is-kek", "aes-256"]),
    ("en-us", "Rotating the master key is fast because it only re-encrypts the DEK.", &["-cmk-is-kek"]),
    ("en-us", "The data encryption key is encrypted with a key stored in Azure Key Vault.", &["cmk-is-kek"]),
    ("es-es", "Los datos de cada base de datos se cifran mediante una clave de cifrado de base de datos (DEK), que a su vez se cifra con una clave maestra RSA 2048 única para el servidor.", &["-cmk-is-kek"]),
    ("fr-fr", "Les données de chaque base de données sont chiffrées par une clé de chiffrement de base de données, qui est à son tour chiffrée par une clé principale RSA 2048 spécifique au serveur.", &["-cmk-is-kek"]),
    ("ru-ru", "Данные в каждой базе данных шифруются с помощью ключа шифрования базы данных (DEK), который, в свою очередь, зашифрован с помощью главного ключа сервера.", &["-cmk-is-kek"]),
    ("zh-tw", "每個使用者資料庫中的資料是由資料庫加密金鑰 (DEK) 加密，接著由伺服器唯一的 RSA 2048 主要金鑰加密。", &["-cmk-is-kek"]),
    ("cs-cz", "Data v každé databázi jsou zašifrována pomocí šifrovacího klíče databáze (DEK), který je zase zašifrován hlavním klíčem serveru.", &["-cmk-is-kek"]),
    ("fr-fr", "La clé de chiffrement des données est protégée par votre clé gérée par le client.", &["cmk-is-kek"]),
    ("de-de", "Der Datenverschlüsselungsschlüssel wird mit Ihrem kundenseitig verwalteten Schlüssel umschlossen.", &["cmk-is-kek"]),
    ("ja-jp", "データ暗号化キーは、カスタマー マネージド キーで保護されます。", &["cmk-is-kek"]),
    ("zh-tw", "資料加密金鑰會以客戶管理的金鑰加以保護。", &["cmk-is-kek"]),
    ("ko-kr", "데이터 암호화 키는 고객 관리형 키로 래핑됩니다.", &["cmk-is-kek"]),
    ("ru-ru", "Ключ шифрования данных защищается ключом, управляемым клиентом.", &["cmk-is-kek"]),
    ("en-us", "Data is encrypted in transit with TLS 1.2.", &["encrypts-in-transit"]),
    ("it-it", "I dati vengono crittografati durante la trasmissione.", &["encrypts-in-transit"]),
    ("pl-pl", "Dane są szyfrowane podczas transmisji przy użyciu protokołu TLS.", &["encrypts-in-transit"]),
    ("zh-tw", "資料在傳輸時會使用 TLS 加密。", &["encrypts-in-transit"]),
    ("en-us", "The key vault must have soft delete enabled to use customer-managed keys.", &["soft-delete-purge-protection"]),
    ("nl-nl", "De sleutelkluis moet opschoonbeveiliging hebben voor door de klant beheerde sleutels.", &["soft-delete-purge-protection"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. A kulcstartóban engedélyezni kell a végleges törlés elleni védelmet.", &["soft-delete-purge-protection"]),
    ("en-us", "Customer-managed keys. If you revoke the key, the service can no longer read your data.", &["revocation-blocks-access"]),
    ("es-es", "Claves administradas por el cliente. Si revoca la clave, el servicio ya no podrá acceder a los datos.", &["revocation-blocks-access"]),
    ("ru-ru", "Ключи, управляемые клиентом. Если отозвать ключ, служба теряет доступ к данным.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarı iptal ederseniz hizmet verilere erişemez.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Om du återkallar nyckeln förlorar tjänsten åtkomst till data.", &["revocation-blocks-access"]),
    ("pt-pt", "Os dados são encriptados durante a transmissão.", &["encrypts-in-transit"]),
    ("cs-cz", "Klíč šifrování dat je chráněn klíčem spravovaným zákazníkem.", &["cmk-is-kek"]),
    ("hu-hu", "Az adattitkosítási kulcsot az ügyfél által kezelt kulcs védi.", &["cmk-is-kek"]),
    ("tr-tr", "Veri şifreleme anahtarı, müşteri tarafından yönetilen anahtarla korunur.", &["cmk-is-kek"]),
    ("nl-nl", "De gegevensversleutelingssleutel wordt beschermd met uw door de klant beheerde sleutel.", &["cmk-is-kek"]),
    ("sv-se", "Datakrypteringsnyckeln skyddas med din kundhanterade nyckel.", &["cmk-is-kek"]),
    ("zh-cn", "数据加密密钥由客户管理的密钥保护。", &["cmk-is-kek"]),
    // Issue 12, "every language": inflection, compounding, particles, scripts, and the
    // claims held-out pages missed most, each with a near miss.
    ("zh-tw", "客戶管理的金鑰會儲存在 Azure Key Vault 中。", &["cmk-in-key-vault"]),
    ("zh-tw", "資料在傳輸中和待用時都會加密。", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("zh-tw", "客戶管理的金鑰。如果撤銷金鑰，服務將無法存取資料。", &["revocation-blocks-access"]),
    ("zh-tw", "客戶管理的金鑰。金鑰保存庫必須啟用虛刪除和清除保護。", &["soft-delete-purge-protection"]),
    ("zh-tw", "我想要撰寫使用金鑰進行簽署和加密的應用程式。", &["-encrypt-on-write"]),
    ("zh-tw", "受控服務身分識別可讓服務存取金鑰保存庫中的客戶管理金鑰。", &["managed-identity-required"]),
    ("de-de", "Der Dienst unterstützt kundenseitig verwaltete Schlüssel nicht.", &["supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden nicht nur für Blobs, sondern auch für Dateien unterstützt.", &["supports-cmk", "-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden im Azure-Portal nicht unterstützt.", &["-supports-cmk!"]),
    ("de-de", "Sie müssen keinen eigenen Schlüsseltresor einrichten.", &["-cmk-in-key-vault!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie den Schlüssel widerrufen, kann der Dienst nicht mehr auf die Daten zugreifen.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Für den Schlüsseltresor müssen vorläufiges Löschen und Löschschutz aktiviert sein.", &["soft-delete-purge-protection"]),
    ("ru-ru", "Служба поддерживает ключи, управляемые заказчиком.", &["supports-cmk"]),
    ("ru-ru", "Поддерживается использование ключей клиентов в хранилище ключей Azure.", &["supports-cmk", "cmk-in-key-vault"]),
    ("ru-ru", "Ключи, управляемые клиентом. Отзыв ключа заблокирует доступ службы к данным.", &["revocation-blocks-access"]),
    ("ru-ru", "Данные шифруются при передаче по сети.", &["encrypts-in-transit"]),
    ("ru-ru", "Метод шифрует строку и возвращает передаваемый параметр.", &["-encrypts-in-transit"]),
    ("hu-hu", "A szolgáltatás támogatja az ügyfél által felügyelt kulcsokat.", &["supports-cmk"]),
    ("hu-hu", "Az ügyfelek által kezelt kulcsok támogatottak.", &["supports-cmk"]),
    ("hu-hu", "Az adatok átvitel közben titkosítva vannak.", &["encrypts-in-transit"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. A kulcs visszavonása után a szolgáltatás nem fér hozzá az adatokhoz.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenmez.", &["supports-cmk!"]),
    ("tr-tr", "Veriler aktarım sırasında şifrelenir.", &["encrypts-in-transit"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtar kasasında geçici silme ve temizleme koruması etkinleştirilmelidir.", &["soft-delete-purge-protection"]),
    ("cs-cz", "Služba šifruje data v klidovém stavu.", &["encrypts-at-rest"]),
    ("cs-cz", "Klíče spravované zákazníkem. Odvoláním klíče se zablokuje přístup ke všem datům.", &["revocation-blocks-access"]),
    ("cs-cz", "Data jsou při přenosu šifrována.", &["encrypts-in-transit"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Odwołanie klucza zablokuje dostęp do wszystkich danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Dane są szyfrowane podczas przesyłania.", &["encrypts-in-transit"]),
    ("ko-kr", "고객 관리형 키가 지원되지 않습니다.", &["supports-cmk!"]),
    ("ko-kr", "데이터는 전송 중에 암호화됩니다.", &["encrypts-in-transit"]),
    ("ko-kr", "고객 관리형 키. 키를 해지하면 서비스가 데이터에 액세스할 수 없습니다.", &["revocation-blocks-access"]),
    ("ko-kr", "데이터 암호화 키는 고객 관리형 키로 보호됩니다.", &["cmk-is-kek"]),
    ("ko-kr", "관리 서비스 ID를 사용하여 Key Vault의 고객 관리형 키에 액세스합니다.", &["managed-identity-required"]),
    ("ja-jp", "データは転送中に暗号化されます。", &["encrypts-in-transit"]),
    ("ja-jp", "カスタマー マネージド キー。キーを取り消すと、サービスはデータにアクセスできなくなります。", &["revocation-blocks-access"]),
    ("ja-jp", "データ暗号化キーは、カスタマー マネージド キーでラップされます。", &["cmk-is-kek"]),
    ("en-us", "Data in transit is encrypted with TLS 1.2.", &["encrypts-in-transit"]),
    ("en-us", "The customer-managed key protects the data encryption key.", &["cmk-is-kek"]),
    ("en-us", "Azure creates a data encryption key for each blob.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys. Soft delete and purge protection must be enabled on the key vault.", &["soft-delete-purge-protection"]),
    ("en-us", "Customer-managed keys. Revoking access to the key blocks access to all data in the account.", &["revocation-blocks-access"]),
    ("en-us", "You can revoke a user's access to the portal at any time.", &["-revocation-blocks-access"]),
    ("en-us", "Customer-managed keys. Only RSA keys of size 2048 are supported.", &["rsa-2048"]),
    ("en-us", "RSA keys of 2048, 3072 or 4096 bits are supported.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys must be RSA keys of at least 2048 bits.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys require the Premium tier.", &["pricing-tier=premium"]),
    ("en-us", "Customer-managed keys are available. Storage accounts come in the Standard and Premium tiers.", &["-pricing-tier"]),
    ("fr-fr", "La clé de chiffrement des données est protégée par votre clé gérée par le client.", &["cmk-is-kek"]),
    ("fr-fr", "Les clés RSA de 2048, 3072 ou 4096 bits sont prises en charge.", &["-rsa-2048"]),
    ("fr-fr", "Clés gérées par le client. La suppression réversible et la protection contre la purge doivent être activées sur le coffre de clés.", &["soft-delete-purge-protection"]),
    ("fr-fr", "Clés gérées par le client. L’identité du service administré permet au service d’accéder au coffre de clés.", &["managed-identity-required"]),
    ("es-es", "La clave de cifrado de datos se cifra con la clave administrada por el cliente.", &["cmk-is-kek"]),
    ("es-es", "Claves administradas por el cliente. El almacén de claves debe tener habilitadas la eliminación temporal y la protección de purga.", &["soft-delete-purge-protection"]),
    ("it-it", "Chiavi gestite dal cliente. Se si revoca la chiave, il servizio non può più accedere ai dati.", &["revocation-blocks-access"]),
    ("it-it", "La chiave di crittografia dei dati è protetta dalla chiave gestita dal cliente.", &["cmk-is-kek"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. Se você revogar a chave, o serviço não poderá mais acessar os dados.", &["revocation-blocks-access"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. O cofre de chaves deve ter a exclusão temporária e a proteção contra limpeza habilitadas.", &["soft-delete-purge-protection"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel intrekt, heeft de service geen toegang meer tot de gegevens.", &["revocation-blocks-access"]),
    ("nl-nl", "Gegevens worden tijdens de overdracht versleuteld.", &["encrypts-in-transit"]),
    ("sv-se", "Data krypteras under överföring.", &["encrypts-in-transit"]),
    ("zh-cn", "客户管理的密钥。如果撤销密钥，服务将无法访问数据。", &["revocation-blocks-access"]),
    ("zh-cn", "客户管理的密钥。密钥保管库必须启用软删除和清除保护。", &["soft-delete-purge-protection"]),
    ("de-de", "Es werden RSA-Schlüssel mit mindestens 2048 Bit unterstützt.", &["-rsa-2048"]),
    ("ja-jp", "2048 ビット以上の RSA キーがサポートされています。", &["-rsa-2048"]),
    ("ru-ru", "Ключи, управляемые клиентом. Поддерживаются только ключи RSA размером 2048 бит.", &["rsa-2048"]),
    ("en-us", "Customer-managed keys. Use a managed service identity to reach the key vault.", &["managed-identity-required"]),
    ("fr-fr", "Le chiffrement ajoute une couche supplémentaire de protection aux couches de sécurité existantes.", &["-double-encryption"]),
    ("fr-fr", "Les clés gérées par le client ajoutent une couche supplémentaire de chiffrement.", &["double-encryption"]),
    ("es-es", "El cifrado agrega una capa adicional de seguridad a la red.", &["-double-encryption"]),
    ("es-es", "Las claves administradas por el cliente agregan una capa adicional de cifrado.", &["double-encryption"]),
    ("cs-cz", "Šifrování přidává dodatečnou vrstvu ochrany.", &["-double-encryption"]),
    ("nl-nl", "Versleuteling voegt een extra beveiligingslaag toe aan het netwerk.", &["-double-encryption"]),
    ("nl-nl", "Door de klant beheerde sleutels bieden een extra laag versleuteling.", &["double-encryption"]),
    ("tr-tr", "Şifreleme, ağa ek bir koruma katmanı ekler.", &["-double-encryption"]),
    ("fr-fr", "Clés gérées par le client. La bibliothèque utilise Managed Service Identity (MSI) pour accéder au coffre de clés.", &["managed-identity-required"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Die Bibliothek verwendet Managed Service Identity, um auf den Schlüsseltresor zuzugreifen.", &["managed-identity-required"]),
    // "Stored data" with the participle or a relative clause after the noun (ru, cs, es)
    // is data at rest; a key, credentials or metadata that "are stored" is not, and
    // neither is "stored" alone a moment of writing.
    ("ru-ru", "Always Encrypted помогает шифровать конфиденциальные данные, которые хранятся на сервере.", &["encrypts-at-rest"]),
    ("ru-ru", "Можно включить шифрование данных, хранящихся в учетной записи.", &["encrypts-at-rest"]),
    ("ru-ru", "Сертификат нужен для шифрования учетных данных, которые хранятся в хранилище метаданных.", &["-encrypts-at-rest"]),
    ("ru-ru", "Затем зашифрованный ключ и метаданные шифрования сохраняются в службе.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("ru-ru", "Данные шифруются при сохранении на диск.", &["encrypt-on-write"]),
    ("cs-cz", "Služba nabízí šifrování dat, která jsou uložená v účtu.", &["encrypts-at-rest"]),
    ("cs-cz", "Všechny šifrovací klíče jsou uložené v trezoru.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("es-es", "El servicio ofrece el cifrado de los datos que se almacenan en la cuenta.", &["encrypts-at-rest"]),
    ("es-es", "Las claves de cifrado se almacenan en la cuenta.", &["-encrypts-at-rest"]),
    // "category" alone is no pricing tier in ru; "price category" is
    ("ru-ru", "Ключи, управляемые клиентом, доступны для учетных записей категорий «Стандартный» и «Премиум».", &["-pricing-tier"]),
    ("ru-ru", "Ключи, управляемые клиентом, доступны только в ценовой категории «Премиум».", &["pricing-tier=premium"]),
    // "contact us" alone (an address, questions) is no request procedure; through support is
    ("ru-ru", "Чтобы использовать ключи, управляемые клиентом, свяжитесь с нами через службу поддержки Майкрософт.", &["access-by-request"]),
    ("ru-ru", "Чтобы опробовать ключи, управляемые клиентом, свяжитесь с нами по адресу help@example.com.", &["-access-by-request"]),
    // the database encryption key (TDE's DEK) wrapped by the customer's key; by a key
    // the sentence does not make the customer's (a master key), it is no such claim
    ("fr-fr", "Les données sont chiffrées par une clé de chiffrement de base de données, elle-même chiffrée par une clé principale RSA.", &["-cmk-is-kek"]),
    ("fr-fr", "Les données sont chiffrées par une clé de chiffrement de base de données, elle-même chiffrée par une clé gérée par le client.", &["cmk-is-kek"]),
    ("fr-fr", "Créez une clé de chiffrement de base de données pour la base.", &["-cmk-is-kek"]),
    ("en-us", "Each database is encrypted with a database encryption key that is protected by your key in Key Vault.", &["cmk-is-kek"]),
    ("en-us", "Create a database encryption key for each database.", &["-cmk-is-kek"]),
    ("es-es", "Los datos se cifran con una clave de cifrado de base de datos protegida por una clave maestra.", &["-cmk-is-kek"]),
    ("es-es", "Los datos se cifran con una clave de cifrado de base de datos protegida por una clave almacenada en Azure Key Vault.", &["cmk-is-kek"]),
    // fr "n'est pas accessible" after a revocation
    ("fr-fr", "Clés gérées par le client. Si vous révoquez la clé, les données ne sont pas accessibles au service.", &["revocation-blocks-access"]),
    ("fr-fr", "Le compte de stockage chiffré n’est pas accessible depuis Internet.", &["-revocation-blocks-access"]),
    // transparent *encryption*, not keys migrated "transparently" (seamlessly)
    ("fr-fr", "Vous pouvez créer des clés de test puis les migrer en toute transparence en clés de production.", &["-transparent-encryption"]),
    ("fr-fr", "Les données sont chiffrées et déchiffrées en toute transparence.", &["transparent-encryption"]),
    ("en-us", "The library offers simple and transparent key providers.", &["-transparent-encryption"]),
    // zh-tw: the premium *service* tier
    ("zh-tw", "客戶管理的金鑰需要 Azure 金鑰保存庫進階服務層。", &["pricing-tier=premium"]),
    ("zh-tw", "客戶管理的金鑰可用於標準服務層。", &["pricing-tier=standard"]),
    ("zh-tw", "客戶管理的金鑰僅可用於標準服務層。", &["pricing-tier=standard"]),
    ("zh-tw", "如需客戶管理的金鑰與服務層的詳細資訊，請參閱價格網站。", &["-pricing-tier"]),
    // writing *to the wire* (the network) is no moment of storage
    ("en-us", "The client library decides whether a property is encrypted while writing to the wire.", &["-encrypt-on-write"]),
    ("es-es", "La biblioteca decide si se debe cifrar una propiedad mientras se escribe en la conexión.", &["-encrypt-on-write"]),
    ("es-es", "Los datos se cifran al escribirlos en el disco.", &["encrypt-on-write"]),
    ("cs-cz", "Knihovna se rozhodne, jestli se vlastnost bude šifrovat při zápisu do sítě.", &["-encrypt-on-write"]),
    ("cs-cz", "Data jsou šifrována při zápisu na disk.", &["encrypt-on-write"]),
    ("fr-fr", "La bibliothèque décide si une propriété doit être chiffrée lors de l’écriture en ligne.", &["-encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées lors de l’écriture sur le disque.", &["encrypt-on-write"]),
    // Locales without labelled pages, the weakest claims: revocation that blocks access
    // (an adverb between verb and object, "is not accessible"), in transit, the key
    // encryption key, soft delete; each with a near miss.
    ("fr-fr", "Clés gérées par le client. La révocation de l’accès bloque efficacement l’accès aux données chiffrées.", &["revocation-blocks-access"]),
    ("es-es", "Claves administradas por el cliente. La revocación del acceso bloquea eficazmente el acceso a los datos cifrados.", &["revocation-blocks-access"]),
    ("es-es", "El firewall bloquea eficazmente el acceso a la red.", &["-revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. La revoca dell’accesso blocca effettivamente l’accesso ai dati crittografati.", &["revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. Se si disabilita la chiave, i dati crittografati non sono accessibili al servizio.", &["revocation-blocks-access"]),
    ("it-it", "Il portale non è accessibile senza una chiave di crittografia.", &["-revocation-blocks-access"]),
    ("it-it", "I dati sono crittografati con una chiave per la crittografia delle chiavi.", &["cmk-is-kek"]),
    ("it-it", "Il servizio crittografa i dati durante il transito.", &["encrypts-in-transit"]),
    ("it-it", "Il transito dei pacchetti è registrato.", &["-encrypts-in-transit"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se revogar a chave, os dados encriptados não estarão acessíveis ao serviço.", &["revocation-blocks-access"]),
    ("pt-pt", "Chaves geridas pelo cliente. A revogação do acesso bloqueia efetivamente o acesso aos dados encriptados.", &["revocation-blocks-access"]),
    ("pt-pt", "O portal não está acessível nesta região, mesmo com encriptação.", &["-revocation-blocks-access"]),
    ("pt-pt", "A chave de encriptação da chave protege a chave de dados.", &["cmk-is-kek"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel intrekt, is de versleutelde data niet toegankelijk voor de service.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels. Het intrekken van de toegang blokkeert in feite de toegang tot alle versleutelde gegevens.", &["revocation-blocks-access"]),
    ("nl-nl", "De versleutelde opslag is niet toegankelijk vanaf internet.", &["-revocation-blocks-access"]),
    ("nl-nl", "Gegevens worden versleuteld tijdens het transport.", &["encrypts-in-transit"]),
    ("nl-nl", "Het transport van de schijven is versleuteld.", &["-encrypts-in-transit"]),
    ("sv-se", "Kundhanterade nycklar. Återkallande av åtkomst blockerar effektivt åtkomst till alla krypterade data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Om du inaktiverar nyckeln är krypterade data inte tillgängliga för tjänsten.", &["revocation-blocks-access"]),
    ("sv-se", "Krypteringen är inte tillgänglig i alla regioner.", &["-revocation-blocks-access"]),
    ("sv-se", "Tjänsten krypterar data som överförs mellan klient och server.", &["encrypts-in-transit"]),
    ("sv-se", "Kundhanterade nycklar. Nyckelvalvet kräver mjukt borttagna nycklar och rensningsskydd.", &["soft-delete-purge-protection"]),
    ("sv-se", "Du kan ta bort nyckeln från nyckelvalvet.", &["-soft-delete-purge-protection"]),
    ("cs-cz", "Klíče spravované zákazníkem. Odvolání přístupu bude efektivně blokovat přístup ke všem šifrovaným datům.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud klíč zakážete, šifrovaná data nebudou přístupná službě.", &["revocation-blocks-access"]),
    ("cs-cz", "Šifrovaný účet není přístupný z internetu.", &["-revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarı iptal ederseniz hizmet şifrelenmiş verilere erişemeyecek.", &["revocation-blocks-access"]),
    ("tr-tr", "Hizmet şifrelenmiş verilere erişebilir.", &["-revocation-blocks-access"]),
    ("tr-tr", "Veriler aktarım esnasında şifrelenir.", &["encrypts-in-transit"]),
    ("tr-tr", "Veriler iletimdeki paketlerde şifrelenir.", &["encrypts-in-transit"]),
    ("tr-tr", "Veri aktarımı tamamlandıktan sonra şifreleme anahtarını oluşturun.", &["-encrypts-in-transit"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha visszavonja a kulcsot, a titkosított adatok nem lesznek hozzáférhetők a szolgáltatás számára.", &["revocation-blocks-access"]),
    ("hu-hu", "A titkosított tár nem hozzáférhető az internetről.", &["-revocation-blocks-access"]),
    ("hu-hu", "A szolgáltatás titkosítja a továbbított adatokat.", &["encrypts-in-transit"]),
    ("hu-hu", "Az adatokat a kulcsok titkosítására szolgáló kulcs védi.", &["cmk-is-kek"]),
    ("hu-hu", "A kulcsok tárolására szolgáló tároló titkosított.", &["-cmk-is-kek"]),
    ("zh-tw", "客戶管理的金鑰。撤銷金鑰之後，服務將無法再存取加密的資料。", &["revocation-blocks-access"]),
    ("zh-tw", "服務無法再存取此區域的加密設定。", &["-revocation-blocks-access"]),
    ("zh-tw", "資料在傳輸期間會加密。", &["encrypts-in-transit"]),
    ("zh-tw", "資料傳輸完成後，請建立加密金鑰。", &["-encrypts-in-transit"]),
    ("ko-kr", "데이터는 전송되는 동안 암호화됩니다.", &["encrypts-in-transit"]),
    ("ko-kr", "전송이 완료된 후 암호화 키를 만듭니다.", &["-encrypts-in-transit"]),
    ("ko-kr", "고객 관리형 키. 액세스를 취소하면 암호화된 데이터에 대한 액세스가 효과적으로 차단됩니다.", &["revocation-blocks-access"]),
    ("ko-kr", "방화벽이 암호화된 저장소에 대한 액세스를 차단합니다.", &["-revocation-blocks-access"]),
    ("ko-kr", "데이터는 키를 암호화하는 키로 보호됩니다.", &["cmk-is-kek"]),
    // Found by the cross-locale audit (scripts/claims-xlocale.py): one article, six
    // translations of one source, claims that only some locales read.
    // ru: "при хранении" is "at rest" (шифрование при хранении), not the moment of
    // writing; "при сохранении" (on saving) is.
    ("ru-ru", "Резервные копии автоматически шифруются при хранении.", &["encrypts-at-rest", "-encrypt-on-write"]),
    ("ru-ru", "Данные шифруются при сохранении в хранилище.", &["encrypt-on-write"]),
    // ru: "ключ клиента" is the tenant key of multitenant designs, and what a client
    // library manages is not a customer-managed key; "ключи, управляемые клиентом" is.
    ("ru-ru", "Ключ клиента хранится в каждой строке, и его можно использовать для сегментирования.", &["-supports-cmk"]),
    ("ru-ru", "Подключения, управляемые клиентской библиотекой, используют ключ шифрования.", &["-supports-cmk"]),
    ("ru-ru", "Можно использовать ключи, управляемые клиентами.", &["supports-cmk"]),
    // own security and account keys are credentials, not the customer's encryption keys
    ("ru-ru", "Каждое устройство может использовать собственный ключ безопасности.", &["-supports-cmk"]),
    ("ru-ru", "Можно использовать собственные ключи шифрования.", &["supports-cmk"]),
    ("es-es", "Puede usar su propia clave de seguridad en cada dispositivo.", &["-supports-cmk"]),
    ("es-es", "Antes había que usar sus propias claves de cuenta de almacenamiento con Key Vault.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("es-es", "Puede usar sus propias claves de cifrado.", &["supports-cmk"]),
    ("fr-fr", "Vous pouvez utiliser votre propre clé de sécurité sur chaque appareil.", &["-supports-cmk"]),
    ("fr-fr", "Vous pouvez utiliser votre propre clé pour chiffrer les données.", &["supports-cmk"]),
    ("cs-cz", "Každé zařízení může použít vlastní klíč zabezpečení.", &["-supports-cmk"]),
    ("cs-cz", "Vývojáři museli spravovat vlastní klíče účtu úložiště v Key Vault.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("cs-cz", "Můžete použít vlastní klíče k šifrování dat.", &["supports-cmk"]),
    // ko: "미사용 시" (when at rest) is at rest, like "미사용 데이터"; an unused account is not
    ("ko-kr", "백업은 미사용 시 자동으로 암호화됩니다.", &["encrypts-at-rest"]),
    ("ko-kr", "미사용 계정의 암호화 키는 삭제됩니다.", &["-encrypts-at-rest"]),
    // unencrypted: es "sin cifrar", cs "bez šifrování", ko "암호화되지/보안되지 않은"
    ("es-es", "Puede capturar el tráfico HTTPS y ver los mensajes sin cifrar.", &["-encrypts-in-transit"]),
    ("es-es", "El tráfico HTTPS se cifra con TLS.", &["encrypts-in-transit"]),
    ("cs-cz", "Nástroj zobrazí zprávy HTTPS bez šifrování.", &["-encrypts-in-transit"]),
    ("cs-cz", "Data se při přenosu šifrují pomocí TLS.", &["encrypts-in-transit"]),
    ("ko-kr", "모든 끝점은 TLS를 사용하며 암호화되지/보안되지 않은 채널에 공개되지 않습니다.", &["-encrypts-in-transit"]),
    // cs: transparent data encryption (TDE) in any case is a product, not this claim
    ("cs-cz", "Data v klidu se šifrují pomocí transparentního šifrování dat.", &["-transparent-encryption", "encrypts-at-rest"]),
    ("cs-cz", "Šifrování je pro aplikace transparentní.", &["transparent-encryption"]),
    // cs: half-translated "soft odstranění" is soft delete; software removal is not
    ("cs-cz", "Klíče spravované zákazníkem. Trezor klíčů musí mít povolené soft odstranění.", &["soft-delete-purge-protection"]),
    ("cs-cz", "Softwarové odstranění klíčů z trezoru klíčů musíte provést ručně.", &["-soft-delete-purge-protection"]),
    // zh-tw: 旋轉 (rotate) is also said of keys
    ("zh-tw", "您可以建立、旋轉、停用及撤銷金鑰。", &["key-operations=create,disable,revoke,rotate"]),
    ("zh-tw", "您可以旋轉螢幕並建立金鑰。", &["-key-operations"]),
    // a user (fr utilisateur, zh-tw 使用者, ko 사용자) is not a use
    ("fr-fr", "Les utilisateurs des clés gérées par le client reçoivent une notification.", &["-supports-cmk"]),
    ("fr-fr", "Vous utilisez des clés gérées par le client.", &["supports-cmk"]),
    ("zh-tw", "使用者可以查看客戶管理的金鑰。", &["-supports-cmk"]),
    ("zh-tw", "您可以使用客戶管理的金鑰。", &["supports-cmk"]),
    ("ko-kr", "사용자는 고객 관리 키 목록을 볼 수 있습니다.", &["-supports-cmk"]),
    ("ko-kr", "고객 관리 키를 사용할 수 있습니다.", &["supports-cmk"]),
    // zh-tw: writing an encrypted blob, or encryption metadata, is no encryption on write
    ("zh-tw", "讀取或寫入加密的 Blob 時，請使用整個 Blob 上傳命令。", &["-encrypt-on-write"]),
    ("zh-tw", "請先取得目前的加密中繼資料，並避免在設定中繼資料時並行寫入。", &["-encrypt-on-write"]),
    // rsa-2048: a key a page merely uses is no restriction to RSA 2048
    ("en-us", "Suppose the app uses an RSA 2048-bit key for signing operations.", &["-rsa-2048"]),
    ("es-es", "La aplicación usa una clave RSA de 2048 bits para las operaciones de firma.", &["-rsa-2048"]),
    ("ko-kr", "로그인 작업에는 RSA 2048비트 키를 사용합니다.", &["-rsa-2048"]),
    ("zh-tw", "應用程式使用 RSA 2048 位元金鑰來進行簽署作業。", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys. The key must be an RSA key of size 2048.", &["rsa-2048"]),
    // zh-tw: 之 is the written attributive particle beside 的 (客戶管理之金鑰)
    ("zh-tw", "儲存體支援客戶管理之金鑰。", &["supports-cmk"]),
    ("zh-tw", "預設會使用 Microsoft 管理之金鑰。", &["default-platform-keys"]),
    ("zh-tw", "客戶管理之訂用帳戶可以使用金鑰。", &["-supports-cmk"]),
    // requesting approval (of a preview) by mail is access by request
    ("en-us", "Customer-managed keys are in preview. Email the team and request approval.", &["access-by-request"]),
    ("en-us", "Customer-managed keys are available. The approval of your change request is automatic.", &["-access-by-request"]),
    ("es-es", "Las claves administradas por el cliente están en versión preliminar. Envíe un correo y solicite la aprobación.", &["access-by-request"]),
    ("es-es", "Las claves administradas por el cliente están disponibles. La aprobación del cambio es automática.", &["-access-by-request"]),
    ("fr-fr", "Les clés gérées par le client sont en préversion. Envoyez un e-mail et demandez une approbation.", &["access-by-request"]),
    ("fr-fr", "Les clés gérées par le client sont disponibles. L’approbation de la modification est automatique.", &["-access-by-request"]),
    ("ru-ru", "Ключи, управляемые клиентом, доступны в предварительной версии. Отправьте письмо и подайте запрос на утверждение.", &["access-by-request"]),
    ("zh-tw", "客戶管理的金鑰目前為預覽。請傳送電子郵件並要求核准。", &["access-by-request"]),
    ("zh-tw", "客戶管理的金鑰已可使用。管理員會核准變更。", &["-access-by-request"]),
    ("ko-kr", "고객 관리 키는 미리 보기입니다. 이메일을 보내 승인을 요청하세요.", &["access-by-request"]),
    // a question states nothing ("Can I use my own keys?"); the answer after it may
    ("en-us", "Can I use customer-managed keys with this service?", &["-supports-cmk"]),
    ("en-us", "Q: Can I use customer-managed keys? A: Yes, customer-managed keys are supported.", &["supports-cmk"]),
    ("es-es", "¿Puedo usar mis propias claves de cifrado?", &["-supports-cmk"]),
    ("ru-ru", "Можно ли использовать собственные ключи шифрования?", &["-supports-cmk"]),
    ("cs-cz", "Podporuje služba šifrování AES 256?", &["-aes-256"]),
    ("zh-tw", "問：是否可以使用客戶管理的金鑰？", &["-supports-cmk"]),
    // data moving between two ends (client and server) is in transit; a resource moved
    // to another group is not
    ("en-us", "The technology keeps data encrypted during movement between client and server.", &["encrypts-in-transit"]),
    ("en-us", "Encryption keys do not change during movement of the resource to another group.", &["-encrypts-in-transit"]),
    ("fr-fr", "Les données restent chiffrées pendant le déplacement entre le client et le serveur.", &["encrypts-in-transit"]),
    ("fr-fr", "Les clés de chiffrement ne changent pas pendant le déplacement de la ressource.", &["-encrypts-in-transit"]),
    ("cs-cz", "Data zůstávají zašifrovaná během pohybu mezi klientem a serverem.", &["encrypts-in-transit"]),
    ("cs-cz", "Šifrovací klíč se během pohybu prostředku do jiné skupiny nemění.", &["-encrypts-in-transit"]),
    ("es-es", "Los datos permanecen cifrados durante el movimiento entre el cliente y el servidor.", &["encrypts-in-transit"]),
    ("es-es", "Las claves de cifrado no cambian durante el movimiento del recurso a otro grupo.", &["-encrypts-in-transit"]),
    ("zh-tw", "資料在用戶端與伺服器之間移動時會保持加密。", &["encrypts-in-transit"]),
    ("zh-tw", "移動資源時，加密金鑰不會變更。", &["-encrypts-in-transit"]),
    // zh-tw: 靜態 (static) is at rest, as 静态 is in zh-cn: 靜態加密; dynamic encryption is not
    ("zh-tw", "儲存體服務提供靜態加密。", &["encrypts-at-rest"]),
    ("zh-tw", "媒體服務提供動態加密。", &["-encrypts-at-rest"]),
    // plans state nothing about the service as it is
    ("en-us", "In the future, you will be able to use customer-managed keys.", &["-supports-cmk"]),
    ("en-us", "We are working to support customer-managed keys.", &["-supports-cmk"]),
    ("en-us", "Customer-managed keys are supported for future-proof compliance.", &["supports-cmk"]),
    ("es-es", "Estamos trabajando para permitir que los clientes usen sus propias claves de cifrado.", &["-supports-cmk"]),
    ("es-es", "Los clientes pueden usar sus propias claves de cifrado.", &["supports-cmk"]),
    ("ru-ru", "В будущем вы сможете использовать ключи, управляемые клиентом.", &["-supports-cmk"]),
    ("ru-ru", "Мы работаем над тем, чтобы клиенты могли использовать собственные ключи шифрования.", &["-supports-cmk"]),
    ("fr-fr", "À l’avenir, vous pourrez utiliser des clés gérées par le client.", &["-supports-cmk"]),
    ("zh-tw", "您未來將可以使用客戶管理的金鑰。", &["-supports-cmk"]),
    ("zh-tw", "您現在可以使用客戶管理的金鑰。", &["supports-cmk"]),
    ("cs-cz", "V budoucnu budete moci použít klíče spravované zákazníkem.", &["-supports-cmk"]),
    ("ko-kr", "향후 고객 관리 키를 사용할 수 있습니다.", &["-supports-cmk"]),
    ("de-de", "In Zukunft werden kundenseitig verwaltete Schlüssel unterstützt.", &["-supports-cmk"]),
    ("ja-jp", "将来、カスタマー マネージド キーがサポートされる予定です。", &["-supports-cmk"]),
    // Microsoft as the subject that manages the keys (active voice, es clitic "las
    // administra Microsoft", zh-tw 由…所管理) says what "managed by Microsoft" says
    ("en-us", "Currently, Microsoft manages the keys used for encryption.", &["default-platform-keys"]),
    ("en-us", "Currently, the customer manages the keys used for encryption.", &["-default-platform-keys"]),
    ("fr-fr", "Actuellement, Microsoft gère les clés de chiffrement.", &["default-platform-keys"]),
    ("es-es", "En este momento, Microsoft administra las claves de cifrado.", &["default-platform-keys"]),
    ("es-es", "Las claves de cifrado las administra Microsoft.", &["default-platform-keys"]),
    ("es-es", "Las claves de cifrado las administra el cliente.", &["-default-platform-keys"]),
    ("cs-cz", "Klíče používané k šifrování spravuje Microsoft.", &["default-platform-keys"]),
    ("cs-cz", "Klíče používané k šifrování spravuje zákazník.", &["-default-platform-keys"]),
    ("ru-ru", "В настоящее время ключами шифрования управляет корпорация Майкрософт.", &["default-platform-keys"]),
    ("ru-ru", "Ключами шифрования управляет клиент.", &["-default-platform-keys"]),
    ("zh-tw", "用來加密的金鑰是由 Microsoft 所管理。", &["default-platform-keys"]),
    ("zh-tw", "用來加密的金鑰是由客戶所管理。", &["-default-platform-keys"]),
    ("zh-tw", "Microsoft 負責管理加密金鑰。", &["default-platform-keys"]),
    ("zh-tw", "客戶負責管理加密金鑰。", &["-default-platform-keys"]),
    // Microsoft managing the key set aside by an instead cue is the default only where
    // the sentence says so
    ("es-es", "En lugar de que Microsoft administre su clave de cifrado, puede administrarla usted.", &["-default-platform-keys"]),
    ("es-es", "En lugar de que Microsoft administre su clave de cifrado (la opción predeterminada), puede administrarla usted.", &["default-platform-keys"]),
    ("ru-ru", "Вместо того чтобы ключом шифрования управляла корпорация Майкрософт, вы управляете им сами.", &["-default-platform-keys"]),
    ("ru-ru", "Вместо того чтобы ключом шифрования управляла корпорация Майкрософт (по умолчанию), вы управляете им сами.", &["default-platform-keys"]),
    // ... but only of keys: Microsoft managing the HSMs is not this claim
    ("en-us", "With these encryption improvements, Microsoft manages the HSMs for you.", &["-default-platform-keys"]),
    ("es-es", "Estas mejoras de cifrado permiten que Microsoft administre los HSM.", &["-default-platform-keys"]),
    ("ru-ru", "Аппаратными модулями шифрования управляет корпорация Майкрософт.", &["-default-platform-keys"]),
    ("de-de", "Microsoft verwaltet die Verschlüsselungsschlüssel.", &["default-platform-keys"]),
    ("ru-ru", "Майкрософт управляет ключами шифрования.", &["default-platform-keys"]),
    ("ru-ru", "Вы контролируете ключи, а Майкрософт — управлять аппаратными модулями.", &["-default-platform-keys"]),
    // A participle moment describes the data the action is said of ("data written to
    // disk is encrypted"): it may stand further before its action, past the commas of a
    // participial or relative clause, but a gerund moment may not ("when reading from an
    // encrypted blob" encrypts nothing on read).
    ("en-us", "New data written to the account is encrypted with your key.", &["encrypt-on-write"]),
    ("en-us", "Any new data that is written to the database is encrypted.", &["encrypt-on-write"]),
    ("en-us", "When data is written, it is encrypted.", &["encrypt-on-write"]),
    ("en-us", "The log is written, and encrypted copies are kept elsewhere.", &["-encrypt-on-write"]),
    ("fr-fr", "Les nouvelles données écrites sur des disques existants sont chiffrées automatiquement.", &["encrypt-on-write"]),
    ("fr-fr", "Pendant la lecture d’un objet blob chiffré, utilisez les commandes de téléchargement.", &["-encrypt-on-read"]),
    ("es-es", "Los nuevos datos escritos en los discos existentes se cifran automáticamente.", &["encrypt-on-write"]),
    ("es-es", "Al leer desde un blob cifrado, utilice comandos de descarga completa.", &["-encrypt-on-read"]),
    ("ru-ru", "Все новые данные, записываемые на управляемые диски, автоматически шифруются.", &["encrypt-on-write"]),
    ("ru-ru", "При записи в хранилище данные шифруются.", &["encrypt-on-write"]),
    ("nl-nl", "Nieuwe gegevens die worden geschreven, worden versleuteld.", &["encrypt-on-write"]),
    ("sv-se", "Nya data som skrivs till disken krypteras.", &["encrypt-on-write"]),
    ("it-it", "I nuovi dati scritti su disco vengono crittografati.", &["encrypt-on-write"]),
    ("pt-pt", "Os novos dados escritos no disco são encriptados.", &["encrypt-on-write"]),
    ("cs-cz", "Nová data zapsaná na disk jsou šifrována.", &["encrypt-on-write"]),
    ("tr-tr", "Diske yazılan yeni veriler şifrelenir.", &["encrypt-on-write"]),
    ("hu-hu", "Az újonnan írt adatok titkosítva vannak.", &["encrypt-on-write"]),
    ("hu-hu", "Az adatokat a rendszer titkosítja, amikor a lemezre írja, és visszafejti, amikor hozzáfér.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ko-kr", "새로 기록되는 데이터는 암호화됩니다.", &["encrypt-on-write"]),
    ("zh-tw", "新寫入的資料會加密。", &["encrypt-on-write"]),
    // "data read from storage is decrypted" (participle) and a moment in a "when" clause
    // of its own before the action's clause; a read with an action in its own clause
    // is another reading, and so is a bare verb in unspaced scripts
    ("fr-fr", "Les données lues à partir du stockage sont déchiffrées par le service avant d’être renvoyées.", &["decrypt-on-read"]),
    ("es-es", "Cuando se lean los datos desde el almacenamiento, el servicio los descifrará antes de devolverlos.", &["decrypt-on-read"]),
    ("cs-cz", "Při čtení z úložiště jsou data dešifrována.", &["decrypt-on-read"]),
    ("en-us", "When data is read from storage, the service decrypts it before returning it.", &["decrypt-on-read"]),
    ("de-de", "Wenn Daten gelesen werden, entschlüsselt der Dienst sie.", &["decrypt-on-read"]),
    ("it-it", "I dati letti dal disco vengono decrittografati dal servizio.", &["decrypt-on-read"]),
    ("en-us", "When you read the documentation, the encryption keys are listed in a table.", &["-encrypt-on-read"]),
    ("zh-tw", "這表示並非人人都能讀取金鑰保存庫，以及擷取用來進行用戶端加密的金鑰。", &["-encrypt-on-read"]),
    ("zh-tw", "如果資料庫使用 TDE 加密，則備份會自動加密靜止。", &["encrypts-at-rest"]),
    // pricing tiers: a sentence that takes customer-managed keys from its context must
    // limit or require the tier; the tiers a service is offered in are no such limit, the
    // tiers the keys are available in are (the writers of setAI, AO, AP and X label them)
    ("en-us", "Customer-managed keys are supported. The service is available in the Basic, Standard, and Premium tiers.", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys are supported. This feature is only available in the Standard tier.", &["pricing-tier=standard"]),
    ("en-us", "Customer-managed keys are available in the Standard tier.", &["pricing-tier=standard"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Il servizio è disponibile nei livelli Basic, Standard e Premium.", &["-pricing-tier"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Hizmet Temel, Standart ve Premium katmanlarında kullanılabilir.", &["-pricing-tier"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 서비스는 기본, 표준 및 프리미엄 계층에서 사용할 수 있습니다.", &["-pricing-tier"]),
    ("zh-tw", "支援客戶管理的金鑰。此服務提供基本、標準和進階層。", &["-pricing-tier"]),
    // disabling the key: separable and circumfixed participles (nl uitgeschakeld, hu le
    // van tiltva), "no longer has access" (cs už nemá přístup, pt-pt deixa de conseguir)
    ("nl-nl", "Door de klant beheerde sleutels. Als de sleutel is uitgeschakeld, heeft de service geen toegang meer tot de gegevens.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha a kulcs le van tiltva, a szolgáltatás már nem fér hozzá az adatokhoz.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud je klíč zakázaný, služba už nemá přístup k datům.", &["revocation-blocks-access"]),
    ("cs-cz", "Uživatel nemá přístup k portálu.", &["-revocation-blocks-access"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se desativar a chave, o serviço deixa de conseguir aceder aos dados.", &["revocation-blocks-access"]),
    // claims only pages about customer-managed keys make: a page on access keys, TLS
    // certificates or Key Vault secrets that never names them states none of these
    ("en-us", "Disable the shared access key. If you disable the key, clients can no longer access the storage account.", &["-revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are stored in Key Vault. If you disable the key, the service can no longer access the data.", &["revocation-blocks-access"]),
    ("en-us", "The TLS certificate must use an RSA key of size 2048.", &["-rsa-2048"]),
    ("en-us", "Store the connection string as a secret in Key Vault. The app uses a managed identity to read the secret.", &["-managed-identity-required"]),
    ("en-us", "Before you can recover a deleted key vault, you must enable soft delete and purge protection for it.", &["-soft-delete-purge-protection"]),
    ("en-us", "Customer-managed keys need a key vault. The key vault must have soft delete and purge protection enabled.", &["soft-delete-purge-protection"]),
    ("pt-pt", "Se desativar a chave de acesso partilhado, os clientes deixam de conseguir aceder à conta de armazenamento.", &["-revocation-blocks-access"]),
    ("cs-cz", "Pokud zakážete sdílený přístupový klíč, klienti už nemají přístup k účtu úložiště.", &["-revocation-blocks-access"]),
    ("tr-tr", "Paylaşılan erişim anahtarını devre dışı bırakırsanız istemciler artık depolama hesabına erişemez.", &["-revocation-blocks-access"]),
    ("hu-hu", "Ha letiltja a megosztott hozzáférési kulcsot, az ügyfelek már nem férnek hozzá a tárfiókhoz.", &["-revocation-blocks-access"]),
    ("ko-kr", "공유 액세스 키를 사용하지 않도록 설정하면 클라이언트가 더 이상 스토리지 계정에 액세스할 수 없습니다.", &["-revocation-blocks-access"]),
    ("zh-tw", "如果停用共用存取金鑰，用戶端將無法再存取儲存體帳戶。", &["-revocation-blocks-access"]),
    ("ja-jp", "共有アクセス キーを無効にすると、クライアントはストレージ アカウントにアクセスできなくなります。", &["-revocation-blocks-access"]),
    ("zh-tw", "客戶管理的金鑰儲存在金鑰保存庫中。如果停用金鑰，服務將無法再存取資料。", &["revocation-blocks-access"]),
    // reading or writing an encrypted blob (client-side encryption pages): the action in
    // its attributive form names what the blob is, and pairs with no moment
    ("de-de", "Verwenden Sie beim Lesen aus einem verschlüsselten Blob oder beim Schreiben in einen verschlüsselten Blob die Befehle zum Hochladen des gesamten Blobs.", &["-encrypt-on-read", "-encrypt-on-write"]),
    ("hu-hu", "Titkosított blob olvasásakor vagy írásakor használja a teljes blob feltöltési parancsait.", &["-encrypt-on-read", "-encrypt-on-write"]),
    ("ja-jp", "暗号化された BLOB の読み取りまたは書き込みを行うときは、BLOB 全体のアップロード コマンドを使用します。", &["-encrypt-on-read", "-encrypt-on-write"]),
    ("ko-kr", "암호화된 Blob을 읽거나 쓸 때는 전체 Blob 업로드 명령을 사용합니다.", &["-encrypt-on-write"]),
    ("zh-cn", "读取或写入加密的 Blob 时，请使用整个 Blob 上传命令。", &["-encrypt-on-write", "-encrypt-on-read"]),
    ("tr-tr", "Şifrelenmiş bir bloba okuma veya yazma sırasında tam blob karşıya yükleme komutlarını kullanın.", &["-encrypt-on-write"]),
    ("en-us", "When reading an encrypted blob, use the whole blob download commands.", &["-encrypt-on-read"]),
    ("en-us", "The encrypted data is decrypted when it is read.", &["decrypt-on-read"]),
    ("de-de", "Die verschlüsselten Daten werden beim Lesen entschlüsselt.", &["decrypt-on-read"]),
    ("ru-ru", "Содержимое зашифрованного BLOB-объекта расшифровывается при чтении.", &["decrypt-on-read"]),
    // Cognitive Services CMK wording in the nine locales without labelled pages:
    // separable verbs with "te" (nl uit te schakelen, in te trekken), cs obměna
    // (rotation) and 256bitový in one word, sv "begära åtkomst", hu "hozzáférés igénylése"
    ("nl-nl", "Door de klant beheerde sleutels bieden meer flexibiliteit om toegangsbeheer te maken, te roteren, uit te schakelen en in te trekken.", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("cs-cz", "Klíče spravované zákazníkem nabízejí větší flexibilitu při vytváření, obměně, zakazování a odvolávání řízení přístupu.", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("cs-cz", "Data se šifrují a dešifrují pomocí 256bitového šifrování AES kompatibilního se standardem FIPS 140-2.", &["aes-256", "fips-140-2"]),
    ("sv-se", "Om du vill begära åtkomst till kundhanterade nycklar fyller du i och skickar in formuläret. Det tar ungefär 3–5 arbetsdagar.", &["access-by-request", "approval-time=3-5d"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsokhoz való hozzáférés igényléséhez töltse ki és küldje el a kéreleműrlapot. Ez körülbelül 3-5 munkanapot vesz igénybe.", &["access-by-request", "approval-time=3-5d"]),
    ("hu-hu", "A szerepkör igénylése után a kulcsok listája látható.", &["-access-by-request"]),
    ("it-it", "Le chiavi gestite dal cliente offrono maggiore flessibilità per creare, ruotare, disabilitare e revocare i controlli di accesso.", &["key-operations=create,disable,revoke,rotate:access-controls"]),
    ("tr-tr", "Veriler, FIPS 140-2 uyumlu 256 bit AES şifrelemesi kullanılarak şifrelenir ve şifresi çözülür. Şifreleme ve şifre çözme saydamdır.", &["aes-256", "fips-140-2", "transparent-encryption"]),
    // CMK is also the column master key (SQL Always Encrypted): a page that spells it
    // out as something else and never names customer-managed keys does not mean them
    ("en-us", "Always Encrypted uses a column master key (CMK) to protect column encryption keys. The CMK is stored in Azure Key Vault. CMK rotation is supported.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys (CMK) are supported. The CMK is stored in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("zh-tw", "接著資料行主要金鑰 (CMK) 來加密資料。CMK 會儲存在 Azure Key Vault 中。支援 CMK 旋轉。", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("es-es", "Se configura la clave maestra de columna (CMK). Puede almacenar una CMK en Azure Key Vault.", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("ja-jp", "カスタマー マネージド キー (CMK) を使用できます。CMK は Azure Key Vault に格納されます。", &["supports-cmk", "cmk-in-key-vault"]),
    // KEK is also the key exchange key of BYOK to Key Vault, which wraps the customer's
    // key on its way to the HSM: a page that spells it out so, either way round
    // (`key exchange key (KEK)`, ko `KEK(키 교환 키)`), and never names a key encryption
    // key, does not mean one
    ("cs-cz", "Klíč je zašifrovaný pomocí klíč výměny klíčů (KEK). Microsoft používá samostatné KEK v každé oblasti.", &["-cmk-is-kek"]),
    ("es-es", "La clave se cifra con una clave de intercambio de claves (KEK). Microsoft usa KEK independientes en cada región.", &["-cmk-is-kek"]),
    ("fr-fr", "La clé est chiffrée à l’aide d’une clé Key Exchange Key (KEK). La clé KEK n’est pas exportable.", &["-cmk-is-kek"]),
    ("zh-tw", "此金鑰利用金鑰交換金鑰 (KEK) 加密。KEK 不可匯出。", &["-cmk-is-kek"]),
    ("ko-kr", "키는 KEK(키 교환 키)로 암호화됩니다. Microsoft는 각 지역별로 별도의 KEK를 사용합니다.", &["-cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키는 KEK(키 암호화 키)로 사용됩니다. KEK는 데이터 암호화 키를 래핑합니다.", &["cmk-is-kek"]),
    ("es-es", "La clave administrada por el cliente es una clave de cifrado de claves (KEK). La KEK encapsula la clave de cifrado de datos.", &["cmk-is-kek"]),
    // a file name is a name: the BYOK toolset of a region names neither a key vault nor
    // BYOK (unspaced scripts read Latin runs without their hyphens)
    ("ko-kr", "KeyVault-BYOK-Tools-UnitedStates.zip", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("zh-tw", "KeyVault-BYOK-Tools-Canada.zip", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("zh-tw", "客戶管理的金鑰儲存在 Azure Key Vault 中。", &["cmk-in-key-vault"]),
    // a managed identity that lets an app reach Key Vault, on a page that mentions BYOK
    // in passing, is no requirement of customer-managed keys
    ("en-us", "A managed identity lets your app reach Key Vault without credentials in code. You can also bring your own key (BYOK) to Key Vault.", &["-managed-identity-required"]),
    ("fr-fr", "L’identité du service administré (MSI) donne aux services Azure une identité dans Azure AD pour accéder au coffre de clés. Vous pouvez aussi utiliser vos propres clés (BYOK).", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are stored in Azure Key Vault. The resource needs a managed identity to reach the key vault.", &["managed-identity-required"]),
    // a proxy that intercepts HTTPS traffic, decrypts it and encrypts it again with its
    // own certificate: re-encryption by an intermediary, no encryption in transit
    ("es-es", "Un servidor intercepta el tráfico HTTPS, lo descifra y luego lo cifra con un certificado autofirmado.", &["-encrypts-in-transit"]),
    ("ru-ru", "Сервер перехватывает трафик HTTPS, расшифровывает его, а затем шифрует с помощью самозаверяющего сертификата.", &["-encrypts-in-transit"]),
    ("zh-tw", "伺服器是使用自我簽署憑證攔截 HTTPS 流量、解密再加密。", &["-encrypts-in-transit"]),
    ("cs-cz", "Server zachytí komunikaci přes protokol HTTPS, dešifruje ji a pak ji šifruje pomocí certifikátu podepsaného svým držitelem.", &["-encrypts-in-transit"]),
    ("en-us", "Data is encrypted in transit with TLS and decrypted when you access it.", &["encrypts-in-transit"]),
    // Microsoft-managed keys beside customer-managed ones name a choice, not the default
    ("es-es", "Puede usar claves de cifrado administradas por Microsoft con SSE o puede utilizar sus propias claves de cifrado.", &["-default-platform-keys", "supports-cmk"]),
    ("fr-fr", "Vous pouvez utiliser des clés de chiffrement gérées par Microsoft avec SSE ou utiliser vos propres clés de chiffrement.", &["-default-platform-keys"]),
    ("ru-ru", "Да, функцию SSE можно использовать с ключами, управляемыми корпорацией Майкрософт, и управляемыми клиентом ключами в хранилищах уровня \"Стандартный\" и \"Премиум\".", &["-default-platform-keys"]),
    ("es-es", "De forma predeterminada, los datos se cifran con claves administradas por Microsoft; puede usar claves administradas por el cliente en su lugar.", &["default-platform-keys"]),
    ("ru-ru", "По умолчанию SSE использует ключи, управляемые корпорацией Майкрософт.", &["default-platform-keys"]),
    // Microsoft as the subject that manages the keys, object before the verb (ko, zh)
    ("ko-kr", "데이터는 암호화됩니다. Microsoft가 키를 관리합니다.", &["default-platform-keys"]),
    ("ko-kr", "예를 들어, Microsoft가 테넌트 키를 관리하는 대신(기본값) 테넌트 키를 직접 관리할 수 있습니다.", &["default-platform-keys"]),
    ("ko-kr", "데이터는 암호화됩니다. Microsoft가 권장하는 방법에 따라 사용자가 키를 관리합니다.", &["-default-platform-keys"]),
    ("ko-kr", "Microsoft가 HSM을 관리하고 키는 사용자가 제어합니다.", &["-default-platform-keys"]),
    // "not Microsoft" in the gap of "Microsoft가...키를 관리": the customer manages the keys
    ("ko-kr", "데이터는 암호화됩니다. Microsoft가 아닌 고객이 키를 관리합니다.", &["-default-platform-keys", "-default-platform-keys!"]),
    ("ko-kr", "데이터는 암호화됩니다. 고객이 아닌 Microsoft가 키를 관리합니다.", &["default-platform-keys"]),
    ("ko-kr", "데이터는 암호화됩니다. Microsoft가 직접 키를 관리하지 않습니다.", &["default-platform-keys!"]),
    ("ja-jp", "データは暗号化されます。Microsoft がテナント キーを管理します。", &["default-platform-keys"]),
    ("cs-cz", "Místo toho, aby váš šifrovací klíč spravoval Microsoft, ho můžete spravovat sami.", &["default-platform-keys"]),
    ("ja-jp", "Microsoft が推奨する方法で、お客様がキーを管理します。", &["-default-platform-keys"]),
    ("ko-kr", "데이터는 암호화됩니다. 사용자가 키를 관리합니다.", &["-default-platform-keys"]),
    ("zh-tw", "Microsoft 管理加密金鑰。", &["default-platform-keys"]),
    ("zh-tw", "Microsoft 管理硬體安全性模組。", &["-default-platform-keys"]),
    ("zh-cn", "Microsoft 管理加密密钥。", &["default-platform-keys"]),
    ("sv-se", "Microsoft hanterar krypteringsnycklarna.", &["default-platform-keys"]),
    // fr "les deux" (both) is no second layer of encryption
    ("fr-fr", "Les deux clés sont stockées dans Key Vault.", &["-double-encryption"]),
    ("fr-fr", "Les deux couches de chiffrement protègent les données.", &["double-encryption"]),
    // ko: 만 (only) attached to the noun restricts: 키만 지원 (only keys ... supported)
    ("ko-kr", "고객 관리형 키. 크기가 2048인 RSA 키만 지원됩니다.", &["rsa-2048"]),
    ("ko-kr", "2048, 3072 또는 4096비트 RSA 키가 지원됩니다.", &["-rsa-2048"]),
    // the nine locales without labelled pages: KEK, in transit, soft delete and purge
    // protection, revocation, RSA sizes, double encryption; and keys that are not CMK
    ("it-it", "La chiave gestita dal cliente viene usata come chiave di crittografia della chiave (KEK) che esegue il wrapping della chiave di crittografia dei dati.", &["cmk-is-kek"]),
    ("it-it", "Chiavi gestite dal cliente. L'insieme di credenziali delle chiavi deve avere l'eliminazione temporanea e la protezione dall'eliminazione abilitate.", &["soft-delete-purge-protection"]),
    ("it-it", "Sono supportate chiavi RSA da 2048, 3072 o 4096 bit.", &["-rsa-2048"]),
    ("it-it", "Usare una chiave SSH per connettersi alla macchina virtuale.", &["-supports-cmk", "-cmk-is-kek"]),
    ("pt-pt", "Chaves geridas pelo cliente. O cofre de chaves tem de ter a eliminação recuperável e a proteção contra remoção ativadas.", &["soft-delete-purge-protection"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se revogar o acesso à chave, o serviço perde o acesso aos dados.", &["revocation-blocks-access"]),
    ("pt-pt", "Pode utilizar as chaves de acesso da conta de armazenamento para aceder à conta.", &["-supports-cmk", "-key-operations"]),
    ("nl-nl", "Door de klant beheerde sleutels. De sleutelkluis moet voorlopig verwijderen en opschoonbeveiliging ingeschakeld hebben.", &["soft-delete-purge-protection"]),
    ("nl-nl", "Infrastructuurversleuteling biedt dubbele versleuteling.", &["double-encryption"]),
    ("nl-nl", "Sla de naam van het geheim op in de sleutelkluis.", &["-cmk-in-key-vault"]),
    ("sv-se", "Den kundhanterade nyckeln används som en nyckelkrypteringsnyckel (KEK) som omsluter datakrypteringsnyckeln.", &["cmk-is-kek"]),
    ("sv-se", "Kundhanterade nycklar. Om du återkallar åtkomsten till nyckeln blir data otillgängliga.", &["revocation-blocks-access"]),
    ("sv-se", "Du kan använda lagringskontots åtkomstnycklar för att komma åt kontot.", &["-supports-cmk"]),
    ("cs-cz", "Klíč spravovaný zákazníkem se používá jako klíč šifrování klíče (KEK), který zabaluje šifrovací klíč dat.", &["cmk-is-kek"]),
    ("cs-cz", "Podporují se klíče RSA o velikosti 2048, 3072 nebo 4096 bitů.", &["-rsa-2048"]),
    ("cs-cz", "Stiskněte klávesu Enter na klávesnici.", &["-supports-cmk"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtar kasasında geçici silme ve temizleme koruması etkinleştirilmiş olmalıdır.", &["soft-delete-purge-protection"]),
    ("tr-tr", "Aktarımdaki veriler TLS ile şifrelenir.", &["encrypts-in-transit"]),
    ("tr-tr", "Sanal makineye bağlanmak için bir SSH anahtarı kullanın.", &["-supports-cmk"]),
    ("hu-hu", "Az ügyfél által kezelt kulcs kulcstitkosítási kulcsként (KEK) szolgál, amely becsomagolja az adattitkosítási kulcsot.", &["cmk-is-kek"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha visszavonja a kulcshoz való hozzáférést, az adatok elérhetetlenné válnak.", &["revocation-blocks-access"]),
    ("hu-hu", "2048, 3072 vagy 4096 bites RSA-kulcsok támogatottak.", &["-rsa-2048"]),
    ("ko-kr", "고객 관리형 키는 데이터 암호화 키를 래핑하는 키 암호화 키(KEK)로 사용됩니다.", &["cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키. 키 자격 증명 모음에는 일시 삭제 및 제거 보호가 사용하도록 설정되어 있어야 합니다.", &["soft-delete-purge-protection"]),
    ("ko-kr", "스토리지 계정 액세스 키를 사용하여 스토리지 계정에 액세스할 수 있습니다.", &["-supports-cmk"]),
    ("zh-tw", "客戶管理的金鑰。金鑰保存庫必須啟用虛刪除和清除保護。", &["soft-delete-purge-protection"]),
    ("zh-tw", "支援 2048、3072 或 4096 位元的 RSA 金鑰。", &["-rsa-2048"]),
    ("zh-tw", "將祕密名稱儲存在金鑰保存庫中。", &["-cmk-in-key-vault"]),
    // the customer-managed key rather than the Microsoft-managed one: a cue that sets the
    // anchor aside (ko 아닌, ja ではなく after it; zh 而非 / 而不是 before it) is no
    // default keys, and (zh 非) no negation of the customer-managed keys either
    ("ko-kr", "Microsoft 관리형 키가 아닌 고객 관리형 키를 사용하여 데이터를 암호화할 수 있습니다.", &["-default-platform-keys", "supports-cmk"]),
    ("ko-kr", "기본적으로 데이터는 Microsoft 관리형 키로 암호화됩니다.", &["default-platform-keys"]),
    ("ja-jp", "Microsoft マネージド キーではなく、カスタマー マネージド キーを使用してデータを暗号化できます。", &["-default-platform-keys", "supports-cmk"]),
    ("zh-cn", "您可以使用客户管理的密钥而非 Microsoft 管理的密钥来加密数据。", &["-default-platform-keys", "supports-cmk", "-supports-cmk!"]),
    ("zh-tw", "您可以使用客戶管理的金鑰而不是 Microsoft 管理的金鑰來加密資料。", &["-default-platform-keys", "supports-cmk"]),
    ("zh-tw", "此服務不支援客戶管理的金鑰。", &["supports-cmk!"]),
    // garbled Czech MT of "instead of Microsoft managing the tenant key (the default)":
    // Microsoft's management (správě) of the key is still the default keys
    ("cs-cz", "Například místo Microsoft správě klíče tenanta (výchozí) můžete spravovat vlastní klíč.", &["default-platform-keys"]),
    // a bare "own key" is the customer's encryption key only where the sentence or its
    // context is about encryption, and never a key that signs or a device's own keys
    ("en-us", "You can use your own key to sign the tokens that the service issues.", &["-supports-cmk"]),
    ("en-us", "You can also use your own key to encrypt the data.", &["supports-cmk"]),
    ("en-us", "Customer-managed keys are supported. You can also use your own key.", &["supports-cmk"]),
    ("ru-ru", "Общим результатом является зашифрованная цепочка доверия. Рекомендуется использовать HSM, способные создавать собственные ключи.", &["-supports-cmk"]),
    ("en-us", "Your data is encrypted at rest. Bring your own key (BYOK) is supported.", &["supports-cmk"]),
    ("ru-ru", "Рекомендуется использовать аппаратные модули безопасности (HSM), способные создавать собственные ключи, которые хранятся в тайне.", &["-supports-cmk"]),
    ("ru-ru", "Для шифрования данных можно использовать собственные ключи.", &["supports-cmk"]),
    ("es-es", "Puede usar su propia clave para firmar los tokens.", &["-supports-cmk"]),
    ("cs-cz", "Zákazníka spravované klíče jsou uložené v Azure Key Vault.", &["cmk-in-key-vault"]),
    // zh: 的加密 names what a blob is, as 加密的 does: "avoid writing encrypted blobs"
    ("zh-tw", "避免以通訊協定作業寫入用戶端的加密 Blob。", &["-encrypt-on-write"]),
    ("zh-tw", "資料在寫入時加密。", &["encrypt-on-write"]),
    // a linguist's pass over the nine locales without labelled pages (it, pt-pt, nl, sv,
    // cs, tr, hu, ko, zh-tw): in transit, the account / database encryption key and "the key
    // that encrypts the data" protected by the customer key (KEK), soft delete and purge
    // protection, revocation (nl verb-second "Als u de sleutel intrekt, heeft de service
    // geen toegang meer"), RSA 2048 only, managed identity (tr kimlik -> kimliği), default
    // keys, the moments; hu kulcs + -val = kulccsal. Near misses: a condition ("if you
    // create an RSA key of 2048 bits") is no restriction to RSA 2048, a tier a condition
    // names is no tier CMK is limited to
    ("it-it", "I dati vengono crittografati in transito tramite TLS 1.2.", &["encrypts-in-transit"]),
    ("it-it", "Archiviazione di Azure usa la chiave gestita dal cliente per crittografare la chiave di crittografia dell'account.", &["cmk-is-kek"]),
    ("it-it", "La chiave gestita dal cliente protegge la chiave che crittografa i dati.", &["cmk-is-kek"]),
    ("it-it", "Chiavi gestite dal cliente. Per usare le chiavi gestite dal cliente, nell'insieme di credenziali delle chiavi devono essere abilitate sia l'eliminazione temporanea sia la protezione dalla rimozione definitiva.", &["soft-delete-purge-protection"]),
    ("it-it", "Chiavi gestite dal cliente. Se si revoca l'accesso alla chiave, il servizio non potrà più accedere ai dati.", &["revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. Quando la chiave viene disabilitata, i dati crittografati non sono più leggibili.", &["revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. Sono supportate solo chiavi RSA con dimensione 2048.", &["rsa-2048"]),
    ("it-it", "Chiavi gestite dal cliente. La risorsa deve avere un'identità gestita assegnata dal sistema per accedere all'insieme di credenziali delle chiavi.", &["managed-identity-required"]),
    ("it-it", "Per impostazione predefinita, i dati vengono crittografati con chiavi gestite da Microsoft.", &["default-platform-keys"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti su disco e decrittografati quando vengono letti.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados em trânsito através de TLS.", &["encrypts-in-transit"]),
    ("pt-pt", "O Armazenamento do Azure utiliza a chave gerida pelo cliente para encriptar a chave de encriptação da conta.", &["cmk-is-kek"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se revogar o acesso à chave, o serviço deixa de conseguir ler os dados.", &["revocation-blocks-access"]),
    ("pt-pt", "Chaves geridas pelo cliente. Só são suportadas chaves RSA de tamanho 2048.", &["rsa-2048"]),
    ("pt-pt", "Chaves geridas pelo cliente. O cofre de chaves tem de ter a eliminação recuperável e a proteção contra remoção ativadas.", &["soft-delete-purge-protection"]),
    ("pt-pt", "Por predefinição, os dados são encriptados com chaves geridas pela Microsoft.", &["default-platform-keys"]),
    ("pt-pt", "Chaves geridas pelo cliente. O recurso precisa de uma identidade gerida para aceder ao cofre de chaves.", &["managed-identity-required"]),
    ("nl-nl", "Gegevens worden tijdens de overdracht versleuteld met TLS.", &["encrypts-in-transit"]),
    ("nl-nl", "Azure Storage gebruikt de door de klant beheerde sleutel om de accountversleutelingssleutel te versleutelen.", &["cmk-is-kek"]),
    ("nl-nl", "De gegevens worden versleuteld met een gegevensversleutelingssleutel (DEK), die op zijn beurt wordt beveiligd met uw sleutel-versleutelingssleutel (KEK).", &["cmk-is-kek"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel intrekt, heeft de service geen toegang meer tot de gegevens.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel uitschakelt, kan de service de gegevens niet meer lezen.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels. Alleen RSA-sleutels met een grootte van 2048 worden ondersteund.", &["rsa-2048"]),
    ("nl-nl", "Door de klant beheerde sleutels. Voor het gebruik van door de klant beheerde sleutels moeten zowel voorlopig verwijderen als beveiliging tegen opschonen zijn ingeschakeld voor de sleutelkluis.", &["soft-delete-purge-protection"]),
    ("nl-nl", "Standaard worden gegevens versleuteld met door Microsoft beheerde sleutels.", &["default-platform-keys"]),
    ("nl-nl", "Gegevens worden versleuteld voordat ze naar Azure Storage worden geschreven en ontsleuteld wanneer ze worden opgehaald.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Data krypteras under överföring med TLS.", &["encrypts-in-transit"]),
    ("sv-se", "Azure Storage använder den kundhanterade nyckeln för att kryptera kontokrypteringsnyckeln.", &["cmk-is-kek"]),
    ("sv-se", "Kundhanterade nycklar. Om du återkallar åtkomsten till nyckeln kan tjänsten inte längre komma åt data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Om nyckeln inaktiveras går det inte längre att läsa data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Endast RSA-nycklar med storleken 2048 stöds.", &["rsa-2048"]),
    ("sv-se", "Kundhanterade nycklar. Användning av kundhanterade nycklar kräver att både mjuk borttagning och rensningsskydd aktiveras för nyckelvalvet.", &["soft-delete-purge-protection"]),
    ("sv-se", "Kundhanterade nycklar. Användning av kundhanterade nycklar kräver att både skydd mot mjuk borttagning och rensning aktiveras för nyckelvalvet.", &["soft-delete-purge-protection"]),
    ("sv-se", "Som standard krypteras data med Microsoft-hanterade nycklar.", &["default-platform-keys"]),
    ("sv-se", "Kundhanterade nycklar. Resursen måste ha en systemtilldelad hanterad identitet för att komma åt nyckelvalvet.", &["managed-identity-required"]),
    ("cs-cz", "Data jsou šifrována při přenosu pomocí protokolu TLS.", &["encrypts-in-transit"]),
    ("cs-cz", "Azure Storage používá klíč spravovaný zákazníkem k šifrování šifrovacího klíče účtu.", &["cmk-is-kek"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud odvoláte přístup ke klíči, služba už nebude mít přístup k datům.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud klíč zakážete, data už nebude možné číst.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Podporují se pouze klíče RSA o velikosti 2048.", &["rsa-2048"]),
    ("cs-cz", "Klíče spravované zákazníkem. Použití klíčů spravovaných zákazníkem vyžaduje, aby pro trezor klíčů byla povolena ochrana obnovitelného odstranění i vymazání.", &["soft-delete-purge-protection"]),
    ("cs-cz", "Ve výchozím nastavení se data šifrují pomocí klíčů spravovaných Microsoftem.", &["default-platform-keys"]),
    ("cs-cz", "Klíče spravované zákazníkem. Prostředek musí mít spravovanou identitu přiřazenou systémem, aby měl přístup k trezoru klíčů.", &["managed-identity-required"]),
    ("cs-cz", "Data se šifrují při zápisu na disk a dešifrují se při čtení.", &["encrypt-on-write", "decrypt-on-read"]),
    ("tr-tr", "Veriler aktarım sırasında TLS ile şifrelenir.", &["encrypts-in-transit"]),
    ("tr-tr", "Azure Depolama, hesap şifreleme anahtarını şifrelemek için müşteri tarafından yönetilen anahtarı kullanır.", &["cmk-is-kek"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtara erişimi iptal ederseniz hizmet artık verilere erişemez.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarı devre dışı bırakırsanız veriler okunamaz hale gelir.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Yalnızca 2048 boyutunda RSA anahtarları desteklenir.", &["rsa-2048"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Müşteri tarafından yönetilen anahtarların kullanılması, anahtar kasasında hem geçici silmenin hem de temizleme korumasının etkinleştirilmesini gerektirir.", &["soft-delete-purge-protection"]),
    ("tr-tr", "Varsayılan olarak veriler Microsoft tarafından yönetilen anahtarlarla şifrelenir.", &["default-platform-keys"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Kaynağın anahtar kasasına erişmek için sistem tarafından atanan bir yönetilen kimliği olmalıdır.", &["managed-identity-required"]),
    ("tr-tr", "Veriler diske yazılırken şifrelenir ve okunurken şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read"]),
    ("hu-hu", "Az adatok titkosítva vannak az átvitel során TLS használatával.", &["encrypts-in-transit"]),
    ("hu-hu", "Az Azure Storage az ügyfél által kezelt kulccsal titkosítja a fióktitkosítási kulcsot.", &["cmk-is-kek"]),
    ("hu-hu", "Az adattitkosítási kulcsot az ügyfél által kezelt kulccsal burkolja be a szolgáltatás.", &["cmk-is-kek"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Ha visszavonja a kulcshoz való hozzáférést, a szolgáltatás többé nem fér hozzá az adatokhoz.", &["revocation-blocks-access"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Ha letiltja a kulcsot, az adatok nem olvashatók.", &["revocation-blocks-access"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Csak a 2048-as méretű RSA-kulcsok támogatottak.", &["rsa-2048"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Az ügyfél által kezelt kulcsok használatához a kulcstartóban engedélyezni kell a helyreállítható törlést és a végleges törlés elleni védelmet.", &["soft-delete-purge-protection"]),
    ("hu-hu", "Alapértelmezés szerint az adatok a Microsoft által kezelt kulcsokkal vannak titkosítva.", &["default-platform-keys"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Az erőforrásnak rendszer által hozzárendelt felügyelt identitással kell rendelkeznie a kulcstartó eléréséhez.", &["managed-identity-required"]),
    ("ko-kr", "데이터는 TLS를 사용하여 전송 중에 암호화됩니다.", &["encrypts-in-transit"]),
    ("ko-kr", "Azure Storage는 고객 관리형 키를 사용하여 계정 암호화 키를 암호화합니다.", &["cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키. 키에 대한 액세스를 취소하면 서비스에서 더 이상 데이터에 액세스할 수 없습니다.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키. 키를 사용하지 않도록 설정하면 데이터를 읽을 수 없게 됩니다.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키. 크기가 2048인 RSA 키만 지원됩니다.", &["rsa-2048"]),
    ("ko-kr", "고객 관리형 키. 고객 관리형 키를 사용하려면 키 자격 증명 모음에 일시 삭제 및 제거 보호를 모두 사용하도록 설정해야 합니다.", &["soft-delete-purge-protection"]),
    ("ko-kr", "기본적으로 데이터는 Microsoft 관리형 키로 암호화됩니다.", &["default-platform-keys"]),
    ("ko-kr", "고객 관리형 키. 리소스에는 키 자격 증명 모음에 액세스하기 위한 시스템 할당 관리 ID가 있어야 합니다.", &["managed-identity-required"]),
    ("ko-kr", "데이터는 디스크에 기록될 때 암호화되고 읽을 때 암호가 해독됩니다.", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-tw", "資料在傳輸中會使用 TLS 加密。", &["encrypts-in-transit"]),
    ("zh-tw", "Azure 儲存體會使用客戶管理的金鑰來加密帳戶加密金鑰。", &["cmk-is-kek"]),
    ("zh-tw", "客戶管理的金鑰。 如果您撤銷金鑰的存取權，服務將無法再存取資料。", &["revocation-blocks-access"]),
    ("zh-tw", "客戶管理的金鑰。 停用金鑰之後，就無法讀取資料。", &["revocation-blocks-access"]),
    ("zh-tw", "客戶管理的金鑰。 僅支援大小為 2048 的 RSA 金鑰。", &["rsa-2048"]),
    ("zh-tw", "客戶管理的金鑰。 要使用客戶管理的金鑰，金鑰保存庫必須同時啟用虛刪除和清除保護。", &["soft-delete-purge-protection"]),
    ("zh-tw", "根據預設，資料會使用 Microsoft 管理的金鑰加密。", &["default-platform-keys"]),
    ("zh-tw", "客戶管理的金鑰。 資源必須具有系統指派的受控識別，才能存取金鑰保存庫。", &["managed-identity-required"]),
    ("zh-tw", "資料在寫入磁碟時加密，在讀取時解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "Customer-managed keys. If you create an RSA key of size 2048, you can use it for encryption.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys. Key Vault supports RSA keys of sizes 2048, 3072 and 4096 bits.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys. The key must be an RSA key of size 2048.", &["rsa-2048"]),
    ("en-us", "Customer-managed keys are only available in the Premium tier.", &["pricing-tier=premium"]),
    ("en-us", "Customer-managed keys are supported. If you use the Basic tier, backups are kept for 7 days.", &["-pricing-tier"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie einen RSA-Schlüssel mit 2048 Bit erstellen, können Sie ihn verwenden.", &["-rsa-2048"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Es werden nur RSA-Schlüssel mit einer Größe von 2048 Bit unterstützt.", &["rsa-2048"]),
    ("fr-fr", "Clés gérées par le client. Si vous créez une clé RSA de 2048 bits, vous pouvez l’utiliser pour le chiffrement.", &["-rsa-2048"]),
    ("fr-fr", "Clés gérées par le client. Seules les clés RSA de 2048 bits sont prises en charge.", &["rsa-2048"]),
    ("es-es", "Claves administradas por el cliente. Cuando crea una clave RSA de 2048 bits, puede usarla para cifrar.", &["-rsa-2048"]),
    ("it-it", "Chiavi gestite dal cliente. Se si crea una chiave RSA da 2048 bit, è possibile usarla per la crittografia.", &["-rsa-2048"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u een RSA-sleutel van 2048 bits maakt, kunt u deze gebruiken voor versleuteling.", &["-rsa-2048"]),
    ("sv-se", "Kundhanterade nycklar. Om du skapar en RSA-nyckel på 2048 bitar kan du använda den för kryptering.", &["-rsa-2048"]),
    ("sv-se", "Kundhanterade nycklar. Nyckeln måste vara en RSA-nyckel med storleken 2048.", &["rsa-2048"]),
    ("cs-cz", "Klíče spravované zákazníkem. Pokud vytvoříte klíč RSA o velikosti 2048 bitů, můžete ho použít k šifrování.", &["-rsa-2048"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. 2048 bit RSA anahtarı oluşturduğunuzda, şifreleme için kullanabilirsiniz.", &["-rsa-2048"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. Ha 2048 bites RSA-kulcsot hoz létre, használhatja titkosításra.", &["-rsa-2048"]),
    ("ko-kr", "고객 관리형 키. 2048비트 RSA 키를 만드는 경우 암호화에 사용할 수 있습니다.", &["-rsa-2048"]),
    ("zh-tw", "客戶管理的金鑰。 如果您建立 2048 位元的 RSA 金鑰，即可將其用於加密。", &["-rsa-2048"]),
    ("zh-tw", "客戶管理的金鑰。 此服務僅支援 2048 位元的 RSA 金鑰。", &["rsa-2048"]),
    ("pt-pt", "Chaves geridas pelo cliente. Se criar uma chave RSA de 2048 bits, pode utilizá-la para encriptação.", &["-rsa-2048"]),
    ("ru-ru", "Ключи, управляемые клиентом. Если вы создаете ключ RSA размером 2048 бит, его можно использовать для шифрования.", &["-rsa-2048"]),
    ("it-it", "Le chiavi gestite dal cliente sono disponibili. Se si usa il piano Standard, i backup vengono conservati per 7 giorni.", &["-pricing-tier"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de Basic-laag gebruikt, worden back-ups 7 dagen bewaard.", &["-pricing-tier"]),
    ("it-it", "La chiave gestita dal cliente è la chiave che crittografa i dati.", &["-cmk-is-kek"]),
    ("en-us", "The key that encrypts your data is stored in the service.", &["-cmk-is-kek"]),
    ("en-us", "The customer-managed key protects the key that encrypts your data.", &["cmk-is-kek"]),
    ("hu-hu", "A kulccsal aláírt tokenek érvényesek.", &["-supports-cmk", "-cmk-is-kek"]),
    ("tr-tr", "Yönetilen kimliği olan bir sanal makine oluşturun.", &["-managed-identity-required"]),
    ("tr-tr", "CMK desteği tüm bölgelerde kullanılabilir.", &["supports-cmk"]),
    ("sv-se", "Kundhanterade nycklar. Data kan inte läsas av andra användare.", &["-revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Správce nebude mít přístup k portálu.", &["-revocation-blocks-access"]),
    ("pt-pt", "Chaves geridas pelo cliente. O utilizador não pode ler o ficheiro.", &["-revocation-blocks-access"]),
    // the dev pages' sentences as the nine locales and de/fr/es/ja/ru/pl/pt-br/zh-cn would
    // say them: "at rest and in transit" coordinated (tr "bekleyen ve aktarımda olan",
    // hu "az inaktív és az átvitel alatt álló adatok", sv "i överföring", cs "v přenosu"),
    // hyphenated or MT-genitive KEKs (nl sleutel-versleutelingssleutel, cs "klíče
    // šifrovacího klíče", hu kulcs-titkosítási kulccsal), zh-tw 再加一層加密, hu "Microsoft
    // által felügyelt", revocation in pl ("nie będzie już mieć dostępu") and zh-cn (无法再访问)
    ("it-it", "L'hub IoT di Azure offre la crittografia dei dati inattivi e in transito mentre vengono scritti nei data center.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("pt-pt", "O Hub IoT do Azure fornece encriptação de dados inativos e em trânsito à medida que são escritos nos nossos datacenters.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("nl-nl", "Azure IoT Hub biedt versleuteling van data-at-rest en data-in-transit terwijl deze in onze datacenters worden geschreven.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("nl-nl", "Azure IoT Hub biedt versleuteling van inactieve gegevens en gegevens die worden verzonden.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("sv-se", "Azure IoT Hub tillhandahåller kryptering av vilande data och data i överföring när de skrivs till våra datacenter.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("cs-cz", "Azure IoT Hub poskytuje šifrování neaktivních dat a dat v přenosu, když se zapisují do našich datových center.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("tr-tr", "Azure IoT Hub, veri merkezlerimize yazılırken bekleyen ve aktarımda olan verilerin şifrelenmesini sağlar.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("hu-hu", "Az Azure IoT Hub biztosítja az inaktív és az átvitel alatt álló adatok titkosítását.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("ko-kr", "Azure IoT Hub는 데이터 센터에 기록될 때 미사용 데이터 및 전송 중인 데이터의 암호화를 제공합니다.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("zh-tw", "Azure IoT 中樞會在資料寫入我們的資料中心時，為待用和傳輸中的資料提供加密。", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("ja-jp", "転送中のデータは TLS で暗号化されます。", &["encrypts-in-transit"]),
    ("pl-pl", "Dane przesyłane są szyfrowane przy użyciu protokołu TLS.", &["encrypts-in-transit"]),
    ("ru-ru", "Данные при передаче шифруются с помощью TLS.", &["encrypts-in-transit"]),
    ("de-de", "Daten werden während der Übertragung mit TLS verschlüsselt.", &["encrypts-in-transit"]),
    ("fr-fr", "Les données en transit sont chiffrées avec TLS.", &["encrypts-in-transit"]),
    ("es-es", "Los datos en tránsito se cifran mediante TLS.", &["encrypts-in-transit"]),
    ("it-it", "Con CMK è possibile ottenere un altro livello di crittografia oltre alla crittografia predefinita e scegliere di crittografare i dati inattivi con una chiave di crittografia della chiave gestita tramite Azure Key Vault.", &["cmk-is-kek", "double-encryption"]),
    ("pt-pt", "Com a CMK, pode obter outra camada de encriptação sobre a encriptação predefinida e optar por encriptar os dados inativos com uma chave de encriptação de chaves, gerida através do Azure Key Vault.", &["cmk-is-kek", "double-encryption"]),
    ("nl-nl", "Met CMK kunt u een extra versleutelingslaag krijgen boven op de standaardversleuteling en ervoor kiezen om data-at-rest te versleutelen met een sleutel-versleutelingssleutel die wordt beheerd via Azure Key Vault.", &["cmk-is-kek", "double-encryption"]),
    ("nl-nl", "Met CMK kunt u data-at-rest versleutelen met een sleutelversleutelingssleutel die wordt beheerd via uw Azure Key Vault.", &["cmk-is-kek"]),
    ("sv-se", "Med CMK kan du få ytterligare ett krypteringslager utöver standardkrypteringen och välja att kryptera vilande data med en nyckelkrypteringsnyckel som hanteras via Azure Key Vault.", &["cmk-is-kek", "double-encryption"]),
    ("sv-se", "Med CMK kan du kryptera vilande data med en nyckel för nyckelkryptering som hanteras via Azure Key Vault.", &["cmk-is-kek"]),
    ("cs-cz", "S CMK můžete získat další vrstvu šifrování nad výchozím šifrováním a zvolit šifrování neaktivních dat pomocí šifrovacího klíče klíče spravovaného prostřednictvím Azure Key Vault.", &["cmk-is-kek", "double-encryption"]),
    ("cs-cz", "S CMK můžete šifrovat neaktivní data pomocí klíče šifrovacího klíče spravovaného ve službě Azure Key Vault.", &["cmk-is-kek"]),
    ("tr-tr", "CMK ile, varsayılan şifrelemenin üzerine başka bir şifreleme katmanı alabilir ve bekleyen verileri Azure Key Vault aracılığıyla yönetilen bir anahtar şifreleme anahtarıyla şifrelemeyi seçebilirsiniz.", &["cmk-is-kek", "double-encryption"]),
    ("tr-tr", "CMK ile bekleyen verileri anahtar şifrelemesi anahtarı ile şifreleyebilirsiniz.", &["cmk-is-kek"]),
    ("hu-hu", "A CMK segítségével egy újabb titkosítási réteget kaphat az alapértelmezett titkosítás mellett, és választhatja, hogy az inaktív adatokat egy kulcstitkosítási kulccsal titkosítja, amelyet az Azure Key Vaulton keresztül kezel.", &["cmk-is-kek", "double-encryption"]),
    ("hu-hu", "A CMK használatával az inaktív adatokat kulcs-titkosítási kulccsal titkosíthatja.", &["cmk-is-kek"]),
    ("ko-kr", "CMK를 사용하면 기본 암호화 위에 또 다른 암호화 계층을 추가하고 Azure Key Vault를 통해 관리되는 키 암호화 키로 미사용 데이터를 암호화하도록 선택할 수 있습니다.", &["cmk-is-kek", "double-encryption"]),
    ("ko-kr", "CMK를 사용하면 키 암호화 키를 사용하여 미사용 데이터를 암호화할 수 있습니다.", &["cmk-is-kek"]),
    ("zh-tw", "使用 CMK，您可以在預設加密之上再加一層加密，並選擇以透過 Azure Key Vault 管理的金鑰加密金鑰來加密待用資料。", &["cmk-is-kek", "double-encryption"]),
    ("it-it", "Se per l'hub IoT è configurato BYOK, viene fornita anche la crittografia doppia, che offre un secondo livello di protezione.", &["double-encryption"]),
    ("cs-cz", "Pokud je pro IoT Hub nakonfigurované BYOK, poskytujeme také dvojité šifrování, které nabízí druhou vrstvu ochrany.", &["double-encryption"]),
    ("tr-tr", "IoT Hub için BYOK yapılandırılmışsa, ikinci bir koruma katmanı sunan çift şifreleme de sağlarız.", &["double-encryption"]),
    ("hu-hu", "Ha az IoT Hubhoz BYOK van konfigurálva, kettős titkosítást is biztosítunk, amely egy második védelmi réteget kínál.", &["double-encryption"]),
    ("sv-se", "Om BYOK har konfigurerats för din IoT Hub tillhandahåller vi även dubbel kryptering, som erbjuder ett andra skyddslager.", &["double-encryption"]),
    ("nl-nl", "Als BYOK is geconfigureerd voor uw IoT Hub, bieden we ook dubbele versleuteling, die een tweede beveiligingslaag biedt.", &["double-encryption"]),
    ("pt-pt", "Se o BYOK estiver configurado para o seu Hub IoT, também fornecemos encriptação dupla, que oferece uma segunda camada de proteção.", &["double-encryption"]),
    ("ko-kr", "IoT Hub에 BYOK가 구성된 경우 두 번째 보호 계층을 제공하는 이중 암호화도 제공합니다.", &["double-encryption"]),
    ("zh-tw", "如果為 IoT 中樞設定 BYOK，我們也會提供雙重加密，以提供第二層保護。", &["double-encryption"]),
    ("it-it", "Per impostazione predefinita, l'hub IoT usa chiavi gestite da Microsoft per crittografare i dati.", &["default-platform-keys"]),
    ("pt-pt", "Por predefinição, o Hub IoT utiliza chaves geridas pela Microsoft para encriptar os dados.", &["default-platform-keys"]),
    ("nl-nl", "IoT Hub gebruikt standaard door Microsoft beheerde sleutels om de gegevens te versleutelen.", &["default-platform-keys"]),
    ("sv-se", "Som standard använder IoT Hub Microsoft-hanterade nycklar för att kryptera data.", &["default-platform-keys"]),
    ("cs-cz", "Ve výchozím nastavení používá IoT Hub ke šifrování dat klíče spravované Microsoftem.", &["default-platform-keys"]),
    ("tr-tr", "Varsayılan olarak IoT Hub, verileri şifrelemek için Microsoft tarafından yönetilen anahtarları kullanır.", &["default-platform-keys"]),
    ("hu-hu", "Alapértelmezés szerint az IoT Hub a Microsoft által felügyelt kulcsokat használja az adatok titkosításához.", &["default-platform-keys"]),
    ("ko-kr", "기본적으로 IoT Hub는 Microsoft에서 관리하는 키를 사용하여 데이터를 암호화합니다.", &["default-platform-keys"]),
    ("zh-tw", "根據預設，IoT 中樞會使用 Microsoft 管理的金鑰來加密資料。", &["default-platform-keys"]),
    ("zh-tw", "根據預設，IoT 中樞會使用 Microsoft 受控金鑰來加密資料。", &["default-platform-keys"]),
    ("cs-cz", "Ve výchozím nastavení se používají klíče spravované společností Microsoft.", &["default-platform-keys"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie den Schlüssel widerrufen, kann der Dienst nicht mehr auf die Daten zugreifen.", &["revocation-blocks-access"]),
    ("de-de", "Azure Storage verwendet den kundenseitig verwalteten Schlüssel, um den Kontoverschlüsselungsschlüssel zu verschlüsseln.", &["cmk-is-kek"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Für den Schlüsseltresor müssen sowohl vorläufiges Löschen als auch der Löschschutz aktiviert sein.", &["soft-delete-purge-protection"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Es werden nur RSA-Schlüssel der Größe 2048 unterstützt.", &["rsa-2048"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Die Ressource benötigt eine systemseitig zugewiesene verwaltete Identität, um auf den Schlüsseltresor zuzugreifen.", &["managed-identity-required"]),
    ("fr-fr", "Clés gérées par le client. Si vous révoquez l’accès à la clé, le service ne peut plus accéder aux données.", &["revocation-blocks-access"]),
    ("fr-fr", "Stockage Azure utilise la clé gérée par le client pour chiffrer la clé de chiffrement du compte.", &["cmk-is-kek"]),
    ("fr-fr", "Clés gérées par le client. La suppression réversible et la protection contre le vidage doivent être activées sur le coffre de clés.", &["soft-delete-purge-protection"]),
    ("fr-fr", "Clés gérées par le client. La ressource doit disposer d’une identité managée affectée par le système pour accéder au coffre de clés.", &["managed-identity-required"]),
    ("es-es", "Claves administradas por el cliente. Si revoca el acceso a la clave, el servicio ya no podrá acceder a los datos.", &["revocation-blocks-access"]),
    ("es-es", "Azure Storage usa la clave administrada por el cliente para cifrar la clave de cifrado de la cuenta.", &["cmk-is-kek"]),
    ("es-es", "Claves administradas por el cliente. El almacén de claves debe tener habilitadas la eliminación temporal y la protección de purga.", &["soft-delete-purge-protection"]),
    ("es-es", "Claves administradas por el cliente. Solo se admiten claves RSA de tamaño 2048.", &["rsa-2048"]),
    ("ja-jp", "カスタマー マネージド キー。 キーへのアクセスを取り消すと、サービスはデータにアクセスできなくなります。", &["revocation-blocks-access"]),
    ("ja-jp", "Azure Storage では、カスタマー マネージド キーを使用してアカウント暗号化キーを暗号化します。", &["cmk-is-kek"]),
    ("ja-jp", "カスタマー マネージド キー。 キー コンテナーでは、論理的な削除と消去保護の両方が有効になっている必要があります。", &["soft-delete-purge-protection"]),
    ("ja-jp", "カスタマー マネージド キー。 サイズが 2048 の RSA キーのみがサポートされています。", &["rsa-2048"]),
    ("ru-ru", "Ключи, управляемые клиентом. Если отозвать доступ к ключу, служба больше не сможет получить доступ к данным.", &["revocation-blocks-access"]),
    ("ru-ru", "Служба хранилища Azure использует ключ, управляемый клиентом, для шифрования ключа шифрования учетной записи.", &["cmk-is-kek"]),
    ("ru-ru", "Ключи, управляемые клиентом. В хранилище ключей должны быть включены обратимое удаление и защита от очистки.", &["soft-delete-purge-protection"]),
    ("ru-ru", "Ключи, управляемые клиентом. Поддерживаются только ключи RSA размером 2048.", &["rsa-2048"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Jeśli odwołasz dostęp do klucza, usługa nie będzie już mieć dostępu do danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Usługa Azure Storage używa klucza zarządzanego przez klienta do szyfrowania klucza szyfrowania konta.", &["cmk-is-kek"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Magazyn kluczy musi mieć włączone zarówno usuwanie nietrwałe, jak i ochronę przed przeczyszczeniem.", &["soft-delete-purge-protection"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Obsługiwane są tylko klucze RSA o rozmiarze 2048.", &["rsa-2048"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. Se você revogar o acesso à chave, o serviço não poderá mais acessar os dados.", &["revocation-blocks-access"]),
    ("pt-br", "O Armazenamento do Azure usa a chave gerenciada pelo cliente para criptografar a chave de criptografia da conta.", &["cmk-is-kek"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. O cofre de chaves deve ter a exclusão temporária e a proteção contra limpeza habilitadas.", &["soft-delete-purge-protection"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. Somente chaves RSA de tamanho 2048 são compatíveis.", &["rsa-2048"]),
    ("zh-cn", "客户管理的密钥。 如果撤销对密钥的访问权限，服务将无法再访问数据。", &["revocation-blocks-access"]),
    ("zh-cn", "Azure 存储使用客户管理的密钥来加密帐户加密密钥。", &["cmk-is-kek"]),
    ("zh-cn", "客户管理的密钥。 密钥保管库必须同时启用软删除和清除保护。", &["soft-delete-purge-protection"]),
    ("zh-cn", "客户管理的密钥。 仅支持大小为 2048 的 RSA 密钥。", &["rsa-2048"]),
    ("zh-cn", "客户管理的密钥。 资源必须具有系统分配的托管标识才能访问密钥保管库。", &["managed-identity-required"]),
    // near misses: tr "bekleyen" (pending) and hu "inaktív" (inactive) coordinated with
    // something other than data in transit are not data at rest
    ("tr-tr", "Bekleyen ve tamamlanan işler listelenir ve şifrelenir.", &["-encrypts-at-rest"]),
    ("hu-hu", "Az inaktív és a törölt felhasználók adatai titkosítva vannak.", &["-encrypts-at-rest"]),
    ("tr-tr", "Azure IoT Hub, bekleyen ve aktarımdaki verilerin şifrelenmesini sağlar.", &["encrypts-at-rest", "encrypts-in-transit"]),
    // "revoking access effectively blocks access to all data" (it "blocca di fatto
    // l'accesso", nl "blokkeert effectief de toegang", sv "blockerar i praktiken åtkomsten",
    // tr "erişimi etkili bir şekilde engeller", hu "letiltja a hozzáférést", zh 封鎖對...的存取);
    // encrypted when persisted (it "salvataggio permanente", tr "kalıcı olduğunda", hu
    // "amikor megőrzi", ko "유지할 때"); tr is verb-final: the moment stands up to four words
    // before its verb, not past a clause word
    ("it-it", "Archiviazione di Azure crittografa automaticamente i dati quando ne viene eseguito il salvataggio permanente nel cloud.", &["encrypt-on-write"]),
    ("pt-pt", "O Armazenamento do Azure encripta automaticamente os seus dados quando são persistidos na cloud.", &["encrypt-on-write"]),
    ("nl-nl", "Azure Storage versleutelt uw gegevens automatisch wanneer deze persistent worden gemaakt in de cloud.", &["encrypt-on-write"]),
    ("sv-se", "Azure Storage krypterar automatiskt dina data när de sparas i molnet.", &["encrypt-on-write"]),
    ("cs-cz", "Azure Storage automaticky šifruje vaše data při jejich trvalém uložení do cloudu.", &["encrypt-on-write"]),
    ("tr-tr", "Azure Depolama, verileriniz bulutta kalıcı olduğunda verilerinizi otomatik olarak şifreler.", &["encrypt-on-write"]),
    ("hu-hu", "Az Azure Storage automatikusan titkosítja az adatokat, amikor megőrzi azokat a felhőben.", &["encrypt-on-write"]),
    ("ko-kr", "Azure Storage는 데이터를 클라우드에 유지할 때 자동으로 암호화합니다.", &["encrypt-on-write"]),
    ("zh-tw", "Azure 儲存體會在資料保存到雲端時自動加密資料。", &["encrypt-on-write"]),
    ("sv-se", "Data dekrypteras transparent när du kommer åt dem.", &["decrypt-on-read"]),
    ("hu-hu", "Az adatok visszafejtése transzparens módon történik, amikor hozzáfér azokhoz.", &["decrypt-on-read"]),
    ("cs-cz", "Data se při přístupu transparentně dešifrují.", &["decrypt-on-read"]),
    ("it-it", "I dati vengono decrittografati in modo trasparente quando si accede a essi.", &["decrypt-on-read"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. A kulcstartón engedélyezni kell a helyreállítható törlést és a kiürítési védelmet.", &["soft-delete-purge-protection"]),
    ("ko-kr", "고객 관리형 키. 키 자격 증명 모음에서 일시 삭제 및 보호 제거를 사용하도록 설정해야 합니다.", &["soft-delete-purge-protection"]),
    ("zh-tw", "客戶管理的金鑰。撤銷金鑰的存取權將會封鎖對帳戶中所有資料的存取。", &["revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. La revoca dell'accesso blocca di fatto l'accesso a tutti i dati dell'account.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels. Het intrekken van de toegang blokkeert effectief de toegang tot alle gegevens in het account.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Att återkalla åtkomsten blockerar i praktiken åtkomsten till alla data i kontot.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Erişimin iptal edilmesi, hesaptaki tüm verilere erişimi etkili bir şekilde engeller.", &["revocation-blocks-access"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. A hozzáférés visszavonása gyakorlatilag letiltja a hozzáférést a fiókban lévő összes adathoz.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem. Odvolání přístupu účinně zablokuje přístup ke všem datům v účtu.", &["revocation-blocks-access"]),
    ("pt-pt", "Chaves geridas pelo cliente. A revogação do acesso bloqueia efetivamente o acesso a todos os dados na conta.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키. 액세스를 취소하면 계정의 모든 데이터에 대한 액세스가 효과적으로 차단됩니다.", &["revocation-blocks-access"]),
    ("tr-tr", "Dosyalar okunurken önbellek kullanılır ve sonra veriler şifrelenir.", &["-encrypt-on-read"]),
    ("tr-tr", "Veriler diske yazılırken otomatik olarak şifrelenir.", &["encrypt-on-write"]),
    ("hu-hu", "A naplókat a szolgáltatás 30 napig megőrzi, amikor a titkosítás be van kapcsolva.", &["-encrypt-on-write"]),
    // hu: védelem drops its second e before a suffix (védelmet): purge protection
    ("hu-hu", "Ügyfél által kezelt kulcsok. A kulcstartón engedélyezni kell a helyreállítható törlést és a törlés elleni védelmet.", &["soft-delete-purge-protection"]),
    ("hu-hu", "Ügyfél által kezelt kulcsok. A helyreállítható törlés és a kiürítési védelem be van kapcsolva a kulcstartón.", &["soft-delete-purge-protection"]),
    // ko: "Microsoft 관리 키" (without 형) is the Microsoft-managed key too, and is set aside
    // by 아닌 as the longer form is; the Microsoft admin center (관리 센터) is none
    ("ko-kr", "기본적으로 데이터는 Microsoft 관리 키를 사용하여 암호화됩니다.", &["default-platform-keys"]),
    ("ko-kr", "Microsoft 관리 키가 아닌 고객 관리 키를 사용하여 데이터를 암호화할 수 있습니다.", &["-default-platform-keys", "supports-cmk"]),
    ("ko-kr", "기본적으로 데이터는 플랫폼 관리 키로 암호화됩니다.", &["default-platform-keys"]),
    ("ko-kr", "데이터는 암호화됩니다. Microsoft 관리 센터에서 사용자를 추가합니다.", &["-default-platform-keys"]),
    // "create your own encryption keys" supports CMK in a sentence or context about
    // encryption; a negated creation ("Microsoft doesn't create ... for you") or a
    // requirement denied ("you don't have to use ...") denies nothing
    ("ru-ru", "Данные шифруются при хранении. Можно создать собственные ключи шифрования.", &["supports-cmk"]),
    ("en-us", "Data is encrypted at rest. You can create your own encryption keys.", &["supports-cmk"]),
    ("en-us", "Microsoft doesn't create customer-managed keys for you.", &["-supports-cmk"]),
    ("en-us", "You don't need to create your own encryption keys.", &["-supports-cmk"]),
    ("en-us", "You don't have to use customer-managed keys.", &["-supports-cmk"]),
    ("de-de", "Sie müssen keine kundenseitig verwalteten Schlüssel verwenden.", &["-supports-cmk"]),
    ("es-es", "No es necesario usar claves administradas por el cliente.", &["-supports-cmk"]),
    ("fr-fr", "Vous n’avez pas besoin d’utiliser des clés gérées par le client.", &["-supports-cmk"]),
    ("en-us", "This service doesn't support customer-managed keys.", &["supports-cmk!"]),
    // instead-of cues set Microsoft-managed keys aside; "(the default)" still calls them
    // the default
    ("en-us", "You can use your own keys rather than Microsoft-managed keys.", &["-default-platform-keys"]),
    ("en-us", "Instead of Microsoft-managed keys, you can use customer-managed keys to encrypt the data.", &["-default-platform-keys", "supports-cmk"]),
    ("en-us", "You can encrypt your data with your own keys rather than Microsoft-managed keys (the default).", &["default-platform-keys"]),
    ("de-de", "Sie können Ihre eigenen Schlüssel anstelle von Microsoft-verwalteten Schlüsseln verwenden.", &["-default-platform-keys"]),
    ("de-de", "Sie können anstatt von Microsoft verwalteten Schlüsseln Ihre eigenen Schlüssel verwenden.", &["-default-platform-keys"]),
    ("de-de", "Sie können Ihre Daten mit eigenen Schlüsseln anstelle von Microsoft-verwalteten Schlüsseln (Standardeinstellung) verschlüsseln.", &["default-platform-keys"]),
    ("fr-fr", "Vous pouvez utiliser vos propres clés plutôt que des clés gérées par Microsoft.", &["-default-platform-keys"]),
    ("fr-fr", "Vous pouvez utiliser vos propres clés au lieu des clés gérées par Microsoft.", &["-default-platform-keys"]),
    ("fr-fr", "Vous pouvez chiffrer vos données avec vos propres clés plutôt qu’avec des clés gérées par Microsoft (par défaut).", &["default-platform-keys"]),
    ("es-es", "Puede usar sus propias claves en lugar de claves administradas por Microsoft.", &["-default-platform-keys"]),
    ("es-es", "Puede cifrar sus datos con sus propias claves en lugar de claves administradas por Microsoft (opción predeterminada).", &["default-platform-keys", "supports-cmk"]),
    ("it-it", "È possibile usare le proprie chiavi invece delle chiavi gestite da Microsoft.", &["-default-platform-keys"]),
    ("pt-br", "Você pode usar suas próprias chaves em vez de chaves gerenciadas pela Microsoft.", &["-default-platform-keys"]),
    ("pt-pt", "Pode utilizar as suas próprias chaves em vez de chaves geridas pela Microsoft.", &["-default-platform-keys"]),
    ("nl-nl", "U kunt uw eigen sleutels gebruiken in plaats van door Microsoft beheerde sleutels.", &["-default-platform-keys"]),
    ("sv-se", "Du kan använda dina egna nycklar i stället för Microsoft-hanterade nycklar.", &["-default-platform-keys"]),
    ("pl-pl", "Możesz używać własnych kluczy zamiast kluczy zarządzanych przez firmę Microsoft.", &["-default-platform-keys"]),
    ("cs-cz", "Místo klíčů spravovaných Microsoftem můžete používat vlastní klíče.", &["-default-platform-keys"]),
    ("hu-hu", "A Microsoft által kezelt kulcsok helyett saját kulcsokat is használhat.", &["-default-platform-keys"]),
    ("tr-tr", "Microsoft tarafından yönetilen anahtarlar yerine kendi anahtarlarınızı kullanabilirsiniz.", &["-default-platform-keys"]),
    ("ja-jp", "Microsoft マネージド キーの代わりに、カスタマー マネージド キーを使用できます。", &["-default-platform-keys", "supports-cmk"]),
    ("ko-kr", "Microsoft 관리형 키 대신 고객 관리형 키를 사용할 수 있습니다.", &["-default-platform-keys", "supports-cmk"]),
    ("zh-tw", "您可以使用自己的金鑰來加密資料，而非 Microsoft 管理的金鑰 (預設值)。", &["default-platform-keys"]),
    ("zh-tw", "您可以使用客戶管理的金鑰，而非 Microsoft 管理的金鑰。", &["-default-platform-keys", "supports-cmk"]),
    // platform keys by default: zh without 的, Microsoft 代管, service-managed keys
    ("zh-tw", "依預設，Azure 儲存體會使用 Microsoft 管理金鑰來加密資料。", &["default-platform-keys"]),
    ("zh-tw", "根據預設，資料會以 Microsoft 代管的金鑰加密。", &["default-platform-keys"]),
    ("zh-cn", "默认情况下，Azure 存储使用 Microsoft 管理密钥加密数据。", &["default-platform-keys"]),
    ("ja-jp", "既定では、サービス マネージド キーでデータが暗号化されます。", &["default-platform-keys"]),
    ("ko-kr", "기본적으로 데이터는 서비스 관리형 키로 암호화됩니다.", &["default-platform-keys"]),
    // a tier in which customer-managed keys are available, or configured, is a tier they
    // are limited to: a page names it because the others lack it (the writers of setAI,
    // AO, AP and X label it; none of the 21 eval sets leaves it unlabelled)
    ("en-us", "Customer-managed keys are available in the Premium tier.", &["pricing-tier=premium", "supports-cmk"]),
    ("en-us", "When you select the Premium tier, you can configure customer-managed keys.", &["pricing-tier=premium", "supports-cmk"]),
    ("en-us", "Customer-managed keys are only available in the Premium tier.", &["pricing-tier=premium"]),
    ("fr-fr", "Les clés gérées par le client sont disponibles au niveau tarifaire Premium.", &["pricing-tier=premium"]),
    ("fr-fr", "Les clés gérées par le client sont disponibles uniquement au niveau tarifaire Premium.", &["pricing-tier=premium"]),
    // revoked or disabled keys: the data can't be read or decrypted, in each language's
    // own construction (de/nl/sv verb-second, es/it/pt future + infinitive, tr split
    // decrypt, hu verbal prefix, ru impersonal)
    ("en-us", "Customer-managed keys are supported. If you revoke access to the key, the service can't read the data.", &["revocation-blocks-access"]),
    ("en-us", "Rotate the storage account access keys regularly. If you revoke the key, clients can't read the data.", &["-revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel widerrufen, kann der Dienst die Daten nicht mehr lesen.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si revoca el acceso a la clave, el servicio ya no podrá leer los datos.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si deshabilita la clave, no se podrán descifrar los datos.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si revoca l'accesso alla chiave, il servizio non potrà più leggere i dati.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, i dati non possono più essere decrittografati.", &["revocation-blocks-access"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. Se você revogar o acesso à chave, o serviço não poderá mais ler os dados.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de sleutel uitschakelt, kunnen de gegevens niet meer worden ontsleuteld.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du inaktiverar nyckeln kan data inte längre dekrypteras.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli odwołasz dostęp do klucza, usługa nie będzie mogła odczytać danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli wyłączysz klucz, danych nie będzie można odszyfrować.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud odvoláte přístup ke klíči, služba už nebude moct číst data.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud klíč zakážete, data už nebude možné dešifrovat.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. Ha letiltja a kulcsot, az adatok nem fejthetők vissza.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtarı devre dışı bırakırsanız verilerin şifresi çözülemez.", &["revocation-blocks-access"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Если отключить ключ, данные невозможно будет расшифровать.", &["revocation-blocks-access"]),
    // tr decrypt: the active reading moment and an adverb inside the split form
    ("tr-tr", "Hizmet, verileri okurken şifreyi çözer.", &["decrypt-on-read"]),
    ("tr-tr", "Veriler okunurken şifresi otomatik olarak çözülür.", &["decrypt-on-read"]),
    // RSA 2048 required (ru short form должен) vs a list of allowed sizes
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Ключ должен быть ключом RSA размером 2048 бит.", &["rsa-2048"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. De sleutel moet een RSA-sleutel van 2048 bits zijn.", &["rsa-2048"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. RSA-sleutels met een grootte van 2048, 3072 of 4096 worden ondersteund.", &["-rsa-2048"]),
    ("sv-se", "Kundhanterade nycklar stöds. RSA-nycklar med storlekarna 2048, 3072 eller 4096 stöds.", &["-rsa-2048"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Podporují se klíče RSA o velikosti 2048, 3072 nebo 4096.", &["-rsa-2048"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A kulcsnak 2048 bites RSA-kulcsnak kell lennie.", &["rsa-2048"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. 2048, 3072 veya 4096 boyutundaki RSA anahtarları desteklenir.", &["-rsa-2048"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 크기가 2048, 3072 또는 4096인 RSA 키가 지원됩니다.", &["-rsa-2048"]),
    ("zh-tw", "支援客戶管理的金鑰。金鑰必須是 2048 位元的 RSA 金鑰。", &["rsa-2048"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. São suportadas chaves RSA de tamanho 2048, 3072 ou 4096.", &["-rsa-2048"]),
    // key encryption keys written as a hyphenated unit (machine-translated
    // "key-encryption-key")
    ("it-it", "Con CMK è possibile crittografare i dati inattivi con una chiave-crittografia-chiave gestita tramite Azure Key Vault.", &["cmk-is-kek"]),
    ("pt-pt", "Com a CMK, pode optar por encriptar os dados inativos com uma chave-encriptação-chave gerida através do Azure Key Vault.", &["cmk-is-kek"]),
    ("sv-se", "Med CMK kan du välja att kryptera vilande data med en nyckel-krypteringsnyckel som hanteras via Azure Key Vault.", &["cmk-is-kek"]),
    ("ko-kr", "CMK를 사용하면 Azure Key Vault를 통해 관리되는 키-암호화-키로 미사용 데이터를 암호화할 수 있습니다.", &["cmk-is-kek"]),
    ("cs-cz", "Azure IoT Hub poskytuje šifrování neaktivních uložených dat a přenášených dat při jejich zápisu v našich datacentrech.", &["encrypt-on-write", "encrypts-in-transit"]),
    // the service can't reach the data once the key is revoked or disabled, without
    // "any more"
    ("sv-se", "Kundhanterade nycklar stöds. Om du inaktiverar nyckeln kan tjänsten inte komma åt data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du återkallar åtkomsten kommer tjänsten inte att kunna läsa data.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de sleutel uitschakelt, heeft de service geen toegang tot de gegevens.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, il servizio non sarà più in grado di accedere ai dati.", &["revocation-blocks-access"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Se revogar a chave, o serviço não conseguirá aceder aos dados.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtarı iptal ederseniz verilere erişim kaybedilir.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. Ha letiltja a kulcsot, a szolgáltatás nem fog tudni hozzáférni az adatokhoz.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 키를 해지하면 데이터에 대한 액세스 권한이 손실됩니다.", &["revocation-blocks-access"]),
    ("nl-nl", "De service heeft geen toegang tot de gegevens in het archief. U kunt de sleutel uitschakelen.", &["-revocation-blocks-access"]),
    // purge protection with the article (pt "proteção contra a remoção")
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. O cofre de chaves tem de ter a eliminação recuperável e a proteção contra a remoção ativadas.", &["soft-delete-purge-protection"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. O cofre de chaves precisa ter a exclusão temporária e a proteção contra a limpeza habilitadas.", &["soft-delete-purge-protection"]),
    // available / use as nouns and particle verbs (cs k dispozici, hu elérhető as
    // "érhetők el", it l'uso di); a region narrows a negation
    ("cs-cz", "Klíče spravované zákazníkem jsou k dispozici pouze na cenové úrovni E0.", &["supports-cmk", "pricing-tier=E0"]),
    ("cs-cz", "Klíče spravované zákazníkem nejsou k dispozici v oblasti Čína.", &["-supports-cmk"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok csak az E0 tarifacsomagban érhetők el.", &["supports-cmk", "pricing-tier=E0"]),
    // the Do Not Purge property translated (ko 제거 안 함, zh 不要清除)
    ("ko-kr", "고객 관리형 키. 키 자격 증명 모음에는 일시 삭제 및 제거 안 함 속성이 설정되어 있습니다.", &["soft-delete-purge-protection"]),
    ("zh-tw", "客戶管理的金鑰。金鑰保存庫已啟用虛刪除和不要清除屬性。", &["soft-delete-purge-protection"]),
    // Microsoft Docs phrasings of the unseen locales: cs "budete muset" (will have to),
    // hu "íródnak" / "megőrzésre kerülnek" / "hozzájuk fér" (written, persisted,
    // accessed), tr "erişirken" (while accessing), sv "kontaktar du oss", nl
    // "gepersisteerd", "neemt u contact met ons op", it "contattare Microsoft", pt-pt "à
    // medida que lhes acede", zh-tw 連絡 (the Taiwan form of 聯絡); "basic or standard" with
    // one tier word (ko 기본 또는 표준 계층, zh-tw 基本或標準層)
    ("cs-cz", "Po schválení použití klíčů spravovaných zákazníkem budete muset vytvořit nový prostředek.", &["requires-new-resource"]),
    ("hu-hu", "Az Azure Storage titkosítja az adatokat, amikor azok az adatközpontjainkba íródnak.", &["encrypt-on-write", "-encrypt-on-read"]),
    ("hu-hu", "A szolgáltatás automatikusan titkosítja az adatokat, amikor azok a felhőben megőrzésre kerülnek.", &["encrypt-on-write"]),
    ("hu-hu", "A DPS visszafejti az adatokat, amikor hozzájuk fér.", &["decrypt-on-read", "-decrypt-on-write"]),
    ("tr-tr", "DPS, siz verilere erişirken sizin için şifrelerini çözer.", &["decrypt-on-read"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du vill prova funktionen kontaktar du oss via Microsoft Support.", &["access-by-request"]),
    ("nl-nl", "De service versleutelt uw gegevens automatisch wanneer deze naar de cloud worden gepersisteerd.", &["encrypt-on-write"]),
    ("nl-nl", "Door de klant beheerde sleutels zijn beschikbaar. Als u deze mogelijkheid wilt uitproberen, neemt u contact met ons op via Microsoft Ondersteuning.", &["access-by-request"]),
    ("it-it", "Le chiavi gestite dal cliente sono disponibili. Per provare questa funzionalità, contattare Microsoft tramite il supporto tecnico.", &["access-by-request"]),
    ("pt-pt", "O DPS desencripta os dados por si, à medida que lhes acede.", &["decrypt-on-read"]),
    ("zh-tw", "客戶管理的金鑰現已推出。若要試用此功能，請透過 Microsoft 支援服務與我們連絡。", &["access-by-request"]),
    ("ko-kr", "고객 관리형 키를 사용할 수 있습니다. 이 기능을 사용하려면 새 IoT Hub(기본 또는 표준 계층)를 만들어야 합니다.", &["pricing-tier=basic,standard", "requires-new-resource"]),
    ("zh-tw", "客戶管理的金鑰現已推出。此功能需要建立新的 IoT 中樞 (基本或標準層)。", &["pricing-tier=basic,standard", "requires-new-resource"]),
    // the moment of creation narrows a negation (cs "v době", hu "-kor", tr "sırada", ko
    // "만들 때", zh-tw 在建立…時): not possible then, no denial of support
    ("cs-cz", "Klíče spravované zákazníkem není možné povolit v době vytváření prostředku.", &["-supports-cmk!"]),
    ("hu-hu", "Az ügyfél által felügyelt kulcsok nem engedélyezhetők az erőforrás létrehozásakor.", &["-supports-cmk!"]),
    ("tr-tr", "Kaynak oluşturulduğu sırada müşteri tarafından yönetilen anahtarları etkinleştirmek mümkün değildir.", &["-supports-cmk!"]),
    ("ko-kr", "리소스를 만들 때는 고객 관리형 키를 사용하도록 설정할 수 없습니다.", &["-supports-cmk!"]),
    ("zh-tw", "無法在建立資源時啟用客戶管理的金鑰。", &["-supports-cmk!"]),
    // BYOK naming a download (toolset, package, zip) is a tool's name, not support of
    // customer keys; BYOK itself still is, in a sentence or context about encryption (on
    // its own, importing a key into Key Vault is key management: no claim)
    ("en-us", "To verify the integrity of your downloaded BYOK toolset, use the Get-FileHash cmdlet.", &["-supports-cmk"]),
    ("en-us", "Azure Storage supports bring your own key (BYOK) for encryption at rest.", &["supports-cmk"]),
    ("en-us", "Azure Key Vault supports bring your own key (BYOK) for HSM-protected keys.", &["-supports-cmk"]),
    ("fr-fr", "Pour valider l’intégrité de votre jeu d’outils BYOK, utilisez l’applet de commande Get-FileHash.", &["-supports-cmk"]),
    ("ko-kr", "다운로드한 BYOK 도구 집합의 무결성을 확인하려면 Get-FileHash cmdlet을 사용합니다.", &["-supports-cmk"]),
    ("zh-tw", "如需有關如何產生此 BYOK 封包的詳細指示，請參閱如何使用 Azure 金鑰保存庫中受 HSM 保護的金鑰。", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("cs-cz", "Podrobnější pokyny o tom, jak generovat tento balíček BYOK, najdete v tématu použití klíčů chráněných HSM s Azure Key Vault.", &["-supports-cmk", "-cmk-in-key-vault"]),
    // "your own key vault" is a vault, not the customer's key in one
    ("en-us", "This video shows how to create your own key vault and use it from a sample application.", &["-cmk-in-key-vault"]),
    ("ko-kr", "이 비디오에서는 사용자 고유의 키 자격 증명 모음을 만드는 방법을 보여 줍니다.", &["-cmk-in-key-vault"]),
    // what a vault protects, secrets among them, is no key hierarchy (cs "tajný klíč",
    // fr "clé secrète" are secrets, not keys); a data key wrapped by the customer's is
    ("en-us", "Key Vault lets you encrypt keys and secrets (such as storage account keys, data encryption keys, .PFX files, and passwords) by using keys protected by HSMs.", &["-cmk-is-kek"]),
    ("en-us", "The data encryption key is encrypted with your key from Azure Key Vault.", &["cmk-is-kek"]),
    ("zh-tw", "使用金鑰保存庫之後，您可以加密金鑰和密碼 (例如驗證金鑰、儲存體帳戶金鑰、資料加密金鑰、.PFX 檔案和密碼)，方法是使用受 HSM 保護的金鑰。", &["-cmk-is-kek"]),
    ("cs-cz", "Pomocí Key Vault můžete šifrovat klíče a tajné klíče (např. klíče účtu úložiště, šifrovací klíče dat, soubory PFX a hesla) pomocí klíčů chráněných moduly HSM.", &["-cmk-is-kek"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Hodnotu můžete uložit jako tajný klíč v Azure Key Vault.", &["supports-cmk", "-cmk-in-key-vault"]),
    // data in transit that a clause denies is no encryption in transit; a negation about
    // something else (reading it) denies nothing
    ("en-us", "Storage Service Encryption does not provide security for data in transit, but it encrypts the data as it is written to Azure Storage.", &["-encrypts-in-transit", "encrypt-on-write"]),
    ("es-es", "El uso de SSE no proporciona seguridad para los datos en tránsito, pero cifra los datos a medida que se escriben en Azure Storage.", &["-encrypts-in-transit", "-encrypts-in-transit!"]),
    ("fr-fr", "SSE ne sécurise pas les données en transit, mais chiffre les données quand elles sont écrites dans Azure Storage.", &["-encrypts-in-transit", "encrypt-on-write"]),
    ("ru-ru", "Шифрование службы хранилища не обеспечивает защиту данных при передаче, но данные шифруются при записи в службу хранилища Azure.", &["-encrypts-in-transit", "encrypt-on-write"]),
    ("zh-tw", "使用 SSE 不會針對傳輸中資料提供安全性，但它會在資料寫入 Azure 儲存體時進行加密。", &["-encrypts-in-transit"]),
    ("en-us", "The traffic contains the encrypted resource, and no one can interpret the data in transit.", &["encrypts-in-transit"]),
    // ru sets the keys aside before the comma of their participle ("вместо ключей,
    // управляемых Майкрософт"); a parenthesis is no such comma ("(по умолчанию)")
    ("ru-ru", "Вы можете управлять ключами сами вместо ключей, управляемых Майкрософт.", &["-default-platform-keys"]),
    ("ru-ru", "Службы используют ключи, управляемые клиентом, вместо ключей, управляемых Майкрософт.", &["supports-cmk", "-default-platform-keys"]),
    ("ru-ru", "По умолчанию используются ключи, управляемые корпорацией Майкрософт.", &["default-platform-keys"]),
    ("fr-fr", "Par exemple, plutôt que Microsoft gère votre clé de client (par défaut), vous pouvez gérer votre propre clé.", &["default-platform-keys"]),
    // more of the same: cs "při uchovávání" (when kept), "kontaktujte podporu"; hu
    // "forduljon hozzánk"; tr "kalıcı olarak kaydedildiğinde", "bizimle iletişim kurun"; sv
    // "när de bevaras"; ko 쓰여질 때 (when written), without which the encryption paired
    // with the next moment, the access, and read as encryption on read
    ("cs-cz", "Služba Rozpoznávání tváře automaticky šifruje data při jejich uchovávání v cloudu.", &["encrypt-on-write"]),
    ("cs-cz", "Klíče spravované zákazníkem se podporují. Chcete-li tuto funkci vyzkoušet, kontaktujte podporu Microsoftu.", &["access-by-request"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A funkció kipróbálásához forduljon hozzánk a Microsoft ügyfélszolgálatán keresztül.", &["access-by-request"]),
    ("tr-tr", "Yüz hizmeti, verileri buluta kalıcı olarak kaydedildiğinde otomatik olarak şifreler.", &["encrypt-on-write"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Bu özelliği denemek için Microsoft Destek aracılığıyla bizimle iletişim kurun.", &["access-by-request"]),
    ("sv-se", "Ansiktstjänsten krypterar automatiskt dina data när de bevaras i molnet.", &["encrypt-on-write"]),
    ("ko-kr", "DPS는 데이터 센터에 쓰여질 때 미사용 데이터와 전송 중인 데이터를 암호화하고 사용자가 데이터에 액세스할 때 암호를 해독합니다.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    // keys generated, as created, are the customer's own ("for the encryption itself, you
    // can generate and manage your own encryption keys"); a denied generation states nothing
    ("en-us", "For the encryption itself, you can generate and manage your own encryption keys.", &["supports-cmk"]),
    ("en-us", "For encryption, you don't need to generate your own keys.", &["-supports-cmk", "-supports-cmk!"]),
    ("es-es", "Para el propio cifrado, puede generar y administrar sus propias claves de cifrado.", &["supports-cmk"]),
    ("cs-cz", "K samotnému šifrování můžete vygenerovat a spravovat vlastní šifrovací klíče.", &["supports-cmk"]),
    ("zh-tw", "至於加密本身，您可以產生和管理自己的加密金鑰。", &["supports-cmk"]),
    // a new key or key version is no new resource: rotation sections of CMK pages
    ("en-us", "Customer-managed keys are supported. When you rotate the key, you must create a new version of the key.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. To rotate the key, you need to generate a new key in Key Vault.", &["-requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Pour effectuer une rotation, vous devez créer une nouvelle version de la clé.", &["-requires-new-resource"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Při obměně klíče musíte vytvořit novou verzi klíče.", &["-requires-new-resource"]),
    ("ko-kr", "고객 관리형 키를 사용할 수 있습니다. 키를 회전하려면 새 버전의 키를 만들어야 합니다.", &["-requires-new-resource"]),
    ("zh-tw", "客戶管理的金鑰現已推出。若要輪替金鑰，您必須建立新版本的金鑰。", &["-requires-new-resource"]),
    ("zh-tw", "客戶管理的金鑰現已推出。若要使用此功能，您必須建立新的儲存體帳戶。", &["requires-new-resource"]),
    // hu "gyakorlatilag blokkolja ... való hozzáférést" (effectively blocks access to ...),
    // the object between the verb and the access; "effectively disables" an API is no
    // revocation
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A hozzáférés visszavonása gyakorlatilag blokkolja az erőforrás összes adatához való hozzáférést.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A funkció gyakorlatilag letiltja a régi API-kat.", &["-revocation-blocks-access"]),
    // zh: a moment in a when-clause of its own (當…時，) pairs with the action early in the
    // next clause; a state (已加密, already encrypted) or an attributive is no action
    ("zh-tw", "當您從 Azure 儲存體讀取資料時，儲存體服務會在傳回資料之前將之解密。", &["decrypt-on-read", "-encrypt-on-read"]),
    ("zh-cn", "当你从 Azure 存储读取数据时，存储服务会在返回数据之前将其解密。", &["decrypt-on-read"]),
    ("zh-tw", "當您讀取資料時，您必須先確認資料已加密。", &["-encrypt-on-read"]),
    ("zh-tw", "這表示並非人人都能讀取 Azure Key Vault，以及擷取您用來進行用戶端加密的金鑰。", &["-encrypt-on-read"]),
    // a sentence that points the reader elsewhere states nothing: its other words are the
    // pointer's topic or purpose, the title it names is another page's; a pointer in
    // parentheses is an aside to a sentence that states what it states
    ("en-us", "For more information about Microsoft-managed keys, see Azure Storage encryption for data at rest.", &["-default-platform-keys", "-encrypts-at-rest"]),
    ("en-us", "Azure Storage encrypts your data at rest (see Storage Service Encryption).", &["encrypts-at-rest"]),
    // the words of a pointer in parentheses are the title of the page it points to: they
    // lend the sentence around it nothing ("an account with encryption enabled" is no
    // encryption at rest because the title says "for data at rest")
    ("en-us", "Another option is to store the backup files in a storage account with encryption enabled (see Azure Storage Service Encryption for Data at Rest).", &["-encrypts-at-rest"]),
    ("es-es", "Otra opción es almacenar los archivos de copia de seguridad en una cuenta de almacenamiento con el cifrado habilitado (vea Cifrado del servicio Azure Storage para datos en reposo).", &["-encrypts-at-rest"]),
    ("fr-fr", "Une autre option consiste à stocker les sauvegardes dans un compte de stockage pour lequel le chiffrement est activé (voir Chiffrement du service de stockage Azure pour les données au repos).", &["-encrypts-at-rest"]),
    ("ru-ru", "Можно сохранить файлы резервных копий в учетной записи хранения с поддержкой шифрования (см. статью Шифрование службы хранилища Azure для неактивных данных).", &["-encrypts-at-rest"]),
    ("ko-kr", "암호화를 사용하도록 설정된 저장소 계정에 백업 파일을 저장하는 것입니다(휴지 상태의 데이터에 대한 Azure Storage 서비스 암호화 참조).", &["-encrypts-at-rest"]),
    ("zh-tw", "將備份檔案儲存在已啟用加密的儲存體帳戶 (請參閱 Azure 儲存體服務待用資料加密)。", &["-encrypts-at-rest"]),
    ("de-de", "Eine weitere Option ist ein Speicherkonto mit aktivierter Verschlüsselung für die Sicherungsdateien (siehe Azure Storage Service Encryption für ruhende Daten).", &["-encrypts-at-rest"]),
    ("ko-kr", "Azure Storage는 미사용 데이터를 암호화합니다(Azure Storage 서비스 암호화 참조).", &["encrypts-at-rest"]),
    ("zh-tw", "儲存體服務加密可提供待用加密 (請參閱儲存體服務加密)。", &["encrypts-at-rest"]),
    ("es-es", "Azure Storage cifra los datos en reposo (vea Cifrado del servicio Azure Storage).", &["encrypts-at-rest"]),
    ("de-de", "Azure Storage verschlüsselt ruhende Daten (siehe Azure Storage Service Encryption).", &["encrypts-at-rest"]),
    ("en-us", "Keys are managed by Microsoft.", &["default-platform-keys"]),
    ("es-es", "Para más información sobre el uso de claves administradas por Microsoft, consulte Cifrado para datos en reposo.", &["-default-platform-keys", "-encrypts-at-rest"]),
    ("es-es", "Las claves las administra Microsoft.", &["default-platform-keys"]),
    ("fr-fr", "Pour interroger l’état des données chiffrées, consultez l’étape 4 de l’article Chiffrement du service Stockage Azure pour les données au repos.", &["-encrypts-at-rest"]),
    ("fr-fr", "Les sauvegardes sont stockées dans un compte dont les données sont chiffrées au repos (voir Chiffrement du service Stockage Azure).", &["encrypts-at-rest"]),
    ("cs-cz", "Další informace o používání klíčů spravovaných společností Microsoft najdete v tématu Šifrování služby úložiště pro data v klidovém stavu.", &["-default-platform-keys", "-encrypts-at-rest"]),
    ("ru-ru", "Дополнительные сведения об использовании ключей, управляемых корпорацией Майкрософт, см. в статье Шифрование службы хранилища Azure для неактивных данных.", &["-default-platform-keys", "-encrypts-at-rest"]),
    ("ru-ru", "Ключами управляет корпорация Майкрософт.", &["default-platform-keys"]),
    ("zh-tw", "若要查詢加密資料的狀態，請參閱待用資料的儲存體服務加密快速入門步驟 4。", &["-encrypts-at-rest"]),
    ("zh-tw", "儲存體服務加密可提供待用加密。", &["encrypts-at-rest"]),
    ("ko-kr", "미사용 데이터 암호화에 대한 자세한 내용은 Azure Storage 서비스 암호화를 참조하세요.", &["-encrypts-at-rest"]),
    ("ko-kr", "Azure Storage는 미사용 데이터를 암호화합니다.", &["encrypts-at-rest"]),
    ("zh-cn", "有关静态数据加密的详细信息，请参阅 Azure 存储服务加密。", &["-encrypts-at-rest"]),
    ("ja-jp", "保存データの暗号化の詳細については、Azure Storage Service Encryption を参照してください。", &["-encrypts-at-rest"]),
    ("de-de", "Weitere Informationen zur Verschlüsselung ruhender Daten siehe Azure Storage Service Encryption.", &["-encrypts-at-rest"]),
    ("pt-br", "Para obter mais informações sobre criptografia de dados em repouso, consulte a Criptografia do Serviço de Armazenamento.", &["-encrypts-at-rest"]),
    // quoted speech is someone's words, not the page's statement: a persona's wish ("I
    // want to know that our applications comply with FIPS 140-2"), one sentence or more
    // inside the quotation; a quoted term at the start of a sentence that goes on, and a
    // sentence after the quotation closes, are the page's own
    ("en-us", "“I want to know that our applications comply with FIPS 140-2 Level 2 HSMs for secure key management.”", &["-fips-140-2"]),
    ("en-us", "“I want my keys kept apart from my application. I also want my data encrypted at rest.”", &["-encrypts-at-rest"]),
    ("en-us", "“I want FIPS 140-2 Level 2 HSMs.” The keys are kept in HSMs that are FIPS 140-2 Level 2 validated.", &["fips-140-2"]),
    ("en-us", "\"Always Encrypted\" protects sensitive data at rest on the server and encrypts it at rest.", &["encrypts-at-rest"]),
    ("es-es", "“Quiero saber que nuestras aplicaciones cumplen con HSM FIPS 140-2 de nivel 2 para administración de claves segura.", &["-fips-140-2"]),
    ("cs-cz", "„Potřebuji vědět, že naše aplikace splňují standard FIPS 140-2 Level 2 pro moduly HSM.“", &["-fips-140-2"]),
    ("ru-ru", "«Мне необходимо знать, что модули HSM соответствуют стандарту FIPS 140-2 уровня 2.»", &["-fips-140-2"]),
    ("ru-ru", "«Мне нужны модули HSM.» Ключи хранятся в модулях HSM, прошедших проверку по стандарту FIPS 140-2 уровня 2.", &["fips-140-2"]),
    ("ko-kr", "\"보안 키 관리를 위해 응용 프로그램이 FIPS 140-2 Level 2 HSM을 준수하는지 알고 싶습니다.\"", &["-fips-140-2"]),
    ("zh-tw", "「我想要知道我們的應用程式是否遵守 FIPS 140-2 Level 2 HSM 的安全金鑰管理規定。」", &["-fips-140-2"]),
    ("zh-tw", "「一律加密」是新的資料加密技術，可協助保護伺服器上的待用資料。", &["encrypts-at-rest"]),
    ("de-de", "„Ich möchte wissen, dass unsere Anwendungen FIPS 140-2 Level 2 erfüllen.“", &["-fips-140-2"]),
    ("fr-fr", "« Je veux savoir que nos applications respectent la norme FIPS 140-2 niveau 2. »", &["-fips-140-2"]),
    ("fr-fr", "« Always Encrypted » chiffre les données au repos.", &["encrypts-at-rest"]),
    // pointers also written as "acquaint yourself with" (ru ознакомьтесь с, pl zapoznaj
    // się z) and "look at" (cs podívejte se na): the title they name is another page's
    ("ru-ru", "Чтобы передать данные в учетную запись хранения для шифрования, ознакомьтесь с шагом 3 статьи Шифрование службы хранилища Azure для неактивных данных.", &["-encrypts-at-rest"]),
    ("ru-ru", "Служба хранилища Azure шифрует неактивные данные.", &["encrypts-at-rest"]),
    ("cs-cz", "Pokud chcete přenést data do nového účtu úložiště tak, aby se šifrovala, podívejte se na krok 3 z článku Šifrování služby úložiště pro data v klidovém stavu.", &["-encrypts-at-rest"]),
    ("cs-cz", "Služba úložiště šifruje data v klidovém stavu.", &["encrypts-at-rest"]),
    ("pl-pl", "Aby przenieść dane do konta magazynu w celu ich zaszyfrowania, zapoznaj się z krokiem 3 artykułu Szyfrowanie danych magazynowanych w usłudze Storage.", &["-encrypts-at-rest"]),
    // references to another part of the text ("we'll talk about it in the section on
    // encryption at rest", "when discussing encryption in transit, we mentioned ...")
    ("en-us", "We'll talk about this in more detail in the section on encryption at rest.", &["-encrypts-at-rest"]),
    ("en-us", "Client-side encryption is also a method for encrypting your data at rest.", &["encrypts-at-rest"]),
    ("es-es", "Hablaremos sobre el uso recomendado de HTTPS y el cifrado que usa SMB 3.0 para los recursos compartidos de archivos.", &["-encrypts-in-transit"]),
    ("es-es", "SMB 3.0 cifra los datos en tránsito.", &["encrypts-in-transit"]),
    ("fr-fr", "Nous avons déjà mentionné le chiffrement côté client quand nous avons parlé du chiffrement des données en transit.", &["-encrypts-in-transit"]),
    ("fr-fr", "Le chiffrement côté client chiffre les données en transit.", &["encrypts-in-transit"]),
    ("ru-ru", "Мы упоминали шифрование на стороне клиента при обсуждении шифрования передаваемых данных.", &["-encrypts-in-transit"]),
    ("cs-cz", "Budeme mluvit o doporučeném použití protokolu HTTPS a šifrování, které používá protokol SMB 3.0.", &["-encrypts-in-transit"]),
    ("zh-tw", "在討論傳輸中的資料加密時，我們曾提及用戶端加密。", &["-encrypts-in-transit"]),
    ("zh-cn", "在讨论传输中的数据加密时，我们曾提及客户端加密。", &["-encrypts-in-transit"]),
    ("de-de", "Die Verschlüsselung während der Übertragung besprechen wir im nächsten Abschnitt.", &["-encrypts-in-transit"]),
    ("pt-br", "Falaremos sobre a criptografia de dados em trânsito na próxima seção.", &["-encrypts-in-transit"]),
    // "bring your own key" alone, on Key Vault's own pages, is importing a key into the
    // vault: no customer key that encrypts a service's data. A page (here: the case) that
    // names customer-managed keys as such, or a sentence or context about encryption,
    // keeps the claim
    ("en-us", "Use this information to generate your own HSM-protected key and transfer it to Azure Key Vault (bring your own key, BYOK).", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("en-us", "Customer-managed keys must be stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("en-us", "Bring your own key (BYOK) is supported: your encryption keys are stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("fr-fr", "Le coffre de clés Azure utilise des modules HSM pour protéger vos clés. Consultez le tableau suivant pour les conditions requises pour apporter votre propre clé (BYOK) dans le coffre de clés Azure.", &["-cmk-in-key-vault"]),
    ("fr-fr", "Les clés gérées par le client sont stockées dans le coffre de clés Azure.", &["cmk-in-key-vault"]),
    ("es-es", "Esto permite generar la clave en el HSM local y transferirla al HSM del servicio Key Vault (Aportar su propia clave, BYOK).", &["-cmk-in-key-vault"]),
    ("zh-tw", "如果您將產生您自己受 HSM 保護的金鑰，然後將它傳輸到 Azure 金鑰保存庫，請使用下列資訊—自備金鑰 (BYOK) 案例。", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("zh-tw", "客戶管理的金鑰必須儲存在 Azure 金鑰保存庫中。", &["cmk-in-key-vault"]),
    ("ru-ru", "Хранилище ключей Azure защищает ваши ключи с помощью HSM. Реализация сценария BYOK для хранилища ключей Azure.", &["-cmk-in-key-vault"]),
    ("ru-ru", "Ключи, управляемые клиентом, хранятся в хранилище ключей Azure.", &["cmk-in-key-vault"]),
    ("ko-kr", "Azure Key Vault에 대한 BYOK(Bring Your Own Key) 구현", &["-cmk-in-key-vault"]),
    ("ko-kr", "고객 관리형 키는 Azure Key Vault에 저장됩니다.", &["cmk-in-key-vault"]),
    ("cs-cz", "Implementace funkce přineste si vlastní klíč (BYOK) pro Azure Key Vault", &["-cmk-in-key-vault"]),
    ("cs-cz", "Klíče spravované zákazníkem se ukládají v Azure Key Vault.", &["cmk-in-key-vault"]),
    // a KEK whose encryption is the data's ("the KEK must implement the following methods
    // to encrypt data": an interface) is no key that wraps the data key; the content
    // encryption key of client-side encryption is the key a KEK wraps
    ("en-us", "The KEK must implement the following methods to successfully encrypt data:", &["-cmk-is-kek"]),
    ("en-us", "The content encryption key (CEK) is then encrypted with the key encryption key (KEK).", &["cmk-is-kek"]),
    ("es-es", "La KEK debe implementar los métodos siguientes para descifrar correctamente los datos:", &["-cmk-is-kek"]),
    ("zh-tw", "KEK 必須實作下列方法以成功加密資料︰", &["-cmk-is-kek"]),
    ("ru-ru", "Зашифрованный ключ шифрования содержимого CEK расшифровывается с помощью ключа шифрования ключа KEK.", &["cmk-is-kek"]),
    ("ru-ru", "Данные пользователя шифруются с помощью этого ключа CEK.", &["-cmk-is-kek"]),
    ("fr-fr", "La clé de chiffrement de contenu est ensuite déchiffrée à l’aide de la clé de chiffrement de clés (KEK).", &["cmk-is-kek"]),
    ("ja-jp", "コンテンツ暗号化キー (CEK) は、キー暗号化キー (KEK) で暗号化されます。", &["cmk-is-kek"]),
    ("cs-cz", "Klíč KEK musí implementovat následující metody pro úspěšné šifrování dat:", &["-cmk-is-kek"]),
    // AES 256 among other key sizes is an option, not the encryption in use
    ("en-us", "The service encrypts with AES 128 by default, which you can raise to AES 256 manually.", &["-aes-256"]),
    ("en-us", "All data is encrypted with 256-bit AES encryption.", &["aes-256"]),
    ("cs-cz", "Služba ve výchozím nastavení šifruje pomocí AES 128, ale je možné to ručně zvýšit na AES 256.", &["-aes-256"]),
    ("cs-cz", "Všechna data se šifrují pomocí 256bitového šifrování AES.", &["aes-256"]),
    ("es-es", "Los datos se pueden cifrar con AES de 128, 192 o 256 bits.", &["-aes-256"]),
    ("zh-tw", "預設使用 AES 128 加密，但可以手動提高為 AES 256。", &["-aes-256"]),
    ("zh-tw", "所有資料都使用 256 位元 AES 加密進行加密。", &["aes-256"]),
    ("ru-ru", "Все данные шифруются с помощью 256-битного шифрования AES.", &["aes-256"]),
    // plaintext passed to a server with encrypted columns is no encryption in transit
    ("en-us", "Your application must use SqlParameter objects when passing plaintext data in transit to the server with encrypted columns.", &["-encrypts-in-transit"]),
    ("fr-fr", "Votre application doit utiliser des objets SqlParameter lors de la transmission de données en clair vers le serveur avec des colonnes intégralement chiffrées.", &["-encrypts-in-transit"]),
    ("fr-fr", "Les paramètres SSL chiffrent les communications lors de la transmission vers le serveur.", &["encrypts-in-transit"]),
    ("ru-ru", "При передаче открытого текста на сервер со столбцами с постоянным шифрованием приложение должно использовать объекты SqlParameter.", &["-encrypts-in-transit"]),
    ("zh-tw", "將明文傳輸到具有加密資料行的伺服器時，應用程式必須使用 SqlParameter 物件。", &["-encrypts-in-transit"]),
    ("zh-tw", "用戶端加密可在傳輸中加密資料。", &["encrypts-in-transit"]),
    ("en-us", "Always Encrypted protects sensitive data in transit between client and server, ensuring that it never appears as plaintext inside the database system.", &["encrypts-in-transit"]),
    ("fr-fr", "Le chiffrement intégral protège les données sensibles en transit entre le client et le serveur, garantissant qu’elles n’apparaissent jamais en texte clair dans la base de données.", &["encrypts-in-transit"]),
    // Microsoft-managed keys that a step requires are no statement of the default
    ("en-us", "To disable encryption, you must switch to Microsoft-managed keys.", &["-default-platform-keys"]),
    ("fr-fr", "Pour désactiver le chiffrement, vous devez passer à l’utilisation de clés gérées par Microsoft.", &["-default-platform-keys"]),
    ("fr-fr", "Toutes les clés de chiffrement sont stockées, chiffrées et gérées par Microsoft.", &["default-platform-keys"]),
    ("es-es", "Para deshabilitar el cifrado, debe pasar a utilizar claves administradas por Microsoft.", &["-default-platform-keys"]),
    ("cs-cz", "Chcete-li zakázat šifrování, je nutné přepnout na klíče spravované Microsoftem.", &["-default-platform-keys"]),
    ("ru-ru", "Чтобы отключить шифрование, необходимо перейти к использованию ключей, управляемых корпорацией Майкрософт.", &["-default-platform-keys"]),
    ("zh-tw", "若要停用加密，您必須改為使用 Microsoft 管理的金鑰。", &["-default-platform-keys"]),
    ("zh-tw", "根據預設，SSE 會使用 Microsoft 管理的金鑰。", &["default-platform-keys"]),
    // cs negates verbs with the prefix ne-: "neposkytuje" (does not provide) denies what
    // it governs, in its own clause ("SSE neposkytuje zabezpečení přenášených dat, ale
    // šifruje data": nothing in transit, encryption on write)
    ("cs-cz", "SSE neposkytuje zabezpečení přenášených dat, ale šifruje data při zápisu do úložiště.", &["-encrypts-in-transit", "encrypt-on-write"]),
    ("cs-cz", "Služba neposkytuje šifrování přenášených dat.", &["encrypts-in-transit!"]),
    ("cs-cz", "Služba neumožňuje použití klíčů spravovaných zákazníkem.", &["supports-cmk!"]),
    ("cs-cz", "Služba šifruje přenášená data.", &["encrypts-in-transit"]),
    // transparent: no change to the application or code that reads the encrypted data;
    // not a change to something else, nor a change without encryption in the sentence
    ("en-us", "The service encrypts data at rest without requiring any change to the application.", &["transparent-encryption", "encrypts-at-rest"]),
    ("en-us", "The service encrypts data without requiring any change to the key.", &["-transparent-encryption"]),
    ("es-es", "El servicio cifra automáticamente los datos, sin exigir ningún cambio en la aplicación que accede a ellos.", &["transparent-encryption"]),
    ("es-es", "Puede habilitar el cifrado sin cambiar ningún código.", &["transparent-encryption"]),
    ("es-es", "El servicio cifra los datos sin exigir ningún cambio en la clave.", &["-transparent-encryption"]),
    ("es-es", "Puede migrar la aplicación sin cambiar ningún código.", &["-transparent-encryption"]),
    ("fr-fr", "Vous pouvez activer le chiffrement intégral sans modifier de code.", &["transparent-encryption"]),
    ("fr-fr", "Le service chiffre vos données, sans aucune modification au niveau de l’application.", &["transparent-encryption"]),
    ("fr-fr", "Vous pouvez déplacer la base de données sans modifier de code.", &["-transparent-encryption"]),
    ("fr-fr", "Le service chiffre les données sans modifier la clé.", &["-transparent-encryption"]),
    ("ko-kr", "서비스는 응용 프로그램을 변경하지 않고도 데이터를 자동으로 암호화합니다.", &["transparent-encryption"]),
    ("ko-kr", "코드를 변경하지 않고 상시 암호화를 사용할 수 있습니다.", &["transparent-encryption"]),
    ("ko-kr", "키를 변경하지 않고 데이터를 암호화합니다.", &["-transparent-encryption"]),
    ("ko-kr", "코드를 변경하지 않고 데이터베이스를 이동할 수 있습니다.", &["-transparent-encryption"]),
    ("zh-tw", "服務會自動為您的資料加密，且應用程式不須做任何變更。", &["transparent-encryption"]),
    ("zh-tw", "您可以在不需變更任何程式碼的情況下啟用加密。", &["transparent-encryption"]),
    ("zh-tw", "服務會為資料加密，金鑰不須做任何變更。", &["-transparent-encryption"]),
    ("zh-tw", "您可以在不需變更任何程式碼的情況下移動資料庫。", &["-transparent-encryption"]),
    ("zh-cn", "您可以在不需要更改任何代码的情况下启用加密。", &["transparent-encryption"]),
    ("ja-jp", "アプリケーションを変更することなく、データを暗号化できます。", &["transparent-encryption"]),
    ("ru-ru", "Служба автоматически шифрует данные, не внося каких-либо изменений в приложение.", &["transparent-encryption"]),
    ("ru-ru", "Служба шифрует данные, не внося изменений в ключ.", &["-transparent-encryption"]),
    ("cs-cz", "Služba automaticky šifruje vaše data, bez nutnosti změny k aplikaci.", &["transparent-encryption"]),
    ("cs-cz", "Šifrování můžete povolit, aniž byste měnili kód.", &["transparent-encryption"]),
    ("cs-cz", "Databázi můžete přesunout, aniž byste měnili kód.", &["-transparent-encryption"]),
    ("de-de", "Der Dienst verschlüsselt die Daten, ohne die Anwendung zu ändern.", &["transparent-encryption"]),
    ("it-it", "Il servizio crittografa i dati senza alcuna modifica all'applicazione.", &["transparent-encryption"]),
    ("pt-br", "O serviço criptografa os dados sem exigir nenhuma alteração no aplicativo.", &["transparent-encryption"]),
    ("pt-pt", "O serviço encripta os dados sem qualquer alteração na aplicação.", &["transparent-encryption"]),
    ("nl-nl", "De service versleutelt de gegevens zonder wijzigingen in de toepassing.", &["transparent-encryption"]),
    ("sv-se", "Tjänsten krypterar data utan några ändringar i programmet.", &["transparent-encryption"]),
    ("pl-pl", "Usługa szyfruje dane bez wprowadzania zmian w aplikacji.", &["transparent-encryption"]),
    ("hu-hu", "A szolgáltatás az alkalmazás módosítása nélkül titkosítja az adatokat.", &["transparent-encryption"]),
    ("tr-tr", "Hizmet, uygulamada herhangi bir değişiklik yapmadan verileri şifreler.", &["transparent-encryption"]),
    // write as a noun: every write (operation) is encrypted, not writes beside some other
    // encryption ("encryption metadata ... avoid concurrent writes")
    ("en-us", "After encryption is enabled, all write operations to Blob storage are encrypted.", &["encrypt-on-write"]),
    ("en-us", "Fetch the encryption metadata first and avoid concurrent write operations.", &["-encrypt-on-write"]),
    ("es-es", "Sin embargo, se cifrarán todas las escrituras que se realicen después.", &["encrypt-on-write"]),
    ("es-es", "Obtenga los metadatos de cifrado actuales y evite las escrituras simultáneas.", &["-encrypt-on-write"]),
    ("fr-fr", "Chaque écriture est chiffrée à l’aide du chiffrement AES 256 bits.", &["encrypt-on-write", "aes-256"]),
    ("fr-fr", "Obtenez les métadonnées de chiffrement et évitez les écritures simultanées.", &["-encrypt-on-write"]),
    ("ru-ru", "Однако все операции записи, производимые после развертывания виртуальной машины, шифруются.", &["encrypt-on-write"]),
    ("ru-ru", "Получите метаданные шифрования и избегайте параллельных операций записи.", &["-encrypt-on-write"]),
    ("cs-cz", "Každém zápisu jsou šifrována pomocí 256 bitů šifrování AES.", &["encrypt-on-write", "aes-256"]),
    ("pt-br", "Todas as operações de gravação são criptografadas.", &["encrypt-on-write"]),
    ("it-it", "Tutte le operazioni di scrittura vengono crittografate.", &["encrypt-on-write"]),
    ("pl-pl", "Wszystkie operacje zapisu są szyfrowane.", &["encrypt-on-write"]),
    // in transit as "during the transit"
    ("es-es", "Uso del cifrado durante el tránsito con recursos compartidos de archivos de Azure", &["encrypts-in-transit"]),
    ("fr-fr", "Utilisation du chiffrement pendant le transit avec des partages de fichiers Azure", &["encrypts-in-transit"]),
    ("pt-br", "Os dados são criptografados durante o trânsito.", &["encrypts-in-transit"]),
    // an encrypted connection or communication is encryption in transit; an encrypted
    // connection string is not, nor a connection beside an encrypted column
    ("en-us", "The service communicates with the agent over an encrypted connection.", &["encrypts-in-transit"]),
    ("en-us", "Store the encrypted connection string in the configuration file.", &["-encrypts-in-transit"]),
    ("en-us", "The connection to the database uses encrypted columns.", &["-encrypts-in-transit"]),
    ("es-es", "El servicio se comunica con el agente mediante conexiones cifradas.", &["encrypts-in-transit"]),
    ("es-es", "Guarde la cadena de conexión cifrada en el archivo de configuración.", &["-encrypts-in-transit"]),
    ("fr-fr", "Un certificat SSL est nécessaire pour chiffrer les communications.", &["encrypts-in-transit"]),
    ("fr-fr", "Stockez la chaîne de connexion chiffrée dans le fichier de configuration.", &["-encrypts-in-transit"]),
    ("ru-ru", "При обмене данными с агентом используется шифрование соединения.", &["encrypts-in-transit"]),
    ("ru-ru", "Соединение с базой данных использует зашифрованные столбцы.", &["-encrypts-in-transit"]),
    ("ko-kr", "통신을 암호화하고 서버를 인증하려면 SSL 인증서가 필요합니다.", &["encrypts-in-transit"]),
    ("ko-kr", "암호화된 연결 문자열을 구성 파일에 저장합니다.", &["-encrypts-in-transit"]),
    ("zh-tw", "服務與代理程式通訊時，會使用加密連線。", &["encrypts-in-transit"]),
    ("zh-tw", "選取 [加密連線] 和 [信任伺服器憑證]。", &["-encrypts-in-transit"]),
    ("zh-cn", "服务与代理通信时使用加密连接。", &["encrypts-in-transit"]),
    ("ja-jp", "サービスはエージェントとの通信を暗号化します。", &["encrypts-in-transit"]),
    ("cs-cz", "Služba komunikuje s agentem pomocí šifrovaného připojení.", &["encrypts-in-transit"]),
    ("de-de", "Der Dienst kommuniziert mit dem Agent über eine verschlüsselte Verbindung.", &["encrypts-in-transit"]),
    ("it-it", "Il servizio comunica con l'agente tramite connessioni crittografate.", &["encrypts-in-transit"]),
    ("pt-br", "O serviço se comunica com o agente por meio de conexões criptografadas.", &["encrypts-in-transit"]),
    ("pt-pt", "O serviço comunica com o agente através de ligações encriptadas.", &["encrypts-in-transit"]),
    ("nl-nl", "De service communiceert met de agent via een versleutelde verbinding.", &["encrypts-in-transit"]),
    ("sv-se", "Tjänsten kommunicerar med agenten via en krypterad anslutning.", &["encrypts-in-transit"]),
    ("pl-pl", "Usługa komunikuje się z agentem za pomocą szyfrowanego połączenia.", &["encrypts-in-transit"]),
    ("hu-hu", "A szolgáltatás titkosított kapcsolaton keresztül kommunikál az ügynökkel.", &["encrypts-in-transit"]),
    ("tr-tr", "Hizmet, aracıyla şifreli bağlantı üzerinden iletişim kurar.", &["encrypts-in-transit"]),
    // stored things stated as encrypted are encryption at rest without an "at rest"
    // phrase; not a connection, a message in transit, a question, keys kept encrypted,
    // or backups that are not encrypted when the data is not
    ("en-us", "When TDE is enabled, the backups are also encrypted.", &["encrypts-at-rest"]),
    ("en-us", "These settings are transmitted and stored in encrypted form.", &["encrypts-at-rest"]),
    ("en-us", "All encryption keys are stored in encrypted form and managed by Microsoft.", &["-encrypts-at-rest"]),
    ("en-us", "The connections to the database are encrypted.", &["-encrypts-at-rest"]),
    ("en-us", "Store the encrypted connection string in the configuration file.", &["-encrypts-at-rest"]),
    ("en-us", "Which data is encrypted?", &["-encrypts-at-rest"]),
    ("fr-fr", "Lorsque le TDE est activé, les sauvegardes sont également chiffrées.", &["encrypts-at-rest"]),
    ("fr-fr", "Ces paramètres sont stockés sous une forme chiffrée.", &["encrypts-at-rest"]),
    ("fr-fr", "Si les données ne sont pas chiffrées, les sauvegardes ne le sont pas non plus.", &["-encrypts-at-rest"]),
    ("fr-fr", "Les messages sont chiffrés lors de leur envoi.", &["-encrypts-at-rest"]),
    ("es-es", "Las copias de seguridad también se cifran.", &["encrypts-at-rest"]),
    ("es-es", "Si no se cifran los datos, las copias de seguridad tampoco se cifran.", &["-encrypts-at-rest"]),
    ("ru-ru", "Резервные копии также шифруются.", &["encrypts-at-rest"]),
    ("ru-ru", "Все ключи шифрования хранятся в зашифрованном виде.", &["-encrypts-at-rest"]),
    ("ru-ru", "Если данные не зашифрованы, резервные копии также не шифруются.", &["-encrypts-at-rest"]),
    ("cs-cz", "Zálohy jsou šifrované.", &["encrypts-at-rest"]),
    ("cs-cz", "Data jsou také uložena v zašifrované podobě.", &["encrypts-at-rest"]),
    ("ko-kr", "백업도 암호화됩니다.", &["encrypts-at-rest"]),
    ("ko-kr", "데이터가 암호화되지 않으면 백업도 암호화되지 않습니다.", &["-encrypts-at-rest"]),
    ("zh-tw", "您的備份也會加密。", &["encrypts-at-rest"]),
    ("zh-tw", "如果資料未加密，則其備份也不會加密。", &["-encrypts-at-rest"]),
    ("zh-cn", "您的备份也会加密。", &["encrypts-at-rest"]),
    ("ja-jp", "バックアップも暗号化されます。", &["encrypts-at-rest"]),
    ("de-de", "Die Daten werden verschlüsselt gespeichert.", &["encrypts-at-rest"]),
    ("pt-br", "Os backups também são criptografados.", &["encrypts-at-rest"]),
    ("pt-pt", "As cópias de segurança são encriptadas.", &["encrypts-at-rest"]),
    ("it-it", "I backup vengono crittografati.", &["encrypts-at-rest"]),
    ("nl-nl", "De back-ups worden ook versleuteld.", &["encrypts-at-rest"]),
    ("sv-se", "Säkerhetskopiorna krypteras.", &["encrypts-at-rest"]),
    ("pl-pl", "Kopie zapasowe są szyfrowane.", &["encrypts-at-rest"]),
    ("hu-hu", "A biztonsági mentések titkosítva vannak.", &["encrypts-at-rest"]),
    ("tr-tr", "Yedekler de şifrelenir.", &["encrypts-at-rest"]),
    // moments and cues of the unseen locales, read from sentences written for these tests:
    // cs: a possessive inside the verbal noun of the moment (při jejich uložení)
    ("cs-cz", "Služba šifruje soubory při jejich uložení na disk.", &["encrypt-on-write"]),
    ("cs-cz", "Služba dešifruje soubory při jejich uložení.", &["decrypt-on-write", "-encrypt-on-write"]),
    // hu: the mediopassive of storing (tárolódnak), as íródnak is of writing
    ("hu-hu", "A szolgáltatás titkosítja a fájlokat, amikor azok a lemezen tárolódnak.", &["encrypt-on-write"]),
    ("hu-hu", "A kulcsok a Key Vaultban tárolódnak.", &["-encrypt-on-write", "-encrypts-at-rest"]),
    // nl: bewaren (keep, retain) as the verb of persisting
    ("nl-nl", "De service versleutelt bestanden wanneer deze worden bewaard.", &["encrypt-on-write"]),
    ("nl-nl", "Versleutelde bestanden worden bewaard in de cloud.", &["-encrypt-on-write"]),
    // pt-pt: manter (keep) as the verb of persisting, and the subject pronoun estes/estas
    // after quando
    ("pt-pt", "O serviço encripta os ficheiros quando estes são guardados no disco.", &["encrypt-on-write"]),
    ("pt-pt", "Os ficheiros são encriptados quando são mantidos no armazenamento.", &["encrypt-on-write"]),
    ("pt-pt", "As chaves são mantidas no Key Vault.", &["-encrypt-on-write"]),
    // tr: "decrypts it for you" with sizin için between the object and the verb
    ("tr-tr", "Hizmet, dosyalara erişirken şifresini sizin için çözer.", &["decrypt-on-read"]),
    ("tr-tr", "Dosyaların şifresini sizin için çözmek amacıyla anahtarı kullanırız.", &["-decrypt-on-read"]),
    // tr: a negation narrowed to the time of creation (-ken, -dığında) denies nothing
    ("tr-tr", "Hesap oluşturulurken müşteri tarafından yönetilen anahtarları etkinleştirmek mümkün değildir.", &["-supports-cmk!"]),
    ("tr-tr", "Bu hizmet müşteri tarafından yönetilen anahtarları desteklemez.", &["supports-cmk!"]),
    // ko names the unit before the count: 영업일 기준 2~4일 (business days: 2 to 4)
    ("ko-kr", "고객 관리형 키를 사용하려면 승인이 필요합니다. 승인에는 영업일 기준 2~4일이 걸립니다.", &["approval-time=2-4d"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 승인이 필요합니다. 승인은 영업일에만 처리됩니다.", &["-approval-time"]),
    // participles with a prefix: nl geconfigureerd / ingeschakeld, cs nakonfigurovaný,
    // pl skonfigurowane are configured as much as configur* is
    ("nl-nl", "Als door de klant beheerde sleutels zijn geconfigureerd, worden de gegevens dubbel versleuteld.", &["supports-cmk"]),
    ("nl-nl", "De firewall is geconfigureerd.", &["-supports-cmk"]),
    ("cs-cz", "Pokud je nakonfigurovaný klíč spravovaný zákazníkem, data se šifrují dvakrát.", &["supports-cmk"]),
    ("pl-pl", "Jeśli skonfigurowano klucze zarządzane przez klienta, dane są szyfrowane dwukrotnie.", &["supports-cmk"]),
    // nl: the subject after the verb when a phrase stands first (V2: blokkeert u de
    // toegang), and data that can no longer be read
    ("nl-nl", "Door de klant beheerde sleutels worden gebruikt. Door de sleutel in te trekken blokkeert u de toegang tot de gegevens.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden gebruikt. Met een firewall blokkeert u de toegang tot de gegevens.", &["-revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden gebruikt. Als u de sleutel uitschakelt, kunnen de gegevens niet meer worden gelezen.", &["revocation-blocks-access"]),
    // sv: reading with the reader as subject (när du läser), a requirement written
    // förutsätter (presupposes), a request written ansöka om / ansökningsformulär, and a
    // negation narrowed to the moment of creation (samtidigt som)
    ("sv-se", "Tjänsten dekrypterar filerna när du läser dem.", &["decrypt-on-read"]),
    ("sv-se", "Tjänsten krypterar filerna när du läser dem.", &["encrypt-on-read", "-decrypt-on-read"]),
    ("sv-se", "Kundhanterade nycklar förutsätter prisnivån Standard.", &["pricing-tier=standard"]),
    ("sv-se", "Kundhanterade nycklar är en förhandsversion. Fyll i ansökningsformuläret för att använda dem.", &["access-by-request"]),
    ("sv-se", "Fyll i ansökningsformuläret för att få ett konto.", &["-access-by-request"]),
    ("sv-se", "Du kan inte aktivera kundhanterade nycklar samtidigt som kontot skapas.", &["-supports-cmk!"]),
    // zh: a negation narrowed to the moment of creation (的當下, 的同時)
    ("zh-tw", "建立帳戶的當下無法啟用客戶管理的金鑰。", &["-supports-cmk!"]),
    ("zh-cn", "创建帐户的同时无法启用客户管理的密钥。", &["-supports-cmk!"]),
    // tr: contacting support written with ile (Destek ile iletişime geçin)
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları denemek için Microsoft Destek ile iletişime geçin.", &["access-by-request"]),
    // cs: when they are written, with a reflexive verb (když se zapisují)
    ("cs-cz", "Služba šifruje soubory, když se zapisují na disk.", &["encrypt-on-write"]),
    ("cs-cz", "Služba dešifruje soubory, když se zapisují na disk.", &["decrypt-on-write", "-encrypt-on-write"]),
    // hu: menti (saves it) as írja is of writing
    ("hu-hu", "A szolgáltatás titkosítja a fájlokat, amikor a lemezre menti őket.", &["encrypt-on-write"]),
    ("hu-hu", "A szolgáltatás a kulcsokat a Key Vaultba menti.", &["-encrypt-on-write"]),
    // pt: an infinitive with an enclitic pronoun changes its ending (guardá-los, lê-los,
    // gravá-los)
    ("pt-pt", "O serviço encripta os ficheiros ao guardá-los no disco e desencripta-os ao lê-los.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-pt", "O serviço desencripta os ficheiros ao guardá-los.", &["decrypt-on-write", "-encrypt-on-write"]),
    ("pt-br", "O serviço criptografa os arquivos ao gravá-los e os descriptografa ao lê-los.", &["encrypt-on-write", "decrypt-on-read"]),
    // a moment in a relative clause of a key says when the key is stored, not the data
    ("de-de", "Die Daten werden mit einem Schlüssel verschlüsselt, der in Azure Key Vault gespeichert wird.", &["-encrypt-on-write"]),
    ("de-de", "Die Daten werden mit Ihrem Schlüssel verschlüsselt, bevor sie gespeichert werden.", &["encrypt-on-write"]),
    ("en-us", "Data is encrypted with a key, which is written to the vault.", &["-encrypt-on-write"]),
    ("en-us", "The service encrypts data that is written to disk.", &["encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées avec une clé qui est écrite dans le coffre.", &["-encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées avec votre clé lors de leur écriture.", &["encrypt-on-write"]),
    ("es-es", "Los datos se cifran con una clave que se escribe en el almacén.", &["-encrypt-on-write"]),
    ("it-it", "I dati vengono crittografati con una chiave che viene scritta nell'insieme di credenziali.", &["-encrypt-on-write"]),
    // with the words that qualify the stored subject between it and its encryption (a
    // `...` gap of at most ten words, past a comma but no clause word, negation, colon or
    // parenthesis); not when the sentence also names decryption (a step of the process)
    // nor keys named inside the gap; data transmitted in encrypted form is in transit
    ("en-us", "All backups that the service takes after the upgrade are automatically encrypted.", &["encrypts-at-rest"]),
    ("en-us", "The settings are transmitted and stored by the agent in encrypted form.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("en-us", "The settings are transmitted to the agent, and the logs are stored in encrypted form.", &["encrypts-at-rest", "-encrypts-in-transit"]),
    ("en-us", "Backups go to a vault in another region, and all messages are encrypted.", &["-encrypts-at-rest"]),
    ("en-us", "When virtual disks are encrypted or decrypted, you choose an account for the key exchange.", &["-encrypts-at-rest"]),
    ("en-us", "Snapshots of a vault whose keys are encrypted can be restored.", &["-encrypts-at-rest"]),
    ("en-us", "Snapshots (see the list below) are encrypted.", &["-encrypts-at-rest"]),
    ("en-us", "Backups of the databases that you create in the portal for your team in each region are encrypted.", &["-encrypts-at-rest"]),
    ("fr-fr", "Toutes les sauvegardes créées par le service après la migration sont automatiquement chiffrées.", &["encrypts-at-rest"]),
    ("fr-fr", "Les journaux sont transmis et stockés par l’agent sous une forme chiffrée.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("fr-fr", "Les clés sont stockées par le service sous une forme chiffrée.", &["-encrypts-at-rest"]),
    ("fr-fr", "Les sauvegardes partent vers le coffre, et les messages sont chiffrés.", &["-encrypts-at-rest"]),
    ("es-es", "Todas las imágenes administradas creadas por el servicio después de la actualización se cifran automáticamente.", &["encrypts-at-rest"]),
    ("es-es", "También se cifran las copias de seguridad de la base de datos.", &["encrypts-at-rest"]),
    ("es-es", "Las copias de seguridad del servidor no se cifran.", &["-encrypts-at-rest"]),
    ("es-es", "Cuando los discos se cifran o se descifran, elija una cuenta.", &["-encrypts-at-rest"]),
    ("ru-ru", "Все резервные копии, созданные службой после обновления, автоматически шифруются.", &["encrypts-at-rest"]),
    ("ru-ru", "Журналы передаются агенту и сохраняются им в зашифрованном виде.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("ru-ru", "Резервные копии отправляются в хранилище, и сообщения шифруются.", &["-encrypts-at-rest"]),
    ("ru-ru", "Образы, созданные до обновления, не шифруются.", &["-encrypts-at-rest"]),
    ("cs-cz", "Všechny zálohy vytvořené službou po aktualizaci se šifrují automaticky.", &["encrypts-at-rest"]),
    ("cs-cz", "Když disky jsou zašifrované nebo dešifrované, zadejte účet.", &["-encrypts-at-rest"]),
    ("ko-kr", "서비스가 만든 모든 스냅숏은 자동으로 암호화됩니다.", &["encrypts-at-rest"]),
    ("ko-kr", "설정은 암호화된 형태로 전송됩니다.", &["encrypts-in-transit"]),
    ("zh-tw", "服務建立的所有快照集都會自動加密。", &["encrypts-at-rest"]),
    ("zh-tw", "設定會以加密的形式傳輸到代理程式。", &["encrypts-in-transit"]),
    ("zh-tw", "快照集不會自動加密。", &["-encrypts-at-rest"]),
    ("zh-cn", "服务创建的所有快照都会自动加密。", &["encrypts-at-rest"]),
    ("ja-jp", "サービスが作成したスナップショットは自動的に暗号化されます。", &["encrypts-at-rest"]),
    ("de-de", "Alle Sicherungen, die nach der Migration erstellt wurden, werden automatisch verschlüsselt.", &["encrypts-at-rest"]),
    ("de-de", "Die Einstellungen werden verschlüsselt übertragen.", &["encrypts-in-transit"]),
    ("it-it", "Tutti i backup creati dal servizio vengono crittografati automaticamente.", &["encrypts-at-rest"]),
    ("pt-br", "Todos os instantâneos criados pelo serviço são criptografados automaticamente.", &["encrypts-at-rest"]),
    ("pt-pt", "As cópias de segurança criadas pelo serviço são encriptadas.", &["encrypts-at-rest"]),
    ("nl-nl", "Alle momentopnamen die door de service worden gemaakt, worden automatisch versleuteld.", &["encrypts-at-rest"]),
    ("sv-se", "Alla ögonblicksbilder som skapas av tjänsten krypteras automatiskt.", &["encrypts-at-rest"]),
    ("pl-pl", "Wszystkie migawki utworzone przez usługę są automatycznie szyfrowane.", &["encrypts-at-rest"]),
    ("hu-hu", "A szolgáltatás által létrehozott pillanatképek automatikusan titkosítva vannak.", &["encrypts-at-rest"]),
    ("tr-tr", "Hizmet tarafından oluşturulan tüm yedekler otomatik olarak şifrelenir.", &["encrypts-at-rest"]),
    // a storing participle, then its encryption ("the passwords stored in the catalog are
    // encrypted"): not keys or secrets so stored, nor a storing in another clause
    ("en-us", "The passwords stored in the job catalog are encrypted.", &["encrypts-at-rest"]),
    ("en-us", "The secrets stored in the vault are encrypted.", &["-encrypts-at-rest"]),
    ("en-us", "Logs are stored in the account, and the traffic is encrypted.", &["-encrypts-at-rest"]),
    ("fr-fr", "Les mots de passe stockés dans le catalogue sont chiffrés.", &["encrypts-at-rest"]),
    ("fr-fr", "Les clés stockées dans le coffre sont chiffrées.", &["-encrypts-at-rest"]),
    ("es-es", "Las contraseñas almacenadas en el catálogo están cifradas.", &["encrypts-at-rest"]),
    ("ru-ru", "Пароли, хранящиеся в каталоге заданий, зашифрованы.", &["encrypts-at-rest"]),
    ("ru-ru", "Ключи, хранящиеся в хранилище, зашифрованы.", &["-encrypts-at-rest"]),
    ("cs-cz", "Hesla uložená v katalogu úloh jsou šifrovaná.", &["encrypts-at-rest"]),
    ("ko-kr", "카탈로그에 저장된 암호는 암호화됩니다.", &["encrypts-at-rest"]),
    ("zh-tw", "目錄中儲存的密碼會被加密。", &["encrypts-at-rest"]),
    ("zh-cn", "目录中存储的密码会被加密。", &["encrypts-at-rest"]),
    ("ja-jp", "カタログに保存されたパスワードは暗号化されます。", &["encrypts-at-rest"]),
    ("de-de", "Die im Katalog gespeicherten Kennwörter werden verschlüsselt.", &["encrypts-at-rest"]),
    ("it-it", "Le password archiviate nel catalogo vengono crittografate.", &["encrypts-at-rest"]),
    ("pt-br", "As senhas armazenadas no catálogo são criptografadas.", &["encrypts-at-rest"]),
    ("pt-pt", "As palavras-passe armazenadas no catálogo são encriptadas.", &["encrypts-at-rest"]),
    ("nl-nl", "De wachtwoorden die in de catalogus zijn opgeslagen, worden versleuteld.", &["encrypts-at-rest"]),
    ("sv-se", "De lagrade nycklarna krypteras.", &["-encrypts-at-rest"]),
    ("sv-se", "De lagrade lösenorden krypteras.", &["encrypts-at-rest"]),
    ("pl-pl", "Hasła przechowywane w katalogu są szyfrowane.", &["encrypts-at-rest"]),
    ("hu-hu", "A katalógusban tárolt jelszavak titkosítva vannak.", &["encrypts-at-rest"]),
    ("tr-tr", "Katalogda depolanan parolalar şifrelenir.", &["encrypts-at-rest"]),
    // transmitted and stored, in encrypted form, with the verbs coordinated
    ("es-es", "El archivo se transmite al agente y es almacenado por este de forma cifrada.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("es-es", "El archivo se transmite al agente y la clave es almacenada de forma cifrada.", &["-encrypts-at-rest", "-encrypts-in-transit"]),
    ("ko-kr", "이 설정은 에이전트로 전송되어 암호화된 형태로 저장됩니다.", &["encrypts-at-rest", "-encrypts-in-transit"]),
    ("zh-tw", "這些設定會以加密的形式傳輸到代理程式並加以儲存。", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("zh-tw", "這些設定會以加密的形式傳輸到儲存體帳戶。", &["-encrypts-at-rest", "encrypts-in-transit"]),
    ("zh-cn", "这些设置会以加密的形式传输到代理并加以存储。", &["encrypts-at-rest", "encrypts-in-transit"]),
    // images (stored pictures) as a stored subject, and the verb before its subject
    ("ru-ru", "Все изображения, загруженные в учетную запись, шифруются.", &["encrypts-at-rest"]),
    ("ru-ru", "Изображения отправляются по сети, и сообщения шифруются.", &["-encrypts-at-rest"]),
    ("zh-tw", "上傳的影像會經過加密。", &["encrypts-at-rest"]),
    ("zh-tw", "上傳的影像不會經過加密。", &["-encrypts-at-rest"]),
    ("zh-cn", "上传的图像会经过加密。", &["encrypts-at-rest"]),
    ("cs-cz", "Po nahrání se šifrují zálohy.", &["encrypts-at-rest"]),
    ("cs-cz", "Zálohy se nešifrují.", &["-encrypts-at-rest"]),
    // sent unencrypted, then stored in encrypted form: nothing is encrypted in transit
    ("fr-fr", "Les paramètres protégés sont transmis en clair et stockés par l'extension sous une forme chiffrée.", &["-encrypts-in-transit", "encrypts-at-rest"]),
    ("ru-ru", "Защищенные параметры передаются в открытом виде и хранятся расширением в зашифрованном виде.", &["-encrypts-in-transit", "encrypts-at-rest"]),
    ("fr-fr", "Les paramètres protégés sont transmis et stockés par l'extension sous une forme chiffrée.", &["encrypts-in-transit", "encrypts-at-rest"]),
    // ko: the encrypted form qualifies the storing only (전송되어 … 저장됩니다)
    ("ko-kr", "설정은 확장에 전송되어 암호화된 형태로 저장됩니다.", &["-encrypts-in-transit", "encrypts-at-rest"]),
    ("ko-kr", "설정은 암호화된 형태로 전송됩니다.", &["encrypts-in-transit"]),
    // a storing in a relative clause of the key says where the key is kept, not that the
    // data is at rest (the encryption on write was fixed before, this is the rest of it)
    ("de-de", "Die Datenbank wird mit einem Schlüssel verschlüsselt, der in Azure Key Vault gespeichert wird.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    ("de-de", "Die Daten werden verschlüsselt, wenn sie gespeichert werden.", &["encrypts-at-rest"]),
    ("en-us", "The data is encrypted with a key that is persisted in the vault.", &["-encrypts-at-rest", "-encrypt-on-write"]),
    // keys after the stored thing's encryption are what it is encrypted with, not the
    // stored thing ("the keys stored in the vault are encrypted" stays none, above)
    ("en-us", "All the data that's stored with Azure Storage is encrypted using Microsoft-managed keys.", &["encrypts-at-rest"]),
    ("en-us", "By default, managed disks use platform-managed encryption keys.", &["default-platform-keys"]),
    ("en-us", "Data in Azure managed disks is encrypted transparently.", &["encrypts-at-rest", "transparent-encryption"]),
    // encrypting with your own keys, with no word of support; a negation of the encryption
    // denies it
    ("en-us", "You can choose to manage encryption at the level of each managed disk, with your own keys.", &["supports-cmk"]),
    ("en-us", "You can't encrypt the data with your own keys.", &["supports-cmk!"]),
    // (narrowed to a part of the data, it denies nothing)
    ("en-us", "You can't encrypt the logs with your own keys.", &["-supports-cmk!"]),
    ("en-us", "You can sign the tokens with your own keys and encrypt the traffic.", &["-supports-cmk"]),
    ("es-es", "También puede cifrar los datos de copia de seguridad con sus propias claves de cifrado.", &["supports-cmk"]),
    ("ja-jp", "ご自身のキーを使用して、アカウント内のデータを暗号化することもできます。", &["supports-cmk"]),
    ("fr-fr", "Vous pouvez aussi gérer le chiffrement avec vos propres clés.", &["supports-cmk"]),
    // in transit: data that flows encrypted, transmitted to and stored in encrypted form,
    // moving between client and server
    ("en-us", "Encryption at host ensures that data stored on the VM host is encrypted at rest and flows encrypted to the Storage service.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("en-us", "Protected settings are transmitted to and stored by the extension in encrypted form.", &["encrypts-in-transit", "encrypts-at-rest"]),
    ("en-us", "Protected settings are transmitted in the clear and stored by the extension in encrypted form.", &["-encrypts-in-transit", "encrypts-at-rest"]),
    ("ru-ru", "Данные, которые перемещаются между клиентом и сервером, шифруются.", &["encrypts-in-transit"]),
    ("ru-ru", "Данные, которые перемещаются между клиентом и сервером, не шифруются.", &["encrypts-in-transit!"]),
    // reading into memory; storing "while" (es mientras); no changes to the application
    ("de-de", "Jede Seite wird beim Einlesen in den Arbeitsspeicher entschlüsselt.", &["decrypt-on-read"]),
    ("es-es", "Azure Backup cifra automáticamente los datos mientras se almacenan en la nube.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("de-de", "Die Verschlüsselung erfolgt in Echtzeit, ohne dass Änderungen an der Anwendung erforderlich sind.", &["transparent-encryption"]),
    ("en-us", "Encryption is enabled by default and requires no code changes.", &["transparent-encryption"]),
    // a vault of keys (fr "coffre de clés") hides the keys it names: no key of the
    // customer's to be in it
    ("fr-fr", "Les clés gérées par le client sont prises en charge. La fabrique doit disposer d'une identité managée pour accéder au coffre de clés.", &["-cmk-in-key-vault"]),
    ("fr-fr", "Les clés gérées par le client sont stockées dans un coffre de clés.", &["cmk-in-key-vault"]),
    // disabling the key shuts down what uses it
    ("en-us", "Customer-managed keys are supported. If the key is disabled or deleted, any VMs with disks using that key will automatically shut down.", &["revocation-blocks-access"]),    // encrypting with customer-managed keys, in one clause and without a negation
    ("de-de", "Sie können den Datenbankverschlüsselungsschlüssel mit einem kundenseitig verwalteten Schlüssel verschlüsseln.", &["supports-cmk"]),
    ("fr-fr", "Chiffrer Azure Data Factory avec des clés gérées par le client", &["supports-cmk"]),
    ("en-us", "Only a few pages mention customer-managed keys or encryption.", &["-supports-cmk"]),
    ("en-us", "Rotating the customer-managed key does not trigger re-encryption of data.", &["-supports-cmk"]),
    // an abbreviation the sentence spells out as something else is not the concept, though
    // the paragraph names it in full; a spelling that names encryption may be a loose one
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Always Encrypted verwendet einen Spaltenhauptschlüssel (CMK), der in Azure Key Vault gespeichert ist.", &["-cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys are supported. The customer-managed key (CMK) is stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("cs-cz", "Klíč šifrování klíčů (KEK) je popsán níže. Zabalený klíč (CEK) se pak dešifruje pomocí šifrovacího klíče (KEK).", &["cmk-is-kek"]),    // a moment with words between its parts (nl "wanneer deze in de cloud worden
    // opgeslagen"); keys managed by the service; tiers as compounds (sv standardnivån) or
    // plans; zh 適用於 (available for); a denial narrowed to free services or tiers
    ("nl-nl", "Azure Storage versleutelt uw gegevens automatisch wanneer deze in de cloud worden opgeslagen.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("pt-br", "Por padrão, o serviço criptografa o conteúdo em repouso com chaves gerenciadas pelo serviço.", &["default-platform-keys", "encrypts-at-rest"]),
    ("sv-se", "Kundhanterade nycklar stöds. Funktionen kräver standardnivån.", &["pricing-tier=standard"]),
    ("en-us", "Customer-managed keys are supported. This feature requires the Premium plan.", &["pricing-tier=premium"]),
    ("zh-tw", "客戶管理的金鑰僅適用於 E0 定價層。", &["supports-cmk", "pricing-tier=E0"]),
    ("pt-br", "A criptografia com chaves gerenciadas pelo cliente não está disponível para serviços gratuitos.", &["-supports-cmk"]),
    ("en-us", "Customer-managed keys aren't available for free services.", &["-supports-cmk"]),    // keys that sign are no keys of encryption, whoever manages them
    ("en-us", "All data is encrypted at rest. User access tokens are signed with a service-managed key.", &["-default-platform-keys"]),
    ("fr-fr", "Les données sont chiffrées au repos. Les jetons d'accès des utilisateurs sont signés avec une clé gérée par le service.", &["-default-platform-keys"]),
    ("fr-fr", "Par défaut, les données sont chiffrées avec des clés gérées par le service.", &["default-platform-keys"]),    // a second layer of encryption with your own keys; storing as "keeping" (es conservar)
    ("tr-tr", "Kendi anahtarlarınızla ikinci bir şifreleme katmanı ekleyebilirsiniz.", &["supports-cmk", "double-encryption"]),
    ("en-us", "You can add a second layer of encryption with your own keys.", &["supports-cmk", "double-encryption"]),
    ("es-es", "El servicio cifra automáticamente los datos cuando se conservan en la nube.", &["encrypt-on-write", "encrypts-at-rest"]),
    // pairing: a moment left by a far action pairs with the verb of its own clause
    ("ko-kr", "Azure Backup은 Azure Storage 암호화를 사용하여 모든 백업 데이터가 복구 서비스 자격 증명 모음에 저장될 때 자동으로 암호화합니다.", &["encrypt-on-write"]),
    ("ja-jp", "Azure Files はストレージ サービスの暗号化を使用して、すべてのデータがクラウド内のストレージ アカウントに保存されるとき自動的に暗号化します。", &["encrypt-on-write"]),
    ("ru-ru", "Включите шифрование SSE для новой учетной записи хранения и скопируйте туда большие двоичные объекты, чтобы убедиться, что записанные ранее данные зашифрованы.", &["-encrypt-on-write"]),
    ("zh-tw", "代理程式會先在虛擬機器本機加密作業系統磁碟與資料磁碟，接著管理層會對儲存體進行延遲寫入，如此便可加密儲存體內容。", &["-encrypt-on-write"]),
    // an unspaced gap counts a Latin name as one word
    ("zh-tw", "儲存在 Azure Data Lake Storage 帳戶中的資料一律會加密。", &["encrypts-at-rest"]),
    ("zh-cn", "存储在 Azure Data Explorer 群集中的数据会自动加密。", &["encrypts-at-rest"]),
    ("ko-kr", "Microsoft가 Azure Key Vault의 키를 관리합니다. 이 키는 서명에 사용됩니다.", &["-encrypts-at-rest"]),
    // Dedicated tier; cs locative plural of úroveň
    ("en-us", "Customer-managed keys are only available in the Dedicated tier.", &["pricing-tier=dedicated", "supports-cmk"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar yalnızca Premium ve Dedicated katmanlarında desteklenir.", &["pricing-tier=dedicated,premium"]),
    ("en-us", "Customer-managed keys are stored in a dedicated HSM.", &["-pricing-tier"]),
    ("cs-cz", "Šifrování pomocí klíčů spravovaných zákazníkem je k dispozici pouze na úrovních Standard a Premium.", &["pricing-tier=premium,standard"]),
    ("ko-kr", "고객 관리형 키는 Premium 계층에서만 지원됩니다.", &["supports-cmk", "pricing-tier=premium"]),
    // revocation blocks access: availability, present tense, machines shut down
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud klíč zakážete, zálohy nebudou dostupné.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om nyckeln inaktiveras stängs de virtuella datorerna av automatiskt.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si revoca la chiave, i dati non sono più accessibili.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se la chiave viene disabilitata, le macchine virtuali verranno arrestate.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Dopo la migrazione i dati non sono più accessibili dal vecchio endpoint.", &["-revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli odwołasz klucz, dostęp do kopii zapasowych zostanie zablokowany.", &["revocation-blocks-access"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Se a chave for desativada, as máquinas virtuais são encerradas automaticamente.", &["revocation-blocks-access"]),
    // data flowing encrypted is encryption in transit
    ("sv-se", "Data flödar krypterade från värden till lagringstjänsten.", &["encrypts-in-transit"]),
    ("it-it", "Tutti i flussi sono crittografati nel servizio di archiviazione.", &["encrypts-in-transit"]),
    ("it-it", "I flussi di lavoro sono crittografati con una chiave gestita dal cliente.", &["-encrypts-in-transit"]),
    ("hu-hu", "Az adatok titkosítva áramlanak a tárolási szolgáltatásba.", &["encrypts-in-transit"]),
    ("tr-tr", "Veriler depolama hizmetine şifreli olarak akar.", &["encrypts-in-transit"]),
    ("zh-tw", "資料會以加密方式流向儲存體服務。", &["encrypts-in-transit"]),
    ("ko-kr", "데이터는 스토리지 서비스로 암호화된 상태로 전송됩니다.", &["encrypts-in-transit"]),
    ("pt-pt", "Os dados fluem encriptados para o serviço de armazenamento.", &["encrypts-in-transit"]),
    ("cs-cz", "Data proudí zašifrovaná do služby úložiště.", &["encrypts-in-transit"]),
    ("pl-pl", "Dane przepływają zaszyfrowane do usługi magazynu.", &["encrypts-in-transit"]),
    ("nl-nl", "Gegevens stromen versleuteld naar de opslagservice.", &["encrypts-in-transit"]),
    // moments: stored (pt), before writing (hu), read into memory (zh)
    ("pt-pt", "O serviço encripta os dados automaticamente quando são armazenados no disco.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("pt-br", "O serviço criptografa os dados automaticamente quando são armazenados no disco.", &["encrypt-on-write"]),
    ("hu-hu", "Az adatok titkosítása a lemezre írás előtt történik.", &["encrypt-on-write"]),
    ("zh-tw", "資料在讀入記憶體時會解密。", &["decrypt-on-read", "-decrypt-on-write"]),
    ("zh-tw", "每個頁面在讀入記憶體時會解密，並在寫入磁碟之前加密。", &["decrypt-on-read", "encrypt-on-write", "-decrypt-on-write"]),
    ("zh-cn", "数据在读入内存时解密。", &["decrypt-on-read"]),
    // at rest: ko 미사용, tr bekleyen ... veri
    ("ko-kr", "미사용 Azure Batch 데이터는 자동으로 암호화됩니다.", &["encrypts-at-rest"]),
    ("tr-tr", "Azure Backup, bekleyen kasa verilerini şifreler.", &["encrypts-at-rest"]),
    ("tr-tr", "Bekleyen istekler için şifreleme anahtarı gerekmez.", &["-encrypts-at-rest"]),
    // platform keys: hu felügyelt
    ("hu-hu", "Alapértelmezés szerint a szolgáltatás platform által felügyelt kulcsokat használ.", &["default-platform-keys"]),
    ("hu-hu", "Alapértelmezés szerint az adatokat egy kulcs védi, amelyet a Microsoft felügyel.", &["default-platform-keys"]),
    // support verbs: pl użyć, tr sağlayabilirsiniz
    ("pl-pl", "Możesz użyć własnego klucza szyfrowania, aby chronić kopie zapasowe.", &["supports-cmk"]),
    ("tr-tr", "Veri diskleri için müşteri tarafından yönetilen anahtarlar sağlayabilirsiniz.", &["supports-cmk"]),
    // a second layer of encryption with customer-managed keys
    ("sv-se", "Du kan lägga till ett andra krypteringslager med nycklar som du hanterar (kundhanterade nycklar).", &["supports-cmk", "double-encryption"]),
    ("en-us", "You can add a second layer of encryption with keys you manage (customer-managed keys).", &["supports-cmk", "double-encryption"]),
    ("en-us", "Double encryption does not need customer-managed keys.", &["-supports-cmk"]),    // pt "ao Armazenamento" (to Storage, the service's name) is no moment of storing
    ("pt-pt", "Todos os pedidos ao Armazenamento de Blobs são encriptados em trânsito através de TLS.", &["encrypts-in-transit", "-encrypt-on-write", "-encrypts-at-rest"]),
    ("pt-br", "Todas as solicitações ao Armazenamento do Azure são criptografadas em trânsito.", &["encrypts-in-transit", "-encrypt-on-write"]),
    ("pt-pt", "O serviço encripta os dados ao armazená-los no disco.", &["encrypt-on-write"]),
    // service-managed keys (en "service-managed keys") are platform keys
    ("cs-cz", "Ve výchozím nastavení se data šifrují pomocí klíčů spravovaných službou.", &["default-platform-keys"]),
    ("pl-pl", "Domyślnie dane są szyfrowane przy użyciu kluczy zarządzanych przez usługę.", &["default-platform-keys"]),
    ("sv-se", "Som standard krypteras data med tjänsthanterade nycklar.", &["default-platform-keys"]),
    ("nl-nl", "Standaard worden gegevens versleuteld met door de service beheerde sleutels.", &["default-platform-keys"]),
    ("hu-hu", "Alapértelmezés szerint az adatok titkosítása szolgáltatás által kezelt kulcsokkal történik.", &["default-platform-keys"]),
    ("tr-tr", "Varsayılan olarak veriler hizmet tarafından yönetilen anahtarlarla şifrelenir.", &["default-platform-keys"]),
    // cs: the object between the modal and its verb
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud klíč zakážete, služba nebude moct zálohy dešifrovat.", &["revocation-blocks-access"]),
    // tier words: hu szintjén, nl -lagen
    ("hu-hu", "Az ügyfél által felügyelt kulcsok csak a prémium szintjén támogatottak.", &["pricing-tier=premium"]),
    ("nl-nl", "Door de klant beheerde sleutels worden alleen ondersteund in de Basic- en Standard-lagen.", &["pricing-tier=basic,standard"]),
    // hu: words between amikor and its verb
    ("hu-hu", "A szolgáltatás automatikusan titkosítja a fájlokat, amikor azokat a lemezen tárolják.", &["encrypt-on-write"]),
    // it: "senza richiedere modifiche" (plural)
    ("it-it", "La crittografia avviene senza richiedere modifiche al codice.", &["transparent-encryption"]),
    // data sent or flowing encrypted, with its destination between
    ("ko-kr", "데이터는 암호화된 상태로 Azure Storage로 전송됩니다.", &["encrypts-in-transit"]),
    ("nl-nl", "De service zorgt ervoor dat back-ups versleuteld naar de kluis stromen.", &["encrypts-in-transit"]),
    // the Dedicated tier in translation
    ("pl-pl", "Klucze zarządzane przez klienta są dostępne tylko w warstwie Dedykowanej.", &["pricing-tier=dedicated"]),
    ("it-it", "Le chiavi gestite dal cliente sono disponibili solo nel livello Dedicato.", &["pricing-tier=dedicated"]),
    ("es-es", "Las claves administradas por el cliente solo están disponibles en el nivel Dedicado.", &["pricing-tier=dedicated"]),
    ("zh-tw", "客戶自控金鑰僅適用於專用層。", &["pricing-tier=dedicated"]),
    // keys you manage are your own keys
    ("en-us", "You can encrypt the data with keys that you manage.", &["supports-cmk"]),
    ("tr-tr", "Verilerinizi kendi yönettiğiniz anahtarlarla şifreleyebilirsiniz.", &["supports-cmk"]),
    ("nl-nl", "U kunt de gegevens versleutelen met sleutels die u beheert.", &["supports-cmk"]),
    ("zh-tw", "您可以使用您管理的金鑰來加密資料。", &["supports-cmk"]),
    ("en-us", "You can rotate keys that you manage at any time.", &["-supports-cmk"]),
    // tr korumak (to protect) wraps
    ("tr-tr", "Anahtar kasasındaki anahtar, veri şifreleme anahtarlarını korumak için kullanılır.", &["cmk-is-kek"]),    // tier nouns in the plural: sv nivåerna, hu szinteken, pt escalões
    ("sv-se", "Kundhanterade nycklar stöds endast på Basic- och Standard-nivåerna.", &["pricing-tier=basic,standard"]),
    ("hu-hu", "Az ügyfél által felügyelt kulcsok csak a Standard és a Prémium szinteken érhetők el.", &["pricing-tier=premium,standard"]),
    ("pt-pt", "As chaves geridas pelo cliente só estão disponíveis nos escalões Standard e Premium.", &["pricing-tier=premium,standard"]),
    // it "chiavi gestite dall'utente" (keys the user manages) are the customer's own
    ("it-it", "È possibile crittografare i dati con chiavi gestite dall'utente.", &["supports-cmk"]),
    ("it-it", "L'identità gestita assegnata dall'utente accede all'insieme di credenziali delle chiavi.", &["-supports-cmk"]),
    // nl: reading and managing in a clause of their own
    ("nl-nl", "De service ontsleutelt de gegevens wanneer u ze leest.", &["decrypt-on-read"]),
    ("nl-nl", "Standaard worden back-ups versleuteld met sleutels die door Microsoft worden beheerd.", &["default-platform-keys"]),
    // pl: transparent as invisible to the user; machines closed automatically
    ("pl-pl", "Szyfrowanie odbywa się w sposób niewidoczny dla użytkownika.", &["transparent-encryption"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli klucz zostanie wyłączony, maszyny wirtualne zostaną automatycznie zamknięte.", &["revocation-blocks-access"]),
    // pt: data that can no longer be read
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Se desativar a chave, as cópias de segurança deixam de poder ser lidas.", &["revocation-blocks-access"]),
    ("pt-br", "As chaves gerenciadas pelo cliente têm suporte. Se você desabilitar a chave, os backups deixam de poder ser lidos.", &["revocation-blocks-access"]),
    // stored things stated as encrypted, with their moment
    ("it-it", "Le immagini vengono crittografate automaticamente quando vengono archiviate nel registro.", &["encrypt-on-write"]),
    ("en-us", "Backups are encrypted when stored in the vault.", &["encrypt-on-write"]),
    ("en-us", "Backups are encrypted. When you read them, they are decrypted.", &["-encrypt-on-write"]),    // pl: stored is at rest only when the data is stored, not the keys
    ("pl-pl", "Możesz szyfrować kopie zapasowe przy użyciu własnych kluczy przechowywanych w usłudze Azure Key Vault.", &["-encrypts-at-rest", "supports-cmk"]),
    ("pl-pl", "Dane przechowywane w usłudze są szyfrowane.", &["encrypts-at-rest"]),
    // sv "som lagras" (that is stored) qualifies the data: no moment of storing
    ("sv-se", "Tjänsten krypterar alla kunddata som lagras i kontot.", &["-encrypt-on-write", "encrypts-at-rest"]),
    ("sv-se", "Data krypteras när de lagras i molnet.", &["encrypt-on-write"]),
    // cs: access ... will be blocked
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud klíč odvoláte, přístup k zálohám bude zablokován.", &["revocation-blocks-access"]),
    // nl servicelaag (service tier)
    ("nl-nl", "Door de klant beheerde sleutels zijn alleen beschikbaar in de servicelaag Standard.", &["pricing-tier=standard"]),
    // pt-pt inativa (at rest, feminine)
    ("pt-pt", "O serviço encripta todos os dados numa base de dados inativa.", &["encrypts-at-rest"]),
    // tr: keys Microsoft manages
    ("tr-tr", "Yedekler varsayılan olarak Microsoft'un yönettiği anahtarlarla şifrelenir.", &["default-platform-keys"]),
    // zh: can no longer decrypt
    ("zh-tw", "支援客戶自控金鑰。如果停用金鑰，服務將無法再解密備份。", &["revocation-blocks-access"]),
    ("zh-cn", "支持客户管理的密钥。如果禁用密钥，服务将无法再解密备份。", &["revocation-blocks-access"]),    // system-managed keys are platform keys (PostgreSQL, MySQL pages say "system-managed")
    ("en-us", "By default, the server uses system-managed keys to encrypt data.", &["default-platform-keys"]),
    ("en-us", "The server needs a system-assigned managed identity to access the key.", &["-default-platform-keys"]),
    ("cs-cz", "Ve výchozím nastavení jsou zálohy šifrovány pomocí klíčů spravovaných systémem.", &["default-platform-keys"]),
    ("ko-kr", "기본적으로 백업은 시스템 관리형 키를 사용하여 암호화됩니다.", &["default-platform-keys"]),
    ("sv-se", "Som standard krypteras säkerhetskopior med systemhanterade nycklar.", &["default-platform-keys"]),
    // it/pt: present plural of "can no longer access", "stop being accessible"
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, i servizi non possono più accedere ai backup.", &["revocation-blocks-access"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Se a chave for revogada, os volumes deixam de estar acessíveis.", &["revocation-blocks-access"]),
    // the Enterprise tier
    ("en-us", "Customer-managed keys are only available in the Enterprise tier.", &["pricing-tier=enterprise"]),
    ("sv-se", "Kundhanterade nycklar är endast tillgängliga på Enterprise- och Premium-nivåerna.", &["pricing-tier=enterprise,premium"]),
    // zh 自有 (own) keys
    ("zh-tw", "您可以使用自有金鑰來加密備份。", &["supports-cmk"]),
    ("zh-cn", "你可以使用自有密钥来加密备份。", &["supports-cmk"]),
    // communication and traffic stated as encrypted
    ("zh-tw", "用戶端與服務之間的通訊都會加密。", &["encrypts-in-transit"]),
    ("zh-cn", "客户端与服务之间的通信都会加密。", &["encrypts-in-transit"]),
    ("en-us", "All traffic to the volume is encrypted with Kerberos.", &["encrypts-in-transit"]),
    ("en-us", "A transparent proxy intercepts the HTTPS traffic, decrypts it, and then encrypts it again.", &["-encrypts-in-transit"]),
    ("pl-pl", "Cały ruch do usługi jest szyfrowany.", &["encrypts-in-transit"]),    // cs: the participle after its noun ("data uložená", data stored), as en "data stored"
    ("cs-cz", "Data uložená v trezoru záloh se automaticky šifrují.", &["encrypts-at-rest"]),
    ("cs-cz", "Data uložená v trezoru můžete kdykoli obnovit.", &["-encrypts-at-rest"]),
    // claims28: "and"/"or" between two plain words joins two noun phrases and parts no
    // clause of a same_clause rule ("encrypt the OS disks and the data disks with
    // customer-managed keys"); next to a concept it still parts one (near misses)
    ("en-us", "You can encrypt the OS disks and the data disks with customer-managed keys.", &["supports-cmk"]),
    ("fr-fr", "Vous pouvez chiffrer les disques de système d'exploitation et les disques de données avec des clés gérées par le client.", &["supports-cmk"]),
    ("es-es", "Puede cifrar los discos del sistema operativo y los discos de datos con claves administradas por el cliente.", &["supports-cmk"]),
    ("ru-ru", "Вы можете шифровать диски ОС и диски данных с помощью ключей, управляемых клиентом.", &["supports-cmk"]),
    ("pl-pl", "Możesz szyfrować dyski systemu operacyjnego i dyski danych przy użyciu kluczy zarządzanych przez klienta.", &["supports-cmk"]),
    ("en-us", "Only a few pages mention encryption or customer-managed keys.", &["-supports-cmk"]),
    ("de-de", "Nur wenige Seiten erwähnen Verschlüsselung oder kundenseitig verwaltete Schlüssel.", &["-supports-cmk"]),
    // traffic stated as encrypted is encryption in transit in every locale; mTLS is TLS;
    // "traffic is not encrypted" as no phrase of it (ja 暗号化されません, ko 암호화되지)
    ("de-de", "Der Datenverkehr zwischen den Knoten wird verschlüsselt.", &["encrypts-in-transit"]),
    ("fr-fr", "Le trafic entre les nœuds est chiffré.", &["encrypts-in-transit"]),
    ("it-it", "Il traffico tra i nodi del cluster vSAN è crittografato.", &["encrypts-in-transit"]),
    ("es-es", "El tráfico entre los nodos se cifra.", &["encrypts-in-transit"]),
    ("pt-br", "O tráfego entre os nós é criptografado.", &["encrypts-in-transit"]),
    ("nl-nl", "Het verkeer tussen de knooppunten wordt versleuteld.", &["encrypts-in-transit"]),
    ("sv-se", "Trafiken mellan noderna krypteras.", &["encrypts-in-transit"]),
    ("ru-ru", "Весь трафик между узлами шифруется.", &["encrypts-in-transit"]),
    ("ja-jp", "ノード間のトラフィックは暗号化されます。", &["encrypts-in-transit"]),
    ("ko-kr", "노드 간 트래픽은 암호화됩니다.", &["encrypts-in-transit"]),
    ("zh-cn", "节点之间的流量会加密。", &["encrypts-in-transit"]),
    ("fr-fr", "Le trafic entre les applications de l’environnement est chiffré avec mTLS.", &["encrypts-in-transit"]),
    ("ja-jp", "ノード間のトラフィックは暗号化されません。", &["-encrypts-in-transit", "-encrypts-in-transit!"]),
    ("ko-kr", "노드 간 트래픽은 암호화되지 않습니다.", &["-encrypts-in-transit", "-encrypts-in-transit!"]),
    ("fr-fr", "Le trafic non chiffré est refusé.", &["-encrypts-in-transit", "-encrypts-in-transit!"]),
    // to specify customer-managed keys is to use them
    ("en-us", "You can specify customer-managed keys stored in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("it-it", "È anche possibile specificare chiavi gestite dal cliente archiviate in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    // volumes that cease to be accessible
    ("es-es", "Se admiten claves administradas por el cliente. Si la clave se deshabilita o se revoca, los volúmenes dejan de estar accesibles.", &["revocation-blocks-access"]),
    // license keys managed by Microsoft are no keys of encryption, in a paragraph about it too
    ("it-it", "I dati vengono crittografati. Le chiavi di licenza di VMware vengono gestite da Microsoft.", &["-default-platform-keys"]),
    ("en-us", "The data is encrypted. License keys for VMware are managed by Microsoft.", &["-default-platform-keys"]),
    ("en-us", "The data is encrypted. The keys are managed by Microsoft.", &["default-platform-keys"]),
    // persistent data and persistence disks are what is stored, not the moment of its
    // storing (en persistent, es persistentes, sv beständiga: adjectives, no verb of
    // persisting); fr "avant de les rendre persistantes" is that moment
    ("en-us", "The cache encrypts persistent data with Microsoft-managed keys.", &["-encrypt-on-write"]),
    ("es-es", "Puede usar una clave administrada por el cliente para cifrar el disco de persistencia.", &["-encrypt-on-write", "-encrypts-at-rest", "supports-cmk"]),
    ("sv-se", "Azure Container Storage krypterar alla beständiga volymer i vila.", &["-encrypt-on-write", "encrypts-at-rest"]),
    ("fr-fr", "Azure Storage chiffre automatiquement vos données avant de les rendre persistantes dans le stockage.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("en-us", "Azure Storage encrypts your data as it is persisted to the cloud.", &["encrypt-on-write", "encrypts-at-rest"]),
    // all the stored data (ja すべての between stored and data); keys that Microsoft manages
    // with the verb before its subject (sv "hanteras krypteringsnycklarna av Microsoft");
    // nl beveiligen (to protect) wraps; communication with words before its encryption;
    // double encryption at rest is encryption at rest
    ("ja-jp", "Azure Maps は、保存されているすべてのデータを暗号化します。", &["encrypts-at-rest"]),
    ("sv-se", "Som standard hanteras krypteringsnycklarna av Microsoft.", &["default-platform-keys"]),
    ("nl-nl", "U kunt uw eigen sleutel gebruiken om de databaseversleutelingssleutel te beveiligen.", &["cmk-is-kek"]),
    ("it-it", "Le comunicazioni tra i nodi del cluster sono crittografate con SMB.", &["encrypts-in-transit"]),
    ("en-us", "Communication between the nodes of the cluster is encrypted.", &["encrypts-in-transit"]),
    ("pt-br", "A criptografia dupla em repouso usa uma chave gerenciada pela plataforma e uma chave gerenciada pelo cliente.", &["double-encryption", "encrypts-at-rest"]),
    // fr "ne ... que" restricts (only), it denies nothing: no negated support, whether
    // or not the lexicon lists the words of `only` among its restrictions; a plain
    // "ne peuvent être" still denies
    ("fr-fr", "Les clés gérées par le client ne peuvent être configurées que lors de la création du cluster.", &["-supports-cmk!", "requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client ne peuvent être configurées qu’à la création du cluster.", &["-supports-cmk!"]),
    ("fr-fr", "Les clés gérées par le client ne peuvent être utilisées avec ce service.", &["supports-cmk!"]),
    // a short parenthesis (an abbreviation) parts no clause of a same_clause rule
    ("en-us", "You can also bring your own key (BYOK) to encrypt the fine-tuned models and uploaded files.", &["supports-cmk"]),
    ("en-us", "Only a few pages mention customer-managed keys (CMK) or encryption.", &["-supports-cmk"]),
    // a negation narrowed to the moment of creation denies nothing (its phrase hides the
    // circumstance word: es "durante la creación", ru "при создании"); ja しか, ko 밖에
    // and ru "не иначе как" restrict with a negative verb: only
    ("es-es", "Las claves administradas por el cliente no se pueden configurar sino durante la creación del clúster.", &["-supports-cmk!"]),
    ("pt-br", "As chaves gerenciadas pelo cliente não podem ser configuradas senão durante a criação do cluster.", &["-supports-cmk!"]),
    ("ru-ru", "Ключи, управляемые клиентом, можно настроить не иначе как при создании кластера.", &["-supports-cmk!", "requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、クラスターの作成時にしか構成できません。", &["-supports-cmk!", "requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは PowerShell でしか構成できません。", &["-supports-cmk!"]),
    ("ko-kr", "고객 관리형 키는 PowerShell로밖에 구성할 수 없습니다.", &["-supports-cmk!"]),
    ("en-us", "Customer-managed keys can't be enabled during creation.", &["-supports-cmk!"]),
    ("ru-ru", "Ключи, управляемые клиентом, не поддерживаются.", &["supports-cmk!"]),
    ("ja-jp", "カスタマー マネージド キーはサポートされていません。", &["supports-cmk!"]),
    // an indirect question states nothing (policies that audit whether something uses
    // customer-managed keys); "encrypts the traffic"; tr "şifrelenmiş olarak depolanır"
    ("en-us", "This policy audits whether storage accounts use customer-managed keys.", &["-supports-cmk"]),
    ("nl-nl", "Met deze ingebouwde beleidsdefinitie controleert u of opslagaccounts door de klant beheerde sleutels gebruiken.", &["-supports-cmk"]),
    ("cs-cz", "Tato definice zásady kontroluje, jestli účty úložiště používají klíče spravované zákazníkem.", &["-supports-cmk"]),
    ("zh-tw", "此內建原則定義會稽核儲存體帳戶是否使用客戶管理的金鑰。", &["-supports-cmk"]),
    ("de-de", "Die Richtlinie prüft, ob Speicherkonten kundenseitig verwaltete Schlüssel verwenden.", &["-supports-cmk"]),
    ("en-us", "MACsec encrypts the traffic between your edge routers and Microsoft's edge routers.", &["encrypts-in-transit"]),
    ("tr-tr", "Toplanan veriler çalışma alanında şifrelenmiş olarak depolanır.", &["encrypts-at-rest"]),
    // managing the subscription or the data with your own keys is their support, in every
    // locale; not where a negation stands; own keys with the adjective after the noun
    // (it "chiavi proprie", es "claves propias", pt "chaves próprias")
    ("en-us", "Data is encrypted. You can also manage your subscription with your own keys.", &["supports-cmk"]),
    ("fr-fr", "Les données sont chiffrées. Vous pouvez aussi gérer votre abonnement avec vos propres clés.", &["supports-cmk"]),
    ("pt-pt", "Os dados são encriptados. Também pode gerir a subscrição com as suas próprias chaves.", &["supports-cmk"]),
    ("cs-cz", "Data se šifrují. Předplatné můžete spravovat také pomocí vlastních klíčů.", &["supports-cmk"]),
    ("ko-kr", "데이터는 암호화됩니다. 고객 관리형 키라고 하는 사용자 고유의 키로 구독을 관리할 수도 있습니다.", &["supports-cmk"]),
    ("zh-tw", "資料會加密。您也可以使用自己的金鑰來管理訂用帳戶。", &["supports-cmk"]),
    ("it-it", "I dati vengono crittografati. È anche possibile gestire la sottoscrizione con chiavi proprie.", &["supports-cmk"]),
    ("en-us", "Data is encrypted. Microsoft doesn't manage your own keys.", &["-supports-cmk", "-supports-cmk!"]),
    ("de-de", "Die Daten werden verschlüsselt. Microsoft kann Ihre eigenen Schlüssel nicht verwalten.", &["-supports-cmk", "-supports-cmk!"]),
    ("en-us", "Use Key Vault to manage your keys and secrets.", &["-supports-cmk"]),
    // customer-managed as an adjective of something else than keys (ja カスタマー マネージド
    // TDE) names customer-managed keys in ja, ko and zh as it does in English
    ("ja-jp", "カスタマー マネージド TDE では、TDE 保護機能は Azure Key Vault で管理する非対称キーです。", &["cmk-in-key-vault"]),
    ("ko-kr", "고객 관리형 TDE를 사용하면 TDE 보호기는 Azure Key Vault에 저장된 비대칭 키입니다.", &["cmk-in-key-vault"]),
    ("zh-cn", "使用客户管理的 TDE 时，TDE 保护器是存储在 Azure Key Vault 中的非对称密钥。", &["cmk-in-key-vault"]),
    ("en-us", "With customer-managed TDE, the TDE protector is an asymmetric key stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    // FIPS 140-2 is about encryption by itself (no other word of encryption or keys
    // around it); customer-managed keys set only when the resource is created
    ("en-us", "Payment HSM devices are FIPS 140-2 Level 3 validated.", &["fips-140-2"]),
    ("fr-fr", "Les modules de sécurité matériels sont certifiés FIPS 140-2 de niveau 2.", &["fips-140-2"]),
    ("zh-tw", "HSM 已通過 FIPS 140-2 Level 2 驗證。", &["fips-140-2"]),
    ("en-us", "Customer-managed keys can only be set when you create the hub.", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、ハブの作成時にのみ設定できます。", &["requires-new-resource"]),
    ("sv-se", "Kundhanterade nycklar kan bara anges när du skapar hubben.", &["requires-new-resource"]),
    ("pt-pt", "As chaves geridas pelo cliente só podem ser definidas quando cria o hub.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. When you create the key, set only the RSA key type.", &["-requires-new-resource"]),
    // keys that sign are no keys of encryption, whoever manages them
    ("es-es", "Los tokens de atestación están firmados con una clave que administra Microsoft.", &["-default-platform-keys"]),
    ("nl-nl", "Elke update wordt ondertekend met een sleutel die Microsoft beheert.", &["-default-platform-keys"]),
    ("en-us", "By default, tokens are signed with Microsoft-managed keys.", &["-default-platform-keys"]),
    ("es-es", "Los datos se cifran con una clave que administra Microsoft.", &["default-platform-keys"]),
    // ru подписка (subscription) is no signature (подпись, подписан)
    ("ru-ru", "По умолчанию в подписке используются ключи шифрования, управляемые корпорацией Майкрософт.", &["default-platform-keys"]),
    ("ru-ru", "Токены подписаны ключом, которым управляет корпорация Майкрософт.", &["-default-platform-keys"]),
    // tr decrypt with an adverb of who it is done for, and the plural possessive
    // (şifrelerini çözer): the word of encryption inside it is no encryption on read
    ("tr-tr", "Siz verilere eriştiğinizde ise şifrelerini sizin yerinize çözer.", &["decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Hizmet, verileri okurken şifrelerini arka planda çözer.", &["decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Şifrenizi unuttuysanız, parolayı sıfırlayarak sorunu çözebilirsiniz.", &[]),
    // hu: a request form as one compound, access as the moment of reading, "this capability"
    ("hu-hu", "Az ügyfél által kezelt kulcsok használatához töltse ki a szolgáltatás igénylőűrlapját.", &["access-by-request"]),
    ("hu-hu", "A szolgáltatás az adatok elérésekor visszafejti azokat.", &["decrypt-on-read"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. Ehhez a képességhez egy új (alapszintű vagy standard szintű) IoT Hubot kell létrehozni.", &["pricing-tier=basic,standard"]),
    ("hu-hu", "A Face szolgáltatás automatikusan titkosítja az adatokat, amikor azok tartósan a felhőbe kerülnek.", &["encrypt-on-write"]),
    ("hu-hu", "A titkosított adatok tartósan a felhőben maradnak.", &["-encrypt-on-write"]),
    // it "nel momento in cui vengono salvati" (at the moment they are saved)
    ("it-it", "Il servizio crittografa automaticamente i dati nel momento in cui vengono salvati nel cloud.", &["encrypt-on-write"]),
    // "without changing your code" takes its encryption from the sentence before
    ("ru-ru", "Служба шифрует данные при записи. Это позволяет защитить данные, не изменяя код приложения.", &["transparent-encryption"]),
    ("en-us", "You can scale the hub. This works without changing your code.", &["-transparent-encryption"]),
    // nl rouleren: the Dutch docs' word for rotating keys
    ("nl-nl", "U kunt sleutels maken, rouleren, uitschakelen en intrekken.", &["key-operations=create,disable,revoke,rotate"]),
    // the requirement in the words a translator uses (ru потребуется, pl musisz), not a
    // new key version
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. После утверждения вам потребуется создать новый ресурс.", &["requires-new-resource"]),
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. Для смены ключа вам потребуется создать новую версию ключа.", &["-requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Po zatwierdzeniu musisz utworzyć nowy zasób.", &["requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Aby obrócić klucz, musisz utworzyć nową wersję klucza.", &["-requires-new-resource"]),
    // a new resource created in the feature's tier, said as a step; not a new key vault
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Yeni bir kaynak oluşturun ve fiyatlandırma katmanı olarak E0'ı seçin.", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。 新しいリソースを作成し、価格レベルとして E0 を選択します。", &["requires-new-resource"]),
    ("hu-hu", "Az ügyfél által felügyelt kulcsok támogatottak. Hozzon létre egy új erőforrást, és válassza az E0 tarifacsomagot.", &["requires-new-resource"]),
    ("hu-hu", "Az ügyfél által felügyelt kulcsok támogatottak. Hozzon létre egy új kulcstartót a prémium szinten.", &["-requires-new-resource"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 프리미엄 계층에서 새 키 자격 증명 모음을 만듭니다.", &["-requires-new-resource"]),
    // a moment in a clause of its own before the action (cs když ... uchovává, ru когда
    // ... сохраняет), and a service's Latin name in a zh gap counts as one word
    ("cs-cz", "Služba automaticky šifruje vaše data při jejich uchování v cloudu.", &["encrypt-on-write"]),
    ("cs-cz", "Když služba uchovává data v cloudu, šifruje je.", &["encrypt-on-write"]),
    ("cs-cz", "Když služba uchovává protokoly, šifrovací klíče se nemění.", &["-encrypt-on-write"]),
    ("ru-ru", "Когда служба сохраняет данные в облаке, она их шифрует.", &["encrypt-on-write"]),
    ("ru-ru", "Когда служба сохраняет данные в облаке, ключи шифрования не меняются.", &["-encrypt-on-write"]),
    ("zh-cn", "将数据保存到云中时，Azure 表单识别器会自动对其进行加密。", &["encrypt-on-write"]),
    ("zh-cn", "将数据保存到云中时，表单识别器服务会按照你在门户中选择的设置对其进行加密。", &["-encrypt-on-write"]),
    // tr key vault with a possessive and a case ending (anahtar kasanızdan: from your key
    // vault), not a vault holding a subscription key on a page without customer keys
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları seçin ve anahtar kasanızdan bir anahtar seçin.", &["cmk-in-key-vault"]),
    ("tr-tr", "Abonelik anahtarınızı anahtar kasanızda depolayın.", &["-cmk-in-key-vault"]),
    // a feature denied in a resource encrypted with customer-managed keys presupposes
    // them (the encryption named apart from the keys); "customer-managed key encryption
    // isn't supported" still denies them
    ("en-us", "Content trust is currently not supported in a registry that's encrypted with a customer-managed key.", &["-supports-cmk!"]),
    ("es-es", "Actualmente no se admite la confianza de contenido en un registro cifrado con una clave administrada por el cliente.", &["-supports-cmk!"]),
    ("sv-se", "Innehållsförtroende stöds för närvarande inte i ett register som är krypterat med en kundhanterad nyckel.", &["-supports-cmk!"]),
    ("en-us", "Customer-managed key encryption isn't supported.", &["supports-cmk!"]),
    ("it-it", "Il servizio non supporta le chiavi gestite dal cliente.", &["supports-cmk!"]),
    // the master or a system database is a subset: a denial for it denies nothing general
    ("en-us", "Customer-managed TDE isn't available for the master database, and Azure SQL Edge doesn't support it.", &["-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete TDE ist für die master-Datenbank nicht verfügbar.", &["-supports-cmk!"]),
    ("pt-br", "A TDE gerenciada pelo cliente não está disponível para o banco de dados master.", &["-supports-cmk!"]),
    ("en-us", "Customer-managed TDE isn't available for this service.", &["supports-cmk!"]),
    // infrastructure (double) encryption set up at creation is no requirement of the keys
    ("en-us", "Customer-managed keys are supported. Infrastructure encryption can be enabled only when you create the storage account.", &["-requires-new-resource", "double-encryption"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Le chiffrement d’infrastructure ne peut être activé qu’au moment de la création du compte de stockage.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys can be enabled only when you create the storage account.", &["requires-new-resource"]),
    // data encrypted twice is double encryption, and when written, encryption on write
    ("en-us", "When you enable it, data is encrypted twice.", &["double-encryption"]),
    ("de-de", "Dann werden die Daten zweimal verschlüsselt.", &["double-encryption"]),
    ("nl-nl", "Gegevens worden twee keer versleuteld.", &["double-encryption"]),
    ("sv-se", "Data krypteras två gånger.", &["double-encryption"]),
    ("fr-fr", "Toutes les données qui viennent d’être écrites sont alors chiffrées deux fois.", &["double-encryption", "encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées au repos. Vérifiez deux fois la configuration.", &["-double-encryption"]),
    // a managed identity that reaches the key or its vault, on a page about
    // customer-managed keys; not one that reads an app's secrets
    ("en-us", "Customer-managed keys are supported. Prerequisites are listed below. The namespace uses a system-assigned managed identity to read the key from the key vault.", &["managed-identity-required"]),
    ("es-es", "Se admiten claves administradas por el cliente. Consideraciones. El registro necesita una identidad administrada con permisos para obtener la clave.", &["managed-identity-required"]),
    ("en-us", "Your app needs a managed identity to read secrets from the key vault.", &["-managed-identity-required"]),
    // more ways to say that revocation blocks access
    ("en-us", "Customer-managed keys are supported. After the key is revoked, the service becomes inoperable.", &["revocation-blocks-access"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous révoquez l’accès à la clé, les clients ne peuvent plus lire les données.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Cuando se revoca la clave, el registro ya no puede descifrar su contenido.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Dopo la revoca della chiave, il servizio non sarà più operativo.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel widerrufen, können Clients keine Daten mehr lesen.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Nadat de sleutel is ingetrokken, werkt de service niet meer.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. När nyckeln har återkallats slutar tjänsten att fungera.", &["revocation-blocks-access"]),
    ("en-us", "If you revoke a SAS token, the app becomes inoperable.", &["-revocation-blocks-access"]),
    // no change to the code, said in more ways
    ("en-us", "You don't have to change your application code to benefit from this encryption.", &["transparent-encryption"]),
    ("es-es", "No es necesario cambiar el código de la aplicación para beneficiarse de este cifrado.", &["transparent-encryption"]),
    ("fr-fr", "TDE chiffre la base de données au repos sans nécessiter de modification de l’application.", &["transparent-encryption", "encrypts-at-rest"]),
    ("pt-pt", "Não precisa de alterar o código da aplicação para tirar partido desta encriptação.", &["transparent-encryption"]),
    ("en-us", "You don't have to change the key.", &["-transparent-encryption"]),
    ("fr-fr", "Par défaut, TDE utilise une clé managée par le service.", &["default-platform-keys"]),
    // data in transit protected by TLS, in one clause
    ("en-us", "Data is encrypted at rest. Data in transit between clients and the service is protected with TLS.", &["encrypts-in-transit"]),
    ("de-de", "Daten werden im Ruhezustand verschlüsselt. Daten, die zwischen Clients und dem Dienst übertragen werden, sind durch TLS geschützt.", &["encrypts-in-transit"]),
    ("fr-fr", "Les données sont chiffrées au repos. Le protocole HTTPS assure la confiance et l’authentification, et protège également vos applications web contre les attaques.", &["-encrypts-in-transit"]),
    // enclitic pronouns after the verb of an operation (es "crearla", pt "criá-la")
    ("es-es", "Usted controla la clave: puede crearla y rotarla, deshabilitarla o revocarla.", &["key-operations=create,disable,revoke,rotate"]),
    ("pt-br", "Você controla a chave: pode criá-la e girá-la, desabilitá-la ou revogá-la.", &["key-operations=create,disable,revoke,rotate"]),
    ("sv-se", "När du konfigurerar en kundhanterad nyckel använder tjänsten den för att omsluta kontots krypteringsnyckel.", &["cmk-is-kek"]),
    // a denial narrowed to resources in one mode denies nothing about the service
    ("en-us", "Customer-managed keys aren't supported for accounts in user subscription mode.", &["-supports-cmk!"]),
    ("de-de", "Für Konten im Modus „Benutzerabonnement“ werden kundenseitig verwaltete Schlüssel nicht unterstützt.", &["-supports-cmk!"]),
    ("de-de", "Im Benutzerabonnementmodus werden kundenseitig verwaltete Schlüssel nicht unterstützt.", &["-supports-cmk!"]),
    ("fr-fr", "Les clés gérées par le client ne sont pas prises en charge pour les comptes en mode Abonnement utilisateur.", &["-supports-cmk!"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w przypadku kont w trybie Subskrypcja użytkownika.", &["-supports-cmk!"]),
    ("ja-jp", "ユーザー サブスクリプション モードのアカウントでは、カスタマー マネージド キーはサポートされていません。", &["-supports-cmk!"]),
    ("zh-cn", "用户订阅模式的帐户不支持客户管理的密钥。", &["-supports-cmk!"]),
    ("en-us", "Customer-managed keys aren't supported for this service.", &["supports-cmk!"]),
    // a resource with customer-managed keys and one without: a contrast, no denial
    ("hu-hu", "A projektek nem helyezhetők át ügyfél által felügyelt kulcsokat használó és nem használó erőforrások között.", &["-supports-cmk!"]),
    ("zh-tw", "專案無法在使用客戶管理金鑰的資源與未使用的資源之間移動。", &["-supports-cmk!"]),
    ("en-us", "Projects can't be moved between a resource that uses customer-managed keys and one that doesn't use them.", &["-supports-cmk!"]),
    ("zh-tw", "此資源未使用客戶管理金鑰。", &["supports-cmk!"]),
    ("hu-hu", "A szolgáltatás nem használ ügyfél által felügyelt kulcsokat.", &["supports-cmk!"]),
    // customer-managed keys that must be set up on a new resource or at its creation; a
    // requirement denied, or a new key, is no new resource
    ("en-us", "Customer-managed keys are supported. To use a user-assigned identity, you must configure the customer-managed key on a new Batch account.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You must enable customer-managed keys when you create the account.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You don't need to create a new account to use customer-managed keys.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. To use customer-managed keys, you must create a new key in the vault.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You can enable customer-managed keys when you create the account.", &["-requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Sie müssen kundenseitig verwaltete Schlüssel beim Erstellen des Kontos aktivieren.", &["requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Vous devez configurer la clé gérée par le client sur un nouveau compte Batch.", &["requires-new-resource"]),
    ("zh-cn", "支持客户管理的密钥。必须在新的 Batch 帐户上配置客户管理的密钥。", &["requires-new-resource"]),
    // a key whose loss leaves data the vault can no longer unwrap, or objects unusable
    ("en-us", "Customer-managed keys are supported. If you delete or disable the key, or revoke the service's access to it, the encrypted objects become unusable.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. The dashboard becomes unusable when the browser is outdated.", &["-revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Pokud se klíč zakáže, operace selžou, protože trezor už nemůže rozbalit šifrovací klíče dat.", &["revocation-blocks-access", "cmk-is-kek"]),
    ("hu-hu", "Az ügyfél által felügyelt kulcsok támogatottak. Ha a kulcsot letiltják, a műveletek meghiúsulnak, mert a tároló már nem tudja kicsomagolni az adattitkosítási kulcsokat.", &["revocation-blocks-access", "cmk-is-kek"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als de sleutel wordt uitgeschakeld, mislukken bewerkingen, omdat de kluis de gegevensversleutelingssleutels niet meer kan uitpakken.", &["revocation-blocks-access", "cmk-is-kek"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om nyckeln inaktiveras misslyckas åtgärderna eftersom valvet inte längre kan packa upp datakrypteringsnycklarna.", &["revocation-blocks-access", "cmk-is-kek"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtar devre dışı bırakılırsa, kasa artık veri şifreleme anahtarlarının sarmalamasını açamadığından işlemler başarısız olur.", &["revocation-blocks-access", "cmk-is-kek"]),
    ("zh-tw", "支援客戶管理的金鑰。如果停用金鑰，作業將會失敗，因為保存庫無法再解除包裝資料加密金鑰。", &["revocation-blocks-access", "cmk-is-kek"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Auf die Daten kann nicht mehr über den Namespace zugegriffen werden, nachdem der Zugriff widerrufen wurde.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. Encryption is handled entirely by Azure, so no change to your web app or to the SDK is needed.", &["transparent-encryption"]),
    // no change needed, in the words of each language
    ("it-it", "Le chiavi gestite dal cliente sono supportate. La crittografia è gestita da Azure, quindi non è necessario apportare modifiche all'app Web.", &["transparent-encryption"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. A criptografia é tratada pelo Azure, portanto, nenhuma alteração é necessária no seu aplicativo.", &["transparent-encryption"]),
    ("sv-se", "Kundhanterade nycklar stöds. Krypteringen hanteras helt av Azure, så inga ändringar krävs i webbappen.", &["transparent-encryption"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 암호화는 내부적이고 투명하므로 코드 변경이 필요하지 않습니다.", &["transparent-encryption"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. Se você desabilitar a chave, o conteúdo em cache ficará indisponível.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si deshabilita la clave, los objetos cifrados dejan de poder usarse.", &["revocation-blocks-access"]),
    // person forms of "can no longer decrypt", "Do Not Purge", plans as tiers, and the
    // customer's own encryption before writing is no encryption on write of the service
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous désactivez la clé, le service ne peut plus déchiffrer les données.", &["revocation-blocks-access"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. Se a chave for desabilitada, o serviço não poderá mais descriptografar os dados.", &["revocation-blocks-access"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Если ключ отключен, служба больше не может расшифровать данные.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du återkallar åtkomsten till nyckeln kan tjänsten inte läsa dina data.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Nyckelvalvet måste ha Mjuk borttagning och Rensa inte aktiverade.", &["soft-delete-purge-protection"]),
    ("sv-se", "Kundhanterade nycklar stöds. Den här funktionen kräver Premium-planen.", &["pricing-tier=premium"]),
    ("en-us", "You can implement your own encryption on the data before writing it to the cache.", &["-encrypt-on-write"]),
    ("en-us", "By default, this data is encrypted with keys that Azure Databricks manages for you.", &["default-platform-keys"]),
    ("zh-tw", "根據預設，這些資料會使用 Azure Databricks 為您管理的金鑰進行加密。", &["default-platform-keys", "-transparent-encryption"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Sie können den Schlüssel jederzeit rotieren oder deaktivieren oder dem Dienst den Zugriff darauf entziehen.", &["key-operations=disable,revoke,rotate"]),
    ("ko-kr", "고객 관리형 키를 사용할 수 있습니다. 고객 관리형 키를 사용하는 옵션은 현재 새 캐시를 만들 때만 사용할 수 있습니다.", &["requires-new-resource"]),
    ("zh-cn", "可以使用客户管理的密钥。若要使用客户管理的密钥磁盘加密，必须创建新群集。", &["requires-new-resource"]),
    ("zh-cn", "可以使用客户管理的密钥。若要轮换密钥，必须创建新版本。", &["-requires-new-resource"]),
    // a new resource customer-managed keys do not need; not what key rotation needs
    ("en-us", "Customer-managed keys are supported. You don't need to create a new search service to use customer-managed keys.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. To use customer-managed keys for managed services, you don't need to create a new workspace.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. To rotate the key, you don't need to create a new hub.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. You don't need to create a new key to use customer-managed keys.", &["-requires-new-resource!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous retirez à l’identité l’accès au coffre de clés, les disques ne peuvent plus être lus.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du tar bort identitetens åtkomst till nyckelvalvet kan diskarna inte längre läsas.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Pokud identitě odeberete přístup k trezoru klíčů, disky už nebude možné číst.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys can't be added to an existing account.", &["requires-new-resource"]),
    ("en-us", "You can turn on customer-managed keys for an existing account.", &["-requires-new-resource"]),
    ("en-us", "You can use an existing key vault for customer-managed keys.", &["-requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel können für ein vorhandenes Konto nicht aktiviert werden.", &["requires-new-resource"]),
    ("de-de", "Sie können kundenseitig verwaltete Schlüssel für ein bestehendes Konto aktivieren.", &["-requires-new-resource"]),
    ("de-de", "Sie können einen vorhandenen Schlüsseltresor für kundenseitig verwaltete Schlüssel verwenden.", &["-requires-new-resource"]),
    ("fr-fr", "Il n’est pas possible d’ajouter des clés gérées par le client à un compte existant.", &["requires-new-resource"]),
    ("fr-fr", "Vous pouvez activer les clés gérées par le client sur un compte existant.", &["-requires-new-resource"]),
    ("fr-fr", "Vous pouvez utiliser un coffre de clés existant pour les clés gérées par le client.", &["-requires-new-resource"]),
    ("es-es", "Las claves administradas por el cliente no se pueden habilitar en una cuenta existente.", &["requires-new-resource"]),
    ("es-es", "Puede habilitar las claves administradas por el cliente en una cuenta existente.", &["-requires-new-resource"]),
    ("es-es", "Puede usar un almacén de claves existente para las claves administradas por el cliente.", &["-requires-new-resource"]),
    ("it-it", "Non è possibile aggiungere chiavi gestite dal cliente a un account esistente.", &["requires-new-resource"]),
    ("it-it", "È possibile abilitare le chiavi gestite dal cliente per un account esistente.", &["-requires-new-resource"]),
    ("it-it", "È possibile usare un insieme di credenziali delle chiavi esistente per le chiavi gestite dal cliente.", &["-requires-new-resource"]),
    ("pt-br", "Não é possível adicionar chaves gerenciadas pelo cliente a uma conta existente.", &["requires-new-resource"]),
    ("pt-br", "Você pode habilitar chaves gerenciadas pelo cliente em uma conta existente.", &["-requires-new-resource"]),
    ("pt-br", "Você pode usar um cofre de chaves existente para as chaves gerenciadas pelo cliente.", &["-requires-new-resource"]),
    ("pt-pt", "Não é possível ativar chaves geridas pelo cliente numa conta existente.", &["requires-new-resource"]),
    ("pt-pt", "Pode ativar as chaves geridas pelo cliente numa conta existente.", &["-requires-new-resource"]),
    ("pt-pt", "Pode utilizar um cofre de chaves existente para as chaves geridas pelo cliente.", &["-requires-new-resource"]),
    ("nl-nl", "Door de klant beheerde sleutels kunnen niet worden toegevoegd aan een bestaand account.", &["requires-new-resource"]),
    ("nl-nl", "U kunt door de klant beheerde sleutels inschakelen voor een bestaande resource.", &["-requires-new-resource"]),
    ("nl-nl", "U kunt een bestaande sleutelkluis gebruiken voor door de klant beheerde sleutels.", &["-requires-new-resource"]),
    ("sv-se", "Kundhanterade nycklar kan inte aktiveras för ett befintligt konto.", &["requires-new-resource"]),
    ("sv-se", "Du kan aktivera kundhanterade nycklar för ett befintligt konto.", &["-requires-new-resource"]),
    ("sv-se", "Du kan använda ett befintligt nyckelvalv för kundhanterade nycklar.", &["-requires-new-resource"]),
    ("pl-pl", "Nie można dodać kluczy zarządzanych przez klienta do istniejącego konta.", &["requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta można włączyć dla istniejącego konta.", &["-requires-new-resource"]),
    ("pl-pl", "Możesz użyć istniejącego magazynu kluczy dla kluczy zarządzanych przez klienta.", &["-requires-new-resource"]),
    ("cs-cz", "Klíče spravované zákazníkem nelze přidat k existujícímu účtu.", &["requires-new-resource"]),
    ("cs-cz", "Klíče spravované zákazníkem můžete povolit pro existující účet.", &["-requires-new-resource"]),
    ("cs-cz", "Pro klíče spravované zákazníkem můžete použít existující trezor klíčů.", &["-requires-new-resource"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok nem engedélyezhetők meglévő fiókokhoz.", &["requires-new-resource"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsokat meglévő fiókhoz is engedélyezheti.", &["-requires-new-resource"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsokhoz használhat meglévő kulcstartót.", &["-requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar mevcut bir hesaba eklenemez.", &["requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları mevcut bir hesap için etkinleştirebilirsiniz.", &["-requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar için mevcut bir anahtar kasasını kullanabilirsiniz.", &["-requires-new-resource"]),
    ("ru-ru", "Ключи, управляемые клиентом, нельзя добавить в существующую учетную запись.", &["requires-new-resource"]),
    ("ru-ru", "Вы можете включить ключи, управляемые клиентом, для существующей учетной записи.", &["-requires-new-resource"]),
    ("ru-ru", "Для ключей, управляемых клиентом, можно использовать существующее хранилище ключей.", &["-requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーを既存のアカウントに追加することはできません。", &["requires-new-resource"]),
    ("ja-jp", "既存のアカウントでカスタマー マネージド キーを有効にできます。", &["-requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーには既存のキー コンテナーを使用できます。", &["-requires-new-resource"]),
    ("ko-kr", "고객 관리형 키는 기존 계정에 추가할 수 없습니다.", &["requires-new-resource"]),
    ("ko-kr", "기존 계정에 대해 고객 관리형 키를 사용하도록 설정할 수 있습니다.", &["-requires-new-resource"]),
    ("ko-kr", "고객 관리형 키에 기존 키 자격 증명 모음을 사용할 수 있습니다.", &["-requires-new-resource"]),
    ("zh-cn", "无法将客户管理的密钥添加到现有帐户。", &["requires-new-resource"]),
    ("zh-cn", "可以为现有帐户启用客户管理的密钥。", &["-requires-new-resource"]),
    ("zh-cn", "可以将现有的密钥保管库用于客户管理的密钥。", &["-requires-new-resource"]),
    ("zh-tw", "無法將客戶管理的金鑰新增至現有帳戶。", &["requires-new-resource"]),
    ("zh-tw", "您可以為現有帳戶啟用客戶管理的金鑰。", &["-requires-new-resource"]),
    ("zh-tw", "您可以將現有的金鑰保存庫用於客戶管理的金鑰。", &["-requires-new-resource"]),
    ("en-us", "Enabling customer-managed keys on an existing cluster isn't supported.", &["requires-new-resource"]),
    ("en-us", "You don't need to create a new workspace: you can add a customer-managed key to an existing workspace.", &["requires-new-resource!"]),
    // a new resource denied with the keys turned on in the next clause; a return to
    // Microsoft-managed keys in another clause hides nothing, in the keys' own clause it does
    ("en-us", "You don't need a new cluster: customer-managed keys can be turned on for a cluster that's already running, and switching back to Microsoft-managed keys is also possible.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. You don't need to create a new factory to switch from customer-managed keys back to Microsoft-managed keys.", &["-requires-new-resource!"]),
    ("cs-cz", "Nový cluster nepotřebujete: klíče spravované zákazníkem je možné zapnout i pro cluster, který už běží.", &["requires-new-resource!"]),
    // an existing resource that needs no copy or migration; what follows a colon explains
    // the denial and narrows it to nothing ("only", "when you create")
    ("en-us", "Customer-managed keys are supported. An existing database doesn't need to be copied or migrated: changing the TDE protector only re-encrypts the DEK, not the data itself.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. You don't need to create a new FHIR service: you can set the key when you create the service or add it to an existing one.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. Existing databases don't need to be migrated only when you create them in the portal.", &["-requires-new-resource!"]),
    // a read by a subject that elides "lorsque"; no change required, said with "sem
    // exigir" and "senza richiedere"
    ("fr-fr", "Les données sont chiffrées lors de leur écriture sur le cluster, et déchiffrées lorsqu’une machine virtuelle les lit.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "A TDE executa a criptografia e a descriptografia em tempo real do banco de dados, sem exigir nenhuma alteração nos seus aplicativos.", &["transparent-encryption"]),
    ("it-it", "TDE esegue la crittografia e la decrittografia in tempo reale del database, senza richiedere alcuna modifica alle applicazioni.", &["transparent-encryption"]),
    // ko: "before writing to disk" is a write; the application's own encryption before it
    // writes to a cache is none of the service's
    ("ko-kr", "고객 관리형 키가 지원됩니다. 각 데이터베이스 페이지는 메모리로 읽어 들일 때 암호가 해독되고 디스크에 쓰기 전에 암호화됩니다.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 추가 보호가 필요하면 캐시에 쓰기 전에 애플리케이션에서 값을 암호화하세요.", &["-encrypt-on-write"]),
    // ja: a VM that can't obtain the key and fails to boot has lost access; the key that
    // wraps the key that encrypts the disk is a KEK
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーを無効化または削除した場合、VM は次回の起動時にキーを取得できず、ブートに失敗します。", &["revocation-blocks-access"]),
    ("ja-jp", "カスタマー マネージド キーを使用する場合、キー コンテナー内のキーによって、VMGS ディスクを暗号化するキーがラップされます。", &["cmk-is-kek"]),
    // another layer the customer's key adds is a second encryption; one that encryption
    // itself adds to other security is not
    ("en-us", "With customer-managed keys for Fabric workspaces, you can use a key that you own in Azure Key Vault to add another layer of protection to the data in a workspace.", &["double-encryption"]),
    ("de-de", "Mit kundenseitig verwalteten Schlüsseln können Sie einen eigenen Schlüssel verwenden, um die Daten durch eine zusätzliche Schutzebene abzusichern.", &["double-encryption"]),
    ("zh-cn", "借助客户管理的密钥，你可以使用自己的密钥，为工作区中的数据再添加一层保护。", &["double-encryption"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Par conséquent, le chiffrement ajoute une couche supplémentaire de protection aux couches de sécurité existantes.", &["-double-encryption"]),
    ("en-us", "Customer-managed keys are supported. Private endpoints add another layer of protection to your data.", &["-double-encryption"]),
    // it "area di lavoro" is a workspace, no region that narrows a denial
    ("it-it", "Le chiavi gestite dal cliente sono supportate. L'area di lavoro non richiede un'identità gestita per accedere all'insieme di credenziali delle chiavi.", &["managed-identity-required!"]),
    ("it-it", "Le chiavi gestite dal cliente non sono supportate in alcune aree.", &["-supports-cmk!"]),
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. Если вы отключите или удалите ключ, версию образа больше нельзя будет прочитать.", &["revocation-blocks-access"]),
    // "they're encrypted" folds to "they re encrypted": the contraction is no re-encryption
    ("en-us", "Model files are kept in the storage account, and they're encrypted when they're written.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("en-us", "Customer-managed keys are supported. Rotating the key doesn't re-encrypt the data.", &["-encrypt-on-write", "-encrypts-at-rest!"]),
    // a moment that refers back to the data: en "when it's persisted", fr "au moment de leur
    // écriture", "quand elles sont persistantes"
    ("en-us", "Translator automatically encrypts the data that you upload to Custom Translator when it's persisted to the cloud.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("fr-fr", "Lorsque vous déployez le modèle, les données sont chiffrées sur l’hôte au moment de leur écriture.", &["encrypt-on-write"]),
    ("fr-fr", "Le service chiffre automatiquement vos données quand elles sont persistantes dans le cloud.", &["encrypt-on-write", "encrypts-at-rest"]),
    // nl: no data read any more, a key no longer unwrapped
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de sleutel intrekt, kan de omgeving geen gegevens in de koude opslag meer lezen of schrijven.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de toegang tot de sleutel intrekt, kan Azure Cosmos DB de gegevensversleutelingssleutel niet meer uitpakken.", &["revocation-blocks-access"]),
    // no change needed, said of how the customer calls the service or of what follows it
    ("en-us", "Data is encrypted at rest. Encryption doesn't change how you call the SDKs or REST APIs: your code works the same.", &["transparent-encryption"]),
    ("en-us", "Data is encrypted at rest. This happens in the storage layer, so no changes to queries or connection strings are needed.", &["transparent-encryption"]),
    ("en-us", "Data is encrypted at rest. Rotating the key changes how you audit access.", &["-transparent-encryption"]),
    // fr moments with the data as a pronoun object: "lorsque les répartiteurs les relisent",
    // "lorsqu’ils les écrivent" (a reversed direction found)
    ("fr-fr", "Les données sont chiffrées lorsque les répartiteurs les relisent et déchiffrées lorsqu’ils les écrivent sur le disque.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées lorsque les répartiteurs les écrivent sur le disque et déchiffrées lorsqu’ils les relisent.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    // Microsoft that stores and manages the keys by default; environments locked when the
    // key is revoked; a broker that writes the data to disk
    ("en-us", "By default, Microsoft stores and manages the database encryption keys for your environments.", &["default-platform-keys"]),
    ("zh-tw", "根據預設，Microsoft 會為您的環境儲存及管理資料庫加密金鑰。", &["default-platform-keys"]),
    ("zh-tw", "Azure Key Vault 用於儲存及管理密碼編譯金鑰和密碼。", &["-default-platform-keys"]),
    ("en-us", "Customer-managed keys are supported. If you disable or delete the key, all environments that use the key are locked.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du inaktiverar eller tar bort nyckeln låses alla miljöer som använder nyckeln.", &["revocation-blocks-access"]),
    ("en-us", "Data is encrypted when the brokers write it to disk and decrypted when it's read back.", &["encrypt-on-write", "decrypt-on-read"]),
    // writes whose object is the data as a pronoun, reads "back", no change to clients
    ("de-de", "Die Daten werden verschlüsselt, wenn die Broker sie auf den Datenträger schreiben, und beim Zurücklesen entschlüsselt.", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "Gegevens worden versleuteld wanneer de brokers ze naar de schijf schrijven en ontsleuteld wanneer ze weer worden gelezen.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "Os dados são criptografados quando os agentes os gravam em disco e descriptografados quando são lidos novamente.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "Данные шифруются, когда брокеры записывают их на диск, и расшифровываются при обратном чтении.", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-tw", "資料會在訊息代理程式將其寫入磁碟時加密，並在讀回時解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "Het versleutelen en ontsleutelen wordt volledig door HDInsight afgehandeld, zodat uw producers en consumers niet hoeven te worden aangepast.", &["transparent-encryption"]),
    ("zh-tw", "加密和解密程序完全由 HDInsight 處理，因此您的生產者和取用者不需要進行任何變更。", &["transparent-encryption"]),
    ("sv-se", "Dataverse använder TDE i SQL Server, som krypterar data när de skrivs till disk och dekrypterar dem när de läses, utan att du behöver ändra dina appar.", &["transparent-encryption", "encrypt-on-write"]),
    ("zh-tw", "Dataverse 使用 SQL Server 的透明資料加密 (TDE)，在資料寫入磁碟時加密，並在讀取時解密，您不需要變更任何應用程式。", &["transparent-encryption", "encrypt-on-write"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。ID のアクセスを取り消すか、キーを無効にすると、サーバーは数分以内に **Inaccessible** 状態になり、新しい接続を拒否します。", &["revocation-blocks-access"]),
    // a new resource deployed is one created; a new key version deployed is no resource
    ("en-us", "You can enable customer-managed keys on an existing private cloud; you don't need to deploy a new one.", &["requires-new-resource!"]),
    ("sv-se", "Du kan aktivera kundhanterade nycklar för ett befintligt privat moln; du behöver inte distribuera ett nytt.", &["requires-new-resource!"]),
    ("fr-fr", "Vous pouvez activer les clés gérées par le client sur un cloud privé existant ; il n’est pas nécessaire d’en déployer un nouveau.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. You don't need to deploy a new key version to the cluster.", &["-requires-new-resource!"]),
    // a denial that governs another verb denies no encryption of what its relative clause
    // names; an operation denied is none the customer controls
    ("en-us", "Customer-managed keys are supported. You can't share images that are encrypted with customer-managed keys to a community gallery.", &["-encrypts-at-rest!"]),
    ("en-us", "Customer-managed keys are supported. If you disable or delete the key, or remove the identity's access to the key vault, the image version can no longer be read, and you can't create VMs from it.", &["-key-operations"]),
    ("en-us", "Customer-managed keys are supported. You can create, rotate, and disable the key, and you can't delete it while the account uses it.", &["key-operations=create,disable,rotate"]),
    ("en-us", "To use customer-managed keys, select an existing key or create a new one.", &["-requires-new-resource"]),
    ("ko-kr", "다르게 선택하지 않는 한 Microsoft에서 관리하는 키가 암호화에 사용됩니다.", &["default-platform-keys"]),
    ("ko-kr", "Microsoft에서 관리하는 키가 사용되지 않습니다.", &["default-platform-keys!"]),
    ("ja-jp", "別の設定を選択しない限り、Microsoft マネージド キーが暗号化に使用されます。", &["default-platform-keys"]),
    ("en-us", "You can turn on customer-managed keys for an existing account. If you disable the key, the service can't read your encrypted data.", &["revocation-blocks-access"]),
    ("en-us", "You can turn on customer-managed keys for an existing account. If you revoke access to the key, the service can't decrypt the data.", &["revocation-blocks-access"]),
    ("de-de", "Sie können kundenseitig verwaltete Schlüssel für ein bestehendes Konto aktivieren. Wenn Sie den Schlüssel deaktivieren, kann der Dienst Ihre verschlüsselten Daten nicht lesen.", &["revocation-blocks-access"]),
    ("de-de", "Sie können kundenseitig verwaltete Schlüssel für ein bestehendes Konto aktivieren. Wenn Sie den Zugriff auf den Schlüssel widerrufen, kann der Dienst die Daten nicht entschlüsseln.", &["revocation-blocks-access"]),
    ("fr-fr", "Vous pouvez activer les clés gérées par le client sur un compte existant. Si vous désactivez la clé, le service ne peut pas lire vos données chiffrées.", &["revocation-blocks-access"]),
    ("fr-fr", "Vous pouvez activer les clés gérées par le client sur un compte existant. Si vous révoquez l’accès à la clé, le service ne peut pas déchiffrer les données.", &["revocation-blocks-access"]),
    ("es-es", "Puede habilitar las claves administradas por el cliente en una cuenta existente. Si deshabilita la clave, el servicio no puede leer los datos cifrados.", &["revocation-blocks-access"]),
    ("es-es", "Puede habilitar las claves administradas por el cliente en una cuenta existente. Si revoca el acceso a la clave, el servicio no puede descifrar los datos.", &["revocation-blocks-access"]),
    ("it-it", "È possibile abilitare le chiavi gestite dal cliente per un account esistente. Se si disabilita la chiave, il servizio non può leggere i dati crittografati.", &["revocation-blocks-access"]),
    ("it-it", "È possibile abilitare le chiavi gestite dal cliente per un account esistente. Se si revoca l'accesso alla chiave, il servizio non può decrittografare i dati.", &["revocation-blocks-access"]),
    ("pt-br", "Você pode habilitar chaves gerenciadas pelo cliente em uma conta existente. Se você desabilitar a chave, o serviço não poderá ler os dados criptografados.", &["revocation-blocks-access"]),
    ("pt-br", "Você pode habilitar chaves gerenciadas pelo cliente em uma conta existente. Se você revogar o acesso à chave, o serviço não pode descriptografar os dados.", &["revocation-blocks-access"]),
    ("pt-pt", "Pode ativar as chaves geridas pelo cliente numa conta existente. Se desativar a chave, o serviço não consegue ler os dados encriptados.", &["revocation-blocks-access"]),
    ("pt-pt", "Pode ativar as chaves geridas pelo cliente numa conta existente. Se revogar o acesso à chave, o serviço não pode desencriptar os dados.", &["revocation-blocks-access"]),
    ("nl-nl", "U kunt door de klant beheerde sleutels inschakelen voor een bestaande resource. Als u de sleutel uitschakelt, kan de service uw versleutelde gegevens niet lezen.", &["revocation-blocks-access"]),
    ("nl-nl", "U kunt door de klant beheerde sleutels inschakelen voor een bestaande resource. Als u de toegang tot de sleutel intrekt, kan de service de gegevens niet ontsleutelen.", &["revocation-blocks-access"]),
    ("sv-se", "Du kan aktivera kundhanterade nycklar för ett befintligt konto. Om du inaktiverar nyckeln kan tjänsten inte läsa dina krypterade data.", &["revocation-blocks-access"]),
    ("sv-se", "Du kan aktivera kundhanterade nycklar för ett befintligt konto. Om du återkallar åtkomsten till nyckeln kan tjänsten inte dekryptera data.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta można włączyć dla istniejącego konta. Jeśli wyłączysz klucz, usługa nie może odczytać zaszyfrowanych danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta można włączyć dla istniejącego konta. Jeśli odwołasz dostęp do klucza, usługa nie może odszyfrować danych.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem můžete povolit pro existující účet. Pokud klíč zakážete, služba nemůže číst vaše šifrovaná data.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem můžete povolit pro existující účet. Pokud odvoláte přístup ke klíči, služba nemůže data dešifrovat.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsokat meglévő fiókhoz is engedélyezheti. Ha letiltja a kulcsot, a szolgáltatás nem tudja olvasni a titkosított adatokat.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsokat meglévő fiókhoz is engedélyezheti. Ha visszavonja a kulcshoz való hozzáférést, a szolgáltatás nem tudja visszafejteni az adatokat.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları mevcut bir hesap için etkinleştirebilirsiniz. Anahtarı devre dışı bırakırsanız hizmet şifrelenmiş verilerinizi okuyamaz.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları mevcut bir hesap için etkinleştirebilirsiniz. Anahtara erişimi iptal ederseniz hizmet verilerin şifresini çözemez.", &["revocation-blocks-access"]),
    ("ru-ru", "Вы можете включить ключи, управляемые клиентом, для существующей учетной записи. Если отключить ключ, служба не сможет прочитать зашифрованные данные.", &["revocation-blocks-access"]),
    ("ru-ru", "Вы можете включить ключи, управляемые клиентом, для существующей учетной записи. Если отозвать доступ к ключу, служба не может расшифровать данные.", &["revocation-blocks-access"]),
    ("ja-jp", "既存のアカウントでカスタマー マネージド キーを有効にできます。 キーを無効にした場合、サービスは暗号化されたデータを読み取ることができず、テストを実行できなくなります。", &["revocation-blocks-access"]),
    ("ja-jp", "既存のアカウントでカスタマー マネージド キーを有効にできます。 キーへのアクセスを取り消すと、サービスはデータを復号できず、要求は失敗します。", &["revocation-blocks-access"]),
    ("ko-kr", "기존 계정에 대해 고객 관리형 키를 사용하도록 설정할 수 있습니다. 키를 사용하지 않도록 설정하면 서비스에서 암호화된 데이터를 읽을 수 없습니다.", &["revocation-blocks-access"]),
    ("ko-kr", "기존 계정에 대해 고객 관리형 키를 사용하도록 설정할 수 있습니다. 키에 대한 액세스 권한을 철회하면 서비스에서 데이터를 해독할 수 없습니다.", &["revocation-blocks-access"]),
    ("zh-cn", "可以为现有帐户启用客户管理的密钥。 如果禁用密钥，服务将无法读取加密的数据。", &["revocation-blocks-access"]),
    ("zh-cn", "可以为现有帐户启用客户管理的密钥。 如果撤销对密钥的访问权限，服务将无法解密数据。", &["revocation-blocks-access"]),
    ("zh-tw", "您可以為現有帳戶啟用客戶管理的金鑰。 如果停用金鑰，服務將無法讀取加密的資料。", &["revocation-blocks-access"]),
    ("zh-tw", "您可以為現有帳戶啟用客戶管理的金鑰。 如果撤銷金鑰的存取權，服務將無法解密資料。", &["revocation-blocks-access"]),
    ("de-de", "Sie können kundenseitig verwaltete Schlüssel für ein bestehendes Konto aktivieren. Ohne Berechtigung kann der Dienst Ihre verschlüsselten Daten nicht lesen.", &["-revocation-blocks-access"]),
    ("fr-fr", "Vous pouvez activer les clés gérées par le client sur un compte existant. Sans autorisation, le service ne peut pas lire vos données chiffrées.", &["-revocation-blocks-access"]),
    ("it-it", "È possibile abilitare le chiavi gestite dal cliente per un account esistente. Senza autorizzazione, il servizio non può leggere i dati crittografati.", &["-revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta można włączyć dla istniejącego konta. Bez uprawnień usługa nie może odczytać zaszyfrowanych danych.", &["-revocation-blocks-access"]),
    ("ja-jp", "既存のアカウントでカスタマー マネージド キーを有効にできます。 権限がない場合、サービスは暗号化されたデータを読み取ることができず、エラーが返されます。", &["-revocation-blocks-access"]),
    ("de-de", "Optional können Sie eine zweite Sicherheitsebene hinzufügen, indem Sie zusätzlich eigene (kundenseitig verwaltete) Schlüssel bereitstellen.", &["double-encryption"]),
    ("ja-jp", "必要に応じて、独自のキー (カスタマー マネージド キー) も指定することで、セキュリティの 2 つ目のレイヤーを追加できます。", &["double-encryption"]),
    ("ko-kr", "필요에 따라 사용자 고유의 키(고객 관리형 키)를 함께 제공하여 두 번째 보안 계층을 추가할 수 있습니다.", &["double-encryption"]),
    ("zh-cn", "您还可以提供自己的客户管理的密钥，以添加第二层安全。", &["double-encryption"]),
    ("zh-tw", "您也可以提供自己的客戶管理的金鑰，以新增第二層安全性。", &["double-encryption"]),
    ("ko-kr", "서비스는 리소스에 저장된 모든 데이터를 자동으로 암호화합니다.", &["encrypts-at-rest"]),
    ("hu-hu", "Egy meglévő fiókot bármikor átállíthat ügyfél által felügyelt kulcsokra; nem kell új fiókot létrehoznia.", &["requires-new-resource!"]),
    ("pt-pt", "Pode mudar uma conta existente para chaves geridas pelo cliente em qualquer altura.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys are supported. The service uses your key to wrap the data encryption key.", &["cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. Microsoft-managed keys wrap the data encryption key.", &["-cmk-is-kek"]),
    ("en-us", "A key encryption key is a key that wraps the data encryption key.", &["-cmk-is-kek"]),
    ("zh-cn", "客户管理的密钥仅适用于标准 SKU 上的设备更新帐户。", &["-requires-new-resource"]),
    ("zh-cn", "客户管理的密钥仅适用于新帐户。", &["requires-new-resource"]),
    ("zh-tw", "客戶管理的金鑰僅適用於更新帳戶。", &["-requires-new-resource"]),
    ("ja-jp", "データは、データ センターに書き込まれるときに暗号化され、ユーザーがデータにアクセスするときに暗号化が解除されます。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 기록될 때 암호화되고 액세스할 때 암호화가 해제됩니다.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("hu-hu", "Ez nem azonos a transzparens adattitkosításhoz használt, ügyfél által felügyelt kulccsal.", &["-supports-cmk"]),
    ("en-us", "This isn't the same as a customer-managed key used for transparent data encryption.", &["-supports-cmk"]),
    ("hu-hu", "A szolgáltatás nem támogatja az ügyfél által felügyelt kulcsokat.", &["supports-cmk!"]),
    ("it-it", "Le chiavi di crittografia sono gestite da Microsoft e non è necessario configurare nulla.", &["default-platform-keys"]),
    ("tr-tr", "Şifreleme anahtarları Microsoft tarafından yönetilir; sizin yapılandırmanız gereken bir şey yoktur.", &["default-platform-keys"]),
    ("ru-ru", "Чтобы отключить шифрование, необходимо перейти к использованию ключей, управляемых корпорацией Майкрософт.", &["-default-platform-keys"]),
    ("en-us", "To disable encryption, you must switch to Microsoft-managed keys.", &["-default-platform-keys"]),
    ("nl-nl", "U kunt CMK configureren voor een nieuwe of voor een bestaande resource.", &["-requires-new-resource"]),
    ("sv-se", "CMK kan konfigureras för både nya och befintliga resurser.", &["-requires-new-resource"]),
    ("en-us", "You can enable customer-managed keys only on new accounts, not on existing ones.", &["requires-new-resource"]),
    ("en-us", "CMK can be enabled on new and existing accounts.", &["-requires-new-resource"]),
    ("en-us", "All customer data that Communication Services stores is encrypted at rest with 256-bit AES encryption.", &["encrypts-at-rest", "-encrypts-in-transit"]),
    ("en-us", "All communications with the hub are encrypted.", &["encrypts-in-transit"]),
    ("nl-nl", "U kunt een door de klant beheerde sleutel alleen opgeven wanneer u uw ISE maakt, niet achteraf.", &["requires-new-resource"]),
    ("pl-pl", "Klucz zarządzany przez klienta można określić tylko podczas tworzenia środowiska ISE, a nie później.", &["requires-new-resource"]),
    ("zh-cn", "只能在创建 ISE 时指定客户管理的密钥，之后无法指定。", &["requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w określonych regionach.", &["-supports-cmk"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli wyłączysz lub odwołasz klucz, usługi nie będą już mogły odczytać chronionych nim danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. W dowolnym momencie możesz obrócić klucz, wyłączyć go lub odwołać dostęp zasobu do niego.", &["key-operations=disable,revoke,rotate"]),
    ("it-it", "Per le chiavi gestite dal cliente è necessario abilitare sia Eliminazione temporanea che Non ripulire.", &["soft-delete-purge-protection"]),
    ("de-de", "Für kundenseitig verwaltete Schlüssel müssen „Vorläufiges Löschen“ und „Nicht bereinigen“ aktiviert sein.", &["soft-delete-purge-protection"]),
    ("nl-nl", "Standaard worden deze gegevens versleuteld met sleutels die Azure Databricks voor u beheert.", &["default-platform-keys"]),
    ("sv-se", "Som standard krypteras dessa data med nycklar som Azure Databricks hanterar åt dig.", &["default-platform-keys"]),
    ("pt-pt", "Por predefinição, estes dados são encriptados com chaves que o Azure Databricks gere por si.", &["default-platform-keys"]),
    ("nl-nl", "Wanneer Personalizer gegevens in de cloud opslaat, worden die gegevens versleuteld.", &["encrypt-on-write"]),
    ("nl-nl", "Gegevens die de service bewaart, worden automatisch versleuteld voordat ze worden opgeslagen.", &["encrypt-on-write"]),
    ("ko-kr", "몰입형 리더가 저장하는 콘텐츠는 디스크에 기록되기 전에 256비트 AES로 암호화됩니다.", &["encrypt-on-write"]),
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. После отзыва доступа служба больше не может считывать пользовательские модели.", &["revocation-blocks-access"]),
    ("zh-cn", "支持客户管理的密钥。如果撤销对密钥的访问权限，将无法再读取磁盘。", &["revocation-blocks-access"]),
    ("pt-br", "Chaves gerenciadas pelo cliente são compatíveis. Se você revogar o acesso à sua chave, o LUIS não conseguirá mais descriptografar seus aplicativos.", &["revocation-blocks-access"]),
    ("ko-kr", "기존 Azure Bot 리소스에서 고객 관리형 키를 켤 수 있습니다.", &["-requires-new-resource"]),
    ("ko-kr", "기존 리소스에서는 고객 관리형 키를 켤 수 없습니다.", &["requires-new-resource"]),
    // a request form that customer-managed keys do not need is access-by-request denied;
    // what key rotation does not need is no statement about enabling the keys
    ("en-us", "No request form is needed to use customer-managed keys.", &["access-by-request!"]),
    ("en-us", "Form Recognizer doesn't require you to submit a request form to use customer-managed keys.", &["access-by-request!"]),
    ("en-us", "To rotate the customer-managed key, you don't need to open a support request.", &["-access-by-request!", "-access-by-request"]),
    ("de-de", "Für die Verwendung kundenseitig verwalteter Schlüssel müssen Sie kein Anforderungsformular einreichen.", &["access-by-request!"]),
    ("fr-fr", "Vous n’avez pas besoin d’envoyer un formulaire de demande pour utiliser des clés gérées par le client.", &["access-by-request!"]),
    ("ja-jp", "カスタマー マネージド キーを使用するために申請フォームを送信する必要はありません。", &["access-by-request!"]),
    ("zh-cn", "使用客户管理的密钥无需提交申请表。", &["access-by-request!"]),
    // a negation inside a condition denies nothing: ko "if you don't configure your own key"
    ("ko-kr", "사용자 고유의 키를 구성하지 않으면 데이터는 Microsoft 관리형 키로 암호화됩니다.", &["-supports-cmk!"]),
    // a change back to the platform's keys that cannot be made denies the change, not the default
    ("en-us", "After data encryption is enabled on a server, you can't go back to service-managed keys.", &["-default-platform-keys!"]),
    ("fr-fr", "Une fois le chiffrement des données activé sur un serveur, vous ne pouvez pas revenir aux clés gérées par le service.", &["-default-platform-keys!"]),
    ("ko-kr", "서버에서 데이터 암호화를 사용하도록 설정한 후에는 서비스 관리형 키로 되돌릴 수 없습니다.", &["-default-platform-keys!"]),
    ("pl-pl", "Po włączeniu szyfrowania danych na serwerze nie można wrócić do kluczy zarządzanych przez usługę.", &["-default-platform-keys!"]),
    ("zh-cn", "在服务器上启用数据加密后，无法再恢复为使用服务管理的密钥。", &["-default-platform-keys!"]),
    // "impossible" and the ja continuative negative are negations; a new resource or the
    // moment of creation beside "can't be added to an existing one" narrows nothing
    ("ru-ru", "Включить ключи, управляемые клиентом, в существующем кластере невозможно.", &["requires-new-resource", "-requires-new-resource!"]),
    ("ja-jp", "既存のファイル システムにカスタマー マネージド キーを追加することはできず、新しいファイル システムが必要です。", &["requires-new-resource", "-requires-new-resource!"]),
    ("en-us", "Customer-managed keys can't be added to an existing cluster after it's created; you need a new cluster.", &["requires-new-resource"]),
    // a use in a participle of a denied predicate is denied with it
    ("ja-jp", "カスタマー マネージド キーを使用した暗号化はサポートされていません。", &["-supports-cmk"]),
    // a denial said of the customer's own key is no denial of encryption at rest
    ("en-us", "You can't bring your own key to encrypt the data stored by the account.", &["-encrypts-at-rest!", "-encrypts-at-rest"]),
    ("es-es", "No puede usar su propia clave para cifrar los datos almacenados por la cuenta.", &["-encrypts-at-rest!"]),
    ("en-us", "Data stored by the service isn't encrypted at rest.", &["encrypts-at-rest!"]),
    // pt "é" and it "è" (is) are no clause word "e" (and): the limit to creation stays in
    // the clause of the keys
    ("pt-br", "Só é possível habilitar chaves gerenciadas pelo cliente ao criar um cache.", &["requires-new-resource"]),
    ("pt-pt", "Só é possível ativar chaves geridas pelo cliente ao criar uma cache.", &["requires-new-resource"]),
    // data returned to the client is a read with decryption only, never as encryption on
    // read (the response is encrypted in transit); data queried or read into memory is a
    // read like any other, so encrypted when queried is the reversed direction
    ("en-us", "Data is encrypted before it's persisted to storage and decrypted before it's returned to the client.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "Data is encrypted when it's written to storage and decrypted when you query it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "The response is encrypted before it's returned to the client.", &["-encrypt-on-read"]),
    ("fr-fr", "Lorsqu’une machine virtuelle lit le disque, les données sont déchiffrées avant de lui être renvoyées.", &["decrypt-on-read"]),
    ("ja-jp", "データはストレージに永続化される前に暗号化され、クライアントに返される前に復号化されます。", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-cn", "虚拟机从磁盘读取数据时，数据在返回给 VM 之前会被解密。", &["decrypt-on-read"]),
    ("es-es", "Los eventos se cifran cuando se consultan y se descifran cuando se escriben en el almacenamiento.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    ("es-es", "Los eventos se cifran cuando se escriben en el almacenamiento y se descifran cuando se consultan.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ja-jp", "データは、クエリを実行するときに暗号化され、ストレージに書き込まれるときに暗号化解除されます。", &["encrypt-on-read", "decrypt-on-write"]),
    ("ru-ru", "Каждая страница шифруется при считывании в память и расшифровывается перед записью на диск.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    ("ru-ru", "Каждая страница шифруется перед записью на диск и расшифровывается при считывании в память.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("en-us", "Each page is encrypted when it's read into memory and decrypted before it's written to disk.", &["encrypt-on-read", "decrypt-on-write"]),
    ("en-us", "Column values stay encrypted when they're loaded into memory.", &["-encrypt-on-read"]),
    ("fr-fr", "SQL Server chiffre les pages lorsqu’elles sont lues en mémoire et les déchiffre avant leur écriture sur le disque.", &["encrypt-on-read", "decrypt-on-write"]),
    ("fr-fr", "SQL Server chiffre les pages avant leur écriture sur le disque et les déchiffre lorsqu’elles sont lues en mémoire.", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    // the instruction to create a new resource where customer-managed keys are the topic:
    // the imperative (en: the verb opens its clause), the new resource in its clause; not
    // an option, a purpose, a new vault offered beside an existing one, or a re-creation
    ("en-us", "To use customer-managed keys, create a new Translator resource.", &["requires-new-resource"]),
    ("en-us", "If your resource is older than that, create a new Language resource and configure the customer-managed key on it.", &["requires-new-resource"]),
    ("en-us", "You can create a new Translator resource to use customer-managed keys.", &["-requires-new-resource"]),
    ("en-us", "To use customer-managed keys, create a new vault or use an existing one.", &["-requires-new-resource"]),
    ("en-us", "To rotate the customer-managed key, create a new version of the key.", &["-requires-new-resource"]),
    ("fr-fr", "Pour utiliser des clés gérées par le client, créez une nouvelle ressource Translator régionale.", &["requires-new-resource"]),
    ("de-de", "Um kundenseitig verwaltete Schlüssel zu verwenden, erstellen Sie eine neue Translator-Ressource.", &["requires-new-resource"]),
    ("de-de", "Um kundenseitig verwaltete Schlüssel zu entfernen, löschen Sie das Objekt, und erstellen Sie es ohne den Schlüssel neu.", &["-requires-new-resource"]),
    ("es-es", "Para usar claves administradas por el cliente, cree un nuevo recurso de Lenguaje.", &["requires-new-resource"]),
    ("pl-pl", "Aby używać kluczy zarządzanych przez klienta, utwórz nowy regionalny zasób.", &["requires-new-resource"]),
    ("ru-ru", "Чтобы использовать ключи, управляемые клиентом, создайте новый ресурс Translator.", &["requires-new-resource"]),
    ("sv-se", "Om du vill använda kundhanterade nycklar skapar du en ny Language-resurs.", &["requires-new-resource"]),
    ("sv-se", "Kör följande kommando för att skapa ett nytt konto med en kundhanterad nyckel.", &["-requires-new-resource"]),
    ("zh-cn", "若要使用客户管理的密钥，请创建新的 Translator 资源。", &["requires-new-resource"]),
    ("zh-tw", "若要使用客戶自控金鑰建立新的帳戶，請執行下列命令。", &["-requires-new-resource"]),
    ("zh-tw", "您不需要建立新的帳戶即可使用客戶自控金鑰。", &["requires-new-resource!"]),
    // a read by a plural subject ("when your pods read it") is a read
    ("en-us", "Data is encrypted when it's written to the disks and decrypted when your pods read it.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("cs-cz", "Data se šifrují při zápisu na disky a dešifrují se, když je vaše pody čtou.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Los datos se cifran cuando se escriben en los discos y se descifran cuando los pods los leen.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania na dyskach i odszyfrowywane, gdy zasobniki je odczytują.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Data krypteras när de skrivs till diskarna och dekrypteras när dina poddar läser dem.", &["encrypt-on-write", "decrypt-on-read"]),
    // revoking the key blocks the service from reading: it loses access (pl "blokuje
    // usłudze … odczytu"; "nie blokuje" denies it, the drift of a negation added)
    ("en-us", "Revoking access to the customer-managed key prevents the service from reading the data.", &["revocation-blocks-access"]),
    ("en-us", "Network rules prevent clients from reading the data in the key vault.", &["-revocation-blocks-access"]),
    ("fr-fr", "La révocation de la clé gérée par le client empêche le service de lire les données.", &["revocation-blocks-access"]),
    ("es-es", "La revocación de la clave administrada por el cliente impide al servicio leer los datos.", &["revocation-blocks-access"]),
    ("pl-pl", "Odwołanie dostępu do klucza zarządzanego przez klienta blokuje usłudze odczyt danych.", &["revocation-blocks-access"]),
    ("pl-pl", "Odwołanie dostępu do klucza zarządzanego przez klienta nie blokuje usłudze odczytu ani zapisu danych.", &["revocation-blocks-access!"]),
    // what keeps its access after the customer-managed key is revoked denies that
    // revocation blocks access; not for a while
    ("en-us", "If you revoke the customer-managed key, the databases remain accessible and existing connections aren't interrupted.", &["revocation-blocks-access!", "~revocation-blocks-access"]),
    ("en-us", "If you revoke the customer-managed key, the data remains accessible until the cached key expires.", &["-revocation-blocks-access!"]),
    ("it-it", "Se si revoca l'accesso alla chiave gestita dal cliente, il servizio continua comunque a leggere la configurazione tramite una copia nella cache.", &["revocation-blocks-access!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarı silseniz bile sunucu, önbelleğe alınan anahtar sayesinde veritabanlarına erişmeye devam eder.", &["revocation-blocks-access!"]),
    ("zh-cn", "即使撤销了客户管理的密钥，服务仍可访问数据。", &["revocation-blocks-access!"]),
    // a Turkish moment clause heads the verb that ends the sentence, however long the
    // object between; a verb after a clause word of its own is not the sentence's
    ("tr-tr", "Görüntüler bir kayıt defterinden okunduğunda Azure, kayıt defteri içeriğini hizmet tarafından yönetilen anahtarlarla bekleme durumunda otomatik olarak şifreler.", &["encrypt-on-read"]),
    ("tr-tr", "Görüntüler bir kayıt defterine yazıldığında Azure, kayıt defteri içeriğini hizmet tarafından yönetilen anahtarlarla bekleme durumunda otomatik olarak şifreler.", &["encrypt-on-write", "-encrypt-on-read"]),
    ("tr-tr", "Veriler okunduğunda hizmet anahtarı Key Vault'tan alır ve kayıt defteri içeriğini otomatik olarak şifreler.", &["-encrypt-on-read"]),
    ("ru-ru", "Данные шифруются перед сохранением в хранилище и расшифровываются перед возвратом клиенту.", &["decrypt-on-read"]),
    ("pl-pl", "Podczas odczytu do pamięci TDE ponownie odszyfrowuje dane, więc aplikacje działają bez zmian.", &["decrypt-on-read"]),
    // ko 대해서만 (only for) limits, 이미 있는 (already existing) is an existing resource;
    // an existing key is none
    ("ko-kr", "고객 관리형 키는 새 실험에 대해서만 사용하도록 설정할 수 있습니다.", &["requires-new-resource"]),
    ("ko-kr", "이미 있는 실험에서는 고객 관리형 키를 사용하도록 설정할 수 없습니다.", &["requires-new-resource", "-supports-cmk!"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 이미 있는 키를 선택하거나 새 키를 만듭니다.", &["-requires-new-resource", "-requires-new-resource!"]),
    // storage that becomes unavailable when the key is disabled is revocation blocking access
    ("nl-nl", "Als u uw door de klant beheerde sleutel uitschakelt, is de clusteropslag binnen ongeveer een uur niet meer beschikbaar.", &["revocation-blocks-access"]),
    ("fr-fr", "Si vous désactivez votre clé gérée par le client, le stockage du cluster devient indisponible en une heure environ.", &["revocation-blocks-access"]),
    ("it-it", "Se si disabilita la chiave gestita dal cliente, lo spazio di archiviazione del cluster non è più disponibile.", &["revocation-blocks-access"]),
    ("es-es", "Si deshabilita la clave administrada por el cliente, el almacenamiento del clúster deja de estar disponible.", &["revocation-blocks-access"]),
    // ko 아닙니다 ("is not") is a negation as 아니 is
    ("ko-kr", "TDE(투명한 데이터 암호화)용 고객 관리형 키가 아닙니다.", &["-supports-cmk"]),
    // volumes that can't be unlocked and a machine that won't boot are data out of reach
    ("en-us", "If you delete or disable the customer-managed key, the VM can't unlock its volumes and won't boot.", &["revocation-blocks-access"]),
    ("es-es", "Si deshabilita la clave administrada por el cliente, la máquina virtual no podrá desbloquear sus volúmenes y no arrancará.", &["revocation-blocks-access"]),
    ("ru-ru", "Если отключить ключ, управляемый клиентом, виртуальная машина не сможет разблокировать тома и не загрузится.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키를 사용하지 않도록 설정하면 VM이 볼륨의 잠금을 해제할 수 없으며 부팅되지 않습니다.", &["revocation-blocks-access"]),
    ("zh-cn", "如果禁用客户管理的密钥，VM 将无法解锁其卷。", &["revocation-blocks-access"]),
    ("en-us", "Access to the customer-managed key was revoked, so the BitLocker keys can't be unwrapped.", &["revocation-blocks-access"]),
    // near miss: a boot without a key disabled or revoked
    ("en-us", "With customer-managed keys, a VM that won't boot can be repaired from the serial console.", &["-revocation-blocks-access"]),
    // an application that needs no change is transparent encryption
    ("en-us", "Enabling the customer-managed key doesn't require any change to your application code.", &["transparent-encryption"]),
    ("fr-fr", "L’activation de la clé gérée par le client n’exige aucune modification du code de votre application.", &["transparent-encryption"]),
    ("pl-pl", "Włączenie klucza zarządzanego przez klienta nie wymaga żadnych zmian w kodzie aplikacji.", &["transparent-encryption"]),
    // near miss: the keys, not the encryption, managed for you are the platform's
    ("en-us", "By default, this data is encrypted with an account key that Microsoft manages for you.", &["-transparent-encryption"]),
    ("de-de", "Standardmäßig erfolgt diese Verschlüsselung mit einem Kontoschlüssel, der von Microsoft für Sie verwaltet wird.", &["default-platform-keys", "-transparent-encryption"]),
    ("fr-fr", "Par défaut, ces données sont chiffrées avec une clé de compte que Microsoft gère pour vous.", &["default-platform-keys", "-transparent-encryption"]),
    // an encryption secret written to the vault is a key's moment, not the data's
    ("en-us", "When you specify a KEK, ADE uses that key to wrap the BitLocker encryption secret before it's written to Key Vault.", &["-encrypt-on-write"]),
    ("ru-ru", "Если указан KEK, ADE с его помощью упаковывает секрет шифрования BitLocker перед записью в Key Vault.", &["-encrypt-on-write"]),
    ("zh-cn", "指定 KEK 后，ADE 会先使用该密钥包装 BitLocker 加密机密，然后再将其写入 Key Vault。", &["-encrypt-on-write"]),
    // near miss: the data encrypted before it is written
    ("en-us", "ADE encrypts the data before it's written to disk.", &["encrypt-on-write"]),
    // "Customer Key" translated is the customer's key, as en "customer key" is
    ("sv-se", "Med kundnyckel kan du kryptera ditt innehåll med dina egna rotnycklar.", &["supports-cmk"]),
    ("zh-tw", "您可以使用客戶金鑰加密您的內容。", &["supports-cmk"]),
    ("ja-jp", "カスタマー キーを使用してコンテンツを暗号化できます。", &["supports-cmk"]),
    // near miss: a client's key is no customer's key
    ("zh-cn", "客户端密钥用于加密请求。", &["-supports-cmk"]),
    // "while you create" is the moment of creation, as "when you create" is
    ("en-us", "Customer-managed keys can be configured only while you create a new instance.", &["requires-new-resource"]),
    ("en-us", "While you create the instance, you can also configure customer-managed keys.", &["-requires-new-resource"]),
    // data encrypted twice is double encryption in every language
    ("es-es", "Los datos que se ingieren en un clúster dedicado se cifran dos veces: una en el nivel de servicio y otra en el nivel de infraestructura.", &["double-encryption"]),
    ("ja-jp", "専用クラスターに取り込まれたデータは 2 回暗号化されます。", &["double-encryption"]),
    ("ko-kr", "전용 클러스터로 수집된 데이터는 두 번 암호화됩니다.", &["double-encryption"]),
    ("pl-pl", "Dane pozyskiwane do dedykowanego klastra są szyfrowane dwukrotnie.", &["double-encryption"]),
    ("ru-ru", "Данные в выделенном кластере шифруются дважды.", &["double-encryption"]),
    ("ru-ru", "Новые данные будут дважды шифроваться при записи в выделенный кластер.", &["double-encryption"]),
    // a request submitted to Microsoft, in each language's own verb ("reichen Sie eine Anforderung bei Microsoft ein")
    ("de-de", "Kundenschlüssel erfordern zwei Abonnements. Zur Registrierung reichen Sie eine Anforderung bei Microsoft ein.", &["access-by-request"]),
    ("nl-nl", "Klantsleutels vereisen twee abonnementen. Hiervoor dient u een aanvraag in bij Microsoft.", &["access-by-request"]),
    ("sv-se", "Kundhanterade nycklar kräver två prenumerationer. Registreringen görs genom att du skickar en begäran till Microsoft.", &["access-by-request"]),
    ("ja-jp", "カスタマー マネージド キーには 2 つのサブスクリプションが必要です。登録するには Microsoft に要求を送信します。", &["access-by-request"]),
    ("zh-tw", "客戶管理的金鑰需要兩個訂用帳戶。若要註冊，請向 Microsoft 提交要求。", &["access-by-request"]),
    ("pt-br", "As chaves gerenciadas pelo cliente exigem duas assinaturas. Para fazer o registro, envie uma solicitação à Microsoft.", &["access-by-request"]),
    // near miss: a request to Microsoft on a page without customer keys states nothing about them
    ("de-de", "Zur Registrierung reichen Sie eine Anforderung bei Microsoft ein.", &["-access-by-request"]),
    // customer-managed keys provided, added or specified only when the resource is created
    ("en-us", "You can provide a customer-managed key only when you create a new workspace.", &["requires-new-resource"]),
    ("es-es", "Solo se puede proporcionar una clave administrada por el cliente al crear un área de trabajo nueva.", &["requires-new-resource"]),
    ("de-de", "Ein kundenseitig verwalteter Schlüssel kann nur beim Erstellen eines neuen Arbeitsbereichs angegeben werden.", &["requires-new-resource"]),
    ("ru-ru", "Ключ, управляемый клиентом, можно указать только при создании новой рабочей области.", &["requires-new-resource"]),
    ("pl-pl", "Klucz zarządzany przez klienta można podać tylko podczas tworzenia nowego obszaru roboczego.", &["requires-new-resource"]),
    ("fr-fr", "Vous ne pouvez ajouter une clé gérée par le client que lors de la création du registre.", &["requires-new-resource"]),
    // near misses: what is provided at creation is not limited to it, and adding keys to an existing resource needs none
    ("en-us", "You can provide a customer-managed key when you create the workspace or later.", &["-requires-new-resource"]),
    ("nl-nl", "U hoeft geen nieuwe werkruimte te maken: u kunt een door de klant beheerde sleutel toevoegen aan een bestaande werkruimte.", &["requires-new-resource!"]),
    // reads and writes joined by a coordinating word are the occasions of the whole sentence: no action is said of one of them
    ("zh-cn", "客户提供的密钥。加密读取和写入操作", &["-encrypt-on-read", "-encrypt-on-write"]),
    ("en-us", "Azure Storage performs encryption and decryption transparently while reading and writing blob data.", &["-encrypt-on-read", "-decrypt-on-write", "transparent-encryption"]),
    ("cs-cz", "Azure Storage při čtení a zápisu dat transparentně šifruje a dešifruje.", &["-encrypt-on-read", "-decrypt-on-write"]),
    // near miss: each action with its own moment is still read, the wrong way round too
    ("zh-cn", "数据在读取时加密，在写入时解密。", &["encrypt-on-read", "decrypt-on-write"]),
    ("en-us", "Data is encrypted on read and decrypted on write.", &["encrypt-on-read", "decrypt-on-write"]),
    // a key vault managed by the platform is no default key; keys managed by the platform are
    ("cs-cz", "Azure Key Vault je úložiště tajných kódů spravované platformou, které můžete použít k ochraně tajných kódů, klíčů a certifikátů TLS/SSL.", &["-default-platform-keys"]),
    ("zh-cn", "Azure Key Vault 是平台托管的机密存储，可用于保护机密、密钥和 TLS/SSL 证书。", &["-default-platform-keys"]),
    ("cs-cz", "Ve výchozím nastavení se data šifrují pomocí klíčů spravovaných platformou.", &["default-platform-keys"]),
    // a negation after an abbreviation in parentheses still governs the feature the abbreviation names
    ("es-es", "¿Puedo usar mi propia clave de cifrado? La opción Bring Your Own Key (BYOK) no está disponible para estos servicios.", &["supports-cmk!"]),
    // a managed identity that reads connection strings or secrets from the vault is none the keys need; one that reads the key is
    ("en-us", "Customer-managed keys aren't supported. You can keep connection strings in Azure Key Vault and read them through a managed identity.", &["-managed-identity-required"]),
    ("ru-ru", "Ключи, управляемые клиентом, не поддерживаются. Строки подключения можно хранить в Azure Key Vault и считывать их через управляемое удостоверение.", &["-managed-identity-required"]),
    ("en-us", "With customer-managed keys, the namespace uses a managed identity to read the key from Azure Key Vault.", &["managed-identity-required"]),
    // customer-provided keys (sent with each request) are another feature: "provided" is no word of support for customer-managed keys
    ("zh-cn", "客户提供的密钥与客户管理的密钥", &["-supports-cmk"]),
    ("hu-hu", "Ügyfél által biztosított kulcsok és ügyfél által kezelt kulcsok", &["-supports-cmk"]),
    ("zh-cn", "Azure 存储为客户管理的密钥提供支持。", &["supports-cmk"]),
    // no change required, said with the requirement inside the phrase, and other forms of it
    ("ru-ru", "TDE шифрует страницы базы данных при их записи на диск. Вносить изменения в приложение не требуется.", &["transparent-encryption"]),
    ("zh-cn", "TDE 在数据库页写入磁盘时对其进行实时加密，无需对应用程序进行任何更改。", &["transparent-encryption"]),
    ("de-de", "TDE verschlüsselt Datenbankseiten in Echtzeit. Änderungen an der Anwendung sind dafür nicht erforderlich.", &["transparent-encryption"]),
    ("es-es", "Dado que el cifrado se produce en el host, no es necesario realizar cambios en las aplicaciones.", &["transparent-encryption"]),
    ("hu-hu", "Mivel a titkosítás a gazdagépen történik, az alkalmazásokat nem kell módosítani.", &["transparent-encryption"]),
    ("sv-se", "En kundhanterad nyckel kan endast aktiveras när registret skapas.", &["requires-new-resource"]),
    // near miss: a change that is required is none of these
    ("ru-ru", "TDE шифрует данные. Требуется внести изменения в приложение.", &["-transparent-encryption"]),
    // customer-managed keys on new resources and on existing ones state no requirement
    // either way (labelled pages deny the need only where they say so)
    ("en-us", "You can enable customer-managed keys on new accounts when you create them, and on existing accounts as well.", &["-requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、新しいクラスターの作成時にも、既存のクラスターに対しても構成できます。", &["-requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları yeni bir küme oluştururken veya mevcut bir kümede yapılandırabilirsiniz.", &["-requires-new-resource"]),
    // near miss: new ones only, existing ones denied
    ("en-us", "You can enable customer-managed keys only on new accounts when you create them; existing accounts can't be converted.", &["-requires-new-resource!"]),
    // "in real time" qualifies the action and does not part it from its moment
    ("fr-fr", "TDE effectue le chiffrement en temps réel des pages de la base de données lors de leur écriture sur le disque, et leur déchiffrement lors de leur lecture en mémoire.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "TDE executa a criptografia em tempo real das páginas do banco de dados à medida que são gravadas em disco e a descriptografia à medida que são lidas na memória.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "TDE esegue la crittografia in tempo reale delle pagine quando vengono scritte su disco e la decrittografia quando vengono lette in memoria.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Las páginas se cifran en tiempo real al escribirse en el disco, sin que sea necesario realizar cambios en la aplicación.", &["encrypt-on-write", "transparent-encryption"]),
    // the loss of access in a sentence of its own, after the revocation its context names
    ("en-us", "Customer-managed keys protect the namespace. Revoking access to the encryption key won't purge the data from Event Hubs. However, the data can't be accessed from the Event Hubs namespace.", &["revocation-blocks-access"]),
    ("fr-fr", "Clés gérées par le client. Si vous supprimez ou désactivez la clé, la clé d’accès de déverrouillage ne peut pas être récupérée. Vous ne pourrez pas déverrouiller l’appareil ni copier les données.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Om nyckeln återkallas blockeras i praktiken åtkomsten till alla registerdata, eftersom registret inte kan komma åt krypteringsnyckeln.", &["revocation-blocks-access"]),
    // near miss: lost access with no revocation before it
    ("en-us", "Customer-managed keys protect the namespace. If the region is down, the data can't be accessed.", &["-revocation-blocks-access"]),
    // data that flows encrypted to the service, in the words of each language
    ("es-es", "Los datos se cifran en reposo y se transmiten cifrados al servicio Storage, donde se conservan.", &["encrypts-in-transit"]),
    ("it-it", "I dati vengono crittografati inattivi e passano crittografati al servizio di archiviazione.", &["encrypts-in-transit"]),
    ("zh-cn", "存储在 VM 主机本身上的数据将进行静态加密，并以加密形式流向存储服务进行保存。", &["encrypts-in-transit"]),
    ("ko-kr", "VM 호스트 자체에 저장된 데이터가 미사용 시 암호화되고, 암호화된 상태로 Storage 서비스로 전달되어 유지됩니다.", &["encrypts-in-transit"]),
    // a key Microsoft provides, with the words of the key before it
    ("it-it", "Configurazione app di Azure crittografa le informazioni sensibili inattive usando una chiave di crittografia AES a 256 bit fornita da Microsoft.", &["default-platform-keys"]),
    ("sv-se", "Azure App Configuration krypterar känslig information i vila med en 256-bitars AES-krypteringsnyckel som tillhandahålls av Microsoft.", &["default-platform-keys"]),
    ("ru-ru", "По умолчанию TDE использует ключ, управляемый службой.", &["default-platform-keys"]),
    // near miss: a tool Microsoft provides is no key
    ("it-it", "Lo strumento fornito da Microsoft crittografa i dati.", &["-default-platform-keys"]),
    // no change required to the applications or the guest system, two objects in the phrase's gap
    ("pl-pl", "Ponieważ szyfrowanie odbywa się na hoście, nie są wymagane żadne zmiany w aplikacjach ani w systemie operacyjnym gościa.", &["transparent-encryption"]),
    ("zh-cn", "由于加密在主机上进行，因此无需对应用程序或来宾操作系统进行任何更改。", &["transparent-encryption"]),
    // a resource group Microsoft manages is no key Microsoft manages: its resources
    // that can't use keys from another tenant deny no default (issue 12)
    ("en-us", "Resources in the Microsoft-managed resource group can't use keys from a different tenant.", &["-default-platform-keys"]),
    ("it-it", "Le risorse nel gruppo di risorse gestito da Microsoft non possono usare chiavi di un tenant diverso.", &["-default-platform-keys"]),
    ("nl-nl", "Resources in de door Microsoft beheerde resourcegroep kunnen geen sleutels uit een andere tenant gebruiken.", &["-default-platform-keys"]),
    ("pl-pl", "Zasoby w grupie zasobów zarządzanej przez firmę Microsoft nie mogą używać kluczy z innej dzierżawy.", &["-default-platform-keys"]),
    ("pt-br", "Os recursos no grupo de recursos gerenciado pela Microsoft não podem usar chaves de um locatário diferente.", &["-default-platform-keys"]),
    ("sv-se", "Resurser i den Microsoft-hanterade resursgruppen kan inte använda nycklar från en annan klientorganisation.", &["-default-platform-keys"]),
    ("ko-kr", "Microsoft 관리형 리소스 그룹의 리소스는 다른 테넌트의 키를 사용할 수 없습니다.", &["-default-platform-keys"]),
    ("zh-tw", "Microsoft 管理之資源群組中的資源無法使用其他租用戶的金鑰。", &["-default-platform-keys"]),
    // near miss: the keys themselves
    ("en-us", "By default, the data is encrypted with Microsoft-managed keys.", &["default-platform-keys"]),
    ("sv-se", "Som standard krypteras data med Microsoft-hanterade nycklar.", &["default-platform-keys"]),
    // pt "lida com" is "deals with", not "read"
    ("pt-br", "Este artigo aborda como o OpenAI do Azure lida com a criptografia de dados inativos.", &["-encrypt-on-read", "encrypts-at-rest"]),
    ("pt-pt", "Este artigo explica como o serviço lida com a encriptação de dados inativos.", &["-encrypt-on-read"]),
    ("pt-br", "Os dados são criptografados quando gravados e descriptografados quando lidos.", &["encrypt-on-write", "decrypt-on-read"]),
    // a denial reaches the keys' purpose through them: the keys are denied, not the
    // encryption at rest they would serve
    ("en-us", "The service doesn't support customer-managed keys for encrypting data at rest.", &["supports-cmk!", "-encrypts-at-rest"]),
    ("zh-tw", "此服務不支援使用客戶自控金鑰來加密待用資料。", &["supports-cmk!", "-encrypts-at-rest"]),
    ("pt-br", "O serviço não dá suporte a chaves gerenciadas pelo cliente para criptografar dados inativos.", &["supports-cmk!", "-encrypts-at-rest"]),
    // customer-managed keys that require a new resource, without a verb of use
    ("en-us", "OS disk encryption with customer-managed keys requires a new AKS cluster.", &["requires-new-resource"]),
    ("it-it", "Per crittografare il disco del sistema operativo con chiavi gestite dal cliente è necessario un nuovo cluster AKS.", &["requires-new-resource"]),
    ("sv-se", "Kryptering av OS-disken med kundhanterade nycklar kräver ett nytt AKS-kluster.", &["requires-new-resource"]),
    ("tr-tr", "İşletim sistemi diskinin müşteri tarafından yönetilen anahtarlarla şifrelenmesi yeni bir AKS kümesi gerektirir.", &["requires-new-resource"]),
    ("hu-hu", "Az operációsrendszer-lemez ügyfél által kezelt kulcsokkal történő titkosításához új AKS-fürt szükséges.", &["requires-new-resource"]),
    ("cs-cz", "Klíče spravované zákazníkem lze používat pouze s novými svazky.", &["requires-new-resource"]),
    ("pl-pl", "Kluczy zarządzanych przez klienta można używać tylko z nowymi woluminami.", &["requires-new-resource"]),
    // near misses: a new key version, identity or vault is no new resource
    ("en-us", "Rotating customer-managed keys requires a new key version.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys require a new managed identity.", &["-requires-new-resource"]),
    ("en-us", "Customer-managed keys require a new key vault.", &["-requires-new-resource"]),
    // read as it is read, and workloads that run on "without any change" (issue 12)
    ("en-us", "Data is encrypted automatically as it's written and decrypted as it's read.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Los datos se cifran al escribirse en el disco y se descifran al leerse, por lo que las cargas de trabajo siguen funcionando sin ningún cambio.", &["transparent-encryption"]),
    ("hu-hu", "Az adatok íráskor titkosítódnak, így a podok és a számítási feladatok változtatás nélkül futnak tovább.", &["transparent-encryption"]),
    ("it-it", "I dati vengono crittografati durante la scrittura sul disco, quindi i carichi di lavoro continuano a funzionare senza alcuna modifica.", &["transparent-encryption"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania na dysku, dzięki czemu obciążenia działają dalej bez żadnych zmian.", &["transparent-encryption"]),
    ("sv-se", "Data krypteras när de skrivs till disken, så dina arbetsbelastningar fortsätter att köras utan några ändringar.", &["transparent-encryption"]),
    ("tr-tr", "Veriler diske yazılırken şifrelenir; bu nedenle iş yükleriniz hiçbir değişiklik yapmadan çalışmaya devam eder.", &["transparent-encryption"]),
    ("zh-cn", "数据在写入磁盘时加密，因此 Pod 和工作负载无需任何更改即可继续运行。", &["transparent-encryption"]),
    // near miss: a parameter that stays unchanged is no transparency
    ("ru-ru", "Политика шифрования должна оставаться без изменений в течение всего времени существования пакета.", &["-transparent-encryption"]),
    // a parenthesis inside the gap is an aside: the moment after it is the encryption's
    ("ru-ru", "Шифрование службы хранилища Azure по умолчанию автоматически шифрует неактивные данные на управляемых дисках Azure (дисках ОС и дисках данных) при их чтении из облака.", &["encrypt-on-read"]),
    ("ru-ru", "Шифрование службы хранилища Azure по умолчанию автоматически шифрует неактивные данные на управляемых дисках Azure (дисках ОС и дисках данных) при их сохранении в облаке.", &["encrypt-on-write", "-encrypt-on-read"]),
    ("en-us", "Azure Storage encryption automatically encrypts your data stored on Azure managed disks (OS and data disks) at rest by default when persisting it to the cloud.", &["encrypt-on-write"]),
    // near miss: the same words outside a parenthesis still part the action from it
    ("en-us", "Azure Storage encryption automatically encrypts your data stored on the managed disks, the OS disks, the temporary disks and the data disks of every virtual machine when persisting it to the cloud.", &["-encrypt-on-write"]),
    // a certificate between a decryption and a moment parts them: the certificate is
    // used for decryption, the database is accessed (ko, realtree-dev)
    ("ko-kr", "그러나 저장된 자격 증명의 암호화 및 암호 해독에 사용되는 인증서와 메타데이터 데이터베이스에 액세스할 때 보안을 유지해야 합니다.", &["-decrypt-on-read"]),
    ("ko-kr", "데이터는 액세스할 때 암호 해독됩니다.", &["decrypt-on-read"]),
    // the key deleted, or the service's permissions on it removed, and the access it
    // loses (one sentence); a deletion that loses nothing, and a deletion a sentence
    // before names, state nothing
    ("en-us", "Customer-managed keys. If you delete the key or remove the identity's permissions, your content can't be decrypted.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys. After you delete the old key version, the service uses the new one.", &["-revocation-blocks-access"]),
    ("en-us", "Customer-managed keys. Delete the key vault and its keys when you're done. This feature is unavailable in some regions.", &["-revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie den Schlüssel löschen, können die gespeicherten Inhalte nicht mehr entschlüsselt werden.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Wenn Sie den Schlüssel widerrufen, kann das Konto nicht mehr verwendet werden.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel. Sie können alte Schlüsselversionen löschen, nachdem Sie den Schlüssel rotiert haben.", &["-revocation-blocks-access"]),
    ("es-es", "Claves administradas por el cliente. Si revoca la clave, el servicio deja de poder leer los datos.", &["revocation-blocks-access"]),
    ("it-it", "Chiavi gestite dal cliente. Se si elimina la chiave, il contenuto non può essere decrittografato.", &["revocation-blocks-access"]),
    ("pt-br", "Chaves gerenciadas pelo cliente. Se você excluir a chave, o conteúdo não poderá ser descriptografado.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels. Als u de sleutel verwijdert, verliest de service de toegang tot de gegevens.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar. Om du tar bort nyckeln går det inte att dekryptera innehållet.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta. Jeśli usuniesz klucz, usługa nie może już odszyfrować danych.", &["revocation-blocks-access"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok. Ha törli a kulcsot, a tartalom nem fejthető vissza.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarı silerseniz hizmet verilerin şifresini artık çözemez.", &["revocation-blocks-access"]),
    ("ru-ru", "Ключи, управляемые клиентом. Если удалить ключ, диски нельзя будет использовать.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키. 키를 삭제하면 암호화된 콘텐츠를 해독할 수 없습니다.", &["revocation-blocks-access"]),
    ("zh-tw", "客戶管理的金鑰。如果您刪除金鑰，服務就會失去其資料的存取權。", &["revocation-blocks-access"]),
    ("zh-cn", "客户管理的密钥。如果删除密钥，服务将失去对数据的访问权限。", &["revocation-blocks-access"]),
    // a tier the keys are limited to, named by a name that is no common word and without
    // the word "tier"; not "standard", which qualifies much else
    ("en-us", "BYOK is available only for Premium capacities.", &["pricing-tier=premium"]),
    ("en-us", "Customer-managed keys are supported only for namespaces in a Dedicated cluster.", &["pricing-tier=dedicated", "supports-cmk"]),
    ("en-us", "Customer-managed keys are only available for resources on the S1 or S2 pricing tier.", &["pricing-tier=S1,S2", "supports-cmk"]),
    ("en-us", "Customer-managed keys support only standard RSA keys.", &["-pricing-tier", "supports-cmk"]),
    ("en-us", "Customer-managed keys are available in the Premium capacity.", &["-pricing-tier", "supports-cmk"]),
    ("de-de", "BYOK ist nur für Premium-Kapazitäten verfügbar.", &["pricing-tier=premium"]),
    // what a rotation of the key does not do denies no encryption at rest
    ("en-us", "Customer-managed keys. Rotating the key doesn't re-encrypt stored data.", &["-encrypts-at-rest"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Anahtarın döndürülmesi depolanan verileri yeniden şifrelemez.", &["-encrypts-at-rest"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar. Hizmet depolanan verileri şifrelemez.", &["encrypts-at-rest!"]),
    // the moment a service reads the data, with the service as the subject between
    ("en-us", "Data is encrypted as it's written to storage, and it's decrypted when the service reads it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "Customer-managed keys encrypt data at rest, and the portal shows a warning in the list of alerts when an administrator reads it.", &["-encrypt-on-read", "-decrypt-on-read"]),
    // a coordinated clause after a comma has its own moment: not the encryption's
    ("en-us", "Customer-managed keys. The service uses your key to encrypt data at rest, and the portal shows a warning when you read it.", &["encrypts-at-rest", "-encrypt-on-read"]),
    ("fr-fr", "Clés gérées par le client. Le service chiffre les données au repos avec votre clé, et le portail affiche un avertissement lorsque vous les lisez.", &["encrypts-at-rest", "-encrypt-on-read"]),
    ("es-es", "Claves administradas por el cliente. El servicio cifra los datos en reposo con su clave, y el portal muestra una advertencia cuando los lee.", &["encrypts-at-rest", "-encrypt-on-read"]),
    // near misses: the other clause's own action pairs with its moment, and a relative
    // clause after a comma is the data's
    ("en-us", "Customer-managed keys. Data is encrypted at rest, and the service decrypts it when you read it.", &["decrypt-on-read", "-encrypt-on-read"]),
    ("ru-ru", "Да, но шифрование будет применяться только к тем данным, которые будут записываться после включения SSE.", &["encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées lors de leur écriture et déchiffrées lorsque le service les lit.", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "Gegevens worden ontsleuteld wanneer de service ze leest.", &["decrypt-on-read"]),
    ("pt-pt", "Os dados são desencriptados quando o serviço os lê.", &["decrypt-on-read"]),
    ("cs-cz", "Data se dešifrují, když je služba čte.", &["decrypt-on-read"]),
    ("ja-jp", "データは、サービスがデータを読み取るときに暗号化解除されます。", &["decrypt-on-read"]),
    // a creation named through the resource's possessive ("at the time of its creation")
    ("cs-cz", "Registr s klíčem spravovaným zákazníkem můžete nakonfigurovat jen při jeho vytváření.", &["requires-new-resource"]),
    ("fr-fr", "Vous ne pouvez configurer un registre avec une clé gérée par le client qu'au moment de sa création.", &["requires-new-resource"]),
    ("fr-fr", "Clés gérées par le client. Vous pouvez ajouter des balises au registre au moment de sa création.", &["-requires-new-resource"]),
    ("ru-ru", "Ключи, управляемые клиентом, можно настроить только при его создании.", &["requires-new-resource"]),
    // applications that need no change, said in the passive, beside the encryption
    ("en-us", "Because encryption happens at the storage layer, applications don't need to be modified.", &["transparent-encryption"]),
    ("en-us", "It encrypts and decrypts the database in real time without requiring changes to the application.", &["transparent-encryption"]),
    ("en-us", "Your firewall rules don't need to be modified.", &["-transparent-encryption"]),
    ("ru-ru", "Так как шифрование выполняется на уровне хранилища, изменять приложения не требуется.", &["transparent-encryption"]),
    ("sv-se", "Eftersom krypteringen sker på lagringsnivån behöver programmen inte ändras.", &["transparent-encryption"]),
    ("de-de", "Da die Verschlüsselung auf Speicherebene erfolgt, müssen Anwendungen nicht geändert werden.", &["transparent-encryption"]),
    // an encryption key provided by Microsoft, with the key's size or algorithm between;
    // Microsoft providing something else beside a key is no platform key
    ("es-es", "El servicio cifra los datos en reposo mediante una clave de cifrado AES de 256 bits proporcionada por Microsoft.", &["default-platform-keys", "encrypts-at-rest", "aes-256"]),
    ("es-es", "Use una clave propia; la documentación proporcionada por Microsoft describe los pasos.", &["-default-platform-keys"]),
    ("nl-nl", "De service versleutelt gevoelige informatie in rust met een 256-bits AES-versleutelingssleutel die door Microsoft wordt geleverd.", &["default-platform-keys"]),
    ("pt-br", "O serviço criptografa os dados em repouso usando uma chave de criptografia AES de 256 bits fornecida pela Microsoft.", &["default-platform-keys"]),
    ("fr-fr", "Le service chiffre les données au repos avec une clé de chiffrement AES 256 bits fournie par Microsoft.", &["default-platform-keys"]),
    // a loss of access that holds a read participle keeps its negation for it: traffic
    // encrypted so that nobody can read it is no encryption on read (a phrase "não podem
    // ser lidos" in blocks-access took the negation and left "lidos" a moment)
    ("pt-br", "O tráfego que passa pelo túnel entre a sua rede local e a rede virtual do Azure é criptografado, de modo que os dados enviados pela Internet pública não podem ser lidos por ninguém no caminho.", &["-encrypt-on-read"]),
    // going back to Microsoft-managed keys denied is no denial of them as the default
    ("sv-se", "Du kan byta nyckel eller nyckelversion, men du kan inte gå tillbaka till Microsoft-hanterade nycklar.", &["-default-platform-keys"]),
    // deploying a resource is creating it: the keys set only then need a new resource
    ("en-us", "You can only set a customer-managed key when you deploy a new account.", &["requires-new-resource"]),
    ("fr-fr", "Vous ne pouvez définir une clé gérée par le client que lors du déploiement d’un nouveau compte.", &["requires-new-resource"]),
    ("ru-ru", "Ключ, управляемый клиентом, можно задать только при развертывании новой учетной записи.", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、新しいアカウントをデプロイするときにのみ設定できます。", &["requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel können nur bei der Bereitstellung eines neuen Kontos festgelegt werden.", &["requires-new-resource"]),
    // near miss: a deployment that the keys are not limited to
    ("en-us", "Customer-managed keys. When you deploy the app, it reads the connection string from the key vault.", &["-requires-new-resource"]),
    // traffic, connections or requests that use TLS or HTTPS are encrypted in transit
    ("en-us", "The service encrypts your data at rest. Traffic between Bot Service, the channels, and your bot's messaging endpoint uses TLS 1.2.", &["encrypts-in-transit"]),
    ("en-us", "Data is encrypted at rest with AES-256. Connections to the workspace endpoints, and traffic between the workspace and its linked storage account, use TLS 1.2.", &["encrypts-in-transit"]),
    ("de-de", "Die Daten werden im Ruhezustand verschlüsselt. Der Datenverkehr zwischen dem Dienst und Ihrem Endpunkt verwendet TLS 1.2.", &["encrypts-in-transit"]),
    ("ja-jp", "データは保存時に暗号化されます。サービスとエンドポイントの間の通信には TLS 1.2 が使用されます。", &["encrypts-in-transit"]),
    ("ko-kr", "데이터는 미사용 시 암호화됩니다. 서비스와 엔드포인트 간의 트래픽은 TLS 1.2를 사용합니다.", &["encrypts-in-transit"]),
    // near misses: a choice that holds plain protocols, a protocol's own connection, a
    // proxy that decrypts the traffic, and a negation, which denies nothing here
    ("en-us", "Data is encrypted at rest. You can use MQTT, AMQP, or HTTPS to communicate with the hub.", &["-encrypts-in-transit"]),
    ("en-us", "Data is encrypted at rest. X.509 allows the authentication of a device as part of establishing the TLS connection.", &["-encrypts-in-transit"]),
    ("en-us", "Data is encrypted at rest. A proxy intercepts the HTTPS traffic, decrypts it, and uses a self-signed certificate.", &["-encrypts-in-transit"]),
    ("en-us", "Data is encrypted at rest. Connections from clients that don't use TLS 1.2 are rejected.", &["-encrypts-in-transit"]),
    // an identity required when the keys are set up at creation is what is required, not
    // a new resource; user- and system-assigned identities are managed identities
    ("en-us", "A user-assigned identity is required if you configure customer-managed keys while creating the volume group, because a system-assigned identity doesn't exist until the volume group has been created.", &["managed-identity-required", "-requires-new-resource"]),
    ("fr-fr", "Une identité affectée par l’utilisateur est obligatoire si vous configurez des clés gérées par le client lors de la création du groupe de volumes.", &["managed-identity-required", "-requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları birim grubunu oluştururken yapılandırıyorsanız kullanıcı tarafından atanan bir kimlik gerekir.", &["managed-identity-required", "-requires-new-resource"]),
    ("ko-kr", "볼륨 그룹을 만들 때 고객 관리형 키를 구성하는 경우에는 사용자 할당 ID가 필요합니다.", &["managed-identity-required", "-requires-new-resource"]),
    // a number with thousands separators is the number the lexicon writes; not a
    // number that continues another, nor a size "or larger"
    ("fr-fr", "Prérequis des clés gérées par le client : une clé RSA de 2 048 bits.", &["rsa-2048"]),
    ("de-de", "Voraussetzungen für kundenseitig verwaltete Schlüssel: RSA-Schlüssel mit 2.048 Bit.", &["rsa-2048"]),
    ("sv-se", "Krav för kundhanterade nycklar: en RSA-nyckel på 2 048 bitar.", &["rsa-2048"]),
    ("de-de", "Voraussetzungen für kundenseitig verwaltete Schlüssel: RSA-Schlüssel mit 2.048 Bit oder größer.", &["-rsa-2048"]),
    ("zh-cn", "客户管理的密钥的先决条件：RSA 或 RSA-HSM，2048 位或更大。", &["-rsa-2048"]),
    ("pl-pl", "Dane są szyfrowane przy użyciu zgodnego ze standardem FIPS 140-2 256-bitowego szyfrowania AES.", &["aes-256", "fips-140-2"]),
    // the requirement as a noun: ja 要件, ko 요구 사항
    ("ja-jp", "カスタマー マネージド キーの要件: RSA、2048 ビットのキー。", &["rsa-2048"]),
    // a negation of replacing denies that one thing stands for another, not encryption
    ("en-us", "Virtual network encryption doesn't replace end-to-end encryption at the application layer, such as TLS between a client and your web application.", &["-encrypts-in-transit!", "-encrypts-in-transit"]),
    ("de-de", "Die Verschlüsselung virtueller Netzwerke ersetzt keine End-to-End-Verschlüsselung auf Anwendungsebene, etwa TLS zwischen einem Client und Ihrer Webanwendung.", &["-encrypts-in-transit!"]),
    ("nl-nl", "Versleuteling van virtuele netwerken vervangt geen end-to-end-versleuteling op de toepassingslaag, zoals TLS tussen een client en uw webtoepassing.", &["-encrypts-in-transit!"]),
    ("en-us", "Data in transit between the virtual machines isn't encrypted.", &["encrypts-in-transit!"]),
    // a negation of encrypting again leaves the data as it was encrypted
    ("nl-nl", "Roulatie versleutelt de opgeslagen gegevens niet opnieuw.", &["-encrypts-at-rest!", "-encrypts-at-rest"]),
    ("en-us", "The stored data isn't encrypted again.", &["-encrypts-at-rest!"]),
    ("de-de", "Die gespeicherten Daten werden nicht erneut verschlüsselt.", &["-encrypts-at-rest!"]),
    ("nl-nl", "De opgeslagen gegevens worden niet versleuteld.", &["encrypts-at-rest!"]),
    // the keys right after the verb are what its negation denies, whatever the subject
    ("de-de", "Die Verschlüsselung virtueller Netzwerke unterstützt keine kundenseitig verwalteten Schlüssel.", &["supports-cmk!"]),
    ("cs-cz", "Šifrování virtuální sítě nepodporuje klíče spravované zákazníkem.", &["supports-cmk!"]),
    ("pl-pl", "Szyfrowanie sieci wirtualnej nie obsługuje kluczy zarządzanych przez klienta.", &["supports-cmk!"]),
    // Azure, the platform, as the subject that manages the keys; V2 order in sv
    ("en-us", "By default, Azure manages these encryption keys for you.", &["default-platform-keys"]),
    ("sv-se", "Som standard hanterar Azure krypteringsnycklarna åt dig.", &["default-platform-keys"]),
    ("zh-cn", "默认情况下，这些加密密钥由 Azure 替你管理。", &["default-platform-keys"]),
    ("en-us", "By default, Azure manages the virtual machines for you.", &["-default-platform-keys"]),
    // wrapping the data encryption keys, a verb and its object, on a page about
    // customer-managed keys; not a data key named before the verb
    ("es-es", "Las claves administradas por el cliente se almacenan en un conjunto de cifrado de disco, y Azure Storage la usa para encapsular las claves de cifrado de datos que cifran cada disco.", &["cmk-is-kek"]),
    ("pt-br", "A chave gerenciada pelo cliente é referenciada por um conjunto de criptografia de disco, e o Armazenamento do Azure a usa para encapsular as chaves de criptografia de dados.", &["cmk-is-kek"]),
    ("es-es", "Las claves administradas por el cliente están disponibles. La clave de cifrado de datos protege los datos del disco.", &["-cmk-is-kek"]),
    // traffic that goes over a secure protocol is encrypted in transit; not a URL's
    // scheme, and the preposition parts an action from a later moment as any word does
    ("en-us", "Calls from the KMS plugin to Key Vault go over HTTPS with TLS 1.2.", &["encrypts-in-transit"]),
    ("fr-fr", "Les appels du plug-in KMS vers Key Vault passent par HTTPS avec TLS 1.2.", &["encrypts-in-transit"]),
    ("zh-cn", "KMS 插件对 Key Vault 的调用通过使用 TLS 1.2 的 HTTPS 进行。", &["encrypts-in-transit"]),
    ("es-es", "El tráfico de las claves se envía a través del punto de conexión del almacén de claves (por ejemplo, https://contoso.vault.azure.net).", &["-encrypts-in-transit"]),
    ("de-de", "Datenverkehr, der den Tunnel durchläuft, wird verschlüsselt, sodass über das öffentliche Internet gesendete Daten von niemandem dazwischen gelesen werden können.", &["-encrypt-on-read"]),
    // written "before" the data is written, and read back (fr relu, it riletto, hu
    // visszaolvassák, zh 读回)
    ("fr-fr", "Le serveur d’API chiffre chaque secret avec une clé de chiffrement des données avant que le secret ne soit écrit dans etcd, et le déchiffre quand le secret est relu.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("it-it", "Il server API crittografa ogni segreto con una chiave di crittografia dei dati prima che il segreto venga scritto in etcd e lo decrittografa quando il segreto viene riletto.", &["encrypt-on-write", "decrypt-on-read"]),
    ("hu-hu", "Az API-kiszolgáló minden titkos kódot egy adattitkosítási kulccsal titkosít, mielőtt a titkos kód az etcd-be íródna, és visszafejti, amikor a titkos kódot visszaolvassák.", &["encrypt-on-write", "decrypt-on-read"]),
    // the disk encryption keys are the data keys a customer key wraps
    ("nl-nl", "Door de klant beheerde sleutels zijn beschikbaar. De sleutel staat in Azure Key Vault en wordt gebruikt om de schijfversleutelingssleutels van elk knooppunt te verpakken.", &["cmk-is-kek"]),
    ("pl-pl", "Klucze zarządzane przez klienta są dostępne. Klucz jest przechowywany w usłudze Azure Key Vault i służy do opakowywania kluczy szyfrowania dysków poszczególnych węzłów.", &["cmk-is-kek"]),
    // a short parenthesis between a moment and its later action glosses a word and
    // parts no clause
    ("ja-jp", "API サーバーは、シークレットが etcd から読み取られるときにデータ暗号化キー (DEK) で各シークレットを暗号化し、シークレットが書き込まれるときに復号します。", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-cn", "API 服务器会在机密写入 etcd 之前使用数据加密密钥 (DEK) 对每个机密进行加密，并在读回机密时将其解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    // an action before a colon pairs with no moment after it
    ("de-de", "Ver- und Entschlüsselung erfolgen transparent: Die Daten werden beim Schreiben in den Speicher verschlüsselt und beim Zugriff entschlüsselt.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read", "-decrypt-on-write"]),
    ("tr-tr", "Şifreleme ve şifre çözme saydamdır: Veriler depolamaya yazılırken şifrelenir ve siz verilere erişirken şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read", "-decrypt-on-write"]),
    ("zh-tw", "加密與解密都是透明的：資料在寫入儲存體時加密，並在您存取時解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read", "-decrypt-on-write"]),
    // a verb of loss that a negation governs denies the claim: a model contradiction;
    // near misses: blocking words that carry their own negation, a "nor" beside them,
    // and a loss denied after a rotation, which is no revocation
    ("en-us", "Customer-managed keys are supported. Revoking access doesn't block access to the data, because the service keeps a copy of the key.", &["revocation-blocks-access!"]),
    ("es-es", "Se admiten claves administradas por el cliente. Revocar el acceso no bloquea el acceso a los datos del recurso, ya que el servicio conserva una copia de la clave.", &["revocation-blocks-access!"]),
    ("zh-tw", "支援客戶管理的金鑰。如果您停用或刪除金鑰，執行中的節點仍可繼續讀取磁碟，工作負載也不會失去對持續性磁碟區的存取權。", &["revocation-blocks-access!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous révoquez la clé, le service perd l’accès aux données.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si revoca el acceso a la clave o la elimina, los clientes ya no podrán leer ni escribir en los recursos compartidos.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Zugriff auf den Schlüssel widerrufen, kann Data Factory die Entitäten nicht entschlüsseln.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli odwołasz dostęp do klucza, usługa nie będzie już mogła odczytać konfiguracji.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. After you rotate the key, the service doesn't lose access to the data.", &["-revocation-blocks-access"]),
    // a negated cost takes its negation: no denial of the encryption it is the cost of
    ("en-us", "Customer-managed keys are supported. There's no extra charge for infrastructure encryption, though write latency can increase slightly.", &["-double-encryption", "-encrypt-on-write"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. A encriptação de infraestrutura não tem custos adicionais, embora a latência de escrita possa aumentar ligeiramente.", &["-double-encryption", "-encrypt-on-write"]),
    ("zh-tw", "支援客戶管理的金鑰。基礎結構加密不另外收費，但寫入延遲可能會略微增加。", &["-double-encryption", "-encrypt-on-write"]),
    ("en-us", "Customer-managed keys are supported. There's no support for infrastructure encryption.", &["double-encryption!"]),
    // keys denied in a clause after the verb, which took another object, are not what it
    // supports; near miss: the verb and its denied keys in one clause
    ("en-us", "Infrastructure encryption always uses Microsoft-managed keys, so you can't bring your own key for the infrastructure layer.", &["-supports-cmk"]),
    ("en-us", "Infrastructure encryption always uses Microsoft-managed keys, so you can't use your own key for the infrastructure layer.", &["-supports-cmk"]),
    ("hu-hu", "Az infrastruktúra-titkosítás mindig a Microsoft által felügyelt kulcsokat használja, így az infrastruktúrarétegben nem használhat saját kulcsot.", &["-supports-cmk"]),
    ("nl-nl", "Infrastructuurversleuteling gebruikt altijd door Microsoft beheerde sleutels, dus u kunt voor de infrastructuurlaag niet uw eigen sleutel gebruiken.", &["-supports-cmk"]),
    ("pt-br", "A criptografia de infraestrutura sempre usa chaves gerenciadas pela Microsoft, portanto, não é possível trazer sua própria chave para a camada de infraestrutura.", &["-supports-cmk"]),
    ("zh-tw", "基礎結構加密一律使用 Microsoft 管理的金鑰，因此您無法針對基礎結構層使用自己的金鑰。", &["-supports-cmk"]),
    ("en-us", "You can't use your own key to encrypt the data.", &["supports-cmk!"]),
    // keys an organization requires are its requirement, not the service's support; near
    // miss: the keys used, and then required
    ("en-us", "This article describes how your data is protected, which keys are used, and what you can do if your organization requires customer-managed keys.", &["-supports-cmk"]),
    ("pl-pl", "W tym artykule opisano, jak są chronione dane, które klucze są używane i co można zrobić, jeśli organizacja wymaga kluczy zarządzanych przez klienta.", &["-supports-cmk"]),
    ("zh-tw", "本文說明您的資料如何受到保護、使用哪些金鑰，以及如果您的組織需要客戶自控金鑰，您可以怎麼做。", &["-supports-cmk"]),
    ("en-us", "You can use customer-managed keys if your organization requires them.", &["supports-cmk"]),
    // a pointer to another article ("Informationen dazu, wie ... finden Sie unter",
    // sv "Information om hur ... finns i") states none of its claims
    ("de-de", "Informationen dazu, wie Azure Storage mit einem kundenseitig verwalteten Schlüssel den Kontoverschlüsselungsschlüssel umschließt, finden Sie unter Kundenseitig verwaltete Schlüssel für die Azure Storage-Verschlüsselung.", &["-cmk-is-kek"]),
    ("sv-se", "Information om hur Azure Storage använder en kundhanterad nyckel för att omsluta sin kontokrypteringsnyckel finns i Kundhanterade nycklar för Azure Storage-kryptering.", &["-cmk-is-kek"]),
    ("de-de", "Azure Storage umschließt den Kontoverschlüsselungsschlüssel mit einem kundenseitig verwalteten Schlüssel.", &["cmk-is-kek"]),
    // the keys named again after the requirement took them are where to meet it, and a
    // requirement in a clause apart takes nothing
    ("en-us", "If your organization requires customer-managed keys for all model assets, keep those assets in a workspace that's configured with customer-managed keys.", &["-supports-cmk"]),
    ("fr-fr", "Si votre organisation exige des clés gérées par le client pour toutes les ressources de modèle, conservez ces ressources dans un espace de travail configuré avec des clés gérées par le client.", &["-supports-cmk"]),
    ("en-us", "If you need to, you can configure customer-managed keys on the account.", &["supports-cmk"]),
    // a verb-final requirement follows the keys it takes and ends its clause; near miss:
    // a requirement that stands apart from the keys takes nothing
    ("de-de", "Wenn Ihre Complianceanforderungen kundenseitig verwaltete Schlüssel vorschreiben, speichern Sie die Ereignisse in einem Dienst, der diese unterstützt.", &["-supports-cmk"]),
    ("nl-nl", "Als uw nalevingsvereisten door de klant beheerde sleutels voorschrijven, bewaart u de gebeurtenissen in een service die deze ondersteunt.", &["-supports-cmk"]),
    ("hu-hu", "Ha a megfelelőségi követelmények ügyfél által kezelt kulcsokat írnak elő, az eseményeket olyan szolgáltatásban tárolja, amely támogatja őket.", &["-supports-cmk"]),
    ("de-de", "Der Dienst unterstützt kundenseitig verwaltete Schlüssel, wenn Ihre Richtlinien dies vorschreiben.", &["supports-cmk"]),
    // a coordinating word in a gap of a listing phrase joins its items; in a gap of another
    // phrase, it joins two noun phrases only when the gap holds no other concept (near
    // misses with the cases of "a runbook or a DSC configuration" below)
    ("de-de", "Die Daten werden verschlüsselt, und Sie müssen weder Ihre Anwendungen noch Ihre SMB- und NFS-Clients ändern.", &["transparent-encryption"]),
    ("de-de", "Die Daten werden verschlüsselt, und Sie müssen weder Ihre Images noch Ihre Tools oder Anwendungen ändern.", &["transparent-encryption"]),
    ("en-us", "Data is encrypted as it's written and decrypted when a user or a job reads it.", &["encrypt-on-write", "decrypt-on-read"]),
    // hu "amikor ... beolvassa / olvassák" (when ... reads it); near miss: a read moment
    // with no verb of its own, after a comma, takes no write moment before it
    ("hu-hu", "Az adatok titkosítása a lemezre írás előtt történik, a visszafejtésük pedig akkor, amikor a fejlesztői gép beolvassa őket.", &["decrypt-on-read"]),
    ("hu-hu", "A Blob Storage a kulccsal titkosítja az adatokat, amikor azok íródnak, és visszafejti őket, amikor olvassák őket.", &["encrypt-on-write", "decrypt-on-read"]),
    ("hu-hu", "Az adatok titkosítása automatikusan történik, amikor az Azure Storage-ba íródnak, visszafejtésük pedig olvasáskor.", &["encrypt-on-write", "decrypt-on-read"]),
    // "you don't need to change ..." as each language says it; near miss: a setting that
    // can neither be added nor changed
    ("pl-pl", "Usługa Azure Storage automatycznie szyfruje dane. Nie musisz zmieniać aplikacji ani klientów SMB i NFS.", &["transparent-encryption"]),
    ("nl-nl", "Dit is transparant voor de versleuteling, zodat u geen verbindingsreeksen of query's hoeft te wijzigen.", &["transparent-encryption"]),
    ("nl-nl", "Gegevens worden automatisch versleuteld, zodat uw toepassingen niet hoeven te worden gewijzigd.", &["transparent-encryption"]),
    ("cs-cz", "Data se šifrují ve vrstvě úložiště a dotazy ani připojovací řetězce není potřeba měnit.", &["transparent-encryption"]),
    ("ru-ru", "Шифрование происходит на уровне хранилища и не требует изменения запросов.", &["transparent-encryption"]),
    ("de-de", "Da Ver- und Entschlüsselung im Hintergrund erfolgen, müssen Sie weder Ihren Code noch Ihre Anwendungen anpassen.", &["transparent-encryption"]),
    ("sv-se", "Microsoft hanterar krypteringsnycklarna, och du behöver inte konfigurera något eller ändra dina instrumentpaneler för att dra nytta av krypteringen.", &["transparent-encryption"]),
    ("de-de", "Bei einem vorhandenen Auftrag lässt sich die Verschlüsselungseinstellung weder hinzufügen noch ändern.", &["-transparent-encryption"]),
    // a new resource created in a tier, beside an existing one, is no new resource needed;
    // near miss: the new resource alone
    ("fr-fr", "Vous pouvez configurer un protecteur TDE au niveau de la base de données lorsque vous créez une nouvelle base de données Hyperscale, ou en ajouter un à une base de données Hyperscale existante.", &["-requires-new-resource"]),
    ("cs-cz", "Ochranu TDE na úrovni databáze můžete nakonfigurovat při vytváření nové databáze Hyperscale nebo ji přidat do existující databáze Hyperscale.", &["-requires-new-resource"]),
    ("fr-fr", "Pour utiliser des clés gérées par le client, créez une nouvelle ressource Content Moderator et sélectionnez E0 comme niveau tarifaire.", &["requires-new-resource"]),
    // a managed identity denied as a need is the feature's need denied; near misses: the
    // need denied for Microsoft's keys, and a managed identity denied support
    ("en-us", "You don't need a managed identity to use customer-managed keys.", &["managed-identity-required!"]),
    ("de-de", "Für kundenseitig verwaltete Schlüssel benötigen Sie keine verwaltete Identität.", &["managed-identity-required!"]),
    ("ja-jp", "カスタマー マネージド キーにはマネージド ID は必要ありません。", &["managed-identity-required!"]),
    ("zh-cn", "客户管理的密钥不需要托管标识。", &["managed-identity-required!"]),
    ("en-us", "You don't need a managed identity to use Microsoft-managed keys.", &["-managed-identity-required"]),
    ("en-us", "Managed identities don't support cross-directory scenarios with customer-managed keys.", &["-managed-identity-required"]),
    // a managed identity named apart from the keys is what the denial is about; near
    // miss: the keys denied, no identity named
    ("en-us", "System-assigned managed identities aren't supported for customer-managed keys.", &["-supports-cmk"]),
    ("en-us", "Customer-managed keys aren't supported for this service.", &["supports-cmk!"]),
    // a phrase that holds its own negation (zh 無法使用, nl "niet beschikbaar") denies the
    // word right beside it; near misses: the revocation it says is no denial of itself,
    // and a word further away is not what it denies
    ("zh-tw", "您無法使用自己的金鑰來加密實驗室儲存體或共用儲存體。", &["supports-cmk!"]),
    ("nl-nl", "Dubbele versleuteling is niet beschikbaar voor flexibele servers.", &["double-encryption!"]),
    ("sv-se", "Dubbel kryptering är inte tillgänglig för flexibla servrar.", &["double-encryption!"]),
    ("hu-hu", "A kettős titkosítás nem érhető el rugalmas kiszolgálókon.", &["double-encryption!"]),
    ("zh-tw", "撤銷客戶自控金鑰後，服務無法存取您的資料。", &["revocation-blocks-access"]),
    ("ko-kr", "신규 또는 기존 주문에 고객 관리형 키를 사용하도록 설정하는 방법과 키를 사용할 수 없게 되면 어떻게 되는지 설명합니다.", &["-requires-new-resource"]),
    ("en-us", "Encryption at rest is enabled. You can't use customer-managed keys with this service.", &["supports-cmk!"]),
    // the keys chosen only while the resource is provisioned: at creation only; near
    // miss: another setting chosen so, on a page without the keys
    ("en-us", "You can choose customer-managed key encryption only while you provision the server.", &["requires-new-resource"]),
    ("es-es", "Solo puede elegir el cifrado con clave administrada por el cliente mientras aprovisiona el servidor.", &["requires-new-resource"]),
    ("ko-kr", "고객 관리형 키 암호화는 서버를 프로비저닝하는 동안에만 선택할 수 있습니다.", &["requires-new-resource"]),
    ("zh-cn", "只能在预配服务器时选择客户管理的密钥加密。", &["requires-new-resource"]),
    ("en-us", "You can choose the region only while you provision the server.", &["-requires-new-resource"]),
    // contacting support is a request for the feature only with a purpose: the feature,
    // its adoption or its use; not the remedy for a failure, nor what key management
    // does without; an HTTP request is no request for the feature
    ("en-us", "The registry uses customer-managed keys. If you delete the identity, recreate it with the same name, or contact Azure support.", &["-access-by-request"]),
    ("en-us", "The key was deleted and purged from the vault with customer-managed keys. Contact Microsoft Support.", &["-access-by-request"]),
    ("en-us", "Customer-managed keys stay under your control: you can create, rotate, disable and revoke keys without contacting Microsoft.", &["-access-by-request"]),
    ("en-us", "Customer-managed keys are in preview. To try this capability, contact Microsoft support.", &["access-by-request"]),
    ("en-us", "To use customer-managed keys, contact Microsoft support.", &["access-by-request"]),
    ("ja-jp", "カスタマー マネージド キーのキーが消去された場合は、Microsoft サポートにお問い合わせください。", &["-access-by-request"]),
    ("ja-jp", "カスタマー マネージド キーを使用するには、Microsoft サポートにお問い合わせください。", &["access-by-request"]),
    ("sv-se", "Kunden hanterade nycklar: nyckeln har rensats. Kontakta Microsoft Support.", &["-access-by-request"]),
    ("it-it", "Per creare un ISE che usa una chiave gestita dal cliente, inviare una richiesta HTTPS PUT all'API REST di App per la logica.", &["-access-by-request"]),
    ("ru-ru", "Чтобы включить ключи, управляемые клиентом, отправьте запрос в конечную точку управления.", &["-access-by-request"]),
    ("ru-ru", "Чтобы включить ключи, управляемые клиентом, отправьте запрос группе разработки по электронной почте.", &["access-by-request"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok nem kapcsolnak be automatikusan. Küldjön e-mailben kérelmet a termékcsoportnak.", &["access-by-request"]),
    ("zh-tw", "在 Microsoft 確認之前，客戶自控金鑰不會開啟。請以電子郵件將要求傳送給產品群組。", &["access-by-request"]),
    // retrieval is the moment data is read back; a moment read twice (fr "avant d'être
    // écrites" and its participle "écrites") pairs with one action only
    ("en-us", "Data is encrypted before it's written to persistent media and decrypted when it's retrieved.", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées avant d’être écrites sur le disque, puis déchiffrées lorsqu’elles sont lues.", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées avant d’être écrites sur un support persistant, puis déchiffrées lorsqu’elles sont récupérées.", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    ("cs-cz", "Šifrování služby úložiště automaticky při zápisu do úložiště data šifruje a dešifruje data při jeho načítání.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Data krypteras innan de skrivs till beständiga medier och dekrypteras när de hämtas.", &["encrypt-on-write", "decrypt-on-read"]),
    // the choice made only at creation; the default protection managed by the service
    ("en-us", "Customer-managed keys are an option. The choice of key management mode can be made only when you create a new account.", &["requires-new-resource"]),
    ("en-us", "By default, the database encryption key is protected by a built-in server certificate that the service manages.", &["default-platform-keys"]),
    ("en-us", "The identity that the service manages needs access to the key vault.", &["-default-platform-keys"]),
    ("nl-nl", "TDE is standaard ingeschakeld en de databaseversleutelingssleutel wordt beschermd door een servercertificaat dat door de service wordt beheerd.", &["default-platform-keys"]),
    ("ja-jp", "既定では、サブスクリプションで Microsoft マネージド暗号化キーが使用されます。", &["default-platform-keys"]),
    // a size limited in a sentence after the one naming RSA keys
    ("en-us", "Customer-managed keys need a key vault. Use a key of type RSA or RSA-HSM. Only 2048-bit keys are supported.", &["rsa-2048"]),
    ("en-us", "Customer-managed keys need a key vault. Use a key of type RSA or RSA-HSM. Keys of 2048 or 3072 bits are supported.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys need a key vault. Only 2048-bit certificates are supported.", &["-rsa-2048"]),
    // "can no longer" said by "stops being able to", "is no longer able to", "loses the
    // ability", in the words each language uses
    ("pt-pt", "Se desativar ou eliminar a chave gerida pelo cliente, o serviço deixa de conseguir desencapsular a chave de encriptação de dados.", &["revocation-blocks-access"]),
    ("es-es", "Si deshabilita o elimina la clave administrada por el cliente, el servicio ya no puede desencapsular las claves de BitLocker.", &["revocation-blocks-access"]),
    ("fr-fr", "Si vous désactivez ou supprimez la clé gérée par le client, le service ne peut plus désencapsuler la clé de chiffrement des données.", &["revocation-blocks-access"]),
    ("ja-jp", "カスタマー マネージド キーを無効化または削除した場合、サービスはデータ暗号化キーをラップ解除できなくなります。", &["revocation-blocks-access"]),
    ("it-it", "Se si elimina o disabilita la chiave gestita dal cliente, il servizio non è più in grado di decrittografare i dati.", &["revocation-blocks-access"]),
    ("pt-br", "Se você revogar o acesso à chave gerenciada pelo cliente ou excluir a chave, o cache não conseguirá ler seus discos.", &["revocation-blocks-access"]),
    ("cs-cz", "Pokud zakážete klíč spravovaný zákazníkem, cluster přestane moct dotazovat data.", &["revocation-blocks-access"]),
    ("ru-ru", "Если отключить ключ, управляемый клиентом, кластер теряет возможность выполнять запросы.", &["revocation-blocks-access"]),
    ("es-es", "Las claves administradas por el cliente se pueden rotar. Si rota la clave, el servicio ya no usa la versión anterior.", &["-revocation-blocks-access"]),
    // the moments of writing and reading back as translations say them: a verb-final
    // German clause with the moment far before its verb, reading again, writing before
    ("de-de", "Die Daten werden beim Schreiben in den Speicher des Diensts verschlüsselt und beim Lesen durch Data Factory zum Ausführen Ihrer Pipelines entschlüsselt.", &["encrypt-on-write", "decrypt-on-read"]),
    ("cs-cz", "Stránky se šifrují klíčem DEK před zápisem na disk a dešifrují se při načtení do paměti.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "Le pagine del database vengono crittografate prima della scrittura su disco e decrittografate quando vengono lette in memoria.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Los datos se cifran a medida que se escriben en el host y se descifran cuando la máquina virtual los vuelve a leer.", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "Accountgegevens worden versleuteld met de accountsleutel wanneer ze naar de database van het account worden geschreven.", &["encrypt-on-write"]),
    ("sv-se", "Data krypteras när de skrivs till värden och dekrypteras när den virtuella datorn läser dem igen.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ja-jp", "データはディスクに書き込まれるときに暗号化され、メモリに読み戻されるときに復号化されます。", &["encrypt-on-write", "decrypt-on-read"]),
    ("fr-fr", "Le service chiffre automatiquement vos données quand elles sont conservées dans le cloud.", &["encrypt-on-write"]),
    // the keys in a clause of purpose before the requirement of a new resource
    ("ja-jp", "カスタマー マネージド キーを使用するには、新しいキャッシュが必要です。", &["requires-new-resource"]),
    ("zh-tw", "使用客戶自控金鑰加密作業系統磁碟時，需要新的叢集。", &["requires-new-resource"]),
    ("es-es", "Para cifrar los discos con una clave administrada por el cliente, se necesita un clúster nuevo.", &["requires-new-resource"]),
    ("en-us", "To use customer-managed keys, you need a new key vault.", &["-requires-new-resource"]),
    ("en-us", "To use customer-managed keys, you need a new managed identity.", &["-requires-new-resource"]),
    ("en-us", "With customer-managed keys, you must create a new version of the key to rotate it.", &["-requires-new-resource"]),
    // an existing resource that needs customer-managed keys gets a new one: no statement
    // that existing ones can take them
    ("en-us", "If you need customer-managed keys for an existing bot, create a new instance with customer-managed keys enabled, then import your scenarios.", &["requires-new-resource", "~requires-new-resource!"]),
    ("es-es", "Si necesita claves administradas por el cliente para un bot existente, cree una nueva instancia con ellas habilitadas.", &["requires-new-resource", "~requires-new-resource!"]),
    ("zh-cn", "可以在现有的应用配置存储中启用客户管理的密钥，无需重新创建存储。", &["requires-new-resource!"]),
    // a key wrapped by the customer's key, whatever the wrapped key is called (and a
    // near miss: the vault's permission names, a key's capabilities, revocation)
    ("en-us", "Customer-managed keys are supported. Fabric wraps the workspace keys with a key that you own in Azure Key Vault.", &["cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. Service Bus uses your key to wrap the encryption key that protects the namespace data.", &["cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. Grant the identity Get, Wrap Key and Unwrap Key permissions on the key.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. The key must have both wrap and unwrap capabilities enabled.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys are supported. Once the identity can no longer unwrap the key, the registry can't read its content.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys protect your data, and you can rotate the keys whenever you like.", &["-cmk-is-kek"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Service Bus umschließt mit Ihrem Schlüssel den Verschlüsselungsschlüssel, der die Daten des Namespace schützt.", &["cmk-is-kek"]),
    ("sv-se", "Kundhanterade nycklar stöds. Under Nyckelbehörigheter väljer du Hämta, Packa upp nyckel och Omslut nyckel.", &["-cmk-is-kek"]),
    ("es-es", "Se admiten claves administradas por el cliente. A continuación, la identidad administrada llama a Azure Key Vault y encapsula la clave de cifrado de la instancia.", &["cmk-is-kek"]),
    ("es-es", "Se admiten claves administradas por el cliente. La clave encapsulada se almacena como metadatos.", &["-cmk-is-kek"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。Fabric は、お客様が所有するキーでワークスペース キーをラップします。", &["cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 서비스는 이 키로 각 BitLocker 키를 래핑합니다.", &["cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. ID의 액세스 정책(가져오기, 키 래핑, 키 래핑 해제)을 제거하지 마세요.", &["-cmk-is-kek"]),
    ("zh-cn", "支持客户管理的密钥。服务总线使用你的密钥来包装保护命名空间数据的加密密钥。", &["cmk-is-kek"]),
    ("zh-tw", "支援客戶自控金鑰。包裝的金鑰會儲存為中繼資料。", &["-cmk-is-kek"]),
    // soft delete and purge protection required, or their need denied (near miss: a
    // condition)
    ("en-us", "Customer-managed keys are supported. Soft delete and purge protection must be enabled on the key vault.", &["soft-delete-purge-protection", "~soft-delete-purge-protection!"]),
    ("en-us", "Customer-managed keys are supported. You don't need to enable soft delete and purge protection on the key vault.", &["soft-delete-purge-protection!", "~soft-delete-purge-protection"]),
    ("en-us", "Customer-managed keys are supported. Soft delete and purge protection don't need to be enabled on the key vault.", &["soft-delete-purge-protection!", "~soft-delete-purge-protection"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A kulcstartón nem szükséges engedélyezni a helyreállítható törlést és a végleges törlés elleni védelmet.", &["soft-delete-purge-protection!", "~soft-delete-purge-protection"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Vorläufiges Löschen und Löschschutz müssen für den Schlüsseltresor nicht aktiviert werden.", &["soft-delete-purge-protection!", "~soft-delete-purge-protection"]),
    // customer-managed keys that apply only to new resources
    ("en-us", "Customer-managed keys apply only to new dev boxes.", &["requires-new-resource"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel gelten nur für neue Dev Boxes.", &["requires-new-resource"]),
    ("ko-kr", "고객 관리형 키는 새 개발 상자에만 적용됩니다.", &["requires-new-resource"]),
    ("sv-se", "Kundhanterade nycklar gäller endast för nya utvecklingsrutor.", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys apply to all dev boxes, new and existing.", &["-requires-new-resource", "~requires-new-resource"]),
    // tiers named as the localized docs name them
    ("en-us", "Data encryption with customer-managed keys is supported only on servers in the General Purpose and Memory Optimized pricing tiers.", &["pricing-tier=general purpose,memory optimized"]),
    ("fr-fr", "Le chiffrement des données avec des clés gérées par le client est pris en charge uniquement sur les serveurs des niveaux tarifaires Usage général et Mémoire optimisée.", &["pricing-tier=general purpose,memory optimized"]),
    ("zh-tw", "只有一般用途和記憶體最佳化定價層中的伺服器支援客戶自控金鑰。", &["pricing-tier=general purpose,memory optimized"]),
    // a read replica is no moment of reading
    ("zh-tw", "讀取複本和從備份還原的伺服器，會使用與主要伺服器相同的客戶自控金鑰進行加密。", &["-encrypt-on-read"]),
    ("en-us", "Read replicas and restored servers are encrypted with the same customer-managed key as the primary server.", &["-encrypt-on-read"]),
    // the resource to be created again, or not
    ("en-us", "Customer-managed keys are supported. You don't have to recreate your Application Insights resource or its workspace.", &["requires-new-resource!", "~requires-new-resource"]),
    ("es-es", "Se admiten claves administradas por el cliente. No es necesario volver a crear el recurso de Application Insights ni su área de trabajo.", &["requires-new-resource!"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Повторно создавать ресурс Application Insights или его рабочую область не требуется.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. To use customer-managed keys, you must recreate the cluster.", &["requires-new-resource", "~requires-new-resource!"]),
    ("en-us", "Customer-managed keys are supported. If you delete the key vault, you must recreate it.", &["-requires-new-resource"]),
    ("en-us", "Data encryption with customer-managed keys is supported. You can enable data encryption on an existing server; you don't need to create a new one.", &["requires-new-resource!"]),
    // storage that stops working once the key is disabled
    ("ru-ru", "Если отключить ключ, управляемый клиентом, хранилище кластера перестанет работать в течение часа.", &["revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키를 사용하지 않도록 설정하면 1시간 이내에 클러스터 스토리지가 작동을 멈춥니다.", &["revocation-blocks-access"]),
    // no change to the applications
    ("en-us", "Data is encrypted when it's written to disk. Your applications don't need any changes to work with encrypted data.", &["transparent-encryption"]),
    ("zh-tw", "資料會在寫入磁碟時加密。您的應用程式不需要任何變更，即可使用加密的資料。", &["transparent-encryption"]),
    ("zh-tw", "預先存在的 Azure 磁碟加密設定需要哪些變更？不需要任何變更。", &["-transparent-encryption"]),
    // the need of a new resource denied in so many words
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. U hoeft het archief niet opnieuw te maken.", &["requires-new-resource!"]),
    ("zh-cn", "可以在现有的应用配置存储中启用客户管理的密钥，无需重新创建存储或重新导入键值。", &["requires-new-resource!"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Nemusíte vytvářet nový účet Automation.", &["requires-new-resource!"]),
    // the tier required in the sentence or the lead-in of a list, not every tier
    ("en-us", "Customer-managed keys are supported. After your request is approved, you have to create a new Speech resource in the S0 pricing tier.", &["pricing-tier=S0"]),
    ("en-us", "Customer-managed keys are supported. You need a NetApp account in any of the service tiers (Standard, Premium and Ultra).", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys are supported. You need a NetApp account in the Premium service tier.", &["pricing-tier=premium"]),
    ("en-us", "Customer-managed keys are supported. By default, the DEK is protected by a built-in server certificate that Azure manages for you.", &["default-platform-keys"]),
    // data encrypted when written is encrypted at rest; a denied pair is encrypt-on-write's
    ("en-us", "Azure Storage encrypts the data in your file shares automatically when it's written to disk.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("es-es", "Los datos se cifran al guardarlos y se descifran al acceder a ellos.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("en-us", "The data isn't encrypted when it's written to the disk.", &["encrypt-on-write!", "-encrypts-at-rest"]),
    // a service that can no longer write once the key is gone has lost access
    ("en-us", "Customer-managed keys are supported. If the key is disabled or deleted, Site Recovery can't write to the replica disks.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si la clave se deshabilita o se elimina, Site Recovery no puede escribir en los discos de réplica.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als de sleutel wordt uitgeschakeld, kan Site Recovery niet naar de replicaschijven schrijven.", &["revocation-blocks-access"]),
    // nothing to change in the code
    ("en-us", "Encryption and decryption happen behind the scenes, so there's nothing to change in your code or applications to benefit from them.", &["transparent-encryption"]),
    ("fr-fr", "Le chiffrement et le déchiffrement s'effectuent en arrière-plan : vous n'avez rien à modifier dans votre code ou vos applications pour en bénéficier.", &["transparent-encryption"]),
    ("ru-ru", "Шифрование и расшифровка выполняются в фоновом режиме, поэтому вам не нужно ничего менять в коде или приложениях, чтобы воспользоваться ими.", &["transparent-encryption"]),
    // a denied extra layer is no denial of encryption at rest
    ("en-us", "SFTP doesn't add its own layer of encryption for data at rest.", &["-encrypts-at-rest!"]),
    ("hu-hu", "Az SFTP nem ad hozzá saját titkosítási réteget az inaktív adatokhoz.", &["-encrypts-at-rest!"]),
    ("nl-nl", "SFTP voegt geen eigen versleutelingslaag voor data-at-rest toe.", &["-encrypts-at-rest!"]),
    ("en-us", "Data at rest isn't encrypted.", &["encrypts-at-rest!"]),
    // a managed identity offered as an option is no requirement
    ("en-us", "Customer-managed keys are supported. Under Select principal, search for Azure Cosmos DB (or for the account's managed identity if you want to use one instead) and select it.", &["-managed-identity-required"]),
    ("sv-se", "Kundhanterade nycklar stöds. Under Välj huvudnamn söker du efter Azure Cosmos DB (eller efter kontots hanterade identitet om du hellre vill använda den) och markerar det.", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are supported. If you want to use customer-managed keys, the account needs a managed identity.", &["managed-identity-required"]),
    // a moment after a clause-final connective (ko -며,) or a clause-opening conjunction
    // after a comma (zh 而且, 並且) is the next clause's, not the encryption's
    ("ko-kr", "Microsoft Entra ID는 복구 키를 암호화하여 저장하며, 누군가 키를 읽을 때마다 해당 액세스가 Microsoft Entra 감사 로그에 기록됩니다.", &["~encrypt-on-read"]),
    ("ko-kr", "데이터는 암호화되며, 읽을 때 해독됩니다.", &["~encrypt-on-read", "decrypt-on-read"]),
    ("ko-kr", "데이터는 읽을 때 암호화되며, 쓸 때 복호화됩니다.", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-tw", "Microsoft Entra ID 會以加密方式儲存修復金鑰，而且每當有人讀取金鑰時，該存取都會記錄在 Microsoft Entra 稽核記錄中。", &["~encrypt-on-read"]),
    ("zh-cn", "Microsoft Entra ID 会以加密方式存储恢复密钥，而且每当有人读取密钥时，该访问都会记录在 Microsoft Entra 审核日志中。", &["~encrypt-on-read"]),
    ("zh-tw", "資料在寫入時加密，並且在讀取時解密。", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    // redeploying is re-creating: a denied need of it is no new resource needed
    ("en-us", "Customer-managed keys are supported. You don't need to redeploy existing session hosts to use customer-managed keys.", &["requires-new-resource!", "~requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Vous n'avez pas besoin de redéployer les hôtes de session existants pour utiliser des clés gérées par le client.", &["requires-new-resource!"]),
    ("zh-tw", "支援客戶管理的金鑰。您不需要重新部署現有的工作階段主機，即可使用客戶管理的金鑰。", &["requires-new-resource!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Müşteri tarafından yönetilen anahtarları kullanmak için mevcut oturum konaklarını yeniden dağıtmanız gerekmez.", &["requires-new-resource!", "~requires-new-resource"]),
    // tr gerekmez (is not needed) denies a requirement said at the end of the sentence
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Müşteri tarafından yönetilen anahtarlar için yeni bir hesap oluşturmanız gerekmez.", &["requires-new-resource!", "~requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Müşteri tarafından yönetilen anahtarlar için yeni bir hesap oluşturmanız gerekir.", &["requires-new-resource", "~requires-new-resource!"]),
    // no change needed, in the plural and with the object between the verb and its negation
    ("de-de", "Daten werden im Ruhezustand verschlüsselt. Mit der Verschlüsselung müssen Sie Ihre Umgebungsdefinitionen nicht anpassen.", &["transparent-encryption"]),
    ("de-de", "Daten werden im Ruhezustand verschlüsselt. Sie ändert nichts daran, wie Power BI Daten verschlüsselt, die Power BI Desktop zwischenspeichert.", &["~transparent-encryption"]),
    ("fr-fr", "TDE chiffre les données au repos, et vos applications n'ont besoin d'aucune modification pour l'utiliser.", &["transparent-encryption"]),
    ("it-it", "TDE crittografa i dati inattivi e le applicazioni non richiedono alcuna modifica per usarlo.", &["transparent-encryption"]),
    ("es-es", "TDE cifra los datos en reposo y las aplicaciones no requieren ningún cambio para usarlo.", &["transparent-encryption"]),
    ("pt-br", "A TDE criptografa os dados em repouso e os aplicativos não exigem nenhuma alteração para usá-la.", &["transparent-encryption"]),
    // inflections of lost access, read-back moments, layers and tiers that translations use
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud odvoláte přístup ke klíči nebo klíč odstraníte, klienti už nebudou moct číst ze sdílených složek v účtu.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Zugriff auf den Schlüssel widerrufen, können Clients nicht mehr aus den Dateifreigaben des Kontos lesen.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel deaktivieren, kann Video Indexer den Datenverschlüsselungsschlüssel nicht mehr entpacken.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli odwołasz dostęp do klucza, klienci nie będą już mogli odczytywać danych w udziałach plików.", &["revocation-blocks-access"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. Depois que o acesso é revogado, o serviço não consegue descriptografar seus dados.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Puede bloquear un entorno revocando el acceso a la clave, lo que hace que los datos dejen de estar disponibles para todos.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Los datos se cifran cuando se escriben en el disco y se descifran cuando se vuelven a leer en memoria.", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Datové stránky se šifrují při zápisu na disk a dešifrují se při zpětném načtení do paměti.", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    ("zh-cn", "支持客户管理的密钥。配置 CMK 后，数据会在默认平台加密之上再获得一层保护。", &["double-encryption"]),
    ("zh-tw", "支援客戶管理的金鑰。設定 CMK 之後，您的資料會在平台加密之上多一層保護。", &["double-encryption"]),
    ("zh-cn", "使用客户管理的密钥进行磁盘加密仅适用于企业层和企业 Flash 层。", &["pricing-tier=enterprise"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 데이터베이스 페이지는 디스크에 기록되기 전에 암호화되므로 애플리케이션을 전혀 변경하지 않고도 계속 사용할 수 있습니다.", &["transparent-encryption"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Media Services data při čtení dešifruje, aniž byste museli měnit své aplikace.", &["transparent-encryption"]),
    // creating the key is an operation on it, and still no new resource
    ("en-us", "Customer-managed keys are supported. With customer-managed keys, you take charge of the key lifecycle: you create the key, rotate it when your policies require, and revoke it if you need to cut off access.", &["key-operations=create,revoke,rotate"]),
    ("en-us", "Customer-managed keys are supported. You must create the key in a new key vault before you enable customer-managed keys.", &["~requires-new-resource", "~requires-new-resource!"]),
    ("es-es", "Se admiten claves administradas por el cliente. Usted se encarga del ciclo de vida de la clave: la crea, la rota cuando lo exijan sus directivas y la revoca si necesita cortar el acceso.", &["key-operations=create,revoke,rotate"]),
    // redeploying what revocation undeployed is no new resource
    ("en-us", "Customer-managed keys are supported. Your Custom Translator models are undeployed, and you need to redeploy them after access is restored.", &["~requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Wdrożenie modeli usługi Custom Translator zostanie cofnięte, a po przywróceniu dostępu trzeba je wdrożyć ponownie.", &["~requires-new-resource"]),
    // the keys available on tiers a sentence names are limited to them; not all tiers, not a
    // denial, not a dedicated cluster's "higher level of protection"
    ("en-us", "Data encryption with a customer-managed key is set at the server level and is available on the General Purpose and Memory Optimized pricing tiers.", &["pricing-tier=general purpose,memory optimized"]),
    ("es-es", "El cifrado de datos con una clave administrada por el cliente está disponible en los planes de tarifa De uso general y Optimizada para memoria.", &["pricing-tier=general purpose,memory optimized"]),
    ("en-us", "Customer-managed keys are available on all pricing tiers, including the Basic tier.", &["~pricing-tier"]),
    ("en-us", "Data encryption with a customer-managed key isn't available on the Basic pricing tier.", &["~pricing-tier", "~pricing-tier!"]),
    ("fr-fr", "La clé gérée par le client est proposée sur des clusters dédiés, qui offrent un niveau de protection et de contrôle plus élevé.", &["~pricing-tier"]),
    // machines that can't be started after the key is disabled
    ("en-us", "Customer-managed keys are supported. If you disable or delete the key, lab VMs that use the key are stopped, and students can't start them until access is restored.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, le macchine virtuali vengono arrestate e gli studenti non possono avviarle finché l'accesso non viene ripristinato.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtarı devre dışı bırakırsanız, VM'ler durdurulur ve erişim geri yüklenene kadar öğrenciler bunları başlatamaz.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel rotieren, müssen Sie die VM nicht neu starten.", &["~revocation-blocks-access"]),
    // data decrypted when it is queried
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Les événements sont chiffrés quand ils sont écrits dans le stockage et déchiffrés quand vous les interrogez.", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Gli eventi vengono crittografati quando vengono scritti nell'archiviazione e decrittografati quando vengono sottoposti a query.", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Gebeurtenissen worden versleuteld wanneer ze naar de opslag worden geschreven en ontsleuteld wanneer u er query's op uitvoert.", &["encrypt-on-write", "decrypt-on-read", "~encrypt-on-read"]),
    // a denied limit to 2048-bit keys is rsa-2048 negated; the sizes listed after it are
    // no limit, and a plain limit to several sizes is none
    ("en-us", "Customer-managed keys are supported. You aren't limited to 2048-bit keys: RSA keys of 2048, 3072, or 4096 bits are supported.", &["rsa-2048!", "~rsa-2048"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Sie sind nicht auf 2048-Bit-Schlüssel beschränkt: RSA-Schlüssel mit 2048, 3072 oder 4096 Bit werden unterstützt.", &["rsa-2048!"]),
    ("zh-tw", "支援客戶管理的金鑰。您不限於使用 2048 位元的金鑰：支援 2048、3072 或 4096 位元的 RSA 金鑰。", &["rsa-2048!"]),
    ("en-us", "Customer-managed keys are supported. The key size is limited to 2048, 3072 or 4096 bits.", &["~rsa-2048!", "~rsa-2048"]),
    // de: read by you ("wenn Sie sie lesen")
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Der Dienst entschlüsselt die Daten, wenn Sie sie lesen.", &["decrypt-on-read", "~encrypt-on-read"]),
    // a denied key store states nothing about where the keys are; ko 아니면 ("or else")
    // is no negation
    ("en-us", "Customer-managed keys are in preview. Azure Key Vault isn't supported as a key store for the TDE protector.", &["~cmk-in-key-vault", "~cmk-in-key-vault!"]),
    ("fr-fr", "Les clés gérées par le client sont en préversion. Azure Key Vault n'est pas pris en charge comme magasin de clés pour le protecteur TDE.", &["~cmk-in-key-vault", "~cmk-in-key-vault!"]),
    ("en-us", "Customer-managed keys are supported. The key is stored in Azure Key Vault.", &["cmk-in-key-vault"]),
    ("ko-kr", "암호화 범위를 정의할 때 해당 범위를 Microsoft 관리형 키로 보호할지, 아니면 Azure Key Vault에 저장된 고객 관리형 키로 보호할지 지정합니다.", &["cmk-in-key-vault"]),
    // Microsoft or the platform as the agent of what is done to the keys
    ("en-us", "By default, the keys that protect it are generated, stored, and rotated by Microsoft, so no action is needed on your part.", &["default-platform-keys"]),
    ("en-us", "By default, your keys can't be read by Microsoft.", &["-default-platform-keys"]),
    ("en-us", "The encryption keys are generated and rotated by the Azure platform, and you can't view or export them.", &["default-platform-keys"]),
    ("en-us", "Host keys are generated and managed by Microsoft, and you can't upload your own host key.", &["-default-platform-keys"]),
    ("en-us", "The data encryption keys are generated by Microsoft and wrapped with the key.", &["-default-platform-keys"]),
    ("tr-tr", "Varsayılan olarak verileri koruyan anahtarlar Microsoft tarafından oluşturulur, depolanır ve döndürülür.", &["default-platform-keys"]),
    ("nl-nl", "Standaard worden de sleutels die deze gegevens beveiligen door Microsoft gegenereerd, opgeslagen en geroteerd.", &["default-platform-keys"]),
    ("fr-fr", "Une clé de compte par défaut est créée pour chaque compte et, par défaut, elle est protégée par une clé système appartenant à Microsoft.", &["default-platform-keys"]),
    ("ja-jp", "既定では、データを保護するキーは Microsoft によって生成、保存、ローテーションされます。", &["default-platform-keys"]),
    ("pl-pl", "Klucze szyfrowania są generowane i rotowane przez platformę Azure, a użytkownik nie może ich wyświetlać ani eksportować.", &["default-platform-keys"]),
    // a moment heads the action of its own clause, not the noun of a means before it
    ("zh-tw", "服務加密會在資料寫入磁碟時加密資料，並在讀取資料時將其解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("zh-cn", "服务加密在数据写入磁盘时加密数据，并在读取数据时将其解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 256비트 AES 암호화를 사용하여 스토리지에 쓸 때 암호화되고 읽을 때 암호 해독됩니다.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Veriler, AES şifrelemesi kullanılarak depolamaya yazıldığında şifrelenir ve okunduğunda şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ja-jp", "暗号化は書き込み時に行われ、復号は読み取り時に行われます。", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    ("en-us", "Data is encrypted when written and decryption happens on read.", &["encrypt-on-write", "decrypt-on-read", "-decrypt-on-write"]),
    // "can no longer be read" is lost access, not a moment of reading
    ("pt-pt", "Se o conjunto de encriptação de disco perder o acesso à chave, a versão da imagem deixa de poder ser lida.", &["-encrypt-on-read"]),
    ("fr-fr", "Si le jeu de chiffrement de disque perd l'accès à la clé, les données ne peuvent plus être lues.", &["-encrypt-on-read"]),
    // a denied redeployment, in a sentence of its own after the existing resource
    ("en-us", "With customer-managed keys, you don't have to redeploy the private cloud.", &["requires-new-resource!"]),
    ("en-us", "With customer-managed keys, you need to redeploy your models after access is restored.", &["-requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーでは、プライベート クラウドを再デプロイする必要はなく、後で Microsoft マネージド キーに戻すこともできます。", &["requires-new-resource!"]),
    // Customer Key by its localized name; submitting a request; two layers of encryption
    ("de-de", "Mit Kundenschlüssel stellen Sie die Stammschlüssel bereit, die die Dienstverschlüsselung verwendet.", &["supports-cmk"]),
    ("nl-nl", "Klantsleutel vereist een aanvraag: u start de registratie door een aanvraag in te dienen.", &["access-by-request"]),
    ("ja-jp", "Data Factory は Key Vault に要求を送信して、アカウント暗号化キーのラップを解除します。", &["-access-by-request"]),
    ("tr-tr", "Müşteri Anahtarı ile içeriğiniz iki şifreleme katmanıyla korunur.", &["supports-cmk", "double-encryption"]),
    ("zh-cn", "因此，使用客户管理的密钥的 OS 磁盘受到两层加密的保护。", &["double-encryption"]),
    // retrieved is read back
    ("en-us", "Data is encrypted automatically before it's persisted and decrypted before it's retrieved.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados automaticamente antes de serem mantidos e desencriptados antes de serem obtidos.", &["encrypt-on-write", "decrypt-on-read"]),
    // a new image version is a new resource, not a new key version
    ("pt-pt", "Para utilizar chaves geridas pelo cliente, tem de criar uma nova versão de imagem.", &["requires-new-resource"]),
    ("pt-pt", "Para utilizar chaves geridas pelo cliente, tem de criar uma nova versão da chave.", &["-requires-new-resource"]),
    // the data a host writes is encrypted as it is written; retrieval and lost reads in de, sv, it
    ("en-us", "Each host uses data encryption keys to encrypt the data that it writes to its disks.", &["encrypt-on-write"]),
    ("de-de", "Daten werden automatisch verschlüsselt, bevor sie persistent gespeichert werden, und vor dem Abrufen entschlüsselt.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Data krypteras automatiskt innan de sparas och dekrypteras innan de hämtas.", &["encrypt-on-write", "decrypt-on-read"]),
    ("de-de", "Wenn Sie den kundenseitig verwalteten Schlüssel deaktivieren oder löschen, können Clients keine Daten im Konto mehr lesen.", &["revocation-blocks-access"]),
    ("it-it", "Se la chiave gestita dal cliente viene disabilitata, Backup di Azure non può più annullare il wrapping delle chiavi di crittografia dei dati.", &["revocation-blocks-access"]),
    // no action needed to have the encryption, in the clause that names it
    ("en-us", "You don't need to take any action to enable this encryption.", &["transparent-encryption"]),
    ("en-us", "By default, the keys behind that encryption are Microsoft-managed keys, and you don't need to do anything to use them.", &["default-platform-keys", "-transparent-encryption"]),
    ("tr-tr", "Bu şifrelemeyi etkinleştirmek için herhangi bir işlem yapmanız gerekmez.", &["transparent-encryption"]),
    ("ko-kr", "이 암호화를 사용하도록 설정하기 위해 별도의 작업을 수행할 필요는 없습니다.", &["transparent-encryption"]),
    ("fr-fr", "Vous n'avez aucune action à effectuer pour activer ce chiffrement.", &["transparent-encryption"]),
    ("en-us", "Azure Backup automatically encrypts all your backed-up data while it's stored in the cloud.", &["encrypts-at-rest", "-encrypt-on-write"]),
    // a change denied is no denial of the protection; a place ("in memory") narrows a denial
    ("zh-tw", "TDE 和客戶管理金鑰不會變更傳輸中資料的保護方式。", &["-encrypts-in-transit"]),
    ("sv-se", "Data i en Redis-server lagras som standard i minnet, och Azure Managed Redis krypterar inte data i minnet.", &["-encrypts-at-rest"]),
    ("en-us", "Azure Managed Redis doesn't encrypt data in memory.", &["-encrypts-at-rest"]),
    // pl "a" and ru "а" open a clause of their own; a bare ru verb "read" is no moment
    ("pl-pl", "Jeśli klucz zostanie wyłączony, pamięć podręczna nie może już odszyfrować danych na swoim dysku, a utrwalonych danych nie można odczytać.", &["-decrypt-on-write"]),
    ("ru-ru", "Хранилище ключей должно разрешать доступ для шифрования дисков, чтобы платформа Azure могла считывать секрет и KEK.", &["-encrypt-on-read"]),
    ("ru-ru", "Каждая страница расшифровывается при считывании в память.", &["decrypt-on-read"]),
    // nl "biedt geen ondersteuning voor": one denial, not support beside a denied support
    ("nl-nl", "Deze service biedt geen ondersteuning voor door de klant beheerde sleutels (CMK).", &["supports-cmk!"]),
    ("nl-nl", "Deze service biedt ondersteuning voor door de klant beheerde sleutels.", &["supports-cmk"]),
    // a denied move of the data is no need of a new resource; a needed one states nothing
    ("en-us", "With customer-managed keys, you don't have to move your data to another account.", &["requires-new-resource!"]),
    ("en-us", "To use customer-managed keys, you must move your data to the new account.", &["requires-new-resource"]),
    ("sv-se", "Med kundhanterade nycklar behöver du inte flytta dina data till ett annat konto.", &["requires-new-resource!"]),
    // "without requiring changes to the application" in the translations of setAW
    ("zh-tw", "TDE 會即時加密和解密資料庫、其備份及交易記錄檔，而不需要變更應用程式。", &["transparent-encryption"]),
    ("ko-kr", "TDE는 애플리케이션을 변경할 필요 없이 데이터베이스를 실시간으로 암호화하고 해독합니다.", &["transparent-encryption"]),
    ("cs-cz", "TDE provádí šifrování a dešifrování databáze v reálném čase, aniž by vyžadovalo změny aplikace.", &["transparent-encryption"]),
    ("ru-ru", "TDE выполняет шифрование и расшифровку базы данных в режиме реального времени без необходимости вносить изменения в приложение.", &["transparent-encryption"]),
    // possessive moments (cs "při jejím zápisu", ru "при ее записи"); it "senza dover"; pt "não conseguirá desencapsular"
    ("cs-cz", "TDE šifruje každou datovou stránku při jejím zápisu na disk a dešifruje ji při jejím načtení do paměti.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "TDE шифрует каждую страницу данных при ее записи на диск и расшифровывает ее при считывании в память.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "È possibile abilitare le chiavi gestite dal cliente in una macchina virtuale esistente, senza dover ridistribuire la macchina virtuale.", &["requires-new-resource!"]),
    ("pt-br", "Se você desabilitar ou excluir a chave gerenciada pelo cliente, a VM não conseguirá desencapsular o segredo nem desbloquear seus volumes criptografados.", &["revocation-blocks-access"]),
    // a tier glossed by its code in parentheses is one tier, the code
    ("en-us", "BYOS and customer-managed keys are available only for Speech resources in the Standard (S0) pricing tier.", &["pricing-tier=S0"]),
    ("en-us", "Customer-managed keys are available only in the S0 (Standard) pricing tier.", &["pricing-tier=S0"]),
    ("en-us", "Customer-managed keys are available in the Basic and Standard (S1) pricing tiers.", &["pricing-tier=basic,S1"]),
    ("de-de", "BYOS und kundenseitig verwaltete Schlüssel sind nur für Speech-Ressourcen im Tarif „Standard“ (S0) verfügbar.", &["pricing-tier=S0"]),
    // a generic subject ("many Azure services") says what services in general do; near
    // miss: traffic between the service and other Azure services is the service's own
    ("en-us", "Many Azure services, such as Azure Storage and Azure SQL Database, can use keys in Managed HSM as customer-managed keys.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("en-us", "Traffic between your clients and the service, and between the service and other Azure services, is encrypted with TLS 1.2.", &["encrypts-in-transit"]),
    ("en-us", "The service supports customer-managed keys stored in Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("fr-fr", "De nombreux services Azure, comme Stockage Azure, peuvent utiliser des clés de HSM managé en tant que clés gérées par le client.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("ko-kr", "Azure Storage 및 Azure SQL Database와 같은 많은 Azure 서비스는 관리형 HSM의 키를 고객 관리형 키로 사용할 수 있습니다.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("zh-cn", "许多 Azure 服务（例如 Azure 存储）可以将托管 HSM 中的密钥用作客户管理的密钥。", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("tr-tr", "Azure Depolama gibi birçok Azure hizmeti, Yönetilen HSM'deki anahtarları müşteri tarafından yönetilen anahtarlar olarak kullanabilir.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("ru-ru", "Многие службы Azure хранят свои ключи шифрования в Key Vault.", &["-cmk-in-key-vault"]),
    ("de-de", "Viele Azure-Dienste unterstützen kundenseitig verwaltete Schlüssel.", &["-supports-cmk"]),
    ("de-de", "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.", &["supports-cmk"]),
    // one clause, two rules of one claim: the negation that governs one of them denies it
    ("hu-hu", "Nem használhat saját kulcsot a kamratároló vagy a megosztott tároló titkosításához.", &["supports-cmk!", "~supports-cmk"]),
    ("ja-jp", "独自のキーを使用してチャンバー ストレージや共有ストレージを暗号化することはできません。", &["supports-cmk!", "~supports-cmk"]),
    ("pt-pt", "Não pode utilizar a sua própria chave para encriptar o armazenamento da câmara nem o armazenamento partilhado.", &["supports-cmk!", "~supports-cmk"]),
    ("ja-jp", "独自のキーを使用してストレージを暗号化できます。", &["supports-cmk", "~supports-cmk!"]),
    // the TDE protector is the key that wraps the database encryption key; by default a
    // service-managed one (near miss: a certificate that no default and no service manages)
    ("en-us", "Customer-managed keys are supported. The TDE protector is an asymmetric key that encrypts the database encryption key (DEK).", &["cmk-is-kek"]),
    ("en-us", "By default, the TDE protector is a service-managed certificate: Microsoft creates, stores, and rotates it for you.", &["default-platform-keys"]),
    ("en-us", "The gateway uses a certificate that you upload.", &["-default-platform-keys"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. TDE 보호기는 DEK(데이터베이스 암호화 키)를 암호화하는 비대칭 키입니다.", &["cmk-is-kek"]),
    ("ja-jp", "既定では、TDE 保護機能はサービス マネージド証明書であり、Microsoft がお客様に代わって作成、格納、ローテーションを行います。", &["default-platform-keys"]),
    ("de-de", "Standardmäßig ist die TDE-Schutzvorrichtung ein dienstseitig verwaltetes Zertifikat: Microsoft erstellt, speichert und rotiert es für Sie.", &["default-platform-keys"]),
    ("nl-nl", "Standaard is de TDE-beveiliging een door de service beheerd certificaat: Microsoft maakt, bewaart en roteert het voor u.", &["default-platform-keys"]),
    // a query is a read: decrypted when you query it
    ("zh-cn", "数据在写入存储时会被加密，在你通过 URL 查询数据时会被解密。", &["encrypt-on-write", "decrypt-on-read"]),
    ("cs-cz", "Data se šifrují při zápisu do úložiště a dešifrují se, když se na ně dotazujete.", &["encrypt-on-write", "decrypt-on-read"]),
    // a denial set aside as narrowed leaves no support read from the same words by another
    // rule without the negation
    ("sv-se", "Kundhanterade nycklar (CMK) stöds inte i tjänsten, så du kan inte använda din egen nyckel för att kryptera data på en arbetsyta.", &["~supports-cmk"]),
    ("sv-se", "Du kan använda din egen nyckel för att kryptera data på en arbetsyta.", &["supports-cmk"]),
    // "Azure manages" is the platform; "Azure Managed Grafana" is a product name
    ("en-us", "By default, Azure manages the encryption keys.", &["default-platform-keys"]),
    ("en-us", "Data is encrypted with Azure-managed keys.", &["default-platform-keys"]),
    // a request form denied under a heading about the keys; what other services need
    // narrows nothing
    ("en-us", "Customer-managed keys are supported. Unlike some older Cognitive Services, this service doesn't require a request form.", &["access-by-request!"]),
    ("en-us", "Customer-managed keys are supported. Some older Cognitive Services require a request form.", &["-access-by-request!"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Na rozdíl od některých starších služeb Cognitive Services nevyžaduje tato služba formulář žádosti.", &["access-by-request!"]),
    // encryption handled by the service is transparent; near miss: keys handled by you
    ("en-us", "Encryption and decryption are handled by the service.", &["transparent-encryption"]),
    ("sv-se", "Kryptering och dekryptering hanteras av tjänsten.", &["transparent-encryption"]),
    ("zh-tw", "加密和解密由服務處理。", &["transparent-encryption"]),
    ("de-de", "Ver- und Entschlüsselung werden vom Dienst übernommen.", &["transparent-encryption"]),
    ("en-us", "Access requests are handled by the service.", &["-transparent-encryption"]),
    // the key that unlocks the data can no longer be retrieved: the data is locked
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous supprimez ou désactivez la clé, la clé de déverrouillage ne peut plus être récupérée.", &["revocation-blocks-access"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtarı silerseniz veya devre dışı bırakırsanız, kilit açma anahtarı artık alınamaz.", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶自控金鑰。如果您刪除或停用金鑰，就無法再擷取解除鎖定金鑰。", &["revocation-blocks-access"]),
    // a write moment and a denied change with words between their parts
    ("cs-cz", "Azure je automaticky šifruje v neaktivním stavu, když se data ukládají do cloudu.", &["encrypts-at-rest", "encrypt-on-write"]),
    ("nl-nl", "Azure versleutelt ze automatisch wanneer de gegevens in de cloud worden opgeslagen.", &["encrypt-on-write"]),
    ("pt-pt", "O Azure encripta-os automaticamente quando os dados são mantidos na cloud.", &["encrypt-on-write"]),
    ("nl-nl", "Versleuteling heeft geen invloed op de prestaties, en gebruikers hoeven niets te wijzigen in hun toepassingen.", &["transparent-encryption"]),
    ("hu-hu", "A titkosítás nincs hatással a teljesítményre, és a felhasználóknak semmit sem kell módosítaniuk az alkalmazásaikon.", &["transparent-encryption"]),
    ("zh-tw", "加密不會影響磁碟效能，使用者也不需要在其 VM 或應用程式中變更任何項目。", &["transparent-encryption"]),
    // your own key store is no key of your own; near miss: your own key in a key vault
    ("en-us", "You keep customer-provided keys in your own key store, such as Azure Key Vault, and send them only when you need them.", &["-cmk-in-key-vault", "-supports-cmk"]),
    ("ko-kr", "고객 제공 키는 Azure Key Vault와 같은 자체 키 저장소에 보관하고 필요할 때만 보냅니다.", &["-cmk-in-key-vault"]),
    ("en-us", "You can use your own key to encrypt the data, and you keep your own key in Azure Key Vault.", &["cmk-in-key-vault", "supports-cmk"]),
    // stored encrypted is encrypted at rest; near miss: zh 加密儲存體 (encrypt the storage)
    ("en-us", "Data that you store directly in the service is stored encrypted.", &["encrypts-at-rest"]),
    ("ko-kr", "서비스에 직접 저장하는 데이터는 암호화되어 저장됩니다.", &["encrypts-at-rest"]),
    ("zh-tw", "預設範本包含設定 SSL、以憑證為基礎的用戶端驗證、加密儲存的認證等選項。", &["-encrypts-at-rest"]),
    // a denied dependency denies neither encryption; near miss: a denied encryption
    ("ru-ru", "Шифрование при передаче не зависит от шифрования неактивных данных.", &["-encrypts-at-rest!", "-encrypts-in-transit!"]),
    ("en-us", "Encryption in transit doesn't depend on encryption at rest.", &["-encrypts-at-rest!", "-encrypts-in-transit!"]),
    ("de-de", "Die Verschlüsselung während der Übertragung hängt nicht von der Verschlüsselung ruhender Daten ab.", &["-encrypts-at-rest!", "-encrypts-in-transit!"]),
    ("ru-ru", "Данные не шифруются при передаче.", &["encrypts-in-transit!"]),
    // a topic's comma parts no clause (ja "…は、…"): its predicate ends the sentence
    ("ja-jp", "インフラストラクチャの二重暗号化は、フレキシブル サーバーでは使用できません。", &["double-encryption!", "~double-encryption"]),
    ("ja-jp", "カスタマー マネージド キーは、新しいレジストリの作成時にのみ構成できます。", &["requires-new-resource"]),
    ("ja-jp", "二重暗号化を有効にする必要はありません。", &["-double-encryption!"]),
    // double encryption denied where its availability is, past a complement of its noun
    ("en-us", "Infrastructure double encryption isn't available on flexible server.", &["double-encryption!", "~double-encryption"]),
    ("en-us", "You don't need to enable double encryption.", &["-double-encryption!"]),
    ("de-de", "Die doppelte Verschlüsselung der Infrastruktur ist auf dem flexiblen Server nicht verfügbar.", &["double-encryption!", "~double-encryption"]),
    ("es-es", "El cifrado doble de infraestructura no está disponible en el servidor flexible.", &["double-encryption!"]),
    ("pl-pl", "Podwójne szyfrowanie infrastruktury nie jest dostępne na serwerze elastycznym.", &["double-encryption!", "~double-encryption"]),
    ("fr-fr", "Le double chiffrement de l'infrastructure n'est pas disponible sur un serveur flexible.", &["double-encryption!"]),
    // "configuration", a noun, says no support: the denial before it stands
    ("en-us", "Customer-managed keys aren't supported, so you can't bring your own key to encrypt the environment's configuration or secrets.", &["supports-cmk!", "~supports-cmk"]),
    ("de-de", "Daher können Sie keinen eigenen Schlüssel verwenden, um die Konfiguration oder die Geheimnisse der Umgebung zu verschlüsseln.", &["supports-cmk!", "~supports-cmk"]),
    ("tr-tr", "Bu nedenle ortamın yapılandırmasını veya gizli dizilerini şifrelemek için kendi anahtarınızı getiremezsiniz.", &["~supports-cmk"]),
    ("de-de", "Sie können kundenseitig verwaltete Schlüssel für den Arbeitsbereich konfigurieren.", &["supports-cmk"]),
    ("fr-fr", "Vous pouvez configurer des clés gérées par le client pour l'espace de travail.", &["supports-cmk"]),
    // "many of those services" is what services in general do
    ("en-us", "Most of the data that your apps produce is stored in other Azure services, and many of those services support customer-managed keys.", &["-supports-cmk"]),
    ("pt-pt", "A maior parte dos dados é armazenada noutros serviços do Azure, e muitos desses serviços suportam chaves geridas pelo cliente.", &["-supports-cmk"]),
    ("ja-jp", "データの大半は他の Azure サービスに格納されており、それらのサービスの多くはカスタマー マネージド キーをサポートしています。", &["-supports-cmk"]),
    ("zh-cn", "大部分数据都存储在其他 Azure 服务中，其中许多服务支持客户管理的密钥。", &["-supports-cmk"]),
    ("en-us", "Many customers use customer-managed keys for the service.", &["supports-cmk"]),
    // a managed identity offered beside another kind of identity is no requirement, and
    // one that another identity makes unneeded is a requirement denied
    ("en-us", "You can grant the Azure Cosmos DB first-party identity, or a managed identity of the account, access to the customer-managed key in the key vault.", &["-managed-identity-required"]),
    ("en-us", "The connector reaches the customer-managed key as this service principal, so a managed identity isn't required.", &["managed-identity-required!"]),
    ("en-us", "The account uses a managed identity to access the customer-managed key in the key vault.", &["managed-identity-required"]),
    ("de-de", "Sie können der Erstanbieteridentität von Azure Cosmos DB oder einer verwalteten Identität des Kontos Zugriff auf den kundenseitig verwalteten Schlüssel im Schlüsseltresor gewähren.", &["-managed-identity-required"]),
    ("de-de", "Das Konto verwendet eine verwaltete Identität, um auf den kundenseitig verwalteten Schlüssel im Schlüsseltresor zuzugreifen.", &["managed-identity-required"]),
    ("ja-jp", "Azure Cosmos DB のファースト パーティ ID、またはアカウントのマネージド ID に、キー コンテナー内のカスタマー マネージド キーへのアクセス権を付与できます。", &["-managed-identity-required"]),
    // two layers named without encryption are double encryption only where the sentence
    // names encryption itself
    ("de-de", "Azure Backup bietet zwei Schutzebenen für Blockblobs: die operative Sicherung und die Tresorsicherung.", &["-double-encryption"]),
    ("it-it", "Backup di Azure offre due livelli di protezione per i BLOB in blocchi: il backup operativo e il backup con insieme di credenziali.", &["-double-encryption"]),
    ("ru-ru", "Azure Backup предлагает два уровня защиты для блочных BLOB-объектов: оперативное резервное копирование и резервное копирование в хранилище.", &["-double-encryption"]),
    ("cs-cz", "Vyhrazené clustery můžou přidat druhou vrstvu šifrování na úrovni infrastruktury.", &["double-encryption"]),
    ("en-us", "Infrastructure encryption adds a second layer of protection to your data.", &["double-encryption"]),
    ("it-it", "TDE usa una gerarchia di chiavi a due livelli.", &["-double-encryption"]),
    // immutable (zh 不可变) is no negation
    ("zh-cn", "不可变静态数据的加密", &["encrypts-at-rest", "-encrypts-at-rest!"]),
    ("zh-cn", "静态数据不会加密。", &["encrypts-at-rest!"]),
    // ko "가져올 수 없" (can't bring) denies the own key
    ("ko-kr", "데이터를 암호화하기 위해 사용자 고유의 키를 가져올 수 없습니다.", &["~supports-cmk"]),
    ("ko-kr", "데이터를 암호화하기 위해 사용자 고유의 키를 가져올 수 있습니다.", &["supports-cmk"]),
    // "uso compartido" (sharing) is no use; zh "环境的配置" (the environment's configuration) no
    // support
    ("zh-cn", "Container Apps 环境目前不支持客户管理的密钥，因此你无法使用自己的密钥来加密环境的配置或机密。", &["supports-cmk!", "~supports-cmk"]),
    ("es-es", "En este artículo se describe cómo encajan las claves administradas por el cliente en una relación de uso compartido.", &["-supports-cmk"]),
    // ko "managed by you" with "직접" (yourself); pl data that flows, its encrypted form apart
    ("ko-kr", "고객 관리형 키가 지원됩니다. 암호화 및 암호 해독은 투명하게 처리되며, 이는 암호화 및 액세스를 사용자가 직접 관리한다는 의미입니다.", &["transparent-encryption!"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 암호화 및 암호 해독은 투명하게 처리되며, 이는 암호화 및 액세스가 자동으로 관리된다는 의미입니다.", &["transparent-encryption", "-transparent-encryption!"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. I dati vengono crittografati durante la scrittura e vengono decrittografati automaticamente quando li si legge.", &["decrypt-on-read", "encrypt-on-write"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Dane przepływają z hosta maszyny wirtualnej do usługi Storage w postaci zaszyfrowanej.", &["encrypts-in-transit"]),
    // what keeps its access in a sentence after the revocation: the claim denied; not access
    // to a key, nor what stays accessible through a rotation
    ("zh-tw", "支援客戶自控金鑰。如果您停用或刪除金鑰，伺服器就會失去對金鑰的存取權。不過，在存取權還原之前，其資料仍然可以讀取。", &["revocation-blocks-access!"]),
    ("en-us", "Customer-managed keys are supported. If you revoke access to the key, the account is affected. Its data can still be read, however.", &["revocation-blocks-access!"]),
    ("zh-tw", "支援客戶自控金鑰。如果您撤銷存取權，伺服器就會受到影響。在容錯移轉群組中，請先確定次要伺服器仍可存取其金鑰，再進行容錯移轉。", &["-revocation-blocks-access!"]),
    ("en-us", "Customer-managed keys are supported. You can rotate or revoke the key. All your data remains accessible during and after key rotation.", &["-revocation-blocks-access!"]),
    // encryption when stored with a pronoun or the data named, another layer said in ru and
    // zh, the content at rest in hu
    ("it-it", "Le chiavi gestite dal cliente sono supportate. I dischi sono crittografati per impostazione predefinita con una chiave gestita dalla piattaforma Microsoft e attualmente non è possibile specificare una chiave personalizzata per questi dischi.", &["default-platform-keys", "-default-platform-keys!"]),
    ("pt-br", "As chaves gerenciadas pelo cliente têm suporte. O serviço criptografa seus dados com criptografia AES de 256 bits quando eles são armazenados.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("zh-cn", "支持客户管理的密钥。Azure 机器学习在存储数据时使用 256 位 AES 加密对其进行加密。", &["encrypt-on-write", "encrypts-at-rest"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Шифрование по умолчанию можно дополнить еще одним уровнем шифрования, используя ключ, который вы создаете в Azure Key Vault.", &["double-encryption"]),
    ("zh-tw", "支援客戶自控金鑰。您可以使用在 Azure Key Vault 中建立及管理的金鑰，在預設加密之外再加上一層加密。", &["double-encryption"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. Az Azure automatikusan titkosítja a beállításjegyzék inaktív tartalmát szolgáltatás által kezelt kulcsokkal.", &["encrypts-at-rest"]),
    ("pt-br", "As chaves gerenciadas pelo cliente têm suporte. Quando eles são armazenados, os arquivos ficam disponíveis.", &["-encrypt-on-write"]),
    // keys that Microsoft provides, by default
    ("en-us", "Customer-managed keys are supported. Your data is stored encrypted by using keys that Microsoft provides by default.", &["default-platform-keys"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Ihre Daten werden verschlüsselt gespeichert, standardmäßig mit Schlüsseln, die Microsoft bereitstellt.", &["default-platform-keys"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Uw gegevens worden versleuteld opgeslagen met sleutels die standaard door Microsoft worden geleverd.", &["default-platform-keys"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Ваши данные хранятся в зашифрованном виде с использованием ключей, которые по умолчанию предоставляет корпорация Майкрософт.", &["default-platform-keys"]),
    ("en-us", "Customer-managed keys are supported. By default, the data is encrypted with keys that you provide.", &["-default-platform-keys"]),
    // a managed identity after a negation, across a coordination of verbs, or after a
    // recommendation, is none the feature needs; a requirement still is
    ("en-us", "Customer-managed keys are supported. You don't need to create or assign a managed identity.", &["-managed-identity-required"]),
    ("sv-se", "Kundhanterade nycklar stöds. Du behöver inte skapa eller tilldela någon hanterad identitet.", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are supported. We recommend that you give your search service a system-assigned or user-assigned managed identity, and then assign that identity a role on the key vault.", &["-managed-identity-required"]),
    ("pt-br", "As chaves gerenciadas pelo cliente têm suporte. Recomendamos que você dê ao serviço de pesquisa uma identidade gerenciada atribuída pelo sistema ou pelo usuário e, em seguida, atribua a essa identidade uma função no cofre de chaves.", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are supported. The service uses a managed identity to reach the key in the key vault.", &["managed-identity-required"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Opcjonalnie skonfiguruj eksport tak, aby uwierzytelniał się przy użyciu przypisanej przez system tożsamości zarządzanej aplikacji zamiast parametrów połączenia.", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are supported. The service needs a managed identity, and it doesn't use any other credential.", &["managed-identity-required"]),
    // the vault's two protections coordinated as one subject of the denied requirement
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Für den Schlüsseltresor müssen vorläufiges Löschen und Löschschutz nicht aktiviert sein.", &["soft-delete-purge-protection!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Für den Schlüsseltresor müssen vorläufiges Löschen und Löschschutz aktiviert sein.", &["soft-delete-purge-protection", "-soft-delete-purge-protection!"]),
    // a disk type is no tier ("Premium SSD v2" is a product, not the Premium tier), and the
    // mask that knows it is no concept: "und" still joins two noun phrases under the denial
    ("en-us", "Customer-managed keys are supported. You can switch an existing Ultra Disk or Premium SSD v2 disk to customer-managed keys only while the disk is detached.", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys are supported only for disks in the Premium tier.", &["pricing-tier=premium"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Die doppelte Verschlüsselung wird für Ultra-Datenträger und SSD Premium v2-Datenträger nicht unterstützt.", &["double-encryption!"]),
    // a second encryption denied leaves the first: no denial of encryption at rest
    ("en-us", "Customer-managed keys are supported. Double encryption at rest isn't supported for Ultra Disks or Premium SSD v2 disks.", &["double-encryption!", "-encrypts-at-rest!"]),
    ("zh-cn", "支持客户管理的密钥。超级磁盘和高级 SSD v2 磁盘不支持静态双重加密。", &["double-encryption!", "-encrypts-at-rest!"]),
    ("en-us", "Customer-managed keys are supported. The service doesn't encrypt data at rest.", &["encrypts-at-rest!"]),
    // a tier's code, a capital letter the lexicon does not name, where no named tier stands
    ("en-us", "Customer-managed keys for custom text classification are available only on the S pricing tier.", &["pricing-tier=S"]),
    ("en-us", "Customer-managed keys are available only on F SKUs; trial capacities aren't supported.", &["pricing-tier=F"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel sind nur für F-SKUs verfügbar; Testkapazitäten werden nicht unterstützt.", &["pricing-tier=F"]),
    ("ja-jp", "カスタム テキスト分類のカスタマー マネージド キーは、S 価格レベルでのみ使用できます。", &["pricing-tier=S"]),
    ("fr-fr", "Les clés gérées par le client ne sont disponibles qu’avec le niveau tarifaire S.", &["pricing-tier=S"]),
    ("en-us", "Customer-managed keys are available only on F64 or larger capacities of the F SKU.", &["pricing-tier=F,F64"]),
    // near misses: a named tier is the value, a sentence's first word and the letters that
    // are words are no code, and an elided article is part of its word
    ("en-us", "Customer-managed keys are available only in the Standard tier, as shown in figure B.", &["pricing-tier=standard"]),
    ("en-us", "A customer-managed key is supported only on the premium tier.", &["pricing-tier=premium"]),
    ("en-us", "Customer-managed keys require a paid tier, and I recommend one.", &["-pricing-tier"]),
    ("fr-fr", "Les clés gérées par le client ne sont disponibles qu’avec un niveau tarifaire payant. L'accès est immédiat.", &["-pricing-tier"]),
    // the customer's own encryption before writing is not the service's (en "own
    // encryption" in every locale); near miss: the service's; data on disk is at rest
    ("hu-hu", "Szükség esetén saját titkosítást is alkalmazhat az adatokra, mielőtt a gyorsítótárba írja őket.", &["-encrypt-on-write"]),
    ("zh-cn", "如果需要，可以在将数据写入缓存之前自行对数据实施加密。", &["-encrypt-on-write"]),
    ("ja-jp", "必要に応じて、キャッシュに書き込む前にデータに独自の暗号化を実装できます。", &["-encrypt-on-write"]),
    ("hu-hu", "A szolgáltatás titkosítja az adatokat, mielőtt a gyorsítótárba írja őket.", &["encrypt-on-write"]),
    ("zh-cn", "Azure Cache for Redis 在所有层级中都会加密磁盘上的数据。", &["encrypts-at-rest"]),
    ("hu-hu", "Az Azure Cache for Redis minden szinten titkosítja a lemezen lévő adatokat.", &["encrypts-at-rest"]),
    // data that you retrieve is read; near miss: retrieving it is no moment of an action
    ("en-us", "The service encrypts data when it's written to storage and decrypts it when you retrieve it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "The service encrypts data when it's written to storage, and you can retrieve it at any time.", &["encrypt-on-write", "-decrypt-on-read", "-encrypt-on-read"]),
    ("nl-nl", "De service versleutelt gegevens wanneer u ze ophaalt en ontsleutelt ze wanneer ze naar de opslag worden geschreven.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pt-br", "O serviço criptografa os dados quando eles são gravados no armazenamento e os descriptografa quando você os recupera.", &["encrypt-on-write", "decrypt-on-read"]),
    ("zh-cn", "服务在数据写入存储时对其进行加密，在你检索数据时对其进行解密。", &["encrypt-on-write", "decrypt-on-read"]),
    // a gapped phrase of an unspaced script stands beside the words in its gap (the
    // platform's key is a 256-bit AES key); near miss: a disk encryption set is a name,
    // no encryption that pairs with the read after it
    ("zh-tw", "根據預設，App Configuration 會使用 Microsoft 提供的 256 位元 AES 加密金鑰來加密敏感性資訊。", &["default-platform-keys", "aes-256"]),
    ("zh-cn", "支持客户管理的密钥。如果禁用或删除了密钥，或者磁盘加密集失去了对密钥的访问权限，则无法再读取映像版本。", &["revocation-blocks-access", "-encrypt-on-read"]),
    // information at rest as data at rest (ja, tr); a tier as nl "categorie"
    ("ja-jp", "Azure App Configuration は、保存されている機密情報を暗号化します。", &["encrypts-at-rest"]),
    ("tr-tr", "Azure App Configuration bekleyen hassas bilgileri şifreler.", &["encrypts-at-rest"]),
    ("nl-nl", "Door de klant beheerde sleutels zijn beschikbaar voor een archief in de categorie Standard of Premium.", &["pricing-tier=premium,standard"]),
    // compliance denied after a topic particle (ja には, ko 를); near miss: asserted
    ("ja-jp", "SSE では 256 ビット AES 暗号化が使用されますが、FIPS 140-2 には準拠していません。", &["fips-140-2!"]),
    ("ja-jp", "SSE は FIPS 140-2 には準拠しています。", &["fips-140-2"]),
    ("ko-kr", "SSE는 FIPS 140-2를 준수하지 않습니다.", &["fips-140-2!"]),
    ("ko-kr", "SSE는 FIPS 140-2를 준수합니다.", &["fips-140-2"]),
    // nl "zowel X als Y" (both X and Y) is no condition that narrows a negation; near
    // miss: "als de" (if the) is
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Door de klant beheerde sleutels vereisen geen sleutelkluis waarvoor zowel voorlopig verwijderen als opschoonbeveiliging is ingeschakeld.", &["soft-delete-purge-protection!"]),
    ("nl-nl", "Als de naamruimte al gegevens bevat, worden door de klant beheerde sleutels niet ondersteund.", &["-supports-cmk!"]),
    // a key Microsoft manages that the customer's key encrypts in turn is wrapped by a KEK,
    // in one clause or named before "in turn" and taken up by a pronoun; near misses: keys
    // offered side by side, a key Microsoft manages named again after the customer's is
    // turned off (ko 다시, again), and one that protects something else in turn
    ("en-us", "The data is still encrypted with the Microsoft-managed key, but the Microsoft-managed key is in turn encrypted with your customer-managed key.", &["cmk-is-kek"]),
    ("es-es", "Los datos se siguen cifrando con la clave administrada por Microsoft, pero esta, a su vez, se cifra con la clave administrada por el cliente.", &["cmk-is-kek"]),
    ("sv-se", "Data krypteras fortfarande med den Microsoft-hanterade nyckeln, men den Microsoft-hanterade nyckeln krypteras i sin tur med din kundhanterade nyckel.", &["cmk-is-kek"]),
    ("zh-tw", "資料仍會使用 Microsoft 管理的金鑰加密，而該 Microsoft 管理的金鑰則會再以您客戶管理的金鑰加密。", &["cmk-is-kek"]),
    ("en-us", "Data is encrypted with Microsoft-managed keys or with customer-managed keys.", &["-cmk-is-kek"]),
    ("ko-kr", "고객 관리형 키를 사용하지 않도록 설정하면 리소스가 다시 Microsoft 관리형 키로 암호화됩니다.", &["-cmk-is-kek"]),
    ("en-us", "Customer-managed keys encrypt the data, and Microsoft-managed keys in turn encrypt the service's own metadata.", &["-cmk-is-kek"]),
    // the loss of access in a sentence that points back to the deletion before it; near
    // miss: pointing back to a sentence that names no revocation, disabling or deletion
    ("en-us", "Customer-managed keys are supported. Deleting the key isn't supported. If you do, the API server can no longer decrypt secrets.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. Give the identity the Crypto User role on the key. Otherwise, the API server can no longer decrypt secrets.", &["-revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Das Löschen des Schlüssels wird nicht unterstützt. Andernfalls kann der API-Server Geheimnisse nicht mehr entschlüsseln.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Borttagning av nyckeln stöds inte. Om du gör det kan API-servern inte längre dekryptera hemligheter.", &["revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Usuwanie klucza nie jest obsługiwane. Jeśli to zrobisz, serwer interfejsu API nie będzie już mógł odszyfrować wpisów tajnych.", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶管理的金鑰。不支援刪除金鑰。若您這麼做，API 伺服器將無法再解密祕密。", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶管理的金鑰。請將角色指派給身分識別。否則，API 伺服器將無法再解密祕密。", &["-revocation-blocks-access"]),
    // the loss said with a gap (zh) or with "it will not be possible to access" (cs)
    ("cs-cz", "Klíče spravované zákazníkem jsou podporovány. Pokud klíč odvoláte, k datům už nebude možné přistupovat.", &["revocation-blocks-access"]),
    ("zh-cn", "支持客户管理的密钥。撤销密钥后，将无法再从命名空间访问这些数据。", &["revocation-blocks-access"]),
    // a coordinating word that joins two noun phrases in the gap of a moment's phrase
    // parts no clause (the readers are one subject); a gap that holds a moment of its own
    // is a clause
    ("en-us", "Each secure asset is decrypted only when a runbook or a DSC configuration reads it.", &["decrypt-on-read"]),
    ("en-us", "Each secure asset is encrypted when data is written or a runbook reads it.", &["encrypt-on-write", "-encrypt-on-read"]),
    ("de-de", "Jedes sichere Objekt wird erst entschlüsselt, wenn ein Runbook oder eine DSC-Konfiguration es liest.", &["decrypt-on-read"]),
    ("fr-fr", "Chaque ressource est déchiffrée lorsqu’elle est stockée, et elle n’est chiffrée que lorsqu’un runbook ou une configuration DSC la lit.", &["decrypt-on-write", "encrypt-on-read", "-encrypt-on-write", "-decrypt-on-read"]),
    ("fr-fr", "Chaque ressource sécurisée est chiffrée quand il est conservé dans le compte.", &["encrypt-on-write"]),
    // ko drops its spaces to match: the connective "-하여" before a word that opens with
    // 부 (부하, 부팅) is no "여부" (whether), which still makes a question of "지원 여부"
    ("ko-kr", "Azure Load Testing은 Microsoft 관리형 키를 사용하여 부하 테스트 리소스의 모든 미사용 데이터를 자동으로 암호화합니다.", &["encrypts-at-rest", "default-platform-keys"]),
    ("ko-kr", "고객 관리형 키를 사용하여 부하 테스트 리소스를 암호화할 수 있습니다.", &["supports-cmk"]),
    ("ko-kr", "고객 관리형 키 지원 여부는 지역에 따라 다릅니다.", &["-supports-cmk"]),
    // the data key and its encryption in one clause, the customer's key or vault in
    // another; not a page named after disk encryption keys and the encryption type set in
    // the next clause
    ("en-us", "When you configure a customer-managed key, the service encrypts the DEK with your key, which stays in Azure Key Vault.", &["cmk-is-kek"]),
    ("sv-se", "MEK är en asymmetrisk nyckel som krypterar DEK och lämnar aldrig Key Vault.", &["cmk-is-kek"]),
    ("en-us", "In the Azure portal, open the **Disk encryption keys** page of the cache creation wizard, select **Customer managed** as the encryption type, and then choose the key vault, the key, and the key version.", &["supports-cmk", "-cmk-is-kek"]),
    ("fr-fr", "Dans le portail Azure, ouvrez la page **Clés de chiffrement de disque** de l’Assistant Création du cache, sélectionnez **Géré par le client** comme type de chiffrement, puis choisissez le coffre de clés, la clé et la version de la clé.", &["supports-cmk", "-cmk-is-kek"]),
    // reading again, with words between the preposition and the reading (pl "podczas ich
    // ponownego odczytu", ru "при повторном чтении"), and traffic sent encrypted to a
    // place (de "verschlüsselt an den Speicherdienst übertragen")
    ("pl-pl", "Szyfrowanie na hoście szyfruje dane podczas ich zapisywania na dysku, a odszyfrowuje je podczas ich ponownego odczytu.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "Шифрование на узле шифрует данные при их записи на диск и расшифровывает их при повторном чтении.", &["encrypt-on-write", "decrypt-on-read"]),
    ("de-de", "Die Daten werden im Ruhezustand verschlüsselt und verschlüsselt an den Speicherdienst übertragen.", &["encrypts-at-rest", "encrypts-in-transit"]),
    ("de-de", "Die Daten werden verschlüsselt gespeichert und an den Speicherdienst übertragen.", &["-encrypts-in-transit"]),
    // a request made to go on with work that stopped is the remedy for a failure, not a
    // request for customer-managed keys
    ("en-us", "The customer-managed key can't be found. Open a support ticket to continue the job.", &["-access-by-request"]),
    ("en-us", "To use a customer-managed key, open a support ticket.", &["access-by-request"]),
    ("ja-jp", "カスタマー マネージド キーが見つかりません。ジョブを続行するには、サポート チケットを開いてください。", &["-access-by-request"]),
    ("ru-ru", "Ключ, управляемый клиентом, не найден. Чтобы продолжить задание, отправьте запрос в службу поддержки.", &["-access-by-request"]),
    ("hu-hu", "Az ügyfél által kezelt kulcs nem található. A feladat folytatásához nyisson támogatási jegyet.", &["-access-by-request"]),
    ("zh-cn", "找不到客户管理的密钥。请开具支持票证以继续该作业。", &["-access-by-request"]),
    ("zh-cn", "若要使用客户管理的密钥，请提交支持请求。", &["access-by-request"]),
    // the loss of access with an adverb inside it (fr "bloque de fait l'accès"), or with a
    // long object (zh-tw 封鎖對…的存取 over eleven characters), and zh "never again able"
    // (再也無法, the order of 無法再)
    ("fr-fr", "Les clés gérées par le client sont prises en charge. La révocation de l’accès bloque de fait l’accès à toutes les données de la ressource.", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶管理的金鑰。撤銷存取權實際上會封鎖對電腦視覺資源中所有資料的存取。", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶管理的金鑰。如果您撤銷存取權，服務就再也無法取得加密金鑰。", &["revocation-blocks-access"]),
    ("zh-cn", "支持客户管理的密钥。如果撤销访问权限，服务就再也无法访问加密密钥。", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶管理的金鑰。您可以設定防火牆規則來封鎖對金鑰保存庫的存取。", &["-revocation-blocks-access"]),
    // a clause word after a comma opens a clause in unspaced scripts: the reading there is
    // no moment of the encryption before it
    ("zh-cn", "此加密是透明的，因此无需更改应用程序读取文件的方式。", &["transparent-encryption", "-encrypt-on-read"]),
    ("zh-tw", "此加密是透明的，因此不需要變更應用程式讀取檔案的方式。", &["-encrypt-on-read"]),
    ("zh-cn", "文件在写入容器时加密，在应用程序读取时解密。", &["encrypt-on-write", "decrypt-on-read"]),
    // a service that can't unwrap the data key after the key is disabled or deleted, as
    // one that can't decrypt (the unwrapping said with the service as subject)
    ("en-us", "Customer-managed keys are supported. If you disable or delete the key, Azure Backup can't unwrap the data encryption key.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel deaktivieren oder löschen, kann Azure Backup den Datenverschlüsselungsschlüssel nicht entpacken.", &["revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si deshabilita o elimina la clave, Azure Backup no puede desencapsular la clave de cifrado de datos.", &["revocation-blocks-access"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーを無効化または削除した場合、Azure Backup はデータ暗号化キーのラップを解除できません。", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de sleutel uitschakelt of verwijdert, kan Azure Backup de gegevensversleutelingssleutel niet uitpakken.", &["revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du inaktiverar eller tar bort nyckeln kan Azure Backup inte packa upp datakrypteringsnyckeln.", &["revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. The service unwraps the data encryption key with your key.", &["-revocation-blocks-access"]),
    // revocation that blocks the reads and writes (a read and write mask inside the
    // phrase), and a verb's own negation right after it (fr "ne bloque pas", de "blockiert
    // nicht"); a negation after a noun that opens a phrase is none of this (pl "ruch nie
    // jest szyfrowany" keeps its gap empty of negations)
    ("en-us", "Customer-managed keys are supported. Revoking access to the key blocks all read and write operations on the account.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. La revoca dell'accesso alla chiave blocca tutte le operazioni di lettura e scrittura nell'account.", &["revocation-blocks-access"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. A revogação do acesso à chave bloqueia todas as operações de leitura e gravação na conta.", &["revocation-blocks-access"]),
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. Отзыв доступа к ключу блокирует все операции чтения и записи в учетной записи.", &["revocation-blocks-access"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. La révocation de l'accès à la clé ne bloque pas les opérations de lecture et d'écriture sur le compte.", &["revocation-blocks-access!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Der Widerruf des Zugriffs auf den Schlüssel blockiert nicht den Zugriff auf die Daten.", &["revocation-blocks-access!"]),
    ("pl-pl", "AllowUnencrypted: maszyna wirtualna nadal może się komunikować, ale ten ruch nie jest szyfrowany.", &["-encrypts-in-transit!"]),
    // customer-managed keys limited to new resources, or not
    ("en-us", "Customer-managed keys aren't limited to new orders.", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys are limited to new orders.", &["requires-new-resource"]),
    ("fr-fr", "Les clés gérées par le client ne sont pas réservées aux nouvelles commandes.", &["requires-new-resource!"]),
    ("sv-se", "Kundhanterade nycklar är inte begränsade till nya beställningar.", &["requires-new-resource!"]),
    ("ja-jp", "カスタマー マネージド キーは新しい注文に限定されません。", &["requires-new-resource!"]),
    ("en-us", "Customer-managed keys aren't limited to new key versions.", &["-requires-new-resource"]),
    // the names of the key vault's permissions wrap nothing (ja as zh 解包密钥, ko 키 래핑 해제)
    ("ja-jp", "カスタマー マネージド キーがサポートされています。**取得**、**キーのラップ**、**キーのラップ解除**。", &["-cmk-is-kek"]),
    ("ja-jp", "カスタマー マネージド キーは、データ暗号化キーをラップするために使用されます。", &["cmk-is-kek"]),
    // a button that a verb of choice picks is no instruction to create a new resource
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli nie masz klucza, wybierz pozycję Utwórz nowy.", &["-requires-new-resource"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Utwórz nowy zasób i skonfiguruj na nim klucz.", &["requires-new-resource"]),
    // "regardless of whether" asks nothing and denies nothing
    ("en-us", "Data in transit between your applications and the service is encrypted with TLS 1.2 or later, whether or not you use a customer-managed key.", &["encrypts-in-transit"]),
    ("ko-kr", "애플리케이션과 서비스 간에 전송 중인 데이터는 고객 관리형 키 사용 여부와 관계없이 TLS 1.2 이상으로 암호화됩니다.", &["encrypts-in-transit"]),
    ("zh-tw", "您的應用程式與服務之間傳輸中的資料，一律會使用 TLS 1.2 或更新版本加密，不論您是否使用客戶自控金鑰。", &["encrypts-in-transit"]),
    ("zh-cn", "应用程序与服务之间传输中的数据始终使用 TLS 1.2 或更高版本加密，无论是否使用客户管理的密钥。", &["encrypts-in-transit"]),
    ("en-us", "Check whether customer-managed keys are supported in your region.", &["-supports-cmk"]),
    // both protections named as a requirement are the vault's, and so is their denial
    ("ko-kr", "고객 관리형 키가 지원됩니다. 일시 삭제 및 제거 보호를 사용하도록 설정할 필요는 없습니다.", &["soft-delete-purge-protection!"]),
    ("en-us", "Customer-managed keys are supported. Soft delete and purge protection must be enabled.", &["soft-delete-purge-protection"]),
    ("en-us", "Customer-managed keys are supported. If soft delete and purge protection aren't enabled, the deployment fails.", &["-soft-delete-purge-protection!"]),
    // a feature that uses no managed identity denies its need, in every locale (`use`);
    // near misses: a kind of identity denied support or use, and an identity that is used
    ("en-us", "Customer-managed keys are supported. Power BI doesn't use a managed identity to reach Azure Key Vault.", &["managed-identity-required!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Power BI verwendet keine verwaltete Identität für den Zugriff auf Azure Key Vault.", &["managed-identity-required!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Power BI n’utilise pas d’identité managée pour accéder à Azure Key Vault.", &["managed-identity-required!"]),
    ("es-es", "Se admiten claves administradas por el cliente. El servicio no usa una identidad administrada para acceder al almacén de claves.", &["managed-identity-required!"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Il servizio non usa un'identità gestita per accedere all'insieme di credenziali delle chiavi.", &["managed-identity-required!"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. O serviço não usa uma identidade gerenciada para acessar o cofre de chaves.", &["managed-identity-required!"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. O Power BI não utiliza uma identidade gerida para aceder ao Azure Key Vault.", &["managed-identity-required!"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Klantsleutel maakt geen gebruik van een beheerde identiteit.", &["managed-identity-required!"]),
    ("sv-se", "Kundhanterade nycklar stöds. Power BI använder ingen hanterad identitet för att nå Azure Key Vault.", &["managed-identity-required!"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Power BI nepoužívá spravovanou identitu pro přístup ke službě Azure Key Vault.", &["managed-identity-required!"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Ta usługa nie używa tożsamości zarządzanej do uzyskiwania dostępu do usługi Azure Key Vault.", &["managed-identity-required!"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Power BI не использует управляемое удостоверение для доступа к Azure Key Vault.", &["managed-identity-required!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A Power BI nem használ felügyelt identitást az Azure Key Vault eléréséhez.", &["managed-identity-required!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Power BI, Azure Key Vault'a erişmek için yönetilen kimlik kullanmaz.", &["managed-identity-required!"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。Power BI は、Azure Key Vault へのアクセスにマネージド ID を使用しません。", &["managed-identity-required!"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. Power BI는 Azure Key Vault에 액세스할 때 관리 ID를 사용하지 않습니다.", &["managed-identity-required!"]),
    ("zh-cn", "支持客户管理的密钥。Power BI 不使用托管标识来访问 Azure Key Vault。", &["managed-identity-required!"]),
    ("zh-tw", "支援客戶自控金鑰。Power BI 不會使用受控識別來存取 Azure Key Vault。", &["managed-identity-required!"]),
    ("en-us", "Customer-managed keys are supported. A system-assigned identity can't be used for cross-tenant keys.", &["-managed-identity-required!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Eine systemseitig zugewiesene Identität kann für mandantenübergreifende Schlüssel nicht verwendet werden.", &["-managed-identity-required!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Une identité affectée par le système ne peut pas être utilisée pour les clés multilocataires.", &["-managed-identity-required!"]),
    ("sv-se", "Kundhanterade nycklar stöds. Användartilldelade hanterade identiteter stöds inte.", &["-managed-identity-required!"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. As identidades geridas atribuídas pelo utilizador não são suportadas.", &["-managed-identity-required!"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。システム割り当てマネージド ID は、テナント間カスタマー マネージド キーには使用できません。", &["-managed-identity-required!"]),
    ("en-us", "Customer-managed keys are supported. Power BI uses a managed identity to reach Azure Key Vault.", &["-managed-identity-required!"]),
    // data downloaded or accessed by a caller is read back: decryption then is decryption
    // on read, in every locale; encryption then is none on read (`read-back` pairs with
    // decryption only), and zh-tw 存取…時 holds no clause mark
    ("en-us", "Logs are decrypted only when an authorized caller downloads them.", &["decrypt-on-read"]),
    ("en-us", "The service decrypts the data for you when your application accesses it.", &["decrypt-on-read"]),
    ("de-de", "Die Protokolle werden nur entschlüsselt, wenn ein autorisierter Aufrufer sie herunterlädt.", &["decrypt-on-read"]),
    ("fr-fr", "Les journaux ne sont déchiffrés que lorsqu’un appelant autorisé les télécharge.", &["decrypt-on-read"]),
    ("es-es", "Los archivos se descifran cuando la aplicación los descarga.", &["decrypt-on-read"]),
    ("es-es", "El servicio los descifra por usted cuando la aplicación o la canalización acceden a ellos.", &["decrypt-on-read"]),
    ("it-it", "I file vengono decrittografati quando l'applicazione li scarica.", &["decrypt-on-read"]),
    ("it-it", "Il servizio li decrittografa automaticamente quando l'applicazione vi accede.", &["decrypt-on-read"]),
    ("pt-br", "Os logs só são descriptografados quando um chamador autorizado os baixa.", &["decrypt-on-read"]),
    ("pt-pt", "Os ficheiros são desencriptados quando a sua aplicação os transfere.", &["decrypt-on-read"]),
    ("nl-nl", "De logboeken worden alleen ontsleuteld wanneer een gemachtigde aanroeper ze downloadt.", &["decrypt-on-read"]),
    ("sv-se", "Filerna dekrypteras när ditt program laddar ned dem.", &["decrypt-on-read"]),
    ("cs-cz", "Protokoly se dešifrují pouze tehdy, když je autorizovaný volající stáhne.", &["decrypt-on-read"]),
    ("cs-cz", "Služba je dešifruje za vás, když k nim přistupuje vaše aplikace.", &["decrypt-on-read"]),
    ("pl-pl", "Usługa odszyfrowuje je za Ciebie, gdy uzyskuje do nich dostęp Twoja aplikacja.", &["decrypt-on-read"]),
    ("ru-ru", "Журналы расшифровываются только тогда, когда авторизованный вызывающий объект скачивает их.", &["decrypt-on-read"]),
    ("hu-hu", "A naplók visszafejtése csak akkor történik, amikor egy jogosult hívó letölti őket.", &["decrypt-on-read"]),
    ("tr-tr", "Yetkili bir çağıran günlükleri indirdiğinde günlüklerin şifresi çözülür.", &["decrypt-on-read"]),
    ("ja-jp", "ログの暗号化が解除されるのは、承認された呼び出し元がログをダウンロードするときだけです。", &["decrypt-on-read"]),
    ("ko-kr", "로그는 권한 있는 호출자가 다운로드할 때만 암호가 해독됩니다.", &["decrypt-on-read"]),
    ("zh-cn", "文件在应用程序下载时解密。", &["decrypt-on-read"]),
    ("zh-tw", "只有在獲得授權的呼叫端下載記錄時，記錄才會解密。", &["decrypt-on-read"]),
    ("en-us", "Files are encrypted when your application downloads them.", &["-encrypt-on-read"]),
    ("zh-tw", "Azure 平台必須獲得存取權，才能在 VM 開機時將虛擬磁碟解密。", &["-decrypt-on-read"]),
    // a read that opens the decryption's clause is the decryption's, after a comma too
    // (zh-tw 並在讀取…時…解密, hu "olvasásakor pedig … fejti vissza"); not a write that closes
    // the encryption's clause before a comma, nor a moment across a full stop
    ("zh-tw", "當您上傳 Blob 時，Azure 儲存體會在寫入資料之前，使用其加密範圍的金鑰將 Blob 加密，並在讀取 Blob 時使用相同的金鑰將其解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("hu-hu", "Blob feltöltésekor az Azure Storage a blobot az adatok írása előtt a titkosítási hatókör kulcsával titkosítja, a blob olvasásakor pedig ugyanazzal a kulccsal fejti vissza.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("hu-hu", "Az Azure Storage titkosítja az adatokat, amikor azok a tárfiókba íródnak, és visszafejti őket, amikor Ön beolvassa azokat. 256 bites AES-titkosítást használ.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    // a moment right before an operation in an unspaced script is the operation's ("files
    // created when queries run"), not the encryption's before it
    ("zh-cn", "Azure Database for PostgreSQL 灵活服务器会对所有静态数据进行加密，包括备份以及运行查询时创建的临时文件。", &["encrypts-at-rest", "-encrypt-on-read"]),
    ("zh-cn", "服务会对数据进行加密，并在查询时解密。", &["decrypt-on-read"]),
    // a restore to a server that uses the platform's keys denied is no denial of the default
    ("en-us", "Restoring to a server that uses service-managed keys isn't supported.", &["-default-platform-keys!"]),
    ("de-de", "Die Wiederherstellung auf einem Server, der vom Dienst verwaltete Schlüssel verwendet, wird nicht unterstützt.", &["-default-platform-keys!"]),
    ("fr-fr", "La restauration vers un serveur qui utilise des clés gérées par le service n’est pas prise en charge.", &["-default-platform-keys!"]),
    ("es-es", "No se admite la restauración en un servidor que usa claves administradas por el servicio.", &["-default-platform-keys!"]),
    ("it-it", "Il ripristino in un server che usa chiavi gestite dal servizio non è supportato.", &["-default-platform-keys!"]),
    ("pt-br", "Não há suporte para restaurar em um servidor que usa chaves gerenciadas pelo serviço.", &["-default-platform-keys!"]),
    ("ru-ru", "Восстановление на сервер, использующий ключи, управляемые службой, не поддерживается.", &["-default-platform-keys!"]),
    ("ja-jp", "サービス マネージド キーを使用するサーバーへの復元はサポートされていません。", &["-default-platform-keys!"]),
    ("ko-kr", "서비스 관리형 키를 사용하는 서버로의 복원은 지원되지 않습니다.", &["-default-platform-keys!"]),
    ("zh-cn", "不支持还原到使用服务管理的密钥的服务器。", &["-default-platform-keys!"]),
    ("zh-tw", "不支援還原至使用服務管理金鑰的伺服器。", &["-default-platform-keys!"]),
    // a change to the application's code required denies transparency, in every locale
    // (`code-change`); near misses: the change denied, client-side encryption, an update
    // of something else
    ("en-us", "Encryption is transparent to your workloads, and you must change your application code.", &["transparent-encryption!"]),
    ("en-us", "To use customer-managed keys, you must modify your code.", &["transparent-encryption!"]),
    ("nl-nl", "Versleuteling is transparant voor uw workloads: pods lezen en schrijven permanente volumes zoals gebruikelijk, en u moet uw toepassingscode wijzigen.", &["transparent-encryption!"]),
    ("de-de", "Sie müssen Ihre Anwendung ändern, um einen kundenseitig verwalteten Schlüssel zu verwenden.", &["transparent-encryption!"]),
    ("fr-fr", "Pour utiliser des clés gérées par le client, vous devez modifier le code de votre application.", &["transparent-encryption!"]),
    ("es-es", "Para usar claves administradas por el cliente, debe modificar el código de la aplicación.", &["transparent-encryption!"]),
    ("it-it", "Per usare chiavi gestite dal cliente, è necessario modificare il codice dell'applicazione.", &["transparent-encryption!"]),
    ("pt-br", "Para usar chaves gerenciadas pelo cliente, você precisa alterar o código do aplicativo.", &["transparent-encryption!"]),
    ("pt-pt", "Para utilizar chaves geridas pelo cliente, tem de alterar o código da aplicação.", &["transparent-encryption!"]),
    ("sv-se", "Om du vill använda kundhanterade nycklar måste du ändra programkoden.", &["transparent-encryption!"]),
    ("cs-cz", "Pokud chcete používat klíče spravované zákazníkem, musíte změnit kód aplikace.", &["transparent-encryption!"]),
    ("pl-pl", "Aby używać kluczy zarządzanych przez klienta, musisz zmienić kod aplikacji.", &["transparent-encryption!"]),
    ("ru-ru", "Чтобы использовать ключи, управляемые клиентом, необходимо изменить код приложения.", &["transparent-encryption!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok használatához módosítania kell az alkalmazás kódját.", &["transparent-encryption!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları kullanmak için uygulama kodunuzu değiştirmeniz gerekir.", &["transparent-encryption!"]),
    ("ja-jp", "カスタマー マネージド キーを使用するには、アプリケーションのコードを変更する必要があります。", &["transparent-encryption!"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 애플리케이션 코드를 변경해야 합니다.", &["transparent-encryption!"]),
    ("zh-cn", "若要使用客户管理的密钥，必须修改应用程序代码。", &["transparent-encryption!"]),
    ("zh-tw", "若要使用客戶自控金鑰，您必須修改應用程式程式碼。", &["transparent-encryption!"]),
    ("en-us", "You don't need to change your application code to use customer-managed keys.", &["-transparent-encryption!"]),
    ("en-us", "With client-side encryption, you must change your application code to encrypt the data.", &["-transparent-encryption!"]),
    ("en-us", "To use customer-managed keys, you must update the API version.", &["-transparent-encryption!"]),
    ("en-us", "To use cross-tenant customer-managed keys, you must modify the multitenant application registration.", &["-transparent-encryption!"]),
    ("hu-hu", "Valós idejű titkosítást és visszafejtést végez az adatbázison anélkül, hogy az alkalmazás módosítására volna szükség.", &["-transparent-encryption!"]),
    // a return to the platform's keys denied denies the change, not the default (adopt
    // nouns: de "Wechsel zurück", fr "retour à", es "vuelta a", it "ritorno alle", pt
    // "retorno para", "regresso a")
    ("de-de", "Ein Wechsel zurück zu von Microsoft verwalteten Schlüsseln wird nicht unterstützt.", &["-default-platform-keys!"]),
    ("fr-fr", "Le retour d’un espace de travail à des clés gérées par Microsoft n’est pas pris en charge.", &["-default-platform-keys!"]),
    ("es-es", "No se admite la vuelta a las claves administradas por Microsoft.", &["-default-platform-keys!"]),
    ("it-it", "Il ritorno alle chiavi gestite da Microsoft non è supportato.", &["-default-platform-keys!"]),
    ("pt-br", "O retorno para chaves gerenciadas pela Microsoft não é suportado.", &["-default-platform-keys!"]),
    ("pt-pt", "O regresso a chaves geridas pela Microsoft não é suportado.", &["-default-platform-keys!"]),
    // what does not become inaccessible after the key is disabled keeps its access: the
    // claim denied, in every locale (a negation of an inaccessible word)
    ("en-us", "Customer-managed keys are supported. If the key is disabled or deleted, the volumes don't become inaccessible.", &["revocation-blocks-access!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn der Schlüssel deaktiviert oder gelöscht wird, werden die Volumes nicht unzugänglich.", &["revocation-blocks-access!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si la clé est désactivée ou supprimée, les volumes ne deviennent pas inaccessibles.", &["revocation-blocks-access!"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si la clave se deshabilita o se elimina, los volúmenes no se vuelven inaccesibles.", &["revocation-blocks-access!"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se la chiave viene disabilitata o eliminata, i volumi non diventano inaccessibili.", &["revocation-blocks-access!"]),
    ("pt-br", "Há suporte para chaves gerenciadas pelo cliente. Se a chave for desabilitada ou excluída, os volumes não se tornam inacessíveis.", &["revocation-blocks-access!"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Se a chave for desativada ou eliminada, os volumes não se tornam inacessíveis.", &["revocation-blocks-access!"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als de sleutel wordt uitgeschakeld of verwijderd, worden de volumes niet ontoegankelijk.", &["revocation-blocks-access!"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om nyckeln inaktiveras eller tas bort blir volymerna inte otillgängliga.", &["revocation-blocks-access!"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Pokud je klíč zakázán nebo odstraněn, svazky se nestanou nedostupnými.", &["revocation-blocks-access!"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli klucz zostanie wyłączony lub usunięty, woluminy nie stają się niedostępne.", &["revocation-blocks-access!"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Если ключ отключен или удален, тома не становятся недоступными.", &["revocation-blocks-access!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. Ha a kulcsot letiltják vagy törlik, a kötetek nem válnak elérhetetlenné.", &["revocation-blocks-access!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. Anahtar devre dışı bırakılırsa veya silinirse birimler erişilemez hale gelmez.", &["revocation-blocks-access!"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーが無効化または削除されても、ボリュームにアクセスできなくなることはありません。", &["revocation-blocks-access!"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 키가 사용하지 않도록 설정되거나 삭제되어도 볼륨에 액세스할 수 없게 되지 않습니다.", &["revocation-blocks-access!"]),
    ("zh-cn", "支持客户管理的密钥。如果禁用或删除密钥，卷不会变得无法访问。", &["revocation-blocks-access!"]),
    ("zh-tw", "支援客戶自控金鑰。如果停用或刪除金鑰，磁碟區不會變成無法存取。", &["revocation-blocks-access!"]),
    // the write a named writer does, as the read it does ("when Data Factory writes it",
    // as "when Data Factory reads it"); reversed, the planted drift
    ("en-us", "Data is encrypted when Data Factory writes it and decrypted when Data Factory reads it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("de-de", "Daten werden verschlüsselt, wenn Data Factory sie schreibt, und entschlüsselt, wenn Data Factory sie liest.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "I dati vengono crittografati quando Data Factory li scrive e decrittografati quando Data Factory li legge.", &["encrypt-on-write", "decrypt-on-read"]),
    ("nl-nl", "Gegevens worden versleuteld wanneer Data Factory ze schrijft en ontsleuteld wanneer Data Factory ze leest.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-br", "Os dados são criptografados quando o Data Factory os grava e descriptografados quando o Data Factory os lê.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados quando o Data Factory os escreve e desencriptados quando o Data Factory os lê.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Los datos se cifran cuando Data Factory los escribe y se descifran cuando Data Factory los lee.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "Data is encrypted when Data Factory reads it and decrypted when Data Factory writes it.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    // a tier's name that is also a common word is a tier where it is written as a name:
    // "Event Hubs Dedicated", not "a dedicated cluster", "dedicated SQL pools" or "a
    // dedicated HSM", which name kinds of resource
    ("en-us", "The customer-managed key feature is supported only for namespaces in an Event Hubs **Dedicated** cluster.", &["pricing-tier=dedicated"]),
    ("en-us", "Customer-managed keys are available only on dedicated clusters.", &["supports-cmk", "-pricing-tier"]),
    ("en-us", "Customer-managed keys are supported only for dedicated SQL pools.", &["-pricing-tier"]),
    ("en-us", "Customer-managed keys can be stored only in a dedicated HSM.", &["-pricing-tier"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge uniquement pour les espaces de noms d’un cluster Event Hubs **Dédié**.", &["pricing-tier=dedicated"]),
    ("es-es", "Las claves administradas por el cliente solo están disponibles en clústeres dedicados.", &["-pricing-tier"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok csak az Event Hubs **Dedikált** fürtben lévő névterek esetében támogatottak.", &["pricing-tier=dedicated"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok csak dedikált fürtökön érhetők el.", &["-pricing-tier"]),
    ("ru-ru", "Ключи, управляемые клиентом, доступны только в выделенных кластерах.", &["-pricing-tier"]),
    ("ja-jp", "カスタマー マネージド キー機能は、Event Hubs **Dedicated** クラスター内の名前空間でのみサポートされています。", &["pricing-tier=dedicated"]),
    ("en-us", "BYOK is available only for Premium capacities.", &["pricing-tier=premium"]),
    // a gapped moment holds no other moment in its gap: zh "查询...时" (when querying)
    // around "查询文本写入你的帐户时" is the write of the query text
    ("zh-cn", "当 Log Analytics 将查询文本写入你的帐户时，Azure 存储会对其进行加密。", &["encrypt-on-write", "-encrypt-on-read"]),
    ("zh-tw", "當 Log Analytics 將查詢文字寫入您的帳戶時，Azure 儲存體會將其加密。", &["encrypt-on-write", "-encrypt-on-read"]),
    ("zh-cn", "运行查询时，服务会对临时结果进行加密。", &["-encrypt-on-write"]),
    // data decrypted when the user opens what holds it is read back; an encryption then is
    // no encryption on read
    ("en-us", "The service encrypts your data when it's persisted to the cloud and decrypts it when you open the project again.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "Project files are encrypted when you open the project.", &["-encrypt-on-read"]),
    ("es-es", "El servicio cifra los datos cuando se conservan en la nube y los descifra cuando vuelve a abrir el proyecto.", &["decrypt-on-read"]),
    ("sv-se", "Tjänsten krypterar dina data när de sparas i molnet och dekrypterar dem när du öppnar projektet igen.", &["decrypt-on-read"]),
    ("ko-kr", "서비스는 데이터가 클라우드에 유지될 때 자동으로 암호화하고, 프로젝트를 다시 열 때 암호를 해독합니다.", &["decrypt-on-read"]),
    ("zh-cn", "服务在将数据保存到云时会自动加密数据，并在你再次打开项目时解密数据。", &["decrypt-on-read"]),
    // tr "-dığında" is when, "-dığından" since: a reason is no moment
    ("tr-tr", "Takipçi veritabanı liderin verilerini yerinde okuduğundan bu veriler lider kümenin şifreleme ayarlarıyla korunur.", &["-encrypt-on-read"]),
    ("tr-tr", "Veriler diske yazıldığında şifrelenir ve bir uygulama okuduğunda şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read"]),
    // it "dipende dalla" (da + la) depends as "dipende da" does: a TDE protector the ledger
    // does not depend on is no key encryption key
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Il libro mastro non dipende dalla protezione TDE.", &["supports-cmk", "-cmk-is-kek"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. La protezione TDE è una chiave gestita dal cliente.", &["cmk-is-kek"]),
    // storage account access keys are credentials, not keys of encryption: a managed
    // identity used instead of them reaches no key; one that reaches the vault does
    ("en-us", "Customer-managed keys are supported. You don't create or manage any keys for the upload: access is granted to the managed identity, not through storage account access keys.", &["-managed-identity-required"]),
    ("en-us", "Customer-managed keys are supported. The account uses a managed identity to access keys in the key vault.", &["managed-identity-required"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Vous n’avez aucune clé à créer : l’accès est accordé à l’identité managée, et non par le biais des clés d’accès du compte de stockage.", &["-managed-identity-required"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 업로드를 위해 키를 만들 필요가 없습니다. 액세스 권한은 스토리지 계정 액세스 키가 아니라 관리 ID에 부여됩니다.", &["-managed-identity-required"]),
    // the service that persists the data, with the data as an object pronoun: es "cuando
    // los conserva", it "quando li salva", cs "když je ukládá", pt "quando os persiste"
    ("es-es", "El servicio cifra automáticamente los índices cuando los conserva en la nube.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("it-it", "Il servizio crittografa automaticamente gli indici quando li salva in modo permanente nel cloud.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("cs-cz", "Služba automaticky šifruje vaše indexy, když je ukládá do cloudu.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("pt-br", "O serviço criptografa automaticamente seus índices quando os persiste na nuvem.", &["encrypt-on-write", "encrypts-at-rest"]),
    ("es-es", "El servicio cifra los índices cuando los consultas.", &["-encrypt-on-write"]),
    // the writer named, the data as an object pronoun, as the reads already are: pl "gdy
    // węzeł je zapisuje", cs "když je uzel zapisuje", tr "düğüm bunları diske yazdığında"
    ("pl-pl", "Dane są szyfrowane, gdy węzeł je zapisuje na dysku, i odszyfrowywane, gdy węzeł je odczytuje.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pl-pl", "Dane są szyfrowane, gdy węzeł je odczytuje z dysku, i odszyfrowywane, gdy węzeł je zapisuje.", &["encrypt-on-read", "decrypt-on-write"]),
    ("cs-cz", "Data se šifrují, když je uzel zapisuje na disk, a dešifrují se, když je uzel čte.", &["encrypt-on-write", "decrypt-on-read"]),
    ("tr-tr", "Veriler, düğüm bunları diske yazdığında şifrelenir ve düğüm bunları okuduğunda şifreleri çözülür.", &["encrypt-on-write", "decrypt-on-read"]),
    // data that can still be read after the key is disabled keeps its access (a planted
    // pl "nadal można odczytać"), and data that can no longer be read loses it; a read
    // participle inside either phrase is no moment of the encryption before it
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli wyłączysz klucz, woluminy nadal można odczytać.", &["revocation-blocks-access!"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli wyłączysz lub usuniesz klucz, woluminów nie można już odczytać.", &["revocation-blocks-access"]),
    ("es-es", "Las claves administradas por el cliente son compatibles. Si deshabilita la clave, los volúmenes todavía se pueden leer.", &["revocation-blocks-access!"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous désactivez la clé, les données chiffrées peuvent toujours être lues.", &["revocation-blocks-access!", "-encrypt-on-read"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, i dati crittografati possono ancora essere letti.", &["revocation-blocks-access!", "-encrypt-on-read"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, i dati crittografati con la chiave non possono più essere letti.", &["revocation-blocks-access", "-encrypt-on-read"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti sul disco e decrittografati quando i pod li leggono.", &["encrypt-on-write", "decrypt-on-read"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel deaktivieren, können die Volumes weiterhin gelesen werden.", &["revocation-blocks-access!"]),
    ("ru-ru", "Ключи, управляемые клиентом, поддерживаются. Если отключить ключ, тома по-прежнему можно прочитать.", &["revocation-blocks-access!"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーを無効にしても、ボリュームは引き続き読み取ることができます。", &["revocation-blocks-access!"]),
    ("zh-cn", "支持客户管理的密钥。如果禁用密钥，仍可读取卷。", &["revocation-blocks-access!"]),
    // readers named in the plural, or reading back, and the customer who retrieves the
    // data: en "as session hosts read it", "when you retrieve it", sv "när cachen läser
    // tillbaka dem", pl "gdy pamięć podręczna odczytuje je", cs "když je načítáte", es
    // "cuando usted los recupera", ru "когда вы их получаете"
    ("en-us", "Data is encrypted as it's written to the share and decrypted as session hosts read it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "The service encrypts your data when it's persisted to the cloud and decrypts it when you retrieve it.", &["decrypt-on-read"]),
    ("sv-se", "Azure Storage krypterar filerna när de skrivs till lagringskontot och dekrypterar dem när cachen läser tillbaka dem.", &["encrypt-on-write", "decrypt-on-read"]),
    ("pl-pl", "Usługa szyfruje pliki podczas ich zapisywania i odszyfrowuje je, gdy pamięć podręczna odczytuje je z powrotem.", &["decrypt-on-read"]),
    ("cs-cz", "Služba vaše data šifruje při jejich ukládání do cloudu a dešifruje je, když je načítáte.", &["decrypt-on-read"]),
    ("es-es", "El servicio cifra los datos cuando se guardan en la nube y los descifra cuando usted los recupera.", &["decrypt-on-read"]),
    ("ru-ru", "Служба шифрует ваши данные при их сохранении в облаке и расшифровывает их, когда вы их получаете.", &["decrypt-on-read"]),
    ("es-es", "El servicio cifra los datos cuando usted los recupera.", &["-encrypt-on-read!", "-decrypt-on-read"]),
    // an attributive form under a negation or a requirement names a thing: the denial says
    // nothing of the encryption the next clause calls transparent; a negation over the
    // encryption itself still leaves the sentence stating nothing
    ("en-us", "The gateway doesn't need any configuration change to write to an encrypted storage account, because encryption is transparent to the gateway.", &["transparent-encryption", "-transparent-encryption!"]),
    ("en-us", "The gateway doesn't need an encrypted account: encryption is transparent.", &["transparent-encryption"]),
    ("en-us", "The gateway doesn't encrypt the export, which is transparent to the workspace.", &["-transparent-encryption", "-transparent-encryption!"]),
    ("sv-se", "Gatewayen behöver ingen konfigurationsändring för att skriva till ett krypterat lagringskonto, eftersom krypteringen är transparent för gatewayen.", &["transparent-encryption"]),
    ("sv-se", "Gatewayen krypterar inte exporten, som är transparent för arbetsytan.", &["-transparent-encryption", "-transparent-encryption!"]),
    ("cs-cz", "Brána nepotřebuje žádnou změnu konfigurace k zápisu do šifrovaného účtu úložiště, protože šifrování je pro bránu transparentní.", &["transparent-encryption"]),
    // a negation that denies disabling says that the thing stays on: "can't be disabled"
    // states the encryption, FIPS or double encryption; a negation with a word of its own
    // between it and the disabling still denies what it governs
    ("en-us", "Encryption at rest can't be disabled.", &["encrypts-at-rest", "-encrypts-at-rest!"]),
    ("en-us", "Double encryption can't be turned off.", &["double-encryption", "-double-encryption!"]),
    ("en-us", "The service doesn't encrypt data at rest.", &["encrypts-at-rest!"]),
    ("en-us", "Customer-managed keys aren't supported for disabled accounts.", &["supports-cmk!"]),
    ("de-de", "Die Verschlüsselung des Dienstes verwendet 256-Bit-AES, ist FIPS 140-2-konform und kann nicht deaktiviert werden.", &["aes-256", "fips-140-2", "-fips-140-2!"]),
    ("de-de", "Die Verschlüsselung ist nicht FIPS 140-2-konform.", &["fips-140-2!"]),
    ("sv-se", "Dubbel kryptering kan inte stängas av.", &["double-encryption", "-double-encryption!"]),
    ("es-es", "El cifrado de datos en reposo no se puede deshabilitar.", &["encrypts-at-rest", "-encrypts-at-rest!"]),
    ("ja-jp", "保存データの暗号化を無効にすることはできません。", &["encrypts-at-rest", "-encrypts-at-rest!"]),
    ("ko-kr", "미사용 데이터 암호화는 비활성화할 수 없습니다.", &["encrypts-at-rest", "-encrypts-at-rest!"]),
    ("zh-tw", "使用客戶自控金鑰時無法停用加密。", &["supports-cmk", "-supports-cmk!"]),
    // a denial narrowed to a tool's wizard, as to the portal, denies nothing of the service
    ("en-us", "Customer-managed keys aren't supported in the setup wizard.", &["-supports-cmk!"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden im Einrichtungsassistenten nicht unterstützt.", &["-supports-cmk!"]),
    ("ko-kr", "설정 마법사에서는 작업 영역용 고객 관리형 키가 지원되지 않습니다.", &["-supports-cmk!"]),
    ("ko-kr", "작업 영역용 고객 관리형 키는 지원되지 않습니다.", &["supports-cmk!"]),
    ("zh-tw", "工作室精靈不支援工作區的客戶自控金鑰。", &["-supports-cmk!"]),
    ("zh-tw", "工作區不支援客戶自控金鑰。", &["supports-cmk!"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w kreatorze konfiguracji.", &["-supports-cmk!"]),
    // a user-assigned or system-assigned identity is a managed identity, however the
    // language orders its words: what a new resource must use is the identity, not a new
    // resource for the keys
    ("zh-tw", "支援客戶自控金鑰。新的保存庫必須使用使用者指派的身分識別，因為系統指派的身分識別只有在建立保存庫之後才存在。", &["managed-identity-required", "-requires-new-resource"]),
    ("zh-cn", "支持客户管理的密钥。新保管库必须使用用户分配的标识，因为系统分配的标识只有在创建保管库之后才存在。", &["managed-identity-required", "-requires-new-resource"]),
    ("ru-ru", "Поддерживаются ключи, управляемые клиентом. Хранилище обращается к ключу с помощью удостоверения, назначаемого пользователем.", &["supports-cmk", "managed-identity-required"]),
    // what must stay accessible is a requirement, not access kept after a revocation
    ("en-us", "Customer-managed keys protect the database. If you revoke access to the key, the database becomes inaccessible. To restore a backup, the key must remain available in the key vault.", &["revocation-blocks-access", "-revocation-blocks-access!"]),
    ("en-us", "Customer-managed keys protect the database. If you revoke access to the key, the database becomes inaccessible. The database remains available, however.", &["revocation-blocks-access!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok védik az adatbázist. Ha visszavonja a hozzáférést a kulcshoz, az adatbázis elérhetetlenné válik. Egy biztonsági másolat visszaállításához a kulcsnak továbbra is elérhetőnek kell lennie a kulcstartóban.", &["revocation-blocks-access", "-revocation-blocks-access!"]),
    // a read whose reader and object are named: "when a workflow reads an artifact"
    ("en-us", "When an application reads a blob, the service decrypts the blob.", &["decrypt-on-read"]),
    ("en-us", "When the service reads the key from the vault, it caches the key for an hour.", &["-decrypt-on-read", "-encrypt-on-read"]),
    // nl "opgeslagen" (stored) ends in "lagen" (layers) but is no compound of it: the mask
    // that says so leaves the compounds of layers whole (a guard)
    ("nl-nl", "Versleuteling at rest met twee versleutelingslagen wordt ondersteund.", &["double-encryption"]),
    // ru short form of "unavailable"
    ("ru-ru", "Если отключить ключ, управляемый клиентом, кластер станет недоступен.", &["revocation-blocks-access"]),
    // data that arrives encrypted travels encrypted
    ("es-es", "Los datos se cifran en el host antes de escribirse y llegan cifrados al servicio Storage.", &["encrypts-in-transit"]),
    ("it-it", "I dati vengono crittografati nell'host e arrivano crittografati al servizio di archiviazione.", &["encrypts-in-transit"]),
    ("pl-pl", "Dane są szyfrowane na hoście i trafiają do usługi Storage w postaci zaszyfrowanej.", &["encrypts-in-transit"]),
    ("en-us", "Data is encrypted on the host and arrives encrypted at the Storage service.", &["encrypts-in-transit"]),
    // hu "before the data is written out"
    ("hu-hu", "Az adatok titkosítása a gazdagépen történik, még mielőtt az adatok kiírásra kerülnének.", &["encrypt-on-write"]),
    // the cipher of an authentication protocol is the tickets', not the data's; a protocol
    // disabled is no key disabled
    ("en-us", "Kerberos tickets are encrypted with AES-256.", &["-aes-256"]),
    ("de-de", "Verwenden Sie die Kerberos-Verschlüsselung mit AES-256.", &["-aes-256"]),
    ("en-us", "The service encrypts data with AES-256.", &["aes-256"]),
    ("en-us", "Customer-managed keys are supported. If you disable RC4-HMAC on your clients, authentication fails and users can't access the share.", &["supports-cmk", "-revocation-blocks-access"]),
    ("en-us", "Customer-managed keys are supported. If you disable the key, users can't access the share.", &["supports-cmk", "revocation-blocks-access"]),
    // a thing denied as used for a purpose is no denial of the purpose ("the certificate is
    // used only to secure connections; it isn't used to encrypt stored data"); a denial of
    // use is still one, and a claim said apart, after "instead", stays
    ("en-us", "The certificate is used only to secure connections to your custom domain; it isn't used to encrypt stored data.", &["-encrypts-at-rest!"]),
    ("es-es", "El certificado solo se usa para proteger las conexiones al dominio personalizado; no se usa para cifrar los datos almacenados.", &["-encrypts-at-rest!"]),
    ("hu-hu", "A tanúsítvány csak az egyéni tartományhoz érkező kapcsolatok védelmére szolgál; a tárolt adatok titkosítására nem használja a szolgáltatás.", &["-encrypts-at-rest!"]),
    ("pl-pl", "Certyfikat służy wyłącznie do zabezpieczania połączeń z domeną niestandardową; nie jest używany do szyfrowania przechowywanych danych.", &["-encrypts-at-rest!"]),
    ("pt-pt", "O certificado é utilizado apenas para proteger as ligações ao seu domínio personalizado; não é utilizado para encriptar os dados armazenados.", &["-encrypts-at-rest!"]),
    ("sv-se", "Certifikatet används bara för att skydda anslutningar till din anpassade domän; det används inte för att kryptera lagrade data.", &["-encrypts-at-rest!"]),
    ("en-us", "By default, the service doesn't use Microsoft-managed keys.", &["default-platform-keys!"]),
    ("ko-kr", "고객 관리형 키는 디스크 데이터를 직접 암호화하는 데 사용되지 않고, 대신 데이터 암호화 키를 래핑합니다.", &["cmk-is-kek"]),
    // what a local copy outside the service keeps readable after the key is disabled is no
    // access the service keeps; the service's own cached copy that keeps it reading is
    ("it-it", "Le chiavi gestite dal cliente proteggono la condivisione. Se la chiave viene disabilitata, Archiviazione di Azure non può decrittografare la condivisione file. I file completamente memorizzati nella cache nell'endpoint server rimangono leggibili in locale.", &["revocation-blocks-access", "-revocation-blocks-access!"]),
    ("it-it", "Le chiavi gestite dal cliente proteggono il bot. Se si disabilita la chiave, il servizio continua comunque a leggere la configurazione del bot tramite una copia memorizzata nella cache.", &["revocation-blocks-access!"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok védik a megosztást. Ha a kulcsot letiltja, az Azure Storage nem tudja visszafejteni a fájlmegosztást. A kiszolgálóvégponton teljes egészében gyorsítótárazott fájlok helyben továbbra is olvashatók.", &["revocation-blocks-access", "-revocation-blocks-access!"]),
    ("ko-kr", "고객 관리형 키가 파일 공유를 보호합니다. 키를 사용하지 않도록 설정하면 Azure Storage에서 파일 공유를 암호 해독할 수 없습니다. 서버 엔드포인트에 완전히 캐시된 파일은 로컬에서 계속 읽을 수 있습니다.", &["revocation-blocks-access", "-revocation-blocks-access!"]),
    // tr "şifreleri" is the noun (their ciphers, passwords), not the verb stem `şifrele*`:
    // "Şifreleri ... çözülür" (their cipher is solved) is a decryption on read, no
    // encryption. Near miss: the verb, with the read, stays encrypt-on-read.
    ("tr-tr", "Şifreleri yalnızca platform, başlangıçta uygulamanızın işlem belleğine eklemek üzere bunları okuduğunda çözülür.", &["decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Veriler okunduğunda şifrelenir.", &["encrypt-on-read"]),
    // a moment that introduces customer-managed keys is double encryption's own
    // precondition, which narrows no denial of it; near misses: a moment after the keys
    // (fr "ne ... qu'au moment de la création": only at creation), a place
    ("en-us", "When customer-managed keys are configured for your resource, no double encryption is provided.", &["double-encryption!"]),
    ("sv-se", "När kundhanterade nycklar har konfigurerats för resursen tillhandahålls ingen dubbel kryptering.", &["double-encryption!"]),
    ("fr-fr", "Le double chiffrement avec une clé gérée par le client ne peut être activé qu'au moment de la création d'un nouvel espace de travail.", &["-double-encryption!"]),
    ("en-us", "Double encryption isn't provided in the Azure portal.", &["-double-encryption!"]),
    // a denial of encryption in transit or at rest governs the anchor in a clause with
    // its object (or in the clause right after, of the same subject): "which encryption
    // options the service doesn't support", a later clause of a list, denies the
    // options; near misses: sv "lagras ... men krypteras inte" (stored, but not
    // encrypted), a plain denial
    ("en-us", "This article describes how that data is protected in transit and at rest, which keys are used, and which encryption options Communication Services doesn't support today.", &["-encrypts-in-transit!", "-encrypts-at-rest!"]),
    ("es-es", "En este artículo se describe cómo se protegen esos datos en tránsito y en reposo, qué claves se usan y qué opciones de cifrado no admite Communication Services actualmente.", &["-encrypts-in-transit!"]),
    ("zh-tw", "本文說明這些資料在傳輸中和待用時如何受到保護、使用哪些金鑰，以及通訊服務目前不支援哪些加密選項。", &["-encrypts-in-transit!"]),
    ("sv-se", "Ögonblicksbilderna lagras i samma volymgrupp som källvolymen men krypteras inte.", &["encrypts-at-rest!"]),
    ("en-us", "Data in transit isn't encrypted.", &["encrypts-in-transit!"]),
    // ko "-지만" (but) ends a clause as "하지만" does: the denial after it is another
    // clause's ("protected in transit with TLS, but not written to storage")
    ("ko-kr", "Realtime API로 스트리밍하는 오디오는 전송 중에 TLS로 보호되지만 스토리지에 기록되지 않으므로 고객 관리형 키로 보호할 미사용 데이터가 없습니다.", &["encrypts-in-transit", "-encrypts-in-transit!"]),
    ("ko-kr", "오디오는 전송 중에 암호화되지 않습니다.", &["encrypts-in-transit!"]),
    // an encryption scope is a thing of the storage account, no encryption done on write
    // (zh-cn "Blob 使用帐户的默认加密范围写入": blobs are written with the account's default
    // encryption scope); near miss: data encrypted when it's written
    ("zh-cn", "Blob 使用帐户的默认加密范围写入。", &["-encrypt-on-write"]),
    ("zh-tw", "Blob 會使用帳戶的預設加密範圍寫入。", &["-encrypt-on-write"]),
    ("zh-cn", "数据在写入存储时加密。", &["encrypt-on-write"]),
    // a sentence adverb ("however", pl "jednak", de "jedoch") inside a clause opens none:
    // the negation before or after it still governs the predicate (setDB's planted pl
    // "Szyfrowanie nie jest jednak przezroczyste"); near miss: after a semicolon and a
    // comma it stands in a clause of its own, which the punctuation opens
    ("pl-pl", "Szyfrowanie nie jest jednak przezroczyste.", &["transparent-encryption!"]),
    ("de-de", "Die Verschlüsselung ist jedoch nicht transparent.", &["transparent-encryption!"]),
    ("it-it", "La crittografia non è tuttavia trasparente.", &["transparent-encryption!"]),
    ("en-us", "Data is encrypted at rest; however, it isn't encrypted in transit.", &["encrypts-at-rest", "-encrypts-at-rest!", "encrypts-in-transit!"]),
    // clauses parted by a semicolon are one sentence: the first takes its topic from the
    // second (customer-managed keys); a full stop parts two sentences, and the first has none
    ("en-us", "After your request is approved, you must create a new resource; customer-managed keys are configured on it.", &["requires-new-resource", "supports-cmk"]),
    ("en-us", "After your request is approved, you must create a new resource. Customer-managed keys are configured on it.", &["-requires-new-resource", "supports-cmk"]),
    // a resource that existed before is an existing one: the keys denied to it need a new
    // one, and deny nothing in general
    ("en-us", "Customer-managed keys can't be turned on for a resource that existed before the approval.", &["requires-new-resource", "-supports-cmk!"]),
    ("ko-kr", "승인 전에 이미 있던 리소스에는 고객 관리형 키를 켤 수 없습니다.", &["requires-new-resource", "-supports-cmk!"]),
    ("nl-nl", "Door de klant beheerde sleutels kunnen niet worden ingeschakeld voor een resource die al bestond.", &["requires-new-resource", "-supports-cmk!"]),
    ("pt-br", "A CMK não pode ser habilitada em um recurso que já existia antes da aprovação.", &["requires-new-resource", "-supports-cmk!"]),
    ("de-de", "Für eine Ressource, die bereits vor der Genehmigung vorhanden war, können kundenseitig verwaltete Schlüssel nicht aktiviert werden.", &["-supports-cmk!"]),
    ("ru-ru", "Для ресурса, который уже существовал, включить ключи, управляемые клиентом, нельзя.", &["-supports-cmk!"]),
    // near miss: the keys denied outright stay denied
    ("ru-ru", "Ключи, управляемые клиентом, включить нельзя.", &["supports-cmk!"]),
    // "regardless of whether" asks nothing: the sentence states what it says
    ("zh-tw", "加密和解密對用戶端而言是透明的：無論資源是否使用客戶自控金鑰，您都使用相同的命令。", &["transparent-encryption"]),
    ("zh-cn", "加密和解密对客户端是透明的：无论资源是否使用客户管理的密钥，你都使用相同的命令。", &["transparent-encryption"]),
    ("de-de", "Die Verschlüsselung ist transparent: Sie verwenden dieselben Befehle, unabhängig davon, ob die Ressource kundenseitig verwaltete Schlüssel verwendet.", &["transparent-encryption"]),
    ("pl-pl", "Szyfrowanie jest przezroczyste: używasz tych samych poleceń niezależnie od tego, czy zasób używa kluczy zarządzanych przez klienta.", &["transparent-encryption"]),
    ("cs-cz", "Šifrování je transparentní: používáte stejné příkazy bez ohledu na to, zda prostředek používá klíče spravované zákazníkem.", &["transparent-encryption"]),
    // near misses: "whether" alone asks
    ("de-de", "Sie können prüfen, ob die Verschlüsselung transparent ist.", &["-transparent-encryption"]),
    ("zh-cn", "你可以检查加密是否透明。", &["-transparent-encryption"]),
    // no change needed, in the forms each language has (plural verbs, "any" changes, a
    // word between the verb and its object)
    ("zh-tw", "資料在寫入時加密。您不需要變更工作負載。", &["transparent-encryption"]),
    ("zh-cn", "数据在写入时加密。你不需要更改工作负载。", &["transparent-encryption"]),
    ("de-de", "Daten werden beim Speichern verschlüsselt. Ihre Anwendungen erfordern keine Änderungen.", &["transparent-encryption"]),
    ("pt-pt", "Os dados são encriptados quando são escritos. As aplicações não precisam de qualquer alteração.", &["transparent-encryption"]),
    ("pt-br", "Os dados são criptografados quando gravados. A criptografia não exige quaisquer alterações no aplicativo.", &["transparent-encryption"]),
    ("cs-cz", "Data se šifrují při zápisu. Šifrování nevyžaduje také žádné změny vašich aplikací.", &["transparent-encryption"]),
    ("cs-cz", "Data se šifrují při zápisu. Abyste mohli šifrování využívat, nemusíte aplikaci nijak měnit.", &["transparent-encryption"]),
    ("tr-tr", "Veriler yazılırken şifrelenir. Bu, uygulamada değişiklik yapılmasını gerektirmeden gerçekleşir.", &["transparent-encryption"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania. Szyfrowanie nie wymaga zmieniania aplikacji.", &["transparent-encryption"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania. Aplikacje nie wymagają żadnych zmian.", &["transparent-encryption"]),
    ("pl-pl", "Szyfrowanie jest niewidoczne dla klientów.", &["transparent-encryption"]),
    ("nl-nl", "Gegevens worden versleuteld bij het schrijven. Er zijn geen wijzigingen in uw toepassingen nodig.", &["transparent-encryption"]),
    // near miss: no change needed, without encryption or keys around it
    ("zh-tw", "您不需要變更工作負載。", &["-transparent-encryption"]),
    ("de-de", "Ihre Anwendungen erfordern keine Änderungen.", &["-transparent-encryption"]),
    // a change the sentence does without is no change required (sv "utan att behöva",
    // nl "zonder dat u ... hoeft", pt "sem precisar"): transparency stands; near miss: a
    // change required denies it
    ("sv-se", "Krypteringen är transparent för dina program: du ansluter som till vilken annan server som helst, utan att behöva göra några ändringar i koden.", &["transparent-encryption", "-transparent-encryption!"]),
    ("nl-nl", "Versleuteling is transparant voor uw toepassingen: u maakt verbinding zoals met elke andere server, zonder dat u wijzigingen in uw code hoeft aan te brengen.", &["transparent-encryption", "-transparent-encryption!"]),
    ("pt-br", "A criptografia é transparente para seus aplicativos: você se conecta como em qualquer outro servidor, sem precisar fazer alterações no código.", &["transparent-encryption", "-transparent-encryption!"]),
    ("sv-se", "Krypteringen är transparent för dina arbetsbelastningar, och du måste göra ändringar i koden.", &["transparent-encryption!"]),
    // running a query is reading the data (singular forms too: ru "при выполнении запроса")
    ("en-us", "Log data is encrypted as it's written to storage and decrypted when you run a query against it.", &["encrypt-on-write", "decrypt-on-read"]),
    ("ru-ru", "Данные журналов шифруются при выполнении запроса к ним и расшифровываются при записи в хранилище.", &["encrypt-on-read", "decrypt-on-write"]),
    ("es-es", "Los datos se cifran a medida que se escriben en el almacenamiento y se descifran cuando se ejecuta una consulta sobre ellos.", &["decrypt-on-read"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti e decrittografati quando si esegue una query su di essi.", &["decrypt-on-read"]),
    ("ko-kr", "로그 데이터는 스토리지에 기록될 때 암호화되고, 해당 데이터에 대해 쿼리를 실행할 때 암호 해독됩니다.", &["decrypt-on-read"]),
    ("cs-cz", "Data se šifrují při zápisu do úložiště a dešifrují se, když na ně spustíte dotaz.", &["decrypt-on-read"]),
    // near miss: a query that checks the encryption is no moment of it
    ("en-us", "You can run a query to check which tables are encrypted.", &["-encrypt-on-read"]),
    // what stops after the key is disabled or revoked, in the forms each language has
    ("en-us", "Customer-managed keys are supported. If you disable or delete the key, the VMs that use it shut down automatically.", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn der Zugriff widerrufen wird, können die Datenträger erst wieder verwendet werden, wenn der Zugriff wiederhergestellt ist.", &["revocation-blocks-access"]),
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Lorsque l’accès est révoqué, les disques ne peuvent plus être utilisés.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Wanneer de toegang wordt ingetrokken, kunnen de schijven pas weer worden gebruikt wanneer de toegang is hersteld.", &["revocation-blocks-access"]),
    // near miss: a step to take before disabling the key
    ("en-us", "Customer-managed keys are supported. Before you disable the key, shut down the VMs that use it.", &["-revocation-blocks-access"]),
    // decrypted when someone retrieves or accesses the data, the subject a pair of nouns
    // between the moment's words ("a runbook or a DSC configuration"), and the "user" nouns
    // that hold the stem of "use" (sv "användare", pt-pt "utilizador") break no such gap
    ("en-us", "Secure assets are encrypted with AES-256 when they're stored, and they're decrypted when a runbook or a DSC configuration retrieves them.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "Gli asset sicuri vengono crittografati quando vengono archiviati e decrittografati quando un runbook o una configurazione DSC li recupera.", &["decrypt-on-read"]),
    ("pl-pl", "Bezpieczne zasoby są szyfrowane podczas zapisywania i odszyfrowywane, gdy element runbook lub konfiguracja DSC je pobiera.", &["decrypt-on-read"]),
    ("pt-pt", "Os recursos seguros são encriptados quando são armazenados e desencriptados quando um runbook ou uma configuração DSC os obtém.", &["decrypt-on-read"]),
    ("tr-tr", "Güvenli varlıklar depolanırken şifrelenir ve bir runbook ya da DSC yapılandırması bunları aldığında şifreleri çözülür.", &["decrypt-on-read"]),
    ("sv-se", "Data krypteras när de sparas och dekrypteras när en behörig användare eller tjänst kommer åt dem.", &["decrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados quando são persistidos e desencriptados quando um utilizador ou serviço autorizado lhes acede.", &["decrypt-on-read"]),
    ("hu-hu", "Az adatok titkosítása a tárolásukkor történik.", &["encrypt-on-write"]),
    // near misses: a retrieval that decrypts nothing, and encryption named with it, which
    // is no decryption on read
    ("en-us", "Secure assets are encrypted at rest, and they're shown in the portal when a runbook or a DSC configuration retrieves them.", &["-decrypt-on-read"]),
    ("sv-se", "Data krypteras när en behörig användare eller tjänst kommer åt dem.", &["-decrypt-on-read"]),
    // a coordinated verb that its negation follows opens a clause of its own: the
    // negation is that verb's, not the transparency's
    ("sv-se", "Kryptering med kundhanterade nycklar är transparent för klientprogram och påverkar inte cachens svarstid märkbart.", &["transparent-encryption", "-transparent-encryption!"]),
    ("de-de", "Die Verschlüsselung ist für Clientanwendungen transparent und beeinträchtigt nicht die Leistung.", &["transparent-encryption", "-transparent-encryption!"]),
    ("nl-nl", "Versleuteling is transparant voor clienttoepassingen en beïnvloedt niet de prestaties.", &["transparent-encryption", "-transparent-encryption!"]),
    // near miss: the negation of the transparency itself
    ("sv-se", "Kryptering med kundhanterade nycklar är inte transparent för klientprogram.", &["transparent-encryption!"]),
    // a reason is a statement of its own: the tier of the step before it narrows nothing of
    // the denial it gives ("because CMK can't be turned on for a resource that existed")
    ("en-us", "After your request is approved, you need to create a new resource in the S1 pricing tier, because CMK can't be turned on for a resource that existed before the approval.", &["requires-new-resource"]),
    ("nl-nl", "Nadat uw aanvraag is goedgekeurd, moet u een nieuwe resource maken in de prijscategorie S1, omdat CMK niet kan worden ingeschakeld voor een resource die al bestond vóór de goedkeuring.", &["requires-new-resource"]),
    ("pt-br", "Depois que sua solicitação for aprovada, você precisará criar um novo recurso no tipo de preço S1, pois a CMK não pode ser ativada para um recurso que já existia antes da aprovação.", &["requires-new-resource"]),
    // near miss: a place in the denial's own clause still narrows it, whatever the reason
    ("en-us", "Customer-managed keys aren't supported in the Azure portal, because the portal doesn't show the key settings.", &["-supports-cmk!"]),
    // Azure services in general, or some of the Azure AI services, are no page's service:
    // what they use or accept is said of them
    ("en-us", "Azure services that use Key Vault keys as customer-managed keys can restrict the key types and sizes that they accept.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("de-de", "Azure-Dienste, die Key Vault-Schlüssel als kundenseitig verwaltete Schlüssel verwenden, können die akzeptierten Schlüsseltypen einschränken.", &["-supports-cmk", "-cmk-in-key-vault"]),
    ("en-us", "Customer-managed keys are supported. For example, some Azure AI services accept only RSA keys of size 2048.", &["supports-cmk", "-rsa-2048"]),
    // near miss: a service named as one of them is the sentence's subject
    ("en-us", "Event Hubs is one of the Azure services that use customer-managed keys from Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    // the key operations as participles ("when the keys are created, rotated, disabled or
    // revoked"), in the languages whose lexicons held only the verbs' other forms
    ("pt-br", "Com as chaves gerenciadas pelo cliente, você decide quando as chaves são criadas, giradas, desabilitadas ou revogadas.", &["key-operations=create,disable,revoke,rotate"]),
    ("pt-pt", "Com as chaves geridas pelo cliente, decide quando as chaves são criadas, rodadas, desativadas ou revogadas.", &["key-operations=create,disable,revoke,rotate"]),
    ("es-es", "Con las claves administradas por el cliente, usted decide cuándo las claves son creadas, rotadas, deshabilitadas o revocadas.", &["key-operations=create,disable,revoke,rotate"]),
    // near miss: two operations are none of the claim's
    ("pt-br", "Com as chaves gerenciadas pelo cliente, você decide quando as chaves são criadas e giradas.", &["-key-operations"]),
    // encrypted when someone stores the data, the store verb active with its object
    // after a subject ("when you upload reports and the service stores them"), in each
    // language's own form
    ("en-us", "Reports are encrypted when you upload them and the service stores them.", &["encrypt-on-write"]),
    ("es-es", "Los informes se cifran cuando usted los sube y el servicio los almacena.", &["encrypt-on-write"]),
    ("pt-br", "Os relatórios são criptografados quando você os envia e o serviço os armazena.", &["encrypt-on-write"]),
    ("it-it", "I report vengono crittografati quando l'utente li carica e il servizio li archivia.", &["encrypt-on-write"]),
    ("fr-fr", "Les rapports sont chiffrés lorsque le service de stockage les stocke.", &["encrypt-on-write"]),
    ("tr-tr", "Raporlar siz onları yüklediğinizde ve hizmet depoladığında şifrelenir.", &["encrypt-on-write"]),
    ("cs-cz", "Sestavy se šifrují, když je nahrajete a služba je uloží.", &["encrypt-on-write"]),
    // near miss: the service stores what it encrypted no moment of
    ("en-us", "Reports are encrypted in transit, and the service stores them in Blob Storage.", &["-encrypt-on-write"]),
    ("es-es", "Los informes se muestran en el portal cuando el servicio los almacena.", &["-encrypt-on-write"]),
    // the portal, named in Latin letters in a language of another script, is a place that
    // narrows the denial as its own word for it does
    ("ko-kr", "고객 관리형 키는 Azure Portal에서 구성할 수 없습니다.", &["-supports-cmk!"]),
    ("ja-jp", "カスタマー マネージド キーは Azure portal では構成できません。", &["-supports-cmk!"]),
    ("zh-cn", "无法在 Azure portal 中配置客户管理的密钥。", &["-supports-cmk!"]),
    // near miss: without the place, the denial stands
    ("ko-kr", "고객 관리형 키는 구성할 수 없습니다.", &["supports-cmk!"]),
    // double encryption whose layer is the customer's key, set up only at creation: the
    // key, named in the clause, needs the new resource
    ("en-us", "Double encryption with a customer-managed key can only be enabled when you create a new data hub.", &["requires-new-resource"]),
    ("de-de", "Die doppelte Verschlüsselung mit einem kundenseitig verwalteten Schlüssel kann nur beim Erstellen eines neuen Hubs aktiviert werden.", &["requires-new-resource"]),
    ("es-es", "El cifrado doble con una clave administrada por el cliente solo se puede habilitar al crear un centro nuevo.", &["requires-new-resource"]),
    ("ru-ru", "Двойное шифрование с помощью ключа, управляемого клиентом, можно включить только при создании нового концентратора.", &["requires-new-resource"]),
    // near miss: a second layer of the platform's, named alone
    ("en-us", "Customer-managed keys are supported. Infrastructure double encryption can only be enabled when you create a new data hub.", &["-requires-new-resource"]),
    // the key kept in the vault, in a clause without a negation, before a denial of its
    // own that leaving the vault is ("so the key itself never leaves Key Vault")
    ("en-us", "Customer-managed keys encrypt your data. You keep the key in Azure Key Vault, so the key itself never leaves Key Vault.", &["cmk-in-key-vault"]),
    ("es-es", "Las claves administradas por el cliente cifran los datos. La clave se guarda en Azure Key Vault, por lo que nunca sale de Key Vault.", &["cmk-in-key-vault"]),
    ("pl-pl", "Klucze zarządzane przez klienta szyfrują dane. Klucz jest przechowywany w usłudze Azure Key Vault, więc nigdy nie opuszcza usługi Key Vault.", &["cmk-in-key-vault"]),
    // near miss: the vault denied in the only clause that names it
    ("en-us", "Customer-managed keys encrypt your data. The key isn't kept in Azure Key Vault.", &["-cmk-in-key-vault"]),
    // machines that can't start again after the key is disabled: the forms of restarting
    ("fr-fr", "Les clés gérées par le client sont prises en charge. Si vous désactivez la clé, les machines virtuelles sont arrêtées et ne peuvent plus redémarrer.", &["revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, le macchine virtuali vengono arrestate e non possono essere riavviate.", &["revocation-blocks-access"]),
    ("nl-nl", "Door de klant beheerde sleutels worden ondersteund. Als u de sleutel uitschakelt, worden de virtuele machines gestopt en kunnen ze pas weer worden gestart nadat de toegang is hersteld.", &["revocation-blocks-access"]),
    ("cs-cz", "Klíče spravované zákazníkem jsou podporované. Pokud klíč zakážete, virtuální počítače se zastaví a nebude možné je znovu spustit.", &["revocation-blocks-access"]),
    ("zh-tw", "支援客戶自控金鑰。如果您停用金鑰，虛擬機器就會停止，而且無法再次啟動。", &["revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Wenn Sie den Schlüssel deaktivieren, werden die virtuellen Computer beendet und können nicht neu gestartet werden.", &["revocation-blocks-access"]),
    // near miss: a restart that no key's loss prevents
    ("fr-fr", "Pendant une mise à jour, les machines virtuelles ne peuvent pas redémarrer.", &["-revocation-blocks-access"]),
    // the data key as the agent of a passive protects, it is not protected: no key wraps it
    ("en-us", "Customer-managed keys are supported. Blob data is always protected by the account encryption key.", &["supports-cmk", "-cmk-is-kek"]),
    ("es-es", "Se admiten claves administradas por el cliente. Los datos de blobs siempre están protegidos por la clave de cifrado de la cuenta.", &["supports-cmk", "-cmk-is-kek"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. I dati BLOB sono sempre protetti dalla chiave di crittografia dell'account.", &["supports-cmk", "-cmk-is-kek"]),
    ("pt-pt", "As chaves geridas pelo cliente são suportadas. Os dados de blobs estão sempre protegidos pela chave de encriptação da conta.", &["supports-cmk", "-cmk-is-kek"]),
    // near miss: the data key as the object the customer's key protects
    ("en-us", "Customer-managed keys are supported. The service uses your key to protect the account encryption key.", &["supports-cmk", "cmk-is-kek"]),
    ("es-es", "Se admiten claves administradas por el cliente. El servicio usa su clave para proteger la clave de cifrado de la cuenta.", &["supports-cmk", "cmk-is-kek"]),
    // zh: the correlative 才 after a comma completes the condition before it ("只有在…時，才能…":
    // only when …, then can …), one clause with it; a comma not followed by 才 still parts
    // the condition from what comes after it
    ("zh-tw", "只有在建立新的特徵存放區時，才能啟用客戶自控金鑰。", &["supports-cmk", "requires-new-resource"]),
    ("zh-cn", "只有在创建新的工作区时，才能启用客户管理的密钥。", &["supports-cmk", "requires-new-resource"]),
    ("zh-tw", "只有在建立新的工作區時，系統會建立受控識別，您可以隨時啟用客戶自控金鑰。", &["supports-cmk", "-requires-new-resource"]),
    // blocked access said as a use that waits for the key ("can't be used until access
    // to the key is restored"), and the plural or "no longer" forms of "can't unlock"
    ("en-us", "Customer-managed keys are supported. If you disable your key, the disks can't be used until access to the key is restored.", &["supports-cmk", "revocation-blocks-access"]),
    ("es-es", "Se admiten claves administradas por el cliente. Si deshabilita la clave, los discos no se pueden usar hasta que se restaure el acceso a la clave.", &["supports-cmk", "revocation-blocks-access"]),
    ("sv-se", "Kundhanterade nycklar stöds. Om du inaktiverar nyckeln kan diskarna inte användas förrän åtkomsten till nyckeln har återställts.", &["supports-cmk", "revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키가 지원됩니다. 키를 사용하지 않도록 설정하면 키에 대한 액세스가 복원될 때까지 디스크를 사용할 수 없습니다.", &["supports-cmk", "revocation-blocks-access"]),
    ("it-it", "Le chiavi gestite dal cliente sono supportate. Se si disabilita la chiave, i nodi non possono più sbloccare i dischi.", &["supports-cmk", "revocation-blocks-access"]),
    ("ja-jp", "カスタマー マネージド キーがサポートされています。キーを無効にすると、ノードはディスクのロックを解除できなくなります。", &["supports-cmk", "revocation-blocks-access"]),
    ("pl-pl", "Klucze zarządzane przez klienta są obsługiwane. Jeśli wyłączysz klucz, węzły nie będą mogły odblokować swoich dysków.", &["supports-cmk", "revocation-blocks-access"]),
    ("zh-cn", "支持客户管理的密钥。如果禁用密钥，节点将无法再解锁其磁盘。", &["supports-cmk", "revocation-blocks-access"]),
    // near miss: a use that waits for something other than the key's access states nothing
    ("en-us", "Customer-managed keys are supported. The disks can't be used until the deployment finishes.", &["supports-cmk", "-revocation-blocks-access"]),
    // pt "compatível" (supported) and hu "Más kulcstípusok és -méretek" (other key types and
    // sizes, a suspended compound) after the one size named
    ("pt-br", "As chaves gerenciadas pelo cliente são compatíveis. A chave é uma chave RSA de tamanho 2048. Outros tipos e tamanhos de chave não são compatíveis.", &["supports-cmk", "rsa-2048"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok támogatottak. A kulcs egy 2048-as méretű RSA-kulcs. Más kulcstípusok és -méretek nem támogatottak.", &["supports-cmk", "rsa-2048"]),
    // a write moment coordinated with another one under one preposition (cs "při ingestování
    // a zápisu", ru "при приеме и записи", fr "lors de leur ingestion et de leur écriture")
    ("cs-cz", "Data se šifrují při ingestování a zápisu do úložiště.", &["encrypt-on-write"]),
    ("ru-ru", "Данные шифруются при приеме и записи в хранилище.", &["encrypt-on-write"]),
    ("fr-fr", "Les données sont chiffrées lors de leur ingestion et de leur écriture dans le stockage.", &["encrypt-on-write"]),
    // "without changes" in its other forms: cs "beze změn", nl "blijven … zonder wijzigingen werken"
    ("cs-cz", "Data se šifrují a dešifrují automaticky, takže vaše stávající dotazy fungují dál beze změn.", &["transparent-encryption"]),
    ("nl-nl", "Gegevens worden automatisch versleuteld. Uw bestaande query's blijven daardoor zonder wijzigingen werken.", &["transparent-encryption"]),
    // the keys of other services, named in their inflected or compounded forms (de "in
    // anderen Azure-Diensten", cs "v jiných službách Azure", pt-pt "noutros serviços"), are
    // theirs; near miss: the same advice with no other service is the page's
    ("de-de", "Wenn Sie ruhende Daten in anderen Azure-Diensten mit kundenseitig verwalteten Schlüsseln schützen müssen, speichern Sie diese Schlüssel in Azure Key Vault.", &["-cmk-in-key-vault"]),
    ("cs-cz", "Pokud potřebujete chránit neaktivní uložená data v jiných službách Azure pomocí klíčů spravovaných zákazníkem, uložte tyto klíče do Azure Key Vault.", &["-cmk-in-key-vault"]),
    ("pt-pt", "Se precisar de proteger dados inativos noutros serviços do Azure com chaves geridas pelo cliente, armazene essas chaves no Azure Key Vault.", &["-cmk-in-key-vault"]),
    ("de-de", "Wenn Sie ruhende Daten mit kundenseitig verwalteten Schlüsseln schützen müssen, speichern Sie diese Schlüssel in Azure Key Vault.", &["cmk-in-key-vault"]),
    // the keys applied, used or enabled only on new resources (ja "新しく作成された", newly
    // created); near miss: only on resources of one region
    ("en-us", "Customer-managed keys can be applied only to newly created volumes.", &["requires-new-resource"]),
    ("ja-jp", "カスタマー マネージド キーは、新しく作成されたボリュームにのみ適用できます。", &["requires-new-resource"]),
    ("en-us", "Customer-managed keys can be applied only to volumes in the same region as the key vault.", &["-requires-new-resource"]),
    // zh "为新…" / "為新…" (for new …): the new resource a preposition introduces, whatever
    // its noun; near miss: a new key
    ("zh-cn", "客户管理的密钥现已推出。只能为新数据中心启用客户管理的密钥。", &["supports-cmk", "requires-new-resource"]),
    ("zh-tw", "客戶自控金鑰現已推出。只能為新資料中心啟用客戶自控金鑰。", &["supports-cmk", "requires-new-resource"]),
    ("zh-cn", "客户管理的密钥现已推出。只能为新密钥启用自动轮换。", &["-requires-new-resource"]),
    // keys that Microsoft provides, creates or generates and manages: a verb before "and
    // manages" in every language (tr "Microsoft'un sağladığı ve yönettiği"); near miss: keys
    // that you create and manage
    ("nl-nl", "Standaard versleutelt de service deze gegevens met sleutels die Microsoft levert en beheert.", &["default-platform-keys"]),
    ("sv-se", "Som standard krypterar tjänsten dessa data med nycklar som Microsoft tillhandahåller och hanterar.", &["default-platform-keys"]),
    ("tr-tr", "Varsayılan olarak hizmet bu verileri Microsoft'un sağladığı ve yönettiği anahtarlarla şifreler.", &["default-platform-keys"]),
    ("es-es", "De forma predeterminada, el servicio cifra estos datos con claves que Microsoft proporciona y administra.", &["default-platform-keys"]),
    ("nl-nl", "Standaard worden de opgeslagen gegevens versleuteld met sleutels die u zelf maakt en beheert.", &["encrypts-at-rest", "-default-platform-keys"]),
    // customer-managed keys that a verb of choice sets only on a new resource need one
    // ("choose ... only when you start a new replication"); not a new key version chosen
    ("en-us", "You can choose customer-managed keys only when you start a new replication.", &["requires-new-resource"]),
    ("en-us", "You can choose customer-managed keys only for the new version of the key.", &["-requires-new-resource"]),
    // a managed identity to enable after the new resource, in a clause of its own, leaves
    // the new resource required (zh "需要创建新的…资源，然后为该资源启用…托管标识"); an identity
    // that is itself the new thing is no new resource
    ("zh-cn", "若要使用客户管理的密钥，需要创建新的文档智能资源，然后为该资源启用系统分配的托管标识。", &["requires-new-resource", "managed-identity-required"]),
    ("en-us", "To use customer-managed keys, you need to create a new Document Intelligence resource, and then enable a system-assigned managed identity for that resource.", &["requires-new-resource"]),
    ("en-us", "To use customer-managed keys, you need a new managed identity.", &["-requires-new-resource", "managed-identity-required"]),
    // a verb-final sentence's subject set apart by a comma is still its predicate's (tr
    // "Şifreleme, … saydam değildir": the encryption isn't transparent); the same comma
    // before an assertion leaves it asserted
    ("tr-tr", "Şifreleme, iş yükleri için saydam değildir.", &["transparent-encryption!"]),
    ("tr-tr", "Veriler, depolanırken şifrelenir ve uygulamalar için saydamdır.", &["transparent-encryption"]),
    // no change needed, said after an inverted verb (sv "behöver du inte ändra"); a change
    // needed denies transparency
    ("sv-se", "Eftersom kryptering och dekryptering sker transparent behöver du inte ändra din kod eller dina program för att dra nytta av dem.", &["transparent-encryption"]),
    ("sv-se", "Om du använder kundhanterade nycklar för krypteringen behöver du ändra din kod.", &["transparent-encryption!"]),
    // the moment of writing as the data goes (fr "au fur et à mesure de leur écriture", ru
    // "по мере их записи"), hu "amikor … írjuk" (when we write it), ja 格納時 (when stored),
    // cs "při zpětném čtení" (when read back)
    ("fr-fr", "Vos données sont chiffrées au fur et à mesure de leur écriture sur les disques de l’appareil.", &["encrypt-on-write"]),
    ("ru-ru", "Данные шифруются по мере их записи на диски устройства.", &["encrypt-on-write"]),
    ("hu-hu", "Az adatok titkosítása akkor történik, amikor azokat az adatközpontjainkba írjuk.", &["encrypt-on-write"]),
    ("ja-jp", "アプリ設定と接続文字列は、格納時に常に暗号化され、暗号化されたチャネルを介して送信されます。", &["encrypt-on-write", "encrypts-at-rest", "encrypts-in-transit"]),
    ("ja-jp", "保存時の暗号化は既定で有効です。", &["-encrypt-on-write"]),
    ("cs-cz", "Data se šifrují při zápisu na disky a dešifrují se při zpětném čtení.", &["decrypt-on-read"]),
    ("zh-tw", "應用程式設定和連接字串在儲存時一律會加密，並透過加密通道傳輸。", &["encrypts-in-transit"]),
    ("zh-cn", "应用设置和连接字符串通过加密通道传输。", &["encrypts-in-transit"]),
    // fr "ne … que lorsque" is "only when"; "que lorsque" after another verb is not
    ("fr-fr", "Vous ne pouvez ajouter une clé gérée par le client que lorsque vous créez une nouvelle tâche de stockage.", &["requires-new-resource"]),
    ("fr-fr", "Notez que lorsque vous créez une nouvelle tâche, vous pouvez ajouter une clé gérée par le client.", &["-requires-new-resource"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları yalnızca yeni bir filo oluştururken ayarlayabilirsiniz.", &["requires-new-resource"]),
    // the customer's key named as what is not transparent (fr)
    ("fr-fr", "La protection de la clé de déverrouillage par une clé gérée par le client n’est pas transparente pour le reste du processus de commande.", &["transparent-encryption!"]),
    ("fr-fr", "La protection de la clé de déverrouillage par une clé gérée par le client est transparente pour le reste du processus de commande.", &["transparent-encryption"]),
    // a use for a purpose denied is no denial of the purpose (ko "암호화하는 데는 사용되지
    // 않으며": not used for encrypting, with the topic particle; zh-tw 不會用來加密); the
    // encryption itself denied still is
    ("ko-kr", "암호와 SSH 키는 미사용 데이터를 암호화하는 데는 사용되지 않습니다.", &["-encrypts-at-rest"]),
    ("zh-tw", "密碼和 SSH 金鑰不會用來加密待用資料。", &["-encrypts-at-rest"]),
    ("zh-cn", "密码和 SSH 密钥不会用来加密静态数据。", &["-encrypts-at-rest"]),
    ("zh-cn", "静态数据不会加密。", &["encrypts-at-rest!"]),
    // a verb and its noun under one negation are one predicate (nl "biedt momenteel geen
    // ondersteuning voor": offers no support for), not a contrast of two kinds of resources
    ("nl-nl", "API Center biedt momenteel geen ondersteuning voor door de klant beheerde sleutels.", &["supports-cmk!"]),
    ("nl-nl", "Momenteel biedt de service geen ondersteuning voor door de klant beheerde sleutels.", &["supports-cmk!"]),
    // a relative clause set off by commas inside a sentence describes its subject and parts
    // it from no predicate: the denial after it is the subject's (double encryption), and
    // the keys the aside names are not what is denied
    ("en-us", "Double encryption at rest, which combines platform-managed and customer-managed keys on the same disk, isn't currently supported for dev boxes.", &["double-encryption!", "~double-encryption", "~supports-cmk!"]),
    ("es-es", "Actualmente, el cifrado doble en reposo, que combina claves administradas por la plataforma y claves administradas por el cliente en el mismo disco, no se admite para los cuadros de desarrollo.", &["double-encryption!", "~double-encryption"]),
    ("cs-cz", "Dvojité šifrování neaktivních uložených dat, které na stejném disku kombinuje klíče spravované platformou a klíče spravované zákazníkem, se pro dev boxy v současné době nepodporuje.", &["double-encryption!", "~double-encryption"]),
    ("nl-nl", "Dubbele versleuteling in rust, waarbij door het platform beheerde en door de klant beheerde sleutels op dezelfde schijf worden gecombineerd, wordt momenteel niet ondersteund voor dev boxes.", &["double-encryption!", "~double-encryption"]),
    ("pl-pl", "Podwójne szyfrowanie, które łączy klucze zarządzane przez platformę i klucze zarządzane przez klienta, nie jest obsługiwane w przypadku tych dysków.", &["double-encryption!", "~double-encryption"]),
    // pt "No momento," and it "Al momento," open a sentence as "currently": no moment of
    // creation that narrows the denial ("no momento da criação" still is one)
    ("pt-br", "No momento, a criptografia dupla em repouso, que combina chaves gerenciadas pela plataforma e chaves gerenciadas pelo cliente no mesmo disco, não é compatível com as caixas de desenvolvimento.", &["double-encryption!"]),
    ("it-it", "Al momento, la crittografia doppia non è supportata per i dev box.", &["double-encryption!"]),
    ("nl-nl", "Op het moment wordt dubbele versleuteling niet ondersteund voor dev boxes.", &["double-encryption!"]),
    // an aside's own negation stays in it, and a relative clause that ends the sentence is
    // no aside
    ("en-us", "Double encryption at rest, which isn't available for every disk type, is supported for dev boxes.", &["double-encryption", "~double-encryption!"]),
    ("en-us", "Dev boxes support double encryption at rest, which combines platform-managed and customer-managed keys on the same disk.", &["double-encryption", "~double-encryption!"]),
    // pl: decrypted "while they are retrieved" (a pronoun names the data); the retrieval of
    // something else is no moment of the data
    ("pl-pl", "Komunikaty kolejki są szyfrowane podczas zapisywania w usłudze Azure Storage i odszyfrowywane podczas ich pobierania.", &["decrypt-on-read"]),
    ("pl-pl", "Klucz jest szyfrowany podczas pobierania certyfikatu.", &["-encrypt-on-read"]),
    // "assign" is a verb of setting: customer-managed keys assigned only when the resource
    // is created need a new one
    ("es-es", "Solo puede asignar una clave administrada por el cliente a un tipo de nodo al crear un nuevo tipo de nodo.", &["requires-new-resource"]),
    ("zh-tw", "只有在建立新的節點類型時，才能將客戶自控金鑰指派給節點類型。", &["requires-new-resource"]),
    ("nl-nl", "U kunt alleen een door de klant beheerde sleutel aan een knooppunttype toewijzen wanneer u een nieuw knooppunttype maakt.", &["requires-new-resource"]),
    // the service's own encryption key, which the customer's key wraps, is the data key
    ("en-us", "When a customer-managed key is configured, Data Factory uses it to wrap the factory's own encryption key, so both keys are needed to read the data.", &["cmk-is-kek"]),
    ("en-us", "You can use your own encryption key.", &["supports-cmk"]),
    // data sent encrypted from one place to another (nl "versleuteld van … verzonden", zh
    // 以加密形式…傳送); not something stored encrypted beside something else sent
    ("nl-nl", "De tijdelijke schijf wordt op de VM-host versleuteld, en de gegevens worden versleuteld van de host naar de Storage-service verzonden.", &["encrypts-in-transit"]),
    ("nl-nl", "De sleutels worden versleuteld opgeslagen en het rapport wordt per e-mail verzonden.", &["-encrypts-in-transit"]),
    ("zh-tw", "暫存磁碟會在 VM 主機上加密，而且資料會以加密形式從主機傳送至儲存體服務。", &["encrypts-in-transit"]),
    ("zh-cn", "临时磁盘在 VM 主机上加密，并且数据以加密形式从主机传输到存储服务。", &["encrypts-in-transit"]),
    ("zh-tw", "金鑰會以加密形式儲存，報告則透過電子郵件傳送。", &["-encrypts-in-transit"]),
    // zh "標準 SKU" names the Standard tier
    ("zh-tw", "使用客戶自控金鑰的磁碟加密僅適用於標準 SKU 叢集。", &["pricing-tier=standard"]),
    ("zh-cn", "使用客户管理的密钥的磁盘加密仅适用于标准 SKU 群集。", &["pricing-tier=standard"]),
    // the noun "application" is no verb of applying (tr uygulamalar, de Anwendungen): it
    // takes no negation from the claim
    ("tr-tr", "Bu şifreleme, kümede çalışan hizmetler ve uygulamalar için saydam değildir.", &["transparent-encryption!"]),
    ("de-de", "Diese Verschlüsselung ist für Dienste und Anwendungen im Cluster nicht transparent.", &["transparent-encryption!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları mevcut bir hesaba uygulayamazsınız.", &["requires-new-resource"]),
    // cs: loaded "into memory" is a read (not a return to the client), and "v neaktivním
    // stavu" (in the inactive state) is at rest; a machine in that state is no data
    ("cs-cz", "Data se šifrují při jejich načítání do paměti a dešifrují při zápisu na disk.", &["encrypt-on-read", "decrypt-on-write"]),
    ("cs-cz", "Služba šifruje data v neaktivním stavu pomocí klíčů spravovaných Microsoftem.", &["encrypts-at-rest"]),
    ("cs-cz", "Virtuální počítač v neaktivním stavu nemá přiřazené prostředky.", &["-encrypts-at-rest"]),
    // "nothing to encrypt" denies the data, not the encryption: the sentence states nothing
    ("sv-se", "Synkrona begäranden sparas inte, så det finns inget att kryptera i vila för dem.", &["-encrypts-at-rest"]),
    ("hu-hu", "A szinkron kéréseket a szolgáltatás nem tárolja, így ezeknél nincs mit inaktív állapotban titkosítani.", &["-encrypts-at-rest"]),
    ("pt-br", "As solicitações síncronas não são persistidas, portanto não há nada a ser criptografado em repouso para elas.", &["-encrypt-on-write", "-encrypts-at-rest"]),
    ("sv-se", "Data krypteras inte i vila.", &["encrypts-at-rest!"]),
    // a moment in a relative clause set off by commas, after a preposition (ru "к которым",
    // de "auf die"), is what the noun undergoes, no occasion of the main clause's encryption
    ("ru-ru", "Источники данных, к которым вы обращаетесь из Управляемой Grafana, сохраняют собственные параметры шифрования.", &["-encrypt-on-read"]),
    ("de-de", "Die Datenquellen, auf die Sie über Managed Grafana zugreifen, behalten ihre eigenen Verschlüsselungseinstellungen.", &["-encrypt-on-read"]),
    ("ru-ru", "Когда вы обращаетесь к данным, служба расшифровывает их.", &["decrypt-on-read"]),
    // a customer-managed certificate is no customer-managed key
    ("en-us", "If you need a wildcard certificate, use a customer-managed certificate instead.", &["-supports-cmk"]),
    ("it-it", "Se è necessario un certificato con caratteri jolly, usare invece un certificato gestito dal cliente.", &["-supports-cmk"]),
    ("ja-jp", "ワイルドカード証明書が必要な場合は、代わりにカスタマー マネージド証明書を使用します。", &["-supports-cmk"]),
    ("en-us", "If you need more control, use customer-managed keys instead.", &["supports-cmk"]),
    // an infrastructure layer is no pricing tier (pt camada, tr katman, ko 계층), "adicional"
    // is no verb of adding, and nl "evenmin" (not … either) denies
    ("pt-br", "A criptografia dupla com uma camada de infraestrutura adicional também não está disponível.", &["double-encryption!"]),
    ("tr-tr", "Ek bir altyapı katmanıyla çift şifreleme de kullanılamaz.", &["double-encryption!"]),
    ("ko-kr", "추가 인프라 계층을 사용하는 이중 암호화도 사용할 수 없습니다.", &["double-encryption!"]),
    ("nl-nl", "Dubbele versleuteling met een extra infrastructuurlaag is evenmin beschikbaar.", &["double-encryption!", "~double-encryption"]),
    ("pt-br", "A criptografia dupla não está disponível na camada Básica.", &["-double-encryption"]),
    // a verb of seeing is a pointer ("see the article") only where it opens its clause: "so
    // that the host can't see the data" is no cross-reference that hides the sentence's claims
    ("en-us", "Disk content is encrypted as it's written and decrypted as it's read, so that neither the host nor Azure operators can see the data in plaintext.", &["encrypt-on-write", "decrypt-on-read"]),
    ("sv-se", "Data krypteras när den skrivs och dekrypteras när den läses, så att ingen annan kan se den.", &["encrypt-on-write", "decrypt-on-read"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti e decrittografati quando vengono letti, quindi nessun altro può vedere i dati.", &["encrypt-on-write", "decrypt-on-read"]),
    ("es-es", "Los datos se cifran cuando se escriben y se descifran cuando se leen, de modo que nadie más vea los datos.", &["encrypt-on-write", "decrypt-on-read"]),
    ("en-us", "For details on how data is encrypted when it's written, see [Encryption](encryption.md).", &["-encrypt-on-write"]),
    // the service's own key, with its article, is the data key the customer's key wraps (es
    // "la propia clave de cifrado de la factoría", de "den eigenen Verschlüsselungsschlüssel
    // der Factory"); "your own encryption key" stays the customer's
    ("es-es", "Cuando se configura una clave administrada por el cliente, Data Factory la usa para encapsular la propia clave de cifrado de la factoría.", &["cmk-is-kek"]),
    ("de-de", "Wenn ein kundenseitig verwalteter Schlüssel konfiguriert ist, umschließt Data Factory damit den eigenen Verschlüsselungsschlüssel der Factory.", &["cmk-is-kek"]),
    ("es-es", "Puede cifrar la factoría con su propia clave de cifrado almacenada en Azure Key Vault.", &["supports-cmk", "cmk-in-key-vault"]),
    ("de-de", "Sie können die Factory mit Ihrem eigenen Verschlüsselungsschlüssel in Azure Key Vault verschlüsseln.", &["supports-cmk", "cmk-in-key-vault"]),
    // encryption managed by you denies transparency; something else the customer manages,
    // named before the encryption in another clause, does not
    ("pt-pt", "Os contentores são executados numa infraestrutura gerida por si, pelo que a encriptação descrita neste artigo não abrange os documentos processados por um contentor.", &["-transparent-encryption"]),
    ("pl-pl", "Szyfrowanie i odszyfrowywanie są przezroczyste, co oznacza, że szyfrowanie i dostęp są zarządzane przez Ciebie.", &["transparent-encryption!"]),
    // "No." answers a question (a table's column, an FAQ) and ends its sentence: it is not
    // the abbreviation of a number, which a numeral follows
    ("en-us", "No. This traffic is encrypted with TLS.", &["encrypts-in-transit", "-encrypts-in-transit!"]),
    // in every language that names the reader and the object ("when a workflow reads an
    // artifact"); a moment clause that opens the sentence is the occasion of each verb of
    // the main clause, the second one after a coordinating word too
    ("en-us", "When a workflow reads an artifact, the service unwraps the DEK with your key and decrypts the artifact.", &["decrypt-on-read"]),
    ("fr-fr", "Lorsqu’un workflow lit un artefact, le service désencapsule la DEK avec votre clé et déchiffre l’artefact.", &["decrypt-on-read"]),
    ("cs-cz", "Když pracovní postup artefakt čte, služba klíč DEK vaším klíčem rozbalí a artefakt dešifruje.", &["decrypt-on-read"]),
    ("pl-pl", "Gdy przepływ pracy odczytuje artefakt, usługa odpakowuje klucz DEK przy użyciu Twojego klucza i odszyfrowuje artefakt.", &["decrypt-on-read"]),
    ("pt-pt", "Quando um fluxo de trabalho lê um artefacto, o serviço desencapsula a DEK com a sua chave e desencripta o artefacto.", &["decrypt-on-read"]),
    ("es-es", "Cuando una aplicación lee un blob, el servicio descifra el blob.", &["decrypt-on-read"]),
    ("de-de", "Wenn ein Workflow ein Artefakt liest, entschlüsselt der Dienst das Artefakt.", &["decrypt-on-read"]),
    ("nl-nl", "Wanneer een werkstroom een artefact leest, ontsleutelt de service het artefact.", &["decrypt-on-read"]),
    ("sv-se", "När ett arbetsflöde läser en artefakt dekrypterar tjänsten artefakten.", &["decrypt-on-read"]),
    ("ru-ru", "Когда рабочий процесс читает артефакт, служба расшифровывает артефакт.", &["decrypt-on-read"]),
    ("tr-tr", "Bir iş akışı bir yapıtı okuduğunda hizmet, DEK'nin sarmalamasını anahtarınızla kaldırır ve yapıtın şifresini çözer.", &["decrypt-on-read"]),
    // a moment clause that does not open the sentence is the occasion of its own verb only
    ("en-us", "The service unwraps the DEK when a workflow reads an artifact, and it encrypts new artifacts with your key.", &["-encrypt-on-read", "-decrypt-on-read"]),
    ("fr-fr", "Le service désencapsule la DEK lorsqu’un workflow lit un artefact, et il chiffre les nouveaux artefacts avec votre clé.", &["-encrypt-on-read", "-decrypt-on-read"]),
    // nor of a verb past another moment, or a relative clause
    ("en-us", "When a workflow reads an artifact, the service unwraps the DEK, which is encrypted with your key.", &["-encrypt-on-read"]),
    // what stays available when the customer's keys are turned off and Microsoft's take over
    // is no access kept after a revocation
    ("en-us", "When you disable customer-managed keys, the resource is encrypted with Microsoft-managed keys again. Your models remain available.", &["-revocation-blocks-access!"]),
    // a participle of reading names what is read: encrypted in transit, not on read; a
    // moment of reading still pairs in a sentence that names transit too
    ("zh-cn", "你提交的文档以及服务从你的容器读取的训练文件在传输过程中使用 TLS 1.2 进行加密。", &["encrypts-in-transit", "-encrypt-on-read"]),
    ("ja-jp", "保存データと転送中のデータは、読み取られるときに暗号化されます。", &["encrypt-on-read"]),
    // the sizes other than 2048 denied after a 2048-bit key is named: 2048 is the only size;
    // not after a list of sizes, nor where only other key types are denied
    ("en-us", "Customer-managed keys are supported. Use an RSA key of size 2048. Other key sizes aren't supported.", &["rsa-2048"]),
    ("en-us", "Customer-managed keys are supported. Use RSA keys of 2,048, 3,072 or 4,096 bits. No other key types or sizes are supported.", &["-rsa-2048"]),
    ("en-us", "Customer-managed keys are supported. Use an RSA key of size 2048. Other key types aren't supported.", &["-rsa-2048"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden unterstützt. Verwenden Sie einen RSA-Schlüssel der Größe 2048. Andere Schlüsseltypen und -größen werden nicht unterstützt.", &["rsa-2048"]),
    ("zh-tw", "支援客戶自控金鑰。請使用大小為 2048 的 RSA 金鑰。不支援其他金鑰類型和大小。", &["rsa-2048"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar desteklenir. 2048 boyutunda bir RSA anahtarı kullanın. Diğer anahtar türleri ve boyutları desteklenmez.", &["rsa-2048"]),
    // hu "írja" (writes it) is a verb of its own, the occasion only after "amikor"
    ("hu-hu", "A szolgáltatás beolvassa a blobot a forrásfiókból, amely visszafejti, majd a célfiókba írja, amely titkosítja.", &["-decrypt-on-write", "-encrypt-on-write"]),
    ("hu-hu", "Az adatok titkosítva vannak, amikor a szolgáltatás a lemezre írja őket.", &["encrypt-on-write"]),
    // a clause in parentheses is said of what stands before it, not of the write after it
    ("ja-jp", "サービスは BLOB を読み取り (このときソース アカウントが BLOB を暗号化解除します)、宛先アカウントに書き込みます (このとき宛先アカウントが独自のキーで BLOB を暗号化します)。", &["-decrypt-on-write"]),
    ("pt-br", "Os discos são criptografados automaticamente com a SSE (criptografia do lado do servidor) quando os dados são persistidos na nuvem.", &["encrypt-on-write"]),
    // "applies to" is no support (as en "apply"): keys that don't apply to another resource
    // deny nothing of the service's support
    ("zh-cn", "资源上的客户管理的密钥不适用于你的搜索索引或存储帐户。", &["-supports-cmk!"]),
    ("zh-tw", "資源上的客戶自控金鑰不適用於您的搜尋索引或儲存體帳戶。", &["-supports-cmk!"]),
    ("zh-cn", "该服务不支持客户管理的密钥。", &["supports-cmk!"]),
    // a key created and managed by the customer is the customer's key, not encryption
    // managed by the customer
    ("it-it", "È possibile integrare la crittografia predefinita con un livello di crittografia aggiuntivo che usa una chiave creata e gestita dall'utente in Azure Key Vault.", &["-transparent-encryption!"]),
    ("it-it", "La crittografia è gestita dall'utente.", &["transparent-encryption!"]),
];

#[test]
fn sentences_give_the_expected_claims_in_every_locale() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let mut failures = Vec::new();
    for (locale, sentence, expected) in CASES {
        let lex = ex.lexicon_for(&Locale::parse(locale).unwrap()).unwrap();
        let got: Vec<String> = ex
            .text_claims(lex, sentence)
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
            // an expectation names a claim id the crate knows, so a typo cannot pass
            let id = e
                .trim_start_matches(['-', '~'])
                .split('=')
                .next()
                .unwrap_or_default();
            if concord::claims::ClaimId::parse(id.trim_end_matches('!')).is_none() {
                failures.push(format!("{locale}: {sentence:?}: unknown claim id in {e}"));
                continue;
            }
            // "-id": the claim in neither polarity; "~id!" (or "-id!"): not this polarity
            // of it
            let ok = if let Some(absent) = e.strip_prefix('-').filter(|a| !a.ends_with('!')) {
                !got.iter()
                    .any(|g| g.split('=').next().map(|id| id.trim_end_matches('!')) == Some(absent))
            } else if let Some(absent) = e.strip_prefix('-').or_else(|| e.strip_prefix('~')) {
                !got.iter().any(|g| g.split('=').next() == Some(absent))
            } else {
                got.iter().any(|g| g == e)
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

/// An include that states a claim only pages about customer-managed keys make, without
/// naming them itself: read when a page that includes it names them, not on its own.
#[test]
fn an_include_is_about_customer_managed_keys_when_its_includer_is() {
    use concord::discover::source_file;
    use concord::parse::Document;
    use std::path::PathBuf;
    use std::sync::Arc;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let rel = "en-us/includes/key-requirements.md".to_string();
    let bytes = b"# Key requirements\n\nOnly RSA keys of size 2048 are supported.\n\nThe key vault must have soft delete and purge protection enabled.\n";
    let d = Document::parse(
        source_file(Arc::new(PathBuf::new()), PathBuf::from(&rel), rel),
        bytes,
        &Locale::parse("en-us").unwrap(),
    );
    let ids = |claims: Vec<concord::claims::Claim>| -> Vec<String> {
        claims.iter().map(|c| c.id.as_str().to_string()).collect()
    };
    assert_eq!(ids(ex.extract(&d)), Vec::<String>::new());
    let cmk = "You can encrypt the data with customer-managed keys.";
    assert_eq!(
        ids(ex.extract_within(&d, &|| vec![cmk.to_string()])),
        ["rsa-2048", "soft-delete-purge-protection"]
    );
    // an includer about access keys makes it no page about customer-managed keys
    let other = "Rotate the storage account access keys regularly.";
    assert_eq!(
        ids(ex.extract_within(&d, &|| vec![other.to_string()])),
        Vec::<String>::new()
    );
}

/// A sentence that only points at a page ("See [title]", "see step 4 of [title]", a list
/// item that is one link) states nothing of what the link's title names; a sentence whose
/// own words carry the claim beside a link keeps it, and so does one whose predicate is
/// the link ("Data is [encrypted at rest].").
#[test]
fn a_link_title_alone_states_no_claim() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |locale: &str, body: &str| -> Vec<String> {
        page_claims(&ex, &format!("{locale}/articles/storage/page.md"), body)
    };
    let none = Vec::<String>::new();
    for (locale, body) in [
        ("es-es", "# Blobs\n\nConsulte [Cifrado del servicio Azure Storage para datos en reposo (versión preliminar)](x.md).\n"),
        ("zh-tw", "# Blob\n\n請參閱[待用資料的 Azure 儲存體服務加密 (預覽)](x.md)。\n"),
        ("ru-ru", "# BLOB\n\nСм. статью [Шифрование службы хранилища Azure для неактивных данных](x.md).\n"),
        ("fr-fr", "# Sécurité\n\n- [Chiffrement en transit](#transit)\n- [Chiffrement au repos](#repos)\n"),
    ] {
        assert_eq!(claims(locale, body), none, "{locale}: {body}");
    }
    assert_eq!(
        claims(
            "en-us",
            "# Hub\n\nIoT Hub supports [customer-managed keys](x.md).\n"
        ),
        ["supports-cmk"]
    );
    assert_eq!(
        claims(
            "es-es",
            "# Blobs\n\nAzure Storage cifra los datos en reposo. Consulte [Cifrado](x.md).\n"
        ),
        ["encrypts-at-rest"]
    );
    assert_eq!(
        claims(
            "fr-fr",
            "# Sécurité\n\nLes données sont [chiffrées au repos](x.md) par le service.\n"
        ),
        ["encrypts-at-rest"]
    );
    // the whole predicate in a link still states it
    assert_eq!(
        claims("en-us", "# Blobs\n\nData is [encrypted at rest](x.md).\n"),
        ["encrypts-at-rest"]
    );
    assert_eq!(
        claims(
            "es-es",
            "# Blobs\n\nLos datos se [cifran en reposo](x.md).\n"
        ),
        ["encrypts-at-rest"]
    );
    // a pointer to a part of another page, after words of its own, states nothing of it
    for (locale, body) in [
        ("en-us", "# Blobs\n\nTo query the status of encrypted data, see step 4 of [Azure Storage Service Encryption for data at rest](x.md).\n"),
        ("cs-cz", "# Blobs\n\nDotaz na stav šifrovaných dat najdete v tématu krok 4 z [Šifrování služby úložiště pro data v klidovém stavu](x.md).\n"),
        ("fr-fr", "# Blobs\n\nPour interroger l’état des données chiffrées, consultez l’étape 4 de [Chiffrement du service Stockage Azure pour les données au repos](x.md).\n"),
        ("zh-tw", "# Blob\n\n若要查詢加密資料的狀態，請參閱[待用資料的儲存體服務加密](x.md)快速入門步驟 4。\n"),
    ] {
        assert_eq!(claims(locale, body), none, "{locale}: {body}");
    }
}

/// The raw-text prefilter that lets the extractor skip a segment never rejects one the
/// extractor takes a claim from: every case with a claim passes it, and wherever the
/// lexicon finds a concept the prefilter is asked about (in the case as written,
/// upper-cased, with a file name or code quotes in it, with other spaces, and in each of
/// its parts), the prefilter says the text may name it, and for a scope concept so does
/// its quick scope test.
#[test]
fn the_prefilter_never_rejects_text_with_a_claim() {
    use concord::claims::lexicon;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let mut failures = Vec::new();
    for (locale, text, _) in CASES {
        let (lex, prefilter) = ex
            .prefiltered_lexicon_for(&Locale::parse(locale).unwrap())
            .unwrap();
        if !ex.text_claims(lex, text).is_empty() && !prefilter.may_name_scope(lex, text) {
            failures.push(format!(
                "{locale}: {text:?}: has claims, prefilter rejects it"
            ));
        }
        let variants = [
            text.to_string(),
            text.to_uppercase(),
            text.to_ascii_uppercase(),
            format!("Download `Keys-Tools.zip` and {text}"),
            text.replace(' ', "\u{00A0} \t"),
        ];
        for v in variants {
            for part in std::iter::once(v.as_str()).chain(v.split(['.', '。', ','])) {
                let matching = lexicon::matching_text(lex, part);
                let present = prefilter.present(part, || &matching, false).unwrap();
                let quick = prefilter.may_name_scope_quick(part, || &matching);
                for hit in lexicon::hits(lex, &matching) {
                    if prefilter.scope().contains(&hit.concept) && !quick {
                        failures.push(format!(
                            "{locale}: {part:?}: names {}, the quick scope test says it cannot",
                            ex.concept_names()[hit.concept]
                        ));
                    }
                    if prefilter.asks(hit.concept) && !prefilter.may_name(&present, hit.concept) {
                        failures.push(format!(
                            "{locale}: {part:?}: names {}, the prefilter says it cannot",
                            ex.concept_names()[hit.concept]
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // and it does reject text of a spaced script without a scope word, ASCII or not
    let (lex, prefilter) = ex
        .prefiltered_lexicon_for(&Locale::parse("fr-fr").unwrap())
        .unwrap();
    assert!(!prefilter.may_name_scope(lex, "Sélectionnez le groupe de ressources."));
    assert!(!prefilter.may_name_scope(lex, "Select the resource group."));
    assert!(prefilter.may_name_scope(lex, "Les CLÉS gérées par le client."));
    // nor a phrase of which only one word is there
    let (_, prefilter) = ex
        .prefiltered_lexicon_for(&Locale::parse("en-us").unwrap())
        .unwrap();
    let present = |text: &str| prefilter.present(text, || unreachable!(), false).unwrap();
    let concept = |name: &str| ex.concept_names().iter().position(|n| n == name).unwrap();
    assert!(!prefilter.may_name(&present("The vault stores secrets."), concept("key-vault")));
    assert!(prefilter.may_name(
        &present("The KEY VAULT stores secrets."),
        concept("key-vault")
    ));
}

/// A paragraph in which no rule finds its concepts is passed over without reading its
/// sentences one by one, but the scope its last sentence names still reaches the
/// paragraph after it: "contact support" after a paragraph about customer-managed keys is
/// a request for them, after one about keys in general it is none. So it is when a
/// sentence before asked what the whole page names (the purpose of "customer-managed keys
/// are supported"), which looks at every paragraph only for its scope first.
#[test]
fn a_paragraph_passed_over_still_gives_its_scope_to_the_next() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |body: &str| page_claims(&ex, "en-us/articles/storage/page.md", body);
    let request = "To try this feature, contact Microsoft support.";
    for (before, expected) in [
        (
            "This article explains customer-managed keys.",
            vec!["access-by-request"],
        ),
        ("This article explains how keys work.", vec![]),
        (
            "Customer-managed keys are supported.\n\nThis article explains customer-managed keys.",
            vec!["supports-cmk", "access-by-request"],
        ),
        (
            "Customer-managed keys are supported.\n\nThis article explains how keys work.",
            vec!["supports-cmk"],
        ),
        // the scope of the paragraph's last sentence, not of its first
        (
            "This article explains customer-managed keys. Then it explains how keys work.",
            vec![],
        ),
    ] {
        let body = format!("# Overview\n\n{before}\n\n{request}\n");
        assert_eq!(claims(&body), expected, "{body}");
    }
}

/// A list's lead-in (the paragraph right before its first item) introduces every item of
/// it, not only the first: "Before you configure customer-managed keys, make sure you
/// have: - A key vault. - A managed identity on the resource." The items of a list that a
/// heading or a lead-in without the topic opens get no scope from it.
#[test]
fn every_item_of_a_list_depends_on_its_lead_in() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (rel, lead_in, items, expected) in [
        (
            "en-us/articles/face/page.md",
            "Before you configure customer-managed keys, make sure you have:",
            "- An Azure subscription.\n- A system-assigned managed identity on the resource.",
            vec!["supports-cmk", "managed-identity-required"],
        ),
        (
            "en-us/articles/face/page.md",
            "Make sure you have:",
            "- An Azure subscription.\n- A system-assigned managed identity on the resource.",
            vec!["supports-cmk"],
        ),
        (
            "en-us/articles/face/page.md",
            "",
            "- An Azure subscription.\n- A system-assigned managed identity on the resource.",
            vec!["supports-cmk"],
        ),
        (
            "de-de/articles/face/page.md",
            "Stellen Sie vor dem Konfigurieren kundenseitig verwalteter Schlüssel Folgendes sicher:",
            "- Ein Azure-Abonnement.\n- Eine systemseitig zugewiesene verwaltete Identität für die Ressource.",
            vec!["supports-cmk", "managed-identity-required"],
        ),
        (
            "ja-jp/articles/face/page.md",
            "カスタマー マネージド キーを構成する前に、次のものがあることを確認してください。",
            "- Azure サブスクリプション。\n- リソースのシステム割り当てマネージド ID。",
            vec!["supports-cmk", "managed-identity-required"],
        ),
    ] {
        let lead_in = if lead_in.is_empty() {
            String::new()
        } else {
            format!("{lead_in}\n\n")
        };
        let opening = match &rel[..2] {
            "de" => "Kundenseitig verwaltete Schlüssel werden unterstützt.",
            "ja" => "カスタマー マネージド キーがサポートされています。",
            _ => "Customer-managed keys are supported.",
        };
        let body = format!("# Overview\n\n{opening}\n\n## Before you begin\n\n{lead_in}{items}\n");
        assert_eq!(page_claims(&ex, rel, &body), expected, "{body}");
    }
}

/// A sentence that sets the page's own service aside (its name after "rather than", or in
/// a closing tag of its own with a negation) asserts nothing of it: "configure
/// customer-managed keys on the origin ... rather than on Front Door" on a Front Door page
/// leaves that page's denial of them standing. A denial that names the service, and the
/// service's name inside a denied change ("you don't need to change your apps or FHIR
/// queries"), still state their claims.
#[test]
fn a_sentence_that_sets_the_pages_service_aside_asserts_nothing_of_it() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let denial =
        "Azure Front Door doesn't support customer-managed keys (CMK) for encrypting data at rest.";
    for (rel, service, sentence, expected) in [
        (
            "en-us/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "If you need to control the encryption keys for stored data, configure customer-managed keys on the origin, for example on your storage account, rather than on Front Door.",
            vec![],
        ),
        // near miss: another service set aside is no matter of this page's
        (
            "en-us/articles/storage/page.md",
            "azure-storage",
            "Configure customer-managed keys on your storage account rather than on Front Door.",
            vec!["supports-cmk"],
        ),
        (
            "sv-se/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "Om du behöver styra krypteringsnycklarna för lagrade data konfigurerar du kundhanterade nycklar på ursprunget, till exempel på ditt lagringskonto, i stället för på Front Door.",
            vec![],
        ),
        (
            "tr-tr/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "Depolanan verilerin şifreleme anahtarlarını denetlemeniz gerekiyorsa, müşteri tarafından yönetilen anahtarları Front Door yerine kaynakta, örneğin depolama hesabınızda yapılandırın.",
            vec![],
        ),
        (
            "cs-cz/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "Pokud potřebujete řídit šifrovací klíče pro uložená data, nakonfigurujte klíče spravované zákazníkem na zdroji, například na účtu úložiště, a ne ve službě Front Door.",
            vec![],
        ),
        (
            "hu-hu/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "Ha a tárolt adatok titkosítási kulcsait Önnek kell felügyelnie, az ügyfél által felügyelt kulcsokat a forráson, például a tárfiókon konfigurálja, ne a Front Dooron.",
            vec![],
        ),
        (
            "zh-tw/articles/frontdoor/tls.md",
            "azure-frontdoor",
            "如果您需要控制所儲存資料的加密金鑰，請在原點 (例如您的儲存體帳戶) 上設定客戶自控金鑰，而不是在 Front Door 上設定。",
            vec![],
        ),
        (
            "en-us/articles/frontdoor/tls.md",
            "azure-frontdoor",
            denial,
            vec!["supports-cmk!"],
        ),
        (
            "cs-cz/articles/fhir/page.md",
            "azure-health-data-services fhir",
            "Klíče spravované zákazníkem. Data se šifrují při uložení do databáze a dešifrují se, když je čtete, takže šifrování je transparentní: nemusíte měnit své aplikace ani dotazy FHIR.",
            vec!["encrypt-on-write", "decrypt-on-read"],
        ),
    ] {
        let (service, subservice) = service.split_once(' ').unwrap_or((service, ""));
        let sub = if subservice.is_empty() {
            String::new()
        } else {
            format!("ms.subservice: {subservice}\n")
        };
        let body = format!("---\nms.service: {service}\n{sub}---\n\n# Overview\n\n{sentence}\n");
        let got: Vec<String> = ex
            .extract(&page_document(rel, &body))
            .iter()
            .map(|c| {
                let neg = if c.polarity == Polarity::Negated { "!" } else { "" };
                format!("{}{neg}", c.id.as_str())
            })
            .collect();
        for e in &expected {
            assert!(got.contains(&e.to_string()), "{rel}: expected {e}, got {got:?}");
        }
        if expected.is_empty() {
            assert!(got.is_empty(), "{rel}: expected nothing, got {got:?}");
        }
    }
}

/// The claim ids (deduplicated in order) that the extractor reads from a page at `rel`
/// (`<locale>/...`) whose Markdown is `body`.
fn page_claims(ex: &Extractor, rel: &str, body: &str) -> Vec<String> {
    let d = page_document(rel, body);
    let mut ids: Vec<String> = ex
        .extract(&d)
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect();
    ids.dedup();
    ids
}

/// The polarities of the `supports-cmk` claims of the page at `rel` whose Markdown is
/// `body`, in page order.
fn support_polarities(ex: &Extractor, rel: &str, body: &str) -> Vec<Polarity> {
    ex.extract(&page_document(rel, body))
        .iter()
        .filter(|c| c.id.as_str() == "supports-cmk")
        .map(|c| c.polarity)
        .collect()
}

/// The claims of the page at `rel` whose Markdown is `body`: line, id and polarity.
fn line_claims(ex: &Extractor, rel: &str, body: &str) -> Vec<(u32, String, String)> {
    ex.extract(&page_document(rel, body))
        .into_iter()
        .map(|c| {
            (
                c.line,
                c.id.as_str().to_string(),
                c.polarity.as_str().to_string(),
            )
        })
        .collect()
}

/// The document at `rel` (`<locale>/...`) whose Markdown is `body`.
fn page_document(rel: &str, body: &str) -> concord::parse::Document {
    use concord::discover::source_file;
    use concord::parse::Document;
    use std::path::PathBuf;
    use std::sync::Arc;
    let locale = rel.split('/').next().unwrap();
    Document::parse(
        source_file(
            Arc::new(PathBuf::new()),
            PathBuf::from(rel),
            rel.to_string(),
        ),
        body.as_bytes(),
        &Locale::parse(locale).unwrap(),
    )
}

/// A list item, paragraph or table cell that opens with a link to another service's
/// documentation is about that service ("[Azure Data Lake Store](../data-lake-store/...)
/// provides encryption of the data stored in the account" on a page listing the services
/// that use Key Vault): what it states is not the page's. A link into the page's own
/// service, or one of its family, a link to the key store (Key Vault), a link further on,
/// and an include (whose service is its includers') keep their claims.
#[test]
fn a_segment_opening_with_a_link_to_another_service_states_none_of_the_pages_claims() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| page_claims(&ex, rel, body);
    let none = Vec::<String>::new();
    for (rel, body) in [
        ("en-us/articles/key-vault/guide.md", "# Services\n\n- [Azure Data Lake Store](../data-lake-store/get-started.md) provides the option to encrypt data at rest in the account.\n"),
        ("es-es/articles/key-vault/guide.md", "# Servicios\n\n- [Azure Information Protection](/information-protection/plan/tenant-key) le permite administrar su propia clave de inquilino. Por ejemplo, en lugar de que Microsoft administre su clave de inquilino (la opción predeterminada), puede administrar la suya.\n"),
        ("zh-tw/articles/key-vault/guide.md", "# 服務\n\n- [Azure 資訊保護](/information-protection/plan/tenant-key)可讓您管理自己的租用戶金鑰。 例如，您可以管理自己的租用戶金鑰，而不需 Microsoft 管理您的租用戶金鑰 (預設值)。\n"),
        ("ko-kr/articles/key-vault/guide.md", "# 서비스\n\n- [Azure Data Lake Store](../data-lake-store/get-started.md)는 계정에 저장된 데이터의 미사용 암호화에 대한 옵션을 제공합니다.\n"),
        ("fr-fr/articles/key-vault/guide.md", "# Services\n\n| Service | Description |\n|---|---|\n| x | [Chiffrement de disque Azure](../security/disk-encryption.md) chiffre toutes les données au repos des disques. |\n"),
        // after a preposition ("In [Azure Data Lake Store] you can enable encryption")
        ("ru-ru/articles/key-vault/guide.md", "# Службы\n\n- В [Azure Data Lake Store](../data-lake-store/get-started.md) можно включить шифрование неактивных данных в учетной записи.\n"),
    ] {
        assert_eq!(claims(rel, body), none, "{rel}: {body}");
    }
    for (rel, body, expected) in [
        // the page's own service, from another of its folders
        ("en-us/articles/storage/blobs/page.md", "# Security\n\n- [Storage Service Encryption](../common/sse.md) encrypts your data at rest.\n", "encrypts-at-rest"),
        // a site-absolute link into the same family of documentation
        ("en-us/articles/sql-database/page.md", "# Security\n\n- [Transparent Data Encryption](/sql/relational-databases/security/tde) encrypts data at rest.\n", "encrypts-at-rest"),
        ("es-es/articles/sql-database/page.md", "# Seguridad\n\n- [Cifrado de datos transparente](/azure/sql-database/tde) cifra los datos en reposo.\n", "encrypts-at-rest"),
        // a link further on is no subject
        ("fr-fr/articles/storage/page.md", "# Sécurité\n\n- Les données sont chiffrées au repos avec des clés de [Azure Key Vault](../key-vault/x.md).\n", "encrypts-at-rest"),
        // a link to the key store (Key Vault, Managed HSM) opens many of a page's own
        // sentences in languages that put the subject first
        ("ja-jp/articles/cognitive-services/face/encrypt.md", "# 暗号化\n\n- [Azure Key Vault](../../key-vault/general/overview.md) を使用して、カスタマー マネージド キーを格納する必要があります。\n", "cmk-in-key-vault"),
        ("en-us/articles/cognitive-services/face/encrypt.md", "# Encryption\n\n- [Azure Key Vault](../../key-vault/general/overview.md) must be used to store your customer-managed keys.\n", "cmk-in-key-vault"),
        ("ko-kr/articles/iot-hub/cmk.md", "# 암호화\n\n[Azure Key Vault](../key-vault/general/overview.md)를 사용하여 고객 관리형 키를 저장해야 합니다.\n", "cmk-in-key-vault"),
        // a longer word before the link is a sentence of the page's own
        ("en-us/articles/storage/page.md", "# Security\n\n- Like [Azure Data Lake Store](../data-lake-store/get-started.md), the service encrypts data at rest.\n", "encrypts-at-rest"),
        // an include's service is its includers'
        ("ru-ru/includes/disks.md", "# Диски\n\n- [Шифрование службы хранилища](../articles/storage/sse.md) шифрует неактивные данные.\n", "encrypts-at-rest"),
    ] {
        assert!(claims(rel, body).iter().any(|c| c == expected), "{rel}: {body}: {:?}", claims(rel, body));
    }
}

/// A claim's line is its sentence's own: a list item or paragraph written over several
/// lines (a lazy continuation line) puts a sentence of its second line on that line, not on
/// the item's first.
#[test]
fn a_sentence_on_a_continuation_line_has_its_own_line() {
    use concord::discover::source_file;
    use concord::parse::Document;
    use std::path::PathBuf;
    use std::sync::Arc;
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let rel = "en-us/articles/a.md".to_string();
    let bytes = "# Encryption\n\n1. The library generates a content key.\n   The content key is wrapped with the key encryption key from Azure Key Vault.\n2. Data is encrypted at rest\n   by the service.\n";
    let d = Document::parse(
        source_file(Arc::new(PathBuf::new()), PathBuf::from(&rel), rel),
        bytes.as_bytes(),
        &Locale::parse("en-us").unwrap(),
    );
    let lines: Vec<(String, u32)> = ex
        .extract(&d)
        .iter()
        .map(|c| (c.id.as_str().to_string(), c.line))
        .collect();
    assert!(lines.contains(&("cmk-is-kek".to_string(), 4)), "{lines:?}");
    // a sentence that starts on the item's first line keeps that line
    assert!(
        lines.contains(&("encrypts-at-rest".to_string(), 5)),
        "{lines:?}"
    );
}

/// A section is about what its heading and the headings above it are about: a
/// "Prerequisites" list under a title about customer-managed keys lists what they need.
/// A section under a title about something else borrows nothing, and a heading of the same
/// level ends the one before it.
#[test]
fn a_section_takes_its_scope_from_the_headings_above_it() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| page_claims(&ex, rel, body);
    let cmk_page = "# Configure customer-managed keys for your account\n\nIntro.\n\n## Prerequisites\n\n- A managed identity for the account, either system-assigned or user-assigned.\n";
    assert!(claims("en-us/articles/batch/cmk.md", cmk_page)
        .contains(&"managed-identity-required".to_string()));
    let ja = "# アカウントのカスタマー マネージド キーを構成する\n\n概要。\n\n## 前提条件\n\n- アカウントのマネージド ID (システム割り当てまたはユーザー割り当て)。\n";
    assert!(claims("ja-jp/articles/batch/cmk.md", ja)
        .contains(&"managed-identity-required".to_string()));
    // the title is about something else
    let other = "# Connect to your account from an app\n\nIntro.\n\n## Prerequisites\n\n- A managed identity for the account, either system-assigned or user-assigned.\n";
    assert_eq!(
        claims("en-us/articles/batch/connect.md", other),
        Vec::<String>::new()
    );
    // a sibling section of the same level ends the section about customer-managed keys
    let sibling = "# Security\n\n## Customer-managed keys\n\nText.\n\n## Identities\n\n- A managed identity for the account, either system-assigned or user-assigned.\n";
    assert!(!claims("en-us/articles/batch/security.md", sibling)
        .contains(&"managed-identity-required".to_string()));
    // double encryption set up only at creation is its own restriction, not the keys'
    let double = "# Customer-managed keys for your cluster\n\n## Double encryption\n\nYou can enable double encryption only when you create a cluster.\n";
    assert!(!claims("en-us/articles/data-explorer/cmk.md", double)
        .contains(&"requires-new-resource".to_string()));
}

/// A section whose heading names client-side encryption is about what the client library
/// does before upload, with a key encryption key the application holds: its envelope and
/// its key in Key Vault are not the service's customer-managed key (the page's first
/// heading opens the whole page). A sentence there that names the service's own side
/// speaks of the service again; the next section of the heading's level is the service's.
/// What the section states is kept apart (`Claim::outside`), for the cross-locale checks.
#[test]
fn a_section_about_client_side_encryption_states_nothing_of_the_service() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str, outside: bool| {
        ex.extract(&page_document(rel, body))
            .into_iter()
            .filter(|c| c.outside == outside)
            .map(|c| format!("{} {}", c.line, c.id.as_str()))
            .collect::<Vec<_>>()
    };
    let lines = |rel: &str, body: &str| claims(rel, body, false);
    let envelope = "The CEK is wrapped with a key encryption key (KEK) that you provide, and you can keep the KEK in Azure Key Vault.";
    let page = format!(
        "# Client-side encryption for blobs\n\n{envelope}\n\n> [!NOTE]\n> Azure Storage always encrypts your data at rest on the service side.\n"
    );
    assert_eq!(
        lines("en-us/articles/storage/blobs/client-side.md", &page),
        ["6 encrypts-at-rest"]
    );
    assert_eq!(
        claims("en-us/articles/storage/blobs/client-side.md", &page, true),
        ["3 cmk-in-key-vault", "3 cmk-is-kek"]
    );
    // the same words on a page about the service's keys are its claims
    let cmk = format!("# Customer-managed keys for Azure Storage\n\n{envelope}\n");
    assert_eq!(
        lines("en-us/articles/storage/blobs/cmk.md", &cmk),
        ["3 cmk-in-key-vault", "3 cmk-is-kek"]
    );
    // a section of a guide: the sections after it of its level or above are the service's
    let guide = format!(
        "# Security guide\n\n## Encryption in transit\n\n### Client-side encryption\n\n{envelope}\n\n## Encryption at rest\n\nCustomer-managed keys are supported. {envelope}\n"
    );
    assert_eq!(
        lines("en-us/articles/storage/common/guide.md", &guide),
        [
            "3 encrypts-in-transit",
            "9 encrypts-at-rest",
            "11 supports-cmk",
            "11 cmk-in-key-vault",
            "11 cmk-is-kek"
        ]
    );
    // a heading that compares client-side encryption with other kinds opens no such section,
    // one that names the service's side ends it, one that adds the key store still opens it
    let compared = "# Security guide\n\n### Comparison of Azure Disk Encryption, SSE and client-side encryption\n\nCustomer-managed keys are supported.\n";
    assert_eq!(
        lines("en-us/articles/storage/common/guide.md", compared),
        ["5 supports-cmk"]
    );
    let server = format!(
        "# Client-side encryption for blobs\n\n{envelope}\n\n## Server-side encryption\n\nCustomer-managed keys are supported.\n"
    );
    assert_eq!(
        lines("en-us/articles/storage/blobs/client-side.md", &server),
        ["7 supports-cmk"]
    );
    let vault = format!("# Client-side encryption and Azure Key Vault\n\n{envelope}\n");
    assert_eq!(
        lines("en-us/articles/storage/blobs/client-side.md", &vault),
        Vec::<String>::new()
    );
    let zh_tw =
        "# 安全性指南\n\n### Azure 磁碟加密、SSE 和用戶端加密的比較\n\n支援客戶自控金鑰。\n";
    assert_eq!(
        lines("zh-tw/articles/storage/common/guide.md", zh_tw),
        ["5 supports-cmk"]
    );
    // in other languages
    let de = "# Clientseitige Verschlüsselung für Blobs\n\nDer CEK wird mit einem Schlüsselverschlüsselungsschlüssel (KEK) umschlossen, den Sie bereitstellen. Sie können den KEK in Azure Key Vault aufbewahren.\n";
    assert_eq!(
        lines("de-de/articles/storage/blobs/client-side.md", de),
        Vec::<String>::new()
    );
    let zh = "# Blob 的客户端加密\n\nCEK 使用你提供的密钥加密密钥 (KEK) 进行包装，你可以将 KEK 保存在 Azure Key Vault 中。\n";
    assert_eq!(
        lines("zh-cn/articles/storage/blobs/client-side.md", zh),
        Vec::<String>::new()
    );
}

/// An item of a list of prerequisites on a page about customer-managed keys is a
/// requirement without a word of one: "An RSA key of 2048 bits" under "Prerequisites"
/// limits the key size, "A store in the Standard or Premium tier" the tiers. Not under
/// another heading, not a list of sizes, not the key vault's tier, and not on a page
/// without customer-managed keys.
#[test]
fn a_list_of_prerequisites_states_requirements() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| page_claims(&ex, rel, body);
    let en = "# Encrypt data with customer-managed keys\n\nYou can use customer-managed keys.";
    for (locale, intro, heading, items, expected) in [
        ("en-us", en, "Prerequisites", "- A store in the Standard tier.\n- An RSA key with a size of 2048 bits.", vec!["pricing-tier", "rsa-2048"]),
        ("en-us", en, "Key types", "- A store in the Standard tier.\n- An RSA key with a size of 2048 bits.", vec![]),
        ("en-us", en, "Prerequisites", "- An RSA key of 2048, 3072 or 4096 bits.\n- A key vault in the Premium tier.", vec![]),
        ("de-de", "# Kundenseitig verwaltete Schlüssel\n\nSie können kundenseitig verwaltete Schlüssel verwenden.", "Voraussetzungen", "- Ein Speicher im Tarif „Standard“.\n- Ein RSA-Schlüssel mit einer Größe von 2048 Bit.", vec!["pricing-tier", "rsa-2048"]),
        ("ja-jp", "# カスタマー マネージド キー\n\nカスタマー マネージド キーを使用できます。", "前提条件", "- Standard レベルのストア。\n- サイズが 2048 ビットの RSA キー。", vec!["pricing-tier", "rsa-2048"]),
        ("ru-ru", "# Ключи, управляемые клиентом\n\nМожно использовать ключи, управляемые клиентом.", "Предварительные требования", "- Хранилище уровня Standard.\n- Ключ RSA размером 2048 бит.", vec!["pricing-tier", "rsa-2048"]),
    ] {
        let body = format!("{intro}\n\n## {heading}\n\n{items}\n");
        let mut got = claims(&format!("{locale}/articles/app/page.md"), &body);
        got.retain(|c| c != "supports-cmk");
        assert_eq!(got, expected, "{body}");
    }
    // a managed identity among the prerequisites, on a page whose title does not name
    // the keys (the sections around would lend them): required there, and nowhere else
    let identity = |heading: &str| {
        let body = format!("# Data encryption\n\nYou can use customer-managed keys.\n\n## {heading}\n\n- The resource has a system-assigned managed identity. The service uses it to reach the vault.\n");
        claims("en-us/articles/app/page.md", &body)
            .contains(&"managed-identity-required".to_string())
    };
    assert!(identity("Prerequisites"));
    assert!(!identity("Identities"));
    // a table under a heading, on the page about customer-managed keys, without the
    // intro's own supports-cmk
    let in_section = |heading: &str, table: &str| {
        let mut got = claims(
            "en-us/articles/app/page.md",
            &format!("{en}\n\n## {heading}\n\n{table}"),
        );
        got.retain(|c| c != "supports-cmk");
        got
    };
    // a table of prerequisites: the row header names the tier, the cell after it the tiers
    let table = "| Requirement | Details |\n|---|---|\n| Pricing tier | Basic or Standard. |\n";
    assert_eq!(in_section("Prerequisites", table), vec!["pricing-tier"]);
    // the header of the first column names the rows requirements, under any heading;
    // the header of a value's own column names it a required value
    assert_eq!(in_section("Availability", table), vec!["pricing-tier"]);
    let values =
        "| Setting | Required value |\n|---|---|\n| Key type and size | RSA, 2048 bits |\n";
    assert_eq!(in_section("Key vault", values), vec!["rsa-2048"]);
    // a table whose headers name no requirement: a comparison, a price list; and the
    // header of one table is not the next one's
    for other in [
        "| Feature | Details |\n|---|---|\n| Pricing tier | Basic or Standard. |\n",
        "| Tier | Price |\n|---|---|\n| Standard | 10 USD |\n",
        "| Setting | Required value |\n|---|---|\n| Region | Any |\n\nText.\n\n| Setting | Value |\n|---|---|\n| Key size | RSA 2048 |\n",
    ] {
        let got = in_section("Comparison", other);
        assert!(got.is_empty(), "{other}: {got:?}");
    }
    // purge protection, a setting of the key vault only, as a row under a requirement
    // header on a page about customer-managed keys; denied, it states nothing
    let vault = "| Requirement | Value |\n|---|---|\n| Purge protection | Enabled |\n";
    assert_eq!(
        in_section("Key vault", vault),
        vec!["soft-delete-purge-protection"]
    );
    let denied = "You don't need purge protection on the vault.\n";
    assert!(in_section("Prerequisites", denied).is_empty());
    let plain = "# Create a store\n\nCreate a store.\n\n## Prerequisites\n\n- A store in the Standard tier.\n- An RSA key with a size of 2048 bits.\n";
    assert!(claims("en-us/articles/app/page.md", plain).is_empty());
}

/// A page that says customer-managed keys are supported and, in another sentence, that
/// some resource can't use them has narrowed the denial (a subset of resources, another
/// service's instance): the denial states nothing. A page that only denies them still
/// denies them, and so does one whose support is said of another service.
#[test]
fn a_denial_on_a_page_that_states_support_is_narrowed() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let polarities = |body: &str| support_polarities(&ex, "en-us/articles/backup/page.md", body);
    let support = "This service supports customer-managed keys.";
    let denial = "A vault that has items registered can't use customer-managed keys.";
    assert_eq!(
        polarities(&format!("# Overview\n\n{denial}\n")),
        vec![Polarity::Negated]
    );
    assert_eq!(
        polarities(&format!("# Overview\n\n{support}\n\n{denial}\n")),
        vec![Polarity::Asserted]
    );
    // support said of other services narrows no denial of the page's own, and is theirs
    let own = "---\nms.service: digital-twins\n---\n# Data security\n\nAzure Digital Twins doesn't support customer-managed keys.";
    let others = "If you route events to Azure Event Hubs, you can configure customer-managed keys on those resources.";
    assert_eq!(
        polarities(&format!("{own}\n\n{others}\n")),
        vec![Polarity::Negated]
    );
    // and so is support said in a paragraph about another service's resource; the same
    // sentence in a paragraph that names none narrows the denial
    let own =
        "# Data security\n\nCustomer-managed keys aren't currently supported for the workbench.";
    let staging = "If you stage files in an Azure Storage account, that account is outside the workbench. You can configure customer-managed keys on the storage account itself.";
    assert_eq!(
        polarities(&format!("{own}\n\n{staging}\n")),
        vec![Polarity::Negated]
    );
    let plain = "If you stage files in a storage account, that account is outside the workbench. You can configure customer-managed keys on the storage account itself.";
    assert_eq!(
        polarities(&format!("{own}\n\n{plain}\n")),
        vec![Polarity::Asserted]
    );
}

/// A denial whose subject is the page's own service, named first in its sentence ("IoT
/// Central doesn't support customer-managed keys"), is not narrowed by support said with
/// another subject elsewhere on the page; named further on ("... in the IoT Central
/// containers that run on your own hardware") or unnamed, it is.
#[test]
fn a_denial_of_the_pages_own_service_by_name_stands() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let polarities = |lead: &str, denial: &str| {
        let page = format!("---\nms.service: iot-central\n---\n# Data encryption\n\n{lead}\n\n{denial}\n\nYou can configure customer-managed keys on the destination of a data export.\n");
        support_polarities(&ex, "en-us/articles/iot-central/page.md", &page)
    };
    let denial =
        "IoT Central doesn't support customer-managed keys for the data stored in an application.";
    assert_eq!(
        polarities("", denial),
        vec![Polarity::Negated, Polarity::Asserted]
    );
    for lead in ["", "Azure "] {
        assert!(polarities(
            "",
            &format!("{lead}IoT Central doesn't support customer-managed keys.")
        )
        .contains(&Polarity::Negated));
    }
    let pl = "Usługa IoT Central nie obsługuje kluczy zarządzanych przez klienta.";
    let pl_page = format!("---\nms.service: iot-central\n---\n# Szyfrowanie\n\n{pl}\n\nMożesz skonfigurować klucze zarządzane przez klienta w miejscu docelowym eksportu danych.\n");
    assert!(
        support_polarities(&ex, "pl-pl/articles/iot-central/page.md", &pl_page)
            .contains(&Polarity::Negated)
    );
    for near in [
        "Customer-managed keys aren't supported in the IoT Central containers that run on your own hardware.",
        "Moving an IoT Central application with customer-managed keys to another tenant isn't supported.",
        "This service doesn't support customer-managed keys.",
    ] {
        assert_eq!(polarities("", near), vec![Polarity::Asserted], "{near}");
    }
}

/// A denial whose subject is the page's own service in its locale's form (pt "os Gêmeos
/// Digitais do Azure", zh "Azure 数字孪生", as the page names it throughout) stands beside
/// support said of the services the data goes to, as the English name's denial does.
/// Near misses: a localized name the page does not use as its own, and the page's own name
/// far from the opening (zh, beyond its first characters), are narrowed as before.
#[test]
fn a_denial_of_the_pages_own_service_by_its_localized_name_stands() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let page = |locale: &str, name: &str, denial: &str, support: &str| {
        let body = format!("---\nms.service: digital-twins\n---\n# {name}\n\n{name} armazenam modelos.\n\n{name} armazenam gêmeos.\n\n{denial}\n\n{support}\n");
        support_polarities(
            &ex,
            &format!("{locale}/articles/digital-twins/page.md"),
            &body,
        )
    };
    let support = "Você pode enviar os dados para serviços que dão suporte a chaves gerenciadas pelo cliente.";
    assert_eq!(
        page(
            "pt-br",
            "Os Gêmeos Digitais do Azure",
            "Atualmente, os Gêmeos Digitais do Azure não dão suporte a chaves gerenciadas pelo cliente.",
            support
        ),
        vec![Polarity::Negated, Polarity::Asserted]
    );
    assert_eq!(
        page(
            "pt-br",
            "Os Gêmeos Digitais do Azure",
            "Atualmente, os Aplicativos Lógicos do Azure não dão suporte a chaves gerenciadas pelo cliente.",
            support
        ),
        vec![Polarity::Asserted]
    );
    let zh = |denial: &str| {
        let body = format!("---\nms.service: digital-twins\n---\n# Azure 数字孪生\n\nAzure 数字孪生存储模型。\n\nAzure 数字孪生存储关系。\n\n{denial}\n\n可以将数据发送到支持客户管理的密钥的服务。\n");
        support_polarities(&ex, "zh-cn/articles/digital-twins/page.md", &body)
    };
    assert!(zh("Azure 数字孪生目前不支持客户管理的密钥。").contains(&Polarity::Negated));
    assert!(!zh("Azure 逻辑应用目前不支持客户管理的密钥。").contains(&Polarity::Negated));
    // the page's name, but far from the opening: no subject
    assert!(
        !zh("客户管理的密钥目前不受支持，详见 Azure 数字孪生文档。").contains(&Polarity::Negated)
    );
}

/// Keys that another service, the sentence's subject, uses by default are that service's:
/// "Azure Storage encrypts the backup blobs with Microsoft-managed keys by default, and
/// you can configure customer-managed keys on the storage account", on a page of Key
/// Vault. (Without the customer's keys in the sentence, another rule reads the platform's
/// keys and leaves other subjects in: narrowing it lost true claims on four sets.) Near misses: the same sentence on the page of Azure Storage, and the
/// page's own backups said to be so encrypted.
#[test]
fn default_keys_of_another_subject_are_not_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let other = "Azure Storage encrypts the backup blobs at rest with Microsoft-managed keys by default, and you can configure customer-managed keys on the storage account.";
    assert!(!section_states(
        &ex,
        "en-us/articles/key-vault/page.md",
        "key-vault",
        other,
        "default-platform-keys"
    ));
    assert!(section_states(
        &ex,
        "en-us/articles/storage/page.md",
        "azure-storage",
        other,
        "default-platform-keys"
    ));
    assert!(section_states(
        &ex,
        "en-us/articles/key-vault/page.md",
        "key-vault",
        "The backup blobs are encrypted at rest with Microsoft-managed keys by default, and you can configure customer-managed keys instead.",
        "default-platform-keys"
    ));
}

/// On a page about customer-managed keys, the service that can no longer unwrap the data
/// key once the key is disabled or deleted has lost access, in the forms of "no longer"
/// and "unwrap" of each language (sv "inte längre packa upp", pl "nie będzie już mogła
/// odpakować", hu "többé nem tudja kibontani", ko "래핑을 해제할 수 없", tr "sarmalamasını
/// kaldıramaz"). Near miss: the same words without a key disabled or deleted.
#[test]
fn a_data_key_no_longer_unwrapped_blocks_access() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = &[
        ("sv-se", "Kundhanterade nycklar", "Om du inaktiverar eller tar bort nyckeln kan volymgruppen inte längre packa upp datakrypteringsnyckeln.", "Volymgruppen kan inte längre packa upp arkivet."),
        ("pl-pl", "Klucze zarządzane przez klienta", "Jeśli wyłączysz lub usuniesz klucz, grupa woluminów nie będzie już mogła odpakować klucza szyfrowania danych.", "Narzędzie nie będzie już mogło odpakować archiwum."),
        ("hu-hu", "Ügyfél által felügyelt kulcsok", "Ha letiltja vagy törli a kulcsot, a kötetcsoport többé nem tudja kibontani az adattitkosítási kulcsot.", "A letöltött archívumot a Windows beépített eszközével nem tudja kibontani."),
        ("ko-kr", "고객 관리형 키", "키를 사용하지 않도록 설정하거나 삭제하면 볼륨 그룹에서 더 이상 데이터 암호화 키의 래핑을 해제할 수 없습니다.", "이 도구로는 보관 파일의 래핑을 해제할 수 없습니다."),
        ("tr-tr", "Müşteri tarafından yönetilen anahtarlar", "Anahtarı devre dışı bırakırsanız veya silerseniz, birim grubu artık veri şifreleme anahtarının sarmalamasını kaldıramaz.", "Bu araç arşivin sarmalamasını kaldıramaz."),
    ];
    assert_stated_under_heading(&ex, "revocation-blocks-access", cases);
}

/// On a page about customer-managed keys, resources that can't be started again once the
/// key is disabled have lost access to it, in each language's form of "can't be started
/// (again)"; near miss: a start that fails for another reason, with no key disabled.
#[test]
fn resources_that_cannot_start_again_block_access() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = &[
        ("es-es", "Claves administradas por el cliente", "Si deshabilita la clave, los equipos que la usan no se pueden volver a iniciar hasta que se restaure el acceso.", "Los equipos no se pueden iniciar durante la actualización."),
        ("nl-nl", "Door de klant beheerde sleutels", "Als u de sleutel uitschakelt, kunnen de apparaten pas weer worden gestart wanneer de toegang is hersteld.", "De apparaten kunnen pas weer worden gestart wanneer de update is voltooid."),
        ("pt-br", "Chaves gerenciadas pelo cliente", "Se você desabilitar a chave, as máquinas não poderão ser iniciadas novamente até que o acesso seja restaurado.", "As máquinas não poderão ser iniciadas durante a atualização."),
        ("de-de", "Kundenseitig verwaltete Schlüssel", "Wenn Sie den Schlüssel deaktivieren, können die Computer erst wieder gestartet werden, wenn der Zugriff wiederhergestellt ist.", "Die Computer können erst wieder gestartet werden, wenn das Update abgeschlossen ist."),
        ("fr-fr", "Clés gérées par le client", "Si vous désactivez la clé, les machines ne peuvent pas être redémarrées tant que l’accès n’est pas restauré.", "Les machines ne peuvent pas être redémarrées pendant la mise à jour."),
        ("pl-pl", "Klucze zarządzane przez klienta", "Jeśli wyłączysz klucz, maszyn nie będzie można ponownie uruchomić, dopóki dostęp nie zostanie przywrócony.", "Podczas aktualizacji maszyn nie będzie można ponownie uruchomić."),
        ("cs-cz", "Klíče spravované zákazníkem", "Pokud klíč zakážete, dev boxy se vypnou a nebude je možné znovu spustit, dokud se přístup ke klíči neobnoví.", "Během aktualizace nebude možné dev boxy znovu spustit."),
        ("hu-hu", "Ügyfél által felügyelt kulcsok", "Ha letiltja a kulcsot, a gépek nem indíthatók újra, amíg a hozzáférés vissza nem áll.", "A frissítés alatt a gépek nem indíthatók újra."),
        ("ru-ru", "Ключи, управляемые клиентом", "Если отключить ключ, компьютеры невозможно будет снова запустить, пока доступ не будет восстановлен.", "Во время обновления компьютеры невозможно будет снова запустить."),
    ];
    assert_stated_under_heading(&ex, "revocation-blocks-access", cases);
}

/// In a language with particles the name that opens a sentence is its topic only with a
/// topic or subject particle (ja "IoT Central では", ko "IoT Central에서는"): with a
/// particle of place or object (ja "IoT Central リソース自体で", on the resource itself;
/// ko "IoT Central 리소스 자체에서") it is where the denied thing is not done, which support
/// said elsewhere on the page narrows, as it narrows the same denial in English.
#[test]
fn a_name_with_a_particle_of_place_is_no_denials_subject() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (locale, heading, lead, denial, expected) in [
        (
            "ja-jp",
            "データの暗号化",
            "ワークスペースベースの IoT Central リソースでは、専用クラスターを通じてカスタマー マネージド キーがサポートされます。",
            "IoT Central リソース自体でカスタマー マネージド キーを構成することはできません。",
            vec![Polarity::Asserted],
        ),
        (
            "ko-kr",
            "데이터 암호화",
            "작업 영역 기반 IoT Central 리소스는 전용 클러스터를 통해 고객 관리형 키를 지원합니다.",
            "IoT Central 리소스 자체에서 고객 관리형 키를 구성할 수 없습니다.",
            vec![Polarity::Asserted],
        ),
        // near misses: the name as the topic denies the service's own support
        (
            "ja-jp",
            "データの暗号化",
            "ワークスペースベースの IoT Central リソースでは、専用クラスターを通じてカスタマー マネージド キーがサポートされます。",
            "IoT Central では、カスタマー マネージド キーはサポートされていません。",
            vec![Polarity::Asserted, Polarity::Negated],
        ),
        (
            "ko-kr",
            "데이터 암호화",
            "작업 영역 기반 IoT Central 리소스는 전용 클러스터를 통해 고객 관리형 키를 지원합니다.",
            "IoT Central에서는 고객 관리형 키가 지원되지 않습니다.",
            vec![Polarity::Asserted, Polarity::Negated],
        ),
    ] {
        let page = format!("---\nms.service: iot-central\n---\n# {heading}\n\n{lead}\n\n{denial}\n");
        assert_eq!(
            support_polarities(&ex, &format!("{locale}/articles/iot-central/page.md"), &page),
            expected,
            "{locale}: {denial}"
        );
    }
}

/// The page's own service is also the product its title or H1 names ("Azure Disk
/// Encryption" on a page of `azure-virtual-machines`): a denial in a sentence that names it
/// is about the page's service. The same sentence on a page whose title names another
/// product speaks of another service and denies nothing of the page's.
#[test]
fn the_product_a_title_names_is_the_pages_own_service() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |title: &str| {
        line_claims(
            &ex,
            "en-us/articles/virtual-machines/page.md",
            &format!("---\ntitle: {title}\nms.service: azure-virtual-machines\n---\n# {title}\n\nYou can use customer-managed keys.\n\nYou can enable Azure Disk Encryption on an existing VM, and you don't have to redeploy the VM.\n"),
        )
        .into_iter()
        .filter(|c| c.1 == "requires-new-resource")
        .collect::<Vec<_>>()
    };
    let denial = vec![(
        9,
        "requires-new-resource".to_string(),
        "negated".to_string(),
    )];
    assert_eq!(claims("Azure Disk Encryption for Linux VMs"), denial);
    assert_eq!(
        claims("Overview of Azure Backup for virtual machines"),
        vec![]
    );
}

/// The product the title's suffix names is the page's own service too ("titleSuffix:
/// Azure Database for MySQL - Flexible Server" on a page of `mysql` whose title names no
/// product): what a sentence says of it is the page's. Another product is not.
#[test]
fn the_product_a_title_suffix_names_is_the_pages_own_service() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |suffix: &str| {
        line_claims(
            &ex,
            "en-us/articles/mysql/page.md",
            &format!("---\ntitle: Customer-managed keys with replicas\ntitleSuffix: {suffix}\nms.service: mysql\n---\n# Customer-managed keys with replicas\n\nAzure Database for MySQL flexible server encrypts all data at rest by using AES 256-bit encryption.\n"),
        )
        .into_iter()
        .map(|c| c.1)
        .filter(|id| id == "aes-256")
        .collect::<Vec<_>>()
    };
    assert_eq!(
        claims("Azure Database for MySQL - Flexible Server"),
        vec!["aes-256".to_string()]
    );
    assert_eq!(claims("Azure Storage"), Vec::<String>::new());
}

/// Support said in a paragraph that names another service is that service's: the
/// English name after `Azure`, a localized one before `do Azure` (pt), a Chinese one after
/// `Azure`. Near misses: the page's own localized name (from its title), and Chinese words
/// after `Azure` that are no name ("匯入 Azure 並加以管理", imported into Azure and managed).
#[test]
fn support_said_of_another_service_is_theirs() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let polarities = |rel: &str, body: &str| support_polarities(&ex, rel, body);
    let en = "---\nms.service: managed-grafana\n---\n# Encryption\n\nCustomer-managed keys aren't supported in Azure Managed Grafana.\n\nFor example, Azure Monitor Logs and Azure Data Explorer support customer-managed keys for the data that they store.\n";
    assert_eq!(
        polarities("en-us/articles/managed-grafana/page.md", en),
        vec![Polarity::Negated]
    );
    let pt = "---\nms.service: managed-grafana\n---\n# Encriptação\n\nAs chaves geridas pelo cliente não são suportadas no Azure Managed Grafana.\n\nPor exemplo, o Armazenamento do Azure suporta chaves geridas pelo cliente.\n";
    assert_eq!(
        polarities("pt-pt/articles/managed-grafana/page.md", pt),
        vec![Polarity::Negated]
    );
    let own = "---\ntitle: Encriptação do Armazenamento do Azure\nms.service: storage\n---\n# Encriptação\n\nO Armazenamento do Azure suporta chaves geridas pelo cliente.\n";
    assert_eq!(
        polarities("pt-pt/articles/storage/page.md", own),
        vec![Polarity::Asserted]
    );
    // a part of Key Vault named after `do Azure Key Vault` is no other service: the
    // support said beside it is the page's, and settles the restricted denial
    let part = "---\nms.service: time-series-insights\n---\n# Encriptação\n\nAs chaves geridas pelo cliente não são suportadas para o arquivo quente.\n\nPode utilizar chaves geridas pelo cliente armazenadas no Azure Key Vault ou no HSM Gerido do Azure Key Vault.\n";
    assert_eq!(
        polarities("pt-pt/articles/time-series-insights/page.md", part),
        vec![Polarity::Asserted]
    );
    let zh = "---\nms.service: managed-grafana\n---\n# 加密\n\nAzure Managed Grafana 不支援客戶自控金鑰。\n\n例如，Azure 事件中樞支援客戶自控金鑰。\n";
    assert_eq!(
        polarities("zh-tw/articles/managed-grafana/page.md", zh),
        vec![Polarity::Negated]
    );
    let into = "---\nms.service: key-vault\n---\n# 金鑰\n\n客戶可以將他們自己的金鑰匯入 Azure 並加以管理。您也可以使用客戶自控金鑰來加密資料。\n";
    let got = polarities("zh-tw/articles/key-vault/page.md", into);
    assert!(
        !got.is_empty() && got.iter().all(|p| *p == Polarity::Asserted),
        "{got:?}"
    );
}

/// "Azure manages" is the platform managing keys; "Azure Managed Grafana" is a product
/// name, and a denial of customer-managed keys in it denies no platform keys (a false
/// CC202 of setBA). The page's own service, so the denial of support stands.
#[test]
fn a_product_name_is_no_platform_that_manages_keys() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let page = "---\ntitle: Encryption in Azure Managed Grafana\nms.service: managed-grafana\n---\n\n# Encryption\n\nCustomer-managed keys (CMK) aren't supported in Azure Managed Grafana, so you can't use your own key to encrypt the data of a workspace.\n";
    assert_eq!(
        line_claims(&ex, "en-us/articles/managed-grafana/page.md", page),
        vec![(8, "supports-cmk".to_string(), "negated".to_string())]
    );
}

/// Another service's product is told from the page's own by all its words: "Azure
/// Container Registry" shares a word with a page of Azure Container Apps and is another
/// service, whose support narrows no denial of the page's. A particle of another script
/// ends a product name (ko "Azure Managed Grafana에서는 CMK(…)"): the name is the page's
/// own, not "Grafana CMK", and so is its denial.
#[test]
fn another_services_product_is_told_by_all_its_words() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (rel, page) in [
        (
            "en-us/articles/container-apps/page.md",
            "---\ntitle: Data encryption in Azure Container Apps\nms.service: azure-container-apps\n---\n\n# Encryption\n\nCustomer-managed keys aren't supported for Container Apps environments.\n\n> [!IMPORTANT]\n> Azure Container Registry supports customer-managed keys on the Premium tier.\n",
        ),
        (
            "ko-kr/articles/managed-grafana/page.md",
            "---\ntitle: Azure Managed Grafana의 암호화\nms.service: managed-grafana\n---\n\n# 암호화\n\nAzure Managed Grafana에서는 CMK(고객 관리형 키)가 지원되지 않습니다.\n",
        ),
    ] {
        assert_eq!(support_polarities(&ex, rel, page), vec![Polarity::Negated], "{rel}");
    }
}

/// Connections that use TLS are encrypted in transit, under a heading about encryption,
/// when a negation or plain text stands in a clause of its own; not when it stands in
/// theirs ("connections that don't use TLS 1.2 are rejected").
#[test]
fn a_negation_in_another_clause_leaves_the_connections_tls() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (rel, heading, sentence, expected) in [
        ("en-us/articles/ledger/page.md", "Encryption", "Connections to the ledger use TLS, and the TLS session terminates inside the enclave, so requests aren't visible in plain text to the host.", vec!["encrypts-in-transit"]),
        ("es-es/articles/ledger/page.md", "Cifrado", "Las conexiones al libro de contabilidad usan TLS, por lo que las solicitudes no son visibles en texto sin formato para el host.", vec!["encrypts-in-transit"]),
        ("en-us/articles/ledger/page.md", "Encryption", "Connections that don't use TLS 1.2 are rejected.", vec![]),
    ] {
        let body = format!("# {heading}\n\n{sentence}\n");
        let expected: Vec<&str> = expected;
        assert_eq!(page_claims(&ex, rel, &body), expected, "{sentence}");
    }
}

/// A new resource is the page's own to need when the sentence names the page's product
/// (the title's, in any locale's form), and another service's when it names another
/// ("for Azure Container Registry, customer-managed keys can be enabled only when you
/// create the registry", on a page of Container Apps).
#[test]
fn a_new_resource_of_another_service_is_not_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (rel, front, sentence, expected) in [
        (
            "en-us/articles/fhir/page.md",
            "title: Customer-managed keys for Azure API for FHIR\nms.service: azure-health-data-services",
            "You can only set a customer-managed key when you deploy a new Azure API for FHIR account.",
            vec!["supports-cmk", "requires-new-resource"],
        ),
        (
            "zh-tw/articles/openshift/page.md",
            "title: 使用客戶自控金鑰加密 Azure Red Hat OpenShift 的磁碟\nms.service: azure-redhat-openshift",
            "使用客戶自控金鑰加密作業系統磁碟時，需要新的 Azure Red Hat OpenShift 叢集。",
            vec!["supports-cmk", "requires-new-resource"],
        ),
        (
            "hu-hu/articles/openshift/page.md",
            "title: Lemezek titkosítása az Azure Red Hat OpenShiftben\nms.service: azure-redhat-openshift",
            "Az operációsrendszer-lemezek ügyfél által felügyelt kulccsal történő titkosításához új Azure Red Hat OpenShift-fürt szükséges.",
            vec!["supports-cmk", "requires-new-resource"],
        ),
        (
            "en-us/articles/container-apps/page.md",
            "title: Data encryption in Azure Container Apps\nms.service: azure-container-apps",
            "For Azure Container Registry, customer-managed keys can be enabled only when you create the registry.",
            vec![],
        ),
    ] {
        let body = format!("---\n{front}\n---\n\n# Encryption\n\n{sentence}\n");
        let expected: Vec<&str> = expected;
        assert_eq!(page_claims(&ex, rel, &body), expected, "{sentence}");
    }
}

/// "Microsoft-managed" said of resources, in a section about customer-managed keys, is
/// no claim about keys: the sentence must name keys or encryption itself.
#[test]
fn platform_keys_need_the_sentence_to_name_keys() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |body: &str| page_claims(&ex, "en-us/articles/ml/page.md", body);
    let head = "# Customer-managed keys\n\nYou can use customer-managed keys.";
    assert_eq!(
        claims(&format!("{head} Resources that are managed by Microsoft in your subscription can't transfer ownership to you.\n")),
        vec!["supports-cmk"]
    );
    assert_eq!(
        claims(&format!(
            "{head} By default, the data is encrypted with keys managed by Microsoft.\n"
        )),
        vec!["supports-cmk", "default-platform-keys"]
    );
}

/// On a page about customer-managed keys, "the key" that wraps the data keys is the
/// customer's, in a section that does not name them; not on a page without them.
#[test]
fn the_key_that_wraps_the_data_keys_on_a_cmk_page_is_a_kek() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |body: &str| page_claims(&ex, "en-us/articles/synapse/page.md", body);
    let section = "## Workspace key\n\nThe data encryption keys that each component uses are wrapped and unwrapped with the workspace key.\n";
    assert_eq!(
        claims(&format!(
            "# Encryption\n\nYou can use customer-managed keys.\n\n{section}"
        )),
        vec!["supports-cmk", "cmk-is-kek"]
    );
    assert!(claims(&format!(
        "# Encryption\n\nThe service encrypts data.\n\n{section}"
    ))
    .is_empty());
}

/// A question about a case ("What happens if I revoke access to the key?"), as a heading or
/// a sentence, is the condition of the sentence that answers it: "The service can no
/// longer read your data" then states that revocation blocks access. A question about no
/// case lends nothing, and the question's own words state nothing through the answer (the
/// keys a pricing question names are not said to be supported by "there is a cost for
/// using Azure Key Vault"; the two together say where the keys are kept).
#[test]
fn an_answer_is_read_with_the_case_its_question_asks_about() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |body: &str| page_claims(&ex, "en-us/articles/video/page.md", body);
    let head = "# Customer-managed keys\n\nYou can use customer-managed keys.\n\n";
    assert_eq!(
        claims(&format!("{head}### What happens if I revoke access to the key?\n\nThe service can no longer read your encrypted data.\n")),
        vec!["supports-cmk", "revocation-blocks-access"]
    );
    assert_eq!(
        claims(&format!("{head}**What happens if I disable the key?** The service can no longer decrypt your data.\n")),
        vec!["supports-cmk", "revocation-blocks-access"]
    );
    assert_eq!(
        claims(&format!("{head}### Why would I revoke access to the key?\n\nThe service can no longer read your encrypted data.\n")),
        vec!["supports-cmk"]
    );
    assert_eq!(
        claims("# Pricing\n\n### How much does it cost if I enable customer-managed keys?\n\nThere is a cost for using Azure Key Vault.\n"),
        vec!["cmk-in-key-vault"]
    );
}

/// A list that names the key operations item by item names them as one sentence would,
/// on a page about customer-managed keys, at its first item: not a list of limits (items
/// with a negation name nothing that can be done), not a list of fewer than three
/// operations, and not on a page that names no customer-managed key.
#[test]
fn a_list_names_the_key_operations_item_by_item() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let operations = |rel: &str, body: &str| -> Vec<(u32, Option<String>)> {
        ex.extract(&page_document(rel, body))
            .into_iter()
            .filter(|c| c.id.as_str() == "key-operations")
            .map(|c| (c.line, c.value))
            .collect()
    };
    let cmk =
        "# Customer-managed keys\n\nYou can protect the environment with customer-managed keys.";
    let lifecycle = "With customer-managed keys, you control the lifecycle of the key:\n\n- Create or import the key in your key vault.\n- Rotate the key according to your policies.\n- Disable or revoke the key when you need to cut off access.\n";
    let at =
        |body: &str, item: &str| body.lines().position(|l| l.contains(item)).unwrap() as u32 + 1;
    let body = format!("{cmk}\n\n## Key lifecycle\n\n{lifecycle}");
    assert_eq!(
        operations("en-us/articles/app/page.md", &body),
        vec![(
            at(&body, "- Create"),
            Some("create,disable,revoke,rotate".into())
        )]
    );
    let de = "# Kundenseitig verwaltete Schlüssel\n\nSie können kundenseitig verwaltete Schlüssel verwenden.\n\n## Lebenszyklus\n\n- Erstellen oder importieren Sie den Schlüssel.\n- Rotieren Sie den Schlüssel regelmäßig.\n- Deaktivieren oder widerrufen Sie den Schlüssel bei Bedarf.\n";
    assert_eq!(
        operations("de-de/articles/app/page.md", de).len(),
        1,
        "{de}"
    );
    // limits: what cannot be done is no operation
    let limits = format!("{cmk}\n\n## Considerations\n\n- You can specify a customer-managed key only when you create the resource. You can't disable this key afterwards.\n- Currently, no support exists for rotating the key.\n- To create a resource that uses a customer-managed key, call the REST API.\n");
    assert_eq!(operations("en-us/articles/app/page.md", &limits), vec![]);
    // two operations over the items
    let two = format!("{cmk}\n\n## Key lifecycle\n\n- Rotate the key according to your policies.\n- Revoke the key when you need to.\n");
    assert_eq!(operations("en-us/articles/app/page.md", &two), vec![]);
    // a page about access keys, which names no customer-managed key
    let access = format!("# Manage account access keys\n\nEach account has two access keys.\n\n## Key lifecycle\n\n{}", lifecycle.replace("With customer-managed keys, you", "You"));
    assert_eq!(operations("en-us/articles/app/page.md", &access), vec![]);
}

#[test]
fn a_feature_table_that_says_false_denies_the_feature_its_section_describes() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| line_claims(&ex, rel, body);
    let baseline = |verdict: &str| {
        format!(
            "# Security baseline\n\n\
             ### DP-5: Use customer-managed key option in data at rest encryption when required\n\n\
             ##### Data at Rest Encryption Using CMK\n\n\
             **Description**: Data at-rest encryption using customer-managed keys is supported for customer content stored by the service.\n\n\
             | Supported | Enabled By Default | Configuration Responsibility |\n\
             |---|---|---|\n\
             | {verdict} | Not Applicable | Not Applicable |\n\n\
             **Configuration Guidance**: This feature is not supported to secure this service.\n\n\
             ### DP-6: Use a secure key management process\n\n\
             Keys are kept in Azure Key Vault.\n"
        )
    };
    let no = baseline("False");
    let line = no.lines().position(|l| l.starts_with("| False")).unwrap() as u32 + 1;
    // the headings and the description describe the feature; the table denies it
    assert_eq!(
        claims("en-us/articles/event-grid/security-baseline.md", &no),
        vec![(line, "supports-cmk".into(), "negated".into())]
    );
    // a translated table, its values translated too
    let fr = baseline("Faux")
        .replace("| Supported | Enabled By Default |", "| Prise en charge | Activé par défaut |")
        .replace("Data at Rest Encryption Using CMK", "Chiffrement des données au repos avec CMK")
        .replace(
            "Data at-rest encryption using customer-managed keys is supported for customer content stored by the service.",
            "Le chiffrement des données au repos avec des clés gérées par le client est pris en charge pour le contenu client stocké par le service.",
        );
    assert!(
        claims("fr-fr/articles/event-grid/security-baseline.md", &fr)
            .iter()
            .all(|(_, id, polarity)| id == "supports-cmk" && polarity == "negated"),
        "{fr}"
    );
    // near misses: a verdict of yes leaves the section as it reads, and so does a table
    // of several features, which is no verdict on the section
    let yes = claims(
        "en-us/articles/event-grid/security-baseline.md",
        &baseline("True"),
    );
    assert!(
        yes.iter()
            .any(|(_, id, p)| id == "supports-cmk" && p == "asserted"),
        "{yes:?}"
    );
    let rows = baseline("False").replace(
        "| False | Not Applicable | Not Applicable |",
        "| False | Not Applicable | Not Applicable |\n| True | True | Microsoft |",
    );
    let rows = claims("en-us/articles/event-grid/security-baseline.md", &rows);
    assert!(rows.iter().all(|(_, _, p)| p == "asserted"), "{rows:?}");
    // a sentence that says "supported" is read as prose, not as a table's header
    let prose = claims(
        "en-us/articles/batch/disk-encryption.md",
        "# Disk encryption\n\nCustomer-managed keys aren't supported for the disk encryption configuration of a Batch pool.\n",
    );
    assert!(prose.iter().all(|(_, _, p)| p != "asserted"), "{prose:?}");
}

#[test]
fn an_abbreviation_the_page_says_is_not_the_customer_managed_key_stays_redefined() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let note = "# Always Encrypted\n\n> [!NOTE]\n> In this article, *CMK* means **column master key**. It isn't a customer-managed key for Transparent Data Encryption (TDE).\n\nThe column master key (CMK) protects the column encryption keys.\n\nIn this tutorial you create the CMK in Azure Key Vault.\n";
    assert_eq!(
        page_claims(&ex, "en-us/articles/azure-sql/ae.md", note),
        Vec::<String>::new()
    );
    // set aside rather than denied: zh 而不是 ("rather than")
    let zh = "# Always Encrypted\n\n> [!NOTE]\n> 在本文中，*CMK* 是指**列主密钥**，而不是用于透明数据加密 (TDE) 的客户管理的密钥。\n\n列主密钥 (CMK) 保护列加密密钥。\n\n在本教程中，将在 Azure Key Vault 中创建 CMK。\n";
    assert_eq!(
        page_claims(&ex, "zh-cn/articles/azure-sql/ae.md", zh),
        Vec::<String>::new()
    );
    // denied through a copula, a negation and a parenthesis apart: hu "Nem a … (TDE)
    // használt, ügyfél által felügyelt kulcsról van szó" (it is not the customer-managed key
    // used for TDE) is no denial of their support
    let hu = "# Always Encrypted\n\n> [!NOTE]\n> Ebben a cikkben a *CMK* az **oszlop főkulcsát** (column master key) jelenti. Nem a transzparens adattitkosításhoz (TDE) használt, ügyfél által felügyelt kulcsról van szó.\n\nAz oszlop főkulcsa (CMK) védi az oszloptitkosítási kulcsokat.\n";
    assert_eq!(
        page_claims(&ex, "hu-hu/articles/azure-sql/ae.md", hu),
        Vec::<String>::new()
    );
    // the key noun of the concept so denied still names a key, whose purpose the
    // encryption after it is: ru "не является ключом, управляемым клиентом, для шифрования
    // неактивных данных" (is not a customer-managed key for encrypting data at rest), ko
    // "… 암호화하기 위한 고객 관리형 키가 아닙니다", deny no encryption at rest
    let ru = "# Always Encrypted\n\nГлавный ключ столбца (CMK) защищает ключи шифрования столбцов.\n\n> [!NOTE]\n> Главный ключ столбца не является ключом, управляемым клиентом, для шифрования неактивных данных базы данных.\n";
    assert_page_states(&ex, "ru-ru", ru, "encrypts-at-rest", false);
    let ko = "# Always Encrypted\n\nCMK(열 마스터 키)는 열 암호화 키를 보호합니다.\n\n> [!NOTE]\n> 열 마스터 키는 미사용 데이터베이스를 암호화하기 위한 고객 관리형 키가 아닙니다.\n";
    assert_page_states(&ex, "ko-kr", ko, "encrypts-at-rest", false);
    // the roles of keys a sentence gives where it names the abbreviation so spelled out are
    // that other key's: no key hierarchy of the customer's key (en, ko)
    let roles = "# Always Encrypted\n\nA column master key (CMK) is a key-protecting key that encrypts one or more column encryption keys.\n\nTransparent data encryption (TDE) supports customer-managed keys that you store in Azure Key Vault.\n";
    assert_page_states(&ex, "en-us", roles, "cmk-is-kek", false);
    let ko = "# Always Encrypted\n\nCMK(열 마스터 키)는 하나 이상의 열 암호화 키를 암호화하는 키 보호 키입니다.\n";
    assert_page_states(&ex, "ko-kr", ko, "cmk-is-kek", false);
    // near miss: a KEK spelled out in words the lexicon does not know (sv
    // "omslutningsnycklarna", the wrapping keys) is still a key encryption key, no other key:
    // what wraps the data keys is the customer's
    let kek = "# Kundhanterade nycklar\n\nDin kundhanterade nyckel skyddar vSAN-omslutningsnycklarna (KEK), och varje KEK omsluter datakrypteringsnycklarna (DEK).\n";
    assert_page_states(&ex, "sv-se", kek, "cmk-is-kek", true);
    // near miss: a page that names customer-managed keys in a statement uses CMK for them
    let both = note.replace(
        "It isn't a customer-managed key for Transparent Data Encryption (TDE).",
        "Customer-managed keys for TDE are stored in Azure Key Vault too.",
    );
    assert!(page_claims(&ex, "en-us/articles/azure-sql/ae.md", &both)
        .contains(&"cmk-in-key-vault".to_string()));
}

#[test]
fn a_managed_identity_the_sentence_denies_is_none_the_feature_needs() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    // the polarities of the page's managed-identity-required claims
    let page = |locale: &str, heading: &str, sentence: &str| -> Vec<String> {
        line_claims(
            &ex,
            &format!("{locale}/articles/virtual-machines/kek.md"),
            &format!("# {heading}\n\n{sentence}\n"),
        )
        .into_iter()
        .filter(|(_, id, _)| id == "managed-identity-required")
        .map(|(_, _, polarity)| polarity)
        .collect()
    };
    let en = "Customer-managed key encryption key";
    // the feature that uses none denies the need
    assert_eq!(
        page(
            "en-us",
            en,
            "ADE doesn't use a managed identity to reach the key vault."
        ),
        ["negated"]
    );
    assert_eq!(
        page(
            "es-es",
            "Clave de cifrado de claves administrada por el cliente",
            "ADE no usa una identidad administrada para acceder al almacén de claves."
        ),
        ["negated"]
    );
    // near misses: the identity used, or needed in a clause of its own
    assert_eq!(
        page(
            "en-us",
            en,
            "The service uses its managed identity to reach the key vault."
        ),
        ["asserted"]
    );
    assert_eq!(
        page(
            "en-us",
            en,
            "Without a managed identity, the service can't reach the key vault."
        ),
        ["asserted"]
    );
}

#[test]
fn a_header_cell_names_a_column_and_states_nothing() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let table = "# Azure Files encryption\n\nIf you want more control over encryption keys, you can supply your own keys.\n\n| | Microsoft-managed keys | Customer-managed keys |\n|---|---|---|\n| Key storage | Microsoft key store | Azure Key Vault |\n| Key rotation | Microsoft | You |\n";
    let ids = page_claims(&ex, "en-us/articles/storage/files.md", table);
    assert!(
        !ids.contains(&"default-platform-keys".to_string()),
        "{ids:?}"
    );
    // near miss: a body cell that says it
    let body =
        format!("{table}| Default | Data is encrypted with Microsoft-managed keys | Optional |\n");
    let ids = page_claims(&ex, "en-us/articles/storage/files.md", &body);
    assert!(
        ids.contains(&"default-platform-keys".to_string()),
        "{ids:?}"
    );
}

/// An item of a section of prerequisites that names purge protection (or soft delete) on
/// the vault or managed HSM states that the vault needs it, as the heading says; the same
/// item under another heading, or one of soft delete without the vault, states nothing.
#[test]
fn a_prerequisite_item_of_purge_protection_on_the_vault_is_the_requirement() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let sd = "soft-delete-purge-protection".to_string();
    let page = |locale: &str, body: &str| {
        page_claims(
            &ex,
            &format!("{locale}/articles/confidential-computing/cvm.md"),
            body,
        )
    };
    let en = "# Customer-managed keys\n\nYou can protect the OS disk with a customer-managed key.\n\n## Prerequisites\n\n- An RSA key of size 3072.\n- Purge protection enabled on the vault or Managed HSM.\n";
    assert!(page("en-us", en).contains(&sd), "{:?}", page("en-us", en));
    let de = "# Kundenseitig verwaltete Schlüssel\n\nSie können den Betriebssystemdatenträger mit einem kundenseitig verwalteten Schlüssel schützen.\n\n## Voraussetzungen\n\n- Ein RSA-Schlüssel der Größe 3072.\n- Aktivierter Löschschutz für den Tresor bzw. das verwaltete HSM.\n";
    assert!(page("de-de", de).contains(&sd), "{:?}", page("de-de", de));
    // near misses: under a heading of another kind, and soft delete without the vault
    // (blob and vault soft delete are features of other services too); purge protection
    // is the key vault's alone, and a requirement with or without the vault named
    let other = en.replace("## Prerequisites", "## Next steps");
    assert!(!page("en-us", &other).contains(&sd));
    let bare = en.replace(
        "Purge protection enabled on the vault or Managed HSM",
        "Soft delete enabled",
    );
    assert!(!page("en-us", &bare).contains(&sd));
    let purge = en.replace(" on the vault or Managed HSM", "");
    assert!(page("en-us", &purge).contains(&sd));
}

#[test]
fn a_feature_matrix_denies_the_features_its_verdict_column_denies() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| line_claims(&ex, rel, body);
    let page = |cmk: &str| {
        format!(
            "# Security baseline\n\n\
             ### DP-5: Use customer-managed key option in data at rest encryption when required\n\n\
             | Feature | Supported | Enabled by default |\n\
             |---|---|---|\n\
             | Data at rest encryption using CMK | {cmk} | Not applicable |\n\n\
             ### DP-7: Use a secure certificate management process\n\n\
             If you use a custom domain, the service reads the TLS certificate from your key vault through a managed identity.\n"
        )
    };
    let no = page("False");
    let line = no
        .lines()
        .position(|l| l.starts_with("| Data at rest"))
        .unwrap() as u32
        + 1;
    // the row's feature is denied at its verdict, and so is the heading above a table
    // whose every row is denied; a certificate read through a managed identity is no
    // key's requirement
    assert_eq!(
        claims("en-us/articles/signalr/security-baseline.md", &no),
        vec![(line, "supports-cmk".into(), "negated".into())]
    );
    // a verdict header that names the service ("Supported by SignalR") is one too
    let named = no.replace("| Supported |", "| Supported by SignalR |");
    assert_eq!(
        claims("en-us/articles/signalr/security-baseline.md", &named),
        vec![(line, "supports-cmk".into(), "negated".into())]
    );
    // near misses: a verdict of yes leaves the row as it reads, and a table of two rows
    // with one denied leaves its heading
    let yes = claims("en-us/articles/signalr/security-baseline.md", &page("True"));
    assert!(
        yes.iter()
            .any(|(_, id, p)| id == "supports-cmk" && p == "asserted")
            && yes.iter().all(|(_, _, p)| p == "asserted"),
        "{yes:?}"
    );
    let two = page("False").replace(
        "| Not applicable |\n",
        "| Not applicable |\n| Data at rest encryption using platform keys | True | True |\n",
    );
    let two = claims("en-us/articles/signalr/security-baseline.md", &two);
    assert!(
        two.iter()
            .any(|(l, id, p)| *l == 3 && id == "supports-cmk" && p == "asserted")
            && two
                .iter()
                .any(|(_, id, p)| id == "encrypts-at-rest" && p == "asserted"),
        "{two:?}"
    );
    // and a managed identity that reads the key is the keys' requirement
    let key = no.replace("the TLS certificate", "the customer-managed key");
    assert!(claims("en-us/articles/signalr/security-baseline.md", &key)
        .iter()
        .any(|(_, id, _)| id == "managed-identity-required"));
}

/// A matrix of products, one to a column, with a verdict in each cell: a row of nothing
/// but no denies its feature, in every language; double encryption names the keys of its
/// layers, and its row denies the second layer, not the customer's keys.
#[test]
fn a_product_matrix_row_of_no_denies_its_feature() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let claims = |rel: &str, body: &str| line_claims(&ex, rel, body);
    let page = |heading: &str, lead: &str, header: &str, row: &str| {
        format!(
            "# {heading}\n\n{lead}\n\n\
             | {header} |\n\
             |---|---|---|\n\
             | {row} |\n"
        )
    };
    let rows = [
        (
            "en-us",
            "Customer-managed keys for Ultra Disks",
            "Ultra Disks and Premium SSD v2 disks support customer-managed keys.",
            "Feature | Ultra Disks | Premium SSD v2",
            "Double encryption at rest (platform-managed and customer-managed keys) | No | No",
        ),
        (
            "pl-pl",
            "Klucze zarządzane przez klienta dla dysków w warstwie Ultra",
            "Dyski w warstwie Ultra obsługują klucze zarządzane przez klienta.",
            "Funkcja | Dyski w warstwie Ultra | SSD w warstwie Premium w wersji 2",
            "Podwójne szyfrowanie w spoczynku (klucze zarządzane przez platformę i przez klienta) | Nie | Nie",
        ),
        (
            "ja-jp",
            "Ultra ディスクのカスタマー マネージド キー",
            "Ultra ディスクはカスタマー マネージド キーをサポートしています。",
            "機能 | Ultra ディスク | Premium SSD v2",
            "保存時の二重暗号化 (プラットフォーム マネージド キーとカスタマー マネージド キー) | いいえ | いいえ",
        ),
    ];
    for (locale, heading, lead, header, row) in rows {
        let rel = format!("{locale}/articles/virtual-machines/disks-cmk.md");
        let got = claims(&rel, &page(heading, lead, header, row));
        assert_eq!(
            got,
            vec![
                (3, "supports-cmk".into(), "asserted".into()),
                (7, "double-encryption".into(), "negated".into()),
            ],
            "{locale}"
        );
        // near miss: a yes beside a no states the feature of one of the products
        let mixed = row
            .replacen("| No |", "| Yes |", 1)
            .replacen("| Nie |", "| Tak |", 1);
        let mixed = mixed.replacen("| いいえ |", "| はい |", 1);
        let got = claims(&rel, &page(heading, lead, header, &mixed));
        assert!(
            !got.iter().any(|(_, _, p)| p == "negated"),
            "{locale}: {got:?}"
        );
    }
}

/// What held until recently is no statement of the service as it is: the sentence after
/// it gives the present. In parentheses a mark of the past names an earlier name.
#[test]
fn what_held_until_recently_states_nothing() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = [
        (
            "en-us",
            "Customer-managed keys",
            "Until recently, you could choose customer-managed keys only when you created a new Azure Cosmos DB account.",
            "You can now also enable them on an existing account.",
            "You can choose customer-managed keys only when you create a new Azure Cosmos DB account.",
        ),
        (
            "fr-fr",
            "Clés gérées par le client",
            "Jusqu’à récemment, vous ne pouviez choisir les clés gérées par le client qu’au moment de créer un nouveau compte Azure Cosmos DB.",
            "Vous pouvez désormais les activer également sur un compte existant.",
            "Vous ne pouvez choisir les clés gérées par le client qu’au moment de créer un nouveau compte Azure Cosmos DB.",
        ),
        (
            "nl-nl",
            "Door de klant beheerde sleutels",
            "Tot voor kort kon u door de klant beheerde sleutels alleen kiezen wanneer u een nieuw Azure Cosmos DB-account maakte.",
            "U kunt ze nu ook inschakelen voor een bestaand account.",
            "U kunt door de klant beheerde sleutels alleen kiezen wanneer u een nieuw Azure Cosmos DB-account maakt.",
        ),
        (
            "zh-cn",
            "客户管理的密钥",
            "以前，只有在创建新的 Azure Cosmos DB 帐户时才能选择客户管理的密钥。",
            "现在也可以在现有帐户上启用它们。",
            "只有在创建新的 Azure Cosmos DB 帐户时才能选择客户管理的密钥。",
        ),
    ];
    for (locale, heading, past, now, present) in cases {
        let rel = format!("{locale}/articles/cosmos-db/cmk-existing.md");
        let page = |text: &str| format!("---\nms.service: cosmos-db\n---\n# {heading}\n\n{text}\n");
        let body = page(&format!("{past} {now}"));
        let got = line_claims(&ex, &rel, &body);
        assert!(
            !got.iter().any(|(_, id, _)| id == "requires-new-resource"),
            "{locale}: {got:?}"
        );
        // near miss: the same limit said of the present
        let got = line_claims(&ex, &rel, &page(present));
        assert!(
            got.contains(&(6, "requires-new-resource".into(), "asserted".into())),
            "{locale}: {present}: {got:?}"
        );
    }
    let formerly = "# Transparent data encryption\n\nTransparent data encryption (TDE) helps protect a dedicated SQL pool (formerly SQL DW) by encrypting data at rest.\n";
    let got = line_claims(&ex, "en-us/articles/synapse-analytics/tde.md", formerly);
    assert!(
        got.contains(&(3, "encrypts-at-rest".into(), "asserted".into())),
        "{got:?}"
    );
}

/// A table's column header may state the condition its cells hold under ("| Without
/// host-based encryption |"): a denial in a cell under it is said of that case, not of the
/// service. Under a header that states none, the denial stands.
#[test]
fn a_denial_under_a_column_that_states_a_condition_is_narrowed() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = [
        (
            "en-us",
            "Host-based encryption",
            "Node storage | Without host-based encryption | With host-based encryption",
            "Temp disk | Not encrypted at rest | Encrypted with platform-managed keys",
            "Node storage | Encryption | Keys",
        ),
        (
            "nl-nl",
            "Versleuteling op basis van host",
            "Knooppuntopslag | Zonder versleuteling op basis van host | Met versleuteling op basis van host",
            "Tijdelijke schijf | Niet versleuteld in rust | Versleuteld met door het platform beheerde sleutels",
            "Knooppuntopslag | Versleuteling | Sleutels",
        ),
        (
            "tr-tr",
            "Konak tabanlı şifreleme",
            "Düğüm depolaması | Konak tabanlı şifreleme olmadan | Konak tabanlı şifreleme ile",
            "Geçici disk | Bekleme sırasında şifrelenmez | Platform tarafından yönetilen anahtarlarla şifrelenir",
            "Düğüm depolaması | Şifreleme | Anahtarlar",
        ),
        (
            "ko-kr",
            "호스트 기반 암호화",
            "노드 스토리지 | 호스트 기반 암호화 미사용 | 호스트 기반 암호화 사용",
            "임시 디스크 | 미사용 상태에서 암호화되지 않음 | 플랫폼 관리형 키로 암호화됨",
            "노드 스토리지 | 암호화 | 키",
        ),
    ];
    for (locale, heading, header, row, plain) in cases {
        let rel = format!("{locale}/articles/aks/host-encryption.md");
        let page =
            |header: &str| format!("# {heading}\n\n| {header} |\n|---|---|---|\n| {row} |\n");
        let denied = |header: &str| {
            line_claims(&ex, &rel, &page(header))
                .into_iter()
                .any(|(_, id, p)| id == "encrypts-at-rest" && p == "negated")
        };
        assert!(
            !denied(header),
            "{locale}: {:?}",
            line_claims(&ex, &rel, &page(header))
        );
        assert!(
            denied(plain),
            "{locale}: {:?}",
            line_claims(&ex, &rel, &page(plain))
        );
    }
}

#[test]
fn a_paragraph_that_opens_with_a_link_to_the_topic_states_the_page_s_claims() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let page = "en-us/articles/azure-monitor/logs/customer-managed-keys.md";
    let topic = "---\nms.service: azure-monitor\n---\n# Customer-managed keys\n\n[Encryption at rest](../../security/fundamentals/encryption-atrest.md) is a common requirement. Azure Monitor encrypts all data at rest using 256-bit AES encryption.\n";
    let ids = page_claims(&ex, page, topic);
    assert!(ids.iter().any(|id| id == "aes-256"), "{ids:?}");
    // near misses: a link to another service's page, by its name or by its topic and name
    for other in [
        "[Azure Data Lake Store](../../data-lake-store/data-lake-store-encryption.md) encrypts",
        "[Encryption in Azure Data Lake Store](../../data-lake-store/data-lake-store-encryption.md) encrypts",
    ] {
        let body = topic.replace(
            "[Encryption at rest](../../security/fundamentals/encryption-atrest.md) is a common requirement. Azure Monitor encrypts",
            other,
        );
        assert_eq!(page_claims(&ex, page, &body), Vec::<String>::new(), "{body}");
    }
}

/// A heading that names soft delete and purge protection names a topic, it requires
/// nothing; turning them on, requiring them, or naming them in a section of prerequisites
/// does.
#[test]
fn soft_delete_and_purge_protection_named_as_a_topic_are_no_requirement() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let sections = [
        "## Soft delete and purge protection\n\nDeleted keys can be recovered for 90 days.",
        "## Vault\n\nEnable soft delete and purge protection on the vault.",
        "## Vault\n\nThe vault must have soft delete and purge protection.",
        "## Prerequisites\n\n- Soft delete and purge protection",
    ];
    let stated: Vec<bool> = sections
        .iter()
        .map(|section| {
            let body = format!(
                "# Keys\n\nSome services let you use customer-managed keys.\n\n{section}\n"
            );
            page_claims(&ex, "en-us/articles/key-vault/page.md", &body)
                .contains(&"soft-delete-purge-protection".to_string())
        })
        .collect();
    assert_eq!(stated, [false, true, true, true]);
}

/// A product named beside the language's word for "service", on the side the lexicon gives
/// ("the Face service", cs "služby Face", zh "Face 服务"), is another service on a page of
/// a sibling: its tier and its request form are not the page's. Near misses: the page's own
/// service so named in its title ("Face サービス"), or in three segments of the page in the
/// locale's own form (pl "usługi Mowa"), a tier word beside the noun ("the Premium service
/// tier"), a tier after the product ("Azure Service Bus Premium tier") and the family's name
/// ("Azure AI services Customer-Managed Key Request Form").
#[test]
fn a_product_beside_the_word_for_service_is_another_service() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let tier_and_form = |rel: &str, body: &str| -> Vec<String> {
        page_claims(&ex, rel, body)
            .into_iter()
            .filter(|c| c == "pricing-tier" || c == "access-by-request")
            .collect()
    };
    let front = "---\ntitle: Azure AI Vision encryption of data at rest\nms.service: cognitive-services\nms.subservice: computer-vision\n---\n\n# Encryption\n\n";
    for (locale, sentence) in [
        ("en-us", "For example, customer-managed keys for the Face service are available only on the E0 pricing tier."),
        ("cs-cz", "Například klíče spravované zákazníkem pro službu Face jsou k dispozici pouze v cenové úrovni E0."),
        ("es-es", "Por ejemplo, las claves administradas por el cliente del servicio Face solo están disponibles en el plan de tarifa E0."),
        ("zh-cn", "例如，Face 服务的客户管理的密钥仅在 E0 定价层中提供。"),
        ("ko-kr", "예를 들어 Face 서비스의 고객 관리형 키는 E0 가격 책정 계층에서만 사용할 수 있습니다."),
    ] {
        let rel = format!("{locale}/articles/computer-vision/page.md");
        assert_eq!(tier_and_form(&rel, &format!("{front}{sentence}\n")), Vec::<String>::new(), "{sentence}");
    }
    let expected = vec!["pricing-tier".to_string()];
    let own = "---\ntitle: Face サービスによる保存データの暗号化\nms.service: cognitive-services\n---\n\n# 暗号化\n\nFace サービスのカスタマー マネージド キーは、E0 価格レベルでのみ利用できます。\n";
    assert_eq!(tier_and_form("ja-jp/articles/face/page.md", own), expected);
    let often = "---\ntitle: Szyfrowanie danych\nms.service: cognitive-services\nms.subservice: speech-service\n---\n\n# Szyfrowanie\n\nZasób usługi Mowa szyfruje dane.\n\nUsługa Mowa używa kluczy zarządzanych przez firmę Microsoft.\n\nKlucze zarządzane przez klienta dla usługi Mowa są dostępne tylko w warstwie cenowej E0.\n";
    assert_eq!(
        tier_and_form("pl-pl/articles/speech/page.md", often),
        expected
    );
    let tier = "---\nms.service: container-registry\n---\n\n# Encryption\n\nA customer-managed key is available only in the Premium service tier.\n";
    assert_eq!(
        tier_and_form("en-us/articles/container-registry/page.md", tier),
        vec!["pricing-tier".to_string()]
    );
    let product_tier = "---\nms.service: service-bus-messaging\n---\n\n# Customer-managed keys\n\nCustomer-managed keys are supported only by the Azure Service Bus Premium tier.\n";
    assert_eq!(
        tier_and_form("en-us/articles/service-bus-messaging/page.md", product_tier),
        vec!["pricing-tier".to_string()]
    );
    // sentences of the pages of Face (it), Service Bus and Speech (pl), on those pages
    for (rel, page, claims) in [
        ("it-it/articles/face/page.md", "---\ntitle: Crittografia dei dati inattivi del servizio Viso\nms.service: cognitive-services\nms.subservice: face-api\n---\n\n# Crittografia\n\nDopo l'approvazione per l'uso di CMK con il servizio Viso, è necessario creare una nuova risorsa Viso e selezionare E0 come piano tariffario.\n", vec!["supports-cmk", "requires-new-resource", "pricing-tier"]),
        ("en-us/articles/service-bus-messaging/page.md", "---\nms.service: service-bus-messaging\n---\n\n# Encryption\n\nCustomer-managed keys are supported. This feature is supported by the Azure Service Bus Premium tier.\n", vec!["supports-cmk", "pricing-tier"]),
        ("pl-pl/articles/speech/page.md", "---\nms.service: cognitive-services\nms.subservice: speech-service\n---\n\n# Szyfrowanie\n\nKlucze zarządzane przez klienta są dostępne tylko dla zasobów usługi Speech w warstwie cenowej Standardowa (S0).\n", vec!["supports-cmk", "pricing-tier"]),
    ] {
        assert_eq!(page_claims(&ex, rel, page), claims, "{rel}");
    }
    let family = "---\nms.service: cognitive-services\nms.subservice: openai\n---\n\n# Customer-managed keys\n\nTo request the ability to use customer-managed keys, fill out and submit the Azure AI services Customer-Managed Key Request Form.\n";
    assert_eq!(
        tier_and_form("en-us/articles/openai/page.md", family),
        vec!["access-by-request".to_string()]
    );
}

/// AES of 256 bits that another service uses is that service's: "Azure Storage itself uses
/// 256-bit AES encryption", on a page of Event Hubs. Near miss: the page's own service.
#[test]
fn aes_of_another_service_is_not_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let front = "---\ntitle: Configure customer-managed keys for Azure Event Hubs\nms.service: event-hubs\n---\n\n# Encryption\n\n";
    let aes = |sentence: &str| {
        page_claims(
            &ex,
            "en-us/articles/event-hubs/page.md",
            &format!("{front}{sentence}\n"),
        )
        .contains(&"aes-256".to_string())
    };
    assert!(!aes(
        "Azure Storage itself uses 256-bit AES encryption for all the data it stores."
    ));
    assert!(aes(
        "Azure Event Hubs encrypts your data with 256-bit AES encryption."
    ));
    assert!(!aes(
        "The underlying Azure Storage encryption uses 256-bit AES, one of the strongest block ciphers available."
    ));
    let own = "---\nms.service: azure-app-configuration\n---\n\n# Encryption\n\nAzure App Configuration encrypts sensitive information at rest by using a 256-bit AES encryption key provided by Microsoft.\n";
    assert_eq!(
        page_claims(&ex, "en-us/articles/azure-app-configuration/page.md", own),
        vec!["encrypts-at-rest", "default-platform-keys", "aes-256"]
    );
}

/// Another service named after the sentence's opening is what its subject uses or where it
/// keeps the data: the AES and FIPS compliance are the page's ("The server encrypts all
/// data at rest by using Azure Storage encryption with FIPS 140-2 validated 256-bit AES";
/// the page's data encrypted "by the underlying Azure Storage and Azure Cosmos DB
/// platforms"; ko the page's service the topic, the stores named after it). Near misses:
/// another service as the subject, in ko and zh-tw too.
#[test]
fn aes_that_the_pages_service_uses_from_another_service_is_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (rel, service, sentence, expected) in [
        ("en-us/articles/postgresql/page.md", "postgresql", "The flexible server encrypts all data at rest, including backups, by using Azure Storage encryption with FIPS 140-2 validated 256-bit AES.", true),
        ("en-us/articles/azure-signalr/page.md", "signalr", "Configuration data is encrypted at rest with 256-bit AES encryption by the underlying Azure Storage and Azure Cosmos DB platforms, and the encryption is FIPS 140-2 compliant.", true),
        ("ko-kr/articles/health-bot/page.md", "health-bot", "Azure Health Bot은 Azure Storage 및 Azure Cosmos DB에 데이터를 저장하며, 이 서비스들은 256비트 AES 암호화를 사용하고 FIPS 140-2를 준수합니다.", true),
        ("ko-kr/articles/quantum/page.md", "azure-quantum", "Azure Storage는 사용 가능한 가장 강력한 블록 암호 중 하나인 256비트 AES 암호화로 데이터를 암호화하며 FIPS 140-2를 준수합니다.", false),
        ("zh-tw/articles/quantum/page.md", "azure-quantum", "Azure 儲存體使用 256 位元 AES 加密 (可用的最強區塊加密之一)，並符合 FIPS 140-2 規範。", false),
    ] {
        assert_eq!(section_states(&ex, rel, service, sentence, "aes-256"), expected, "{sentence}");
        assert_eq!(section_states(&ex, rel, service, sentence, "fips-140-2"), expected, "{sentence}");
    }
}

/// Clients that connect over TLS, in a section about data in transit on a page about
/// encryption: the verb is the
/// channel ("connect", fr "se connectent", cs "připojují", sv "ansluter"), and a clause of
/// its own that rejects other connections denies nothing. Near miss: the rejection alone.
#[test]
fn clients_that_connect_over_tls_are_encrypted_in_transit() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (locale, title, heading, sentence, expected) in [
        ("en-us", "Encryption", "Data in transit", "Clients connect to Azure Cosmos DB for MongoDB over TLS, and connections that don't use TLS are rejected.", true),
        ("fr-fr", "Chiffrement", "Données en transit", "Les clients se connectent à Azure Cosmos DB for MongoDB via TLS, et les connexions qui n’utilisent pas TLS sont refusées.", true),
        ("it-it", "Crittografia", "Dati in transito", "I client si connettono ad Azure Cosmos DB for MongoDB tramite TLS e le connessioni che non usano TLS vengono rifiutate.", true),
        ("pt-br", "Criptografia", "Dados em trânsito", "Os clientes se conectam ao Azure Cosmos DB for MongoDB por TLS, e as conexões que não usam TLS são rejeitadas.", true),
        ("cs-cz", "Šifrování", "Přenášená data", "Klienti se k Azure Cosmos DB for MongoDB připojují přes protokol TLS a připojení, která TLS nepoužívají, se odmítají.", true),
        ("sv-se", "Kryptering", "Data under överföring", "Klienter ansluter till Azure Cosmos DB for MongoDB via TLS, och anslutningar som inte använder TLS avvisas.", true),
        ("en-us", "Encryption", "Data in transit", "Connections that don't use TLS 1.2 are rejected.", false),
    ] {
        let body = format!("---\nms.service: cosmos-db\n---\n\n# {title}\n\n## {heading}\n\n{sentence}\n");
        let ids = page_claims(&ex, &format!("{locale}/articles/cosmos-db/page.md"), &body);
        assert_eq!(ids.contains(&"encrypts-in-transit".to_string()), expected, "{sentence}");
    }
}

/// Asserts whether the page `body`, at a path of `locale`, states `claim` (either
/// polarity), naming the page and its claims when it does not as `expected`.
fn assert_page_states(ex: &Extractor, locale: &str, body: &str, claim: &str, expected: bool) {
    let claims = page_claims(ex, &format!("{locale}/articles/x/page.md"), body);
    assert_eq!(
        claims.iter().any(|c| c == claim),
        expected,
        "{locale}: {body}: {claims:?}"
    );
}

/// For each `(locale, heading, sentence, near miss)`: under the heading, the sentence
/// states `claim` and the near miss does not.
fn assert_stated_under_heading(ex: &Extractor, claim: &str, cases: &[(&str, &str, &str, &str)]) {
    for (locale, heading, sentence, near) in cases {
        let page = |text: &str| format!("# {heading}\n\n{text}\n");
        assert_page_states(ex, locale, &page(sentence), claim, true);
        assert_page_states(ex, locale, &page(near), claim, false);
    }
}

/// Whether `sentence`, alone in an "Encryption" section of a page of `service` at `rel`,
/// states `claim` (either polarity).
fn section_states(ex: &Extractor, rel: &str, service: &str, sentence: &str, claim: &str) -> bool {
    let body = format!("---\nms.service: {service}\n---\n\n# Encryption\n\n{sentence}\n");
    page_claims(ex, rel, &body).contains(&claim.to_string())
}

/// A second layer of encryption that another service applies is that service's: "Azure
/// Storage can also apply infrastructure encryption", on a page of App Service. Near miss:
/// the page's own service.
#[test]
fn double_encryption_of_another_service_is_not_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let double = |rel: &str, service: &str, sentence: &str| {
        section_states(&ex, rel, service, sentence, "double-encryption")
    };
    assert!(!double(
        "en-us/articles/app-service/page.md",
        "app-service",
        "Azure Storage can also apply infrastructure encryption, a second layer of encryption at the storage infrastructure level."
    ));
    assert!(double(
        "en-us/articles/event-hubs/page.md",
        "event-hubs",
        "Azure Event Hubs can also apply infrastructure encryption, a second layer of encryption at the infrastructure level."
    ));
}

/// FIPS 140-2 compliance said of another service is that service's, and the key store's
/// validation is the key store's: the page's own only on a page whose `ms.service` is the
/// key store.
#[test]
fn fips_compliance_of_another_service_or_the_key_store_is_not_the_pages() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let fips = |rel: &str, service: &str, sentence: &str| {
        section_states(&ex, rel, service, sentence, "fips-140-2")
    };
    assert!(!fips(
        "en-us/articles/quantum/page.md",
        "azure-quantum",
        "Azure Storage encrypts data with 256-bit AES encryption and is FIPS 140-2 compliant."
    ));
    assert!(fips(
        "en-us/articles/netapp/page.md",
        "azure-netapp-files",
        "Volumes are encrypted at rest with FIPS 140-2 compliant AES-256 encryption."
    ));
    assert!(!fips(
        "en-us/articles/storage/page.md",
        "storage",
        "Managed HSM is a fully managed, single-tenant service that uses FIPS 140-2 Level 3 validated hardware security modules."
    ));
    assert!(!fips(
        "it-it/articles/storage/page.md",
        "storage",
        "Il modulo di protezione hardware gestito è un servizio a tenant singolo che usa moduli di protezione hardware convalidati FIPS 140-2 livello 3."
    ));
    assert!(fips(
        "en-us/articles/key-vault/page.md",
        "key-vault",
        "Managed HSM uses FIPS 140-2 Level 3 validated HSM modules to protect your keys."
    ));
    assert!(fips(
        "pl-pl/articles/key-vault/page.md",
        "key-vault",
        "Zarządzany moduł HSM chroni klucze za pomocą modułów HSM zweryfikowanych zgodnie ze standardem FIPS 140-2 poziom 3."
    ));
}

/// A table row's first cell is described by every header when the row's other cells
/// affirm it: "| Purge protection | Must be enabled |" under "| Setting | Requirement |"
/// is a requirement of the key vault; "| Purge protection | Optional |" is none, even
/// under a lead-in that names requirements, and neither is a row of a table whose headers
/// name no requirement. A cell's first sentence gives its verdict.
#[test]
fn a_table_row_that_affirms_its_setting_states_the_requirement() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let required = |rel: &str, table: &str| {
        let body = format!(
            "---\nms.service: monitor\n---\n\n# Customer-managed keys\n\nConfigure the key vault that holds your customer-managed key as follows:\n\n{table}\n"
        );
        page_claims(&ex, rel, &body).contains(&"soft-delete-purge-protection".to_string())
    };
    let en = "en-us/articles/monitor/page.md";
    assert!(required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Purge protection | Must be enabled |"
    ));
    assert!(required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Purge protection | Enabled |"
    ));
    assert!(!required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Purge protection | Optional |"
    ));
    assert!(!required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Purge protection | Not enabled |"
    ));
    assert!(!required(
        en,
        "| Setting | Notes |\n|---|---|\n| Purge protection | Enabled |"
    ));
    // the cell's first sentence gives the verdict; a consequence after it denies nothing
    assert!(required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Soft delete and purge protection | Both must be enabled on the key vault. If they aren't and you delete your key, you can't recover the data. |"
    ));
    assert!(!required(
        en,
        "| Setting | Requirement |\n|---|---|\n| Purge protection | Not required. If it's enabled, a deleted key can be recovered. |"
    ));
    assert!(!required(
        "tr-tr/articles/monitor/page.md",
        "| Ayar | Gereksinim |\n|---|---|\n| Temizleme koruması | İsteğe bağlı |"
    ));
    let body = "---\nms.service: monitor\n---\n\n# Customer-managed keys\n\nThe key vault that holds your customer-managed key must meet these requirements:\n\n| Setting | Requirement |\n|---|---|\n| Purge protection | Optional |\n";
    assert!(!page_claims(&ex, en, body).contains(&"soft-delete-purge-protection".to_string()));
}

/// What a rotation of the key does not need is not a new resource: "You don't need to
/// re-create your image versions" in a section on key rotation says nothing of what
/// turning on customer-managed keys needs. Near miss: the same sentence after an existing
/// resource that takes the keys.
#[test]
fn a_recreation_rotation_does_not_need_is_no_denial_of_a_new_resource() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let new_resource = |heading: &str, lead: &str| {
        let body = format!(
            "---\nms.service: virtual-machines\n---\n\n# Encrypt image versions with customer-managed keys\n\n## {heading}\n\n{lead} You don't need to re-create your image versions.\n"
        );
        line_claims(&ex, "en-us/articles/virtual-machines/page.md", &body)
            .into_iter()
            .any(|(_, id, _)| id == "requires-new-resource")
    };
    assert!(!new_resource(
        "Key rotation and revocation",
        "When you rotate the key in Key Vault, update each disk encryption set to use the new key version."
    ));
    assert!(new_resource(
        "Existing galleries",
        "You can turn on customer-managed keys for an existing gallery."
    ));
}

/// A product's name ends where words the lexicon knows begin: "Azure OpenAI Customer-Managed
/// Key Request Form" is Azure OpenAI's form, on an Azure OpenAI page, and "Azure Service Bus
/// Premium" is Service Bus; a form of another product still names that product.
#[test]
fn a_product_name_ends_where_the_lexicon_words_begin() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let page = |form: &str| {
        let body = format!(
            "---\ntitle: t\nms.service: cognitive-services\nms.subservice: openai\n---\n\n\
             # Azure OpenAI encryption\n\nAzure OpenAI supports customer-managed keys.\n\n\
             ## Request access\n\nTo request the ability to use customer-managed keys, fill \
             out and submit the [{form}](https://aka.ms/cogsvc-cmk).\n"
        );
        page_claims(
            &ex,
            "en-us/articles/cognitive-services/openai/page.md",
            &body,
        )
    };
    assert_eq!(
        page("Azure OpenAI Customer-Managed Key Request Form"),
        ["supports-cmk", "access-by-request"]
    );
    assert_eq!(
        page("Azure OpenAI customer-managed key request form"),
        ["supports-cmk", "access-by-request"]
    );
    assert_eq!(
        page("Azure Cosmos DB Customer-Managed Key Request Form"),
        ["supports-cmk"]
    );
}

/// "Use your own keys" in a list under a heading about encryption is the support of
/// customer-managed keys on a page that names a key encryption key, where the customer's
/// key wraps the data key. Near miss: the same list on a page that names neither a
/// customer-managed key nor a key encryption key (own keys of another kind).
#[test]
fn own_keys_under_an_encryption_heading_are_supported_on_a_page_of_keks() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let page = |locale: &str, heading: &str, items: &str, later: &str| {
        let body = format!(
            "---\nms.service: azure-kubernetes-service\n---\n\n# {heading}\n\n{items}\n\n## How it works\n\n{later}\n"
        );
        page_claims(&ex, &format!("{locale}/articles/aks/page.md"), &body)
            .contains(&"supports-cmk".to_string())
    };
    let kek = "A data encryption key encrypts each secret, and your key, the key encryption key (KEK), encrypts the data encryption key.";
    let plain = "Secrets are stored in etcd, and the API server reads them when pods start.";
    let items = "The plugin allows you to:\n\n- Use a key in a key vault.\n- Use your own keys.";
    assert!(page(
        "en-us",
        "Add KMS etcd encryption to a cluster",
        items,
        kek
    ));
    assert!(!page(
        "en-us",
        "Add KMS etcd encryption to a cluster",
        items,
        plain
    ));
    assert!(page(
        "zh-tw",
        "將 KMS etcd 加密新增至叢集",
        "此外掛程式可讓您：\n\n- 使用金鑰保存庫中的金鑰。\n- 使用您自己的金鑰。",
        "資料加密金鑰會加密每個祕密，而您的金鑰 (也就是金鑰加密金鑰 (KEK)) 會加密資料加密金鑰。"
    ));
}

/// A feature matrix's row whose verdict is no denies what its feature cell names ("|
/// Double encryption | No |" under "| Feature | Supported | Notes |"), in every locale's
/// form of the verdict header (pt "Suportada"). Near misses: a feature narrowed to a place
/// or a moment (de "Auswählen einer benutzerseitig zugewiesenen Identität im Azure-Portal
/// bei der Kontoerstellung | Nein") denies nothing in general; a feature of customer-managed keys denies
/// only them (its other words describe the keys).
#[test]
fn a_feature_matrix_row_of_no_denies_its_feature() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let table = |locale: &str, header: &str, rows: &[(&str, &str)]| {
        let mut body = format!(
            "---\nms.service: signalr\n---\n\n# Customer-managed keys\n\n{header}\n|---|---|---|\n"
        );
        for (feature, verdict) in rows {
            body.push_str(&format!("| {feature} | {verdict} | Note. |\n"));
        }
        let mut claims: Vec<String> = line_claims(
            &ex,
            &format!("{locale}/articles/azure-signalr/page.md"),
            &body,
        )
        .into_iter()
        .map(|(_, id, polarity)| format!("{id} {polarity}"))
        .collect();
        claims.sort();
        claims
    };
    assert_eq!(
        table(
            "en-us",
            "| Feature | Supported | Notes |",
            &[
                ("Encryption in transit (TLS 1.2 and later)", "Yes"),
                ("Double encryption", "No")
            ]
        ),
        vec!["double-encryption negated", "encrypts-in-transit asserted"]
    );
    assert_eq!(
        table(
            "pt-pt",
            "| Funcionalidade | Suportada | Notas |",
            &[("Encriptação dupla", "Não")]
        ),
        vec!["double-encryption negated"]
    );
    let narrowed = "---\nms.service: cosmos-db\n---\n\n# Kundenseitig verwaltete Schlüssel\n\n## Einschränkungen\n\n| Szenario | Unterstützt |\n|---|---|\n| Aktivieren kundenseitig verwalteter Schlüssel beim Erstellen eines neuen Kontos | Ja |\n| Auswählen einer benutzerseitig zugewiesenen Identität im Azure-Portal bei der Kontoerstellung | Nein |\n";
    assert!(
        line_claims(&ex, "de-de/articles/cosmos-db/page.md", narrowed)
            .iter()
            .all(|(_, id, polarity)| id != "managed-identity-required" || polarity != "negated")
    );
    assert_eq!(
        table(
            "en-us",
            "| Feature | Supported | Notes |",
            &[("Data at rest encryption using customer-managed keys", "No")]
        ),
        vec!["supports-cmk negated"]
    );
}

/// The new resource to create once the request is approved, on a page about customer-managed
/// keys, needs no word of the keys in its own paragraph: the request is theirs ("After
/// you're approved, create a new resource and select E0 as the pricing tier", after a
/// paragraph about the request's queue). Near misses: a new key after the approval, and
/// the same paragraphs without the approval.
#[test]
fn the_resource_to_create_after_the_approval_is_new_for_the_keys() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (locale, heading, first, queue, last, expected) in [
        (
            "en-us",
            "Encryption key management",
            "Customer-managed keys are available on request.",
            "Your request might wait in a queue for a few days.",
            "After you're approved, create a new resource and select E0 as the pricing tier.",
            true,
        ),
        (
            "en-us",
            "Encryption key management",
            "Customer-managed keys are available on request.",
            "Your request might wait in a queue for a few days.",
            "After your request is approved, create a new key in your key vault.",
            false,
        ),
        (
            "en-us",
            "Encryption key management",
            "Customer-managed keys are available on request.",
            "Your request might wait in a queue for a few days.",
            "Then create a new resource and select E0 as the pricing tier.",
            false,
        ),
        (
            "de-de",
            "Verwaltung von Verschlüsselungsschlüsseln",
            "Kundenseitig verwaltete Schlüssel sind auf Anfrage verfügbar.",
            "Ihre Anfrage kann einige Tage in einer Warteschlange stehen.",
            "Nachdem Ihre Anforderung genehmigt wurde, müssen Sie eine neue Ressource erstellen.",
            true,
        ),
        (
            "ja-jp",
            "暗号化キーの管理",
            "カスタマー マネージド キーは申請により利用できます。",
            "申請は数日間キューに入ることがあります。",
            "承認されたら、新しいリソースを作成してください。",
            true,
        ),
        (
            "zh-cn",
            "加密密钥管理",
            "客户管理的密钥需要申请。",
            "你的申请可能会在队列中等待几天。",
            "获得批准后，请创建新的资源。",
            true,
        ),
    ] {
        let body = format!("# {heading}\n\n{first}\n\n{queue}\n\n{last}\n");
        assert_page_states(&ex, locale, &body, "requires-new-resource", expected);
    }
}

/// A heading that names key operations is the title of the section's task, not a statement
/// of what the customer controls; the same words in a sentence of the page are one.
#[test]
fn a_heading_of_key_operations_is_a_task_not_a_claim() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (locale, heading, sentence, expected) in [
        (
            "en-us",
            "## Rotate, revoke, or disable your key",
            "You can rotate the key in Key Vault at any time.",
            false,
        ),
        (
            "en-us",
            "## Key lifecycle",
            "You can create, rotate, disable, and revoke the key in Key Vault.",
            true,
        ),
        (
            "ru-ru",
            "## Смена, отзыв или отключение ключа",
            "Вы можете сменить ключ в Key Vault в любое время.",
            false,
        ),
        (
            "zh-cn",
            "## 轮换、撤销或禁用密钥",
            "你可以随时在 Key Vault 中轮换密钥。",
            false,
        ),
        (
            "sv-se",
            "## Rotera, återkalla eller inaktivera din nyckel",
            "Du kan rotera nyckeln i Key Vault när som helst.",
            false,
        ),
    ] {
        let body = format!(
            "# Customer-managed keys\n\nChat data is encrypted with customer-managed keys.\n\n\
             {heading}\n\n{sentence}\n"
        );
        assert_page_states(&ex, locale, &body, "key-operations", expected);
    }
}

/// The key's size in an item of a list whose lead-in says what is required ("make sure
/// that the following requirements are met:", "the key must meet these conditions:") is
/// a requirement, as under a heading of prerequisites; a list the lead-in only describes
/// states no requirement.
#[test]
fn a_key_size_under_a_lead_in_of_requirements_is_required() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (locale, intro, lead_in, item, expected) in [
        (
            "en-us",
            "The service supports customer-managed keys.",
            "Before you connect a key, make sure that the following requirements are met:",
            "The key is an RSA key of size 2048.",
            true,
        ),
        (
            "en-us",
            "The service supports customer-managed keys.",
            "The sample vault has these settings:",
            "The key is an RSA key of size 2048.",
            false,
        ),
        (
            "de-de",
            "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.",
            "Der Schlüssel muss die folgenden Bedingungen erfüllen:",
            "Der Schlüssel ist ein RSA-Schlüssel der Größe 2048.",
            true,
        ),
        (
            "es-es",
            "El servicio admite claves administradas por el cliente.",
            "La rotación de las claves debe alinearse con los requisitos de la organización:",
            "Los datos se cifran mediante una clave de cifrado de datos (DEK), que a su vez se cifra con una clave maestra RSA 2048.",
            false,
        ),
        (
            "fr-fr",
            "Le service prend en charge les clés gérées par le client.",
            "La clé doit remplir les conditions suivantes :",
            "La clé est une clé RSA de 2048 bits.",
            true,
        ),
    ] {
        let body = format!(
            "# Customer-managed keys\n\n{intro}\n\n{lead_in}\n\n- The key vault is in the same region.\n- {item}\n"
        );
        assert_page_states(&ex, locale, &body, "rsa-2048", expected);
    }
}

/// A list of frequently asked questions names no key operations item by item: each item
/// is a question and its answer, read as prose; a list of the operations themselves is one.
#[test]
fn a_list_of_questions_and_answers_names_no_key_operations() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    for (items, expected) in [
        (
            "- **Does the service pick up new key versions?** Only if a rotation policy is \
             configured in Key Vault. Otherwise, create a new key version and update the \
             account.\n- **What happens if the key is disabled?** If the key is disabled or \
             access is revoked, the account becomes inaccessible.\n",
            false,
        ),
        (
            "- Create or import the key.\n- Rotate the key.\n- Disable or revoke the key.\n",
            true,
        ),
    ] {
        let body = format!(
            "# Customer-managed keys\n\nThe service supports customer-managed keys.\n\n\
             ## Key lifecycle\n\n{items}"
        );
        assert_page_states(&ex, "en-us", &body, "key-operations", expected);
    }
}

/// A denial of support restricted to another tenant ("from a different Microsoft Entra
/// tenant") denies nothing about the service's keys; the plain denial does. And hu "saját
/// kulcstartó" is the customer's own key vault, no key of theirs ("saját kulcs*").
#[test]
fn a_denial_restricted_to_another_tenant_or_said_of_a_vault_is_no_denial_of_support() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    let cases = [
        (
            "en-us",
            "Encryption",
            "Customer-managed keys aren't supported.",
            "Bringing your own key vault from a different Microsoft Entra tenant isn't supported.",
        ),
        (
            "nl-nl",
            "Door de klant beheerde sleutels",
            "Door de klant beheerde sleutels worden niet ondersteund.",
            "Het gebruik van uw eigen sleutelkluis vanuit een andere Microsoft Entra-tenant wordt niet ondersteund.",
        ),
        (
            "tr-tr",
            "Müşteri tarafından yönetilen anahtarlar",
            "Müşteri tarafından yönetilen anahtarlar desteklenmez.",
            "Farklı bir Microsoft Entra kiracısındaki kendi anahtar kasanızı kullanmak desteklenmez.",
        ),
        (
            "hu-hu",
            "Titkosítás",
            "A saját kulcsok használata nem támogatott.",
            "A saját kulcstartó használata nem támogatott.",
        ),
    ];
    for (locale, heading, plain, near) in cases {
        let rel = format!("{locale}/articles/x/page.md");
        let page = |text: &str| format!("# {heading}\n\n{text}\n");
        assert_eq!(
            support_polarities(&ex, &rel, &page(plain)),
            vec![Polarity::Negated],
            "{locale}: {plain}"
        );
        assert!(
            !support_polarities(&ex, &rel, &page(near)).contains(&Polarity::Negated),
            "{locale}: {near}"
        );
    }
}

/// A service that asks its key vault to unwrap keys makes no request for the feature (fr
/// "pour demander à Key Vault de désencapsuler les DEK", pt "para pedir ao Key Vault que
/// desencapsule"); a request to Microsoft for customer-managed keys is one.
#[test]
fn a_request_to_a_vault_to_unwrap_is_no_request_for_the_feature() {
    let ex = Extractor::new(&BTreeMap::new()).unwrap();
    assert_stated_under_heading(
        &ex,
        "access-by-request",
        &[
            (
                "fr-fr",
                "Clés gérées par le client",
                "Pour demander l’accès aux clés gérées par le client, remplissez le formulaire de demande.",
                "Lorsqu’un disque est attaché, HDInsight utilise une identité managée pour demander à Key Vault de désencapsuler les DEK.",
            ),
            (
                "pt-pt",
                "Chaves geridas pelo cliente",
                "Para pedir acesso às chaves geridas pelo cliente, preencha o formulário de pedido.",
                "Quando um disco é ligado, o HDInsight utiliza uma identidade gerida para pedir ao Key Vault que desencapsule as DEK.",
            ),
        ],
    );
}
