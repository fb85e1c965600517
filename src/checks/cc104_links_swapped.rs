use super::compare::normal_target;
use super::{consensus, ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Link, SegmentKind};
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
        let mut out = Vec::new();
        for row in &art.rows {
            let present: Vec<(usize, Vec<&Link>)> = peers
                .iter()
                .filter_map(|&d| Some((d, links(cx, d, row.cells[d]?))))
                .collect();
            for (d, lb) in &present {
                // Each other locale (or the source alone) says which pairs of this
                // locale's links swapped their targets; a pair is reported when the
                // source, or a clear majority of the others, says so.
                let judges: Vec<&(usize, Vec<&Link>)> = present
                    .iter()
                    .filter(|(o, _)| o != d && cx.source().is_none_or(|s| s == *o))
                    .collect();
                if cx.source() == Some(*d) || judges.is_empty() {
                    continue;
                }
                let mut votes: BTreeMap<(usize, usize), Vec<Vote>> = BTreeMap::new();
                for (o, la) in &judges {
                    for (i, k, j, m) in swaps(lb, la) {
                        votes.entry((i, k)).or_default().push((*o, j, m));
                    }
                }
                for ((i, k), said) in votes {
                    let enough = match cx.source() {
                        Some(_) => !said.is_empty(),
                        None => consensus::clear_majority(said.len(), judges.len()),
                    };
                    if !enough {
                        continue;
                    }
                    let (o, j, m) = said[0];
                    let Some((_, la)) = present.iter().find(|(x, _)| *x == o) else {
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
                    out.push(f);
                }
            }
        }
        out
    }
}

/// Another locale's word on a swap: (that locale, its links `j` and `m`).
type Vote = (usize, usize, usize);

/// The pairs `(i, k)` of links of `lb` whose targets are crosswise those of the links
/// `(j, m)` of `la` they pair with.
fn swaps(lb: &[&Link], la: &[&Link]) -> Vec<(usize, usize, usize, usize)> {
    let best: Vec<Option<usize>> = lb.iter().map(|l| pair(l, la)).collect();
    let mut out = Vec::new();
    for i in 0..lb.len() {
        for k in i + 1..lb.len() {
            let (Some(j), Some(m)) = (best[i], best[k]) else {
                continue;
            };
            let (ti, tk) = (normal_target(&lb[i].target), normal_target(&lb[k].target));
            let (tj, tm) = (normal_target(&la[j].target), normal_target(&la[m].target));
            if j != m && tj != tm && ti == tm && tk == tj {
                out.push((i, k, j, m));
            }
        }
    }
    out
}

fn links<'a>(cx: &'a ArticleContext<'_>, d: usize, s: usize) -> Vec<&'a Link> {
    let sec = &cx.article.sections[d][s];
    cx.article.docs[d].segments[sec.body.clone()]
        .iter()
        .filter(|seg| {
            !matches!(
                seg.kind,
                SegmentKind::CodeBlock { .. } | SegmentKind::Image { .. }
            )
        })
        .flat_map(|seg| seg.links.iter())
        .filter(|l| !l.target.starts_with('#'))
        .collect()
}

/// The reference link whose invariant tokens overlap most with `l`'s, when one does uniquely.
fn pair(l: &Link, refs: &[&Link]) -> Option<usize> {
    let mine = tokens(&l.text);
    if mine.is_empty() {
        return None;
    }
    let scores: Vec<usize> = refs
        .iter()
        .map(|r| tokens(&r.text).intersection(&mine).count())
        .collect();
    let top = *scores.iter().max()?;
    (top > 0 && scores.iter().filter(|&&s| s == top).count() == 1)
        .then(|| scores.iter().position(|&s| s == top).expect("max exists"))
}

/// Numbers and upper-case Latin acronyms of a link text (lower-cased).
pub fn tokens(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for run in text.split(|c: char| !c.is_alphanumeric()) {
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
