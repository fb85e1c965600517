//! The CI-gate features: suppression, baselines, --fail-on, --changed-since.

use assert_cmd::Command;
use std::path::Path;

fn concord() -> Command {
    Command::cargo_bin("concord").unwrap()
}

const EN: &str = "---\ntitle: Demo\nms.service: demo\n---\n# Demo\n\n## <a name=\"setup\"></a>Setup\n\nSee [the limits](#limit).\n";

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn codes(dir: &Path, extra: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = concord()
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(extra)
        .arg(dir)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    let codes = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    (out.status.code(), codes)
}

#[test]
fn suppression_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "en-us/a.md", EN);
    assert_eq!(codes(tmp.path(), &[]), (Some(1), vec!["CC105".to_string()]));
    let suppressed = EN.replace(
        "See [the",
        "<!-- concord-disable-next-line CC105 -->\nSee [the",
    );
    write(tmp.path(), "en-us/a.md", &suppressed);
    assert_eq!(codes(tmp.path(), &[]), (Some(0), vec![]));
    let ranged = EN.replace(
        "See [the",
        "<!-- concord-disable anchor-undefined -->\n\nSee [the",
    ) + "\n<!-- concord-enable anchor-undefined -->\n";
    write(tmp.path(), "en-us/a.md", &ranged);
    assert_eq!(codes(tmp.path(), &[]), (Some(0), vec![]));
    // Fixed finding: the suppression is now unused and says so.
    write(
        tmp.path(),
        "en-us/a.md",
        &suppressed.replace("#limit", "#setup"),
    );
    assert_eq!(codes(tmp.path(), &[]), (Some(1), vec!["CC005".to_string()]));
}

#[test]
fn baseline_survives_lines_inserted_above_and_catches_new_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    write(&docs, "en-us/a.md", EN);
    let baseline = tmp.path().join("baseline.json");
    concord()
        .arg("check")
        .arg("--write-baseline")
        .arg(&baseline)
        .arg(&docs)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&baseline).unwrap();
    assert!(
        text.contains("CC105") && text.contains("fingerprint"),
        "{text}"
    );
    let b = ["--baseline", baseline.to_str().unwrap()];
    assert_eq!(codes(&docs, &b), (Some(0), vec![]));
    write(
        &docs,
        "en-us/a.md",
        &EN.replace("## <a", "Intro.\n\nMore intro.\n\n## <a"),
    );
    assert_eq!(
        codes(&docs, &b),
        (Some(0), vec![]),
        "inserting lines above keeps the finding baselined"
    );
    write(&docs, "en-us/a.md", &format!("{EN}\nAnd [more](#other).\n"));
    assert_eq!(
        codes(&docs, &b),
        (Some(1), vec!["CC105".to_string()]),
        "a new finding fails the gate"
    );
}

#[test]
fn fingerprint_ignores_the_line() {
    let out = concord()
        .args(["check", "--format", "json"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/CC104_links-swapped/fires"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut f: concord::finding::Finding =
        serde_json::from_value(v["findings"][0].clone()).unwrap();
    let before = concord::baseline::fingerprint(&f);
    f.line += 10;
    assert_eq!(before, concord::baseline::fingerprint(&f));
    assert_eq!(before.len(), 16);
}

#[test]
fn fail_on_sets_the_gate() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/CC404_localization-keys-missing/fires");
    let run = |gate: &str| {
        concord()
            .args(["check", "--fail-on", gate])
            .arg(&fixture)
            .output()
            .unwrap()
            .status
            .code()
    };
    // CC404 is info-level; nothing else fires in that fixture.
    assert_eq!(run("info"), Some(1));
    assert_eq!(run("warning"), Some(0));
    assert_eq!(run("error"), Some(0));
}

/// Runs git in `root` (as a test user, without signing) and asserts it succeeded.
fn git(root: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

/// The findings of `concord check --changed-since HEAD` on `root`, as JSON.
fn changed_since_head(root: &Path) -> Vec<serde_json::Value> {
    let out = concord()
        .args(["check", "--format", "json", "--changed-since", "HEAD"])
        .arg(root)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"].as_array().cloned().unwrap_or_default()
}

#[test]
fn changed_since_compares_a_changed_page_with_every_page_of_its_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let page = |title: &str, id: &str| {
        format!("---\ntitle: {title}\nms.locfileid: {id}\n---\n# {title}\n\nText.\n")
    };
    git(root, &["init", "-q"]);
    write(root, "en-us/a.md", &page("A", "x"));
    write(root, "en-us/b.md", &page("B", "y"));
    write(root, "de-de/a.md", &page("A", "1"));
    write(root, "de-de/b.md", &page("B", "2"));
    write(root, "fr-fr/b.md", &page("B", "1"));
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "one"]);
    // de-de/a.md takes the id of de-de/b.md, which is not changed; fr-fr's 1 is another
    // locale's.
    write(root, "de-de/a.md", &page("A", "2"));
    let findings = changed_since_head(root);
    let dup: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "CC403")
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert_eq!(dup, ["de-de/a.md"], "{findings:?}");
}

#[test]
fn changed_since_checks_only_changed_articles_in_all_their_locales() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let git = |args: &[&str]| git(root, args);
    git(&["init", "-q"]);
    write(root, "en-us/a.md", EN);
    write(root, "en-us/b.md", &EN.replace("# Demo", "# Other"));
    write(
        root,
        "fr-fr/b.md",
        "---\ntitle: Autre\nms.service: demo\n---\n# Autre\n\nTexte.\n",
    );
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "one"]);
    let all = codes(root, &[]).1;
    assert_eq!(all.iter().filter(|c| *c == "CC105").count(), 2, "{all:?}");
    assert_eq!(
        codes(root, &["--changed-since", "HEAD"]),
        (Some(0), vec![]),
        "nothing changed"
    );
    // Change only the French page of b: b is checked in both locales, a is not.
    write(
        root,
        "fr-fr/b.md",
        "---\ntitle: Autre\nms.service: demo\n---\n# Autre\n\nTexte modifié.\n",
    );
    let (_, changed) = codes(root, &["--changed-since", "HEAD"]);
    assert!(
        changed.contains(&"CC105".to_string()),
        "en-us/b.md is checked with its changed locale: {changed:?}"
    );
    let findings = changed_since_head(root);
    assert!(
        findings.iter().all(|f| f["path"] != "en-us/a.md"),
        "{findings:?}"
    );
    concord()
        .args(["check", "--changed-since", "no-such-rev"])
        .arg(root)
        .assert()
        .code(2);
}

#[test]
fn explain_works_for_every_check() {
    for c in concord::checks::registry() {
        let code = c.meta().code;
        let out = concord().args(["explain", code]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{code}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("## How to fix"), "{code}: {text}");
    }
}

#[test]
fn config_errors_name_their_line() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "en-us/a.md", EN);
    write(
        tmp.path(),
        "concord.toml",
        "source-locale = \"en-us\"\n\n[checks]\nseverity = { CC105 = \"loud\" }\n",
    );
    let out = concord().arg("check").arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("concord.toml:4:"), "{err}");
    write(
        tmp.path(),
        "concord.toml",
        "[checks]\nseverity = { CC105 = \"error\" }\n",
    );
    let out = concord()
        .args(["check", "--format", "json"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["findings"][0]["severity"], "error");
}
