//! Output formats: a snapshot of every format on one small fixture, SARIF against the
//! schema, HTML escaping, the committed example report, and the CLI's output files.

use assert_cmd::Command;
use concord::finding::Severity;
use concord::report::{
    github, html, json, junit, sarif, terminal::Terminal, ArticleSummary, CheckReport, Report,
};
use std::path::{Path, PathBuf};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixed small fixture every format is snapshotted on.
fn fixture() -> PathBuf {
    manifest().join("tests/fixtures/CC101_section-missing/fires")
}

/// Runs the library on `root`, shown as `label` in the output.
fn run(root: &Path, label: &str) -> (CheckReport, Vec<html::ArticleText>) {
    let out = concord::run(&[root.to_path_buf()], &concord::Options::default(), |o| {
        (
            ArticleSummary::of(o, label),
            html::ArticleText::of(o, label),
        )
    })
    .expect("run");
    let (articles, texts): (Vec<_>, Vec<_>) = out.articles.into_iter().unzip();
    (
        CheckReport::new(
            articles,
            out.walk_findings.into_iter().map(|(_, f)| f).collect(),
            out.files,
        ),
        texts,
    )
}

fn render(format: &dyn Report, report: &CheckReport) -> String {
    let mut buf = Vec::new();
    format.render(report, &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

#[test]
fn every_format_snapshot() {
    let (report, texts) = run(&fixture(), "fixture");
    assert!(
        !report.findings.is_empty(),
        "the fixture must produce findings"
    );
    insta::assert_snapshot!("terminal", render(&Terminal::everything(false), &report));
    insta::assert_snapshot!("json", render(&json::Json, &report));
    insta::assert_snapshot!("sarif", render(&sarif::Sarif::default(), &report));
    insta::assert_snapshot!("github", render(&github::Github::default(), &report));
    insta::assert_snapshot!(
        "github_summary",
        render(&github::Summary::default(), &report)
    );
    insta::assert_snapshot!(
        "junit",
        render(
            &junit::Junit {
                gate: Severity::Warning
            },
            &report
        )
    );
    insta::assert_snapshot!(
        "html",
        render(
            &html::Html {
                texts,
                title: "concord report: fixture".into()
            },
            &report
        )
    );
}

fn sarif_errors(sarif: &str) -> Vec<String> {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(manifest().join("tests/sarif/sarif-2.1.0-subset.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let instance: serde_json::Value = serde_json::from_str(sarif).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn sarif_validates_against_the_schema() {
    for root in [
        fixture(),
        manifest().join("corpus"),
        manifest().join("tests/reports/injection"),
    ] {
        let (report, _) = run(&root, "docs");
        let out = render(&sarif::Sarif::default(), &report);
        assert_eq!(
            sarif_errors(&out),
            Vec::<String>::new(),
            "{}",
            root.display()
        );
        let with_baseline = sarif::Sarif {
            baseline: Some(
                report
                    .findings
                    .iter()
                    .take(1)
                    .map(sarif::fingerprint)
                    .collect(),
            ),
            ..sarif::Sarif::default()
        };
        let out = render(&with_baseline, &report);
        assert_eq!(sarif_errors(&out), Vec::<String>::new());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for r in v["runs"][0]["results"].as_array().unwrap() {
            assert!(r["baselineState"].is_string(), "{r}");
        }
    }
    // The schema does reject what it should.
    assert!(!sarif_errors(r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"level":"fatal","message":{"text":"m"}}]}]}"#).is_empty());
    assert!(!sarif_errors(r#"{"version":"2.0.0","runs":[]}"#).is_empty());
}

#[test]
fn sarif_rules_carry_the_check_docs_and_results_their_related_locations() {
    let (report, _) = run(&fixture(), "fixture");
    let v: serde_json::Value =
        serde_json::from_str(&render(&sarif::Sarif::default(), &report)).unwrap();
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), concord::checks::registry().len());
    for (rule, check) in rules.iter().zip(concord::checks::registry()) {
        assert_eq!(rule["id"], check.meta().code);
        assert!(rule["help"]["text"].as_str().unwrap().len() > 40, "{rule}");
    }
    let cc101 = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "CC101")
        .unwrap();
    assert_eq!(cc101["relatedLocations"].as_array().unwrap().len(), 2);
    assert!(cc101["partialFingerprints"]
        .as_object()
        .unwrap()
        .values()
        .all(|f| f.as_str().unwrap().len() == 16));
}

/// The JSON blocks a report page embeds: the overview's `data`, then each article's
/// details (`d0`, `d1`, ...), parsed.
fn page_json(page: &str) -> (serde_json::Value, Vec<serde_json::Value>) {
    let mut data = serde_json::Value::Null;
    let mut details = Vec::new();
    for chunk in page
        .split("<script type=\"application/json\" id=\"")
        .skip(1)
    {
        let (id, rest) = chunk.split_once("\">").unwrap();
        let (json, _) = rest.split_once("</script>").unwrap();
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        if id == "data" {
            data = value;
        } else {
            details.push(value);
        }
    }
    (data, details)
}

