//! Text folding for matching: the sentence shown to users keeps its original form,
//! lexicon phrases and sentences are both compared in this folded form.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// Folds text for matching: NFC, full-width ASCII -> ASCII, typographic dashes, quotes
/// and apostrophes -> ASCII, every kind of space -> ` ` (runs collapsed), lower case, and
/// accents removed from Latin, Greek and Cyrillic letters (`é` -> `e`, `ü` -> `u`,
/// `й` -> `и`), except where a marked Latin letter is a word by itself (pt `é`, it
/// `è`). Kana and Han are left as they are (stripping marks there would turn `が` into
/// `か`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), so that a caller folding many texts can reuse one
/// buffer.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let mut last_space = true;
    if text.is_ascii() {
        // The common case, byte by byte: ASCII has no accents and is always NFC.
        for b in text.bytes() {
            push_folded_ascii(b, out, &mut last_space);
        }
    } else if text.chars().all(is_plain_nfc)
        || unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        fold_chars(text.chars(), out, &mut last_space);
    } else {
        fold_chars(text.nfc(), out, &mut last_space);
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

/// Whether `c` is a Latin letter with a mark, which folding would strip.
fn is_marked_latin(c: char) -> bool {
    let mut parts = 0;
    ('\u{C0}'..'\u{250}').contains(&c) && c.is_alphabetic() && {
        decompose_canonical(c, |_| parts += 1);
        parts > 1
    }
}

/// Folds NFC characters onto `out`. A word of one marked Latin letter keeps its mark
/// (lower-cased): pt "é" and it "è" (is) are not "e" (and), a clause word; fr and pt "à"
/// (to) is not "a".
fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String, last_space: &mut bool) {
    let mut chars = chars.peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let before = std::mem::replace(&mut previous, c);
        if c.is_ascii() {
            push_folded_ascii(c as u8, out, last_space);
            continue;
        }
        if is_marked_latin(c)
            && !before.is_alphanumeric()
            && !chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            *last_space = false;
            out.extend(c.to_lowercase());
            continue;
        }
        if is_caseless_cjk(c) {
            *last_space = false;
            out.push(c);
            continue;
        }
        // basic Cyrillic letters but `й`/`Й` (which lose their breve): lower case, no mark
        if matches!(c, '\u{410}'..='\u{44f}') && !matches!(c, 'й' | 'Й') {
            *last_space = false;
            out.push(if c < 'а' {
                char::from_u32(u32::from(c) + 0x20).unwrap_or(c)
            } else {
                c
            });
            continue;
        }
        match small_folds().get((c as usize).wrapping_sub(SMALL_FROM)) {
            Some(Small::Space) => {
                if !*last_space {
                    out.push(' ');
                }
                *last_space = true;
            }
            Some(Small::Text { len, bytes }) => {
                *last_space = false;
                // the bytes of whole characters, written by `fold_one`
                out.push_str(std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default());
            }
            Some(Small::Other) | None => fold_one(c, out, last_space),
        }
    }
}

/// One NFC character that is neither ASCII nor caseless CJK: width, punctuation and space
/// folding, lower case, and below U+0530 no marks.
fn fold_one(c: char, out: &mut String, last_space: &mut bool) {
    let c = fold_char(c);
    if c.is_whitespace() {
        if !*last_space {
            out.push(' ');
        }
        *last_space = true;
        return;
    }
    *last_space = false;
    for lower in c.to_lowercase() {
        if (lower as u32) < 0x0530 && !lower.is_ascii() {
            decompose_canonical(lower, |d| {
                if !is_combining_mark(d) {
                    out.push(d)
                }
            });
        } else {
            out.push(lower);
        }
    }
}

/// The first and one past the last character of [`small_folds`]: Latin-1, Latin Extended,
/// IPA, spacing and combining marks, Greek and Cyrillic, whose folding looks up case and
/// decomposition tables.
const SMALL_FROM: usize = 0x80;
const SMALL_TO: usize = 0x530;

