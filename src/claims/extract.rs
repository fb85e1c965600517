//! The lexicon-driven extractor: sentences of a document's own prose -> claims.
//!
//! For each prose segment (headings, paragraphs, list items, table cells, alerts; never
//! front matter, code or includes) and each of its sentences, the locale's lexicon finds
//! concept occurrences ([`super::lexicon::hits`]); the shared rules turn them into claims.
//! Nothing here depends on a locale name: languages differ only in their lexicon data
//! and in the script flag that says whether words are separated by spaces.

use super::lexicon::{
    self, CompiledRule, Concepts, Distance, Hit, Lexicon, LexiconFile, Origin, Reach, Script,
    ValueKind,
};
use super::prefilter::{Page, Prefilter, Present};
use super::segment;
use super::{Claim, ClaimId, Polarity};
use crate::locale::Locale;
use crate::parse::{Document, Segment, SegmentKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The built-in lexicons, embedded in the binary: `(locale, file text)`. This is the one
/// list of locales concord knows; everything else (`locales()`, tests, fuzz targets) is
/// derived from it.
const BUILT_IN: &[(&str, &str)] = &[
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
    topic: Vec<usize>,
    /// `topic` and every rule's `context`: the concepts a sentence's scope is made of.
    scope_concepts: BTreeSet<usize>,
    negation_narrowed_by: Vec<usize>,
    /// rules.toml `negation_taken_by`: a negation governing one of these is not a rule's.
    negation_taken_by: Vec<usize>,
    /// rules.toml `unstated`: a sentence naming one of these states no claim.
    unstated: Vec<usize>,
    /// rules.toml `pointer`: a sentence naming one of these outside parentheses points
    /// elsewhere and states no claim.
    pointer: Vec<usize>,
    /// The concept `past`, one of `unstated`: in parentheses it names an earlier name.
    past: Option<usize>,
    /// What makes a table's column header a condition ("| Without host-based encryption
    /// |"): `negation_narrowed_by`, a negation, `without`.
    column_conditions: Vec<usize>,
    /// rules.toml `ambiguous`: concepts whose abbreviations a page may define otherwise.
    ambiguous: Vec<usize>,
    /// rules.toml `outside` and `inside`: concepts of encryption done outside the
    /// service, and of the service's own side.
    outside: Vec<usize>,
    inside: Vec<usize>,
    reach: Reach,
    /// Per locale, the lexicon and its raw-text test, built when a document of the
    /// locale first asks (its automata take time and memory).
    lexicons: BTreeMap<String, (Lexicon, OnceLock<Prefilter>)>,
    /// The concepts [`Extractor::may_read`] asks the prefilters about.
    asked: BTreeSet<usize>,
    special: Special,
}

/// How many segments of a page the prefilter searches for every piece before it may
/// judge the page dense (see [`Extractor::extract_within`]).
const DENSE_AFTER: usize = 8;

/// Concept ids with a role in the engine.
#[derive(Debug, Default)]
struct Special {
    not: Option<usize>,
    /// The [`lexicon::DENYING`] concepts, whose phrases hold a negation of their own, and
    /// the claims a rule reads one of them for.
    denying: Vec<usize>,
    denying_claims: Vec<ClaimId>,
    clause: Option<usize>,
    /// The coordinating clause words ([`lexicon::COORDINATION`]).
    coordination: Option<usize>,
    access_control: Option<usize>,
    business_days: Option<usize>,
    /// The attributive concept ([`lexicon::ATTRIBUTIVE`]).
    attributive: Option<usize>,
    /// The [`lexicon::PURPOSE_USE`] concept id.
    purpose: Option<usize>,
    /// [`lexicon::INSTEAD`] (cue after what it denies) and [`lexicon::INSTEAD_OF`] (before).
    instead: Option<usize>,
    instead_of: Option<usize>,
    /// [`lexicon::BECAUSE`].
    because: Option<usize>,
    /// The participle moment concepts ([`lexicon::PARTICIPLES`]).
    participles: Vec<usize>,
    /// `tier.*` concept ids with their value name.
    tiers: BTreeMap<usize, String>,
    /// `op.*` concept ids with their operation name.
    ops: BTreeMap<usize, String>,
    /// The concepts a value is read from, by kind of value.
    value_concepts: [Vec<usize>; 3],
    /// Concepts on each side of `pair` rules (actions, moments).
    actions: BTreeSet<usize>,
    moments: BTreeSet<usize>,
    /// The key store the customer's keys live in (`key-vault`: Key Vault, Managed HSM).
    key_store: Option<usize>,
    /// [`lexicon::RELATIVE`] and the concepts of [`lexicon::KEY_NOUNS`].
    relative: Option<usize>,
    key_nouns: Vec<usize>,
    /// The concepts of [`lexicon::KEY_ROLES`].
    key_roles: Vec<usize>,
    /// [`lexicon::SUBSET`].
    subset: Option<usize>,
    /// [`lexicon::SECRET`].
    secret: Option<usize>,
    /// [`lexicon::OVER`].
    over: Option<usize>,
    /// The concepts whose words join a noun phrase over "and": the subset's nouns and
    /// [`lexicon::AGES`].
    joinable: Vec<usize>,
    /// [`lexicon::RESTRICTION`] and [`lexicon::EXISTING`]: the concepts that narrow a
    /// statement to a case.
    cases: Vec<usize>,
    /// [`lexicon::DISABLE`]: the operation whose denial keeps a thing on.
    disable: Option<usize>,
    /// [`lexicon::KEY`].
    key: Option<usize>,
    /// [`lexicon::ROW_YES`] and [`lexicon::ROW_NO`].
    row_yes: Vec<usize>,
    row_no: Vec<usize>,
    /// The concepts of [`lexicon::LOOSE_DEFINITIONS`].
    loose: Vec<usize>,
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
            .rules
            .iter()
            .flat_map(|r| {
                r.read()
                    .chain(&r.none)
                    .chain(&r.none_before)
                    .chain(r.order.iter().flatten())
                    .chain(&r.none_after)
                    .chain(&r.none_in_clause)
                    .chain(&r.none_ahead_in_clause)
                    .chain(&r.none_after_in_clause)
                    .chain(&r.none_right_before)
                    .chain(&r.denied_apart)
                    .chain(&r.denied_after)
                    .chain(&r.negation_narrowed_by)
                    .chain(&r.negation_narrowed_by_other)
                    .chain(&r.negation_unnarrowed_by)
                    .chain(&r.negation_unnarrowed_with)
                    .chain(&r.context)
                    .chain(&r.none_in_context)
                    .chain(&r.unless_page_service)
                    .chain(&r.purpose)
                    .chain(&r.purpose_on_page)
                    .chain(&r.page)
            })
            .chain(&rules.topic)
            .chain(&rules.negation_narrowed_by)
            .chain(&rules.negation_taken_by)
            .chain(&rules.unstated)
            .chain(&rules.pointer)
            .chain(&rules.ambiguous)
            .chain(&rules.outside)
            .chain(&rules.inside)
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
                    base.moment_first_words = file.moment_first_words.or(base.moment_first_words);
                    base.verb_final |= file.verb_final;
                    if !file.abbreviations.is_empty() {
                        base.abbreviations = file.abbreviations;
                    }
                    if !file.topic_marks.is_empty() {
                        base.topic_marks = file.topic_marks;
                    }
                    if !file.correlatives.is_empty() {
                        base.correlatives = file.correlatives;
                    }
                    base.concepts.extend(file.concepts);
                }
                None => {
                    files.insert(key, (path.clone(), file));
                }
            }
        }

        let scope_concepts: BTreeSet<usize> = rules
            .rules
            .iter()
            .flat_map(|r| {
                r.context
                    .iter()
                    .chain(&r.none_in_context)
                    .chain(&r.purpose)
                    .chain(&r.purpose_on_page)
                    .chain(&r.page)
            })
            .chain(&rules.topic)
            .copied()
            .collect();
        let mut compiled = Vec::new();
        for (locale, (path, file)) in files {
            check_complete(&path, &file, &used)?;
            let lexicon =
                lexicon::compile(file, &mut concepts, &scope_concepts).map_err(|message| {
                    LexiconError {
                        path: path.clone(),
                        line: 0,
                        message,
                    }
                })?;
            compiled.push((locale, lexicon));
        }
        // every lexicon's concepts known (`op.*`, `tier.*`)
        let special = Special::new(&concepts, &rules.rules);
        // what [`Extractor::may_read`] asks of a segment
        let asked: BTreeSet<usize> = rules
            .rules
            .iter()
            .flat_map(|r| r.read().chain(&r.context))
            .chain(special.value_concepts.iter().flatten())
            .chain(&rules.topic)
            .copied()
            .collect();
        let lexicons = compiled
            .into_iter()
            .map(|(locale, lexicon)| (locale, (lexicon, OnceLock::new())))
            .collect();
        let past = concepts.names.iter().position(|n| n == "past");
        let column_conditions = rules
            .negation_narrowed_by
            .iter()
            .copied()
            .chain(special.not)
            .chain(concepts.names.iter().position(|n| n == "without"))
            .collect();
        Ok(Extractor {
            concepts: concepts.names,
            rules: rules.rules,
            scope_concepts,
            topic: rules.topic,
            negation_narrowed_by: rules.negation_narrowed_by,
            negation_taken_by: rules.negation_taken_by,
            unstated: rules.unstated,
            pointer: rules.pointer,
            past,
            column_conditions,
            ambiguous: rules.ambiguous,
            outside: rules.outside,
            inside: rules.inside,
            reach: rules.reach,
            lexicons,
            asked,
            special,
        })
    }

    /// The lexicon for a locale: the exact tag, else a lexicon that lists the tag in
    /// `also` (zh-hk -> zh-tw), else the first lexicon of the same language (es-mx ->
    /// es-es). A locale of an unknown language gets none, so its documents have no claims:
    /// guessing with another language's words would invent claims.
    pub fn lexicon_for(&self, locale: &Locale) -> Option<&Lexicon> {
        self.prefiltered_lexicon_for(locale).map(|(l, _)| l)
    }

    /// [`Extractor::lexicon_for`], with the lexicon's raw-text scope test.
    pub fn prefiltered_lexicon_for(&self, locale: &Locale) -> Option<(&Lexicon, &Prefilter)> {
        self.lexicons
            .get(locale.as_str())
            .or_else(|| {
                self.lexicons
                    .values()
                    .find(|(l, _)| l.also.iter().any(|a| a == locale.as_str()))
            })
            .or_else(|| {
                self.lexicons
                    .values()
                    .find(|(l, _)| l.locale.split('-').next() == Some(locale.language()))
            })
            .map(|(l, p)| {
                (
                    l,
                    p.get_or_init(|| Prefilter::new(l, &self.scope_concepts, &self.asked)),
                )
            })
    }

    /// Every claim of one document's own prose, in line order.
    ///
    /// A sentence yields claims only when it is about encryption or keys: a topic concept
    /// (rules.toml `topic`) occurs in it, in its section's heading, or in the sentence it
    /// depends on (the one before it in the same paragraph, or the last sentence of the
    /// previous paragraph when that one names the topic itself).
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.extract_within(doc, &Vec::new)
    }

    /// [`Extractor::extract`] for a document that other pages include: `includers` gives
    /// the text of the pages that include it (same locale), called only when a claim
    /// needs it. Its claims are still read from its own text only (claims.md), but the
    /// claims that only pages about customer-managed keys make (rules.toml `page`) are
    /// read when an includer names customer-managed keys: an include that states "only
    /// RSA 2048 keys" is part of a page about them.
    pub fn extract_within(
        &self,
        doc: &Document,
        includers: &dyn Fn() -> Vec<String>,
    ) -> Vec<Claim> {
        let Some((lexicon, prefilter)) = self.prefiltered_lexicon_for(&doc.locale) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let prose: Vec<&str> = doc
            .segments
            .iter()
            .filter(|s| s.kind.is_prose())
            .map(|s| s.text.as_str())
            .collect();
        let mut context = Context {
            service: own_words(doc, lexicon),
            service_names: service_names(doc.front.service.iter().chain(&doc.front.subservice)),
            service_ids: service_words(doc.front.service.iter().chain(&doc.front.subservice))
                .join(" "),
            redefined: redefined_abbreviations(
                lexicon,
                prose.iter().copied(),
                &self.ambiguous,
                &[],
            ),
            page: Page::new(prose),
            prefilter: Some(prefilter),
            includers: Some(includers),
            ..Context::default()
        };
        let prose_segments = doc
            .segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind.is_prose());
        let folder = doc.file.path_key.as_deref().and_then(articles_folder);
        // segments the prefilter searched for every piece, and those of them it read
        let (mut tested, mut read) = (0, 0);
        // a question about a case, whose answer comes next (see [`Extractor::premise`])
        let mut premise: Option<String> = None;
        // the items of the list being read, and their depth (see [`Extractor::list_claims`])
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut depth = 0;
        for (k, (index, seg)) in prose_segments.enumerate() {
            let item = match seg.kind {
                SegmentKind::ListItem { depth } => Some(depth),
                _ => None,
            };
            if item != Some(depth) || items.last().is_some_and(|&(last, _)| last + 1 != index) {
                self.list_claims(lexicon, doc, &items, &context, &mut out);
                items.clear();
            }
            if let Some(d) = item {
                depth = d;
                items.push((index, k));
            }
            let level = match seg.kind {
                SegmentKind::Heading { level, .. } => Some(level),
                _ => None,
            };
            let heading = level.is_some();
            let cell = seg
                .kind
                .table_cell()
                .map(|(row, column)| (row, column as usize));
            context.enter_cell(cell);
            context.row_verdict = match cell {
                Some((row, 0)) if row > 0 => {
                    self.row_verdict(lexicon, &doc.segments[index + 1..], row)
                }
                _ => None,
            };
            context.start_segment(level);
            // the paragraph (or the item) right before a list introduces every item of it
            // ("Before you configure customer-managed keys, make sure you have: - A key
            // vault. - A managed identity on the resource."): the first item depends on it
            // as on any sentence before, and the items after it depend on it too
            if item.is_none() {
                context.lead_in = (BTreeSet::new(), None);
            } else if items.len() == 1 {
                let introduced = index.checked_sub(1).is_some_and(|j| {
                    matches!(
                        doc.segments[j].kind,
                        SegmentKind::Paragraph | SegmentKind::ListItem { .. }
                    )
                });
                context.lead_in = if introduced {
                    (context.previous_paragraph.clone(), context.previous_unread)
                } else {
                    (BTreeSet::new(), None)
                };
            }
            if heading {
                premise = self.premise(lexicon, seg.text.trim());
            }
            // No rule can find its concepts in the segment (or none is about encryption or
            // keys there): none of its sentences has a claim, and all that counts of them
            // is the scope they leave to the sentences after them. One pass over the
            // segment (on its raw bytes when they tell) instead of a fold and a lexicon
            // search per sentence.
            let inherited = context.inherited_at_most(prefilter, lexicon);
            // On a page about encryption, where most segments are read, the search for
            // every piece costs more than it saves: there a segment is read when it
            // inherits a scope or may name one.
            let dense = tested >= DENSE_AFTER && 3 * read >= tested;
            let (live, names_scope) = if dense {
                let names = !inherited.is_empty()
                    || context.page.may_name_scope_quick(prefilter, lexicon, k);
                (names, names)
            } else {
                let present = context
                    .page
                    .present(prefilter, lexicon, k, inherited.is_empty());
                let live = present.is_some_and(|p| self.may_read(prefilter, p, &inherited));
                if present.is_some() {
                    tested += 1;
                    read += usize::from(live);
                }
                (live, prefilter.may_name_scope_in(present))
            };
            // a header cell names what the cells under it are ("| Setting | Required
            // value |": each value is a prerequisite), and may state the condition they
            // hold under ("| Without host-based encryption |": a cell's "Not encrypted at
            // rest" is said of that case, no denial of the service's encryption)
            if let Some((0, column)) = cell {
                let condition =
                    column > 0 && self.names_any(lexicon, &seg.text, &self.column_conditions);
                context.condition_column(column, condition);
                if names_scope {
                    let mut own = BTreeSet::new();
                    for sentence in segment::sentences(&seg.text, &lexicon.abbreviations) {
                        let whole = (sentence.len() == seg.text.len()).then_some(k);
                        own.extend(self.own_scope(lexicon, sentence, whole, &context));
                    }
                    context.name_column(column, own);
                }
            }
            let live = live || (!heading && premise.is_some());
            if !live {
                if heading && names_scope {
                    for sentence in segment::sentences(&seg.text, &lexicon.abbreviations) {
                        let whole = (sentence.len() == seg.text.len()).then_some(k);
                        let mut own = self.own_scope(lexicon, sentence, whole, &context);
                        self.drop_asked_operations(sentence, &mut own);
                        context.after_sentence(
                            true,
                            Scope {
                                own,
                                all: BTreeSet::new(),
                            },
                        );
                    }
                } else if !seg.text.trim().is_empty() {
                    context.after_sentence(heading, Scope::default());
                    // the scope the paragraph's last sentence names, read if the next
                    // segment needs it
                    context.last_unread = (!heading && names_scope).then_some(k);
                }
                continue;
            }
            if let Some(j) = context.previous_unread.take() {
                context.previous_paragraph = self.last_sentence_scope(lexicon, j, &context);
            }
            if let Some(j) = context.lead_in.1.take() {
                context.lead_in.0 = self.last_sentence_scope(lexicon, j, &context);
            }
            // a link to the key store is no other service: the customer's keys live there;
            // nor is one whose text names the topic and no product: a page on the subject
            // ("[Encryption at rest](../security/fundamentals/encryption-atrest.md) is a
            // common requirement. Azure Monitor ensures that ..."), where a product's name
            // holds "Azure" in every locale (fr "[Chiffrement de disque Azure](…)")
            let names_topic_here = |text: &str| {
                let hits = lexicon::hits(lexicon, &lexicon::matching_text(lexicon, text));
                let product = text
                    .split(|c: char| !crate::text::is_letter_or_digit(c))
                    .any(|w| w == "Azure" || w == "Microsoft");
                hits.iter()
                    .any(|h| Some(h.concept) == self.special.key_store)
                    || (!product && hits.iter().any(|h| self.topic.contains(&h.concept)))
            };
            let elsewhere = !heading
                && opens_with_link_elsewhere(seg, doc, folder, &context.service)
                && !seg.links.first().is_some_and(|l| names_topic_here(&l.text));
            let sentences = segment::sentences(&seg.text, &lexicon.abbreviations);
            let quoted = segment::quoted(&sentences);
            for (n, (&sentence, quoted)) in sentences.iter().zip(quoted).enumerate() {
                // a sentence that is its whole segment is folded and searched once
                let whole = (sentence.len() == seg.text.len()).then_some(k);
                context.continued = self.continued(lexicon, &sentences, n, &context);
                let reading = if heading {
                    Reading::Heading
                } else {
                    Reading::Sentence
                };
                let (scope, mut claims) =
                    self.claims_in_context(lexicon, sentence, whole, &context, reading);
                if !heading {
                    // what the answer states of the case, not what the question's words
                    // say by themselves ("If SSE with customer-managed keys is enabled, ...
                    // There is a cost for Key Vault" states nothing of the keys)
                    if let Some(question) = premise.take() {
                        let answered = format!("{question}, {sentence}");
                        let (_, more) = self.claims_in_context(
                            lexicon,
                            &answered,
                            None,
                            &context,
                            Reading::Sentence,
                        );
                        let (_, asked) = self.claims_in_context(
                            lexicon,
                            &question,
                            None,
                            &context,
                            Reading::Sentence,
                        );
                        for c in more {
                            if !claims.contains(&c) && !asked.contains(&c) {
                                claims.push(c);
                            }
                        }
                    }
                    premise = self.premise(lexicon, sentence);
                }
                let mut scope = scope;
                if heading {
                    self.drop_asked_operations(sentence, &mut scope.own);
                }
                context.after_sentence(heading, scope);
                // a header cell names what the cells under it are ("| | Microsoft-managed
                // keys | Customer-managed keys |"), it states nothing
                let header = matches!(cell, Some((0, _)));
                if quoted || elsewhere || header {
                    claims.clear();
                }
                if !claims.is_empty() && names_only_a_link(sentence, &seg.links) {
                    claims.clear();
                }
                for (id, polarity, value) in claims {
                    let claim = Claim {
                        id,
                        polarity,
                        value,
                        line: seg.line_of(sentence),
                        text: sentence.to_string(),
                        segment: index,
                        outside: false,
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
        self.list_claims(lexicon, doc, &items, &context, &mut out);
        self.feature_verdicts(lexicon, doc, &mut out);
        // what a section about client-side encryption states is the client's: set apart
        // before the page's support is settled (see `Claim::outside`)
        let mut outside = Vec::new();
        if let Some(sections) = self.outside_sections(lexicon, doc, &context.page) {
            (outside, out) = out.into_iter().partition(|c| {
                sections.get(c.segment).copied().unwrap_or(false)
                    && !self.names_any(lexicon, &c.text, &self.inside)
            });
        }
        let often = |n: &str| context.owns_often(lexicon, n);
        settle_support(&mut out, &context.service, lexicon, &often, &doc.segments);
        out.extend(outside.into_iter().map(|c| Claim { outside: true, ..c }));
        out.sort_by_key(|c| (c.line, c.segment));
        out
    }

    /// A section whose heading names a feature and whose table gives the feature's
    /// verdict in its first column, over one row ("##### Data at Rest Encryption Using
    /// CMK", "| Supported | Enabled By Default | ... |", "| False | Not Applicable | ...
    /// |"), states what the table says. A verdict of no denies the feature: the
    /// section's heading and prose describe the feature, not the service ("Description:
    /// Data at-rest encryption using customer-managed keys is supported ..." stands above
    /// "False" as above "True"), so none of their claims is asserted, nor those of the
    /// headings above it that hold nothing else; and when the feature is customer-managed
    /// keys (its heading or description states `supports-cmk`), the section denies it,
    /// at the verdict's cell. A verdict of yes leaves the section as it reads.
    fn feature_verdicts(&self, lexicon: &Lexicon, doc: &Document, out: &mut Vec<Claim>) {
        if lexicon.verdict_column.is_empty() || lexicon.verdict_no.is_empty() {
            return;
        }
        let segments = &doc.segments;
        let level = |i: usize| match segments[i].kind {
            SegmentKind::Heading { level, .. } => Some(level),
            _ => None,
        };
        let cell = |i: usize| segments[i].kind.table_cell();
        let mut denied: Vec<Verdict> = Vec::new();
        let mut i = 0;
        while i < segments.len() {
            if cell(i) != Some((0, 0)) {
                i += 1;
                continue;
            }
            let start = i;
            while i < segments.len() && cell(i).is_some() {
                i += 1;
            }
            // a feature matrix: a verdict header over a later column, each row's first
            // cell the feature ("| Data at rest encryption using CMK | False | Not
            // applicable |" under "| Feature | Supported | ... |"); a verdict of no denies
            // that row's feature, as a section's table does its heading's, and when every
            // row is denied, the heading above names what the table denies ("DP-5: Use
            // customer-managed key option in data at rest encryption when required", a
            // security baseline's control, the same whatever the service supports)
            let verdict_header = (start..i).find(|&j| {
                matches!(cell(j), Some((0, column)) if column > 0)
                    && Lexicon::opens_cell(&lexicon.verdict_column, &segments[j].text)
            });
            if let Some(header) = verdict_header {
                let column = cell(header).map_or(0, |(_, c)| c);
                let before = denied.len();
                let mut rows = 0;
                for feature in (start..i).filter(|&j| matches!(cell(j), Some((r, 0)) if r > 0)) {
                    rows += 1;
                    let row = cell(feature).map_or(0, |(r, _)| r);
                    let cells =
                        (feature..i).take_while(|&j| cell(j).is_some_and(|(r, _)| r == row));
                    let Some(value) = cells.clone().find(|&j| cell(j) == Some((row, column)))
                    else {
                        continue;
                    };
                    if Lexicon::is_cell(&lexicon.verdict_no, &segments[value].text) {
                        let end = cells.last().map_or(feature + 1, |j| j + 1);
                        // a feature narrowed to a place, a moment or a subset ("Select
                        // an identity in the Azure portal during account creation | No")
                        // denies no feature in general
                        let general = !self.names_any(
                            lexicon,
                            &segments[feature].text,
                            &self.negation_narrowed_by,
                        );
                        denied.push(Verdict {
                            covers: feature..end,
                            value,
                            feature,
                            header,
                            general_row: general,
                        });
                    }
                }
                let heading = (0..start).rev().find(|&j| level(j).is_some());
                if let (Some(heading), Some(first)) = (heading, denied.get(before)) {
                    if denied.len() - before == rows {
                        denied.push(Verdict {
                            covers: heading..heading + 1,
                            general_row: false,
                            ..first.clone()
                        });
                    }
                }
                continue;
            }
            // a matrix of products or variants, one to a column ("| Feature | Ultra Disks |
            // Premium SSD v2 |"), each cell a verdict: a row whose every verdict is no
            // denies its feature for all of them ("| Double encryption at rest | No | No
            // |"), as a verdict column would; a row with any other cell beside a no states
            // the feature of some of them and is left as it reads
            let all_no = self.all_no_rows(lexicon, segments, start..i);
            if !all_no.is_empty() {
                denied.extend(all_no);
                continue;
            }
            // one row under the header, its first cell under a verdict header
            let rows = (start..i).filter_map(|j| cell(j).map(|(r, _)| r)).max();
            let value = (start..i).find(|&j| cell(j) == Some((1, 0)));
            let (Some(1), Some(value)) = (rows, value) else {
                continue;
            };
            if !Lexicon::is_cell(&lexicon.verdict_column, &segments[start].text)
                || !Lexicon::is_cell(&lexicon.verdict_no, &segments[value].text)
            {
                continue;
            }
            let Some(heading) = (0..start).rev().find(|&j| level(j).is_some()) else {
                continue;
            };
            let end = (i..segments.len())
                .find(|&j| level(j).is_some())
                .unwrap_or(segments.len());
            let verdict = Verdict {
                covers: heading..end,
                value,
                feature: heading,
                header: start,
                general_row: false,
            };
            // the headings above that hold nothing but this section
            let mut inner = heading;
            while let Some(above) = inner.checked_sub(1).filter(|&j| level(j).is_some()) {
                if level(above) >= level(inner) {
                    break;
                }
                denied.push(Verdict {
                    covers: above..above + 1,
                    ..verdict.clone()
                });
                inner = above;
            }
            denied.push(verdict);
        }
        if denied.is_empty() {
            return;
        }
        // a matrix row whose feature is not customer-managed keys denies what its feature
        // cell names ("| Double encryption | No |"); a feature of customer-managed keys
        // ("| Data at rest encryption using CMK | False |") denies only them, the rest of
        // its words describe them
        let features_of = |id: ClaimId| -> BTreeSet<usize> {
            out.iter()
                .filter(|c| c.id == id && c.polarity == Polarity::Asserted)
                .map(|c| c.segment)
                .collect()
        };
        let cmk_features = features_of(ClaimId::SupportsCmk);
        // double encryption names the keys of its two layers ("| Double encryption at rest
        // (platform-managed and customer-managed keys) | No | No |"): its row denies the
        // second layer, not the customer's keys
        let double_features = features_of(ClaimId::DoubleEncryption);
        let mut negations = BTreeMap::new();
        out.retain(|c| {
            let Some(&Verdict {
                value,
                feature,
                header,
                general_row,
                ..
            }) = denied.iter().find(|v| v.covers.contains(&c.segment))
            else {
                return true;
            };
            if c.polarity == Polarity::Negated {
                return true;
            }
            let denies = if double_features.contains(&feature) {
                general_row && c.segment == feature && c.id == ClaimId::DoubleEncryption
            } else if c.id == ClaimId::SupportsCmk {
                c.segment < value
            } else {
                general_row && c.segment == feature && !cmk_features.contains(&feature)
            };
            if denies {
                negations
                    .entry((value, c.id, c.value.clone()))
                    .or_insert_with(|| Claim {
                        id: c.id,
                        polarity: Polarity::Negated,
                        value: c.value.clone(),
                        line: segments[value].line,
                        // "Data at Rest Encryption Using CMK — Supported: False"
                        text: format!(
                            "{} — {}: {}",
                            segments[feature].text.trim(),
                            segments[header].text.trim(),
                            segments[value].text.trim()
                        ),
                        segment: value,
                        outside: false,
                    });
            }
            false
        });
        out.extend(negations.into_values());
    }

    /// The rows of the table at `cells` whose every cell after the first is a verdict of
    /// no, each a [`Verdict`] on the feature its first cell names, the header of its first
    /// verdict's column as the verdict's header (see [`Self::feature_verdicts`]).
    fn all_no_rows(
        &self,
        lexicon: &Lexicon,
        segments: &[Segment],
        cells: std::ops::Range<usize>,
    ) -> Vec<Verdict> {
        let cell = |j: usize| segments[j].kind.table_cell();
        let mut out = Vec::new();
        for feature in cells
            .clone()
            .filter(|&j| matches!(cell(j), Some((r, 0)) if r > 0))
        {
            let row = cell(feature).map_or(0, |(r, _)| r);
            let verdicts: Vec<usize> = (feature + 1..cells.end)
                .take_while(|&j| cell(j).is_some_and(|(r, _)| r == row))
                .collect();
            let (Some(&value), Some(&last)) = (verdicts.first(), verdicts.last()) else {
                continue;
            };
            if !verdicts
                .iter()
                .all(|&j| Lexicon::is_cell(&lexicon.verdict_no, &segments[j].text))
            {
                continue;
            }
            let column = cell(value).map_or(0, |(_, c)| c);
            let Some(header) = cells.clone().find(|&j| cell(j) == Some((0, column))) else {
                continue;
            };
            out.push(Verdict {
                covers: feature..last + 1,
                value,
                feature,
                header,
                general_row: !self.names_any(
                    lexicon,
                    &segments[feature].text,
                    &self.negation_narrowed_by,
                ),
            });
        }
        out
    }

    /// The claims of the rules read over a list (rules.toml `list`): the `items` (segment
    /// and prose indexes of one list, in order) as one sentence, each item a clause, in
    /// the context after the last, without the items that hold a negation; at the first
    /// item, unless an item states the claim by itself. A list that names the key
    /// operations item by item ("- Create or import the key. - Rotate the key. - Disable
    /// or revoke the key.") names them as one sentence would.
    fn list_claims(
        &self,
        lexicon: &Lexicon,
        doc: &Document,
        items: &[(usize, usize)],
        context: &Context<'_>,
        out: &mut Vec<Claim>,
    ) {
        let (Some(&(first, _)), true) = (items.first(), items.len() >= 2) else {
            return;
        };
        // most lists name no three operations: the prefilter tells, from the pieces it
        // found in each item
        if let Some(prefilter) = context.prefilter {
            let mut named = BTreeSet::new();
            for &(_, k) in items {
                if let Some(present) = context.page.present(prefilter, lexicon, k, false) {
                    named.extend(
                        self.special
                            .ops
                            .iter()
                            .filter(|&(&c, _)| prefilter.may_name(present, c))
                            .map(|(_, name)| name),
                    );
                }
            }
            if named.len() < 3 {
                return;
            }
        }
        let texts: Vec<&str> = items
            .iter()
            .filter_map(|&(i, _)| doc.segments.get(i))
            .map(|s| s.text.trim().trim_end_matches(['.', '。', ';', '；']))
            .collect();
        // an item with a negation names what cannot be done ("You can't disable this key
        // after the resource is created", "No support exists for rotating the key"): a
        // limit, which names no operation of the list
        let denies = |text: &str| {
            self.special.not.is_some_and(|not| {
                lexicon::hits(lexicon, &lexicon::matching_text(lexicon, text))
                    .iter()
                    .any(|h| h.concept == not)
            })
        };
        // nor does an item that asks (a question and its answer, in a list of frequently
        // asked questions: "**Does the service pick up new key versions?** Only if a
        // rotation policy is configured. Otherwise, create a new key version"): its answer
        // is prose of its own, read sentence by sentence
        let asks = |text: &str| {
            segment::sentences(text, &lexicon.abbreviations)
                .iter()
                .any(|s| segment::is_question(s))
        };
        let text = texts
            .into_iter()
            .filter(|t| !denies(t) && !asks(t))
            .collect::<Vec<_>>()
            .join("; ");
        let (_, claims) = self.claims_in_context(lexicon, &text, None, context, Reading::List);
        for (id, polarity, value) in claims {
            if out
                .iter()
                .any(|c| c.id == id && items.iter().any(|&(i, _)| i == c.segment))
            {
                continue;
            }
            out.push(Claim {
                id,
                polarity,
                value,
                line: doc.segments.get(first).map_or(1, |s| s.line),
                text: text.clone(),
                segment: first,
                outside: false,
            });
        }
    }

    /// Drops from a heading's `scope` the key operations it asks about when it is a
    /// question ("Why would I revoke access to the key?"): they are no context of its
    /// section, whether its answer is read with them is the premise's to say (see
    /// [`Extractor::premise`]).
    fn drop_asked_operations(&self, heading: &str, scope: &mut BTreeSet<usize>) {
        if segment::is_question(heading) {
            scope.retain(|c| !self.special.ops.contains_key(c));
        }
    }

    /// The case a question asks about, when it asks about one (a [`lexicon::RESTRICTION`]
    /// or [`lexicon::EXISTING`] word: "What happens if I revoke access to the key?"): the
    /// question without its mark,
    /// which the sentence that answers it is read after, as its condition ("... the service
    /// can no longer read your data"). A question about no case ("Does the service support
    /// customer-managed keys?") lends nothing to a bare "No."
    fn premise(&self, lexicon: &Lexicon, sentence: &str) -> Option<String> {
        if !segment::is_question(sentence) {
            return None;
        }
        let text = lexicon::matching_text(lexicon, sentence);
        lexicon::hits(lexicon, &text)
            .iter()
            .any(|h| self.special.cases.contains(&h.concept))
            .then(|| {
                sentence
                    .trim_end_matches(|c: char| c.is_whitespace() || "*_?？".contains(c))
                    .trim_start_matches(['*', '_'])
                    .to_string()
            })
    }

    /// The claims of one paragraph of text, sentence by sentence, each sentence with the
    /// context of the ones before it and the paragraph's own definitions of abbreviations
    /// (as [`Extractor::extract`] reads a paragraph of a page).
    pub fn text_claims(
        &self,
        lexicon: &Lexicon,
        text: &str,
    ) -> Vec<(ClaimId, Polarity, Option<String>)> {
        let mut context = Context {
            redefined: redefined_abbreviations(
                lexicon,
                std::iter::once(text),
                &self.ambiguous,
                &[],
            ),
            page: Page::new(vec![text]),
            ..Context::default()
        };
        context.start_segment(None);
        let mut out = Vec::new();
        let sentences = segment::sentences(text, &lexicon.abbreviations);
        let quoted = segment::quoted(&sentences);
        for (n, (&sentence, quoted)) in sentences.iter().zip(quoted).enumerate() {
            context.continued = self.continued(lexicon, &sentences, n, &context);
            let (scope, claims) =
                self.claims_in_context(lexicon, sentence, None, &context, Reading::Sentence);
            context.after_sentence(false, scope);
            if !quoted {
                out.extend(claims);
            }
        }
        out.dedup();
        out
    }

    /// The claims of one sentence read on its own (`(id, polarity, value)`): it must name
    /// its topic itself.
    pub fn sentence_claims(
        &self,
        lexicon: &Lexicon,
        sentence: &str,
    ) -> Vec<(ClaimId, Polarity, Option<String>)> {
        self.claims_in_context(
            lexicon,
            sentence,
            None,
            &Context::default(),
            Reading::Sentence,
        )
        .1
    }

    /// The scope concepts the sentence names itself and those it is in (see [`Scope`]),
    /// and its claims when it is about encryption or keys; `whole`: the sentence is the
    /// whole text of this prose of the context's page; `reading`: what it is read as.
    fn claims_in_context(
        &self,
        lexicon: &Lexicon,
        sentence_text: &str,
        whole: Option<usize>,
        context: &Context<'_>,
        reading: Reading,
    ) -> (Scope, Vec<(ClaimId, Polarity, Option<String>)>) {
        let (text, hits) = self.sentence_hits(lexicon, sentence_text, whole, context);
        let own = self.own_of(&hits);
        let mut inherited = context.inherited();
        inherited.extend(&own);
        let on_topic = self.topic.iter().any(|c| inherited.contains(c))
            || self.topic_inside(lexicon, &text, &hits);
        let scope = Scope {
            own,
            all: if on_topic { inherited } else { BTreeSet::new() },
        };
        // inside parentheses a pointer is an aside, and a mark of the past names what a
        // thing was called before ("dedicated SQL pool (formerly SQL DW)")
        let unstated = hits.iter().any(|h| {
            (self.unstated.contains(&h.concept)
                && !(self.past == Some(h.concept) && in_parentheses(&text, h.start)))
                || (self.pointer.contains(&h.concept) && !in_parentheses(&text, h.start))
        });
        if hits.is_empty() || !on_topic || unstated || segment::is_question(sentence_text) {
            return (scope, Vec::new());
        }
        let own_topic = self.topic.iter().any(|c| scope.own.contains(c))
            || self.topic_inside(lexicon, &text, &hits);
        let sentence = Sentence::new(self, lexicon, (sentence_text, &text), hits);
        let often = |n: &str| context.owns_often(lexicon, n);
        let other_service =
            names_other_service(sentence_text, &context.service, Some(lexicon), &often);
        let other_subject = || {
            other_service
                && opens_with_other_service(sentence_text, &context.service, lexicon, &often)
        };
        let page = |wanted: &[usize]| self.page_names(lexicon, context, wanted);
        let page_service = |wanted: &[usize]| context.service_names_any(lexicon, wanted);
        let mut claims = self.rule_claims(
            &sentence,
            &scope.all,
            own_topic,
            (other_service, &other_subject),
            (&page, &page_service),
            reading,
        );
        // only a sentence that asserts something can set the service aside from it
        if claims.iter().any(|c| c.1 == Polarity::Asserted)
            && own_service_set_aside(
                &sentence,
                sentence_text,
                &context.service_names,
                &self.special,
            )
        {
            claims.retain(|c| c.1 == Polarity::Negated);
        }
        if context.in_condition_column() {
            claims.retain(|c| c.1 == Polarity::Asserted);
        }
        (scope, claims)
    }

    /// Whether a phrase of another concept holds a word of the topic, which the longer
    /// phrase hides: "infrastructure encryption can be enabled only when ...", fr "TDE
    /// utilise une clé managée par le service" (a service-managed *key*). "Two layers of
    /// load balancing" holds none. The phrase is read without its first or its last
    /// letter, where it no longer matches and the words inside it show.
    fn topic_inside(&self, lexicon: &Lexicon, text: &lexicon::Matching, hits: &[Hit]) -> bool {
        let topical = |start: usize, end: usize| {
            text.slice(start, end).is_some_and(|t| {
                lexicon::hits(lexicon, &t)
                    .iter()
                    .any(|i| self.topic.contains(&i.concept))
            })
        };
        hits.iter().any(|h| {
            let Some(inside) = text.get(h.start..h.end) else {
                return false;
            };
            let first = inside.chars().next().map_or(0, char::len_utf8);
            let last = inside.chars().next_back().map_or(0, char::len_utf8);
            !self.topic.contains(&h.concept)
                && inside.len() > first + last
                && (topical(h.start + first, h.end) || topical(h.start, h.end - last))
        })
    }

    /// Whether `h`, an abbreviation the page spells out as something else, stood for the
    /// customer's key: a key noun that is no role in a key hierarchy. A `KEK` spelled out
    /// in words the lexicon does not know is still a key encryption key; a `CMK` spelled
    /// out as "column master key" is another key.
    fn names_other_key(&self, h: &Hit) -> bool {
        self.special.key_nouns.contains(&h.concept) && !self.special.key_roles.contains(&h.concept)
    }

    /// The concept hits of a sentence (its matching text with them), without the
    /// abbreviations the page defines as something else and the words of a pointer's
    /// title in parentheses; `whole`: the sentence is the whole text of this prose of the
    /// context's page.
    fn sentence_hits<'c>(
        &self,
        lexicon: &Lexicon,
        sentence_text: &str,
        whole: Option<usize>,
        context: &'c Context<'_>,
    ) -> (std::borrow::Cow<'c, lexicon::Matching>, Vec<Hit>) {
        let (text, mut hits) = match whole {
            Some(k) => (
                std::borrow::Cow::Borrowed(context.page.matching(lexicon, k)),
                context.page.hits(lexicon, k).to_vec(),
            ),
            None => {
                let text = lexicon::matching_text(lexicon, sentence_text);
                let hits = lexicon::hits(lexicon, &text);
                (std::borrow::Cow::Owned(text), hits)
            }
        };
        // whether the sentence names an abbreviation that stands for another key
        let mut other_key = false;
        if !context.redefined.is_empty() {
            other_key |= hits
                .iter()
                .any(|h| self.names_other_key(h) && context.names_redefined(&text, h));
            hits.retain(|h| !context.names_redefined(&text, h));
            // a page that uses the abbreviation for something else names the concept in
            // full only to deny it or set it aside (the sentences that leave the
            // abbreviation redefined, see [`redefined_abbreviations`]): hu "Nem a … (TDE)
            // használt, ügyfél által felügyelt kulcsról van szó" (it is not the
            // customer-managed key used for TDE) says nothing about their support. A key
            // noun so named still names a key, which the denial is said of: ru "Главный
            // ключ столбца не является ключом, управляемым клиентом, для шифрования
            // неактивных данных" (is not a customer-managed key for encrypting data at
            // rest) denies no encryption
            let denial = [lexicon.negation, lexicon.instead, lexicon.instead_of];
            if hits.iter().any(|h| denial.contains(&Some(h.concept))) {
                let redefined = |h: &Hit| context.redefined.iter().any(|(c, _)| *c == h.concept);
                for h in hits.iter_mut().filter(|h| redefined(h)) {
                    if let Some(key) = self
                        .special
                        .key
                        .filter(|_| self.special.key_nouns.contains(&h.concept))
                    {
                        h.concept = key;
                    }
                }
                hits.retain(|h| !redefined(h));
                let mut seen = Vec::with_capacity(hits.len());
                hits.retain(|h| {
                    let first = !seen.contains(h);
                    seen.push(*h);
                    first
                });
            }
        }
        // "Always Encrypted uses a column master key (CMK), which is stored ...": an
        // abbreviation the sentence itself spells out as something else is not the
        // concept in it, though the page names the concept in full elsewhere (a spelling
        // that names encryption may be a loose translation of the concept itself)
        if sentence_text.contains('(') {
            let own = redefined_abbreviations(
                lexicon,
                std::iter::once(sentence_text),
                &self.ambiguous,
                &self.special.loose,
            );
            if !own.is_empty() {
                other_key |= hits
                    .iter()
                    .any(|h| self.names_other_key(h) && is_one_of(&text, h, &own));
                hits.retain(|h| !is_one_of(&text, h, &own));
            }
        }
        // the roles of keys that a sentence naming such an abbreviation states are the roles
        // in the hierarchy of the key it stands for: "A column master key (CMK) is a
        // key-protecting key that encrypts one or more column encryption keys" is no key
        // hierarchy of the customer's key
        if other_key {
            hits.retain(|h| !self.special.key_roles.contains(&h.concept));
        }
        // "... in an account with encryption enabled (see Azure Storage Service Encryption
        // for Data at Rest)", ko "(... 암호화 참조)": the words of a pointer in parentheses
        // are the title of the page it points to, not the sentence's own
        let titles: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| self.pointer.contains(&h.concept))
            .filter_map(|h| parenthesis_around(&text, h.start))
            .collect();
        if !titles.is_empty() {
            hits.retain(|h| {
                self.pointer.contains(&h.concept)
                    || !titles.iter().any(|&(a, b)| a <= h.start && h.end <= b)
            });
        }
        (text, hits)
    }

    /// The scope concepts among `hits`.
    fn own_of(&self, hits: &[Hit]) -> BTreeSet<usize> {
        hits.iter()
            .map(|h| h.concept)
            .filter(|c| self.scope_concepts.contains(c))
            .collect()
    }

    /// The scope concepts a sentence names itself (see [`Scope::own`]).
    fn own_scope(
        &self,
        lexicon: &Lexicon,
        sentence_text: &str,
        whole: Option<usize>,
        context: &Context<'_>,
    ) -> BTreeSet<usize> {
        self.own_of(&self.sentence_hits(lexicon, sentence_text, whole, context).1)
    }

    /// The scope concepts that the rest of sentence `n` of `sentences` names when a
    /// semicolon parts it from the next: clauses parted by a semicolon are one sentence,
    /// and the first is about what the next names ("you must create a new resource and
    /// select S0 as the pricing tier; CMK can't be turned on for a resource that existed
    /// before"). Empty after any other end.
    fn continued(
        &self,
        lexicon: &Lexicon,
        sentences: &[&str],
        n: usize,
        context: &Context<'_>,
    ) -> BTreeSet<usize> {
        match (sentences.get(n), sentences.get(n + 1)) {
            (Some(sentence), Some(next)) if sentence.trim_end().ends_with([';', '；']) => {
                self.own_scope(lexicon, next, None, context)
            }
            _ => BTreeSet::new(),
        }
    }

    /// The scope concepts the last sentence of page prose `j` names itself.
    fn last_sentence_scope(
        &self,
        lexicon: &Lexicon,
        j: usize,
        context: &Context<'_>,
    ) -> BTreeSet<usize> {
        let text = context.page.text(j);
        segment::sentences(text, &lexicon.abbreviations)
            .last()
            .map(|&last| {
                let whole = (last.len() == text.len()).then_some(j);
                self.own_scope(lexicon, last, whole, context)
            })
            .unwrap_or_default()
    }

    /// Whether some rule may read a claim in text holding `present` (pieces of the
    /// lexicon's phrases, see [`Prefilter`]) whose context names at most `inherited`:
    /// the text or its context is about encryption or keys, and the text may name a
    /// concept of each of the rule's groups, of its context, and the words its value is
    /// read from. False only where no sentence of the text has a claim.
    fn may_read(
        &self,
        prefilter: &Prefilter,
        present: &Present,
        inherited: &BTreeSet<usize>,
    ) -> bool {
        // each concept asked once: rules share their groups
        let known: Vec<std::cell::Cell<Option<bool>>> =
            vec![std::cell::Cell::new(None); self.concepts.len()];
        let has = |c: usize| match known.get(c) {
            Some(cell) => cell.get().unwrap_or_else(|| {
                let named = prefilter.may_name(present, c);
                cell.set(Some(named));
                named
            }),
            None => prefilter.may_name(present, c),
        };
        let any = |group: &[usize]| group.iter().any(|&c| has(c));
        let around = |group: &[usize]| group.iter().any(|&c| inherited.contains(&c) || has(c));
        around(&self.topic)
            && self.rules.iter().any(|r| {
                self.may_read_with(r, &any)
                    && (r.context.is_empty() || around(&r.context))
                    && (r.value != Some(ValueKind::Operations) || {
                        // three operations or more
                        let names: BTreeSet<&String> = self
                            .special
                            .ops
                            .iter()
                            .filter(|&(&c, _)| has(c))
                            .map(|(_, name)| name)
                            .collect();
                        names.len() >= 3
                    })
            })
    }

    /// Whether `any` (a test of a group of concepts) finds each group rule `r` reads: every
    /// `all` group, both sides of a `pair`, and the concepts its value is read from.
    fn may_read_with(&self, r: &CompiledRule, any: &dyn Fn(&[usize]) -> bool) -> bool {
        let [tiers, ops, days] = &self.special.value_concepts;
        r.all.iter().all(|g| any(g))
            && r.pair.as_ref().is_none_or(|(a, m)| any(a) && any(m))
            && match r.value {
                None => true,
                Some(ValueKind::Tiers) => any(tiers),
                Some(ValueKind::Operations) => any(ops),
                Some(ValueKind::Duration) => any(days),
            }
    }

    /// The rules applied to one analysed sentence; `scope`: the scope concepts of the
    /// sentence and its context; `own_topic`: the sentence names encryption or keys itself;
    /// `other_service`: the sentence names a service other than the page's, so its
    /// negations are about that service, and whether one is its subject (asked once
    /// needed, see [`opens_with_other_service`]); `reading`: what the sentence is read as
    /// (a sentence, a heading, the items of one list), which picks the rules that apply;
    /// `page`: whether the page's prose names one of the concepts, and whether its
    /// `ms.service` / `ms.subservice` do.
    fn rule_claims(
        &self,
        s: &Sentence<'_>,
        scope: &BTreeSet<usize>,
        own_topic: bool,
        other_service: (bool, &dyn Fn() -> bool),
        page: (Names<'_>, Names<'_>),
        reading: Reading,
    ) -> Vec<(ClaimId, Polarity, Option<String>)> {
        let (page, page_service) = page;
        let (other_service, subject_now) = other_service;
        let subject = std::cell::OnceCell::new();
        let other_subject = || *subject.get_or_init(subject_now);
        let mut out = Vec::new();
        // the claims whose denial was read and set aside (narrowed, said of another service
        // or contrasted)
        let mut muted: Vec<(ClaimId, Option<String>)> = Vec::new();
        let pairs = self.pairs(s);
        // the rules of a claim read by a denying phrase read the negation inside it as part
        // of the phrase ("the account becomes inaccessible" is what revoking the key does,
        // however it is said)
        let plain = (!s.fused.is_empty()).then(|| Sentence {
            fused: Vec::new(),
            ..s.clone()
        });
        // a negation that denies disabling ("encryption can't be disabled", de "kann nicht
        // deaktiviert werden", zh-tw "無法停用加密") says that the thing stays on: the rules
        // that do not read the disabling read the sentence without that negation
        let disable = self.special.disable;
        let kept_on = [
            s.without_denied(disable),
            plain.as_ref().and_then(|p| p.without_denied(disable)),
        ];
        for rule in self.rules.iter().filter(|r| reading.applies(r)) {
            let (s, kept_on) = match &plain {
                Some(plain) if self.special.denying_claims.contains(&rule.claim) => {
                    (plain, &kept_on[1])
                }
                _ => (s, &kept_on[0]),
            };
            let s = match kept_on {
                Some(kept)
                    if rule.value != Some(ValueKind::Operations)
                        && rule.read().all(|&c| Some(c) != disable) =>
                {
                    kept
                }
                _ => s,
            };
            let value = match rule.value {
                Some(kind) => match self.value(kind, s) {
                    Some(v) => Some(v),
                    None => continue,
                },
                None => None,
            };
            let in_scope =
                |wanted: &[usize]| wanted.is_empty() || wanted.iter().any(|c| scope.contains(c));
            if rule.none.iter().any(|&c| s.has(c))
                || rule.none_in_context.iter().any(|c| scope.contains(c))
                || !in_scope(&rule.context)
                || (rule.own_topic && !own_topic)
                || (rule.own_service && other_service && (!rule.own_subject || other_subject()))
                || (rule.unless_page_service.iter().any(|&c| s.has(c))
                    && !page_service(&rule.unless_page_service))
            {
                continue;
            }
            // The page's concepts are found once per page, when a rule that matched the
            // sentence first asks: asked last, as most sentences match no `page` rule.
            let on_page = || {
                (rule.page.is_empty()
                    || rule.page.iter().any(|c| scope.contains(c))
                    || page(&rule.page))
                    && (in_scope(&rule.purpose)
                        || (!rule.purpose_on_page.is_empty() && page(&rule.purpose_on_page)))
            };
            if let Some((actions, moments)) = &rule.pair {
                for (a, m) in &pairs {
                    if !(actions.contains(&a.concept) && moments.contains(&m.concept)) {
                        continue;
                    }
                    let denied = s.governed(a) || s.governed(m);
                    if rule.negation_states_nothing && denied {
                        continue;
                    }
                    let negated = rule.negatable && denied;
                    if negated && (other_service || self.narrowed(rule, s)) {
                        muted.push((rule.claim, value.clone()));
                        continue;
                    }
                    if !on_page() {
                        continue;
                    }
                    out.push((rule.claim, flip(rule.polarity, negated), value.clone()));
                }
                continue;
            }
            // a moment in a relative clause of a key says when the key is stored
            let of_a_key = |h: &Hit| {
                self.special.moments.contains(&h.concept) && s.in_key_relative(h, &self.special)
            };
            if !rule.all.iter().all(|group| {
                group.iter().any(|&c| s.has(c))
                    && s.hits
                        .iter()
                        .any(|h| group.contains(&h.concept) && !of_a_key(h))
            }) {
                continue;
            }
            // the groups of `all` one clause must hold: all of them, or the first few
            let one_clause = if rule.same_clause {
                rule.all.len()
            } else {
                rule.same_clause_first.min(rule.all.len())
            };
            if one_clause > 1 && !s.in_one_clause(&rule.all[..one_clause]) {
                continue;
            }
            if !s.in_order(&rule.order) {
                continue;
            }
            // "customer-managed keys, not Microsoft-managed ones" (ko 아닌, zh 而非): an
            // anchor set aside in favour of another states nothing
            if rule.all.first().is_some_and(|anchor| {
                s.hits
                    .iter()
                    .filter(|h| anchor.contains(&h.concept))
                    .all(|h| self.set_aside(s, h))
            }) {
                continue;
            }
            if rule.names_written
                && rule.all.first().is_some_and(|anchor| {
                    !s.hits
                        .iter()
                        .any(|h| anchor.contains(&h.concept) && s.written_as_name(h))
                })
            {
                continue;
            }
            // "intercepts the HTTPS traffic, decrypts it and then encrypts it": the first
            // group said again after a `none_before` concept; "create a new vault or use
            // an existing one": an alternative after it
            let first = || {
                rule.all.first().and_then(|anchor| {
                    s.hits
                        .iter()
                        .filter(|h| anchor.contains(&h.concept))
                        .map(|h| h.start)
                        .min()
                })
            };
            let beside_first = |concepts: &[usize], before: bool| {
                !concepts.is_empty()
                    && first().is_some_and(|f| {
                        s.hits
                            .iter()
                            .any(|h| concepts.contains(&h.concept) && (h.start < f) == before)
                    })
            };
            if beside_first(&rule.none_before, true) || beside_first(&rule.none_after, false) {
                continue;
            }
            if !rule.denied_apart.is_empty() && self.denied_apart(rule, s) {
                continue;
            }
            if !rule.denied_after.is_empty() && denied_after(rule, s) {
                continue;
            }
            // "when passing plaintext to the server in transit": the object said of
            // something that is not encrypted, in its own clause (or inside the object's
            // own words, when a gap of its phrase reaches past a comma, or right before
            // them, the noun a participle after a comma qualifies: ru "ключи, хранящиеся
            // в хранилище, зашифрованы")
            if self.said_of_other_in_clause(rule, s) || self.agent_of_action(rule, s) {
                continue;
            }
            // every occurrence of the first group is denied, or stands in the clause of
            // one that is: ja "カスタマー マネージド キーを使用した暗号化はサポートされて
            // いません" (encryption *using* the keys is *not supported*) says the use in a
            // participle of the predicate the negation governs
            let governed = || {
                rule.all.first().is_some_and(|anchor| {
                    let anchors = || s.hits.iter().filter(|h| anchor.contains(&h.concept));
                    anchors().all(|h| {
                        s.governed(h)
                            || anchors().any(|g| {
                                s.governed(g) && s.clause_of(g.start) == s.clause_of(h.start)
                            })
                    })
                })
            };
            // a rule whose negation states nothing states nothing when any of its words is
            // denied (a denied anchor among them): tr "... için yeni bir hesap oluşturmanız
            // gerekmez" (you don't need to create a new account) denies the requirement at
            // the end of the sentence, far from the keys it opens with
            let any_governed = || {
                s.hits.iter().any(|h| {
                    rule.all.iter().any(|g| g.contains(&h.concept))
                        && !s.negations.contains(h)
                        && !self.attributive_word(s, h)
                        && s.governed(h)
                })
            };
            // unless a clause without a negation names every group the sentence holds: the
            // denial stands in a clause of its own ("you keep the key in Azure Key Vault, so
            // the key itself never leaves Key Vault": the vault, named undenied, before the
            // denial of leaving it)
            let undenied_clause = || {
                let in_clause = |g: &Vec<usize>, clause: usize| {
                    s.hits
                        .iter()
                        .any(|h| g.contains(&h.concept) && s.clause_of(h.start) == clause)
                };
                let mut present = rule
                    .all
                    .iter()
                    .filter(|g| s.hits.iter().any(|h| g.contains(&h.concept)));
                let Some(first) = present.next() else {
                    return false;
                };
                s.hits
                    .iter()
                    .filter(|h| first.contains(&h.concept))
                    .any(|a| {
                        let clause = s.clause_of(a.start);
                        !s.negations.iter().any(|n| s.clause_of(n.start) == clause)
                            && present.clone().all(|g| in_clause(g, clause))
                    })
            };
            if (rule.negation_states_nothing && any_governed() && !undenied_clause())
                || self.requirement_denied(rule, s)
            {
                continue;
            }
            let negated = rule.negatable && governed();
            if negated && rule.negation_with_objects && !self.denied_with_its_objects(rule, s) {
                muted.push((rule.claim, value));
                continue;
            }
            if negated && (other_service || self.narrowed(rule, s) || contrasted(rule, s)) {
                muted.push((rule.claim, value));
                continue;
            }
            if (rule.negation_required && !negated) || !on_page() {
                continue;
            }
            out.push((rule.claim, flip(rule.polarity, negated), value));
        }
        // rules of one claim anchored on different words of one clause: where one reads the
        // negation that governs its words, the clause asserts nothing of the claim by
        // another rule that reads them without it. The denial stands (hu "Nem használhat
        // saját kulcsot ... titkosításához", ja "独自のキーを使用して…暗号化することはできません":
        // "use your own key" and "encrypt with your own key" are one predicate), or was set
        // aside (sv "Kundhanterade nycklar stöds inte i ..., så du kan inte använda din egen
        // nyckel för att kryptera data på en arbetsyta" is no support either)
        muted.extend(
            out.iter()
                .filter(|c| c.1 == Polarity::Negated)
                .map(|c| (c.0, c.2.clone())),
        );
        out.retain(|c| c.1 == Polarity::Negated || !muted.iter().any(|m| m.0 == c.0 && m.1 == c.2));
        out.dedup();
        out
    }

    /// Whether a denied occurrence of the rule's first group stands in one clause with an
    /// occurrence of each of its other groups (clauses as [`Sentence::governed`] joins
    /// them): see rules.toml `negation_with_objects`.
    fn denied_with_its_objects(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        let Some((anchor, others)) = rule.all.split_first() else {
            return true;
        };
        // the clause right before may hold them when the denied anchor opens its own
        // clause, a predicate of the same subject (sv "Ögonblicksbilderna lagras i samma
        // volymgrupp ... men krypteras inte": stored, but not encrypted)
        let opens_clause = |h: &Hit| {
            !s.hits.iter().any(|x| {
                x.start < h.start
                    && s.joined_clause_of(x.start) == s.joined_clause_of(h.start)
                    && !s.negations.contains(x)
                    && Some(x.concept) != self.special.clause
            })
        };
        s.hits
            .iter()
            .filter(|h| anchor.contains(&h.concept) && s.governed(h))
            .any(|h| {
                let clause = s.joined_clause_of(h.start);
                let before = opens_clause(h).then(|| clause.wrapping_sub(1));
                others.iter().all(|group| {
                    s.hits.iter().any(|x| {
                        let at = s.joined_clause_of(x.start);
                        group.contains(&x.concept) && (at == clause || Some(at) == before)
                    })
                })
            })
    }

    /// Whether hit `h` is set aside by an [`lexicon::INSTEAD`] cue right after it or an
    /// [`lexicon::INSTEAD_OF`] cue right before it, in its clause, within the reach of a
    /// negation.
    fn set_aside(&self, s: &Sentence<'_>, h: &Hit) -> bool {
        s.hits.iter().any(|c| {
            let after = Some(c.concept) == self.special.instead && c.start >= h.end;
            let before = Some(c.concept) == self.special.instead_of && c.end <= h.start;
            let reach = if after {
                s.negation_reach.1
            } else {
                s.negation_reach.0
            };
            // ru "вместо ключей, управляемых Майкрософт": the participle that names the
            // set-aside keys stands after a comma, in the clause next to its cue, with
            // one word, the keys, between them (not "instead of Microsoft-managed keys,
            // you can use ...", nor a parenthesis: "rather than Microsoft managing your
            // key (the default)")
            let (cue, hit) = (s.clause_of(c.start), s.clause_of(h.start));
            let next = before
                && hit == cue + 1
                && s.gap(h, c) <= 1
                && !s.clause_word_between(c, h)
                && s.text
                    .get(c.end..h.start)
                    .is_some_and(|t| t.contains(',') && !t.contains(['(', ')', ';', ':']));
            (after || before) && (cue == hit || next) && s.gap(h, c) <= reach
        })
    }

    /// Whether every occurrence of the rule's last group is said of something else in its
    /// clause: "when passing plaintext to the server in transit" (`none_in_clause`, in
    /// its clause, or inside the object's own words, when a gap of its phrase reaches past
    /// a comma, or right before them, the noun a participle after a comma qualifies: ru
    /// "ключи, хранящиеся в хранилище, зашифрованы"); `none_ahead_in_clause` counts only
    /// ahead of the object's end, its subject ("the keys stored in the vault are
    /// encrypted", not "the data stored ... is encrypted using Microsoft-managed keys").
    fn said_of_other_in_clause(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        if rule.none_in_clause.is_empty()
            && rule.none_ahead_in_clause.is_empty()
            && rule.none_after_in_clause.is_empty()
        {
            return false;
        }
        let Some(object) = rule.all.last() else {
            return false;
        };
        let taken = |o: &Hit, concepts: &[usize], ahead: bool| {
            s.hits.iter().any(|h| {
                let inside = o.start <= h.start && h.end <= o.end;
                let right_before = h.end <= o.start && s.gap(h, o) == 0;
                let in_clause = s.clause_of(h.start) == s.clause_of(o.start);
                concepts.contains(&h.concept)
                    && ((in_clause && (!ahead || h.end <= o.end)) || inside || right_before)
            })
        };
        // once the sentence's first object is the object of a concept right ahead of it,
        // so are the objects after it, which name it again: "if your organization requires
        // customer-managed keys, keep those assets in a workspace that's configured with
        // customer-managed keys" (where to meet the requirement); in a verb-final clause
        // the concept follows its object and ends the clause (de "Wenn Ihre
        // Complianceanforderungen kundenseitig verwaltete Schlüssel vorschreiben,
        // speichern Sie die Ereignisse in einem Dienst, der diese unterstützt")
        let mut objects = s.hits.iter().filter(|o| object.contains(&o.concept));
        let first_taken_ahead = objects.clone().min_by_key(|o| o.start).is_some_and(|o| {
            s.hits.iter().any(|h| {
                let ahead = rule.none_ahead_in_clause.contains(&h.concept) && h.end <= o.start;
                let verb_final = rule.none_after_in_clause.contains(&h.concept)
                    && o.end <= h.start
                    && s.ends_clause(h);
                (ahead || verb_final)
                    && s.clause_of(h.start) == s.clause_of(o.start)
                    && s.gap(h, o) <= 1
            })
        });
        first_taken_ahead
            || objects.all(|o| {
                taken(o, &rule.none_in_clause, false) || taken(o, &rule.none_ahead_in_clause, true)
            })
    }

    /// Whether every occurrence of the rule's last group is the agent of the action, a
    /// `none_right_before` concept right before it in its clause ("Blob Storage is
    /// protected *by* the account encryption key": the data key protects, it is not
    /// protected).
    fn agent_of_action(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        let Some(object) = rule.all.last() else {
            return false;
        };
        let mut objects = s
            .hits
            .iter()
            .filter(|o| object.contains(&o.concept))
            .peekable();
        !rule.none_right_before.is_empty()
            && objects.peek().is_some()
            && objects.all(|o| {
                s.hits.iter().any(|h| {
                    rule.none_right_before.contains(&h.concept)
                        && h.end <= o.start
                        && s.clause_of(h.start) == s.clause_of(o.start)
                        && s.gap(h, o) <= 1
                })
            })
    }

    /// Whether every occurrence of the rule's `denied_apart` concepts is what a negation
    /// before it in its clause denies, while the sentence states the rule's first group
    /// of something else in a clause after it ("SSE does not provide security for data in
    /// transit, but it encrypts the data as it is written"). In the denied clause the
    /// group may stand only before the negation, as the subject of the denied predicate
    /// ("Storage Service Encryption does not provide ..."); a sentence that states it
    /// nowhere else is a plain negation ("encryption is not enabled for data in
    /// transit"), and one that states it before the denied clause says the negation is
    /// about something else ("the traffic holds the encrypted blob, and no one can read
    /// the data in transit").
    fn denied_apart(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        let Some(anchor) = rule.all.first() else {
            return false;
        };
        s.every_hit_of(&rule.denied_apart, |h| {
            let clause = s.clause_of(h.start);
            let Some(n) = s.negation_before_in_clause(h) else {
                return false;
            };
            // the encryption the sentence states stands elsewhere, after the denial
            let mut anchors = s.hits.iter().filter(|a| anchor.contains(&a.concept));
            let mut elsewhere = false;
            let apart = anchors.all(|a| {
                if s.clause_of(a.start) == clause {
                    a.start < n.start
                } else {
                    elsewhere = true;
                    a.start > h.start
                }
            });
            apart && elsewhere
        })
    }

    /// Whether the page's prose names one of `wanted` (scope concepts). Its segments, then
    /// the pages that include it, are read in order until one names a wanted concept,
    /// each at most once per page (most pages about customer-managed keys name them in
    /// their first segments).
    fn page_names(&self, lexicon: &Lexicon, context: &Context<'_>, wanted: &[usize]) -> bool {
        let mut names = context.page_names.borrow_mut();
        let PageNames {
            named,
            next,
            includers_read,
        } = &mut *names;
        let name = |named: &mut BTreeSet<usize>, text: &str, hits: &[Hit]| {
            named.extend(
                hits.iter()
                    .filter(|h| self.scope_concepts.contains(&h.concept))
                    .filter(|h| !is_one_of(text, h, &context.redefined))
                    .map(|h| h.concept),
            );
        };
        let page = &context.page;
        let found = |named: &BTreeSet<usize>| wanted.iter().any(|c| named.contains(c));
        while !found(named) && *next < page.len() {
            let k = *next;
            *next += 1;
            let may = match context.prefilter {
                Some(prefilter) => page.may_name_scope_quick(prefilter, lexicon, k),
                None => lexicon.may_name_scope(page.text(k)),
            };
            if may {
                name(named, page.matching(lexicon, k), page.hits(lexicon, k));
            }
        }
        if !found(named) && !*includers_read {
            *includers_read = true;
            let includers = context.includers.map(|read| read()).unwrap_or_default();
            for raw in &includers {
                if !lexicon.may_name_scope(raw) {
                    continue;
                }
                let text = lexicon::matching_text(lexicon, raw);
                name(named, &text, &lexicon::hits(lexicon, &text));
            }
        }
        found(named)
    }

    /// The verdict of the cells after a row's first cell (`rest`, from the segment after
    /// it) on what it names: `Some(false)` when one of them denies it or calls it optional
    /// ("| Purge protection | Optional |"), `Some(true)` when one says it is required or
    /// enabled ("| Purge protection | Must be enabled |"), `None` otherwise; each cell by
    /// its first sentence.
    fn row_verdict(&self, lexicon: &Lexicon, rest: &[Segment], row: u32) -> Option<bool> {
        let (mut yes, mut no) = (false, false);
        for seg in rest
            .iter()
            .take_while(|s| matches!(s.kind, SegmentKind::TableCell { row: r, .. } if r == row))
        {
            // a cell's first sentence gives its verdict; what follows explains it ("Both
            // must be enabled on the key vault. If they aren't and you delete your key, you
            // can't recover the data")
            let first = segment::sentences(&seg.text, &lexicon.abbreviations)
                .into_iter()
                .next()
                .unwrap_or_default();
            let text = lexicon::matching_text(lexicon, first);
            for h in lexicon::hits(lexicon, &text) {
                yes |= self.special.row_yes.contains(&h.concept);
                no |= self.special.row_no.contains(&h.concept);
            }
        }
        if no {
            Some(false)
        } else {
            yes.then_some(true)
        }
    }

    /// Per segment of the document, whether it stands in a section about encryption done
    /// outside the service (rules.toml `outside`): under a heading that names client-side
    /// encryption ("# Client-side encryption for blobs": the whole page; "### Client-side
    /// encryption" in a security guide: that section), with no heading between them that
    /// names the service's side ("## Server-side encryption"). A heading that compares
    /// client-side encryption with other kinds opens no such section. `None` when no
    /// heading opens one.
    /// `page` holds the document's prose (headings included), whose hits the extraction
    /// has found and cached.
    fn outside_sections(
        &self,
        lexicon: &Lexicon,
        doc: &Document,
        page: &Page<'_>,
    ) -> Option<Vec<bool>> {
        if self.outside.is_empty() {
            return None;
        }
        // the open headings, by level, and what each says of the section under it: outside
        // (`Some(true)`), the service's own encryption (`Some(false)`), or nothing
        let mut open: Vec<(u8, Option<bool>)> = Vec::new();
        let mut any = false;
        let mut prose = 0;
        let marks = doc
            .segments
            .iter()
            .map(|seg| {
                if let SegmentKind::Heading { level, .. } = seg.kind {
                    open.retain(|&(l, _)| l < level);
                    let says = self
                        .heading_outside(page.matching(lexicon, prose), page.hits(lexicon, prose));
                    any |= says == Some(true);
                    open.push((level, says));
                }
                prose += usize::from(seg.kind.is_prose());
                open.iter().rev().find_map(|&(_, says)| says) == Some(true)
            })
            .collect();
        any.then_some(marks)
    }

    /// What a heading says of its section (see [`Self::outside_sections`]): `Some(true)`
    /// when it names client-side encryption, `Some(false)` when it names the service's
    /// side or closes a list with client-side encryption (a comparison: "Comparison of
    /// Azure Disk Encryption, SSE and client-side encryption", zh-tw "Azure 磁碟加密、SSE
    /// 和用戶端加密的比較"; not "Client-side encryption and Azure Key Vault"), `None`
    /// otherwise.
    fn heading_outside(&self, text: &str, hits: &[Hit]) -> Option<bool> {
        if hits.iter().any(|h| self.inside.contains(&h.concept)) {
            return Some(false);
        }
        let first = hits
            .iter()
            .filter(|h| self.outside.contains(&h.concept))
            .map(|h| h.start)
            .min()?;
        let listed = text.get(..first).is_some_and(|t| t.contains('、'))
            || hits
                .iter()
                .any(|h| Some(h.concept) == self.special.coordination && h.end <= first);
        Some(!listed)
    }

    /// Whether `text` names one of `concepts`.
    fn names_any(&self, lexicon: &Lexicon, text: &str, concepts: &[usize]) -> bool {
        let text = lexicon::matching_text(lexicon, text);
        lexicon::hits(lexicon, &text)
            .iter()
            .any(|h| concepts.contains(&h.concept))
    }

    /// Whether moment `m` stands in a clause of its own, without an action, right before
    /// the clause of action `a`, and `a` comes early in that clause ("when the data is
    /// read from storage, the service decrypts it"; not "when reading from an encrypted
    /// blob, use ...", whose action is the moment's own object). A moment clause that
    /// opens the sentence is the occasion of every verb of the main clause after it, so
    /// `a` may also open a clause that a coordinating word adds to the main clause, if no
    /// other action or moment stands between them ("when a workflow reads an artifact,
    /// the service unwraps the DEK with your key and decrypts the artifact").
    fn moment_clause_before(&self, s: &Sentence<'_>, m: &Hit, a: &Hit) -> bool {
        // a relative clause set off by commas describes a noun: it is no clause of time
        if s.aside_of(m.start).is_some() {
            return false;
        }
        let (mc, ac) = (s.clause_of(m.start), s.clause_of(a.start));
        let edge = |k: usize| {
            s.clauses.get(k.wrapping_sub(1)).map(|&b| Hit {
                concept: usize::MAX,
                start: b,
                end: b,
                gapped: false,
            })
        };
        let (Some(main), Some(own)) = (edge(mc + 1), edge(ac)) else {
            return false;
        };
        // the moment's clause opens the sentence: its subordinating word comes first, or
        // the language puts every clause's verb last and a subordinate clause first
        let opens = mc == 0
            && (s.verb_final
                || s.text
                    .get(..m.start)
                    .is_some_and(|t| !t.chars().any(crate::text::is_letter_or_digit)));
        let coordinated = opens
            && ac > mc + 1
            && (mc + 2..=ac).all(|k| {
                edge(k).is_some_and(|b| {
                    s.hits
                        .iter()
                        .any(|h| Some(h.concept) == self.special.coordination && h.start == b.start)
                })
            })
            && !s.hits.iter().any(|h| {
                h.start > m.end
                    && h.end <= a.start
                    && (self.special.actions.contains(&h.concept)
                        || self.special.moments.contains(&h.concept))
            });
        let next = ac == mc + 1;
        if !(next || coordinated) || s.clause_word_between(m, if next { a } else { &main }) {
            return false;
        }
        let acts_in_moment_clause = s
            .hits
            .iter()
            .any(|h| self.special.actions.contains(&h.concept) && s.clause_of(h.start) == mc);
        !acts_in_moment_clause
            && s.gap_counted(&own, a, true) <= s.reach(self.reach.clause_first)
            && s.gap_counted(&main, a, true) <= s.reach(self.reach.pair)
    }

    /// Whether a requirement the rule does not read (`negation_taken_by`) is denied in the
    /// clause of one of the rule's words: "you don't need to open a support request to
    /// rotate the key", es "no es necesario abrir una solicitud de soporte", "a managed
    /// identity isn't needed if ...", "soft delete and purge protection don't need to be
    /// enabled" (the coordinated second word in the clause of the denial, the first before
    /// it). What is not needed is so for a purpose or under a condition the sentence names,
    /// or not at all: neither it nor its denial is the rule's statement.
    fn requirement_denied(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        s.hits.iter().any(|r| {
            self.negation_taken_by.contains(&r.concept)
                && !rule.all.iter().flatten().any(|&c| c == r.concept)
                // a requirement inside the words of the rule's own phrase is the rule's
                // (ru "вносить изменения в приложение не требуется", no change to the
                // application is required, is a gapped `no-change` phrase around its
                // `require`)
                && !in_own_words(rule, s, r)
                && s.governed(r)
                && {
                    let in_clause = |g: &[usize], a: &Hit| {
                        g.contains(&a.concept)
                            && !self.attributive_word(s, a)
                            && s.clause_of(a.start) == s.clause_of(r.start)
                    };
                    let named = |g: &Vec<usize>| s.hits.iter().any(|a| in_clause(g, a));
                    // a use denied for a purpose denies a rule whose words all stand in
                    // its clause: ko "키는 … 암호화하는 데 사용되지 않고, 대신 데이터 암호화
                    // 키를 래핑합니다" (the key isn't used to encrypt the data; instead it
                    // wraps the data keys) still says the wrapping
                    if Some(r.concept) == self.special.purpose {
                        rule.all.iter().all(named)
                    } else {
                        rule.all.iter().any(named)
                    }
                }
        })
    }

    /// Whether `h` is a word inside an attributive form ("use *an encrypted* storage
    /// account"): it names a thing, and a negation or requirement over it denies nothing
    /// of the encryption ("The cache doesn't need any configuration change to use an
    /// encrypted storage account, because encryption is transparent to the cache").
    fn attributive_word(&self, s: &Sentence<'_>, h: &Hit) -> bool {
        Some(h.concept) != self.special.attributive
            && s.hits.iter().any(|a| {
                Some(a.concept) == self.special.attributive && a.start <= h.start && h.end <= a.end
            })
    }

    /// Whether a negated statement is narrowed to a place, condition, subset, moment or
    /// another object, so that it denies nothing in general, or its negation is taken by
    /// a concept the rule does not read (`negation_taken_by`: "you don't *have to* use
    /// customer-managed keys"): then it yields no claim.
    fn narrowed(&self, rule: &CompiledRule, s: &Sentence<'_>) -> bool {
        // a rule that needs its negation reads the words of its own groups: a narrowing
        // concept said by the same words ("existing" narrows and is the rule's object)
        // narrows nothing
        let own = |h: &Hit| rule.negation_required && in_own_words(rule, s, h);
        // a narrowing concept that introduces the claim's precondition, named after it in
        // its clause, states it ("when customer-managed keys are configured"; not fr "le
        // double chiffrement avec une clé gérée par le client ne peut être activé qu'au
        // moment de la création", whose moment narrows)
        let precondition = |h: &Hit| {
            s.hits.iter().any(|x| {
                rule.negation_unnarrowed_with.contains(&x.concept)
                    && x.start > h.start
                    && s.clause_of(x.start) == s.clause_of(h.start)
            })
        };
        // a narrowing concept that a reason parts from every negation (and denying phrase)
        // narrows none of them: the reason is a statement of its own ("create a new
        // resource in the S1 tier, because CMK can't be turned on for a resource that
        // existed before")
        let reasons: Vec<&Hit> = s
            .hits
            .iter()
            .filter(|b| Some(b.concept) == self.special.because)
            .collect();
        let denials: Vec<&Hit> = s.negations.iter().chain(&s.fused).collect();
        let apart = |h: &Hit| {
            !reasons.is_empty()
                && !denials.is_empty()
                && denials.iter().all(|n| {
                    let (from, to) = (h.end.min(n.end), h.start.max(n.start));
                    reasons.iter().any(|b| from <= b.start && b.end <= to)
                })
        };
        if self
            .negation_narrowed_by
            .iter()
            .filter(|c| !rule.negation_unnarrowed_by.contains(c))
            .chain(&rule.negation_narrowed_by)
            .any(|&c| {
                s.hits.iter().any(|h| {
                    h.concept == c
                        && !own(h)
                        && !s.explains_denial(h)
                        && !precondition(h)
                        && !apart(h)
                })
            })
        {
            return true;
        }
        let taken = s.hits.iter().any(|h| {
            self.negation_taken_by.contains(&h.concept)
                && !rule.all.iter().flatten().any(|&c| c == h.concept)
                && s.governed(h)
        });
        if taken {
            return true;
        }
        let Some(object) = rule.all.last() else {
            return false;
        };
        let reach = s.reach(self.reach.object);
        let objects = || s.hits.iter().filter(|h| object.contains(&h.concept));
        // what stands beyond the object, seen from a negation, is the object's purpose or
        // complement, which the negation reaches through it ("doesn't support
        // customer-managed keys for encrypting data at rest", zh-tw "不支援使用客戶自控金鑰來
        // 加密待用資料"): the object is denied; "content trust isn't supported in a registry
        // that's encrypted with a customer-managed key" still denies the other
        // an object in a relative clause set off by commas stands in no line with a
        // negation outside it ("Double encryption, which combines platform-managed and
        // customer-managed keys, isn't supported" denies the double encryption)
        let beyond = |other: &Hit| {
            s.negations.iter().any(|n| {
                objects().any(|o| {
                    s.aside_of(o.start) == s.aside_of(n.start)
                        && ((n.end <= o.start && o.end <= other.start)
                            || (other.end <= o.start && o.end <= n.start))
                })
            })
        };
        // the object right after the rule's verb is what the verb takes, and what its
        // negation denies, whatever else the sentence names: de "die Verschlüsselung
        // virtueller Netzwerke unterstützt keine kundenseitig verwalteten Schlüssel" (the
        // encryption is the subject), unlike "infrastructure encryption isn't supported
        // with customer-managed keys"; not a verb that the other, named between a negation
        // and the verb, takes as its purpose: ru "не является ключом, управляемым клиентом,
        // для шифрования неактивных данных" (is not a customer-managed key for encrypting
        // data at rest) denies the key
        let others = || {
            s.hits
                .iter()
                .filter(|h| rule.negation_narrowed_by_other.contains(&h.concept))
        };
        let after_other = |f: &Hit| {
            s.negations
                .iter()
                .any(|n| others().any(|o| n.end <= o.start && o.end <= f.start))
        };
        let taken_by_verb = || {
            s.hits
                .iter()
                .filter(|f| rule.all.first().is_some_and(|g| g.contains(&f.concept)))
                .filter(|f| !after_other(f))
                .any(|f| objects().any(|o| f.end <= o.start && s.only_concepts_between(f, o)))
        };
        others().any(|other| !objects().any(|o| s.gap(o, other) <= reach) && !beyond(other))
            && !taken_by_verb()
    }

    /// Byte offsets where clauses start: after `,;:()、` and at clause words.
    /// A comma inside a phrase the lexicon knows, or closing one that holds a comma, ends
    /// no clause: ru "ключи, управляемые клиентом, нельзя добавить" is one clause, the
    /// keys named by a participle set off with commas.
    fn clauses(&self, text: &str, hits: &[Hit]) -> Vec<usize> {
        let inside = |i: usize| hits.iter().any(|h| h.start < i && i < h.end);
        let closes = |i: usize| {
            hits.iter().any(|h| {
                h.end <= i
                    // the rest of the hit's last word, then the comma
                    && text
                        .get(h.end..i)
                        .is_some_and(|t| t.trim_end().chars().all(char::is_alphanumeric))
                    && text.get(h.start..h.end).is_some_and(|t| t.contains(','))
            })
        };
        let mut b: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| is_clause_mark(c))
            .filter(|&(i, c)| !(inside(i) || (c == ',' && closes(i))))
            .map(|(i, _)| i)
            .collect();
        // a clause word inside a phrase the lexicon knows is the phrase's ("andere
        // Schlüsseltypen und -größen", other key types and sizes)
        b.extend(
            hits.iter()
                .filter(|h| Some(h.concept) == self.special.clause && !inside(h.start))
                .map(|h| h.start),
        );
        b.sort_unstable();
        b
    }

    /// Whether an action and a moment stand near enough to be one pair (see
    /// [`Self::pairs`]).
    fn near(&self, s: &Sentence<'_>, a: &Hit, m: &Hit) -> bool {
        // An action belongs to a moment near it. Spaced scripts put the
        // moment after the action ("encrypted when it is written"); a moment
        // well before it names the occasion of something else ("when reading
        // an encrypted blob"). Unspaced scripts put the moment first (写入时加密).
        // A participle describes the data the action is said of ("data
        // written to disk is encrypted"): it may stand further before its
        // action, past the commas of a participial or relative clause, but
        // not past a clause word ("written, and encrypted blobs ...").
        let moment_first = m.start < a.start;
        let participle = moment_first && self.special.participles.contains(&m.concept);
        let reach = match (moment_first, s.moment_first_words) {
            (true, _) if participle => s
                .reach(self.reach.participle_first)
                .max(s.moment_first_words.unwrap_or(0)),
            (true, Some(words)) => words,
            (true, None) => s.reach(self.reach.pair_moment_first),
            (false, _) => s.reach(self.reach.pair),
        };
        if participle {
            s.gap(a, m) <= reach && !s.clause_word_between(m, a)
        } else if moment_first {
            // a short parenthesis between them (ja "読み取られるときにデータ暗号化キー (DEK)
            // で…暗号化し") glosses a word and parts no clause
            (s.joined_clause_of(a.start) == s.joined_clause_of(m.start) && s.gap(a, m) <= reach)
                || self.moment_clause_before(s, m, a)
                || s.heads_final_verb(m, a)
        } else {
            // a colon or semicolon ends what the action says: "encryption and decryption
            // are transparent: the data is encrypted when written" pairs the first
            // encryption with no moment after the colon
            let across_a_stop = s
                .text
                .get(a.end..m.start)
                .is_some_and(|t| t.contains([':', ';']));
            // in unspaced scripts, which put a moment before its verb, a moment right before
            // an operation is that operation's occasion: zh-cn "进行加密，包括…运行查询时创建的
            // 临时文件" (encrypts …, including temporary files *created when* queries run)
            let heads_an_operation = s.words.is_none()
                && s.hits.iter().any(|h| {
                    self.special.ops.contains_key(&h.concept)
                        && h.start >= m.end
                        && s.text
                            .get(m.end..h.start)
                            .is_some_and(|t| t.chars().count() <= 1)
                });
            s.gap(a, m) <= reach
                && !across_a_stop
                && !s.closes_clause_parenthesis(a, m)
                && !heads_an_operation
                && !s.key_relative_between(a, m, &self.special)
                && !s.clause_opened_between(a, m, &self.special)
        }
    }

    /// Whether a moment that a far neighbour left may pair with action `a`: both stand in
    /// one clause, and the moment is no participle. (Not [`Sentence::in_one_clause`],
    /// which asks it of a rule's concept groups.)
    fn may_take_left_moment(&self, s: &Sentence<'_>, a: &Hit, m: &Hit) -> bool {
        s.clause_of(a.start) == s.clause_of(m.start)
            && !self.special.participles.contains(&m.concept)
    }

    /// Whether moment `m`, after action `a`, stands before action `c` in `c`'s clause, with
    /// no clause word between them, near it, and no further from `c` than from `a` or in
    /// another clause than `a` with no comma or stop before `c` (zh-tw "將 Blob 加密，並在
    /// 讀取 Blob 時使用相同的金鑰將其解密", hu "titkosítja, a blob olvasásakor pedig
    /// ugyanazzal a kulccsal visszafejti": a read that opens the decryption's clause; not
    /// hu "titkosítja, amikor … íródnak, és visszafejti": the write closes the encryption's
    /// clause); a participle is not (ru "записанные ранее данные зашифрованы": data written
    /// earlier).
    fn moment_heads_next(&self, s: &Sentence<'_>, a: &Hit, m: &Hit, c: &Hit) -> bool {
        self.may_take_left_moment(s, c, m)
            && !s.clause_word_between(m, c)
            && (s.gap(m, c) <= s.gap(a, m)
                || (s.clause_of(a.start) != s.clause_of(m.start)
                    && !s
                        .text
                        .get(m.end..c.start)
                        .is_some_and(|t| t.contains([',', '，', ';', '；', '.', '。']))))
            && self.near(s, c, m)
    }

    /// Pairs each action (encrypt, decrypt) with the moment (read, write) next to it, in
    /// either order: the sequence of actions and moments is read left to right and two
    /// neighbours of different kinds form a pair when they stand [near](Self::near) each
    /// other. This fits verb-first clauses ("encrypted when read and decrypted when
    /// written") and verb-last ones ("读取时加密，写入时解密"). A neighbour too far away
    /// leaves the other to its neighbour on the other side, but only in one clause and not
    /// as a participle: the noun of a means named early in a verb-final sentence (ko "서버
    /// 쪽 암호화(SSE)를 사용하여 데이터가 클라우드에 유지될 때 자동으로 암호화합니다",
    /// server-side encryption ... encrypts when the data is persisted) is not the action of
    /// the moment after it, the verb of the moment's own clause is; a moment in a clause of
    /// its own or a participle ("чтобы убедиться, что записанные ранее данные зашифрованы",
    /// data written earlier) that the action before it left is some other occasion.
    fn pairs(&self, s: &Sentence<'_>) -> Vec<(Hit, Hit)> {
        let hits = &s.hits;
        let attributive: Vec<&Hit> = hits
            .iter()
            .filter(|h| Some(h.concept) == self.special.attributive)
            .collect();
        let seq: Vec<(bool, Hit)> = hits
            .iter()
            // an action in an attributive form names a state, not an event
            .filter(|h| {
                !(self.special.actions.contains(&h.concept)
                    && attributive
                        .iter()
                        .any(|at| at.start <= h.start && h.end <= at.end))
            })
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
        // A moment that overlaps the moment before it is the same words read twice (fr
        // "avant d'être écrites" is a write and "écrites" a participle): the second would
        // pair the same occasion with the next action ("..., puis déchiffrées lorsqu'elles
        // sont lues" is decrypted when read, not when written)
        let seq: Vec<(bool, Hit)> = seq
            .iter()
            .enumerate()
            .filter(|&(i, &(action, h))| {
                action
                    || !seq[..i]
                        .iter()
                        .any(|&(other, k)| !other && k.start < h.end && h.start < k.end)
            })
            .map(|(_, &x)| x)
            .collect();
        // Moments of both kinds joined by a coordinating word ("performs encryption and
        // decryption while reading and writing", zh "加密读取和写入操作": encrypting read and
        // write operations) are the occasions of the whole sentence, not of one action each:
        // the action is said of both, so of neither in particular
        let joined: BTreeSet<usize> = seq
            .windows(2)
            .enumerate()
            .filter(|(_, w)| {
                !w[0].0
                    && !w[1].0
                    && self.opposite_moments(&w[0].1, &w[1].1)
                    && coordinated(s.text, &w[0].1, &w[1].1)
            })
            .flat_map(|(i, _)| [i, i + 1])
            .collect();
        let seq: Vec<(bool, Hit)> = seq
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !joined.contains(i))
            .map(|(_, x)| x)
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        let mut left = false;
        while i + 1 < seq.len() {
            let (a, b) = (seq[i], seq[i + 1]);
            // an action whose moment heads the next action, in that action's own clause and
            // nearer to it, leaves the moment to it: the noun of a means before a
            // verb-final clause (zh "服務加密會在資料寫入磁碟時加密資料，並在讀取資料時將其解密",
            // ko "AES 암호화를 사용하여 스토리지에 쓸 때 암호화되고 읽을 때 암호 해독됩니다")
            if let (true, false, Some(&(true, c))) = (a.0, b.0, seq.get(i + 2)) {
                if self.moment_heads_next(s, &a.1, &b.1, &c) {
                    left = false;
                    i += 1;
                    continue;
                }
            }
            let pair = if a.0 { (a.1, b.1) } else { (b.1, a.1) };
            let near = a.0 != b.0
                && self.near(s, &pair.0, &pair.1)
                && (!left || self.may_take_left_moment(s, &pair.0, &pair.1));
            // the next pair's first was left by a neighbour of the other kind, too far away
            left = a.0 != b.0 && !near;
            if near {
                out.push(pair);
                i += 2;
            } else {
                i += 1;
            }
        }
        out
    }

    /// Whether two moments are of two kinds (a write and a read): no `pair` rule reads
    /// both as its moment.
    fn opposite_moments(&self, a: &Hit, b: &Hit) -> bool {
        !self
            .rules
            .iter()
            .filter_map(|r| r.pair.as_ref())
            .any(|(_, m)| m.contains(&a.concept) && m.contains(&b.concept))
    }

    fn value(&self, kind: ValueKind, s: &Sentence<'_>) -> Option<String> {
        let (text, hits) = (s.text, &s.hits);
        match kind {
            ValueKind::Tiers => {
                let named: Vec<(&Hit, &str)> = hits
                    .iter()
                    .filter_map(|h| Some((h, self.special.tiers.get(&h.concept)?.as_str())))
                    .collect();
                // a tier glossed in parentheses by another name is one tier ("the Standard
                // (S0) pricing tier"): the code, the name with a digit, stands for both, or
                // else the first. Nothing stands between them but the rest of the first
                // name's word or quotes (de "„Standard“ (S0)", pl "Standardowa (S0)")
                let code = |j: usize| named[j].1.chars().any(|c| c.is_ascii_digit());
                let dropped: BTreeSet<usize> = (1..named.len())
                    .filter(|&i| {
                        text.get(named[i - 1].0.end..named[i].0.start)
                            .and_then(|t| t.trim_end().strip_suffix('('))
                            .is_some_and(|b| !b.trim_end().contains(char::is_whitespace))
                    })
                    .map(|i| if code(i - 1) && !code(i) { i } else { i - 1 })
                    .collect();
                let mut v: Vec<&str> = (0..named.len())
                    .filter(|i| !dropped.contains(i))
                    .map(|i| named[i].1)
                    .collect();
                // no tier the lexicon names: a tier's code, a capital letter ("available
                // only on F SKUs", "the S pricing tier", de "nur im Tarif S")
                let codes = if v.is_empty() {
                    tier_codes(s.raw)
                } else {
                    Vec::new()
                };
                v.extend(codes.iter().map(String::as_str));
                v.sort_by_key(|s| s.to_lowercase());
                v.dedup();
                (!v.is_empty()).then(|| v.join(","))
            }
            ValueKind::Operations => {
                // an operation denied is none the customer controls ("the image version can
                // no longer be read, and you can't create VMs from it")
                let v: BTreeSet<&str> = hits
                    .iter()
                    .filter(|h| !s.governed(h))
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
                .find_map(|h| {
                    duration_before(text.get(..h.start)?)
                        .or_else(|| duration_after(text.get(h.end..)?))
                        .map(|d| format!("{d}d"))
                }),
        }
    }

    /// Whether segments `range` of a document hold, for some rule of claim `id`, a
    /// concept of each of the rule's groups (every `all` group, both sides of a `pair`,
    /// and the concepts its value is read from): whether the text there has the words of
    /// the claim, however the rules would read them. The cross-locale checks ask this of
    /// the place aligned with a claim in another locale: where the words are missing, the
    /// locale really did not say it; where they are there, the difference is more likely
    /// the claim reader's than the translation's.
    pub fn has_concepts_of(
        &self,
        doc: &Document,
        range: std::ops::Range<usize>,
        id: ClaimId,
    ) -> bool {
        let Some(present) = self.concepts_in(doc, range) else {
            return false;
        };
        let any = |group: &[usize]| group.iter().any(|c| present.contains(c));
        self.rules
            .iter()
            .filter(|r| r.claim == id)
            .any(|r| self.may_read_with(r, &any))
    }

    /// The value words of claim `id` in segments `range` of a document: the names of the
    /// tiers, or of the key operations, whose concepts occur there (lower case), for a
    /// claim whose value is read from such words; `None` for other claims (a duration is
    /// a number, not a word) or a locale without a lexicon. The cross-locale value check
    /// asks this of the place aligned with a value stated in another locale.
    pub fn value_words(
        &self,
        doc: &Document,
        range: std::ops::Range<usize>,
        id: ClaimId,
    ) -> Option<BTreeSet<String>> {
        let names = match self.rules.iter().find(|r| r.claim == id)?.value? {
            ValueKind::Tiers => &self.special.tiers,
            ValueKind::Operations => &self.special.ops,
            ValueKind::Duration => return None,
        };
        let present = self.concepts_in(doc, range)?;
        Some(
            present
                .iter()
                .filter_map(|c| names.get(c))
                .map(|n| n.to_lowercase())
                .collect(),
        )
    }

    /// The concepts that occur in the prose of segments `range` of a document.
    fn concepts_in(
        &self,
        doc: &Document,
        range: std::ops::Range<usize>,
    ) -> Option<BTreeSet<usize>> {
        let lexicon = self.lexicon_for(&doc.locale)?;
        let segments = doc.segments.get(range)?;
        let mut present = BTreeSet::new();
        for seg in segments.iter().filter(|s| s.kind.is_prose()) {
            let text = lexicon::matching_text(lexicon, &seg.text);
            present.extend(lexicon::hits(lexicon, &text).iter().map(|h| h.concept));
        }
        Some(present)
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
        let ids = |names: &[&str]| -> Vec<usize> {
            names.iter().filter_map(|n| concepts.get(n)).collect()
        };
        let tiers = prefixed(lexicon::TIER_PREFIX);
        let ops = prefixed(lexicon::OP_PREFIX);
        let business_days = concepts.get(lexicon::BUSINESS_DAYS);
        let denying: Vec<usize> = lexicon::DENYING
            .iter()
            .filter_map(|n| concepts.get(n))
            .collect();
        let mut denying_claims: Vec<ClaimId> = rules
            .iter()
            .filter(|r| r.read().any(|c| denying.contains(c)))
            .map(|r| r.claim)
            .collect();
        denying_claims.sort();
        denying_claims.dedup();
        Special {
            value_concepts: [
                tiers.keys().copied().collect(),
                ops.keys().copied().collect(),
                business_days.into_iter().collect(),
            ],
            not: concepts.get(lexicon::NEGATION),
            denying,
            denying_claims,
            clause: concepts.get(lexicon::CLAUSE),
            coordination: concepts.get(lexicon::COORDINATION),
            access_control: concepts.get(lexicon::ACCESS_CONTROL),
            business_days,
            attributive: concepts.get(lexicon::ATTRIBUTIVE),
            purpose: concepts.get(lexicon::PURPOSE_USE),
            instead: concepts.get(lexicon::INSTEAD),
            instead_of: concepts.get(lexicon::INSTEAD_OF),
            because: concepts.get(lexicon::BECAUSE),
            key_store: concepts.get(lexicon::KEY_STORE),
            relative: concepts.get(lexicon::RELATIVE),
            subset: concepts.get(lexicon::SUBSET),
            secret: concepts.get(lexicon::SECRET),
            over: concepts.get(lexicon::OVER),
            joinable: std::iter::once(lexicon::SUBSET)
                .chain(lexicon::AGES)
                .chain(lexicon::VAULT_PROTECTIONS)
                .filter_map(|n| concepts.get(n))
                .collect(),
            cases: [lexicon::RESTRICTION, lexicon::EXISTING]
                .iter()
                .filter_map(|c| concepts.get(c))
                .collect(),
            disable: concepts.get(lexicon::DISABLE),
            key: concepts.get(lexicon::KEY),
            row_yes: ids(lexicon::ROW_YES),
            row_no: ids(lexicon::ROW_NO),
            key_nouns: ids(lexicon::KEY_NOUNS),
            key_roles: ids(lexicon::KEY_ROLES),
            loose: ids(lexicon::LOOSE_DEFINITIONS),
            participles: ids(&lexicon::PARTICIPLES),
            tiers,
            ops,
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

/// Settles a page's statements of support. A page that states, in one sentence, that
/// customer-managed keys are supported and, in another, that they are not, has narrowed
/// the denial to something the second sentence names: a subset of resources ("a vault
/// that has items registered can't use customer-managed keys"), a condition, or another
/// service's resource ("this instance can't be used with CMK", of the search instance the
/// step before created). Read on every blind set of issue 12, each such denial was one of
/// these, and none was a denial of the page's service; the assertion stands and the
/// denial states nothing.
///
/// Support said in a paragraph that names another service (`service`: the page's own
/// words; `segments`: the document's, which the claims index) is that service's, and
/// neither narrows a denial nor states the page's own support: "if you route events to
/// Azure Event Hubs ..., you can configure customer-managed keys on those resources",
/// below "Azure Digital Twins doesn't support customer-managed keys"; "If you stage files
/// in an Azure Storage account ..., that storage account is outside the workbench. You can
/// configure customer-managed keys on the storage account itself."
fn settle_support(
    claims: &mut Vec<Claim>,
    service: &[String],
    lexicon: &Lexicon,
    often: &dyn Fn(&str) -> bool,
    segments: &[crate::parse::Segment],
) {
    let support = |c: &Claim| c.id == ClaimId::SupportsCmk && c.polarity == Polarity::Asserted;
    // the segments of the assertions that name another service, each read once
    let elsewhere: BTreeSet<usize> = claims
        .iter()
        .filter(|c| support(c))
        .map(|c| c.segment)
        .filter(|&i| names_other_service(&segments[i].text, service, Some(lexicon), often))
        .collect();
    let asserted: BTreeSet<String> = claims
        .iter()
        .filter(|c| support(c) && !elsewhere.contains(&c.segment))
        .map(|c| c.text.clone())
        .collect();
    // a denial whose subject is the page's own service ("IoT Central doesn't support
    // customer-managed keys") is narrowed only by an assertion whose subject it is too
    let named = |c: &Claim| {
        opens_with_own_service(&c.text, service)
            || opens_with_localized_own(&c.text, lexicon.script, often)
    };
    let own_asserted = claims.iter().any(|c| support(c) && named(c));
    if !asserted.is_empty() {
        claims.retain(|c| {
            c.id != ClaimId::SupportsCmk
                || c.polarity == Polarity::Asserted
                || asserted.contains(&c.text)
                || (!own_asserted && named(c))
        });
    }
    // "For example, Azure Monitor Logs and Azure Data Explorer support customer-managed
    // keys for the data that they store", on a page of a service that doesn't
    claims.retain(|c| !(support(c) && elsewhere.contains(&c.segment)));
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

/// The number or range a few characters after the business-days word, where a language
/// names the unit of the count first (ko "영업일 기준 3~5일", business days: 3 to 5 days):
/// only when none stands before it, and never past a sentence mark or a comma.
fn duration_after(after: &str) -> Option<String> {
    let chars: Vec<char> = after.chars().collect();
    let mut j = 0;
    while j < chars.len() && !chars[j].is_ascii_digit() {
        if j >= 6 || matches!(chars[j], '.' | ',' | ';' | ':' | '。' | '，') {
            return None;
        }
        j += 1;
    }
    let digits = |j: &mut usize| {
        let start = *j;
        while *j < chars.len() && chars[*j].is_ascii_digit() {
            *j += 1;
        }
        (start < *j).then(|| chars[start..*j].iter().collect::<String>())
    };
    let low = digits(&mut j)?;
    let mut k = j;
    let mut connector = String::new();
    while k < chars.len() && !chars[k].is_ascii_digit() && connector.chars().count() < 3 {
        connector.push(chars[k]);
        k += 1;
    }
    let connector = connector.trim();
    if !connector.is_empty() && !connector.contains(['.', ',']) {
        if let Some(high) = digits(&mut k) {
            return Some(format!("{low}-{high}"));
        }
    }
    Some(low)
}

/// The scope concepts (rules.toml `topic` and every rule's `context`) of one sentence:
/// those it names itself, and all it is in (its own and its context's), empty when the
/// sentence is not about encryption or keys.
#[derive(Debug, Default, Clone)]
struct Scope {
    own: BTreeSet<usize>,
    all: BTreeSet<usize>,
}

/// What a piece of text is read as: the rules read over sentences apply to a sentence of
/// prose and (unless rules.toml `heading = false`) to a heading's; those read over lists
/// (rules.toml `list`) to the items of one list read together, and only there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Sentence,
    Heading,
    List,
}

impl Reading {
    /// Whether the rule applies to text read this way.
    fn applies(self, rule: &CompiledRule) -> bool {
        rule.list == (self == Reading::List) && (rule.heading || self != Reading::Heading)
    }
}

/// Whether a page names one of the concepts (in its prose, or in its `ms.service`).
type Names<'a> = &'a dyn Fn(&[usize]) -> bool;

/// What a sentence can borrow its scope from (its section's heading and the headings of
/// the sections it is in, the sentence before it in its paragraph, the last sentence of
/// the previous paragraph when that one names the concepts itself), and the words of the
/// page's own service.
#[derive(Default)]
struct Context<'d> {
    /// Lower-case words of `ms.service` / `ms.subservice` (`iot`, `hub`).
    service: Vec<String>,
    /// The page's service names as a sentence writes them without spaces
    /// (`azure-frontdoor` -> `frontdoor`, see [`service_names`]).
    service_names: Vec<String>,
    /// The words of `ms.service` and `ms.subservice` alone, as text (`key vault`), read
    /// for a rule's `unless_page_service` (see [`Context::service_names_any`]).
    service_ids: String,
    /// The concepts `service_ids` names, found when a rule first asks.
    service_concepts: std::cell::OnceCell<BTreeSet<usize>>,
    /// Abbreviations the document defines as something its lexicon concept is not
    /// (`(concept, folded abbreviation)`, see [`redefined_abbreviations`]).
    redefined: Vec<(usize, String)>,
    /// The prose of the whole page, and the scope concepts it names (found once, when a
    /// rule with `page` first asks).
    page: Page<'d>,
    /// The raw-text scope test of the page's lexicon.
    prefilter: Option<&'d Prefilter>,
    /// The text of the pages that include the document, read when a `page` rule asks.
    includers: Option<&'d dyn Fn() -> Vec<String>>,
    page_names: std::cell::RefCell<PageNames>,
    /// The product names the page's prose repeats ([`Context::owns_often`]), found when a
    /// sentence first names a product that is none of [`Context::service`].
    often: std::cell::OnceCell<BTreeSet<String>>,
    /// The enclosing headings, outermost first, with their levels and the scope concepts
    /// they name: a section is about what its heading and those above it are about
    /// ("Prerequisites" under "Configure customer-managed keys for your account").
    headings: Vec<(u8, BTreeSet<usize>)>,
    /// The scope concepts the header cells of the table being read name, by column, and
    /// the column of the body cell being read: a cell is about what its column's header
    /// and the first column's header name, as a section is about its heading.
    columns: Vec<BTreeSet<usize>>,
    /// The columns whose header states a condition (see [`Context::condition_column`]).
    conditions: BTreeSet<usize>,
    column: Option<usize>,
    /// The verdict of the other cells of the row whose first cell is being read (see
    /// [`Extractor::row_verdict`]): when they affirm what it names, every header describes
    /// it; when they deny it or call it optional, it takes no context at all.
    row_verdict: Option<bool>,
    previous_in_paragraph: BTreeSet<usize>,
    previous_paragraph: BTreeSet<usize>,
    /// The scope of the list's lead-in (the last sentence of the segment right before its
    /// first item), or the prose whose last sentence names it when it is still to be read.
    lead_in: (BTreeSet<usize>, Option<usize>),
    /// The prose whose last sentence's own scope is `previous_paragraph`, when it is
    /// still to be read (see [`Context::last_unread`]).
    previous_unread: Option<usize>,
    /// The scope concepts the clause after a semicolon that ends the sentence being read
    /// names: the rest of the same sentence.
    continued: BTreeSet<usize>,
    /// The scope of the sentence before.
    last: Scope,
    /// The prose whose last sentence's own scope, not read, is `last.own`: a paragraph
    /// without a claim, read only if the one after it needs its scope.
    last_unread: Option<usize>,
}

/// The scope concepts a page's prose names, as far as [`Extractor::page_names`] has read
/// it: its prose up to `next`, and the pages that include it once `includers_read`.
#[derive(Default)]
struct PageNames {
    named: BTreeSet<usize>,
    next: usize,
    includers_read: bool,
}

impl Context<'_> {
    /// Whether `name` (a lower-case word) is one the page's prose writes in its locale's
    /// form in [`OWN_NAME_SEGMENTS`] segments or more, beside its word for "service" (pl
    /// "usługi Mowa", es "servicio Voz" on a page of Speech) or around `Azure` (pt
    /// "Configuração de Aplicativos do Azure"): the page's own service, which its title may
    /// name otherwise. One it names once or twice is another's ("For Face, ...").
    fn owns_often(&self, lexicon: &Lexicon, name: &str) -> bool {
        self.often
            .get_or_init(|| {
                let mut seen: BTreeMap<String, usize> = BTreeMap::new();
                for text in (0..self.page.len()).map(|i| self.page.text(i)) {
                    let localized = marked_product_names(text, &["Azure"])
                        .into_iter()
                        .filter(|(_, localized)| *localized)
                        .flat_map(|(name, _)| name);
                    let names: BTreeSet<String> = beside_service(text, lexicon, true)
                        .into_iter()
                        .chain(localized)
                        .collect();
                    for name in names {
                        *seen.entry(name).or_default() += 1;
                    }
                }
                seen.into_iter()
                    .filter(|&(_, n)| n >= OWN_NAME_SEGMENTS)
                    .map(|(name, _)| name)
                    .collect()
            })
            .contains(name)
    }

    /// Whether the page's `ms.service` / `ms.subservice` name one of the concepts (`key-vault`
    /// on a page of `key-vault`): read once per page, when a rule first asks.
    fn service_names_any(&self, lexicon: &Lexicon, wanted: &[usize]) -> bool {
        let named = self.service_concepts.get_or_init(|| {
            let text = lexicon::matching_text(lexicon, &self.service_ids);
            lexicon::hits(lexicon, &text)
                .iter()
                .map(|h| h.concept)
                .collect()
        });
        wanted.iter().any(|c| named.contains(c))
    }

    /// Whether a hit is an abbreviation the document defines as something else.
    fn names_redefined(&self, text: &str, h: &Hit) -> bool {
        is_one_of(text, h, &self.redefined)
    }

    fn inherited(&self) -> BTreeSet<usize> {
        if self.column == Some(0) && self.row_verdict == Some(false) {
            return BTreeSet::new();
        }
        let mut all: BTreeSet<usize> = self.headings.iter().flat_map(|(_, h)| h).copied().collect();
        all.extend(&self.previous_in_paragraph);
        all.extend(&self.previous_paragraph);
        all.extend(&self.lead_in.0);
        all.extend(&self.continued);
        // its own column's header, and the first column's, which names what each row
        // is ("| Requirement | Details |": every row is one); the first column's cell
        // names what its row is about, which every header describes when the row's other
        // cells affirm it ("| Setting | Requirement |": the row "| Purge protection |
        // Enabled |" is a requirement, "| Purge protection | Optional |" none)
        match self.column {
            Some(0) if self.row_verdict == Some(true) => {
                self.columns.iter().for_each(|header| all.extend(header));
            }
            Some(c) => {
                for header in [0, c].iter().filter_map(|&c| self.columns.get(c)) {
                    all.extend(header);
                }
            }
            None => {}
        }
        all
    }

    /// A new segment that is a table cell at `(row, column)` (row 0 is the header), or
    /// none: a table's header cells start it, and any other segment ends it.
    fn enter_cell(&mut self, cell: Option<(u32, usize)>) {
        match cell {
            Some((0, column)) => {
                if column == 0 {
                    self.columns.clear();
                    self.conditions.clear();
                }
                self.column = None;
            }
            Some((_, column)) => self.column = Some(column),
            None => {
                self.columns.clear();
                self.conditions.clear();
                self.column = None;
            }
        }
    }

    /// Whether the header cell of `column` states a condition its cells hold under.
    fn condition_column(&mut self, column: usize, condition: bool) {
        if condition {
            self.conditions.insert(column);
        } else {
            self.conditions.remove(&column);
        }
    }

    /// Whether the cell being read stands under a header that states a condition: its
    /// denials are said of that case alone.
    fn in_condition_column(&self) -> bool {
        self.column.is_some_and(|c| self.conditions.contains(&c))
    }

    /// The scope concepts the header cell of `column` names.
    fn name_column(&mut self, column: usize, scope: BTreeSet<usize>) {
        if self.columns.len() <= column {
            self.columns.resize(column + 1, BTreeSet::new());
        }
        self.columns[column] = scope;
    }

    /// A new segment; `heading`: its level when it is a heading.
    fn start_segment(&mut self, heading: Option<u8>) {
        self.previous_in_paragraph.clear();
        let unread = self.last_unread.take();
        if let Some(level) = heading {
            while self.headings.last().is_some_and(|&(l, _)| l >= level) {
                self.headings.pop();
            }
            self.headings.push((level, BTreeSet::new()));
            self.previous_paragraph.clear();
            self.previous_unread = None;
            self.last = Scope::default();
        } else {
            self.previous_paragraph = std::mem::take(&mut self.last.own);
            self.previous_unread = unread;
        }
    }

    /// [`Context::inherited`] or, while the scope of the paragraph before is unread, a
    /// superset of it: the scope concepts that paragraph may name.
    fn inherited_at_most(&self, prefilter: &Prefilter, lexicon: &Lexicon) -> BTreeSet<usize> {
        let mut all = self.inherited();
        for j in [self.previous_unread, self.lead_in.1].into_iter().flatten() {
            if let Some(present) = self.page.present(prefilter, lexicon, j, true) {
                all.extend(
                    prefilter
                        .scope()
                        .iter()
                        .copied()
                        .filter(|&c| prefilter.may_name(present, c)),
                );
            }
        }
        all
    }

    fn after_sentence(&mut self, heading: bool, scope: Scope) {
        if heading {
            if let Some((_, h)) = self.headings.last_mut() {
                h.extend(&scope.own);
            }
        } else {
            self.previous_in_paragraph = scope.all.clone();
            self.previous_paragraph.clear();
        }
        self.last = scope;
        self.last_unread = None;
    }
}

/// The codes of tiers a sentence names without a name the lexicon knows: a capital
/// Latin letter standing alone, with digits or not ("F SKUs", "F64", "the S pricing tier",
/// ja "S 価格レベル"), not the first word (an article or a pronoun opens a sentence, "A
/// workspace ...") and not the letters that are words ("I", en "A", fr "L'", "D'"); a
/// letter the script runs on into ("Gen2", "SKUs", "é") is part of a word.
fn tier_codes(raw: &str) -> Vec<String> {
    let word_char = |c: char| c.is_alphanumeric() && (c.is_ascii() || (c as u32) < 0x2E80);
    let apostrophe = |c: char| matches!(c, '\'' | '’' | '`');
    let chars: Vec<(usize, char)> = raw.char_indices().collect();
    let first_word = chars.iter().position(|&(_, c)| c.is_alphanumeric());
    let mut codes = Vec::new();
    for (k, &(_, c)) in chars.iter().enumerate() {
        if !c.is_ascii_uppercase() || Some(k) == first_word {
            continue;
        }
        if k > 0 && (word_char(chars[k - 1].1) || apostrophe(chars[k - 1].1)) {
            continue;
        }
        let digits = chars[k + 1..]
            .iter()
            .take_while(|(_, d)| d.is_ascii_digit())
            .count();
        let next = chars.get(k + 1 + digits).map(|&(_, n)| n);
        if next.is_some_and(|n| word_char(n) || apostrophe(n))
            || (digits == 0 && matches!(c, 'A' | 'I'))
        {
            continue;
        }
        codes.push(chars[k..=k + digits].iter().map(|&(_, d)| d).collect());
    }
    codes
}

/// One sentence ready for the rules: its matching text, concept hits, clauses and words.
#[derive(Clone)]
struct Sentence<'a> {
    text: &'a str,
    /// The sentence as written, in its own case: tier codes are capital letters.
    raw: &'a str,
    hits: Vec<Hit>,
    present: Vec<bool>,
    clauses: Vec<usize>,
    /// Starts of clause words (`clause` concept hits), a subset of `clauses`.
    clause_words: Vec<usize>,
    /// Clause starts that part no clause for a rule's `same_clause`: coordinating clause
    /// words that join two noun phrases (see [`joining`]) and the marks of short
    /// parentheses (see [`short_parentheses`]).
    joined: Vec<usize>,
    /// The commas around each relative clause set off inside the sentence (see
    /// [`relative_asides`]).
    asides: Vec<(usize, usize)>,
    negations: Vec<Hit>,
    /// The denying phrases that hold a negation (see [`lexicon::DENYING`]): each denies
    /// the word right beside it, its subject or object.
    fused: Vec<Hit>,
    /// How far a denying phrase's negation reaches, in this script's unit.
    fused_reach: usize,
    /// Word spans (spaced scripts); `None` for unspaced scripts, measured in characters.
    words: Option<Vec<(usize, usize)>>,
    /// How far a negation reaches before and after its predicate, in this script's unit.
    negation_reach: (usize, usize),
    /// The lexicon's own reach of a moment before its action, in words.
    moment_first_words: Option<usize>,
    /// Every clause of the language ends with its verb ([`Lexicon::verb_final`]).
    verb_final: bool,
    /// The relative pronoun, subset, secret and over concepts: their words separate as
    /// any other word does.
    separating: [Option<usize>; 4],
}

