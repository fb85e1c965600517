//! A cheap, conservative test of which concepts a segment's raw text can name, run before
//! its sentences are split and folded: a segment that names no scope concept (rules.toml
//! `topic` and every rule's `context`) has no claim and gives none to the sentences after
//! it, and one in which no rule can find its concepts has no claim of its own.
//!
//! The test is built from the lexicon's own phrases, never from a hand list. Each phrase
//! needs its *pieces*: for a spaced script its words (those of three letters or more, or
//! its longest word), for an unspaced one its substrings; a phrase can match only where
//! every piece occurs, so a concept can be named only where every piece of one of its
//! phrases occurs. One search finds the pieces in a segment. For ASCII text of a spaced
//! script it needs no folding at all: folding ASCII only lower-cases letters, collapses
//! white space and turns `` ` `` into `'`, and a piece of a spaced script is a run of
//! letters and digits, so a piece occurs in the folded text exactly when it occurs, case
//! aside, in the raw text (and blanking file names only removes matches). Other text of a
//! spaced script is folded into a buffer that is reused, without the allocation and the
//! file name pass of [`lexicon::matching_text`]; unspaced scripts drop the blanks with
//! the other spaces, so that blanking can join two parts of a phrase: their pieces are
//! searched in the matching text itself. [`Page`] asks once per segment.

use super::lexicon::{self, Hit, Lexicon, Phrase, Script};
use super::normalize;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

/// The raw-text test of one lexicon.
#[derive(Debug)]
pub struct Prefilter {
    /// `None` when the pieces are too many for an automaton (a huge user lexicon): then
    /// every text may name every concept.
    automata: Option<Automata>,
    /// By concept id: its phrases, each as the numbers of the pieces it needs.
    needs: Vec<Vec<Box<[u32]>>>,
    /// The scope concepts.
    scope: Vec<usize>,
}

/// The automata of a [`Prefilter`].
#[derive(Debug)]
struct Automata {
    /// The pieces, matched in folded text.
    folded: AhoCorasick,
    /// One piece of each phrase of a scope concept (the one most of them share), matched
    /// in folded text and, for spaced scripts, the ASCII ones in ASCII text ignoring
    /// ASCII case: text without any of them names no scope concept.
    scope_folded: AhoCorasick,
    scope_ascii: Option<AhoCorasick>,
    /// The ASCII pieces, matched in ASCII text ignoring ASCII case, with the number of
    /// each in `folded`; `None` for unspaced scripts, whose matching text also drops
    /// white space.
    ascii: Option<(AhoCorasick, Vec<u32>)>,
}

/// The pieces a segment holds (sorted numbers), from [`Prefilter::present`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Present(Vec<u32>);

