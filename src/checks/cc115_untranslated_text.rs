use crate::text::{is_letter, is_letter_or_digit};
use super::blocks::{self, Block, WordCounts};
use std::ops::Range;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::locale::Locale;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::cell::{Cell, OnceCell};
use whatlang::{Detector, Lang};

declare_check! {
    /// ## What it does
    /// Reports a prose block (paragraph, list item, alert, quote, table row) of a
    /// translation that is not in the translation's language: identical to a block of
    /// the source locale's aligned section, identical to a block of another locale of a
    /// different language, or confidently identified (by the `whatlang` language
    /// identifier, restricted to the languages of the article and the source language)
    /// as another language, with no letter of the locale's own script when that script
    /// is not Latin. Only blocks with enough words (at least 6 words and 40 letters once
    /// link targets, URLs, code, numbers and Capitalised names are left out) are read
    /// so, and a shorter one only when it is identical to the block of one other locale,
    /// the source or a translation (and a third lacks it) and written in that locale's script, not this one's (8 letters of a script other
    /// than Latin, `如果尚未安裝 Azure CLI，請先安裝。` pasted into es-es; or 3 Latin words
    /// and no other letter in a page of another script, making a sentence: a function
    /// word of that locale's language or the source's, and no mark of code, so that
    /// `mvn clean package -DskipTests` in a paragraph is not text);
    /// and a text that at least half of the other locales also have (at least two, or
    /// the only other one) is left alone: it is a product name, code or something meant
    /// to stay as it is. One finding per
    /// block. An image's alt text (what a screen reader reads) is reported only as such a
    /// copy, in a script other than Latin: `![Страница сведений о PHP](php.png)` in es-es,
    /// as ru-ru has it.
    ///
    /// A block that passes is read sentence by sentence (split after `.`, `!`, `?` and at
    /// letters of another script than Latin): a sentence of at least 6 words (the same
    /// words as above, and the function words of the source language in title case:
    /// `For`, `What`; at least 5 of them, and names count up to as many as there are
    /// words: `For more information, see Azure Key Vault PowerShell or Azure Key Vault
    /// CLI`) that is not a link's text is in the source language when at least 3 of them, and one word in
    /// 4, are the source language's function words (`the`, `of`, `to`, `is`, `you`…), none
    /// is a function word of the locale's language (the lists are data:
    /// `src/checks/data/function_words.toml`; words of both lists count for neither),
    /// fewer than half as many are words only this locale uses in the article (a
    /// cognate such as `version` may be one), the language identifier agrees, and no other locale has the
    /// sentence. A sentence glossed in parentheses (`Create a key vault (Создание
    /// хранилища ключей)`, or the other way round) is a title or UI name kept on purpose
    /// and is left alone. So is a run of Latin words in a page of another script that has
    /// no function word of the language identified (a list of names: `blues,
    /// classicalmusic, dance, jazz`).
    ///
    /// ## Why it matters
    /// Text left in the source language (or pasted from another locale) is the defect
    /// translation QA tools look for first: readers of the locale cannot read it, and it
    /// often hides a sentence that was never translated at all.
    ///
    /// ## Example
    /// `fr-fr/…:31: this paragraph is in English, not in French (whatlang, confidence
    /// 1.00): «To create the key vault, run the following command…»`;
    /// `es-es/…:45: a sentence of this paragraph is in English, not in Spanish (9 of its
    /// 19 words are English function words): «To specify a key from a key vault…»`.
    ///
    /// ## How to fix
    /// Translate the block into the locale's language.
    pub struct UntranslatedText { code: "CC115", name: "untranslated-text", kind: Kind::Structure, severity: Severity::Warning }
}

/// Words and letters a block needs before its language is judged.
const MIN_WORDS: usize = 6;
const MIN_LETTERS: usize = 40;
/// Letters of a non-Latin script that make a block "in that script".
const MIN_SCRIPT_LETTERS: usize = 20;
/// Letters of a non-Latin script that make a block not "written only in Latin letters".
const MIN_OWN_SCRIPT: usize = 3;
/// Confidence the language identifier must reach.
const MIN_CONFIDENCE: f64 = 0.9;
/// Letters a sentence left in Latin letters inside a non-Latin block needs.
const MIN_SENTENCE_LETTERS: usize = 30;
/// A block is foreign only when fewer than one word in `OWN_SHARE` is the locale's own.
const OWN_SHARE: usize = 10;