/// What [`fold_one`] makes of one character of `SMALL_FROM..SMALL_TO`.
#[derive(Clone, Copy)]
enum Small {
    /// White space.
    Space,
    /// These UTF-8 bytes (possibly none: a combining mark).
    Text { len: u8, bytes: [u8; 15] },
    /// More bytes than that: [`fold_one`] is asked each time (no such character today).
    Other,
}

/// [`fold_one`] of every character of `SMALL_FROM..SMALL_TO`, computed once: the folding
/// of the Latin, Greek and Cyrillic letters that most text is made of, without the case
/// and decomposition lookups.
fn small_folds() -> &'static [Small] {
    static TABLE: std::sync::OnceLock<Vec<Small>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (SMALL_FROM..SMALL_TO)
            .map(|u| {
                let c = u32::try_from(u)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or(' ');
                let mut folded = String::new();
                let mut space = false;
                fold_one(c, &mut folded, &mut space);
                let mut bytes = [0u8; 15];
                match bytes.get_mut(..folded.len()) {
                    _ if space => Small::Space,
                    Some(room) => {
                        room.copy_from_slice(folded.as_bytes());
                        Small::Text {
                            len: folded.len() as u8,
                            bytes,
                        }
                    }
                    None => Small::Other,
                }
            })
            .collect()
    })
}

/// Characters that NFC keeps as they are whatever stands beside them (quick check `Yes`,
/// combining class 0), so text of only these is NFC without looking them up in tables:
/// Latin-1 and Latin Extended, Cyrillic letters, general punctuation, CJK punctuation,
/// kana, Han, Hangul syllables and full-width ASCII.
fn is_plain_nfc(c: char) -> bool {
    matches!(c,
        '\0'..='\u{2FF}'
        | '\u{400}'..='\u{482}'
        | '\u{48A}'..='\u{52F}'
        | '\u{2010}'..='\u{2027}'
        | '\u{3000}'..='\u{3029}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A0}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{FF01}'..='\u{FF5E}')
}

/// Kana, Han and Hangul syllables: no case, no marks to strip, nothing to fold.
fn is_caseless_cjk(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
}

/// One ASCII byte: white space (as `char::is_whitespace` has it) collapses to one ` `,
/// `` ` `` becomes `'`, letters are lower-cased.
fn push_folded_ascii(b: u8, out: &mut String, last_space: &mut bool) {
    if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
        if !*last_space {
            out.push(' ');
        }
        *last_space = true;
        return;
    }
    *last_space = false;
    out.push(match b {
        b'`' => '\'',
        _ => b.to_ascii_lowercase() as char,
    });
}

