//! What the block checks (CC114 block-missing, CC115 untranslated-text) share: the blocks
//! of a section (paragraphs, list items, table rows, alerts, code blocks, images), the
//! documents they compare, the consensus rule, and reading the words of a block.

use crate::parse::{Document, Section, SegmentKind};
use crate::text::{is_letter, is_lower, is_upper, lower, lowers, space_at, MAY_BE_SPACE};
use std::borrow::Cow;
use std::ops::Range;

/// How many other locales' places a finding lists.
pub const RELATED: usize = 5;

/// One block of a section: a paragraph, list item, alert, quote, code block, image,
/// include, or a whole table row (its cells joined).
#[derive(Clone)]
pub struct Block<'a> {
    /// `SegmentKind::shape`, or `table-row`.
    pub shape: &'static str,
    pub line: u32,
    /// Plain text (table cells joined with ` | `): the segment's own, but for a table
    /// row.
    pub text: Cow<'a, str>,
    /// Non-space characters of `text`: the length the block alignment compares.
    pub len: usize,
    /// The texts of its links.
    pub link_texts: Vec<&'a str>,
    /// The indices of its segments in the document (the cells of a table row).
    pub segments: Range<usize>,
}

impl Block<'_> {
    /// Whether the block is prose a reader reads (not code, an image or an include).
    pub fn is_prose(&self) -> bool {
        matches!(
            self.shape,
            "paragraph" | "list-item" | "alert" | "quote" | "table-row"
        )
    }
}

/// The blocks of one section of a document, in order (headings and raw HTML left out).
pub fn section_blocks<'a>(doc: &'a Document, sec: &Section) -> Vec<Block<'a>> {
    let mut out: Vec<Block> = Vec::new();
    let mut row: Option<u32> = None;
    let first = sec.body.start;
    for (i, seg) in (first..).zip(doc.segments.get(sec.body.clone()).unwrap_or(&[])) {
        let shape = match &seg.kind {
            SegmentKind::Heading { .. } | SegmentKind::Html => {
                row = None;
                continue;
            }
            SegmentKind::TableCell { row: r, .. } => {
                if row == Some(*r) {
                    if let Some(last) = out.last_mut() {
                        let text = last.text.to_mut();
                        text.push_str(" | ");
                        text.push_str(&seg.text);
                        last.len += non_space(&seg.text);
                        last.link_texts
                            .extend(seg.links.iter().map(|l| l.text.as_str()));
                        last.segments.end = i + 1;
                    }
                    continue;
                }
                row = Some(*r);
                "table-row"
            }
            kind => {
                row = None;
                kind.shape()
            }
        };
        out.push(Block {
            shape,
            line: seg.line,
            text: Cow::Borrowed(&seg.text),
            len: non_space(&seg.text),
            link_texts: seg.links.iter().map(|l| l.text.as_str()).collect(),
            segments: i..i + 1,
        });
    }
    out
}

fn non_space(s: &str) -> usize {
    // the characters (bytes that are not continuation bytes) that are not ASCII white
    // space, counted 255 bytes at a time into a byte (a loop the compiler vectorises),
    // less the Unicode white space, found at its lead bytes
    let b = s.as_bytes();
    let counted: usize = b
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &x| {
                n + u8::from(x & 0xC0 != 0x80 && !matches!(x, b'\t'..=b'\r' | b' '))
            });
            usize::from(n)
        })
        .sum();
    if s.is_ascii() {
        counted
    } else {
        counted - unicode_spaces(b)
    }
}

/// How many white space characters other than ASCII (`char::is_whitespace`: U+0085,
/// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) a UTF-8
/// text has, told by their bytes: the lead bytes found by `memchr`, the rest compared.
fn unicode_spaces(b: &[u8]) -> usize {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
        .chain(memchr::memchr_iter(0xE1, b))
        .filter(|&i| {
            matches!(
                (at(i), at(i + 1), at(i + 2)),
                (0xC2, 0x85 | 0xA0, _)
                    | (0xE1, 0x9A, 0x80)
                    | (0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)
                    | (0xE2, 0x81, 0x9F)
                    | (0xE3, 0x80, 0x80)
            )
        })
        .count()
}

