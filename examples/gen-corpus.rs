//! Writes a synthetic locale-root docs tree for benchmarks:
//! `<out>/<locale>/articles/<service>/<name>.md` (and the include files the articles name,
//! `<out>/<locale>/includes/<service>-cmk-<k>.md`), deterministic from `--seed`.
//!
//! ```text
//! cargo run --release --example gen-corpus -- --articles 5600 --locales 18 --out /tmp/corpus \
//!     [--seed 1] [--sections 6] [--defect-rate 3] [--source-error-rate 1] [--defect-log FILE]
//! cargo run --release --example gen-corpus -- --check-banks        # verify the banks, print a table
//! cargo run --release --example gen-corpus -- --bank-sample --out DIR  # every bank string, one tree
//! ```
//!
//! The default of `scripts/bench.sh` (`--articles 5600 --locales 18 --seed 1 --sections 4`)
//! writes 101,124 files (100,800 articles and 324 include files), about 578 MB.
//!
//! **One plan per article, rendered per locale.** The article's RNG chooses its structure
//! once: how many sections (2 to `2 * --sections`), and in each section a lead paragraph,
//! one extra element (an alert, an include, a code block, a table, or none), an ordered
//! list whose items mostly link on (to another article's anchor, or to learn.microsoft.com),
//! and a closing paragraph. Every sentence is a claim concept (40% of paragraph sentences,
//! 50% of list items: about 43% overall) or a filler, with its numbers and link targets. Every locale is then rendered from
//! that same plan with its own language bank, so a faithful translation has the same
//! sections (same `<a name="sK">` anchors), includes, links (learn.microsoft.com links
//! carry the locale segment, which concord removes before comparing), code, tables,
//! numbers and claims as the en-us source. Translations carry the localization keys
//! (`ms.contentlocale`, `ms.openlocfilehash`, `ms.locfileid`, ...), the source does not.
//!
//! **Banks.** Each of the 18 locales has a bank written as natural Microsoft Docs prose
//! in its language: `CLAIMS` claim concepts in the same order in every bank (index k is
//! the same claim everywhere), each `(asserted, bad)` where `bad` negates or inverts it
//! (or changes its value), plus fillers, headings, alert notes, table labels and the
//! "for more information, see" sentence, none of which states a claim. Numbers (256,
//! 140-2, 2048, 3-5, and the numbers of fillers and tables) are the same in every locale.
//! `--check-banks` (and the `banks_agree_with_the_extractor` test, `cargo test --example
//! gen-corpus`) runs concord's own extractor over every bank string and checks that each
//! concept gives, in every locale, the claims (id, polarity, value) it gives in en-us,
//! that `bad` gives a different (contradicting) set, that nothing else gives a claim, and
//! that every string carries the same numbers as its en-us counterpart. `--bank-sample`
//! writes the bank strings as a tree, line-aligned across locales, for `concord claims`.
//!
//! **Defects.** Each translated file carries one defect with probability
//! `--defect-rate` percent (default 3), drawn from: a dropped section, a dropped list
//! item or sentence, a claim negated or inverted, a dropped or retargeted link, a changed
//! number, and a stale `ms.openlocfilehash` (an older source revision, with older dates).
//! Independently, `--source-error-rate` percent of articles (default 1) carry an inverted
//! or negated claim in the en-us source that every translation repeats, as happened on a
//! real IoT Hub page. Defects are drawn from streams of their own, so the plans (and the
//! files without a defect) are the same at every rate. With both rates at 0, `concord
//! check` reports nothing; `--defect-log FILE` lists which file got which defect.
use concord::claims::{Extractor, Polarity};
use concord::locale::Locale;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 18] = [
    "en-us", "fr-fr", "de-de", "es-es", "ja-jp", "zh-cn", "it-it", "pt-br", "pt-pt", "nl-nl",
    "sv-se", "pl-pl", "cs-cz", "hu-hu", "tr-tr", "ru-ru", "ko-kr", "zh-tw",
];
const SERVICES: [&str; 6] = [
    "iot-hub",
    "iot-dps",
    "cognitive-services",
    "storage",
    "cosmos-db",
    "key-vault",
];

/// Claim concepts per bank. Index k states, in every bank:
/// 0 encrypt-on-write + decrypt-on-read (bad: inverted direction), 1 supports-cmk,
/// 2 encrypts-at-rest, 3 cmk-in-key-vault, 4 aes-256 + fips-140-2 (bad: FIPS negated),
/// 5 rsa-2048, 6 transparent-encryption (bad: "managed by you"), 7 key-operations =
/// create,disable,revoke,rotate (bad: without disable), 8 approval-time = 3-5d (bad:
/// 5-7d), 9 encrypts-in-transit. Bad forms of the others are negations.
const CLAIMS: usize = 10;
/// Concepts whose bad form contradicts the model on every service (source errors use these).
const MODEL_CONCEPTS: [u8; 7] = [0, 1, 2, 3, 4, 6, 9];
const FILLERS: usize = 8;
const HEADINGS: usize = 8;
const NOTES: usize = 3;
const ROWS: usize = 4;

/// One language's phrasings. Every list has the same length and order in every bank.
struct Bank {
    locale: &'static str,
    /// Page title (H1) and front matter description.
    title: &'static str,
    description: &'static str,
    /// `(asserted, bad)` per claim concept.
    claims: [(&'static str, &'static str); CLAIMS],
    /// Sentences that state no claim; `{n}` is a number of the plan.
    fillers: [&'static str; FILLERS],
    /// Section headings (also link texts); [0] is unused by sections.
    headings: [&'static str; HEADINGS],
    /// Alert texts; `{n}` is a number of the plan.
    notes: [&'static str; NOTES],
    /// Table header cells and row labels.
    table: (&'static str, &'static str),
    rows: [&'static str; ROWS],
    /// "For more information, see {link}."
    see: &'static str,
}

impl Bank {
    /// Whether sentences are written without spaces between them (Chinese, Japanese).
    fn unspaced(&self) -> bool {
        matches!(&self.locale[..2], "ja" | "zh")
    }
}

/// SplitMix64: tiny, deterministic, good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 * 100.0 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The seed of article `i`'s plan.
fn article_seed(seed: u64, i: usize) -> u64 {
    seed.wrapping_mul(1_000_003).wrapping_add(i as u64)
}

/// Article `i`'s service: the first draw of its plan.
fn service_of(seed: u64, i: usize) -> usize {
    Rng::new(article_seed(seed, i)).below(SERVICES.len())
}

// ---------------------------------------------------------------------------------------
// The plan of one article: everything but the language.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sent {
    Claim { concept: u8, bad: bool },
    Filler { idx: u8, n: u32 },
}

#[derive(Clone, Copy, Debug)]
enum Target {
    /// Another article of the tree: `../<service>/article-<index>.md#s<section>`.
    Article { index: usize, section: usize },
    /// `https://learn.microsoft.com/<locale>/azure/<service>/<page>`.
    Learn { page: usize },
}

#[derive(Clone, Copy, Debug)]
struct Link {
    /// Heading whose text is the link text.
    text: usize,
    target: Target,
}

#[derive(Debug)]
enum Extra {
    None,
    Alert { kind: usize, note: usize, n: u32 },
    Include(usize),
    Code(usize),
    Table(Vec<(usize, u32)>),
}

#[derive(Debug)]
struct Item {
    sent: Sent,
    link: Option<Link>,
}

#[derive(Debug)]
struct Section {
    heading: usize,
    lead: Vec<Sent>,
    extra: Extra,
    items: Vec<Item>,
    tail: Vec<Sent>,
}

struct Plan {
    index: usize,
    service: usize,
    /// ms.date month and day (2024).
    date: (u32, u32),
    hash: String,
    intro: Vec<Sent>,
    sections: Vec<Section>,
}

/// Where a sentence or a number sits in a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Intro(usize),
    Lead(usize, usize),
    Item(usize, usize),
    Tail(usize, usize),
    Alert(usize),
    Row(usize, usize),
}

const ALERTS: [&str; 4] = ["NOTE", "IMPORTANT", "TIP", "WARNING"];
const LEARN_PAGES: [&str; 4] = [
    "security-baseline",
    "concepts-customer-managed-keys",
    "quickstart-portal",
    "overview",
];
/// The Azure CLI command group of each service, in SERVICES order.
const SERVICE_CLI: [&str; 6] = [
    "iot hub",
    "iot dps",
    "cognitiveservices account",
    "storage account",
    "cosmosdb",
    "keyvault",
];
const CODE: [&str; 4] = [
    "```azurecli\naz {svc} update --name MyResource --set properties.encryption.keySource=Microsoft.KeyVault\n```",
    "```azurepowershell\nSet-AzKeyVaultAccessPolicy -VaultName MyVault -ObjectId $principalId -PermissionsToKeys get,wrapKey,unwrapKey\n```",
    "```json\n{\n  \"keySource\": \"Microsoft.KeyVault\",\n  \"keyVaultProperties\": {\n    \"keyName\": \"mykey\",\n    \"keyVaultUri\": \"https://myvault.vault.azure.net\"\n  }\n}\n```",
    "```azurecli\naz keyvault update --name MyVault --enable-purge-protection true\n```",
];

/// Whether filler `idx` carries a number (`{n}`); the same in every bank (checked).
fn numeric_filler(idx: usize) -> bool {
    EN.fillers[idx].contains("{n}")
}

/// A number for filler `idx`, alert note `idx` or table row `idx`.
fn filler_number(idx: usize, rng: &mut Rng) -> u32 {
    match idx {
        3 => 5 * (1 + rng.below(6) as u32),
        4 => 10 * (1 + rng.below(50) as u32),
        _ => *rng.pick(&[7, 30, 90, 365]),
    }
}
fn row_number(row: usize, rng: &mut Rng) -> u32 {
    match row {
        0 => 1000 * (1 + rng.below(10) as u32),
        1 => *rng.pick(&[7, 30, 90]),
        2 => *rng.pick(&[64, 256, 1024]),
        _ => *rng.pick(&[2, 4, 8, 16, 32]),
    }
}

fn sentence(rng: &mut Rng, claim_percent: f64) -> Sent {
    if rng.chance(claim_percent) {
        Sent::Claim {
            concept: rng.below(CLAIMS) as u8,
            bad: false,
        }
    } else {
        let idx = rng.below(FILLERS);
        let n = if numeric_filler(idx) {
            filler_number(idx, rng)
        } else {
            0
        };
        Sent::Filler { idx: idx as u8, n }
    }
}

/// Sentences that do not repeat one another (a few draws, then a repeat is accepted).
fn distinct(rng: &mut Rng, count: usize, claim_percent: f64) -> Vec<Sent> {
    let mut out: Vec<Sent> = Vec::with_capacity(count);
    for _ in 0..count {
        let mut s = sentence(rng, claim_percent);
        for _ in 0..4 {
            if !out.contains(&s) {
                break;
            }
            s = sentence(rng, claim_percent);
        }
        out.push(s);
    }
    out
}

fn paragraph(rng: &mut Rng) -> Vec<Sent> {
    let count = 2 + rng.below(4);
    distinct(rng, count, 40.0)
}

impl Plan {
    fn new(args: &Args, i: usize) -> Plan {
        let mut rng = Rng::new(article_seed(args.seed, i));
        let service = rng.below(SERVICES.len());
        debug_assert_eq!(service, service_of(args.seed, i));
        let date = (1 + rng.below(5) as u32, 1 + rng.below(28) as u32);
        let hash = format!("{:016x}{:016x}", rng.next(), rng.next());
        let intro = paragraph(&mut rng);
        let count = 2 + rng.below((args.sections * 2).max(2) - 1);
        let mut sections = Vec::with_capacity(count);
        for k in 0..count {
            let heading = 1 + k % (HEADINGS - 1);
            let lead = paragraph(&mut rng);
            let extra = match rng.below(6) {
                0 => {
                    let note = rng.below(NOTES);
                    let n = if EN.notes[note].contains("{n}") {
                        filler_number(3, &mut rng)
                    } else {
                        0
                    };
                    Extra::Alert {
                        kind: rng.below(ALERTS.len()),
                        note,
                        n,
                    }
                }
                1 => Extra::Include(rng.below(3)),
                2 => Extra::Code(rng.below(CODE.len())),
                3 => {
                    let mut rows: Vec<usize> = (0..ROWS).collect();
                    let keep = 2 + rng.below(ROWS - 1);
                    for r in 0..ROWS {
                        rows.swap(r, r + rng.below(ROWS - r));
                    }
                    rows.truncate(keep);
                    rows.sort_unstable();
                    Extra::Table(
                        rows.into_iter()
                            .map(|r| (r, row_number(r, &mut rng)))
                            .collect(),
                    )
                }
                _ => Extra::None,
            };
            let count = 1 + rng.below(4);
            let items = distinct(&mut rng, count, 50.0)
                .into_iter()
                .map(|sent| {
                    let link = rng.chance(85.0).then(|| Link {
                        text: 1 + rng.below(HEADINGS - 1),
                        target: if rng.chance(60.0) {
                            Target::Article {
                                index: rng.below(args.articles),
                                section: rng.below(2),
                            }
                        } else {
                            Target::Learn {
                                page: rng.below(LEARN_PAGES.len()),
                            }
                        },
                    });
                    Item { sent, link }
                })
                .collect();
            let tail = paragraph(&mut rng);
            sections.push(Section {
                heading,
                lead,
                extra,
                items,
                tail,
            });
        }
        let mut plan = Plan {
            index: i,
            service,
            date,
            hash,
            intro,
            sections,
        };
        // An error in the source itself, which every translation repeats.
        let mut src = Rng::new(article_seed(args.seed, i) ^ 0x5EED_0F0E_2200_0A11);
        if src.chance(args.source_error_rate) {
            let places: Vec<Place> = plan
                .sentences()
                .into_iter()
                .filter(|(_, s)| matches!(s, Sent::Claim { concept, .. } if MODEL_CONCEPTS.contains(concept)))
                .map(|(p, _)| p)
                .collect();
            let place = if places.is_empty() {
                Place::Intro(0)
            } else {
                *src.pick(&places)
            };
            let concept = match plan.sentence_at(place) {
                Some(Sent::Claim { concept, .. }) => *concept,
                _ => *src.pick(&MODEL_CONCEPTS),
            };
            if let Some(s) = plan.sentence_at_mut(place) {
                *s = Sent::Claim { concept, bad: true };
            }
        }
        plan
    }

    /// Every prose sentence with its place, in page order.
    fn sentences(&self) -> Vec<(Place, Sent)> {
        let mut out: Vec<(Place, Sent)> = self
            .intro
            .iter()
            .enumerate()
            .map(|(j, s)| (Place::Intro(j), *s))
            .collect();
        for (k, sec) in self.sections.iter().enumerate() {
            out.extend(
                sec.lead
                    .iter()
                    .enumerate()
                    .map(|(j, s)| (Place::Lead(k, j), *s)),
            );
            out.extend(
                sec.items
                    .iter()
                    .enumerate()
                    .map(|(j, it)| (Place::Item(k, j), it.sent)),
            );
            out.extend(
                sec.tail
                    .iter()
                    .enumerate()
                    .map(|(j, s)| (Place::Tail(k, j), *s)),
            );
        }
        out
    }

    fn sentence_at(&self, p: Place) -> Option<&Sent> {
        match p {
            Place::Intro(j) => self.intro.get(j),
            Place::Lead(k, j) => self.sections.get(k)?.lead.get(j),
            Place::Item(k, j) => self.sections.get(k)?.items.get(j).map(|i| &i.sent),
            Place::Tail(k, j) => self.sections.get(k)?.tail.get(j),
            Place::Alert(_) | Place::Row(..) => None,
        }
    }

    fn sentence_at_mut(&mut self, p: Place) -> Option<&mut Sent> {
        match p {
            Place::Intro(j) => self.intro.get_mut(j),
            Place::Lead(k, j) => self.sections.get_mut(k)?.lead.get_mut(j),
            Place::Item(k, j) => self
                .sections
                .get_mut(k)?
                .items
                .get_mut(j)
                .map(|i| &mut i.sent),
            Place::Tail(k, j) => self.sections.get_mut(k)?.tail.get_mut(j),
            Place::Alert(_) | Place::Row(..) => None,
        }
    }

    /// Every place that shows a number of the plan (not the fixed numbers of claims).
    fn numbers(&self) -> Vec<Place> {
        let mut out: Vec<Place> = self
            .sentences()
            .into_iter()
            .filter(|(_, s)| matches!(s, Sent::Filler { idx, .. } if numeric_filler(*idx as usize)))
            .map(|(p, _)| p)
            .collect();
        for (k, sec) in self.sections.iter().enumerate() {
            match &sec.extra {
                Extra::Alert { n, .. } if *n > 0 => out.push(Place::Alert(k)),
                Extra::Table(rows) => out.extend((0..rows.len()).map(|r| Place::Row(k, r))),
                _ => {}
            }
        }
        out
    }

    /// The defect of one translated file, if it gets one.
    fn defect(&self, args: &Args, locale: usize) -> Option<Defect> {
        let mut rng = Rng::new(
            article_seed(args.seed, self.index)
                ^ (locale as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407),
        );
        if !rng.chance(args.defect_rate) {
            return None;
        }
        // A kind the page cannot carry (no list item with a link, no number) is drawn again.
        loop {
            match rng.below(6) {
                0 => return Some(Defect::DropSection(rng.below(self.sections.len()))),
                1 => {
                    if rng.chance(50.0) {
                        let items: Vec<(usize, usize)> =
                            self.items().map(|(k, j, _)| (k, j)).collect();
                        let (k, j) = *rng.pick(&items);
                        return Some(Defect::DropItem(k, j));
                    }
                    let prose: Vec<Place> = self
                        .sentences()
                        .into_iter()
                        .map(|(p, _)| p)
                        .filter(|p| !matches!(p, Place::Item(..)))
                        .collect();
                    return Some(Defect::DropSentence(*rng.pick(&prose)));
                }
                2 => {
                    let claims: Vec<Place> = self
                        .sentences()
                        .into_iter()
                        .filter(|(_, s)| matches!(s, Sent::Claim { bad: false, .. }))
                        .map(|(p, _)| p)
                        .collect();
                    if !claims.is_empty() {
                        return Some(Defect::Invert(*rng.pick(&claims)));
                    }
                }
                3 => {
                    let linked: Vec<(usize, usize)> = self
                        .items()
                        .filter(|(_, _, it)| it.link.is_some())
                        .map(|(k, j, _)| (k, j))
                        .collect();
                    if !linked.is_empty() {
                        let (k, j) = *rng.pick(&linked);
                        return Some(if rng.chance(50.0) {
                            Defect::DropLink(k, j)
                        } else {
                            Defect::Retarget(k, j)
                        });
                    }
                }
                4 => {
                    let numbers = self.numbers();
                    if !numbers.is_empty() {
                        return Some(Defect::Number(*rng.pick(&numbers)));
                    }
                }
                _ => return Some(Defect::Stale),
            }
        }
    }

    fn items(&self) -> impl Iterator<Item = (usize, usize, &Item)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(k, s)| s.items.iter().enumerate().map(move |(j, it)| (k, j, it)))
    }
}

