use super::claim_sets::{aligned, describe_key, key, opposite, quote, ClaimSets};
use super::ArticleContext;
use crate::finding::{Finding, Kind, Severity};

declare_check! {
    /// ## What it does
    /// Within one article (all locales of a page), finds a claim (id and polarity) that
    /// some locales state and others do not. With the source locale present, each
    /// translation is compared with the source and the finding is always on the
    /// translation, never on the source; where the translation's aligned text has the
    /// lexicon concepts of the claim's rules, it most likely says it in words its lexicon
    /// does not read as the claim, and the finding is an info, a hint; so is a claim a
    /// translation states where the source's aligned text has the claim's words (and names
    /// the same tier or operations) and states nothing the model inverts in its place.
    /// Without it, a locale is reported only when a clear majority of the other locales (at
    /// least two, and two thirds) disagree with it, and only on the words: a locale lacks a
    /// claim when its text at the places aligned with the others' statements lacks the
    /// lexicon concepts of the claim's rules (it did not say it, rather than said it in a
    /// way its lexicon does not read as the claim). A tie reports nothing, a claim one
    /// locale alone states is reported without the source only when a clear majority of the
    /// others state its opposite (read on a real tree, the others were that language's
    /// lexicon reading more into a sentence every locale has), and the finding is an info,
    /// a hint: even with that evidence most were one language's phrasing that another
    /// language's lexicon reads differently. A locale that lacks the claim gets a finding
    /// at the block aligned with the sentence that states it elsewhere (else at the aligned
    /// section's heading), a locale that alone states it gets a finding at its sentence.
    /// Related locations are the sentence in each other locale. When the locales that
    /// disagree were translated from different source revisions (`ms.openlocfilehash`), the
    /// message says so: that is drift, not mistranslation.
    ///
    /// Claims the model rejects (CC201, CC202, CC203 report them) are left out. A
    /// translation that lacks the source's claim because it states the model's inverted
    /// form in its place ("encrypted when read" for "when written") gets this finding too,
    /// at that sentence, naming what it states instead: the CC201 says the sentence is
    /// wrong, this one that the source is right and the translation is what to fix. Without
    /// the source, CC201 alone reports it. Single-locale articles have no findings, and
    /// neither have articles that are not about customer-managed keys (the source, or a
    /// clear majority of the locales, must state a CMK claim), except for a translation
    /// that adds a CMK claim its source does not make (a page on ledger digests whose
    /// translation says the digests are encrypted with customer-managed keys).
    ///
    /// ## Why it matters
    /// A claim dropped or added in translation changes what readers of that locale are
    /// told: "requires the creation of a DPS" instead of "a *new* DPS" hides the one
    /// requirement that makes the feature unusable on an existing instance.
    ///
    /// ## Example
    /// `de-de` and `es-es` say customer-managed keys need a new DPS instance
    /// (`requires-new-resource`), `fr-fr` only says a DPS must be created: one finding on
    /// `fr-fr` at that paragraph, with the `de-de` and `es-es` sentences as related.
    ///
    /// ## How to fix
    /// Translate the missing statement (or remove the added one) so every locale makes
    /// the same claims; if the note says the locales come from different source
    /// revisions, re-translate from the current source instead.
    pub struct ClaimMissingInLocale { code: "CC301", name: "claim-missing-in-locale", kind: Kind::LocaleDivergence, severity: Severity::Warning }
}

impl ClaimMissingInLocale {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = self.divergences(cx);
        super::claim_sets::hints_without_source(cx, &mut out);
        out
    }
}

