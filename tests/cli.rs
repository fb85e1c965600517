//! The binary: exit codes, formats, determinism.

use assert_cmd::Command;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

fn concord() -> Command {
    Command::cargo_bin("concord").unwrap()
}

fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
        .display()
        .to_string()
}

#[test]
fn exit_1_on_findings_at_the_gate_0_below_it() {
    concord()
        .args(["check", &fixture("CC101_section-missing/fires")])
        .assert()
        .code(1);
    concord()
        .args([
            "check",
            "--fail-on",
            "error",
            &fixture("CC101_section-missing/fires"),
        ])
        .assert()
        .code(0);
    concord()
        .args(["check", &fixture("CC101_section-missing/near-miss")])
        .assert()
        .code(0);
}

#[test]
fn exit_2_on_usage_and_missing_paths() {
    concord()
        .args(["check", "/no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/no/such/folder"));
    concord()
        .args(["check", "--format", "nope", "."])
        .assert()
        .code(2);
    concord().args(["explain", "CC999"]).assert().code(2);
}

#[test]
fn json_findings_follow_the_contract() {
    let out = concord()
        .args([
            "check",
            "--format",
            "json",
            &fixture("CC101_section-missing/fires"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "CC101")
        .expect("a CC101 finding");
    for key in [
        "code", "kind", "severity", "path", "line", "locale", "article", "message", "claim",
    ] {
        assert!(f.get(key).is_some(), "finding lacks `{key}`: {f}");
    }
    assert_eq!(f["code"], "CC101");
    assert_eq!(f["kind"], "structure");
    assert_eq!(f["path"], "fr-fr/articles/keys.md");
    assert_eq!(f["locale"], "fr-fr");
    assert_eq!(f["article"], "articles/keys.md");
    assert_eq!(v["summary"]["by_code"]["CC101"], 1);
}

#[test]
fn output_is_deterministic() {
    let a = concord()
        .args(["check", "--format", "json", "corpus"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let b = concord()
        .args(["check", "--format", "json", "corpus"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
    assert!(!a.stdout.is_empty());
}

#[test]
fn corpus_groups_dps_locales_into_one_article() {
    let out = concord()
        .args(["articles", "corpus"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.matches("\narticle ").count() + usize::from(text.starts_with("article ")),
        3,
        "{text}"
    );
    let dps = text
        .split("\n\n")
        .find(|a| a.contains("iot-dps#"))
        .expect("DPS article");
    assert!(dps.contains("(3 locale(s): de-de, es-es, fr-fr)"), "{dps}");
    let row = |anchor: &str| {
        dps.lines()
            .find(|l| l.trim_start().starts_with(&format!("## {anchor} ")))
            .map(|l| l.split_whitespace().skip(2).collect::<Vec<_>>())
    };
    assert_eq!(row("overview"), Some(vec!["L20", "L20", "L20"]));
    assert_eq!(row("next-steps"), Some(vec!["L27", "L27", "L27"]));
}

#[test]
fn explain_prints_the_doc_of_every_check() {
    let list = concord().arg("checks").output().unwrap();
    let text = String::from_utf8(list.stdout).unwrap();
    for line in text.lines().skip(1) {
        let code = line.split_whitespace().next().unwrap();
        concord()
            .args(["explain", code])
            .assert()
            .success()
            .stdout(predicates::str::contains("## What it does"))
            .stdout(predicates::str::contains(code));
    }
}

#[test]
fn realdocs_dev_has_no_input_findings() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs-dev");
    if !dev.is_dir() {
        eprintln!("skipped: {} is absent", dev.display());
        return;
    }
    let out = concord()
        .args(["check", "--format", "json", &dev.display().to_string()])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let input: Vec<_> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "input")
        .collect();
    assert!(input.is_empty(), "{input:#?}");
}

#[test]
fn realdocs_dev_aligns_by_path() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs-dev");
    if !dev.is_dir() {
        eprintln!("skipped: {} is absent", dev.display());
        return;
    }
    let out = concord()
        .args(["articles", &dev.display().to_string()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let hub = text
        .split("\n\n")
        .find(|a| a.starts_with("article articles/iot-hub/iot-hub-customer-managed-keys.md"))
        .expect("IoT Hub article");
    assert!(
        hub.contains(
            "(9 locale(s): de-de, en-us, es-es, fr-fr, ja-jp, pl-pl, pt-br, ru-ru, zh-cn)"
        ),
        "{hub}"
    );
    // every locale has the next-steps section aligned
    let row = hub
        .lines()
        .find(|l| l.trim_start().starts_with("## next-steps"))
        .expect("next-steps row");
    assert!(!row.contains(" -"), "{row}");
}

#[test]
fn readme_check_table_matches_the_registry() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("<!-- checks:start").expect("start marker");
    let end = readme.find("<!-- checks:end -->").expect("end marker");
    let rows: Vec<&str> = readme[start..end]
        .lines()
        .filter(|l| l.starts_with("| CC"))
        .collect();
    let want: Vec<String> = concord::checks::registry()
        .iter()
        .map(|c| {
            let m = c.meta();
            format!(
                "| {} | `{}` | {} | {} | {} |",
                m.code,
                m.name,
                m.category(),
                m.kind.as_str(),
                m.severity
            )
        })
        .collect();
    assert_eq!(
        rows, want,
        "README's check table is stale: regenerate it from `concord checks`"
    );
}

fn findings(path: &str) -> Vec<serde_json::Value> {
    let out = concord()
        .args(["check", "--format", "json", path])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["findings"].as_array().unwrap().clone()
}

fn brief(f: &serde_json::Value) -> String {
    format!(
        "{} {}:{} {}",
        f["code"].as_str().unwrap(),
        f["path"].as_str().unwrap(),
        f["line"],
        f["claim"].as_str().unwrap_or("-")
    )
}

#[test]
fn corpus_flags_the_inverted_iot_hub_sentence_and_the_dropped_new() {
    let all = findings("corpus");
    let model: Vec<String> = all
        .iter()
        .filter(|f| f["kind"] == "model-contradiction")
        .map(brief)
        .collect();
    assert_eq!(
        model,
        vec![
            "CC201 001_467645bf3dfdec0e.txt:19 decrypt-on-write",
            "CC201 001_467645bf3dfdec0e.txt:19 encrypt-on-read",
        ]
    );
    let dropped: Vec<String> = all
        .iter()
        .filter(|f| f["kind"] == "locale-divergence")
        .map(brief)
        .collect();
    assert_eq!(
        dropped,
        vec!["CC301 000_ef69d7c6a4761988.txt:24 requires-new-resource"]
    );
    let msg = all.iter().find(|f| f["code"] == "CC301").unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(msg.contains("different source revisions"), "{msg}");
}

#[test]
fn realdocs_dev_model_contradictions_are_exactly_the_known_ones() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs-dev");
    if !dev.is_dir() {
        eprintln!("skipped: {} is absent", dev.display());
        return;
    }
    let model: Vec<String> = findings(&dev.display().to_string())
        .iter()
        .filter(|f| f["kind"] == "model-contradiction")
        .map(brief)
        .collect();
    assert_eq!(
        model,
        vec![
            "CC201 en-us/articles/iot-hub/iot-hub-customer-managed-keys.md:15 decrypt-on-write",
            "CC201 en-us/articles/iot-hub/iot-hub-customer-managed-keys.md:15 encrypt-on-read",
            "CC202 ja-jp/articles/cognitive-services/includes/cognitive-services-about-encryption.md:20 transparent-encryption",
            "CC202 pl-pl/articles/cognitive-services/includes/cognitive-services-about-encryption.md:20 transparent-encryption",
            "CC201 zh-cn/articles/iot-hub/iot-hub-customer-managed-keys.md:19 decrypt-on-write",
            "CC201 zh-cn/articles/iot-hub/iot-hub-customer-managed-keys.md:19 encrypt-on-read",
        ]
    );
}

#[test]
fn realdocs_dev_divergences_sit_on_the_translation_that_lacks_the_source_claim() {
    // realdocs-dev has its source (en-us): a claim en-us states and a translation lacks is
    // reported on that translation, never on en-us; a claim the model forbids (en-us's own
    // contradiction, CC201) is not something to copy, so its absence is no divergence.
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realdocs-dev");
    if !dev.is_dir() {
        eprintln!("skipped: {} is absent", dev.display());
        return;
    }
    let all = findings(&dev.display().to_string());
    let divergences: Vec<_> = all
        .iter()
        .filter(|f| f["kind"] == "locale-divergence")
        .collect();
    assert!(divergences.len() > 20, "{}", divergences.len());
    assert!(
        divergences.iter().all(|f| f["locale"] != "en-us"),
        "{divergences:#?}"
    );
    let reported: HashSet<(String, String, String)> = divergences
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("article"), s("locale"), s("claim"))
        })
        .collect();
    let forbidden: HashSet<(String, String)> = all
        .iter()
        .filter(|f| f["kind"] == "model-contradiction" && f["locale"] == "en-us")
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (s("article"), s("claim"))
        })
        .collect();
    let out = concord()
        .args(["claims", "--format", "json", &dev.display().to_string()])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut by_article: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for doc in v["documents"].as_array().unwrap() {
        let ids = doc["claims"].as_array().unwrap().iter();
        by_article
            .entry(doc["article"].as_str().unwrap().to_string())
            .or_default()
            .entry(doc["locale"].as_str().unwrap().to_string())
            .or_default()
            .extend(ids.map(|c| c["id"].as_str().unwrap().to_string()));
    }
    let (mut lacked, mut missed) = (0, Vec::new());
    for (article, locales) in &by_article {
        let Some(source) = locales.get("en-us") else {
            continue;
        };
        for (locale, ids) in locales.iter().filter(|(l, _)| *l != "en-us") {
            for id in source.difference(ids) {
                if forbidden.contains(&(article.clone(), id.clone())) {
                    continue;
                }
                lacked += 1;
                if !reported.contains(&(article.clone(), locale.clone(), id.clone())) {
                    missed.push(format!("{article} {locale} {id}"));
                }
            }
        }
    }
    assert!(lacked > 20, "{lacked}");
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn model_command_prints_the_profiles() {
    let out = concord().arg("model").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "encrypt-on-write",
        "Forbidden",
        "iot-hub",
        "pricing-tier = basic,standard",
        "cognitive-services/face-api",
        "approval-time = 3-5d",
    ] {
        assert!(
            text.contains(needle),
            "`concord model` lacks {needle}:\n{text}"
        );
    }
}

