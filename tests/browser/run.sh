#!/usr/bin/env bash
# Browser test of the HTML report: renders reports of corpus/, the HTML-injection
# fixture and (when present) ../shared/realdocs-dev in headless Chromium, clicks the
# filters, and saves screenshots under target/browser/. Installs Chromium (Debian
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
cargo build --quiet
bin="$repo/target/debug/concord"
reports=()
"$bin" check corpus --html "$out/corpus.html" >/dev/null || true
reports+=("$out/corpus.html")
"$bin" check tests/reports/injection --html "$out/injection.html" >/dev/null || true
reports+=("$out/injection.html")
if [ -d "$repo/../shared/realdocs-dev" ]; then
  "$bin" check "$repo/../shared/realdocs-dev" --html "$out/realdocs-dev.html" >/dev/null || true
  reports+=("$out/realdocs-dev.html")
fi
demo="$repo/target/tmp/claims-demo.html"
if [ -f "$demo" ]; then reports+=("$demo"); fi
node "$here/check.mjs" "$out" "${reports[@]}"
echo "browser test: passed (screenshots in target/browser/)"
