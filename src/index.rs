//! A cheap pre-pass over one root: which files exist, which are included, and which
//! `ms.locfileid` values are used twice.
//!
//! Include checks need to know about files outside the article they look at (is the
//! target there? does it include us back?). Rather than let a check open files, the
//! pipeline scans every discovered file once and hands the result to every check through
//! [`crate::checks::ArticleContext`].
//!
//! Memory: the index keeps one short string per file (its relative path), and otherwise
//! only what is rare: the include directives of files that other files include (a file
//! can only be in an include cycle if something includes it), the page keys of the
//! source locale, and the `ms.locfileid` values that more than one file carries.

use crate::discover::FileList;
use crate::locale::Locale;
use crate::parse::directives;
use crate::pipeline::stable_hash;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// What the checks need to know about the other files of one root.
#[derive(Clone, Debug, Default)]
pub struct RootIndex {
    /// Every discovered file (relative paths, `/`-separated).
    pub files: FileList,
    /// The include directives (1-based line, target as written) of every file that an
    /// include directive of some file resolves to.
    pub includes: BTreeMap<String, Vec<(u32, String)>>,
    /// Per include target, the first [`MAX_INCLUDERS`] files (indices into `files`, in
    /// path order) read whole whose directives resolve to it: the pages a claim of the
    /// include is part of.
    pub includers: BTreeMap<String, Vec<usize>>,
    /// The `path_key` (path without locale segment) of every file under the source
    /// locale's root: the pages a docs build falls back to.
    pub source_keys: BTreeSet<String>,
    /// (path locale, `ms.locfileid`) -> the files that carry it, for values carried by
    /// two files or more.
    pub loc_file_ids: BTreeMap<(String, String), Vec<String>>,
    /// Per key of [`LOCALIZATION_KEYS`], how many translated files (under a locale folder
    /// other than the source's) carry it in their front matter.
    pub localization_keys: [usize; 4],
    /// The translated files that have front matter, and the first of them by path.
    pub translated: usize,
    pub first_translated: Option<String>,
    /// Include targets outside the walked roots of a grouped tree (see
    /// [`crate::roots`]) that exist on disk under its base: the docs build finds them,
    /// so they are not missing, but they are not checked either.
    pub beside: BTreeSet<String>,
}

/// How many of the pages that include a file are read for its claims: enough to tell
/// whether they are about customer-managed keys, however many pages share the include.
pub const MAX_INCLUDERS: usize = 16;

/// The keys the localization system writes into every translated page.
pub const LOCALIZATION_KEYS: [&str; 4] = [
    "ms.contentlocale",
    "ms.lasthandoff",
    "ms.locfileid",
    "ms.openlocfilehash",
];

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

/// What a run that checks only some articles (`--changed-since`) reads of a tree.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    /// The files of the checked articles (indices into the [`FileList`]).
    pub files: BTreeSet<usize>,
    /// The path locales of the changed files.
    pub locales: BTreeSet<Locale>,
}

impl RootIndex {
    /// Scans `files` (already discovered) in one parallel read of every file, keeping
    /// per file nothing but its relative path; then reads again the few files that are
    /// include targets or share an `ms.locfileid` hash.
    pub fn build(files: FileList, source: &Locale) -> RootIndex {
        RootIndex::build_scoped(files, source, &[])
    }

    /// [`RootIndex::build`] for a tree of which only the folders `scopes` (relative
    /// paths) were walked; empty `scopes` means the whole tree was.
    pub fn build_scoped(files: FileList, source: &Locale, scopes: &[String]) -> RootIndex {
        RootIndex::build_for(files, source, scopes, None)
    }

