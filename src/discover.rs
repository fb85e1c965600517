//! Stage 1: walk the checked roots -> [`SourceFile`]s with the locale their path names.

use crate::config::Config;
use crate::locale::Locale;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One docs file found under a checked root.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceFile {
    /// The root given on the command line.
    #[serde(skip)]
    pub root: Arc<PathBuf>,
    /// The path to open.
    #[serde(skip)]
    pub path: PathBuf,
    /// The path relative to the root, `/`-separated; this is what reports show.
    pub rel: String,
    /// The locale named by a segment of the relative path (`fr-fr/…`, `azure-docs.de-de/…`).
    pub path_locale: Option<Locale>,
    /// `rel` without its locale segment: the same for every locale of one page.
    pub path_key: Option<String>,
}

/// A file or folder the walk could not read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WalkProblem {
    pub rel: String,
    pub message: String,
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<SourceFile>,
    pub problems: Vec<WalkProblem>,
}

/// An error that stops discovery altogether (a root that does not exist, a bad glob).
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("{path}: no such file or folder")]
    MissingRoot { path: PathBuf },
    #[error("invalid ignore pattern `{pattern}`: {source}")]
    Glob {
        pattern: String,
        source: globset::Error,
    },
}

/// Walks every root and returns the docs files sorted by root order then relative path.
pub fn walk(roots: &[PathBuf], config: &Config) -> Result<Discovery, DiscoverError> {
    let mut found = Discovery::default();
    for root in roots {
        let (list, problems) = walk_list(root, config)?;
        found.files.extend(list.iter());
        found.problems.extend(problems);
    }
    Ok(found)
}

/// The files of one walk, compactly: one relative path per file (sorted), from which
/// each file's [`SourceFile`] is built when it is needed. The paths lie one after the
/// other in one string: a file costs the bytes of its path and one number, not an
/// allocation of its own, whatever else is known about each file.
#[derive(Clone, Debug, Default)]
pub struct FileList {
    base: Arc<PathBuf>,
    rels: Paths,
    /// Paths that `base` joined with the relative path does not give back byte for byte
    /// (a name that is not UTF-8, say), by index.
    odd: BTreeMap<usize, PathBuf>,
}

/// Relative paths, one after the other in one string, each found by where it ends.
#[derive(Clone, Debug, Default)]
struct Paths {
    text: String,
    ends: Vec<usize>,
}

