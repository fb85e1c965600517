//! Bounds put on a number by the words beside it ("more than 200", "201 or more", `201 이상`),
//! so that two ways of stating one limit are not taken for a changed number. The words are
//! data, per language subtag: `data/bounds.toml`.

use crate::text::{is_letter, is_letter_or_digit};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Which side of a number a bound keeps, and whether it takes the number in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `> N`: more than N.
    MoreThan,
    /// `>= N`: N or more.
    AtLeast,
    /// `< N`: less than N.
    LessThan,
    /// `<= N`: N or less.
    AtMost,
}

impl Bound {
    /// The inclusive bound equal to this exclusive one on integers, with the number it
    /// needs (`> 200` is `>= 201`); `None` for an inclusive bound.
    fn inclusive(self, n: i64) -> Option<(Bound, i64)> {
        match self {
            Bound::MoreThan => Some((Bound::AtLeast, n + 1)),
            Bound::LessThan => Some((Bound::AtMost, n - 1)),
            Bound::AtLeast | Bound::AtMost => None,
        }
    }
}

/// Whether two bounded integers state one limit: `more than 200` and `201 or more`,
/// `less than 10` and `at most 9`.
pub fn same_limit(a: (Bound, i64), b: (Bound, i64)) -> bool {
    a.0.inclusive(a.1) == Some(b) || b.0.inclusive(b.1) == Some(a)
}

/// One phrase: the words before the number and the words after it, lowercase.
struct Phrase {
    before: Vec<char>,
    after: Vec<char>,
    bound: Bound,
}

static BOUNDS: &str = include_str!("data/bounds.toml");

/// The phrases of a language subtag, longest first (none when the data has no list).
fn phrases(language: &str) -> &'static [Phrase] {
    static ALL: OnceLock<BTreeMap<String, Vec<Phrase>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let raw: BTreeMap<String, BTreeMap<String, Vec<String>>> =
            toml::from_str(BOUNDS).expect("bounds.toml parses (tested)");
        raw.into_iter()
            .map(|(lang, kinds)| {
                let mut list: Vec<Phrase> = kinds
                    .into_iter()
                    .flat_map(|(kind, phrases)| {
                        let bound = match kind.as_str() {
                            "more-than" => Bound::MoreThan,
                            "at-least" => Bound::AtLeast,
                            "less-than" => Bound::LessThan,
                            _ => Bound::AtMost,
                        };
                        phrases.into_iter().filter_map(move |p| {
                            let (before, after) = p.split_once('#')?;
                            Some(Phrase {
                                before: before.trim_end().to_lowercase().chars().collect(),
                                after: after.trim_start().to_lowercase().chars().collect(),
                                bound,
                            })
                        })
                    })
                    .collect();
                list.sort_by_key(|p| std::cmp::Reverse(p.before.len() + p.after.len()));
                (lang, list)
            })
            .collect()
    })
    .get(language)
    .map_or(&[], Vec::as_slice)
}

/// The bound the words around `chars[span]` put on that number in a text of `language`:
/// the words before it must end right before it (spaces aside), the words after it may
/// follow a unit (`200 GB or more`, `201eDTU 이상`, `200 個以上`).
pub fn bound_at(chars: &[char], span: (usize, usize), language: &str) -> Option<Bound> {
    let phrases = phrases(language);
    if phrases.is_empty() {
        return None;
    }
    let window = 40;
    let lower = |from: usize, to: usize| -> Vec<char> {
        chars
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .flat_map(|c| c.to_lowercase())
            .map(|c| if c == '’' { '\'' } else { c })
            .collect()
    };
    let mut before = lower(span.0.saturating_sub(window), span.0);
    while before.last().is_some_and(|c| c.is_whitespace()) {
        before.pop();
    }
    let after = lower(span.1, (span.1 + window).min(chars.len()));
    let starts = after_starts(&after);
    phrases
        .iter()
        .find(|p| {
            let before_ok = p.before.is_empty()
                || (before.ends_with(&p.before)
                    && before
                        .len()
                        .checked_sub(p.before.len() + 1)
                        .and_then(|i| before.get(i))
                        .is_none_or(|c| !is_letter_or_digit(*c)));
            let after_ok = p.after.is_empty()
                || starts.iter().any(|&s| {
                    after.get(s..).is_some_and(|rest| {
                        rest.starts_with(&p.after)
                            && rest
                                .get(p.after.len())
                                .is_none_or(|c| !is_letter(*c) || !c.is_ascii())
                    })
                });
            before_ok && after_ok
        })
        .map(|p| p.bound)
}

