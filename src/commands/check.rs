//! `concord check`: run the pipeline, filter, render, gate.

use super::{append, refuse_inside, render, visit, write_atomic, Exit};
use crate::cli::{CheckArgs, Format};
use anyhow::{bail, Context, Result};
use concord::baseline::Baseline;
use concord::report::store::{self, FindingStore};
use concord::report::{github, html, rooted, ArticleSummary, CheckReport, Filter};
use concord::Options;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

pub fn check(args: &CheckArgs) -> Result<Exit> {
    for file in [&args.html, &args.summary].into_iter().flatten() {
        refuse_inside(file, &args.paths.paths, args.allow_inside)?;
    }
    let changed = match &args.changed_since {
        Some(rev) => Some(changed_since(&args.paths.paths, rev)?),
        None => None,
    };
    let changed_canonical = changed.clone();
    let options = Options {
        config: args.paths.config.clone(),
        changed,
        shard: args.paths.shard,
        panic_in: super::test_panic_in(),
    };
    let filter = args.output.filter()?;
    let plain_json = args.output.format == Format::Json
        && args.html.is_none()
        && args.summary.is_none()
        && args.baseline.is_none()
        && args.write_baseline.is_none();
    if plain_json {
        return check_json_streaming(args, options, &filter);
    }
    // The HTML page keeps a bounded excerpt of each article with a warning or an error,
    // taken while the article is in memory; nothing else of the text outlives it.
    let want_text = args.html.is_some();
    let visited = visit(&args.paths, options, |outcome, root| {
        let listed = outcome
            .findings
            .iter()
            .any(|f| f.severity > concord::finding::Severity::Info);
        (
            ArticleSummary::findings_only(outcome, root),
            (want_text && listed).then(|| html::ArticleText::of(outcome, root)),
        )
    })?;
    let (articles, texts): (Vec<ArticleSummary>, Vec<Option<html::ArticleText>>) =
        visited.kept.into_iter().unzip();
    let mut report = CheckReport::new(articles, visited.walk, visited.files);
    report.summary.notes = visited.notes;
    report.retain(&filter);
    if let Some(path) = &args.write_baseline {
        Baseline::of(&report.findings).write(path)?;
        eprintln!(
            "concord: wrote {} finding(s) to the baseline {}",
            report.findings.len(),
            path.display()
        );
        return Ok(Exit::Clean);
    }
    let mut baselined = None;
    if let Some(path) = &args.baseline {
        let baseline = Baseline::load(path)?;
        let (new, old) = baseline.split(std::mem::take(&mut report.findings));
        let fingerprints: BTreeSet<String> =
            old.iter().map(concord::baseline::fingerprint).collect();
        baselined = Some((old.clone(), fingerprints));
        report.summary = concord::report::Summary {
            notes: std::mem::take(&mut report.summary.notes),
            ..concord::report::Summary::of(&new, report.summary.files, report.summary.articles)
        };
        report.findings = new;
        if !old.is_empty() {
            eprintln!(
                "concord: {} finding(s) are in the baseline {} and not shown",
                old.len(),
                path.display()
            );
        }
    }
    if let Some(path) = &args.html {
        let roots: Vec<String> = args
            .paths
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let page = html::Html {
            texts: texts.into_iter().flatten().collect(),
            title: format!("concord report: {}", roots.join(", ")),
        };
        write_atomic(path, &page, &report)?;
    }
    if let Some(path) = &args.summary {
        append(path, &github::Summary::default(), &report)?;
    }
    let changed_files = match &changed_canonical {
        Some(set) => report
            .findings
            .iter()
            .map(|f| concord::report::terminal::join(&f.root, &f.path))
            .filter(|p| std::fs::canonicalize(p).is_ok_and(|c| set.contains(&c)))
            .collect(),
        None => BTreeSet::new(),
    };
    render(&args.output, &report, baselined.as_ref(), changed_files)
}

/// Findings a JSON check keeps in memory before it spills sorted runs to temporary files.
const SPILL_BUDGET: usize = 8 << 20;

/// `check --format json` without a global list of findings: each article's findings go
/// to a spilling store as soon as the article is done, and the sorted report is streamed.
fn check_json_streaming(args: &CheckArgs, options: Options, filter: &Filter) -> Result<Exit> {
    let store = std::sync::Mutex::new(FindingStore::new(SPILL_BUDGET));
    let push = |findings: Vec<concord::finding::Finding>| -> std::io::Result<()> {
        let mut store = store.lock().unwrap_or_else(|e| e.into_inner());
        findings
            .into_iter()
            .filter(|f| filter.keeps(f))
            .try_for_each(|f| store.push(f))
    };
    let visited = visit(&args.paths, options, |outcome, root| {
        push(rooted(outcome.findings, root))
    })?;
    let pushed = visited.kept;
    for result in &pushed {
        if let Err(e) = result {
            bail!("cannot spill findings to a temporary file: {e}");
        }
    }
    push(visited.walk).context("cannot spill findings to a temporary file")?;
    let store = store.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut summary = store.summary().clone();
    summary.files = visited.files;
    summary.notes = visited.notes;
    summary.articles = pushed.len();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    store::render_json(store.into_sorted(), &summary, &mut out)?;
    out.flush()?;
    Ok(args
        .output
        .exit(&summary, summary.fails(args.output.fail_on.severity())))
}

/// The files changed since `rev` under each root (`git diff --name-only` plus untracked
/// files), as canonical paths. Every git command runs at once: each stats the whole
/// work tree, which is most of the time of a one-file check in a large tree.
fn changed_since(roots: &[PathBuf], rev: &str) -> Result<BTreeSet<PathBuf>> {
    let mut running = Vec::new();
    for root in roots {
        let dir = if root.is_dir() {
            root.clone()
        } else {
            root.parent().map(PathBuf::from).unwrap_or_default()
        };
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        for args in [
            vec!["diff", "--name-only", "--relative", rev, "--"],
            vec!["ls-files", "--others", "--exclude-standard"],
        ] {
            let child = Command::new("git")
                .arg("-C")
                .arg(&dir)
                .args(&args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .with_context(|| format!("cannot run git in {}", dir.display()))?;
            running.push((dir.clone(), args, child));
        }
    }
    let mut out = BTreeSet::new();
    for (dir, args, child) in running {
        let output = child
            .wait_with_output()
            .with_context(|| format!("cannot run git in {}", dir.display()))?;
        if !output.status.success() {
            bail!(
                "git {} failed in {}: {}",
                args.join(" "),
                dir.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        for line in String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter(|l| !l.is_empty())
        {
            if let Ok(p) = dir.join(line).canonicalize() {
                out.insert(p);
            }
        }
    }
    Ok(out)
}
