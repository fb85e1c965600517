use super::bounds::{self, Bound};
use super::quantities::{self, Conventions};
use super::section_items::{self, Diff, Item};
use super::{ArticleContext, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Segment, SegmentKind};
use crate::align::Article;
use crate::text::is_letter;
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the numbers in the prose of every locale with
    /// the reference locale's, and reports a changed number: a section that lacks a
    /// number the reference has *and* has one the reference lacks. A number that is only
    /// missing, or only extra, is not reported: that is usually a number spelled out in
    /// words in one language ("a second layer" / "2 つ目"). Small numbers written as
    /// words (two to ten, with their inflections, in languages written with spaces:
    /// `two`, `dvě`, `трех`; data in `src/checks/data/number_words.toml`) count as those
    /// numbers, so `менее 3 ТБ` against `méně než dvě TB` is a changed number and
    /// `dvě` against `2` is none. Numbers are read from the plain text of prose and
    /// the alt text of images (`Figure 3: …`) only (never from link targets or anchors; an unfenced code block counts as prose when it
    /// reads as prose: a paragraph indented by mistake) as quantities, the way the
    /// document's language writes them: `1 200`, `1.200` (es) and `1,200` (en) are 1200,
    /// `1,5` (fr) is `1.5`, `4 p.m.` is `16:00`, `3-5`, `3 à 5` and `３～５` are 3 and 5,
    /// and a scale word counts (`6 millions`, `600만` and `6 百萬` are 6000000).
    /// Versions (`1.2.3`, `2.x`) are compared as written, a wildcard covering any digits
    /// (`6.x` is `6.0`); list numbers, numbers in identifiers
    /// (`Standard_D2s_v3`, `x64`), URLs, paths, file names and numeric dates are not read.
    /// A missing and an extra number that one writing can mean both (`1,200` is 1200 in
    /// English and 1.2 in French) cancel out, and so do a length, weight or volume and
    /// its conversion to other units (`150 miles` / `241 km`, `50 feet` / `15 m`); of the rest, only a missing and an extra
    /// number in the same place of the section (at most a line apart, counted from the
    /// section's start) are one changed number, reported once on the locale's number,
    /// when they are of one kind and size (a time for a time, within a factor of ten) or
    /// stand before the same unit (`2,3 GHz` / `2673 GHz`). A number whose digits stand in the other side's text where no quantity was read
    /// (`SP1`, `CY2018`, `1: 00`) is not counted as gone. A number stated twice, in the
    /// text and in a gloss in parentheses (`12개 요소(12-factor)`), where the others state
    /// it once, is changed when one of the two is: a lone extra number of 10 or more that
    /// no other locale has, in other parentheses than a number of its line it reads like
    /// mistyped (one more or less, twice or half, one digit other). A lone extra number
    /// is also changed when, in sections of the same shape, every other locale's block of
    /// the same rank has the same one number in its place (a word elsewhere in the
    /// section, `deux`, had made the counts agree). A fraction that no language writes as
    /// words (`0,1`, `2.1`; not a half or a quarter) is reported when the section lacks
    /// every writing of it, even with no number in its place (`0.l` for `0,1`).
    ///
    /// ## Why it matters
    /// Numbers are the facts a translator must not touch: limits, sizes, durations,
    /// versions. A changed number is a wrong instruction in one language only.
    ///
    /// ## Example
    /// en-us says `approved in 3-5 business days`, es-es says `de 5 a 7 días`:
    /// `es-es/…:24: number 3 is 7 here (en-us have 3)`.
    ///
    /// ## How to fix
    /// Copy the number from the reference locale.
    pub struct NumberMismatch { code: "CC113", name: "number-mismatch", kind: Kind::Structure, severity: Severity::Warning }
}

impl NumberMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let conventions: Vec<Conventions> = art
            .docs
            .iter()
            .map(|d| Conventions::of(&d.locale))
            .collect();
        let read = Numbers::new(art, &conventions);
        let items = |d: usize, i: usize, seg: &Segment| {
            read.of(d, i)
                .iter()
                .map(|q| Item {
                    key: q.key.clone(),
                    line: seg.line,
                    shown: q.shown.clone(),
                })
                .collect()
        };
        // A lone missing or extra number is usually a number spelled out in one language
        // ("a second layer" / "2 つ目"); only a place that lost one number and gained
        // another has a changed number (`changed_numbers`).
        let mut by_section: BTreeMap<(usize, usize), Vec<Change<Side>>> = BTreeMap::new();
        section_items::diffs(cx, items, |d, row, diff| {
            let (missing, shown, line, other_section, witnesses, witness_line, key, here) = match &diff {
                Diff::Missing {
                    reference,
                    section_line,
                    line,
                    witnesses,
                } => (
                    true,
                    &reference.shown,
                    reference.line,
                    *section_line,
                    witnesses,
                    reference.line,
                    &reference.key,
                    *line,
                ),
                Diff::Extra {
                    item,
                    reference_line,
                    witnesses,
                } => (
                    false,
                    &item.shown,
                    item.line,
                    *reference_line,
                    witnesses,
                    *reference_line,
                    &item.key,
                    item.line,
                ),
            };
            let Some(&witness) = witnesses.first() else {
                return;
            };
            // of an extra number written both ways on its line (`dos` ... `2`), the
            // digits are the one that may be a changed number
            let digits_here = (!missing && digits_of(shown).is_empty())
                .then(|| written_on(cx, &read, d, line, key))
                .flatten();
            let shown = digits_here.as_ref().unwrap_or(shown);
            let own = if missing { witness } else { d };
            // a number written as a word has one reading, its value
            let mut readings = quantities::readings(shown);
            if readings.is_empty() {
                readings.push(key.clone());
            }
            // a missing number may be any of the witness's writings of it in the section
            let places = if missing {
                places(cx, &read, witness, row, key)
            } else {
                vec![place_at(cx, &read, d, line, shown, key)]
            };
            let language = art.docs[own].locale.language();
            by_section.entry((d, row)).or_default().push(Change {
                missing,
                bounds: bounds_of(cx, own, line, conventions[own], shown, language),
                places,
                time: is_time(shown),
                readings,
                digits: value_digits(shown, key),
                word: digits_of(shown).is_empty(),
                line,
                other_section,
                finding: Side {
                    shown: shown.clone(),
                    witnesses: witnesses.clone(),
                    witness,
                    witness_line,
                    here,
                    key: key.clone(),
                },
            });
        });
        let mut out = Vec::new();
        for ((d, row), changes) in by_section {
            // A number whose digits stand in the other side's text where no quantity was
            // read (`CY2018`, `1: 00`) is not gone; a number written with a separator
            // (`2,3`) only when they stand with one (not the `23` of `3000/46/23`).
            let unread = |doc: usize| unread_digits(cx, doc, row, conventions[doc]);
            let here = unread(d);
            let mut there: BTreeMap<usize, BTreeMap<String, bool>> = BTreeMap::new();
            let stands = |runs: &BTreeMap<String, bool>, c: &Change<Side>| {
                runs.get(&c.digits)
                    .is_some_and(|&joined| joined || !separated(&c.finding.shown))
            };
            let changes: Vec<Change<Side>> = changes
                .into_iter()
                .filter(|c| {
                    // one digit stands in many identifiers (`P2`, `v1`)
                    let digits = &c.digits;
                    if digits.len() < 2 {
                        true
                    } else if c.missing {
                        !stands(&here, c)
                    } else {
                        let runs = there
                            .entry(c.finding.witness)
                            .or_insert_with(|| unread(c.finding.witness));
                        !stands(runs, c)
                    }
                })
                .collect();
            // the same number changed in every cell of a table row is one change
            let (mut was_seen, mut now_seen) = (BTreeSet::new(), BTreeSet::new());
            let Changed {
                pairs,
                extra: lone,
                missing,
            } = changed_numbers(changes);
            for (was, now) in pairs {
                let new_was = was_seen.insert(was.finding.shown.clone());
                if !now_seen.insert(now.finding.shown.clone()) || !new_was {
                    continue;
                }
                out.push(changed(cx, &Self::META, d, &was.finding, &now));
            }
            for now in lone.iter().filter(|e| !e.word) {
                let witness = now.finding.witness;
                let lines = |key: &str| {
                    let places = places(cx, &read, witness, row, key);
                    places.into_iter().map(|p| p.line).collect()
                };
                let Some((was, line)) = in_block(cx, &read, (d, row), now)
                    .or_else(|| glossed(cx, d, conventions[d], now, lines))
                else {
                    continue;
                };
                let was = Side {
                    shown: was.shown,
                    witnesses: now.finding.witnesses.clone(),
                    witness,
                    witness_line: line,
                    here: now.line,
                    key: was.key,
                };
                if was_seen.insert(was.shown.clone()) && now_seen.insert(now.finding.shown.clone()) {
                    out.push(changed(cx, &Self::META, d, &was, now));
                }
            }
            // a fraction of which one writing of several is gone was said once (`this
            // directory` for `the 2,5 TB directory`); one of which every writing is gone
            // was lost
            let lost = |m: &Change<Side>| {
                fraction(m) && places(cx, &read, d, row, &m.finding.key).is_empty()
            };
            for gone in missing.iter().filter(|m| lost(m)) {
                if was_seen.insert(gone.finding.shown.clone()) {
                    out.push(dropped(cx, &Self::META, d, &gone.finding));
                }
            }
        }
        out
    }
}

