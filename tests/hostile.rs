//! Hostile input: every odd file is reported by name (or checked quietly), the run goes
//! on, finishes in bounded time, never panics, and leaves the tree byte-identical.
//! The binary runs as a child process with a generous timeout, so a hang fails the test.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(600);

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every entry of the tree (symlinks not followed): its kind and a hash of its bytes.
fn fingerprint(root: &Path) -> BTreeMap<String, (String, u64)> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).follow_links(false) {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .display()
            .to_string();
        let mut h = std::hash::DefaultHasher::new();
        let kind = if entry.path_is_symlink() {
            std::fs::read_link(entry.path()).unwrap().hash(&mut h);
            "symlink"
        } else if entry.file_type().is_file() {
            std::fs::read(entry.path()).unwrap().hash(&mut h);
            "file"
        } else {
            "dir"
        };
        out.insert(rel, (kind.to_string(), h.finish()));
    }
    out
}

/// The committed small files plus generated big and odd ones, in a temporary folder.
fn hostile_tree() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("docs");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/en-us"),
        &root.join("en-us"),
    );
    let gen = root.join("en-us/generated");
    std::fs::create_dir_all(&gen).unwrap();
    let para = "Data is encrypted when it is written and decrypted when it is read. See [the keys](keys.md).\n\n";
    let mut huge = String::from("---\ntitle: Huge\n---\n# Huge page\n\n");
    while huge.len() < 50 * 1024 * 1024 {
        huge.push_str("## A section\n\n");
        for _ in 0..20 {
            huge.push_str(para);
        }
    }
    std::fs::write(gen.join("huge-50mb.md"), huge).unwrap();
    std::fs::write(
        gen.join("deep-lists.md"),
        format!("# Lists\n\n{}x\n", "- ".repeat(100_000)),
    )
    .unwrap();
    std::fs::write(
        gen.join("deep-quotes.md"),
        format!("# Quotes\n\n{} x\n", ">".repeat(100_000)),
    )
    .unwrap();
    std::fs::write(
        gen.join("deep-quote-alerts.md"),
        format!("# Alerts\n\n{} [!NOTE]\n> x\n", "> ".repeat(100_000)),
    )
    .unwrap();
    let nested: String = (0..2_000)
        .map(|i| format!("{}- item {i}\n", "  ".repeat(i)))
        .collect();
    std::fs::write(
        gen.join("nested-list-lines.md"),
        format!("# Nested\n\n{nested}"),
    )
    .unwrap();
    std::fs::write(
        gen.join("long-line.md"),
        format!("# Long\n\n{}\n", "word ".repeat(2_000_000)),
    )
    .unwrap();
    std::fs::write(
        gen.join("many-brackets.md"),
        format!(
            "# Brackets\n\n{}x{}\n",
            "[".repeat(100_000),
            "](y)".repeat(50_000)
        ),
    )
    .unwrap();
    std::fs::write(
        gen.join("many-includes.md"),
        format!(
            "# Includes\n\n{}\n",
            "[!INCLUDE [a](../../../etc/passwd)]".repeat(20_000)
        ),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", gen.join("loop")).unwrap();
    tmp
}

fn run(args: &[&str], root: &Path) -> (Option<i32>, serde_json::Value, String) {
    let out = Command::cargo_bin("concord")
        .unwrap()
        .args(args)
        .arg(root)
        .timeout(TIMEOUT)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "concord panicked:\n{stderr}");
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); status {:?}\n{stderr}", out.status));
    (out.status.code(), json, stderr)
}

