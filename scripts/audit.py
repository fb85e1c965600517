#!/usr/bin/env python3
"""Audit sheet for a concord run: sample findings per code, show the aligned places.

    concord check DIR --format json > run.json
    scripts/audit.py run.json --root DIR [--per-code 20] [--seed 1] [--codes CC113,CC105]
                     [--format md|text] [--out audit.md]
    # a person fills in every `verdict:` line with TRUE or FALSE and a reason, then
    scripts/audit.py --tally audit.md run.json

The sheet shows, for each sampled finding, its code, severity, message and help, the
finding's own file:line with a few lines of context, the context of every related
location, and the same article in every other locale folder (the file at the same path
under each sibling locale folder). For a locale without a related location the lines
shown are those under the same heading (by heading index), else at the same relative
position in the file. Each line is prefixed with its line number; `>` marks the line the
finding or related location points at, `~` a best-effort aligned line.

Only the JSON contract is read (code, name, severity, path, line, locale, article,
message, help, subject, related[path, line, locale, message]); nothing depends on
today's codes or messages. Output is deterministic for a given report, root and seed.
Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

CONTEXT = 3  # lines before and after the line a location points at
MAX_LINE = 1200  # characters of one source line shown before eliding
ITEM_RE = re.compile(r"^(?:#{2,3} )?(?P<code>[A-Z]+\d+) #(?P<n>\d+) \[(?P<sev>[a-z]+)\] ")
VERDICT_RE = re.compile(r"^\s*verdict:\s*(?P<v>.*)$", re.IGNORECASE)


# ---------------------------------------------------------------- files and lines


class Files:
    """Reads files under the root once, as lists of lines (tolerant of bad UTF-8)."""

    def __init__(self, root: Path):
        self.root = root
        self.cache: dict[str, list[str] | None] = {}

    def lines(self, rel: str) -> list[str] | None:
        if rel not in self.cache:
            p = self.root / rel
            try:
                data = p.read_bytes()
            except OSError:
                self.cache[rel] = None
            else:
                text = data.decode("utf-8", errors="replace")
                if text.startswith("\ufeff"):
                    text = text[1:]
                self.cache[rel] = text.splitlines()
        return self.cache[rel]


FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s")


def body_start(lines: list[str]) -> int:
    """0-based index of the first line after YAML front matter."""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                return i + 1
    return 0


def headings(lines: list[str]) -> list[int]:
    """1-based line numbers of ATX headings outside front matter and fenced code."""
    out, fence = [], None
    for i in range(body_start(lines), len(lines)):
        line = lines[i]
        m = FENCE_RE.match(line)
        if m:
            mark = m.group(1)
            if fence is None:
                fence = mark[0] * len(mark)
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence is None and HEADING_RE.match(line):
            out.append(i + 1)
    return out


def aligned_line(src: list[str], line: int, dst: list[str]) -> tuple[int, str]:
    """Best-effort line of `dst` that corresponds to `line` of `src`."""
    hs, hd = headings(src), headings(dst)
    before = [h for h in hs if h <= line]
    if before and len(hs) == len(hd):
        k = len(before) - 1
        start_s, start_d = hs[k], hd[k]
        end_s = hs[k + 1] if k + 1 < len(hs) else len(src) + 1
        end_d = hd[k + 1] if k + 1 < len(hd) else len(dst) + 1
        span_s, span_d = max(1, end_s - start_s), max(1, end_d - start_d)
        off = round((line - start_s) * span_d / span_s)
        return max(1, min(len(dst), start_d + min(off, span_d - 1))), f"heading #{k + 1} of {len(hd)}"
    bs, bd = body_start(src), body_start(dst)
    ns, nd = max(1, len(src) - bs), max(1, len(dst) - bd)
    guess = bd + 1 + round((line - bs - 1) * nd / ns)
    why = "proportional position" if len(hs) != len(hd) else "proportional position (before first heading)"
    return max(1, min(len(dst), guess)), why + f"; headings {len(hs)} vs {len(hd)}"


def excerpt(lines: list[str] | None, line: int | None, mark: str) -> list[str]:
    if lines is None:
        return ["(file not found under --root)"]
    if not lines:
        return ["(empty file)"]
    if not line or line < 1:
        line = 1
    line = min(line, len(lines))
    lo, hi = max(1, line - CONTEXT), min(len(lines), line + CONTEXT)
    width = len(str(hi))
    out = []
    for n in range(lo, hi + 1):
        text = lines[n - 1].replace("\t", "    ")
        if len(text) > MAX_LINE:
            text = text[:MAX_LINE] + " …"
        out.append(f"{mark if n == line else ' '}{n:>{width}}| {text}")
    return out


# ---------------------------------------------------------------- locale folders


def locale_prefix(f: dict) -> str | None:
    """The folder part of a finding's path before its article path, e.g. 'fr-fr/'."""
    path, article = f.get("path") or "", f.get("article") or ""
    if article and path.endswith(article) and (len(path) == len(article) or path[-len(article) - 1] == "/"):
        return path[: len(path) - len(article)]
    return None


