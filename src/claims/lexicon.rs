//! Lexicons: per-locale vocabularies of *concepts* (phrases and stems), and the shared
//! rules that turn concepts found in one sentence into claims.
//!
//! A lexicon file (`lexicons/<locale>.toml`) is data only:
//!
//! ```toml
//! locale = "fr-fr"
//! script = "spaced"            # or "unspaced" (Chinese, Japanese): substring matching
//! abbreviations = ["p. ex."]    # a `.` after these does not end a sentence
//! verdict_column = ["pris en charge"]  # whole table cells: a feature table's
//! verdict_no = ["faux", "non"]         # verdict header and the values that deny
//!
//! [concepts]
//! encrypt = ["chiffrement*", "chiffrer", "chiffré*"]
//! key = ["clé", "clés", "clé* de chiffrement"]
//! ```
//!
//! Phrase syntax (spaced scripts): the phrase is folded (see [`super::normalize`]) and cut
//! into words like the text; each phrase word matches one whole text word, in sequence
//! (`no` does not match `none`). A trailing `*` marks a stem: the word matches the start
//! of a text word (`chiffrement*` matches `chiffrements`); a leading `*` lets the first
//! word start inside a text word (`*verschlüssel*` matches
//! `Standardplattformverschlüsselung`, `*schlüssel` a compound that ends in it). Unspaced
//! scripts match the folded phrase, white space removed, as a substring. When two concepts
//! match and one match lies strictly inside the other, the longer wins (`key vault` hides
//! `key`, `暗号化解除` hides `暗号化`), so words that contain other words need no
//! exclusions; a leading `^` asks the phrase to open a clause: nothing but a mark of
//! punctuation stands before it in the sentence (en "^create" is the imperative of "After
//! approval, create a new resource", not "you can create a new resource"); in unspaced
//! scripts `...` lets up to [`GAP_CHARS`] characters stand
//! between two parts of a phrase (but no negation cue: ko "Microsoft가 아닌 고객이 키를 관리",
//! the customer and not Microsoft manages the keys, is not "Microsoft가...키를 관리");
//! in spaced scripts up to [`GAP_WORDS`] words (no negation cue, and no clause word:
//! "snapshots ... are automatically encrypted" holds the words that qualify the
//! snapshots, "snapshots created after June 9, 2017", not a clause of their own), and
//! such a match stands beside the words inside it as an attributive form does: it hides
//! none of them and no match hides it;
//! a match that starts or ends inside a `mask` match (a longer word the
//! lexicon knows, such as `주문` around `문의`) is dropped too.
//!
//! Canonical form (kept by tests): `[concepts]` keys sorted, every list sorted, NFC.

use super::ClaimId;
use super::Polarity;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The shared rules (concepts -> claims), one file for every locale.
pub const RULES: &str = include_str!("rules.toml");

/// Concept names with a special role in the engine (all others are read by rules).
pub const NEGATION: &str = "not";
/// The key store the customer's keys live in (Key Vault, Managed HSM): a link to its
/// documentation is no other service's.
pub const KEY_STORE: &str = "key-vault";
/// The verdict of a table row, in its other cells: what the first cell names is required
/// or enabled ("| Purge protection | Must be enabled |"), or not ("| Purge protection |
/// Optional |").
pub const ROW_YES: &[&str] = &["require", "support"];
pub const ROW_NO: &[&str] = &[NEGATION, "optional"];
/// Words that separate clauses (conjunctions), in addition to `,;:()`. Not the sentence
/// adverbs ("however", de "jedoch", pl "jednak", fr "donc"): inside a clause they open
/// none ("Die Verschlüsselung ist jedoch nicht transparent" is one denial), and where
/// they do open one, punctuation stands before them.
pub const CLAUSE: &str = "clause";
/// The clause words that coordinate ("and", "or"): between two words of no concept
/// they may join two noun phrases ("encrypt the OS disks *and* the data disks with
/// customer-managed keys"), and then part no clause for a rule's `same_clause`.
pub const COORDINATION: &str = "coordination";
/// Relative pronouns ("a key *that* is stored", de "ein Schlüssel, *der* … gespeichert
/// wird", fr "une clé *qui* est stockée"): a moment in a relative clause of a key says
/// when the key is stored, not the data, and pairs with no action before the key.
/// Languages that put relative clauses before their noun (ja, ko, zh, tr) have none.
pub const RELATIVE: &str = "relative";
/// A part of the data that is not the service's data as a whole (logs, metadata, backups):
/// it narrows a negation (rules.toml `negation_narrowed_by`), and its words are nouns: they
/// separate an action from its moment as any other word does, and join a noun phrase over
/// "and" as plain words do ("database files and backups").
pub const SUBSET: &str = "subset";
/// Secrets, connection strings and certificates: no key of encryption (rules.toml), and,
/// as the subset's words, nouns that separate an action from its moment (ko "암호 해독에
/// 사용되는 인증서와 … 액세스할 때": the certificate used for decryption, then when
/// something is accessed).
pub const SECRET: &str = "secret";
/// The concept of what traffic goes over or through (en "over", fr "par", zh "通过"),
/// read by the transit rule only: its words are prepositions, which separate an action
/// from its moment as any other word does.
pub const OVER: &str = "over";
/// The words that tell a resource's age: coordinated, they qualify one noun ("new and
/// existing accounts", sv "både nya och befintliga resurser"), and join it over "and" as
/// plain words do.
pub const AGES: [&str; 2] = ["new", EXISTING];
/// The key vault's two protections: nouns, coordinated as one ("soft delete and purge
/// protection", de "vorläufiges Löschen und Löschschutz"), which part no clause of the
/// requirement they are the subject of (de "müssen vorläufiges Löschen und Löschschutz
/// nicht aktiviert sein": neither needs to be turned on).
pub const VAULT_PROTECTIONS: [&str; 2] = ["soft-delete", "purge-protection"];
/// The words that narrow a statement to a case ("if", "when", "classic"): a question that
/// holds one, or an [`EXISTING`] word ("What happens if I revoke access to the key?"), asks
/// about that case, and the sentence that answers it states what happens then.
pub const RESTRICTION: &str = "restriction";
/// The resources that exist already ("existing", "current"): a case, as a [`RESTRICTION`]
/// is, which narrows a negation by itself (rules.toml `negation_narrowed_by`).
pub const EXISTING: &str = "existing";
/// A key of no particular role ("key", fr "clé"): what a key noun of a concept the page
/// has redefined still names (see `Extractor::sentence_hits`).
pub const KEY: &str = "key";
/// The concepts that name a key, the antecedent of a [`RELATIVE`] clause.
pub const KEY_NOUNS: &[&str] = &[
    "cmk",
    "content-key",
    "data-key",
    "encryption-key",
    "kek",
    KEY,
    "new-key",
    "own-key",
    "platform-key",
    "secret",
];
/// The keys named by their role in a key hierarchy (the key that wraps, the key that
/// encrypts the data): in a sentence that names an abbreviation the page spells out as
/// another key, they are that key's ("A column master key (CMK) is a key-protecting key
/// that encrypts one or more column encryption keys").
pub const KEY_ROLES: &[&str] = &["content-key", "data-key", "encryption-key", "kek"];
/// Concepts that, in the words an abbreviation spells out, may stand for a loose
/// translation of the abbreviation's own concept (cs "používání klíčů šifrovací klíč
/// (KEK)" for the key encryption key): a sentence that spells the abbreviation out with
/// one of them has not defined it as something else.
pub const LOOSE_DEFINITIONS: &[&str] = &["decrypt", "encrypt", "encryption-key"];
/// Concepts whose phrases hold a negation of their own (en "can't access", nl "niet
/// beschikbaar", zh 無法使用, "cannot use"): the negation inside one stands beside it,
/// to govern the words of rules that do not read the concept (zh 您無法使用自己的金鑰來加密:
/// you can't use your own key to encrypt), and is part of the word for rules that do.
pub const DENYING: &[&str] = &["blocks-access"];
/// Concepts whose gapped phrases hold a list of the things they name: a coordinating word
/// in a gap of one, with no comma, joins the list's items and parts no clause (de "müssen
/// weder Ihre Anwendungen noch Ihre SMB- und NFS-Clients ändern", you need to change
/// neither your applications nor your SMB and NFS clients).
pub const LISTING: &[&str] = &["no-change"];
/// The moments an action happens at, read and write: in unspaced scripts a gapped moment
/// phrase holds no other moment in its gap (zh-cn "查询...时", when querying, around
/// "查询文本写入你的帐户时": when the query text is written to your account). The moment
/// inside is the clause's own verb.
pub const MOMENTS: &[&str] = &["read", "read-back", "write"];
/// Concepts whose gapped phrases open with a verb that takes a negation right after it in
/// some languages (fr "ne *bloque pas* les opérations de lecture", de "blockiert nicht den
/// Zugriff"): a negation that opens the gap after the verb is the verb's own. The match
/// stands, and so does the negation beside it, which denies it. Other phrases that open
/// with a noun keep no negation in a gap (pl "ruch nie jest szyfrowany").
pub const VERB_FIRST: &[&str] = &["loses-access"];
/// Phrases that only hide shorter matches inside them (e.g. `not only`).
pub const MASK: &str = "mask";
/// Attributive forms of the actions ("an *encrypted* blob", de "eines *verschlüsselten*
/// Blobs", hu "*titkosított* blob", ko "*암호화된* Blob"): an action word inside one names
/// what a thing is, not what happens to it when it is read or written, so it pairs with
/// no moment ("when reading an encrypted blob" is no encryption on read). Such a match
/// hides no other and is hidden by none.
pub const ATTRIBUTIVE: &str = "attributive";
/// Concepts that, like [`ATTRIBUTIVE`], hide no other match and are hidden by none: the
/// imperative of creation (en "^create", de "erstellen Sie") says how a creation is
/// asked for, and the creation is still the key operation it names ("Create, rotate,
/// disable, or revoke your keys"); the verbs of using (`use`) are verbs of support too
/// (de "verwendet" holds the stem `verwend*`), and read as such by the rules of support;
/// the kind of a managed identity (`identity-kind`, "system-assigned") is a word of the
/// identity's own name too ("a system-assigned identity"); the use of a thing for a
/// purpose (`purpose-use`, "used to", es "se usa para") stands beside the verbs of using
/// and of the purpose.
pub const BESIDE: &[&str] = &["create-imperative", "identity-kind", PURPOSE_USE, "use"];
/// The use of a thing for a purpose ("used to", es "se usa para"): denied, it denies that
/// the thing serves the purpose, not the purpose (rules.toml `negation_taken_by`).
pub const PURPOSE_USE: &str = "purpose-use";
/// Words that deny the noun before them in favour of the one after (ko "Microsoft가
/// *아닌* 고객이": the customer, not Microsoft): in a gap of a [`Phrase::Gapped`] they,
/// like a negation, part its pieces; right after a rule's anchor they set it aside (ko
/// "Microsoft 관리형 키가 *아닌* 고객 관리형 키": customer-managed keys, not
/// Microsoft-managed ones, states no default keys). Not a negation: as one, the cue
/// would deny customer-managed keys too.
pub const INSTEAD: &str = "instead";
/// Words that deny the noun after them in favour of the one before (zh "客户管理的密钥
/// *而非* Microsoft 管理的密钥": customer-managed keys rather than Microsoft-managed ones):
/// as [`INSTEAD`], in the other direction.
pub const INSTEAD_OF: &str = "instead-of";
/// Words that give a reason ("because", fr "car", de "weil", ja "ので"): the clause of the
/// reason is a statement of its own, and what narrows the statement on one side of them
/// narrows no negation on the other ("create a new resource in the S1 tier, because CMK
/// can't be turned on for a resource that existed before": the tier narrows nothing of
/// the denial).
pub const BECAUSE: &str = "because";
/// Value concepts: `tier.<name>` (pricing tiers), `op.<operation>` (key operations).
pub const TIER_PREFIX: &str = "tier.";
pub const OP_PREFIX: &str = "op.";
/// The disabling operation: a negation that denies it keeps a thing on ("encryption can't
/// be disabled" is no denial of the encryption).
pub const DISABLE: &str = "op.disable";
/// The object of key operations when it is access controls rather than keys.
pub const ACCESS_CONTROL: &str = "access-control";
/// Unit phrase of request durations (`business days`), read by `value = "duration"`.
pub const BUSINESS_DAYS: &str = "business-days";
/// The moment as a participle of the data it describes ("data *written* to disk is
/// encrypted", fr "les données *écrites* sur le disque sont chiffrées", ru "данные,
/// *записываемые* на диск, шифруются", fr "les données *lues* sont déchiffrées"): it
/// stands before its action at the distance of `reach.participle_first`, across
/// punctuation (not across clause words).
pub const PARTICIPLES: [&str; 2] = ["read-participle", "write-participle"];

