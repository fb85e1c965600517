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

/// `concord ARGS ROOT`, with the timeout; `env` adds variables.
fn concord(args: &[&str], root: &Path, env: &[(&str, &str)]) -> std::process::Output {
    Command::cargo_bin("concord")
        .unwrap()
        .args(args)
        .arg(root)
        .env_remove("CONCORD_TEST_PANIC_IN")
        .envs(env.iter().copied())
        .timeout(TIMEOUT)
        .output()
        .unwrap()
}

fn run(args: &[&str], root: &Path) -> (Option<i32>, serde_json::Value, String) {
    let out = concord(args, root, &[]);
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
        // line counts read once per file (20,000 findings name the same file)
        let mut line_counts: BTreeMap<String, u64> = BTreeMap::new();
        for f in findings {
            let path = f["path"].as_str().unwrap();
            let file = root.join(path);
            assert!(
                file.symlink_metadata().is_ok(),
                "finding names a path outside the tree: {path}"
            );
            if file.is_file() {
                let lines = *line_counts.entry(path.to_string()).or_insert_with(|| {
                    std::fs::read(&file)
                        .unwrap()
                        .iter()
                        .filter(|&&b| b == b'\n' || b == b'\r')
                        .count() as u64
                        + 1
                });
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

/// A page in a locale-root tree: front matter lines, then a short body.
fn page(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}")
}

const BODY: &str =
    "# Keys\n\n## <a name=\"overview\"></a>Overview\n\nData is encrypted when it is written.\n";

/// Runs concord on `root` with `args` (the root last), asserting it neither panicked nor
/// failed: exit status 0 or 1. Returns stdout.
fn run_ok(args: &[&str], root: &Path) -> String {
    let out = concord(args, root, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: status {:?}\n{stderr}",
        out.status
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_non_ascii_source_revision_is_shown_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("docs");
    let files = [
        ("en-us", "title: Keys\nms.service: iot-hub\nms.date: 02/24/2021\n"),
        (
            "fr-fr",
            "title: Clés\nms.service: iot-hub\nms.date: 02/24/2020\nms.openlocfilehash: abcdefgé€é€é\nms.contentlocale: fr-FR\nms.lasthandoff: 11/20/2020\nms.locfileid: \"1\"\n",
        ),
        (
            "de-de",
            "title: Schlüssel\nms.service: iot-hub\nms.date: 02/24/2021\nms.openlocfilehash: 1cc8afad2b3c\nms.contentlocale: de-DE\nms.lasthandoff: 07/28/2021\nms.locfileid: \"1\"\n",
        ),
    ];
    for (locale, front) in files {
        let dir = root.join(locale).join("articles");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("keys.md"), page(front, BODY)).unwrap();
    }
    let html = tmp.path().join("report.html");
    let json: serde_json::Value =
        serde_json::from_str(&run_ok(&["check", "--format", "json"], &root)).unwrap();
    assert_eq!(json["summary"]["files"], 3, "{}", json["summary"]);
    let drift = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "CC401")
        .expect("the French page is behind");
    assert!(
        drift["message"].as_str().unwrap().contains("abcdefgé "),
        "{drift}"
    );
    let human = run_ok(&["check"], &root);
    assert!(human.contains("3 file(s)"), "{human}");
    for format in ["sarif", "github", "junit"] {
        assert!(!run_ok(&["check", "--format", format], &root).is_empty());
    }
    run_ok(&["check", "--html", html.to_str().unwrap()], &root);
    assert!(std::fs::read_to_string(&html).unwrap().contains("abcdefgé"));
    let articles = run_ok(&["articles"], &root);
    assert!(
        articles.contains("rev abcdefgé]") && articles.contains("3 locale(s)"),
        "{articles}"
    );
}

#[test]
fn two_thousand_pages_sharing_one_locfileid_give_one_small_finding() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("fr-fr/articles");
    std::fs::create_dir_all(&dir).unwrap();
    let text = page(
        "title: Clés\nms.contentlocale: fr-FR\nms.openlocfilehash: aaaa\nms.lasthandoff: 11/20/2020\nms.locfileid: \"79370574\"\n",
        "# Clés\n\nDu texte.\n",
    );
    for i in 0..2_000 {
        std::fs::write(dir.join(format!("page-{i:04}.md")), &text).unwrap();
    }
    let out = run_ok(&["check", "--format", "json"], tmp.path());
    assert!(out.len() < 1 << 20, "JSON report of {} bytes", out.len());
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["summary"]["files"], 2_000);
    let cc403: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "CC403")
        .collect();
    assert_eq!(cc403.len(), 1, "one finding for the group");
    let f = cc403[0];
    assert_eq!(f["path"], "fr-fr/articles/page-0000.md");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .ends_with("page-0010.md and 1989 more"),
        "{}",
        f["message"]
    );
    let related = f["related"].as_array().unwrap();
    assert_eq!(related.len(), 11);
    assert_eq!(related[10]["message"], "and 1989 more related location(s)");
    // Every other format grows with the files (JUnit: one test case per article and
    // check), not with their square: a few kB a file at most.
    let html = tmp.path().join("report.html");
    run_ok(
        &["check", "--allow-inside", "--html", html.to_str().unwrap()],
        tmp.path(),
    );
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.len() < 2_000 * 4_000, "html: {} bytes", html.len());
    for format in ["human", "sarif", "github", "junit"] {
        let out = run_ok(&["check", "--format", format], tmp.path());
        assert!(out.len() < 2_000 * 4_000, "{format}: {} bytes", out.len());
    }
}