impl<'a> Sentence<'a> {
    /// Whether the sentence writes the word `h` matched as a name (see
    /// [`lexicon::Rule::names_written`]): some word of the raw sentence, folded, starts with
    /// the match's first word and is written in capitals, with a digit, or with a capital
    /// letter after the sentence's first word. Letters without case (Han, kana, Hangul)
    /// are names as written.
    fn written_as_name(&self, h: &Hit) -> bool {
        let Some(matched) = self.text.get(h.start..h.end) else {
            return false;
        };
        let Some(first) = matched.split_whitespace().next() else {
            return false;
        };
        if !first.chars().any(|c| c.is_lowercase() || c.is_uppercase()) {
            return true;
        }
        self.raw
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
            .any(|(k, w)| {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                let code =
                    w.chars().all(|c| !c.is_lowercase()) || w.chars().any(|c| c.is_ascii_digit());
                (code || (capital && k > 0)) && super::normalize::fold(w).starts_with(first)
            })
    }

    /// Whether `h` stands after a colon that follows the sentence's first negation: the
    /// explanation of a denial, which narrows it to nothing ("An existing database doesn't
    /// need to be copied or migrated: changing the TDE protector only re-encrypts the DEK,
    /// not the data itself").
    fn explains_denial(&self, h: &Hit) -> bool {
        let first = self.negations.iter().map(|n| n.end).min();
        first.is_some_and(|end| {
            self.text
                .get(end..h.start)
                .is_some_and(|between| between.contains([':', '：']))
        })
    }