#[test]
fn shards_cover_every_article_once_and_merge_gives_the_whole_report() {
    let root = fixture("CC101_section-missing/fires");
    assert_shards_merge_to_the_whole_run(&root, 3, true);
    concord()
        .args(["check", "--shard", "4/3", &root])
        .assert()
        .code(2);
    concord()
        .args(["merge", "/no/such/report.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/no/such/report.json"));
}

/// `check --shard K/N` for every K, then `merge`: the same JSON as one run, byte for
/// byte (every finding, equal ones included, with its root), and the same exit code.
fn assert_shards_merge_to_the_whole_run(root: &str, n: u32, give_one_twice: bool) {
    let whole = concord()
        .args(["check", "--format", "json", root])
        .output()
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut reports = Vec::new();
    let mut articles = 0;
    for k in 1..=n {
        let out = concord()
            .args([
                "check",
                "--format",
                "json",
                "--shard",
                &format!("{k}/{n}"),
                root,
            ])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        articles += v["summary"]["articles"].as_u64().unwrap();
        let path = tmp.path().join(format!("shard{k}.json"));
        std::fs::write(&path, &out.stdout).unwrap();
        reports.push(path.display().to_string());
    }
    let whole_v: serde_json::Value = serde_json::from_slice(&whole.stdout).unwrap();
    assert_eq!(articles, whole_v["summary"]["articles"].as_u64().unwrap());
    if give_one_twice {
        // a report given twice counts once
        reports.push(reports[0].clone());
    }
    let merged = concord()
        .arg("merge")
        .arg("--format")
        .arg("json")
        .args(&reports)
        .output()
        .unwrap();
    assert!(
        merged.stdout == whole.stdout,
        "merge of {n} shards of {root} differs from the single run"
    );
    assert_eq!(merged.status.code(), whole.status.code());
}

