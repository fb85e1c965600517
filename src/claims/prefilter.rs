//! A cheap, conservative test of whether a segment's raw text can name a scope concept
//! (rules.toml `topic` and every rule's `context`), run before its sentences are split
//! and folded: text that fails it has no claim and gives none to the sentences after it.
//!
//! The test is built from the lexicon's own phrases (the starts of the scope concepts'
//! phrases, as [`Lexicon::scope_starts`] has them), never from a hand list. For ASCII text
//! of a spaced script it needs no folding at all: folding ASCII only lower-cases letters,
//! collapses white space and turns `` ` `` into `'`, and a phrase start of a spaced script
//! is a run of letters and digits, so a start occurs in the folded text exactly when it
//! occurs, case aside, in the raw text (and blanking file names only removes matches).
//! Other text is folded into a buffer that is reused, without the allocation and the file
//! name pass of [`lexicon::matching_text`]; [`Page`] asks once per segment.

use super::lexicon::{self, Hit, Lexicon, Phrase, Script};
use super::normalize;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::cell::OnceCell;
use std::collections::BTreeSet;

/// The raw-text test of one lexicon.
#[derive(Debug)]
pub struct Prefilter {
    /// The ASCII scope phrase starts, matched ignoring ASCII case; `None` for unspaced
    /// scripts, whose matching text also drops white space.
    ascii: Option<AhoCorasick>,
}

impl Prefilter {
    /// The test for `lexicon`, whose scope concepts are `scope`.
    pub fn new(lexicon: &Lexicon, scope: &BTreeSet<usize>) -> Result<Prefilter, String> {
        if lexicon.script != Script::Spaced {
            return Ok(Prefilter { ascii: None });
        }
        let starts: BTreeSet<&str> = lexicon
            .phrases
            .iter()
            .filter(|(concept, _)| scope.contains(concept))
            .filter_map(|(_, phrase)| match phrase {
                Phrase::Words(words) => Some(words[0].text.as_str()),
                Phrase::Substring(_) | Phrase::Gapped(_) => None,
            })
            // a start with another character cannot occur in folded ASCII text
            .filter(|start| start.is_ascii())
            .collect();
        let ascii = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&starts)
            .or_else(|_| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&starts)
            })
            .map_err(|e| format!("lexicon `{}`: too many scope phrases: {e}", lexicon.locale))?;
        Ok(Prefilter { ascii: Some(ascii) })
    }

    /// Whether `raw` may name a scope concept: [`Lexicon::may_name_scope`] or, for a
    /// spaced script, a superset of it. ASCII text of a spaced script is searched as it
    /// is; its other text is folded into a buffer that is reused, without blanking file
    /// names (blanking a name in a spaced script only removes matches: a scope phrase
    /// start has no space). Unspaced scripts drop the blanks with the other spaces, so
    /// that blanking can join two parts of a phrase: they take the exact test.
    pub fn may_name_scope(&self, lexicon: &Lexicon, raw: &str) -> bool {
        let Some(ascii) = &self.ascii else {
            return lexicon.may_name_scope(raw);
        };
        if raw.is_ascii() {
            return ascii.is_match(raw);
        }
        FOLDED.with_borrow_mut(|folded| {
            normalize::fold_into(raw, folded);
            lexicon.scope_starts.is_match(folded.as_str())
        })
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
    may: Vec<OnceCell<bool>>,
    matching: Vec<OnceCell<String>>,
    hits: Vec<OnceCell<Vec<Hit>>>,
}

impl<'d> Page<'d> {
    pub fn new(texts: Vec<&'d str>) -> Page<'d> {
        let n = texts.len();
        Page {
            texts,
            may: (0..n).map(|_| OnceCell::new()).collect(),
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
    pub fn matching(&self, lexicon: &Lexicon, i: usize) -> &str {
        self.matching[i].get_or_init(|| lexicon::matching_text(lexicon, self.texts[i]))
    }

    /// [`lexicon::hits`] in the matching text of prose `i`.
    pub fn hits(&self, lexicon: &Lexicon, i: usize) -> &[Hit] {
        self.hits[i].get_or_init(|| lexicon::hits(lexicon, self.matching(lexicon, i)))
    }

    /// Whether prose `i` may name a scope concept (see [`Prefilter::may_name_scope`]),
    /// asked once.
    pub fn may_name_scope(&self, prefilter: &Prefilter, lexicon: &Lexicon, i: usize) -> bool {
        *self.may[i].get_or_init(|| prefilter.may_name_scope(lexicon, self.texts[i]))
    }
}