#[test]
fn html_escapes_document_text() {
    let (report, texts) = run(&manifest().join("tests/reports/injection"), "injection");
    let page = render(
        &html::Html {
            texts,
            title: "injection <script>".into(),
        },
        &report,
    );
    assert!(
        !page.contains("<script>alert(1)"),
        "raw <script> from a document reached the page"
    );
    assert!(
        !page.contains("<img"),
        "raw <img> from a document reached the page"
    );
    let title = page
        .split_once("<title>")
        .unwrap()
        .1
        .split_once("</title>")
        .unwrap()
        .0;
    assert!(
        title.starts_with("injection &") && !title.contains('<'),
        "the title is escaped: {title}"
    );
    assert_eq!(
        page.matches("<script>").count(),
        1,
        "only the report's own script runs"
    );
    assert_eq!(
        page.matches("<script").count(),
        page.matches("</script>").count(),
        "no document text opens or closes a script element"
    );
    // The document text is in the embedded JSON, escaped, and reads back as written.
    let (data, details) = page_json(&page);
    assert!(!data["arts"].as_array().unwrap().is_empty());
    assert!(!details.is_empty(), "the article with findings has details");
    assert!(page.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"));
    assert!(details
        .iter()
        .any(|d| d.to_string().contains("<script>alert(1)</script>")));
    assert!(
        !page.contains("http://") && !page.contains("https://") || !page.contains("src=\"http"),
        "no external resources"
    );
}

/// Only a bounded excerpt of a long article goes into the page, whatever its size:
/// the sections a finding points at, cut per block, section and article.
#[test]
fn html_keeps_a_bounded_excerpt_of_big_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let filler = "Long paragraph text, 日本語も含む, with </script> inside. ".repeat(40);
    for (locale, number) in [("en-us", "256"), ("fr-fr", "255")] {
        let mut body = String::from("# Big\n\n");
        for k in 0..30 {
            body.push_str(&format!(
                "## Part {k}\n\nKeys of {number} bits are used here.\n\n"
            ));
            for _ in 0..20 {
                body.push_str(&filler);
                body.push_str("\n\n");
            }
        }
        let dir = tmp.path().join(locale).join("articles");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("big.md"), format!("---\ntitle: Big\n---\n{body}")).unwrap();
    }
    let (report, texts) = run(tmp.path(), "docs");
    assert!(
        report
            .findings
            .iter()
            .filter(|f| f.severity > Severity::Info)
            .count()
            >= 30,
        "a finding per section: {:?}",
        report.summary
    );
    let source: usize = std::fs::metadata(tmp.path().join("en-us/articles/big.md"))
        .unwrap()
        .len() as usize;
    let page = render(
        &html::Html {
            texts,
            title: "big".into(),
        },
        &report,
    );
    let (_, details) = page_json(&page);
    assert_eq!(details.len(), 1);
    let size = details[0].to_string().len();
    assert!(
        size < 80_000 && size * 10 < source,
        "details of {size} bytes for a {source}-byte article"
    );
    assert!(
        details[0]["more"].as_u64().unwrap() > 0,
        "sections left out are counted"
    );
    assert!(!page.contains("with </script> inside"));
}

#[test]
fn html_is_self_contained() {
    let (report, texts) = run(&manifest().join("corpus"), "corpus");
    let page = render(
        &html::Html {
            texts,
            title: "corpus".into(),
        },
        &report,
    );
    for needle in [
        "<link",
        "src=\"http",
        "src='http",
        "@import",
        "url(http",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(
            !page.contains(needle),
            "the page must not load anything: found {needle}"
        );
    }
}

/// `reports/corpus.html` is the report of `corpus/` as the CLI writes it. Regenerate
/// with `UPDATE_REPORTS=1 cargo test --test reports`.
#[test]
fn committed_corpus_report_is_current() {
    let tmp = tempfile::tempdir().unwrap();
    let fresh = tmp.path().join("corpus.html");
    Command::cargo_bin("concord")
        .unwrap()
        .current_dir(manifest())
        .args(["check", "corpus", "--html"])
        .arg(&fresh)
        .assert()
        .code(predicates::ord::lt(2));
    let fresh = std::fs::read(&fresh).unwrap();
    let committed_path = manifest().join("reports/corpus.html");
    if std::env::var_os("UPDATE_REPORTS").is_some() {
        std::fs::write(&committed_path, &fresh).unwrap();
    }
    let committed = std::fs::read(&committed_path).unwrap_or_default();
    assert!(committed == fresh, "reports/corpus.html is stale: run `UPDATE_REPORTS=1 cargo test --test reports` and commit it");
}

