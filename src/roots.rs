//! Before stage 1: the roots as users give them -> the trees a run walks.
//!
//! `concord check docs/*/articles/iot-hub` names one folder per locale. Each of them alone
//! is a one-locale tree, with nothing to compare. Roots that each sit under a locale
//! folder and name the same path below it (`de-de/articles/iot-hub`,
//! `fr-fr/articles/iot-hub`) are one [`Tree`] instead: its base is their common parent,
//! so files are keyed and shown as if that parent had been given, but only the given
//! roots are walked.

use crate::config;
use crate::locale::Locale;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// What one run walks as one tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    /// The folder the files' relative paths (and so the findings' paths) start from: the
    /// root itself (its folder for a file), or the common parent of grouped roots.
    pub base: PathBuf,
    /// The given roots walked for this tree, in the order given.
    pub members: Vec<Member>,
    /// The configuration file that applies (`None`: the defaults).
    pub config: Option<PathBuf>,
}

/// One root given on the command line, as part of a tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The path as given.
    pub path: PathBuf,
    /// The relative path from the tree's base to the folder this root's walk starts from
    /// (`fr-fr/articles/iot-hub`; empty when the tree is this root alone).
    pub prefix: String,
}

impl Tree {
    /// Whether several roots were grouped into this tree.
    pub fn is_grouped(&self) -> bool {
        self.members.len() > 1
    }
}

/// The trees of a run, in the order their first root was given. `config_for` says which
/// configuration file applies to a root; roots are only grouped when it is the same one.
pub fn trees(roots: &[PathBuf], config_for: impl Fn(&Path) -> Option<PathBuf>) -> Vec<Tree> {
    // (parent, stem, path below the locale, file?, config) -> (root index, locale, prefix)
    type Key = (PathBuf, String, String, bool, Option<PathBuf>);
    let mut groups: BTreeMap<Key, Vec<(usize, Locale, String)>> = BTreeMap::new();
    let mut single: Vec<usize> = Vec::new();
    let configs: Vec<Option<PathBuf>> = roots.iter().map(|r| config_for(r)).collect();
    for (i, root) in roots.iter().enumerate() {
        match under_locale(root) {
            Some(at) => groups
                .entry((at.parent, at.stem, at.below, at.is_file, configs[i].clone()))
                .or_default()
                .push((i, at.locale, at.prefix)),
            None => single.push(i),
        }
    }
    // (first root index, tree)
    let mut out: Vec<(usize, Tree)> = single
        .into_iter()
        .map(|i| (i, alone(&roots[i], configs[i].clone())))
        .collect();
    for ((parent, ..), mut members) in groups {
        members.sort_by_key(|m| m.0);
        members.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
        let locales: std::collections::BTreeSet<&Locale> = members.iter().map(|m| &m.1).collect();
        if locales.len() < 2 {
            out.extend(
                members
                    .iter()
                    .map(|m| (m.0, alone(&roots[m.0], configs[m.0].clone()))),
            );
            continue;
        }
        let first = members[0].0;
        out.push((
            first,
            Tree {
                base: parent,
                members: members
                    .iter()
                    .map(|(i, _, prefix)| Member {
                        path: roots[*i].clone(),
                        prefix: prefix.clone(),
                    })
                    .collect(),
                config: configs[first].clone(),
            },
        ));
    }
    out.sort_by_key(|(first, _)| *first);
    out.into_iter().map(|(_, t)| t).collect()
}

/// A root that is a tree of its own.
fn alone(root: &Path, config: Option<PathBuf>) -> Tree {
    Tree {
        base: walk_base(root),
        members: vec![Member {
            path: root.to_path_buf(),
            prefix: String::new(),
        }],
        config,
    }
}

/// The folder a root's walk starts from: the root, or the folder of a file.
pub fn walk_base(root: &Path) -> PathBuf {
    if root.is_file() {
        root.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        root.to_path_buf()
    }
}

/// Where a root sits under a locale folder.
#[derive(Debug, PartialEq, Eq)]
struct UnderLocale {
    /// The folder that holds the locale folder (`docs` for `docs/de-de/articles`).
    parent: PathBuf,
    /// What precedes the locale tag in the folder's name (`azure-docs` in
    /// `azure-docs.de-de`), usually empty.
    stem: String,
    locale: Locale,
    /// The path below the locale folder (`articles/iot-hub`).
    below: String,
    is_file: bool,
    /// From `parent` to the folder the root's walk starts from (`de-de/articles/iot-hub`).
    prefix: String,
}