    fn new(
        ex: &Extractor,
        lexicon: &Lexicon,
        (raw, text): (&'a str, &'a str),
        mut hits: Vec<Hit>,
    ) -> Sentence<'a> {
        // the negation a denying phrase holds is the phrase's (see `lexicon::DENYING`)
        let is_not = |h: &Hit| Some(h.concept) == ex.special.not;
        let holds = |p: &Hit, n: &Hit| {
            ex.special.denying.contains(&p.concept)
                && p.start <= n.start
                && n.end <= p.end
                && (p.start, p.end) != (n.start, n.end)
        };
        let fused: Vec<Hit> = hits
            .iter()
            .filter(|p| hits.iter().any(|n| is_not(n) && holds(p, n)))
            .copied()
            .collect();
        hits.retain(|n| !(is_not(n) && fused.iter().any(|p| holds(p, n))));
        let mut present = vec![false; ex.concepts.len()];
        for h in &hits {
            present[h.concept] = true;
        }
        let clauses = ex.clauses(text, &hits);
        let clause_words: Vec<usize> = hits
            .iter()
            .filter(|h| Some(h.concept) == ex.special.clause)
            .map(|h| h.start)
            .collect();
        let negations = hits
            .iter()
            .filter(|h| Some(h.concept) == ex.special.not)
            .copied()
            .collect();
        let words = (lexicon.script == Script::Spaced).then(|| lexicon::word_spans(text));
        let mut joined: Vec<usize> = match (&words, ex.special.coordination) {
            (Some(words), Some(c)) => hits
                .iter()
                .filter(|h| h.concept == c && clause_words.contains(&h.start))
                .filter(|h| joining(text, words, &hits, h, &ex.special))
                .map(|h| h.start)
                .collect(),
            _ => Vec::new(),
        };
        joined.extend(short_parentheses(text));
        joined.extend(joining_commas(text, lexicon));
        let asides = relative_asides(text, &hits, ex.special.relative);
        let (negation_reach, fused_reach) = match words {
            Some(_) => (
                (ex.reach.negation.words, ex.reach.negation_after.words),
                ex.reach.fused.words,
            ),
            None => (
                (ex.reach.negation.chars, ex.reach.negation_after.chars),
                ex.reach.fused.chars,
            ),
        };
        Sentence {
            separating: [
                ex.special.relative,
                ex.special.subset,
                ex.special.secret,
                ex.special.over,
            ],
            negation_reach,
            moment_first_words: lexicon.moment_first_words,
            verb_final: lexicon.verb_final,
            text,
            raw,
            hits,
            present,
            clauses,
            clause_words,
            joined,
            asides,
            negations,
            fused,
            fused_reach,
            words,
        }
    }

    fn has(&self, concept: usize) -> bool {
        self.present[concept]
    }

    /// Whether moment `m`, in a language whose clauses end with their verb, is the
    /// occasion of action `a` that ends the sentence: in a spaced script, no word follows
    /// `a`'s and no clause word stands between them. An adverbial clause of time (tr
    /// "…okunduğunda", ko "…읽을 때") modifies the main verb, which comes last however
    /// long the object between ("Görüntüler okunduğunda Azure, kayıt defteri içeriğini
    /// hizmet tarafından yönetilen anahtarlarla otomatik olarak şifreler"); a verb with a
    /// clause of its own after the moment is not the sentence's ("…okunduğunda hizmet
    /// anahtarı alır ve verileri şifreler" leaves `ve` between).
    fn heads_final_verb(&self, m: &Hit, a: &Hit) -> bool {
        let Some(words) = &self.words else {
            return false;
        };
        self.verb_final
            && m.end <= a.start
            && !self.clause_word_between(m, a)
            && !words.iter().any(|&(start, _)| start >= a.end)
    }

    /// Whether the sentence has a hit of `concepts` and every such hit satisfies `each`.
    fn every_hit_of(&self, concepts: &[usize], each: impl FnMut(&Hit) -> bool) -> bool {
        let mut hits = self
            .hits
            .iter()
            .filter(|h| concepts.contains(&h.concept))
            .peekable();
        hits.peek().is_some() && hits.all(each)
    }

    /// The last negation before hit `h` in its clause.
    fn negation_before_in_clause(&self, h: &Hit) -> Option<&Hit> {
        let clause = self.clause_of(h.start);
        self.negations
            .iter()
            .rfind(|n| n.start < h.start && self.clause_of(n.start) == clause)
    }

    /// Whether a relative clause of a key opens between an action and a moment after it
    /// ("encrypted with a key *that* is stored in Key Vault", de "mit einem Schlüssel
    /// verschlüsselt, *der* in Azure Key Vault gespeichert wird"): a relative pronoun
    /// between the two, right after a key noun (nothing but a comma, or the action of a
    /// verb-final clause, between them).
    fn key_relative_between(&self, a: &Hit, m: &Hit, special: &Special) -> bool {
        self.hits
            .iter()
            .filter(|r| Some(r.concept) == special.relative && a.end <= r.start)
            .filter(|r| r.end <= m.start)
            .any(|r| self.opens_key_relative(r, a, special))
    }

    /// Whether moment `m` stands in a relative clause of a key, and so says when the key
    /// is stored, not the data (de "mit einem Schlüssel verschlüsselt, der in Azure Key
    /// Vault gespeichert wird" is no encryption at rest): a relative pronoun before it in
    /// its clause, right after a key noun (nothing but a comma, or an action, between).
    fn in_key_relative(&self, m: &Hit, special: &Special) -> bool {
        let clause = self.clause_of(m.start);
        self.hits
            .iter()
            .filter(|r| Some(r.concept) == special.relative && r.end <= m.start)
            .filter(|r| self.clause_of(r.start) == clause)
            .any(|r| {
                self.hits
                    .iter()
                    .filter(|a| special.actions.contains(&a.concept))
                    .any(|a| self.opens_key_relative(r, a, special))
            })
    }

    /// Whether relative pronoun `r` stands right after a key noun: nothing but spaces, a
    /// comma, or the words of action `a` (a verb-final clause: "mit einem Schlüssel
    /// verschlüsselt, der") between them.
    fn opens_key_relative(&self, r: &Hit, a: &Hit, special: &Special) -> bool {
        let only_a_comma = |from: usize, to: usize| {
            // the rest of a word a hit ends inside (`verschlüssel*` in `verschlüsselt`),
            // then spaces and commas only
            let gap = |x: usize, y: usize| {
                self.text.get(x..y).is_some_and(|t| {
                    t.trim_start_matches(char::is_alphanumeric)
                        .chars()
                        .all(|c| c == ' ' || c == ',')
                })
            };
            if a.start >= from && a.end <= to {
                gap(from, a.start) && gap(a.end, to)
            } else {
                gap(from, to)
            }
        };
        self.hits.iter().any(|k| {
            special.key_nouns.contains(&k.concept)
                && k.end <= r.start
                && only_a_comma(k.end, r.start)
        })
    }

    /// Whether one clause holds a concept of every group; a coordinating word that joins
    /// two noun phrases parts no clause here ("encrypt the OS disks and the data disks
    /// with customer-managed keys"), one that stands next to a concept does ("pages
    /// mention customer-managed keys or encryption").
    fn in_one_clause(&self, groups: &[Vec<usize>]) -> bool {
        let clauses = |group: &Vec<usize>| -> BTreeSet<usize> {
            self.hits
                .iter()
                .filter(|h| group.contains(&h.concept))
                .map(|h| self.joined_clause_of(h.start))
                .collect()
        };
        let mut groups = groups.iter();
        let Some(first) = groups.next() else {
            return true;
        };
        let mut common = clauses(first);
        for group in groups {
            let here = clauses(group);
            common.retain(|c| here.contains(c));
        }
        !common.is_empty()
    }

    /// Whether a new clause opens between action `a` and the moment `m` after it: a
    /// coordinating word right after a comma or semicolon ("encrypts data at rest, and the
    /// portal shows a warning when you read it": the moment is the other clause's, not the
    /// encryption's), or a clause word right before one (ko "암호화하여 저장하며, 누군가 키를
    /// 읽을 때마다": stores it encrypted, and whenever someone reads it); in unspaced
    /// scripts any clause word right after one (zh "此加密是透明的，因此…读取": so). A
    /// relative clause after a comma is the data's ("шифрование будет применяться только
    /// к тем данным, которые будут записываться": to the data that will be written).
    fn clause_opened_between(&self, a: &Hit, m: &Hit, special: &Special) -> bool {
        let stop = |c: Option<char>| c.is_some_and(|c| matches!(c, ',' | ';' | '，' | '；'));
        self.hits
            .iter()
            .filter(|h| a.end <= h.start && h.end <= m.start)
            .filter(|h| self.clause_words.contains(&h.start))
            .any(|h| {
                let before = || {
                    stop(
                        self.text
                            .get(a.end..h.start)
                            .and_then(|t| t.trim_end().chars().last()),
                    )
                };
                let after = || {
                    stop(
                        self.text
                            .get(h.end..m.start)
                            .and_then(|t| t.trim_start().chars().next()),
                    )
                };
                // in unspaced scripts, which have no relative pronouns, any clause word
                // after a comma opens a clause (zh "此加密是透明的，因此无需更改应用程序读取
                // 文件的方式": so there is no need to change how the application reads
                // files); in spaced ones a clause word may be a relative pronoun, which
                // opens the data's clause (cs "data, která nahrajete …, když se ukládají")
                let coordination = Some(h.concept) == special.coordination;
                let clause = coordination || Some(h.concept) == special.clause;
                ((coordination || (clause && self.words.is_none())) && before())
                    || (clause && after())
            })
    }

    /// Whether a hit of each group stands after a hit of the group before it (true for no
    /// groups): the first hit of each group after the one found for the group before
    /// leaves the most room to the next.
    fn in_order(&self, groups: &[Vec<usize>]) -> bool {
        let mut from = 0;
        groups.iter().all(|group| {
            let next = self
                .hits
                .iter()
                .filter(|h| h.start >= from && group.contains(&h.concept))
                .map(|h| h.end)
                .min();
            next.inspect(|&end| from = end).is_some()
        })
    }

    /// Whether a clause word stands between two hits.
    fn clause_word_between(&self, a: &Hit, b: &Hit) -> bool {
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else {
            (b.end, a.start)
        };
        self.clause_words.iter().any(|&w| from <= w && w < to)
    }

    /// Whether hit `h` ends its clause: after the rest of its last word, only white space
    /// and marks stand before the next clause (or the sentence's end).
    fn ends_clause(&self, h: &Hit) -> bool {
        let next = self
            .clauses
            .iter()
            .copied()
            .find(|&b| b > h.start)
            .unwrap_or(self.text.len());
        self.text.get(h.end..next).is_some_and(|rest| {
            !rest
                .trim_start_matches(crate::text::is_letter_or_digit)
                .chars()
                .any(crate::text::is_letter_or_digit)
        })
    }

    fn clause_of(&self, pos: usize) -> usize {
        self.clauses.iter().take_while(|&&b| b <= pos).count()
    }

    fn reach(&self, d: Distance) -> usize {
        match self.words {
            Some(_) => d.words,
            None => d.chars,
        }
    }

    /// Words (spaced scripts) or characters (unspaced) strictly between two hits that no
    /// other concept covers (in "encryption of data at rest and in transit as it is
    /// written", `at rest` and `in transit` qualify the data and do not separate the
    /// action from its moment); 0 when the hits overlap.
    fn gap(&self, a: &Hit, b: &Hit) -> usize {
        self.gap_counted(a, b, false)
    }

    /// Whether every word from the end of `a` to the start of `b` is a concept's, a word
    /// of a phrase written as a stem included ("unterstützt *keine* kundenseitig
    /// verwalteten Schlüssel": `kein*` ends its match inside "keine"); in unspaced
    /// scripts, whether no character stands between them outside a concept.
    fn only_concepts_between(&self, a: &Hit, b: &Hit) -> bool {
        let Some(words) = &self.words else {
            return self.gap(a, b) == 0;
        };
        words
            .iter()
            .filter(|&&(ws, we)| ws >= a.end && we <= b.start)
            .all(|&(ws, _)| {
                self.hits
                    .iter()
                    .any(|h| !h.gapped && h.start <= ws && ws < h.end)
            })
    }

    /// [`Sentence::gap`]; with `names_as_one`, a name in Latin letters or digits inside an
    /// unspaced script's gap counts as one character, as a lexicon's gap counts it (zh "将数据
    /// 保存到云中时，Azure 表单识别器会自动对其进行加密": the service's name is one word).
    fn gap_counted(&self, a: &Hit, b: &Hit, names_as_one: bool) -> usize {
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else if b.end <= a.start {
            (b.end, a.start)
        } else {
            return 0;
        };
        // the words of concepts are not counted, but those in the gap of a gapped phrase,
        // relative pronouns and the nouns of subsets are
        let covered = |s: usize, e: usize| {
            self.hits.iter().any(|h| {
                !h.gapped
                    && h.start <= s
                    && e <= h.end
                    && !self.separating.contains(&Some(h.concept))
            })
        };
        match &self.words {
            Some(words) => {
                // a parenthesis closed inside the gap is an aside, whose words part
                // nothing (ru "шифрует данные на дисках (дисках ОС и дисках данных) при их
                // чтении": the moment is the encryption's)
                let mut open = Vec::new();
                let mut asides = Vec::new();
                for (i, c) in self.text.get(from..to).unwrap_or("").char_indices() {
                    match c {
                        '(' => open.push(from + i),
                        ')' => asides.extend(open.pop().map(|o| (o, from + i))),
                        _ => {}
                    }
                }
                let aside = |ws: usize, we: usize| asides.iter().any(|&(o, c)| o < ws && we <= c);
                words
                    .iter()
                    .filter(|&&(ws, we)| {
                        ws >= from && we <= to && !covered(ws, we) && !aside(ws, we)
                    })
                    .count()
            }
            None => self.text.get(from..to).map_or(0, |t| {
                let open = t
                    .char_indices()
                    .filter(|&(i, c)| !covered(from + i, from + i + c.len_utf8()))
                    .map(|(_, c)| c);
                if names_as_one {
                    lexicon::width_of(open)
                } else {
                    open.count()
                }
            }),
        }
    }

    /// The sentence without the negations that deny an occurrence of `concept` right
    /// beside them: before it with at most two words of no concept between ("can't *be*
    /// disabled", es "no se puede deshabilitar"), or after it in the same way (ja "無効に
    /// することはできません"); in an unspaced script, at most six characters of no concept
    /// between. `None` when there is no such negation.
    fn without_denied(&self, concept: Option<usize>) -> Option<Sentence<'a>> {
        let concept = concept?;
        let free = |from: usize, to: usize| {
            !self.hits.iter().any(|h| h.start < to && from < h.end)
                && match &self.words {
                    Some(words) => {
                        words
                            .iter()
                            .filter(|&&(ws, we)| ws >= from && we <= to)
                            .count()
                            <= 2
                    }
                    None => self
                        .text
                        .get(from..to)
                        .is_some_and(|t| t.chars().count() <= 6),
                }
        };
        let beside = |n: &Hit| {
            self.hits.iter().any(|h| {
                h.concept == concept
                    && ((n.end <= h.start && free(n.end, h.start))
                        || (h.end <= n.start && free(h.end, n.start)))
            })
        };
        let negations: Vec<Hit> = self
            .negations
            .iter()
            .filter(|n| !beside(n))
            .copied()
            .collect();
        (negations.len() < self.negations.len()).then(|| Sentence {
            negations,
            ..self.clone()
        })
    }

    /// Whether `a` stands inside a parenthesis of a clause of its own (more than six words,
    /// or twelve characters in an unspaced script; not a gloss, pt "com a SSE (criptografia
    /// do lado do servidor) quando os dados são persistidos") that closes before `b`: what
    /// the parenthesis says is said of what comes before it (ja "BLOB を読み取り (このとき
    /// ソース アカウントが BLOB を暗号化解除します)、宛先アカウントに書き込みます": decrypted
    /// when read, not when written).
    fn closes_clause_parenthesis(&self, a: &Hit, b: &Hit) -> bool {
        let (Some(before), Some(between)) =
            (self.text.get(..a.start), self.text.get(a.end..b.start))
        else {
            return false;
        };
        let open = before.rfind(['(', '（']);
        let closed = before.rfind([')', '）']);
        let (Some(open), Some(close)) = (open, between.find([')', '）'])) else {
            return false;
        };
        let inner = self.text.get(open + 1..a.end + close).unwrap_or_default();
        let clause = match self.words {
            Some(_) => lexicon::word_spans(inner).len() > 6,
            None => inner.chars().count() > 12,
        };
        closed.is_none_or(|c| c < open) && clause
    }

    /// Whether a negation governs this hit: in its clause and next to it, before it
    /// ("not supported", "no admite", 不支持) or right after it ("stöds inte",
    /// サポートされていません); a negation further after belongs to what follows ("sin
    /// cifrar o no seguros").
    fn governed(&self, h: &Hit) -> bool {
        let same_clause =
            |n: &Hit| self.joined_clause_of(n.start) == self.joined_clause_of(h.start);
        self.negations.iter().any(|n| {
            let reach = if n.start < h.start {
                self.negation_reach.0
            } else {
                self.negation_reach.1
            };
            same_clause(n) && self.gap(n, h) <= reach
        }) || self.fused.iter().any(|p| {
            (p.end <= h.start || h.end <= p.start)
                && same_clause(p)
                && self.gap(p, h) <= self.fused_reach
        })
    }

    /// The relative clause set off by commas ([`relative_asides`]) that `pos` stands in.
    fn aside_of(&self, pos: usize) -> Option<usize> {
        self.asides
            .iter()
            .position(|&(open, close)| open < pos && pos < close)
    }

    /// [`Sentence::clause_of`], where a short parenthesis ("Bring Your Own Key (BYOK)")
    /// or a coordinating word that joins two noun phrases parts no clause. A relative
    /// clause set off by commas inside the sentence ([`relative_asides`]) is a clause of
    /// its own, and the clause it interrupts goes on after it.
    fn joined_clause_of(&self, pos: usize) -> usize {
        if let Some(i) = self.aside_of(pos) {
            return self.clauses.len() + 1 + i;
        }
        self.clauses
            .iter()
            .take_while(|&&b| b <= pos)
            .filter(|b| !self.joined.contains(b))
            .filter(|&&b| {
                !self
                    .asides
                    .iter()
                    .any(|&(open, close)| open <= b && b <= close)
            })
            .count()
    }
}