impl UntranslatedText {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let docs = cx.peers();
        let source_locale = cx.config.source_locale();
        if docs.iter().all(|&d| art.docs[d].locale == source_locale) {
            return Vec::new();
        }
        let source = cx.source();
        let source_lang = blocks::lang_of(source_locale.language());
        let mut langs: Vec<Lang> = docs
            .iter()
            .filter_map(|&d| blocks::lang_of(art.docs[d].locale.language()))
            .chain(source_lang)
            .collect();
        langs.sort_by_key(|l| l.code());
        langs.dedup();
        let detector = Detector::with_allowlist(langs);
        let source_words = function_words(source_locale.language());
        let vocab = Vocabulary::new(&docs, &art.docs);
        // each document's script, read when a short block needs it
        let scripts: Vec<OnceCell<Family>> = art.docs.iter().map(|_| OnceCell::new()).collect();
        let mut out = Vec::new();
        for row in &art.rows {
            let with_alt: Vec<(usize, Cow<[Block]>)> = docs
                .iter()
                .filter_map(|&d| {
                    let bs = cx.blocks(d).get(row.cells[d]?)?;
                    Some((d, alt_texts(&art.docs[d], bs)))
                })
                .collect();
            let present: Vec<(usize, &[Block])> =
                with_alt.iter().map(|(d, bs)| (*d, bs.as_ref())).collect();
            // Which documents have each block text in this section.
            let mut texts: FxHashMap<Cow<str>, Vec<usize>> = FxHashMap::default();
            for &(e, bs) in &present {
                for x in bs {
                    let v = texts.entry(typeset(&x.text)).or_default();
                    if v.last() != Some(&e) {
                        v.push(e);
                    }
                }
            }
            for (d, mine) in &present {
                let d = *d;
                if art.docs[d].locale == source_locale || Some(d) == source {
                    continue;
                }
                let Some(lang) = blocks::lang_of(art.docs[d].locale.language()) else {
                    continue;
                };
                // prose, and images for their alt text (read only for a copy of
                // another locale's in that locale's script: a screen reader reads it)
                let alt = |b: &Block| b.shape == "image";
                for (k, b) in mine.iter().enumerate().filter(|(_, b)| b.is_prose() || alt(b)) {
                    let (w, numbers) = vocab.block(d, b);
                    let w = match alt(b) {
                        true => blocks::words(&b.text).counts,
                        false => w,
                    };
                    let elsewhere = |run: &str| {
                        present
                            .iter()
                            .any(|(e, bs)| *e != d && bs.iter().any(|x| x.text.contains(run)))
                    };
                    // A block in the locale's own (non-Latin) script with one sentence
                    // left in Latin letters: that sentence was not translated, unless
                    // another locale has it too (a name, a UI string meant to stay).
                    if w.non_latin >= MIN_SCRIPT_LETTERS && !alt(b) {
                        if let Some((run, l, c)) = latin_sentence(&detector, b, lang)
                            .filter(|(run, _, _)| !elsewhere(run))
                        {
                            let verdict = Verdict::Sentence(l, c, run);
                            out.push(self.finding(cx, d, k, b, &present, verdict, &source_locale));
                            continue;
                        }
                    }
                    // A copy of one other locale's block, in that locale's script and
                    // not this one's.
                    // Another locale lacks it: with one other locale, which of the two
                    // was pasted into the other cannot be told.
                    let pasted = || {
                        let script = |e: usize| *scripts[e].get_or_init(|| doc_family(&art.docs[e]));
                        texts
                            .get(&typeset(&b.text))
                            .filter(|v| v.len() == 2 && present.len() > 2)
                            .and_then(|v| v.iter().copied().find(|&e| e != d))
                            .filter(|&e| {
                                let language = art.docs[e].locale.language();
                                let sentence = || {
                                    says_a_function_word(&b.text, function_words(language))
                                        || says_a_function_word(&b.text, source_words)
                                };
                                language != art.docs[d].locale.language()
                                    && script_copy(b, &w, script(d), script(e), sentence)
                            })
                            .map(|e| match source {
                                Some(s) if s == e => Verdict::SameAsSource,
                                _ => Verdict::SameAs(e),
                            })
                    };
                    // The whole block in another language.
                    let whole = 'whole: {
                        if alt(b) {
                            // an alt text in Latin letters may be a name kept on purpose
                            break 'whole pasted().filter(|_| w.non_latin >= MIN_COPY_LETTERS);
                        }
                        if !(w.count >= MIN_WORDS && w.letters >= MIN_LETTERS
                            || w.non_latin >= MIN_SCRIPT_LETTERS)
                        {
                            // Too short to judge by its words, but maybe pasted.
                            break 'whole pasted();
                        }
                        // Mostly code, paths and names: not text to translate. Not so a
                        // block with a sentence's worth of letters of a script family other
                        // than its page's: that is text, whatever its names, paths and
                        // numbers (a clause of Chinese is one token, and one `/` in it
                        // makes it code).
                        let other_script = w.non_latin >= MIN_SCRIPT_LETTERS
                            && main_family(b.text.chars(), usize::MAX)
                                != *scripts[d].get_or_init(|| doc_family(&art.docs[d]));
                        if 3 * w.code > w.tokens && !other_script {
                            break 'whole None;
                        }
                        // Words only this locale uses elsewhere in the article: the block is at
                        // least partly in the locale's own language. (A block of another
                        // script whose tokens are all code has no word to tell.)
                        if (w.count > 0 || !other_script)
                            && vocab.own_words(numbers, d) * OWN_SHARE >= w.count
                        {
                            break 'whole None;
                        }
                        let same: Vec<usize> = texts.get(&typeset(&b.text)).map_or(Vec::new(), |v| {
                            v.iter().copied().filter(|&e| e != d).collect()
                        });
                        let translations_same = same.iter().filter(|&&e| Some(e) != source).count();
                        let translations = present
                            .iter()
                            .filter(|(e, _)| *e != d && Some(*e) != source)
                            .count();
                        // Shared by several other locales, or by every other one: a name,
                        // code, or meant to stay.
                        if translations_same >= 2 && 2 * translations_same >= translations
                            || translations_same >= 1 && translations_same == translations
                        {
                            break 'whole None;
                        }
                        if source.is_some_and(|s| same.contains(&s)) {
                            Some(Verdict::SameAsSource)
                        } else if let Some(e) = same.iter().copied().find(|&e| {
                            art.docs[e].locale.language() != art.docs[d].locale.language()
                                && self.foreign(&detector, &w, b, lang).is_some()
                        }) {
                            Some(Verdict::SameAs(e))
                        } else {
                            self.foreign(&detector, &w, b, lang)
                                .map(|(l, c)| Verdict::Language(l, c))
                                .or_else(pasted)
                        }
                    };
                    if let Some(verdict) = whole {
                        out.push(self.finding(cx, d, k, b, &present, verdict, &source_locale));
                        continue;
                    }
                    if alt(b) {
                        continue;
                    }
                    // One sentence left in the source language: most of its words are
                    // the source language's function words, none is the locale's own
                    // (a function word, or a word only this locale uses in the
                    // article), the language identifier agrees, and no other locale
                    // has it (a name, a UI string meant to stay).
                    if let Some((run, src, all)) = source_sentence(
                        &b.text,
                        source_words,
                        function_words(art.docs[d].locale.language()),
                    )
                    .filter(|(run, src, _)| {
                        !elsewhere(run)
                            && !link_title(b, run)
                            && 2 * vocab.own_words_of(run, d) < *src
                            && source_lang.is_some_and(|sl| {
                                detector
                                    .detect(&read_as_source(run, source_words))
                                    .is_some_and(|i| i.lang() == sl)
                            })
                    }) {
                        let l = source_lang.expect("checked above");
                        let verdict = Verdict::SourceWords(l, src, all, run);
                        out.push(self.finding(cx, d, k, b, &present, verdict, &source_locale));
                    }
                }
            }
        }
        out
    }
}

/// The blocks of a section with the alt text of each image as its text (an image block
/// has none of its own): borrowed as they are when there is no image.
fn alt_texts<'a, 'b>(doc: &'a crate::parse::Document, blocks: &'b [Block<'a>]) -> Cow<'b, [Block<'a>]> {
    if !blocks.iter().any(|b| b.shape == "image") {
        return Cow::Borrowed(blocks);
    }
    Cow::Owned(
        blocks
            .iter()
            .map(|b| {
                let alt = doc.segments.get(b.segments.start).and_then(|s| match &s.kind {
                    crate::parse::SegmentKind::Image { alt, .. } if b.shape == "image" => Some(alt.as_str()),
                    _ => None,
                });
                Block {
                    text: alt.map_or_else(|| b.text.clone(), Cow::Borrowed),
                    ..b.clone()
                }
            })
            .collect(),
    )
}

/// A block's text as one text whatever a locale's typography: trimmed, with typographic
/// quotes and apostrophes as ASCII ones and no-break spaces as spaces (`VALUES(1, ’John’)`
/// in fr-fr is the same code as `VALUES(1, 'John')`).
fn typeset(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    let typographic = |c: char| matches!(c, '‘' | '’' | '“' | '”' | '\u{a0}' | '\u{202f}');
    if !text.contains(typographic) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '‘' | '’' => '\'',
                '“' | '”' => '"',
                '\u{a0}' | '\u{202f}' => ' ',
                c => c,
            })
            .collect(),
    )
}

/// Letters of a script a short block needs to be called a copy from another locale.
const MIN_COPY_LETTERS: usize = 8;

/// A family of scripts: Han and kana are one (Japanese writes both, Chinese Han alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Latin,
    Cyrillic,
    Cjk,
    Hangul,
    Other,
}

/// The family of a letter.
fn family(c: char) -> Family {
    match c {
        _ if blocks::is_latin(c) => Family::Latin,
        '\u{0400}'..='\u{052F}' => Family::Cyrillic,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => Family::Hangul,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => {
            Family::Cjk
        }
        _ => Family::Other,
    }
}

/// The family most letters of a text (its characters `chars`) other than Latin ones
/// belong to, when they are at least one letter in `share` of all its letters (else
/// Latin: names and code are Latin in every locale, so a locale of another script is told
/// by its own letters).
fn main_family(chars: impl Iterator<Item = char>, share: usize) -> Family {
    let mut counts = [0usize; 5];
    let mut all = 0;
    for c in chars.filter(|&c| is_letter(c)) {
        all += 1;
        counts[family(c) as usize] += 1;
    }
    let (best, n) = [Family::Cyrillic, Family::Cjk, Family::Hangul, Family::Other]
        .into_iter()
        .map(|f| (f, counts[f as usize]))
        .max_by_key(|&(_, n)| n)
        .unwrap_or((Family::Other, 0));
    if n > 0 && n.saturating_mul(share) >= all {
        best
    } else {
        Family::Latin
    }
}

/// The script family of a document's prose (its first few thousand bytes).
fn doc_family(doc: &crate::parse::Document) -> Family {
    // prose segments until 4,000 bytes were read, the text read in place
    let mut read = 0;
    let prose = doc
        .segments
        .iter()
        .filter(|s| s.kind.is_prose())
        .take_while(|s| {
            let more = read <= 4000;
            read += s.text.len() + 1;
            more
        });
    main_family(prose.flat_map(|s| s.text.chars()), 10)
}