impl Prefilter {
    /// The test for `lexicon`, whose scope concepts are `scope`, of which concepts among
    /// `asked` (and `scope`) text may name.
    pub fn new<'l>(
        lexicon: &'l Lexicon,
        scope: &BTreeSet<usize>,
        asked: &BTreeSet<usize>,
    ) -> Prefilter {
        let mut numbers: BTreeMap<&str, u32> = BTreeMap::new();
        let mut pieces: Vec<&str> = Vec::new();
        let mut number = |piece: &'l str| -> u32 {
            *numbers.entry(piece).or_insert_with(|| {
                pieces.push(piece);
                u32::try_from(pieces.len() - 1).unwrap_or(u32::MAX)
            })
        };
        let concepts = lexicon
            .phrases
            .iter()
            .map(|(c, _)| c + 1)
            .max()
            .unwrap_or(0);
        let mut needs: Vec<Vec<Box<[u32]>>> = vec![Vec::new(); concepts];
        let phrases = lexicon
            .phrases
            .iter()
            .filter(|(c, _)| scope.contains(c) || asked.contains(c));
        for (concept, phrase) in phrases {
            let mut need: Vec<u32> = match phrase {
                Phrase::Words(words) => {
                    // a number of four digits or more may be written with thousands
                    // separators ("2 048", "2,048"), which the matching text joins and the
                    // raw text does not: its piece is its last three digits, which every
                    // way of writing it holds
                    let words: Vec<&str> = words
                        .iter()
                        .map(|w| {
                            let t = w.text.as_str();
                            match t.len() >= 4 && t.bytes().all(|b| b.is_ascii_digit()) {
                                true => t.get(t.len() - 3..).unwrap_or(t),
                                false => t,
                            }
                        })
                        .collect();
                    let long: Vec<&str> = words
                        .iter()
                        .copied()
                        .filter(|w| w.chars().count() >= 3)
                        .collect();
                    match long.is_empty() {
                        false => long.into_iter().map(&mut number).collect(),
                        true => words
                            .iter()
                            .copied()
                            .max_by_key(|w| w.len())
                            .map(&mut number)
                            .into_iter()
                            .collect(),
                    }
                }
                Phrase::Substring(s) | Phrase::Opening(s) => vec![number(s)],
                Phrase::Gapped(parts) => parts.iter().map(|p| number(p)).collect(),
            };
            need.sort_unstable();
            need.dedup();
            needs[*concept].push(need.into_boxed_slice());
        }
        // of each scope phrase, the piece that most scope phrases need
        let scope_needs = || {
            scope
                .iter()
                .flat_map(|&c| needs.get(c).into_iter().flatten())
        };
        let mut shared: BTreeMap<u32, usize> = BTreeMap::new();
        for &p in scope_needs().flat_map(|need| need.iter()) {
            *shared.entry(p).or_default() += 1;
        }
        let scope_pieces: BTreeSet<&str> = scope_needs()
            .filter_map(|need| {
                need.iter()
                    .max_by_key(|&&p| (shared[&p], pieces[p as usize].len()))
                    .map(|&p| pieces[p as usize])
            })
            .collect();
        let scope_pieces: Vec<&str> = scope_pieces.into_iter().collect();
        Prefilter {
            automata: Automata::build(lexicon.script, &pieces, &scope_pieces).ok(),
            needs,
            scope: scope.iter().copied().collect(),
        }
    }

    /// The pieces `raw` holds; `matching`: its [`lexicon::matching_text`], asked for by
    /// unspaced scripts only. `None` when `scope_only` (the caller needs to know nothing
    /// else) and the text names no scope concept, found without looking for every piece.
    pub fn present<'t>(
        &self,
        raw: &str,
        matching: impl FnOnce() -> &'t str,
        scope_only: bool,
    ) -> Option<Present> {
        match &self.automata {
            Some(automata) => automata.present(raw, matching, scope_only),
            None => Some(Present::default()),
        }
    }
    /// Whether text holding `present` may name `concept` (one of the scope or the asked
    /// concepts): every piece of one of its phrases is there.
    pub fn may_name(&self, present: &Present, concept: usize) -> bool {
        if self.automata.is_none() {
            return true;
        }
        // a phrase that needs no piece (a number alone) may be named anywhere
        self.needs.get(concept).is_some_and(|phrases| {
            phrases
                .iter()
                .any(|need| need.iter().all(|p| present.0.binary_search(p).is_ok()))
        })
    }

    /// Whether the prefilter is asked about `concept`: a scope concept or one that
    /// [`Prefilter::new`] was asked about, with phrases in the lexicon.
    pub fn asks(&self, concept: usize) -> bool {
        self.needs
            .get(concept)
            .is_some_and(|phrases| !phrases.is_empty())
    }

    /// The scope concepts.
    pub fn scope(&self) -> &[usize] {
        &self.scope
    }

    /// Whether `raw` may name a scope concept, by its scope pieces alone (one piece of
    /// each scope phrase): a superset of [`Prefilter::may_name_scope`], without the
    /// search for every piece.
    pub fn may_name_scope_quick<'t>(&self, raw: &str, matching: impl FnOnce() -> &'t str) -> bool {
        let Some(automata) = &self.automata else {
            return true;
        };
        match &automata.scope_ascii {
            Some(scope) if raw.is_ascii() => scope.is_match(raw),
            Some(_) => FOLDED.with_borrow_mut(|folded| {
                normalize::fold_into(raw, folded);
                automata.scope_folded.is_match(folded.as_str())
            }),
            None => automata.scope_folded.is_match(matching()),
        }
    }

    /// Whether text holding `present` (`None`: no scope piece) may name a scope concept.
    pub fn may_name_scope_in(&self, present: Option<&Present>) -> bool {
        present.is_some_and(|present| self.scope.iter().any(|&c| self.may_name(present, c)))
    }

    /// Whether `raw` may name a scope concept: [`Lexicon::may_name_scope`] or a superset
    /// of it.
    pub fn may_name_scope(&self, lexicon: &Lexicon, raw: &str) -> bool {
        let matching = OnceCell::new();
        let present = self.present(
            raw,
            || {
                matching
                    .get_or_init(|| lexicon::matching_text(lexicon, raw))
                    .as_str()
            },
            true,
        );
        self.may_name_scope_in(present.as_ref())
    }
}

