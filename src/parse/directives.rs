//! Microsoft Docs extensions that CommonMark does not know: `<a name>` anchors,
//! `[!INCLUDE [name](path)]` and `[!NOTE]`-style alert markers. Plain string scanning.

/// The `name` (or `id`) of an `<a name="x">` tag.
pub fn html_anchor(html: &str) -> Option<String> {
    let lower = html.trim_start().to_ascii_lowercase();
    if !lower.starts_with("<a ") {
        return None;
    }
    for attr in ["name=", "id="] {
        if let Some(pos) = lower.find(attr) {
            let rest = html.trim_start().get(pos + attr.len()..)?;
            let quote = rest.chars().next()?;
            let value = if quote == '"' || quote == '\'' {
                rest.get(quote.len_utf8()..)?.split(quote).next()?
            } else {
                rest.split(|c: char| c.is_whitespace() || c == '>').next()?
            };
            if !value.is_empty() {
                return Some(value.to_string());
            }
        }
    }
    None
}

/// Every `[!INCLUDE [name](target)]` in a block's source: (line offset, name, target).
pub fn includes(raw: &str) -> Vec<(u32, String, String)> {
    let mut out = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        let mut rest = line;
        while let Some(pos) = find_ci(rest, "[!include") {
            let Some(after) = rest.get(pos + "[!include".len()..) else {
                break;
            };
            rest = after;
            let Some((_, inner)) = rest.split_once('[') else {
                break;
            };
            let Some((name, tail)) = inner.split_once("](") else {
                break;
            };
            let Some((target, tail)) = tail.split_once(')') else {
                break;
            };
            out.push((i as u32, name.trim().to_string(), target.trim().to_string()));
            rest = tail;
        }
    }
    out
}

/// Whether a block's source holds nothing but include directives (and quote markers).
pub fn only_includes(raw: &str) -> bool {
    raw.lines().all(|l| {
        let l = l.trim().trim_start_matches('>').trim();
        l.is_empty() || (find_ci(l, "[!include") == Some(0) && l.ends_with(']'))
    })
}

/// `[!NOTE] rest` -> (`NOTE`, `rest`), for the alert kinds docs sites know.
pub fn alert_marker(text: &str) -> Option<(String, String)> {
    let rest = text.trim_start().strip_prefix("[!")?;
    let (kind, after) = rest.split_once(']')?;
    let kind = kind.trim().to_ascii_uppercase();
    const KINDS: [&str; 6] = ["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING", "DANGER"];
    KINDS
        .contains(&kind.as_str())
        .then(|| (kind, after.trim().to_string()))
}

/// Case-insensitive find of an ASCII lower-case `needle`, without allocating: only where
/// its first byte (in either case) is, found by `memchr`, is the rest compared.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return Some(0);
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h).find(|&i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

#[cfg(test)]
mod tests {

    proptest::proptest! {
        #[test]
        fn find_ci_finds_the_first_window_equal_but_for_case(hay in "([!xX\\[]|incl|INC|é|\\[!include){0,12}", needle in "(\\[!inc|x|\\[|inc)") {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            let expected = h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n));
            proptest::prop_assert_eq!(super::find_ci(&hay, &needle), expected);
        }
    }

    use super::*;

    #[test]
    fn anchors() {
        assert_eq!(
            html_anchor("<a name=\"overview\">").as_deref(),
            Some("overview")
        );
        assert_eq!(html_anchor("<a id='x'></a>").as_deref(), Some("x"));
        assert_eq!(html_anchor("<b>"), None);
        assert_eq!(html_anchor("<a href=\"y\">"), None);
    }

    #[test]
    fn alert_markers() {
        assert_eq!(
            alert_marker("[!NOTE] Text").unwrap(),
            ("NOTE".into(), "Text".into())
        );
        assert_eq!(alert_marker("[!important]").unwrap().0, "IMPORTANT");
        assert_eq!(alert_marker("[!INCLUDE [a](b)]"), None);
        assert_eq!(alert_marker("Plain"), None);
    }

    #[test]
    fn include_lines() {
        let inc = includes("[!INCLUDE [a](x/a.md)]\n[!include[b](b.md)]");
        assert_eq!(
            inc,
            vec![
                (0, "a".into(), "x/a.md".into()),
                (1, "b".into(), "b.md".into())
            ]
        );
        assert!(only_includes("[!INCLUDE [a](x/a.md)]\n"));
        assert!(!only_includes("See [!INCLUDE [a](x/a.md)] here"));
    }
}
