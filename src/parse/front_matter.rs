//! YAML front matter: the one module that knows serde_yaml.

use super::{InputCode, InputProblem};
use serde::Serialize;
use std::collections::BTreeMap;

/// The typed front matter of a page. Known Microsoft Docs keys are fields; every other
/// key is kept, as text, in `extra`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    pub author: Option<String>,
    pub service: Option<String>,
    pub subservice: Option<String>,
    pub topic: Option<String>,
    pub date: Option<String>,
    pub open_loc_file_hash: Option<String>,
    pub source_git_commit: Option<String>,
    pub translation_type: Option<String>,
    pub content_locale: Option<String>,
    pub last_handoff: Option<String>,
    pub loc_file_id: Option<String>,
    /// The line of each known or extra key, by its YAML name (`ms.date`, ...).
    #[serde(skip)]
    pub lines: BTreeMap<String, u32>,
    pub extra: BTreeMap<String, String>,
    /// Known keys ([`FrontMatter::slot`]) whose value concord cannot use (a list or a
    /// mapping where one value belongs): the document reports them as bad front matter
    /// (CC003); the key stays unset.
    #[serde(skip)]
    pub problems: Vec<InputProblem>,
}

/// The front matter block and the body of a file, with their first lines.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML text between the fences (`None` when the file has no front matter).
    pub yaml: Option<&'a str>,
    /// 1-based line of the first YAML line.
    pub yaml_line: u32,
    pub body: &'a str,
    /// 1-based line of the first body line.
    pub body_line: u32,
}

/// Splits a file into front matter and body. A file whose first non-blank line is `---`
/// (indentation allowed) has front matter up to the next `---` or `...` line.
pub fn split(text: &str) -> Result<Split<'_>, InputProblem> {
    let mut offset = 0;
    let mut open: Option<(usize, u32)> = None;
    for (line, raw) in (1u32..).zip(text.split_inclusive('\n')) {
        let content = raw.trim();
        let next = offset + raw.len();
        match open {
            None if content.is_empty() => {}
            None if content == "---" => open = Some((next, line + 1)),
            None => break,
            Some((start, start_line)) if content == "---" || content == "..." => {
                // Both offsets sit just after a `\n`, on char boundaries.
                return Ok(Split {
                    yaml: Some(text.get(start..offset).unwrap_or_default()),
                    yaml_line: start_line,
                    body: text.get(next..).unwrap_or_default(),
                    body_line: line + 1,
                });
            }
            Some(_) => {}
        }
        offset = next;
    }
    match open {
        Some((_, start_line)) => Err(InputProblem {
            code: InputCode::UnterminatedFrontMatter,
            line: start_line - 1,
            message: "front matter opened with `---` is never closed".into(),
        }),
        None => Ok(Split {
            yaml: None,
            yaml_line: 1,
            body: text,
            body_line: 1,
        }),
    }
}

impl FrontMatter {
    /// Parses the YAML between the fences; `first_line` is the file line of its first line.
    pub fn parse(yaml: &str, first_line: u32) -> Result<FrontMatter, InputProblem> {
        let dedented = dedent(yaml);
        if let Some(pairs) = simple_mapping(&dedented) {
            let mut fm = FrontMatter::default();
            for (key, text, line) in pairs {
                let Some(text) = text else {
                    // YAML's null, kept as the general path below keeps it
                    fm.extra
                        .insert(key.to_string(), yaml_text(&serde_yaml::Value::Null));
                    continue;
                };
                fm.lines.insert(key.to_string(), first_line + line - 1);
                fm.assign(key.to_string(), text.to_string());
            }
            return Ok(fm);
        }
        FrontMatter::parse_yaml(&dedented, first_line)
    }

