#!/usr/bin/env python3
"""Score where concord reports claim divergences, on a labelled tree with its source.

    scripts/score-divergence.py TREE [--concord target/release/concord] [--source en-us] [--show]

TREE is laid out like ../shared/realdocs-dev: `<locale>/<path>` pages and a `labels.tsv`
(header `path claim polarity value`, one row per claim a page states; claims.md). For
every article that has its source locale, each claim id (with polarity) that the source's
labels hold and a translation's labels lack, or the reverse, and each value that differs,
is an expected divergence, and it belongs on the translation. A claim the model forbids
(`encrypt-on-read`, `decrypt-on-write`, or a canonical claim negated) in the source is the
source's own contradiction, not something to copy, so its absence is not expected.

Reported: a divergence finding (kind `locale-divergence`) or a model contradiction (kind
`model-contradiction`, which reports a translation's forbidden claim itself) on the
translation's file with the same claim id. Printed:

  expected E, reported on the translation H (H/E); divergence findings D, matching a label
  difference M, on the source S

H/E is the issue's "claims a translation lacks against its source, reported on that
translation"; M/D is the precision of the divergence findings against the labels; S must
be 0. The same is counted for the warnings alone (distinct path and claim; the infos are
hints, a place where a lexicon may not read what the words say): `warnings W,
warnings-matching MW`. --show lists the missed, the unmatched and the ones on the source. Articles come
from `concord claims --format json` (its `article` key), so the script needs no knowledge
of the tree's layout. Standard library only (Python 3.11). Exit code 0 always.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import subprocess
import sys

FORBIDDEN = {"encrypt-on-read", "decrypt-on-write"}


def load_labels(tree: str) -> dict[str, set[tuple[str, str, str]]]:
    """{path: {(claim id, polarity, value)}}, every labelled path present (maybe empty)."""
    labels: dict[str, set[tuple[str, str, str]]] = collections.defaultdict(set)
    with open(f"{tree}/labels.tsv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path, claim = row["path"].strip(), row["claim"].strip()
            labels[path]
            if claim in ("", "-"):
                continue
            polarity = (row.get("polarity") or "").strip() or "asserted"
            value = "".join((row.get("value") or "").lower().split())
            labels[path].add((claim, polarity, value))
    return labels


CANONICAL = {
    "encrypts-at-rest", "encrypts-in-transit", "default-platform-keys", "supports-cmk",
    "cmk-in-key-vault", "cmk-is-kek", "encrypt-on-write", "decrypt-on-read", "key-operations",
    "aes-256", "fips-140-2", "revocation-blocks-access", "transparent-encryption",
}


def contradicts_model(claim: str, polarity: str) -> bool:
    """A claim the model forbids whatever the service: not something to copy."""
    return claim in FORBIDDEN or (polarity == "negated" and claim in CANONICAL)


def expected_divergences(labels, article_of, source: str) -> set[tuple[str, str]]:
    """(translation path, claim id) for every label difference against the source: a
    claim the source states that the translation lacks (unless the model forbids it), one
    the translation states that the source lacks, and a value that differs."""
    groups: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for path in labels:
        if path in article_of:
            groups[article_of[path]][path.split("/")[0]] = path
    expected = set()
    for locales in groups.values():
        if source not in locales:
            continue
        src = labels[locales[source]]
        src_ids = {(c, p) for c, p, _ in src}
        src_values = {(c, v) for c, _, v in src if v}
        for locale, path in locales.items():
            if locale == source:
                continue
            own = labels[path]
            own_ids = {(c, p) for c, p, _ in own}
            expected |= {(path, c) for c, p in src_ids - own_ids if not contradicts_model(c, p)}
            expected |= {(path, c) for c, _ in own_ids - src_ids}
            own_values = {(c, v) for c, _, v in own if v}
            both = {c for c, _, _ in src} & {c for c, _, _ in own}
            expected |= {(path, c) for c, _ in src_values ^ own_values if c in both}
    return expected


def run(concord: str, command: str, tree: str) -> dict:
    out = subprocess.run([concord, command, "--format", "json", tree], capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree")
    ap.add_argument("--concord", default="target/release/concord")
    ap.add_argument("--source", default="en-us")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    labels = load_labels(args.tree)
    article_of = {d["path"]: d["article"] for d in run(args.concord, "claims", args.tree)["documents"]}
    expected = expected_divergences(labels, article_of, args.source)
    findings = run(args.concord, "check", args.tree)["findings"]
    divergences = [f for f in findings if f["kind"] == "locale-divergence"]
    on_source = [f for f in divergences if f["locale"] == args.source]
    reported = {
        (f["path"], f.get("claim"))
        for f in findings
        if f["kind"] in ("locale-divergence", "model-contradiction") and f["locale"] != args.source
    }
    hit = expected & reported
    divergence_keys = {(f["path"], f.get("claim")) for f in divergences}
    warnings = [f for f in divergences if f.get("severity") != "info"]
    warning_keys = {(f["path"], f.get("claim")) for f in warnings}
    print(
        f"expected {len(expected)}, reported on the translation {len(hit)} "
        f"({len(hit) / max(1, len(expected)):.2f}); divergence findings {len(divergences)}, "
        f"matching a label difference {len(divergence_keys & expected)}, on the source {len(on_source)}; "
        f"warnings {len(warning_keys)}, warnings-matching {len(warning_keys & expected)}"
    )
    if args.show:
        for path, claim in sorted(expected - reported):
            print(f"  missed     {path} {claim}")
        for path, claim in sorted(divergence_keys - expected):
            print(f"  unmatched  {path} {claim}")
        for f in on_source:
            print(f"  on source  {f['path']}:{f['line']} {f.get('claim')}: {f['message'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
