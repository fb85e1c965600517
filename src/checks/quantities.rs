//! Numbers in prose read as quantities, the way a locale's language writes them.
//!
//! `1 200` (space, NBSP, narrow NBSP, thin space), `1.200` (es), `1,200` (en) and `1'200`
//! are 1200; `1,5` (fr) and `1.5` (en) are 1.5; `4 p.m.`, `4 PM`, `16:00` and `16 h` are
//! the time 16:00; `3-5`, `3 à 5`, `３～５` are 3 and 5; `50 %` is 50 (units never matter).
//! Text is read after NFKC, so full-width digits are ASCII digits.
//!
//! Not quantities, and never read: list numbers (`1.` or `1)` opening a paragraph, item or
//! cell), numbers inside identifiers (`Standard_D2s_v3`, `sha256`, `x64`, `AES-256`), URLs,
//! paths, file names and numeric dates. A dotted number of three or more parts that is not
//! a grouped integer (`1.2.3`, `10.0.0.1`) is a version or an address: its key is the
//! number as written.

use crate::locale::Locale;
use crate::text::{is_letter, is_letter_or_digit};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// The decimal separator of each language (a locale's language subtag). The other one of
/// Characters that scale the number before them in Chinese, Japanese and Korean, with
/// the power of ten each stands for (`十`, `百` and `千` only before a larger one:
/// `6 百萬`, `6천만`).
const SCALE_CHARS: [(char, u32); 16] = [
    ('十', 1),
    ('百', 2),
    ('백', 2),
    ('千', 3),
    ('천', 3),
    ('万', 4),
    ('萬', 4),
    ('만', 4),
    ('億', 8),
    ('亿', 8),
    ('억', 8),
    ('兆', 12),
    ('조', 12),
    ('십', 1),
    ('仟', 3),
    ('佰', 2),
];

/// Words that scale the number before them (thousand, million, billion) in the languages
/// of the docs, by their start, with the power of ten: the number alone is not the
/// quantity. (A billion is 10⁹ as the English source means it; translations say
/// `milliard`, `mil millones`.)
const SCALE_STEMS: [(&str, u32); 35] = [
    ("thousand", 3),
    ("тысяч", 3),
    ("тыс", 3),
    ("tisíc", 3),
    ("tys", 3),
    ("tausend", 3),
    ("duizend", 3),
    ("tusen", 3),
    ("ezer", 3),
    ("million", 6),
    ("milion", 6),
    ("millón", 6),
    ("millones", 6),
    ("milhão", 6),
    ("milhões", 6),
    ("miljoen", 6),
    ("miljon", 6),
    ("millió", 6),
    ("milyon", 6),
    ("mio", 6),
    ("mln", 6),
    ("миллион", 6),
    ("млн", 6),
    ("billion", 9),
    ("miliard", 9),
    ("milliard", 9),
    ("miljard", 9),
    ("milyar", 9),
    ("bilhão", 9),
    ("bilhões", 9),
    ("mrd", 9),
    ("mld", 9),
    ("миллиард", 9),
    ("млрд", 9),
    ("mil", 3),
];

/// `.` and `,`, spaces and `'` group digits by three. A language not listed is read
/// tolerantly: a single `.` or `,` before three digits groups them.
const DECIMAL_SEPARATOR: &[(&str, char)] = &[
    ("ar", ','),
    ("bg", ','),
    ("ca", ','),
    ("cs", ','),
    ("da", ','),
    ("de", ','),
    ("el", ','),
    ("en", '.'),
    ("es", ','),
    ("et", ','),
    ("fi", ','),
    ("fr", ','),
    ("he", '.'),
    ("hr", ','),
    ("hu", ','),
    ("id", ','),
    ("it", ','),
    ("ja", '.'),
    ("ko", '.'),
    ("lt", ','),
    ("lv", ','),
    ("nb", ','),
    ("nl", ','),
    ("pl", ','),
    ("pt", ','),
    ("ro", ','),
    ("ru", ','),
    ("sk", ','),
    ("sl", ','),
    ("sr", ','),
    ("sv", ','),
    ("th", '.'),
    ("tr", ','),
    ("uk", ','),
    ("vi", ','),
    ("zh", '.'),
];

/// Words that make the hour before them (or, for the CJK ones, after them) a time of day
/// before noon, and after noon. Compared ignoring ASCII case.
const BEFORE_NOON: &[&str] = &["a.m.", "am", "오전", "上午", "午前"];
const AFTER_NOON: &[&str] = &["p.m.", "pm", "오후", "下午", "午後"];

/// Words written after the hour and after the minutes of a time of day: `4시 30분`,
/// `4點30分`.
const HOUR_WORDS: &[&str] = &["시", "點", "点", "時"];
const MINUTE_WORDS: &[&str] = &["분", "分"];

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conventions {
    /// `.` or `,`; `None` reads tolerantly.
    decimal: Option<char>,
}

impl Conventions {
    /// No known convention: a single `.` or `,` before exactly three digits groups them.
    pub const TOLERANT: Conventions = Conventions { decimal: None };

    /// The conventions of a locale's language, tolerant when the language is not listed.
    pub fn of(locale: &Locale) -> Conventions {
        let decimal = DECIMAL_SEPARATOR
            .binary_search_by(|(l, _)| (*l).cmp(locale.language()))
            .ok()
            .map(|i| DECIMAL_SEPARATOR[i].1);
        Conventions { decimal }
    }
}

/// One quantity of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// The value under the text's conventions: `1200`, `1.5`, `16:00`, `1.2.3`.
    pub key: String,
    /// The number as written (NFKC), e.g. `1 200`, `4 p.m.`.
    pub shown: String,
    /// Other values the same writing may have under another convention (`1,200` is also
    /// 1.2) or as a time of day (`16 h`, `4:00` is also 16:00).
    pub also: Vec<String>,
    /// Where it stands: a range of chars of the text as [`normalized`].
    pub span: (usize, usize),
}

/// The quantities of a prose text, in order.
pub fn read(text: &str, conv: Conventions) -> Vec<Quantity> {
    // a number starts at an ASCII digit of the normalised text: none, nothing to read
    if !may_hold_digits(text) {
        return Vec::new();
    }
    let chars = normalized(text);
    Scanner {
        t: &chars,
        conv,
        out: Vec::new(),
    }
    .run()
}

/// Where a chunk that ends with a number in parentheses (`name(1)`, `name(12).`) has
/// that marker start: the `(`.
fn marker_start(chunk: &[char]) -> Option<usize> {
    let end = chunk.len()
        - chunk
            .iter()
            .rev()
            .take_while(|c| matches!(c, '.' | ',' | ';' | ':'))
            .count();
    let body = chunk.get(..end)?.strip_suffix(&[')'])?;
    let digits = body.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let open = body.len().checked_sub(digits + 1)?;
    (digits > 0 && body.get(open) == Some(&'(') && open > 0).then_some(open)
}

