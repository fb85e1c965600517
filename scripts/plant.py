#!/usr/bin/env python3
"""Plant translation defects into copies of real pages and measure what concord reports.

    scripts/plant.py [--concord target/release/concord] [--seed 1] [--per-kind 50]
                     [--kinds number,link-dropped,...] [--keep] [--details FILE]
                     [--source LOCALE]

1. Chooses articles of the real tree (default ../shared/realtree-dev) that exist in at
   least 4 locales with the same `ms.openlocfilehash` (translated from one source text),
   copies every locale's file of them plus every include they reach into
   /tmp/plant-XXXX/base/<locale>/..., and runs `concord check --format json` on it (the
   baseline: what concord says about unplanted real pages).
2. For each defect kind, copies the baseline tree, plants ONE defect in each of up to
   --per-kind articles (seeded choice of article, of a locale among those of the shared
   revision, and of a place where the kind applies), and runs concord again.
3. A planted defect is *reported* when the planted file has a finding that is new against
   the baseline, comparing (path, code, subject or else message) as multisets; it is
   *near* when such a finding's line is within --near lines of the planted place (for a
   dropped section also: on the heading before it). Findings new on the article's other
   files are counted as "elsewhere".

Kinds (one planted tree per kind; an article is planted at most once per tree):
  number             one integer in prose changed (30 -> 31, a power of two doubled)
  link-dropped       one inline link [text](target) -> text
  links-swapped      the targets of two inline links on one line swapped
  section-dropped    one H2/H3 heading and its body up to the next heading of the same or
                     a higher level removed
  paragraph-dropped  one one-line prose paragraph (blank lines around) removed
  untranslated       one prose paragraph replaced by the aligned paragraph of another
                     locale of the article in another script (else another language)
  untranslated-en    one sentence of a prose paragraph replaced by an English sentence
                     taken from ../shared/realdocs-dev/en-us
Places are only prose (paragraphs, list items, alert text): never front matter, headings
(except for section-dropped), code, indented blocks, tables, HTML (HTML comments included:
a reader never sees them), directives, includes.
A place must be backed by the other locales (the number / link target occurs in at least
two other locales of the same revision; a dropped section's anchor or the heading outline
matches at least two of them; a dropped or replaced paragraph has the same paragraph count
in its section in at least two of them), so that a planted defect is a real difference.

Prints the baseline finding counts per code, the table
`kind | planted | reported on planted file | near the place | rate | codes`, and writes one
JSON line per planted defect (file, line, before/after, reporting codes, findings) to
--details. Deterministic for a given tree, seed and concord binary. Standard library only.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from audit import body_start  # one reading of front matter for both scripts (same folder)

REPO = Path(__file__).resolve().parent.parent
KINDS = ["number", "link-dropped", "links-swapped", "section-dropped", "paragraph-dropped",
         "untranslated", "untranslated-en"]
MIN_LOCALES = 4
MIN_BACKING = 2  # other locales of the same revision that must back a place

# ---------------------------------------------------------------- Markdown lines

FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
HEADING_RE = re.compile(r"^(#{1,6})\s+\S")
LIST_RE = re.compile(r"^(\s{0,3}(?:[*+-]|\d{1,3}[.)])\s+)(?=\S)")
REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
ALERT_RE = re.compile(r"^(\s{0,3}>\s?)(?!\s*\[!)(?=\S)")
ANCHOR_RE = re.compile(r"""<a\s+(?:name|id)\s*=\s*["']([^"']+)["']|\{#([^}\s]+)\}""", re.I)
INLINE_LINK_RE = re.compile(r"(?<![!\\])\[([^\[\]]*[^\[\]\s!][^\[\]]*)\]\(([^()\s]+)(\s+\"[^\"]*\")?\)")
CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass
class Line:
    kind: str  # front, blank, code, indented, heading, table, html, directive, refdef, image, list, alert, para
    level: int = 0  # heading level
    prose_start: int = 0  # column where translatable text starts (after list/alert marker)


def classify(lines: list[str]) -> list[Line]:
    out = [Line("front") for _ in range(body_start(lines))]
    fence = None
    comment = False  # inside an HTML comment (`<!--` up to the line with `-->`): not shown
    for i in range(len(out), len(lines)):
        s = lines[i]
        st = s.strip()
        m = FENCE_RE.match(s)
        if comment or (fence is None and st.startswith("<!--")):
            comment = "-->" not in (s if comment else s[s.index("<!--") + 4:])
            out.append(Line("html"))
            continue
        if fence is not None:
            if m and st.startswith(fence) and st.strip(fence[0]) == "":
                fence = None
            out.append(Line("code"))
            continue
        if m:
            fence = m.group(1)
            out.append(Line("code"))
            continue
        if not st:
            out.append(Line("blank"))
        elif s.startswith("\t") or s.startswith("    "):
            out.append(Line("indented"))
        elif (h := HEADING_RE.match(s)):
            out.append(Line("heading", level=len(h.group(1))))
        elif st.startswith("|") or st.count("|") >= 2 or re.match(r"^:?-{3,}:?\s*\|", st):
            out.append(Line("table"))
        elif st.startswith("<"):
            out.append(Line("html"))
        elif REFDEF_RE.match(s):
            out.append(Line("refdef"))
        elif st.startswith("![") and st.endswith(")"):
            out.append(Line("image"))
        elif re.match(r"^>?\s*\[!", st) or "[!INCLUDE" in s.upper():
            out.append(Line("directive"))
        elif (a := ALERT_RE.match(s)):
            out.append(Line("alert", prose_start=a.end()))
        elif (li := LIST_RE.match(s)):
            out.append(Line("list", prose_start=li.end()))
        elif re.match(r"^[-=*_]{3,}$", st):
            out.append(Line("html"))
        else:
            out.append(Line("para"))
    return out


PROSE = ("para", "list", "alert")


def mask(text: str) -> str:
    """Blank out what is not translatable prose: code spans, link targets, HTML, URLs."""
    chars = list(text)

    def blank(a: int, b: int):
        for k in range(a, b):
            chars[k] = " "

    for m in CODE_SPAN_RE.finditer(text):
        blank(m.start(), m.end())
    for m in re.finditer(r"!\[[^\]]*\]\([^)]*\)", text):
        blank(m.start(), m.end())
    for m in re.finditer(r"\]\([^)]*\)|\]\[[^\]]*\]", text):
        blank(m.start() + 1, m.end())
    for m in re.finditer(r"<[^<>]*>|https?://\S+|\{[^{}]*\}|&#?\w+;", text):
        blank(m.start(), m.end())
    return "".join(chars)


def section_index(kinds: list[Line]) -> list[int]:
    """For each line, how many headings start at or before it (0: before any heading)."""
    out, n = [], 0
    for k in kinds:
        if k.kind == "heading":
            n += 1
        out.append(n)
    return out


def one_line_paragraphs(lines: list[str], kinds: list[Line]) -> list[int]:
    out = []
    for i, k in enumerate(kinds):
        if k.kind != "para":
            continue
        prev_ok = i == 0 or kinds[i - 1].kind in ("blank", "front")
        next_ok = i + 1 >= len(kinds) or kinds[i + 1].kind == "blank"
        if prev_ok and next_ok and sum(c.isalpha() for c in lines[i]) >= 20:
            out.append(i)
    return out


@functools.lru_cache(maxsize=None)
def char_script(ch: str) -> str:
    word = unicodedata.name(ch, "UNKNOWN").split()[0]
    return "CJK" if word in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC") else word


def script_of(text: str) -> str:
    """The dominant non-Latin script of a text if it is a fifth of its letters, else LATIN."""
    counts: Counter = Counter(char_script(ch) for ch in text if ch.isalpha())
    letters = sum(counts.values())
    if not letters:
        return "NONE"
    for word, n in counts.most_common():
        if word != "LATIN" and n >= letters / 5:
            return word
    return "LATIN"


# ---------------------------------------------------------------- documents


@dataclass
class Doc:
    locale: str
    rel: str  # path relative to the tree root
    text: str
    lines: list[str] = field(init=False)
    kinds: list[Line] = field(init=False)
    sect: list[int] = field(init=False)
    outline: tuple = field(init=False)
    paras: list[int] = field(init=False)
    body: str = field(init=False)

    def __post_init__(self):
        self.lines = self.text.split("\n")
        self.kinds = classify(self.lines)
        self.sect = section_index(self.kinds)
        self.outline = tuple(k.level for k in self.kinds if k.kind == "heading")
        self.paras = one_line_paragraphs(self.lines, self.kinds)
        self.body = "\n".join(self.lines[body_start(self.lines):])

    def paras_in(self, s: int) -> list[int]:
        if not hasattr(self, "_paras_in"):
            self._paras_in: dict[int, list[int]] = defaultdict(list)
            for i in self.paras:
                self._paras_in[self.sect[i]].append(i)
        return self._paras_in.get(s, [])

    @functools.cached_property
    def number_tokens(self) -> set[str]:
        return set(re.findall(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", self.body))

    @functools.cached_property
    def line_script(self) -> dict[int, str]:
        return {i: script_of(mask(self.lines[i])) for i in self.paras}

    @functools.cached_property
    def line_carried(self) -> dict[int, tuple]:
        return {i: carried(self.lines[i]) for i in self.paras}


def read_text(p: Path) -> str:
    return p.read_bytes().decode("utf-8", errors="replace")


def front_value(text: str, key: str) -> str | None:
    m = re.search(rf"^{re.escape(key)}:\s*['\"]?([^'\"\s]+)", text[:4000], re.M)
    return m.group(1) if m else None


def eligible_articles(tree: Path) -> dict[str, dict[str, str]]:
    """article rel path -> {locale folder: hash} for the locales of the majority revision."""
    table: dict[str, dict[str, str | None]] = defaultdict(dict)
    for loc in sorted(os.listdir(tree)):
        base = tree / loc / "articles"
        if not base.is_dir():
            continue
        for dp, dns, fns in os.walk(base):
            dns.sort()
            for fn in sorted(fns):
                if not fn.endswith(".md") or fn.lower() == "toc.md":
                    continue
                p = Path(dp) / fn
                rel = p.relative_to(tree / loc).as_posix()
                table[rel][loc] = front_value(read_text(p), "ms.openlocfilehash")
    out = {}
    for rel in sorted(table):
        c = Counter(h for h in table[rel].values() if h)
        if not c:
            continue
        best = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if best[1] >= MIN_LOCALES:
            out[rel] = {loc: h for loc, h in table[rel].items() if h == best[0]}
    return out


INCLUDE_RE = re.compile(r"\[!INCLUDE\s*\[[^\]]*\]\(([^)\s]+)\)", re.I)


def reached_includes(tree: Path, rel: str) -> set[str]:
    """Paths (relative to the tree) of the includes a file reaches, transitively."""
    seen: set[str] = set()
    todo = [rel]
    while todo:
        cur = todo.pop()
        p = tree / cur
        if not p.is_file():
            continue
        for m in INCLUDE_RE.finditer(read_text(p)):
            target = os.path.normpath(os.path.join(os.path.dirname(cur), m.group(1).split("#")[0]))
            if target.startswith("..") or target in seen:
                continue
            seen.add(target)
            todo.append(target)
    return {s for s in seen if (tree / s).is_file()}


# ---------------------------------------------------------------- places per kind

NUMBER_RE = re.compile(r"(?<![\w.,:/\\#=$&+\-'’])(\d{1,7})(?![\w/:\\'’]|[.,]\d|-\d)")


def token_in(value: str, text: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d]|[.,]\d)", text) is not None


def backed(docs: list[Doc], me: Doc, pred) -> int:
    return sum(1 for d in docs if d is not me and pred(d))


@dataclass
class Place:
    kind: str
    variant: str
    locale: str
    rel: str
    line: int  # 0-based line of the place in the planted file
    new_lines: list[str]  # the whole planted file
    before: str
    after: str
    extra: dict = field(default_factory=dict)


def mutate_number(n: int) -> int:
    if n >= 8 and n & (n - 1) == 0:
        return n * 2
    return n + 1


def places_number(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    for i, k in enumerate(doc.kinds):
        if k.kind not in PROSE:
            continue
        line = doc.lines[i]
        masked = " " * k.prose_start + mask(line[k.prose_start:])
        for m in NUMBER_RE.finditer(masked):
            raw = m.group(1)
            if raw.startswith("0") and len(raw) > 1:
                continue
            # digit groups ("1 200", "30 000") are not one number to change
            if re.search(r"\d[ \u00a0\u202f]$", masked[: m.start()]) or re.match(r"[ \u00a0\u202f]\d{3}\b", masked[m.end():]):
                continue
            n = int(raw)
            new = str(mutate_number(n))
            if token_in(new, line):
                continue
            if backed(docs, doc, lambda d: raw in d.number_tokens) < MIN_BACKING:
                continue
            after = line[: m.start()] + new + line[m.end():]
            nl = list(doc.lines)
            nl[i] = after
            out.append(Place("number", "double" if n * 2 == int(new) else "plus-one", doc.locale, doc.rel, i, nl,
                             line, after, {"from": raw, "to": new}))
    return out


def inline_links(line: str, start: int) -> list[re.Match]:
    masked_code = line
    for m in CODE_SPAN_RE.finditer(line):
        masked_code = masked_code[: m.start()] + " " * (m.end() - m.start()) + masked_code[m.end():]
    return [m for m in INLINE_LINK_RE.finditer(masked_code) if m.start() >= start]


def link_backed(docs: list[Doc], doc: Doc, target: str) -> bool:
    needle = "](" + target
    return backed(docs, doc, lambda d: needle in d.body) >= MIN_BACKING


def places_link_dropped(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    for i, k in enumerate(doc.kinds):
        if k.kind not in PROSE:
            continue
        line = doc.lines[i]
        for m in inline_links(line, k.prose_start):
            text, target = line[m.start(1): m.end(1)], line[m.start(2): m.end(2)]
            if not link_backed(docs, doc, target):
                continue
            after = line[: m.start()] + text + line[m.end():]
            nl = list(doc.lines)
            nl[i] = after
            out.append(Place("link-dropped", "inline", doc.locale, doc.rel, i, nl, line, after, {"target": target}))
    return out


def places_links_swapped(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    for i, k in enumerate(doc.kinds):
        if k.kind not in PROSE:
            continue
        line = doc.lines[i]
        links = inline_links(line, k.prose_start)
        for a, b in zip(links, links[1:]):
            ta, tb = line[a.start(2): a.end(2)], line[b.start(2): b.end(2)]
            if ta == tb or not link_backed(docs, doc, ta) or not link_backed(docs, doc, tb):
                continue
            after = line[: a.start(2)] + tb + line[a.end(2): b.start(2)] + ta + line[b.end(2):]
            nl = list(doc.lines)
            nl[i] = after
            out.append(Place("links-swapped", "adjacent", doc.locale, doc.rel, i, nl, line, after,
                             {"targets": [ta, tb]}))
    return out


def anchor_of(line: str) -> str | None:
    m = ANCHOR_RE.search(line)
    return (m.group(1) or m.group(2)) if m else None


def places_section_dropped(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    heads = [i for i, k in enumerate(doc.kinds) if k.kind == "heading"]
    same_outline = backed(docs, doc, lambda d: d.outline == doc.outline)
    for i in heads:
        lvl = doc.kinds[i].level
        if lvl not in (2, 3):
            continue
        end = next((j for j in heads if j > i and doc.kinds[j].level <= lvl), len(doc.lines))
        # drop trailing blank lines of the file only if the section runs to the end
        anchor = anchor_of(doc.lines[i])
        if anchor:
            ok = backed(docs, doc, lambda d: anchor in d.body) >= MIN_BACKING
        else:
            ok = same_outline >= MIN_BACKING
        if not ok:
            continue
        nl = doc.lines[:i] + doc.lines[end:]
        prev_head = max((j for j in heads if j < i), default=None)
        out.append(Place("section-dropped", f"h{lvl}", doc.locale, doc.rel, i, nl,
                         "\n".join(doc.lines[i:end]), "",
                         {"heading": doc.lines[i], "removed_lines": end - i, "anchor": anchor,
                          "previous_heading_line": None if prev_head is None else prev_head + 1}))
    return out


def aligned_paragraph_backing(doc: Doc, docs: list[Doc], i: int) -> list[Doc]:
    """Other locales with the same outline and the same number of one-line paragraphs in
    the section of line i (so the paragraph at the same index is the same paragraph)."""
    s = doc.sect[i]
    n = len(doc.paras_in(s))
    return [d for d in docs if d is not doc and d.outline == doc.outline and len(d.paras_in(s)) == n]


def places_paragraph_dropped(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    for i in doc.paras:
        if doc.sect[i] == 0:  # before the H1: not body prose
            continue
        if len(aligned_paragraph_backing(doc, docs, i)) < MIN_BACKING:
            continue
        line = doc.lines[i]
        drop_to = i + 2 if i + 1 < len(doc.lines) else i + 1  # the line and one blank line
        nl = doc.lines[:i] + doc.lines[drop_to:]
        masked = mask(line)
        out.append(Place("paragraph-dropped", "one-line", doc.locale, doc.rel, i, nl, line, "",
                         {"has_link": bool(inline_links(line, 0)) or "][" in line,
                          "has_number": bool(NUMBER_RE.search(masked))}))
    return out


def carried(text: str) -> tuple:
    """What a translation carries over unchanged: link targets and digit runs."""
    targets = sorted(m.group(2) for m in INLINE_LINK_RE.finditer(text))
    refs = sorted(re.findall(r"\]\[([^\]]+)\]", text))
    digits = sorted(re.findall(r"\d+", mask(text)))
    return targets, refs, digits


def places_untranslated(doc: Doc, docs: list[Doc]) -> list[Place]:
    out = []
    for i in doc.paras:
        if doc.sect[i] == 0:
            continue
        mine = doc.line_script[i]
        s = doc.sect[i]
        k = doc.paras_in(s).index(i)
        donors = []
        for d in aligned_paragraph_backing(doc, docs, i):
            j = d.paras_in(s)[k]
            text = d.lines[j]
            if text.strip() == doc.lines[i].strip() or d.line_carried[j] != doc.line_carried[i]:
                continue
            sc = d.line_script[j]
            if sc != mine:
                donors.append((0, d.locale, text, sc))
            elif d.locale.split("-")[0] != doc.locale.split("-")[0]:
                donors.append((1, d.locale, text, sc))
        if len(aligned_paragraph_backing(doc, docs, i)) < MIN_BACKING or not donors:
            continue
        donors.sort()
        rank = donors[0][0]
        for pref, loc, text, sc in donors:
            if pref != rank:
                continue
            nl = list(doc.lines)
            nl[i] = text
            out.append(Place("untranslated", "other-script" if pref == 0 else "other-language", doc.locale, doc.rel,
                             i, nl, doc.lines[i], text, {"donor": loc, "script": mine, "donor_script": sc}))
    return out


SENT_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? before a letter that is not lower case (so
    "z. B. die" or "см. в" stay whole), and after the CJK full stops."""
    spans, start = [], 0
    for m in SENT_SPLIT_RE.finditer(text):
        nxt = text[m.end(): m.end() + 1]
        if not nxt or (nxt.isalpha() and nxt.islower()) or nxt in ")]},;:":
            continue
        if re.search(r"(?:^|\s)\w{1,2}\.$", text[start: m.start()]) and text[m.start() - 1] == ".":
            continue  # "т. д." / "e.g." style abbreviations
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def balanced(s: str) -> bool:
    return s.count("[") == s.count("]") and s.count("(") == s.count(")") and s.count("`") % 2 == 0 \
        and s.count("**") % 2 == 0


CLAIM_WORDS_RE = re.compile(r"encrypt|decrypt|\bCMK\b|BYOK|customer[- ]managed|double|creation of a new|"
                            r"managed identity|\bHSM\b|rotat|revoke", re.I)


def english_pool(en_dir: Path, all_topics: bool = False) -> list[str]:
    pool = set()
    for p in sorted(en_dir.rglob("*.md")):
        doc = Doc("en-us", p.as_posix(), read_text(p))
        for i, k in enumerate(doc.kinds):
            if k.kind != "para":
                continue
            text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", doc.lines[i]).strip()
            for a, b in sentences(text):
                s = text[a:b].strip()
                if 40 <= len(s) <= 220 and not re.search(r"[\[\]`|<>*_#\d]", s) and s[0].isupper() and s[-1] in ".!?":
                    pool.add(s)
    pool = sorted(pool)
    # sentences that state none of the model's claims (a fixed word list, so that the
    # planted text does not depend on the binary measured), so that the claim checks do
    # not report the planted sentence for what it says rather than for its language
    neutral = [s for s in pool if not CLAIM_WORDS_RE.search(s)]
    return pool if all_topics or len(neutral) < 5 else neutral


def places_untranslated_en(doc: Doc, docs: list[Doc], pool: list[str], rng: random.Random) -> list[Place]:
    out = []
    for i in doc.paras:
        if doc.sect[i] == 0 or len(aligned_paragraph_backing(doc, docs, i)) < MIN_BACKING:
            continue
        line = doc.lines[i]
        if script_of(mask(line)) == "NONE":
            continue
        # a sentence with nothing a translation carries over (links, code, digits, markup),
        # so that only its language changes
        spans = [(a, b) for a, b in sentences(line)
                 if not re.search(r"[\[\]()`<>|*_\d]", line[a:b]) and sum(c.isalpha() for c in line[a:b]) >= 15]
        for a, b in spans:
            en = pool[rng.randrange(len(pool))]
            pre = " " if a > 0 and (line[a - 1].isalnum() or line[a - 1] in ".!?:;。！？：") else ""
            post = " " if b < len(line) and line[b].isalnum() else ""
            after = line[:a] + pre + en + post + line[b:]
            nl = list(doc.lines)
            nl[i] = after
            out.append(Place("untranslated-en", "whole-paragraph" if len(sentences(line)) == 1 else "one-sentence",
                             doc.locale, doc.rel, i, nl, line, after, {"english": en, "sentence": line[a:b]}))
    return out


# ---------------------------------------------------------------- concord runs


def run_concord(concord: str, tree: Path, out: Path) -> tuple[list[dict], float]:
    t0 = time.monotonic()
    with open(out, "wb") as fh:
        p = subprocess.run([concord, "check", str(tree), "--format", "json"], stdout=fh, stderr=subprocess.PIPE)
    took = time.monotonic() - t0
    if p.returncode not in (0, 1):
        sys.exit(f"plant.py: {concord} check {tree} exited {p.returncode}: {p.stderr.decode(errors='replace')[:2000]}")
    data = json.loads(out.read_text(encoding="utf-8"))
    return (data["findings"] if isinstance(data, dict) else data), took


def key(f: dict) -> tuple:
    return (f.get("path"), f.get("code"), f.get("subject") if f.get("subject") else f.get("message"))


def new_findings(base: list[dict], planted: list[dict], path_filter) -> list[dict]:
    """Findings of `planted` (on paths passing the filter) not in `base`, as multisets."""
    have = Counter(key(f) for f in base if path_filter(f.get("path")))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in planted:
        if path_filter(f.get("path")):
            groups[key(f)].append(f)
    out = []
    for k, fs in groups.items():
        extra = len(fs) - have.get(k, 0)
        if extra > 0:
            out.append((k, fs, extra))
    return out


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--concord", default=str(REPO / "target/release/concord"))
    ap.add_argument("--tree", default=str(REPO.parent / "shared/realtree-dev"), help="real locale-root tree")
    ap.add_argument("--english", default=str(REPO.parent / "shared/realdocs-dev/en-us"),
                    help="English pages that untranslated-en takes sentences from")
    ap.add_argument("--english-claims", action="store_true",
                    help="untranslated-en: also use English sentences that state encryption claims")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=50, help="articles planted per kind (fewer if fewer apply)")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated, of: " + ", ".join(KINDS))
    ap.add_argument("--near", type=int, default=3, help="lines from the planted place that count as near")
    ap.add_argument("--keep", action="store_true", help="keep the /tmp trees and JSON reports")
    ap.add_argument("--details", help="JSONL of every planted defect (default /tmp/plant-details-seed<N>.jsonl)")
    ap.add_argument("--source", help="treat this locale of the tree as the source (a concord.toml with "
                    "source-locale at the copy's root; nothing is planted in it), to measure the checks as "
                    "they run on a tree that has its source")
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        ap.error(f"unknown kind(s) {', '.join(bad)}; known: {', '.join(KINDS)}")
    tree = Path(args.tree)
    if not tree.is_dir():
        print(f"plant.py: {tree} is absent; skipped")
        return 0
    if not Path(args.concord).is_file():
        ap.error(f"no concord binary at {args.concord} (build it, or pass --concord)")
    details = Path(args.details or f"/tmp/plant-details-seed{args.seed}.jsonl")
    t_start = time.monotonic()

    # 1. choose articles and places
    eligible = eligible_articles(tree)
    pool = english_pool(Path(args.english), args.english_claims) if "untranslated-en" in kinds else []
    if "untranslated-en" in kinds and not pool:
        print(f"plant.py: no English sentences under {args.english}; untranslated-en skipped")
        kinds.remove("untranslated-en")
    finders = {"number": places_number, "link-dropped": places_link_dropped, "links-swapped": places_links_swapped,
               "section-dropped": places_section_dropped, "paragraph-dropped": places_paragraph_dropped,
               "untranslated": places_untranslated}
    chosen: dict[str, list[Place]] = {k: [] for k in kinds}
    order = {k: sorted(eligible, key=lambda a, k=k: random.Random(f"{args.seed}:{k}:{a}").random()) for k in kinds}
    docs_cache: dict[str, list[Doc]] = {}

    def docs_of(article: str) -> list[Doc]:
        if article not in docs_cache:
            docs_cache[article] = [Doc(loc, f"{loc}/{article}", read_text(tree / loc / article))
                                   for loc in sorted(eligible[article])]
        return docs_cache[article]

    for k in kinds:
        for article in order[k]:
            if len(chosen[k]) >= args.per_kind:
                break
            docs = docs_of(article)
            rng = random.Random(f"{args.seed}:{k}:{article}:place")
            by_locale = {}
            for d in docs:
                if d.locale == args.source:
                    continue
                if k == "untranslated-en":
                    ps = places_untranslated_en(d, docs, pool, random.Random(f"{args.seed}:{k}:{d.rel}"))
                else:
                    ps = finders[k](d, docs)
                if ps:
                    by_locale[d.locale] = ps
            if not by_locale:
                continue
            loc = rng.choice(sorted(by_locale))
            chosen[k].append(rng.choice(by_locale[loc]))

    articles = sorted({p.rel.split("/", 1)[1] for ps in chosen.values() for p in ps})
    work = Path(tempfile.mkdtemp(prefix="plant-", dir="/tmp"))
    base = work / "base"
    files: set[str] = set()
    for a in articles:
        for loc in sorted(os.listdir(tree)):
            if (tree / loc / a).is_file():
                files.add(f"{loc}/{a}")
                files |= reached_includes(tree, f"{loc}/{a}")
    for rel in sorted(files):
        (base / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tree / rel, base / rel)
    if args.source:
        (base / "concord.toml").write_text(f'source-locale = "{args.source}"\n', encoding="utf-8")
    t_setup = time.monotonic() - t_start

    # 2. baseline
    base_findings, t_base = run_concord(args.concord, base, work / "base.json")
    print(f"tree: {len(articles)} articles, {len(files)} files (with includes) of {tree} "
          f"({len(eligible)} articles in >= {MIN_LOCALES} locales of one revision); work dir {work}")
    n_we = sum(1 for f in base_findings if f.get("severity") in ("error", "warning"))
    print(f"baseline (unplanted copy): {len(base_findings)} findings, {n_we} errors+warnings "
          f"({1000 * n_we / max(1, len(files)):.0f} per 1,000 files), concord {t_base:.1f}s")
    by_code = Counter(f["code"] for f in base_findings)
    sev = {f["code"]: f.get("severity") for f in base_findings}
    print("| code | severity | baseline findings | per 1,000 files |")
    print("|---|---|---:|---:|")
    for c in sorted(by_code):
        print(f"| {c} | {sev[c]} | {by_code[c]} | {1000 * by_code[c] / max(1, len(files)):.0f} |")
    print()

    # 3. plant per kind, run, compare
    rows, runtimes = [], []
    with open(details, "w", encoding="utf-8") as out:
        for k in kinds:
            kdir = work / k
            shutil.copytree(base, kdir)
            for p in chosen[k]:
                (kdir / p.rel).write_text("\n".join(p.new_lines), encoding="utf-8")
            planted, took = run_concord(args.concord, kdir, work / f"{k}.json")
            runtimes.append(took)
            n_rep = n_near = n_else = 0
            codes: Counter = Counter()
            for p in chosen[k]:
                article = p.rel.split("/", 1)[1]
                on_file = new_findings(base_findings, planted, lambda path, r=p.rel: path == r)
                elsewhere = new_findings(base_findings, planted,
                                         lambda path, r=p.rel, a=article: path != r and (path or "").endswith("/" + a))
                line1 = p.line + 1
                targets = [line1]
                if k == "section-dropped" and p.extra.get("previous_heading_line"):
                    targets.append(p.extra["previous_heading_line"])
                found, near_codes, dist_min = [], set(), None
                for (_, code, subj), fs, extra in on_file:
                    ranked = sorted(fs, key=lambda f: min(abs((f.get("line") or 0) - t) for t in targets))
                    for f in ranked[:extra]:
                        d = min(abs((f.get("line") or 0) - t) for t in targets)
                        dist_min = d if dist_min is None else min(dist_min, d)
                        if d <= args.near:
                            near_codes.add(code)
                        found.append({"code": code, "line": f.get("line"), "severity": f.get("severity"),
                                      "message": f.get("message"), "subject": f.get("subject"), "distance": d})
                rep = bool(found)
                n_rep += rep
                n_near += bool(near_codes)
                n_else += (not rep) and bool(elsewhere)
                for c in sorted({f["code"] for f in found}):
                    codes[c] += 1
                rec = {"kind": k, "variant": p.variant, "article": article, "locale": p.locale, "file": p.rel,
                       "line": line1, "before": p.before, "after": p.after, **p.extra,
                       "reported": rep, "near": bool(near_codes), "codes": sorted({f["code"] for f in found}),
                       "nearest_distance": dist_min, "new_findings": sorted(found, key=lambda f: (f["line"] or 0, f["code"])),
                       "new_elsewhere": sorted({f"{c}:{path}" for (path, c, _), fs, e in elsewhere})}
                out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
            rows.append((k, len(chosen[k]), n_rep, n_near, n_else, codes))
            if not args.keep:
                shutil.rmtree(kdir)

    print("| kind | planted | reported on planted file | near the place | rate | only on other files | codes (planted defects reported by) |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for k, n, r, near, other, codes in rows:
        rate = f"{r / n:.2f}" if n else "-"
        cs = ", ".join(f"{c} {m}" for c, m in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])))
        print(f"| {k} | {n} | {r} | {near} | {rate} | {other} | {cs} |")
    print("(only on other files: not reported on the planted file, but a new finding on another locale's file of the article)")
    short = [row[0] for row in rows if row[1] < args.per_kind]
    if short:
        print(f"\nfewer than {args.per_kind} applicable articles for: {', '.join(short)}")
    total = time.monotonic() - t_start
    print(f"\ndetails: {details}; runtime {total:.0f}s (setup {t_setup:.0f}s, baseline concord {t_base:.1f}s, "
          f"planted concord runs {sum(runtimes):.1f}s)")
    if args.keep:
        print(f"kept: {work} (base/, <kind>/, base.json, <kind>.json)")
    else:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