/// One character's width, punctuation and space folding.
fn fold_char(c: char) -> char {
    match c {
        // full-width ASCII forms (digits, letters, punctuation, `～`)
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}'
        | '\u{00A0}'
        | '\u{202F}'
        | '\u{2007}'
        | '\u{2009}'
        | '\u{200A}'
        | '\u{2002}'..='\u{2006}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{301C}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{300C}' | '\u{300D}' => '"',
        '\u{200B}' | '\u{FEFF}' => ' ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition the fast paths must agree with: NFC first, then every character
    /// folded, lower-cased and (below U+0530) stripped of its marks.
    fn reference(text: &str) -> String {
        let mut out = String::new();
        let mut last_space = true;
        let chars: Vec<char> = text.nfc().collect();
        for (i, &c) in chars.iter().enumerate() {
            let alone = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_none_or(|n: &char| !n.is_alphanumeric())
            };
            if is_marked_latin(c) && alone(i.checked_sub(1)) && alone(Some(i + 1)) {
                last_space = false;
                out.extend(c.to_lowercase());
                continue;
            }
            let c = fold_char(c);
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            last_space = false;
            for lower in c.to_lowercase() {
                if (lower as u32) < 0x0530 {
                    out.extend(lower.to_string().nfd().filter(|d| !is_combining_mark(*d)));
                } else {
                    out.push(lower);
                }
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    proptest! {
        #[test]
        fn fast_paths_agree_with_the_definition(
            s in "[a-zA-Z0-9 \t\n\r\x0B\x0C`'.,éÉüÜßİıŁłй\u{0301}\u{0308}\u{0327}か\u{3099}ＡＢ１　\u{00A0}\u{2009}データ暗号–—«»’가각\u{3041}-\u{30FF}\u{3000}-\u{303F}\u{0400}-\u{04FF}\u{0306}]{0,40}",
            any in "\\PC{0,20}",
            ascii in "[ -~\t\n\r\x0B\x0C]{0,60}",
        ) {
            prop_assert_eq!(fold(&ascii), reference(&ascii));
            prop_assert_eq!(fold(&s), reference(&s));
            prop_assert_eq!(fold(&any), reference(&any));
        }
    }

    /// `is_nfc_quick` treats a character of combining class 0 and quick check `Yes` as
    /// it does ASCII, so text of such characters only is `Yes`: every character of
    /// [`is_plain_nfc`] is one.
    #[test]
    fn plain_nfc_characters_need_no_lookup() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_plain_nfc(c))
        {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(
                unicode_normalization::is_nfc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "{c:?}"
            );
        }
    }

    /// A marked Latin letter that is a word by itself keeps its mark; inside a word it
    /// loses it.
    #[test]
    fn a_one_letter_word_keeps_its_mark() {
        assert_eq!(fold("Só É possível, e à vista"), "so é possivel, e à vista");
        assert_eq!(
            fold("La cifratura è attiva (è)"),
            "la cifratura è attiva (è)"
        );
        assert_eq!(fold("café é"), "cafe é");
        assert_eq!(fold("e\u{301}"), "é");
    }

    /// The table of [`small_folds`] gives what [`fold_one`] gives, for every character of
    /// its range inside a word, after a space and after a letter.
    #[test]
    fn small_folds_agree_with_fold_one() {
        for u in SMALL_FROM..SMALL_TO {
            let c = char::from_u32(u as u32).unwrap();
            assert!(!is_caseless_cjk(c) && !c.is_ascii());
            for last in [false, true] {
                // the letter before it resets the space state
                let (mut want, mut want_last) = (String::from("ab"), false);
                fold_one(c, &mut want, &mut want_last);
                want.push('b');
                let (mut got, mut got_last) = (String::from("a"), last);
                fold_chars(['b', c, 'b'].into_iter(), &mut got, &mut got_last);
                assert_eq!(got, want, "U+{u:04X}");
            }
            if let Small::Text { len, .. } = small_folds()[u - SMALL_FROM] {
                let mut alone = String::new();
                fold_one(c, &mut alone, &mut false);
                assert_eq!(usize::from(len), alone.len(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn folds_case_accents_and_typography() {
        assert_eq!(
            fold("Déchiffrées   lors de l’écriture"),
            "dechiffrees lors de l'ecriture"
        );
        assert_eq!(
            fold("Schlüssel\u{00A0}–\u{202F}3–5 Werktage"),
            "schlussel - 3-5 werktage"
        );
        assert_eq!(fold("ＡＥＳ　２５６"), "aes 256");
        assert_eq!(
            fold("Шифрование НЕАКТИВНЫХ данных, й"),
            "шифрование неактивных данных, и"
        );
    }

    #[test]
    fn keeps_kana_and_han_intact() {
        assert_eq!(fold("データが暗号化されます"), "データが暗号化されます");
        assert_eq!(fold("3～5 営業日"), "3~5 営業日");
        assert_eq!(fold("撤銷存取控制"), "撤銷存取控制");
    }

    #[test]
    fn decomposed_input_is_composed_first() {
        assert_eq!(fold("e\u{0301}crit"), "ecrit");
        assert_eq!(fold("か\u{3099}"), "が");
    }
}
