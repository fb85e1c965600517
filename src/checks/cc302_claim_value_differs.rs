use super::claim_sets::{describe_key, ClaimKey, ClaimSets};
use super::{consensus, ArticleContext};
use crate::claims::Claim;
use crate::finding::{Finding, Kind, Severity};
use crate::model::values;
use std::collections::BTreeSet;

declare_check! {
    /// ## What it does
    /// Within one article, finds a claim that carries a value (pricing tier, approval
    /// time, key operations) whose value differs between locales. Values are compared by
    /// meaning: tiers as case-insensitive sets, durations as day ranges, key operations
    /// as sets of operations with what they act on (keys or access controls). The translations
    /// whose value differs from the source's (without the source: from the value a clear
    /// majority of the other locales give; a tie reports nothing) are reported at their
    /// sentence, with the other locales' sentences as related; the
    /// message notes when the locales were translated from different source revisions.
    /// Without the source a locale is judged on its words, as CC301 judges a missing
    /// claim: only when its text at the majority's place lacks the words of a tier or key
    /// operation the majority names, or it names one whose words a clear majority of the
    /// others lack at its place (durations are numbers and are compared as values).
    /// Values the model rejects are CC203's and are left out here.
    ///
    /// ## Why it matters
    /// Numbers and names are where translations go wrong silently: a tier or a delay that
    /// differs between locales means some readers are told the wrong thing, and on a
    /// service the model has no profile for, the other locales are the only reference.
    ///
    /// ## Example
    /// `de-de`, `es-es` and `fr-fr` list `create, disable, revoke, rotate` as the key
    /// operations and `pl-pl` lists only `create, revoke, rotate` (`disable` dropped): one finding on `pl-pl`.
    ///
    /// ## How to fix
    /// Use the value the related locations give (check the source locale first), or
    /// re-translate the sentence from the current source.
    pub struct ClaimValueDiffers { code: "CC302", name: "claim-value-differs", kind: Kind::LocaleDivergence, severity: Severity::Warning }
}

impl ClaimValueDiffers {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = self.divergences(cx);
        super::claim_sets::hints_without_source(cx, &mut out);
        out
    }
}

impl ClaimValueDiffers {
    fn divergences(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let sets = ClaimSets::new(cx);
        let art = cx.article;
        let mut out = Vec::new();
        if sets.len() < 2 {
            return out;
        }
        for k in sets.keys() {
            // Per document, the meanings of the values it states that the model accepts.
            let meanings: Vec<BTreeSet<String>> = (0..sets.len())
                .map(|d| {
                    sets.stated(d, k)
                        .filter(|c| sets.broken_rule(d, c).is_none())
                        .filter_map(|c| c.value.as_deref().map(|v| values::meaning(c.id, v)))
                        .collect()
                })
                .collect();
            let mut groups: Vec<(&BTreeSet<String>, Vec<usize>)> = Vec::new();
            for (d, m) in meanings.iter().enumerate().filter(|(_, m)| !m.is_empty()) {
                match groups.iter_mut().find(|(g, _)| *g == m) {
                    Some((_, docs)) => docs.push(d),
                    None => groups.push((m, vec![d])),
                }
            }
            if groups.len() < 2 {
                continue;
            }
            // The value to hold: the source's; else the one a clear majority of the
            // other documents that state a value give (a tie holds none).
            let stating: usize = groups.iter().map(|(_, docs)| docs.len()).sum();
            let majority = match cx.source() {
                Some(s) => groups.iter().position(|(_, docs)| docs.contains(&s)),
                None => (0..groups.len()).find(|&g| {
                    consensus::clear_majority(groups[g].1.len(), stating.saturating_sub(1))
                }),
            };
            let Some(majority) = majority else {
                continue;
            };
            let agree = &groups[majority].1;
            let want_text = shown(&sets, agree[0], k);
            let want = groups[majority].0;
            for (g, (got, docs)) in groups.iter().enumerate() {
                if g == majority {
                    continue;
                }
                let got_key = got.iter().cloned().collect::<Vec<_>>().join(" / ");
                for &d in docs {
                    if cx.source().is_none() && !differs_in_words(&sets, k, (d, got), (agree, want))
                    {
                        continue;
                    }
                    let got_text = shown(&sets, d, k);
                    let claim = sets
                        .stated(d, k)
                        .find(|c| {
                            c.value
                                .as_deref()
                                .is_some_and(|v| got.contains(&values::meaning(c.id, v)))
                        })
                        .expect("a claim with that value");
                    let message = format!(
                        "{} says `{}` is `{got_text}`, {} say{} `{want_text}`{}",
                        art.docs[d].locale,
                        describe_key(k),
                        sets.locales(agree),
                        if agree.len() == 1 { "s" } else { "" },
                        sets.drift_note(d, agree)
                    );
                    let mut f = cx.finding(&Self::META, &art.docs[d], claim.line, message);
                    f.claim = Some(k.0.to_string());
                    f.subject = format!("{} = {got_key}", describe_key(k));
                    f.help = Some(format!("use the value the related locations give (`{want_text}`), or check the source"));
                    for &o in agree {
                        let c = sets
                            .stated(o, k)
                            .find(|c| c.value.is_some() && sets.broken_rule(o, c).is_none())
                            .expect("a claim with a value");
                        f.related.push(sets.related_claim(o, c));
                    }
                    out.push(f);
                }
            }
        }
        out
    }
}

