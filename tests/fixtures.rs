//! Every check has a fixture folder `tests/fixtures/<CODE>_<name>/` with a `fires/` tree
//! that must produce at least one finding of that code and a `near-miss/` tree that must
//! produce none. The findings of `fires/` are snapshotted as the terminal renders them.

use concord::checks;
use concord::report::{terminal::Terminal, ArticleSummary, CheckReport, Report};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn run(root: &Path) -> CheckReport {
    run_with(root, &concord::Options::default())
}

fn run_with(root: &Path, options: &concord::Options) -> CheckReport {
    let out = concord::run(&[root.to_path_buf()], options, |o| {
        ArticleSummary::of(o, "")
    })
    .expect("run");
    CheckReport::new(
        out.articles,
        out.walk_findings.into_iter().map(|(_, f)| f).collect(),
        out.files,
    )
}

/// What `fires/` runs with: CC007 needs a panic, which only the test hook can force.
fn fires_options(code: &str) -> concord::Options {
    concord::Options {
        panic_in: (code == "CC007").then(|| "broken".to_string()),
        ..concord::Options::default()
    }
}

fn render(report: &CheckReport, code: &str) -> String {
    let mut report = report.clone();
    report.findings.retain(|f| f.code == code);
    report.summary = concord::report::Summary::of(
        &report.findings,
        report.summary.files,
        report.summary.articles,
    );
    let mut buf = Vec::new();
    Terminal::everything(false)
        .render(&report, &mut buf)
        .unwrap();
    String::from_utf8(buf).unwrap()
}

fn folder(code: &str) -> PathBuf {
    let name = checks::find(code).unwrap().meta().name;
    fixtures().join(format!("{code}_{name}"))
}

#[test]
fn every_check_has_a_fixture_folder() {
    for check in checks::registry() {
        let m = check.meta();
        let dir = fixtures().join(format!("{}_{}", m.code, m.name));
        assert!(
            dir.join("fires").is_dir(),
            "missing {}",
            dir.join("fires").display()
        );
        assert!(
            dir.join("near-miss").is_dir(),
            "missing {}",
            dir.join("near-miss").display()
        );
    }
}

