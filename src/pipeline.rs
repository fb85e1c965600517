//! The pipeline: discover -> parse -> align -> extract -> check, one article at a time.

use crate::align::{self, Article, Grouping};
use crate::checks::{self, ArticleContext, Check};
use crate::claims::{Claim, Extractor, LexiconError};
use crate::config::{Config, ConfigError};
use crate::discover::{self, DiscoverError, FileList, SourceFile, WalkProblem};
use crate::finding::Finding;
use crate::index::{Checked, RootIndex};
use crate::locale::Locale;
use crate::parse::{Document, InputCode, InputProblem};
use crate::roots::{self, Tree};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// What to run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A configuration file that replaces the `concord.toml` each root would find.
    pub config: Option<PathBuf>,
    /// Only check articles with at least one of these files (absolute, canonical paths);
    /// all locales of such an article are checked. `None` checks everything.
    pub changed: Option<BTreeSet<PathBuf>>,
    /// Only the articles of this shard (`--shard K/N`), for splitting a run across jobs.
    pub shard: Option<Shard>,
    /// Test hook: the check stage panics on every article whose key contains this text,
    /// as a bug in a check would, so tests can see the panic become a CC007 finding.
    /// Only code sets it (tests, and the debug binary's `CONCORD_TEST_PANIC_IN`), never
    /// a document.
    #[doc(hidden)]
    pub panic_in: Option<String>,
}

/// One of `count` deterministic slices of the articles: an article belongs to shard
/// `fnv1a(key) % count`, a hash that is the same on every machine and every run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// 0-based.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Whether the article (or walk problem) with this key belongs to the shard.
    pub fn contains(&self, key: &str) -> bool {
        stable_hash(key) % u64::from(self.count) == u64::from(self.index)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;
    /// `K/N`, 1-based: `1/4` .. `4/4`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}`: expected K/N, e.g. 1/4"))?;
        let k: u32 = k
            .trim()
            .parse()
            .map_err(|_| format!("`{s}`: K is not a number"))?;
        let n: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("`{s}`: N is not a number"))?;
        if n == 0 || k == 0 || k > n {
            return Err(format!("`{s}`: need 1 <= K <= N"));
        }
        Ok(Shard {
            index: k - 1,
            count: n,
        })
    }
}

/// FNV-1a, 64 bits: stable across runs, platforms and Rust versions (unlike `DefaultHasher`).
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Errors that stop a run (as opposed to findings about the docs).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Discover(#[from] DiscoverError),
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// Not one docs file under any root: a typo in a path, or files of another extension.
    #[error("no docs found under {} (looked for files ending in {}; `extensions` in concord.toml names others)", list(.roots), .extensions.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(", "))]
    NoDocs {
        roots: Vec<PathBuf>,
        extensions: Vec<String>,
    },
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// One article after every stage ran on it.
pub struct ArticleOutcome<'a> {
    /// Index of the tree (in [`RunOutput::trees`]) the article was found in.
    pub root: usize,
    /// The folder the article's paths are relative to (the tree's base).
    pub base: &'a Path,
    pub article: &'a Article,
    /// Claims per document, in the order of `article.docs`.
    pub claims: &'a [Vec<Claim>],
    /// Findings on this article, sorted.
    pub findings: &'a [Finding],
    pub config: &'a Config,
}

/// What a run produced: one value per article (what the caller kept of it), in
/// article-key order per tree, and totals.
pub struct RunOutput<T> {
    pub articles: Vec<T>,
    /// Findings that belong to no article (folders the walk could not read), each with
    /// the index of its tree.
    pub walk_findings: Vec<(usize, Finding)>,
    /// Files checked (of the shard, with `--shard`).
    pub files: usize,
    /// The trees walked, in the order their first root was given.
    pub trees: Vec<Tree>,
    /// What the user should know about how the roots were read.
    pub notes: Vec<Note>,
}

/// Something about a run that is not a finding about the docs: said once, on stderr and
/// in the JSON summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Roots under locale folders were checked as one tree from their common parent.
    Grouped { roots: Vec<PathBuf>, base: PathBuf },
    /// No document of these trees is in the source locale.
    SourceMissing { locale: Locale, roots: Vec<PathBuf> },
    /// A root without one docs file, while other roots had some.
    Empty { root: PathBuf },
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::Grouped { roots, base } => write!(
                f,
                "{} are locale folders of one tree: their articles are aligned across locales as if {} had been given (only the given folders are checked; paths are shown from it)",
                list(roots),
                shown(base)
            ),
            Note::SourceMissing { locale, roots } => write!(
                f,
                "source locale {locale} not found under {}: translations are judged by consensus of the other locales",
                list(&roots.iter().map(|r| PathBuf::from(shown(r))).collect::<Vec<_>>())
            ),
            Note::Empty { root } => write!(f, "no docs found under {}", root.display()),
        }
    }
}

