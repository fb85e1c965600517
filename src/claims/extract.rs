//! The lexicon-driven extractor: sentences of a document's own prose -> claims.
//!
//! For each prose segment (headings, paragraphs, list items, table cells, alerts; never
//! front matter, code or includes) and each of its sentences, the locale's lexicon finds
//! concept occurrences ([`super::lexicon::hits`]); the shared rules turn them into claims.
//! Nothing here depends on a locale name: languages differ only in their lexicon data
//! and in the script flag that says whether words are separated by spaces.

use super::lexicon::{self, CompiledRule, Concepts, Hit, Lexicon, LexiconFile, Origin, ValueKind};
use super::segment;
use super::{Claim, Polarity};
use crate::locale::Locale;
use crate::parse::Document;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The built-in lexicons, embedded in the binary: `(locale, file text)`.
const BUILT_IN: [(&str, &str); 18] = [
    ("cs-cz", include_str!("lexicons/cs-cz.toml")),
    ("de-de", include_str!("lexicons/de-de.toml")),
    ("en-us", include_str!("lexicons/en-us.toml")),
    ("es-es", include_str!("lexicons/es-es.toml")),
    ("fr-fr", include_str!("lexicons/fr-fr.toml")),
    ("hu-hu", include_str!("lexicons/hu-hu.toml")),
    ("it-it", include_str!("lexicons/it-it.toml")),
    ("ja-jp", include_str!("lexicons/ja-jp.toml")),
    ("ko-kr", include_str!("lexicons/ko-kr.toml")),
    ("nl-nl", include_str!("lexicons/nl-nl.toml")),
    ("pl-pl", include_str!("lexicons/pl-pl.toml")),
    ("pt-br", include_str!("lexicons/pt-br.toml")),
    ("pt-pt", include_str!("lexicons/pt-pt.toml")),
    ("ru-ru", include_str!("lexicons/ru-ru.toml")),
    ("sv-se", include_str!("lexicons/sv-se.toml")),
    ("tr-tr", include_str!("lexicons/tr-tr.toml")),
    ("zh-cn", include_str!("lexicons/zh-cn.toml")),
    ("zh-tw", include_str!("lexicons/zh-tw.toml")),
];

/// The locales with a built-in lexicon, sorted.
pub fn locales() -> Vec<&'static str> {
    BUILT_IN.iter().map(|(l, _)| *l).collect()
}

/// The text of a built-in lexicon (for `concord` users who want to start an override).
pub fn built_in_lexicon(locale: &str) -> Option<&'static str> {
    BUILT_IN.iter().find(|(l, _)| *l == locale).map(|(_, t)| *t)
}

/// Reads claims out of documents with per-locale lexicons.
#[derive(Debug)]
pub struct Extractor {
    concepts: Vec<String>,
    rules: Vec<CompiledRule>,
    lexicons: BTreeMap<String, Lexicon>,
    special: Special,
}

/// Concept ids with a role in the engine.
#[derive(Debug, Default)]
struct Special {
    not: Option<usize>,
    clause: Option<usize>,
    access_control: Option<usize>,
    business_days: Option<usize>,
    /// `tier.*` concept ids with their value name.
    tiers: BTreeMap<usize, String>,
    /// `op.*` concept ids with their operation name.
    ops: BTreeMap<usize, String>,
    /// Concepts on each side of `pair` rules (actions, moments).
    actions: BTreeSet<usize>,
    moments: BTreeSet<usize>,
}

/// A lexicon that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct LexiconError {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl From<lexicon::Problem> for LexiconError {
    fn from(p: lexicon::Problem) -> Self {
        LexiconError {
            path: p.path,
            line: p.line,
            message: p.message,
        }
    }
}