/// Raw lexicon file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    pub locale: String,
    pub script: Script,
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Other locale tags this lexicon serves when they have none of their own.
    #[serde(default)]
    pub also: Vec<String>,
    /// Words a moment may stand before its action in this language, when it differs
    /// from the rules' `reach.pair_moment_first` (verb-final clauses: "beim Schreiben in
    /// den Speicher verschlüsselt").
    #[serde(default)]
    pub moment_first_words: Option<usize>,
    /// Every clause ends with its verb (tr): a moment clause heads the verb that ends
    /// the sentence, however many words stand between them (tr "Görüntüler kayıt
    /// defterinden okunduğunda Azure, içeriği … bekleme durumunda otomatik olarak
    /// şifreler": encrypts when the images are read). A comma after a sentence's first word
    /// or two (its subject or an adverb set apart, tr "Şifreleme, … saydam değildir") parts
    /// no clause for a rule's `same_clause` either.
    #[serde(default)]
    pub verb_final: bool,
    /// Particles that mark a topic before a comma (ja "二重暗号化は、…使用できません"):
    /// the topic's predicate ends the sentence, so that comma parts no clause for a rule's
    /// `same_clause`.
    #[serde(default)]
    pub topic_marks: Vec<String>,
    /// Words that open a clause after a comma and complete the condition before it (zh
    /// "只有在建立新的工作區時，才能開啟…": only when a new workspace is created, *then* can
    /// it be turned on): the condition and what it allows are one clause, so that comma
    /// parts no clause for a rule's `same_clause`.
    #[serde(default)]
    pub correlatives: Vec<String>,
    /// The words for "service" that a product's name stands beside ("the Face service",
    /// cs "služby Face", zh "Face 服务"): a name so placed is a service's even without
    /// `Azure` before it. `...` marks the name's side (`... service`, `služb* ...`), a
    /// trailing `*` a stem ([`ServiceNoun`]).
    #[serde(default)]
    pub service_nouns: Vec<String>,
    /// The header of a feature table's verdict column ("Supported") and the values of
    /// that column that deny the feature ("False", "No"): whole table cells, not
    /// phrases of prose (see `Extractor::feature_verdicts`).
    #[serde(default)]
    pub verdict_column: Vec<String>,
    #[serde(default)]
    pub verdict_no: Vec<String>,
    pub concepts: BTreeMap<String, Vec<String>>,
}

/// How words are delimited in a locale's script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Script {
    /// Words separated by spaces: phrases match word starts.
    Spaced,
    /// No spaces between words (Chinese, Japanese): phrases match as substrings.
    Unspaced,
}

/// Raw rules file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    /// Concepts that make a sentence about encryption or keys; see [`Rules::topic`].
    pub topic: Vec<String>,
    /// Concepts that narrow any negation to a place, condition, subset or moment.
    pub negation_narrowed_by: Vec<String>,
    /// Concepts that take a negation for themselves; see [`Rules::negation_taken_by`].
    #[serde(default)]
    pub negation_taken_by: Vec<String>,
    /// Concepts that make a sentence state no claim (plans for the future).
    #[serde(default)]
    pub unstated: Vec<String>,
    /// Concepts that point the reader elsewhere; see [`Rules::pointer`].
    #[serde(default)]
    pub pointer: Vec<String>,
    /// Concepts whose abbreviations stand for other things too (`CMK`: the column master
    /// key); see [`Rules::ambiguous`].
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Concepts of encryption done outside the service; see [`Rules::outside`].
    #[serde(default)]
    pub outside: Vec<String>,
    /// Concepts of the service's own side; see [`Rules::inside`].
    #[serde(default)]
    pub inside: Vec<String>,
    pub reach: Reach,
    pub rule: Vec<Rule>,
}

/// How far apart two matches may be and still belong together: words between them in
/// spaced scripts, characters between them in unspaced ones.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    /// A negation and the predicate after it.
    pub negation: Distance,
    /// A predicate and the negation after it.
    pub negation_after: Distance,
    /// An action (encrypt, decrypt) and the moment (read, write) after it.
    pub pair: Distance,
    /// A moment and the action after it.
    pub pair_moment_first: Distance,
    /// A participle moment (see [`PARTICIPLES`]) and the action after it.
    pub participle_first: Distance,
    /// A moment in a clause without an action, and the action that far into the next
    /// clause ("when the data is read, the service decrypts it").
    pub clause_first: Distance,
    /// A concept and the object it names (`OCS-protected keys` vs `customer-managed keys`).
    pub object: Distance,
    /// A phrase that holds its own negation (see [`DENYING`]) and the word it denies.
    pub fused: Distance,
}

/// A distance per script.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distance {
    pub words: usize,
    pub chars: usize,
}

/// The compiled rules file.
#[derive(Clone, Debug)]
pub struct Rules {
    pub rules: Vec<CompiledRule>,
    /// A sentence yields claims only when one of these concepts occurs in it, in the
    /// sentence before it (same section) or in its section's heading.
    pub topic: Vec<usize>,
    pub negation_narrowed_by: Vec<usize>,
    /// A negation that governs one of these concepts denies it, not a rule's claim ("you
    /// don't *have to* use customer-managed keys" denies a requirement, not their
    /// support): a rule whose groups lack the concept then yields no claim.
    pub negation_taken_by: Vec<usize>,
    /// A sentence in which one of these concepts occurs yields no claim.
    pub unstated: Vec<usize>,
    /// A sentence in which one of these concepts occurs outside parentheses only points
    /// the reader elsewhere ("for more information, see ..."): it yields no claim.
    pub pointer: Vec<usize>,
    /// Where a page spells an abbreviation of one of these concepts out as something else
    /// (`column master key (CMK)`) and never names the concept in full, the abbreviation
    /// is not the concept on that page.
    pub ambiguous: Vec<usize>,
    /// A heading that names one of these concepts (client-side encryption, which the
    /// client library does before upload) opens a section about encryption done outside
    /// the service: its sentences, the heading's own included, say nothing of how the
    /// service protects data.
    pub outside: Vec<usize>,
    /// A sentence in such a section that names one of these (the service side: "Azure
    /// Storage always encrypts your data at rest on the service side") speaks of the
    /// service again.
    pub inside: Vec<usize>,
    pub reach: Reach,
}