/// Whether a short block (too short for the language identifier) is written in the script
/// family of another document (`theirs`), which is not its own document's (`mine`): at
/// least [`MIN_COPY_LETTERS`] letters of a family other than Latin, or, in a document of
/// another family, Latin words and no letter of any other family that make a sentence (a
/// function word of the other locale's language or the source's, `sentence`, and none of
/// the [`marks_code`]: a command, a query or program output in a paragraph, `mvn clean
/// package -DskipTests`, is Latin in every locale). (Japanese and Chinese share Han letters: a block of either is not
/// told apart by script.)
fn script_copy(
    b: &Block,
    w: &blocks::WordCounts,
    mine: Family,
    theirs: Family,
    sentence: impl FnOnce() -> bool,
) -> bool {
    let block = if w.non_latin >= MIN_COPY_LETTERS {
        // however many Latin names stand beside them
        main_family(b.text.chars(), usize::MAX)
    } else if w.non_latin == 0
        && w.count >= 3
        && w.letters >= 15
        && !marks_code(&b.text)
        && sentence()
    {
        Family::Latin
    } else {
        return false;
    };
    block == theirs && block != mine && block != Family::Other
}

/// Whether a text has the marks of code, a query or a command line (`=`, `;`, `{`, `|`,
/// operators, ` -Option`), which no sentence has (a path, `C:\\dir\\file.txt`, may stand
/// in one).
fn marks_code(text: &str) -> bool {
    text.contains(['{', '}', '=', '$', ';', '|', '<', '>', '+', '*']) || text.contains(" -")
}

/// Whether a text has a word (lower-cased) of `words`.
fn says_a_function_word(text: &str, words: &FxHashSet<String>) -> bool {
    text.split(|c: char| !is_letter(c))
        .any(|t| !t.is_empty() && words.contains(crate::text::lower(t).as_ref()))
}

/// Why a block is not in its locale's language.
enum Verdict {
    SameAsSource,
    /// Identical to the same section's block in this other document.
    SameAs(usize),
    /// Identified as this language with this confidence.
    Language(Lang, f64),
    /// One sentence of it, in Latin letters, identified as this language.
    Sentence(Lang, f64, String),
    /// One sentence of it in the source language (this language): so many of its words
    /// are the source language's function words, of so many.
    SourceWords(Lang, usize, usize, String),
}

/// Function words per language subtag (`data/function_words.toml`).
static FUNCTION_WORDS: &str = include_str!("data/function_words.toml");

/// The function words per language subtag.
fn function_table() -> &'static BTreeMap<String, FxHashSet<String>> {
    static WORDS: OnceLock<BTreeMap<String, FxHashSet<String>>> = OnceLock::new();
    WORDS.get_or_init(|| toml::from_str(FUNCTION_WORDS).expect("function_words.toml parses (tested)"))
}

/// The function words of a language subtag (none when the data has no list for it).
fn function_words(language: &str) -> &'static FxHashSet<String> {
    static NONE: OnceLock<FxHashSet<String>> = OnceLock::new();
    function_table()
        .get(language)
        .unwrap_or_else(|| NONE.get_or_init(FxHashSet::default))
}

/// The function words of a language the identifier names, when the data has them.
fn function_words_of(lang: Lang) -> Option<&'static FxHashSet<String>> {
    function_table()
        .iter()
        .find(|(l, _)| blocks::lang_of(l) == Some(lang))
        .map(|(_, words)| words)
}

/// Function words of the source language a sentence needs, and the share of its words
/// they must reach (one in `SOURCE_SHARE`).
const MIN_SOURCE_WORDS: usize = 3;
/// Words that are not names a sentence in the source language needs, whatever names it has.
const MIN_PLAIN_WORDS: usize = 5;
const SOURCE_SHARE: usize = 4;

/// The first sentence of a text (split at letters of other scripts than Latin and after
/// `.`, `!` or `?` before a capital) with at least [`MIN_WORDS`] words (not code, numbers
/// or Capitalised names), at least [`MIN_SOURCE_WORDS`] of them and one in
/// [`SOURCE_SHARE`] function words of the source language (`source`) and none a function
/// word of the locale's language (`own`; words both languages have count for neither):
/// `(sentence, source function words, words)`.
fn source_sentence(
    text: &str,
    source: &FxHashSet<String>,
    own: &FxHashSet<String>,
) -> Option<(String, usize, usize)> {
    if source.is_empty() {
        return None;
    }
    for run in latin_runs(text) {
        // a block of another script splits into a run per letter
        if run.len() < MIN_SENTENCE_LETTERS {
            continue;
        }
        for (a, b) in sentences(run) {
            let raw = run.get(a..b).unwrap_or("");
            let outside = |c: char| !is_letter_or_digit(c);
            let start = raw.len() - raw.trim_start_matches(outside).len();
            let sentence = raw.get(start..).unwrap_or("").trim_end_matches(outside);
            // the cheap tests first: as many bytes as letters, then no function word of
            // the locale's language (most sentences of a translation fail here, at one
            // of their first words)
            if sentence.len() < MIN_SENTENCE_LETTERS {
                continue;
            }
            let Some(w) = source_words(sentence, source, own) else {
                continue;
            };
            // Names count towards its length, as many as it has words at most: "For
            // more information, see Azure Key Vault PowerShell or Azure Key Vault CLI"
            // is a sentence, "Microsoft Azure for the Internet of Things" a name.
            let names = &w.names[..w.names.len().min(w.count)];
            // (its letters counted only for a sentence that passes the rest)
            if w.count + names.len() < MIN_WORDS
                || w.count < MIN_PLAIN_WORDS
                || 3 * w.code > w.tokens
                || w.source < MIN_SOURCE_WORDS
                || SOURCE_SHARE * w.source < w.count - w.both
                || blocks::read_words(sentence, |_| {}).letters
                    + w.capitals.iter().chain(names).map(|c| blocks::letters(c)).sum::<usize>()
                    < MIN_SENTENCE_LETTERS
            {
                continue;
            }
            // A title or UI name glossed in parentheses (`Create a vault (Создание …)`),
            // or the original name given after a translation (`… (Create a vault)`).
            // What stands before the sentence is `run[..a]` then `raw` up to the
            // sentence; what stands after, `raw` after it then `run[b..]`: each read
            // from the sentence outwards, without copying the run.
            let quotes = |c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»');
            let lead = raw.get(..start).unwrap_or("").trim_end_matches(quotes);
            let opened_before = match lead {
                "" => run.get(..a).unwrap_or("").trim_end_matches(quotes).ends_with('('),
                lead => lead.ends_with('('),
            };
            let tail = raw
                .get(start + sentence.len()..)
                .unwrap_or("")
                .trim_start_matches(quotes);
            let opens_after = match tail {
                "" => run.get(b..).unwrap_or("").trim_start_matches(quotes).starts_with('('),
                tail => tail.starts_with('('),
            };
            // (`glossed` last: it searches the whole text)
            if opened_before || opens_after || glossed(text, sentence) {
                continue;
            }
            return Some((sentence.to_string(), w.source, w.count));
        }
    }
    None
}

/// The words of a sentence the language identifier reads: what [`blocks::words`] keeps,
/// and the Capitalised function words of the source language (`For`, `What`).
fn read_as_source(sentence: &str, source: &FxHashSet<String>) -> String {
    let words: Vec<&str> = blocks::tokens_of(sentence)
        .filter_map(|t| match t {
            blocks::Token::Word(w) => Some(w),
            blocks::Token::Name(n)
                if title_case(n) && source.contains(crate::text::lower(n).as_ref()) =>
            {
                Some(n)
            }
            _ => None,
        })
        .collect();
    words.join(" ")
}

/// Whether a Capitalised word is in title case (`For`), not upper case (`WITH`, `SQL`).
fn title_case(word: &str) -> bool {
    !word.chars().skip(1).any(crate::text::is_upper)
}