#[test]
fn output_files_inside_a_checked_folder_are_refused_unless_allowed() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir_all(docs.join("en-us")).unwrap();
    std::fs::write(docs.join("en-us/a.md"), "# A\n\nText.\n").unwrap();
    for flag in ["--html", "--summary"] {
        let out = docs.join(format!("sub/report{flag}.out"));
        Command::cargo_bin("concord")
            .unwrap()
            .arg("check")
            .arg(&docs)
            .arg(flag)
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "refusing to write inside the checked folder",
            ));
        assert!(!out.exists());
        Command::cargo_bin("concord")
            .unwrap()
            .arg("check")
            .arg(&docs)
            .arg(flag)
            .arg(&out)
            .arg("--allow-inside")
            .assert()
            .code(0);
        assert!(out.exists());
    }
}

#[test]
fn cli_writes_the_summary_and_stays_quiet_on_stderr_when_piped() {
    let tmp = tempfile::tempdir().unwrap();
    let summary = tmp.path().join("nested/summary.md");
    let html_out = tmp.path().join("r.html");
    let assert = Command::cargo_bin("concord")
        .unwrap()
        .arg("check")
        .arg(fixture())
        .args(["--format", "github", "--summary"])
        .arg(&summary)
        .arg("--html")
        .arg(&html_out)
        .assert()
        .code(1)
        .stderr("");
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let first = stdout.lines().next().unwrap();
    assert!(
        first.starts_with("::warning file="),
        "most severe first: {stdout}"
    );
    assert!(stdout.lines().all(|l| l.starts_with("::")), "{stdout}");
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("## concord"), "{md}");
    assert!(std::fs::read_to_string(&html_out)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left: {leftovers:?}");
}

#[test]
fn junit_is_well_formed_enough() {
    let (report, _) = run(&manifest().join("tests/reports/injection"), "x");
    let xml = render(
        &junit::Junit {
            gate: Severity::Warning,
        },
        &report,
    );
    assert!(!xml.contains("<script"), "{xml}");
    assert_eq!(
        xml.matches("<testsuite ").count(),
        xml.matches("</testsuite>").count()
    );
    assert_eq!(
        xml.matches("<testcase ").count(),
        concord::checks::registry().len() * report.articles.len()
    );
}