/// Without the source, whether document `d`'s value `got` differs from the majority's
/// `want` (stated by `agree`) in its words, not only in what its claim reader made of
/// them: `d`'s text at the majority's places lacks the words of a tier or operation the
/// majority names and `d` does not, or `d` names one whose words a clear majority of
/// `agree` lack at its place. When the words cannot be told (a duration; no claim reader)
/// the values decide, as with the source. Read on realtree-dev for CC301: without the
/// source, a locale that "lacks" a claim its text has the words of was its lexicon's
/// reading, not its translation's; the same holds for a value.
fn differs_in_words(
    sets: &ClaimSets<'_, '_>,
    k: ClaimKey,
    (d, got): (usize, &BTreeSet<String>),
    (agree, want): (&[usize], &BTreeSet<String>),
) -> bool {
    let parts = |m: &BTreeSet<String>| super::claim_sets::value_parts(m);
    let (got, want) = (parts(got), parts(want));
    // The sentences of `docs` whose value names one of `values`.
    let names = |c: &Claim, values: &BTreeSet<String>| {
        c.value.as_deref().is_some_and(|v| {
            let meaning = BTreeSet::from([values::meaning(c.id, v)]);
            !parts(&meaning).is_disjoint(values)
        })
    };
    let places = |docs: &[usize], values: &BTreeSet<String>| -> Vec<(usize, usize)> {
        docs.iter()
            .flat_map(|&o| {
                sets.stated(o, k)
                    .filter(|c| names(c, values))
                    .map(move |c| (o, c.segment))
            })
            .collect()
    };
    let Some(mine) = sets.value_words(d, k.0, &places(agree, &want)) else {
        return true;
    };
    if want.difference(&got).any(|w| !mine.contains(w)) {
        return true;
    }
    let extra: BTreeSet<String> = got.difference(&want).cloned().collect();
    if extra.is_empty() {
        return false;
    }
    let at_mine = places(&[d], &got);
    let silent = agree
        .iter()
        .filter(|&&o| {
            sets.value_words(o, k.0, &at_mine)
                .is_none_or(|w| extra.iter().any(|x| !w.contains(x)))
        })
        .count();
    consensus::clear_majority(silent, agree.len())
}