    /// [`RootIndex::build_scoped`] for a run that checks only some articles
    /// (`--changed-since`): [`Checked`] names their files (indices into `files`) and the
    /// locales of the changed files. Only the checked files, and the files their includes
    /// lead to, are read whole; of every other file of those locales only the front
    /// matter is read (what `ms.locfileid` and the localization keys need), and the files
    /// of other locales are not opened. What the checks of those articles ask of the
    /// index is answered as if every file had been read whole, but for the tree-wide
    /// facts about front matter (`ms.locfileid` used twice, keys no translated page
    /// carries), which are taken from the changed files' locales.
    pub fn build_for(
        files: FileList,
        source: &Locale,
        scopes: &[String],
        checked: Option<&Checked>,
    ) -> RootIndex {
        // (the last: the bytes of the file read last, a buffer each fold reuses)
        type Scan = (
            Vec<(u64, usize)>,
            BTreeMap<String, Vec<usize>>,
            BTreeSet<String>,
            Translated,
            Vec<u8>,
        );
        let add = |(mut ids, mut targets, mut keys, mut translated, mut bytes): Scan, i: usize| {
            let f = files.get(i);
            let whole = checked.is_none_or(|c| c.files.contains(&i));
            let head_read = checked.is_none_or(|c| {
                f.path_locale
                    .as_ref()
                    .is_some_and(|l| c.locales.contains(l))
            });
            match (whole, head_read) {
                (true, _) => read_into(&f.path, &mut bytes),
                (false, true) => bytes = read_head(&f.path),
                (false, false) => bytes.clear(),
            }
            // Only the front matter is decoded; the body is searched as bytes.
            let head = String::from_utf8_lossy(
                bytes
                    .get(..front_matter_end(&bytes, true))
                    .unwrap_or_default(),
            );
            if f.path_locale.as_ref().is_some_and(|l| l != source) {
                translated.add(&f.rel, &head);
            }
            if let (Some(locale), Some(id)) = (&f.path_locale, loc_file_id(&head)) {
                ids.push((stable_hash(&format!("{locale}\n{id}")), i));
            }
            if whole {
                for (_, t) in include_directives(&bytes) {
                    if let Resolved::Inside(p) = RootIndex::resolve(&f.rel, &t) {
                        targets.entry(p).or_default().push(i);
                    }
                }
            }
            if let (Some(key), Some(locale)) = (f.path_key, &f.path_locale) {
                if locale == source {
                    keys.insert(key);
                }
            }
            (ids, targets, keys, translated, bytes)
        };
        let (mut ids, included, source_keys, translated, _) = (0..files.len())
            .into_par_iter()
            .fold(Scan::default, add)
            .reduce(Scan::default, |mut a, b| {
                a.0.extend(b.0);
                for (target, by) in b.1 {
                    a.1.entry(target).or_default().extend(by);
                }
                a.2.extend(b.2);
                a.3.merge(b.3);
                a
            });
        // `ms.locfileid`: only files whose hash is shared are read again, and compared.
        ids.sort_unstable();
        let mut loc_file_ids: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        for run in ids.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            for &(_, i) in run {
                let f = files.get(i);
                let id = loc_file_id(&read_text(&f.path));
                if let (Some(locale), Some(id)) = (&f.path_locale, id) {
                    loc_file_ids
                        .entry((locale.to_string(), id))
                        .or_default()
                        .push(f.rel);
                }
            }
        }
        loc_file_ids.retain(|_, rels| rels.len() > 1);
        for rels in loc_file_ids.values_mut() {
            rels.sort();
        }
        // The include directives of every target, and of the targets those lead to: when
        // every file was read, the targets are all known and this is one round.
        // (the list is sorted by path: indices in order are paths in order)
        let includers: BTreeMap<String, Vec<usize>> = included
            .iter()
            .map(|(target, by)| {
                let mut by = by.clone();
                by.sort_unstable();
                by.dedup();
                by.truncate(MAX_INCLUDERS);
                (target.clone(), by)
            })
            .collect();
        let mut targets: BTreeSet<String> = included.into_keys().collect();
        let mut includes: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
        let mut frontier: Vec<String> = targets.iter().cloned().collect();
        while !frontier.is_empty() {
            let found: Vec<(String, Vec<(u32, String)>)> = frontier
                .par_iter()
                .filter_map(|rel| files.position(rel))
                .map(|i| {
                    let f = files.get(i);
                    (f.rel, include_directives(&read_bytes(&f.path)))
                })
                .filter(|(_, directives)| !directives.is_empty())
                .collect();
            frontier.clear();
            for (rel, directives) in found {
                for (_, t) in &directives {
                    if let Resolved::Inside(p) = RootIndex::resolve(&rel, t) {
                        if !targets.contains(&p) {
                            targets.insert(p.clone());
                            frontier.push(p);
                        }
                    }
                }
                includes.insert(rel, directives);
            }
        }
        let walked = |rel: &str| {
            scopes.iter().any(|s| {
                s.is_empty()
                    || rel
                        .strip_prefix(s.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
        };
        let beside = if scopes.is_empty() {
            BTreeSet::new()
        } else {
            targets
                .iter()
                .filter(|t| !walked(t) && files.base().join(t).is_file())
                .cloned()
                .collect()
        };
        RootIndex {
            files,
            includes,
            includers,
            source_keys,
            loc_file_ids,
            localization_keys: translated.keys,
            translated: translated.files,
            first_translated: translated.first,
            beside,
        }
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
        self.files.contains(rel) || self.beside.contains(rel)
    }

    /// Whether the page with this `path_key` exists under the source locale's root.
    pub fn in_source_locale(&self, key: &str) -> bool {
        self.source_keys.contains(key)
    }

    /// Whether any file of the root lies under the source locale's folder.
    pub fn has_source_locale(&self) -> bool {
        !self.source_keys.is_empty()
    }

    /// The text of the first [`MAX_INCLUDERS`] files (by path) that include `rel`, read
    /// again from disk (an include's claims read the pages they are part of); none for a
    /// file nothing includes, or that cannot be read any more.
    pub fn includer_texts(&self, rel: &str) -> Vec<String> {
        self.includers
            .get(rel)
            .into_iter()
            .flatten()
            .take(MAX_INCLUDERS)
            .map(|&i| read_text(&self.files.path(i)))
            .collect()
    }

    /// The files `rel` includes, resolved, that exist inside the root.
    pub fn included_by(&self, rel: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .includes
            .get(rel)
            .into_iter()
            .flatten()
            .filter_map(|(_, t)| match RootIndex::resolve(rel, t) {
                Resolved::Inside(p) if self.files.contains(p.as_str()) => Some(p),
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

/// A file's text; an unreadable file is reported by the parse stage, here it is empty.
fn read_text(path: &std::path::Path) -> String {
    String::from_utf8_lossy(&read_bytes(path)).into_owned()
}

/// A file's bytes; an unreadable file is reported by the parse stage, here it is empty.
fn read_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

/// A file's bytes into `bytes` (its old content dropped, its room kept); an unreadable
/// file is reported by the parse stage, here it is empty.
fn read_into(path: &std::path::Path, bytes: &mut Vec<u8>) {
    use std::io::Read;
    bytes.clear();
    let Ok(mut file) = std::fs::File::open(path) else {
        return;
    };
    if let Ok(meta) = file.metadata() {
        bytes.reserve(usize::try_from(meta.len()).unwrap_or(0));
    }
    if file.read_to_end(bytes).is_err() {
        bytes.clear();
    }
}

/// The first bytes of a file, as many as hold its front matter (the whole file when
/// the front matter is not closed).
fn read_head(path: &std::path::Path) -> Vec<u8> {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    let mut bytes = Vec::with_capacity(HEAD);
    let mut reader = file.take(HEAD as u64);
    if reader.read_to_end(&mut bytes).is_err() {
        return Vec::new();
    }
    let undecided = bytes.len() == HEAD && front_matter_end(&bytes, false) == usize::MAX;
    if undecided && reader.into_inner().read_to_end(&mut bytes).is_err() {
        return Vec::new();
    }
    bytes
}

/// How many bytes [`read_head`] reads first.
const HEAD: usize = 4096;

/// The length of the part of `bytes` that [`front_matter_lines`] reads: up to the end
/// of the line that closes the front matter, or of the first line that shows there is
/// none; all of it when the front matter is not closed. `usize::MAX` when `complete` is
/// false (more bytes may follow) and the lines seen so far do not tell.
fn front_matter_end(bytes: &[u8], complete: bool) -> usize {
    let mut at = 0;
    let mut opened = false;
    while at < bytes.len() {
        let end = match memchr::memchr(b'\n', bytes.get(at..).unwrap_or_default()) {
            Some(i) => at + i + 1,
            None if complete => bytes.len(),
            None => return usize::MAX,
        };
        let raw = bytes.get(at..end).unwrap_or_default();
        at = end;
        // Valid UTF-8 (the common case) is borrowed; any other line decoded, as the
        // text would be.
        let decoded;
        let line = match std::str::from_utf8(raw) {
            Ok(line) => line.trim(),
            Err(_) => {
                decoded = String::from_utf8_lossy(raw);
                decoded.trim()
            }
        };
        match (opened, line) {
            (false, "") => {}
            (false, "---") => opened = true,
            (false, _) | (true, "---") => return at,
            (true, _) => {}
        }
    }
    if complete {
        bytes.len()
    } else {
        usize::MAX
    }
}

/// The include directives of a file's bytes: (1-based line, target as written). Only a
/// file with `[!include` is decoded.
fn include_directives(bytes: &[u8]) -> Vec<(u32, String)> {
    if !has_include(bytes) {
        return Vec::new();
    }
    directives::includes(&String::from_utf8_lossy(bytes))
        .into_iter()
        .map(|(off, _, t)| (off + 1, t))
        .collect()
}

/// Whether `bytes` hold `[!include` in any case, without a lower-cased copy.
fn has_include(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'[', bytes).any(|i| {
        bytes
            .get(i..i + 9)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"[!include"))
    })
}

/// The `ms.locfileid` of a file's front matter, read line by line (cheap, no YAML parse).
/// What the pre-pass counts of translated files' localization keys.
#[derive(Default)]
struct Translated {
    files: usize,
    keys: [usize; 4],
    first: Option<String>,
}

impl Translated {
    fn add(&mut self, rel: &str, text: &str) {
        let Some(front) = front_matter_lines(text) else {
            return;
        };
        let front: Vec<&str> = front.collect();
        self.files += 1;
        for (count, key) in self.keys.iter_mut().zip(LOCALIZATION_KEYS) {
            if front
                .iter()
                .any(|l| l.strip_prefix(key).is_some_and(|r| r.starts_with(':')))
            {
                *count += 1;
            }
        }
        if self.first.as_deref().is_none_or(|f| rel < f) {
            self.first = Some(rel.to_string());
        }
    }

    fn merge(&mut self, other: Translated) {
        self.files += other.files;
        for (a, b) in self.keys.iter_mut().zip(other.keys) {
            *a += b;
        }
        if let Some(f) = other.first {
            if self.first.as_deref().is_none_or(|s| f.as_str() < s) {
                self.first = Some(f);
            }
        }
    }
}

/// The trimmed lines of a file's front matter, if it has one.
fn front_matter_lines(text: &str) -> Option<impl Iterator<Item = &str>> {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    if lines.next()? != "---" {
        return None;
    }
    Some(lines.take_while(|l| *l != "---"))
}

fn loc_file_id(text: &str) -> Option<String> {
    front_matter_lines(text)?
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
        let mut i = RootIndex {
            files: FileList::from_rels("".into(), ["a.md", "b.md", "c.md"].map(String::from)),
            ..RootIndex::default()
        };
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