/// Where the words after a number may start: right after it, after a unit written
/// without a space (`eDTU`) or with one (`GB`), or after one or two letters of an
/// unspaced script (a counter: `個`, `개`).
fn after_starts(after: &[char]) -> Vec<usize> {
    let skip_spaces = |mut i: usize| {
        while after.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        i
    };
    let first = skip_spaces(0);
    let mut starts = vec![first];
    let unit_end = (first..after.len())
        .find(|&i| after.get(i).is_none_or(|c| c.is_whitespace()))
        .unwrap_or(after.len());
    if unit_end > first && unit_end - first <= 12 {
        starts.push(skip_spaces(unit_end));
    }
    for k in 1..=2 {
        if (first..first + k).all(|i| after.get(i).is_some_and(|c| !c.is_ascii() && is_letter(*c)))
        {
            starts.push(first + k);
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::{bound_at, same_limit, Bound};

    fn bound(text: &str, number: &str, language: &str) -> Option<Bound> {
        let chars: Vec<char> = text.chars().collect();
        let number: Vec<char> = number.chars().collect();
        let start = chars
            .windows(number.len())
            .position(|w| w == number.as_slice())
            .expect("number in text");
        bound_at(&chars, (start, start + number.len()), language)
    }

    #[test]
    fn the_data_parses_and_every_phrase_has_a_number() {
        let raw: toml::Table = toml::from_str(super::BOUNDS).expect("parses");
        for (lang, kinds) in raw {
            for (kind, phrases) in kinds.as_table().expect("a table per language") {
                assert!(
                    ["more-than", "at-least", "less-than", "at-most"].contains(&kind.as_str()),
                    "{lang}: unknown kind {kind}"
                );
                for p in phrases.as_array().expect("a list") {
                    let p = p.as_str().expect("a string");
                    assert_eq!(p.matches('#').count(), 1, "{lang} {kind}: {p}");
                }
            }
        }
    }

    #[test]
    fn reads_bounds_before_and_after_the_number_in_many_scripts() {
        assert_eq!(
            bound("resize to more than 200 eDTUs", "200", "en"),
            Some(Bound::MoreThan)
        );
        assert_eq!(
            bound("no more than 200 eDTUs", "200", "en"),
            Some(Bound::AtMost)
        );
        assert_eq!(
            bound("a pool of 200 GB or more", "200", "en"),
            Some(Bound::AtLeast)
        );
        assert_eq!(
            bound("풀 크기가 201eDTU 이상일 때", "201", "ko"),
            Some(Bound::AtLeast)
        );
        assert_eq!(
            bound("超過 200 個 eDTU", "200", "zh"),
            Some(Bound::MoreThan)
        );
        assert_eq!(bound("不超過 200 個", "200", "zh"), Some(Bound::AtMost));
        assert_eq!(bound("200 個以上", "200", "ja"), Some(Bound::AtLeast));
        assert_eq!(
            bound("na více než 200 jednotek", "200", "cs"),
            Some(Bound::MoreThan)
        );
        assert_eq!(
            bound("было больше 200.", "200", "ru"),
            Some(Bound::MoreThan)
        );
        assert_eq!(
            bound("à plus de 200 eDTU", "200", "fr"),
            Some(Bound::MoreThan)
        );
        assert_eq!(bound("200'den fazla", "200", "tr"), Some(Bound::MoreThan));
    }

    #[test]
    fn near_misses_have_no_bound() {
        // a word that merely ends like a bound word, a plain number, an unknown language
        assert_eq!(bound("the hover 200 effect", "200", "en"), None);
        assert_eq!(bound("a pool of 200 eDTUs", "200", "en"), None);
        assert_eq!(bound("more than 200", "200", "xx"), None);
        assert_eq!(bound("200 ormore", "200", "en"), None);
    }

    #[test]
    fn an_exclusive_bound_and_the_next_inclusive_one_are_one_limit() {
        assert!(same_limit((Bound::MoreThan, 200), (Bound::AtLeast, 201)));
        assert!(same_limit((Bound::AtLeast, 201), (Bound::MoreThan, 200)));
        assert!(same_limit((Bound::LessThan, 10), (Bound::AtMost, 9)));
        // the same kind of bound on two numbers is a changed number
        assert!(!same_limit((Bound::MoreThan, 200), (Bound::MoreThan, 201)));
        assert!(!same_limit((Bound::AtLeast, 200), (Bound::AtLeast, 201)));
        assert!(!same_limit((Bound::MoreThan, 200), (Bound::AtLeast, 200)));
    }
}