/// One rule: the claim holds in a sentence when, for every group of `all`, one of its
/// concepts occurs, and no concept of `none` occurs. `pair` rules instead pair an
/// action (encrypt/decrypt) with the moment (read/write) of its own clause.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub claim: String,
    #[serde(default)]
    pub all: Vec<Vec<String>>,
    #[serde(default)]
    pub none: Vec<String>,
    #[serde(default)]
    pub pair: Vec<Vec<String>>,
    #[serde(default = "asserted")]
    pub polarity: String,
    /// Whether a negation cue in the clause of the first group flips the polarity.
    #[serde(default = "yes")]
    pub negatable: bool,
    /// Whether a negation that governs the first group (either side of a pair) leaves
    /// the sentence stating nothing, rather than the claim either way.
    #[serde(default)]
    pub negation_states_nothing: bool,
    /// Whether the rule states its claim only when a negation governs its first group
    /// (then always negated): a denied requirement ("you don't need a new service to use
    /// customer-managed keys"). A concept of its own groups narrows no such negation.
    #[serde(default)]
    pub negation_required: bool,
    /// Whether the sentence must name its topic (encryption or keys) itself, rather than
    /// take it from its context: for claims whose words are as often said of other
    /// things ("resources managed by Microsoft").
    #[serde(default)]
    pub own_topic: bool,
    /// Whether the sentence must name no other service: for claims about the resource a
    /// service creates, which a sentence naming another service says of that one ("for
    /// Azure Container Registry, customer-managed keys can be enabled only when you create
    /// the registry", on a page of Container Apps).
    #[serde(default)]
    pub own_service: bool,
    /// With `own_service`: only a sentence whose subject is another service (named in its
    /// opening, before any phrase of the lexicon) says the claim of that one ("Azure
    /// Storage itself uses 256-bit AES encryption", on a page of Event Hubs); one named
    /// later is what or where the sentence's subject uses ("PostgreSQL encrypts all data
    /// at rest by using Azure Storage encryption with 256-bit AES"; "Configuration data
    /// is encrypted with 256-bit AES by the underlying Azure Storage platform").
    #[serde(default)]
    pub own_subject: bool,
    /// `tiers`, `operations` or `duration`: the claim carries a value and needs one.
    #[serde(default)]
    pub value: Option<ValueKind>,
    /// Concepts that, next to a negation, narrow it to a circumstance ("not possible *at
    /// the time the resource is created*"): the sentence then denies nothing in general,
    /// and the rule yields no claim rather than a negated one.
    #[serde(default)]
    pub negation_narrowed_by: Vec<String>,
    /// Concepts that name another object of the claim's kind when they stand apart from
    /// the rule's last group ("does not support *OCS-protected keys*" is no denial of
    /// customer-managed keys): a negation is then narrowed to that object.
    #[serde(default)]
    pub negation_narrowed_by_other: Vec<String>,
    /// Concepts of the shared `negation_narrowed_by` that narrow no negation of this rule,
    /// because they say what the claim itself says: "customer-managed keys can't be added
    /// to an existing cluster *after it is created*; a *new* cluster is needed" states
    /// that a new resource is required, not a denial limited to a moment.
    #[serde(default)]
    pub negation_unnarrowed_by: Vec<String>,
    /// Concepts that, named after a narrowing concept in its clause, make it the claim's own
    /// precondition, which narrows nothing: double encryption is the layer that
    /// customer-managed keys add, so "when customer-managed keys are configured, no double
    /// encryption is provided" denies it in general.
    #[serde(default)]
    pub negation_unnarrowed_with: Vec<String>,
    /// Whether a negation denies the claim only where it governs the first group in a
    /// clause that holds every other group too: "This article describes how that data is
    /// protected in transit and at rest, ... and which encryption options the service
    /// doesn't support" denies the options, not the encryption in transit.
    #[serde(default)]
    pub negation_with_objects: bool,
    /// Read over the items of one list together, and only there: a list that names the
    /// key operations item by item ("- Create or import the key. - Rotate the key. -
    /// Disable or revoke the key.").
    #[serde(default)]
    pub list: bool,
    /// Whether a heading states the claim (default true): false for claims that a
    /// section's title names as its task, not as a statement ("## Rotate, revoke, or
    /// disable your key" heads the steps; it says nothing of what the customer controls).
    #[serde(default = "yes")]
    pub heading: bool,
    /// Concepts that, standing before every occurrence of the rule's first group, say
    /// the first group is said of something else: traffic a proxy decrypts and then
    /// encrypts again (with its own certificate) is re-encrypted by an intermediary, not
    /// encrypted in transit by the service.
    #[serde(default)]
    pub none_before: Vec<String>,
    /// Concepts that, standing after the first occurrence of the rule's first group, offer
    /// an alternative to it: "create a new vault or use an existing one" asks for no new
    /// resource.
    #[serde(default)]
    pub none_after: Vec<String>,
    /// Concepts that, in the clause of every occurrence of the rule's last group (or
    /// inside its match, or right before it: the noun a participle after a comma
    /// qualifies), say the claim is not of it ("when passing *plaintext* to the server in
    /// transit": what travels is not encrypted); elsewhere in the sentence they say
    /// nothing of it.
    #[serde(default)]
    pub none_in_clause: Vec<String>,
    /// As `none_in_clause`, but only ahead of the end of the last group's occurrence in
    /// its clause (its subject: "the *keys* stored in the vault are encrypted"); after it
    /// they name what the claim's object is encrypted with ("the data stored in the
    /// account is encrypted using Microsoft-managed *keys*").
    #[serde(default)]
    pub none_ahead_in_clause: Vec<String>,
    /// Concepts that, right after the first of the rule's last group and ending the
    /// clause, take it as their object in a verb-final clause (de "wenn Ihre Richtlinien
    /// kundenseitig verwaltete Schlüssel vorschreiben"): as `none_ahead_in_clause` does
    /// before it.
    #[serde(default)]
    pub none_after_in_clause: Vec<String>,
    /// Concepts right before every occurrence of the rule's last group (at most one word
    /// between, in its clause) that make it the agent of the action, not its object:
    /// "Blob Storage is protected *by* the account encryption key" wraps no data key.
    #[serde(default)]
    pub none_right_before: Vec<String>,
    /// Whether the groups of `all` must all occur in one clause ("you can encrypt the
    /// data with customer-managed keys", not "pages mention customer-managed keys *or*
    /// encryption").
    #[serde(default)]
    pub same_clause: bool,
    /// How many leading groups of `all` must occur in one clause, the others anywhere in
    /// the sentence (2: "the service encrypts *the DEK* with your key, *which stays in Key
    /// Vault*": the data key and its encryption in one clause, the vault in another; not
    /// "open the *Disk encryption keys* page, select Customer managed as the *encryption*
    /// type", a page's name and a setting); 0 or 1: none.
    #[serde(default)]
    pub same_clause_first: usize,
    /// Whether the first group's concepts count only where the sentence writes them as
    /// names: with a capital letter, not as its first word, in a script with case (or in
    /// capitals, or with a digit). A tier's name that is also a common word ("Event Hubs
    /// *Dedicated*", not "a *dedicated* cluster", "a *dedicated* HSM").
    #[serde(default)]
    pub names_written: bool,
    /// Groups of concepts that must occur in this order in the sentence, each after the
    /// one before ("the Microsoft-managed key is *in turn* encrypted with your
    /// *customer-managed key*": the key that comes first is the one encrypted in turn,
    /// whether the clause names it again or with a pronoun, es "pero esta, a su vez, se
    /// cifra con la clave administrada por el cliente").
    #[serde(default)]
    pub order: Vec<Vec<String>>,
    /// Concepts that a negation denies in a clause of their own, apart from the rule's
    /// first group ("SSE *does not* provide security for data *in transit*, but it
    /// encrypts the data as it is written"): when every occurrence is so denied, the
    /// sentence says the claim's object is not there, and the rule yields no claim.
    #[serde(default)]
    pub denied_apart: Vec<String>,
    /// Concepts that a negation denies in a clause after every occurrence of the rule's
    /// first group ("always uses Microsoft-managed keys, so you can't bring your own
    /// key"): when every occurrence is so denied, the first group took another object,
    /// and the rule yields no claim.
    #[serde(default)]
    pub denied_after: Vec<String>,
    /// Concepts of which one must occur in the sentence or the context it takes its
    /// topic from (heading, sentence before): claims that only pages about
    /// customer-managed keys make ("this capability requires a new hub").
    #[serde(default)]
    pub context: Vec<String>,
    /// Concepts whose occurrence in the sentence or the context it takes its topic from
    /// says the sentence is about another feature ("Infrastructure double encryption adds
    /// a second layer ... You can enable it only when you create a server": the creation
    /// is double encryption's, not the customer-managed keys').
    #[serde(default)]
    pub none_in_context: Vec<String>,
    /// Concepts that name a service of their own (the key store: "Managed HSM uses FIPS
    /// 140-2 Level 3 validated HSMs"): a sentence that names one states the rule's claim
    /// only on a page whose `ms.service` / `ms.subservice` name it too.
    #[serde(default)]
    pub unless_page_service: Vec<String>,
    /// Concepts of which one must occur in the sentence or the context it takes its
    /// topic from, besides `context`: the customer's key is a key that encrypts data
    /// ("bring your own key" to a vault, importing a key into it, is key management).
    #[serde(default)]
    pub purpose: Vec<String>,
    /// Concepts that, named anywhere in the page's prose, stand for `purpose`: a page
    /// about customer-managed keys, named as such, is about keys that encrypt data.
    #[serde(default)]
    pub purpose_on_page: Vec<String>,
    /// Concepts of which one must occur somewhere in the page's prose: claims that only
    /// pages about customer-managed keys make, in sentences that need not name them
    /// ("if you disable the key, the service can no longer access the data" is no such
    /// claim on a page about storage account access keys).
    #[serde(default)]
    pub page: Vec<String>,
}

