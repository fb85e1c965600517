//! What the claim checks (CC2xx, CC3xx) share: which documents of an article state a
//! claim and where, where a sentence of one locale sits in another, and the wording of
//! claims in messages.

use super::{consensus, ArticleContext, CheckMeta};
use crate::align::{self, Article};
use crate::claims::{Claim, ClaimId, Polarity};
use crate::finding::{Finding, Related};
use crate::model::{values, Model, Rule, ServiceProfile, Verdict};
use crate::parse::Segment;
use std::collections::BTreeSet;

/// A claim without its value: what cross-locale presence compares.
pub(crate) type ClaimKey = (ClaimId, Polarity);

/// The claims of one article with each document's service profile.
pub(crate) struct ClaimSets<'a, 'b> {
    pub cx: &'b ArticleContext<'a>,
    pub model: &'static Model,
    pub profiles: Vec<Option<&'static ServiceProfile>>,
}

impl<'a, 'b> ClaimSets<'a, 'b> {
    pub fn new(cx: &'b ArticleContext<'a>) -> ClaimSets<'a, 'b> {
        let model = Model::canonical();
        let profiles = cx
            .article
            .docs
            .iter()
            .map(|d| model.profile(&d.front))
            .collect();
        ClaimSets {
            cx,
            model,
            profiles,
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.cx.article.docs.len()
    }

    /// Every (id, polarity) some document states, in vocabulary order.
    pub fn keys(&self) -> BTreeSet<ClaimKey> {
        self.cx.claims.iter().flatten().map(key).collect()
    }

    /// The claims of document `d` with this key, in file order.
    pub fn stated(&self, d: usize, k: ClaimKey) -> impl Iterator<Item = &'a Claim> + '_ {
        self.cx.claims[d].iter().filter(move |c| key(c) == k)
    }

    /// The first claim of document `d` with this key.
    pub fn first(&self, d: usize, k: ClaimKey) -> Option<&'a Claim> {
        self.stated(d, k).next()
    }

    /// The model's verdict on a claim of document `d`.
    pub fn judge(&self, d: usize, claim: &Claim) -> Verdict {
        self.model.judge(claim, self.profiles[d])
    }

    /// The rule a claim of document `d` breaks, if any.
    pub fn broken_rule(&self, d: usize, claim: &Claim) -> Option<Rule> {
        match self.judge(d, claim) {
            Verdict::Contradicts { rule, .. } => Some(rule),
            _ => None,
        }
    }

    /// Whether stating the key at all (whatever the value) contradicts the model in
    /// document `d`: such claims are the CC2xx checks' to report.
    pub fn key_contradicts(&self, d: usize, claim: &Claim) -> bool {
        let bare = Claim {
            value: None,
            ..claim.clone()
        };
        self.broken_rule(d, &bare).is_some()
    }

    /// The first claim of document `d` that contradicts the model in place of `k` (an
    /// inverted or negated form of it), if any.
    pub fn opposite_of(&self, d: usize, k: ClaimKey) -> Option<&Claim> {
        self.cx.claims[d]
            .iter()
            .find(|c| self.model.counterpart(c, self.profiles[d]) == Some(k))
    }