impl ClaimMissingInLocale {
    fn divergences(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let sets = ClaimSets::new(cx);
        let art = cx.article;
        let mut out = Vec::new();
        // A source that is not about customer-managed keys still has translations that
        // must not add them: only those additions are compared (a translation that says
        // the page's data is encrypted with customer-managed keys where the source does
        // not), not the claims such pages phrase too freely to compare.
        let about = about_customer_managed_keys(cx);
        if sets.len() < 2 || (!about && cx.source().is_none()) {
            return out;
        }
        for k in sets.keys() {
            let (have, lack): (Vec<usize>, Vec<usize>) =
                (0..sets.len()).partition(|&d| sets.first(d, k).is_some());
            if !about && (!is_cmk_claim(k.0) || cx.source().is_some_and(|s| have.contains(&s)))
            {
                continue;
            }
            if lack.is_empty()
                || have
                    .iter()
                    .any(|&d| sets.stated(d, k).any(|c| sets.key_contradicts(d, c)))
            {
                continue;
            }
            let opposite = opposite(k);
            let shown = describe_key(k);
            let (mut lacking, mut extra) = sets.reported(&have, &lack);
            let places = |docs: &[usize]| -> Vec<(usize, usize)> {
                docs.iter()
                    .flat_map(|&o| sets.stated(o, k).map(move |c| (o, c.segment)))
                    .collect()
            };
            let stating = places(&have);
            if cx.source().is_none() {
                // Without the source, a locale is judged on words, not on what its claim
                // reader made of them: it lacks a claim when its aligned text lacks the
                // claim's concepts, and alone states one when the others' texts do.
                lacking.retain(|&d| sets.lacks_words(d, k.0, &stating));
                // A claim one locale alone states, without the source, is reported only
                // when a clear majority of the others state its opposite: read on
                // realtree-dev, every other such finding (16 of 16) was that locale's
                // lexicon reading more into a sentence every locale has ("stored" as at
                // rest, "contact us" as access by request).
                let contradicted = lack
                    .iter()
                    .filter(|&&o| sets.first(o, opposite).is_some())
                    .count();
                if !super::consensus::clear_majority(contradicted, sets.len() - 1) {
                    extra.clear();
                }
                extra.retain(|&d| {
                    let mine = places(&[d]);
                    let silent = lack
                        .iter()
                        .filter(|&&o| sets.lacks_words(o, k.0, &mine))
                        .count();
                    super::consensus::clear_majority(silent, sets.len() - 1)
                });
            }
            if !lacking.is_empty() {
                let witness = if have.contains(&cx.pivot) {
                    cx.pivot
                } else {
                    have[0]
                };
                let wclaim = sets.first(witness, k).expect("witness states it");
                for &d in &lacking {
                    // Reported by the other key's finding on the opposite polarity.
                    if sets.first(d, opposite).is_some() {
                        continue;
                    }
                    // A translation that states the model's inverted form in place of the
                    // source's claim ("encrypted when read" for "when written") has its
                    // CC201 on that claim; against the source it also lacks this one, and
                    // saying so tells the maintainer the fix is the translation's. Without
                    // the source, CC20x alone reports it.
                    let instead = sets.opposite_of(d, k);
                    if instead.is_some() && cx.source().is_none() {
                        continue;
                    }
                    let (line, _) = aligned(art, witness, wclaim.segment, d);
                    let line = instead.map_or(line, |c| c.line);
                    let message = format!(
                        "{} does not state `{shown}`, which {} state{}{}",
                        art.docs[d].locale,
                        sets.locales(&have),
                        instead.map_or_else(String::new, |c| format!(
                            ": it states `{}` in its place, {}",
                            describe_key(key(c)),
                            quote(&c.text)
                        )),
                        sets.drift_note(d, &have)
                    );
                    let mut f = cx.finding(&Self::META, &art.docs[d], line, message);
                    // Against the source, a translation whose aligned text has the
                    // claim's words most likely says it in a way its lexicon does not read
                    // (on 22 blind sets, 53 of 59 such findings matched no labelled
                    // difference): a hint. One whose text lacks them did not say it.
                    if cx.source().is_some()
                        && instead.is_none()
                        && !sets.lacks_words(d, k.0, &stating)
                    {
                        f.severity = Severity::Info;
                        f.message.push_str(
                            " (its text there has the claim's words, phrased in a way concord \
                             does not read as the claim: a hint, check the sentence)",
                        );
                    }
                    f.claim = Some(k.0.to_string());
                    f.subject = format!("missing {shown}");
                    f.help = Some(
                        "translate the statement the related locations make, at this place".into(),
                    );
                    f.related = have
                        .iter()
                        .map(|&o| sets.related_claim(o, sets.first(o, k).expect("states it")))
                        .collect();
                    out.push(f);
                }
            } else {
                for &d in &extra {
                    let claim = sets.first(d, k).expect("states it");
                    let against: Vec<usize> = lack
                        .iter()
                        .copied()
                        .filter(|&o| sets.first(o, opposite).is_some())
                        .collect();
                    let contrast = if against.is_empty() {
                        format!("which {} do not", sets.locales(&lack))
                    } else {
                        format!(
                            "which {} do not ({} state the opposite)",
                            sets.locales(&lack),
                            sets.locales(&against)
                        )
                    };
                    let message = format!(
                        "{} states `{shown}`: {}, {contrast}{}",
                        art.docs[d].locale,
                        quote(&claim.text),
                        sets.drift_note(d, &lack)
                    );
                    let mut f = cx.finding(&Self::META, &art.docs[d], claim.line, message);
                    // The mirror of the hint above: a source whose aligned text has the
                    // claim's words most likely says it in a way its own lexicon does not
                    // read as the claim; not when the source states the model's inverted
                    // form in its place (the translation is right, the source wrong).
                    if let Some(s) = cx.source() {
                        let mine = places(&[d]);
                        if against.is_empty()
                            && sets.opposite_of(s, k).is_none()
                            && !sets.lacks_words(s, k.0, &mine)
                            && !names_other_values(&sets, s, claim, &mine)
                        {
                            f.severity = Severity::Info;
                            f.message.push_str(&format!(
                                " ({}'s text there has the claim's words, phrased in a way \
                                 concord does not read as the claim: a hint, check the sentence)",
                                art.docs[s].locale
                            ));
                        }
                    }
                    f.claim = Some(k.0.to_string());
                    f.subject = format!("extra {shown}");
                    f.help = Some("remove the statement, or make the other locales state it too if the source does".into());
                    for &o in &lack {
                        f.related.push(match sets.first(o, opposite) {
                            Some(c) => sets.related_claim(o, c),
                            None => {
                                let (line, seg) = aligned(art, d, claim.segment, o);
                                let text = seg.map_or_else(String::new, |s| {
                                    art.docs[o].segments[s].text.clone()
                                });
                                ArticleContext::related(&art.docs[o], line, text)
                            }
                        });
                    }
                    out.push(f);
                }
            }
        }
        out
    }
}