/// What a finding needs of one side of a change.
struct Side {
    shown: String,
    witnesses: Vec<usize>,
    /// The first witness, and the number's line there (a missing number) or its section's
    /// line (an extra one).
    witness: usize,
    witness_line: u32,
    /// Where it stands, or would stand, in the compared locale.
    here: u32,
    /// Its value.
    key: String,
}

/// One finding for a changed number: on the number the locale has instead, with the
/// witness's number as the related location.
fn changed(
    cx: &ArticleContext<'_>,
    meta: &'static CheckMeta,
    d: usize,
    w: &Side,
    now: &Change<Side>,
) -> Finding {
    let art = cx.article;
    let message = format!(
        "number {} is {} here ({} have {})",
        w.shown,
        now.finding.shown,
        cx.witness_locales(&w.witnesses),
        w.shown
    );
    let mut f = cx.finding(meta, &art.docs[d], now.line, message);
    f.subject = format!("{} -> {}", w.shown, now.finding.shown);
    f.help = Some("copy the number from the reference locale".into());
    f.related.push(ArticleContext::related(
        &art.docs[w.witness],
        w.witness_line,
        w.shown.clone(),
    ));
    f
}

/// Whether a missing number is a fraction written in digits that no language writes as
/// words (`0,1`, `2.1`), so that a locale lacking it lost it (`0.l` for `0,1`): whatever
/// its writing, each of its values has a fractional part, and not a half or a quarter
/// (`0,5` days is `une demi-journée`, `2,5` hours `2 h 30`); not a time.
fn fraction<F>(m: &Change<F>) -> bool {
    !m.word
        && !m.time
        && m.readings.iter().all(|r| {
            r.split_once('.').is_some_and(|(whole, part)| {
                let part = part.trim_end_matches('0');
                !whole.is_empty()
                    && !part.is_empty()
                    && !matches!(part, "5" | "25" | "75")
                    && (whole.bytes().chain(part.bytes())).all(|b| b.is_ascii_digit())
            })
        })
}

/// One finding for a fraction a locale lacks ([`fraction`]): where it would stand, with
/// the witness's number as the related location.
fn dropped(cx: &ArticleContext<'_>, meta: &'static CheckMeta, d: usize, w: &Side) -> Finding {
    let art = cx.article;
    let message = format!(
        "number {} is missing here ({} have {})",
        w.shown,
        cx.witness_locales(&w.witnesses),
        w.shown
    );
    let mut f = cx.finding(meta, &art.docs[d], w.here, message);
    f.subject = format!("missing {}", w.shown);
    f.help = Some("copy the number from the reference locale".into());
    f.related.push(ArticleContext::related(
        &art.docs[w.witness],
        w.witness_line,
        w.shown.clone(),
    ));
    f
}

/// The number a lone extra number `now` of document `d` replaced in its own block, when
/// another writing of that number elsewhere in the section (`deux` in another paragraph)
/// made the section's counts agree: for every witness (each locale that lacks `now`), the
/// sections of `d` and the witness are made of the same sequence of kinds of blocks, and
/// the witness's block of the same rank has the same one number this block lacks, where
/// this block has no other number the witness's lacks; and the two are of one size
/// (within ten times; below ten, whole and beside other numbers). That number, and its
/// line in the first witness.
fn in_block(
    cx: &ArticleContext<'_>,
    read: &Numbers<'_>,
    (d, row): (usize, usize),
    now: &Change<Side>,
) -> Option<(quantities::Quantity, u32)> {
    let art = cx.article;
    let body = |doc: usize| {
        let s = art.rows[row].cells[doc]?;
        Some(art.sections[doc][s].body.clone())
    };
    let mine = body(d)?;
    let a = &art.docs[d].segments[mine.clone()];
    let rank = a.iter().position(|seg| seg.line == now.line)?;
    let here = read.of(d, mine.start + rank);
    let keys = |qs: &[quantities::Quantity]| -> Vec<String> {
        let mut k: Vec<String> = qs.iter().map(|q| q.key.clone()).collect();
        k.sort();
        k
    };
    let our_keys = keys(here);
    // the one number witness `w`'s block of this rank has where this one has `now`
    let lost = |w: usize| -> Option<(quantities::Quantity, u32)> {
        let theirs = body(w)?;
        let b = &art.docs[w].segments[theirs.clone()];
        if !section_items::same_shape(a, b) {
            return None;
        }
        let there = read.of(w, theirs.start + rank);
        let (mut ours, mut their) = (our_keys.clone(), keys(there));
        let mut i = 0;
        while i < ours.len() {
            match their.iter().position(|k| *k == ours[i]) {
                Some(j) => {
                    their.remove(j);
                    ours.remove(i);
                }
                None => i += 1,
            }
        }
        let ([gained], [lost]) = (ours.as_slice(), their.as_slice()) else {
            return None;
        };
        here.iter()
            .any(|q| q.key == *gained && q.shown == now.finding.shown)
            .then(|| there.iter().find(|q| q.key == *lost))
            .flatten()
            .map(|q| (q.clone(), b[rank].line))
    };
    let mut witnesses = now.finding.witnesses.iter().map(|&w| lost(w));
    let (q, line) = witnesses.next()??;
    if !witnesses.all(|other| other.is_some_and(|(o, _)| o.key == q.key)) {
        return None;
    }
    if digits_of(&q.shown).is_empty() || is_time(&q.shown) != is_time(&now.finding.shown) {
        return None;
    }
    let gained = here.iter().find(|g| g.shown == now.finding.shown)?;
    let (x, y) = (q.key.parse::<f64>().ok()?, gained.key.parse::<f64>().ok()?);
    let (lo, hi) = if x < y { (x, y) } else { (y, x) };
    let sized = if hi < 10.0 {
        here.len() > 1 && x.fract() == 0.0 && y.fract() == 0.0
    } else {
        lo > 0.0 && hi < lo * 10.0
    };
    sized.then_some((q, line))
}

/// The number a lone extra number `now` of document `d` replaced in a gloss: a paragraph
/// that states a number twice, once in parentheses (`12개 요소(12-factor)`, `Excel 2010 …
/// (Книга Excel 2010 …)`, `(Alert 46) (警示 46)`), where the witnesses state it once.
/// When one of the two was changed, the locale has the number once, as the witnesses do,
/// and the other as a lone extra: it is a changed number when the witness has no such
/// number in the section, and it stands in other parentheses than every writing of a
/// number of its line that the witness has (`lines`: the witness's lines with a value) and
/// that it reads like mistyped ([`mistyped`]).
/// That number, and its first line in the witness.
fn glossed(
    cx: &ArticleContext<'_>,
    d: usize,
    conv: Conventions,
    now: &Change<Side>,
    lines: impl Fn(&str) -> Vec<u32>,
) -> Option<(quantities::Quantity, u32)> {
    let value = now.finding.shown.parse::<u64>().ok()?;
    for text in cx.article.docs[d]
        .segments
        .iter()
        .filter(|seg| seg.line == now.line)
        .filter_map(prose_of)
    {
        let chars = quantities::normalized(text);
        let group = |at: usize| innermost_parentheses(&chars, at);
        let all = quantities::read(text, conv);
        let Some(here) = all.iter().find(|q| q.shown == now.finding.shown) else {
            continue;
        };
        // the witness has no such number anywhere in the section
        if !lines(&here.key).is_empty() {
            continue;
        }
        let place = group(here.span.0);
        for q in &all {
            // the other number stands outside the extra one's parentheses, everywhere
            let apart = all
                .iter()
                .filter(|o| o.shown == q.shown)
                .all(|o| group(o.span.0) != place);
            if apart
                && (group(q.span.0).is_some() || place.is_some())
                && q.shown.parse::<u64>().is_ok_and(|w| mistyped(w, value))
            {
                if let Some(&line) = lines(&q.key).first() {
                    return Some((q.clone(), line));
                }
            }
        }
    }
    None
}