/// Whether the NFKC form of `text` may hold an ASCII digit: it has one, or a character
/// outside the scripts known to normalise to none (full-width `５`, superscript `²`,
/// circled `①`, `¼` all do).
fn may_hold_digits(text: &str) -> bool {
    // (an ASCII digit is not digit-free: one pass over the characters of a text that is
    // not ASCII answers both)
    if text.is_ascii() {
        return text.bytes().any(|b| b.is_ascii_digit());
    }
    // the bytes told apart without decoding: ASCII, continuation bytes, and the lead
    // bytes of characters that are all digit-free ([`digit_free_lead`], tested); the
    // other characters decoded
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'0'..=b'9' => true,
        0x00..=0xBF => false,
        _ if digit_free_lead(b) => false,
        _ => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(|c| !digit_free(c)),
    })
}

/// Whether all characters a UTF-8 lead byte starts are [`digit_free`]: U+00C0 to U+04FF
/// (Latin-1 letters, Latin Extended, Greek, Cyrillic), U+5000 to U+9FFF (Han) and
/// U+B000 to U+CFFF (Hangul syllables).
fn digit_free_lead(b: u8) -> bool {
    matches!(b, 0xC3..=0xD3 | 0xE5..=0xE9 | 0xEB | 0xEC)
}

/// Whether the NFKC form of `c` is surely free of ASCII digits (tested for every
/// character the ranges hold).
fn digit_free(c: char) -> bool {
    matches!(c,
        '\0'..='/' | ':'..='\u{7f}'
        | '\u{a0}'..='\u{b1}' | '\u{b4}'..='\u{b8}' | '\u{ba}'..='\u{bb}' | '\u{bf}'..='\u{52f}'
        | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7a3}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff5e}'
    )
}

/// The chars of a text the way [`read`] sees them (NFKC), which [`Quantity::span`] counts.
pub fn normalized(text: &str) -> Vec<char> {
    if text.is_ascii() {
        return text.chars().collect();
    }
    // a text of characters that are their own NFKC form whatever stands beside them is
    // its own NFKC form (and has no full-width comma): most prose of every script
    // (read once: the characters kept as they are checked)
    let mut chars = Vec::with_capacity(text.len());
    let stable = text.chars().all(|c| {
        chars.push(c);
        nfkc_stable(c)
    });
    if stable {
        chars
    } else {
        spaced(text).nfkc().collect()
    }
}

/// `text` with its full-width punctuation made what [`normalized`] reads: a full-width
/// comma separates clauses, never digit groups (it becomes `、`); full-width colons,
/// semicolons and parentheses stand between words as a space does (`圖 2：SAP.psm1` is a
/// number and a file name, not one name `2:SAP.psm1`), so they get a space on their
/// outer side.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '，' => out.push('、'),
            '：' | '；' | '）' => {
                out.push(c);
                out.push(' ');
            }
            '（' => {
                out.push(' ');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether `c` is its own NFKC form in any text: its NFKC quick check is Yes and its
/// canonical combining class 0, so nothing before or after it recomposes or reorders
/// with it (UAX #15: a text of such characters is in NFKC). Han and Hangul syllables by
/// their ranges (tested), the rest of the first 12,544 characters (Latin, Greek,
/// Cyrillic, punctuation, kana) from a table made once; every other character is not
/// known to be stable.
fn nfkc_stable(c: char) -> bool {
    const TABLE_END: usize = 0x3100;
    static TABLE: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    match c {
        '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => true,
        _ if (c as usize) < TABLE_END => {
            let table = TABLE.get_or_init(|| {
                let mut bits = vec![0u64; TABLE_END / 64];
                for c in (0..TABLE_END as u32).filter_map(char::from_u32) {
                    if quick_stable(c) {
                        bits[c as usize / 64] |= 1 << (c as usize % 64);
                    }
                }
                bits
            });
            table[c as usize / 64] >> (c as usize % 64) & 1 == 1
        }
        _ => false,
    }
}

/// [`nfkc_stable`] asked of the Unicode tables.
fn quick_stable(c: char) -> bool {
    unicode_normalization::char::canonical_combining_class(c) == 0
        && unicode_normalization::is_nfkc_quick(std::iter::once(c))
            == unicode_normalization::IsNormalized::Yes
}

/// Small numbers written as words in a text of `language` (`two`, `dvě`, `трех`, `三個`):
/// whole words of `data/number_words.toml`, and in Chinese and Japanese a lone Han
/// numeral before a counter, read as quantities whose value is the number.
pub fn number_words(text: &str, language: &str) -> Vec<Quantity> {
    #[derive(serde::Deserialize)]
    struct Han {
        numerals: BTreeMap<char, u32>,
        counters: String,
        languages: Vec<String>,
    }
    #[derive(serde::Deserialize)]
    struct Data {
        han: Han,
        #[serde(flatten)]
        words: BTreeMap<String, rustc_hash::FxHashMap<String, u32>>,
    }
    /// The data, and per language the first letters its words may have (either case) and
    /// their longest length in bytes: most words of a text are passed over on those. Of
    /// the Han numerals, a bit per `char % 64` (most characters of a text are passed
    /// over on it) and whether none is ASCII (an ASCII text then has none).
    struct Lists {
        data: Data,
        firsts: BTreeMap<String, (Firsts, usize)>,
        numeral_bits: u64,
        numerals_ascii: bool,
    }
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let data: Data = toml::from_str(include_str!("data/number_words.toml"))
            .expect("number_words.toml parses (tested)");
        let firsts = data
            .words
            .iter()
            .map(|(language, words)| {
                let first = Firsts::of(
                    words
                        .keys()
                        .filter_map(|w| w.chars().next())
                        .flat_map(|c| c.to_lowercase().chain(c.to_uppercase()).chain([c])),
                );
                let longest = words.keys().map(String::len).max().unwrap_or(0);
                (language.clone(), (first, longest))
            })
            .collect();
        let numeral_bits = data
            .han
            .numerals
            .keys()
            .fold(0, |bits, &c| bits | 1 << (u32::from(c) % 64));
        let numerals_ascii = data.han.numerals.keys().any(char::is_ascii);
        Lists {
            data,
            firsts,
            numeral_bits,
            numerals_ascii,
        }
    });
    let data = &lists.data;
    let quantity = |n: u32, shown: &str, span: (usize, usize)| Quantity {
        key: n.to_string(),
        shown: shown.to_string(),
        also: Vec::new(),
        span,
    };
    let mut out = Vec::new();
    if data.han.languages.iter().any(|l| l == language) {
        if text.is_ascii() && !lists.numerals_ascii {
            return out;
        }
        let numeral = |c: char| {
            (lists.numeral_bits >> (u32::from(c) % 64) & 1 == 1)
                .then(|| data.han.numerals.get(&c).copied())
                .flatten()
        };
        // a numeral alone (no numeral before or after it) before a counter
        let mut after_numeral = false;
        let mut chars = text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let Some(n) = numeral(c) else {
                after_numeral = false;
                continue;
            };
            let next = chars.peek().map(|&(_, next)| next);
            let alone = !after_numeral && next.and_then(numeral).is_none();
            let counted = next.is_some_and(|next| data.han.counters.contains(next));
            if alone && counted {
                out.push(quantity(n, &c.to_string(), (i, i + 1)));
            }
            after_numeral = true;
        }
        return out;
    }
    let (Some(words), Some((firsts, longest))) =
        (data.words.get(language), lists.firsts.get(language))
    else {
        return out;
    };
    // a word of the list, `shown` at chars `first..end`
    let mut read = |shown: &str, first: usize, end: usize| {
        // lower-case only a word that may be one of the list (a character's lower case
        // is at most three times shorter in bytes: `K` (Kelvin) is `k`)
        if shown.len() > 3 * longest || !shown.chars().next().is_some_and(|c| firsts.contains(c)) {
            return;
        }
        if let Some(&n) = words.get(crate::text::lower(shown).as_ref()) {
            out.push(quantity(n, shown, (first, end)));
        }
    };
    // the words are the runs of letters and digits ([`is_letter_or_digit`]), found in
    // one pass over the bytes: runs of ASCII bytes (a byte, a char) are passed over
    // without decoding, and only the other characters are decoded
    let bytes = text.as_bytes();
    let (mut at, mut i) = (0, 0);
    // where the word being read starts: (char, byte)
    let mut start: Option<(usize, usize)> = None;
    while let Some(&b) = bytes.get(at) {
        let (word, len) = if b.is_ascii() {
            // the run of ASCII bytes of one kind (letters and digits, or not) from here
            let kind = ASCII_KIND[usize::from(b)];
            let run =
                crate::text::class_run(bytes.get(at..).unwrap_or_default(), &ASCII_KIND, kind);
            (kind == ALNUM, run)
        } else {
            let c = text.get(at..).and_then(|t| t.chars().next()).unwrap_or(' ');
            (is_letter_or_digit(c), c.len_utf8())
        };
        match (word, start) {
            (true, None) => start = Some((i, at)),
            (false, Some((first, from))) => {
                start = None;
                read(text.get(from..at).unwrap_or_default(), first, i);
            }
            _ => {}
        }
        // an ASCII run is as many chars as bytes, another character one char
        i += if b.is_ascii() { len } else { 1 };
        at += len;
    }
    if let Some((first, from)) = start {
        read(text.get(from..).unwrap_or_default(), first, i);
    }
    out
}

