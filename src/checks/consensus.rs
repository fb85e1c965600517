//! Who is right when locales disagree.
//!
//! With the source locale in the article, a translation is judged against the source, and
//! the source is never judged. Without it, no translation is trusted more than another: a
//! locale is judged against the *others*, and reported only when a clear majority of them
//! agree with each other and not with it. A tie reports nothing, and a difference every
//! locale shares (the source's own problem, or nothing at all) is never put on one locale.

use super::ArticleContext;

/// How many of the other documents must agree before one document is called wrong:
/// at least two, at least two thirds of them, and more than the rest of the article
/// together with the document itself (so that a 2-2 split reports nobody).
pub fn clear_majority(agree: usize, others: usize) -> bool {
    agree >= 2 && 3 * agree >= 2 * others && 2 * agree > others + 1
}

/// One document whose count of some thing differs from what its peers say it should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlier {
    pub doc: usize,
    pub got: usize,
    pub expected: usize,
    /// The documents that vouch for `expected` (the source alone, or the majority).
    pub witnesses: Vec<usize>,
}

impl Outlier {
    /// Whether the document has fewer than it should.
    pub fn lacks(&self) -> bool {
        self.got < self.expected
    }
}

/// The outliers among documents that each hold `count` of something: against the source
/// (`source`, when it is one of `counts`), else against a clear majority of the others.
pub fn outliers(counts: &[(usize, usize)], source: Option<usize>) -> Vec<Outlier> {
    if let Some(&(s, want)) = source.and_then(|s| counts.iter().find(|(d, _)| *d == s)) {
        // every translation (two or more) differing from the source in the same way: the
        // difference is the source's own, or how all of them translate it, not one
        // translation's defect
        let mut translations = counts.iter().filter(|&&(d, _)| d != s).map(|&(_, c)| c);
        if let Some(first) = translations.next() {
            let mut n = 1;
            if first != want
                && translations.all(|c| {
                    n += 1;
                    c == first
                })
                && n >= 2
            {
                return Vec::new();
            }
        }
        return counts
            .iter()
            .filter(|&&(d, got)| d != s && got != want)
            .map(|&(doc, got)| Outlier {
                doc,
                got,
                expected: want,
                witnesses: vec![s],
            })
            .collect();
    }
    let mut out = Vec::new();
    for &(doc, got) in counts {
        let others: Vec<(usize, usize)> =
            counts.iter().copied().filter(|(d, _)| *d != doc).collect();
        let n = others.len();
        let more = others.iter().filter(|(_, c)| *c > got).count();
        let fewer = others.iter().filter(|(_, c)| *c < got).count();
        // The count a clear majority of the others reach (at least / at most).
        let expected = if clear_majority(more, n) {
            (got + 1..)
                .take_while(|&v| clear_majority(others.iter().filter(|(_, c)| *c >= v).count(), n))
                .last()
        } else if clear_majority(fewer, n) {
            (0..got)
                .rev()
                .take_while(|&v| clear_majority(others.iter().filter(|(_, c)| *c <= v).count(), n))
                .last()
        } else {
            None
        };
        if let Some(expected) = expected {
            let witnesses = others
                .iter()
                .filter(|(_, c)| {
                    if expected > got {
                        *c >= expected
                    } else {
                        *c <= expected
                    }
                })
                .map(|(d, _)| *d)
                .collect();
            out.push(Outlier {
                doc,
                got,
                expected,
                witnesses,
            });
        }
    }
    out
}

impl ArticleContext<'_> {
    /// The documents compared with each other: those made from the same source revision
    /// as the pivot (the others are left to `revision-drift`), in document order.
    pub fn peers(&self) -> Vec<usize> {
        let r = self.pivot;
        (0..self.article.docs.len())
            .filter(|&d| d == r || self.comparable[d])
            .collect()
    }

    /// The source document, when the article has it.
    pub fn source(&self) -> Option<usize> {
        self.pivot_is_source.then_some(self.pivot)
    }

    /// Who a finding's "present in" names: the witnesses' locales.
    pub fn witness_locales(&self, witnesses: &[usize]) -> String {
        super::compare::locales(self.article, witnesses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_decides_when_present() {
        let o = outliers(&[(0, 1), (1, 0), (2, 1)], Some(0));
        assert_eq!(
            o,
            vec![Outlier {
                doc: 1,
                got: 0,
                expected: 1,
                witnesses: vec![0]
            }]
        );
        // the source is never judged, even alone against everyone
        assert!(outliers(&[(0, 0), (1, 1), (2, 1), (3, 1)], Some(0))
            .iter()
            .all(|o| o.doc != 0));
    }

    #[test]
    fn a_difference_every_translation_shares_is_not_put_on_them() {
        // the source has one; all three translations have none: the source's own
        assert!(outliers(&[(0, 1), (1, 0), (2, 0), (3, 0)], Some(0)).is_empty());
        // near misses: the translations differ among themselves, or there is one only
        assert_eq!(
            outliers(&[(0, 1), (1, 0), (2, 2), (3, 1)], Some(0)).len(),
            2
        );
        assert_eq!(outliers(&[(0, 1), (1, 0)], Some(0)).len(), 1);
    }

    #[test]
    fn without_source_a_clear_majority_decides() {
        // five agree, one lacks: only the one is reported
        let counts = [(0, 0), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1)];
        let o = outliers(&counts, None);
        assert_eq!(o.len(), 1);
        assert_eq!((o[0].doc, o[0].expected), (0, 1));
        assert_eq!(o[0].witnesses, vec![1, 2, 3, 4, 5]);
        // one has an extra: reported as extra
        let o = outliers(&[(0, 2), (1, 1), (2, 1), (3, 1)], None);
        assert_eq!(o.len(), 1);
        assert!(!o[0].lacks());
    }

    #[test]
    fn ties_and_shared_differences_report_nothing() {
        assert!(outliers(&[(0, 0), (1, 1)], None).is_empty());
        assert!(outliers(&[(0, 0), (1, 0), (2, 1), (3, 1)], None).is_empty());
        assert!(outliers(&[(0, 0), (1, 0), (2, 0)], None).is_empty());
        // three locales: two agree against one
        assert_eq!(outliers(&[(0, 0), (1, 1), (2, 1)], None).len(), 1);
    }

    #[test]
    fn majority_threshold() {
        assert!(!clear_majority(1, 1));
        assert!(clear_majority(2, 2));
        assert!(!clear_majority(2, 3));
        assert!(clear_majority(3, 3));
        assert!(!clear_majority(3, 5));
        assert!(clear_majority(4, 5));
    }
}