fn asserted() -> String {
    "asserted".into()
}
fn yes() -> bool {
    true
}

/// How a claim's value is read from a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// `tier.*` concepts, sorted comma list (`basic,standard`).
    Tiers,
    /// At least three distinct `op.*` concepts, sorted comma list, `:access-controls`
    /// when an `access-control` concept occurs.
    Operations,
    /// Number or range just before a `business-days` match: `3-5d`.
    Duration,
}

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct CompiledRule {
    pub claim: ClaimId,
    pub polarity: Polarity,
    pub negatable: bool,
    pub negation_states_nothing: bool,
    pub own_topic: bool,
    pub own_service: bool,
    pub own_subject: bool,
    pub negation_required: bool,
    pub negation_narrowed_by: Vec<usize>,
    pub negation_narrowed_by_other: Vec<usize>,
    pub negation_unnarrowed_by: Vec<usize>,
    pub negation_unnarrowed_with: Vec<usize>,
    pub negation_with_objects: bool,
    pub list: bool,
    pub heading: bool,
    pub context: Vec<usize>,
    pub none_in_context: Vec<usize>,
    pub unless_page_service: Vec<usize>,
    pub purpose: Vec<usize>,
    pub purpose_on_page: Vec<usize>,
    pub page: Vec<usize>,
    pub all: Vec<Vec<usize>>,
    pub none: Vec<usize>,
    pub none_before: Vec<usize>,
    pub none_after: Vec<usize>,
    pub none_in_clause: Vec<usize>,
    pub none_ahead_in_clause: Vec<usize>,
    pub none_after_in_clause: Vec<usize>,
    pub none_right_before: Vec<usize>,
    pub same_clause: bool,
    pub same_clause_first: usize,
    pub names_written: bool,
    pub order: Vec<Vec<usize>>,
    pub denied_apart: Vec<usize>,
    pub denied_after: Vec<usize>,
    pub pair: Option<(Vec<usize>, Vec<usize>)>,
    pub value: Option<ValueKind>,
}

impl CompiledRule {
    /// The concepts of the rule's groups: every `all` group and both sides of its `pair`.
    pub fn read(&self) -> impl Iterator<Item = &usize> {
        self.all
            .iter()
            .flatten()
            .chain(self.pair.iter().flat_map(|(a, b)| a.iter().chain(b)))
    }
}

/// Concept names, interned.
#[derive(Clone, Debug, Default)]
pub struct Concepts {
    pub names: Vec<String>,
}