#[test]
fn hostile_files_are_reported_by_name_and_the_run_goes_on() {
    let tmp = hostile_tree();
    let root = tmp.path().join("docs");
    let before = fingerprint(&root);
    let config = tmp.path().join("follow.toml");
    // The second run follows symbolic links; it skips the 50 MB page the first one read.
    std::fs::write(
        &config,
        "follow-symlinks = true\nignore = [\"**/huge-50mb.md\"]\n",
    )
    .unwrap();

    for follow in [false, true] {
        let mut args = vec!["check", "--format", "json"];
        if follow {
            args.extend(["--config", config.to_str().unwrap()]);
        }
        let (code, report, stderr) = run(&args, &root);
        assert_eq!(code, Some(1), "findings expected, not an error:\n{stderr}");
        let findings = report["findings"].as_array().unwrap();
        let codes_of = |path: &str| -> Vec<(String, u64)> {
            findings
                .iter()
                .filter(|f| f["path"] == path)
                .map(|f| {
                    (
                        f["code"].as_str().unwrap().to_string(),
                        f["line"].as_u64().unwrap(),
                    )
                })
                .collect()
        };
        let has = |path: &str, code: &str| {
            codes_of(&format!("en-us/{path}"))
                .iter()
                .any(|(c, _)| c == code)
        };
        assert!(
            has("articles/malformed-front-matter.md", "CC003"),
            "{:?}",
            codes_of("en-us/articles/malformed-front-matter.md")
        );
        assert!(has("articles/list-front-matter.md", "CC003"));
        assert!(has("articles/scalar-front-matter.md", "CC003"));
        assert!(has("articles/unterminated-front-matter.md", "CC004"));
        assert!(has("articles/invalid-utf8.md", "CC002"));
        assert!(has("articles/nul-bytes.md", "CC006"));
        assert!(has("articles/binary.md", "CC006"));
        assert_eq!(
            codes_of("en-us/articles/invalid-utf8.md"),
            vec![("CC002".to_string(), 3)]
        );
        assert_eq!(
            codes_of("en-us/articles/nul-bytes.md"),
            vec![("CC006".to_string(), 3)]
        );
        // Includes that leave the root or loop are structure findings; nothing is read.
        assert!(has("articles/include-escape.md", "CC106"));
        assert!(has("includes/cycle-a.md", "CC108"));
        assert!(has("includes/cycle-b.md", "CC108"));
        // Odd but valid files produce no input finding.
        for quiet in [
            "bom.md",
            "crlf.md",
            "lone-cr.md",
            "empty.md",
            "include-escape.md",
            "日本語/ünïcødé ñame.md",
        ] {
            let input: Vec<_> = codes_of(&format!("en-us/articles/{quiet}"))
                .into_iter()
                .filter(|(c, _)| c.starts_with("CC0"))
                .collect();
            assert!(input.is_empty(), "{quiet}: {input:?}");
        }
        for generated in [
            "huge-50mb.md",
            "deep-lists.md",
            "deep-quotes.md",
            "long-line.md",
            "many-brackets.md",
            "many-includes.md",
        ] {
            let input: Vec<_> = codes_of(&format!("en-us/generated/{generated}"))
                .into_iter()
                .filter(|(c, _)| c.starts_with("CC0"))
                .collect();
            assert!(input.is_empty(), "{generated}: {input:?}");
        }
        if follow {
            let loops: Vec<_> = findings.iter().filter(|f| f["code"] == "CC001").collect();
            assert!(
                loops.iter().any(|f| f["path"] == "en-us/generated/loop"
                    && f["message"].as_str().unwrap().contains("loop")),
                "{loops:#?}"
            );
        }
        // Every finding names a file of the tree (or the loop), with a line within it.
        for f in findings {
            let path = f["path"].as_str().unwrap();
            let file = root.join(path);
            assert!(
                file.symlink_metadata().is_ok(),
                "finding names a path outside the tree: {path}"
            );
            if file.is_file() {
                let lines = std::fs::read(&file)
                    .unwrap()
                    .iter()
                    .filter(|&&b| b == b'\n' || b == b'\r')
                    .count() as u64
                    + 1;
                assert!(
                    f["line"].as_u64().unwrap() <= lines,
                    "{path}: line {} of {lines}",
                    f["line"]
                );
            }
        }
        // The committed files, the generated ones and the unicode-named one are all read.
        assert_eq!(
            report["summary"]["files"].as_u64().unwrap(),
            if follow { 23 } else { 24 },
            "{}",
            report["summary"]
        );
    }
    assert_eq!(
        before,
        fingerprint(&root),
        "the tree changed during the run"
    );
}

#[test]
fn the_alias_bomb_is_refused_quickly() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("en-us")).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/en-us/articles/alias-bomb.md"),
        root.join("en-us/bomb.md"),
    )
    .unwrap();
    let (code, report, stderr) = run(&["check", "--format", "json"], root);
    assert!(code == Some(0) || code == Some(1), "{stderr}");
    assert_eq!(report["summary"]["files"], 1);
}