/// What [`blocks::read_words`] counts in a sentence (its words, code and tokens), and how
/// many of its words are function words of the source language only (`source`) and of
/// both languages (`both`; `a`, `to` in Czech: they count for neither side).
struct SourceWords<'a> {
    count: usize,
    code: usize,
    tokens: usize,
    source: usize,
    both: usize,
    /// The Capitalised function words among the words (not in `read_words`' words).
    capitals: Vec<&'a str>,
    /// The names (`Azure`, `PowerShell`, `CLI`), which are not words.
    names: Vec<&'a str>,
}

/// The [`SourceWords`] of a sentence, in one pass over its tokens; `None` as soon as a
/// word is a function word of the locale's language (`own`) and not of the source
/// language.
fn source_words<'a>(
    sentence: &'a str,
    source: &FxHashSet<String>,
    own: &FxHashSet<String>,
) -> Option<SourceWords<'a>> {
    let mut w = SourceWords {
        count: 0,
        code: 0,
        tokens: 0,
        source: 0,
        both: 0,
        capitals: Vec::new(),
        names: Vec::new(),
    };
    for token in blocks::tokens_of(sentence) {
        w.tokens += 1;
        match token {
            blocks::Token::Code => w.code += 1,
            blocks::Token::Name(t) if title_case(t) => {
                // a function word is never a name, capital or not (`For`, `What`,
                // `Pour`): it counts as a word (`WITH` in upper case is code's)
                let x = crate::text::lower(t);
                match (source.contains(x.as_ref()), own.contains(x.as_ref())) {
                    (true, false) => w.source += 1,
                    (false, true) => return None,
                    (true, true) => w.both += 1,
                    _ => {
                        w.names.push(t);
                        continue;
                    }
                }
                w.count += 1;
                w.capitals.push(t);
            }
            blocks::Token::Name(t) => w.names.push(t),
            blocks::Token::Word(t) => {
                w.count += 1;
                let x = crate::text::lower(t);
                match (source.contains(x.as_ref()), own.contains(x.as_ref())) {
                    (true, false) => w.source += 1,
                    (false, true) => return None,
                    (true, true) => w.both += 1,
                    _ => {}
                }
            }
        }
    }
    Some(w)
}

/// The runs of a text without letters of other scripts than Latin that are at least
/// [`MIN_SENTENCE_LETTERS`] bytes long (a text in another script splits into a run per
/// letter, and shorter runs are no sentence); an ASCII text is one run, found without
/// reading its characters.
fn latin_runs(text: &str) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let whole = (ascii && text.len() >= MIN_SENTENCE_LETTERS).then_some(text);
    let bytes = text.as_bytes();
    let mut at = if ascii { text.len() } else { 0 };
    let mut start = at;
    let runs = std::iter::from_fn(move || {
        while let Some(&lead) = bytes.get(at) {
            // ASCII (a run of it passed over eight bytes at a time) and the characters of
            // some lead bytes are never of another script, and those of some others are
            // only ever letters of one (both tested); the other characters are decoded
            if lead.is_ascii() {
                at += crate::text::ascii_prefix(bytes.get(at..).unwrap_or_default());
                continue;
            }
            let (len, other) = match lead {
                _ if latin_lead(lead) => (2, false),
                _ => match other_script_lead(lead) {
                    Some(len) => (len, true),
                    None => {
                        let c = text.get(at..).and_then(|t| t.chars().next()).unwrap_or(' ');
                        (c.len_utf8(), other_script(c))
                    }
                },
            };
            let end = at;
            at += len;
            if other {
                let run = text.get(start..end).unwrap_or_default();
                // the letters of another script right after it end empty runs: passed
                // over by their lead bytes
                while let Some(len) = bytes.get(at).and_then(|&b| other_script_lead(b)) {
                    at += len;
                }
                start = at;
                if run.len() >= MIN_SENTENCE_LETTERS {
                    return Some(run);
                }
            }
        }
        let run = text.get(start..).unwrap_or_default();
        start = text.len();
        (run.len() >= MIN_SENTENCE_LETTERS).then_some(run)
    });
    whole.into_iter().chain(runs)
}

/// Whether a UTF-8 lead byte is one of U+00C0 to U+023F (Latin-1 letters, Latin
/// Extended-A and most of B, and `×`, `÷`): never a letter of another script than Latin.
fn latin_lead(lead: u8) -> bool {
    matches!(lead, 0xC3..=0xC8)
}

/// The length of the characters a UTF-8 lead byte starts, when all of them are letters
/// of another script than Latin: U+0400 to U+047F (Cyrillic), U+5000 to U+9FFF (Han)
/// and U+B000 to U+CFFF (Hangul syllables).
fn other_script_lead(lead: u8) -> Option<usize> {
    match lead {
        0xD0 | 0xD1 => Some(2),
        0xE5..=0xE9 | 0xEB | 0xEC => Some(3),
        _ => None,
    }
}

/// Whether a character is a letter of another script than Latin.
fn other_script(c: char) -> bool {
    !blocks::is_latin(c) && is_letter(c)
}

/// The sentences of a run of text, as byte ranges: split after `.`, `!` or `?` and white
/// space before a letter that is not lower case.
fn sentences(run: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    // the marks are ASCII: their bytes are where they are, and one byte long
    let ends = memchr::memchr3_iter(b'.', b'!', b'?', run.as_bytes()).filter_map(|i| {
        let j = i + 1;
        let after = run.get(j..).unwrap_or("");
        if !after.chars().next().is_some_and(char::is_whitespace) {
            return None;
        }
        after
            .trim_start()
            .chars()
            .next()
            .is_some_and(|x| !x.is_lowercase())
            .then_some(j)
    });
    ends.chain(std::iter::once(run.len())).map(move |end| {
        let sentence = (start, end);
        start = end;
        sentence
    })
}

/// The first run of a block's text without letters of other scripts than Latin that is a
/// sentence (at least [`MIN_WORDS`] words, mostly lower-case, [`MIN_SENTENCE_LETTERS`]
/// letters, not code) confidently in another language than `lang`, and is neither glossed
/// (its translation right beside it in brackets or the next table cell: `Error text
/// (Текст ошибки)`) nor the text of a link (the title of a linked page, often kept in
/// the source language on purpose).
fn latin_sentence(detector: &Detector, b: &Block, lang: Lang) -> Option<(String, Lang, f64)> {
    let text = b.text.as_ref();
    for run in latin_runs(text) {
        let run = run.trim_matches(|c: char| !is_letter_or_digit(c));
        // the cheap tests first: a block of another script splits into a run per letter
        if run.len() < MIN_SENTENCE_LETTERS {
            continue;
        }
        let words = blocks::words(run);
        let w = words.counts;
        let lower = crate::text::split_white(run)
            .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
            .count();
        if w.count < MIN_WORDS || w.letters < MIN_SENTENCE_LETTERS || 3 * w.code > w.tokens {
            continue;
        }
        if 2 * lower < w.count {
            continue;
        }
        if glossed(text, run) || link_title(b, run) {
            continue;
        }
        let info = detector.detect(&words.text())?;
        // a sentence has function words: a list of names (`blues, classicalmusic, dance,
        // jazz`) is none, whatever the identifier says
        if info.lang() != lang
            && info.confidence() >= MIN_CONFIDENCE
            && function_words_of(info.lang()).is_none_or(|fw| says_a_function_word(run, fw))
        {
            return Some((run.to_string(), info.lang(), info.confidence()));
        }
    }
    None
}

/// Whether `run` is (mostly) the text of a link of the block: the title of a page in
/// another language, kept as it is.
fn link_title(b: &Block, run: &str) -> bool {
    b.link_texts
        .iter()
        .any(|l| l.contains(run) || run.contains(l) && 2 * l.len() > run.len())
}

