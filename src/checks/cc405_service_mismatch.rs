use super::compare::locales;
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use std::collections::BTreeMap;

declare_check! {
    /// ## What it does
    /// Reports locales of one article whose `ms.service` differs from the value most
    /// locales (the reference's on a tie) carry.
    ///
    /// ## Why it matters
    /// `ms.service` files the page under a product in search, tables of contents and
    /// reports; a locale with another value drops out of its product's docs set.
    ///
    /// ## Example
    /// `es-es/…:7: ms.service is iot-central, other locales say iot-hub (de-de, fr-fr)`.
    ///
    /// ## How to fix
    /// Copy `ms.service` from the source page; it is metadata, not text to translate.
    pub struct ServiceMismatch { code: "CC405", name: "service-mismatch", kind: Kind::Metadata, severity: Severity::Warning }
}

impl ServiceMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let art = cx.article;
        let mut by_value: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (d, doc) in art.docs.iter().enumerate() {
            if let Some(s) = doc.front.service.as_deref() {
                by_value.entry(s.trim()).or_default().push(d);
            }
        }
        if by_value.len() < 2 {
            return Vec::new();
        }
        let ref_value = art.docs[cx.pivot]
            .front
            .service
            .as_deref()
            .map(str::trim);
        let (&major, major_docs) = by_value
            .iter()
            .max_by_key(|(v, docs)| (docs.len(), Some(**v) == ref_value))
            .expect("two values");
        let mut out = Vec::new();
        for (&value, docs) in by_value.iter().filter(|(v, _)| **v != major) {
            for &d in docs {
                let doc = &art.docs[d];
                let line = doc.front.lines.get("ms.service").copied().unwrap_or(1);
                let mut f = cx.finding(
                    &Self::META,
                    doc,
                    line,
                    format!(
                        "ms.service is {value}, other locales say {major} ({})",
                        locales(art, major_docs)
                    ),
                );
                f.subject = format!("{value} {major}");
                f.help = Some(format!("set `ms.service: {major}` as in the other locales"));
                let o = major_docs[0];
                f.related.push(ArticleContext::related(
                    &art.docs[o],
                    art.docs[o]
                        .front
                        .lines
                        .get("ms.service")
                        .copied()
                        .unwrap_or(1),
                    format!("ms.service: {major}"),
                ));
                out.push(f);
            }
        }
        out
    }
}
