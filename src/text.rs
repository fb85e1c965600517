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

/// How messages and reports show a source revision (`ms.openlocfilehash`): its first
/// 8 characters, whatever they are.
pub fn short_revision(revision: &str) -> &str {
    prefix(revision, 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_stop_on_characters_not_bytes() {
        assert_eq!(prefix("", 8), "");
        assert_eq!(prefix("abc", 8), "abc");
        assert_eq!(short_revision("1cc8afad2b3c"), "1cc8afad");
        assert_eq!(short_revision("abcdefgé€é€é"), "abcdefgé");
        assert_eq!(short_revision("é€é€é€é€é€"), "é€é€é€é€");
        assert_eq!(prefix("日本語", 2), "日本");
    }
}