    /// The findings of one model rule (the CC2xx checks): one per document and distinct
    /// claim (id, polarity, value meaning) that breaks `rule`, at its first line, with
    /// the same or the canonical claim in the other locales as related locations.
    pub fn contradictions(&self, meta: &CheckMeta, rule: Rule, help: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        for (d, doc) in self.cx.article.docs.iter().enumerate() {
            let mut found: Vec<(String, Finding, Vec<u32>)> = Vec::new();
            for c in &self.cx.claims[d] {
                let Verdict::Contradicts {
                    rule: r,
                    expected,
                    reason,
                } = self.judge(d, c)
                else {
                    continue;
                };
                if r != rule {
                    continue;
                }
                let subject = subject(c);
                if let Some((_, _, lines)) = found.iter_mut().find(|(s, ..)| *s == subject) {
                    lines.push(c.line);
                    continue;
                }
                let message = format!(
                    "{} states `{}`: {}; the model has `{expected}`: {reason}",
                    doc.locale,
                    describe(c),
                    quote(&c.text)
                );
                let mut f = self.cx.finding(meta, doc, c.line, message);
                f.claim = Some(c.id.to_string());
                f.help = Some(help.to_string());
                f.subject = subject.clone();
                let counterpart = self.model.counterpart(c, self.profiles[d]).map(|k| k.0);
                for o in (0..self.len()).filter(|&o| o != d) {
                    let mut same = self.cx.claims[o]
                        .iter()
                        .filter(|x| x.id == c.id || Some(x.id) == counterpart);
                    if let Some(x) = same.next() {
                        f.related.push(self.related_claim(o, x));
                    }
                }
                found.push((subject, f, Vec::new()));
            }
            for (_, mut f, lines) in found {
                let mut lines: Vec<String> = lines
                    .into_iter()
                    .filter(|&l| l != f.line)
                    .map(|l| l.to_string())
                    .collect();
                lines.dedup();
                if !lines.is_empty() {
                    f.message
                        .push_str(&format!(" (also on line {})", lines.join(", ")));
                }
                out.push(f);
            }
        }
        out
    }

    /// A related location: the claim's sentence in document `d`.
    pub fn related_claim(&self, d: usize, claim: &Claim) -> Related {
        ArticleContext::related(&self.cx.article.docs[d], claim.line, claim.text.clone())
    }

    /// Sorted, comma-separated locales of these documents.
    pub fn locales(&self, docs: &[usize]) -> String {
        let mut v: Vec<&str> = docs
            .iter()
            .map(|&d| self.cx.article.docs[d].locale.as_str())
            .collect();
        v.sort();
        v.dedup();
        v.join(", ")
    }

    /// Who is reported when `have` state a claim and `lack` do not: `(lacking, extra)`.
    /// With the source, the translations that differ from it (never the source); without
    /// it, a document that a clear majority of the others disagree with.
    pub fn reported(&self, have: &[usize], lack: &[usize]) -> (Vec<usize>, Vec<usize>) {
        let n = have.len() + lack.len();
        match self.cx.source() {
            Some(s) if have.contains(&s) => (lack.to_vec(), Vec::new()),
            Some(s) => (
                Vec::new(),
                have.iter().copied().filter(|&d| d != s).collect(),
            ),
            None => (
                if consensus::clear_majority(have.len(), n - 1) {
                    lack.to_vec()
                } else {
                    Vec::new()
                },
                if consensus::clear_majority(lack.len(), n - 1) {
                    have.to_vec()
                } else {
                    Vec::new()
                },
            ),
        }
    }

    /// Whether document `o` lacks the words of claim `id` (the concepts of its rules,
    /// [`crate::claims::Extractor::has_concepts_of`]) at every place aligned with a
    /// statement of it in `stating` (`(document, segment)`): then `o` really did not say
    /// it, rather than said it in a way its lexicon does not read as the claim. Without a
    /// claim reader in the context (checks run on hand-made claims) only the claims
    /// count, and this is true.
    pub fn lacks_words(&self, o: usize, id: ClaimId, stating: &[(usize, usize)]) -> bool {
        let Some(ex) = self.cx.extractor else {
            return true;
        };
        let art = self.cx.article;
        !stating
            .iter()
            .any(|&(d, seg)| ex.has_concepts_of(&art.docs[o], aligned_window(art, d, seg, o), id))
    }

    /// The value words of claim `id` (tier or key-operation names, see
    /// [`crate::claims::Extractor::value_words`]) document `o` has at the places aligned
    /// with the statements in `stating` (`(document, segment)`). `None` when they cannot
    /// be told: no claim reader in the context, or a value that is not read from words.
    pub fn value_words(
        &self,
        o: usize,
        id: ClaimId,
        stating: &[(usize, usize)],
    ) -> Option<BTreeSet<String>> {
        let ex = self.cx.extractor?;
        let art = self.cx.article;
        let mut words = BTreeSet::new();
        for &(d, seg) in stating {
            words.extend(ex.value_words(&art.docs[o], aligned_window(art, d, seg, o), id)?);
        }
        Some(words)
    }