/// Whether every occurrence of the rule's `denied_after` concepts is what a negation
/// before it in its clause denies, in a clause after every occurrence of the rule's first
/// group ("always uses Microsoft-managed keys, so you can't bring your own key"): the verb
/// took another object, and the one denied later is not what it states.
fn denied_after(rule: &CompiledRule, s: &Sentence<'_>) -> bool {
    let Some(anchor) = rule.all.first() else {
        return false;
    };
    s.every_hit_of(&rule.denied_after, |h| {
        s.negation_before_in_clause(h).is_some()
            && s.hits
                .iter()
                .filter(|a| anchor.contains(&a.concept))
                .all(|a| s.clause_of(a.start) < s.clause_of(h.start))
    })
}

/// Whether a sentence says the first group of `rule` and then denies it right after
/// ("moved between a resource that uses customer-managed keys and one that does not", hu
/// "kulcsokat használó és nem használó erőforrások", zh 使用客戶管理金鑰的資源與未使用的資源):
/// a negation right before a later occurrence, and an earlier one not negated so, contrast
/// two kinds of resources and deny nothing about the service. The contrast repeats one
/// word; two words of the group are one predicate (nl "biedt momenteel geen ondersteuning
/// voor …": offers no support for, a verb and its noun) and contrast nothing.
fn contrasted(rule: &CompiledRule, s: &Sentence<'_>) -> bool {
    let Some(anchor) = rule.all.first() else {
        return false;
    };
    let right_after_negation = |h: &Hit| {
        s.negations
            .iter()
            .any(|n| n.end <= h.start && s.gap(n, h) == 0)
    };
    let word = |h: &Hit| s.text.get(h.start..h.end);
    let anchors: Vec<&Hit> = s
        .hits
        .iter()
        .filter(|h| anchor.contains(&h.concept))
        .collect();
    anchors.iter().any(|b| {
        right_after_negation(b)
            && anchors.iter().any(|a| {
                a.concept == b.concept
                    && word(a) == word(b)
                    && a.end <= b.start
                    && !right_after_negation(a)
            })
    })
}