impl Automata {
    fn build(
        script: Script,
        pieces: &[&str],
        scope_pieces: &[&str],
    ) -> Result<Automata, aho_corasick::BuildError> {
        // A DFA is fastest but big: the few scope pieces every segment is searched for get
        // one, every piece (searched in the segments that name the scope) an NFA.
        let build = |patterns: &[&str], ascii_case: bool, kind: AhoCorasickKind| {
            AhoCorasick::builder()
                .ascii_case_insensitive(ascii_case)
                .kind(Some(kind))
                .build(patterns)
                .or_else(|_| {
                    AhoCorasick::builder()
                        .ascii_case_insensitive(ascii_case)
                        .build(patterns)
                })
        };
        let scope_folded = build(scope_pieces, false, AhoCorasickKind::DFA)?;
        let folded = build(pieces, false, AhoCorasickKind::ContiguousNFA)?;
        let ascii = match script {
            Script::Unspaced => None,
            Script::Spaced => {
                // a piece with another character cannot occur in folded ASCII text
                let (numbers, ascii): (Vec<u32>, Vec<&str>) = pieces
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.is_ascii())
                    .map(|(n, p)| (u32::try_from(n).unwrap_or(u32::MAX), *p))
                    .unzip();
                Some((
                    build(&ascii, true, AhoCorasickKind::ContiguousNFA)?,
                    numbers,
                ))
            }
        };
        let scope_ascii = match script {
            Script::Unspaced => None,
            Script::Spaced => {
                let ascii: Vec<&str> = scope_pieces
                    .iter()
                    .copied()
                    .filter(|p| p.is_ascii())
                    .collect();
                Some(build(&ascii, true, AhoCorasickKind::DFA)?)
            }
        };
        Ok(Automata {
            folded,
            scope_folded,
            scope_ascii,
            ascii,
        })
    }

    /// The pieces `raw` holds; `matching`: its [`lexicon::matching_text`], asked for by
    /// unspaced scripts only. `None` when `scope_only` (the caller needs to know nothing
    /// else) and the text names no scope concept, found without looking for every piece.
    fn present<'t>(
        &self,
        raw: &str,
        matching: impl FnOnce() -> &'t str,
        scope_only: bool,
    ) -> Option<Present> {
        let mut found: Vec<u32> = match (&self.ascii, &self.scope_ascii) {
            (Some((ascii, numbers)), Some(scope)) if raw.is_ascii() => {
                if scope_only && !scope.is_match(raw) {
                    return None;
                }
                ascii
                    .find_overlapping_iter(raw)
                    .map(|m| numbers[m.pattern().as_usize()])
                    .collect()
            }
            (Some(_), _) => FOLDED.with_borrow_mut(|folded| {
                normalize::fold_into(raw, folded);
                self.found(folded, scope_only)
            })?,
            (None, _) => self.found(matching(), scope_only)?,
        };
        found.sort_unstable();
        found.dedup();
        Some(Present(found))
    }

    fn found(&self, folded: &str, scope_only: bool) -> Option<Vec<u32>> {
        if scope_only && !self.scope_folded.is_match(folded) {
            return None;
        }
        Some(
            self.folded
                .find_overlapping_iter(folded)
                .map(|m| u32::try_from(m.pattern().as_usize()).unwrap_or(u32::MAX))
                .collect(),
        )
    }
}