/// A folder as the user reads it (`.` for the working directory).
fn shown(path: &Path) -> String {
    if path.as_os_str().is_empty() {
        ".".into()
    } else {
        path.display().to_string()
    }
}

/// The trees a run over `roots` walks, with the configuration file of each.
pub fn trees(roots: &[PathBuf], options: &Options) -> Vec<Tree> {
    roots::trees(roots, |root| match &options.config {
        Some(path) => Some(path.clone()),
        None => roots::find_config(root),
    })
}

/// Runs the pipeline on each tree (see [`crate::roots`]). `visit` sees every article
/// once, with its claims and findings, and returns what the caller wants to keep; the
/// article itself is dropped right after, so memory stays bounded by the largest article.
pub fn run<T: Send>(
    roots: &[PathBuf],
    options: &Options,
    visit: impl Fn(&ArticleOutcome<'_>) -> T + Sync,
) -> Result<RunOutput<T>, RunError> {
    let trees = trees(roots, options);
    let mut out = RunOutput {
        articles: Vec::new(),
        walk_findings: Vec::new(),
        files: 0,
        trees: Vec::new(),
        notes: Vec::new(),
    };
    let mut discovered = 0;
    let mut empty = Vec::new();
    let mut extensions = Vec::new();
    let mut missing: Vec<(Locale, PathBuf)> = Vec::new();
    for (tree_index, tree) in trees.iter().enumerate() {
        let config = match &tree.config {
            Some(path) => Config::load(path)?,
            None => Config::default(),
        };
        for e in &config.extensions {
            if !extensions.contains(e) {
                extensions.push(e.clone());
            }
        }
        let custom;
        let extractor: &Extractor = if config.lexicons.is_empty() {
            default_extractor()?
        } else {
            custom = Extractor::new(&config.lexicons)?;
            &custom
        };
        let checks = checks::selection::enabled(&config.checks.enable, &config.checks.disable);
        let mut parts = Vec::new();
        let mut problems = Vec::new();
        for member in &tree.members {
            let (list, found) = discover::walk_list(&member.path, &config)?;
            if list.is_empty() {
                empty.push(member.path.clone());
            }
            problems.extend(found.into_iter().map(|p| WalkProblem {
                rel: discover::prefixed(&member.prefix, &p.rel),
                ..p
            }));
            parts.push((member.prefix.clone(), list));
        }
        let list = match (tree.is_grouped(), parts.pop()) {
            (false, Some((_, list))) => list,
            (_, last) => {
                parts.extend(last);
                FileList::under(tree.base.clone(), parts)
            }
        };
        if tree.is_grouped() {
            out.notes.push(Note::Grouped {
                roots: tree.members.iter().map(|m| m.path.clone()).collect(),
                base: tree.base.clone(),
            });
        }
        let in_shard = |key: &str| options.shard.is_none_or(|s| s.contains(key));
        out.walk_findings.extend(
            problems
                .iter()
                .filter(|p| in_shard(&p.rel))
                .map(|p| (tree_index, walk_finding(&p.rel, &p.message))),
        );
        let all_files = list.len();
        discovered += all_files;
        let by_path = align::grouping(&list) == Grouping::Path;
        let mut groups = group(&list, &config);
        let scopes: Vec<String> = match tree.is_grouped() {
            true => tree.members.iter().map(|m| m.prefix.clone()).collect(),
            false => Vec::new(),
        };
        // With `--changed-since`, only the articles of the changed files are checked, and
        // the index reads whole only their files.
        let checked: Option<Checked> = options.changed.as_ref().map(|changed| {
            let is_changed = changed_files(&list, changed, config.follow_symlinks);
            groups.retain(|(_, members)| members.iter().any(|&i| is_changed[i]));
            Checked {
                files: groups.iter().flat_map(|(_, m)| m.iter().copied()).collect(),
                locales: (0..list.len())
                    .filter(|&i| is_changed[i])
                    .filter_map(|i| list.get(i).path_locale)
                    .collect(),
            }
        });
        let index = RootIndex::build_for(list, &config.source_locale(), &scopes, checked.as_ref());
        let files = &index.files;
        match options.shard {
            Some(shard) => {
                groups.retain(|(key, _)| shard.contains(key));
                out.files += groups
                    .iter()
                    .map(|(_, members)| members.len())
                    .sum::<usize>();
            }
            None => out.files += all_files,
        }
        let source_locale = config.source_locale();
        let results: Vec<T> = groups
            .into_par_iter()
            .map(|(key, members)| {
                // Every stage of one article, and what the caller keeps of it, under
                // catch_unwind: a bug that one article triggers costs that article only.
                let staged = panic::catch_unwind(AssertUnwindSafe(|| {
                    let docs = members
                        .iter()
                        .map(|&i| read(files.get(i), &source_locale))
                        .collect();
                    let article = align::article(key.clone(), docs, &source_locale);
                    if options.panic_in.as_ref().is_some_and(|k| key.contains(k)) {
                        panic!("forced by the test hook in article {key}");
                    }
                    // an include is read as part of the pages that include it
                    let claims: Vec<Vec<Claim>> = article
                        .docs
                        .iter()
                        .map(|d| extractor.extract_within(d, &|| index.includer_texts(&d.file.rel)))
                        .collect();
                    let findings = check(&article, &claims, extractor, &config, &checks, &index);
                    visit(&ArticleOutcome {
                        root: tree_index,
                        base: &tree.base,
                        article: &article,
                        claims: &claims,
                        findings: &findings,
                        config: &config,
                    })
                }));
                staged.unwrap_or_else(|payload| {
                    // The article again, its files as empty documents, and one finding.
                    let docs = members
                        .iter()
                        .map(|&i| Document::parse(files.get(i), b"", &source_locale))
                        .collect();
                    let article = align::article(key, docs, &source_locale);
                    let claims = vec![Vec::new(); article.docs.len()];
                    let mut finding = checks::internal_error(&article, &panic_message(&*payload));
                    finding.cap_related();
                    visit(&ArticleOutcome {
                        root: tree_index,
                        base: &tree.base,
                        article: &article,
                        claims: &claims,
                        findings: &[finding],
                        config: &config,
                    })
                })
            })
            .collect();
        // In a tree of locale folders, from the whole walk (not the shard), so that
        // every shard says the same; a flat tree names no locale folder to miss.
        if by_path && !index.has_source_locale() {
            missing.push((source_locale, tree.base.clone()));
        }
        out.articles.extend(results);
    }
    if discovered == 0 {
        return Err(RunError::NoDocs {
            roots: roots.to_vec(),
            extensions,
        });
    }
    out.notes
        .extend(empty.into_iter().map(|root| Note::Empty { root }));
    // One note per source locale, naming every tree that lacks it.
    missing.sort();
    for run in missing.chunk_by(|a, b| a.0 == b.0) {
        out.notes.push(Note::SourceMissing {
            locale: run[0].0.clone(),
            roots: run.iter().map(|(_, r)| r.clone()).collect(),
        });
    }
    out.trees = trees;
    Ok(out)
}

/// The text a panic was raised with (`panic!` with a message gives a `&str` or `String`).
/// The extractor of the built-in lexicons, built once per process (a few hundred
/// milliseconds of automata) however many roots or runs use it.
fn default_extractor() -> Result<&'static Extractor, crate::claims::LexiconError> {
    static DEFAULT: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    if let Some(e) = DEFAULT.get() {
        return Ok(e);
    }
    let built = Extractor::new(&std::collections::BTreeMap::new())?;
    Ok(DEFAULT.get_or_init(|| built))
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}