    /// [`FrontMatter::parse`] by serde_yaml, for front matter the fast path leaves.
    fn parse_yaml(dedented: &str, first_line: u32) -> Result<FrontMatter, InputProblem> {
        let bad = |line: u32, message: String| InputProblem {
            code: InputCode::BadFrontMatter,
            line,
            message,
        };
        let value: serde_yaml::Value = serde_yaml::from_str(dedented).map_err(|e| {
            let line = e
                .location()
                .map_or(first_line, |l| first_line + l.line() as u32 - 1);
            bad(line, format!("front matter is not valid YAML: {e}"))
        })?;
        let map = match value {
            serde_yaml::Value::Mapping(m) => m,
            serde_yaml::Value::Null => return Ok(FrontMatter::default()),
            other => {
                return Err(bad(
                    first_line,
                    format!(
                        "front matter must be a mapping of keys, found {}",
                        kind_of(&other)
                    ),
                ))
            }
        };
        let mut fm = FrontMatter::default();
        for (key, value) in map {
            let Some(key) = scalar(&key) else { continue };
            let line = key_line(dedented, &key).map(|l| first_line + l - 1);
            // Several authors are a list by nature: one text, comma separated.
            let people = match (&value, key.as_str()) {
                (serde_yaml::Value::Sequence(items), "author") => {
                    items.iter().map(scalar).collect::<Option<Vec<_>>>()
                }
                _ => None,
            };
            let Some(text) = scalar(&value).or_else(|| people.map(|p| p.join(", "))) else {
                if fm.slot(&key).is_some() && !value.is_null() {
                    fm.problems.push(bad(
                        line.unwrap_or(first_line),
                        format!(
                            "`{key}` holds {} where one value belongs; concord ignores it",
                            kind_of(&value)
                        ),
                    ));
                }
                fm.extra.insert(key.clone(), yaml_text(&value));
                continue;
            };
            if let Some(l) = line {
                fm.lines.insert(key.clone(), l);
            }
            fm.assign(key, text);
        }
        Ok(fm)
    }

    /// Stores one scalar value under its key: a known field ([`FrontMatter::slot`]), else
    /// `extra`.
    fn assign(&mut self, key: String, text: String) {
        match self.slot(&key) {
            Some(slot) => *slot = Some(text),
            None => {
                self.extra.insert(key, text);
            }
        }
    }

    /// The field of a known key.
    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "title" => &mut self.title,
            "description" => &mut self.description,
            "author" => &mut self.author,
            "ms.service" => &mut self.service,
            "ms.subservice" => &mut self.subservice,
            "ms.topic" => &mut self.topic,
            "ms.date" => &mut self.date,
            "ms.openlocfilehash" => &mut self.open_loc_file_hash,
            "ms.sourcegitcommit" => &mut self.source_git_commit,
            "ms.translationtype" => &mut self.translation_type,
            "ms.contentlocale" => &mut self.content_locale,
            "ms.lasthandoff" => &mut self.last_handoff,
            "ms.locfileid" => &mut self.loc_file_id,
            _ => return None,
        })
    }

    /// Whether the page carries localization keys (it is a translation, not a source page).
    pub fn is_localized(&self) -> bool {
        self.open_loc_file_hash.is_some()
            || self.loc_file_id.is_some()
            || self.content_locale.is_some()
    }
}