/// The debug binary's test hook makes the check stage panic on one article: that article
/// becomes one CC007 finding, the others are reported as without the hook, exit 2.
#[test]
fn a_panic_in_one_article_is_a_finding_and_exit_status_2() {
    if !cfg!(debug_assertions) {
        return; // the hook exists in debug builds only; tests/fixtures.rs covers the library
    }
    let root =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/CC007_internal-error/fires");
    let json = |hook: &[(&str, &str)]| {
        let out = concord(&["check", "--format", "json"], &root, hook);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.code(), report)
    };
    let hook = [("CONCORD_TEST_PANIC_IN", "broken")];
    let (code, broken) = json(&hook);
    let (clean_code, clean) = json(&[]);
    assert_eq!((code, clean_code), (Some(2), Some(1)));
    let of = |r: &serde_json::Value, article: &str| -> Vec<serde_json::Value> {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["article"] == article)
            .cloned()
            .collect()
    };
    let cc007 = of(&broken, "articles/broken.md");
    assert_eq!(cc007.len(), 1);
    assert_eq!(cc007[0]["code"], "CC007");
    assert_eq!(
        of(&broken, "articles/other.md"),
        of(&clean, "articles/other.md")
    );
    assert!(!of(&clean, "articles/other.md").is_empty());
    assert_eq!(broken["summary"]["files"], 4);
    // The other formats exit 2 as well.
    for format in ["human", "sarif", "github", "junit"] {
        let out = concord(&["check", "--format", format], &root, &hook);
        assert_eq!(out.status.code(), Some(2), "{format}");
    }
}

/// Every front matter key concord reads, holding non-ASCII, empty, very long (100 kB)
/// and YAML-typed values in a translation: no panic, every file counted, and a list or
/// mapping where one value belongs is a CC003 finding naming the key.
#[test]
fn every_metadata_key_with_hostile_values() {
    use concord::report::invariants::{Page, KEYS};
    let values: Vec<(String, bool)> = [
        ("abcdefgé€é€é", false),
        ("データ", false),
        ("", false),
        ("~", false),
        ("null", false),
        ("12345", false),
        ("-1.5e300", false),
        ("true", false),
        ("[1, 2]", true),
        ("{a: 1}", true),
        ("\n  - a\n  - b", true),
        ("99/99/99999", false),
        ("\"\\u0000\"", false),
    ]
    .into_iter()
    .map(|(v, bad)| (v.to_string(), bad))
    .chain([("é".repeat(50_000), false), ("x".repeat(100_000), false)])
    .collect();
    let tmp = tempfile::tempdir().unwrap();
    let normal = |locfileid: String| -> Vec<(&'static str, String)> {
        vec![
            ("title", "Clés".into()),
            ("ms.service", "iot-hub".into()),
            ("ms.date", "02/24/2020".into()),
            ("ms.openlocfilehash", "aaaa".into()),
            ("ms.contentlocale", "fr-FR".into()),
            ("ms.lasthandoff", "11/20/2020".into()),
            ("ms.locfileid", locfileid),
        ]
    };
    let mut bad = Vec::new();
    for (k, key) in KEYS.iter().enumerate() {
        for (v, (value, unusable)) in values.iter().enumerate() {
            let mut front = normal(format!("\"{k}{v:02}\""));
            front.retain(|(name, _)| name != key);
            front.push((key, value.clone()));
            let name = format!("k{k:02}-v{v:02}");
            let pages = [
                Page {
                    locale: "en-us",
                    front: vec![("title", "Keys".into()), ("ms.service", "iot-hub".into())],
                    body: BODY.into(),
                },
                Page {
                    locale: "fr-fr",
                    front,
                    body: BODY.into(),
                },
            ];
            for p in &pages {
                let dir = tmp.path().join(p.locale).join(&name);
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join("page.md"), p.bytes()).unwrap();
            }
            // `ms.author` is a key concord does not read: any value is fine there; a
            // list of authors is several authors, not a bad value.
            let authors = *key == "author" && !value.contains('{');
            if *unusable && *key != "ms.author" && !authors {
                bad.push((format!("fr-fr/{name}/page.md"), key.to_string()));
            }
        }
    }
    let files = 2 * KEYS.len() * values.len();
    let out = run_ok(&["check", "--format", "json"], tmp.path());
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["summary"]["files"], files);
    let findings = report["findings"].as_array().unwrap();
    for (path, key) in &bad {
        assert!(
            findings.iter().any(|f| f["path"] == path.as_str()
                && f["code"] == "CC003"
                && f["message"].as_str().unwrap().contains(&format!("`{key}`"))),
            "no CC003 naming `{key}` on {path}"
        );
    }
    assert!(findings.iter().all(|f| f["code"] != "CC007"));
    for format in ["human", "sarif", "github", "junit"] {
        run_ok(&["check", "--format", format], tmp.path());
    }
    run_ok(&["articles"], tmp.path());
}
