#!/usr/bin/env python3
"""What a change of concord changes on a real tree: findings and claims, base against new.

    scripts/tree-diff.py BASE NEW [TREE]     (TREE defaults to ../shared/realtree-dev)

BASE and NEW are concord binaries. Both run `check --format json` and `claims --format
json` on TREE; the script prints the findings per code of each, then every finding
(code, path, line, claim, severity) and every claim (path, id, polarity, value, line)
that one has and the other lacks, `-` for the base's, `+` for the new's, with the
sentence of a claim. A change meant for precision or recall elsewhere should leave a real
tree's findings as they were; each `+` or `-` here is one to read. Standard library only.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary: str, command: str, tree: str) -> dict:
    out = subprocess.run([binary, command, "--format", "json", tree],
                         capture_output=True, text=True, check=False).stdout
    return json.loads(out or "{}")


def findings(binary: str, tree: str) -> set[tuple]:
    return {(f["code"], f["path"], f["line"], f.get("claim") or "", f["severity"])
            for f in run(binary, "check", tree).get("findings", [])}


def claims(binary: str, tree: str) -> dict[tuple, str]:
    return {(d["path"], c["id"], c["polarity"], c.get("value") or "", c["line"]): c["text"]
            for d in run(binary, "claims", tree).get("documents", []) for c in d["claims"]}


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    base, new = sys.argv[1], sys.argv[2]
    tree = (sys.argv[3] if len(sys.argv) == 4
            else os.path.join(HERE, "..", "..", "shared", "realtree-dev"))
    old_findings, new_findings = findings(base, tree), findings(new, tree)
    for label, found in (("base", old_findings), ("new", new_findings)):
        codes = collections.Counter(f[0] for f in found)
        per_code = " ".join(f"{c} {n}" for c, n in sorted(codes.items()))
        print(f"findings {label} {len(found)}: {per_code}")
    for sign, diff in (("-", old_findings - new_findings), ("+", new_findings - old_findings)):
        for f in sorted(diff):
            print(sign, "finding", *f)
    old_claims, new_claims = claims(base, tree), claims(new, tree)
    print(f"claims base {len(old_claims)} new {len(new_claims)}")
    for sign, mine, other in (("-", old_claims, new_claims), ("+", new_claims, old_claims)):
        for key in sorted(set(mine) - set(other)):
            print(sign, "claim", *key, "|", mine[key][:160])


if __name__ == "__main__":
    main()
