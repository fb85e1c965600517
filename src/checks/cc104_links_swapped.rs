use crate::text::is_letter_or_digit;
use super::compare::normal_target;
use super::{consensus, ArticleContext};
use crate::claims::segment;
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Link, Segment, SegmentKind};
use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

declare_check! {
    /// ## What it does
    /// In each aligned section, pairs every link of a locale with the reference link it
    /// translates, by the tokens that no translation changes: numbers and upper-case
    /// Latin acronyms in the link text (`FIPS 140-2`, `256-bit AES`). When two links
    /// pair crosswise with two reference links while their targets stay in the
    /// reference's order, the targets were swapped between the two link texts. No word
    /// of any language is involved: a locale that reorders the sentence and keeps each
    /// text with its target is fine.
    ///
    /// Most link texts have no such token, so links on one line are also compared by
    /// their targets: for two links of a line of the locale, each other locale with both
    /// targets on the matching line (as many links to each) says whether the locale's two texts share more
    /// words with its texts of the *other* target (names, commands, numbers: `New-AzVM`,
    /// `SQL Database`; a word also meets its cognates, `Премиум`/`Premium`,
    /// `horizontales`/`horizontal`, less than itself), and, when it has the two targets in the other order, whether the
    /// texts stayed in place while the targets moved (the clearly longer text is at the
    /// same place in both). The pair is reported when, without the source, a clear
    /// majority of the other locales pair both texts crosswise (or at least two do and
    /// the rest of that majority pair one of them), or has the targets in the other order
    /// with more votes for a swap than for a reordered sentence (the source decides alone
    /// when present). One shared word on one side (`sql`, `Azure`) is not
    /// enough, and each link is in one reported swap at most. When the words tell nothing
    /// (`[cloud-init]` and `[cloud-init 概觀]`: every word is in both), a text the two
    /// locales write alike, whole, pairs it with its target.
    ///
    /// Texts that share no word and are of about one length are placed by sentence: when
    /// the two links stand in two different sentences of their paragraph, and a clear
    /// majority of the other locales, with as many sentences there, have each target in
    /// the sentence where this locale has the other (and none has them where this locale
    /// does), the targets moved and the texts stayed. Translations keep the order of
    /// sentences; a locale that moves links within one sentence (Japanese, Korean,
    /// German word order) is never judged by this. Within one sentence, the locale's own
    /// page decides: when a clear majority of the other locales have the two targets in
    /// the other order and the locale elsewhere in the page links each target with a text
    /// closer to the text it now gives the other (texts it gives one target only, not
    /// labels like `Next`), or each text shares more words or numbers with the other
    /// link's target than with its own (`[étape 2](#step-3-…)`, `[notifications
    /// d'alerte](service-health.md)`), the texts stayed and the targets moved.
    ///
    /// ## Why it matters
    /// The reader clicks on a standard's name and lands on another standard's page; no
    /// link checker sees it, since both targets exist.
    ///
    /// ## Example
    /// en-us: `[FIPS 140-2](…/FIPS_140-2) compliant [256-bit AES](…/Advanced_Encryption_Standard)`;
    /// fr-fr: `[AES 256 bits](…/FIPS_140-2) certifié [FIPS 140-2](…/Advanced_Encryption_Standard)`:
    /// `fr-fr/…:20: link texts \`AES 256 bits\` and \`FIPS 140-2\` have each other's targets`.
    ///
    /// ## How to fix
    /// Give each link text the target of the same text in the reference locale.
    pub struct LinksSwapped { code: "CC104", name: "links-swapped", kind: Kind::Structure, severity: Severity::Error }
}

impl LinksSwapped {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let peers = cx.peers();
        // per document: its links by target, all sections (read when a pair needs them)
        let own: BTreeMap<usize, OnceCell<BTreeMap<String, Vec<&Link>>>> =
            peers.iter().map(|&d| (d, OnceCell::new())).collect();
        let mut out = Vec::new();
        for row in &art.rows {
            let present: Vec<Links> = peers
                .iter()
                .filter_map(|&d| Some(links(cx, d, row.cells[d]?)))
                .collect();
            // the source's pair of links `(j, m)` each finding of this row compares with
            let mut by_pair: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
            let row_start = out.len();
            for here in &present {
                let (d, lb) = (&here.doc, &here.links);
                // a swap takes two links
                if lb.len() < 2 {
                    continue;
                }
                // Each other locale (or the source alone) says which pairs of this
                // locale's links swapped their targets; a pair is reported when the
                // source, or a clear majority of the others, says so.
                let judges: Vec<&Links> = present
                    .iter()
                    .filter(|j| j.doc != *d && cx.source().is_none_or(|s| s == j.doc))
                    .collect();
                if cx.source() == Some(*d) || judges.is_empty() {
                    continue;
                }
                let mut votes: BTreeMap<(usize, usize), Vec<Vote>> = BTreeMap::new();
                for judge in &judges {
                    for (i, k, j, m) in swaps(here, judge) {
                        votes.entry((i, k)).or_default().push((judge.doc, j, m));
                    }
                }
                let by_tokens: Vec<((usize, usize), Vec<Vote>)> = votes
                    .into_iter()
                    .filter(|(_, said)| match cx.source() {
                        Some(_) => !said.is_empty(),
                        None => consensus::clear_majority(said.len(), judges.len()),
                    })
                    .collect();
                let mut found: Vec<((usize, usize), Vec<Vote>)> = by_tokens;
                let by_source = cx.source().is_some();
                let own = || own[d].get_or_init(|| links_by_target(cx, *d));
                for (pair, said) in order_swaps(here, own, &judges, by_source) {
                    if found.iter().all(|(p, _)| *p != pair) {
                        found.push((pair, said));
                    }
                }
                // each link in one swap at most, the nearest pairs first
                found.sort_by_key(|((i, k), _)| (k - i, *i));
                let mut used = BTreeSet::new();
                found.retain(|((i, k), _)| {
                    !used.contains(i) && !used.contains(k) && used.insert(*i) && used.insert(*k)
                });
                found.sort_by_key(|(pair, _)| *pair);
                for ((i, k), said) in found {
                    let (o, j, m) = said[0];
                    let Some(la) = present.iter().find(|x| x.doc == o).map(|x| &x.links) else {
                        continue;
                    };
                    let witnesses: Vec<usize> = said.iter().map(|w| w.0).collect();
                    let msg = format!(
                        "link texts `{}` and `{}` have each other's targets (compare {})",
                        lb[i].text,
                        lb[k].text,
                        cx.witness_locales(&witnesses)
                    );
                    let mut f = cx.finding(&Self::META, &art.docs[*d], lb[i].line, msg);
                    f.subject = format!("{} <> {}", lb[i].text, lb[k].text);
                    f.help = Some(format!(
                        "link `{}` to {} and `{}` to {}",
                        lb[i].text, la[j].target, lb[k].text, la[m].target
                    ));
                    for x in [j, m] {
                        f.related.push(ArticleContext::related(
                            &art.docs[o],
                            la[x].line,
                            format!("[{}]({})", la[x].text, la[x].target),
                        ));
                    }
                    if by_source {
                        by_pair.entry((j.min(m), j.max(m))).or_default().push(out.len());
                    }
                    out.push(f);
                }
            }
            // every translation (two or more) with the same pair's targets the other way
            // round from the source: the source swapped them, not the translations
            let translations = present.len().saturating_sub(1);
            let shared: BTreeSet<usize> = by_pair
                .into_values()
                .filter(|found| translations >= 2 && found.len() == translations)
                .flatten()
                .collect();
            let row_findings = out.split_off(row_start);
            out.extend(
                row_findings
                    .into_iter()
                    .enumerate()
                    .filter(|(k, _)| !shared.contains(&(row_start + k)))
                    .map(|(_, f)| f),
            );
        }
        out
    }
}