/// What a translation got wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Defect {
    DropSection(usize),
    DropItem(usize, usize),
    DropSentence(Place),
    Invert(Place),
    DropLink(usize, usize),
    Retarget(usize, usize),
    Number(Place),
    Stale,
}

impl Defect {
    fn name(&self) -> &'static str {
        match self {
            Defect::DropSection(_) => "dropped section",
            Defect::DropItem(..) => "dropped list item",
            Defect::DropSentence(_) => "dropped sentence",
            Defect::Invert(_) => "claim negated or inverted",
            Defect::DropLink(..) => "dropped link",
            Defect::Retarget(..) => "retargeted link",
            Defect::Number(_) => "changed number",
            Defect::Stale => "stale ms.openlocfilehash",
        }
    }
}

// ---------------------------------------------------------------------------------------
// Rendering one locale of a plan.

struct Page<'a> {
    plan: &'a Plan,
    bank: &'static Bank,
    locale: &'a str,
    source: bool,
    defect: Option<Defect>,
    articles: usize,
    seed: u64,
}

impl Page<'_> {
    fn render(&self) -> String {
        let (plan, b) = (self.plan, self.bank);
        let service = SERVICES[plan.service];
        let i = plan.index;
        let name = format!("article-{i:06}");
        let stale = self.defect == Some(Defect::Stale);
        let year = if stale { 2023 } else { 2024 };
        let mut s = String::with_capacity(8192);
        let _ = writeln!(s, "---\ntitle: {}\ndescription: {}", b.title, b.description);
        let _ = writeln!(
            s,
            "author: writer{}\nms.author: writer{}\nms.service: {service}\nms.topic: conceptual",
            i % 17,
            i % 17
        );
        let _ = writeln!(s, "ms.date: {:02}/{:02}/{year}", plan.date.0, plan.date.1);
        if !self.source {
            let hash = if stale {
                // An older source revision: another hash.
                let mut r = Rng::new(article_seed(self.seed, i) ^ 0x0000_57A1_E000_0000);
                format!("{:016x}{:016x}", r.next(), r.next())
            } else {
                plan.hash.clone()
            };
            let _ = writeln!(
                s,
                "ms.openlocfilehash: {hash}\nms.sourcegitcommit: {}\nms.translationtype: HT",
                &hash[..16]
            );
            let _ = writeln!(
                s,
                "ms.contentlocale: {}\nms.lasthandoff: 06/01/{year}\nms.locfileid: \"{}\"",
                self.locale,
                90_000_000 + i
            );
        }
        s.push_str("---\n\n");
        let _ = writeln!(s, "# <a name=\"{name}\"></a>{}\n", b.title);
        self.paragraph(&mut s, &plan.intro, Place::Intro);
        for (k, sec) in plan.sections.iter().enumerate() {
            if self.defect == Some(Defect::DropSection(k)) {
                continue;
            }
            let _ = writeln!(s, "## <a name=\"s{k}\"></a>{}\n", b.headings[sec.heading]);
            self.paragraph(&mut s, &sec.lead, |j| Place::Lead(k, j));
            match &sec.extra {
                Extra::None => {}
                Extra::Alert { kind, note, n } => {
                    let n = self.number(Place::Alert(k), *n);
                    let text = b.notes[*note].replace("{n}", &n.to_string());
                    let _ = writeln!(s, "> [!{}]\n> {text}\n", ALERTS[*kind]);
                }
                Extra::Include(x) => {
                    let _ = writeln!(
                        s,
                        "[!INCLUDE [{service}-cmk-{x}](../../includes/{service}-cmk-{x}.md)]\n"
                    );
                }
                Extra::Code(c) => {
                    let _ = writeln!(
                        s,
                        "{}\n",
                        CODE[*c].replace("{svc}", SERVICE_CLI[plan.service])
                    );
                }
                Extra::Table(rows) => {
                    let _ = writeln!(s, "| {} | {} |\n|---|---|", b.table.0, b.table.1);
                    for (r, (row, n)) in rows.iter().enumerate() {
                        let n = self.number(Place::Row(k, r), *n);
                        let _ = writeln!(s, "| {} | {n} |", b.rows[*row]);
                    }
                    s.push('\n');
                }
            }
            let mut number = 1;
            for (j, item) in sec.items.iter().enumerate() {
                if self.defect == Some(Defect::DropItem(k, j)) {
                    continue;
                }
                let _ = write!(
                    s,
                    "{number}. {}",
                    self.sentence(item.sent, Place::Item(k, j))
                );
                number += 1;
                if let Some(link) = item.link {
                    if self.defect != Some(Defect::DropLink(k, j)) {
                        let retarget = self.defect == Some(Defect::Retarget(k, j));
                        let link = format!(
                            "[{}]({})",
                            b.headings[link.text],
                            self.target(link.target, retarget)
                        );
                        if !b.unspaced() {
                            s.push(' ');
                        }
                        s.push_str(&b.see.replace("{link}", &link));
                    }
                }
                s.push('\n');
            }
            if !sec.items.is_empty() {
                s.push('\n');
            }
            self.paragraph(&mut s, &sec.tail, |j| Place::Tail(k, j));
        }
        s
    }

    fn paragraph(&self, s: &mut String, sents: &[Sent], place: impl Fn(usize) -> Place) {
        let mut first = true;
        for (j, sent) in sents.iter().enumerate() {
            let p = place(j);
            if self.defect == Some(Defect::DropSentence(p)) {
                continue;
            }
            if !first && !self.bank.unspaced() {
                s.push(' ');
            }
            first = false;
            s.push_str(&self.sentence(*sent, p));
        }
        s.push_str("\n\n");
    }

    fn sentence(&self, sent: Sent, place: Place) -> String {
        match sent {
            Sent::Claim { concept, bad } => {
                let (good, wrong) = self.bank.claims[concept as usize];
                let invert = self.defect == Some(Defect::Invert(place));
                if bad || invert { wrong } else { good }.to_string()
            }
            Sent::Filler { idx, n } => {
                let text = self.bank.fillers[idx as usize];
                if numeric_filler(idx as usize) {
                    text.replace("{n}", &self.number(place, n).to_string())
                } else {
                    text.to_string()
                }
            }
        }
    }

    /// A number of the plan, changed when this place carries the number defect.
    fn number(&self, place: Place, n: u32) -> u32 {
        if self.defect == Some(Defect::Number(place)) {
            n + 1 + n / 2
        } else {
            n
        }
    }

    fn target(&self, t: Target, retarget: bool) -> String {
        match t {
            Target::Article { index, section } => {
                let index = if retarget {
                    // Another article, never the same one.
                    let n = self.articles.max(2);
                    (index + 1 + self.plan.index % (n - 1)) % n
                } else {
                    index
                };
                let svc = SERVICES[service_of(self.seed, index)];
                format!("../{svc}/article-{index:06}.md#s{section}")
            }
            Target::Learn { page } => {
                let page = if retarget {
                    (page + 1) % LEARN_PAGES.len()
                } else {
                    page
                };
                format!(
                    "https://learn.microsoft.com/{}/azure/{}/{}",
                    self.locale, SERVICES[self.plan.service], LEARN_PAGES[page]
                )
            }
        }
    }
}