/// Whether the source's text at `places` lacks a value `claim` gives (a tier or an
/// operation its words do not name): then the translation changed the value, and the words
/// the source shares with it are no sign that the source says the same.
fn names_other_values(
    sets: &ClaimSets<'_, '_>,
    source: usize,
    claim: &crate::claims::Claim,
    places: &[(usize, usize)],
) -> bool {
    let Some(value) = claim.value.as_deref() else {
        return false;
    };
    let Some(words) = sets.value_words(source, claim.id, places) else {
        return false;
    };
    let meaning = crate::model::values::meaning(claim.id, value);
    !super::claim_sets::value_parts([&meaning]).is_subset(&words)
}

/// Whether only pages about customer-managed keys make claim `id` (the extractor reads it
/// only where they are named).
fn is_cmk_claim(id: crate::claims::ClaimId) -> bool {
    use crate::claims::ClaimId;
    matches!(
        id,
        ClaimId::SupportsCmk
            | ClaimId::CmkInKeyVault
            | ClaimId::CmkIsKek
            | ClaimId::RequiresNewResource
            | ClaimId::PricingTier
            | ClaimId::AccessByRequest
            | ClaimId::ApprovalTime
            | ClaimId::ManagedIdentityRequired
    )
}

/// Whether the article is about customer-managed keys: the source makes a claim only CMK
/// pages make (the extractor reads those only where CMK is named), or, without the
/// source, a clear majority of its locales do. Elsewhere, a
/// claim one language reads and the others do not is the extractor's difference, not
/// the translation's: pages that only mention encryption in passing are phrased too
/// freely for claim-by-claim comparison.
fn about_customer_managed_keys(cx: &ArticleContext<'_>) -> bool {
    let names = |d: usize| cx.claims[d].iter().any(|c| is_cmk_claim(c.id));
    let n = cx.claims.len();
    match cx.source() {
        Some(s) => names(s),
        None => {
            let naming = (0..n).filter(|&d| names(d)).count();
            naming == n || super::consensus::clear_majority(naming, n - 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{asserted, file, negated, page, run, P1, P2, P3};
    use crate::claims::ClaimId::{
        EncryptOnRead, EncryptOnWrite, EncryptsAtRest, RequiresNewResource, SupportsCmk,
    };

    const FR: &str = "d22a01bab81fc330484e7715a65c89a1cfd7802c";
    const ES: &str = "1cc8afad5d4f6e0e2b5c0c5d0e2e8e5a7f3c1b2a";

    /// The findings (path, line, subject, severity) on a two-locale article: the en-us
    /// source and its de-de translation, their claims read by the extractor.
    fn against_source(en: String, de: String) -> Vec<(String, u32, String, Severity)> {
        crate::checks::testing::run_extracted(
            &ClaimMissingInLocale,
            &[
                file("en-us/dps.md", en, vec![]),
                file("de-de/dps.md", de, vec![]),
            ],
        )
        .into_iter()
        .map(|f| (f.path, f.line, f.subject, f.severity))
        .collect()
    }

    fn dps(hash: Option<&str>) -> String {
        page(
            "iot-dps",
            None,
            hash,
            ["Supports keys.", "Needs a DPS.", "Links."],
        )
    }

    #[test]
    fn fires_on_the_locale_that_lacks_a_claim_at_the_aligned_block() {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "fr-fr/dps.md",
                    dps(Some(FR)),
                    vec![asserted(P1, SupportsCmk)],
                ),
                file(
                    "es-es/dps.md",
                    dps(Some(ES)),
                    vec![asserted(P1, SupportsCmk), asserted(P2, RequiresNewResource)],
                ),
                file(
                    "de-de/dps.md",
                    dps(Some(ES)),
                    vec![asserted(P1, SupportsCmk), asserted(P2, RequiresNewResource)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(
            (f.path.as_str(), f.line, f.kind, f.severity),
            (
                "fr-fr/dps.md",
                P2,
                Kind::LocaleDivergence,
                // no source locale in the article: a hint
                Severity::Info
            )
        );
        assert_eq!(f.claim.as_deref(), Some("requires-new-resource"));
        assert_eq!(f.subject, "missing requires-new-resource");
        assert_eq!(
            f.message,
            "fr-fr does not state `requires-new-resource`, which de-de, es-es state; de-de, es-es and fr-fr were translated \
             from different source revisions (de-de, es-es: 1cc8afad vs fr-fr: d22a01ba): this may be drift rather than a translation error \
             (no source locale to judge by: a hint, check the sentences)"
        );
        let related: Vec<_> = f
            .related
            .iter()
            .map(|r| (r.path.as_str(), r.line, r.message.as_str()))
            .collect();
        assert_eq!(
            related,
            [
                ("de-de/dps.md", P2, "Needs a DPS."),
                ("es-es/dps.md", P2, "Needs a DPS.")
            ]
        );
    }

    /// Without the source, the words decide: a locale whose aligned paragraph has the
    /// concepts of a claim (here split over two sentences, so the rules read no claim)
    /// said it; one whose paragraph lacks them did not.
    #[test]
    fn without_the_source_a_locale_lacks_a_claim_only_when_it_lacks_its_words() {
        use crate::checks::testing::run_extracted;
        let dps = |p1: &str, p2: &str| page("iot-dps", None, None, [p1, p2, "Links."]);
        let es = dps(
            "El servicio admite claves administradas por el cliente.",
            "Los datos en reposo se cifran.",
        );
        let fr = dps(
            "Le service prend en charge les clés gérées par le client.",
            "Les données au repos sont chiffrées.",
        );
        let said = dps(
            "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.",
            "Die Daten sind im Ruhezustand. Sie werden verschlüsselt.",
        );
        let findings = run_extracted(
            &ClaimMissingInLocale,
            &[
                file("es-es/dps.md", es.clone(), vec![]),
                file("fr-fr/dps.md", fr.clone(), vec![]),
                file("de-de/dps.md", said, vec![]),
            ],
        );
        assert!(findings.is_empty(), "{findings:#?}");
        let dropped = dps(
            "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.",
            "Die Daten werden komprimiert.",
        );
        let findings = run_extracted(
            &ClaimMissingInLocale,
            &[
                file("es-es/dps.md", es, vec![]),
                file("fr-fr/dps.md", fr, vec![]),
                file("de-de/dps.md", dropped, vec![]),
            ],
        );
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f.path.as_str(), f.line, f.subject.as_str()))
            .collect();
        assert_eq!(got, [("de-de/dps.md", P2, "missing encrypts-at-rest")]);
    }

    /// Against the source, a translation that lacks a claim is always reported, on the
    /// translation; where its aligned paragraph has the claim's words (here split over
    /// two sentences, so the rules read no claim), the finding is a hint.
    #[test]
    fn against_the_source_a_translation_with_the_words_gets_a_hint() {
        let dps = |p1: &str, p2: &str| page("iot-dps", None, None, [p1, p2, "Links."]);
        let en = dps(
            "The service supports customer-managed keys.",
            "Data at rest is encrypted.",
        );
        let run_with = |de: String| against_source(en.clone(), de);
        let said = dps(
            "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.",
            "Die Daten sind im Ruhezustand. Sie werden verschlüsselt.",
        );
        let missing = || "missing encrypts-at-rest".to_string();
        assert_eq!(
            run_with(said),
            [("de-de/dps.md".to_string(), P2, missing(), Severity::Info)]
        );
        let dropped = dps(
            "Der Dienst unterstützt kundenseitig verwaltete Schlüssel.",
            "Die Daten werden komprimiert.",
        );
        assert_eq!(
            run_with(dropped),
            [("de-de/dps.md".to_string(), P2, missing(), Severity::Warning)]
        );
    }

    /// A source that is not about customer-managed keys (a page on ledger digests that
    /// only says data is encrypted at rest) still has translations that must not add
    /// them: a translation that says the data is encrypted with customer-managed keys is
    /// reported; one that adds a claim of another kind is not compared on such a page.
    #[test]
    fn against_a_source_without_customer_managed_keys_a_translation_must_not_add_them() {
        let dps = |p1: &str, p2: &str| page("iot-dps", None, None, [p1, p2, "Links."]);
        let en = dps("Ledger digests are uploaded every day.", "Links are kept.");
        let run_with = |de: String| against_source(en.clone(), de);
        let added = dps(
            "Ledger-Digests werden täglich hochgeladen.",
            "Die Digests werden mit kundenseitig verwalteten Schlüsseln verschlüsselt.",
        );
        let found = run_with(added);
        assert!(
            found.contains(&(
                "de-de/dps.md".to_string(),
                P2,
                "extra supports-cmk".to_string(),
                Severity::Warning
            )),
            "{found:#?}"
        );
        let at_rest = dps(
            "Ledger-Digests werden täglich hochgeladen.",
            "Die Daten werden im Ruhezustand verschlüsselt.",
        );
        assert_eq!(run_with(at_rest), []);
    }

    /// The mirror: a translation that states a claim the source does not read is a hint
    /// where the source's aligned paragraph has the claim's words, and a warning where it
    /// lacks them, or where the translation gives a value (a tier) the source's words do
    /// not name.
    #[test]
    fn against_the_source_an_extra_claim_the_source_has_the_words_of_is_a_hint() {
        let dps = |p1: &str, p2: &str| page("iot-dps", None, None, [p1, p2, "Links."]);
        let run_with = |en: String, de: &str| {
            let de = dps("Der Dienst unterstützt kundenseitig verwaltete Schlüssel.", de);
            against_source(en, de)
        };
        let extra = |what: &str, severity| {
            vec![("de-de/dps.md".to_string(), P2, format!("extra {what}"), severity)]
        };
        let supports = "The service supports customer-managed keys.";
        // the source splits the statement over two sentences: it has the words
        let split = dps(supports, "Data at rest. It is encrypted.");
        let at_rest = "Die Daten werden im Ruhezustand verschlüsselt.";
        assert_eq!(
            run_with(split, at_rest),
            extra("encrypts-at-rest", Severity::Info)
        );
        let other = dps(supports, "Data is compressed.");
        assert_eq!(
            run_with(other, at_rest),
            extra("encrypts-at-rest", Severity::Warning)
        );
        // the source's paragraph names the Premium tier, the translation limits the keys to
        // the Standard tier: a changed value, not a phrasing
        let premium = dps(supports, "Premium namespaces are faster.");
        let tier = "Kundenseitig verwaltete Schlüssel erfordern den Standard-Tarif.";
        assert_eq!(
            run_with(premium, tier),
            extra("pricing-tier", Severity::Warning)
        );
    }

    #[test]
    fn the_drift_note_pairs_locales_with_their_revisions() {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "en-us/dps.md",
                    dps(None),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file("fr-fr/dps.md", dps(Some(FR)), vec![]),
                file(
                    "es-es/dps.md",
                    dps(Some(ES)),
                    vec![asserted(P2, RequiresNewResource)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].message.ends_with("; es-es and fr-fr were translated from different source revisions (1cc8afad vs d22a01ba): this may be drift rather than a translation error"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn no_drift_note_when_the_source_revisions_match() {
        // es-es, translated from fr-fr's revision, states what fr-fr lacks: a translation
        // error, whatever revision de-de was translated from
        for de in [None, Some(ES)] {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "en-us/dps.md",
                    dps(None),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file("fr-fr/dps.md", dps(Some(FR)), vec![]),
                file(
                    "es-es/dps.md",
                    dps(Some(FR)),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file(
                    "de-de/dps.md",
                    dps(de),
                    vec![asserted(P2, RequiresNewResource)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(
            findings[0].message,
            "fr-fr does not state `requires-new-resource`, which de-de, en-us, es-es state"
        );
        }
    }

    #[test]
    fn fires_on_the_locale_that_alone_states_a_claim_the_source_lacks() {
        let files = |with_source: bool| {
            let mut v = vec![
                file(
                    "fr-fr/dps.md",
                    dps(None),
                    vec![asserted(P1, SupportsCmk), asserted(P3, RequiresNewResource)],
                ),
                file("es-es/dps.md", dps(None), vec![asserted(P1, SupportsCmk)]),
                file("de-de/dps.md", dps(None), vec![asserted(P1, SupportsCmk)]),
            ];
            if with_source {
                v.push(file("en-us/dps.md", dps(None), vec![asserted(P1, SupportsCmk)]));
            }
            v
        };
        // without the source, one locale's extra claim is most often its lexicon reading
        // more into a sentence the others have too: not reported
        assert_eq!(run(&ClaimMissingInLocale, &files(false)), Vec::new());
        let findings = run(&ClaimMissingInLocale, &files(true));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(
            (findings[0].path.as_str(), findings[0].line),
            ("fr-fr/dps.md", P3)
        );
        assert_eq!(findings[0].subject, "extra requires-new-resource");
        let related: Vec<_> = findings[0]
            .related
            .iter()
            .map(|r| (r.line, r.message.as_str()))
            .collect();
        assert_eq!(related, [(P3, "Links."), (P3, "Links."), (P3, "Links.")]);
    }

    #[test]
    fn a_tie_reports_the_locale_that_is_not_the_reference() {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "en-us/dps.md",
                    dps(None),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file("fr-fr/dps.md", dps(None), vec![]),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].path, "fr-fr/dps.md");
    }

    #[test]
    fn an_opposite_polarity_is_reported_once() {
        let other = |p| page("storage", None, None, ["One.", p, "Three."]);
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "fr-fr/s.md",
                    other("Not new."),
                    vec![negated(P2, RequiresNewResource)],
                ),
                file(
                    "es-es/s.md",
                    other("New."),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file(
                    "de-de/s.md",
                    other("New."),
                    vec![asserted(P2, RequiresNewResource)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].subject, "extra requires-new-resource (negated)");
        assert!(
            findings[0]
                .message
                .contains("(de-de, es-es state the opposite)"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn model_contradictions_are_left_to_the_cc2xx_checks() {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file("fr-fr/dps.md", dps(None), vec![asserted(P1, EncryptOnRead)]),
                file(
                    "es-es/dps.md",
                    dps(None),
                    vec![asserted(P1, EncryptOnWrite)],
                ),
                file(
                    "de-de/dps.md",
                    dps(None),
                    vec![asserted(P1, EncryptOnWrite)],
                ),
            ],
        );
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn agreeing_and_single_locale_articles_do_not_fire() {
        let claims = || vec![asserted(P1, SupportsCmk), asserted(P2, RequiresNewResource)];
        let agree = run(
            &ClaimMissingInLocale,
            &[
                file("fr-fr/dps.md", dps(Some(FR)), claims()),
                file("es-es/dps.md", dps(Some(ES)), claims()),
            ],
        );
        assert!(agree.is_empty(), "{agree:#?}");
        let single = run(
            &ClaimMissingInLocale,
            &[file(
                "fr-fr/dps.md",
                dps(None),
                vec![asserted(P2, RequiresNewResource)],
            )],
        );
        assert!(single.is_empty());
    }

    #[test]
    fn the_fixture_fires_as_its_readme_says() {
        macro_rules! fixture {
            ($locale:literal) => {
                include_str!(concat!(
                    "../../tests/fixtures/CC301_claim-missing-in-locale/fires/",
                    $locale,
                    "/articles/iot-dps/dps-keys.md"
                ))
            };
        }
        let both = || vec![asserted(13, SupportsCmk), asserted(13, EncryptsAtRest)];
        let mut full = both();
        full.push(asserted(15, RequiresNewResource));
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "es-es/articles/iot-dps/dps-keys.md",
                    fixture!("es-es"),
                    full.clone(),
                ),
                file(
                    "de-de/articles/iot-dps/dps-keys.md",
                    fixture!("de-de"),
                    full,
                ),
                file(
                    "fr-fr/articles/iot-dps/dps-keys.md",
                    fixture!("fr-fr"),
                    both(),
                ),
            ],
        );
        let got: Vec<_> = findings.iter().map(|f| (f.path.as_str(), f.line)).collect();
        assert_eq!(got, [("fr-fr/articles/iot-dps/dps-keys.md", 15)]);
        assert!(
            findings[0]
                .message
                .contains("(de-de, es-es: 1cc8afad vs fr-fr: d22a01ba)"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn short_or_non_ascii_hashes_do_not_panic() {
        let findings = run(
            &ClaimMissingInLocale,
            &[
                file(
                    "en-us/dps.md",
                    dps(None),
                    vec![asserted(P2, RequiresNewResource)],
                ),
                file("fr-fr/dps.md", dps(Some("é€é€é")), vec![]),
                file(
                    "es-es/dps.md",
                    dps(Some("abc")),
                    vec![asserted(P2, RequiresNewResource)],
                ),
            ],
        );
        assert_eq!(findings.len(), 1);
        assert!(
            findings[0].message.contains("(abc vs é€é€é)"),
            "{}",
            findings[0].message
        );
    }
}