thread_local! {
    /// The buffer [`Prefilter::may_name_scope`] folds text into.
    static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The prose texts of one page (its prose segments, in order), each folded at most once
/// and searched for concepts at most once, whoever asks first: the segment prefilter, a
/// sentence that is its whole segment, or the page's scope names.
#[derive(Default)]
pub struct Page<'d> {
    texts: Vec<&'d str>,
    present: Vec<OnceCell<Option<Present>>>,
    /// The pieces of a prose whose first asker needed only its scope, for a later one who
    /// needs them all. The extraction asks each prose once, and asks the prose before it
    /// only for its scope, so this stays empty today; it keeps a later caller from taking
    /// "names no scope" for "holds no piece".
    full: Vec<OnceCell<Option<Present>>>,
    matching: Vec<OnceCell<lexicon::Matching>>,
    hits: Vec<OnceCell<Vec<Hit>>>,
}

impl<'d> Page<'d> {
    pub fn new(texts: Vec<&'d str>) -> Page<'d> {
        let n = texts.len();
        Page {
            texts,
            present: (0..n).map(|_| OnceCell::new()).collect(),
            full: (0..n).map(|_| OnceCell::new()).collect(),
            matching: (0..n).map(|_| OnceCell::new()).collect(),
            hits: (0..n).map(|_| OnceCell::new()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The raw text of prose `i`.
    pub fn text(&self, i: usize) -> &'d str {
        self.texts[i]
    }

    /// [`lexicon::matching_text`] of prose `i`.
    pub fn matching(&self, lexicon: &Lexicon, i: usize) -> &lexicon::Matching {
        self.matching[i].get_or_init(|| lexicon::matching_text(lexicon, self.texts[i]))
    }

    /// [`lexicon::hits`] in the matching text of prose `i`.
    pub fn hits(&self, lexicon: &Lexicon, i: usize) -> &[Hit] {
        self.hits[i].get_or_init(|| lexicon::hits(lexicon, self.matching(lexicon, i)))
    }

    /// The pieces prose `i` holds (see [`Prefilter::present`]), found once, by the first
    /// to ask. `None` when that one needed only its scope and it names none: a later
    /// caller asks only whether a scope concept is named there, or what of the scope.
    pub fn present(
        &self,
        prefilter: &Prefilter,
        lexicon: &Lexicon,
        i: usize,
        scope_only: bool,
    ) -> Option<&Present> {
        let found =
            |scope_only| prefilter.present(self.texts[i], || self.matching(lexicon, i), scope_only);
        match self.present[i].get_or_init(|| found(scope_only)) {
            Some(present) => Some(present),
            // a first asker that needed only the scope (see `full`)
            None if !scope_only => self.full[i].get_or_init(|| found(false)).as_ref(),
            None => None,
        }
    }

    /// [`Prefilter::may_name_scope_quick`] of prose `i`.
    pub fn may_name_scope_quick(&self, prefilter: &Prefilter, lexicon: &Lexicon, i: usize) -> bool {
        prefilter.may_name_scope_quick(self.texts[i], || self.matching(lexicon, i))
    }
}