impl Concepts {
    pub fn id(&mut self, name: &str) -> usize {
        match self.names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        }
    }
    pub fn get(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

/// Parses the shared rules, interning every concept they use.
pub fn rules(concepts: &mut Concepts) -> Result<Rules, String> {
    let file: RulesFile = toml::from_str(RULES).map_err(|e| e.to_string())?;
    let topic = file.topic.iter().map(|n| concepts.id(n)).collect();
    let negation_narrowed_by = file
        .negation_narrowed_by
        .iter()
        .map(|n| concepts.id(n))
        .collect();
    let negation_taken_by = file
        .negation_taken_by
        .iter()
        .map(|n| concepts.id(n))
        .collect();
    let unstated = file.unstated.iter().map(|n| concepts.id(n)).collect();
    let pointer = file.pointer.iter().map(|n| concepts.id(n)).collect();
    let ambiguous = file.ambiguous.iter().map(|n| concepts.id(n)).collect();
    let outside = file.outside.iter().map(|n| concepts.id(n)).collect();
    let inside = file.inside.iter().map(|n| concepts.id(n)).collect();
    let mut out = Vec::new();
    for r in file.rule {
        let claim =
            ClaimId::parse(&r.claim).ok_or_else(|| format!("unknown claim id `{}`", r.claim))?;
        let polarity = match r.polarity.as_str() {
            "asserted" => Polarity::Asserted,
            "negated" => Polarity::Negated,
            p => return Err(format!("{}: unknown polarity `{p}`", r.claim)),
        };
        let mut ids = |v: &Vec<String>| v.iter().map(|n| concepts.id(n)).collect::<Vec<_>>();
        let all = r.all.iter().map(&mut ids).collect();
        let none = ids(&r.none);
        let pair = match r.pair.as_slice() {
            [] => None,
            [a, b] => Some((ids(a), ids(b))),
            _ => return Err(format!("{}: `pair` needs two groups", r.claim)),
        };
        out.push(CompiledRule {
            claim,
            polarity,
            negatable: r.negatable,
            negation_states_nothing: r.negation_states_nothing,
            own_topic: r.own_topic,
            own_service: r.own_service,
            own_subject: r.own_subject,
            negation_required: r.negation_required,
            negation_narrowed_by: ids(&r.negation_narrowed_by),
            negation_narrowed_by_other: ids(&r.negation_narrowed_by_other),
            negation_unnarrowed_by: ids(&r.negation_unnarrowed_by),
            negation_unnarrowed_with: ids(&r.negation_unnarrowed_with),
            negation_with_objects: r.negation_with_objects,
            list: r.list,
            heading: r.heading,
            context: ids(&r.context),
            none_in_context: ids(&r.none_in_context),
            unless_page_service: ids(&r.unless_page_service),
            purpose: ids(&r.purpose),
            purpose_on_page: ids(&r.purpose_on_page),
            page: ids(&r.page),
            all,
            none,
            none_before: ids(&r.none_before),
            none_after: ids(&r.none_after),
            none_in_clause: ids(&r.none_in_clause),
            none_ahead_in_clause: ids(&r.none_ahead_in_clause),
            none_after_in_clause: ids(&r.none_after_in_clause),
            none_right_before: ids(&r.none_right_before),
            same_clause: r.same_clause,
            same_clause_first: r.same_clause_first,
            names_written: r.names_written,
            order: r.order.iter().map(&mut ids).collect(),
            denied_apart: ids(&r.denied_apart),
            denied_after: ids(&r.denied_after),
            pair,
            value: r.value,
        });
    }
    Ok(Rules {
        rules: out,
        topic,
        negation_narrowed_by,
        negation_taken_by,
        unstated,
        pointer,
        ambiguous,
        outside,
        inside,
        reach: file.reach,
    })
}

/// A phrase word of a spaced script.
#[derive(Clone, Debug)]
pub struct PhraseWord {
    pub text: String,
    /// Up to [`GAP_WORDS`] text words may stand before this one (`...` in the phrase).
    pub gap_before: bool,
    /// May start inside a text word (first word only): a leading `*`.
    pub infix: bool,
    /// Must end where the text word ends: no trailing `*` (stem marker).
    pub whole: bool,
    /// Opens a clause (first word only): a leading `^`.
    pub opens_clause: bool,
}

/// A compiled phrase.
#[derive(Clone, Debug)]
pub enum Phrase {
    Words(Vec<PhraseWord>),
    Substring(String),
    /// Unspaced scripts: a substring that opens a clause (a leading `^`: zh "^创建", the
    /// imperative of a step, not "若要…创建", inside a clause of purpose).
    Opening(String),
    /// Unspaced scripts: substrings in order, at most [`GAP_CHARS`] characters apart
    /// (`...` in the phrase: ko "Microsoft가...키를 관리" matches "Microsoft가 테넌트 키를
    /// 관리", the object standing between subject and verb).
    Gapped(Vec<String>),
}

/// How many characters may stand between the parts of a [`Phrase::Gapped`] (a name in
/// Latin letters counting as one).
pub const GAP_CHARS: usize = 8;
/// How many words may stand at a `...` of a spaced script's phrase: a subject and the
/// words that qualify it, "images created after June 9, 2017", es "imágenes
/// administradas creadas después del 9 de junio de 2017".
pub const GAP_WORDS: usize = 10;

/// A lexicon ready to match: phrases per concept id.
#[derive(Clone, Debug)]
pub struct Lexicon {
    pub locale: String,
    pub script: Script,
    pub abbreviations: Vec<String>,
    pub also: Vec<String>,
    pub moment_first_words: Option<usize>,
    pub verb_final: bool,
    pub topic_marks: Vec<String>,
    pub correlatives: Vec<String>,
    /// [`LexiconFile::service_nouns`], read once.
    pub service_nouns: Vec<ServiceNoun>,
    /// [`LexiconFile::verdict_column`] and [`LexiconFile::verdict_no`], folded.
    pub verdict_column: Vec<String>,
    pub verdict_no: Vec<String>,
    /// `(concept id, phrase)`, every phrase of every concept.
    pub phrases: Vec<(usize, Phrase)>,
    /// Unspaced scripts: per phrase (as `phrases`), per part, the byte offsets in the part
    /// where the phrase is written with white space, the word edges it may match across
    /// (see [`Matching::edges`]).
    pub phrase_spaces: Vec<Vec<Vec<usize>>>,
    /// One automaton over the first word of every word phrase and every substring phrase:
    /// a single pass over a sentence finds every place a phrase can start.
    pub starts: AhoCorasick,
    /// Phrase indices (into `phrases`) per pattern of `starts`.
    pub by_start: Vec<Vec<usize>>,
    /// The `mask` concept id: known longer words whose inside is not a match.
    pub mask: Option<usize>,
    /// The `attributive` concept id (see [`ATTRIBUTIVE`]).
    pub attributive: Option<usize>,
    /// The [`BESIDE`] concept ids.
    pub beside: Vec<usize>,
    /// The [`NEGATION`] and [`INSTEAD`] concept ids: no gap of a [`Phrase::Gapped`]
    /// holds either.
    pub negation: Option<usize>,
    /// The [`DENYING`] concept ids.
    pub denying: Vec<usize>,
    pub instead: Option<usize>,
    pub instead_of: Option<usize>,
    /// The [`CLAUSE`] concept id: no gap of a spaced phrase holds one, but for a
    /// [`COORDINATION`] word in a gap of a [`LISTING`] phrase, or one that joins two noun
    /// phrases in a gap holding no other concept (fr "autres types et tailles").
    pub clause: Option<usize>,
    pub coordination: Option<usize>,
    /// The [`LISTING`] concept ids.
    pub listing: Vec<usize>,
    /// The [`VERB_FIRST`] concept ids.
    pub verb_first: Vec<usize>,
    /// The [`KEY_NOUNS`] concept ids.
    pub key_nouns: Vec<usize>,
    /// The [`MOMENTS`] concept ids.
    pub moments: Vec<usize>,
    /// One automaton over the starts (as in `starts`) of the phrases of the scope
    /// concepts (rules.toml `topic` and the rules' `context`): text in which none of them
    /// occurs names no scope concept, whatever its sentences are.
    pub scope_starts: AhoCorasick,
}

impl Lexicon {
    /// Whether a table cell's whole text is one of `words` ([`Lexicon::verdict_column`],
    /// [`Lexicon::verdict_no`]).
    pub fn is_cell(words: &[String], text: &str) -> bool {
        let cell = cell_form(text);
        words.contains(&cell)
    }

    /// Whether a table cell's text is one of `words` or opens with one of them and a
    /// space: a verdict header that names the service ("Supported by Event Grid").
    pub fn opens_cell(words: &[String], text: &str) -> bool {
        let cell = cell_form(text);
        words.iter().any(|w| {
            cell.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    }

    /// Whether some sentence of `text` (raw, as in a segment) may name a scope concept:
    /// false only when no scope phrase can start anywhere in it. Each sentence's
    /// [`matching_text`] is a part of the whole text's, so a phrase a sentence holds is
    /// found here too; one pass, before sentences are split and folded one by one.
    pub fn may_name_scope(&self, text: &str) -> bool {
        self.scope_starts
            .is_match(matching_text(self, text).as_str())
    }
}

/// Where a lexicon came from, for error messages.
pub struct Origin<'a> {
    pub path: &'a Path,
    pub text: &'a str,
}

/// A lexicon problem with its 1-based line (0 when unknown).
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

/// Parses one lexicon file.
pub fn parse(origin: &Origin<'_>) -> Result<LexiconFile, Problem> {
    toml::from_str(origin.text).map_err(|e| Problem {
        path: origin.path.to_path_buf(),
        line: e
            .span()
            .map(|s| {
                let newlines = origin.text.bytes().take(s.start);
                1 + newlines.filter(|&b| b == b'\n').count()
            })
            .unwrap_or(0),
        message: e.message().to_string(),
    })
}

/// Compiles a lexicon file; concepts unknown to the rules are interned too (they can only
/// be reached by the engine's special names). `scope`: the scope concepts, whose phrase
/// starts make [`Lexicon::scope_starts`].
pub fn compile(
    file: LexiconFile,
    concepts: &mut Concepts,
    scope: &BTreeSet<usize>,
) -> Result<Lexicon, String> {
    let mut phrases = Vec::new();
    let mut phrase_spaces = Vec::new();
    for (name, list) in &file.concepts {
        let id = concepts.id(name);
        for p in list {
            if let Some(phrase) = compile_phrase(p, file.script) {
                phrases.push((id, phrase));
                phrase_spaces.push(match file.script {
                    Script::Spaced => Vec::new(),
                    Script::Unspaced => part_spaces(p),
                });
            }
        }
    }
    let mut patterns: Vec<&str> = Vec::new();
    let mut by_start: Vec<Vec<usize>> = Vec::new();
    let mut scope_patterns: BTreeSet<&str> = BTreeSet::new();
    for (i, (concept, phrase)) in phrases.iter().enumerate() {
        let start = match phrase {
            Phrase::Words(pw) => pw[0].text.as_str(),
            Phrase::Substring(sub) | Phrase::Opening(sub) => sub.as_str(),
            Phrase::Gapped(parts) => parts[0].as_str(),
        };
        if scope.contains(concept) {
            scope_patterns.insert(start);
        }
        match patterns.iter().position(|p| *p == start) {
            Some(k) => by_start[k].push(i),
            None => {
                patterns.push(start);
                by_start.push(vec![i]);
            }
        }
    }
    // A DFA is fastest; a huge user lexicon that does not fit one falls back to an NFA.
    let starts = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&patterns)
        .or_else(|_| AhoCorasick::new(&patterns))
        .map_err(|e| format!("lexicon `{}`: too many phrases to match: {e}", file.locale))?;
    let scope_starts = AhoCorasick::new(&scope_patterns)
        .map_err(|e| format!("lexicon `{}`: too many scope phrases: {e}", file.locale))?;
    let mask = concepts.get(MASK);
    let attributive = concepts.get(ATTRIBUTIVE);
    // the ids of a list of concept names (those the lexicon knows)
    let ids = |names: &[&str]| names.iter().filter_map(|n| concepts.get(n)).collect();
    let beside = ids(BESIDE);
    let negation = concepts.get(NEGATION);
    let denying = ids(DENYING);
    let instead = concepts.get(INSTEAD);
    let instead_of = concepts.get(INSTEAD_OF);
    let clause = concepts.get(CLAUSE);
    let coordination = concepts.get(COORDINATION);
    let listing = ids(LISTING);
    let verb_first = ids(VERB_FIRST);
    let key_nouns = ids(KEY_NOUNS);
    let moments = ids(MOMENTS);
    Ok(Lexicon {
        clause,
        coordination,
        listing,
        verb_first,
        key_nouns,
        moments,
        mask,
        attributive,
        beside,
        negation,
        denying,
        instead,
        instead_of,
        scope_starts,
        locale: file.locale,
        script: file.script,
        abbreviations: file.abbreviations,
        also: file.also,
        moment_first_words: file.moment_first_words,
        verb_final: file.verb_final,
        topic_marks: file.topic_marks,
        correlatives: file.correlatives,
        service_nouns: file
            .service_nouns
            .iter()
            .map(|n| ServiceNoun::new(n))
            .collect(),
        verdict_column: file.verdict_column.iter().map(|w| cell_form(w)).collect(),
        verdict_no: file.verdict_no.iter().map(|w| cell_form(w)).collect(),
        phrase_spaces,
        phrases,
        starts,
        by_start,
    })
}

/// A word for "service" and the side a product's name stands on (`... service`: before it;
/// `služb* ...`: after it), in lower case; `stem` when it ends in `*`.
#[derive(Clone, Debug)]
pub struct ServiceNoun {
    pub word: String,
    pub stem: bool,
    pub name_after: bool,
}

impl ServiceNoun {
    fn new(entry: &str) -> ServiceNoun {
        let (word, name_after) = match entry.strip_prefix("...") {
            Some(noun) => (noun.trim(), false),
            None => (entry.trim_end_matches("...").trim(), true),
        };
        ServiceNoun {
            word: word.trim_end_matches('*').to_lowercase(),
            stem: word.ends_with('*'),
            name_after,
        }
    }
}

/// A table cell as [`Lexicon::is_cell`] compares it: folded, its white space collapsed.
fn cell_form(text: &str) -> String {
    super::normalize::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn compile_phrase(p: &str, script: Script) -> Option<Phrase> {
    match script {
        Script::Unspaced => {
            let (anchored, p) = match p.strip_prefix('^') {
                Some(rest) => (true, rest),
                None => (false, p),
            };
            let parts: Vec<String> = p
                .split("...")
                .map(|part| {
                    super::normalize::fold(part)
                        .chars()
                        .filter(|c| !c.is_whitespace() && *c != '*')
                        .collect::<String>()
                })
                .collect();
            if parts.iter().any(String::is_empty) {
                return None;
            }
            match <[String; 1]>::try_from(parts) {
                Ok([s]) if anchored => Some(Phrase::Opening(s)),
                Ok([s]) => Some(Phrase::Substring(s)),
                Err(parts) => Some(Phrase::Gapped(parts)),
            }
        }
        Script::Spaced => {
            let (anchored, p) = match p.strip_prefix('^') {
                Some(rest) => (true, rest),
                None => (false, p),
            };
            let mut words: Vec<PhraseWord> = Vec::new();
            for (k, part) in p.split("...").enumerate() {
                let folded = super::normalize::fold(part);
                let raw = folded
                    .split(|c: char| !(crate::text::is_letter_or_digit(c) || c == '*'))
                    .filter(|w| !w.trim_matches('*').is_empty());
                let first = words.len();
                for w in raw {
                    words.push(PhraseWord {
                        text: w.trim_matches('*').to_string(),
                        gap_before: k > 0 && words.len() == first,
                        infix: words.is_empty() && w.starts_with('*'),
                        whole: !w.ends_with('*'),
                        opens_clause: anchored && words.is_empty(),
                    });
                }
                if k > 0 && words.len() == first {
                    return None;
                }
            }
            (!words.is_empty()).then_some(Phrase::Words(words))
        }
    }
}

/// Per part of an unspaced phrase (parts are cut at `...`), the byte offsets in the part,
/// as [`compile_phrase`] writes it, where the phrase has white space.
fn part_spaces(p: &str) -> Vec<Vec<usize>> {
    p.trim_start_matches('^')
        .split("...")
        .map(|part| {
            let mut len = 0;
            let mut spaces = Vec::new();
            for c in super::normalize::fold(part).chars() {
                if c.is_whitespace() {
                    if len > 0 && spaces.last() != Some(&len) {
                        spaces.push(len);
                    }
                } else if c != '*' {
                    len += c.len_utf8();
                }
            }
            spaces
        })
        .collect()
}

/// One concept found in a folded sentence: byte span in the matching text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub concept: usize,
    pub start: usize,
    pub end: usize,
    /// A match of a spaced phrase with a gap: the words inside it are still words of
    /// their own, counted in distances.
    pub gapped: bool,
}

/// The text a lexicon matches against: folded, and for unspaced scripts without spaces.
#[derive(Clone, Debug, Default)]
pub struct Matching {
    pub text: String,
    /// Unspaced scripts: the byte offsets in `text` where white space that parted two
    /// words was dropped, between two Hangul syllables (Korean is written with spaces
    /// between its words; not before a light verb, see `is_light_verb`) or two Latin
    /// letters or digits. A phrase written without white space there does not match
    /// across it: ko "로만" (only) is not "로 만든" (made with), "해지" (revoke) not "대해
    /// 지원" (support for).
    pub edges: Vec<usize>,
}

impl Matching {
    /// A text matched as it is, with no word edges dropped from it.
    pub fn plain(text: String) -> Matching {
        Matching {
            text,
            edges: Vec::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The part `start..end` of the text, with its word edges.
    pub fn slice(&self, start: usize, end: usize) -> Option<Matching> {
        Some(Matching {
            text: self.text.get(start..end)?.to_string(),
            edges: self
                .edges
                .iter()
                .filter(|&&e| start < e && e < end)
                .map(|&e| e - start)
                .collect(),
        })
    }

    /// Whether a match at `start..end` of a phrase part with white space at `spaces`
    /// (offsets in the part) keeps to the words of the text: it crosses no word edge where
    /// the part has no space, and a part that opens with a Latin letter does not start
    /// inside a Latin word (zh "TLS 1.2" holds no tier "s1").
    fn keeps_words(&self, start: usize, end: usize, spaces: &[usize]) -> bool {
        let inside = self.edges.partition_point(|&e| e <= start);
        let crosses = self.edges[inside..]
            .iter()
            .take_while(|&&e| e < end)
            .any(|&e| !spaces.contains(&(e - start)));
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        let inside_latin = latin(self.text.get(start..).and_then(|t| t.chars().next()))
            && latin(self.text.get(..start).and_then(|t| t.chars().next_back()))
            && self.edges.binary_search(&start).is_err();
        !crosses && !inside_latin
    }
}

impl std::ops::Deref for Matching {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

/// The first syllables of the light verbs 하다 (do) and 되다 (become), which make verbs of
/// nouns: Korean text often writes them apart from their noun ("암호화 된", "사용 하도록"),
/// so a space before them parts no words.
fn is_light_verb(c: char) -> bool {
    "하한할함합해했되된될됨됩돼됐".contains(c)
}

/// Hangul syllables and jamo.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// The text a lexicon matches against: folded, and for unspaced scripts without spaces.
pub fn matching_text(lexicon: &Lexicon, sentence: &str) -> Matching {
    let folded = join_digit_groups(blank_file_names(blank_urls(super::normalize::fold(
        sentence,
    ))));
    match lexicon.script {
        Script::Spaced => Matching::plain(folded),
        Script::Unspaced => {
            let word = |a: char, b: char| {
                (is_hangul(a) && is_hangul(b))
                    || (a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
            };
            let mut text = String::with_capacity(folded.len());
            let mut edges = Vec::new();
            let mut previous: Option<char> = None;
            let mut space = false;
            for c in folded.chars() {
                if c.is_whitespace() {
                    space = true;
                    continue;
                }
                if space && previous.is_some_and(|p| word(p, c)) && !is_light_verb(c) {
                    edges.push(text.len());
                }
                space = false;
                previous = Some(c);
                text.push(c);
            }
            Matching { text, edges }
        }
    }
}

/// File names are names, not prose: `KeyVault-BYOK-Tools-Canada.zip` (a download a
/// step lists, alone on its line or inside a sentence) names neither a key vault nor
/// BYOK. Each run of ASCII letters, digits, `-`, `_` and `.` that ends in a dot and an
/// extension (a letter, then one to three letters or digits), with a letter before the
/// dot, is blanked to spaces of the same length, so the spans of the other words stay
/// where they were. In unspaced scripts, where a Latin run may touch Han or Hangul,
/// `matching_text` then drops the spaces with the rest.
fn blank_file_names(folded: String) -> String {
    let bytes = folded.as_bytes();
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_name_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_name_byte(bytes[i]) {
            i += 1;
        }
        // a sentence's own full stop is not part of the name
        let mut end = i;
        while end > start && bytes[end - 1] == b'.' {
            end -= 1;
        }
        if is_file_name(&bytes[start..end]) {
            blank.push((start, end));
        }
    }
    if blank.is_empty() {
        return folded;
    }
    let mut out = folded.into_bytes();
    for (start, end) in blank {
        out[start..end].fill(b' ');
    }
    // only ASCII bytes were replaced by ASCII spaces
    String::from_utf8(out).unwrap_or_default()
}

/// A URL is a name, not prose: `https://myvault.vault.azure.net` names no protocol the
/// text says traffic uses. Each run from `http://` or `https://` to the next white space
/// (or closing parenthesis) is blanked to spaces of the same length.
fn blank_urls(folded: String) -> String {
    if !folded.contains("://") {
        return folded;
    }
    let mut out = folded.into_bytes();
    let mut i = 0;
    while i < out.len() {
        let rest = &out[i..];
        if rest.starts_with(b"https://") || rest.starts_with(b"http://") {
            let end = rest
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b')' | b'>'))
                .map_or(out.len(), |n| i + n);
            out[i..end].fill(b' ');
            i = end;
        } else {
            i += 1;
        }
    }
    // only ASCII bytes were replaced by ASCII spaces, whole characters included: a URL's
    // run ends before white space, and multi-byte characters inside it are replaced whole
    String::from_utf8(out).unwrap_or_default()
}

/// A number written with thousands separators is one number: fr and sv "2 048", de
/// "2.048", en "2,048" read as `2048`, as the lexicons write key sizes. A run of one to
/// three digits, then groups of a space, dot or comma and exactly three digits, none
/// followed by another digit: the digits move left and the separators become spaces at
/// the end, so the spans of the other words stay where they were. "TLS 1.2", "1.2.840",
/// "3072, 4096" and "FIPS 140-2 256-bit" are left as they are.
fn join_digit_groups(folded: String) -> String {
    let bytes = folded.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // a number that continues another ("140-2", "1.2", "4/2") starts no grouped one
        if !digit(i)
            || (i > 0 && (digit(i - 1) || matches!(bytes[i - 1], b'.' | b',' | b'-' | b'/')))
        {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) {
            i += 1;
        }
        if i - start > 3 {
            continue;
        }
        // a group after a space is another number when a unit is joined to it ("FIPS
        // 140-2 256-bit")
        let group = |at: usize| {
            matches!(bytes.get(at), Some(b' ' | b'.' | b','))
                && (1..=3).all(|k| digit(at + k))
                && !digit(at + 4)
                && !(bytes.get(at) == Some(&b' ') && bytes.get(at + 4) == Some(&b'-'))
        };
        let mut end = i;
        while group(end) {
            end += 4;
        }
        // "1.024.5" or "2,048,5" is not a number with separators
        let continues = matches!(bytes.get(end), Some(b'.' | b',')) && digit(end + 1);
        if end > i && !continues {
            joins.push((start, end));
        }
        i = end;
    }
    if joins.is_empty() {
        return folded;
    }
    let mut out = folded.into_bytes();
    for (start, end) in joins {
        let digits: Vec<u8> = out[start..end]
            .iter()
            .copied()
            .filter(u8::is_ascii_digit)
            .collect();
        out[start..start + digits.len()].copy_from_slice(&digits);
        out[start + digits.len()..end].fill(b' ');
    }
    // only ASCII bytes were moved or replaced by ASCII spaces
    String::from_utf8(out).unwrap_or_default()
}

/// `name.ext`: an extension of a letter and one to three letters or digits after the
/// last dot, and a letter before it (`e.g`, `1.2`, `v2.0` are not file names).
fn is_file_name(run: &[u8]) -> bool {
    let Some(dot) = run.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let (name, ext) = (&run[..dot], &run[dot + 1..]);
    (2..=4).contains(&ext.len())
        && ext[0].is_ascii_alphabetic()
        && ext.iter().all(u8::is_ascii_alphanumeric)
        && name.len() > 1
        && name.last().is_some_and(|b| b.is_ascii_alphanumeric())
        && name.iter().any(u8::is_ascii_alphabetic)
}

/// Every concept occurrence in `text` (from [`matching_text`]), shorter matches lying
/// strictly inside longer ones removed, sorted by position.
pub fn hits(lexicon: &Lexicon, matching: &Matching) -> Vec<Hit> {
    let text = matching.as_str();
    // unspaced scripts have only substring phrases: no words to find
    let words: Vec<(usize, usize)> = match lexicon.script {
        Script::Spaced => word_spans(text),
        Script::Unspaced => Vec::new(),
    };
    let mut all = Vec::new();
    // the gaps of gapped matches, with the index of their hit in `all`
    let mut gaps: Vec<(usize, (usize, usize))> = Vec::new();
    // matches of spaced phrases with gaps, which stand beside the words inside them
    let mut beside: Vec<(Hit, Vec<(usize, usize)>)> = Vec::new();
    for m in lexicon.starts.find_overlapping_iter(text) {
        // the text word the match starts in (words are sorted and disjoint)
        let w = words
            .partition_point(|&(ws, _)| ws <= m.start())
            .checked_sub(1)
            .filter(|&w| m.start() < words[w].1);
        for &i in &lexicon.by_start[m.pattern().as_usize()] {
            let (concept, phrase) = &lexicon.phrases[i];
            let spaces = lexicon.phrase_spaces.get(i).map_or(&[][..], Vec::as_slice);
            let keeps_words = |k: usize, start: usize, end: usize| {
                matching.keeps_words(start, end, spaces.get(k).map_or(&[], Vec::as_slice))
            };
            let span = match (phrase, w) {
                (Phrase::Substring(_), _) => {
                    keeps_words(0, m.start(), m.end()).then(|| (m.start(), m.end()))
                }
                (Phrase::Opening(_), _) => (opens_clause(text, m.start())
                    && keeps_words(0, m.start(), m.end()))
                .then(|| (m.start(), m.end())),
                (Phrase::Gapped(parts), _) if keeps_words(0, m.start(), m.end()) => gapped_end(
                    text,
                    m.end(),
                    &parts[1..],
                    |k, start, end| keeps_words(k + 1, start, end),
                    |gap| gaps.push((all.len(), gap)),
                )
                .map(|end| (m.start(), end)),
                (Phrase::Gapped(_), _) => None,
                // a phrase starts at a word start, or (`*` phrases) anywhere in a word,
                // where `match_words` decides which occurrence counts
                (Phrase::Words(pw), Some(w))
                    if (pw[0].infix || words[w].0 == m.start())
                        && (!pw[0].opens_clause || opens_clause(text, m.start())) =>
                {
                    match match_words(text, &words, w, pw) {
                        Some(m) if !m.gaps.is_empty() => {
                            let hit = Hit {
                                concept: *concept,
                                start: m.start,
                                end: m.end,
                                gapped: true,
                            };
                            beside.push((hit, m.gaps));
                            None
                        }
                        found => found.map(|m| (m.start, m.end)),
                    }
                }
                (Phrase::Words(_), _) => None,
            };
            if let Some((start, end)) = span {
                all.push(Hit {
                    concept: *concept,
                    start,
                    end,
                    gapped: false,
                });
            }
        }
    }
    // the matches of unspaced phrases with gaps that name a key stand beside the words
    // inside their gaps, as spaced ones do: those words say what the key is (zh-tw
    // "Microsoft 提供的 256 位元 AES 加密金鑰": the platform's key is a 256-bit AES key).
    // Other gapped phrases hide them: the subject in the gap of zh-tw "儲存的...會被加密"
    // (stored ... is encrypted) is what the phrase says is stored
    let gapped_unspaced: BTreeSet<(usize, usize, usize)> = gaps
        .iter()
        .filter_map(|&(i, _)| all.get(i))
        .filter(|h| lexicon.key_nouns.contains(&h.concept))
        .map(|h| (h.concept, h.start, h.end))
        .collect();
    drop_broken_gaps(&mut all, &gaps, lexicon);
    // a gap of a spaced phrase holds no clause word or clause mark either (a comma may
    // close a participle: ru "образы, созданные после ..., автоматически шифруются"):
    // its words qualify the part before it ("images created after ..."), they are no
    // clause of their own
    let cues: Vec<Hit> = all
        .iter()
        .filter(|h| is_gap_cue(lexicon, h.concept) || Some(h.concept) == lexicon.clause)
        .copied()
        .collect();
    // the items of a list joined in a gap of a listing phrase (see `LISTING`), or two
    // noun phrases that a coordinating word joins in a gap that holds no other concept
    // ("decrypted only when a runbook or a DSC configuration reads it", de "wenn ein
    // Runbook oder eine DSC-Konfiguration es liest": the readers are one subject; "when
    // data is written or a runbook reads it" holds a moment of its own, a clause)
    let joins_items = |hit: &Hit, c: &Hit, (s, e): (usize, usize)| {
        let coordination = |h: &Hit| {
            Some(h.concept) == lexicon.coordination && (h.start, h.end) == (c.start, c.end)
        };
        // a mask's words are words like any other (see `MASK`)
        let masked = |h: &Hit| {
            all.iter()
                .any(|m| Some(m.concept) == lexicon.mask && m.start <= h.start && h.end <= m.end)
        };
        let only_the_coordination = || {
            all.iter()
                .filter(|h| s <= h.start && h.end <= e && !masked(h))
                .all(|h| (h.start, h.end) == (c.start, c.end))
        };
        !text.get(s..e).unwrap_or_default().contains(',')
            && all.iter().any(coordination)
            && (lexicon.listing.contains(&hit.concept) || only_the_coordination())
    };
    // a negation that opens the gap right after the verb of a `VERB_FIRST` phrase is the
    // verb's own
    let verbs_negation = |c: &Hit, (s, _): (usize, usize), hit: &Hit| {
        lexicon.verb_first.contains(&hit.concept)
            && Some(c.concept) == lexicon.negation
            && text.get(s..c.start).is_some_and(|t| t.trim().is_empty())
            && text
                .get(hit.start..s)
                .is_some_and(|t| !t.trim().contains(char::is_whitespace))
    };
    beside.retain(|(hit, gaps)| {
        !gaps.iter().any(|&(s, e)| {
            let gap = text.get(s..e).unwrap_or_default();
            cues.iter().any(|c| {
                s <= c.start
                    && c.end <= e
                    && !joins_items(hit, c, (s, e))
                    && !verbs_negation(c, (s, e), hit)
            }) || gap.contains([';', ':', '(', ')', '?', '!'])
        })
    });
    all.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.concept));
    all.dedup();
    // attributive forms stand beside the matches they overlap (see `ATTRIBUTIVE`, `BESIDE`),
    // and so do the matches of spaced phrases with gaps and of unspaced ones that name a key
    let (mut attributive, rest): (Vec<Hit>, Vec<Hit>) = all.into_iter().partition(|h| {
        Some(h.concept) == lexicon.attributive
            || lexicon.beside.contains(&h.concept)
            || gapped_unspaced.contains(&(h.concept, h.start, h.end))
    });
    all = rest;
    // a gapped match with nothing in its gaps may be a plain phrase's match too (nl
    // "wanneer ze ... worden opgeslagen" and "wanneer ze worden opgeslagen"): once is enough
    attributive.extend(beside.into_iter().map(|(h, _)| h).filter(|h| {
        !all.iter()
            .any(|k| (k.concept, k.start, k.end) == (h.concept, h.start, h.end))
    }));
    // Keep the hits no strictly longer hit contains. Sorted by start, then longest first:
    // a hit is contained when an earlier-starting hit reaches at least as far, or a hit
    // with the same start reaches further.
    let mut kept = Vec::with_capacity(all.len());
    let mut reach_before = 0usize; // furthest end of hits starting before the current start
    let mut group_start = usize::MAX;
    let mut group_reach = 0usize; // furthest end among hits with the current start
    for h in &all {
        if h.start != group_start {
            if group_start != usize::MAX {
                reach_before = reach_before.max(group_reach);
            }
            group_start = h.start;
            group_reach = h.end;
        }
        let inside_earlier = reach_before >= h.end && reach_before > 0;
        let inside_same_start = group_reach > h.end;
        if !inside_earlier && !inside_same_start {
            kept.push(*h);
        }
    }
    // the negation a denying phrase holds stands beside it (see `DENYING`)
    if let Some(not) = lexicon.negation {
        let denials: Vec<(usize, usize)> = kept
            .iter()
            .filter(|h| lexicon.denying.contains(&h.concept))
            .map(|h| (h.start, h.end))
            .collect();
        attributive.extend(all.iter().filter(|h| {
            h.concept == not
                && denials
                    .iter()
                    .any(|&(s, e)| s <= h.start && h.end <= e && (s, e) != (h.start, h.end))
        }));
    }
    // A match that crosses the edge of a mask match is the inside of a longer word the
    // lexicon knows (`문의` in `주문의`): drop it.
    if !attributive.is_empty() {
        kept.extend(attributive);
        kept.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.concept));
        kept.dedup();
    }
    if let Some(mask) = lexicon.mask {
        let masks: Vec<(usize, usize)> = kept
            .iter()
            .filter(|h| h.concept == mask)
            .map(|h| (h.start, h.end))
            .collect();
        // the mask itself is no concept: its words are words like any other
        if !masks.is_empty() {
            kept.retain(|h| {
                h.concept != mask
                    && !masks
                        .iter()
                        .any(|&(s, e)| (s < h.start && h.start < e) || (s < h.end && h.end < e))
            });
        }
    }
    kept
}