/// Reads and parses one file; a read error becomes an input problem on an empty document.
pub fn read(file: SourceFile, source_locale: &Locale) -> Document {
    match std::fs::read(&file.path) {
        Ok(bytes) => Document::parse_owned(file, bytes, source_locale),
        Err(e) => {
            let mut doc = Document::parse(file, b"", source_locale);
            doc.problems.push(InputProblem {
                code: InputCode::Unreadable,
                line: 0,
                message: format!("cannot read: {e}"),
            });
            doc
        }
    }
}

/// Per file of `list`: whether its canonical path is one of `changed` (canonical paths).
/// A file's canonical path is its folder's, canonicalised once per folder, joined with
/// its name, unless the file itself is a symbolic link (the folder's listing, read once,
/// tells which are; those are canonicalised on their own): a few system calls per
/// folder instead of a path walk per file.
fn changed_files(list: &FileList, changed: &BTreeSet<PathBuf>, follow_symlinks: bool) -> Vec<bool> {
    // A walk that follows no link lists real files under real folders: each file's
    // canonical path is the canonical base joined with its relative path, and the few
    // changed paths are looked up in the list instead of the list in them.
    if !follow_symlinks && list.all_plain() {
        let mut out = vec![false; list.len()];
        let base = match list.base().as_os_str().is_empty() {
            true => Path::new("."),
            false => list.base(),
        };
        if let Ok(base) = base.canonicalize() {
            for rel in changed.iter().filter_map(|p| p.strip_prefix(&base).ok()) {
                // list paths use `/`; only where `\\` is the separator is it one
                let rel = match std::path::MAIN_SEPARATOR {
                    '/' => rel.to_string_lossy().into_owned(),
                    sep => rel.to_string_lossy().replace(sep, "/"),
                };
                if let Some(i) = list.position(&rel) {
                    out[i] = true;
                }
            }
            return out;
        }
    }
    type Folder = Option<(PathBuf, BTreeSet<std::ffi::OsString>)>;
    let mut folders: std::collections::HashMap<PathBuf, Folder> = Default::default();
    let read_folder = |folder: &Path| -> Folder {
        let canonical = folder.canonicalize().ok()?;
        let links = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_symlink()))
            .map(|e| e.file_name())
            .collect();
        Some((canonical, links))
    };
    (0..list.len())
        .map(|i| {
            let path = list.path(i);
            let on_its_own = || path.canonicalize().is_ok_and(|p| changed.contains(&p));
            let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
                return on_its_own();
            };
            let folder = match folder.as_os_str().is_empty() {
                true => Path::new("."),
                false => folder,
            };
            let entry = folders
                .entry(folder.to_path_buf())
                .or_insert_with(|| read_folder(folder));
            match entry {
                Some((canonical, links)) if !links.contains(name) => {
                    changed.contains(&canonical.join(name))
                }
                _ => on_its_own(),
            }
        })
        .collect()
}