/// Whether hit `h` lies inside the words of a hit of one of `rule`'s own groups.
fn in_own_words(rule: &CompiledRule, s: &Sentence<'_>, h: &Hit) -> bool {
    s.hits.iter().any(|g| {
        rule.all.iter().flatten().any(|&c| c == g.concept) && g.start <= h.start && h.end <= g.end
    })
}

/// Whether two hits, one right after the other, are joined by a coordinating word alone:
/// the text between them is at most two short words and holds no punctuation but a slash
/// ("reading and writing", "čtení a zápisu", "读取和写入", "reads/writes").
fn coordinated(text: &str, a: &Hit, b: &Hit) -> bool {
    let Some(between) = text.get(a.end.min(b.end)..a.start.max(b.start)) else {
        return false;
    };
    let between = between.trim();
    between.chars().count() <= 6
        && between.split_whitespace().count() <= 2
        && between
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '/' | '&' | '、'))
}

/// Whether coordinating word `c` joins two noun phrases: the words right before and
/// after it are no concept's (or the nouns of a subset, a resource's age or the vault's
/// protections: `joinable`)
/// and nothing but spaces parts them from it ("the cache disks *and* the data disks",
/// "database files *and* backups", "new *and* existing accounts"; not "customer-managed
/// keys *or* encryption", nor "..., and"). Nor is the word after it, of no concept, one
/// that a negation follows: a verb, in the languages that put the negation after it,
/// which opens a clause of its own (sv "transparent för klientprogram *och* påverkar inte
/// svarstiden", de "und beeinträchtigt nicht die Leistung": the negation is that verb's).
fn joining(text: &str, words: &[(usize, usize)], hits: &[Hit], c: &Hit, special: &Special) -> bool {
    let joinable = &special.joinable;
    let before = words.iter().rev().find(|&&(_, e)| e <= c.start);
    let after = words.iter().position(|&(s, _)| s >= c.end);
    let (Some(&(bs, be)), Some(after)) = (before, after) else {
        return false;
    };
    let (as_, ae) = words[after];
    // a word of no concept: a joinable noun is a noun (de "vorläufiges Löschen und
    // Löschschutz nicht aktiviert": the vault's two protections, denied)
    let bare = !hits.iter().any(|h| h.start < ae && as_ < h.end);
    let negated_verb = bare
        && words.get(after + 1).is_some_and(|&(ns, _)| {
            text.get(ae..ns).is_some_and(|t| t.trim().is_empty())
                && hits
                    .iter()
                    .any(|h| Some(h.concept) == special.not && h.start == ns)
        });
    if negated_verb {
        return false;
    }
    let spaces = |x: usize, y: usize| text.get(x..y).is_some_and(|t| t.trim().is_empty());
    // a word of no concept, or one of the joinable concepts ("encrypt database files and
    // backups"), whose words may also be another concept's, in part (de "vorläufiges
    // Löschen" is a deletion)
    let plain = |ws: usize, we: usize| {
        let over = || hits.iter().filter(|h| h.start < we && ws < h.end);
        over().all(|h| {
            let (s, e) = (h.start.max(ws), h.end.min(we));
            joinable.contains(&h.concept)
                || over().any(|g| joinable.contains(&g.concept) && g.start <= s && e <= g.end)
        })
    };
    spaces(be, c.start) && spaces(c.end, as_) && plain(bs, be) && plain(as_, ae)
}