/// The letters of a word ([`is_letter`]), counted byte by byte when it is ASCII.
pub fn letters(word: &str) -> usize {
    if word.is_ascii() {
        return word.bytes().filter(u8::is_ascii_alphabetic).count();
    }
    word.chars().filter(|&c| is_letter(c)).count()
}

/// The first words of a text, at most `max` characters, for messages.
pub fn snippet(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max).collect();
    s.push('…');
    s
}

/// The words of a block that tell its language: link targets, URLs, inline code and
/// paths, numbers, and Capitalised product names removed.
pub struct Words<'a> {
    /// The kept words.
    pub kept: Vec<&'a str>,
    pub counts: WordCounts,
}

/// What [`read_words`] counts in a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordCounts {
    /// How many words were kept.
    pub count: usize,
    /// Letters in the kept words.
    pub letters: usize,
    /// Letters of the whole text that are not Latin (Han, Hangul, Cyrillic, ...).
    pub non_latin: usize,
    /// Tokens that look like code, paths or URLs, and all tokens.
    pub code: usize,
    pub tokens: usize,
}

impl WordCounts {
    /// The counts of two texts joined by ` | ` (the cells of a table row): the separator
    /// is one more token, and code.
    pub fn join(self, next: WordCounts) -> WordCounts {
        WordCounts {
            count: self.count + next.count,
            letters: self.letters + next.letters,
            non_latin: self.non_latin + next.non_latin,
            code: self.code + next.code + 1,
            tokens: self.tokens + next.tokens + 1,
        }
    }
}

impl<'a> Words<'a> {
    /// The kept words, joined by spaces.
    pub fn text(&self) -> String {
        self.kept.join(" ")
    }

    /// The kept words, lower-cased.
    pub fn lower(&self) -> impl Iterator<Item = Cow<'a, str>> + '_ {
        self.kept.iter().map(|w| lower(w))
    }
}

/// Reads the [`Words`] of a text.
pub fn words(text: &str) -> Words<'_> {
    let mut kept: Vec<&str> = Vec::new();
    let counts = read_words(text, |w| kept.push(w));
    Words { kept, counts }
}

/// Reads the words of a text (what [`Words`] keeps) one by one, giving each kept word to
/// `keep`, and counts them: one pass over the characters of each token (see
/// [`read_token`]).
pub fn read_words<'a>(text: &'a str, mut keep: impl FnMut(&'a str)) -> WordCounts {
    read_words_flagged(text, |w, _| keep(w))
}

/// [`read_words`] that gives each kept word lower-cased ([`lower`]): the characters of
/// its token were all read once, and a word without a capital is its own lower case.
pub fn read_lower_words<'a>(text: &'a str, mut keep: impl FnMut(Cow<'a, str>)) -> WordCounts {
    read_words_flagged(text, |w, capital| {
        keep(if capital { lower(w) } else { Cow::Borrowed(w) })
    })
}

/// [`read_words`], each kept word given with whether it may have a capital (`false`:
/// no character of its token changes when lower-cased).
fn read_words_flagged<'a>(text: &'a str, mut keep: impl FnMut(&'a str, bool)) -> WordCounts {
    let mut w = WordCounts::default();
    // white space is never a letter: the letters of another script than Latin of the
    // text are those of its tokens
    for read in (Tokens { text, at: 0 }) {
        w.tokens += 1;
        w.non_latin += read.non_latin;
        match read.token {
            Token::Code => w.code += 1,
            Token::Name(_) => {}
            Token::Word(t) => {
                w.count += 1;
                w.letters += read.letters;
                keep(t, read.capital);
            }
        }
    }
    w
}

