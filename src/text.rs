//! Char-safe views of text that came from a document. Such text is never sliced by byte
//! index (`clippy::string_slice` is denied in the library): a byte index from one string
//! can fall inside a character of another, and `&s[..8]` then panics.

/// The first `max` characters of `text`, or all of it when it is shorter.
pub fn prefix(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text.get(..cut).unwrap_or(text),
        None => text,
    }
}

/// How many bytes at the start of `bytes` are ASCII, read eight at a time.
pub fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        if u64::from_ne_bytes(word) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    n + bytes
        .get(n..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii())
        .count()
}

/// How many bytes at the start of `bytes` are of class `class` in `table` (a run of one
/// kind of byte, read at once).
#[inline]
pub fn class_run(bytes: &[u8], table: &[u8; 256], class: u8) -> usize {
    bytes
        .iter()
        .take_while(|&&b| table[usize::from(b)] == class)
        .count()
}

/// How messages and reports show a source revision (`ms.openlocfilehash`): its first
/// 8 characters, whatever they are.
pub fn short_revision(revision: &str) -> &str {
    prefix(revision, 8)
}

/// `c.is_alphabetic()`, answered without the Unicode table lookup for the letters and
/// punctuation docs are mostly made of (ASCII, Latin, Cyrillic, kana, Han, Hangul, CJK and
/// general punctuation): that lookup was the largest single cost of reading prose.
/// Equal to `char::is_alphabetic` for every character (tested exhaustively).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{24f}' => true,
        '\u{410}'..='\u{44f}' => true,
        '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' => false,
        '\u{3041}'..='\u{3096}' | '\u{30a1}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' => true,
        '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => true,
        '\u{ff01}'..='\u{ff20}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()` by way of [`is_letter`].
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_numeric()
}

/// `c.is_lowercase()`, without the table lookup for ASCII, basic Cyrillic, kana, Han and
/// Hangul (equal for every character, tested).
#[inline]
pub fn is_lower(c: char) -> bool {
    match c {
        'a'..='z' | '\u{430}'..='\u{44f}' => true,
        '\0'..='\u{7f}' | '\u{410}'..='\u{42f}' => false,
        '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => false,
        _ => c.is_lowercase(),
    }
}

/// `c.is_uppercase()`, the same way as [`is_lower`].
#[inline]
pub fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | '\u{410}'..='\u{42f}' => true,
        '\0'..='\u{7f}' | '\u{430}'..='\u{44f}' => false,
        '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => false,
        _ => c.is_uppercase(),
    }
}

/// Whether lower-casing changes `c` (upper and title case letters), without the table
/// lookup for the scripts of [`is_lower`] and Latin-1 (the accented letters of western
/// European languages) (equal to `c.to_lowercase() != [c]`, tested).
#[inline]
pub fn lowers(c: char) -> bool {
    match c {
        'A'..='Z' | '\u{410}'..='\u{42f}' => true,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => true,
        '\0'..='\u{ff}' | '\u{430}'..='\u{44f}' => false,
        '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => false,
        // general punctuation, and the full-width punctuation and digits of CJK text
        '\u{2000}'..='\u{206f}' | '\u{ff01}'..='\u{ff20}' => false,
        _ => c.to_lowercase().ne(std::iter::once(c)),
    }
}

/// The length of the white space character (`char::is_whitespace`) at byte `i` of
/// `text`, 0 when there is none: a byte test that decodes only the lead bytes of Unicode
/// white space.
#[inline]
pub fn space_at(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) => 1,
        Some(0xC2 | 0xE1 | 0xE2 | 0xE3) => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// The bytes [`space_at`] may find white space at: ASCII white space and the lead bytes
/// of Unicode white space.
pub(crate) const MAY_BE_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [
        b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c, 0xC2, 0xE1, 0xE2, 0xE3,
    ];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// `text.split_whitespace()`, read byte by byte with [`space_at`] (equal, tested).
pub fn split_white(text: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= text.len() {
                return None;
            }
            match space_at(text, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        // only the bytes that may start white space are looked at closely
        let bytes = text.as_bytes();
        while i < bytes.len() && !(MAY_BE_SPACE[usize::from(bytes[i])] && space_at(text, i) > 0) {
            i += 1;
        }
        // white space starts on a character boundary, and so does the word after it
        text.get(start..i)
    })
}