/// Whether the translation of `run` (a part of `text`) stands right beside it: after it in
/// brackets or in the next table cell, or around it (`перевод (original)`).
fn glossed(text: &str, run: &str) -> bool {
    let Some(start) = text.find(run) else {
        return false;
    };
    let after = text.get(start + run.len()..).unwrap_or("");
    // (closing brackets too: `[English title (Node)] (Русский (Node))`)
    let after = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ':' | '"' | '”' | '»' | ')' | ']')
    });
    let opens = after.starts_with(['(', '（', '[', '|', '—', '–', '-']);
    let before = text.get(..start).unwrap_or("").trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '«'));
    let inside = before.ends_with(['(', '（']);
    // The bracket itself skipped, the first letter met is of another script than Latin:
    // a look that stops at the first letter, however long the text.
    opens && own_letter_first(after.chars().skip(1))
        || inside && own_letter_first(before.chars().rev().skip(1))
        || quote_glossed(text, start, run.len())
}

/// Whether the first letter of `chars` is of another script than Latin.
fn own_letter_first(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|&c| is_letter(c))
        .is_some_and(|c| !blocks::is_latin(c))
}

/// Whether `text[start..start + len]` stands inside a quotation whose translation follows
/// the closing quote in brackets: `"Sync failed. See X for details" (Сбой синхронизации…)`.
fn quote_glossed(text: &str, start: usize, len: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let straight = before.matches('"').count() % 2 == 1;
    let curly = before.rfind(['“', '«']) > before.rfind(['”', '»']);
    if !straight && !curly {
        return false;
    }
    let after = text.get(start + len..).unwrap_or("");
    let Some(close) = after.find(['"', '”', '»']) else {
        return false;
    };
    let rest = after.get(close + 1..).unwrap_or("").trim_start();
    rest.starts_with(['(', '（']) && own_letter_first(rest.chars().skip(1))
}

impl UntranslatedText {
    /// The language of block `b` (whose word counts are `w`) when it is confidently not
    /// `lang`: read from its letters of other scripts than Latin when it has some (Han,
    /// Hangul, Cyrillic, ...), else from its words.
    fn foreign(
        &self,
        detector: &Detector,
        w: &WordCounts,
        b: &Block,
        lang: Lang,
    ) -> Option<(Lang, f64)> {
        let text = if w.non_latin >= MIN_OWN_SCRIPT {
            b.text
                .chars()
                .map(|c| if blocks::is_latin(c) { ' ' } else { c })
                .collect::<String>()
        } else {
            blocks::words(&b.text).text()
        };
        if w.non_latin >= MIN_OWN_SCRIPT && w.non_latin < MIN_SCRIPT_LETTERS {
            // a few letters of another script: not enough to tell, and too many to say
            // the block is written only in Latin letters
            return None;
        }
        let info = detector.detect(&text)?;
        (info.lang() != lang && info.confidence() >= MIN_CONFIDENCE)
            .then(|| (info.lang(), info.confidence()))
    }

    #[allow(clippy::too_many_arguments)]
    fn finding(
        &self,
        cx: &ArticleContext<'_>,
        d: usize,
        k: usize,
        b: &Block,
        present: &[(usize, &[Block])],
        verdict: Verdict,
        source_locale: &Locale,
    ) -> Finding {
        let art = cx.article;
        let doc = &art.docs[d];
        let what = match b.shape {
            "list-item" => "list item",
            "table-row" => "table row",
            "image" => "image's alt text",
            s => s,
        };
        let mine_lang = name(doc.locale.language());
        let reason = match &verdict {
            Verdict::SameAsSource => format!(
                "this {what} is identical to the {source_locale} source, not translated into {mine_lang}"
            ),
            Verdict::SameAs(e) => format!(
                "this {what} is identical to the {} one, not translated into {mine_lang}",
                art.docs[*e].locale
            ),
            Verdict::Language(l, c) => format!(
                "this {what} is in {}, not in {mine_lang} (whatlang, confidence {c:.2})",
                l.eng_name()
            ),
            Verdict::Sentence(l, c, _) => format!(
                "a sentence of this {what} is in {}, not in {mine_lang} (whatlang, confidence {c:.2})",
                l.eng_name()
            ),
            Verdict::SourceWords(l, src, all, _) => format!(
                "a sentence of this {what} is in {}, not in {mine_lang} ({src} of its {all} words are {} function words)",
                l.eng_name(),
                l.eng_name()
            ),
        };
        let shown = match &verdict {
            Verdict::Sentence(_, _, run) | Verdict::SourceWords(_, _, _, run) => run.as_str(),
            _ => b.text.as_ref(),
        };
        let message = format!("{reason}: «{}»", blocks::snippet(shown, 100));
        let mut f = cx.finding(&Self::META, doc, b.line, message);
        f.subject = format!("untranslated {}", blocks::snippet(&b.text, 60));
        f.help = Some(format!("translate the {what} into {mine_lang}"));
        // The aligned block of the other locales: the same position among blocks of the
        // same shape, when their sections have as many of that shape.
        let nth = present.iter().find(|(e, _)| *e == d).map_or(0, |(_, bs)| {
            bs[..k].iter().filter(|x| x.shape == b.shape).count()
        });
        let count = |bs: &[Block]| bs.iter().filter(|x| x.shape == b.shape).count();
        let mine_count = present
            .iter()
            .find(|(e, _)| *e == d)
            .map_or(0, |(_, bs)| count(bs));
        let mut related: Vec<(usize, &Block)> = present
            .iter()
            .filter(|(e, bs)| *e != d && count(bs) == mine_count)
            .filter_map(|(e, bs)| Some((*e, bs.iter().filter(|x| x.shape == b.shape).nth(nth)?)))
            .collect();
        if let Verdict::SameAs(e) = verdict {
            related.sort_by_key(|(x, _)| *x != e);
        }
        for (e, x) in related.into_iter().take(blocks::RELATED) {
            f.related.push(ArticleContext::related(
                &art.docs[e],
                x.line,
                blocks::snippet(&x.text, 80),
            ));
        }
        f
    }
}

/// The words of an article's prose, read once: each word (lower-cased, as
/// [`blocks::Words::lower`] gives it) with a number of its own, who uses it, and the
/// words of each prose segment.
struct Vocabulary<'a> {
    /// Word -> its number.
    numbers: FxHashMap<Cow<'a, str>, usize>,
    /// By number: when only one document uses the word, that document and how many
    /// times it uses it (`None` for words two documents or more use: they are no
    /// document's own).
    uses: Vec<Option<(usize, usize)>>,
    /// By document and segment: the counts of its words, and where the numbers of its
    /// kept words are in `words` (nothing for segments that are not prose).
    segments: Vec<Vec<(WordCounts, Range<usize>)>>,
    words: Vec<usize>,
    /// Room for [`Vocabulary::own_words`]' list of a block's words.
    mine: Cell<Vec<(usize, usize)>>,
}