/// Groups files (by index into `list`) into articles: by path under locale roots, else
/// by content. Only the article keys and file indices are kept.
fn group(list: &FileList, config: &Config) -> Vec<(String, Vec<usize>)> {
    match align::grouping(list) {
        Grouping::Path => {
            align::group_by_key((0..list.len()).map(|i| (align::path_key(&list.get(i)), i)))
        }
        Grouping::Content => {
            let source_locale = config.source_locale();
            // A file whose parse panics is its own article; its stages then panic again,
            // under catch_unwind, and it is reported as CC007.
            let keyed: Vec<(String, usize)> = (0..list.len())
                .into_par_iter()
                .map(|i| {
                    let key = panic::catch_unwind(|| {
                        align::content_key(&read(list.get(i), &source_locale))
                    });
                    (key.unwrap_or_else(|_| list.get(i).rel), i)
                })
                .collect();
            align::group_by_key(keyed)
        }
    }
}

/// Runs every enabled check on one article; findings sorted, severities overridden.
fn check(
    article: &Article,
    claims: &[Vec<Claim>],
    extractor: &Extractor,
    config: &Config,
    checks: &[Box<dyn Check>],
    index: &RootIndex,
) -> Vec<Finding> {
    let cx = ArticleContext::new(article, claims, config, index).with_extractor(extractor);
    let mut findings: Vec<Finding> = checks.iter().flat_map(|c| c.check(&cx)).collect();
    findings.extend(older_revisions(&cx, checks, &findings));
    if let Some(drift) = checks.iter().find(|c| c.meta().code == "CC401") {
        findings = checks::unversioned_drift::fold(&cx, drift.meta(), findings);
    }
    let (mut findings, unused) = crate::suppress::apply(article, findings);
    if checks
        .iter()
        .any(|c| c.meta().code == checks::UNUSED_SUPPRESSION.code)
    {
        findings.extend(unused.iter().map(|d| checks::unused_suppression(&cx, d)));
    }
    for f in &mut findings {
        let over = checks::selection::meta_of(&f.code)
            .and_then(|meta| checks::selection::severity(&config.checks.severity, meta));
        if let Some(sev) = over {
            f.severity = sev;
        }
        f.related.sort();
        f.cap_related();
    }
    findings.sort_by(crate::finding::order);
    let mut findings = same_place_once(findings);
    findings.sort_by(crate::finding::order);
    findings
}