/// The white-space-separated tokens of a text, each read ([`read_token`]) as it is
/// found: an ASCII token in the same pass over its bytes that finds its end
/// (`split_white` then `read_token`, in one).
struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = TokenRead<'a>;

    fn next(&mut self) -> Option<TokenRead<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            if self.at >= bytes.len() {
                return None;
            }
            match space_at(text, self.at) {
                0 => break,
                n => self.at += n,
            }
        }
        let start = self.at;
        let mut scan = AsciiScan::default();
        let mut i = start;
        while let Some(&x) = bytes.get(i) {
            let class = BYTE_CLASS[usize::from(x)];
            if class & (SPACE | NON_ASCII) != 0 {
                break;
            }
            if class == LOWER {
                // most bytes of a word: a run of lower-case letters, read at once
                let run =
                    crate::text::class_run(bytes.get(i..).unwrap_or_default(), &BYTE_CLASS, LOWER);
                scan.lower_run(i - start, run);
                i += run;
                continue;
            }
            scan.step(i - start, x, class);
            i += 1;
        }
        if bytes
            .get(i)
            .is_none_or(|&x| BYTE_CLASS[usize::from(x)] & SPACE != 0)
        {
            // an ASCII token, read whole (ASCII white space ends it)
            self.at = i;
            return Some(scan.finish(text.get(start..i).unwrap_or_default()));
        }
        // a character that is not ASCII: the token ends at the next white space
        // (`split_white`), and is read character by character
        while i < bytes.len() && !(MAY_BE_SPACE[usize::from(bytes[i])] && space_at(text, i) > 0) {
            i += 1;
        }
        self.at = i;
        Some(read_chars(text.get(start..i).unwrap_or_default()))
    }
}

#[inline]
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}
/// What a white-space-separated token of a block is to [`words`].
#[derive(Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// Bare punctuation (`=`, `{`, `:`), quoted names, code, paths, URLs, numbers.
    Code,
    /// A Capitalised Latin word, trimmed of punctuation: product and feature names stay
    /// English in every locale.
    Name(&'a str),
    /// A word that tells the language, trimmed of punctuation.
    Word(&'a str),
}

/// The [`Token`]s of a text, split at white space.
pub fn tokens_of(text: &str) -> impl Iterator<Item = Token<'_>> {
    Tokens { text, at: 0 }.map(|read| read.token)
}

/// A token (no white space in it) as [`read_words`] reads it: what it is, the letters
/// of the word it keeps, and its letters of another script than Latin (Han, Hangul,
/// Cyrillic, ...).
struct TokenRead<'a> {
    token: Token<'a>,
    /// Letters of the token ([`letters`]): all of them stand in the word it keeps.
    letters: usize,
    non_latin: usize,
    /// Whether a character of the token changes when lower-cased ([`lowers`]): when
    /// none does, the word is its own lower case.
    capital: bool,
}

/// Reads a token in one pass over its bytes (ASCII) or characters.
///
/// What it is: bare punctuation, code, a path, a URL or a number ([`Token::Code`]: no
/// letter or digit, an ASCII mark of code (`_ / \ = < > { } [ ] @ # $ % ^ * | ~ + ` or a digit, or a backquote), a start
/// with `www.`, `-` or `'`, or, inside the word trimmed of what is not a letter or digit,
/// a `.` or a lower-case letter before an upper-case one); else the trimmed word, a
/// [`Token::Name`] when it starts with a Latin capital, a [`Token::Word`] otherwise.
#[cfg(test)]
fn read_token(token: &str) -> TokenRead<'_> {
    match ascii_token(token) {
        Some(read) => read,
        None => read_chars(token),
    }
}

/// The case of a letter, for [`read_chars`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    None,
    Lower,
    Upper,
}