impl Extractor {
    /// The built-in lexicons, with user overrides (locale -> lexicon file) applied. An
    /// override for a built-in locale replaces the concepts it names (and its script and
    /// abbreviations); an override for another locale adds a lexicon, which must then
    /// define every concept the rules use.
    pub fn new(overrides: &BTreeMap<String, PathBuf>) -> Result<Extractor, LexiconError> {
        let mut concepts = Concepts::default();
        let rules = lexicon::rules(&mut concepts).map_err(|message| LexiconError {
            path: "rules.toml".into(),
            line: 0,
            message,
        })?;
        let used: BTreeSet<String> = rules
            .iter()
            .flat_map(|r| {
                r.all
                    .iter()
                    .flatten()
                    .chain(&r.none)
                    .chain(r.pair.iter().flat_map(|(a, b)| a.iter().chain(b)))
            })
            .map(|&id| concepts.names[id].clone())
            .collect();

        let mut files: BTreeMap<String, (PathBuf, LexiconFile)> = BTreeMap::new();
        for (locale, text) in BUILT_IN {
            let path = PathBuf::from(format!("src/claims/lexicons/{locale}.toml"));
            let file = lexicon::parse(&Origin { path: &path, text })?;
            files.insert(locale.to_string(), (path, file));
        }
        for (locale, path) in overrides {
            let text = std::fs::read_to_string(path).map_err(|e| LexiconError {
                path: path.clone(),
                line: 0,
                message: format!("cannot read lexicon: {e}"),
            })?;
            let file = lexicon::parse(&Origin { path, text: &text })?;
            let key = Locale::parse(locale)
                .map(|l| l.as_str().to_string())
                .unwrap_or_else(|| locale.to_ascii_lowercase());
            match files.get_mut(&key) {
                Some((p, base)) => {
                    *p = path.clone();
                    base.script = file.script;
                    if !file.abbreviations.is_empty() {
                        base.abbreviations = file.abbreviations;
                    }
                    base.concepts.extend(file.concepts);
                }
                None => {
                    files.insert(key, (path.clone(), file));
                }
            }
        }

        let mut lexicons = BTreeMap::new();
        for (locale, (path, file)) in files {
            check_complete(&path, &file, &used)?;
            let compiled =
                lexicon::compile(file, &mut concepts).map_err(|message| LexiconError {
                    path: path.clone(),
                    line: 0,
                    message,
                })?;
            lexicons.insert(locale, compiled);
        }
        let special = Special::new(&concepts, &rules);
        Ok(Extractor {
            concepts: concepts.names,
            rules,
            lexicons,
            special,
        })
    }

    /// The lexicon for a locale: the exact tag, else a lexicon that lists the tag in
    /// `also` (zh-hk -> zh-tw), else the first lexicon of the same language (es-mx ->
    /// es-es). A locale of an unknown language gets none, so its documents have no claims:
    /// guessing with another language's words would invent claims.
    pub fn lexicon_for(&self, locale: &Locale) -> Option<&Lexicon> {
        self.lexicons
            .get(locale.as_str())
            .or_else(|| {
                self.lexicons
                    .values()
                    .find(|l| l.also.iter().any(|a| a == locale.as_str()))
            })
            .or_else(|| {
                self.lexicons
                    .values()
                    .find(|l| l.locale.split('-').next() == Some(locale.language()))
            })
    }