/// Runs the fixture of every check except those that need a prepared tree. Every check
/// is tried, and all failures are listed together.
#[test]
fn fixtures_fire_and_near_misses_stay_quiet() {
    let mut failures = Vec::new();
    for check in checks::registry() {
        let code = check.meta().code;
        if code == "CC001" {
            continue;
        }
        let result = std::panic::catch_unwind(|| fixture_case(code));
        if let Err(e) = result {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
            failures.push(format!("{code}: {}", msg.unwrap_or_default()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn fixture_case(code: &str) {
    let dir = folder(code);
    let fires = run_with(&dir.join("fires"), &fires_options(code));
    assert!(
        fires.findings.iter().any(|f| f.code == code),
        "fires/ produced no {code} finding:\n{}",
        render(&fires, code)
    );
    let quiet = run(&dir.join("near-miss"));
    let noise: Vec<_> = quiet.findings.iter().filter(|f| f.code == code).collect();
    assert!(noise.is_empty(), "near-miss/ produced {noise:#?}");
    insta::assert_snapshot!(format!("{code}_fires"), render(&fires, code));
}

#[test]
fn cc001_symlink_loop_is_reported_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    copy(&folder("CC001").join("fires"), tmp.path());
    std::fs::write(tmp.path().join("concord.toml"), "follow-symlinks = true\n").unwrap();
    std::os::unix::fs::symlink(tmp.path(), tmp.path().join("loop")).unwrap();
    let report = run(tmp.path());
    let cc001: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "CC001")
        .collect();
    assert_eq!(cc001.len(), 1, "{:#?}", report.findings);
    assert_eq!(cc001[0].path, "loop");
    assert!(cc001[0].message.contains("loop"), "{}", cc001[0].message);
    assert_eq!(
        report.summary.files, 1,
        "the readable file is still checked"
    );
    let quiet = run(&folder("CC001").join("near-miss"));
    assert!(quiet.findings.iter().all(|f| f.code != "CC001"));
}

#[test]
fn cc007_a_panic_in_one_article_is_one_finding_and_the_others_are_intact() {
    let fires = folder("CC007").join("fires");
    let broken = run_with(&fires, &fires_options("CC007"));
    let clean = run(&fires);
    let of = |r: &CheckReport, article: &str| -> Vec<concord::finding::Finding> {
        r.findings
            .iter()
            .filter(|f| f.article == article)
            .cloned()
            .collect()
    };
    let cc007 = of(&broken, "articles/broken.md");
    assert_eq!(cc007.len(), 1, "{cc007:#?}");
    assert_eq!(cc007[0].code, "CC007");
    assert!(
        cc007[0]
            .message
            .contains("en-us/articles/broken.md, fr-fr/articles/broken.md")
            && cc007[0].message.contains("forced by the test hook"),
        "{}",
        cc007[0].message
    );
    let other = of(&clean, "articles/other.md");
    assert!(other.iter().any(|f| f.code == "CC101"), "{other:#?}");
    assert_eq!(of(&broken, "articles/other.md"), other);
    assert_eq!(broken.summary.files, 4);
    assert_eq!(broken.summary.by_code.get("CC007"), Some(&1));
}

fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Translations of an older source revision than the compared ones (`revision-drift`) are
/// compared with each other: `tests/revisions/older/fires` has three made from revision
/// `aaa111`, one of which lost a link the other two kept; `near-miss` has two, which
/// cannot tell which of them is right.
#[test]
fn translations_of_an_older_revision_are_compared_with_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/revisions/older");
    let peer = |f: &&concord::finding::Finding| f.code.starts_with("CC1");
    let fires = run(&root.join("fires"));
    let found: Vec<(&str, &str, u32)> = fires
        .findings
        .iter()
        .filter(peer)
        .map(|f| (f.code.as_str(), f.path.as_str(), f.line))
        .collect();
    assert_eq!(
        found,
        [("CC103", "es-es/articles/a.md", 14)],
        "{:#?}",
        fires.findings
    );
    assert!(fires
        .findings
        .iter()
        .any(|f| f.code == "CC401" && f.path.starts_with("es-es/")));
    let near = run(&root.join("near-miss"));
    assert!(
        !near.findings.iter().any(|f| peer(&f)),
        "{:#?}",
        near.findings
    );
}

/// A translation that states the inverted direction where its source states the model's
/// (`CC201`'s fires tree: fr-fr "chiffrées quand vous les lisez") also lacks the source's
/// claims, and CC301 says so on it, naming what it states in their place. Without the
/// source (the same tree without en-us) the locales are only compared by consensus, and
/// CC201 alone reports the inversion.
#[test]
fn a_translation_that_inverts_its_source_lacks_the_source_claims() {
    let cc301 = |report: &CheckReport| -> Vec<(String, String, u32)> {
        report
            .findings
            .iter()
            .filter(|f| f.code == "CC301")
            .map(|f| (f.path.clone(), f.claim.clone().unwrap_or_default(), f.line))
            .collect()
    };
    let fires = run(&folder("CC201").join("fires"));
    let found = cc301(&fires);
    let page = "fr-fr/articles/iot-hub/hub-keys.md".to_string();
    assert_eq!(
        found,
        [
            (page.clone(), "decrypt-on-read".to_string(), 11),
            (page.clone(), "encrypt-on-write".to_string(), 11),
            // data encrypted when written is encrypted at rest, which the inverted
            // sentence no longer says either
            (page, "encrypts-at-rest".to_string(), 11)
        ],
        "{:#?}",
        fires.findings
    );
    // the inverted claims name what the translation states in their place
    assert!(fires
        .findings
        .iter()
        .filter(|f| f.code == "CC301" && f.claim.as_deref() != Some("encrypts-at-rest"))
        .all(|f| f.message.contains("in its place")));

    let tmp = tempfile::tempdir().unwrap();
    copy(&folder("CC201").join("fires"), tmp.path());
    std::fs::remove_dir_all(tmp.path().join("en-us")).unwrap();
    let without_source = run(tmp.path());
    assert!(
        cc301(&without_source).is_empty(),
        "{:#?}",
        without_source.findings
    );
    assert_eq!(
        without_source
            .findings
            .iter()
            .filter(|f| f.code == "CC201")
            .count(),
        2
    );
}
