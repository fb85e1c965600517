//! A cheap pre-pass over one root: which files exist and which files each includes.
//!
//! Include checks need to know about files outside the article they look at (is the
//! target there? does it include us back?). Rather than let a check open files, the
//! pipeline scans every discovered file once for `[!INCLUDE …]` lines and hands the
//! result to every check through [`crate::checks::ArticleContext`].

use crate::discover::SourceFile;
use crate::parse::directives;
use std::collections::{BTreeMap, BTreeSet};

/// The discovered files of one root and the include targets each names.
#[derive(Clone, Debug, Default)]
pub struct RootIndex {
    /// Every discovered file, by relative path (`/`-separated).
    pub files: BTreeSet<String>,
    /// Per file, its include directives: (1-based line, target as written).
    pub includes: BTreeMap<String, Vec<(u32, String)>>,
    /// The `path_key` of each file (the path without its locale segment), when it has one.
    pub keys: BTreeMap<String, String>,
    /// The inverse of `keys`: `path_key` -> the files that have it (every locale of a page).
    pub by_key: BTreeMap<String, Vec<String>>,
    /// (path locale, `ms.locfileid`) -> the files that carry it.
    pub loc_file_ids: BTreeMap<(String, String), Vec<String>>,
}

/// Where an include target resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A path relative to the root (which may or may not exist).
    Inside(String),
    /// The target climbs out of the checked root; it is never read.
    Outside,
    /// An absolute path or URL: not a file of this tree.
    External,
}

impl RootIndex {
    /// Scans `files` (already discovered) for include directives.
    pub fn build(files: &[SourceFile]) -> RootIndex {
        use rayon::prelude::*;
        // Read and scan in parallel (the scan is a full read of the tree); insert in order.
        type Scan = (Option<String>, Option<Vec<(u32, String)>>);
        let scans: Vec<Scan> = files
            .par_iter()
            .map(|f| {
                // An unreadable file is reported by the parse stage; here it has no includes.
                let text = std::fs::read(&f.path)
                    .map(|b| {
                        String::from_utf8(b)
                            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
                    })
                    .unwrap_or_default();
                let id = f.path_locale.as_ref().and_then(|_| loc_file_id(&text));
                let includes = has_include(&text).then(|| {
                    directives::includes(&text)
                        .into_iter()
                        .map(|(off, _, t)| (off + 1, t))
                        .collect()
                });
                (id, includes)
            })
            .collect();
        let mut index = RootIndex::default();
        for (f, (id, includes)) in files.iter().zip(scans) {
            index.files.insert(f.rel.clone());
            if let Some(k) = &f.path_key {
                index.keys.insert(f.rel.clone(), k.clone());
                index
                    .by_key
                    .entry(k.clone())
                    .or_default()
                    .push(f.rel.clone());
            }
            if let (Some(locale), Some(id)) = (&f.path_locale, id) {
                index
                    .loc_file_ids
                    .entry((locale.to_string(), id))
                    .or_default()
                    .push(f.rel.clone());
            }
            if let Some(inc) = includes {
                index.includes.insert(f.rel.clone(), inc);
            }
        }
        index
    }

    /// Resolves `target` relative to the folder of `from` (both `/`-separated, relative to the root).
    pub fn resolve(from: &str, target: &str) -> Resolved {
        let target = target.split(['#', '?']).next().unwrap_or("").trim();
        if target.is_empty()
            || target.starts_with('/')
            || target.contains("://")
            || target.starts_with('~')
        {
            return Resolved::External;
        }
        let mut parts: Vec<&str> = from.split('/').collect();
        parts.pop();
        for seg in target.split(['/', '\\']) {
            match seg {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Resolved::Outside;
                    }
                }
                s => parts.push(s),
            }
        }
        Resolved::Inside(parts.join("/"))
    }

    /// Whether `rel` exists, or, in a locale-root tree, the same page exists under another
    /// locale root whose file the docs build falls back to (`fallback` = its relative path).
    pub fn exists(&self, rel: &str) -> bool {
        self.files.contains(rel)
    }

    /// Files that share `rel`'s path without locale segment (its translations), other than `rel`.
    pub fn same_key<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        self.keys
            .iter()
            .filter(move |(_, k)| k.as_str() == key)
            .map(|(r, _)| r)
    }

    /// The files `rel` includes, resolved, that exist inside the root.
    pub fn included_by(&self, rel: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .includes
            .get(rel)
            .into_iter()
            .flatten()
            .filter_map(|(_, t)| match RootIndex::resolve(rel, t) {
                Resolved::Inside(p) if self.files.contains(&p) => Some(p),
                _ => None,
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// A chain of includes from `start` back to `start`, if there is one (shortest first found).
    pub fn cycle_through(&self, start: &str) -> Option<Vec<String>> {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut queue: std::collections::VecDeque<Vec<String>> = std::collections::VecDeque::new();
        queue.push_back(vec![start.to_string()]);
        while let Some(path) = queue.pop_front() {
            let last = path.last().expect("non-empty").clone();
            for next in self.included_by(&last) {
                if next == start {
                    let mut p = path.clone();
                    p.push(next);
                    return Some(p);
                }
                if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next);
                    queue.push_back(p);
                }
            }
        }
        None
    }
}

/// The `ms.locfileid` of a file's front matter, read line by line (cheap, no YAML parse).
/// Whether `text` holds `[!include` in any case, without a lower-cased copy.
fn has_include(text: &str) -> bool {
    text.match_indices('[').any(|(i, _)| {
        text.as_bytes()[i..]
            .get(..9)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"[!include"))
    })
}

fn loc_file_id(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    if lines.next()? != "---" {
        return None;
    }
    lines
        .take_while(|l| *l != "---")
        .find_map(|l| l.strip_prefix("ms.locfileid:"))
        .map(|v| v.trim().trim_matches(['"', '\'']).to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_and_refuses_escapes() {
        assert_eq!(
            RootIndex::resolve("fr-fr/a/b/x.md", "../inc/y.md"),
            Resolved::Inside("fr-fr/a/inc/y.md".into())
        );
        assert_eq!(
            RootIndex::resolve("x.md", "./y.md#frag"),
            Resolved::Inside("y.md".into())
        );
        assert_eq!(
            RootIndex::resolve("a/x.md", "../../etc/passwd"),
            Resolved::Outside
        );
        assert_eq!(
            RootIndex::resolve("a/x.md", "https://x.test/y.md"),
            Resolved::External
        );
    }

    #[test]
    fn finds_cycles() {
        let mut i = RootIndex::default();
        for f in ["a.md", "b.md", "c.md"] {
            i.files.insert(f.into());
        }
        i.includes.insert("a.md".into(), vec![(1, "b.md".into())]);
        i.includes.insert("b.md".into(), vec![(1, "c.md".into())]);
        i.includes.insert("c.md".into(), vec![(1, "a.md".into())]);
        assert_eq!(
            i.cycle_through("a.md").unwrap(),
            vec!["a.md", "b.md", "c.md", "a.md"]
        );
        i.includes.remove("c.md");
        assert_eq!(i.cycle_through("a.md"), None);
    }
}