#[test]
fn realtree_dev_shards_merge_to_the_whole_run() {
    let tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realtree-dev");
    if !tree.is_dir() {
        eprintln!("SKIPPED: {} is absent", tree.display());
        return;
    }
    assert_shards_merge_to_the_whole_run(&tree.display().to_string(), 2, false);
}

#[test]
fn gen_corpus_shards_merge_to_the_whole_run() {
    let exe = std::env::current_exe().unwrap();
    let gen = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/gen-corpus");
    if !gen.is_file() {
        eprintln!("SKIPPED: {} is not built", gen.display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("tree");
    let status = std::process::Command::new(&gen)
        .args([
            "--articles",
            "40",
            "--locales",
            "6",
            "--seed",
            "3",
            "--sections",
            "4",
            "--out",
        ])
        .arg(&tree)
        .status()
        .unwrap();
    assert!(status.success());
    assert_shards_merge_to_the_whole_run(&tree.display().to_string(), 3, false);
}

/// `concord ARGS` run in the crate folder (so paths print as `corpus/...`): stdout.
fn stdout_of(args: &[&str]) -> String {
    let out = concord()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn terminal_triage_flags_snapshots() {
    let fires = "tests/fixtures/CC101_section-missing/fires";
    let cases: [(&str, &[&str]); 6] = [
        ("check_corpus", &["corpus"]),
        ("check_corpus_statistics", &["corpus", "--statistics"]),
        (
            "check_corpus_select_quiet",
            &["corpus", "--select", "CC2,cross-locale", "--quiet"],
        ),
        (
            "check_corpus_ignore_min_severity",
            &[
                "corpus",
                "--ignore",
                "claims-vs-model",
                "--ignore",
                "revision-drift",
                "--min-severity",
                "error",
            ],
        ),
        (
            "check_fixture_all_infos",
            &[fires, "--all", "--min-severity", "info"],
        ),
        ("check_fixture_infos_counted", &[fires]),
    ];
    for (name, args) in cases {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        insta::assert_snapshot!(name, stdout_of(&all));
    }
}

#[test]
fn exit_zero_select_and_unknown_selectors() {
    concord()
        .args([
            "check",
            "--exit-zero",
            &fixture("CC101_section-missing/fires"),
        ])
        .assert()
        .code(0);
    // Only infos left: below the default gate.
    concord()
        .args([
            "check",
            "--select",
            "CC102,CC404",
            &fixture("CC101_section-missing/fires"),
        ])
        .assert()
        .code(0);
    concord()
        .args([
            "check",
            "--select",
            "CC9",
            &fixture("CC101_section-missing/fires"),
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("`CC9` is not a check code"));
    // Filters apply to JSON too, infos stay there by default.
    let json = concord()
        .args([
            "check",
            "--format",
            "json",
            "--ignore",
            "structure",
            &fixture("CC101_section-missing/fires"),
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["CC404", "CC404"]);
}

#[test]
fn readme_output_sample_is_current() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = "What the first one prints:\n\n```text\n";
    let from = readme.find(start).expect("README has the output sample") + start.len();
    let sample = &readme[from..from + readme[from..].find("```").unwrap()];
    assert_eq!(
        sample,
        stdout_of(&["check", "corpus"]),
        "README's output sample is stale: paste the output of `cargo run --release -- check corpus`"
    );
}

/// The real-scale tree prints one screen: the table, the worst findings, the totals.
#[test]
fn realtree_dev_terminal_output_fits_one_screen() {
    let tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realtree-dev");
    if !tree.is_dir() {
        eprintln!("SKIPPED: {} is absent", tree.display());
        return;
    }
    let out = concord().arg("check").arg(&tree).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("count  code"), "{text}");
    assert!(text.lines().count() <= 55, "{} lines", text.lines().count());
    assert!(text.contains("more finding(s) not listed"), "{text}");
    // errors, if any, come before warnings
    let lines: Vec<&str> = text.lines().collect();
    let warning = lines.iter().position(|l| l.contains(": warning "));
    let error = lines.iter().rposition(|l| l.contains(": error "));
    assert!(
        error.is_none_or(|e| warning.is_none_or(|w| w > e)),
        "errors first:\n{text}"
    );
}

/// `action.yml` and `.pre-commit-hooks.yaml` name real flags and keep their shape.
#[test]
fn ci_integration_files_are_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let action: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("action.yml")).unwrap()).unwrap();
    assert_eq!(action["runs"]["using"], "composite");
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let runs: String = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for flag in [
        "--format github",
        "--summary",
        "--format sarif",
        "--exit-zero",
    ] {
        assert!(runs.contains(flag), "action.yml runs concord with {flag}");
    }
    assert!(steps.iter().any(|s| s["uses"]
        .as_str()
        .is_some_and(|u| u.contains("upload-sarif"))));
    let hooks: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let hook = &hooks[0];
    for key in ["id", "name", "entry", "language"] {
        assert!(hook[key].is_string(), "hook has {key}");
    }
    assert_eq!(hook["language"], "rust");
    assert_eq!(hook["entry"], "concord check");
    // The hook's command line parses.
    concord().args(["check", "--help"]).assert().success();
}

