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
    // Generalisation: other wordings, tenses, synonyms, inversions and near misses.
    ("en-us", "Your data is encrypted on disk by default.", &["encrypts-at-rest"]),
    ("en-us", "Data is encrypted before it's written to storage and decrypted when it's accessed.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read", "-decrypt-on-write"]),
    ("en-us", "The service decrypts the data when you read it.", &["decrypt-on-read"]),
    ("en-us", "Data is encrypted when it's read and decrypted when it's written.", &["encrypt-on-read", "decrypt-on-write", "-encrypt-on-write"]),
    ("en-us", "Customer-managed keys aren't supported for this resource type.", &["supports-cmk!"]),
    ("en-us", "Data stored in the service is encrypted with Microsoft-managed keys by default.", &["encrypts-at-rest", "default-platform-keys"]),
    ("en-us", "If the key is disabled, the service can no longer access your data.", &["revocation-blocks-access"]),
    ("en-us", "Encryption at rest uses 256-bit AES keys that are FIPS 140-2 compliant.", &["encrypts-at-rest", "aes-256", "fips-140-2"]),
    ("en-us", "Encryption is transparent to your applications.", &["transparent-encryption"]),
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
    ("fr-fr", "Les clés gérées par le client ne sont plus prises en charge dans cette région.", &["supports-cmk!"]),
    ("fr-fr", "Les clés gérées par le client ne peuvent être utilisées avec ce niveau.", &["supports-cmk!"]),
    ("fr-fr", "Si vous révoquez la clé, les données ne sont plus accessibles.", &["revocation-blocks-access"]),
    ("fr-fr", "Vous pouvez révoquer le rôle d’un utilisateur à tout moment.", &["-key-operations", "-revocation-blocks-access"]),
    ("fr-fr", "Les nouvelles fonctionnalités sont disponibles dans le portail.", &["-requires-new-resource"]),
    ("fr-fr", "Vous pouvez stocker des clés de chiffrement dans un coffre.", &["-encrypts-at-rest"]),
    ("es-es", "Los datos se cifran cuando se escriben en el disco y se descifran cuando se leen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("es-es", "Los datos se cifran al leerlos y se descifran al escribirlos.", &["encrypt-on-read", "decrypt-on-write"]),
    ("es-es", "El cifrado de datos en reposo está habilitado de forma predeterminada.", &["encrypts-at-rest"]),
    ("es-es", "Los datos almacenados se cifran con claves administradas por Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("es-es", "Las claves administradas por el cliente no se admiten en este nivel.", &["supports-cmk!"]),
    ("es-es", "Si revoca la clave, los datos ya no serán accesibles.", &["revocation-blocks-access"]),
    ("es-es", "Puede revocar el rol de un usuario en cualquier momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("es-es", "Para habilitar esta característica, envíe una solicitud a Microsoft.", &["access-by-request"]),
    ("es-es", "El cifrado es transparente para sus aplicaciones.", &["transparent-encryption"]),
    ("de-de", "Ruhende Daten werden automatisch verschlüsselt.", &["encrypts-at-rest"]),
    ("de-de", "Daten werden verschlüsselt, wenn sie auf den Datenträger geschrieben werden, und entschlüsselt, wenn Sie darauf zugreifen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("de-de", "Die Daten werden beim Lesen verschlüsselt und beim Schreiben entschlüsselt.", &["encrypt-on-read", "decrypt-on-write"]),
    ("de-de", "Die Verschlüsselung im Ruhezustand ist standardmäßig aktiviert.", &["encrypts-at-rest"]),
    ("de-de", "Die gespeicherten Daten werden mit AES-256 verschlüsselt.", &["encrypts-at-rest", "aes-256"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel werden in diesem Tarif nicht unterstützt.", &["supports-cmk!"]),
    ("de-de", "Wenn Sie den Schlüssel widerrufen, kann der Dienst nicht mehr auf die Daten zugreifen.", &["revocation-blocks-access"]),
    ("de-de", "Sie können die Rolle eines Benutzers jederzeit widerrufen.", &["-key-operations", "-revocation-blocks-access"]),
    ("de-de", "Kundenseitig verwaltete Schlüssel fügen eine zweite Verschlüsselungsebene hinzu.", &["double-encryption"]),
    ("it-it", "I dati vengono crittografati quando vengono scritti su disco e decrittografati quando vengono letti.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("it-it", "I dati vengono crittografati in lettura e decrittografati in scrittura.", &["encrypt-on-read", "decrypt-on-write"]),
    ("it-it", "La crittografia dei dati inattivi è abilitata per impostazione predefinita.", &["encrypts-at-rest"]),
    ("it-it", "I dati archiviati vengono crittografati con chiavi gestite da Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("it-it", "Le chiavi gestite dal cliente non sono supportate in questo livello.", &["supports-cmk!"]),
    ("it-it", "Se si revoca la chiave, i dati non saranno più accessibili.", &["revocation-blocks-access"]),
    ("it-it", "È possibile revocare il ruolo di un utente in qualsiasi momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("it-it", "I dati vengono decrittografati quando si accede ai dati.", &["decrypt-on-read"]),
    ("pt-br", "Os dados são criptografados quando são gravados no disco e descriptografados quando são lidos.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pt-br", "Os dados são criptografados na leitura e descriptografados na gravação.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pt-br", "A criptografia de dados em repouso é habilitada por padrão.", &["encrypts-at-rest"]),
    ("pt-br", "Não há suporte para chaves gerenciadas pelo cliente nesta camada.", &["supports-cmk!"]),
    ("pt-br", "Se você revogar a chave, os dados não estarão mais acessíveis.", &["revocation-blocks-access"]),
    ("pt-br", "Você pode revogar a função de um usuário a qualquer momento.", &["-key-operations", "-revocation-blocks-access"]),
    ("pt-br", "Os dados inativos são criptografados automaticamente.", &["encrypts-at-rest"]),
    ("pt-pt", "Os dados são encriptados quando são escritos no disco e desencriptados quando são lidos.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pt-pt", "Os dados são encriptados na leitura e desencriptados na escrita.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pt-pt", "A encriptação de dados inativos está ativada por predefinição.", &["encrypts-at-rest"]),
    ("pt-pt", "As chaves geridas pelo cliente não são suportadas neste escalão.", &["supports-cmk!"]),
    ("pt-pt", "Se revogar a chave, os dados deixarão de estar acessíveis.", &["revocation-blocks-access"]),
    ("pt-pt", "Pode revogar a função de um utilizador em qualquer altura.", &["-key-operations", "-revocation-blocks-access"]),
    ("pt-pt", "A encriptação é transparente para as suas aplicações.", &["transparent-encryption"]),
    ("nl-nl", "Gegevens worden versleuteld wanneer ze naar schijf worden geschreven en ontsleuteld wanneer ze worden gelezen.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("nl-nl", "Gegevens worden versleuteld bij het lezen en ontsleuteld bij het schrijven.", &["encrypt-on-read", "decrypt-on-write"]),
    ("nl-nl", "Gegevens in rust worden automatisch versleuteld.", &["encrypts-at-rest"]),
    ("nl-nl", "Door de klant beheerde sleutels worden niet ondersteund in deze laag.", &["supports-cmk!"]),
    ("nl-nl", "Als u de sleutel intrekt, zijn de gegevens niet meer toegankelijk.", &["revocation-blocks-access"]),
    ("nl-nl", "U kunt de rol van een gebruiker op elk moment intrekken.", &["-key-operations", "-revocation-blocks-access"]),
    ("nl-nl", "Opgeslagen gegevens worden versleuteld met door Microsoft beheerde sleutels.", &["encrypts-at-rest", "default-platform-keys"]),
    ("sv-se", "Data krypteras när de skrivs till disk och dekrypteras när de läses.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("sv-se", "Data krypteras vid läsning och dekrypteras vid skrivning.", &["encrypt-on-read", "decrypt-on-write"]),
    ("sv-se", "Kryptering av vilande data är aktiverat som standard.", &["encrypts-at-rest"]),
    ("sv-se", "Kundhanterade nycklar stöds inte på den här nivån.", &["supports-cmk!"]),
    ("sv-se", "Om du återkallar nyckeln kan tjänsten inte längre komma åt data.", &["revocation-blocks-access"]),
    ("sv-se", "Du kan återkalla en användares roll när som helst.", &["-key-operations", "-revocation-blocks-access"]),
    ("sv-se", "Data i vila krypteras med Microsoft-hanterade nycklar.", &["encrypts-at-rest", "default-platform-keys"]),
    ("pl-pl", "Dane są szyfrowane podczas zapisywania na dysku i odszyfrowywane podczas odczytywania.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("pl-pl", "Dane są szyfrowane podczas odczytu i odszyfrowywane podczas zapisu.", &["encrypt-on-read", "decrypt-on-write"]),
    ("pl-pl", "Szyfrowanie danych magazynowanych jest domyślnie włączone.", &["encrypts-at-rest"]),
    ("pl-pl", "Klucze zarządzane przez klienta nie są obsługiwane w tej warstwie.", &["supports-cmk!"]),
    ("pl-pl", "Jeśli odwołasz klucz, dane nie będą już dostępne.", &["revocation-blocks-access"]),
    ("pl-pl", "Możesz odwołać rolę użytkownika w dowolnym momencie.", &["-key-operations", "-revocation-blocks-access"]),
    ("pl-pl", "Dane w stanie spoczynku są szyfrowane kluczami zarządzanymi przez firmę Microsoft.", &["encrypts-at-rest", "default-platform-keys"]),
    ("cs-cz", "Data jsou šifrována při zápisu na disk a dešifrována při čtení.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("cs-cz", "Data jsou šifrována při čtení a dešifrována při zápisu.", &["encrypt-on-read", "decrypt-on-write"]),
    ("cs-cz", "Šifrování neaktivních dat je ve výchozím nastavení povoleno.", &["encrypts-at-rest"]),
    ("cs-cz", "Klíče spravované zákazníkem nejsou v této úrovni podporovány.", &["supports-cmk!"]),
    ("cs-cz", "Pokud klíč odvoláte, data už nebudou přístupná.", &["revocation-blocks-access"]),
    ("cs-cz", "Roli uživatele můžete kdykoli odvolat.", &["-key-operations", "-revocation-blocks-access"]),
    ("cs-cz", "Uložená data jsou šifrována pomocí klíčů spravovaných Microsoftem.", &["encrypts-at-rest", "default-platform-keys"]),
    ("hu-hu", "Az adatokat a rendszer a lemezre íráskor titkosítja, olvasáskor pedig visszafejti.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("hu-hu", "Az adatok titkosítása olvasáskor, visszafejtése íráskor történik.", &["encrypt-on-read", "decrypt-on-write"]),
    ("hu-hu", "A nyugalmi állapotban lévő adatok titkosítása alapértelmezés szerint engedélyezve van.", &["encrypts-at-rest"]),
    ("hu-hu", "Az ügyfél által kezelt kulcsok nem támogatottak ezen a szinten.", &["supports-cmk!"]),
    ("hu-hu", "Ha visszavonja a kulcsot, az adatok többé nem érhetők el.", &["revocation-blocks-access"]),
    ("hu-hu", "Bármikor visszavonhatja egy felhasználó szerepkörét.", &["-key-operations", "-revocation-blocks-access"]),
    ("hu-hu", "A tárolt adatokat a Microsoft által kezelt kulcsokkal titkosítjuk.", &["encrypts-at-rest", "default-platform-keys"]),
    ("tr-tr", "Veriler diske yazıldığında şifrelenir ve okunduğunda şifresi çözülür.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("tr-tr", "Veriler okunurken şifrelenir ve yazılırken şifresi çözülür.", &["encrypt-on-read", "decrypt-on-write"]),
    ("tr-tr", "Bekleyen verilerin şifrelenmesi varsayılan olarak etkindir.", &["encrypts-at-rest"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarlar bu katmanda desteklenmemektedir.", &["supports-cmk!"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları uygulamalarınızı değiştirmeden kullanabilirsiniz.", &["supports-cmk"]),
    ("tr-tr", "Müşteri tarafından yönetilen anahtarları bu katmanda kullanamazsınız.", &["supports-cmk!"]),
    ("tr-tr", "Anahtarı iptal ederseniz verilere artık erişilemez.", &["revocation-blocks-access"]),
    ("tr-tr", "Bir kullanıcının rolünü istediğiniz zaman iptal edebilirsiniz.", &["-key-operations", "-revocation-blocks-access"]),
    ("ru-ru", "Данные шифруются при записи на диск и расшифровываются при их чтении.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ru-ru", "Неактивные данные шифруются по умолчанию.", &["encrypts-at-rest"]),
    ("ru-ru", "Хранящиеся данные шифруются с помощью ключей, управляемых корпорацией Майкрософт.", &["encrypts-at-rest", "default-platform-keys"]),
    ("ru-ru", "Ключи, управляемые клиентом, не поддерживаются на этом уровне.", &["supports-cmk!"]),
    ("ru-ru", "Если отозвать ключ, данные станут недоступны.", &["revocation-blocks-access"]),
    ("ru-ru", "Вы можете в любое время отозвать роль пользователя.", &["-key-operations", "-revocation-blocks-access"]),
    ("ru-ru", "Данные шифруются при чтении и расшифровываются при сохранении.", &["encrypt-on-read", "decrypt-on-write"]),
    ("ja-jp", "データはディスクに書き込まれるときに暗号化され、読み取られるときに復号化されます。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ja-jp", "データは読み取り時に暗号化され、書き込み時に暗号化解除されます。", &["encrypt-on-read", "decrypt-on-write"]),
    ("ja-jp", "保存データの暗号化は既定で有効になっています。", &["encrypts-at-rest"]),
    ("ja-jp", "保存されたデータは Microsoft マネージド キーで暗号化されます。", &["encrypts-at-rest", "default-platform-keys"]),
    ("ja-jp", "このレベルでは、カスタマー マネージド キーはサポートされていません。", &["supports-cmk!"]),
    ("ja-jp", "キーを取り消すと、データにアクセスできなくなります。", &["revocation-blocks-access"]),
    ("ja-jp", "ユーザーのロールはいつでも取り消すことができます。", &["-key-operations", "-revocation-blocks-access"]),
    ("ko-kr", "데이터는 디스크에 쓸 때 암호화되고 읽을 때 암호 해독됩니다.", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("ko-kr", "데이터는 읽을 때 암호화되고 쓸 때 복호화됩니다.", &["encrypt-on-read", "decrypt-on-write"]),
    ("ko-kr", "미사용 데이터 암호화는 기본적으로 사용하도록 설정되어 있습니다.", &["encrypts-at-rest"]),
    ("ko-kr", "이 계층에서는 고객 관리형 키가 지원되지 않습니다.", &["supports-cmk!"]),
    ("ko-kr", "키를 해지하면 데이터에 액세스할 수 없게 됩니다.", &["revocation-blocks-access"]),
    ("ko-kr", "언제든지 사용자의 역할을 취소할 수 있습니다.", &["-key-operations", "-revocation-blocks-access"]),
    ("ko-kr", "고객 관리형 키를 사용하려면 새 IoT 허브를 만들어야 합니다.", &["requires-new-resource", "supports-cmk"]),
    ("zh-cn", "数据在写入磁盘时加密，在读取时解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("zh-cn", "数据在读取时加密，在写入时解密。", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-cn", "默认情况下启用静态数据加密。", &["encrypts-at-rest"]),
    ("zh-cn", "存储的数据使用 Microsoft 托管的密钥进行加密。", &["encrypts-at-rest", "default-platform-keys"]),
    ("zh-cn", "此层级不支持客户管理的密钥。", &["supports-cmk!"]),
    ("zh-cn", "如果吊销密钥，将无法访问数据。", &["revocation-blocks-access"]),
    ("zh-cn", "你可以随时撤销用户的角色。", &["-key-operations", "-revocation-blocks-access"]),
    ("zh-tw", "資料在寫入磁碟時加密，在讀取時解密。", &["encrypt-on-write", "decrypt-on-read", "-encrypt-on-read"]),
    ("zh-tw", "資料在讀取時加密，在寫入時解密。", &["encrypt-on-read", "decrypt-on-write"]),
    ("zh-tw", "待用資料加密預設為啟用。", &["encrypts-at-rest"]),
    ("zh-tw", "此層級不支援客戶管理的金鑰。", &["supports-cmk!"]),
    ("zh-tw", "如果撤銷金鑰，將無法存取資料。", &["revocation-blocks-access"]),
    ("zh-tw", "您可以隨時撤銷使用者的角色。", &["-key-operations", "-revocation-blocks-access"]),
    ("zh-tw", "儲存的資料會使用 Microsoft 管理的金鑰加密。", &["encrypts-at-rest", "default-platform-keys"]),
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