    /// `; es-es and fr-fr were translated from different source revisions (…)` when
    /// document `d` and some of `others` carry different `ms.openlocfilehash` values and
    /// none of `others` carries `d`'s: a locale translated from the same revision as one
    /// that states what it lacks (or lacks what it states) has a translation error, not
    /// drift.
    pub fn drift_note(&self, d: usize, others: &[usize]) -> String {
        let docs = &self.cx.article.docs;
        let hash = |i: usize| {
            docs[i]
                .front
                .open_loc_file_hash
                .as_deref()
                .map(crate::text::short_revision)
        };
        let Some(mine) = hash(d) else {
            return String::new();
        };
        if others.iter().any(|&o| hash(o) == Some(mine)) {
            return String::new();
        }
        let mut parts: Vec<(&str, &str)> = others
            .iter()
            .filter_map(|&o| {
                hash(o)
                    .filter(|&h| h != mine)
                    .map(|h| (docs[o].locale.as_str(), h))
            })
            .collect();
        if parts.is_empty() {
            return String::new();
        }
        parts.push((docs[d].locale.as_str(), mine));
        parts.sort();
        parts.dedup();
        let locales: Vec<&str> = parts.iter().map(|p| p.0).collect();
        let mut hashes: Vec<&str> = parts.iter().map(|p| p.1).collect();
        hashes.sort();
        hashes.dedup();
        // Name each revision's locales only when some revision has more than one.
        let revisions: Vec<String> = if hashes.len() == parts.len() {
            parts.iter().map(|p| p.1.to_string()).collect()
        } else {
            let of = |h: &str| {
                parts
                    .iter()
                    .filter(|p| p.1 == h)
                    .map(|p| p.0)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            hashes.iter().map(|h| format!("{}: {h}", of(h))).collect()
        };
        let (last, init) = locales.split_last().expect("two or more");
        format!(
            "; {} and {last} were translated from different source revisions ({}): this may be drift rather than a translation error",
            init.join(", "),
            revisions.join(" vs ")
        )
    }
}

/// The presence key of a claim.
pub(crate) fn key(c: &Claim) -> ClaimKey {
    (c.id, c.polarity)
}

/// The same claim with the other polarity.
pub(crate) fn opposite((id, polarity): ClaimKey) -> ClaimKey {
    match polarity {
        Polarity::Asserted => (id, Polarity::Negated),
        Polarity::Negated => (id, Polarity::Asserted),
    }
}

/// A claim key as messages and subjects write it: `id`, or `id (negated)`.
pub(crate) fn describe_key((id, polarity): ClaimKey) -> String {
    match polarity {
        Polarity::Asserted => id.to_string(),
        Polarity::Negated => format!("{id} (negated)"),
    }
}

/// A claim as messages and subjects write it: its key, then `= value` when it has one.
pub(crate) fn describe(c: &Claim) -> String {
    match &c.value {
        Some(v) => format!("{} = {v}", describe_key(key(c))),
        None => describe_key(key(c)),
    }
}

/// The normalised subject of a claim finding (baseline fingerprints): the key, then
/// `= value` in the model's normal form. Never a line number.
pub(crate) fn subject(c: &Claim) -> String {
    match &c.value {
        Some(v) => format!("{} = {}", describe_key(key(c)), values::meaning(c.id, v)),
        None => describe_key(key(c)),
    }
}

/// A sentence quoted in a message, shortened to about 100 characters.
pub(crate) fn quote(text: &str) -> String {
    const MAX: usize = 100;
    let head = crate::text::prefix(text, MAX);
    if head.len() < text.len() {
        format!("“{}…”", head.trim_end())
    } else {
        format!("“{text}”")
    }
}

/// Where segment `seg` of document `from` sits in document `to`: the aligned block of
/// the aligned section, else that section's heading, else the heading of the nearest
/// earlier section `to` has, else line 1. Also returns the aligned segment, if any.
pub(crate) fn aligned(art: &Article, from: usize, seg: usize, to: usize) -> (u32, Option<usize>) {
    let place = locate(art, from, seg, to);
    (place.line, place.segment)
}

/// The segments of document `to` that say what segment `seg` of document `from` says:
/// the aligned block with its neighbours in its section, else the whole aligned section,
/// else (no aligned section) the whole document.
pub(crate) fn aligned_window(
    art: &Article,
    from: usize,
    seg: usize,
    to: usize,
) -> std::ops::Range<usize> {
    locate(art, from, seg, to)
        .window
        .unwrap_or(0..art.docs[to].segments.len())
}

/// A place [`aligned`] finds, with the window [`aligned_window`] reads.
struct Place {
    line: u32,
    segment: Option<usize>,
    window: Option<std::ops::Range<usize>>,
}

fn locate(art: &Article, from: usize, seg: usize, to: usize) -> Place {
    let nowhere = Place {
        line: 1,
        segment: None,
        window: None,
    };
    let sections = &art.sections[from];
    let Some(si) = sections
        .iter()
        .position(|s| s.heading == Some(seg) || s.body.contains(&seg))
    else {
        return nowhere;
    };
    let Some(r) = art.rows.iter().position(|row| row.cells[from] == Some(si)) else {
        return nowhere;
    };
    let Some(sj) = art.rows[r].cells[to] else {
        let earlier = art.rows[..r]
            .iter()
            .rev()
            .find_map(|row| row.cells[to].and_then(|s| art.sections[to][s].heading));
        return earlier.map_or(nowhere, |h| Place {
            line: art.docs[to].segments[h].line,
            segment: Some(h),
            window: None,
        });
    };
    let (src, dst) = (&sections[si], &art.sections[to][sj]);
    let section = dst.heading.unwrap_or(dst.body.start)..dst.body.end.max(dst.body.start);
    let segs = |d: usize, range: std::ops::Range<usize>| -> Vec<&Segment> {
        range.map(|i| &art.docs[d].segments[i]).collect()
    };
    if src.heading != Some(seg) {
        let (a, b) = (segs(from, src.body.clone()), segs(to, dst.body.clone()));
        let pos = seg - src.body.start;
        let hit = align::blocks(&a, &b)
            .into_iter()
            .find_map(|(x, y)| (x == Some(pos)).then_some(y))
            .flatten();
        if let Some(y) = hit {
            let i = dst.body.start + y;
            let window = i.saturating_sub(1).max(dst.body.start)..(i + 2).min(dst.body.end);
            return Place {
                line: art.docs[to].segments[i].line,
                segment: Some(i),
                window: Some(window),
            };
        }
    }
    match dst
        .heading
        .or((!dst.body.is_empty()).then_some(dst.body.start))
    {
        Some(i) => Place {
            line: art.docs[to].segments[i].line,
            segment: Some(i),
            window: Some(section),
        },
        None => nowhere,
    }
}

/// The names a value is made of, lower case: the tiers of `basic,standard` or the
/// operations of `create,revoke:access-controls` (the object of the operations left out),
/// as the value words of a text ([`ClaimSets::value_words`]) name them.
pub fn value_parts<'v>(values: impl IntoIterator<Item = &'v String>) -> BTreeSet<String> {
    values
        .into_iter()
        .flat_map(|v| v.split([',', ':']))
        .filter(|p| !p.is_empty() && *p != "access-controls")
        .map(str::to_lowercase)
        .collect()
}

/// Without the source locale, a claim divergence is a locale whose claim reader found
/// what the others' did not (or the reverse): read on realtree-dev, most were one
/// language's phrasing the lexicons miss, not a translation that says something else.
/// Such findings are infos (kept in JSON and SARIF, off the terminal and out of the
/// gate), said to be hints.
pub fn hints_without_source(cx: &ArticleContext<'_>, findings: &mut [crate::finding::Finding]) {
    if cx.source().is_some() {
        return;
    }
    for f in findings {
        f.severity = crate::finding::Severity::Info;
        f.message
            .push_str(" (no source locale to judge by: a hint, check the sentences)");
    }
}

#[cfg(test)]
mod tests {
    use super::value_parts;

    #[test]
    fn value_parts_name_tiers_and_operations_without_their_object() {
        let values = [
            "Basic,Standard".to_string(),
            "create,revoke:access-controls".to_string(),
        ];
        let got: Vec<String> = value_parts(&values).into_iter().collect();
        assert_eq!(got, ["basic", "create", "revoke", "standard"]);
    }
}