/// Where the innermost parentheses around char `at` open, if any (`(` or `（`).
fn innermost_parentheses(chars: &[char], at: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, &c) in chars.iter().enumerate().take(at) {
        match c {
            '(' | '（' => open.push(i),
            ')' | '）' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().copied()
}

/// Whether `b` reads like `a` mistyped: one more or less, twice or half of it, or the same
/// number of digits with one other; both 10 or more (a small number in parentheses is
/// mostly a step or a callout, `(1)`, `(2)`, and small numbers are words in many places).
fn mistyped(a: u64, b: u64) -> bool {
    let (sa, sb) = (a.to_string(), b.to_string());
    let one_digit =
        sa.len() == sb.len() && sa.bytes().zip(sb.bytes()).filter(|(x, y)| x != y).count() == 1;
    a >= 10 && b >= 10 && a != b && (a.abs_diff(b) == 1 || a == 2 * b || b == 2 * a || one_digit)
}

/// The bounds the words around a number put on it (`more than 200`), with its value when
/// that is an integer counted in units (not a percentage): every number written `shown`
/// in the paragraph at `line`.
fn bounds_of(
    cx: &ArticleContext<'_>,
    doc: usize,
    line: u32,
    conv: Conventions,
    shown: &str,
    language: &str,
) -> Vec<(Bound, i64)> {
    let mut out = Vec::new();
    for text in cx.article.docs[doc]
        .segments
        .iter()
        .filter(|seg| seg.line == line)
        .filter_map(prose_of)
    {
        let chars = quantities::normalized(text);
        for q in quantities::read(text, conv) {
            // "more than 80 %" is not "81 % or more": a share is not counted in units
            let percent = chars
                .get(q.span.1..)
                .and_then(|rest| rest.iter().find(|c| !c.is_whitespace()))
                .is_some_and(|&c| c == '%');
            if q.shown != shown || percent {
                continue;
            }
            if let (Ok(value), Some(bound)) = (
                q.key.parse::<i64>(),
                bounds::bound_at(&chars, q.span, language),
            ) {
                out.push((bound, value));
            }
        }
    }
    out
}

/// Whether a number is a time of day or a duration in hours (`16:00`, `4 p.m.`, `2 h 30`).
fn is_time(shown: &str) -> bool {
    quantities::read(shown, Conventions::TOLERANT)
        .first()
        .is_some_and(|q| q.key.contains(':'))
        || shown.split_whitespace().any(|w| w == "h")
}

/// The place of the number `shown` on `line` of a document: the digits of the other
/// numbers of its paragraph, sorted, and the unit written after it.
fn place_at(
    cx: &ArticleContext<'_>,
    read: &Numbers<'_>,
    doc: usize,
    line: u32,
    shown: &str,
    key: &str,
) -> Place {
    let segments = &cx.article.docs[doc].segments;
    let here: Vec<usize> = on_line(cx, doc, line).collect();
    let at = here.iter().find_map(|&i| {
        let q = read.of(doc, i).iter().find(|q| q.shown == shown)?;
        Some((&segments[i], q))
    });
    Place {
        line,
        word: digits_of(shown).is_empty(),
        others: digits_but(here.iter().flat_map(|&i| read.of(doc, i)), &value_digits(shown, key)),
        unit: at.and_then(|(seg, q)| unit_after(seg, q)),
        measure: at.and_then(|(seg, q)| measure_after(seg, q)),
    }
}

/// The segments of document `doc` that start on `line`.
fn on_line<'c>(
    cx: &'c ArticleContext<'_>,
    doc: usize,
    line: u32,
) -> impl Iterator<Item = usize> + 'c {
    let segments = &cx.article.docs[doc].segments;
    (0..segments.len()).filter(move |&i| segments[i].line == line)
}

/// How a number of value `key` is written in digits on a line of document `doc`, if it is.
fn written_on(
    cx: &ArticleContext<'_>,
    read: &Numbers<'_>,
    doc: usize,
    line: u32,
    key: &str,
) -> Option<String> {
    on_line(cx, doc, line)
        .flat_map(|i| read.of(doc, i))
        .find(|q| q.key == key && !digits_of(&q.shown).is_empty())
        .map(|q| q.shown.clone())
}

/// The unit written after a number of a segment: the word that follows it, of two to
/// [`UNIT_LETTERS`] letters, the first a capital (`GHz`, `GB`, `ГБ`, `Mbps`), where a
/// lower-case word after a number is as often a word of the sentence as a unit.
fn unit_after(seg: &Segment, q: &quantities::Quantity) -> Option<String> {
    let word = word_after(seg, q)?;
    let letters = word.chars().count();
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    ((2..=UNIT_LETTERS).contains(&letters) && capital).then_some(word)
}

/// The word written right after a number of a segment (after one space at most).
fn word_after(seg: &Segment, q: &quantities::Quantity) -> Option<String> {
    let chars = quantities::normalized(prose_of(seg)?);
    let rest = chars.get(q.span.1..)?;
    let start = rest.iter().position(|&c| c != ' ' && c != '\u{a0}')?;
    if start > 1 {
        return None;
    }
    let word: String = rest[start..].iter().take_while(|&&c| is_letter(c)).collect();
    (!word.is_empty()).then_some(word)
}

/// A unit of one of the measures translations convert ([`UNITS`]): the measure's index,
/// and whether the unit is the metric one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Measure {
    of: usize,
    metric: bool,
}

/// Per measure: how many metric units one imperial unit is, the imperial units' words
/// and the metric units' (a word is a unit when it is one of these, or starts with one
/// written with a final `*`), in the languages of the docs.
const UNITS: [(f64, &[&str], &[&str]); 5] = [
    (
        1.609_344,
        &["mi", "mile", "miles", "mil", "milla*", "milles", "milha*", "meile*", "migli*", "мил*", "英里", "英哩", "哩", "마일", "マイル", "mijl*"],
        &["km", "км", "kilomet*", "kilomèt*", "kilómet*", "quilômet*", "quilómet*", "chilomet*", "километр*", "公里", "킬로미터", "キロ"],
    ),
    (
        0.3048,
        &["ft", "feet", "foot", "pied*", "pie", "pies", "pés", "fuß", "fuss", "piedi", "фут*", "stop", "stóp", "英尺", "呎", "피트", "フィート", "voet"],
        &["m", "м", "meter*", "mètre*", "metro*", "metr*", "метр*", "公尺", "米", "미터", "メートル"],
    ),
    (
        2.54,
        &["in", "inch*", "pouce*", "pulgada*", "polegada*", "zoll", "pollic*", "дюйм*", "palc*", "cal*", "英寸", "吋", "인치", "インチ"],
        &["cm", "см", "centimet*", "centimèt*", "centímet*", "сантиметр*", "公分", "厘米", "센티미터", "センチ"],
    ),
    (
        0.453_592,
        &["lb", "lbs", "pound*", "livre*", "libra*", "pfund", "libbr*", "фунт*", "liber", "funt*", "磅", "파운드", "ポンド"],
        &["kg", "кг", "kilogram*", "kilogramm*", "quilogram*", "килограмм*", "公斤", "킬로그램", "キロ"],
    ),
    (
        3.785_41,
        &["gal", "gallon*", "galon*", "galõ*", "галлон*", "加侖", "加仑", "갤런", "ガロン"],
        &["l", "л", "liter*", "litre*", "litro*", "литр*", "公升", "升", "리터", "リットル", "litr*"],
    ),
];

/// The unit of a measure written after a number ([`UNITS`]): `150 miles`, `241 km`,
/// `150마일`, `241 公里`.
fn measure_after(seg: &Segment, q: &quantities::Quantity) -> Option<Measure> {
    let word = word_after(seg, q)?.to_lowercase();
    let is = |unit: &str| match unit.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        // a CJK unit stands before the next word without a space
        None => word == unit || (!unit.is_ascii() && unit.chars().count() > 1 && word.starts_with(unit)),
    };
    UNITS.iter().enumerate().find_map(|(of, (_, imperial, metric))| {
        if imperial.iter().any(|u| is(u)) {
            Some(Measure { of, metric: false })
        } else if metric.iter().any(|u| is(u)) {
            Some(Measure { of, metric: true })
        } else {
            None
        }
    })
}