/// The locale folders of `tests/roots/docs`, given one by one as a shell glob gives them.
fn locale_roots() -> Vec<String> {
    ["de-de", "es-es", "fr-fr"]
        .iter()
        .map(|l| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/roots/docs")
                .join(l)
                .join("articles/svc")
                .display()
                .to_string()
        })
        .collect()
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

/// Every finding's root joined with its path (and every related path) is a file.
fn assert_paths_open(report: &serde_json::Value) {
    for f in report["findings"].as_array().expect("findings") {
        let root = Path::new(f["root"].as_str().unwrap_or_default());
        let path = root.join(f["path"].as_str().expect("path"));
        assert!(path.is_file(), "{} does not open: {f}", path.display());
        for r in f["related"].as_array().into_iter().flatten() {
            if r["line"].as_u64() != Some(0) {
                let p = root.join(r["path"].as_str().expect("path"));
                assert!(p.is_file(), "related {} does not open", p.display());
            }
        }
    }
}

#[test]
fn locale_folders_given_one_by_one_are_one_tree() {
    let roots = locale_roots();
    let out = concord()
        .args(["check", "--format", "json", "--exit-zero"])
        .args(&roots)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("are locale folders of one tree").count(),
        1,
        "{stderr}"
    );
    let report = json_of(&out);
    assert_eq!(report["summary"]["articles"], 1, "{report}");
    assert_eq!(report["summary"]["files"], 3, "{report}");
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // The section fr-fr lacks is found across the roots; the includes beside the given
    // folders (under each locale's `includes/`) are neither outside the tree nor missing.
    assert!(codes.contains(&"CC101"), "{codes:?}");
    assert!(
        !codes.contains(&"CC106") && !codes.contains(&"CC107"),
        "{codes:?}"
    );
    let cc101 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "CC101")
        .unwrap();
    assert_eq!(cc101["path"], "fr-fr/articles/svc/keys.md");
    let shown = Path::new(cc101["root"].as_str().unwrap()).join("fr-fr/articles/svc/keys.md");
    assert!(shown.starts_with(&roots[2]), "{}", shown.display());
    assert_paths_open(&report);
    assert!(
        report["summary"]["notes"][0]
            .as_str()
            .is_some_and(|n| n.contains("locale folders of one tree")),
        "{report}"
    );

    // One folder alone is still a tree of its own, and says nothing about grouping.
    let out = concord()
        .args(["check", "--format", "json", "--exit-zero", &roots[0]])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("one tree"));
    assert_eq!(json_of(&out)["summary"]["articles"], 1);
}