/// Claims are not extracted on every branch yet: this puts claims and a model
/// contradiction into a real run by hand and checks the page carries them to the place
/// it shows them (the browser test opens the page and checks the marks).
/// The page is also left in `CARGO_TARGET_TMPDIR/claims-demo.html` for the browser test.
#[test]
fn html_carries_claims_and_model_contradictions_to_the_page() {
    use concord::finding::{Finding, Kind, Related};
    let (report, mut texts) = run(&fixture(), "fixture");
    let art = &mut texts[0];
    // The first paragraph of every document in the sections the page keeps.
    let mut picks: Vec<(usize, html::Block)> = Vec::new();
    for section in &mut art.sections {
        for row in &mut section.rows {
            for (d, cell) in row.iter_mut().enumerate() {
                if let Some(b) = cell {
                    if b.shape == "paragraph" && !picks.iter().any(|(pd, _)| *pd == d) {
                        let id = if picks.is_empty() {
                            "encrypt-on-read"
                        } else {
                            "encrypt-on-write"
                        };
                        let end = b.text.encode_utf16().count() as i64;
                        b.claims.push((id.into(), "asserted", None, 0, end));
                        b.claims.push((
                            "pricing-tier".into(),
                            "negated",
                            Some("E0".into()),
                            0,
                            end,
                        ));
                        picks.push((d, b.clone()));
                    }
                }
            }
        }
    }
    assert!(
        picks.len() >= 2,
        "the fixture has paragraphs in two locales"
    );
    let (d0, b0) = &picks[0];
    let (d1, b1) = &picks[1];
    let contradiction = Finding {
        code: "CC201".into(),
        name: "inverted-encryption-direction".into(),
        kind: Kind::ModelContradiction,
        severity: Severity::Error,
        path: art.docs[*d0].path.clone(),
        line: b0.line,
        locale: concord::locale::Locale::parse(&art.docs[*d0].locale),
        article: art.key.clone(),
        message: "says data is encrypted on read".into(),
        claim: Some("encrypt-on-read".into()),
        help: Some("data is encrypted on write and decrypted on read".into()),
        related: vec![Related {
            path: art.docs[*d1].path.clone(),
            line: b1.line,
            locale: concord::locale::Locale::parse(&art.docs[*d1].locale),
            message: b1.text.clone(),
        }],
        subject: "encrypt-on-read".into(),
        root: "fixture".into(),
    };
    let mut articles = report.articles;
    articles[0].findings.push(contradiction);
    let report = CheckReport::new(articles, Vec::new(), report.summary.files);
    let page = render(
        &html::Html {
            texts,
            title: "claims demo".into(),
        },
        &report,
    );
    let (data, details) = page_json(&page);
    let art = &data["arts"][0];
    assert_eq!(art["d"], true, "the article has details");
    let codes = data["codes"].as_array().unwrap();
    let cc201 = art["f"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| codes[f[1].as_u64().unwrap() as usize][0] == "CC201")
        .expect("the contradiction is listed");
    assert_eq!(cc201[0], 2, "as an error");
    assert_eq!(
        codes[cc201[1].as_u64().unwrap() as usize][2],
        "model-contradiction"
    );
    assert_eq!(cc201[7], "encrypt-on-read");
    let text = details[0].to_string();
    assert!(
        text.contains(r#"["encrypt-on-read","asserted",null,"#)
            && text.contains(r#"["pricing-tier","negated","E0","#),
        "claims ride with their block: {text}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&render(&sarif::Sarif::default(), &report)).unwrap();
    let r = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "CC201")
        .unwrap();
    assert_eq!(r["properties"]["claim"], "encrypt-on-read");
    assert_eq!(r["level"], "error");
    assert_eq!(sarif_errors(&v.to_string()), Vec::<String>::new());
    std::fs::write(
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("claims-demo.html"),
        &page,
    )
    .unwrap();
}

/// A report of `n` findings per severity, some sharing a fingerprint, under `root`.
fn synthetic(n: usize, root: &str) -> CheckReport {
    use concord::finding::{Finding, Kind};
    let mut findings = Vec::new();
    for sev in [Severity::Error, Severity::Warning, Severity::Info] {
        for i in 0..n {
            findings.push(Finding {
                code: "CC113".into(),
                name: "number-mismatch".into(),
                kind: Kind::Structure,
                severity: sev,
                path: format!("fr-fr/a{}.md", i % 4),
                line: i as u32 + 1,
                locale: None,
                article: format!("a{}", i % 4),
                message: "number 5 is 6 here".into(),
                claim: None,
                help: None,
                related: Vec::new(),
                subject: "5".into(),
                root: root.into(),
            });
        }
    }
    findings.sort_by(concord::report::order);
    let summary = concord::report::Summary::of(&findings, 4, 4);
    CheckReport {
        findings,
        summary,
        articles: Vec::new(),
    }
}

#[test]
fn github_annotates_ten_per_level_and_groups_the_rest() {
    let report = synthetic(30, "docs");
    let mut changed = std::collections::BTreeSet::new();
    changed.insert("docs/fr-fr/a3.md".to_string());
    let out = render(
        &github::Github {
            changed,
            ..github::Github::default()
        },
        &report,
    );
    let count = |p: &str| out.lines().filter(|l| l.starts_with(p)).count();
    assert_eq!(
        (count("::error "), count("::warning "), count("::notice ")),
        (10, 10, 10)
    );
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=docs/fr-fr/a3.md,"),
        "changed files first: {first}"
    );
    assert_eq!(count("::group::"), 1);
    assert_eq!(count("::endgroup::"), 1);
    assert!(out.contains("30 of 90 finding(s) annotated"), "{out}");
    // every finding is either annotated or listed in the group
    assert_eq!(out.lines().filter(|l| l.contains("CC113")).count(), 90);
}

#[test]
fn summary_appends_to_the_step_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let summary = tmp.path().join("step-summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    for _ in 0..2 {
        Command::cargo_bin("concord")
            .unwrap()
            .arg("check")
            .arg(fixture())
            .arg("--summary")
            .arg(&summary)
            .assert()
            .code(1);
    }
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n## concord"), "{md}");
    assert_eq!(md.matches("## concord").count(), 2);
}

#[test]
fn sarif_keeps_the_most_severe_results_with_unique_fingerprints_and_clean_uris() {
    let report = synthetic(30, "dev/../dev/./docs");
    let sarif: serde_json::Value = serde_json::from_str(&render(
        &sarif::Sarif {
            max_results: 40,
            ..sarif::Sarif::default()
        },
        &report,
    ))
    .unwrap();
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 40);
    let levels: Vec<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels.iter().filter(|l| **l == "error").count(), 30);
    assert_eq!(levels.iter().filter(|l| **l == "warning").count(), 10);
    assert_eq!(run["properties"]["omittedResults"], 50);
    let fps: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| {
            r["partialFingerprints"]["concordFingerprint/v1"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(fps.len(), results.len(), "fingerprints are unique");
    for r in results {
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("dev/docs/fr-fr/"), "{uri}");
    }
    assert!(sarif_errors(&sarif.to_string()).is_empty());
    assert_eq!(sarif::normalize("../a/./b/../c"), "../a/c");
    assert_eq!(sarif::normalize("/x/../../y"), "/y");
}
