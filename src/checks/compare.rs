//! What the cross-locale checks share: naming locales, pairing each document with the
//! reference document block by block, and reading revision dates.

use crate::align::Article;
use crate::parse::Document;

/// The sorted, de-duplicated locale names of some documents, comma separated.
pub fn locales(art: &Article, docs: &[usize]) -> String {
    let mut v: Vec<&str> = docs.iter().map(|&d| art.docs[d].locale.as_str()).collect();
    v.sort();
    v.dedup();
    v.join(", ")
}

/// Whether a document is a translation (it carries localization keys).
pub fn is_translation(doc: &Document) -> bool {
    doc.front.open_loc_file_hash.is_some()
        || doc.front.loc_file_id.is_some()
        || doc.front.content_locale.is_some()
}

/// Per document, whether it was made from the same source text as the reference, as far
/// as their metadata tells (the reference itself: false): same `ms.openlocfilehash`, or
/// the reference is the source page and the translation's revision is the newest of the
/// article (or the only one).
pub fn comparable_with_reference(art: &Article) -> Vec<bool> {
    let newest = newest_revision(art);
    (0..art.docs.len())
        .map(|d| d != art.reference && comparable_with(art, art.reference, d, &newest))
        .collect()
}

fn comparable_with(art: &Article, r: usize, d: usize, newest: &Option<String>) -> bool {
    let (a, b) = (&art.docs[r].front, &art.docs[d].front);
    match (&a.open_loc_file_hash, &b.open_loc_file_hash) {
        (Some(x), Some(y)) => x == y,
        (None, Some(y)) => newest.as_ref().is_none_or(|n| n == y) && !source_is_newer(art, d),
        _ => true,
    }
}

/// The revision whose translations are newest (by `ms.date`, then `ms.lasthandoff`).
pub fn newest_revision(art: &Article) -> Option<String> {
    art.docs
        .iter()
        .filter_map(|d| {
            d.front
                .open_loc_file_hash
                .as_ref()
                .map(|h| (revision_key(d), h.clone()))
        })
        .max()
        .map(|(_, h)| h)
}

/// The order key of a translated document's revision: (`ms.date`, `ms.lasthandoff`) as day numbers.
pub fn revision_key(doc: &Document) -> (i64, i64) {
    let day = |s: &Option<String>| s.as_deref().and_then(days).unwrap_or(i64::MIN);
    (day(&doc.front.date), day(&doc.front.last_handoff))
}

/// Whether the source page of the article (no localization keys) carries an `ms.date`
/// later than that of document `d`.
pub fn source_is_newer(art: &Article, d: usize) -> bool {
    let mine = art.docs[d].front.date.as_deref().and_then(days);
    art.docs
        .iter()
        .filter(|s| !is_translation(s))
        .filter_map(|s| s.front.date.as_deref().and_then(days))
        .any(|s| mine.is_some_and(|m| s > m))
}

/// Days since 1970-01-01 of a date written `MM/DD/YYYY` (the docs convention) or
/// `YYYY-MM-DD`, years 1000 to 9999 (other years are no date: the day count of a year
/// like 10^17 overflows).
pub fn days(date: &str) -> Option<i64> {
    let date = date.trim().trim_matches('"');
    let nums: Vec<i64> = date
        .split(['/', '-', '.'])
        .map(|p| p.trim().parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = match nums.as_slice() {
        [y, m, d] if (1000..=9999).contains(y) => (*y, *m, *d),
        [m, d, y] if (1000..=9999).contains(y) => (*y, *m, *d),
        _ => return None,
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` of a day number.
pub fn iso(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A link target with any locale segment (`/fr-fr/`) removed, lower-cased host-insensitive.
pub fn normal_target(target: &str) -> String {
    let t = target.trim();
    t.split('/')
        .filter(|seg| crate::locale::Locale::from_path_segment(seg).is_none())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(days("01/01/1970"), Some(0));
        assert_eq!(iso(days("03/28/2020").unwrap()), "2020-03-28");
        assert_eq!(days("2021-07-08"), days("07/08/2021"));
        assert_eq!(days("someday"), None);
    }

    #[test]
    fn locale_segments_leave_targets() {
        assert_eq!(
            normal_target("https://docs.microsoft.com/fr-fr/azure/x"),
            "https://docs.microsoft.com/azure/x"
        );
        assert_eq!(normal_target("../iot-hub/x.md"), "../iot-hub/x.md");
    }
}