#[test]
fn roots_in_different_trees_keep_their_own_paths() {
    // Two roots that are not locale folders of one tree: each finding under its own root.
    let out = concord()
        .args(["check", "--format", "json", "--exit-zero"])
        .args([
            fixture("CC101_section-missing/fires"),
            fixture("CC102_heading-count-mismatch/fires"),
        ])
        .output()
        .unwrap();
    let report = json_of(&out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("one tree"));
    assert!(report["findings"].as_array().unwrap().len() > 1);
    assert_paths_open(&report);
}

#[test]
fn realtree_locale_folders_given_one_by_one() {
    let tree = Path::new("../shared/realtree-dev");
    if !tree.is_dir() {
        eprintln!("skipped: {} is absent", tree.display());
        return;
    }
    let out = concord()
        .args(["check", "--format", "json", "--exit-zero"])
        .arg(tree.join("fr-fr/articles/iot-hub"))
        .arg(tree.join("es-es/articles/iot-hub"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let report = json_of(&out);
    // 210 files, two locales of 105 pages: 105 articles (each folder alone gave 204
    // one-locale articles and 332 CC106 errors for the includes beside the folders).
    assert_eq!(report["summary"]["files"], 210, "{}", report["summary"]);
    assert_eq!(report["summary"]["articles"], 105, "{}", report["summary"]);
    assert!(report["summary"]["by_code"].get("CC106").is_none());
    assert_paths_open(&report);
    let notes = report["summary"]["notes"].as_array().expect("notes");
    assert!(notes.iter().any(|n| n
        .as_str()
        .unwrap()
        .contains("source locale en-us not found")));
}

/// Copies a folder (files and subfolders) into `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn codes_of(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn concord_toml_is_found_upward_and_the_nearest_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/roots/docs"),
        &docs,
    );
    let roots: Vec<_> = ["de-de", "es-es", "fr-fr"]
        .iter()
        .map(|l| docs.join(l).join("articles/svc"))
        .collect();
    let run = || {
        concord()
            .args(["check", "-v", "--format", "json", "--exit-zero"])
            .args(&roots)
            .current_dir(tmp.path())
            .output()
            .unwrap()
    };
    // No configuration anywhere: the defaults, said with --verbose.
    let out = run();
    assert!(codes_of(&json_of(&out)).contains(&"CC101".to_string()));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no concord.toml found"));

    // Two levels above the roots.
    let top = tmp.path().join("concord.toml");
    std::fs::write(&top, "[checks]\ndisable = [\"CC101\"]\n").unwrap();
    let out = run();
    let codes = codes_of(&json_of(&out));
    assert!(!codes.contains(&"CC101".to_string()), "{codes:?}");
    assert!(codes.contains(&"CC102".to_string()), "{codes:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("configuration {}", top.display())),
        "{stderr}"
    );

    // A nearer one wins (it replaces the other, it is not merged with it).
    let near = docs.join("concord.toml");
    std::fs::write(&near, "[checks]\ndisable = [\"CC102\"]\n").unwrap();
    let out = run();
    let codes = codes_of(&json_of(&out));
    assert!(codes.contains(&"CC101".to_string()), "{codes:?}");
    assert!(!codes.contains(&"CC102".to_string()), "{codes:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("configuration {}", near.display())),
        "{stderr}"
    );
    // Still one tree: every root found the same file.
    assert!(stderr.contains("locale folders of one tree"), "{stderr}");
}

