#!/usr/bin/env python3
"""Run concord on every k-locale subset of a locale-root tree: what it says with fewer witnesses.

    scripts/subsets.py [--tree ../shared/realtree-dev] [-k 3] [--concord target/release/concord]
                       [--show CODE,...] [--out FILE]

A real tree concord has never seen may have two or three locales, not six: consensus then
rests on fewer witnesses, and a finding the full tree keeps quiet (because the other
locales disagree among themselves, or share the same text) may appear. For each subset of
k locales of TREE (copied to a temporary directory; concord never follows symlinks and
never writes in the tree it checks), this runs `concord check --format json` and prints:

  * warnings and errors per 1,000 files over all subsets, per code;
  * the findings (code, path, line) that no run on the full tree has ("subset-only"), per
    code, and with --show, each of them with the subsets it appeared in, for reading.

A subset-only finding is not wrong by itself (a defect the other locales' disagreement
hid is still a defect), but it is where precision on small trees is lost: read them.
--out writes them as JSON. Standard library only; deterministic for a tree and binary.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def findings(concord: str, tree: Path) -> list[dict]:
    out = subprocess.run(
        [concord, "check", "--format", "json", str(tree)],
        capture_output=True, text=True, check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"concord failed on {tree} ({out.returncode}): {out.stderr.strip()}")
    return [f for f in json.loads(out.stdout)["findings"] if f["severity"] != "info"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", default=str(REPO.parent / "shared/realtree-dev"))
    ap.add_argument("-k", type=int, default=3, help="locales per subset")
    ap.add_argument("--concord", default=str(REPO / "target/release/concord"))
    ap.add_argument("--show", default="", help="comma-separated codes whose subset-only findings to print")
    ap.add_argument("--out", help="write the subset-only findings as JSON")
    args = ap.parse_args(argv)
    tree = Path(args.tree)
    if not tree.is_dir():
        print(f"skipped: {tree} is absent")
        return 0
    locales = sorted(p.name for p in tree.iterdir() if p.is_dir() and not p.name.startswith("."))
    full = {(f["code"], f["path"], f["line"]) for f in findings(args.concord, tree)}
    per_code: collections.Counter = collections.Counter()
    only: dict[tuple, list] = collections.defaultdict(list)
    files = 0
    with tempfile.TemporaryDirectory(prefix="concord-subsets-") as tmp:
        for combo in itertools.combinations(locales, args.k):
            sub = Path(tmp) / "-".join(combo)
            for loc in combo:
                shutil.copytree(tree / loc, sub / loc)
            files += sum(len(fs) for _, _, fs in os.walk(sub))
            for f in findings(args.concord, sub):
                per_code[f["code"]] += 1
                key = (f["code"], f["path"], f["line"])
                if key not in full:
                    only[key].append((combo, f["message"]))
            shutil.rmtree(sub)
    total = sum(per_code.values())
    n = len(list(itertools.combinations(locales, args.k)))
    print(f"{n} subsets of {args.k} of {len(locales)} locales: {files} files, {total} warnings+errors, "
          f"{1000 * total / max(files, 1):.1f} per 1,000 files")
    print("| code | findings | per 1,000 files | subset-only (distinct) |")
    print("|---|---:|---:|---:|")
    only_codes = collections.Counter(k[0] for k in only)
    for code in sorted(set(per_code) | set(only_codes)):
        print(f"| {code} | {per_code[code]} | {1000 * per_code[code] / max(files, 1):.1f} | {only_codes[code]} |")
    show = {c for c in args.show.split(",") if c}
    for (code, path, line), seen in sorted(only.items()):
        if code in show:
            combos = "; ".join("+".join(c) for c, _ in seen[:3])
            print(f"{code} {path}:{line} [{len(seen)}x: {combos}] {seen[0][1][:200]}")
    if args.out:
        Path(args.out).write_text(json.dumps(
            [{"code": k[0], "path": k[1], "line": k[2], "subsets": [list(c) for c, _ in v], "message": v[0][1]}
             for k, v in sorted(only.items())], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