/// Whether a missing and an extra number are one quantity converted to other units: an
/// imperial unit of a measure after one, its metric unit after the other, and the metric
/// number the imperial one times the factor, rounded (within 5%): `150 miles` /
/// `241 km`, `50 feet` / `15 m`.
fn converted<F>(m: &Change<F>, e: &Change<F>) -> bool {
    let value = |c: &Change<F>| c.readings.iter().find_map(|r| r.parse::<f64>().ok());
    let (Some(a), Some(b)) = (value(m), value(e)) else {
        return false;
    };
    let Some(theirs) = e.places.first().and_then(|p| p.measure) else {
        return false;
    };
    m.places.iter().filter_map(|p| p.measure).any(|mine| {
        if mine.of != theirs.of || mine.metric == theirs.metric {
            return false;
        }
        let (imperial, metric) = if mine.metric { (b, a) } else { (a, b) };
        let factor = UNITS[mine.of].0;
        imperial > 0.0 && (metric / (imperial * factor) - 1.0).abs() <= 0.05
    })
}

/// The most letters of a unit ([`unit_after`]).
const UNIT_LETTERS: usize = 5;

/// The digits ([`value_digits`]) of numbers `all` but one of digits `me`, sorted.
fn digits_but<'q>(all: impl IntoIterator<Item = &'q quantities::Quantity>, me: &str) -> Vec<String> {
    let mut all: Vec<String> = all
        .into_iter()
        .map(|q| value_digits(&q.shown, &q.key))
        .collect();
    if let Some(i) = all.iter().position(|x| *x == me) {
        all.remove(i);
    }
    all.sort();
    all
}

/// The numbers of a prose text of `language`: its quantities, and small numbers written
/// as words (`two`, `dvě`), which another language may write as digits.
/// Whether a segment's numbers are read: prose, or an unfenced code block that holds
/// prose (a paragraph or list item indented by mistake in one locale: `    **Maximum
/// delivery count**: … 10 by default`): no language, at least [`PROSE_WORDS`] words, two
/// tokens in three plain words, and none of the marks of code.
fn holds_prose(seg: &Segment) -> bool {
    match &seg.kind {
        SegmentKind::CodeBlock { lang } => lang.trim().is_empty() && reads_as_prose(&seg.text),
        kind => kind.is_prose(),
    }
}

/// The prose of a segment whose numbers are read: its text ([`holds_prose`]), or an
/// image's alt text (`Figure 3: …`).
fn prose_of(seg: &Segment) -> Option<&str> {
    match &seg.kind {
        SegmentKind::Image { alt, .. } => Some(alt),
        _ => holds_prose(seg).then_some(seg.text.as_str()),
    }
}

/// Words an indented block needs to be read as prose.
const PROSE_WORDS: usize = 6;

/// Whether a text reads as prose rather than code: see [`holds_prose`].
fn reads_as_prose(text: &str) -> bool {
    if text.contains(['{', '}', '=', '$', ';', '|', '<', '>', '\\']) || text.contains(" -") {
        return false;
    }
    let (mut tokens, mut words) = (0, 0);
    for token in text.split_whitespace() {
        tokens += 1;
        let word = token.trim_matches(|c: char| {
            matches!(c, '*' | '_' | '.' | ',' | ':' | '!' | '?' | '(' | ')' | '"' | '«' | '»' | '“' | '”' | '’')
        });
        if !word.is_empty() && word.chars().all(|c| is_letter(c) || c == '-' || c == '\'') {
            words += 1;
        }
    }
    words >= PROSE_WORDS && 3 * words >= 2 * tokens
}

/// The [`numbers`] of every segment of an article's documents that has prose
/// ([`prose_of`]), read when first asked for: the sections are compared once, and the
/// section and the paragraph of a changed number looked at again, without reading them
/// again.
struct Numbers<'a> {
    art: &'a Article,
    conventions: &'a [Conventions],
    /// By document and segment.
    read: Vec<Vec<OnceCell<Vec<quantities::Quantity>>>>,
}

impl<'a> Numbers<'a> {
    fn new(art: &'a Article, conventions: &'a [Conventions]) -> Numbers<'a> {
        let read = art
            .docs
            .iter()
            .map(|d| d.segments.iter().map(|_| OnceCell::new()).collect())
            .collect();
        Numbers {
            art,
            conventions,
            read,
        }
    }

    /// The numbers of segment `i` of document `doc` (none when it holds no prose).
    fn of(&self, doc: usize, i: usize) -> &[quantities::Quantity] {
        self.read[doc][i].get_or_init(|| {
            let d = &self.art.docs[doc];
            prose_of(&d.segments[i]).map_or_else(Vec::new, |text| {
                numbers(text, self.conventions[doc], d.locale.language())
            })
        })
    }
}

fn numbers(text: &str, conv: Conventions, language: &str) -> Vec<quantities::Quantity> {
    let mut all = quantities::read(text, conv);
    all.extend(quantities::number_words(text, language));
    all
}

/// The digits of a number: as written (separators dropped), or for a number written as a
/// word, of its value.
fn value_digits(shown: &str, key: &str) -> String {
    let digits = digits_of(shown);
    if digits.is_empty() {
        digits_of(key)
    } else {
        digits
    }
}

/// The digits of a number as written, separators dropped (`1 200` and `1,200` are `1200`).
fn digits_of(shown: &str) -> String {
    shown.chars().filter_map(digit).collect()
}

/// An ASCII or full-width decimal digit.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{ff10}'..='\u{ff19}' => char::from_u32(u32::from(c) - 0xff10 + u32::from('0')),
        _ => None,
    }
}

/// The runs of digits in the prose of one section of a document that are not the digits
/// of a number [`quantities::read`] read there: a run goes on over one separator
/// (`1 000`, `0,5`, `11:00`, and `1: 00`), and stops at anything else. With each, whether
/// one of its runs went on over a separator.
fn unread_digits(
    cx: &ArticleContext<'_>,
    doc: usize,
    row: usize,
    conv: Conventions,
) -> BTreeMap<String, bool> {
    let mut runs: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for text in cx.row_body(doc, row).iter().filter_map(prose_of) {
        for (run, joined) in digit_runs(text) {
            let seen = runs.entry(run).or_default();
            seen.0 += 1;
            seen.1 |= joined;
        }
        for q in quantities::read(text, conv) {
            if let Some((n, _)) = runs.get_mut(&digits_of(&q.shown)) {
                *n = n.saturating_sub(1);
            }
        }
    }
    runs.into_iter()
        .filter(|&(_, (n, _))| n > 0)
        .map(|(run, (_, joined))| (run, joined))
        .collect()
}

/// Whether a number is written with a separator between its digits (`2,3`, `1 200`).
fn separated(shown: &str) -> bool {
    let inner = shown.trim_matches(|c: char| digit(c).is_none());
    inner.chars().any(|c| digit(c).is_none())
}

/// Runs of digits joined over one separator (`.`, `,`, `:`, `'`, a space), or over `: `
/// before two digits (a time written `1: 00`), each with whether it was joined.
fn digit_runs(text: &str) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut run = String::new();
    let mut joined = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if let Some(d) = digit(c) {
            run.push(d);
            i += 1;
            continue;
        }
        let next = |k: usize| chars.get(i + k).copied().and_then(digit);
        let sep = matches!(c, '.' | ',' | ':' | '\'' | ' ' | '\u{a0}' | '\u{202f}');
        if !run.is_empty() && sep && next(1).is_some() {
            joined = true;
            i += 1;
        } else if !run.is_empty()
            && c == ':'
            && chars.get(i + 1) == Some(&' ')
            && next(2).is_some()
            && next(3).is_some()
            && next(4).is_none()
        {
            joined = true;
            i += 2;
        } else {
            if !run.is_empty() {
                runs.push((std::mem::take(&mut run), std::mem::take(&mut joined)));
            }
            i += 1;
        }
    }
    if !run.is_empty() {
        runs.push((run, joined));
    }
    runs
}

/// One writing of a number in a section.
struct Place {
    line: u32,
    /// Written as a word (`two`, `三個`) there.
    word: bool,
    /// The digits of the other numbers of its line, sorted.
    others: Vec<String>,
    /// The unit written after it there ([`unit_after`]).
    unit: Option<String>,
    /// The unit of length, weight or volume written after it there ([`measure_after`]).
    measure: Option<Measure>,
}