/// What a byte is to [`number_words`]: an ASCII letter or digit (`ALNUM`), another ASCII
/// character (`OTHER`), or a byte of a character that is not ASCII (`NOT_ASCII`).
const ALNUM: u8 = 1;
const OTHER: u8 = 0;
const NOT_ASCII: u8 = 2;
const ASCII_KIND: [u8; 256] = {
    let mut table = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// A set of characters that answers for ASCII ones with a bit each, and for most others
/// with a bit per `char % 64` none of its characters has (the first letters of the number
/// words of a language: looked up for every word of a text).
struct Firsts {
    ascii: u128,
    other_bits: u64,
    other: rustc_hash::FxHashSet<char>,
}

impl Firsts {
    fn of(chars: impl Iterator<Item = char>) -> Firsts {
        let mut set = Firsts {
            ascii: 0,
            other_bits: 0,
            other: Default::default(),
        };
        for c in chars {
            match u8::try_from(c) {
                Ok(b) if b.is_ascii() => set.ascii |= 1 << b,
                _ => {
                    set.other_bits |= 1 << (u32::from(c) % 64);
                    set.other.insert(c);
                }
            }
        }
        set
    }

    fn contains(&self, c: char) -> bool {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => self.ascii >> b & 1 == 1,
            _ => self.other_bits >> (u32::from(c) % 64) & 1 == 1 && self.other.contains(&c),
        }
    }
}