/// [`read_token`] of a token read character by character (any token; one that is not
/// ASCII).
fn read_chars(token: &str) -> TokenRead<'_> {
    let mut mark = false;
    let mut capital = false;
    // the word: from the first letter or digit to the end of the last one
    let mut start = None;
    let mut end = 0;
    let (mut letters, mut non_latin) = (0, 0);
    // the end of the first lower-case letter before an upper-case one in the word from
    // `start` on, and the first `.` there: inside the word when before its end
    let mut camel = usize::MAX;
    let mut dot = usize::MAX;
    let mut after_lower = false;
    for (i, c) in token.char_indices() {
        // the letters most text of other scripts is written in, told at once (what the
        // tests below answer for each, tested): of another script than Latin or not,
        // upper or lower case
        let quick = match c {
            '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{3041}'..='\u{3096}'
            | '\u{30a1}'..='\u{30fa}'
            | '\u{30fc}'..='\u{30ff}' => Some((true, Case::None)),
            '\u{430}'..='\u{44f}' => Some((true, Case::Lower)),
            '\u{410}'..='\u{42f}' => Some((true, Case::Upper)),
            '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => Some((false, Case::Lower)),
            _ => None,
        };
        if let Some((other_script, case)) = quick {
            letters += 1;
            non_latin += usize::from(other_script);
            start.get_or_insert(i);
            end = i + c.len_utf8();
            if case == Case::Upper {
                capital = true;
                if after_lower && camel == usize::MAX {
                    camel = end;
                }
            }
            after_lower = case == Case::Lower;
            continue;
        }
        let letter = is_letter(c);
        if c.is_ascii() {
            mark |= BYTE_CLASS[c as usize] == MARK;
            capital |= c.is_ascii_uppercase();
        } else {
            non_latin += usize::from(letter && !is_latin(c));
            capital |= lowers(c);
        }
        letters += usize::from(letter);
        if letter || c.is_numeric() {
            start.get_or_insert(i);
            end = i + c.len_utf8();
        }
        if after_lower && camel == usize::MAX && is_upper(c) {
            camel = i + c.len_utf8();
        }
        if c == '.' && start.is_some() && dot == usize::MAX {
            dot = i;
        }
        after_lower = start.is_some() && is_lower(c);
    }
    let token = match start {
        None => Token::Code,
        Some(_)
            if mark
                || token.starts_with("www.")
                || token.starts_with(['-', '\''])
                || dot < end
                || camel <= end =>
        {
            Token::Code
        }
        Some(start) => {
            let t = token.get(start..end).unwrap_or_default();
            let first = t.chars().next().unwrap_or(' ');
            if is_upper(first) && is_latin(first) {
                Token::Name(t)
            } else {
                Token::Word(t)
            }
        }
    };
    TokenRead {
        token,
        letters,
        non_latin,
        capital,
    }
}

/// [`read_token`] for an ASCII token (`None` for any other), read in one pass over its
/// bytes: ASCII letters and digits are what `is_letter_or_digit` keeps, ASCII capitals
/// are Latin, and a `.` inside the trimmed word is one after a letter or digit and before
/// another.
#[cfg(test)]
fn ascii_token(token: &str) -> Option<TokenRead<'_>> {
    let mut scan = AsciiScan::default();
    for (i, &x) in token.as_bytes().iter().enumerate() {
        if !x.is_ascii() {
            return None;
        }
        scan.step(i, x, BYTE_CLASS[usize::from(x)]);
    }
    Some(scan.finish(token))
}

/// What [`ascii_token`] learns of an ASCII token, byte by byte.
#[derive(Default)]
struct AsciiScan {
    /// The first and last letter or digit.
    first: Option<usize>,
    last: usize,
    mark: bool,
    camel: bool,
    after_lower: bool,
    dot_after_word: bool,
    dot: bool,
    letters: usize,
    /// An upper-case letter anywhere in the token.
    capital: bool,
}

impl AsciiScan {
    /// Reads byte `x` (of class `class` in [`BYTE_CLASS`]) at `i` in the token.
    #[inline]
    fn step(&mut self, i: usize, x: u8, class: u8) {
        self.mark |= class & MARK != 0;
        self.camel |= self.after_lower && class & UPPER != 0;
        self.capital |= class & UPPER != 0;
        self.after_lower = class & LOWER != 0;
        self.letters += usize::from(class & (LOWER | UPPER) != 0);
        if x.is_ascii_alphanumeric() {
            self.first.get_or_insert(i);
            self.last = i;
            self.dot |= self.dot_after_word;
        } else if x == b'.' && self.first.is_some() {
            self.dot_after_word = true;
        }
    }

    /// Reads `n` ASCII lower-case letters from `i` in the token: what `n` calls of
    /// [`AsciiScan::step`] learn.
    #[inline]
    fn lower_run(&mut self, i: usize, n: usize) {
        self.after_lower = true;
        self.letters += n;
        self.first.get_or_insert(i);
        self.last = i + n - 1;
        self.dot |= self.dot_after_word;
    }