/// The offsets of both marks of every short parenthesis (at most three words, no other
/// clause mark inside): an abbreviation or a gloss of the words before it, which parts
/// no clause for a rule's `same_clause` ("bring your own key (BYOK) to encrypt the
/// models").
fn short_parentheses(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('(', _) => open = Some(i),
            (')', Some(o)) => {
                let inside = text.get(o + 1..i).unwrap_or_default();
                if lexicon::word_spans(inside).len() <= 3 {
                    out.extend([o, i]);
                }
                open = None;
            }
            (',' | ';' | ':' | ')' | '、' | '،', _) => open = None,
            _ => {}
        }
    }
    out
}

/// The offsets of both commas of every non-restrictive relative clause set off inside a
/// sentence: a comma right before a relative pronoun (or before a preposition and one),
/// and the next clause mark after it, a comma with more of the sentence after it
/// ("Double encryption at rest, *which* combines platform-managed and customer-managed
/// keys on the same disk*,* isn't currently supported", es "el cifrado doble en reposo,
/// que combina …, no se admite"). The aside describes the subject and parts it from no
/// predicate: the main clause goes on after it, and what the aside says (a moment: ru
/// "Источники данных, к которым вы обращаетесь из …, сохраняют собственные параметры
/// шифрования", the data sources you query keep their own encryption settings) is not the
/// main clause's. A relative clause that ends its sentence, or one closed by another mark
/// (";", ":", a parenthesis), is no aside.
fn relative_asides(text: &str, hits: &[Hit], relative: Option<usize>) -> Vec<(usize, usize)> {
    let Some(relative) = relative else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in hits.iter().filter(|h| h.concept == relative) {
        // the pronoun, or a preposition that governs it (ru "к которым", de "in denen",
        // fr "auxquels"), opens the aside
        let before = text.get(..r.start).unwrap_or_default().trim_end();
        let before = match before.rfind(',') {
            Some(comma)
                if lexicon::word_spans(before.get(comma + 1..).unwrap_or_default()).len() <= 1 =>
            {
                before.get(..=comma).unwrap_or_default()
            }
            _ => continue,
        };
        let rest = text.get(r.end..).unwrap_or_default();
        let Some((at, mark)) = rest.char_indices().find(|&(_, c)| is_clause_mark(c)) else {
            continue;
        };
        let goes_on = rest
            .get(at + mark.len_utf8()..)
            .is_some_and(|t| t.chars().any(crate::text::is_letter_or_digit));
        if mark == ',' && goes_on {
            out.push((before.len() - 1, r.end + at));
        }
    }
    out
}