/// One include file: front matter and a short paragraph of fillers.
fn include_page(b: &Bank, locale: &str, source: bool, svc: usize, k: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "---\ntitle: include file\ndescription: include file\nauthor: writer{k}\nms.author: writer{k}\nms.service: {}\nms.topic: include\nms.date: 01/15/2024",
        SERVICES[svc]
    );
    if !source {
        let _ = writeln!(
            s,
            "ms.openlocfilehash: {:032x}\nms.sourcegitcommit: {:016x}\nms.translationtype: HT\nms.contentlocale: {locale}\nms.lasthandoff: 06/01/2024\nms.locfileid: \"{}\"",
            0xC0FFEE_u128 * 1000 + (svc * 3 + k) as u128,
            0xC0FFEE_u64 + (svc * 3 + k) as u64,
            80_000_000 + svc * 3 + k
        );
    }
    let sep = if b.unspaced() { "" } else { " " };
    let _ = writeln!(
        s,
        "---\n\n{}{sep}{}\n",
        b.fillers[[0, 6, 7][k]],
        b.fillers[[1, 2, 1][k]]
    );
    s
}

// ---------------------------------------------------------------------------------------
// Command line.

struct Args {
    articles: usize,
    locales: usize,
    out: PathBuf,
    seed: u64,
    sections: usize,
    defect_rate: f64,
    source_error_rate: f64,
    check_banks: bool,
    bank_sample: bool,
    /// Where to list each file's defect (`path<TAB>defect`), if anywhere.
    defect_log: Option<PathBuf>,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        articles: 100,
        locales: 18,
        out: PathBuf::new(),
        seed: 1,
        sections: 6,
        defect_rate: 3.0,
        source_error_rate: 1.0,
        check_banks: false,
        bank_sample: false,
        defect_log: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        let percent = |v: String, flag: &str| -> Result<f64, String> {
            let p: f64 = v.parse().map_err(|e| format!("{flag}: {e}"))?;
            if (0.0..=100.0).contains(&p) {
                Ok(p)
            } else {
                Err(format!("{flag}: {p} is not a percentage (0-100)"))
            }
        };
        match flag.as_str() {
            "--articles" => {
                a.articles = value()?.parse().map_err(|e| format!("--articles: {e}"))?
            }
            "--locales" => {
                a.locales = value()?
                    .parse::<usize>()
                    .map_err(|e| format!("--locales: {e}"))?
                    .clamp(1, LOCALES.len())
            }
            "--out" => a.out = PathBuf::from(value()?),
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--sections" => {
                a.sections = value()?.parse().map_err(|e| format!("--sections: {e}"))?
            }
            "--defect-rate" => a.defect_rate = percent(value()?, "--defect-rate")?,
            "--source-error-rate" => {
                a.source_error_rate = percent(value()?, "--source-error-rate")?
            }
            "--check-banks" => a.check_banks = true,
            "--bank-sample" => a.bank_sample = true,
            "--defect-log" => a.defect_log = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if a.out.as_os_str().is_empty() && !a.check_banks {
        return Err("--out DIR is required".into());
    }
    Ok(a)
}

fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "gen-corpus: {e}\nusage: gen-corpus --articles N --locales L --out DIR [--seed S] [--sections K] \
                 [--defect-rate P] [--source-error-rate P] [--defect-log FILE]\n       gen-corpus --check-banks\n       gen-corpus --bank-sample --out DIR"
            );
            std::process::exit(2);
        }
    };
    if args.check_banks {
        let failures = check_banks(true);
        std::process::exit(i32::from(!failures.is_empty()));
    }
    if args.bank_sample {
        if let Err(e) = write_bank_sample(&args.out) {
            eprintln!("gen-corpus: {e}");
            std::process::exit(1);
        }
        return;
    }
    let started = std::time::Instant::now();
    let mut bytes = 0;
    for (l, locale) in LOCALES.iter().take(args.locales).enumerate() {
        let dir = args.out.join(locale).join("includes");
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for (svc, service) in SERVICES.iter().enumerate() {
            for k in 0..3 {
                let text = include_page(bank(locale), locale, l == 0, svc, k);
                let path = dir.join(format!("{service}-cmk-{k}.md"));
                std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                bytes += text.len() as u64;
            }
        }
    }
    let stats = (0..args.articles)
        .into_par_iter()
        .map(|i| write_article(&args, i).unwrap_or_else(|e| panic!("article {i}: {e}")))
        .reduce(Stats::default, Stats::add);
    let files = args.articles * args.locales + SERVICES.len() * 3 * args.locales;
    if let Some(path) = &args.defect_log {
        let mut log = stats.log.clone();
        log.sort();
        log.push(String::new());
        std::fs::write(path, log.join("\n")).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    eprintln!(
        "gen-corpus: {files} files, {:.1} MB in {} ({:.1}s); {:.0}% of sentences state a claim; \
         {} translated files with a defect ({}), {} articles with a source error",
        (bytes + stats.bytes) as f64 / 1e6,
        args.out.display(),
        started.elapsed().as_secs_f64(),
        100.0 * stats.claims as f64 / stats.sentences.max(1) as f64,
        stats.defects.values().sum::<usize>(),
        stats
            .defects
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join(", "),
        stats.source_errors,
    );
}

#[derive(Default)]
struct Stats {
    bytes: u64,
    sentences: usize,
    claims: usize,
    defects: BTreeMap<&'static str, usize>,
    source_errors: usize,
    /// `path<TAB>defect<TAB>where` per defect (for `--defect-log`).
    log: Vec<String>,
}

impl Stats {
    fn add(mut self, o: Stats) -> Stats {
        self.bytes += o.bytes;
        self.sentences += o.sentences;
        self.claims += o.claims;
        for (k, v) in o.defects {
            *self.defects.entry(k).or_default() += v;
        }
        self.source_errors += o.source_errors;
        self.log.extend(o.log);
        self
    }
}

/// Writes every locale of article `i`.
fn write_article(args: &Args, i: usize) -> std::io::Result<Stats> {
    let plan = Plan::new(args, i);
    let service = SERVICES[plan.service];
    let name = format!("article-{i:06}");
    let sentences = plan.sentences();
    let mut stats = Stats {
        sentences: sentences.len(),
        claims: sentences
            .iter()
            .filter(|(_, s)| matches!(s, Sent::Claim { .. }))
            .count(),
        source_errors: usize::from(
            sentences
                .iter()
                .any(|(_, s)| matches!(s, Sent::Claim { bad: true, .. })),
        ),
        ..Stats::default()
    };
    let rel = |locale: &str| format!("{locale}/articles/{service}/{name}.md");
    if args.defect_log.is_some() {
        for (p, s) in &sentences {
            if let Sent::Claim { concept, bad: true } = s {
                stats.log.push(format!(
                    "{}\tsource error\tconcept {concept} at {p:?}",
                    rel(LOCALES[0])
                ));
            }
        }
    }
    for (l, locale) in LOCALES.iter().take(args.locales).enumerate() {
        let defect = if l == 0 { None } else { plan.defect(args, l) };
        if let Some(d) = defect {
            *stats.defects.entry(d.name()).or_default() += 1;
            if args.defect_log.is_some() {
                stats
                    .log
                    .push(format!("{}\t{}\t{d:?}", rel(locale), d.name()));
            }
        }
        let text = Page {
            plan: &plan,
            bank: bank(locale),
            locale,
            source: l == 0,
            defect,
            articles: args.articles,
            seed: args.seed,
        }
        .render();
        let dir = args.out.join(locale).join("articles").join(service);
        std::fs::create_dir_all(&dir)?;
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{name}.md")))?);
        f.write_all(text.as_bytes())?;
        f.flush()?;
        stats.bytes += text.len() as u64;
    }
    Ok(stats)
}

// ---------------------------------------------------------------------------------------
// Bank verification with concord's own extractor.

/// Every string of a bank that must state no claim, with a label.
fn claim_free(b: &Bank) -> Vec<(String, String)> {
    let mut out = vec![("title".to_string(), b.title.to_string())];
    for (j, f) in b.fillers.iter().enumerate() {
        out.push((format!("filler {j}"), f.replace("{n}", "12")));
    }
    for (j, h) in b.headings.iter().enumerate() {
        out.push((format!("heading {j}"), h.to_string()));
        out.push((format!("see {j}"), b.see.replace("{link}", h)));
    }
    for (j, n) in b.notes.iter().enumerate() {
        out.push((format!("note {j}"), n.replace("{n}", "12")));
    }
    out.push(("table".into(), format!("{} {}", b.table.0, b.table.1)));
    for (j, r) in b.rows.iter().enumerate() {
        out.push((format!("row {j}"), r.to_string()));
    }
    out
}

/// The ASCII digit runs of a text (what CC113 compares).
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks every bank against en-us with the extractor; prints a locale x concept table
/// when `print`, returns the failures.
fn check_banks(print: bool) -> Vec<String> {
    let ex = Extractor::new(&BTreeMap::new()).expect("built-in lexicons");
    let claims = |locale: &str, text: &str| -> Vec<String> {
        let lex = ex
            .lexicon_for(&Locale::parse(locale).expect("locale"))
            .expect("lexicon");
        let mut out: Vec<String> = concord::claims::segment::sentences(text, &lex.abbreviations)
            .into_iter()
            .flat_map(|s| ex.sentence_claims(lex, s))
            .map(|(id, pol, value)| {
                let neg = if pol == Polarity::Negated { "!" } else { "" };
                match value {
                    Some(v) => format!("{id}{neg}={v}"),
                    None => format!("{id}{neg}"),
                }
            })
            .collect();
        out.sort();
        out.dedup();
        out
    };
    let mut failures = Vec::new();
    let mut table = String::new();
    let _ = write!(table, "{:7}", "locale");
    for k in 0..CLAIMS {
        let _ = write!(table, " {k:>4}");
    }
    table.push_str("  other\n");
    let expected: Vec<(Vec<String>, Vec<String>)> = EN
        .claims
        .iter()
        .map(|(g, w)| (claims("en-us", g), claims("en-us", w)))
        .collect();
    for (k, (g, w)) in expected.iter().enumerate() {
        if g.is_empty() || g == w {
            failures.push(format!("en-us concept {k}: asserted {g:?}, bad {w:?}"));
        }
    }
    for b in BANKS {
        let _ = write!(table, "{:7}", b.locale);
        for (k, (good, wrong)) in b.claims.iter().enumerate() {
            let mut ok = true;
            for (form, text, want, en) in [
                ("asserted", good, &expected[k].0, EN.claims[k].0),
                ("bad", wrong, &expected[k].1, EN.claims[k].1),
            ] {
                let got = claims(b.locale, text);
                if &got != want {
                    ok = false;
                    failures.push(format!(
                        "{} concept {k} {form}: {text:?} gives {got:?}, en-us gives {want:?}",
                        b.locale
                    ));
                }
                if numbers(text) != numbers(en) {
                    ok = false;
                    failures.push(format!(
                        "{} concept {k} {form}: numbers {:?}, en-us has {:?}",
                        b.locale,
                        numbers(text),
                        numbers(en)
                    ));
                }
                let n = concord::claims::segment::sentences(text, &[]).len();
                if n != 1 && !b.unspaced() {
                    ok = false;
                    failures.push(format!("{} concept {k} {form}: {n} sentences", b.locale));
                }
            }
            let _ = write!(table, " {:>4}", if ok { "ok" } else { "FAIL" });
        }
        let mut other_ok = true;
        for ((label, text), (_, en)) in claim_free(b).iter().zip(claim_free(&EN)) {
            let got = claims(b.locale, text);
            if !got.is_empty() {
                other_ok = false;
                failures.push(format!("{} {label}: {text:?} gives {got:?}", b.locale));
            }
            if numbers(text) != numbers(&en) {
                other_ok = false;
                failures.push(format!(
                    "{} {label}: numbers {:?}, en-us has {:?}",
                    b.locale,
                    numbers(text),
                    numbers(&en)
                ));
            }
        }
        for (j, f) in b.fillers.iter().enumerate() {
            if f.contains("{n}") != numeric_filler(j) {
                other_ok = false;
                failures.push(format!("{} filler {j}: {{n}} differs from en-us", b.locale));
            }
        }
        for (j, f) in b.notes.iter().enumerate() {
            if f.contains("{n}") != EN.notes[j].contains("{n}") {
                other_ok = false;
                failures.push(format!("{} note {j}: {{n}} differs from en-us", b.locale));
            }
        }
        let _ = writeln!(table, "  {}", if other_ok { "ok" } else { "FAIL" });
    }
    if print {
        println!("en-us claims per concept (asserted | bad):");
        for (k, (g, w)) in expected.iter().enumerate() {
            println!("  {k}: {} | {}", g.join(" "), w.join(" "));
        }
        println!("\n{table}");
        for f in &failures {
            println!("FAIL {f}");
        }
        println!(
            "{} banks, {CLAIMS} concepts: {}",
            BANKS.len(),
            if failures.is_empty() {
                "all consistent".to_string()
            } else {
                format!("{} failures", failures.len())
            }
        );
    }
    failures
}