/// Where the `parts` of a gapped phrase end when each follows the one before at most
/// [`GAP_CHARS`] characters after it, from byte `pos` of `text`; `gap` is told the byte
/// span of every gap of a match.
fn gapped_end(
    text: &str,
    mut pos: usize,
    parts: &[String],
    keeps_words: impl Fn(usize, usize, usize) -> bool,
    mut gap: impl FnMut((usize, usize)),
) -> Option<usize> {
    let mut found = Vec::with_capacity(parts.len());
    for (k, part) in parts.iter().enumerate() {
        let rest = text.get(pos..)?;
        // the first occurrence that keeps to the text's words (see `Matching::keeps_words`)
        let (at, _) = rest
            .match_indices(part.as_str())
            .find(|&(at, _)| keeps_words(k, pos + at, pos + at + part.len()))?;
        let gap = rest.get(..at)?;
        if gap_width(gap) > GAP_CHARS || gap.contains(CLAUSE_MARKS) {
            return None;
        }
        found.push((pos, pos + at));
        pos += at + part.len();
    }
    found.into_iter().for_each(&mut gap);
    Some(pos)
}

/// The width of a gap of an unspaced script in characters, a name in Latin letters or
/// digits counting as one (zh-tw "儲存在 Azure Cosmos DB 帳戶中的資料": the service's
/// name is one word of the gap, as a spaced script's gap counts it).
fn gap_width(gap: &str) -> usize {
    width_of(gap.chars())
}