/// The last locale folder of a root's path, if any (`docs/de-de/articles/iot-hub`).
fn under_locale(root: &Path) -> Option<UnderLocale> {
    let is_file = root.is_file();
    let parts: Vec<Component<'_>> = root
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect();
    // A file's own name is never a locale folder.
    let folders = parts.len().saturating_sub(usize::from(is_file));
    let (at, locale, stem) = parts
        .iter()
        .take(folders)
        .enumerate()
        .rev()
        .find_map(|(i, c)| {
            let Component::Normal(name) = c else {
                return None;
            };
            let name = name.to_str()?;
            let (stem, tag) = name.rsplit_once('.').unwrap_or(("", name));
            Locale::from_path_segment(tag).map(|l| (i, l, stem.to_string()))
        })?;
    let text = |cs: &[Component<'_>]| {
        cs.iter()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    };
    let parent: PathBuf = parts.iter().take(at).collect();
    Some(UnderLocale {
        parent,
        stem,
        locale,
        below: text(parts.get(at + 1..).unwrap_or_default()),
        is_file,
        prefix: text(parts.get(at..folders).unwrap_or_default()),
    })
}

/// The configuration file for a root: the nearest `concord.toml` in the root's folder or
/// one above it, else one in the working directory (as ruff, markdownlint-cli2 and Vale
/// look for theirs).
pub fn find_config(root: &Path) -> Option<PathBuf> {
    let start = walk_base(root);
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let absolute = std::fs::canonicalize(&start).unwrap_or(start);
    absolute
        .ancestors()
        .map(|dir| dir.join(config::FILE_NAME))
        .find(|p| p.is_file())
        .or_else(|| {
            std::env::current_dir()
                .ok()
                .map(|d| d.join(config::FILE_NAME))
                .filter(|p| p.is_file())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trees_of(roots: &[&str]) -> Vec<Tree> {
        let roots: Vec<PathBuf> = roots.iter().map(PathBuf::from).collect();
        trees(&roots, |_| None)
    }

    #[test]
    fn locale_folders_with_the_same_path_below_are_one_tree() {
        let t = trees_of(&[
            "docs/de-de/articles/iot-hub",
            "other",
            "./docs/fr-FR/articles/iot-hub/",
        ]);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].base, PathBuf::from("docs"));
        let prefixes: Vec<&str> = t[0].members.iter().map(|m| m.prefix.as_str()).collect();
        assert_eq!(
            prefixes,
            ["de-de/articles/iot-hub", "fr-FR/articles/iot-hub"]
        );
        assert!(t[0].is_grouped());
        assert_eq!(t[1].base, PathBuf::from("other"));
        assert!(!t[1].is_grouped());
    }

    #[test]
    fn different_paths_below_or_one_locale_stay_apart() {
        let t = trees_of(&["docs/de-de/articles/a", "docs/fr-fr/articles/b"]);
        assert_eq!(t.len(), 2);
        assert!(t.iter().all(|t| !t.is_grouped()));
        let t = trees_of(&["docs/de-de/a", "docs/de-de/a"]);
        assert_eq!(t.len(), 1, "the same root twice is walked once");
        assert!(!t[0].is_grouped(), "and is not a translation set");
        let t = trees_of(&["a/de-de/x", "b/fr-fr/x"]);
        assert_eq!(t.len(), 2, "different parents");
    }

    #[test]
    fn locale_folders_themselves_and_stems() {
        let t = trees_of(&["de-de", "fr-fr"]);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].base, PathBuf::new());
        let t = trees_of(&["r/azure-docs.de-de/a", "r/azure-docs.fr-fr/a"]);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].members[1].prefix, "azure-docs.fr-fr/a");
    }

    #[test]
    fn a_different_config_keeps_roots_apart() {
        let roots = [PathBuf::from("d/de-de/a"), PathBuf::from("d/fr-fr/a")];
        let t = trees(&roots, |r| {
            r.starts_with("d/de-de")
                .then(|| PathBuf::from("d/de-de/concord.toml"))
        });
        assert_eq!(t.len(), 2);
    }
}