/// Writes `<out>/<locale>/articles/banks/bank.md` for every locale: each bank string in a
/// paragraph of its own, on the same line in every locale (`concord claims` can then be
/// compared line by line), then the claim-free strings in their Markdown contexts.
fn write_bank_sample(out: &Path) -> std::io::Result<()> {
    for b in BANKS {
        let mut s = String::from("---\ntitle: bank\nms.topic: conceptual\n---\n\n");
        for (good, bad) in b.claims {
            let _ = writeln!(s, "{good}\n\n{bad}\n");
        }
        let _ = writeln!(s, "# {}\n", b.title);
        for h in &b.headings[1..] {
            let _ = writeln!(s, "## {h}\n");
        }
        for f in b.fillers {
            let _ = writeln!(s, "{}\n", f.replace("{n}", "12"));
        }
        for n in b.notes {
            let _ = writeln!(s, "> [!NOTE]\n> {}\n", n.replace("{n}", "12"));
        }
        let _ = writeln!(s, "| {} | {} |\n|---|---|", b.table.0, b.table.1);
        for r in b.rows {
            let _ = writeln!(s, "| {r} | 12 |");
        }
        s.push('\n');
        for (j, h) in b.headings.iter().enumerate() {
            let link = format!("[{h}](../x/article-000001.md#s{j})");
            let _ = writeln!(s, "{}. {}\n", j + 1, b.see.replace("{link}", &link));
        }
        let dir = out.join(b.locale).join("articles").join("banks");
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("bank.md"), s)?;
    }
    Ok(())
}

#[test]
fn banks_agree_with_the_extractor() {
    let failures = check_banks(false);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// The banks, in LOCALES order.

fn bank(locale: &str) -> &'static Bank {
    BANKS
        .iter()
        .find(|b| b.locale == locale)
        .expect("a bank per locale")
}

const BANKS: [&Bank; 18] = [
    &EN, &FR, &DE, &ES, &JA, &ZH_CN, &IT, &PT_BR, &PT_PT, &NL, &SV, &PL, &CS, &HU, &TR, &RU, &KO,
    &ZH_TW,
];

const EN: Bank = Bank {
    locale: "en-us",
    title: "Data encryption with customer-managed keys",
    description: "Learn how the service encrypts your data and how to use your own keys.",
    claims: [
        (
            "Data is encrypted when it's written and decrypted when it's read.",
            "Data is encrypted when it's read and decrypted when it's written.",
        ),
        (
            "Customer-managed keys are supported for this service.",
            "Customer-managed keys aren't supported for this service.",
        ),
        (
            "Data at rest is encrypted by default.",
            "Data at rest isn't encrypted by default.",
        ),
        (
            "The customer-managed key must be stored in Azure Key Vault.",
            "The customer-managed key doesn't need to be stored in Azure Key Vault.",
        ),
        (
            "Encryption uses 256-bit AES and is FIPS 140-2 compliant.",
            "Encryption uses 256-bit AES but isn't FIPS 140-2 compliant.",
        ),
        (
            "Only RSA keys of size 2048 are supported.",
            "RSA keys of size 2048 aren't supported.",
        ),
        (
            "Encryption is transparent to your applications.",
            "Encryption is managed by you.",
        ),
        (
            "You can create, rotate, disable, and revoke keys.",
            "You can create, rotate, and revoke keys.",
        ),
        (
            "Requests are usually approved within 3-5 business days.",
            "Requests are usually approved within 5-7 business days.",
        ),
        (
            "Data in transit is always encrypted.",
            "Data in transit isn't encrypted.",
        ),
    ],
    fillers: [
        "This article describes how to set up the service for production workloads.",
        "You can use the Azure portal, the Azure CLI, or PowerShell to complete these steps.",
        "Make sure that you have the required permissions before you begin.",
        "Changes can take up to {n} minutes to take effect.",
        "Each subscription can contain up to {n} instances of the service.",
        "Diagnostic logs are kept for {n} days.",
        "Follow the steps in the order in which they appear.",
        "Test the configuration in a development environment first.",
    ],
    headings: [
        "Overview",
        "Prerequisites",
        "How encryption works",
        "Customer-managed keys",
        "Limitations",
        "Set up the key",
        "Monitor the service",
        "Next steps",
    ],
    notes: [
        "This feature is currently in public preview.",
        "Role assignments can take up to {n} minutes to propagate.",
        "Deleted resources can't be recovered.",
    ],
    table: ("Setting", "Value"),
    rows: [
        "Maximum number of devices",
        "Retention period (days)",
        "Maximum message size (KB)",
        "Number of partitions",
    ],
    see: "For more information, see {link}.",
};

const FR: Bank = Bank {
    locale: "fr-fr",
    title: "Chiffrement des données avec des clés gérées par le client",
    description: "Découvrez comment le service chiffre vos données et comment utiliser vos propres clés.",
    claims: [
        (
            "Les données sont chiffrées lors de leur écriture et déchiffrées lors de leur lecture.",
            "Les données sont chiffrées lors de leur lecture et déchiffrées lors de leur écriture.",
        ),
        (
            "Les clés gérées par le client sont prises en charge pour ce service.",
            "Les clés gérées par le client ne sont pas prises en charge pour ce service.",
        ),
        (
            "Les données au repos sont chiffrées par défaut.",
            "Les données au repos ne sont pas chiffrées par défaut.",
        ),
        (
            "La clé gérée par le client doit être stockée dans Azure Key Vault.",
            "La clé gérée par le client n’a pas besoin d’être stockée dans Azure Key Vault.",
        ),
        (
            "Le chiffrement utilise AES 256 bits et est conforme à la norme FIPS 140-2.",
            "Le chiffrement utilise AES 256 bits, mais n’est pas conforme à la norme FIPS 140-2.",
        ),
        (
            "Seules les clés RSA de taille 2048 sont prises en charge.",
            "Les clés RSA de taille 2048 ne sont pas prises en charge.",
        ),
        (
            "Le chiffrement est transparent pour vos applications.",
            "Le chiffrement est géré par vos soins.",
        ),
        (
            "Vous pouvez créer, faire pivoter, désactiver et révoquer des clés.",
            "Vous pouvez créer, faire pivoter et révoquer des clés.",
        ),
        (
            "Les demandes sont généralement approuvées dans un délai de 3 à 5 jours ouvrés.",
            "Les demandes sont généralement approuvées dans un délai de 5 à 7 jours ouvrés.",
        ),
        (
            "Les données en transit sont toujours chiffrées.",
            "Les données en transit ne sont pas chiffrées.",
        ),
    ],
    fillers: [
        "Cet article explique comment configurer le service pour les charges de travail de production.",
        "Vous pouvez utiliser le portail Azure, Azure CLI ou PowerShell pour effectuer ces étapes.",
        "Vérifiez que vous disposez des autorisations nécessaires avant de commencer.",
        "L’application des modifications peut prendre jusqu’à {n} minutes.",
        "Chaque abonnement peut contenir jusqu’à {n} instances du service.",
        "Les journaux de diagnostic sont conservés pendant {n} jours.",
        "Suivez les étapes dans l’ordre dans lequel elles apparaissent.",
        "Testez d’abord la configuration dans un environnement de développement.",
    ],
    headings: [
        "Vue d’ensemble",
        "Prérequis",
        "Fonctionnement du chiffrement",
        "Clés gérées par le client",
        "Limitations",
        "Configurer la clé",
        "Superviser le service",
        "Étapes suivantes",
    ],
    notes: [
        "Cette fonctionnalité est actuellement en préversion publique.",
        "La propagation des attributions de rôles peut prendre jusqu’à {n} minutes.",
        "Les ressources supprimées ne peuvent pas être récupérées.",
    ],
    table: ("Paramètre", "Valeur"),
    rows: [
        "Nombre maximal d’appareils",
        "Période de conservation (jours)",
        "Taille maximale des messages (Ko)",
        "Nombre de partitions",
    ],
    see: "Pour plus d’informations, consultez {link}.",
};

const DE: Bank = Bank {
    locale: "de-de",
    title: "Datenverschlüsselung mit kundenseitig verwalteten Schlüsseln",
    description: "Hier erfahren Sie, wie der Dienst Ihre Daten verschlüsselt und wie Sie eigene Schlüssel verwenden.",
    claims: [
        (
            "Daten werden beim Schreiben verschlüsselt und beim Lesen entschlüsselt.",
            "Daten werden beim Lesen verschlüsselt und beim Schreiben entschlüsselt.",
        ),
        (
            "Kundenseitig verwaltete Schlüssel werden für diesen Dienst unterstützt.",
            "Kundenseitig verwaltete Schlüssel werden für diesen Dienst nicht unterstützt.",
        ),
        (
            "Ruhende Daten werden standardmäßig verschlüsselt.",
            "Ruhende Daten werden standardmäßig nicht verschlüsselt.",
        ),
        (
            "Der kundenseitig verwaltete Schlüssel muss in Azure Key Vault gespeichert werden.",
            "Der kundenseitig verwaltete Schlüssel muss nicht in Azure Key Vault gespeichert werden.",
        ),
        (
            "Die Verschlüsselung verwendet AES mit 256 Bit und ist FIPS 140-2-konform.",
            "Die Verschlüsselung verwendet AES mit 256 Bit, ist aber nicht FIPS 140-2-konform.",
        ),
        (
            "Es werden nur RSA-Schlüssel der Größe 2048 unterstützt.",
            "RSA-Schlüssel der Größe 2048 werden nicht unterstützt.",
        ),
        (
            "Die Verschlüsselung ist für Ihre Anwendungen transparent.",
            "Die Verschlüsselung wird von Ihnen verwaltet.",
        ),
        (
            "Sie können Schlüssel erstellen, rotieren, deaktivieren und widerrufen.",
            "Sie können Schlüssel erstellen, rotieren und widerrufen.",
        ),
        (
            "Anfragen werden in der Regel innerhalb von 3 bis 5 Werktagen genehmigt.",
            "Anfragen werden in der Regel innerhalb von 5 bis 7 Werktagen genehmigt.",
        ),
        (
            "Daten werden bei der Übertragung immer verschlüsselt.",
            "Daten werden bei der Übertragung nicht verschlüsselt.",
        ),
    ],
    fillers: [
        "In diesem Artikel wird beschrieben, wie Sie den Dienst für Produktionsworkloads einrichten.",
        "Sie können das Azure-Portal, die Azure CLI oder PowerShell verwenden, um diese Schritte auszuführen.",
        "Stellen Sie sicher, dass Sie über die erforderlichen Berechtigungen verfügen, bevor Sie beginnen.",
        "Es kann bis zu {n} Minuten dauern, bis Änderungen wirksam werden.",
        "Jedes Abonnement kann bis zu {n} Instanzen des Diensts enthalten.",
        "Diagnoseprotokolle werden {n} Tage lang aufbewahrt.",
        "Führen Sie die Schritte in der angegebenen Reihenfolge aus.",
        "Testen Sie die Konfiguration zuerst in einer Entwicklungsumgebung.",
    ],
    headings: [
        "Übersicht",
        "Voraussetzungen",
        "Funktionsweise der Verschlüsselung",
        "Kundenseitig verwaltete Schlüssel",
        "Einschränkungen",
        "Schlüssel einrichten",
        "Dienst überwachen",
        "Nächste Schritte",
    ],
    notes: [
        "Dieses Feature befindet sich derzeit in der öffentlichen Vorschau.",
        "Es kann bis zu {n} Minuten dauern, bis Rollenzuweisungen wirksam werden.",
        "Gelöschte Ressourcen können nicht wiederhergestellt werden.",
    ],
    table: ("Einstellung", "Wert"),
    rows: [
        "Maximale Anzahl von Geräten",
        "Aufbewahrungszeitraum (Tage)",
        "Maximale Nachrichtengröße (KB)",
        "Anzahl der Partitionen",
    ],
    see: "Weitere Informationen finden Sie unter {link}.",
};

