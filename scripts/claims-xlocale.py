#!/usr/bin/env python3
"""Cross-locale audit of claim extraction (issue 12).

In a tree whose locales were all translated from one source revision (such as
../shared/realtree-dev), every locale of an article should state the same claims. A
claim id that some locales of an article have and others lack points at the extractor:
a phrase too broad in the locales that have it (false positive) or a phrasing missed in
the locales that lack it (false negative); only rarely at the translation itself.

usage:
    concord claims --format json TREE > claims.json
    scripts/claims-xlocale.py claims.json                  # one line per disagreement
    scripts/claims-xlocale.py claims.json --show TREE      # ... with the sentences
    scripts/claims-xlocale.py claims.json --counts         # disagreements per claim id

Each line: article, claim id, have=<locales stating it>, lack=<locales that do not>.
Polarity and value are ignored (claim ids only). Articles with fewer than
--min-locales locales (default 3) are skipped. With --show TREE, the sentence of each
claim is printed for the locales that have it, and for the locales that lack it the
lines of their file around the same line numbers (translations of one revision mostly
keep the line layout), so both sides can be read and judged.
Exit code 0 always; the output is for reading, not a gate.
"""

import argparse
import collections
import json
import os
import sys


def disagreements(documents, min_locales):
    """Yield (article, claim id, have, lack, {locale: document}) per disagreement."""
    articles = collections.defaultdict(dict)
    for doc in documents:
        articles[doc["article"]][doc["locale"]] = doc
    for article, locales in sorted(articles.items()):
        if len(locales) < min_locales:
            continue
        ids = {loc: {c["id"] for c in doc["claims"]} for loc, doc in locales.items()}
        for claim in sorted(set().union(*ids.values())):
            have = sorted(loc for loc in ids if claim in ids[loc])
            if len(have) < len(ids):
                lack = sorted(set(ids) - set(have))
                yield article, claim, have, lack, locales


def file_lines(tree, path):
    try:
        with open(os.path.join(tree, path), encoding="utf-8", errors="replace") as f:
            return f.read().split("\n")
    except OSError:
        return []


def show(tree, claim, have, lack, locales, context):
    lines = set()
    for loc in have:
        doc = locales[loc]
        for c in doc["claims"]:
            if c["id"] == claim:
                lines.add(c["line"])
                value = f" value={c['value']}" if c["value"] else ""
                print(f"    + {loc} {doc['path']}:{c['line']} {c['polarity']}{value}: {c['text']}")
    for loc in lack:
        doc = locales[loc]
        text = file_lines(tree, doc["path"])
        shown = sorted(
            {n for l in lines for n in range(l - context, l + context + 1) if 1 <= n <= len(text)}
        )
        print(f"    - {loc} {doc['path']}:")
        for n in shown:
            if text[n - 1].strip():
                print(f"        {n}: {text[n - 1].strip()}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("claims", help="output of `concord claims --format json TREE`")
    ap.add_argument("--show", metavar="TREE", help="print the sentences, read from TREE")
    ap.add_argument("--context", type=int, default=1, help="lines around (with --show)")
    ap.add_argument("--counts", action="store_true", help="only the count per claim id")
    ap.add_argument("--min-locales", type=int, default=3)
    args = ap.parse_args()
    with open(args.claims, encoding="utf-8") as f:
        documents = json.load(f)["documents"]
    counts = collections.Counter()
    for article, claim, have, lack, locales in disagreements(documents, args.min_locales):
        counts[claim] += 1
        if args.counts:
            continue
        print(f"{article}\t{claim}\thave={','.join(have)}\tlack={','.join(lack)}")
        if args.show:
            show(args.show, claim, have, lack, locales, args.context)
    if args.counts:
        for claim, n in sorted(counts.items()):
            print(f"{n:5}  {claim}")
        print(f"{sum(counts.values()):5}  total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