/// The places of a document's section (`row`) where a number of value `key` stands: a
/// line's writing is a word when none of its writings there is in digits.
fn places(
    cx: &ArticleContext<'_>,
    read: &Numbers<'_>,
    doc: usize,
    row: usize,
    key: &str,
) -> Vec<Place> {
    let segments = &cx.article.docs[doc].segments;
    let mut by_line: BTreeMap<u32, Vec<(usize, &quantities::Quantity)>> = BTreeMap::new();
    for i in cx.row_range(doc, row) {
        let all = read.of(doc, i).iter().map(|q| (i, q));
        by_line.entry(segments[i].line).or_default().extend(all);
    }
    by_line
        .into_iter()
        .filter_map(|(line, all)| {
            let written = |q: &&(usize, &quantities::Quantity)| !digits_of(&q.1.shown).is_empty();
            let mine = all.iter().filter(|q| q.1.key == key);
            let &(i, me) = mine.clone().find(written).or_else(|| mine.clone().next())?;
            Some(Place {
                line,
                word: digits_of(&me.shown).is_empty(),
                others: digits_but(all.iter().map(|q| q.1), &value_digits(&me.shown, &me.key)),
                unit: unit_after(&segments[i], me),
                measure: measure_after(&segments[i], me),
            })
        })
        .collect()
}

/// A number one side of a section has and the other lacks.
struct Change<F> {
    /// Missing in the compared locale (the line is the reference's), else extra there.
    missing: bool,
    /// The bounds words put on it where it stands, with its integer value (`more than 200`).
    bounds: Vec<(Bound, i64)>,
    /// Every value its writing may have.
    readings: Vec<String>,
    /// Its digits, separators dropped ([`digits_of`]), or its value's for a word.
    digits: String,
    /// Written as a word (`two`, `三個`).
    word: bool,
    /// A time of day or a duration in hours (`16:00`, `4 p.m.`, `2 h 30`).
    time: bool,
    /// The number's line in its own document.
    line: u32,
    /// Every place it may stand on: its own, or for a missing number every line of the
    /// witness's section that has it.
    places: Vec<Place>,
    /// The line of the same section in the other document.
    other_section: u32,
    finding: F,
}

/// How many lines apart, counted from the start of their sections, a missing and an
/// extra number may be and still be one changed number (a translation keeps the lines of
/// its source; a line of slack for a reflowed paragraph).
const SAME_PLACE: i64 = 1;

/// The changed numbers of a section, as (the witnesses' number, this locale's), the
/// extra numbers left over, and the missing ones with no extra number in their place.
struct Changed<F> {
    pairs: Vec<(Change<F>, Change<F>)>,
    extra: Vec<Change<F>>,
    missing: Vec<Change<F>>,
}

/// The changed numbers of one section, as (the witnesses' number, this locale's). A
/// missing and an extra number that one writing can mean both cancel out; of the rest, a
/// missing number and the nearest extra one in the same place of the section (at most
/// [`SAME_PLACE`] lines apart, counted from the section's start) are a number changed
/// there. A lone missing or extra number is not a change; the extra ones are returned
/// too, for [`glossed`].
fn changed_numbers<F>(changes: Vec<Change<F>>) -> Changed<F> {
    let (missing, mut extra): (Vec<_>, Vec<_>) = changes.into_iter().partition(|c| c.missing);
    let mut kept = Vec::new();
    for m in missing {
        match extra.iter().position(|e| same_number(&m, e)) {
            Some(i) => {
                extra.remove(i);
            }
            None => kept.push(m),
        }
    }
    // The section starts: the reference's is where an extra number points, the compared
    // locale's where a missing one does.
    let (Some(reference), Some(compared)) = (
        extra.first().map(|e| e.other_section),
        kept.first().map(|m| m.other_section),
    ) else {
        return Changed {
            pairs: Vec::new(),
            extra,
            missing: kept,
        };
    };
    let offset = |c: &Change<F>, line: u32| {
        let start = if c.missing { reference } else { compared };
        i64::from(line) - i64::from(start)
    };
    // a number written as a word answers for digits elsewhere, but a word where the
    // others have another number is a phrase (`cuarenta y cinco` is 45, `d'une minute` is
    // 1), not a changed digit; and "one" is never read as a word (it is also the
    // article), so a 1 where others have a word may be their "one" as well
    let one = |e: &Change<F>| e.readings.iter().any(|r| r == "1");
    // the nearest of the missing number's places where the extra one may be it changed
    let gap = |m: &Change<F>, e: &Change<F>| {
        m.places
            .iter()
            .map(|p| (p, (offset(m, p.line) - offset(e, e.line)).abs()))
            .filter(|&(p, gap)| {
                gap <= SAME_PLACE
                    && !(e.word || p.word && one(e))
                    && !still_there(m, p, e)
                    && may_be_changed(m, p, e, gap)
            })
            .map(|(_, gap)| gap)
            .min()
    };
    let (mut pairs, mut missing) = (Vec::new(), Vec::new());
    for m in kept {
        let nearest = extra
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, gap(&m, e)?)))
            .min_by_key(|&(i, gap)| (gap, i));
        if let Some((i, _)) = nearest {
            pairs.push((m, extra.remove(i)));
        } else {
            missing.push(m);
        }
    }
    // a number in the place of a missing one, which the rules above do not take for it
    // changed, may be it converted (`2.3 GB` / `2355 Mo`): that one is not lost; a time,
    // or a piece of its digits (`.1` of `0,1`), is no conversion
    missing.retain(|m| {
        !extra.iter().any(|e| {
            let piece = m.digits.starts_with(&e.digits) || m.digits.ends_with(&e.digits);
            !(e.time || piece)
                && m.places
                .iter()
                .any(|p| (offset(m, p.line) - offset(e, e.line)).abs() <= SAME_PLACE)
        })
    });
    Changed {
        pairs,
        extra,
        missing,
    }
}

/// Whether a missing and an extra number are one number written two ways: a writing that
/// can mean the other's value (`1,200` / `1.2`, `4 PM` / `16 h`), or the same digits with
/// some left off (`6 p.m.` / `6.` hodině, `1980` / los `80`, `1:00` / `1: 00`), or one
/// limit stated two ways (`more than 200` / `201 이상`, "201 or more"), or one length,
/// weight or volume in two systems of units ([`converted`]: `150 miles` / `241 km`).
fn same_number<F>(m: &Change<F>, e: &Change<F>) -> bool {
    if converted(m, e) {
        return true;
    }
    if m
        .bounds
        .iter()
        .any(|&a| e.bounds.iter().any(|&b| bounds::same_limit(a, b)))
    {
        return true;
    }
    // one digit starts or ends too many numbers to say anything
    let contains =
        |a: &str, b: &str| a == b || (b.len() >= 2 && (a.starts_with(b) || a.ends_with(b)));
    let fits = |a: &Change<F>, b: &Change<F>| {
        a.readings
            .iter()
            .any(|p| b.readings.iter().any(|v| quantities::fits_wildcards(p, v)))
    };
    e.readings.iter().any(|r| m.readings.contains(r))
        || fits(m, e)
        || fits(e, m)
        || contains(&m.digits, &e.digits)
        || contains(&e.digits, &m.digits)
}

/// Whether an extra number `gap` lines from a missing one can be that number changed: a
/// time for a time and a count for a count, within a factor of ten of each other (a
/// number twice or a digit off is a changed number, a digit more or less is not; `1` and `2012` are two numbers of
/// misaligned lines), and two numbers below ten only on one line of paragraphs whose
/// other numbers are [`parallel`] (small numbers are often words in one language and
/// digits in another), both whole or both not (`6` feet is `1,8` m); or, whatever their
/// sizes, two numbers before the same unit (`2,3 GHz` / `2673 GHz`).
fn may_be_changed<F>(m: &Change<F>, place: &Place, e: &Change<F>, gap: i64) -> bool {
    if m.is_time() != e.is_time() {
        return false;
    }
    if m.is_time() {
        return true;
    }
    // the same unit after both: the number before it changed, whatever its size
    let theirs = e.places.first().and_then(|p| p.unit.as_ref());
    if place.unit.is_some() && place.unit.as_ref() == theirs {
        return true;
    }
    let values = |c: &Change<F>| -> Vec<f64> {
        c.readings
            .iter()
            .filter_map(|r| r.parse::<f64>().ok())
            .collect()
    };
    let (mv, ev) = (values(m), values(e));
    if mv.is_empty() || ev.is_empty() {
        return true;
    }
    mv.iter().any(|&a| {
        ev.iter().any(|&b| {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            let small = hi < 10.0;
            if small {
                // a whole number for a fraction is a conversion (`6 feet`, `1,8 m`)
                let whole = |x: f64| x.fract() == 0.0;
                let theirs = e.places.first().map_or(&[][..], |p| &p.others[..]);
                gap == 0 && parallel(&place.others, theirs) && whole(a) == whole(b)
            } else {
                lo > 0.0 && hi < lo * 10.0
            }
        })
    })
}