/// The marks a clause starts after (see [`Extractor::clauses`]); full-width forms are
/// folded to these by now.
fn is_clause_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '、' | '،')
}

/// The most words a verb-final sentence opens with before a comma that parts no clause.
const OPENING_WORDS: usize = 2;

/// The offsets of the commas that part no clause for a rule's `same_clause`: one after a
/// topic (ja "インフラストラクチャの二重暗号化は、フレキシブル サーバーでは使用できません":
/// double encryption, on flexible server, isn't available; [`LexiconFile::topic_marks`]),
/// and one before a correlative (zh "只有在建立新的工作區時，才能開啟…", only when …, then
/// can …; [`LexiconFile::correlatives`]), and the first one of a verb-final sentence after
/// at most [`OPENING_WORDS`] words (tr "Şifreleme, iş yükleri için saydam değildir": the
/// encryption isn't transparent to workloads; [`LexiconFile::verb_final`]). Full-width
/// commas are folded to `,` by now.
fn joining_commas(text: &str, lexicon: &Lexicon) -> Vec<usize> {
    text.match_indices(['、', ','])
        .filter(|&(i, comma)| {
            let before = text.get(..i).unwrap_or_default().trim_end();
            let after = text.get(i + comma.len()..).unwrap_or_default().trim_start();
            (lexicon.verb_final
                && lexicon.script == Script::Spaced
                && !before.contains(',')
                && lexicon::word_spans(before).len() <= OPENING_WORDS)
                || lexicon
                    .topic_marks
                    .iter()
                    .any(|m| before.ends_with(m.as_str()))
                || (comma == ","
                    && lexicon
                        .correlatives
                        .iter()
                        .any(|w| after.starts_with(w.as_str())))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The abbreviations a document defines as something other than the concept its lexicon
/// reads them as: `(concept, folded abbreviation)`. An abbreviation is ambiguous (`CMK`
/// is the customer-managed key, and also the column master key of SQL Always Encrypted);
/// the page says which it means where it spells it out, `column master key (CMK)`. When
/// every definition on the page (the words just before `(CMK)`) names another thing
/// than the abbreviation's concept, the page's bare `CMK` is not that concept; when one
/// definition names it (`customer-managed key (CMK)`), or none is given, it is.
///
/// `loose`: concepts that, named in a definition, make it agree (see
/// [`lexicon::LOOSE_DEFINITIONS`]).
fn redefined_abbreviations<'a>(
    lexicon: &Lexicon,
    texts: impl Iterator<Item = &'a str> + Clone,
    ambiguous: &[usize],
    loose: &[usize],
) -> Vec<(usize, String)> {
    if ambiguous.is_empty() {
        return Vec::new();
    }
    // (concept, abbreviation) -> whether some definition agrees
    let mut seen: BTreeMap<(usize, String), bool> = BTreeMap::new();
    for text in texts.clone() {
        if !text.contains('(') {
            continue;
        }
        for (open, _) in text.char_indices().filter(|&(_, c)| c == '(') {
            let Some(after) = text.get(open + 1..) else {
                continue;
            };
            let Some(close) = after.find(')') else {
                continue;
            };
            let inner = after.get(..close).unwrap_or_default().trim();
            let before = text.get(..open).unwrap_or_default();
            // `key exchange key (KEK)`, or the other way round, `KEK(키 교환 키)`: the
            // abbreviation right before the parenthesis and its definition inside
            let (abbr, tail) = if is_abbreviation(inner) {
                (inner, definition_tail(lexicon, before))
            } else {
                let word = before.trim_end();
                let start = word
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_ascii_alphanumeric())
                    .last()
                    .map_or(word.len(), |(i, _)| i);
                match word.get(start..) {
                    Some(w) if is_abbreviation(w) && !inner.is_empty() => (w, inner),
                    _ => continue,
                }
            };
            let abbr = lexicon::matching_text(lexicon, abbr).text;
            let concepts: Vec<usize> = abbreviation_concepts(lexicon, &abbr)
                .into_iter()
                .filter(|c| ambiguous.contains(c))
                .collect();
            if concepts.is_empty() {
                continue;
            }
            let named: BTreeSet<usize> =
                lexicon::hits(lexicon, &lexicon::matching_text(lexicon, tail))
                    .iter()
                    .map(|h| h.concept)
                    .collect();
            for c in concepts {
                let agrees = named.contains(&c) || loose.iter().any(|l| named.contains(l));
                *seen.entry((c, abbr.clone())).or_insert(false) |= agrees;
            }
        }
    }
    let mut redefined: Vec<(usize, String)> = seen
        .into_iter()
        .filter(|(_, agrees)| !agrees)
        .map(|(key, _)| key)
        .collect();
    if redefined.is_empty() {
        return redefined;
    }
    // A page that names the concept in full somewhere uses the abbreviation for it too
    // (or for both): keep reading it. Not where it names it to deny it or set it aside
    // ("*CMK* means column master key. It isn't a customer-managed key for TDE", zh
    // "CMK 是指列主密钥，而不是 … 客户管理的密钥").
    let denial = [lexicon.negation, lexicon.instead, lexicon.instead_of];
    let full: BTreeSet<usize> = texts
        .flat_map(|raw| segment::sentences(raw, &lexicon.abbreviations))
        .flat_map(|raw| {
            let text = lexicon::matching_text(lexicon, raw);
            let hits = lexicon::hits(lexicon, &text);
            if hits.iter().any(|h| denial.contains(&Some(h.concept))) {
                return Vec::new();
            }
            hits.into_iter()
                .filter(|h| !is_one_of(&text, h, &redefined))
                .map(|h| h.concept)
                .collect::<Vec<_>>()
        })
        .collect();
    redefined.retain(|(c, _)| !full.contains(c));
    redefined
}

/// Whether hit `h` of `text` (matching text) is one of the abbreviations
/// `(concept, folded abbreviation)`, or its plural.
fn is_one_of(text: &str, h: &Hit, abbreviations: &[(usize, String)]) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    abbreviations.iter().any(|(concept, abbr)| {
        *concept == h.concept
            && word
                .strip_prefix(abbr.as_str())
                .is_some_and(|rest| rest.is_empty() || rest == "s")
    })
}

/// `CMK`, `CMKs`, `BYOK`: 2 to 10 ASCII letters and digits, at least two capitals, no
/// lower-case letter but a plural `s` at the end.
fn is_abbreviation(s: &str) -> bool {
    let core = s.strip_suffix('s').unwrap_or(s);
    (2..=10).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_alphanumeric())
        && core.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && !core.chars().any(|c| c.is_ascii_lowercase())
}

/// The concepts of which `abbr` (folded) is a whole phrase of its own.
fn abbreviation_concepts(lexicon: &Lexicon, abbr: &str) -> Vec<usize> {
    let abbr = abbr.trim();
    let singular = abbr.strip_suffix('s').unwrap_or(abbr);
    lexicon
        .phrases
        .iter()
        .filter(|(_, p)| match p {
            lexicon::Phrase::Words(w) => {
                w.len() == 1 && w[0].whole && !w[0].infix && w[0].text == singular
            }
            lexicon::Phrase::Substring(sub) | lexicon::Phrase::Opening(sub) => sub == singular,
            lexicon::Phrase::Gapped(_) => false,
        })
        .map(|(c, _)| *c)
        .collect()
}

/// The words a definition in parentheses follows: the last 8 words of `before` (spaced
/// scripts) or its last 24 characters (unspaced).
fn definition_tail<'a>(lexicon: &Lexicon, before: &'a str) -> &'a str {
    let before = before.trim_end();
    let start = match lexicon.script {
        Script::Spaced => {
            let words = lexicon::word_spans(before);
            words.len().checked_sub(8).map_or(0, |i| words[i].0)
        }
        Script::Unspaced => before.char_indices().rev().nth(23).map_or(0, |(i, _)| i),
    };
    before.get(start..).unwrap_or(before)
}

/// Whether the sentence is only link texts ("[Encryption at rest](#encryption-at-rest)",
/// a list item or table of contents entry that is one link): a link's title names the
/// page it leads to, and the item states nothing of it. A sentence with words of its own
/// keeps its claims: "IoT Hub supports [customer-managed keys]", "data is [encrypted at
/// rest]." ("See [Azure Storage Service Encryption for data at rest]" and its kind state
/// nothing either, as pointers: rules.toml `pointer`.)
fn names_only_a_link(sentence: &str, links: &[crate::parse::Link]) -> bool {
    let mut rest = sentence.to_string();
    let mut any = false;
    for link in links {
        let title = link.text.trim();
        if !title.is_empty() && rest.contains(title) {
            rest = rest.replacen(title, " ", 1);
            any = true;
        }
    }
    any && !rest.chars().any(crate::text::is_letter_or_digit)
}