    /// Every claim of one document's own prose, in line order.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        let Some(lexicon) = self.lexicon_for(&doc.locale) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (index, seg) in doc.segments.iter().enumerate() {
            if !seg.kind.is_prose() {
                continue;
            }
            for sentence in segment::sentences(&seg.text, &lexicon.abbreviations) {
                for (id, polarity, value) in self.sentence_claims(lexicon, sentence) {
                    let claim = Claim {
                        id,
                        polarity,
                        value,
                        line: seg.line,
                        text: sentence.to_string(),
                        segment: index,
                    };
                    let key = (
                        id,
                        polarity,
                        claim.value.clone(),
                        claim.line,
                        claim.text.clone(),
                    );
                    if seen.insert(key) {
                        out.push(claim);
                    }
                }
            }
        }
        out.sort_by_key(|c| (c.line, c.segment));
        out
    }

    /// The claims of one sentence: `(id, polarity, value)`.
    pub fn sentence_claims(
        &self,
        lexicon: &Lexicon,
        sentence: &str,
    ) -> Vec<(super::ClaimId, Polarity, Option<String>)> {
        let text = lexicon::matching_text(lexicon, sentence);
        let hits = lexicon::hits(lexicon, &text);
        if hits.is_empty() {
            // every rule needs at least one concept
            return Vec::new();
        }
        let mut present = vec![false; self.concepts.len()];
        for h in &hits {
            present[h.concept] = true;
        }
        let has = |c: usize| present[c];
        let clauses = self.clauses(&text, &hits);
        let clause_of = |pos: usize| clauses.iter().take_while(|&&b| b <= pos).count();
        let negated_clauses: BTreeSet<usize> = hits
            .iter()
            .filter(|h| Some(h.concept) == self.special.not)
            .map(|h| clause_of(h.start))
            .collect();

        let mut out = Vec::new();
        let pairs = self.pairs(&hits);
        for rule in &self.rules {
            let value = match rule.value {
                Some(kind) => match self.value(kind, &text, &hits) {
                    Some(v) => Some(v),
                    None => continue,
                },
                None => None,
            };
            if rule.none.iter().any(|&c| has(c)) {
                continue;
            }
            if let Some((actions, moments)) = &rule.pair {
                for (a, m) in &pairs {
                    if actions.contains(&a.concept) && moments.contains(&m.concept) {
                        let (lo, hi) = (
                            clause_of(a.start.min(m.start)),
                            clause_of(a.start.max(m.start)),
                        );
                        let negated =
                            rule.negatable && negated_clauses.range(lo..=hi).next().is_some();
                        out.push((rule.claim, flip(rule.polarity, negated), value.clone()));
                    }
                }
                continue;
            }
            if !rule.all.iter().all(|group| group.iter().any(|&c| has(c))) {
                continue;
            }
            let negated = rule.negatable
                && rule.all.first().is_some_and(|anchor| {
                    hits.iter()
                        .filter(|h| anchor.contains(&h.concept))
                        .all(|h| negated_clauses.contains(&clause_of(h.start)))
                });
            if negated && rule.negation_narrowed_by.iter().any(|&c| has(c)) {
                continue;
            }
            out.push((rule.claim, flip(rule.polarity, negated), value));
        }
        out.dedup();
        out
    }

    /// Byte offsets where clauses start: after `,;:()、` and at clause words.
    fn clauses(&self, text: &str, hits: &[Hit]) -> Vec<usize> {
        let mut b: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '、' | '،'))
            .map(|(i, _)| i)
            .collect();
        b.extend(
            hits.iter()
                .filter(|h| Some(h.concept) == self.special.clause)
                .map(|h| h.start),
        );
        b.sort_unstable();
        b
    }

    /// Pairs each action (encrypt, decrypt) with the moment (read, write) next to it, in
    /// either order: the sequence of actions and moments is read left to right and two
    /// neighbours of different kinds form a pair. This fits verb-first clauses ("encrypted
    /// when read and decrypted when written") and verb-last ones ("读取时加密，写入时解密").
    fn pairs(&self, hits: &[Hit]) -> Vec<(Hit, Hit)> {
        let seq: Vec<(bool, Hit)> = hits
            .iter()
            .filter_map(|h| {
                if self.special.actions.contains(&h.concept) {
                    Some((true, *h))
                } else if self.special.moments.contains(&h.concept) {
                    Some((false, *h))
                } else {
                    None
                }
            })
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 1 < seq.len() {
            let (a, b) = (seq[i], seq[i + 1]);
            if a.0 != b.0 {
                out.push(if a.0 { (a.1, b.1) } else { (b.1, a.1) });
                i += 2;
            } else {
                i += 1;
            }
        }
        out
    }

    fn value(&self, kind: ValueKind, text: &str, hits: &[Hit]) -> Option<String> {
        match kind {
            ValueKind::Tiers => {
                let mut v: Vec<&str> = hits
                    .iter()
                    .filter_map(|h| self.special.tiers.get(&h.concept).map(String::as_str))
                    .collect();
                v.sort_by_key(|s| s.to_lowercase());
                v.dedup();
                (!v.is_empty()).then(|| v.join(","))
            }
            ValueKind::Operations => {
                let v: BTreeSet<&str> = hits
                    .iter()
                    .filter_map(|h| self.special.ops.get(&h.concept).map(String::as_str))
                    .collect();
                if v.len() < 3 {
                    return None;
                }
                let list = v.into_iter().collect::<Vec<_>>().join(",");
                let on_access = hits
                    .iter()
                    .any(|h| Some(h.concept) == self.special.access_control);
                Some(if on_access {
                    format!("{list}:access-controls")
                } else {
                    list
                })
            }
            ValueKind::Duration => hits
                .iter()
                .filter(|h| Some(h.concept) == self.special.business_days)
                .find_map(|h| duration_before(text.get(..h.start)?).map(|d| format!("{d}d"))),
        }
    }

    /// Concept names, indexed by id (for diagnostics and tests).
    pub fn concept_names(&self) -> &[String] {
        &self.concepts
    }
}