def sibling_files(root: Path, f: dict) -> list[tuple[str, str]]:
    """(locale folder, path) of the same article under every sibling locale folder."""
    prefix = locale_prefix(f)
    if not prefix:
        return []
    base = os.path.dirname(prefix.rstrip("/"))
    try:
        kids = sorted(d for d in os.listdir(root / base) if (root / base / d).is_dir())
    except OSError:
        return []
    out = []
    for d in kids:
        rel = os.path.join(base, d, f["article"]) if base else os.path.join(d, f["article"])
        if (root / rel).is_file():
            out.append((d, rel))
    return out


# ---------------------------------------------------------------- sampling


def load_report(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return data["findings"] if isinstance(data, dict) else data


def sample(findings: list[dict], per_code: int, seed: int, codes: set[str] | None) -> dict[str, list[int]]:
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(findings):
        if codes is None or f["code"] in codes:
            by_code[f["code"]].append(i)
    picked = {}
    for code in sorted(by_code):
        idx = by_code[code]
        if len(idx) > per_code:
            idx = sorted(random.Random(f"{seed}:{code}").sample(idx, per_code))
        picked[code] = idx
    return picked


# ---------------------------------------------------------------- the sheet


def fence_for(block: list[str]) -> str:
    longest = max((len(m) for line in block for m in re.findall(r"`+", line)), default=0)
    return "`" * max(3, longest + 1)


def render(args, findings: list[dict]) -> str:
    files = Files(Path(args.root))
    codes = set(c.strip() for c in args.codes.split(",")) if args.codes else None
    picked = sample(findings, args.per_code, args.seed, codes)
    md = args.format == "md"
    total = Counter(f["code"] for f in findings)
    out: list[str] = []
    h1, h2, h3 = ("# ", "## ", "### ") if md else ("", "", "")

    def block(title: str, lines: list[str]):
        out.append(f"{'**' if md else ''}{title}{'**' if md else ''}")
        out.append("")
        if md:
            fence = fence_for(lines)
            out.extend([fence + "text", *lines, fence])
        else:
            out.extend("    " + line for line in lines)
        out.append("")

    out.append(f"{h1}concord audit sheet")
    out.append("")
    out.append(f"report: {os.path.basename(args.report)}; root: {args.root}; seed {args.seed}; "
               f"up to {args.per_code} per code; {len(findings)} findings in the report")
    out.append("")
    out.append("Fill in every `verdict:` line with TRUE or FALSE and a short reason "
               "(TRUE: the stated defect is itself real). Tally with "
               "`scripts/audit.py --tally THIS_FILE REPORT.json`.")
    out.append("")
    for code in sorted(picked):
        idx = picked[code]
        name = findings[idx[0]].get("name", "")
        out.append(f"{h2}{code} {name}: {len(idx)} sampled of {total[code]}")
        out.append("")
        for n, i in enumerate(idx, 1):
            f = findings[i]
            path, line = f.get("path"), f.get("line")
            out.append(f"{h3}{code} #{n} [{f.get('severity', '?')}] {path}:{line}")
            out.append("")
            out.append(f"- finding {i} of the report; locale {f.get('locale')}; article {f.get('article')}")
            out.append(f"- message: {f.get('message', '')}")
            if f.get("subject"):
                out.append(f"- subject: {f['subject']}")
            if f.get("claim"):
                out.append(f"- claim: {f['claim']}")
            if f.get("help"):
                out.append(f"- help: {f['help']}")
            out.append("")
            src = files.lines(path) if path else None
            block(f"{f.get('locale')} {path}:{line} (the finding)", excerpt(src, line, ">") if path else ["(no file)"])
            shown = {path}
            for r in f.get("related") or []:
                rp, rl = r.get("path"), r.get("line")
                title = f"related {r.get('locale')} {rp}:{rl}"
                if r.get("message"):
                    msg = r["message"]
                    title += f" — {msg[:300] + ' …' if len(msg) > 300 else msg}"
                block(title, excerpt(files.lines(rp), rl, ">") if rp else ["(no file)"])
                shown.add(rp)
            for loc, rel in sibling_files(Path(args.root), f):
                if rel in shown:
                    continue
                dst = files.lines(rel) or []
                if src and line:
                    al, why = aligned_line(src, line, dst)
                else:
                    al, why = 1, "start of file"
                block(f"{loc} {rel}:{al} (same article, no related location; {why})", excerpt(dst, al, "~"))
            out.append("verdict: ")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- tally


def parse_verdict(text: str) -> bool | None:
    t = text.strip().lstrip("*_`").upper()
    if t.startswith(("TRUE", "T ", "T:", "T,", "T-", "YES")) or t == "T":
        return True
    if t.startswith(("FALSE", "F ", "F:", "F,", "F-", "NO")) or t == "F":
        return False
    return None


def tally(sheet: str, report: str) -> str:
    findings = load_report(report)
    total = Counter(f["code"] for f in findings)
    rows: dict[str, Counter] = defaultdict(Counter)
    errors: Counter = Counter()
    current = None
    with open(sheet, encoding="utf-8") as fh:
        for raw in fh:
            m = ITEM_RE.match(raw)
            if m:
                current = (m.group("code"), m.group("sev"))
                rows[current[0]]["sampled"] += 1
                continue
            m = VERDICT_RE.match(raw)
            if m and current:
                v = parse_verdict(m.group("v"))
                key = {True: "true", False: "false", None: "open"}[v]
                rows[current[0]][key] += 1
                if current[1] == "error":
                    errors[key] += 1
                    errors["sampled"] += 1
                current = None

    def prec(c: Counter) -> str:
        judged = c["true"] + c["false"]
        return f"{c['true'] / judged:.2f}" if judged else "-"

    lines = ["| code | findings | sampled | true | false | precision |", "|---|---:|---:|---:|---:|---:|"]
    all_ = Counter()
    for code in sorted(set(rows) | set(total)):
        c = rows.get(code, Counter())
        all_.update(c)
        lines.append(f"| {code} | {total[code]} | {c['sampled']} | {c['true']} | {c['false']} | {prec(c)} |")
    lines.append(f"| all | {len(findings)} | {all_['sampled']} | {all_['true']} | {all_['false']} | {prec(all_)} |")
    n_err = sum(1 for f in findings if f.get("severity") == "error")
    lines.append(f"| errors | {n_err} | {errors['sampled']} | {errors['true']} | {errors['false']} | {prec(errors)} |")
    if all_["open"]:
        lines.append("")
        lines.append(f"{all_['open']} sampled finding(s) have no TRUE/FALSE verdict yet.")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    global CONTEXT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("report", nargs="?", help="JSON report of `concord check --format json`")
    ap.add_argument("--root", help="the folder the report was made from (paths are relative to it)")
    ap.add_argument("--per-code", type=int, default=20, help="findings sampled per code (all if fewer)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--context", type=int, default=CONTEXT, help="lines shown before and after each place")
    ap.add_argument("--codes", help="comma-separated codes to sample (default: all)")
    ap.add_argument("--format", choices=["md", "text"], default=None, help="default: from --out, else md")
    ap.add_argument("--out", help="write the sheet here (default: stdout)")
    ap.add_argument("--tally", metavar="SHEET", help="read a filled sheet and print the precision table")
    args = ap.parse_args(argv)
    if args.tally:
        report = args.report
        if not report:
            ap.error("--tally SHEET needs the REPORT.json too")
        sys.stdout.write(tally(args.tally, report))
        return 0
    if not args.report or not args.root:
        ap.error("REPORT.json and --root are required")
    CONTEXT = max(0, args.context)
    if args.format is None:
        args.format = "text" if args.out and args.out.endswith(".txt") else "md"
    sheet = render(args, load_report(args.report))
    if args.out:
        Path(args.out).write_text(sheet, encoding="utf-8")
    else:
        sys.stdout.write(sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