const ES: Bank = Bank {
    locale: "es-es",
    title: "Cifrado de datos con claves administradas por el cliente",
    description: "Obtenga información sobre cómo cifra el servicio sus datos y cómo usar sus propias claves.",
    claims: [
        (
            "Los datos se cifran cuando se escriben y se descifran cuando se leen.",
            "Los datos se cifran cuando se leen y se descifran cuando se escriben.",
        ),
        (
            "Se admiten claves administradas por el cliente para este servicio.",
            "No se admiten claves administradas por el cliente para este servicio.",
        ),
        (
            "Los datos en reposo se cifran de forma predeterminada.",
            "Los datos en reposo no se cifran de forma predeterminada.",
        ),
        (
            "La clave administrada por el cliente debe almacenarse en Azure Key Vault.",
            "La clave administrada por el cliente no tiene que almacenarse en Azure Key Vault.",
        ),
        (
            "El cifrado usa AES de 256 bits y cumple la norma FIPS 140-2.",
            "El cifrado usa AES de 256 bits, pero no cumple la norma FIPS 140-2.",
        ),
        (
            "Solo se admiten claves RSA de tamaño 2048.",
            "No se admiten claves RSA de tamaño 2048.",
        ),
        (
            "El cifrado es transparente para sus aplicaciones.",
            "El cifrado está administrado por usted.",
        ),
        (
            "Puede crear, rotar, deshabilitar y revocar claves.",
            "Puede crear, rotar y revocar claves.",
        ),
        (
            "Las solicitudes se suelen aprobar en un plazo de 3 a 5 días hábiles.",
            "Las solicitudes se suelen aprobar en un plazo de 5 a 7 días hábiles.",
        ),
        (
            "Los datos en tránsito siempre se cifran.",
            "Los datos en tránsito no se cifran.",
        ),
    ],
    fillers: [
        "En este artículo se describe cómo configurar el servicio para cargas de trabajo de producción.",
        "Puede usar Azure Portal, la CLI de Azure o PowerShell para completar estos pasos.",
        "Asegúrese de tener los permisos necesarios antes de empezar.",
        "Los cambios pueden tardar hasta {n} minutos en aplicarse.",
        "Cada suscripción puede contener hasta {n} instancias del servicio.",
        "Los registros de diagnóstico se conservan durante {n} días.",
        "Siga los pasos en el orden en que aparecen.",
        "Pruebe primero la configuración en un entorno de desarrollo.",
    ],
    headings: [
        "Información general",
        "Requisitos previos",
        "Funcionamiento del cifrado",
        "Claves administradas por el cliente",
        "Limitaciones",
        "Configuración de la clave",
        "Supervisión del servicio",
        "Pasos siguientes",
    ],
    notes: [
        "Esta característica está actualmente en versión preliminar pública.",
        "Las asignaciones de roles pueden tardar hasta {n} minutos en propagarse.",
        "Los recursos eliminados no se pueden recuperar.",
    ],
    table: ("Configuración", "Valor"),
    rows: [
        "Número máximo de dispositivos",
        "Período de retención (días)",
        "Tamaño máximo de mensaje (KB)",
        "Número de particiones",
    ],
    see: "Para más información, consulte {link}.",
};

const IT: Bank = Bank {
    locale: "it-it",
    title: "Crittografia dei dati con chiavi gestite dal cliente",
    description: "Informazioni su come il servizio crittografa i dati e su come usare chiavi personalizzate.",
    claims: [
        (
            "I dati vengono crittografati quando vengono scritti e decrittografati quando vengono letti.",
            "I dati vengono crittografati quando vengono letti e decrittografati quando vengono scritti.",
        ),
        (
            "Le chiavi gestite dal cliente sono supportate per questo servizio.",
            "Le chiavi gestite dal cliente non sono supportate per questo servizio.",
        ),
        (
            "I dati inattivi vengono crittografati per impostazione predefinita.",
            "I dati inattivi non vengono crittografati per impostazione predefinita.",
        ),
        (
            "La chiave gestita dal cliente deve essere archiviata in Azure Key Vault.",
            "La chiave gestita dal cliente non deve necessariamente essere archiviata in Azure Key Vault.",
        ),
        (
            "La crittografia usa AES a 256 bit e soddisfa i requisiti FIPS 140-2.",
            "La crittografia usa AES a 256 bit, ma non soddisfa i requisiti FIPS 140-2.",
        ),
        (
            "Sono supportate solo le chiavi RSA di dimensione 2048.",
            "Le chiavi RSA di dimensione 2048 non sono supportate.",
        ),
        (
            "La crittografia è trasparente per le applicazioni.",
            "La crittografia è gestita dall'utente.",
        ),
        (
            "È possibile creare, ruotare, disabilitare e revocare le chiavi.",
            "È possibile creare, ruotare e revocare le chiavi.",
        ),
        (
            "Le richieste vengono in genere approvate entro 3-5 giorni lavorativi.",
            "Le richieste vengono in genere approvate entro 5-7 giorni lavorativi.",
        ),
        (
            "I dati in transito vengono sempre crittografati.",
            "I dati in transito non vengono crittografati.",
        ),
    ],
    fillers: [
        "Questo articolo descrive come configurare il servizio per i carichi di lavoro di produzione.",
        "Per completare questi passaggi, è possibile usare il portale di Azure, l'interfaccia della riga di comando di Azure o PowerShell.",
        "Prima di iniziare, assicurarsi di disporre delle autorizzazioni necessarie.",
        "L'applicazione delle modifiche può richiedere fino a {n} minuti.",
        "Ogni sottoscrizione può contenere fino a {n} istanze del servizio.",
        "I log di diagnostica vengono conservati per {n} giorni.",
        "Seguire i passaggi nell'ordine in cui sono riportati.",
        "Testare prima la configurazione in un ambiente di sviluppo.",
    ],
    headings: [
        "Panoramica",
        "Prerequisiti",
        "Funzionamento della crittografia",
        "Chiavi gestite dal cliente",
        "Limitazioni",
        "Configurare la chiave",
        "Monitorare il servizio",
        "Passaggi successivi",
    ],
    notes: [
        "Questa funzionalità è attualmente in anteprima pubblica.",
        "La propagazione delle assegnazioni di ruolo può richiedere fino a {n} minuti.",
        "Le risorse eliminate non possono essere recuperate.",
    ],
    table: ("Impostazione", "Valore"),
    rows: [
        "Numero massimo di dispositivi",
        "Periodo di conservazione (giorni)",
        "Dimensione massima dei messaggi (KB)",
        "Numero di partizioni",
    ],
    see: "Per altre informazioni, vedere {link}.",
};

const PT_BR: Bank = Bank {
    locale: "pt-br",
    title: "Criptografia de dados com chaves gerenciadas pelo cliente",
    description: "Saiba como o serviço criptografa seus dados e como usar suas próprias chaves.",
    claims: [
        (
            "Os dados são criptografados quando são gravados e descriptografados quando são lidos.",
            "Os dados são criptografados quando são lidos e descriptografados quando são gravados.",
        ),
        (
            "Há suporte para chaves gerenciadas pelo cliente neste serviço.",
            "Não há suporte para chaves gerenciadas pelo cliente neste serviço.",
        ),
        (
            "Os dados em repouso são criptografados por padrão.",
            "Os dados em repouso não são criptografados por padrão.",
        ),
        (
            "A chave gerenciada pelo cliente deve ser armazenada no Azure Key Vault.",
            "A chave gerenciada pelo cliente não precisa ser armazenada no Azure Key Vault.",
        ),
        (
            "A criptografia usa AES de 256 bits e está em conformidade com o FIPS 140-2.",
            "A criptografia usa AES de 256 bits, mas não está em conformidade com o FIPS 140-2.",
        ),
        (
            "Só há suporte para chaves RSA de tamanho 2048.",
            "Não há suporte para chaves RSA de tamanho 2048.",
        ),
        (
            "A criptografia é transparente para seus aplicativos.",
            "A criptografia é gerenciada por você.",
        ),
        (
            "Você pode criar, girar, desabilitar e revogar chaves.",
            "Você pode criar, girar e revogar chaves.",
        ),
        (
            "As solicitações geralmente são aprovadas em 3 a 5 dias úteis.",
            "As solicitações geralmente são aprovadas em 5 a 7 dias úteis.",
        ),
        (
            "Os dados em trânsito são sempre criptografados.",
            "Os dados em trânsito não são criptografados.",
        ),
    ],
    fillers: [
        "Este artigo descreve como configurar o serviço para cargas de trabalho de produção.",
        "Você pode usar o portal do Azure, a CLI do Azure ou o PowerShell para concluir estas etapas.",
        "Verifique se você tem as permissões necessárias antes de começar.",
        "As alterações podem levar até {n} minutos para entrar em vigor.",
        "Cada assinatura pode conter até {n} instâncias do serviço.",
        "Os logs de diagnóstico são mantidos por {n} dias.",
        "Siga as etapas na ordem em que aparecem.",
        "Teste a configuração primeiro em um ambiente de desenvolvimento.",
    ],
    headings: [
        "Visão geral",
        "Pré-requisitos",
        "Como funciona a criptografia",
        "Chaves gerenciadas pelo cliente",
        "Limitações",
        "Configurar a chave",
        "Monitorar o serviço",
        "Próximas etapas",
    ],
    notes: [
        "Este recurso está atualmente em versão prévia pública.",
        "As atribuições de função podem levar até {n} minutos para serem propagadas.",
        "Os recursos excluídos não podem ser recuperados.",
    ],
    table: ("Configuração", "Valor"),
    rows: [
        "Número máximo de dispositivos",
        "Período de retenção (dias)",
        "Tamanho máximo da mensagem (KB)",
        "Número de partições",
    ],
    see: "Para obter mais informações, confira {link}.",
};