/// Another locale's word on a swap: (that locale, its links `j` and `m`).
type Vote = (usize, usize, usize);

/// The pairs `(i, k)` of links on one line of `lb` that have each other's targets, with
/// the votes of the judges (`(locale, links)`) that say so. Each judge with both targets
/// on the matching line ([`lines_with_both`]) says whether the link texts go with the
/// targets crosswise ([`texts_cross`]: a "swap" or "kept" vote), else, when it has the
/// two targets in the other order, whether the texts stayed in place while the targets
/// moved ([`texts_stayed`]: "swap", or "kept" for a sentence reordered with its links).
/// A pair is reported when the source's texts pair crosswise, or it has the targets in
/// the other order and its texts say "swap"; without the source, when a clear majority of
/// the judges with both targets has texts that pair crosswise (or two do and the rest of
/// that majority pair one text crosswise), or a clear majority has the targets in the
/// other order and "swap" votes outnumber "kept" ones.
///
/// Texts that tell nothing (no shared word, about one length) are placed by sentence: when
/// the two links stand in two different sentences of their paragraph and a judge's
/// paragraph has as many sentences, the judge says "swap" when it has each target in the
/// sentence where this locale has the other ([`sentences_cross`]: translations keep the
/// order of sentences, only words move inside one). A clear majority of the judges with
/// both targets saying so, and none saying "kept" by any sign, reports the pair. So does
/// a clear majority with the targets in the other order, none saying "kept", when the
/// locale's own texts of the two targets elsewhere in the document pair crosswise
/// ([`own_texts_cross`]) or the texts name the other link's target ([`targets_cross`]).
fn order_swaps<'o, 'l: 'o>(
    doc: &Links,
    own: impl Fn() -> &'o BTreeMap<String, Vec<&'l Link>>,
    judges: &[&Links],
    by_source: bool,
) -> Vec<((usize, usize), Vec<Vote>)> {
    let (lb, mine) = (&doc.links, &doc.targets);
    let mut out = Vec::new();
    for i in 0..lb.len() {
        for k in i + 1..lb.len() {
            let (ti, tk) = (&mine[i], &mine[k]);
            if lb[i].line != lb[k].line || ti == tk {
                continue;
            }
            // which of this document's lines with both targets it is on, and its rank there
            let here = lines_with_both(lb, mine, ti, tk);
            let Some(place) = place_of(&here, i, k) else {
                continue;
            };
            let repeated = here[place[0]].0.len() > 1 || here[place[0]].1.len() > 1;
            let (mut backing, mut order, mut kept) = (0, 0, 0);
            // votes for a swap: all, and those of texts that pair crosswise both
            let (mut swapped, mut crosswise, mut one_side): (Vec<Vote>, usize, usize) =
                (Vec::new(), 0, 0);
            // votes of the sentences the targets stand in: a swap, or kept in place
            let (mut moved, mut stayed): (Vec<Vote>, usize) = (Vec::new(), 0);
            // the judges with the targets in the other order
            let mut reordered: Vec<Vote> = Vec::new();
            for judge in judges {
                let (o, la) = (&judge.doc, &judge.links);
                let there = lines_with_both(la, &judge.targets, ti, tk);
                let Some((a, b)) = at_place(&here, &there, place) else {
                    continue;
                };
                if repeated && !transposed(doc, (i, k), judge, la[a].line) {
                    continue;
                }
                backing += 1;
                let inverted = b < a;
                order += usize::from(inverted);
                if inverted {
                    reordered.push((*o, b, a));
                }
                // the judge's link with target `tk` (`b`) is the one `lb[i]` should be
                let (mw, tw) = (doc.words(), judge.words());
                let pairing = texts_cross((&mw[i], &mw[k]), (&tw[a], &tw[b])).or_else(|| {
                    same_texts_cross((&lb[i].text, &lb[k].text), (&la[a].text, &la[b].text))
                });
                let vote = match pairing {
                    Some(Pairing::Crosswise) => Some(true),
                    Some(Pairing::Straight) => Some(false),
                    Some(Pairing::OneSide) => inverted.then_some(true),
                    None => inverted
                        .then(|| {
                            texts_stayed((&lb[i].text, &lb[k].text), (&la[b].text, &la[a].text))
                        })
                        .flatten(),
                };
                match vote {
                    Some(true) => swapped.push((*o, b, a)),
                    Some(false) => kept += 1,
                    None => {}
                }
                crosswise += usize::from(pairing == Some(Pairing::Crosswise));
                one_side += usize::from(pairing == Some(Pairing::OneSide));
                let (mine, theirs) = (doc.sentences(), judge.sentences());
                let places = ((mine[i], mine[k]), (theirs[a], theirs[b]));
                match sentences_cross(places.0, places.1) {
                    Some(true) => moved.push((*o, b, a)),
                    Some(false) => stayed += 1,
                    None => {}
                }
            }
            let enough = if by_source {
                crosswise > 0 || order > 0 && !swapped.is_empty()
            } else {
                consensus::clear_majority(crosswise, backing)
                    || crosswise >= 2 && consensus::clear_majority(crosswise + one_side, backing)
                    || consensus::clear_majority(order, backing)
                        && !swapped.is_empty()
                        && swapped.len() > kept
            };
            let by_sentences = if by_source {
                !moved.is_empty()
            } else {
                consensus::clear_majority(moved.len(), backing)
            };
            if enough {
                out.push(((i, k), swapped));
            } else if by_sentences && stayed == 0 && kept == 0 {
                out.push(((i, k), moved));
            } else if stayed == 0
                && kept == 0
                && (by_source && order > 0 || consensus::clear_majority(order, backing))
                && (own_texts_cross(own(), (lb[i], lb[k]), (ti, tk))
                    || targets_cross((&lb[i].text, &lb[k].text), (&lb[i].target, &lb[k].target)))
            {
                out.push(((i, k), reordered));
            }
        }
    }
    out
}