impl<'a> Vocabulary<'a> {
    fn new(docs: &[usize], all: &'a [crate::parse::Document]) -> Vocabulary<'a> {
        // room for the words of the prose (a word and its space are some 7 bytes), and
        // for as many different words as one in eight: the tables grow seldom
        let bytes: usize = docs
            .iter()
            .flat_map(|&d| &all[d].segments)
            .filter(|s| s.kind.is_prose())
            .map(|s| s.text.len())
            .sum();
        let mut v = Vocabulary {
            numbers: FxHashMap::with_capacity_and_hasher(bytes / 56, Default::default()),
            uses: Vec::with_capacity(bytes / 56),
            segments: vec![Vec::new(); all.len()],
            words: Vec::with_capacity(bytes / 7),
            mine: Cell::default(),
        };
        for &d in docs {
            let doc = &all[d];
            let mut segments = vec![(WordCounts::default(), 0..0); doc.segments.len()];
            for (s, seg) in segments.iter_mut().zip(&doc.segments) {
                if !seg.kind.is_prose() {
                    continue;
                }
                let start = v.words.len();
                let counts = blocks::read_lower_words(&seg.text, |w| {
                    let next = v.numbers.len();
                    let n = *v.numbers.entry(w).or_insert(next);
                    if n == v.uses.len() {
                        v.uses.push(Some((d, 0)));
                    }
                    match &mut v.uses[n] {
                        Some((e, count)) if *e == d => *count += 1,
                        one @ Some(_) => *one = None,
                        None => {}
                    }
                    v.words.push(n);
                });
                *s = (counts, start..v.words.len());
            }
            v.segments[d] = segments;
        }
        v
    }

    /// The counts of the words of block `b` of document `d` (its segments' counts, table
    /// cells joined), and the numbers of its kept words.
    fn block(&self, d: usize, b: &Block) -> (WordCounts, impl Iterator<Item = usize> + '_) {
        let segments = self
            .segments
            .get(d)
            .and_then(|s| s.get(b.segments.clone()))
            .unwrap_or(&[]);
        let counts = segments
            .iter()
            .map(|(c, _)| *c)
            .reduce(WordCounts::join)
            .unwrap_or_default();
        let numbers = segments
            .iter()
            .flat_map(|(_, r)| self.words.get(r.clone()).unwrap_or(&[]))
            .copied();
        (counts, numbers)
    }

    /// How many of the words `numbers` document `d` uses elsewhere and no other document
    /// of the article uses at all.
    fn own_words(&self, numbers: impl Iterator<Item = usize>, d: usize) -> usize {
        // the words of `d` alone, with how often the article has each: few, then counted
        // here (by their numbers: no string compared or kept)
        // (in a buffer the blocks share: no allocation per block)
        let mut mine = self.mine.take();
        mine.clear();
        mine.extend(numbers.filter_map(|n| match self.uses.get(n) {
            Some(&Some((e, all))) if e == d => Some((n, all)),
            _ => None,
        }));
        mine.sort_unstable();
        let own = mine
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run[0].1 > run.len())
            .map(<[_]>::len)
            .sum();
        self.mine.set(mine);
        own
    }

    /// [`Vocabulary::own_words`] of a text.
    fn own_words_of(&self, text: &str, d: usize) -> usize {
        let w = blocks::words(text);
        self.own_words(w.lower().filter_map(|x| self.numbers.get(&x).copied()), d)
    }
}

/// The English name of a language subtag, for messages (the subtag when unknown).
fn name(language: &str) -> String {
    blocks::lang_of(language).map_or_else(|| language.to_string(), |l| l.eng_name().to_string())
}

#[cfg(test)]
mod gloss_tests {
    use super::glossed;