const PT_PT: Bank = Bank {
    locale: "pt-pt",
    title: "Encriptação de dados com chaves geridas pelo cliente",
    description: "Saiba como o serviço encripta os seus dados e como utilizar as suas próprias chaves.",
    claims: [
        (
            "Os dados são encriptados quando são escritos e desencriptados quando são lidos.",
            "Os dados são encriptados quando são lidos e desencriptados quando são escritos.",
        ),
        (
            "As chaves geridas pelo cliente são suportadas neste serviço.",
            "As chaves geridas pelo cliente não são suportadas neste serviço.",
        ),
        (
            "Os dados inativos são encriptados por predefinição.",
            "Os dados inativos não são encriptados por predefinição.",
        ),
        (
            "A chave gerida pelo cliente tem de ser armazenada no Azure Key Vault.",
            "A chave gerida pelo cliente não tem de ser armazenada no Azure Key Vault.",
        ),
        (
            "A encriptação utiliza AES de 256 bits e está em conformidade com a norma FIPS 140-2.",
            "A encriptação utiliza AES de 256 bits, mas não está em conformidade com a norma FIPS 140-2.",
        ),
        (
            "Só são suportadas chaves RSA com o tamanho 2048.",
            "As chaves RSA com o tamanho 2048 não são suportadas.",
        ),
        (
            "A encriptação é transparente para as suas aplicações.",
            "A encriptação é gerida por si.",
        ),
        (
            "Pode criar, rodar, desativar e revogar chaves.",
            "Pode criar, rodar e revogar chaves.",
        ),
        (
            "Normalmente, os pedidos são aprovados em 3 a 5 dias úteis.",
            "Normalmente, os pedidos são aprovados em 5 a 7 dias úteis.",
        ),
        (
            "Os dados em trânsito são sempre encriptados.",
            "Os dados em trânsito não são encriptados.",
        ),
    ],
    fillers: [
        "Este artigo descreve como configurar o serviço para cargas de trabalho de produção.",
        "Pode utilizar o portal do Azure, a CLI do Azure ou o PowerShell para concluir estes passos.",
        "Certifique-se de que tem as permissões necessárias antes de começar.",
        "As alterações podem demorar até {n} minutos a entrar em vigor.",
        "Cada subscrição pode conter até {n} instâncias do serviço.",
        "Os registos de diagnóstico são mantidos durante {n} dias.",
        "Siga os passos pela ordem em que aparecem.",
        "Teste primeiro a configuração num ambiente de desenvolvimento.",
    ],
    headings: [
        "Descrição geral",
        "Pré-requisitos",
        "Como funciona a encriptação",
        "Chaves geridas pelo cliente",
        "Limitações",
        "Configurar a chave",
        "Monitorizar o serviço",
        "Passos seguintes",
    ],
    notes: [
        "Esta funcionalidade está atualmente em pré-visualização pública.",
        "As atribuições de funções podem demorar até {n} minutos a propagar-se.",
        "Os recursos eliminados não podem ser recuperados.",
    ],
    table: ("Definição", "Valor"),
    rows: [
        "Número máximo de dispositivos",
        "Período de retenção (dias)",
        "Tamanho máximo da mensagem (KB)",
        "Número de partições",
    ],
    see: "Para obter mais informações, veja {link}.",
};

const NL: Bank = Bank {
    locale: "nl-nl",
    title: "Gegevensversleuteling met door de klant beheerde sleutels",
    description: "Meer informatie over hoe de service uw gegevens versleutelt en hoe u uw eigen sleutels gebruikt.",
    claims: [
        (
            "Gegevens worden versleuteld wanneer ze worden geschreven en ontsleuteld wanneer ze worden gelezen.",
            "Gegevens worden versleuteld wanneer ze worden gelezen en ontsleuteld wanneer ze worden geschreven.",
        ),
        (
            "Door de klant beheerde sleutels worden ondersteund voor deze service.",
            "Door de klant beheerde sleutels worden niet ondersteund voor deze service.",
        ),
        (
            "Gegevens in rust worden standaard versleuteld.",
            "Gegevens in rust worden standaard niet versleuteld.",
        ),
        (
            "De door de klant beheerde sleutel moet worden opgeslagen in Azure Key Vault.",
            "De door de klant beheerde sleutel hoeft niet te worden opgeslagen in Azure Key Vault.",
        ),
        (
            "Versleuteling maakt gebruik van 256-bits AES en voldoet aan FIPS 140-2.",
            "Versleuteling maakt gebruik van 256-bits AES, maar voldoet niet aan FIPS 140-2.",
        ),
        (
            "Alleen RSA-sleutels met een grootte van 2048 worden ondersteund.",
            "RSA-sleutels met een grootte van 2048 worden niet ondersteund.",
        ),
        (
            "Versleuteling is transparant voor uw toepassingen.",
            "Versleuteling wordt door u beheerd.",
        ),
        (
            "U kunt sleutels maken, roteren, uitschakelen en intrekken.",
            "U kunt sleutels maken, roteren en intrekken.",
        ),
        (
            "Aanvragen worden doorgaans binnen 3-5 werkdagen goedgekeurd.",
            "Aanvragen worden doorgaans binnen 5-7 werkdagen goedgekeurd.",
        ),
        (
            "Gegevens worden tijdens de overdracht altijd versleuteld.",
            "Gegevens worden tijdens de overdracht niet versleuteld.",
        ),
    ],
    fillers: [
        "In dit artikel wordt beschreven hoe u de service configureert voor productieworkloads.",
        "U kunt de Azure-portal, de Azure CLI of PowerShell gebruiken om deze stappen uit te voeren.",
        "Zorg ervoor dat u over de vereiste machtigingen beschikt voordat u begint.",
        "Het kan tot {n} minuten duren voordat wijzigingen van kracht worden.",
        "Elk abonnement kan maximaal {n} exemplaren van de service bevatten.",
        "Diagnostische logboeken worden {n} dagen bewaard.",
        "Voer de stappen uit in de volgorde waarin ze worden weergegeven.",
        "Test de configuratie eerst in een ontwikkelomgeving.",
    ],
    headings: [
        "Overzicht",
        "Vereisten",
        "Hoe versleuteling werkt",
        "Door de klant beheerde sleutels",
        "Beperkingen",
        "De sleutel configureren",
        "De service bewaken",
        "Volgende stappen",
    ],
    notes: [
        "Deze functie is momenteel beschikbaar als openbare preview.",
        "Het kan tot {n} minuten duren voordat roltoewijzingen zijn doorgevoerd.",
        "Verwijderde resources kunnen niet worden hersteld.",
    ],
    table: ("Instelling", "Waarde"),
    rows: [
        "Maximumaantal apparaten",
        "Bewaarperiode (dagen)",
        "Maximale berichtgrootte (kB)",
        "Aantal partities",
    ],
    see: "Zie {link} voor meer informatie.",
};

const SV: Bank = Bank {
    locale: "sv-se",
    title: "Datakryptering med kundhanterade nycklar",
    description: "Lär dig hur tjänsten krypterar dina data och hur du använder dina egna nycklar.",
    claims: [
        (
            "Data krypteras när de skrivs och dekrypteras när de läses.",
            "Data krypteras när de läses och dekrypteras när de skrivs.",
        ),
        (
            "Kundhanterade nycklar stöds för den här tjänsten.",
            "Kundhanterade nycklar stöds inte för den här tjänsten.",
        ),
        (
            "Vilande data krypteras som standard.",
            "Vilande data krypteras inte som standard.",
        ),
        (
            "Den kundhanterade nyckeln måste lagras i Azure Key Vault.",
            "Den kundhanterade nyckeln behöver inte lagras i Azure Key Vault.",
        ),
        (
            "Krypteringen använder 256-bitars AES och uppfyller FIPS 140-2.",
            "Krypteringen använder 256-bitars AES men uppfyller inte FIPS 140-2.",
        ),
        (
            "Endast RSA-nycklar med storleken 2048 stöds.",
            "RSA-nycklar med storleken 2048 stöds inte.",
        ),
        (
            "Krypteringen är transparent för dina program.",
            "Krypteringen hanteras av dig.",
        ),
        (
            "Du kan skapa, rotera, inaktivera och återkalla nycklar.",
            "Du kan skapa, rotera och återkalla nycklar.",
        ),
        (
            "Begäranden godkänns vanligtvis inom 3-5 arbetsdagar.",
            "Begäranden godkänns vanligtvis inom 5-7 arbetsdagar.",
        ),
        (
            "Data krypteras alltid under överföring.",
            "Data krypteras inte under överföring.",
        ),
    ],
    fillers: [
        "I den här artikeln beskrivs hur du konfigurerar tjänsten för produktionsarbetsbelastningar.",
        "Du kan använda Azure-portalen, Azure CLI eller PowerShell för att slutföra de här stegen.",
        "Kontrollera att du har de behörigheter som krävs innan du börjar.",
        "Det kan ta upp till {n} minuter innan ändringarna börjar gälla.",
        "Varje prenumeration kan innehålla upp till {n} instanser av tjänsten.",
        "Diagnostikloggar sparas i {n} dagar.",
        "Följ stegen i den ordning som de visas.",
        "Testa konfigurationen i en utvecklingsmiljö först.",
    ],
    headings: [
        "Översikt",
        "Förutsättningar",
        "Så fungerar krypteringen",
        "Kundhanterade nycklar",
        "Begränsningar",
        "Konfigurera nyckeln",
        "Övervaka tjänsten",
        "Nästa steg",
    ],
    notes: [
        "Den här funktionen är för närvarande i offentlig förhandsversion.",
        "Det kan ta upp till {n} minuter innan rolltilldelningar har spridits.",
        "Borttagna resurser kan inte återställas.",
    ],
    table: ("Inställning", "Värde"),
    rows: [
        "Maximalt antal enheter",
        "Kvarhållningsperiod (dagar)",
        "Maximal meddelandestorlek (kB)",
        "Antal partitioner",
    ],
    see: "Mer information finns i {link}.",
};

const PL: Bank = Bank {
    locale: "pl-pl",
    title: "Szyfrowanie danych za pomocą kluczy zarządzanych przez klienta",
    description: "Dowiedz się, jak usługa szyfruje dane i jak używać własnych kluczy.",
    claims: [
        (
            "Dane są szyfrowane podczas zapisu i odszyfrowywane podczas odczytu.",
            "Dane są szyfrowane podczas odczytu i odszyfrowywane podczas zapisu.",
        ),
        (
            "Klucze zarządzane przez klienta są obsługiwane w tej usłudze.",
            "Klucze zarządzane przez klienta nie są obsługiwane w tej usłudze.",
        ),
        (
            "Dane w stanie spoczynku są domyślnie szyfrowane.",
            "Dane w stanie spoczynku nie są domyślnie szyfrowane.",
        ),
        (
            "Klucz zarządzany przez klienta musi być przechowywany w usłudze Azure Key Vault.",
            "Klucz zarządzany przez klienta nie musi być przechowywany w usłudze Azure Key Vault.",
        ),
        (
            "Szyfrowanie korzysta z 256-bitowego algorytmu AES i jest zgodne z FIPS 140-2.",
            "Szyfrowanie korzysta z 256-bitowego algorytmu AES, ale nie jest zgodne z FIPS 140-2.",
        ),
        (
            "Obsługiwane są tylko klucze RSA o rozmiarze 2048.",
            "Klucze RSA o rozmiarze 2048 nie są obsługiwane.",
        ),
        (
            "Szyfrowanie jest przezroczyste dla aplikacji.",
            "Szyfrowanie jest zarządzane przez Ciebie.",
        ),
        (
            "Możesz tworzyć, obracać, wyłączać i odwoływać klucze.",
            "Możesz tworzyć, obracać i odwoływać klucze.",
        ),
        (
            "Wnioski są zwykle zatwierdzane w ciągu 3-5 dni roboczych.",
            "Wnioski są zwykle zatwierdzane w ciągu 5-7 dni roboczych.",
        ),
        (
            "Dane są zawsze szyfrowane podczas przesyłania.",
            "Dane nie są szyfrowane podczas przesyłania.",
        ),
    ],
    fillers: [
        "W tym artykule opisano, jak skonfigurować usługę na potrzeby obciążeń produkcyjnych.",
        "Aby wykonać te kroki, możesz użyć witryny Azure Portal, interfejsu wiersza polecenia platformy Azure lub programu PowerShell.",
        "Przed rozpoczęciem upewnij się, że masz wymagane uprawnienia.",
        "Zastosowanie zmian może potrwać do {n} minut.",
        "Każda subskrypcja może zawierać maksymalnie {n} wystąpień usługi.",
        "Dzienniki diagnostyczne są przechowywane przez {n} dni.",
        "Wykonaj kroki w podanej kolejności.",
        "Najpierw przetestuj konfigurację w środowisku deweloperskim.",
    ],
    headings: [
        "Omówienie",
        "Wymagania wstępne",
        "Jak działa szyfrowanie",
        "Klucze zarządzane przez klienta",
        "Ograniczenia",
        "Konfigurowanie klucza",
        "Monitorowanie usługi",
        "Następne kroki",
    ],
    notes: [
        "Ta funkcja jest obecnie dostępna w publicznej wersji zapoznawczej.",
        "Propagacja przypisań ról może potrwać do {n} minut.",
        "Usuniętych zasobów nie można odzyskać.",
    ],
    table: ("Ustawienie", "Wartość"),
    rows: [
        "Maksymalna liczba urządzeń",
        "Okres przechowywania (dni)",
        "Maksymalny rozmiar komunikatu (KB)",
        "Liczba partycji",
    ],
    see: "Aby uzyskać więcej informacji, zobacz {link}.",
};