/// Whether a locale's two link texts (of `links`, with targets `targets`) each share more
/// words with the locale's own texts of the *other* target elsewhere in the document
/// (`own`: its links by target) than with its texts of their own target: the locale
/// itself says the texts belong the other way round. When the document links only one
/// of the two targets elsewhere, the other link's text must be clearly that target's
/// text ([`clearly_closer`]). Only texts that the document gives to one target elsewhere
/// count: a label on several targets (`Next`, `Previous`) names none.
fn own_texts_cross(
    own: &BTreeMap<String, Vec<&Link>>,
    links: (&Link, &Link),
    targets: (&str, &str),
) -> bool {
    let line = links.0.line;
    let names_one = |text: &str| {
        own.values()
            .filter(|ls| ls.iter().any(|l| l.line != line && l.text == text))
            .count()
            == 1
    };
    let elsewhere = |t: &str| -> Option<String> {
        let texts: Vec<&str> = own
            .get(t)?
            .iter()
            .filter(|l| l.line != line && names_one(&l.text))
            .map(|l| l.text.as_str())
            .collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    };
    let words = (text_words(&links.0.text), text_words(&links.1.text));
    match (elsewhere(targets.0), elsewhere(targets.1)) {
        (Some(first), Some(second)) => {
            let theirs = (text_words(&first), text_words(&second));
            texts_cross((&words.0, &words.1), (&theirs.0, &theirs.1)) == Some(Pairing::Crosswise)
        }
        // one target linked elsewhere: the other link's text is clearly its text
        (Some(known), None) => clearly_closer(&words.1, &words.0, &text_words(&known)),
        (None, Some(known)) => clearly_closer(&words.0, &words.1, &text_words(&known)),
        (None, None) => false,
    }
}

/// Whether the link text `near` shares at least two more words with `known` (a locale's
/// texts of one target) than the text `far` does, words both texts have left out: `near`
/// is that target's text. Two words (by their [`word_key`]s, one a word), since one
/// (`Azure`, a common noun) can be chance.
fn clearly_closer(near: &BTreeSet<String>, far: &BTreeSet<String>, known: &BTreeSet<String>) -> bool {
    let shared = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
        a.iter()
            .filter(|w| w.ends_with('~') && known.contains(*w) && !b.contains(*w))
            .count()
    };
    shared(near, far) >= shared(far, near) + 2
}