    proptest::proptest! {
        /// The runs are those of a split at letters of other scripts than Latin, the
        /// short ones left out.
        #[test]
        fn latin_runs_are_the_long_runs_between_other_letters(
            text in "([a-e .é,]|Azure CLI is a tool for|и|中|，|。|키){0,16}"
        ) {
            let other = |c: char| !c.is_ascii() && !super::blocks::is_latin(c) && super::is_letter(c);
            proptest::prop_assert!(!text.is_empty() || super::latin_runs(&text).next().is_none());
            let expected: Vec<&str> = text
                .split(other)
                .filter(|r| r.len() >= super::MIN_SENTENCE_LETTERS)
                .collect();
            proptest::prop_assert_eq!(super::latin_runs(&text).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn the_lead_bytes_told_apart_start_letters_of_other_scripts_only() {
        let mut told = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            if let Some(len) = super::other_script_lead(lead) {
                assert_eq!(len, c.len_utf8(), "U+{:04X}", u32::from(c));
                assert!(super::other_script(c), "U+{:04X}", u32::from(c));
                told += 1;
            }
        }
        assert_eq!(told, 0x80 + 0x5000 + 0x2000);
    }

    #[test]
    fn the_latin_lead_bytes_start_no_letter_of_another_script() {
        let mut told = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            if super::latin_lead(c.encode_utf8(&mut buf).as_bytes()[0]) {
                assert!(!super::other_script(c), "U+{:04X}", u32::from(c));
                told += 1;
            }
        }
        assert_eq!(told, 0x240 - 0xC0);
    }

    #[test]
    fn a_sentence_with_its_translation_beside_it_is_glossed() {
        let error = "The operation could not be completed because the database is not provisioned";
        assert!(glossed(&format!("Ошибка: {error} (Операция не может быть завершена)."), error));
        assert!(glossed(&format!("{error} | Операция не может быть завершена"), error));
        assert!(glossed(&format!("Операция не может быть завершена ({error})"), error));
        assert!(!glossed(&format!("Операции разбиения обрабатывают диапазон. {error}. Затем нажмите ОК."), error));
        // every sentence of a quoted message translated after the closing quote
        let quoted = "\"Sync failed with exception There was an error while trying to deserialize the parameter. See InnerException for more details\" (Сбой синхронизации с исключением.)";
        assert!(glossed(quoted, "Sync failed with exception There was an error while trying to deserialize the parameter"));
        assert!(!glossed("\"Sync failed with an error while trying to read it.\" Затем нажмите ОК.", "Sync failed with an error while trying to read it"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::blocks::tests::page;
    use crate::checks::testing::{file, run};

    const EN: &str = "To create the resource, open the portal and select the options that you want for your new deployment.";
    const FR: &str = "Pour créer la ressource, ouvrez le portail et sélectionnez les options que vous souhaitez pour votre nouveau déploiement.";
    const ES: &str = "Para crear el recurso, abra el portal y seleccione las opciones que desee para su nueva implementación.";
    const DE: &str = "Um die Ressource zu erstellen, öffnen Sie das Portal und wählen Sie die gewünschten Optionen für Ihre neue Bereitstellung aus.";

    #[test]
    fn english_left_in_a_translation_is_reported() {
        let found = beside_de_es("fr-fr/a.md", EN);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "fr-fr/a.md");
        assert!(found[0].message.contains("English"), "{}", found[0].message);
    }

    #[test]
    fn another_locales_text_is_reported_on_the_copy() {
        let found = beside_de_es("fr-fr/a.md", ES);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "fr-fr/a.md");
        assert!(found[0].message.contains("es-es"), "{}", found[0].message);
    }

    #[test]
    fn text_most_locales_share_is_left_alone() {
        let found = run(
            &UntranslatedText,
            &[
                file("de-de/a.md", page(&[EN]), vec![]),
                file("es-es/a.md", page(&[EN]), vec![]),
                file("fr-fr/a.md", page(&[EN]), vec![]),
            ],
        );
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn text_every_translation_keeps_is_left_alone_whatever_its_typography() {
        // the source's statement kept in both translations, French with its own quotes
        // and no-break space: code meant to stay, not an untranslated paragraph
        let code = "USE customers_ks; CREATE TABLE Customers(customer_id int PRIMARY KEY, firstname text, lastname text); INSERT INTO Customers(customer_id, firstname, lastname) VALUES(1, 'John', 'Doe');";
        let fr = code.replace('\'', "’");
        let files = |fr: &str| {
            run(
                &UntranslatedText,
                &[
                    file("en-us/a.md", page(&[EN, code]), vec![]),
                    file("fr-fr/a.md", page(&[FR, fr]), vec![]),
                    file("ko-kr/a.md", page(&["이 문서에서는 서비스를 만드는 방법을 설명합니다.", code]), vec![]),
                ],
            )
        };
        let found = files(&fr);
        assert!(found.is_empty(), "{found:#?}");
        // near miss: French translated it, so Korean's copy of the source is reported
        let found = files("Utilisez ensuite la base de données des clients et ajoutez-y une ligne pour chacun des clients de la table.");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "ko-kr/a.md");
        assert!(typeset(" l’a\u{a0}: ").eq("l'a :"));
    }

    #[test]
    fn text_the_only_other_locale_shares_is_left_alone() {
        // two locales with the same English text (program output, a query): which one
        // should have translated it cannot be told, and both may be right to keep it
        let output = "The service exiting normally, elapsed time: 00:00:42.33, and your query ran in the window of the pool.";
        let found = run(
            &UntranslatedText,
            &[
                file("fr-fr/a.md", page(&[FR, output]), vec![]),
                file("ko-kr/a.md", page(&["이 문서에서는 서비스를 만드는 방법을 설명합니다.", output]), vec![]),
            ],
        );
        assert!(found.is_empty(), "{found:#?}");
        // near miss: a third locale translated it
        let found = run(
            &UntranslatedText,
            &[
                file("fr-fr/a.md", page(&[FR, output]), vec![]),
                file("de-de/a.md", page(&[DE, "Der Dienst wurde normal beendet, und Ihre Abfrage lief im Fenster des Pools."]), vec![]),
                file("ko-kr/a.md", page(&["이 문서에서는 서비스를 만드는 방법을 설명합니다.", output]), vec![]),
            ],
        );
        assert!(!found.is_empty(), "{found:#?}");
    }

    /// The findings of a page `text` at `path` beside the German and Spanish pages.
    fn beside_de_es(path: &'static str, text: &str) -> Vec<Finding> {
        run(
            &UntranslatedText,
            &[
                file("de-de/a.md", page(&[DE]), vec![]),
                file("es-es/a.md", page(&[ES]), vec![]),
                file(path, page(&[text]), vec![]),
            ],
        )
    }

    #[test]
    fn a_clause_of_another_script_is_text_whatever_its_names_and_paths() {
        // whitespace splits Chinese into clauses: `PowerShell` (camel case), `v2」。` (a
        // digit) and `請參閱匯入/匯出…` (a slash) are code tokens, two or three of five
        let zh = ["您可以使用 PowerShell 來設定「自動備份 v2」。 開始進行之前，您必須：", "如需複製記錄的格式和狀態碼的完整清單，請參閱匯入/匯出服務記錄檔格式。"];
        let ru = "Чтобы создать ресурс, откройте портал и выберите параметры нового развертывания.";
        let ko = "리소스를 만들려면 포털을 열고 새 배포에 사용할 옵션을 선택합니다.";
        let ja = "リソースを作成するには、ポータルを開いて、新しいデプロイに使うオプションを選択します。";
        for pasted in zh {
            for (path, own) in [("fr-fr/a.md", FR), ("ru-ru/a.md", ru), ("ko-kr/a.md", ko)] {
                let found = run(
                    &UntranslatedText,
                    &[
                        file("de-de/a.md", page(&[DE, "Sie können PowerShell verwenden."]), vec![]),
                        file("es-es/a.md", page(&[ES, "Puede usar PowerShell."]), vec![]),
                        // (a page long enough that its own script is told)
                        file(path, page(&[own, own, own, pasted]), vec![]),
                        file("zh-tw/a.md", page(&["若要建立資源，請開啟入口網站並選取您想要用於新部署的選項。", pasted]), vec![]),
                    ],
                );
                assert_eq!(found.len(), 1, "{path} {pasted}: {found:#?}");
                assert_eq!(found[0].path, path);
            }
            // near miss: in a page whose own letters are Han and kana, Han letters are
            // not another script, and the block stays mostly code as before
            let found = run(
                &UntranslatedText,
                &[
                    file("de-de/a.md", page(&[DE, "Sie können PowerShell verwenden."]), vec![]),
                    file("es-es/a.md", page(&[ES, "Puede usar PowerShell."]), vec![]),
                    file("ja-jp/a.md", page(&[ja, pasted]), vec![]),
                    file("zh-tw/a.md", page(&["若要建立資源，請開啟入口網站並選取您想要用於新部署的選項。", pasted]), vec![]),
                ],
            );
            assert!(found.is_empty(), "{pasted}: {found:#?}");
        }
    }

    #[test]
    fn an_image_alt_text_pasted_from_a_locale_of_another_script_is_reported() {
        let ru = "Чтобы создать ресурс, откройте портал и выберите параметры нового развертывания.";
        let zh = "若要建立資源，請開啟入口網站並選取您想要用於新部署的選項。";
        let pages = |es_alt: &str, fr_alt: &str| {
            run(
                &UntranslatedText,
                &[
                    file("de-de/a.md", page(&[DE, "![Seite mit PHP-Informationen](./media/php.png)"]), vec![]),
                    file("es-es/a.md", page(&[ES, &format!("![{es_alt}](./media/php.png)")]), vec![]),
                    file("fr-fr/a.md", page(&[FR, &format!("![{fr_alt}](./media/php.png)")]), vec![]),
                    file("ru-ru/a.md", page(&[ru, "![Страница сведений о PHP](./media/php.png)"]), vec![]),
                    file("zh-tw/a.md", page(&[zh, "![PHP 資訊頁面](./media/php.png)"]), vec![]),
                ],
            )
        };
        let found = pages("Страница сведений о PHP", "Page d'informations PHP");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "es-es/a.md");
        assert!(found[0].message.contains("alt text is identical to the ru-ru one"), "{}", found[0].message);
        // near misses: an alt text in Latin letters (a name may be kept on purpose), one
        // that another locale of the same script has too, and a translated one
        assert!(pages("PHP info page", "PHP info page").is_empty());
        assert!(pages("Página de información de PHP", "Page d'informations PHP").is_empty());
    }

    #[test]
    fn a_short_block_pasted_from_a_locale_of_another_script_is_reported() {
        // too short for the language identifier; its script says it is zh-tw's
        let zh = "若要建立資源，請開啟入口網站並選取您想要用於新部署的選項。這些選項會決定資源的位置、定價層與存取方式，請在繼續之前仔細檢閱每一個設定，並確認其符合您組織的需求與原則。";
        let ja = "リソースを作成するには、ポータルを開いて、新しいデプロイに使うオプションを選択します。これらのオプションによって、リソースの場所と価格レベルが決まります。";
        let copy = "如果尚未安裝 Azure CLI，請先安裝。";
        let found = run(
            &UntranslatedText,
            &[
                file("de-de/a.md", page(&[DE, "Installieren Sie die Azure CLI."]), vec![]),
                file("es-es/a.md", page(&[ES, "Instale la CLI de Azure."]), vec![]),
                file("fr-fr/a.md", page(&[FR, "Installieren Sie die Azure CLI."]), vec![]),
                file("ja-jp/a.md", page(&[ja, copy]), vec![]),
                file("zh-tw/a.md", page(&[zh, copy]), vec![]),
            ],
        );
        // near misses: fr has de's short text (one script: not told by script), and
        // ja has zh-tw's (Han letters are both's)
        assert!(found.is_empty(), "{found:#?}");
        let found = run(
            &UntranslatedText,
            &[
                file("de-de/a.md", page(&[DE, "Installieren Sie die Azure CLI."]), vec![]),
                file("es-es/a.md", page(&[ES, copy]), vec![]),
                file("fr-fr/a.md", page(&[FR, "Installez Azure CLI d'abord."]), vec![]),
                file("zh-tw/a.md", page(&[zh, copy]), vec![]),
            ],
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "es-es/a.md");
        assert!(found[0].message.contains("zh-tw"), "{}", found[0].message);
    }

    #[test]
    fn a_short_source_block_left_in_a_page_of_another_script_is_reported() {
        // too short for the language identifier; de and ja translated it, zh-cn kept the
        // source's English
        let ja = "リソースを作成するには、ポータルを開いて、新しいデプロイに使うオプションを選択します。";
        let zh = "若要创建资源，请打开门户并选择要用于新部署的选项。";
        let pages = |left: &str| {
            run(
                &UntranslatedText,
                &[
                    file("en-us/a.md", page(&[EN, left]), vec![]),
                    file("de-de/a.md", page(&[DE, "Wählen Sie den Schlüssel aus."]), vec![]),
                    file("ja-jp/a.md", page(&[ja, "キーを選択して待ちます。"]), vec![]),
                    file("zh-cn/a.md", page(&[zh, left]), vec![]),
                ],
            )
        };
        let found = pages("Select the key and wait for it.");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "zh-cn/a.md");
        assert!(found[0].message.contains("en-us"), "{}", found[0].message);
        // near miss: a product name kept in English is no sentence
        assert!(pages("Azure Key Vault Managed HSM").is_empty());
    }

