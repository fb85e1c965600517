//! Sentence segmentation. Spaced scripts end a sentence at `.`, `!`, `?` or `;` followed
//! by white space, unless the text before is a known abbreviation (`z. B.`, `p. ex.`,
//! `EE. UU.`) or the next word starts in lower case or with a digit (`ca. 3`, `etc. and`).
//! CJK scripts end a sentence at `。！？；` with or without a following space, never at
//! white space between words.

/// The sentences of one segment's text, trimmed, as slices of it.
pub fn sentences<'a>(text: &'a str, abbreviations: &[String]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Only the bytes that can begin a sentence end are looked at: `.!?;` and the lead
    // bytes of `。` (E3 80 82) and `！？；` (EF BC 81/9F/9B).
    for (i, &b) in bytes.iter().enumerate() {
        let (c, len) = match b {
            b'.' | b'!' | b'?' | b';' => (b as char, 1),
            0xE3 | 0xEF => match text.get(i..i + 3).and_then(|s| s.chars().next()) {
                Some(c @ ('。' | '！' | '？' | '；')) => (c, 3),
                _ => continue,
            },
            _ => continue,
        };
        let end = i + len;
        let boundary = len == 3 || {
            let next = text.get(end..).and_then(|t| t.chars().next());
            let next_is_space = next.is_some_and(char::is_whitespace);
            next_is_space && !(c == '.' && continues(text, start, end, abbreviations))
        };
        if boundary {
            push(&mut out, text.get(start..end).unwrap_or_default());
            start = end;
        }
    }
    push(&mut out, text.get(start..).unwrap_or_default());
    out
}

/// For each sentence of a paragraph, whether it stands wholly inside a quotation: it
/// opens with a quotation mark that it does not close before its end, or a quotation
/// opened by a sentence before it is still open. Quoted speech is someone's words (a
/// persona's "I want to know that our applications comply with FIPS 140-2", a customer's
/// wish), not the page's statement; a quoted term at the start of a sentence that goes on
/// ("「Always Encrypted」 is a data encryption technology ...") is the page's own words.
pub fn quoted(sentences: &[&str]) -> Vec<bool> {
    const OPEN: [char; 6] = ['"', '“', '„', '«', '「', '『'];
    const CLOSE: [char; 6] = ['"', '”', '“', '»', '」', '』'];
    let mut open = false;
    sentences
        .iter()
        .map(|sentence| {
            let text = sentence.trim();
            let mut chars = text.chars();
            let opens = !open && chars.next().is_some_and(|c| OPEN.contains(&c));
            // the rest after an opening mark, or the whole sentence inside an open quote
            let rest = if opens { chars.as_str() } else { text };
            let body = rest.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | '!' | '?' | ';' | '。' | '！' | '？' | '；')
            });
            let closes_at = body.char_indices().find(|(_, c)| CLOSE.contains(c));
            let quoted =
                (opens || open) && closes_at.is_none_or(|(i, c)| i + c.len_utf8() == body.len());
            if opens || open {
                open = closes_at.is_none();
            }
            quoted
        })
        .collect()
}

/// Whether a sentence asks rather than states: it ends with `?` or `？` (closing
/// emphasis, quotes and brackets aside). A question ("Can I use my own keys?") makes no
/// claim, whatever its words; it may still give the topic to the answer after it.
pub fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '*' | '_' | '"' | '\'' | '”' | '»' | '」' | '』' | ')' | '）'
                )
        })
        .ends_with(['?', '？'])
}

fn push<'a>(out: &mut Vec<&'a str>, s: &'a str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s);
    }
}

/// Whether the `.` ending at byte `end` (followed by white space) does not end the
/// sentence that began at `start`: it lies inside an abbreviation (`EE. UU.` at either
/// dot), or the next word starts in lower case, or with a digit after a number or a short
/// word (`1. 2`, `v. 2`, `S. 5`). A digit after a longer word opens a sentence (hu
/// "... visszafejti őket olvasáskor. 256 bites AES-titkosítást használ").
fn continues(text: &str, start: usize, end: usize, abbreviations: &[String]) -> bool {
    let next = text.get(end..).and_then(|t| t.trim_start().chars().next());
    if next.is_some_and(char::is_lowercase) {
        return true;
    }
    if next.is_some_and(|n| n.is_ascii_digit()) {
        let before = text.get(start..end - 1).unwrap_or_default();
        let word = before
            .rsplit(|c: char| !crate::text::is_letter_or_digit(c))
            .next()
            .unwrap_or_default();
        if word.chars().count() <= 3 || word.ends_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
    }
    // An abbreviation can only hold this `.` at one of its own dots.
    abbreviations.iter().any(|a| {
        a.match_indices('.').any(|(dot, _)| {
            let Some(from) = end.checked_sub(dot + 1) else {
                return false;
            };
            let to = from + a.len();
            from >= start
                && to <= text.len()
                && text.get(from..to).is_some_and(|t| eq_ignore_case(t, a))
                && text.get(..from).is_some_and(|t| {
                    t.chars()
                        .next_back()
                        .is_none_or(|p| !crate::text::is_letter_or_digit(p))
                })
        })
    })
}