/// Whether a locale's two link texts each share more words with the *other* link's
/// target (its path and anchor, the query left out) than with their own, numbers
/// included: `[notifications d'alerte](service-health.md) … [intégrité du
/// service](receive-alert-notifications.md)`, `[kroku 2](#step-3-…) a [krok 3](#step-2-…)`.
/// Names, numbers and loan words stay as they are in a translation's link text.
fn targets_cross(texts: (&str, &str), targets: (&str, &str)) -> bool {
    let words = |t: &str| -> BTreeSet<String> {
        t.split(|c: char| !is_letter_or_digit(c))
            .filter(|w| w.chars().count() >= 2 || w.bytes().all(|b| b.is_ascii_digit()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let place = |t: &str| -> BTreeSet<String> {
        let path = t.split(['?', '#']).next().unwrap_or("");
        let anchor = t.split_once('#').map_or("", |(_, a)| a);
        let mut all = words(path);
        all.extend(words(anchor));
        all
    };
    texts_cross(
        (&words(texts.0), &words(texts.1)),
        (&place(targets.0), &place(targets.1)),
    ) == Some(Pairing::Crosswise)
}

/// Per line (in order) that has the targets `ta` and `tb`: its links to `ta` and its links
/// to `tb`, in order. A target may stand twice on a line (`[AzureRM cmdlets](a) and
/// [classic cmdlets](b); import the [AzureRM module](a)`); a link is then known by its
/// line and its rank among the line's links to its target.
fn lines_with_both(
    links: &[&Link],
    targets: &[String],
    ta: &str,
    tb: &str,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    // the links to either target, with their lines (few): each line is then looked up
    // among them, not among all the links
    let both: Vec<(usize, u32, bool, bool)> = (0..links.len())
        .filter_map(|y| {
            let (a, b) = (targets[y] == ta, targets[y] == tb);
            (a || b).then_some((y, links[y].line, a, b))
        })
        .collect();
    let mut lines: Vec<u32> = links.iter().map(|l| l.line).collect();
    lines.dedup();
    lines
        .into_iter()
        .filter_map(|line| {
            let on = |to: fn(&(usize, u32, bool, bool)) -> bool| -> Vec<usize> {
                both.iter()
                    .filter(|x| x.1 == line && to(x))
                    .map(|x| x.0)
                    .collect()
            };
            let (a, b) = (on(|x| x.2), on(|x| x.3));
            (!a.is_empty() && !b.is_empty()).then_some((a, b))
        })
        .collect()
}

/// Where the links `(i, k)` stand among the lines with both their targets
/// ([`lines_with_both`]): the line's rank and each link's rank among its target's links.
fn place_of(lines: &[(Vec<usize>, Vec<usize>)], i: usize, k: usize) -> Option<[usize; 3]> {
    lines.iter().enumerate().find_map(|(rank, (a, b))| {
        let first = a.iter().position(|&x| x == i)?;
        let second = b.iter().position(|&x| x == k)?;
        Some([rank, first, second])
    })
}

/// The links of another locale at `place` ([`place_of`] in `here`): on the line of the
/// same rank, with as many lines with both targets and as many links to each target on
/// that line (else the lines do not match).
fn at_place(
    here: &[(Vec<usize>, Vec<usize>)],
    there: &[(Vec<usize>, Vec<usize>)],
    [rank, first, second]: [usize; 3],
) -> Option<(usize, usize)> {
    if there.len() != here.len() {
        return None;
    }
    let ((ha, hb), (ta, tb)) = (here.get(rank)?, there.get(rank)?);
    if ha.len() != ta.len() || hb.len() != tb.len() {
        return None;
    }
    Some((*ta.get(first)?, *tb.get(second)?))
}

/// Whether the judge's line `line` has the targets of `doc`'s line of the links `(i, k)`,
/// in order, with those two exchanged: the two targets moved and no other. A line with a
/// target twice is judged only so: which link of a target another locale's link is
/// cannot be told by its rank when the sentence was reordered (`[AzureADHelp](c) [add a
/// domain](b) [federation](b)` against `[add a domain](b) [federation](b) [manage](c)`).
fn transposed(doc: &Links, (i, k): (usize, usize), judge: &Links, line: u32) -> bool {
    let on = |l: &Links, line: u32| -> Vec<usize> {
        (0..l.links.len()).filter(|&y| l.links[y].line == line).collect()
    };
    let mine: Vec<&str> = on(doc, doc.links[i].line)
        .into_iter()
        .map(|y| match y {
            _ if y == i => doc.targets[k].as_str(),
            _ if y == k => doc.targets[i].as_str(),
            _ => doc.targets[y].as_str(),
        })
        .collect();
    let theirs: Vec<&str> = on(judge, line).into_iter().map(|y| judge.targets[y].as_str()).collect();
    mine == theirs
}

/// Words (two characters or more, lower-cased) of a link text. A word also ends where
/// Latin letters and digits meet letters of another script: Korean and Japanese attach
/// particles to a name (`SSMS를`, `.NET을`, `Azure에서`), and the name is the shared word.
fn text_words(t: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut keep = |w: &str| {
        if w.chars().nth(1).is_some() {
            out.insert(w.to_lowercase());
            out.insert(word_key(w));
        }
    };
    for run in t.split(|c: char| !is_letter_or_digit(c)) {
        let latin = |c: char| c.is_ascii_digit() || super::blocks::is_latin(c);
        let mut start = 0;
        let mut prev = None;
        for (i, c) in run.char_indices() {
            let now = latin(c);
            if prev.is_some_and(|p| p != now) {
                keep(run.get(start..i).unwrap_or(""));
                start = i;
            }
            prev = Some(now);
        }
        keep(run.get(start..).unwrap_or(""));
    }
    out
}

/// The cognate key of a word of a link text, which [`text_words`] keeps beside the word
/// itself: a word of Latin or Cyrillic letters spelled in Latin letters without accents
/// and cut to its first five, so that a word and its cognates, loans and inflections
/// share it (`Премиум`/`Premium`, `Стандартный`/`standardní`/`Standard`,
/// `horizontales`/`horizontal`, `métadonnées`/`metadata`, `хранилища`/`хранилище`);
/// numbers and words of other scripts as they are. Marked with a final `~`, which no word
/// has: a word written alike shares the word and its key (two), a cognate the key alone
/// (one), so `Automatic` is closer to `Automatic` than to `Automated`.
fn word_key(w: &str) -> String {
    let lower = w.to_lowercase();
    let alphabet = |c: char| super::blocks::is_latin(c) || ('\u{0400}'..='\u{04FF}').contains(&c);
    let mut key = if lower.chars().all(|c| c.is_alphabetic() && alphabet(c)) {
        let mut key: String = deunicode::deunicode(&lower)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        key.truncate(5);
        key
    } else {
        lower
    };
    key.push('~');
    key
}

/// How a locale's link texts `(first, second)` pair with another locale's texts of the
/// same targets (`theirs`; both as their [`text_words`]), by the words they share (names,
/// numbers and commands stay as they are in every language; a word both of the locale's
/// texts have tells them apart from nothing): each closer to the other target's text
/// ([`Pairing::Crosswise`]), one closer and the other undecided ([`Pairing::OneSide`]),
/// or none closer and one closer to its own target's ([`Pairing::Straight`]); `None`
/// when the words do not tell.
fn texts_cross(
    mine: (&BTreeSet<String>, &BTreeSet<String>),
    theirs: (&BTreeSet<String>, &BTreeSet<String>),
) -> Option<Pairing> {
    let (m0, m1, t0, t1) = (mine.0, mine.1, theirs.0, theirs.1);
    // a word both of my texts have (`Azure`, `de`) tells neither apart
    let n = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
        a.intersection(b).filter(|w| !(m0.contains(*w) && m1.contains(*w))).count() as isize
    };
    // how much closer each of my texts is to the other target's text than to its own's
    let first = n(m0, t1) - n(m0, t0);
    let second = n(m1, t0) - n(m1, t1);
    if first > 0 && second > 0 {
        Some(Pairing::Crosswise)
    } else if first >= 0 && second >= 0 && first + second > 0 {
        Some(Pairing::OneSide)
    } else if first <= 0 && second <= 0 && first + second < 0 {
        Some(Pairing::Straight)
    } else {
        None
    }
}

/// How a locale's link texts `(first, second)` pair with another locale's texts of the
/// same targets (`theirs`) when their words do not tell (every word in both texts:
/// `[cloud-init]`, `[cloud-init 概觀]`): by texts the two locales write alike, whole
/// (a name every language keeps): [`texts_cross`]'s answer, from that alone.
fn same_texts_cross(mine: (&str, &str), theirs: (&str, &str)) -> Option<Pairing> {
    let same = |a: &str, b: &str| !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim());
    let goes = |m: &str, own: &str, other: &str| same(m, other) && !same(m, own);
    let first = goes(mine.0, theirs.0, theirs.1);
    let second = goes(mine.1, theirs.1, theirs.0);
    let straight = goes(mine.0, theirs.1, theirs.0) || goes(mine.1, theirs.0, theirs.1);
    match (first, second, straight) {
        (true, true, _) => Some(Pairing::Crosswise),
        (true, false, false) | (false, true, false) => Some(Pairing::OneSide),
        (false, false, true) => Some(Pairing::Straight),
        _ => None,
    }
}

/// What another locale's link texts say of a locale's two link texts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pairing {
    /// Each text goes with the other target: a swap.
    Crosswise,
    /// One text goes with the other target, the other tells nothing: a swap only when the
    /// targets' order says so too (one shared `sql` or `azure` is weak).
    OneSide,
    /// The texts go with their own targets.
    Straight,
}

/// Whether a locale's link texts `(first, second)` are, by which is clearly the longer
/// (half as long again), the texts another locale has at the same places (`theirs`):
/// `Some(true)` when they are (the texts stayed, the targets moved), `Some(false)` when
/// they are crosswise (the sentence was reordered with its links), `None` when either
/// locale's two texts are of about one length.
fn texts_stayed(mine: (&str, &str), theirs: (&str, &str)) -> Option<bool> {
    let len = |t: &str| t.chars().filter(|&c| is_letter_or_digit(c)).count();
    let longer = |a: usize, b: usize| {
        if 2 * a >= 3 * b.max(1) {
            Some(true)
        } else if 2 * b >= 3 * a.max(1) {
            Some(false)
        } else {
            None
        }
    };
    let mine = longer(len(mine.0), len(mine.1))?;
    let theirs = longer(len(theirs.0), len(theirs.1))?;
    Some(mine == theirs)
}

/// The pairs `(i, k)` of links of `b` whose targets are crosswise those of the links
/// `(j, m)` of `a` they pair with.
fn swaps(b: &Links, a: &Links) -> Vec<(usize, usize, usize, usize)> {
    let lb = &b.links;
    // links within the page (`#anchor`) have no tokens: they are left to [`order_swaps`]
    let refs = a.tokens();
    let best: Vec<Option<usize>> = b.tokens().iter().map(|mine| pair(mine, refs)).collect();
    let mut out = Vec::new();
    for i in 0..lb.len() {
        for k in i + 1..lb.len() {
            let (Some(j), Some(m)) = (best[i], best[k]) else {
                continue;
            };
            let (ti, tk) = (&b.targets[i], &b.targets[k]);
            let (tj, tm) = (&a.targets[j], &a.targets[m]);
            if j != m && tj != tm && ti == tm && tk == tj {
                out.push((i, k, j, m));
            }
        }
    }
    out
}