    #[test]
    fn a_command_in_a_paragraph_is_not_pasted_text() {
        // three locales: zh-tw and es-es share a paragraph of Latin words that is not a
        // sentence (a command, a query); a French sentence pasted into zh-tw is one
        let zh = "若要建立資源，請開啟入口網站並選取您想要用於新部署的選項。這些選項會決定資源的位置、定價層與存取方式。";
        let ko = "리소스를 만들려면 포털을 열고 새 배포에 사용할 옵션을 선택합니다. 이러한 옵션에 따라 리소스의 위치가 결정됩니다.";
        let pages = |copy: &str| {
            run(
                &UntranslatedText,
                &[
                    file("es-es/a.md", page(&[ES, copy]), vec![]),
                    file("ko-kr/a.md", page(&[ko, "명령을 실행합니다."]), vec![]),
                    file("zh-tw/a.md", page(&[zh, copy]), vec![]),
                ],
            )
        };
        for code in [
            "mvn clean package -DskipTests",
            "TCP port 445 (microsoft-ds service): FILTERED",
            "Type=DataSyncLog_CL LogLevel_s!=Success | measure count() by SyncGroupName_s",
        ] {
            let found = pages(code);
            assert!(found.is_empty(), "{code}: {found:#?}");
        }
        let found = pages("Guarde el archivo en una ubicación local como C:\\Import\\props.txt.");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].path, "zh-tw/a.md");
    }

    #[test]
    fn a_list_of_latin_names_in_a_russian_sentence_is_not_english() {
        let cs = "* **$VenueType** = jeden z typů předdefinovaného místo: *modré*, classicalmusic, tance, jazz, judo, motorracing víceúčelových, opera, rockmusic, fotbalový.";
        let beside_cs = |ru: &str| {
            run(
                &UntranslatedText,
                &[
                    file("cs-cz/a.md", page(&[cs]), vec![]),
                    file("ru-ru/a.md", page(&[ru]), vec![]),
                ],
            )
        };
        let ru = "* **$VenueType** — один из предопределенных типов мероприятия: *blues*, classicalmusic, dance, jazz, judo, motorracing, multipurpose, opera, rockmusic, soccer.";
        let found = beside_cs(ru);
        assert!(found.is_empty(), "{found:#?}");
        // near miss: an English sentence there is one
        let ru = "* **$VenueType** — один из предопределенных типов мероприятия. To specify an operation with an unbounded high key, check the box and leave the field empty.";
        let found = beside_cs(ru);
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn a_short_sentence_of_names_and_source_words_is_read() {
        let fr = "Pour créer la ressource, ouvrez le portail et sélectionnez les options. For more information, see Azure Key Vault PowerShell or Azure Key Vault CLI. Ensuite, enregistrez les modifications dans le portail.";
        let found = beside_de_es("fr-fr/a.md", fr);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("«For more information"), "{}", found[0].message);
        // near misses: a name of few words; an English page's title as a link's text
        let fr = "Pour créer la ressource, ouvrez le portail Microsoft Azure for the Internet of Things et sélectionnez les options du service.";
        let found = beside_de_es("fr-fr/a.md", fr);
        assert!(found.is_empty(), "{found:#?}");
        let ru = "* [Azure CLI: How to delete and re-deploy a VM from VHD](https://blogs.example.com/azure-cli-redeploy) (Azure CLI. Как удалить виртуальную машину и повторно развернуть ее с виртуального жесткого диска)";
        let found = beside_de_es("ru-ru/a.md", ru);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn translations_are_quiet() {
        let found = beside_de_es("fr-fr/a.md", FR);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn an_english_sentence_inside_a_french_paragraph_is_reported() {
        let fr = "Pour créer la ressource, ouvrez le portail et sélectionnez les options. You can either create your own keys and store them in a vault, or you can use the service to generate them. Ensuite, enregistrez les modifications dans le portail.";
        let found = beside_de_es("fr-fr/a.md", fr);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].message.contains("function words"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("«You can either"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_short_english_sentence_opened_by_a_capital_function_word_is_reported() {
        // `For` and `What` are function words, not names: the sentence has its 6 words
        let fr = "Le code suivant crée un objet de service. For more information about Azure Key Vault, see What is Azure Key Vault? Ensuite, enregistrez les modifications dans le portail.";
        let found = beside_de_es("fr-fr/a.md", fr);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("«For more information"), "{}", found[0].message);
        // near misses: query keywords in upper case are code, and an English title
        // glossed with its translation after its closing bracket is kept on purpose
        for (path, text) in [
            ("fr-fr/a.md", "Exécutez la requête suivante : CREATE TABLE customers WITH options FOR the data USE customers AND it IS done; puis enregistrez."),
            ("ru-ru/a.md", "How to get started with device management (Node) (Начало работы с управлением устройствами (Node))"),
        ] {
            let found = beside_de_es(path, text);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
    }

    #[test]
    fn an_english_ui_string_in_a_french_sentence_is_quiet() {
        let fr = "Pour créer la ressource, sélectionnez Add a new key to the vault of your choice dans le menu de gauche, puis enregistrez les modifications.";
        let found = beside_de_es("fr-fr/a.md", fr);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn source_sentences_need_the_source_words_and_none_of_the_locale() {
        let (en, fr, ru) = (
            function_words("en"),
            function_words("fr"),
            function_words("ru"),
        );
        let s = source_sentence(
            "Il faut un coffre. There is no further action required from the user.",
            en,
            fr,
        );
        assert_eq!(
            s.map(|x| x.0),
            Some("There is no further action required from the user".to_string())
        );
        // a French sentence with a few English words
        assert!(source_sentence(
            "Cliquez sur the next page pour voir les options de la table.",
            en,
            fr
        )
        .is_none());
        // an English title glossed in parentheses, and a name given after a translation
        assert!(source_sentence(
            "См. [Create a key vault and add a secret to the vault](x.md) (Создание хранилища).",
            en,
            ru
        )
        .is_none());
        assert!(source_sentence(
            "См. Создание хранилища (Create a key vault and add a secret to the vault).",
            en,
            ru
        )
        .is_none());
        assert!(source_sentence(
            "См. статью. Create a key vault and add a secret to the vault of your choice.",
            en,
            ru
        )
        .is_some());
    }

    #[test]
    fn source_words_count_what_words_counts() {
        let (en, none) = (function_words("en"), function_words("none"));
        for text in [
            "Use the az vm create command with Azure PowerShell and --resource-group myGroup.",
            "Les données «chiffrées» au REPOS : clé gérée par le client (CMK).",
            "使用 Azure 入口網站 的 金鑰 'name' x=1",
            "",
        ] {
            let w = blocks::words(text);
            let s = source_words(text, en, none).expect("no word of the locale's own");
            // and the Capitalised function words (`Use`) as words too
            assert_eq!(
                (s.count, s.code, s.tokens),
                (w.counts.count + s.capitals.len(), w.counts.code, w.counts.tokens),
                "{text}"
            );
        }
        let s = source_words("Use the az vm create command with it", en, none);
        assert_eq!(s.map(|s| (s.source, s.both, s.capitals)), Some((4, 0, vec!["Use"])));
        assert!(source_words("Use the key dans le portail", en, function_words("fr")).is_none());
    }

    #[test]
    fn function_words_are_canonical() {
        let words: BTreeMap<String, Vec<String>> = toml::from_str(FUNCTION_WORDS).expect("parses");
        assert!(words.contains_key("en"));
        for (language, list) in &words {
            assert!(blocks::lang_of(language).is_some(), "{language}");
            let mut sorted = list.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(&sorted, list, "{language}: sorted, each word once");
            assert!(
                list.iter().all(|w| *w == w.to_lowercase()),
                "{language}: lower case"
            );
        }
    }
}