/// Every value `shown` (one [`Quantity::shown`]) may have under any convention.
pub fn readings(shown: &str) -> Vec<String> {
    let mut all = Vec::new();
    for conv in [
        Conventions::TOLERANT,
        Conventions { decimal: Some('.') },
        Conventions { decimal: Some(',') },
    ] {
        for q in read(shown, conv) {
            all.push(q.key);
            all.extend(q.also);
        }
    }
    all.sort();
    all.dedup();
    all
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

struct Scanner<'a> {
    t: &'a [char],
    conv: Conventions,
    out: Vec<Quantity>,
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> char {
        self.t.get(i).copied().unwrap_or('\0')
    }

    fn digit(&self, i: usize) -> bool {
        self.at(i).is_ascii_digit()
    }

    /// End of the digit run starting at `i`.
    fn run_end(&self, mut i: usize) -> usize {
        while self.digit(i) {
            i += 1;
        }
        i
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.t.get(from..to).unwrap_or_default().iter().collect()
    }

    /// Whether the characters `from..to` spell `w`, ASCII letters in either case: what
    /// `self.text(from, to).eq_ignore_ascii_case(w)` says, without building the text.
    fn spells(&self, from: usize, to: usize, w: &str) -> bool {
        let got = self.t.get(from..to).unwrap_or_default();
        let mut want = w.chars();
        got.iter()
            .all(|a| want.next().is_some_and(|b| a.eq_ignore_ascii_case(&b)))
            && want.next().is_none()
    }

    fn run(mut self) -> Vec<Quantity> {
        let skip = self.excluded_chunks();
        let first = self.t.iter().position(|c| !c.is_whitespace());
        let mut i = 0;
        // the last word found to be neither a date nor a name: its other numbers (`3-5`)
        // are read without looking at the word again (linear on `1-1-1-…`)
        let mut plain_word = 0..0;
        while i < self.t.len() {
            if !self.digit(i) || skip[i] {
                i += 1;
                continue;
            }
            if let Some(end) = self.hour_h_minutes(i) {
                self.push_time(i, end, None);
                i = end;
                continue;
            }
            if plain_word.contains(&i) {
                let end = self.number(i, first == Some(i));
                i = end.max(i + 1);
                continue;
            }
            // the word the digit is in: letters, digits, `_` and `-`
            let mut ws = i;
            while ws > 0 && is_word(self.at(ws - 1)) {
                ws -= 1;
            }
            let mut we = i;
            while is_word(self.at(we)) {
                we += 1;
            }
            if self.date(ws, we) {
                i = we;
                continue;
            }
            plain_word = ws..we;
            if self.identifier(ws, we) {
                plain_word = 0..0;
                // the rest of the name too: `v2.0`, `file_1.2`, and digit groups that
                // continue it (`too10 000`, a name glued to a number)
                i = we;
                while self.at(i).is_ascii_graphic() {
                    i += 1;
                }
                while self.at(i) == ' ' && self.run_end(i + 1) == i + 4 {
                    i += 4;
                }
                continue;
            }
            let end = self.number(i, first == Some(i));
            i = end.max(i + 1);
        }
        self.out
    }

    /// Chunks of ASCII non-space characters that are URLs, paths, e-mail addresses or file
    /// names: none of their digits is read.
    fn excluded_chunks(&self) -> Vec<bool> {
        let mut skip = vec![false; self.t.len()];
        let chunk = |c: char| c.is_ascii_graphic();
        let mut i = 0;
        while i < self.t.len() {
            if !chunk(self.at(i)) {
                i += 1;
                continue;
            }
            let start = i;
            while chunk(self.at(i)) {
                i += 1;
            }
            let c = self.t.get(start..i).unwrap_or_default();
            // a chunk without a digit has none to skip (most words): looked at no further
            if !c.iter().any(char::is_ascii_digit) {
                continue;
            }
            let s: String = c.iter().collect();
            let slashes = c.iter().filter(|&&c| c == '/').count();
            let dotted_name = c
                .windows(2)
                .any(|w| w[0] == '.' && w[1].is_ascii_alphabetic());
            if !wildcard_version(&s)
                && (s.contains("://")
                    || s.contains("www.")
                    || s.contains('@')
                    || s.contains('\\')
                    || (slashes >= 2 && c.iter().any(char::is_ascii_alphabetic))
                    || dotted_name)
            {
                // a number in parentheses glued to the end of a name is a marker of its
                // own (`….database.windows.net(1)`, a callout of a diagram)
                let end = marker_start(c).map_or(i, |m| start + m);
                for b in &mut skip[start..end] {
                    *b = true;
                }
            }
        }
        skip
    }

    /// Whether the word `ws..we` holding a digit is an identifier: it starts with a letter
    /// or `_` (`x64`, `AES-256`, `Standard_D2s_v3`), has a letter followed by a digit
    /// (`3f2504e0`), follows a character that makes it part of a name (`file.2`, `C#3`),
    /// or is glued to a letter of another alphabet (`А8` with a Cyrillic А).
    fn identifier(&self, ws: usize, we: usize) -> bool {
        let w = self.t.get(ws..we).unwrap_or_default();
        let starts_alpha = w
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == '_');
        let letter_digit = w
            .windows(2)
            .any(|p| (p[0].is_ascii_alphabetic() || p[0] == '_') && p[1].is_ascii_digit());
        let before = if ws > 0 { self.at(ws - 1) } else { ' ' };
        let before2 = if ws > 1 { self.at(ws - 2) } else { ' ' };
        // `#1` after a space is "number 1"; `C#1`, `&1` are names
        let after_name = before == '&'
            || (before == '#' && (before2.is_ascii_alphanumeric() || matches!(before2, '#' | '&')))
            || (matches!(before, '.' | ':') && before2.is_ascii_alphabetic());
        // `А8` typed with a Cyrillic А: a letter of an alphabet (not a CJK character,
        // which may stand right before a number) glued to the digits
        let glued = is_letter(before) && !before.is_ascii() && before < '\u{2E80}';
        starts_alpha || letter_digit || after_name || glued
    }

    /// A numeric date written with `-`: `2017-11-03`, `03-11-2017`.
    fn date(&self, ws: usize, we: usize) -> bool {
        let w: String = self.text(ws, we);
        let parts: Vec<&str> = w.split('-').collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            && parts.iter().any(|p| p.len() == 4)
    }

    /// `16h30`, `16 h 30`: the end, when the text at `i` is an hour so written.
    fn hour_h_minutes(&self, i: usize) -> Option<usize> {
        let e = self.run_end(i);
        if e - i > 2 || (i > 0 && (self.at(i - 1).is_ascii_alphanumeric() || self.at(i - 1) == '.'))
        {
            return None;
        }
        let mut j = e;
        if self.at(j) == ' ' {
            j += 1;
        }
        if self.at(j) != 'h' {
            return None;
        }
        j += 1;
        if self.at(j) == ' ' {
            j += 1;
        }
        let m = self.run_end(j);
        (m - j == 2 && !self.at(m).is_ascii_alphabetic()).then_some(m)
    }

    /// Reads the number starting at `i` and returns where it ends.
    fn number(&mut self, i: usize, opens_text: bool) -> usize {
        // digit groups and the separators between them
        let mut groups = vec![(i, self.run_end(i))];
        let mut seps: Vec<char> = Vec::new();
        loop {
            let e = groups.last().map_or(i, |g| g.1);
            let s = self.at(e);
            let next = self.run_end(e + 1);
            let len = next - (e + 1);
            let joined = match s {
                '.' | ',' => len > 0,
                '\'' => len == 3,
                // a space groups only three digits after at most three
                // (not after a hyphen: `140-2 256` is an identifier and a number)
                ' ' => {
                    len == 3
                        && seps.iter().all(|&c| c == ' ')
                        && groups[0].1 - groups[0].0 <= 3
                        && (i == 0 || !matches!(self.at(i - 1), '-' | '‑' | '–'))
                }
                _ => false,
            };
            if !joined {
                break;
            }
            seps.push(s);
            groups.push((e + 1, next));
        }
        let end = groups.last().map_or(i, |g| g.1);
        // a version with wildcards (`2.x`, `12.x.x.x`, `1.*`): compared as written
        let mut j = end;
        while self.at(j) == '.' && matches!(self.at(j + 1), 'x' | 'X' | '*') {
            j += 2;
            if self.digit(j + 1) && self.at(j) == '.' {
                j = self.run_end(j + 1);
            }
        }
        if j > end && !self.at(j).is_ascii_alphanumeric() && (i == 0 || self.at(i - 1) != '.') {
            let shown = self.text(i, j);
            self.out.push(Quantity {
                key: shown.to_ascii_lowercase(),
                shown,
                also: Vec::new(),
                span: (i, j),
            });
            return j;
        }
        let digits: Vec<String> = groups.iter().map(|&(a, b)| self.text(a, b)).collect();

        // a list number: `1.` or `1)` opening the text
        if opens_text
            && seps.is_empty()
            && matches!(self.at(end), '.' | ')')
            && !self.digit(end + 1)
        {
            return end + 1;
        }
        // a date with `/`: `03/11/2020`, `2020/11/03` (other numbers on either side of a
        // `/` are read one by one: `24000/375/187`)
        if self.at(end) == '/' && seps.is_empty() {
            let mut parts = vec![(i, end)];
            let mut j = end;
            while self.at(j) == '/' && self.digit(j + 1) {
                let e = self.run_end(j + 1);
                parts.push((j + 1, e));
                j = e;
            }
            if parts.len() == 3 && parts.iter().any(|&(a, b)| b - a == 4) && !self.digit(j) {
                return j;
            }
        }
        // a time: `16:00`, `4:30 PM`
        if seps.is_empty() && self.at(end) == ':' {
            let m = self.run_end(end + 1);
            if m - (end + 1) == 2 && !self.at(m).is_ascii_alphanumeric() {
                let mut last = m;
                if self.at(m) == ':' && self.run_end(m + 1) - (m + 1) == 2 {
                    last = self.run_end(m + 1);
                }
                return match self.noon_marker_after(last) {
                    Some((pm, after)) => self.push_time(i, after, Some(pm)),
                    None => self.push_time(i, last, self.noon_marker_before(i)),
                };
            }
        }
        if seps.is_empty() {
            if let Some(after) = self.hour_word_minutes(end) {
                let pm = self.noon_marker_before(i);
                return self.push_time(i, after, pm);
            }
            if let Some(after) = self.noon_marker_after(end) {
                return self.push_time(i, after.1, Some(after.0));
            }
            if let Some(pm) = self.noon_marker_before(i) {
                return self.push_time(i, end, Some(pm));
            }
        }
        // `3 億`, `600만`, `6 milionů`: the value needs the scale word (`6 millions` is
        // 6000000, as `600만` is); a number before a scale word not known here is read
        // alone, and differs in size from the others, which is no change
        if let Some((power, after)) = self.scale_after(end) {
            if let [(key, _)] = self.values(&digits, &seps).as_slice() {
                if let Some(scaled) = scale(key, power) {
                    self.out.push(Quantity {
                        key: scaled,
                        shown: self.text(i, after),
                        also: Vec::new(),
                        span: (i, after),
                    });
                }
            }
            return after;
        }
        // `7월`, `2017 年 7 月`: a month of a date, which other languages name with a word
        // (`July`); a number of months is `3개월`, `3 個月`, `3 か月`
        if self.month_after(end) {
            return end;
        }
        let shown = self.text(i, end);
        for (key, also) in self.values(&digits, &seps) {
            self.out.push(Quantity {
                key,
                shown: shown.clone(),
                also,
                span: (i, end),
            });
        }
        end
    }

    /// Whether the number ending at `end` names a month: `月` or `월` right after it.
    fn month_after(&self, end: usize) -> bool {
        let next = if self.at(end) == ' ' { end + 1 } else { end };
        matches!(self.at(next), '月' | '월')
    }

    /// The power of ten the scale words (thousand, million, 万, 억, ...) after the number
    /// ending at `end` stand for, after at most one space, and where they end.
    fn scale_after(&self, end: usize) -> Option<(u32, usize)> {
        let mut j = if matches!(self.at(end), ' ' | '\u{a0}') {
            end + 1
        } else {
            end
        };
        let mut power = 0;
        loop {
            // `百萬`, `천만`: the characters multiply
            let chars = (j..).take_while(|&k| SCALE_CHARS.iter().any(|&(c, _)| c == self.at(k)));
            let run: Vec<u32> = chars
                .map(|k| {
                    SCALE_CHARS
                        .iter()
                        .find(|&&(c, _)| c == self.at(k))
                        .map_or(0, |s| s.1)
                })
                .collect();
            if run.last().is_some_and(|&p| p >= 3) {
                power += run.iter().sum::<u32>();
                j += run.len();
                continue;
            }
            if !run.is_empty() {
                break;
            }
            let word: String = (j..)
                .map(|k| self.at(k))
                .take_while(|c| is_letter(*c))
                .collect::<String>()
                .to_lowercase();
            let Some(&(_, p)) = SCALE_STEMS
                .iter()
                .find(|(stem, _)| word.starts_with(stem) && (*stem != "mil" || word == "mil"))
            else {
                break;
            };
            power += p;
            j += word.chars().count();
            // `mil millones`: another scale word after one space
            if self.at(j) == ' ' {
                j += 1;
            }
        }
        (power > 0).then(|| (power, self.trim_back(j)))
    }

    /// `j`, moved back over the spaces before it.
    fn trim_back(&self, mut j: usize) -> usize {
        while j > 0 && self.at(j - 1) == ' ' {
            j -= 1;
        }
        j
    }

    /// The readings of digit groups joined by separators: one quantity, or several when
    /// the separators list numbers (`1,2,3`).
    fn values(&self, digits: &[String], seps: &[char]) -> Vec<(String, Vec<String>)> {
        let int = |gs: &[String]| decimal(&gs.concat(), "");
        let grouped = |gs: &[String]| gs.iter().skip(1).all(|g| g.len() == 3) && gs[0].len() <= 3;
        let Some((&last, init)) = seps.split_last() else {
            let v = int(digits);
            let also = hour(&v).into_iter().collect();
            return vec![(v, also)];
        };
        let same = init.iter().all(|&c| c == last);
        if same && matches!(last, ' ' | '\'') {
            return vec![(int(digits), Vec::new())];
        }
        if same && seps.len() >= 2 {
            if grouped(digits) {
                return vec![(int(digits), Vec::new())];
            }
            if last == '.' {
                return vec![(digits.join("."), Vec::new())];
            }
            return digits
                .iter()
                .map(|d| (int(std::slice::from_ref(d)), Vec::new()))
                .collect();
        }
        if same {
            // one `.` or `,`: decimal, or a group of three
            let (a, b) = (&digits[0], &digits[1]);
            let as_decimal = decimal(a, b);
            if b.len() != 3 || a.len() > 3 || last == '\'' {
                // `16.00` is also a time of day, as Russian writes it
                let time = match (a.parse::<u32>(), b.parse::<u32>()) {
                    (Ok(h), Ok(m)) if b.len() == 2 && last == '.' && h <= 24 && m < 60 => {
                        vec![format!("{h}:{m:02}")]
                    }
                    _ => Vec::new(),
                };
                return vec![(as_decimal, time)];
            }
            let as_group = int(digits);
            // `8,000` is eight thousand even where `,` is the decimal separator: a
            // decimal fraction of three zeros is an English number left as it was
            return match self.conv.decimal {
                Some(d) if d == last && b != "000" => vec![(as_decimal, vec![as_group])],
                _ => vec![(as_group, vec![as_decimal])],
            };
        }
        // groups, then another separator: the decimal one (`1 200,5`, `1,200.5`)
        let (int_groups, frac) = digits.split_at(digits.len() - 1);
        if init.iter().all(|&c| c == init[0]) && grouped(int_groups) {
            return vec![(decimal(&int_groups.concat(), &frac[0]), Vec::new())];
        }
        digits
            .iter()
            .map(|d| (int(std::slice::from_ref(d)), Vec::new()))
            .collect()
    }

    /// `a.m.`/`p.m.` after the hour ending at `end`: (after noon, end of the marker).
    fn noon_marker_after(&self, end: usize) -> Option<(bool, usize)> {
        let mut j = end;
        if self.at(j) == ' ' {
            j += 1;
        }
        for (pm, words) in [(false, BEFORE_NOON), (true, AFTER_NOON)] {
            for w in words {
                let n = w.chars().count();
                if self.spells(j, j + n, w) && !is_letter_or_digit(self.at(j + n)) {
                    return Some((pm, j + n));
                }
            }
        }
        None
    }

    /// `시 30분`, `點30分` after the hour ending at `end`: the end of the minutes.
    fn hour_word_minutes(&self, end: usize) -> Option<usize> {
        let word = |j: usize, words: &[&str]| {
            let j = if self.at(j) == ' ' { j + 1 } else { j };
            words
                .iter()
                .any(|w| self.spells(j, j + 1, w))
                .then_some(j + 1)
        };
        let after_hour = word(end, HOUR_WORDS)?;
        let m = if self.at(after_hour) == ' ' {
            after_hour + 1
        } else {
            after_hour
        };
        let m_end = self.run_end(m);
        if (1..=2).contains(&(m_end - m)) {
            return word(m_end, MINUTE_WORDS);
        }
        None
    }

    /// `오후`, `下午` before the hour starting at `i`: whether it is after noon.
    fn noon_marker_before(&self, i: usize) -> Option<bool> {
        let mut j = i;
        if j > 0 && self.at(j - 1) == ' ' {
            j -= 1;
        }
        let from = j.saturating_sub(2);
        for (pm, words) in [(false, BEFORE_NOON), (true, AFTER_NOON)] {
            if words
                .iter()
                .any(|w| !w.is_ascii() && self.spells(from, j, w))
            {
                return Some(pm);
            }
        }
        None
    }

    /// A time of day `i..end`: the hour at `i`, the minutes in the next digits if any,
    /// and whether an a.m./p.m. marker said after noon.
    fn push_time(&mut self, i: usize, end: usize, pm: Option<bool>) -> usize {
        let h_end = self.run_end(i);
        let h: u32 = self.text(i, h_end).parse().unwrap_or(99);
        let m_start = (h_end..end).find(|&k| self.digit(k)).unwrap_or(end);
        let m: u32 = if m_start < end {
            self.text(m_start, self.run_end(m_start))
                .parse()
                .unwrap_or(0)
        } else {
            0
        };
        let s_start = (self.run_end(m_start)..end)
            .find(|&k| self.digit(k))
            .filter(|_| m_start < end);
        let shown = self.text(i, end).trim().to_string();
        if let Some(s_start) = s_start {
            // `0:09:31`, a position in a video, is also `09:31`
            let sec: u32 = self
                .text(s_start, self.run_end(s_start))
                .parse()
                .unwrap_or(0);
            let mut also = Vec::new();
            if h == 0 {
                also.push(format!("{m}:{sec:02}"));
            }
            if sec == 0 {
                also.push(format!("{h}:{m:02}"));
            }
            let key = format!("{h}:{m:02}:{sec:02}");
            self.out.push(Quantity {
                key,
                shown,
                also,
                span: (i, end),
            });
            return end;
        }
        let (key, also) = match pm {
            _ if h > 24 || m > 59 => (decimal(&h.to_string(), ""), Vec::new()),
            Some(pm) if (1..=12).contains(&h) => {
                let h = match (pm, h) {
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, 12) => 0,
                    (false, h) => h,
                };
                (format!("{h}:{m:02}"), Vec::new())
            }
            _ => {
                // `4:00` may be 16:00; `09:31` may be minutes and seconds, `0:09:31`
                let mut also = vec![format!("0:{h:02}:{m:02}")];
                if (1..12).contains(&h) {
                    also.push(format!("{}:{m:02}", h + 12));
                }
                (format!("{h}:{m:02}"), also)
            }
        };
        self.out.push(Quantity {
            key,
            shown,
            also,
            span: (i, end),
        });
        end
    }
}