/// The links of every section of document `d` by target ([`normal_target`]).
fn links_by_target<'a>(cx: &'a ArticleContext<'_>, d: usize) -> BTreeMap<String, Vec<&'a Link>> {
    let mut out: BTreeMap<String, Vec<&Link>> = BTreeMap::new();
    for s in 0..cx.article.sections[d].len() {
        let Links { links, targets, .. } = links(cx, d, s);
        for (l, t) in links.into_iter().zip(targets) {
            out.entry(t).or_default().push(l);
        }
    }
    out
}

/// The links of one section of a document, in order, with their targets
/// ([`normal_target`]) and the sentence each stands in.
struct Links<'a> {
    doc: usize,
    links: Vec<&'a Link>,
    targets: Vec<String>,
    /// The blocks with links.
    blocks: Vec<&'a Segment>,
    /// Per link: its sentence in its block, when the block's text places it; its
    /// [`tokens`] (none for an anchor); its [`text_words`]. Each read when a pair of
    /// links first needs it, then shared by all the pairs and judges.
    sentences: OnceCell<Vec<Option<Sentence>>>,
    tokens: OnceCell<Vec<BTreeSet<String>>>,
    words: OnceCell<Vec<BTreeSet<String>>>,
}

impl Links<'_> {
    fn sentences(&self) -> &[Option<Sentence>] {
        self.sentences
            .get_or_init(|| self.blocks.iter().flat_map(|seg| sentences_of_links(seg)).collect())
    }

    fn tokens(&self) -> &[BTreeSet<String>] {
        self.tokens.get_or_init(|| {
            self.links
                .iter()
                .map(|l| {
                    if is_anchor(l) {
                        BTreeSet::new()
                    } else {
                        tokens(&l.text)
                    }
                })
                .collect()
        })
    }

    fn words(&self) -> &[BTreeSet<String>] {
        self.words
            .get_or_init(|| self.links.iter().map(|l| text_words(&l.text)).collect())
    }
}

/// Which sentence of a block a link stands in, of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sentence {
    index: usize,
    of: usize,
}

fn links<'a>(cx: &'a ArticleContext<'_>, d: usize, s: usize) -> Links<'a> {
    let sec = &cx.article.sections[d][s];
    let blocks = cx.article.docs[d].segments[sec.body.clone()]
        .iter()
        .filter(|seg| {
            !matches!(
                seg.kind,
                SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
            )
        });
    let mut out = Links {
        doc: d,
        links: Vec::new(),
        targets: Vec::new(),
        blocks: Vec::new(),
        sentences: OnceCell::new(),
        tokens: OnceCell::new(),
        words: OnceCell::new(),
    };
    for seg in blocks.filter(|seg| !seg.links.is_empty()) {
        out.links.extend(seg.links.iter());
        out.targets
            .extend(seg.links.iter().map(|l| normal_target(&l.target)));
        out.blocks.push(seg);
    }
    out
}

/// Per link of a block: the sentence of the block's text it stands in, when its text
/// places it. The link texts are looked up in order from the start of the block and in
/// reverse order from its end; a link is placed when both find it in one sentence (a word
/// of the link text met earlier in plain text leaves it unplaced).
fn sentences_of_links(seg: &Segment) -> Vec<Option<Sentence>> {
    if seg.links.is_empty() {
        return Vec::new();
    }
    let text = seg.text.as_str();
    let mut starts = Vec::new();
    let mut at = 0;
    for s in segment::sentences(text, &[]) {
        let Some(p) = text.get(at..).and_then(|t| t.find(s)) else {
            return vec![None; seg.links.len()];
        };
        starts.push(at + p);
        at += p + s.len();
    }
    let sentence = |p: Option<usize>| {
        let p = p?;
        starts.iter().rposition(|&s| s <= p)
    };
    let mut forward = Vec::new();
    let mut from = 0;
    for l in &seg.links {
        let p = text.get(from..).and_then(|t| t.find(l.text.as_str())).map(|p| from + p);
        from = p.map_or(from, |p| p + l.text.len());
        forward.push(sentence(p));
    }
    let mut backward = Vec::new();
    let mut to = text.len();
    for l in seg.links.iter().rev() {
        let p = text.get(..to).and_then(|t| t.rfind(l.text.as_str()));
        to = p.unwrap_or(to);
        backward.push(sentence(p));
    }
    backward.reverse();
    seg.links
        .iter()
        .zip(forward.into_iter().zip(backward))
        .map(|(l, (f, b))| match (f, b) {
            (Some(f), Some(b)) if f == b && !l.text.is_empty() => Some(Sentence {
                index: f,
                of: starts.len(),
            }),
            _ => None,
        })
        .collect()
}

/// Whether a locale's two links (`mine`: the sentences of its links with targets `ti` and
/// `tk`) had their targets swapped, by another locale's links of the same targets
/// (`theirs`, in that order), when both blocks have as many sentences and the locale's
/// links stand in two different ones: `Some(true)` when the other locale has `ti` in the
/// sentence where this locale has `tk` and the other way round, `Some(false)` when it has
/// them in the same sentences, `None` when the sentences do not tell.
fn sentences_cross(
    mine: (Option<Sentence>, Option<Sentence>),
    theirs: (Option<Sentence>, Option<Sentence>),
) -> Option<bool> {
    let (i, k, a, b) = (mine.0?, mine.1?, theirs.0?, theirs.1?);
    if i.index == k.index || [k.of, a.of, b.of].iter().any(|&n| n != i.of) {
        return None;
    }
    if (a.index, b.index) == (k.index, i.index) {
        Some(true)
    } else if (a.index, b.index) == (i.index, k.index) {
        Some(false)
    } else {
        None
    }
}

fn is_anchor(l: &Link) -> bool {
    l.target.starts_with('#')
}

/// The reference link whose invariant tokens (`refs`: per reference link, none for an
/// anchor) overlap most with a link's (`mine`), when one does uniquely.
fn pair(mine: &BTreeSet<String>, refs: &[BTreeSet<String>]) -> Option<usize> {
    if mine.is_empty() {
        return None;
    }
    let scores: Vec<usize> = refs.iter().map(|r| r.intersection(mine).count()).collect();
    let top = *scores.iter().max()?;
    (top > 0 && scores.iter().filter(|&&s| s == top).count() == 1)
        .then(|| scores.iter().position(|&s| s == top).expect("max exists"))
}