/// Removes the indentation common to all non-blank lines (front matter may be indented).
fn dedent(yaml: &str) -> String {
    let indent = yaml
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    yaml.lines()
        .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A value that is not text, as the front matter keeps it: YAML, trimmed.
fn yaml_text(value: &serde_yaml::Value) -> String {
    serde_yaml::to_string(value)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The fast path for the common case: every line is `key: value` with a plain key and a
/// value that YAML reads as that very string (plain text, or quoted without escapes), or
/// `key:` with nothing after it (YAML's null: `None`). Returns (key, value, 1-based
/// line), or `None` to let serde_yaml decide: anything indented, flow, anchored, tagged,
/// numeric-looking, boolean, a null spelled out, commented after a value, or a repeated
/// key.
#[allow(clippy::type_complexity)]
fn simple_mapping(yaml: &str) -> Option<Vec<(&str, Option<&str>, u32)>> {
    let mut out: Vec<(&str, Option<&str>, u32)> = Vec::new();
    for (i, line) in yaml.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.bytes().any(|b| b < 0x20 || b == 0x7f) || line.starts_with(' ') {
            return None;
        }
        let (key, rest) = line.split_once(':')?;
        let plain_key = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
            && key.as_bytes()[0].is_ascii_alphabetic()
            && !matches!(
                key.to_ascii_lowercase().as_str(),
                "null" | "true" | "false" | "y" | "n" | "yes" | "no" | "on" | "off"
            );
        if !plain_key || out.iter().any(|(k, _, _)| *k == key) {
            return None;
        }
        // (YAML's white space is the space and the tab, and a tab was refused above)
        if rest.bytes().all(|b| b == b' ') {
            out.push((key, None, i as u32 + 1));
            continue;
        }
        if !rest.starts_with(' ') {
            return None;
        }
        let value = simple_value(rest.trim())?;
        out.push((key, Some(value), i as u32 + 1));
    }
    Some(out)
}

/// A value YAML reads as exactly this text, or `None`.
fn simple_value(v: &str) -> Option<&str> {
    let quoted = |q: char| {
        v.strip_prefix(q)
            .and_then(|r| r.strip_suffix(q))
            .filter(|inner| !inner.contains(q))
    };
    if let Some(inner) = quoted('"').filter(|_| !v.contains('\\')) {
        return Some(inner);
    }
    if let Some(inner) = quoted('\'') {
        return Some(inner);
    }
    let first = v.chars().next()?;
    let special = "-?:,[]{}#&*!|>'\"%@`~".contains(first);
    let lower = v.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let numeric = v.parse::<f64>().is_ok()
        || unsigned.starts_with("0x")
        || unsigned.starts_with("0o")
        || (v.contains('_')
            && v.bytes()
                .all(|b| b.is_ascii_digit() || b"_.+-".contains(&b)));
    let keyword = matches!(
        lower.as_str(),
        "null"
            | "true"
            | "false"
            | "y"
            | "n"
            | "yes"
            | "no"
            | "on"
            | "off"
            | ".inf"
            | ".nan"
            | "-.inf"
            | "+.inf"
    );
    let structural = v.contains(": ") || v.ends_with(':') || v.contains(" #");
    (!special && !numeric && !keyword && !structural).then_some(v)
}

fn key_line(yaml: &str, key: &str) -> Option<u32> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|i| i as u32 + 1)
}

