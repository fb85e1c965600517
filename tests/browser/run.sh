#!/usr/bin/env bash
# Browser test of the HTML report: renders reports of corpus/, the HTML-injection
# fixture, (when present) ../shared/realdocs-dev, and two large reports: a generated
# gen-corpus tree of 3,600 files and (when present) ../shared/realtree-dev (5,363 files;
# skipped with a message when absent). Opens each in headless Chromium: load time (large
# reports must be interactive within 2 s), a filter click (totals change), opening one
# article (details render, a diff is computed); screenshots under target/browser/. Installs Chromium (Debian
# package) and playwright-core (npm) when missing; skips only if Chromium cannot be had.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

if ! [ -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 || true
  fi
fi
if ! [ -x /usr/bin/chromium ]; then
  echo "browser test: SKIPPED (Chromium could not be installed: /usr/bin/chromium missing)"
  exit 0
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  (apt-get install -y -qq nodejs npm) >/dev/null 2>&1 || true
fi
if ! [ -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi

out="$repo/target/browser"
mkdir -p "$out"
# Release builds: the large reports take seconds there, minutes in a debug build.
cargo build --release --quiet --bin concord --example gen-corpus
bin="$repo/target/release/concord"
reports=()
"$bin" check corpus --html "$out/corpus.html" >/dev/null || true
reports+=("$out/corpus.html")
"$bin" check tests/reports/injection --html "$out/injection.html" >/dev/null || true
reports+=("$out/injection.html")
if [ -d "$repo/../shared/realdocs-dev" ]; then
  "$bin" check "$repo/../shared/realdocs-dev" --html "$out/realdocs-dev.html" >/dev/null || true
  reports+=("$out/realdocs-dev.html")
fi
gen="$out/gen-corpus-3600"
if ! [ -d "$gen" ]; then
  "$repo/target/release/examples/gen-corpus" --articles 200 --locales 18 --seed 7 \
    --sections 4 --defect-rate 10 --out "$gen" >/dev/null
fi
"$bin" check "$gen" --html "$out/large-gen-corpus.html" >/dev/null || true
reports+=("$out/large-gen-corpus.html")
if [ -d "$repo/../shared/realtree-dev" ]; then
  "$bin" check "$repo/../shared/realtree-dev" --html "$out/large-realtree-dev.html" >/dev/null || true
  reports+=("$out/large-realtree-dev.html")
else
  echo "browser test: ../shared/realtree-dev is absent: its large report is not tested"
fi
demo="$repo/target/tmp/claims-demo.html"
if [ -f "$demo" ]; then reports+=("$demo"); fi
node "$here/check.mjs" "$out" "${reports[@]}"
echo "browser test: passed (screenshots in target/browser/)"