/// Whether `text` is its words joined by single spaces (`split_white` joined with ` `):
/// no white space at its ends, and none but single ASCII spaces between its words. Only
/// the bytes that may start white space are looked at closely.
pub fn collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    let last = bytes.len().saturating_sub(1);
    (0..bytes.len())
        .filter(|&i| MAY_BE_SPACE[usize::from(bytes[i])])
        .all(|i| match space_at(text, i) {
            0 => true,
            _ => bytes[i] == b' ' && i != 0 && i != last && space_at(text, i + 1) == 0,
        })
}

/// `s.to_lowercase()`, borrowed when that changes nothing (most words of a text).
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    // most words are ASCII without a capital: told in one pass over the bytes
    if !s.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
        return std::borrow::Cow::Borrowed(s);
    }
    if s.is_ascii() {
        // ASCII lower-cases byte by byte: no char decoding, no table
        return std::borrow::Cow::Owned(s.to_ascii_lowercase());
    }
    if s.chars().any(lowers) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_prefixes_end_at_the_first_byte_that_is_not_ascii() {
        let text = "abcdefghijklmnopqrstuvwxyzé abc";
        for from in 0..text.len() {
            let bytes = &text.as_bytes()[from..];
            let slow = bytes.iter().take_while(|b| b.is_ascii()).count();
            assert_eq!(ascii_prefix(bytes), slow, "{from}");
        }
        assert_eq!(ascii_prefix(b""), 0);
    }

    #[test]
    fn prefixes_stop_on_characters_not_bytes() {
        assert_eq!(prefix("", 8), "");
        assert_eq!(prefix("abc", 8), "abc");
        assert_eq!(short_revision("1cc8afad2b3c"), "1cc8afad");
        assert_eq!(short_revision("abcdefgé€é€é"), "abcdefgé");
        assert_eq!(short_revision("é€é€é€é€é€"), "é€é€é€é€");
        assert_eq!(prefix("日本語", 2), "日本");
    }

    #[test]
    fn lower_borrows_what_is_already_lower_case() {
        for s in [
            "",
            "key",
            "ключ",
            "鍵の",
            "KEY",
            "Ключ",
            "ΟΔΟΣ",
            "ǅemal",
            "İstanbul",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
        }
        assert!(matches!(lower("ключ"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn split_white_is_split_whitespace() {
        for t in [
            "",
            " ",
            "a",
            " a ",
            "a  b\tc\n",
            "a\u{b}b\u{c}c\rd",
            "\u{a0}x\u{3000}y\u{2003} ",
            "é à  ü",
            "x\u{85}y\u{1680}z\u{2028}w\u{202f}v\u{205f}u",
            "\u{200b}z\u{e2}\u{e3}",
        ] {
            let split: Vec<&str> = split_white(t).collect();
            assert_eq!(split, t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn collapsed_is_equal_to_its_words_joined(t in "(a|b|é|中| |  |\t|\n|\u{a0}|\u{3000}|、|“|\u{85}){0,12}") {
            let joined = t.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(collapsed(&t), joined == t);
        }

        #[test]
        fn split_white_splits_as_split_whitespace(t in "(\\PC|\\s|\u{a0}|\u{3000}|\u{85}|\u{2028}|\u{1680}){0,40}") {
            let split: Vec<&str> = split_white(&t).collect();
            proptest::prop_assert_eq!(split, t.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn letters_are_what_unicode_says_for_every_character() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(
                is_letter(c),
                c.is_alphabetic(),
                "{:?} U+{:04X}",
                c,
                u32::from(c)
            );
            assert_eq!(
                is_letter_or_digit(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(is_lower(c), c.is_lowercase(), "U+{:04X}", u32::from(c));
            assert_eq!(is_upper(c), c.is_uppercase(), "U+{:04X}", u32::from(c));
            let changes = c.to_lowercase().ne(std::iter::once(c));
            assert_eq!(lowers(c), changes, "U+{:04X}", u32::from(c));
        }
    }
}