fn scalar(v: &serde_yaml::Value) -> Option<String> {
    match v {
        serde_yaml::Value::String(s) => Some(s.trim().to_string()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn kind_of(v: &serde_yaml::Value) -> &'static str {
    match v {
        serde_yaml::Value::Sequence(_) => "a list",
        serde_yaml::Value::Mapping(_) => "a mapping",
        serde_yaml::Value::Tagged(_) => "a tagged value",
        _ => "a single value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<FrontMatter, InputProblem> {
        let s = split(text)?;
        FrontMatter::parse(s.yaml.unwrap_or(""), s.yaml_line)
    }

    #[test]
    fn reads_known_keys_and_keeps_the_rest() {
        let fm = parse("---\ntitle: T\nms.service: iot-dps\nms.locfileid: \"94967174\"\nms.contentlocale: fr-FR\nmanager: x\n---\n# H\n").unwrap();
        assert_eq!(fm.title.as_deref(), Some("T"));
        assert_eq!(fm.service.as_deref(), Some("iot-dps"));
        assert_eq!(fm.loc_file_id.as_deref(), Some("94967174"));
        assert_eq!(fm.content_locale.as_deref(), Some("fr-FR"));
        assert_eq!(fm.extra.get("manager").map(String::as_str), Some("x"));
        assert_eq!(fm.lines.get("ms.service"), Some(&3));
        assert!(fm.is_localized());
    }

    #[test]
    fn indented_front_matter_is_read() {
        let fm = parse("---\n title: include file\n ms.service: cognitive-services\n ms.date: 03/11/2020\n---\n").unwrap();
        assert_eq!(fm.service.as_deref(), Some("cognitive-services"));
        assert_eq!(fm.date.as_deref(), Some("03/11/2020"));
        assert!(!fm.is_localized());
    }

    #[test]
    fn no_front_matter_gives_the_whole_body() {
        let s = split("# Title\n\ntext\n").unwrap();
        assert!(s.yaml.is_none());
        assert_eq!(s.body_line, 1);
        assert_eq!(s.body, "# Title\n\ntext\n");
    }

    #[test]
    fn crlf_front_matter_splits_with_lines() {
        let s = split("---\r\ntitle: a\r\n---\r\n# H\r\n").unwrap();
        assert_eq!(s.yaml_line, 2);
        assert_eq!(s.body_line, 4);
        assert_eq!(
            FrontMatter::parse(s.yaml.unwrap(), 2)
                .unwrap()
                .title
                .as_deref(),
            Some("a")
        );
    }

    #[test]
    fn unterminated_front_matter_is_a_problem_at_the_fence() {
        let e = split("\n---\ntitle: a\n# H\n").unwrap_err();
        assert_eq!(e.code, InputCode::UnterminatedFrontMatter);
        assert_eq!(e.line, 2);
    }

    #[test]
    fn invalid_yaml_names_its_line() {
        let e = parse("---\ntitle: a\nbad: [unclosed\nx: y\n---\n").unwrap_err();
        assert_eq!(e.code, InputCode::BadFrontMatter);
        assert!(e.line >= 3, "{e:?}");
    }

    #[test]
    fn fast_path_agrees_with_serde_yaml() {
        let cases = [
            "title: T\nms.date: 02/02/2024\nms.locfileid: \"9496\"\nx: 'a b'\n# c\n\ny: héllo wörld\n",
            "a: 1\nb: true\nc: 2024-01-02\nd: null\ne: ~\nf: x #c\ng: [1]\nh: &a x\n",
            "a: x\n  continued\nb: \"q\\\"x\"\n",
            "a: x\na: y\n",
        ];
        for yaml in cases {
            let fast = simple_mapping(yaml).map(|_| FrontMatter::parse(yaml, 1));
            let value: Result<serde_yaml::Value, _> = serde_yaml::from_str(yaml);
            if let (Some(fast), Ok(serde_yaml::Value::Mapping(m))) = (fast, value) {
                let fast = fast.unwrap();
                for (k, v) in m {
                    let (k, v) = (scalar(&k).unwrap(), scalar(&v).unwrap());
                    let got = fast.extra.get(&k).cloned().or_else(|| {
                        if k == "title" {
                            fast.title.clone()
                        } else {
                            fast.date
                                .clone()
                                .filter(|_| k == "ms.date")
                                .or(fast.loc_file_id.clone().filter(|_| k == "ms.locfileid"))
                        }
                    });
                    assert_eq!(got.as_deref(), Some(v.as_str()), "{yaml:?} key {k}");
                }
            }
        }
        assert!(simple_mapping("a: 1\n").is_none());
        assert!(simple_mapping("a: 1e3\n").is_none());
        assert!(simple_mapping("a: 0x1F\n").is_none());
        assert_eq!(
            simple_mapping("h: 5aeb96a76ffc0e3b\n").unwrap()[0].1,
            Some("5aeb96a76ffc0e3b")
        );
        // keys with nothing after them (YAML's null), known or not
        for yaml in [
            "title: T\neditor: \nkeywords:\nms.subservice: \nms.date: 01/02/2020\n",
            "ms.topic:\n",
        ] {
            assert!(simple_mapping(yaml).is_some(), "{yaml:?}");
            assert_eq!(
                FrontMatter::parse(yaml, 3),
                FrontMatter::parse_yaml(yaml, 3),
                "{yaml:?}"
            );
        }
        assert!(simple_mapping("a: \u{a0}\n").is_none());
        assert!(simple_mapping("a: x\n  y\n").is_none());
        assert!(simple_mapping("a: x\na: y\n").is_none());
    }

    #[test]
    fn a_list_is_not_front_matter() {
        let e = parse("---\n- a\n- b\n---\n").unwrap_err();
        assert!(e.message.contains("a list"), "{}", e.message);
        let e = parse("---\njust text\n---\n").unwrap_err();
        assert!(e.message.contains("single value"), "{}", e.message);
    }

    #[test]
    fn alias_bomb_is_refused_not_expanded() {
        let mut y = String::from("---\na: &a [x,x,x,x,x,x,x,x,x]\n");
        for i in 0..9u8 {
            let (p, c) = ((b'a' + i) as char, (b'b' + i) as char);
            y.push_str(&format!(
                "{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
            ));
        }
        y.push_str("---\n");
        // Either refused or parsed; it must return quickly and never expand a billion items.
        let _ = parse(&y);
    }
}