impl Paths {
    fn push(&mut self, rel: &str) {
        self.text.push_str(rel);
        self.ends.push(self.text.len());
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = match i {
            0 => 0,
            _ => self.ends.get(i - 1).copied().unwrap_or(0),
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        // (every bound is the end of a pushed string: a character boundary)
        self.text.get(start..end).unwrap_or_default()
    }

    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The index of `rel` in paths sorted by byte order.
    fn position(&self, rel: &str) -> Option<usize> {
        let ends = &self.ends;
        // a binary search over the indices (the paths are not a slice of their own)
        let (mut lo, mut hi) = (0, ends.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid).cmp(rel) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The paths sorted by byte order, each once (the first of equal paths kept), with
    /// the odd paths of `odd` (by index) moved along with theirs.
    fn sorted(self, odd: BTreeMap<usize, PathBuf>) -> (Paths, BTreeMap<usize, PathBuf>) {
        let mut order: Vec<usize> = (0..self.len()).collect();
        order.sort_by(|&a, &b| self.get(a).cmp(self.get(b)));
        order.dedup_by(|a, b| self.get(*a) == self.get(*b));
        let mut out = Paths {
            text: String::with_capacity(self.text.len()),
            ends: Vec::with_capacity(order.len()),
        };
        let mut moved = BTreeMap::new();
        for (new, &old) in order.iter().enumerate() {
            out.push(self.get(old));
            if let Some(path) = odd.get(&old) {
                moved.insert(new, path.clone());
            }
        }
        (out, moved)
    }
}

impl FileList {
    /// A list of relative paths under `base` (for tests and callers that know the names).
    pub fn from_rels(base: PathBuf, rels: impl IntoIterator<Item = String>) -> FileList {
        let mut paths = Paths::default();
        for rel in rels {
            paths.push(&rel);
        }
        FileList::sorted(Arc::new(base), paths, BTreeMap::new())
    }

    pub fn len(&self) -> usize {
        self.rels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rels.len() == 0
    }

    /// The relative path of file `i`.
    pub fn rel(&self, i: usize) -> &str {
        self.rels.get(i)
    }

    /// Whether a file has this relative path.
    pub fn contains(&self, rel: &str) -> bool {
        self.rels.position(rel).is_some()
    }

    /// Whether every file's path is its base joined with its relative path (no name
    /// that is not UTF-8, nothing else odd).
    pub fn all_plain(&self) -> bool {
        self.odd.is_empty()
    }

    /// The index of the file with this relative path.
    pub fn position(&self, rel: &str) -> Option<usize> {
        self.rels.position(rel)
    }

    /// File `i`, with its path, locale and article key.
    pub fn get(&self, i: usize) -> SourceFile {
        source_file(self.base.clone(), self.path(i), self.rel(i).to_string())
    }

    /// The path of file `i` (what [`FileList::get`] gives as `path`).
    pub fn path(&self, i: usize) -> PathBuf {
        match self.odd.get(&i) {
            Some(p) => p.clone(),
            None => self.base.join(self.rel(i)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = SourceFile> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The folder the relative paths start from.
    pub fn base(&self) -> &Path {
        &self.base
    }

    /// One list under `base` from the walks of several roots below it, each given with
    /// its path from `base` (`fr-fr/articles/iot-hub`).
    pub fn under(base: PathBuf, parts: Vec<(String, FileList)>) -> FileList {
        let mut paths = Paths::default();
        let mut odd = BTreeMap::new();
        for (prefix, part) in parts {
            for (i, rel) in part.rels.iter().enumerate() {
                if let Some(path) = part.odd.get(&i) {
                    odd.insert(paths.len(), path.clone());
                }
                paths.push(&prefixed(&prefix, rel));
            }
        }
        FileList::sorted(Arc::new(base), paths, odd)
    }

    /// A list from relative paths in any order, each with its real path (in `odd`, by
    /// index) when `base` joined with it does not give that path back.
    fn sorted(base: Arc<PathBuf>, paths: Paths, odd: BTreeMap<usize, PathBuf>) -> FileList {
        let (rels, odd) = paths.sorted(odd);
        FileList { base, rels, odd }
    }
}

/// `prefix/rel`, or `rel` when the prefix is empty.
pub fn prefixed(prefix: &str, rel: &str) -> String {
    match (prefix.is_empty(), rel.is_empty()) {
        (true, _) => rel.to_string(),
        (false, true) => prefix.to_string(),
        (false, false) => format!("{prefix}/{rel}"),
    }
}

/// Walks one root: its docs files and the folders or files it could not read.
pub fn walk_list(
    root: &Path,
    config: &Config,
) -> Result<(FileList, Vec<WalkProblem>), DiscoverError> {
    let ignore = ignore_set(&config.ignore)?;
    let mut problems = Vec::new();
    if !root.exists() {
        return Err(DiscoverError::MissingRoot {
            path: root.to_path_buf(),
        });
    }
    let base: Arc<PathBuf> = Arc::new(if root.is_file() {
        root.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        root.to_path_buf()
    });
    let mut files = Paths::default();
    let mut odd = BTreeMap::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(config.follow_symlinks)
        .sort_by_file_name();
    let mut it = walker.into_iter();
    while let Some(entry) = it.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let rel = e.path().map(|p| relative(&base, p)).unwrap_or_default();
                let message = match e.loop_ancestor() {
                    Some(_) => "symbolic link loop; not followed".to_string(),
                    None => e
                        .io_error()
                        .map_or_else(|| e.to_string(), |io| io.to_string()),
                };
                problems.push(WalkProblem { rel, message });
                continue;
            }
        };
        let rel = relative(&base, entry.path());
        let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
        if hidden || (!rel.is_empty() && ignore.is_match(&rel)) {
            if entry.file_type().is_dir() {
                it.skip_current_dir();
            }
            continue;
        }
        let followed_file =
            entry.path_is_symlink() && config.follow_symlinks && entry.path().is_file();
        if !(entry.file_type().is_file() || followed_file) {
            continue;
        }
        let ext_ok = entry
            .path()
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| config.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
        if ext_ok {
            if !rebuilds(&base, &rel, entry.path()) {
                odd.insert(files.len(), entry.path().to_path_buf());
            }
            files.push(&rel);
        }
    }
    Ok((FileList::sorted(base, files, odd), problems))
}

/// Builds a `SourceFile`, reading the locale and article key off its relative path.
pub fn source_file(root: Arc<PathBuf>, path: PathBuf, rel: String) -> SourceFile {
    let segments: Vec<&str> = rel.split('/').collect();
    let dirs = &segments[..segments.len().saturating_sub(1)];
    let mut path_locale = None;
    let mut path_key = None;
    for (i, seg) in dirs.iter().enumerate() {
        let tag = seg.rsplit('.').next().unwrap_or(seg);
        if let Some(locale) = Locale::from_path_segment(tag) {
            path_locale = Some(locale);
            let mut key: Vec<&str> = segments[..i].to_vec();
            if let Some((stem, _)) = seg.rsplit_once('.') {
                key.push(stem);
            }
            key.extend(&segments[i + 1..]);
            path_key = Some(key.join("/"));
            break;
        }
    }
    SourceFile {
        root,
        path,
        rel,
        path_locale,
        path_key,
    }
}

/// Whether `base` joined with `rel` gives `path` back byte for byte (compared without
/// building the joined path: a walk asks this of every file).
fn rebuilds(base: &Path, rel: &str, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let (b, p) = (base.as_os_str().as_bytes(), path.as_os_str().as_bytes());
        let rest = match b.is_empty() || b.ends_with(b"/") {
            true => p.strip_prefix(b),
            false => p.strip_prefix(b).and_then(|r| r.strip_prefix(b"/")),
        };
        !rel.is_empty() && rest == Some(rel.as_bytes())
    }
    #[cfg(not(unix))]
    {
        base.join(rel) == path
    }
}

fn relative(base: &Path, path: &Path) -> String {
    // Fast path: the walk's paths are `base/…` byte for byte, with `/` separators.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let (b, p) = (base.as_os_str().as_bytes(), path.as_os_str().as_bytes());
        if let Some(rest) = p.strip_prefix(b) {
            let rest = match rest.strip_prefix(b"/") {
                Some(r) => r,
                None if b.ends_with(b"/") || b.is_empty() || rest.is_empty() => rest,
                None => b"\0",
            };
            let clean = !rest.starts_with(b"/")
                && !rest.windows(2).any(|w| w == b"//")
                && !rest
                    .split(|&c| c == b'/')
                    .any(|seg| seg == b"." || seg == b"..");
            if let (true, Ok(text)) = (clean && rest != b"\0", std::str::from_utf8(rest)) {
                return text.trim_end_matches('/').to_string();
            }
        }
    }
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn ignore_set(patterns: &[String]) -> Result<GlobSet, DiscoverError> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let glob = Glob::new(p).map_err(|source| DiscoverError::Glob {
            pattern: p.clone(),
            source,
        })?;
        b.add(glob);
    }
    b.build().map_err(|source| DiscoverError::Glob {
        pattern: patterns.join(", "),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sf(rel: &str) -> SourceFile {
        source_file(Arc::new(PathBuf::new()), PathBuf::from(rel), rel.into())
    }

    #[test]
    fn locale_segment_gives_locale_and_key() {
        let f = sf("fr-fr/articles/iot-hub/x.md");
        assert_eq!(f.path_locale.unwrap().as_str(), "fr-fr");
        assert_eq!(f.path_key.as_deref(), Some("articles/iot-hub/x.md"));
        let f = sf("docs/de-DE/articles/x.md");
        assert_eq!(f.path_locale.unwrap().as_str(), "de-de");
        assert_eq!(f.path_key.as_deref(), Some("docs/articles/x.md"));
        let f = sf("azure-docs.pt-br/articles/x.md");
        assert_eq!(f.path_locale.unwrap().as_str(), "pt-br");
        assert_eq!(f.path_key.as_deref(), Some("azure-docs/articles/x.md"));
    }

    #[test]
    fn a_file_list_is_sorted_once_with_its_odd_paths_moved_along() {
        let mut paths = Paths::default();
        let mut odd = BTreeMap::new();
        for (i, rel) in ["fr-fr/b.md", "de-de/é.md", "", "de-de/a.md", "fr-fr/b.md"]
            .into_iter()
            .enumerate()
        {
            if rel == "de-de/é.md" {
                odd.insert(i, PathBuf::from("/elsewhere/é.md"));
            }
            paths.push(rel);
        }
        let list = FileList::sorted(Arc::new(PathBuf::from("base")), paths, odd);
        let rels: Vec<&str> = (0..list.len()).map(|i| list.rel(i)).collect();
        assert_eq!(rels, ["", "de-de/a.md", "de-de/é.md", "fr-fr/b.md"]);
        assert_eq!(list.path(2), PathBuf::from("/elsewhere/é.md"));
        assert_eq!(list.path(1), PathBuf::from("base/de-de/a.md"));
        for (i, rel) in rels.iter().enumerate() {
            assert_eq!(list.position(rel), Some(i), "{rel}");
        }
        for absent in ["a.md", "de-de/b.md", "fr-fr/b.mdx", "zz"] {
            assert!(!list.contains(absent), "{absent}");
        }
        assert!(FileList::default().position("").is_none());
    }

    #[test]
    fn relative_paths_fast_and_slow_agree() {
        let slow = |base: &Path, path: &Path| {
            let rel = path.strip_prefix(base).unwrap_or(path);
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        };
        for (base, path) in [
            ("/tmp/x", "/tmp/x/fr-fr/a.md"),
            ("/tmp/x/", "/tmp/x/fr-fr/a.md"),
            ("/tmp/x", "/tmp/x"),
            ("/tmp/x", "/tmp/xy/a.md"),
            ("docs", "docs/ja-jp/日本語/ü.md"),
            ("", "a/b.md"),
            (".", "./a/b.md"),
            ("a/./b", "a/./b/c.md"),
            ("/tmp/x", "/tmp/x//a.md"),
        ] {
            assert_eq!(
                relative(Path::new(base), Path::new(path)),
                slow(Path::new(base), Path::new(path)),
                "{base} {path}"
            );
        }
    }

    #[test]
    fn no_locale_segment() {
        let f = sf("articles/iot-hub/x.md");
        assert_eq!(f.path_locale, None);
        assert_eq!(f.path_key, None);
        // a file name is never a locale segment
        assert_eq!(sf("fr-fr.md").path_locale, None);
    }
}