/// Marks that end a clause: no gap of an unspaced phrase holds one (zh-tw "存取...時",
/// when … accesses it, is not "存取權，才能在 VM 開機時", access and then a moment of
/// another clause).
const CLAUSE_MARKS: [char; 8] = [',', '，', ';', '；', ':', '：', '。', '、'];

/// [`gap_width`] of the characters `chars` (those a caller counts of a longer text).
pub(crate) fn width_of(chars: impl Iterator<Item = char>) -> usize {
    let mut width = 0;
    let mut in_name = false;
    for c in chars {
        let name = c.is_ascii_alphanumeric();
        if !(name && in_name) {
            width += 1;
        }
        in_name = name;
    }
    width
}

/// Drops the gapped matches whose gap breaks them: one with a negation or [`INSTEAD`] /
/// [`INSTEAD_OF`] cue in a gap, which denies the subject beside it (ko "Microsoft가 아닌
/// 고객이 키를 관리": the customer, not Microsoft, manages the keys), and a moment with
/// another moment in a gap (see [`MOMENTS`]): the parts are no longer one statement.
fn drop_broken_gaps(all: &mut Vec<Hit>, gaps: &[(usize, (usize, usize))], lexicon: &Lexicon) {
    if gaps.is_empty() {
        return;
    }
    let cues: Vec<Hit> = all
        .iter()
        .filter(|h| is_gap_cue(lexicon, h.concept))
        .copied()
        .collect();
    let inside = |h: &Hit, (s, e): (usize, usize)| s <= h.start && h.end <= e;
    let moment = |i: usize| {
        all.get(i)
            .is_some_and(|h| lexicon.moments.contains(&h.concept))
    };
    let denied: BTreeSet<usize> = gaps
        .iter()
        .filter(|&&(i, gap)| {
            cues.iter().any(|c| inside(c, gap))
                || (moment(i)
                    && all
                        .iter()
                        .any(|h| lexicon.moments.contains(&h.concept) && inside(h, gap)))
        })
        .map(|&(i, _)| i)
        .collect();
    let mut i = 0;
    all.retain(|_| {
        i += 1;
        !denied.contains(&(i - 1))
    });
}

