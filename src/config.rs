//! `concord.toml`: settings of one checked tree. Unknown keys are errors with their line.

use crate::finding::Severity;
use crate::locale::Locale;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name looked up in a checked root.
pub const FILE_NAME: &str = "concord.toml";

/// Settings of one run (defaults, then `concord.toml`, then command-line flags).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct Config {
    /// The locale translations are made from (`en-us`).
    pub source_locale: String,
    /// File extensions that count as docs, without the dot.
    pub extensions: Vec<String>,
    /// Glob patterns (relative to the root) of files and folders to skip.
    pub ignore: Vec<String>,
    /// Follow symbolic links while walking (off by default).
    pub follow_symlinks: bool,
    pub checks: ChecksConfig,
    /// Lexicon overrides: locale -> path of a lexicon file (relative to the config file).
    pub lexicons: BTreeMap<String, PathBuf>,
}

/// Which checks run, and at which severity.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ChecksConfig {
    /// The only checks that run (empty: all of them): codes, code prefixes, names,
    /// categories or kinds, as `--select` takes them (`checks::selection`).
    pub enable: Vec<String>,
    /// Checks that do not run, named the same ways.
    pub disable: Vec<String>,
    /// Selector -> severity; the closest selector that names a check wins.
    pub severity: BTreeMap<String, Severity>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            source_locale: "en-us".into(),
            extensions: vec!["md".into(), "markdown".into()],
            ignore: Vec::new(),
            follow_symlinks: false,
            checks: ChecksConfig::default(),
            lexicons: BTreeMap::new(),
        }
    }
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl Config {
    /// Parses a configuration text; `path` only names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                1 + text.get(..s.start).unwrap_or(text).matches('\n').count()
            });
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                message: e.message().to_string(),
            }
        })?;
        if Locale::parse(&config.source_locale).is_none() {
            let line = line_of(text, "source-locale");
            let message = format!(
                "`{}` is not a locale tag such as `en-us`",
                config.source_locale
            );
            return Err(ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                message,
            });
        }
        let named = config
            .checks
            .enable
            .iter()
            .chain(&config.checks.disable)
            .chain(config.checks.severity.keys());
        if let Some(unknown) = crate::checks::selection::unknown(named) {
            let line = text
                .lines()
                .position(|l| {
                    l.contains(&format!("\"{unknown}\""))
                        || l.trim_start().starts_with(unknown.as_str())
                })
                .map_or(1, |i| i + 1);
            let message = format!("no check `{unknown}`; `concord checks` lists them");
            return Err(ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                message,
            });
        }
        let base = path.parent().unwrap_or(Path::new("."));
        for p in config.lexicons.values_mut() {
            *p = base.join(&*p);
        }
        Ok(config)
    }

    /// Reads the configuration file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text, path)
    }

    /// The configuration for a checked root: its `concord.toml` if there is one.
    pub fn for_root(root: &Path) -> Result<Config, ConfigError> {
        let candidate = if root.is_dir() {
            root.join(FILE_NAME)
        } else {
            root.with_file_name(FILE_NAME)
        };
        if candidate.is_file() {
            Config::load(&candidate)
        } else {
            Ok(Config::default())
        }
    }

    /// The source locale, parsed (validated when the config was read).
    pub fn source_locale(&self) -> Locale {
        Locale::parse(&self.source_locale)
            .unwrap_or_else(|| Locale::parse("en-us").expect("valid tag"))
    }
}

fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.trim_start().starts_with(key))
        .map_or(1, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_without_file() {
        let c = Config::default();
        assert_eq!(c.extensions, vec!["md", "markdown"]);
        assert_eq!(c.source_locale().as_str(), "en-us");
    }

    #[test]
    fn reads_settings() {
        let c = Config::parse("extensions = [\"txt\"]\nsource-locale = \"en-US\"\n[checks]\ndisable = [\"CC101\"]\nseverity = { CC102 = \"error\" }\n", Path::new("c.toml")).unwrap();
        assert_eq!(c.extensions, vec!["txt"]);
        assert_eq!(c.checks.disable, vec!["CC101"]);
        assert_eq!(c.checks.severity.get("CC102"), Some(&Severity::Error));
    }

    #[test]
    fn unknown_key_is_an_error_with_its_line() {
        let e = Config::parse(
            "extensions = [\"md\"]\n\nextnsions = [\"txt\"]\n",
            Path::new("c.toml"),
        )
        .unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("c.toml:3:"), "{s}");
        assert!(s.contains("extnsions"), "{s}");
    }

    #[test]
    fn unknown_nested_key_and_unknown_check_are_errors_with_their_line() {
        let e = Config::parse(
            "[checks]\ndisable = []\nseverty = {}\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("c.toml:3:") && e.contains("severty"), "{e}");
        let e = Config::parse(
            "source-locale = \"en-us\"\n[checks]\ndisable = [\"CC101\", \"CC999\"]\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("c.toml:3:") && e.contains("CC999"), "{e}");
        let e = Config::parse("extensions = \"md\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.toml:1:"), "{e}");
    }

    #[test]
    fn enable_lists_the_only_checks() {
        let c = Config::parse(
            "[checks]\nenable = [\"CC401\", \"links-swapped\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.checks.enable, vec!["CC401", "links-swapped"]);
    }

    #[test]
    fn bad_locale_is_an_error() {
        let e = Config::parse("source-locale = \"english\"\n", Path::new("c.toml")).unwrap_err();
        assert!(e.to_string().starts_with("c.toml:1:"), "{e}");
    }
}