    /// The token read, once every byte of it was.
    fn finish(self, token: &str) -> TokenRead<'_> {
        let read = |token| TokenRead {
            token,
            letters: self.letters,
            non_latin: 0,
            capital: self.capital,
        };
        let Some(start) = self.first else {
            return read(Token::Code);
        };
        if self.mark
            || self.camel
            || self.dot
            || token.starts_with("www.")
            || token.starts_with('-')
            || token.starts_with('\'')
        {
            return read(Token::Code);
        }
        let t = token.get(start..=self.last).unwrap_or_default();
        read(
            if token
                .as_bytes()
                .get(start)
                .is_some_and(u8::is_ascii_uppercase)
            {
                Token::Name(t)
            } else {
                Token::Word(t)
            },
        )
    }
}

/// What a byte of a token is to [`read_token`]: a mark of code, a path or a
/// number (`MARK`), an ASCII lower-case (`LOWER`) or upper-case (`UPPER`) letter, ASCII
/// white space (`SPACE`), a byte of a character that is not ASCII (`NON_ASCII`).
const MARK: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const SPACE: u8 = 8;
const NON_ASCII: u8 = 16;
const BYTE_CLASS: [u8; 256] = {
    let table = classed([0; 256], b"_/\\=<>{}[]@#$%^*|~`+0123456789", MARK);
    let table = classed(table, b"abcdefghijklmnopqrstuvwxyz", LOWER);
    let table = classed(table, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", UPPER);
    // the ASCII white space of `char::is_whitespace`
    let mut table = classed(table, b" \t\n\r\x0b\x0c", SPACE);
    let mut b = 0x80;
    while b < 256 {
        table[b] = NON_ASCII;
        b += 1;
    }
    table
};

/// `table` with each byte of `bytes` of class `class`.
const fn classed(mut table: [u8; 256], bytes: &[u8], class: u8) -> [u8; 256] {
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = class;
        i += 1;
    }
    table
}

