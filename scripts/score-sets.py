#!/usr/bin/env python3
"""Score concord on labelled evaluation sets: claims, model contradictions, divergences.

    scripts/score-sets.py SET... [--concord target/release/concord] [--show]

Each SET is a directory laid out like ../shared/realdocs-dev: `<locale>/<path>` pages and
`labels.tsv` (header `path claim polarity value`, claims.md). Where a writer froze the
labels before concord ever ran on the set, `labels.frozen.tsv` is read instead, so a
later edit of labels.tsv cannot move a figure. For every set it prints one line:

    SET P p R r Pv p Rv r cc2xx N (unlabelled U, labelled-missed M) placed H/E match M/D
        (warnings MW/W) on-source S

- P, R: precision and recall on claim ids with polarity (`score-claims.py`, ids);
  Pv, Rv: the same with values.
- cc2xx: model-contradiction findings of `concord check`; unlabelled: those whose
  claim (id, and the polarity the message quotes) the page's labels do not hold;
  labelled-missed: labels the model forbids (`encrypt-on-read`, `decrypt-on-write`, a
  canonical claim negated) that no model-contradiction finding reports on that page.
- placed, match, warnings, on-source: `score-divergence.py` (claims a translation lacks
  against its en-us reported on that translation; divergence findings matching a label
  difference, and the same for the warnings alone, the infos being hints; findings on the
  source, which must be 0).

--show prints, per set, every false positive (with its line and sentence), every false
negative, the unlabelled and the missed model contradictions. Standard library only
(Python 3.11); exit code 0 always. The shared scorer is read from ../shared/scripts
(or /work/shared/scripts).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FORBIDDEN = {"encrypt-on-read", "decrypt-on-write"}
CANONICAL = {
    "encrypts-at-rest", "encrypts-in-transit", "default-platform-keys", "supports-cmk",
    "cmk-in-key-vault", "cmk-is-kek", "encrypt-on-write", "decrypt-on-read", "key-operations",
    "aes-256", "fips-140-2", "revocation-blocks-access", "transparent-encryption",
}


def shared_scripts() -> str:
    for candidate in (os.path.join(HERE, "..", "..", "shared", "scripts"), "/work/shared/scripts"):
        if os.path.isfile(os.path.join(candidate, "score-claims.py")):
            return candidate
    sys.exit("score-sets: ../shared/scripts/score-claims.py not found")


def labels_file(tree: str) -> str:
    frozen = os.path.join(tree, "labels.frozen.tsv")
    return frozen if os.path.isfile(frozen) else os.path.join(tree, "labels.tsv")


def load_labels(path: str) -> dict[str, set[tuple[str, str]]]:
    """{page: {(claim id, polarity)}}, every labelled page present (maybe empty)."""
    labels: dict[str, set[tuple[str, str]]] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            page, claim = row["path"].strip(), (row.get("claim") or "").strip()
            labels.setdefault(page, set())
            if claim in ("", "-"):
                continue
            labels[page].add((claim, (row.get("polarity") or "").strip() or "asserted"))
    return labels


def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def score(tree: str, concord: str, scripts: str, show: bool) -> None:
    name = os.path.basename(os.path.normpath(tree))
    tmp = f"/tmp/score-sets-{os.getpid()}-{name}"
    os.makedirs(tmp, exist_ok=True)
    labels_path = labels_file(tree)
    claims_json = run([concord, "claims", "--format", "json", tree])
    with open(f"{tmp}/claims.json", "w", encoding="utf-8") as f:
        f.write(claims_json)
    scored = run([sys.executable, f"{scripts}/score-claims.py", labels_path, f"{tmp}/claims.json"])
    last = (scored.strip().splitlines() or [""])[-1].split()
    # `precision P recall R f1 F (ids) | precision P recall R (with values)`
    figures = [last[i] for i in (1, 3, 9, 11)] if len(last) >= 12 else ["?"] * 4

    labels = load_labels(labels_path)
    documents = json.loads(claims_json or '{"documents": []}')["documents"]
    got: dict[str, dict[tuple[str, str], tuple[int, str]]] = {}
    for doc in documents:
        for claim in doc["claims"]:
            got.setdefault(doc["path"], {}).setdefault(
                (claim["id"], claim["polarity"]), (claim["line"], claim["text"]))

    findings = json.loads(run([concord, "check", "--format", "json", tree]) or '{"findings": []}')
    contradictions = [f for f in findings["findings"] if f.get("kind") == "model-contradiction"]
    flagged = {(f["path"], f.get("claim")) for f in contradictions}
    def stated(f: dict) -> tuple[str, str]:
        """The claim a finding reports, with the polarity its message quotes
        ("states `default-platform-keys (negated)`")."""
        quoted = re.search(r"states `([^`]*)`", f.get("message", ""))
        negated = bool(quoted) and "(negated)" in quoted.group(1)
        return f.get("claim") or "", "negated" if negated else "asserted"
    unlabelled = [f for f in contradictions if stated(f) not in labels.get(f["path"], set())]
    missed = sorted((page, claim, polarity) for page, held in labels.items()
                    for claim, polarity in held
                    if (claim in FORBIDDEN or (polarity == "negated" and claim in CANONICAL))
                    and (page, claim) not in flagged)

    divergence = run([sys.executable, f"{HERE}/score-divergence.py", tree, "--concord", concord])
    words = divergence.replace(",", " ").replace(";", " ").split()
    def after(word: str) -> str:
        return words[words.index(word) + 1] if word in words else "?"
    expected, placed = after("expected"), after("translation")
    found, matching, source = after("findings"), after("difference"), after("source")
    warned, warned_matching = after("warnings"), after("warnings-matching")

    print(f"{name:12} P {figures[0]} R {figures[1]} Pv {figures[2]} Rv {figures[3]} "
          f"cc2xx {len(contradictions)} (unlabelled {len(unlabelled)}, labelled-missed "
          f"{len(missed)}) placed {placed}/{expected} match {matching}/{found} "
          f"(warnings {warned_matching}/{warned}) on-source {source}")
    if not show:
        return
    for page in sorted(labels):
        held, extracted = labels.get(page, set()), got.get(page, {})
        for key in sorted(set(extracted) - held):
            line, text = extracted[key]
            print(f"  FP {page}:{line} {key[0]} {key[1]}: {text[:160]}")
        for key in sorted(held - set(extracted)):
            print(f"  FN {page} {key[0]} {key[1]}")
    for f in unlabelled:
        print(f"  CC unlabelled {f['code']} {f['path']}:{f['line']} {f.get('claim')}: "
              f"{f['message'][:120]}")
    for page, claim, polarity in missed:
        print(f"  CC missed {page} {claim} {polarity}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--concord",
                        default=os.path.join(HERE, "..", "target", "release", "concord"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    scripts = shared_scripts()
    for tree in args.sets:
        score(tree, os.path.abspath(args.concord), scripts, args.show)


if __name__ == "__main__":
    main()
