//! What the block checks (CC114 block-missing, CC115 untranslated-text) share: the blocks
//! of a section (paragraphs, list items, table rows, alerts, code blocks, images), the
//! documents they compare, the consensus rule, and reading the words of a block.

use crate::parse::{Document, Section, SegmentKind};
use crate::text::{is_letter, is_lower, is_upper, lower, split_white};
use std::borrow::Cow;
use std::ops::Range;

/// How many other locales' places a finding lists.
pub const RELATED: usize = 5;

/// One block of a section: a paragraph, list item, alert, quote, code block, image,
/// include, or a whole table row (its cells joined).
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
    let mut w = WordCounts::default();
    // white space is never a letter: the letters of another script than Latin of the
    // text are those of its tokens
    for read in split_white(text).map(read_token) {
        w.tokens += 1;
        w.non_latin += read.non_latin;
        match read.token {
            Token::Code => w.code += 1,
            Token::Name(_) => {}
            Token::Word(t) => {
                w.count += 1;
                w.letters += read.letters;
                keep(t);
            }
        }
    }
    w
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
    split_white(text).map(|token| read_token(token).token)
}

/// A token (no white space in it) as [`read_words`] reads it: what it is, the letters
/// of the word it keeps, and its letters of another script than Latin (Han, Hangul,
/// Cyrillic, ...).
struct TokenRead<'a> {
    token: Token<'a>,
    /// Letters of the token ([`letters`]): all of them stand in the word it keeps.
    letters: usize,
    non_latin: usize,
}

/// Reads a token in one pass over its bytes (ASCII) or characters.
///
/// What it is: bare punctuation, code, a path, a URL or a number ([`Token::Code`]: no
/// letter or digit, an ASCII mark of code (`_ / \ = < > { } [ ] @ # $ % ^ * | ~ + ` or a digit, or a backquote), a start
/// with `www.`, `-` or `'`, or, inside the word trimmed of what is not a letter or digit,
/// a `.` or a lower-case letter before an upper-case one); else the trimmed word, a
/// [`Token::Name`] when it starts with a Latin capital, a [`Token::Word`] otherwise.
fn read_token(token: &str) -> TokenRead<'_> {
    if let Some(read) = ascii_token(token) {
        return read;
    }
    let mut mark = false;
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
        let letter = is_letter(c);
        if c.is_ascii() {
            mark |= BYTE_CLASS[c as usize] == MARK;
        } else if letter && !is_latin(c) {
            non_latin += 1;
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
    }
}

/// [`read_token`] for an ASCII token (`None` for any other), read in one pass over its
/// bytes: ASCII letters and digits are what `is_letter_or_digit` keeps, ASCII capitals
/// are Latin, and a `.` inside the trimmed word is one after a letter or digit and before
/// another.
fn ascii_token(token: &str) -> Option<TokenRead<'_>> {
    let b = token.as_bytes();
    let mut first = None;
    let mut last = 0;
    let mut mark = false;
    let mut camel = false;
    let mut after_lower = false;
    let mut dot_after_word = false;
    let mut dot = false;
    let mut letters = 0;
    for (i, &x) in b.iter().enumerate() {
        if !x.is_ascii() {
            return None;
        }
        let class = BYTE_CLASS[usize::from(x)];
        mark |= class == MARK;
        camel |= after_lower && class == UPPER;
        after_lower = class == LOWER;
        letters += usize::from(x.is_ascii_alphabetic());
        if x.is_ascii_alphanumeric() {
            first.get_or_insert(i);
            last = i;
            dot |= dot_after_word;
        } else if x == b'.' && first.is_some() {
            dot_after_word = true;
        }
    }
    let read = |token| {
        Some(TokenRead {
            token,
            letters,
            non_latin: 0,
        })
    };
    let Some(start) = first else {
        return read(Token::Code);
    };
    if mark
        || camel
        || dot
        || token.starts_with("www.")
        || token.starts_with('-')
        || token.starts_with('\'')
    {
        return read(Token::Code);
    }
    let t = token.get(start..=last).unwrap_or_default();
    read(if b.get(start).is_some_and(u8::is_ascii_uppercase) {
        Token::Name(t)
    } else {
        Token::Word(t)
    })
}

/// What a byte of a token is to [`read_token`]: a mark of code, a path or a
/// number (`MARK`), an ASCII lower-case (`LOWER`) or upper-case (`UPPER`) letter.
const MARK: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let marks = b"_/\\=<>{}[]@#$%^*|~`+0123456789";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = MARK;
        i += 1;
    }
    let mut c = 0;
    while c < 26 {
        table[b'a' as usize + c] = LOWER;
        table[b'A' as usize + c] = UPPER;
        c += 1;
    }
    table
};

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