/// Numbers and upper-case Latin acronyms of a link text (lower-cased).
pub fn tokens(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for run in text.split(|c: char| !is_letter_or_digit(c)) {
        let digits = !run.is_empty() && run.chars().all(|c| c.is_ascii_digit());
        let acronym = run.chars().count() >= 2
            && run
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if digits || acronym {
            out.insert(run.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::blocks::tests::page;
    use crate::checks::testing::{file, run};

    fn found(pages: [(&'static str, &str); 4]) -> Vec<Finding> {
        let files: Vec<_> = pages
            .iter()
            .map(|(path, text)| file(path, page(&[text]), vec![]))
            .collect();
        run(&LinksSwapped, &files)
    }

    #[test]
    fn a_swap_every_translation_shows_against_the_source_is_the_source_s() {
        let right = |verb: &str| format!("{verb} [New-AzureRmVM](/ps/new-vm) [Get-Credential](/ps/get-cred).");
        let swapped = "Use [New-AzureRmVM](/ps/get-cred) then [Get-Credential](/ps/new-vm).";
        // the source swapped the targets; every translation has them right
        let f = found([
            ("cs-cz/a.md", &right("Použijte")),
            ("en-us/a.md", swapped),
            ("es-es/a.md", &right("Use")),
            ("fr-fr/a.md", &right("Utilisez")),
        ]);
        assert!(f.is_empty(), "{:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
        // near miss: two translations of three have them other than the source: those two
        // are reported
        let f = found([
            ("cs-cz/a.md", "Použijte [New-AzureRmVM](/ps/get-cred) [Get-Credential](/ps/new-vm)."),
            ("en-us/a.md", &right("Use")),
            ("es-es/a.md", "Use [New-AzureRmVM](/ps/get-cred) y [Get-Credential](/ps/new-vm)."),
            ("fr-fr/a.md", &right("Utilisez")),
        ]);
        let paths: Vec<&str> = f.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["cs-cz/a.md", "es-es/a.md"]);
    }

    #[test]
    fn targets_swapped_between_names_are_reported() {
        let f = found([
            (
                "cs-cz/a.md",
                "Použijte [New-AzureRmVM](/ps/new-vm) a potom [Get-Credential](/ps/get-cred).",
            ),
            (
                "es-es/a.md",
                "Use [New-AzureRmVM](/ps/new-vm) y luego [Get-Credential](/ps/get-cred).",
            ),
            (
                "fr-fr/a.md",
                "Utilisez [New-AzureRmVM](/ps/new-vm) puis [Get-Credential](/ps/get-cred).",
            ),
            (
                "ru-ru/a.md",
                "Используйте [New-AzureRmVM](/ps/get-cred), а затем [Get-Credential](/ps/new-vm).",
            ),
        ]);
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
        assert!(
            f[0].message
                .contains("`New-AzureRmVM` and `Get-Credential`"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn targets_in_the_other_order_under_texts_in_place_are_reported() {
        // no word in common: the order of the targets and the lengths of the texts tell
        let f = found([
            (
                "cs-cz/a.md",
                "Viz [kompletní průvodce rychlým startem](a.md) a [otázky](b.md).",
            ),
            (
                "es-es/a.md",
                "Vea [la guía de inicio rápido completa](a.md) y [preguntas](b.md).",
            ),
            (
                "fr-fr/a.md",
                "Voir [le guide de démarrage rapide complet](a.md) et [questions](b.md).",
            ),
            (
                "ru-ru/a.md",
                "См. [полное руководство по быстрому запуску](b.md) и [вопросы](a.md).",
            ),
        ]);
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
    }

    #[test]
    fn a_sentence_reordered_with_its_links_is_quiet() {
        let f = found([
            (
                "cs-cz/a.md",
                "Viz [kompletní průvodce rychlým startem](a.md) a [otázky](b.md).",
            ),
            (
                "es-es/a.md",
                "Vea [la guía de inicio rápido completa](a.md) y [preguntas](b.md).",
            ),
            (
                "fr-fr/a.md",
                "Voir [le guide de démarrage rapide complet](a.md) et [questions](b.md).",
            ),
            (
                "ru-ru/a.md",
                "См. [вопросы](b.md) и [полное руководство по быстрому запуску](a.md).",
            ),
        ]);
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn a_word_both_texts_have_does_not_pair_them() {
        // `Azure` stands in both French texts; `SDK` alone pairs them with the others'
        let f = found([
            ("cs-cz/a.md", "Použijte Microsoft Azure [emulátor úložiště](emu.md) z [Azure SDK](https://x.com/dl/)."),
            ("es-es/a.md", "Use Microsoft Azure [Storage Emulator](emu.md) de [Azure SDK](https://x.com/dl/)."),
            ("ru-ru/a.md", "Используйте [эмулятор хранения](emu.md) Microsoft Azure из [пакета SDK Azure](https://x.com/dl/)."),
            ("fr-fr/a.md", "Utilisez [l’émulateur de stockage Microsoft Azure](https://x.com/dl/) du [Kit de développement (SDK) Azure](emu.md)."),
        ]);
        assert_eq!(found_paths(&f), ["fr-fr/a.md"], "{f:#?}");
    }

    #[test]
    fn a_text_every_locale_writes_alike_pairs_it_with_its_target() {
        // every word of the first text is in the second: the whole text pairs them
        let page = |own: &str, over: &str| {
            format!("[cloud-init](https://cloudinit.readthedocs.io) — [{over}](using.md) — {own}")
        };
        let with = |zh: &str| {
            found([
                ("cs-cz/a.md", &page("Pomocí.", "přehled cloud-init")),
                ("es-es/a.md", &page("Use.", "información general de cloud-init")),
                ("fr-fr/a.md", &page("Utilisez.", "vue d’ensemble de cloud-init")),
                ("zh-tw/a.md", zh),
            ])
        };
        let f = with("使用 [cloud-init](using.md) 設定。 請參閱 [cloud-init 概觀](https://cloudinit.readthedocs.io)。");
        assert_eq!(found_paths(&f), ["zh-tw/a.md"], "{f:#?}");
        // near miss: each text with its own target, the sentence reordered
        let f = with("請參閱 [cloud-init 概觀](using.md)。 使用 [cloud-init](https://cloudinit.readthedocs.io) 設定。");
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn cognates_pair_texts_across_languages_and_scripts() {
        // no word is written alike, but `Премиум`/`Premium`, `Стандартный`/`Standard`/
        // `standardní` are one word, and the Russian targets moved
        let with = |ru: &str| {
            found([
                ("cs-cz/a.md", "Převeďte z [Premium](premium.md) na [standardní](standard.md) disk."),
                ("es-es/a.md", "Convierta de [Premium](premium.md) a [Estándar](standard.md)."),
                ("fr-fr/a.md", "Convertissez de [Premium](premium.md) en [Standard](standard.md)."),
                ("ru-ru/a.md", ru),
            ])
        };
        let f = with("Преобразуйте из [Премиум](standard.md) в [Стандартный](premium.md).");
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
        // near miss: each text with its own target
        let f = with("Преобразуйте из [Премиум](premium.md) в [Стандартный](standard.md).");
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn a_word_written_alike_outweighs_a_cognate() {
        // `Automatic` and `Automated` share a cognate key; the word itself tells the texts apart
        let f = found([
            ("cs-cz/a.md", "Viz [přehled Oracle Automatic Storage](https://o.com/asm) a [instalace Oracle Automated Storage Management](asm.md)."),
            ("es-es/a.md", "Vea [información sobre Oracle Automatic Storage](https://o.com/asm) y [instalación de Oracle Automated Storage Management](asm.md)."),
            ("fr-fr/a.md", "Voir [vue d’ensemble Oracle Automatic Storage](https://o.com/asm) et [installation d’Oracle Automated Storage Management](asm.md)."),
            ("ru-ru/a.md", "См. [Oracle Automatic Storage](asm.md) и [Set up Oracle Automated Storage Management on Linux](https://o.com/asm)."),
        ]);
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
    }

    #[test]
    fn a_target_twice_on_the_line_is_judged_by_its_rank() {
        let with = |ko: &str| {
            found([
                ("cs-cz/a.md", "Použijte [rutiny AzureRM Key Vault](rm.md) a [rutiny Azure Classic Key Vault](classic.md); importujte [modul AzureRM-KeyVault](rm.md)."),
                ("es-es/a.md", "Use [cmdlets AzureRM de Key Vault](rm.md) y [cmdlets de Azure Key Vault clásico](classic.md); importe [módulo AzureRM-KeyVault](rm.md)."),
                ("fr-fr/a.md", "Utilisez [applets AzureRM Key Vault](rm.md) et [applets Azure Classic Key Vault](classic.md) ; importez [module AzureRM-KeyVault](rm.md)."),
                ("ko-kr/a.md", ko),
            ])
        };
        let f = with("[AzureRM 주요 자격 증명 모음 cmdlet](classic.md) 및 [Azure 클래식 주요 자격 증명 모음 cmdlet](rm.md)을 사용하고 [AzureRM-KeyVault 모듈](rm.md)을 가져옵니다.");
        assert_eq!(found_paths(&f), ["ko-kr/a.md"], "{f:#?}");
        // near miss: a reordered sentence whose new first link has a short label of its own
        let f = with("[AzureRMHelp](rm.md) 및 [Azure 클래식 주요 자격 증명 모음 cmdlet](classic.md)을 사용하고 [AzureRM-KeyVault 모듈](rm.md)을 가져옵니다.");
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn a_text_the_locale_gives_the_one_other_target_elsewhere_is_reported() {
        // the texts share no word with other languages; the Russian page itself links
        // `c2d.md` elsewhere with the text the swapped line gives `start.md`
        let with = |ru: &str| {
            found([
            ("cs-cz/a.md", "Kurzy [Začínáme se službou IoT Hub](start.md) a [odesílání zpráv z cloudu do zařízení](c2d.md) ukazují základy.\n\nViz také [odesílání zpráv z cloudu do zařízení](c2d.md)."),
            ("es-es/a.md", "Los tutoriales [Introducción a IoT Hub](start.md) y [Envío de mensajes de nube a dispositivo](c2d.md) muestran lo básico.\n\nVea también [Envío de mensajes de nube a dispositivo](c2d.md)."),
            ("fr-fr/a.md", "Les didacticiels [Bien démarrer avec IoT Hub](start.md) et [Envoyer des messages du cloud vers un appareil](c2d.md) montrent les bases.\n\nVoir aussi [Envoyer des messages du cloud vers un appareil](c2d.md)."),
            ("ru-ru/a.md", ru),
        ])
        };
        let elsewhere = "\n\nСм. также [Отправка сообщений из облака на устройства](c2d.md).";
        let f = with(&format!("В руководствах [Подключение устройства к Центру Интернета вещей](c2d.md) и [Отправка сообщений из облака на устройство](start.md) описаны основы.{elsewhere}"));
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
        // near miss: the sentence reordered, each text with its own target
        let f = with(&format!("В руководствах [Отправка сообщений из облака на устройство](c2d.md) и [Подключение устройства к Центру Интернета вещей](start.md) описаны основы.{elsewhere}"));
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn one_shared_word_on_one_side_is_not_a_swap() {
        // `sql` is in one text of every locale: it does not pair the texts
        let f = found([
            ("cs-cz/a.md", "Viz [správa operací přes SQL REST API](/rest/list) a [správa přes CLI](/cli/op)."),
            ("es-es/a.md", "Vea [administración mediante la API REST de SQL](/rest/list) y [mediante la CLI](/cli/op)."),
            ("fr-fr/a.md", "Voir [gestion via l’API REST SQL](/rest/list) et [gestion via la CLI](/cli/op)."),
            ("ru-ru/a.md", "См. [Operations — List](/rest/list) и [az sql db op](/cli/op)."),
        ]);
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn targets_crossed_between_two_sentences_are_reported() {
        // no shared word, texts of about one length: the sentences the targets stand in tell
        let f = after_two_sentences((
            "ru-ru/a.md",
            "Сначала прочитайте [вводную главу](b.md). Затем просмотрите [частые вопросы](a.md).",
        ));
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
        assert_eq!(f[0].subject, "вводную главу <> частые вопросы");
        assert!(f[0].help.as_deref().is_some_and(|h| h.contains("`вводную главу` to a.md")));
    }

    #[test]
    fn links_reordered_inside_one_sentence_are_quiet() {
        // German puts the second link first in one sentence: the word order moved, not the
        // targets, and the sentences say nothing within one sentence
        let f = found([
            (
                "cs-cz/a.md",
                "Přečtěte si [úvodní kapitolu](a.md) a potom [časté otázky](b.md). Pak začněte.",
            ),
            (
                "es-es/a.md",
                "Lea [el capítulo inicial](a.md) y luego [las preguntas](b.md). Luego empiece.",
            ),
            (
                "fr-fr/a.md",
                "Lisez [le chapitre initial](a.md) puis [les questions](b.md). Commencez ensuite.",
            ),
            (
                "de-de/a.md",
                "Die [häufigen Fragen](b.md) lesen Sie nach [dem Anfangskapitel](a.md). Dann beginnen Sie.",
            ),
        ]);
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn two_sentences_made_one_are_not_placed() {
        // Japanese joins the two sentences into one and names the questions first
        let f = after_two_sentences((
            "ja-jp/a.md",
            "[よくある質問](b.md)の前に[最初の章](a.md)を読んでください。",
        ));
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn links_are_placed_in_sentences_by_their_text() {
        let seg = |text: &str, links: &[(&str, &str)]| Segment {
            line: 1,
            kind: SegmentKind::Paragraph,
            text: text.to_string(),
            links: links
                .iter()
                .map(|(t, target)| Link {
                    text: t.to_string(),
                    target: target.to_string(),
                    line: 1,
                    broken: None,
                })
                .collect(),
            anchors: vec![],
            breaks: vec![],
        };
        let at = |index| Some(Sentence { index, of: 2 });
        // one link text inside the other's: each still has one place
        let s = seg(
            "Visit the SAP Library site. A blog is on SAP Library 3.0.",
            &[("SAP Library", "a"), ("SAP Library 3.0", "b")],
        );
        assert_eq!(sentences_of_links(&s), [at(0), at(1)]);
        // the link text met earlier as plain text: the link is not placed
        let s = seg(
            "The Azure portal lists it. Open the Azure portal now.",
            &[("Azure portal", "a")],
        );
        assert_eq!(sentences_of_links(&s), [None]);
    }

    #[test]
    fn texts_the_locale_itself_gives_the_other_target_elsewhere_are_reported() {
        // one sentence, no shared word across scripts; Russian names each page alike in
        // two other paragraphs, and the other locales have the targets in the other order
        let f = found([
            (
                "cs-cz/a.md",
                "Viz [průvodce zálohováním](guide.md) a [zálohování souborů](files.md).\n\n\
                 Více: [průvodce zálohováním](guide.md).\n\nSoubory: [zálohování souborů](files.md).",
            ),
            (
                "es-es/a.md",
                "Vea [la guía de copias](guide.md) y [copias de archivos](files.md).\n\n\
                 Más: [la guía de copias](guide.md).\n\nArchivos: [copias de archivos](files.md).",
            ),
            (
                "fr-fr/a.md",
                "Voir [le guide de sauvegarde](guide.md) et [sauvegarde des fichiers](files.md).\n\n\
                 Plus : [le guide de sauvegarde](guide.md).\n\nFichiers : [sauvegarde des fichiers](files.md).",
            ),
            (
                "ru-ru/a.md",
                "См. [руководство по резервному копированию](files.md) и [резервное копирование файлов](guide.md).\n\n\
                 Подробнее: [руководство по резервному копированию](guide.md).\n\n\
                 Файлы: [резервное копирование файлов](files.md).",
            ),
        ]);
        assert_eq!(found_paths(&f), ["ru-ru/a.md"], "{f:#?}");
        assert_eq!(
            f[0].subject,
            "руководство по резервному копированию <> резервное копирование файлов"
        );
    }

    #[test]
    fn texts_that_name_the_other_target_are_reported() {
        // one sentence, no word shared across languages; the others have the targets in
        // the other order, and the French texts name the other link's page and step
        let f = found([
            (
                "cs-cz/a.md",
                "Viz [příjem výstrah](receive-alert-notifications.md) a [stav](service-health.md) \
                 nebo [kroku 2](#step-2-delete) a [krok 3](#step-3-detach).",
            ),
            (
                "es-es/a.md",
                "Vea [recibir alertas](receive-alert-notifications.md) y [estado](service-health.md) \
                 o [paso 2](#step-2-delete) y [paso 3](#step-3-detach).",
            ),
            (
                "ru-ru/a.md",
                "См. [получение оповещений](receive-alert-notifications.md) и [состояние](service-health.md) \
                 или [шаг 2](#step-2-delete) и [шаг 3](#step-3-detach).",
            ),
            (
                "fr-fr/a.md",
                "Voir [notifications d’alerte](service-health.md) et [intégrité du service](receive-alert-notifications.md) \
                 ou [étape 2](#step-3-detach) et [étape 3](#step-2-delete).",
            ),
        ]);
        assert_eq!(found_paths(&f), ["fr-fr/a.md", "fr-fr/a.md"], "{f:#?}");
    }

    #[test]
    fn a_sentence_reordered_with_texts_naming_their_own_pages_is_quiet() {
        // near miss: Korean puts the two links the other way round, each text still names
        // its own page
        let f = found([
            ("cs-cz/a.md", "Viz [příjem výstrah](alert-notifications.md) a [stav služby](service-health.md)."),
            ("es-es/a.md", "Vea [recibir alertas](alert-notifications.md) y [estado del servicio](service-health.md)."),
            ("fr-fr/a.md", "Voir [alertes](alert-notifications.md) et [santé du service](service-health.md)."),
            ("ko-kr/a.md", "[Service Health](service-health.md) 및 [Alert 알림](alert-notifications.md)을 참조하세요."),
        ]);
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn a_name_with_a_particle_attached_is_a_word() {
        let words: Vec<String> = text_words("SSMS를 사용하여 .NET을 Azure에서 2단계 x")
            .into_iter()
            .filter(|w| !w.ends_with('~'))
            .collect();
        assert_eq!(words, ["azure", "net", "ssms", "단계", "사용하여", "에서"]);
        // a word of one script keeps its letters together, beside its cognate key
        let words = |t: &str| text_words(t).into_iter().collect::<Vec<_>>();
        assert_eq!(words("Résolution"), ["resol~", "résolution"]);
        assert_eq!(words("Стандартный"), ["stand~", "стандартный"]);
        assert_eq!(words("사용하여"), ["사용하여", "사용하여~"]);
    }

    #[test]
    fn labels_on_several_targets_name_none() {
        // Korean puts `next` first on every line of a chain of pages: each label is given
        // to several pages, so the page's own texts say nothing of which link is which
        let chain = |prev: &str, next: &str| {
            format!(
                "[{prev}](a.md) · [{next}](b.md)\n\n[{prev}](b.md) · [{next}](c.md)\n\n\
                 [{prev}](d.md) · [{next}](a.md)"
            )
        };
        let (cs, es, fr) = (
            chain("Předchozí", "Další"),
            chain("Anterior", "Siguiente"),
            chain("Précédent", "Suivant"),
        );
        let ko = "[다음](b.md) · [이전](a.md)\n\n[다음](c.md) · [이전](b.md)\n\n\
                  [다음](a.md) · [이전](d.md)";
        let f = found([
            ("cs-cz/a.md", &cs),
            ("es-es/a.md", &es),
            ("fr-fr/a.md", &fr),
            ("ko-kr/a.md", ko),
        ]);
        assert!(f.is_empty(), "{f:#?}");
    }

    /// The findings on `last` beside three locales that link `a.md` in their first
    /// sentence and `b.md` in their second.
    fn after_two_sentences(last: (&'static str, &str)) -> Vec<Finding> {
        found([
            (
                "cs-cz/a.md",
                "Nejprve si přečtěte [úvodní kapitolu](a.md). Potom projděte [časté otázky](b.md).",
            ),
            (
                "es-es/a.md",
                "Primero lea [el capítulo inicial](a.md). Luego revise [las preguntas](b.md).",
            ),
            (
                "fr-fr/a.md",
                "Lisez d’abord [le chapitre initial](a.md). Consultez ensuite [les questions](b.md).",
            ),
            last,
        ])
    }

    fn found_paths(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|x| x.path.as_str()).collect()
    }
}