const CS: Bank = Bank {
    locale: "cs-cz",
    title: "Šifrování dat pomocí klíčů spravovaných zákazníkem",
    description: "Zjistěte, jak služba šifruje vaše data a jak používat vlastní klíče.",
    claims: [
        (
            "Data jsou šifrována při zápisu a dešifrována při čtení.",
            "Data jsou šifrována při čtení a dešifrována při zápisu.",
        ),
        (
            "Klíče spravované zákazníkem jsou pro tuto službu podporovány.",
            "Klíče spravované zákazníkem nejsou pro tuto službu podporovány.",
        ),
        (
            "Neaktivní data jsou ve výchozím nastavení šifrována.",
            "Neaktivní data nejsou ve výchozím nastavení šifrována.",
        ),
        (
            "Klíč spravovaný zákazníkem musí být uložený v Azure Key Vault.",
            "Klíč spravovaný zákazníkem nemusí být uložený v Azure Key Vault.",
        ),
        (
            "Šifrování používá AES-256 a je v souladu se standardem FIPS 140-2.",
            "Šifrování používá AES-256, ale není v souladu se standardem FIPS 140-2.",
        ),
        (
            "Podporovány jsou pouze klíče RSA o velikosti 2048.",
            "Klíče RSA o velikosti 2048 nejsou podporovány.",
        ),
        (
            "Šifrování je pro vaše aplikace transparentní.",
            "Šifrování je spravováno vámi.",
        ),
        (
            "Můžete vytvářet, otáčet, zakazovat a odvolávat klíče.",
            "Můžete vytvářet, otáčet a odvolávat klíče.",
        ),
        (
            "Žádosti se obvykle schvalují do 3-5 pracovních dnů.",
            "Žádosti se obvykle schvalují do 5-7 pracovních dnů.",
        ),
        (
            "Přenášená data jsou vždy šifrována.",
            "Přenášená data nejsou šifrována.",
        ),
    ],
    fillers: [
        "Tento článek popisuje, jak nakonfigurovat službu pro produkční úlohy.",
        "K dokončení těchto kroků můžete použít Azure Portal, Azure CLI nebo PowerShell.",
        "Než začnete, ujistěte se, že máte potřebná oprávnění.",
        "Projevení změn může trvat až {n} minut.",
        "Každé předplatné může obsahovat až {n} instancí služby.",
        "Diagnostické protokoly se uchovávají po dobu {n} dnů.",
        "Postupujte podle kroků v uvedeném pořadí.",
        "Konfiguraci nejprve otestujte ve vývojovém prostředí.",
    ],
    headings: [
        "Přehled",
        "Požadavky",
        "Jak funguje šifrování",
        "Klíče spravované zákazníkem",
        "Omezení",
        "Konfigurace klíče",
        "Monitorování služby",
        "Další kroky",
    ],
    notes: [
        "Tato funkce je aktuálně ve verzi Public Preview.",
        "Rozšíření přiřazení rolí může trvat až {n} minut.",
        "Odstraněné prostředky nelze obnovit.",
    ],
    table: ("Nastavení", "Hodnota"),
    rows: [
        "Maximální počet zařízení",
        "Doba uchovávání (dny)",
        "Maximální velikost zprávy (kB)",
        "Počet oddílů",
    ],
    see: "Další informace najdete v článku {link}.",
};

const HU: Bank = Bank {
    locale: "hu-hu",
    title: "Adattitkosítás ügyfél által kezelt kulcsokkal",
    description: "Megtudhatja, hogyan titkosítja a szolgáltatás az adatokat, és hogyan használhatja a saját kulcsait.",
    claims: [
        (
            "Az adatok titkosítása íráskor, visszafejtése olvasáskor történik.",
            "Az adatok titkosítása olvasáskor, visszafejtése íráskor történik.",
        ),
        (
            "Az ügyfél által kezelt kulcsok támogatottak ennél a szolgáltatásnál.",
            "Az ügyfél által kezelt kulcsok nem támogatottak ennél a szolgáltatásnál.",
        ),
        (
            "Az inaktív adatok titkosítása alapértelmezés szerint történik.",
            "Az inaktív adatok titkosítása alapértelmezés szerint nem történik meg.",
        ),
        (
            "Az ügyfél által kezelt kulcsot az Azure Key Vaultban kell tárolni.",
            "Az ügyfél által kezelt kulcsot nem kell az Azure Key Vaultban tárolni.",
        ),
        (
            "A titkosítás 256 bites AES-t használ, és megfelel a FIPS 140-2 szabványnak.",
            "A titkosítás 256 bites AES-t használ, de nem felel meg a FIPS 140-2 szabványnak.",
        ),
        (
            "Csak a 2048 méretű RSA-kulcsok támogatottak.",
            "A 2048 méretű RSA-kulcsok nem támogatottak.",
        ),
        (
            "A titkosítás transzparens az alkalmazások számára.",
            "A titkosítást Ön kezeli.",
        ),
        (
            "Kulcsokat hozhat létre, forgathat el, tilthat le és vonhat vissza.",
            "Kulcsokat hozhat létre, forgathat el és vonhat vissza.",
        ),
        (
            "A kérelmeket általában 3-5 munkanapon belül jóváhagyják.",
            "A kérelmeket általában 5-7 munkanapon belül jóváhagyják.",
        ),
        (
            "Az átvitel közben lévő adatok mindig titkosítva vannak.",
            "Az átvitel közben lévő adatok nincsenek titkosítva.",
        ),
    ],
    fillers: [
        "Ez a cikk bemutatja, hogyan konfigurálhatja a szolgáltatást éles számítási feladatokhoz.",
        "A lépéseket az Azure Portalon, az Azure CLI-vel vagy a PowerShell-lel végezheti el.",
        "Mielőtt hozzákezd, győződjön meg arról, hogy rendelkezik a szükséges engedélyekkel.",
        "A módosítások érvénybe lépése akár {n} percet is igénybe vehet.",
        "Minden előfizetés legfeljebb {n} szolgáltatáspéldányt tartalmazhat.",
        "A diagnosztikai naplók megőrzési ideje {n} nap.",
        "Kövesse a lépéseket a megadott sorrendben.",
        "A konfigurációt először egy fejlesztési környezetben tesztelje.",
    ],
    headings: [
        "Áttekintés",
        "Előfeltételek",
        "A titkosítás működése",
        "Ügyfél által kezelt kulcsok",
        "Korlátozások",
        "A kulcs konfigurálása",
        "A szolgáltatás monitorozása",
        "Következő lépések",
    ],
    notes: [
        "Ez a funkció jelenleg nyilvános előzetes verzióban érhető el.",
        "A szerepkör-hozzárendelések érvénybe lépése akár {n} percet is igénybe vehet.",
        "A törölt erőforrások nem állíthatók helyre.",
    ],
    table: ("Beállítás", "Érték"),
    rows: [
        "Eszközök maximális száma",
        "Megőrzési időszak (nap)",
        "Üzenet maximális mérete (KB)",
        "Partíciók száma",
    ],
    see: "További információ: {link}.",
};

const TR: Bank = Bank {
    locale: "tr-tr",
    title: "Müşteri tarafından yönetilen anahtarlarla veri şifreleme",
    description: "Hizmetin verilerinizi nasıl şifrelediğini ve kendi anahtarlarınızı nasıl kullanacağınızı öğrenin.",
    claims: [
        (
            "Veriler yazılırken şifrelenir ve okunurken şifresi çözülür.",
            "Veriler okunurken şifrelenir ve yazılırken şifresi çözülür.",
        ),
        (
            "Bu hizmet için müşteri tarafından yönetilen anahtarlar desteklenir.",
            "Bu hizmet için müşteri tarafından yönetilen anahtarlar desteklenmez.",
        ),
        (
            "Bekleyen veriler varsayılan olarak şifrelenir.",
            "Bekleyen veriler varsayılan olarak şifrelenmez.",
        ),
        (
            "Müşteri tarafından yönetilen anahtar Azure Key Vault'ta depolanmalıdır.",
            "Müşteri tarafından yönetilen anahtarın Azure Key Vault'ta depolanması gerekmez.",
        ),
        (
            "Şifreleme 256 bit AES kullanır ve FIPS 140-2 ile uyumludur.",
            "Şifreleme 256 bit AES kullanır ancak FIPS 140-2 ile uyumlu değildir.",
        ),
        (
            "Yalnızca 2048 boyutundaki RSA anahtarları desteklenir.",
            "2048 boyutundaki RSA anahtarları desteklenmez.",
        ),
        (
            "Şifreleme, uygulamalarınız için saydamdır.",
            "Şifreleme sizin tarafınızdan yönetilir.",
        ),
        (
            "Anahtarları oluşturabilir, döndürebilir, devre dışı bırakabilir ve iptal edebilirsiniz.",
            "Anahtarları oluşturabilir, döndürebilir ve iptal edebilirsiniz.",
        ),
        (
            "İstekler genellikle 3-5 iş günü içinde onaylanır.",
            "İstekler genellikle 5-7 iş günü içinde onaylanır.",
        ),
        (
            "Aktarım sırasında veriler her zaman şifrelenir.",
            "Aktarım sırasında veriler şifrelenmez.",
        ),
    ],
    fillers: [
        "Bu makalede, hizmetin üretim iş yükleri için nasıl yapılandırılacağı açıklanmaktadır.",
        "Bu adımları tamamlamak için Azure portalını, Azure CLI'yi veya PowerShell'i kullanabilirsiniz.",
        "Başlamadan önce gerekli izinlere sahip olduğunuzdan emin olun.",
        "Değişikliklerin geçerli olması {n} dakika kadar sürebilir.",
        "Her abonelik en fazla {n} hizmet örneği içerebilir.",
        "Tanılama günlükleri {n} gün boyunca saklanır.",
        "Adımları gösterildikleri sırayla izleyin.",
        "Yapılandırmayı önce bir geliştirme ortamında test edin.",
    ],
    headings: [
        "Genel bakış",
        "Önkoşullar",
        "Şifrelemenin işleyişi",
        "Müşteri tarafından yönetilen anahtarlar",
        "Sınırlamalar",
        "Anahtarı yapılandırma",
        "Hizmeti izleme",
        "Sonraki adımlar",
    ],
    notes: [
        "Bu özellik şu anda genel önizleme aşamasındadır.",
        "Rol atamalarının yayılması {n} dakika kadar sürebilir.",
        "Silinen kaynaklar kurtarılamaz.",
    ],
    table: ("Ayar", "Değer"),
    rows: [
        "En fazla cihaz sayısı",
        "Saklama süresi (gün)",
        "En büyük ileti boyutu (KB)",
        "Bölüm sayısı",
    ],
    see: "Daha fazla bilgi için bkz. {link}.",
};

const RU: Bank = Bank {
    locale: "ru-ru",
    title: "Шифрование данных с помощью ключей, управляемых клиентом",
    description: "Узнайте, как служба шифрует данные и как использовать собственные ключи.",
    claims: [
        (
            "Данные шифруются при записи и расшифровываются при чтении.",
            "Данные шифруются при чтении и расшифровываются при записи.",
        ),
        (
            "Для этой службы поддерживаются ключи, управляемые клиентом.",
            "Для этой службы не поддерживаются ключи, управляемые клиентом.",
        ),
        (
            "Неактивные данные по умолчанию шифруются.",
            "Неактивные данные по умолчанию не шифруются.",
        ),
        (
            "Ключ, управляемый клиентом, должен храниться в Azure Key Vault.",
            "Ключ, управляемый клиентом, не обязательно хранить в Azure Key Vault.",
        ),
        (
            "Шифрование выполняется с помощью 256-разрядного алгоритма AES и соответствует стандарту FIPS 140-2.",
            "Шифрование выполняется с помощью 256-разрядного алгоритма AES, но не соответствует стандарту FIPS 140-2.",
        ),
        (
            "Поддерживаются только ключи RSA размером 2048.",
            "Ключи RSA размером 2048 не поддерживаются.",
        ),
        (
            "Шифрование прозрачно для ваших приложений.",
            "Шифрование осуществляется вами.",
        ),
        (
            "Вы можете создавать, сменять, отключать и отзывать ключи.",
            "Вы можете создавать, сменять и отзывать ключи.",
        ),
        (
            "Запросы обычно утверждаются в течение 3-5 рабочих дней.",
            "Запросы обычно утверждаются в течение 5-7 рабочих дней.",
        ),
        (
            "Данные при передаче всегда шифруются.",
            "Данные при передаче не шифруются.",
        ),
    ],
    fillers: [
        "В этой статье описано, как настроить службу для рабочих нагрузок в рабочей среде.",
        "Для выполнения этих действий можно использовать портал Azure, Azure CLI или PowerShell.",
        "Перед началом работы убедитесь, что у вас есть необходимые разрешения.",
        "Изменения могут вступить в силу в течение {n} минут.",
        "Каждая подписка может содержать до {n} экземпляров службы.",
        "Журналы диагностики хранятся в течение {n} дней.",
        "Выполните шаги в указанном порядке.",
        "Сначала проверьте конфигурацию в среде разработки.",
    ],
    headings: [
        "Обзор",
        "Предварительные требования",
        "Принцип работы шифрования",
        "Ключи, управляемые клиентом",
        "Ограничения",
        "Настройка ключа",
        "Мониторинг службы",
        "Дальнейшие действия",
    ],
    notes: [
        "Сейчас эта функция доступна в общедоступной предварительной версии.",
        "Распространение назначений ролей может занять до {n} минут.",
        "Удаленные ресурсы нельзя восстановить.",
    ],
    table: ("Параметр", "Значение"),
    rows: [
        "Максимальное число устройств",
        "Срок хранения (дни)",
        "Максимальный размер сообщения (КБ)",
        "Число секций",
    ],
    see: "Дополнительные сведения см. в статье {link}.",
};

