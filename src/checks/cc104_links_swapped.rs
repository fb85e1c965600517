use super::compare::normal_target;
use super::{declare_check, ArticleContext, Check, CheckMeta};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::{Link, SegmentKind};
use std::collections::BTreeSet;

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

impl Check for LinksSwapped {
    fn meta(&self) -> &'static CheckMeta {
        &Self::META
    }

    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let r = art.reference;
        let mut out = Vec::new();
        for (d, a, b) in cx.aligned_sections() {
            let (la, lb) = (links(cx, r, a), links(cx, d, b));
            let best: Vec<Option<usize>> = lb.iter().map(|l| pair(l, &la)).collect();
            for i in 0..lb.len() {
                for k in i + 1..lb.len() {
                    let (Some(j), Some(m)) = (best[i], best[k]) else {
                        continue;
                    };
                    let (ti, tk) = (normal_target(&lb[i].target), normal_target(&lb[k].target));
                    let (tj, tm) = (normal_target(&la[j].target), normal_target(&la[m].target));
                    if j != m && tj != tm && ti == tm && tk == tj {
                        let msg = format!(
                            "link texts `{}` and `{}` have each other's targets (compare {})",
                            lb[i].text, lb[k].text, art.docs[r].locale
                        );
                        let mut f = cx.finding(&Self::META, &art.docs[d], lb[i].line, msg);
                        f.subject = format!("{} <> {}", lb[i].text, lb[k].text);
                        f.help = Some(format!(
                            "link `{}` to {} and `{}` to {}",
                            lb[i].text, la[j].target, lb[k].text, la[m].target
                        ));
                        for x in [j, m] {
                            f.related.push(ArticleContext::related(
                                &art.docs[r],
                                la[x].line,
                                format!("[{}]({})", la[x].text, la[x].target),
                            ));
                        }
                        out.push(f);
                    }
                }
            }
        }
        out
    }
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