/// The checks that compare a document's sections with its peers' by consensus, run again
/// among translations of an older revision than the compared ones.
const PEER_CHECKS: [&str; 8] = [
    "CC103", "CC104", "CC110", "CC111", "CC112", "CC113", "CC114", "CC115",
];

/// What the peer checks ([`PEER_CHECKS`]) find among the translations made from one older
/// revision of the source than the documents compared with the reference (three or more of
/// them: a locale and two that agree against it), on those translations and at places
/// the first pass (`found`) has not reported. `revision-drift` says they are behind their
/// source; a sentence one of them dropped that the others of its revision kept is still a
/// defect of that translation.
fn older_revisions(
    cx: &ArticleContext<'_>,
    checks: &[Box<dyn Check>],
    found: &[Finding],
) -> Vec<Finding> {
    let art = cx.article;
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for d in 0..art.docs.len() {
        if d != cx.pivot && !cx.comparable[d] {
            if let Some(hash) = art.docs[d].front.open_loc_file_hash.as_deref() {
                groups.entry(hash).or_default().push(d);
            }
        }
    }
    let seen: BTreeSet<(&str, &str, u32)> = found
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line))
        .collect();
    let mut out = Vec::new();
    for group in groups.values().filter(|g| g.len() >= 3) {
        let sub = cx.for_revision(group);
        let paths: BTreeSet<&str> = group
            .iter()
            .map(|&d| art.docs[d].file.rel.as_str())
            .collect();
        for check in checks
            .iter()
            .filter(|c| PEER_CHECKS.contains(&c.meta().code))
        {
            out.extend(check.check(&sub).into_iter().filter(|f| {
                paths.contains(f.path.as_str())
                    && !seen.contains(&(f.code.as_str(), f.path.as_str(), f.line))
            }));
        }
    }
    out
}

/// Findings of one check with the same message at the same line (a link dropped three
/// times in one paragraph) are one finding that says how many times.
fn same_place_once(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<(Finding, usize)> = Vec::with_capacity(findings.len());
    for f in findings {
        match out.last_mut() {
            Some((last, n))
                if last.code == f.code
                    && last.path == f.path
                    && last.line == f.line
                    && last.message == f.message =>
            {
                *n += 1;
            }
            _ => out.push((f, 1)),
        }
    }
    out.into_iter()
        .map(|(mut f, n)| {
            if n > 1 {
                f.message = format!("{} ({n} times)", f.message);
            }
            f
        })
        .collect()
}

fn walk_finding(rel: &str, message: &str) -> Finding {
    let meta = checks::find("CC001").expect("CC001 is registered").meta();
    Finding {
        code: meta.code.into(),
        name: meta.name.into(),
        kind: meta.kind,
        severity: meta.severity,
        path: rel.into(),
        line: 0,
        locale: None,
        article: rel.into(),
        message: message.into(),
        claim: None,
        help: None,
        related: Vec::new(),
        subject: message.into(),
        root: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_files_looked_up_in_the_list_are_those_found_folder_by_folder() {
        let tmp = tempfile::tempdir().unwrap();
        // a `\\` in a name is a letter where `/` is the separator
        let odd = if cfg!(unix) {
            "de-de/c\\d.md"
        } else {
            "de-de/cd.md"
        };
        for rel in ["de-de/a.md", "de-de/sub/b.md", "en-us/a.md", "x.md", odd] {
            let path = tmp.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "# T\n").unwrap();
        }
        let (list, _) = discover::walk_list(tmp.path(), &Config::default()).unwrap();
        let base = tmp.path().canonicalize().unwrap();
        let changed: BTreeSet<PathBuf> = ["de-de/sub/b.md", "x.md", "gone.md", odd]
            .iter()
            .map(|rel| base.join(rel))
            .collect();
        let by_lookup = changed_files(&list, &changed, false);
        let by_folder = changed_files(&list, &changed, true);
        assert_eq!(by_lookup, by_folder);
        let found: Vec<&str> = (0..list.len())
            .filter(|&i| by_lookup[i])
            .map(|i| list.rel(i))
            .collect();
        assert_eq!(found, [odd, "de-de/sub/b.md", "x.md"]);
    }
}