const JA: Bank = Bank {
    locale: "ja-jp",
    title: "カスタマー マネージド キーによるデータの暗号化",
    description: "サービスでデータがどのように暗号化されるか、また独自のキーを使用する方法について説明します。",
    claims: [
        (
            "データは書き込み時に暗号化され、読み取り時に暗号化解除されます。",
            "データは読み取り時に暗号化され、書き込み時に暗号化解除されます。",
        ),
        (
            "このサービスでは、カスタマー マネージド キーがサポートされています。",
            "このサービスでは、カスタマー マネージド キーはサポートされていません。",
        ),
        (
            "保存データは既定で暗号化されます。",
            "保存データは既定では暗号化されません。",
        ),
        (
            "カスタマー マネージド キーは Azure Key Vault に格納する必要があります。",
            "カスタマー マネージド キーを Azure Key Vault に格納する必要はありません。",
        ),
        (
            "暗号化には 256 ビット AES が使用され、FIPS 140-2 に準拠しています。",
            "暗号化には 256 ビット AES が使用されますが、FIPS 140-2 には準拠していません。",
        ),
        (
            "サポートされているのは、サイズが 2048 の RSA キーのみです。",
            "サイズが 2048 の RSA キーはサポートされていません。",
        ),
        (
            "暗号化はアプリケーションに対して透過的です。",
            "暗号化はお客様によって管理されます。",
        ),
        (
            "キーの作成、ローテーション、無効化、取り消しを行うことができます。",
            "キーの作成、ローテーション、取り消しを行うことができます。",
        ),
        (
            "要求は通常 3 ～ 5 営業日以内に承認されます。",
            "要求は通常 5 ～ 7 営業日以内に承認されます。",
        ),
        (
            "転送中のデータは常に暗号化されます。",
            "転送中のデータは暗号化されません。",
        ),
    ],
    fillers: [
        "この記事では、運用ワークロード向けにサービスを構成する方法について説明します。",
        "これらの手順は、Azure portal、Azure CLI、または PowerShell を使用して実行できます。",
        "開始する前に、必要なアクセス許可があることを確認してください。",
        "変更が反映されるまでに最大 {n} 分かかる場合があります。",
        "各サブスクリプションには、最大 {n} 個のサービス インスタンスを含めることができます。",
        "診断ログは {n} 日間保持されます。",
        "手順は記載されている順序で実行してください。",
        "まず開発環境で構成をテストしてください。",
    ],
    headings: [
        "概要",
        "前提条件",
        "暗号化のしくみ",
        "カスタマー マネージド キー",
        "制限事項",
        "キーを構成する",
        "サービスを監視する",
        "次のステップ",
    ],
    notes: [
        "この機能は現在、パブリック プレビュー段階です。",
        "ロールの割り当てが反映されるまでに最大 {n} 分かかる場合があります。",
        "削除したリソースは復元できません。",
    ],
    table: ("設定", "値"),
    rows: [
        "デバイスの最大数",
        "保持期間 (日)",
        "メッセージの最大サイズ (KB)",
        "パーティションの数",
    ],
    see: "詳細については、「{link}」を参照してください。",
};

const ZH_CN: Bank = Bank {
    locale: "zh-cn",
    title: "借助客户管理的密钥加密数据",
    description: "了解服务如何加密数据以及如何使用自己的密钥。",
    claims: [
        (
            "数据在写入时加密，在读取时解密。",
            "数据在读取时加密，在写入时解密。",
        ),
        ("此服务支持客户管理的密钥。", "此服务不支持客户管理的密钥。"),
        (
            "默认情况下，静态数据会被加密。",
            "默认情况下，静态数据不会被加密。",
        ),
        (
            "客户管理的密钥必须存储在 Azure Key Vault 中。",
            "客户管理的密钥无需存储在 Azure Key Vault 中。",
        ),
        (
            "加密使用 256 位 AES，并符合 FIPS 140-2 标准。",
            "加密使用 256 位 AES，但不符合 FIPS 140-2 标准。",
        ),
        (
            "仅支持大小为 2048 的 RSA 密钥。",
            "不支持大小为 2048 的 RSA 密钥。",
        ),
        ("加密对应用程序是透明的。", "加密由你管理。"),
        (
            "你可以创建、轮换、禁用和撤销密钥。",
            "你可以创建、轮换和撤销密钥。",
        ),
        (
            "请求通常会在 3-5 个工作日内获得批准。",
            "请求通常会在 5-7 个工作日内获得批准。",
        ),
        ("传输中的数据始终会被加密。", "传输中的数据不会被加密。"),
    ],
    fillers: [
        "本文介绍如何为生产工作负载配置服务。",
        "可以使用 Azure 门户、Azure CLI 或 PowerShell 完成这些步骤。",
        "开始之前，请确保你拥有所需的权限。",
        "更改最多可能需要 {n} 分钟才能生效。",
        "每个订阅最多可以包含 {n} 个服务实例。",
        "诊断日志会保留 {n} 天。",
        "请按照步骤的显示顺序执行操作。",
        "请先在开发环境中测试配置。",
    ],
    headings: [
        "概述",
        "先决条件",
        "加密的工作原理",
        "客户管理的密钥",
        "限制",
        "配置密钥",
        "监视服务",
        "后续步骤",
    ],
    notes: [
        "此功能目前为公共预览版。",
        "角色分配最多可能需要 {n} 分钟才能传播。",
        "已删除的资源无法恢复。",
    ],
    table: ("设置", "值"),
    rows: ["最大设备数", "保留期(天)", "最大消息大小(KB)", "分区数"],
    see: "有关详细信息，请参阅{link}。",
};

const KO: Bank = Bank {
    locale: "ko-kr",
    title: "고객 관리형 키로 데이터 암호화",
    description: "서비스에서 데이터를 암호화하는 방법과 자체 키를 사용하는 방법을 알아봅니다.",
    claims: [
        (
            "데이터는 쓸 때 암호화되고 읽을 때 암호 해독됩니다.",
            "데이터는 읽을 때 암호화되고 쓸 때 암호 해독됩니다.",
        ),
        (
            "이 서비스에서는 고객 관리형 키가 지원됩니다.",
            "이 서비스에서는 고객 관리형 키가 지원되지 않습니다.",
        ),
        (
            "미사용 데이터는 기본적으로 암호화됩니다.",
            "미사용 데이터는 기본적으로 암호화되지 않습니다.",
        ),
        (
            "고객 관리형 키는 Azure Key Vault에 저장해야 합니다.",
            "고객 관리형 키를 Azure Key Vault에 저장할 필요는 없습니다.",
        ),
        (
            "암호화에는 256비트 AES가 사용되며 FIPS 140-2 규격을 준수합니다.",
            "암호화에는 256비트 AES가 사용되지만, FIPS 140-2 규격을 준수하지 않습니다.",
        ),
        (
            "크기가 2048인 RSA 키만 지원됩니다.",
            "크기가 2048인 RSA 키는 지원되지 않습니다.",
        ),
        (
            "암호화는 애플리케이션에 투명하게 적용됩니다.",
            "암호화는 사용자가 관리합니다.",
        ),
        (
            "키를 만들고, 순환하고, 사용하지 않도록 설정하고, 철회할 수 있습니다.",
            "키를 만들고, 순환하고, 철회할 수 있습니다.",
        ),
        (
            "요청은 일반적으로 3~5 영업일 이내에 승인됩니다.",
            "요청은 일반적으로 5~7 영업일 이내에 승인됩니다.",
        ),
        (
            "전송 중인 데이터는 항상 암호화됩니다.",
            "전송 중인 데이터는 암호화되지 않습니다.",
        ),
    ],
    fillers: [
        "이 문서에서는 프로덕션 워크로드에 맞게 서비스를 구성하는 방법을 설명합니다.",
        "Azure Portal, Azure CLI 또는 PowerShell을 사용하여 이러한 단계를 완료할 수 있습니다.",
        "시작하기 전에 필요한 권한이 있는지 확인하세요.",
        "변경 내용이 적용되는 데 최대 {n}분이 걸릴 수 있습니다.",
        "각 구독에는 서비스 인스턴스를 최대 {n}개까지 포함할 수 있습니다.",
        "진단 로그는 {n}일 동안 보존됩니다.",
        "표시된 순서대로 단계를 수행하세요.",
        "먼저 개발 환경에서 구성을 테스트하세요.",
    ],
    headings: [
        "개요",
        "필수 조건",
        "암호화 작동 방식",
        "고객 관리형 키",
        "제한 사항",
        "키 구성",
        "서비스 모니터링",
        "다음 단계",
    ],
    notes: [
        "이 기능은 현재 공개 미리 보기로 제공됩니다.",
        "역할 할당이 전파되는 데 최대 {n}분이 걸릴 수 있습니다.",
        "삭제된 리소스는 복구할 수 없습니다.",
    ],
    table: ("설정", "값"),
    rows: [
        "최대 디바이스 수",
        "보존 기간(일)",
        "최대 메시지 크기(KB)",
        "파티션 수",
    ],
    see: "자세한 내용은 {link}을(를) 참조하세요.",
};

const ZH_TW: Bank = Bank {
    locale: "zh-tw",
    title: "以客戶管理的金鑰加密資料",
    description: "了解服務如何加密您的資料，以及如何使用您自己的金鑰。",
    claims: [
        (
            "資料在寫入時加密，在讀取時解密。",
            "資料在讀取時加密，在寫入時解密。",
        ),
        ("此服務支援客戶管理的金鑰。", "此服務不支援客戶管理的金鑰。"),
        ("根據預設，待用資料會加密。", "根據預設，待用資料不會加密。"),
        (
            "客戶管理的金鑰必須儲存在 Azure Key Vault 中。",
            "客戶管理的金鑰不需要儲存在 Azure Key Vault 中。",
        ),
        (
            "加密使用 256 位元 AES，並符合 FIPS 140-2 標準。",
            "加密使用 256 位元 AES，但不符合 FIPS 140-2 標準。",
        ),
        (
            "僅支援大小為 2048 的 RSA 金鑰。",
            "不支援大小為 2048 的 RSA 金鑰。",
        ),
        ("加密對應用程式而言是透明的。", "加密由您管理。"),
        (
            "您可以建立、輪替、停用和撤銷金鑰。",
            "您可以建立、輪替和撤銷金鑰。",
        ),
        (
            "要求通常會在 3-5 個工作天內核准。",
            "要求通常會在 5-7 個工作天內核准。",
        ),
        ("傳輸中的資料一律會加密。", "傳輸中的資料不會加密。"),
    ],
    fillers: [
        "本文說明如何為生產工作負載設定服務。",
        "您可以使用 Azure 入口網站、Azure CLI 或 PowerShell 完成這些步驟。",
        "開始之前，請確定您具有必要的權限。",
        "變更最多可能需要 {n} 分鐘才會生效。",
        "每個訂用帳戶最多可包含 {n} 個服務執行個體。",
        "診斷記錄會保留 {n} 天。",
        "請依照步驟出現的順序執行。",
        "請先在開發環境中測試設定。",
    ],
    headings: [
        "概觀",
        "必要條件",
        "加密的運作方式",
        "客戶管理的金鑰",
        "限制",
        "設定金鑰",
        "監視服務",
        "下一步",
    ],
    notes: [
        "此功能目前為公開預覽版。",
        "角色指派最多可能需要 {n} 分鐘才會生效。",
        "已刪除的資源無法復原。",
    ],
    table: ("設定", "值"),
    rows: [
        "裝置數目上限",
        "保留期間 (天)",
        "訊息大小上限 (KB)",
        "分割區數目",
    ],
    see: "如需詳細資訊，請參閱{link}。",
};