/// Whether concept `c` is a negation or an [`INSTEAD`] / [`INSTEAD_OF`] cue, which no gap
/// of a phrase may hold.
fn is_gap_cue(lexicon: &Lexicon, c: usize) -> bool {
    Some(c) == lexicon.negation || Some(c) == lexicon.instead || Some(c) == lexicon.instead_of
}

/// Byte spans of the alphanumeric runs of `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (crate::text::is_letter_or_digit(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A match of a word phrase: its byte span, and the byte span of each of its gaps.
struct WordMatch {
    start: usize,
    end: usize,
    gaps: Vec<(usize, usize)>,
}

/// Whether a phrase that starts at byte `at` opens a clause: the sentence starts there, or
/// a mark of punctuation stands right before it.
fn opens_clause(text: &str, at: usize) -> bool {
    text.get(..at).map(str::trim_end).is_some_and(|before| {
        before.is_empty()
            || before.ends_with([
                ',', ';', ':', '.', '(', '!', '?', '，', '。', '：', '；', '、',
            ])
    })
}

/// Where phrase words `pw` match from text word `first` on; at a gap (`...`) the fewest
/// text words that let the rest of the phrase match are taken.
fn match_words(
    text: &str,
    words: &[(usize, usize)],
    first: usize,
    pw: &[PhraseWord],
) -> Option<WordMatch> {
    let mut gaps = Vec::new();
    let (start, end) = match_words_from(text, words, first, pw, true, &mut gaps)?;
    Some(WordMatch { start, end, gaps })
}

fn match_words_from(
    text: &str,
    words: &[(usize, usize)],
    first: usize,
    pw: &[PhraseWord],
    opening: bool,
    gaps: &mut Vec<(usize, usize)>,
) -> Option<(usize, usize)> {
    let mut start = 0;
    for (k, p) in pw.iter().enumerate() {
        if k > 0 && p.gap_before {
            let from = first + k;
            let before = words.get(from - 1)?.1;
            for skip in 0..=GAP_WORDS {
                let Some(&(ws, _)) = words.get(from + skip) else {
                    break;
                };
                let mark = gaps.len();
                gaps.push((before, ws));
                if let Some((_, end)) =
                    match_words_from(text, words, from + skip, &pw[k..], false, gaps)
                {
                    return Some((start, end));
                }
                gaps.truncate(mark);
            }
            return None;
        }
        let (ws, we) = *words.get(first + k)?;
        let word = text.get(ws..we).unwrap_or_default();
        let at = if k == 0 && opening && p.infix {
            if p.whole {
                word.ends_with(&p.text).then(|| word.len() - p.text.len())
            } else {
                word.find(&p.text)
            }
        } else if p.whole {
            (word == p.text).then_some(0)
        } else {
            word.starts_with(&p.text).then_some(0)
        }?;
        if k == 0 {
            start = ws + at;
        }
        if k + 1 == pw.len() {
            // a stem's match ends where the stem ends, so that `key vault` (whole words)
            // contains `key`, and `verschlüsselungsschlüssel` contains `verschlüssel`
            return Some((start, if p.whole { we } else { ws + at + p.text.len() }));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gapped_phrases_allow_a_few_characters_between_their_parts() {
        let parts = ["키를관리".to_string()];
        let text = "microsoft가테넌트키를관리하는";
        let start = text.find('가').unwrap() + '가'.len_utf8();
        let mut gaps = Vec::new();
        assert_eq!(
            gapped_end(text, start, &parts, |_, _, _| true, |g| gaps.push(g)),
            Some(text.find("하는").unwrap())
        );
        assert_eq!(gaps, vec![(start, text.find("키를").unwrap())]);
        let far = "microsoft가권장하는방법에따라사용자가키를관리";
        let start = far.find('가').unwrap() + '가'.len_utf8();
        assert_eq!(gapped_end(far, start, &parts, |_, _, _| true, |_| ()), None);
        match compile_phrase("Microsoft가...키를 관리", Script::Unspaced) {
            Some(Phrase::Gapped(p)) => assert_eq!(p, vec!["microsoft가", "키를관리"]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            compile_phrase("키를 관리", Script::Unspaced),
            Some(Phrase::Substring(_))
        ));
    }

    #[test]
    fn spaced_gaps_allow_a_few_words_between_the_parts_of_a_phrase() {
        let Some(Phrase::Words(pw)) = compile_phrase("images* ... are encrypted", Script::Spaced)
        else {
            panic!("a word phrase");
        };
        assert_eq!(
            pw.iter().map(|w| w.gap_before).collect::<Vec<_>>(),
            [false, true, false]
        );
        let find = |text: &str| {
            let words = word_spans(text);
            match_words(text, &words, 0, &pw).map(|m| (m.start, m.end, m.gaps.len()))
        };
        let text = "images created after june 9, 2017, are encrypted";
        assert_eq!(find(text), Some((0, text.len(), 1)));
        assert_eq!(find("images are encrypted"), Some((0, 20, 1)));
        let far = "images one two three four five six seven eight nine ten eleven are encrypted";
        assert_eq!(find(far), None);
        assert!(compile_phrase("images ...", Script::Spaced).is_none());
    }

    #[test]
    fn an_anchored_phrase_opens_a_clause() {
        let Some(Phrase::Words(pw)) = compile_phrase("^create", Script::Spaced) else {
            panic!("a word phrase");
        };
        assert!(pw[0].opens_clause && pw[0].text == "create");
        assert!(matches!(
            compile_phrase("^创建", Script::Unspaced),
            Some(Phrase::Opening(s)) if s == "创建"
        ));
        assert!(opens_clause("create a new resource", 0));
        let after_comma = "after approval, create a new resource";
        assert!(opens_clause(
            after_comma,
            after_comma.find("create").unwrap()
        ));
        let stated = "you can create a new resource";
        assert!(!opens_clause(stated, stated.find("create").unwrap()));
        let purpose = "若要使用客户管理的密钥创建新的帐户，请运行";
        assert!(!opens_clause(purpose, purpose.find("创建").unwrap()));
        let step = "步骤 1：创建新的存储帐户";
        assert!(opens_clause(step, step.find("创建").unwrap()));
    }
}