/// The values document `d` gives for `k`, as written, that the model accepts.
fn shown(sets: &ClaimSets<'_, '_>, d: usize, k: ClaimKey) -> String {
    let mut v: Vec<&str> = sets
        .stated(d, k)
        .filter(|c| sets.broken_rule(d, c).is_none())
        .filter_map(|c| c.value.as_deref())
        .collect();
    v.dedup();
    v.join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{file, page, run, valued, P1};
    use crate::claims::ClaimId::{KeyOperations, PricingTier};

    fn other() -> String {
        page("storage", None, None, ["Values.", "Two.", "Three."])
    }

    #[test]
    fn fires_on_the_minority_value() {
        let findings = run(
            &ClaimValueDiffers,
            &[
                file(
                    "pl-pl/s.md",
                    other(),
                    vec![valued(P1, KeyOperations, "create,rotate")],
                ),
                file(
                    "es-es/s.md",
                    other(),
                    vec![valued(
                        P1,
                        KeyOperations,
                        "create,disable,revoke,rotate:access-controls",
                    )],
                ),
                file(
                    "de-de/s.md",
                    other(),
                    vec![valued(
                        P1,
                        KeyOperations,
                        "create,disable,revoke,rotate:access-controls",
                    )],
                ),
            ],
        );
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(
            (f.path.as_str(), f.line, f.kind),
            ("pl-pl/s.md", P1, Kind::LocaleDivergence)
        );
        assert_eq!(f.message, "pl-pl says `key-operations` is `create,rotate`, de-de, es-es say `create,disable,revoke,rotate:access-controls` (no source locale to judge by: a hint, check the sentences)");
        assert_eq!(f.subject, "key-operations = create,rotate");
        assert_eq!(f.related.len(), 2);
    }

    /// The model accepts key operations on keys and on access controls alike, but a
    /// translation that moves them from one to the other says something else than its
    /// source.
    #[test]
    fn key_operations_on_another_object_than_the_sources_fire() {
        let ops = |path: &'static str, value: &'static str| {
            file(path, other(), vec![valued(P1, KeyOperations, value)])
        };
        let findings = run(
            &ClaimValueDiffers,
            &[
                ops("en-us/s.md", "create,disable,revoke,rotate"),
                ops("de-de/s.md", "create,disable,revoke,rotate:access-controls"),
                ops("fr-fr/s.md", "rotate,create,revoke,disable"),
            ],
        );
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.path.as_str(), f.subject.as_str()))
            .collect();
        assert_eq!(
            got,
            [(
                "de-de/s.md",
                "key-operations = create,disable,revoke,rotate:access-controls"
            )]
        );
        assert_eq!(
            findings[0].message,
            "de-de says `key-operations` is `create,disable,revoke,rotate:access-controls`, en-us, fr-fr say `create,disable,revoke,rotate`"
        );
    }

    #[test]
    fn values_equal_modulo_case_and_order_do_not_fire() {
        let findings = run(
            &ClaimValueDiffers,
            &[
                file(
                    "fr-fr/s.md",
                    other(),
                    vec![valued(P1, PricingTier, "Standard,basic")],
                ),
                file(
                    "de-de/s.md",
                    other(),
                    vec![valued(P1, PricingTier, "basic, standard")],
                ),
            ],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn values_the_model_rejects_are_left_to_cc203() {
        let face = || {
            page(
                "cognitive-services",
                Some("face-api"),
                None,
                ["Tier.", "Two.", "Three."],
            )
        };
        let findings = run(
            &ClaimValueDiffers,
            &[
                file("fr-fr/f.md", face(), vec![valued(P1, PricingTier, "S0")]),
                file("de-de/f.md", face(), vec![valued(P1, PricingTier, "E0")]),
                file("es-es/f.md", face(), vec![valued(P1, PricingTier, "E0")]),
            ],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }

    /// Without the source, the words decide, as for CC301: a locale whose text at the
    /// majority's place has the words of the tier it is said to lack (here in the next
    /// paragraph, so its claim reader does not put it in the value) said it; one whose
    /// text lacks them did not. Likewise for a tier one locale adds: reported only when
    /// the others' texts lack its words.
    #[test]
    fn without_the_source_a_value_differs_only_when_its_words_do() {
        use crate::checks::testing::run_extracted;
        let storage = |p1: &str, p2: &str| page("storage", None, None, [p1, p2, "Links."]);
        let both_es = storage(
            "Las claves administradas por el cliente requieren el nivel básico o estándar.",
            "Más información a continuación.",
        );
        let both_fr = storage(
            "Les clés gérées par le client nécessitent le niveau de base ou standard.",
            "Plus d’informations ci-dessous.",
        );
        let basic_de = |p2: &str| {
            storage(
                "Kundenseitig verwaltete Schlüssel erfordern den Tarif Basic.",
                p2,
            )
        };
        let run3 = |es: &str, fr: &str, de: &str| {
            run_extracted(
                &ClaimValueDiffers,
                &[
                    file("es-es/s.md", es.to_string(), vec![]),
                    file("fr-fr/s.md", fr.to_string(), vec![]),
                    file("de-de/s.md", de.to_string(), vec![]),
                ],
            )
        };
        let said = basic_de("Auch der Standard-Tarif ist möglich.");
        assert_eq!(run3(&both_es, &both_fr, &said), Vec::new());
        let dropped = basic_de("Weitere Informationen folgen.");
        let findings = run3(&both_es, &both_fr, &dropped);
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.path.as_str(), f.line, f.subject.as_str()))
            .collect();
        assert_eq!(got, [("de-de/s.md", P1, "pricing-tier = basic")]);

        // one locale names a tier more than the others
        let basic_es = |p2: &str| {
            storage(
                "Las claves administradas por el cliente requieren el nivel básico.",
                p2,
            )
        };
        let basic_fr = |p2: &str| {
            storage(
                "Les clés gérées par le client nécessitent le niveau de base.",
                p2,
            )
        };
        let both_de = storage(
            "Kundenseitig verwaltete Schlüssel erfordern den Tarif Basic oder Standard.",
            "Weitere Informationen folgen.",
        );
        let shared = run3(
            &basic_es("El nivel estándar también es posible."),
            &basic_fr("Le niveau standard est également possible."),
            &both_de,
        );
        assert_eq!(shared, Vec::new());
        let added = run3(
            &basic_es("Más información a continuación."),
            &basic_fr("Plus d’informations ci-dessous."),
            &both_de,
        );
        let got: Vec<_> = added
            .iter()
            .map(|f| (f.path.as_str(), f.line, f.subject.as_str()))
            .collect();
        assert_eq!(got, [("de-de/s.md", P1, "pricing-tier = basic,standard")]);
    }

    #[test]
    fn a_tie_keeps_the_reference_value() {
        let findings = run(
            &ClaimValueDiffers,
            &[
                file("en-us/s.md", other(), vec![valued(P1, PricingTier, "P1")]),
                file("fr-fr/s.md", other(), vec![valued(P1, PricingTier, "P2")]),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].path, "fr-fr/s.md");
        assert_eq!(
            findings[0].message,
            "fr-fr says `pricing-tier` is `P2`, en-us says `P1`"
        );
    }
}