impl Special {
    fn new(concepts: &Concepts, rules: &[CompiledRule]) -> Special {
        let prefixed = |prefix: &str| -> BTreeMap<usize, String> {
            concepts
                .names
                .iter()
                .enumerate()
                .filter_map(|(i, n)| n.strip_prefix(prefix).map(|v| (i, v.to_string())))
                .collect()
        };
        Special {
            not: concepts.get(lexicon::NEGATION),
            clause: concepts.get(lexicon::CLAUSE),
            access_control: concepts.get(lexicon::ACCESS_CONTROL),
            business_days: concepts.get(lexicon::BUSINESS_DAYS),
            tiers: prefixed(lexicon::TIER_PREFIX),
            ops: prefixed(lexicon::OP_PREFIX),
            actions: rules
                .iter()
                .filter_map(|r| r.pair.as_ref())
                .flat_map(|(a, _)| a.iter().copied())
                .collect(),
            moments: rules
                .iter()
                .filter_map(|r| r.pair.as_ref())
                .flat_map(|(_, m)| m.iter().copied())
                .collect(),
        }
    }
}

fn flip(p: Polarity, negated: bool) -> Polarity {
    match (p, negated) {
        (p, false) => p,
        (Polarity::Asserted, true) => Polarity::Negated,
        (Polarity::Negated, true) => Polarity::Asserted,
    }
}

/// Every concept the rules use must have at least one phrase.
fn check_complete(
    path: &Path,
    file: &LexiconFile,
    used: &BTreeSet<String>,
) -> Result<(), LexiconError> {
    let missing: Vec<&str> = used
        .iter()
        .filter(|c| file.concepts.get(*c).is_none_or(|v| v.is_empty()))
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(LexiconError {
            path: path.to_path_buf(),
            line: 0,
            message: format!(
                "lexicon `{}` lacks concepts used by the rules: {}",
                file.locale,
                missing.join(", ")
            ),
        })
    }
}

/// The number or range that ends `before` (a few characters of unit filler allowed, e.g.
/// `3-5 个` before `工作日`): `3-5`, `3 à 5`, `3 から 5`, `3 до 5` -> `3-5`.
fn duration_before(before: &str) -> Option<String> {
    let chars: Vec<char> = before.chars().collect();
    let mut j = chars.len();
    let mut skipped = 0;
    while j > 0 && !chars[j - 1].is_ascii_digit() && skipped < 4 {
        j -= 1;
        skipped += 1;
    }
    let digits = |j: &mut usize| {
        let end = *j;
        while *j > 0 && chars[*j - 1].is_ascii_digit() {
            *j -= 1;
        }
        (*j < end).then(|| chars[*j..end].iter().collect::<String>())
    };
    let high = digits(&mut j)?;
    let mut k = j;
    let mut connector = String::new();
    while k > 0 && !chars[k - 1].is_ascii_digit() && connector.chars().count() < 6 {
        k -= 1;
        connector.insert(0, chars[k]);
    }
    let connector = connector.trim();
    if !connector.is_empty() && connector.chars().count() <= 3 && !connector.contains(['.', ',']) {
        if let Some(low) = digits(&mut k) {
            return Some(format!("{low}-{high}"));
        }
    }
    Some(high)
}