/// Case-insensitive equality without allocating (this runs at every `. `).
fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition the byte scan must agree with: every character looked at.
    fn reference<'a>(text: &'a str, abbreviations: &[String]) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let end = i + c.len_utf8();
            let boundary = match c {
                '。' | '！' | '？' | '；' => true,
                '.' | '!' | '?' | ';' => {
                    let next_is_space = chars.peek().is_some_and(|(_, n)| n.is_whitespace());
                    next_is_space && !(c == '.' && continues(text, start, end, abbreviations))
                }
                _ => false,
            };
            if boundary {
                push(&mut out, &text[start..end]);
                start = end;
            }
        }
        push(&mut out, &text[start..]);
        out
    }

    proptest! {
        #[test]
        fn byte_scan_agrees_with_the_definition(
            s in "[a-zA-Z0-9 .!?;\n\u{00A0}。！？；、ー字é]{0,60}",
            any in "\\PC{0,30}",
        ) {
            let a = abbr(&["e.g.", "EE. UU.", "z. B."]);
            prop_assert_eq!(sentences(&s, &a), reference(&s, &a));
            prop_assert_eq!(sentences(&any, &a), reference(&any, &a));
        }
    }

    fn abbr(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn splits_spaced_sentences_and_keeps_abbreviations() {
        let a = abbr(&["z. B.", "e.g.", "EE. UU.", "Id."]);
        assert_eq!(
            sentences(
                "Daten, z. B. Schlüssel, werden geschützt. Sie sind sicher.",
                &a
            )
            .len(),
            2
        );
        assert_eq!(
            sentences(
                "Este de EE. UU. o Centro-sur. Mencione el Id. de suscripción.",
                &a
            ),
            vec![
                "Este de EE. UU. o Centro-sur.",
                "Mencione el Id. de suscripción."
            ]
        );
        assert_eq!(sentences("FIPS 140-2 and TLS 1.2 apply. Done", &a).len(), 2);
        assert_eq!(sentences("Nach ca. 3–5 Werktagen. Ende", &a).len(), 2);
        assert_eq!(sentences("It is written; the data is read.", &a).len(), 2);
        // a number opens a sentence after a word, not after a number or a short word
        assert_eq!(
            sentences(
                "Visszafejti őket olvasáskor. 256 bites AES-titkosítást használ.",
                &a
            )
            .len(),
            2
        );
        assert_eq!(
            sentences("Siehe Abschnitt 4. 2 Beispiele folgen.", &a).len(),
            1
        );
        assert_eq!(sentences("See vol. 2 of the guide.", &a).len(), 1);
    }

    #[test]
    fn questions_end_with_a_question_mark_before_closing_markup() {
        assert!(is_question("Can I use my own keys?"));
        assert!(is_question("**Q: ¿Puedo usar mis propias claves?**"));
        assert!(is_question("問：我可以使用自己的金鑰嗎？"));
        assert!(is_question("Puis-je utiliser mes propres clés ? »"));
        assert!(!is_question("Yes, you can use your own keys."));
        assert!(!is_question("See the FAQ (What is a key?) for details."));
        assert!(!is_question(""));
    }

    #[test]
    fn splits_cjk_on_full_width_ends_only() {
        let s = sentences(
            "数据在读取时加密，在写入时解密。 默认情况下使用 Microsoft 托管的密钥。",
            &[],
        );
        assert_eq!(
            s,
            vec![
                "数据在读取时加密，在写入时解密。",
                "默认情况下使用 Microsoft 托管的密钥。"
            ]
        );
        assert_eq!(
            sentences("データは暗号化されます。アクセス時に復号化されます", &[]).len(),
            2
        );
    }
}