/// The `whatlang` language of a locale's language subtag, when it knows it.
pub fn lang_of(language: &str) -> Option<whatlang::Lang> {
    use whatlang::Lang;
    const LANGS: &[(&str, Lang)] = &[
        ("ar", Lang::Ara),
        ("bg", Lang::Bul),
        ("cs", Lang::Ces),
        ("da", Lang::Dan),
        ("de", Lang::Deu),
        ("el", Lang::Ell),
        ("en", Lang::Eng),
        ("es", Lang::Spa),
        ("et", Lang::Est),
        ("fi", Lang::Fin),
        ("fr", Lang::Fra),
        ("he", Lang::Heb),
        ("hi", Lang::Hin),
        ("hr", Lang::Hrv),
        ("hu", Lang::Hun),
        ("id", Lang::Ind),
        ("it", Lang::Ita),
        ("ja", Lang::Jpn),
        ("ko", Lang::Kor),
        ("lt", Lang::Lit),
        ("lv", Lang::Lav),
        ("nb", Lang::Nob),
        ("nl", Lang::Nld),
        ("pl", Lang::Pol),
        ("pt", Lang::Por),
        ("ro", Lang::Ron),
        ("ru", Lang::Rus),
        ("sk", Lang::Slk),
        ("sl", Lang::Slv),
        ("sr", Lang::Srp),
        ("sv", Lang::Swe),
        ("th", Lang::Tha),
        ("tr", Lang::Tur),
        ("uk", Lang::Ukr),
        ("vi", Lang::Vie),
        ("zh", Lang::Cmn),
    ];
    LANGS
        .iter()
        .find(|(code, _)| *code == language)
        .map(|&(_, l)| l)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::text::is_letter_or_digit;

    /// A translated page (`ms.openlocfilehash: abc`) whose section `s` holds
    /// `paragraphs` from line 8 on, every other line, followed by a section `u` with
    /// three short paragraphs every locale shares.
    pub(crate) fn page(paragraphs: &[&str]) -> String {
        let mut s = String::from(
            "---\nms.openlocfilehash: abc\n---\n# <a name=\"t\"></a>T\n\n## <a name=\"s\"></a>S\n\n",
        );
        for p in paragraphs {
            s.push_str(p);
            s.push_str("\n\n");
        }
        s.push_str("## <a name=\"u\"></a>U\n\n");
        for p in [
            "Un texte commun de longueur moyenne.",
            "Un deuxième texte commun.",
            "Un troisième texte.",
        ] {
            s.push_str(p);
            s.push_str("\n\n");
        }
        s
    }

    #[test]
    fn the_counts_of_a_table_row_are_those_of_its_cells_joined() {
        let cells = [
            "Use the az vm create command with --resource-group myGroup.",
            "",
            "Les données «chiffrées» au REPOS : clé gérée (CMK).",
            "使用 Azure 入口網站 的 金鑰 'name' x=1",
        ];
        let joined = cells
            .iter()
            .map(|c| read_words(c, |_| {}))
            .reduce(WordCounts::join);
        assert_eq!(
            Some(read_words(&cells.join(" | "), |_| {})),
            joined,
            "{cells:?}"
        );
    }

    #[test]
    fn non_space_counts_the_characters_that_are_not_white_space() {
        for t in [
            "",
            " a b ",
            "é à\u{a0} ü\t",
            "使用\u{3000}Azure\u{85}\u{2028}x",
            "\u{b}y",
        ] {
            let chars = t.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(non_space(t), chars, "{t:?}");
        }
        // every white space character, and its neighbours
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let t = format!("a{c}b");
            let chars = t.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(non_space(&t), chars, "U+{:04X}", u32::from(c));
        }
    }

    /// What a token is, read as before [`read_token`] (several passes over it): the
    /// reference the one pass is held to.
    fn token_of(token: &str) -> Token<'_> {
        let t = token.trim_matches(|c: char| !is_letter_or_digit(c));
        if t.is_empty() || looks_like_code(token, t) || token.starts_with('\'') {
            return Token::Code;
        }
        let first = t.chars().next().unwrap_or(' ');
        if is_upper(first) && is_latin(first) {
            return Token::Name(t);
        }
        Token::Word(t)
    }

    fn looks_like_code(token: &str, t: &str) -> bool {
        // the marks of code are ASCII, and so are digits; an ASCII lower-case letter before
        // an upper-case one (camelCase, PascalCase) is inside the word `t`, letters being
        // what is trimmed from it: one pass over the bytes finds both
        let mut camel = false;
        let mut after_lower = false;
        for &b in token.as_bytes() {
            let class = BYTE_CLASS[usize::from(b)];
            if class == MARK {
                return true;
            }
            camel |= after_lower && class == UPPER;
            after_lower = class == LOWER;
        }
        if token.starts_with("www.") || token.starts_with('-') {
            return true;
        }
        // a.b, file.ext, Namespace.Type (`://` has a `/`); camelCase and PascalCase inside a
        // word
        if t.is_ascii() {
            camel || t.as_bytes().contains(&b'.')
        } else {
            // (`.` is one byte, and no byte of another character)
            t.as_bytes().contains(&b'.') || {
                // a lower-case letter before an upper-case one, in one pass
                let mut after_lower = false;
                t.chars().any(|c| {
                    let camel = after_lower && is_upper(c);
                    after_lower = is_lower(c);
                    camel
                })
            }
        }
    }

    /// `read_token` against the reference, letters and letters of other scripts counted
    /// as before.
    fn read_as_before(t: &str) {
        let read = read_token(t);
        assert_eq!(read.token, token_of(t), "{t:?}");
        assert_eq!(
            read.letters,
            t.chars().filter(|&c| is_letter(c)).count(),
            "{t:?}"
        );
        let other = t
            .chars()
            .filter(|&c| !c.is_ascii() && !is_latin(c) && is_letter(c))
            .count();
        assert_eq!(read.non_latin, other, "{t:?}");
    }

    #[test]
    fn the_letters_read_at_once_are_read_as_one_by_one() {
        let ranges = [
            '\u{4e00}'..='\u{9fff}',
            '\u{ac00}'..='\u{d7a3}',
            '\u{3041}'..='\u{3096}',
            '\u{30a1}'..='\u{30fa}',
            '\u{30fc}'..='\u{30ff}',
            '\u{410}'..='\u{44f}',
            '\u{df}'..='\u{ff}',
        ];
        for c in ranges.into_iter().flatten() {
            // alone, after a lower-case letter and before one, and after a capital
            for t in [
                format!("{c}"),
                format!("é{c}é"),
                format!("Ж{c}.x"),
                format!("a{c}"),
            ] {
                read_as_before(&t);
                let read = read_chars(&t);
                assert_eq!(read.capital, t.chars().any(lowers), "{t:?}");
            }
        }
    }

    #[test]
    fn tokens_are_read_as_before() {
        for t in [
            "the",
            "(the",
            "the]",
            "'name'",
            "x=1",
            "--resource-group",
            "myGroup",
            "Azure",
            "a.b",
            "www.x",
            "...",
            "2",
            "(CMK).",
            "don't",
            "e.g.",
            "\"quoted\"",
            "A",
            "\u{b}",
            "clé",
            "«clé»",
            "Clé.",
            "éA",
            "aÉ",
            "(é)a.",
            "ключ",
            "Ключ",
            "кЛюч",
            "使用Azure入口網站",
            "入口.網站",
            "ǅemal",
            "ªA",
            "Ⓐb",
            "ⓐⒶ",
            "２つ",
        ] {
            read_as_before(t);
        }
        assert!(ascii_token("clé").is_none());
    }

    proptest::proptest! {
        #[test]
        fn camel_case_is_a_lower_case_letter_before_an_upper_case_one(t in "[aAéÉжЖ中.]{1,8}") {
            let camel = t
                .chars()
                .zip(t.chars().skip(1))
                .any(|(a, b)| is_lower(a) && is_upper(b));
            proptest::prop_assert_eq!(looks_like_code(&t, &t), camel || t.contains('.'));
        }

        #[test]
        fn every_ascii_token_is_read_as_before(t in "[a-cA-C0-9.'\\-_=(),:\"]{1,12}") {
            read_as_before(&t);
        }

        #[test]
        fn tokens_are_the_white_space_split_tokens_read_one_by_one(
            t in "([a-cA-C0-9.'\\-_=(),:\"«»éÉжЖ中ªⒶǅ\u{a0}\u{3000}\u{85} \t\n]){0,24}"
        ) {
            let apart: Vec<TokenRead> = crate::text::split_white(&t).map(read_token).collect();
            let fused: Vec<TokenRead> = (Tokens { text: &t, at: 0 }).collect();
            proptest::prop_assert_eq!(fused.len(), apart.len());
            for (f, a) in fused.iter().zip(&apart) {
                proptest::prop_assert_eq!(&f.token, &a.token);
                proptest::prop_assert_eq!((f.letters, f.non_latin), (a.letters, a.non_latin));
            }
            let mut lowered = Vec::new();
            let counts = read_lower_words(&t, |w| lowered.push(w.into_owned()));
            let w = words(&t);
            proptest::prop_assert_eq!(counts, w.counts);
            let expected: Vec<String> = w.kept.iter().map(|k| k.to_lowercase()).collect();
            proptest::prop_assert_eq!(lowered, expected);
        }

        #[test]
        fn every_token_is_read_as_before(t in "([a-cA-C0-9.'\\-_=(),:\"«»éÉжЖ中ªⒶⓐ２ǅ\u{345}\u{2160}\u{2170}]){1,10}") {
            read_as_before(&t);
        }
    }

    #[test]
    fn words_leave_code_names_and_links_out() {
        let w = words("Use the az vm create command with Azure PowerShell and --resource-group myGroup at https://x.y/z to create 2 VMs.");
        assert_eq!(w.text(), "the az vm create command with and at to create");
        assert_eq!(w.counts.non_latin, 0);
        assert_eq!(words("使用 Azure 入口網站").counts.non_latin, 6);
    }
}