#[test]
fn concord_toml_in_the_working_directory_when_none_is_above_the_root() {
    let tree = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/roots/docs"),
        tree.path(),
    );
    let cwd = tempfile::tempdir().unwrap();
    let config = cwd.path().join("concord.toml");
    std::fs::write(&config, "[checks]\ndisable = [\"CC101\"]\n").unwrap();
    let out = concord()
        .args(["check", "-v", "--format", "json", "--exit-zero"])
        .arg(tree.path())
        .current_dir(cwd.path())
        .output()
        .unwrap();
    let codes = codes_of(&json_of(&out));
    assert!(!codes.contains(&"CC101".to_string()), "{codes:?}");
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains(&format!("configuration {}", config.display())));
}

#[test]
fn no_docs_found_is_an_error_and_so_is_a_missing_path() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let text = tmp.path().join("text");
    std::fs::create_dir_all(text.join("fr-fr")).unwrap();
    std::fs::write(text.join("fr-fr/a.txt"), "# Bonjour\n").unwrap();
    for (dir, sub) in [(&empty, "check"), (&text, "check"), (&text, "claims")] {
        let out = concord().arg(sub).arg(dir).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("no docs found under {}", dir.display()))
                && stderr.contains(".md, .markdown"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "{out:?}");
    }
    // The same folder with `.txt` named as docs is checked.
    std::fs::write(text.join("concord.toml"), "extensions = [\"txt\"]\n").unwrap();
    concord().arg("check").arg(&text).assert().code(0);
    // A root without docs beside one with docs: a note, and the run goes on.
    let out = concord()
        .arg("check")
        .arg(&empty)
        .arg(fixture("CC101_section-missing/near-miss"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains(&format!("note: no docs found under {}", empty.display())));
    // A path that does not exist: exit 2, said the same way by every command.
    for sub in ["check", "claims", "articles"] {
        concord()
            .args([sub, "/no/such/folder"])
            .assert()
            .code(2)
            .stderr("concord: error: /no/such/folder: no such file or folder\n");
    }
}