/// Whether byte offset `at` of `text` stands inside parentheses (ASCII or full-width):
/// "... stored in an encrypted account (see [Encryption at rest])" points elsewhere only
/// in its parenthesis, and the sentence around it still states what it states.
fn in_parentheses(text: &str, at: usize) -> bool {
    let mut depth = 0usize;
    for c in text.get(..at).unwrap_or_default().chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// The folder of a page under `articles/` (`articles/key-vault/x.md` -> `key-vault`): the
/// service whose documentation it is. None for includes and other pages outside one.
fn articles_folder(path: &str) -> Option<&str> {
    let mut parts = path.split('/');
    parts.find(|p| *p == "articles")?;
    let folder = parts.next()?;
    parts.next().map(|_| folder)
}

/// Whether a segment of a page of `folder` opens with a link to another service's
/// documentation, the subject of what it says: "[Azure Data Lake Store](../data-lake-store/
/// x.md) provides an option to encrypt data stored in the account", "[Azure Information
/// Protection](/information-protection/...) lets you manage your own tenant key. For
/// example, instead of Microsoft managing it (the default), ..." on a page that lists the
/// services using Key Vault, or after a preposition (ru "В [Azure Data Lake Store](…)",
/// in ...): the item states what that service does, not the page's. A
/// link leads to another service when it resolves into a folder of `articles/` (or a
/// site-absolute link's first folder) that shares no word with the page's, or, as a URL,
/// when its text names another Azure service ([`names_other_service`]). Never on
/// includes, whose service is their includers'.
fn opens_with_link_elsewhere(
    seg: &crate::parse::Segment,
    doc: &Document,
    folder: Option<&str>,
    service: &[String],
) -> bool {
    let (Some(folder), Some(page), Some(link)) =
        (folder, doc.file.path_key.as_deref(), seg.links.first())
    else {
        return false;
    };
    let title = link.text.trim();
    if title.is_empty() || !opens_with(&seg.text, title) {
        return false;
    }
    let other = match crate::index::RootIndex::resolve(page, &link.target) {
        crate::index::Resolved::Inside(target) => articles_folder(&target).map(str::to_string),
        crate::index::Resolved::Outside => None,
        crate::index::Resolved::External if link.target.starts_with('/') => {
            site_folder(&link.target)
        }
        crate::index::Resolved::External => {
            return names_other_service(title, service, None, &|_| false);
        }
    };
    // folders of one family share a word (`sql` and `sql-database`, `iot-hub` and `iot-dps`)
    other.is_some_and(|other| {
        !other
            .split('-')
            .any(|w| !w.is_empty() && folder.split('-').any(|f| f == w))
    })
}

/// Whether `text` opens with `title`, or with one short word (a preposition of at most
/// three letters: ru "В [Azure Data Lake Store](…) можно включить шифрование", es "En",
/// de "In") and then `title`.
fn opens_with(text: &str, title: &str) -> bool {
    let text = text.trim_start();
    text.starts_with(title)
        || text
            .split_once(char::is_whitespace)
            .is_some_and(|(word, rest)| {
                word.chars().count() <= 3
                    && word.chars().all(char::is_alphabetic)
                    && rest.trim_start().starts_with(title)
            })
}

/// The first folder of a site-absolute link, past `azure` and a locale
/// (`/information-protection/plan-design/x` -> `information-protection`,
/// `/azure/key-vault/x` -> `key-vault`).
fn site_folder(target: &str) -> Option<String> {
    target
        .split(['#', '?'])
        .next()
        .unwrap_or_default()
        .split('/')
        .filter(|p| !p.is_empty())
        .find(|p| !p.eq_ignore_ascii_case("azure") && Locale::parse(p).is_none())
        .map(str::to_lowercase)
}

/// The byte span (inside the brackets) of the innermost parenthesis (ASCII or
/// full-width) around byte offset `at` of `text`; an unclosed one runs to the end.
fn parenthesis_around(text: &str, at: usize) -> Option<(usize, usize)> {
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text.get(..at).unwrap_or_default().char_indices() {
        match c {
            '(' | '（' => open.push(i + c.len_utf8()),
            ')' | '）' => {
                open.pop();
            }
            _ => {}
        }
    }
    let start = *open.last()?;
    let mut depth = 0usize;
    for (i, c) in text.get(at..).unwrap_or_default().char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth == 0 => return Some((start, at + i)),
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    Some((start, text.len()))
}

/// The lower-case words of a page's service ids (`iot-hub` -> `iot`, `hub`).
fn service_words<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    ids.flat_map(|id| id.split(|c: char| !crate::text::is_letter_or_digit(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// In how many segments a page names a product in its locale's form for that product to
/// be the page's own (see [`Context::owns_often`]).
const OWN_NAME_SEGMENTS: usize = 3;

/// The lower-case words that name the page's own service: those of `ms.service` and
/// `ms.subservice`, and the words of the product names its title and H1 give (the
/// capitalised words after `Azure` or `Microsoft`: "Azure Disk Encryption" on a page of
/// `azure-virtual-machines`, "Azure AI Language" on one of `ai-services`) or stand
/// beside a word for "service" (see [`beside_service`]: fr "Chiffrement du service
/// Visage"), which a sentence naming its service uses and the ids do not. (The names the
/// page's prose repeats are its own too: [`Context::owns_often`].)
fn own_words(doc: &Document, lexicon: &Lexicon) -> Vec<String> {
    let mut words = service_words(doc.front.service.iter().chain(&doc.front.subservice));
    let h1 = doc.segments.iter().find_map(|s| match s.kind {
        SegmentKind::Heading { level: 1, .. } => Some(s.text.as_str()),
        _ => None,
    });
    // the title's suffix names the product of the page ("titleSuffix: Azure Database for
    // MySQL - Flexible Server", where `ms.service` is `mysql`)
    let suffix = doc.front.extra.get("titleSuffix").map(String::as_str);
    for title in doc
        .front
        .title
        .as_deref()
        .into_iter()
        .chain(suffix)
        .chain(h1)
    {
        words.extend(
            product_names(title, &["Azure", "Microsoft"])
                .into_iter()
                .flatten(),
        );
        words.extend(beside_service(title, lexicon, false));
    }

    words.sort();
    words.dedup();
    words
}

/// The lower-case words of the product name that opens `words` (those after `Azure`):
/// the capitalised words, at most four. A word that a particle of another script ends
/// (ko "Grafana에서는", ja "Storageでは") ends the name, without its particle: "Azure
/// Managed Grafana에서는 CMK(…)" names Managed Grafana, not "Grafana CMK"; and so does a
/// word that a localized noun joins with a hyphen (hu "Azure Red Hat OpenShift-fürt", de
/// "Azure Container Apps-Umgebungen": the cluster, the environments).
fn product_name(words: &[&str]) -> Vec<String> {
    let mut name = Vec::new();
    for w in words
        .iter()
        .take_while(|n| n.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
        .take(4)
    {
        let end = w
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(w.len());
        name.extend(w.get(..end).map(str::to_lowercase));
        if end < w.len() {
            break;
        }
    }
    name
}

/// The names [`product_name`] reads after each `lead` word, each word with its byte
/// offset in `text`.
fn product_names_at(text: &str, lead: &str) -> Vec<Vec<(String, usize)>> {
    let words = name_words(text);
    let at = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| **w == lead)
        .map(|(i, _)| {
            product_name(&words[i + 1..])
                .into_iter()
                .zip(words[i + 1..].iter().map(|w| at(w)))
                .collect::<Vec<_>>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The words of `text` a product's name is read from: runs of letters, digits and hyphens,
/// slices of `text`.
fn name_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(crate::text::is_letter_or_digit(c) || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The names of a page's service ids as a sentence writes them, folded and without spaces
/// or hyphens: the words after `azure-`, `microsoft-` or `ai-` joined (`azure-frontdoor`
/// -> `frontdoor`, `azure-sql-database` -> `sqldatabase`), at least four letters long.
fn service_names<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    ids.map(|id| {
        id.split(|c: char| !crate::text::is_letter_or_digit(c))
            .map(str::to_lowercase)
            .skip_while(|w| matches!(w.as_str(), "azure" | "microsoft" | "ai"))
            .collect::<String>()
    })
    .filter(|n| n.chars().count() >= 4)
    .collect()
}

/// Whether a sentence sets the page's own service aside: its name, capitalised as a
/// product's is, right after an instead-of cue or the negation of a closing tag, or right
/// before an instead cue ("configure customer-managed keys on the origin, for example on your storage
/// account, rather than on Front Door", cs "a ne ve službě Front Door", hu "ne a Front
/// Dooron", tr "Front Door yerine", zh-tw "而不是在 Front Door 上設定"). What it asserts is
/// said of another resource; a denial ("customer-managed keys aren't supported on Front
/// Door") still denies.
fn own_service_set_aside(s: &Sentence<'_>, raw: &str, names: &[String], special: &Special) -> bool {
    let compact = |t: &str| -> Vec<(usize, char)> {
        t.char_indices()
            .filter(|&(_, c)| !(c.is_whitespace() || c == '-'))
            .collect()
    };
    let raw_chars = compact(raw);
    let chars = compact(s.text);
    let starts = |cs: &[(usize, char)], name: &str| -> Vec<usize> {
        let name: Vec<char> = name.chars().collect();
        (0..cs.len())
            .filter(|&i| {
                cs.len() >= i + name.len()
                    && cs[i..i + name.len()]
                        .iter()
                        .zip(&name)
                        .all(|(&(_, c), &n)| c.to_lowercase().eq(std::iter::once(n)))
            })
            .collect()
    };
    names.iter().any(|name| {
        // written as a product's name somewhere in the sentence
        let capitalised = starts(&raw_chars, name)
            .iter()
            .any(|&i| raw_chars[i].1.is_uppercase());
        capitalised
            && starts(&chars, name).into_iter().any(|i| {
                let start = chars[i].0;
                let (last, c) = chars[i + name.chars().count() - 1];
                let mention = Hit {
                    concept: usize::MAX,
                    start,
                    end: last + c.len_utf8(),
                    gapped: false,
                };
                let near = |h: &Hit| {
                    s.clause_of(h.start) == s.clause_of(mention.start)
                        && s.gap(h, &mention) <= s.negation_reach.0
                };
                // a negation only in a closing tag of its own, the name its last words
                // (", ne a Front Dooron."): not "you don't need to change your apps or
                // FHIR queries", whose negation denies the change
                let clause = s.clause_of(mention.start);
                // (the name's last word may take an ending: hu "Front Dooron")
                let tag = !s
                    .text
                    .get(mention.end..)
                    .unwrap_or_default()
                    .trim_end_matches(|c: char| !crate::text::is_letter_or_digit(c))
                    .contains(char::is_whitespace)
                    && s.hits.iter().all(|h| {
                        s.clause_of(h.start) != clause
                            || s.negations.contains(h)
                            || [special.coordination, special.clause].contains(&Some(h.concept))
                    });
                s.hits
                    .iter()
                    .filter(|h| Some(h.concept) == special.instead_of)
                    .chain(s.negations.iter().filter(|_| tag))
                    .any(|h| h.end <= mention.start && near(h))
                    || s.hits.iter().any(|h| {
                        Some(h.concept) == special.instead && mention.end <= h.start && near(h)
                    })
            })
    })
}

/// Words of product names that are places or tools, not services a statement can be about.
const NOT_A_SERVICE: [&str; 10] = [
    "azure",
    "portal",
    "cli",
    "powershell",
    "key",
    "vault",
    "resource",
    "manager",
    "active",
    "directory",
];

/// Whether the sentence names an Azure service (`Azure` and capitalised words, as product
/// names are written in every locale) that is not the page's own: one of its words is
/// none of the page's ("Azure Container Registry" on a page of Azure Container Apps), and
/// its words joined are none either ("Azure Front Door" is `azure-frontdoor`'s).
///
/// A name beside the language's word for "service" is a service's too ([`beside_service`]):
/// "customer-managed keys for the Face service are available only on the E0 pricing tier",
/// on a page of Azure AI Vision.
fn names_other_service(
    sentence: &str,
    own: &[String],
    lexicon: Option<&Lexicon>,
    often: &dyn Fn(&str) -> bool,
) -> bool {
    let owned = |n: &str| {
        own.iter()
            .any(|o| n.starts_with(o.as_str()) || o.starts_with(n))
            || often(n)
    };
    // two capitals name a family ("Azure AI services", "Azure AI Language"), and words the
    // lexicon knows end a name: a tier ("Azure Service Bus Premium") or what the product
    // offers ("Azure OpenAI Customer-Managed Key Request Form" is Azure OpenAI's form)
    // tell no product from another
    let family = |n: &String| n.len() <= 2 && sentence.contains(&n.to_uppercase());
    // whether the sentence from the name's word at byte `at` on opens with a lexicon phrase
    // (a few words are enough to tell)
    let described = |at: usize| {
        lexicon.is_some_and(|l| {
            let rest = sentence.get(at..).unwrap_or_default();
            let end = (0..=rest.len().min(120))
                .rev()
                .find(|&e| rest.is_char_boundary(e))
                .unwrap_or(0);
            let text = lexicon::matching_text(l, rest.get(..end).unwrap_or_default());
            lexicon::hits(l, &text).iter().any(|h| h.start == 0)
        })
    };
    let other = |name: &[&String]| {
        let joined: String = name.iter().map(|n| n.as_str()).collect();
        !(name.is_empty()
            || name.iter().all(|n| owned(n))
            || own.iter().any(|o| o.starts_with(&joined)))
    };
    let mut placed = None;
    product_names(sentence, &["Azure"]).iter().any(|full| {
        let name: Vec<&String> = full.iter().filter(|n| !family(n)).collect();
        if !other(&name) {
            return false;
        }
        // a shorter name only ever names fewer products: try it where the whole is another's
        let placed = placed.get_or_insert_with(|| product_names_at(sentence, "Azure"));
        let Some(at) = placed
            .iter()
            .find(|p| p.iter().map(|w| &w.0).eq(full.iter()))
        else {
            return true;
        };
        let cut = (1..at.len())
            .find(|&k| described(at[k].1))
            .and_then(|k| name.iter().position(|n| **n == at[k].0))
            .filter(|&k| k > 0);
        cut.is_none_or(|k| other(&name[..k]))
    }) || lexicon.is_some_and(|lexicon| {
        beside_service(sentence, lexicon, false)
            .iter()
            .any(|n| !owned(n))
    })
}

/// The lower-case product names that stand right beside a word for "service", on the side
/// the lexicon's `service_nouns` give (in lower case; `... service`: the name before it, "the
/// Face service", de "Face-Dienst", zh "Face 服务的…"; `služb* ...`: after it, cs "služby
/// Face", es "servicio Face"; `*` a stem), with only white space or a hyphen between. A
/// name is a capitalised word in Latin letters, not the sentence's first before a noun
/// in a script with case ("The service", but ja "Face サービスでは"), not an abbreviation
/// in capitals ("CMK"), a place or tool (`Azure`, `Key Vault`, ...), `Microsoft` or a
/// word of the lexicon ("the Premium service tier", "Language service Customer-Managed
/// Key Request Form"). `initial`: a sentence's first word may be a name too, where a
/// false one costs nothing (an article counted as the page's own name).
fn beside_service(sentence: &str, lexicon: &Lexicon, initial: bool) -> Vec<String> {
    if lexicon.service_nouns.is_empty() {
        return Vec::new();
    }
    // a letter of a script without case (kana, Han, Hangul), whose words no space parts
    let unspaced = |c: char| {
        crate::text::is_letter(c) && !crate::text::is_lower(c) && !crate::text::is_upper(c)
    };

    // words, each with whether only white space or a hyphen parts it from the one before
    // (a change of script parts words too: zh "Face服务")
    let mut words: Vec<(&str, bool)> = Vec::new();
    let mut current: Option<(usize, bool)> = None;
    let mut plain_gap = false;
    let mut previous = ' ';
    for (i, c) in sentence.char_indices() {
        let letter = crate::text::is_letter_or_digit(c);
        if let Some((start, joined)) = current {
            if !letter || unspaced(c) != unspaced(previous) {
                words.extend(sentence.get(start..i).map(|w| (w, joined)));
                current = None;
                plain_gap = true;
            }
        }
        if letter {
            if current.is_none() {
                current = Some((i, !words.is_empty() && plain_gap));
            }
        } else {
            plain_gap = plain_gap && (c.is_whitespace() || c == '-');
        }
        previous = c;
    }
    if let Some((start, joined)) = current {
        words.extend(sentence.get(start..).map(|w| (w, joined)));
    }
    // `w` in lower case starts with `n`, or is `n` (no allocation: most words are none)
    let lower_is = |w: &str, n: &str, prefix: bool| {
        let mut chars = w.chars().flat_map(char::to_lowercase);
        n.chars().all(|c| chars.next() == Some(c)) && (prefix || chars.next().is_none())
    };
    // whether the name comes after the noun `w` is, if it is one
    let noun = |w: &str| -> Option<bool> {
        lexicon.service_nouns.iter().find_map(|n| {
            lower_is(w, &n.word, n.stem || w.starts_with(unspaced)).then_some(n.name_after)
        })
    };
    let name = |w: &str| {
        let lower = w.to_lowercase();
        (w.len() >= 2
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric())
            && !w
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && noun(w).is_none()
            && lower != "microsoft"
            && !NOT_A_SERVICE.contains(&lower.as_str())
            && lexicon::hits(
                lexicon,
                &lexicon::Matching::plain(super::normalize::fold(w)),
            )
            .is_empty())
        .then_some(lower)
    };
    let mut out = Vec::new();
    for (k, &(w, _)) in words.iter().enumerate() {
        match noun(w) {
            Some(true) => {
                if let Some(&(next, true)) = words.get(k + 1) {
                    out.extend(name(next));
                }
            }
            Some(false) if k > 0 && words[k].1 => {
                let caseless = w.starts_with(unspaced);
                if k > 1 || caseless || initial {
                    out.extend(name(words[k - 1].0));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a sentence opens with the page's own service (`own`: its words) as its
/// subject or topic: two or more capitalised words in a row every one of which is the
/// service's, or one after `Azure` or `Microsoft`, first in the sentence or after its
/// first word ("IoT Central doesn't support ...", pl "Usługa IoT Central nie obsługuje
/// ...", ja "IoT Central では ..."); not a name further on ("... nie są obsługiwane w
/// kontenerach usługi Document Intelligence", in the containers of the service).
fn opens_with_own_service(sentence: &str, own: &[String]) -> bool {
    // a particle written onto a Latin name is a word of its own (ko "IoT Central에서는";
    // kana, CJK and Hangul all stand from U+3040 on)
    let words: Vec<&str> = sentence
        .split(|c: char| !(crate::text::is_letter_or_digit(c) || c == '-'))
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let at = w
                .char_indices()
                .find(|&(i, c)| i > 0 && c >= '\u{3040}' && w.get(..i).is_some_and(str::is_ascii))
                .map_or(w.len(), |(i, _)| i);
            let (name, particle) = w.split_at_checked(at).unwrap_or((w, ""));
            [name, particle]
        })
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let owned = |w: &&str| {
        w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && own.iter().any(|o| *o == w.to_lowercase())
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // the name first, or after one capitalised word (an article or a noun for it: pl
    // "Usługa", pt "O", "Azure"), not after a clause ("Moving a Video Indexer account
    // ...", ja "独自のインフラストラクチャで実行する Document Intelligence コンテナー")
    (0..2.min(words.len()))
        .filter(|&i| i == 0 || capital(words[0]))
        .any(|i| {
            let run = |from: usize| words[from..].iter().take_while(|w| owned(w)).count();
            let end = if run(i) >= 2 {
                i + run(i)
            } else if matches!(words[i], "Azure" | "Microsoft") && run(i + 1) >= 1 {
                i + 1 + run(i + 1)
            } else {
                return false;
            };
            !placed_by_particle(&words[end..])
        })
}

/// Whether a sentence opens (in its first [`OPENING_NAME_WORDS`] words, or
/// [`OPENING_NAME_CHARS`] characters in an unspaced script) with the page's own service in
/// its locale's form, which the page names often ([`Context::owns_often`]): pt
/// "Atualmente, os Gêmeos Digitais do Azure não dão suporte …", zh-cn "Azure 数字孪生目前
/// 不支持…" (Azure Digital Twins, on its own page). The English name's words are
/// [`opens_with_own_service`]'s.
fn opens_with_localized_own(sentence: &str, script: Script, often: &dyn Fn(&str) -> bool) -> bool {
    let end = match script {
        Script::Spaced => sentence
            .split_whitespace()
            .nth(OPENING_NAME_WORDS)
            .map(|w| w.as_ptr() as usize - sentence.as_ptr() as usize),
        _ => sentence
            .char_indices()
            .nth(OPENING_NAME_CHARS)
            .map(|(i, _)| i),
    }
    .unwrap_or(sentence.len());
    marked_product_names(sentence.get(..end).unwrap_or_default(), &["Azure"])
        .iter()
        .any(|(name, localized)| *localized && !name.is_empty() && name.iter().all(|n| often(n)))
}

/// How many words of a sentence's opening may stand before its subject's name (an adverb,
/// an article, `Azure`) and the name itself.
const OPENING_NAME_WORDS: usize = 6;

/// [`OPENING_NAME_WORDS`] in characters, for unspaced scripts: `Azure`, a space and a
/// name of a few characters ("Azure 数字孪生").
const OPENING_NAME_CHARS: usize = 12;

/// Whether the words after a name that opens a sentence of a language with particles
/// make it a place or an object, not the subject or topic: ja "Application Insights
/// リソース自体で…構成することはできません" (on the resource itself: で, に, を, not
/// では, には), ko "Application Insights 리소스 자체에서 … 구성할 수 없습니다" (에서, 을,
/// 를, not 에서는).
fn placed_by_particle(after: &[&str]) -> bool {
    let hiragana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    match after.first() {
        Some(w) if w.chars().any(hiragana) => {
            let particle: String = w
                .chars()
                .skip_while(|&c| !hiragana(c))
                .take_while(|&c| hiragana(c))
                .collect();
            matches!(particle.as_str(), "で" | "に" | "を")
        }
        _ => after.iter().take(2).any(|w| {
            !w.ends_with("에서는")
                && ["에서", "을", "를"].iter().any(|p| w.ends_with(p))
                && w.chars().all(lexicon::is_hangul)
        }),
    }
}

/// Whether another service is a sentence's subject: named in its opening, before the
/// first phrase of the lexicon and before a second `Azure` ("Azure Storage itself uses
/// 256-bit AES encryption"; "The underlying Azure Storage encryption uses ..."; ko "Azure
/// Storage는 ... 256비트 AES 암호화를 사용하며"), not one named further on, where the
/// subject uses it ("PostgreSQL encrypts data at rest by using Azure Storage encryption";
/// ko "Azure Health Bot은 Azure Storage 및 Azure Cosmos DB에 데이터를 저장하며").
fn opens_with_other_service(
    sentence: &str,
    own: &[String],
    lexicon: &Lexicon,
    often: &dyn Fn(&str) -> bool,
) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric();
    let second_azure = sentence
        .match_indices("Azure")
        .nth(1)
        .map_or(sentence.len(), |(i, _)| i);
    // the longest opening without a phrase, cut where no Latin word goes on: a phrase
    // found in an opening stays in every longer one, so the first cut whose opening
    // holds one is found by halving
    let mut previous: Option<char> = None;
    let mut cuts = Vec::new();
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        if i > second_azure {
            break;
        }
        if !previous.is_some_and(|p| word(p) && word(c)) {
            cuts.push(i);
        }
        previous = Some(c);
    }
    let has_phrase = |&i: &usize| {
        let prefix = sentence.get(..i).unwrap_or_default();
        !lexicon::hits(lexicon, &lexicon::matching_text(lexicon, prefix)).is_empty()
    };
    let first_with_phrase = cuts.partition_point(|i| !has_phrase(i));
    let opening = first_with_phrase
        .checked_sub(1)
        .and_then(|k| sentence.get(..cuts[k]))
        .unwrap_or_default();
    names_other_service(opening, own, Some(lexicon), often)
}

/// A verdict of no in a table ([`Extractor::feature_verdicts`]): the segments it covers,
/// its cell, the feature's segment (a heading or a matrix row's first cell) and the
/// verdict's header cell, and whether it is a feature matrix's row whose feature is said in
/// general (not narrowed to a place, a moment or a subset).
#[derive(Clone)]
struct Verdict {
    covers: std::ops::Range<usize>,
    value: usize,
    feature: usize,
    header: usize,
    general_row: bool,
}

/// Prepositions that join a localized product name to `Azure` (pt "Armazenamento do
/// Azure", es "Almacenamiento de Azure", it "Archiviazione di Azure").
const NAME_OF: [&str; 6] = ["de", "del", "di", "do", "da", "della"];

/// Words of Chinese product names that name a place, a tool or a thing of every service, not
/// a service: "Azure 入口網站" (portal), "在 Azure 中" (in Azure), "Azure 訂用帳戶"
/// (subscription), as their first two characters.
const NOT_A_SERVICE_CJK: [&str; 30] = [
    "上的", "中的", "入口", "门户", "金鑰", "密钥", "訂用", "订阅", "訂閱", "平台", "平臺", "服务",
    "服務", "区域", "區域", "資源", "资源", "支援", "支持", "角色", "原則", "策略", "帳戶", "账户",
    "租用", "租户", "命令", "儀表", "仪表", "帐户",
];

/// Characters that open a word of a Chinese sentence after `Azure` other than a product
/// name: particles, conjunctions, prepositions and verbs ("匯入 Azure 並加以管理", imported
/// into Azure and managed; "由 Azure 管理", managed by Azure; "Azure 加密", its encryption).
const NOT_A_NAME_START: &str =
    "並并的中上和与與或及会會将將对對在于於内內里裡时時不也都还還可提使为為是把被让讓来來以进進管加從从到向给給所已就即自由能应應";

/// The product names a text writes with `leads` (`Azure`), each as its lower-case words:
/// the capitalised words right after a lead ("Azure Event Hubs"), the capitalised word
/// before `do Azure` and the like (pt "Armazenamento do Azure"), and the first two
/// characters of a Han word right after a lead (zh-tw "Azure 事件中樞"). Names of places and
/// tools ([`NOT_A_SERVICE`], [`NOT_A_SERVICE_CJK`]) are left out.
fn product_names(text: &str, leads: &[&str]) -> Vec<Vec<String>> {
    marked_product_names(text, leads)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// [`product_names`], each with whether it is written in the locale's own form (pt
/// "Armazenamento do Azure", zh-tw "Azure 事件中樞") rather than the English one.
fn marked_product_names(text: &str, leads: &[&str]) -> Vec<(Vec<String>, bool)> {
    let words = name_words(text);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !leads.contains(w) {
            continue;
        }
        let after = product_name(&words[i + 1..]);
        if !after.is_empty() {
            out.push((after.clone(), false));
        } else if let Some(next) = words.get(i + 1).filter(|n| {
            n.chars()
                .next()
                .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                && n.chars().count() >= 2
        }) {
            let key: String = next.chars().take(2).collect();
            if !NOT_A_SERVICE_CJK.contains(&key.as_str())
                && !next.starts_with(|c: char| NOT_A_NAME_START.contains(c))
            {
                out.push((vec![key], true));
            }
        }
        // "X do Azure" names X; "X do Azure Key Vault" names a part of Key Vault
        if i >= 2 && after.is_empty() && NAME_OF.contains(&words[i - 1]) && capital(words[i - 2]) {
            out.push((vec![words[i - 2].to_lowercase()], true));
        }
    }
    out.retain(|(name, _)| !name.iter().any(|n| NOT_A_SERVICE.contains(&n.as_str())));
    out
}