/// Whether the line of an extra number still has the missing one as often as the
/// witness's line (`place`) has it: the number went missing elsewhere.
fn still_there<F>(m: &Change<F>, place: &Place, e: &Change<F>) -> bool {
    let count = |others: &[String]| others.iter().filter(|d| **d == m.digits).count();
    let theirs = e.places.first().map_or(0, |p| count(&p.others));
    theirs > count(&place.others)
}

/// Whether the other numbers of two paragraphs (sorted) show them to be the same
/// paragraph: the same numbers, or one side's all among the other's, at least one (a
/// number dropped beside the changed one, or a conversion added: `6 pieds (env. 183 cm)`).
fn parallel(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut rest = long.iter();
    a == b || (!short.is_empty() && short.iter().all(|x| rest.any(|y| y == x)))
}

impl<F> Change<F> {
    fn is_time(&self) -> bool {
        self.time
    }
}

#[cfg(test)]
mod tests {
    use super::{changed_numbers, digit_runs, Change, NumberMismatch};
    use crate::checks::quantities::readings;
    use crate::checks::testing::{file, page, run};

    /// A change at line 12 of sections that start at line 10 in both documents.
    fn change(missing: bool, shown: &'static str) -> Change<&'static str> {
        at(missing, shown, 12)
    }

    /// The pairs as (missing, extra) findings.
    fn pairs(changes: Vec<Change<&'static str>>) -> Vec<(&'static str, &'static str)> {
        changed_numbers(changes)
            .pairs
            .into_iter()
            .map(|(m, e)| (m.finding, e.finding))
            .collect()
    }

    fn at(missing: bool, shown: &'static str, line: u32) -> Change<&'static str> {
        Change {
            missing,
            bounds: Vec::new(),
            readings: readings(shown),
            digits: super::digits_of(shown),
            word: super::digits_of(shown).is_empty(),
            time: super::is_time(shown),
            places: vec![super::Place {
                line,
                word: super::digits_of(shown).is_empty(),
                others: Vec::new(),
                unit: None,
                measure: None,
            }],
            line,
            other_section: 10,
            finding: shown,
        }
    }

    #[test]
    fn a_missing_and_an_extra_number_far_apart_are_not_a_change() {
        // "five to ten minutes" in one paragraph, "2 disks" dropped in another
        assert!(pairs(vec![at(true, "20", 12), at(false, "50", 20)]).is_empty());
        assert_eq!(
            pairs(vec![
                at(true, "20", 12),
                at(false, "50", 20),
                at(false, "30", 13)
            ]),
            [("20", "30")]
        );
    }

    #[test]
    fn a_lone_missing_or_extra_number_is_not_a_change() {
        assert!(pairs(vec![change(true, "2")]).is_empty());
        assert!(pairs(vec![change(false, "2")]).is_empty());
    }

    #[test]
    fn a_writing_that_can_mean_the_other_value_cancels_out() {
        // `1,200` is 1200 in English and reads 1.2 in Spanish; `4 PM` and `16 h`
        assert!(pairs(vec![change(true, "1,200"), change(false, "1,200")]).is_empty());
        assert!(pairs(vec![change(true, "4 PM"), change(false, "16 h")]).is_empty());
        assert!(pairs(vec![change(true, "2"), change(false, "2:00")]).is_empty());
        // the same digits, some left off: `6 p.m.` / `6.` hodině, `1980` / los `80`
        assert!(pairs(vec![change(true, "6 p.m."), change(false, "6")]).is_empty());
        assert!(pairs(vec![change(true, "1980"), change(false, "80")]).is_empty());
    }

    #[test]
    fn numbers_of_another_kind_or_magnitude_are_not_a_change() {
        assert!(pairs(vec![change(true, "22:00"), change(false, "10")]).is_empty());
        assert!(pairs(vec![change(true, "1"), change(false, "2012")]).is_empty());
        assert!(pairs(vec![change(true, "200"), change(false, "4")]).is_empty());
        // small numbers only on the same line
        assert!(pairs(vec![at(true, "2", 12), at(false, "4", 13)]).is_empty());
        assert_eq!(
            pairs(vec![at(true, "2", 12), at(false, "3", 12)]),
            [("2", "3")]
        );
        assert_eq!(
            pairs(vec![change(true, "39"), change(false, "11,9")]),
            [("39", "11,9")]
        );
    }

    #[test]
    fn a_really_changed_number_is_one_change() {
        assert_eq!(
            pairs(vec![change(true, "30"), change(false, "31")]),
            [("30", "31")]
        );
        assert_eq!(
            pairs(vec![change(true, "2 048"), change(false, "4096")]),
            [("2 048", "4096")]
        );
    }

    #[test]
    fn digit_runs_join_over_one_separator() {
        let runs = |text| -> Vec<String> {
            let runs = digit_runs(text).into_iter();
            runs.map(|(run, joined)| if joined { format!("{run}+") } else { run }).collect()
        };
        assert_eq!(
            runs("v 1: 00, 1 000 000 a 0,5 nebo CY2018 SP1 (12) 0, 5"),
            ["100+", "1000000+", "05+", "2018", "1", "12", "0", "5"]
        );
        assert_eq!(runs("１２ 時"), ["12"]);
    }

    #[test]
    fn a_number_whose_digits_stand_unread_in_the_text_is_not_changed() {
        // `SQL Server 2012 SP1` / `2012 с пакетом обновления 1 (SP1)`: the 1 is read in
        // one locale and sits in an identifier in the other
        let en = "Since SQL Server 2012 SP1 CU2, back up to a URL at 1:00.";
        let ru = "Начиная с SQL Server 2012 с пакетом обновления 1 (SP1) CU2, в 1: 00.";
        assert_eq!(findings(en, ("ru-ru/a.md", ru)), Vec::<String>::new());
    }

    fn findings(en: &str, other: (&'static str, &str)) -> Vec<String> {
        let files = [
            file("en-us/a.md", page("demo", None, None, [en, "", ""]), vec![]),
            file(other.0, page("demo", None, None, [other.1, "", ""]), vec![]),
        ];
        run(&NumberMismatch, &files)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn locale_formats_of_the_same_numbers_are_quiet() {
        let en = "Up to 1,200 keys of 2,048 bits, 1.5 GB, 30,000 calls at 4 p.m. (TLS 1.2).";
        for other in [
            ("fr-fr/a.md", "Jusqu'à 1 200 clés de 2 048 bits, 1,5 Go, 30 000 appels à 16 h (TLS 1.2)."),
            ("es-es/a.md", "Hasta 1.200 claves de 2048 bits, 1,5 GB, 30.000 llamadas a las 16:00 (TLS 1.2)."),
            ("cs-cz/a.md", "Až 1\u{a0}200 klíčů o 2\u{202f}048 bitech, 1,5 GB, 30 000 volání v 16:00 (TLS 1.2)."),
            ("zh-tw/a.md", "最多 １,２００ 個 2,048 位元金鑰、1.5 GB、30,000 次呼叫，下午 4 點 (TLS 1.2)。"),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
    }

    #[test]
    fn a_changed_number_fires_in_a_locale_that_writes_it_differently() {
        let en = "Use a 2,048-bit key for 30 days.";
        let found = findings(
            en,
            (
                "fr-fr/a.md",
                "Utilisez une clé de 4 096 bits pendant 30 jours.",
            ),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("2,048 is 4 096 here"), "{found:?}");
    }

    #[test]
    fn a_number_changed_before_the_same_unit_fires_whatever_its_size() {
        // a machine translation turned the clock speed into the processor's model number
        let en = "Based on the Intel Xeon v4 processor at 2.3 GHz, up to 3.5 GHz.";
        let fr = "Basées sur le processeur Intel Xeon v4 de 2673 GHz, jusqu'à 3,5 GHz.";
        let found = findings(en, ("fr-fr/a.md", fr));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("2.3 is 2673 here"), "{found:?}");
        // near miss: the two numbers stand before different units (a size and a count of
        // cores), so they are two numbers, not one changed
        let en = "Each disk holds 2.3 GB and the VM has 12 Cores.";
        let fr = "Chaque disque contient 2673 Mo et la VM a 12 Cores.";
        assert_eq!(findings(en, ("fr-fr/a.md", fr)), Vec::<String>::new());
    }

    #[test]
    fn a_decimal_is_not_hidden_by_its_digits_inside_another_number() {
        // the `23` of `3000/46/23` is no writing of 2.3: the 2.3 really changed
        let en = "It runs at 2.3 GHz with a throughput of 3000/46/23.";
        let fr = "Il tourne à 5 GHz avec un débit de 3000/46/23.";
        let found = findings(en, ("fr-fr/a.md", fr));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("2.3 is 5 here"), "{found:?}");
        // (digits that stand unread with a separator still count: `1: 00` in
        // a_number_whose_digits_stand_unread_in_the_text_is_not_changed)
    }

    #[test]
    fn one_limit_stated_two_ways_is_not_a_changed_number() {
        let en = "In a pool of 200 eDTUs, if the pool is resized to more than 200 eDTUs, add databases.";
        for other in [
            ("ko-kr/a.md", "200 eDTU 풀에서 풀 크기가 201eDTU 이상일 때 데이터베이스를 추가해야 합니다."),
            ("fr-fr/a.md", "Dans un pool de 200 eDTU, si le pool compte 201 eDTU ou plus, ajoutez des bases."),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
        // near misses: the same kind of bound on the next number, and a share (a
        // translator writes "more than 80 %" as "80 % 以上", never as "81 % or more")
        let share = findings(
            "Most venues sell more than 80 % of their tickets.",
            ("zh-tw/a.md", "大部分地點銷售票證的 81% 以上。"),
        );
        assert_eq!(share.len(), 1, "{share:?}");
        let found = findings(
            en,
            ("fr-fr/a.md", "Dans un pool de 200 eDTU, si le pool passe à plus de 201 eDTU, ajoutez des bases."),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("200 is 201 here"), "{found:?}");
    }

    #[test]
    fn a_small_number_written_as_a_word_elsewhere_is_compared() {
        let en = "If you select less than two TB of storage, Azure does not create a pool.";
        // the same number as a word or as digits: quiet
        for other in [
            ("cs-cz/a.md", "Pokud vyberete méně než dvě TB úložiště, Azure nevytvoří fond."),
            ("ru-ru/a.md", "Если выбрано хранилище объемом менее 2 ТБ, Azure не создает пул."),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
        let found = findings(
            en,
            ("ru-ru/a.md", "Если выбрано хранилище объемом менее 3 ТБ, Azure не создает пул."),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("two is 3 here"), "{found:?}");
        // near miss: a word that only contains a number word, and French "neuf" (new)
        assert_eq!(
            findings(
                "Create a new key and network rules.",
                ("fr-fr/a.md", "Créez une clé neuf et des règles réseau 3."),
            )
            .len(),
            0
        );
    }

    #[test]
    fn a_number_with_a_scale_word_is_its_value() {
        let en = "Each unit allows up to 6 million messages per day.";
        // the same value with the scale word of each language, or in digits: quiet
        for other in [
            ("cs-cz/a.md", "Každá jednotka umožňuje až 6 milionů zpráv za den."),
            ("ko-kr/a.md", "각 단위는 하루에 최대 600만 개의 메시지를 허용합니다."),
            ("zh-tw/a.md", "每個單位每天最多可傳輸 6 百萬封訊息。"),
            ("ja-jp/a.md", "各ユニットでは 1 日あたり最大 600 万件のメッセージを送信できます。"),
            ("ru-ru/a.md", "Каждая единица позволяет передавать до 6 млн сообщений в день."),
            ("es-es/a.md", "Cada unidad permite hasta 6.000.000 de mensajes al día."),
            ("fr-fr/a.md", "Chaque unité permet jusqu’à 6\u{a0}millions de messages par jour."),
            // a scale word not known here: a number of another size, not a change
            ("hu-hu/a.md", "Minden egység naponta legfeljebb 6 millió üzenetet enged."),
            ("fi-fi/a.md", "Jokainen yksikkö sallii enintään 6 miljoonaa viestiä päivässä."),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
        for other in [
            ("cs-cz/a.md", "Každá jednotka umožňuje až 7 milionů zpráv za den."),
            ("ko-kr/a.md", "각 단위는 하루에 최대 700만 개의 메시지를 허용합니다."),
            ("ru-ru/a.md", "Каждая единица позволяет передавать до 6,5 млн сообщений в день."),
        ] {
            assert_eq!(findings(en, other).len(), 1, "{}", other.1);
        }
        let billions = "Storage holds 6 billion objects.";
        for other in [
            ("es-es/a.md", "El almacenamiento contiene 6 mil millones de objetos."),
            ("fr-fr/a.md", "Le stockage contient 6 milliards d’objets."),
        ] {
            assert_eq!(findings(billions, other), Vec::<String>::new(), "{}", other.1);
        }
        // near miss: `mil` only as a word of its own, and ten alone is no scale
        assert!(findings("Use 5 mills.", ("es-es/a.md", "Use 5 milímetros.")).is_empty());
    }

    #[test]
    fn a_number_changed_where_its_word_stands_elsewhere_is_reported() {
        let en = "Pick one of both tools.\n\nIf a folder holds 2.5 TB and the disk only 2 TB, split the 2.5 TB folder.";
        let fr = |n: &str| {
            format!(
                "Choisissez l’un des deux outils.\n\nSi un dossier contient 2,5 To et le disque seulement {n} To, divisez le dossier de 2,5 To."
            )
        };
        assert_eq!(findings(en, ("fr-fr/a.md", &fr("2"))), Vec::<String>::new());
        let found = findings(en, ("fr-fr/a.md", &fr("3")));
        assert_eq!(found, ["number 2 is 3 here (en-us have 2)"]);
        // near misses: the blocks differ in shape, or the small number stands alone
        let merged = "Choisissez l’un des deux outils. Si un dossier contient 2,5 To et le disque seulement 3 To, divisez le dossier de 2,5 To.";
        assert!(findings(en, ("fr-fr/a.md", merged)).is_empty());
        let alone = findings(
            "Pick one of both tools.\n\nChoose option 2.",
            ("fr-fr/a.md", "Choisissez l’un des deux outils.\n\nChoisissez l’option 3."),
        );
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn a_quantity_converted_to_other_units_is_no_change() {
        let en = "The secondary region is at least 150 miles away.";
        assert!(findings("至少相距 241 公里。", ("zh-tw/a.md", "至少相距 150 英哩。")).is_empty());
        for (path, text) in [
            ("fr-fr/a.md", "La région secondaire est située à au moins 241 km."),
            ("ru-ru/a.md", "Вторичный регион находится не ближе 240 км."),
            ("ko-kr/a.md", "보조 지역은 최소 241킬로미터 떨어져 있습니다."),
            ("zh-tw/a.md", "次要地區至少相距 241 公里。"),
            ("fr-fr/a.md", "La région secondaire est éloignée d’au moins 241 kilomètres."),
        ] {
            assert_eq!(findings(en, (path, text)), Vec::<String>::new(), "{text}");
        }
        let en = "Keep the rack 50 feet from the door.";
        let es = "Mantenga el rack a 15 m de la puerta.";
        assert_eq!(findings(en, ("es-es/a.md", es)), Vec::<String>::new());
        // near misses: a ratio that is no conversion, or no unit of the measure on one
        // side, is a changed number
        let found = findings(
            "The secondary region is at least 150 miles away.",
            ("fr-fr/a.md", "La région secondaire est située à au moins 300 km."),
        );
        assert_eq!(found, ["number 150 is 300 here (en-us have 150)"]);
        let found = findings(
            "Each pool holds 39 GB.",
            ("ru-ru/a.md", "Каждый пул содержит 11,9 ГБ."),
        );
        assert_eq!(found, ["number 39 is 11,9 here (en-us have 39)"]);
    }

    #[test]
    fn a_fraction_a_locale_lost_is_reported() {
        let en = "Off peak I earn 0.2 credits a minute and use 0.1, so I bank 0.1 x 60 = 6 credits.";
        let cs = |n: &str| format!("Mimo špičku získám 0,2 kreditu za minutu a využiji {n}, takže ušetřím {n} x 60 = 6 kreditů.");
        assert!(findings(en, ("cs-cz/a.md", &cs("0,1"))).is_empty());
        let found = findings(en, ("cs-cz/a.md", &cs("0.l")));
        assert_eq!(found, ["number 0.1 is missing here (en-us have 0.1)"]);
        // near misses: a half is a word (`une demi-journée`), and a fraction said once
        // where the source says it twice is still there
        let half = findings(
            "If a database exists for 12 hours, the bill shows 0.5 days.",
            ("fr-fr/a.md", "Si une base existe pendant 12 heures, la facture affiche une demi-journée."),
        );
        assert!(half.is_empty(), "{half:?}");
        let once = findings(
            "If a folder holds 2.1 TB and the disk 2 TB, split the 2.1 TB folder.",
            ("fr-fr/a.md", "Si un dossier contient 2,1 To et le disque 2 To, divisez ce dossier."),
        );
        assert!(once.is_empty(), "{once:?}");
    }

    #[test]
    fn han_numerals_before_a_counter_are_numbers() {
        let en = "The first deployment creates three sample tenants.";
        for other in [
            ("zh-tw/a.md", "初始的部署會建立三個範例租用戶。"),
            ("cs-cz/a.md", "Počáteční nasazení vytvoří 3 ukázkové klienty."),
        ] {
            assert_eq!(findings(en, other), Vec::<String>::new(), "{}", other.1);
        }
        let found = findings(en, ("zh-tw/a.md", "初始的部署會建立 4 個範例租用戶。"));
        assert_eq!(found.len(), 1, "{found:?}");
        // near miss: a numeral inside a larger one, and a word where others have digits
        assert!(findings("It takes 35 days.", ("zh-tw/a.md", "需要三十五天。")).is_empty());
        assert!(findings(
            "Offline for 45 days or more.",
            ("es-es/a.md", "Sin conexión durante cuarenta y cinco días o más.")
        )
        .is_empty());
    }

    #[test]
    fn an_indented_paragraph_is_read_when_it_holds_prose() {
        let en = "Intro.\n\nThe maximum delivery count is 10 by default, but you can change it.";
        let indented = |n: &str| {
            format!(
                "Intro.\n\n            **Nombre maximal de remises**: le nombre de tentatives \
                 est défini par défaut sur {n}, mais il peut être personnalisé."
            )
        };
        let found = findings(en, ("fr-fr/a.md", &indented("11")));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(findings(en, ("fr-fr/a.md", &indented("10"))).is_empty());
        // near miss: an indented command is code, whatever its numbers
        let command = "Intro.\n\n    az iot hub update --name hub --set properties.count=11 --fail";
        assert!(findings(en, ("fr-fr/a.md", command)).is_empty());
        assert!(!super::reads_as_prose("az iot hub update --name hub --set count=11"));
        assert!(!super::reads_as_prose("C:\\Program Files\\Azure is where the tool lives now"));
        assert!(super::reads_as_prose("Le nombre de tentatives est défini par défaut sur 10."));
    }

    #[test]
    fn the_extra_number_is_the_one_where_the_others_have_another() {
        // cs has two 3s where en has one: the extra one is `3 TB`, at the place of en's
        // `2 TB`, not the later `tři` (three) that en has too
        let en = "Intro.\n\nAzure adds 1 TB. If a server needs 2 TB or more, a pool is made.\n\n\
                  Storage keeps three copies of your data.";
        let cs = "Intro.\n\nAzure přidá 1 TB. Pokud server vyžaduje 3 TB nebo více, vytvoří fond.\n\n\
                  Úložiště udržuje tři kopie dat.";
        let found = findings(en, ("cs-cz/a.md", cs));
        assert_eq!(found, ["number 2 is 3 here (en-us have 2)"]);
        // near miss: a whole number for a fraction on one line is a unit converted
        let en = "Intro.\n\n* A 5 V 2 A power supply with a 6-foot micro USB cable.";
        let ru = "Intro.\n\n* Источник питания 5 В 2 A с кабелем Micro USB длиной 1,8 метра.";
        assert!(findings(en, ("ru-ru/a.md", ru)).is_empty());
    }

    #[test]
    fn a_number_changed_in_a_gloss_is_reported() {
        // ko states 12 twice (the text and its English gloss); one of them changed
        let en = "Cloud Foundry runs 12-factor applications.";
        let ko = "Cloud Foundry는 12개 요소(13-factor) 응용 프로그램을 실행합니다.";
        let found = findings(en, ("ko-kr/a.md", ko));
        assert_eq!(found, ["number 12 is 13 here (en-us have 12)"]);
        let ru = "Скачайте **Excel 2010 or earlier** (Книга Excel 2011 или более ранних версий).";
        let found = findings("Download the **Excel 2010 or earlier** workbook.", ("ru-ru/a.md", ru));
        assert_eq!(found, ["number 2010 is 2011 here (en-us have 2010)"]);
        // near misses: the gloss intact; two numbers both stated twice; small callouts
        let ko = "Cloud Foundry는 12개 요소(12-factor) 응용 프로그램을 실행합니다.";
        assert!(findings(en, ("ko-kr/a.md", ko)).is_empty());
        let en = "Select **SQL Server 2017 on Windows Server 2016**.";
        let fr = "Sélectionnez **SQL Server 2017 on Windows Server 2016** (SQL Server 2017 sur Windows Server 2016).";
        assert!(findings(en, ("fr-fr/a.md", fr)).is_empty());
        let en = "The endpoint fails (1) and the listener moves (2).";
        let fr = "Le point de terminaison 2 échoue (1) et l’écouteur bascule (2).";
        assert!(findings(en, ("fr-fr/a.md", fr)).is_empty());
    }

    #[test]
    fn versions_with_wildcards_are_numbers() {
        let en = "Install [Python 2.x or 3.x](https://www.python.org/downloads/).";
        let fr = "Installez [Python 2.x ou 4.x](https://www.python.org/downloads/).";
        assert_eq!(findings(en, ("fr-fr/a.md", fr)), ["number 3.x is 4.x here (en-us have 3.x)"]);
        // near miss: a version the wildcard covers
        let en = "Use the client library version 6.x or later.";
        let ru = "Используйте клиентскую библиотеку версии 6.0 или более поздней.";
        assert!(findings(en, ("ru-ru/a.md", ru)).is_empty());
    }

    #[test]
    fn the_number_of_a_figure_in_alt_text_is_read() {
        let en = "![Figure 3: The probe port is 0 by default][figure-3048]";
        let zh = "![圖 4：探查連接埠預設為 0][figure-3048]";
        assert_eq!(findings(en, ("zh-tw/a.md", zh)), ["number 3 is 4 here (en-us have 3)"]);
        let zh = "_**圖 2**：SAPScripts.psm1 輸出_";
        let found = findings("_**Figure 1:** SAPScripts.psm1 output_", ("zh-tw/a.md", zh));
        assert_eq!(found, ["number 1 is 2 here (en-us have 1)"]);
        // near miss: the same figure
        let zh = "![圖 3：探查連接埠預設為 0][figure-3048]";
        assert!(findings(en, ("zh-tw/a.md", zh)).is_empty());
    }

    #[test]
    fn a_small_number_changed_beside_a_dropped_one_is_reported() {
        let en = "If a directory holds 2.5 TB and the disk only 2 TB, split the 2.5 TB directory.";
        let ru = "Если каталог содержит 2,5 ТБ, а диск всего 3 ТБ, разбейте этот каталог.";
        assert_eq!(findings(en, ("ru-ru/a.md", ru)), ["number 2 is 3 here (en-us have 2)"]);
        // or beside a conversion the locale added
        let en = "* A 5 V 2 A power supply with a 6-foot micro USB cable.";
        let fr = "* Une alimentation 5 V 2 A avec le câble micro USB de 7 pieds (env. 183 cm).";
        assert_eq!(findings(en, ("fr-fr/a.md", fr)), ["number 6 is 7 here (en-us have 6)"]);
        // near misses: nothing else in common, a small number may be a word elsewhere
        let en = "Two or more secondaries raise the protection; create 2 of them.";
        let ru = "Создайте 3 вторичные базы данных.";
        assert!(findings(en, ("ru-ru/a.md", ru)).is_empty());
        // the missing 1 went missing on another line: this one still has both of its 1s
        let en = "Sizes above 1 TB are in East US and West US; for 1 TB:\n\n- Pick 1 TB or 4 TB.";
        let fr = "Tailles au-delà de 1 To dans Est 2 et Ouest ; pour 1 To :\n\n- Choisissez 4 To.";
        assert!(findings(en, ("fr-fr/a.md", fr)).is_empty());
    }

    #[test]
    fn a_changed_digit_beside_its_value_in_words_is_reported() {
        // es has "dos" twice, as all do, and "2" where the others have "1": the digits are
        // the extra number, not one of the words
        let en = "The nodes in figure 1 are deployed to two availability sets and two fault domains.";
        let es = "Los nodos de la ilustración 2 se implementan en dos conjuntos y dos dominios de error.";
        assert_eq!(findings(en, ("es-es/a.md", es)), ["number 1 is 2 here (en-us have 1)"]);
        // near miss: the figure number kept, a word written in digits
        let es = "Los nodos de la ilustración 1 se implementan en 2 conjuntos y dos dominios de error.";
        assert!(findings(en, ("es-es/a.md", es)).is_empty());
    }
}