#[test]
fn a_missing_source_locale_is_said_once_per_run() {
    let mut roots = locale_roots();
    // A second tree of locale folders without en-us.
    let other = tempfile::tempdir().unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/roots/docs"),
        other.path(),
    );
    roots.push(other.path().display().to_string());
    let out = concord()
        .args(["check", "--format", "json", "--exit-zero"])
        .args(&roots)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("source locale en-us not found").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("translations are judged by consensus of the other locales"),
        "{stderr}"
    );
    let notes = json_of(&out)["summary"]["notes"].clone();
    let said: Vec<&str> = notes
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.contains("source locale en-us not found"))
        .collect();
    assert_eq!(said.len(), 1, "{notes}");
    assert!(
        said[0].contains("tests/roots/docs") && said[0].contains(&roots[3]),
        "{notes}"
    );
    // A tree with the source locale says nothing of the kind.
    let out = concord()
        .args(["check", &fixture("CC101_section-missing/fires")])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("source locale"));
}

/// `.pre-commit-hooks.yaml` works as users try it: `pre-commit try-repo REPO concord
/// --all-files` in a small docs repository passes on a clean tree and fails on a
/// defect (tests/pre-commit/try-repo.sh). Skipped, with a message, when pre-commit is
/// not installed (`pip install --user pre-commit`); the hook's build takes minutes.
#[test]
fn pre_commit_try_repo() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("bash")
        .arg(root.join("tests/pre-commit/try-repo.sh"))
        .arg(root)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.code() == Some(77) {
        eprintln!("skipped: {text}");
        return;
    }
    assert!(out.status.success(), "{text}");
    assert!(text.contains("clean tree: passed"), "{text}");
    assert!(text.contains("defect: failed with CC101"), "{text}");
}

#[test]
fn an_include_is_read_as_part_of_the_pages_that_include_it() {
    // A small include that states RSA 2048 and soft delete without naming customer-managed
    // keys: read as part of a page about them, it makes those claims; as part of a page
    // about access keys only, it makes none.
    let tmp = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let p = tmp.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    let include = "Only RSA keys of size 2048 are supported.\n\nThe key vault must have soft delete and purge protection enabled.\n";
    write("en-us/includes/cmk-keys.md", include);
    write("en-us/includes/other-keys.md", include);
    write(
        "en-us/articles/cmk.md",
        "# Encryption with customer-managed keys\n\nYou can encrypt your data with customer-managed keys.\n\n[!INCLUDE [keys](../includes/cmk-keys.md)]\n",
    );
    write(
        "en-us/articles/access.md",
        "# Access keys\n\nRotate the storage account access keys regularly.\n\n[!INCLUDE [keys](../includes/other-keys.md)]\n",
    );
    let out = concord()
        .args(["claims", "--format", "json"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let json = json_of(&out);
    let ids = |path: &str| -> Vec<String> {
        json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["path"] == path)
            .flat_map(|d| d["claims"].as_array().unwrap().iter())
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids("en-us/includes/cmk-keys.md"),
        ["rsa-2048", "soft-delete-purge-protection"]
    );
    assert_eq!(ids("en-us/includes/other-keys.md"), Vec::<String>::new());
}