/// A plain integer of at most 24 may be an hour: `16` in "16 h" or "16 시".
/// Whether a chunk of text (between white space, punctuation around it allowed) is a
/// version with wildcards: `2.x`, `12.x.x.x`, `1.*`, `(3.x)`.
fn wildcard_version(chunk: &str) -> bool {
    let v =
        chunk.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':' | '.' | '"' | '\''));
    let parts: Vec<&str> = v.split('.').collect();
    let wild = |p: &str| matches!(p, "x" | "X" | "*");
    parts.len() >= 2
        && parts[0].bytes().all(|b| b.is_ascii_digit())
        && !parts[0].is_empty()
        && parts
            .iter()
            .all(|p| wild(p) || (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
        && parts.iter().any(|p| wild(p))
}

/// Whether a version with wildcards (`6.x`, `1.*`) covers a value (`6.0`, `1.2.3`, `6`).
pub fn fits_wildcards(pattern: &str, value: &str) -> bool {
    let wild = |p: &str| matches!(p, "x" | "*");
    if !pattern.split('.').any(wild) || value.split('.').any(wild) {
        return false;
    }
    let mut v = value.split('.');
    for p in pattern.split('.') {
        if wild(p) {
            return true;
        }
        if v.next() != Some(p) {
            return false;
        }
    }
    true
}

fn hour(v: &str) -> Option<String> {
    let h: u32 = v.parse().ok()?;
    (h <= 24).then(|| format!("{h}:00"))
}

/// The canonical writing of `int.frac`: no leading zeros, no trailing zeros, `.` decimal.
/// `key` (a decimal, `2.5`) times ten to the `power`, when it is a plain decimal.
fn scale(key: &str, power: u32) -> Option<String> {
    let (int, frac) = key.split_once('.').unwrap_or((key, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let shift = usize::try_from(power).ok()?;
    let mut digits = format!("{int}{frac}");
    let point = int.len() + shift;
    while digits.len() < point {
        digits.push('0');
    }
    let (i, f) = digits.split_at(point);
    Some(decimal(i, f))
}

fn decimal(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn spells_is_the_text_compared(
            t in "[aApPmM. 오전후上午下前後시點点時분分\u{0}x]{0,6}",
            from in 0usize..8,
            len in 0usize..8,
        ) {
            let t: Vec<char> = t.chars().collect();
            let scanner = Scanner { t: &t, conv: Conventions::TOLERANT, out: Vec::new() };
            let to = from + len;
            for w in BEFORE_NOON.iter().chain(AFTER_NOON).chain(HOUR_WORDS).chain(MINUTE_WORDS) {
                // the old tests: the text built, compared ignoring ASCII case and exactly
                let text = scanner.text(from, to);
                prop_assert_eq!(scanner.spells(from, to, w), text.eq_ignore_ascii_case(w));
                if !w.is_ascii() {
                    prop_assert_eq!(scanner.spells(from, to, w), text == *w);
                }
            }
        }
    }

    fn keys(text: &str, language: &str) -> Vec<String> {
        let conv = Locale::parse(&format!("{language}-zz"))
            .map_or(Conventions::TOLERANT, |l| Conventions::of(&l));
        read(text, conv).into_iter().map(|q| q.key).collect()
    }

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(DECIMAL_SEPARATOR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn spaces_group_digits_in_every_language() {
        for text in [
            "1 200 Go",
            "1\u{a0}200",
            "1\u{202f}200",
            "1\u{2009}200",
            "1200",
        ] {
            for l in ["fr", "cs", "ru", "en", "xx"] {
                assert_eq!(keys(text, l), ["1200"], "{text:?} in {l}");
            }
        }
        assert_eq!(keys("3 400 kbit/s", "cs"), ["3400"]);
        assert_eq!(keys("30 000", "ru"), ["30000"]);
        assert_eq!(keys("2 048", "fr"), ["2048"]);
        assert_eq!(keys("1 234 567,5", "fr"), ["1234567.5"]);
    }

    #[test]
    fn a_space_joins_only_well_formed_groups() {
        assert_eq!(keys("in 2017 100 people", "en"), ["2017", "100"]);
        assert_eq!(keys("1 20 30", "fr"), ["1", "20", "30"]);
        assert_eq!(keys("12 3456", "fr"), ["12", "3456"]);
    }

    #[test]
    fn point_and_comma_follow_the_language() {
        assert_eq!(keys("1,200", "en"), ["1200"]);
        assert_eq!(keys("1.200", "es"), ["1200"]);
        assert_eq!(keys("1.200.000", "es"), ["1200000"]);
        assert_eq!(keys("1,200,000", "en"), ["1200000"]);
        assert_eq!(keys("1,5", "fr"), ["1.5"]);
        assert_eq!(keys("1.5", "en"), ["1.5"]);
        assert_eq!(keys("1,200", "fr"), ["1.2"]);
        assert_eq!(keys("8,000", "cs"), ["8000"]);
        assert_eq!(keys("1.200,5", "es"), ["1200.5"]);
        assert_eq!(keys("1,200.5", "en"), ["1200.5"]);
        assert_eq!(keys("1'200", "xx"), ["1200"]);
        assert_eq!(keys("0.50", "en"), ["0.5"]);
        assert_eq!(keys("2.0", "en"), ["2"]);
    }

    #[test]
    fn tolerant_reading_keeps_the_other_convention() {
        assert_eq!(keys("1,200", "xx"), ["1200"]);
        assert!(readings("1,200").contains(&"1.2".to_string()));
        assert!(readings("1,200").contains(&"1200".to_string()));
        assert_eq!(readings("1,5"), ["1.5"]);
    }

    #[test]
    fn times_of_day_in_12_and_24_hours() {
        for (text, l) in [
            ("at 4 p.m.", "en"),
            ("at 4 PM", "en"),
            ("at 4pm", "en"),
            ("à 16:00", "fr"),
            ("오후 4시", "ko"),
            ("下午 4:00", "zh"),
        ] {
            assert_eq!(keys(text, l), ["16:00"], "{text}");
        }
        assert_eq!(keys("4:30 PM", "en"), ["16:30"]);
        assert_eq!(keys("오전 11시 18분", "ko"), ["11:18"]);
        assert_eq!(keys("下午 4點30分", "zh"), ["16:30"]);
        assert_eq!(keys("4시", "ko"), ["4"]);
        assert_eq!(keys("16h30", "fr"), ["16:30"]);
        assert_eq!(keys("16 h 30", "fr"), ["16:30"]);
        assert_eq!(keys("12 a.m.", "en"), ["0:00"]);
        assert_eq!(keys("12 PM", "en"), ["12:00"]);
        assert!(readings("16 h").contains(&"16:00".to_string()));
        assert!(readings("4:00").contains(&"16:00".to_string()));
        assert_eq!(keys("0:09:31", "ru"), ["0:09:31"]);
        assert!(readings("18:00:00").contains(&"18:00".to_string()));
        assert!(readings("16.00").contains(&"16:00".to_string()));
        assert!(readings("09:31").contains(&"0:09:31".to_string()));
        assert_eq!(keys("I am 5", "en"), ["5"]);
    }

    #[test]
    fn ranges_give_both_ends() {
        for text in ["3-5", "3–5", "3 à 5", "３～５", "3 to 5"] {
            assert_eq!(keys(text, "fr"), ["3", "5"], "{text}");
        }
    }

    #[test]
    fn full_width_digits_and_units() {
        assert_eq!(keys("ＡＥＳ ２５６ ビット", "ja"), ["256"]);
        assert_eq!(keys("50 %", "fr"), keys("50%", "en"));
        assert_eq!(keys("5GB", "en"), ["5"]);
        assert_eq!(keys("設定為 3，然後 4", "zh"), ["3", "4"]);
    }

    #[test]
    fn versions_and_addresses_are_compared_as_written() {
        assert_eq!(keys("version 1.2.3", "fr"), ["1.2.3"]);
        assert_eq!(keys("10.0.0.1", "es"), ["10.0.0.1"]);
        assert_eq!(keys("TLS 1.2", "fr"), keys("TLS 1,2", "fr"));
        assert_eq!(keys("Python 2.x ou 3.x.", "fr"), ["2.x", "3.x"]);
        assert_eq!(keys("GoldenGate 12.x.x.x pour", "fr"), ["12.x.x.x"]);
        assert_eq!(keys("BGInfo 1.*을 (2.X)", "ko"), ["1.*", "2.x"]);
        assert_eq!(keys("5.x 版開始", "zh"), ["5.x"]);
        assert_eq!(keys("_**圖 2**：SAPScripts.psm1 輸出_", "zh"), ["2"]);
        assert_eq!(keys("（請參閱 4）SAP.psm1", "zh"), ["4"]);
        // a file name is still not read
        assert!(keys("config.2.xml", "fr").is_empty());
        assert!(keys("file1.x", "fr").is_empty());
        // `#1` after a space is a number; glued to a name it is part of the name
        assert_eq!(keys("Zvolte #1 pro editor nano", "cs"), ["1"]);
        assert!(keys("C#7 a F#4 a &2", "cs").is_empty());
        assert!(fits_wildcards("6.x", "6.0") && fits_wildcards("6.x", "6"));
        assert!(fits_wildcards("1.*", "1.2.3") && fits_wildcards("12.x.x.x", "12.2.0.1"));
        assert!(!fits_wildcards("6.x", "7.0") && !fits_wildcards("6.x", "16"));
        assert!(!fits_wildcards("6.0", "6.0") && !fits_wildcards("2.x", "3.x"));
    }

    #[test]
    fn identifiers_urls_paths_and_dates_are_not_quantities() {
        for text in [
            "Standard_D2s_v3",
            "sha256",
            "x64",
            "B2ms",
            "AES-256",
            "v2.0",
            "https://example.com/a/1234",
            "www.example2.com",
            "C:\\temp\\x1",
            "setup2.exe",
            "1.txt",
            "user1@example.com",
            "2017-11-03",
            "03/11/2020",
            "3f2504e0-4f89-11d3",
            "a/b/c/1",
        ] {
            assert_eq!(keys(text, "en"), Vec::<String>::new(), "{text}");
        }
        assert_eq!(keys("24/7", "en"), ["24", "7"]);
        // a callout number glued to a name is read, the name's digits are not
        assert_eq!(keys("db2.windows.net(1)을 통해", "ko"), ["1"]);
        assert_eq!(keys("db2.windows.net (1).", "en"), ["1"]);
        assert_eq!(
            keys("file(1).txt www.a2.com(x)", "en"),
            Vec::<String>::new()
        );
        // the month of a date is a name (`July`); a number of months is a quantity
        assert_eq!(keys("2017년 7월 버전 17.2", "ko"), ["2017", "17.2"]);
        assert_eq!(keys("2017 年 7 月的 17.2 版", "zh"), ["2017", "17.2"]);
        assert_eq!(keys("3개월, 3 個月", "ko"), ["3", "3"]);
        assert_eq!(keys("too10 000", "ru"), Vec::<String>::new());
        assert_eq!(keys("узлы А8 и 2 узла", "ru"), ["2"]);
        assert_eq!(keys("1KB/0,5 KB", "cs"), ["1", "0.5"]);
        assert_eq!(keys("個3", "zh"), ["3"]);
        assert_eq!(keys("24000/375/187", "fr"), ["24000", "375", "187"]);
        assert_eq!(keys("12 200 000/2 358", "fr"), ["12200000", "2358"]);
        assert_eq!(keys("a/b/c/1 and 2020/11/03", "en"), Vec::<String>::new());
    }

    #[test]
    fn list_numbers_are_not_quantities() {
        assert_eq!(keys("1. Create a key", "en"), Vec::<String>::new());
        assert_eq!(keys("2) Create 3 keys", "en"), ["3"]);
        assert_eq!(keys("Step 1. Create", "en"), ["1"]);
        assert_eq!(keys("33.票證產生示範", "zh"), Vec::<String>::new());
    }

    #[test]
    fn number_lists_with_commas_are_several_numbers() {
        assert_eq!(keys("1,2,3", "en"), ["1", "2", "3"]);
        // linear on a long word of numbers
        let long = "1-".repeat(20_000);
        assert_eq!(read(&long, Conventions::TOLERANT).len(), 20_000);
    }

    fn group(n: u64, sep: &str) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        /// The value does not depend on how a language groups and separates digits.
        #[test]
        fn every_writing_of_a_number_has_its_value(n in 0u64..10_000_000_000, f in 0u32..100) {
            let plain = decimal(&n.to_string(), &format!("{f:02}"));
            let writings = [
                ("en", group(n, ","), '.'),
                ("fr", group(n, " "), ','),
                ("fr", group(n, "\u{202f}"), ','),
                ("cs", group(n, "\u{a0}"), ','),
                ("es", group(n, "."), ','),
                ("xx", group(n, "'"), '.'),
            ];
            for (l, int, d) in writings {
                let text = format!("costs {int}{d}{f:02} units");
                prop_assert_eq!(keys(&text, l), vec![plain.clone()], "{}", text);
            }
        }

        /// Reading is the same on a text and on its NFKC form, where a full-width colon
        /// is a colon and a space (it parts words as a space does).
        #[test]
        fn reading_is_invariant_under_nfkc(
            s in "[0-9a-z .,:\\-²³½①⑩０-９～：\u{00a0}\u{202f}가データ暗号éжЁ]{0,30}",
        ) {
            let n: String = s.replace('：', ": ").nfkc().collect();
            let keys = |t: &str| read(t, Conventions::TOLERANT).into_iter().map(|q| q.key).collect::<Vec<_>>();
            prop_assert_eq!(keys(&s), keys(&n));
        }
    }

    #[test]
    fn number_words_are_whole_words_of_the_data() {
        let raw: toml::Table =
            toml::from_str(include_str!("data/number_words.toml")).expect("parses");
        for (language, words) in raw.iter().filter(|(l, _)| *l != "han") {
            for word in words.as_table().expect("a table per language").keys() {
                assert!(
                    word.len() <= 24,
                    "{language}: {word} is longer than the reader looks"
                );
                assert_eq!(*word, word.to_lowercase(), "{language}: {word}");
            }
        }
        let keys = |text: &str, language: &str| -> Vec<String> {
            super::number_words(text, language)
                .into_iter()
                .map(|q| q.key)
                .collect()
        };
        assert_eq!(keys("Two disks, dvě? No: DVĚ.", "en"), ["2"]);
        assert_eq!(keys("Máte dvě datové disky a Dvě sítě.", "cs"), ["2", "2"]);
        assert_eq!(keys("兩個資料磁碟和三十五天", "zh"), ["2"]);
        assert_eq!(keys("networks twofold", "en"), Vec::<String>::new());
        // every word of every list is found, in lower, upper and title case
        for (language, words) in raw.iter().filter(|(l, _)| *l != "han") {
            for word in words.as_table().expect("a table per language").keys() {
                let title: String = word
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(word.chars().skip(1))
                    .collect();
                for shown in [word.clone(), word.to_uppercase(), title] {
                    let text = format!("a {shown}, b");
                    assert_eq!(keys(&text, language).len(), 1, "{language}: {text}");
                }
            }
        }
    }

    proptest::proptest! {
        /// A Han numeral is read when it stands alone before a counter, and only then.
        #[test]
        fn han_numerals_alone_before_a_counter(text in "[二兩三十個天年 a5。]{0,12}") {
            let chars: Vec<char> = text.chars().collect();
            let numeral = |i: usize| chars.get(i).is_some_and(|c| "二兩三十".contains(*c));
            let expected: Vec<(usize, usize)> = (0..chars.len())
                .filter(|&i| {
                    numeral(i)
                        && !(i > 0 && numeral(i - 1))
                        && !numeral(i + 1)
                        && chars.get(i + 1).is_some_and(|c| "個天年".contains(*c))
                })
                .map(|i| (i, i + 1))
                .collect();
            let found: Vec<(usize, usize)> =
                super::number_words(&text, "zh").into_iter().map(|q| q.span).collect();
            proptest::prop_assert_eq!(found, expected);
        }
    }

    proptest::proptest! {
        /// An ASCII text's number words are read as in any other text.
        #[test]
        fn ascii_number_words_are_read_as_any_other(text in "([a-z ,.5-]|two|Three|SIX|eleven){0,16}") {
            let read = |text: &str| -> Vec<(String, String, (usize, usize))> {
                super::number_words(text, "en")
                    .into_iter()
                    .map(|q| (q.key, q.shown, q.span))
                    .collect()
            };
            proptest::prop_assert_eq!(read(&text), read(&format!("{text} é")));
        }
    }

    #[test]
    fn stable_characters_are_their_own_nfkc_form() {
        for c in ('\u{4e00}'..='\u{9fff}').chain('\u{ac00}'..='\u{d7a3}') {
            assert!(quick_stable(c), "U+{:04X}", u32::from(c));
        }
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if nfkc_stable(c) {
                let n: String = std::iter::once(c).nfkc().collect();
                assert_eq!(n, c.to_string(), "U+{:04X}", u32::from(c));
            }
        }
        assert!(!nfkc_stable('，') && !nfkc_stable('\u{a0}') && !nfkc_stable('\u{301}'));
        // a stable letter and a combining mark after it compose: not all stable
        for text in [
            "clé ключ 鍵 키 — «x»",
            "e\u{301}",
            "１，２",
            "가\u{11a8}",
            "a\u{a0}b",
        ] {
            assert_eq!(normalized(text), slow_normalized(text), "{text}");
        }
    }

    /// What [`normalized`] is specified to be, the slow way: NFKC of [`spaced`] text,
    /// whatever the characters (the fast path skips both for NFKC-stable text).
    fn slow_normalized(text: &str) -> Vec<char> {
        super::spaced(text).nfkc().collect()
    }

    proptest::proptest! {
        #[test]
        fn normalized_is_nfkc(text in "(\\PC|\u{301}|\u{a0}|，|：|（|）|\u{11a8}|é|й){0,30}") {
            proptest::prop_assert_eq!(normalized(&text), slow_normalized(&text));
        }
    }

    #[test]
    fn digit_free_characters_normalise_to_no_digit() {
        for c in (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| digit_free(c))
        {
            let n: String = std::iter::once(c).nfkc().collect();
            assert!(
                !n.bytes().any(|b| b.is_ascii_digit()),
                "U+{:04X}",
                u32::from(c)
            );
        }
        // the lead bytes told by the byte start digit-free characters only
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut lead = [0; 4];
            c.encode_utf8(&mut lead);
            if !c.is_ascii() && digit_free_lead(lead[0]) {
                assert!(digit_free(c), "U+{:04X}", u32::from(c));
            }
        }
        assert!(!may_hold_digits("clé ключ 鍵 키 —"));
        for text in ["a 2", "５", "x²", "①", "¼", "㍘"] {
            assert!(may_hold_digits(text), "{text}");
        }
    }
}
