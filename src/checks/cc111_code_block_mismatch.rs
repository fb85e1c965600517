use super::section_items::{self, Diff, Item};
use super::{ArticleContext};
use crate::finding::{Finding, Kind, Severity};
use crate::parse::SegmentKind;
use std::borrow::Cow;

declare_check! {
    /// ## What it does
    /// In each aligned section, compares the code blocks of every locale, by content with
    /// white space collapsed, with the source locale's (or, without the source, with a
    /// clear majority of the other locales), and reports a code block a locale lacks or
    /// has with other content. Only blocks that hold code take part: a block whose text
    /// other locales translated (an indented paragraph, alt text, HTML table markup) is
    /// prose in a code block's shape, not code. With the source present, a block is code
    /// when it is fenced with a language, another translation has it verbatim, or it is
    /// written like code (brackets, operators, `$`, `--flags`). An HTML `<pre>` block is
    /// a code block too (DocFX renders it as one), compared without its tags (`<b>03</b>`).
    /// Comments and the text of string literals are left out of the comparison:
    /// translators may translate them.
    ///
    /// ## Why it matters
    /// Code is not translated: commands, parameters and values must be the same in every
    /// locale. A code block that differs is a stale or mistyped command the reader will
    /// run as written.
    ///
    /// ## Example
    /// `fr-fr/…:30: code block \`az keyvault update --enable-purge-protection…\` is
    /// missing in this section (present in en-us)`.
    ///
    /// ## How to fix
    /// Copy the code block from the reference locale; translate only the prose around it.
    pub struct CodeBlockMismatch { code: "CC111", name: "code-block-mismatch", kind: Kind::Structure, severity: Severity::Warning }
}

impl CodeBlockMismatch {
    fn check(&self, cx: &ArticleContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        let items = |_: usize, _: usize, seg: &crate::parse::Segment| {
            // an HTML `<pre>` block is code too, its tags (`<b>03</b>`) left out
            let (lang, text) = match &seg.kind {
                SegmentKind::CodeBlock { lang } => (lang.trim(), Cow::Borrowed(seg.text.as_str())),
                SegmentKind::Html => match preformatted(&seg.text) {
                    Some(text) => ("html-pre", Cow::Owned(text)),
                    None => return Vec::new(),
                },
                _ => return Vec::new(),
            };
            let key = code_only(&text);
            // its first 50 characters, white space collapsed, read no further
            let mut whole = text
                .split_whitespace()
                    .enumerate()
                    .flat_map(|(i, w)| (i > 0).then_some(' ').into_iter().chain(w.chars()));
            let shown: String = whole.by_ref().take(50).collect();
            let shown = if whole.next().is_some() {
                format!("code block `{shown}…`")
            } else {
                format!("code block `{shown}`")
            };
            // the language travels in the key's first line, so that `is_code` sees it
            vec![Item {
                key: format!("{lang}\n{key}"),
                line: seg.line,
                shown,
            }]
        };
        section_items::diffs(cx, items, |d, _, diff| {
            // A block only this locale has is either translated prose or an addition;
            // only what the others agree on as code is reported missing.
            let Diff::Missing { reference, .. } = &diff else {
                return;
            };
            if cx.source().is_some() && !is_code(cx, d, reference) {
                return;
            }
            out.push(section_items::finding(
                cx,
                &Self::META,
                d,
                &diff,
                "the",
                "copy the code block from the reference locale; code is not translated",
            ));
        });
        out
    }
}

/// Whether a block the source has is code rather than translatable text: fenced with a
/// language, found verbatim in a translation other than `d`, or written like code.
fn is_code(cx: &ArticleContext<'_>, d: usize, block: &Item) -> bool {
    let (lang, text) = block.key.split_once('\n').unwrap_or(("", &block.key));
    if !lang.is_empty() {
        return true;
    }
    let verbatim = cx.peers().into_iter().any(|o| {
        Some(o) != cx.source()
            && o != d
            && cx.article.docs[o].segments.iter().any(|s| {
                matches!(s.kind, SegmentKind::CodeBlock { .. }) && code_only(&s.text) == text
            })
    });
    verbatim || text.contains(['{', '}', '(', ')', '=', '$', ';', '|']) || text.contains(" --")
}

/// The text of an HTML block that is preformatted code (`<pre>…</pre>`, DocFX renders it
/// as a code block), without its tags.
fn preformatted(html: &str) -> Option<String> {
    let start = html.trim_start();
    if !start.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("<pre")) {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in start.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    Some(out)
}

/// The code of a block without what translators may translate: comment lines (`#`,
/// `//`, `--`, `/*`, `REM`, `<!--`), trailing `//` and ` #` comments, and the text
/// inside string literals; white space collapsed.
fn code_only(text: &str) -> String {
    const COMMENTS: [&str; 7] = ["#", "//", "--", "/*", "REM ", "rem ", "<!--"];
    let mut out = String::new();
    let mut kept = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if COMMENTS.iter().any(|c| trimmed.starts_with(c)) {
            continue;
        }
        let code = [" //", " # "]
            .iter()
            .filter_map(|c| line.find(c))
            .min()
            .and_then(|i| line.get(..i))
            .unwrap_or(line);
        kept.clear();
        let mut quote: Option<char> = None;
        for c in code.chars() {
            match quote {
                Some(q) if c == q => {
                    quote = None;
                    kept.push(c);
                }
                Some(_) => {}
                None => {
                    if c == '"' || c == '\'' {
                        quote = Some(c);
                    }
                    kept.push(c);
                }
            }
        }
        for word in kept.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod code_tests {
    use super::{code_only, CodeBlockMismatch};
    use crate::checks::testing::{file, page, run};

    #[test]
    fn a_command_translated_in_an_html_pre_block_is_reported() {
        let pre = |command: &str| {
            format!("Load the file:\n\n<pre>\n# load it\nsudo crm <b>{command}</b> crm-defaults.txt\n</pre>")
        };
        let findings = |es: &str| {
            let files = [
                file("en-us/a.md", page("demo", None, None, [&pre("configure load update"), "", ""]), vec![]),
                file("es-es/a.md", page("demo", None, None, [es, "", ""]), vec![]),
            ];
            run(&CodeBlockMismatch, &files)
                .into_iter()
                .map(|f| (f.path, f.message))
                .collect::<Vec<_>>()
        };
        // near miss: the same command, its comment translated and its markup changed
        let same = "Cargue el archivo:\n\n<pre>\n# cárguelo\nsudo crm configure load update crm-defaults.txt\n</pre>";
        assert_eq!(findings(same), []);
        let found = findings(&pre("configura la actualización de carga de"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "es-es/a.md");
        assert!(found[0].1.contains("sudo crm configure load update"), "{found:?}");
        // an HTML block that is not preformatted is no code
        assert!(super::preformatted("<div>\nsudo crm\n</div>").is_none());
    }

    #[test]
    fn comments_and_strings_are_not_code() {
        assert_eq!(
            code_only("# Create the vault\naz keyvault create --name \"my vault\" // the vault"),
            "az keyvault create --name \"\""
        );
        assert_eq!(
            code_only("-- Créer la base\nCREATE DATABASE x;"),
            "CREATE DATABASE x;"
        );
        assert_ne!(
            code_only("az keyvault update --enable-purge-protection true"),
            code_only("az keyvault update --enable-soft-delete true")
        );
    }
}
