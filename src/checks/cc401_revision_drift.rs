use super::compare::{self, days, iso, revision_key};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::text::short_revision as short;
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// Groups the translations of one article by the source revision they were made from
    /// (`ms.openlocfilehash`), orders the revisions by their `ms.date`, then
    /// `ms.lasthandoff`, and reports every locale that sits behind the newest revision,
    /// with how many days behind it is. When the source-locale page (no `ms.loc*` keys)
    /// is present and carries a later `ms.date` than a translation, that translation is
    /// behind the source too, even on the newest revision. The message lists which
    /// locales sit on which revision. A copy with no revision metadata at all (an include
    /// file has no front matter) that differs from the other locales in two or more
    /// places of the comparison checks (sections, links, alerts, code, images, numbers,
    /// blocks) is reported once here, with those places as related locations, instead of
    /// once per place: it was made from another source revision.
    ///
    /// ## Why it matters
    /// Locales made from different source texts disagree for no fault of the translator:
    /// the older ones lack whatever the source changed since. Readers of a stale locale
    /// follow instructions that the source no longer gives.
    ///
    /// ## Example
    /// `fr-fr` and `de-de` carry revision `609f68c7` (handed off 2020-03-28) while `zh-cn`
    /// carries `4dd3ee01` (2021-07-08): `fr-fr/…:10: translated from revision 609f68c7
    /// (2020-01-08), 467 days behind revision 4dd3ee01 (zh-cn)`.
    ///
    /// ## How to fix
    /// Send the stale locales for translation again from the current source; until then,
    /// checks that compare content compare them with the reference no more, only with
    /// each other: three or more locales of one older revision are judged by their own
    /// consensus (a link one of them lost that the others of its revision kept).
    pub struct RevisionDrift { code: "CC401", name: "revision-drift", kind: Kind::Metadata, severity: Severity::Warning }
}

impl RevisionDrift {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        // revision -> (order key, documents)
        let mut groups: BTreeMap<&str, ((i64, i64), Vec<usize>)> = BTreeMap::new();
        for (d, doc) in art.docs.iter().enumerate() {
            if let Some(rev) = doc.front.open_loc_file_hash.as_deref() {
                let g = groups
                    .entry(rev)
                    .or_insert(((i64::MIN, i64::MIN), Vec::new()));
                g.0 = g.0.max(revision_key(doc));
                g.1.push(d);
            }
        }
        let source = art
            .docs
            .iter()
            .enumerate()
            .filter(|(_, d)| !compare::is_translation(d))
            .find_map(|(i, d)| d.front.date.as_deref().and_then(days).map(|day| (i, day)));
        let Some((&newest, &(newest_key, ref newest_docs))) = groups
            .iter()
            .max_by_key(|(rev, (key, _))| (*key, std::cmp::Reverse(**rev)))
        else {
            return Vec::new();
        };
        let summary = {
            let mut g: Vec<_> = groups.iter().collect();
            g.sort_by_key(|(rev, (key, _))| (std::cmp::Reverse(*key), **rev));
            g.iter()
                .map(|(rev, (_, docs))| format!("{}: {}", short(rev), compare::locales(art, docs)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut out = Vec::new();
        for (&rev, (_, docs)) in &groups {
            for &d in docs {
                let doc = &art.docs[d];
                // Ordered by the group's newest date, shown with this document's own dates.
                let key = &revision_key(doc);
                let line = doc
                    .front
                    .lines
                    .get("ms.openlocfilehash")
                    .copied()
                    .unwrap_or(1);
                let when = |k: (i64, i64)| if k.1 > i64::MIN { k.1 } else { k.0 };
                let message = if rev != newest {
                    let age = match (when(newest_key), when(*key)) {
                        (n, k) if n > k && k > i64::MIN => format!("{} days behind", n - k),
                        (n, k) if n == k || n.min(k) > i64::MIN => "behind (same dates)".into(),
                        _ => "behind (undated)".into(),
                    };
                    format!(
                        "translated from revision {} ({}), {age} revision {} ({}) of {}; revisions: {summary}",
                        short(rev),
                        date(*key),
                        short(newest),
                        date(newest_key),
                        compare::locales(art, newest_docs)
                    )
                } else if let Some((s, day)) =
                    source.filter(|&(_, day)| key.0 > i64::MIN && day > key.0)
                {
                    format!(
                        "translated from revision {} ({}), {} days behind the {} source dated {}; revisions: {summary}",
                        short(rev),
                        date(*key),
                        day - key.0,
                        art.docs[s].locale,
                        iso(day)
                    )
                } else {
                    continue;
                };
                let mut f = cx.finding(&Self::META, doc, line, message);
                f.subject = format!("{} behind {}", short(rev), short(newest));
                f.help = Some("translate this locale again from the current source".into());
                for &o in newest_docs.iter().chain(source.iter().map(|(s, _)| s)) {
                    if o != d {
                        let od = &art.docs[o];
                        let rev = od
                            .front
                            .open_loc_file_hash
                            .as_deref()
                            .map_or("source".to_string(), |r| format!("revision {}", short(r)));
                        let l = od.front.lines.get("ms.date").copied().unwrap_or(1);
                        f.related.push(ArticleContext::related(
                            od,
                            l,
                            format!("{rev}, ms.date {}", od.front.date.as_deref().unwrap_or("?")),
                        ));
                    }
                }
                out.push(f);
            }
        }
        out
    }
}

fn date(key: (i64, i64)) -> String {
    match key {
        (d, h) if h > i64::MIN && d > i64::MIN => {
            format!("ms.date {}, handed off {}", iso(d), iso(h))
        }
        (d, _) if d > i64::MIN => format!("ms.date {}", iso(d)),
        _ => "undated".into(),
    }
}
