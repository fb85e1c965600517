#!/usr/bin/env bash
# Validates concord's SARIF with Microsoft's SARIF multitool (`sarif-multitool validate`,
# from the npm registry): the official schema plus the SARIF validation rules. Installs
# the tool under target/ when missing; skips with a message only if it cannot be had.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
tool="$repo/target/sarif-multitool"
if ! [ -x "$tool/node_modules/.bin/sarif-multitool" ]; then
  mkdir -p "$tool"
  if ! (cd "$tool" && npm install --no-audit --no-fund --silent @microsoft/sarif-multitool@5 >/dev/null 2>&1); then
    echo "SARIF validation: SKIPPED (npm could not install @microsoft/sarif-multitool)"
    exit 0
  fi
fi
cargo build --quiet
out="$repo/target/sarif-check"
rm -rf "$out" && mkdir -p "$out"
roots=(corpus tests/fixtures/CC101_section-missing/fires tests/fixtures/CC301_claim-missing-in-locale/fires)
[ -d ../shared/realdocs-dev ] && roots+=(../shared/realdocs-dev)
i=0
for root in "${roots[@]}"; do
  i=$((i + 1))
  ./target/debug/concord check --format sarif "$root" > "$out/$i.sarif" || true
done
status=0
for f in "$out"/*.sarif; do
  log=$("$tool/node_modules/.bin/sarif-multitool" validate "$f" -o "$f.validation" 2>&1 || true)
  if grep -q ": error " <<<"$log"; then
    echo "$log" | grep ": error " | head -20
    status=1
  fi
done
if [ "$status" = 0 ]; then
  echo "SARIF validation: passed (${#roots[@]} reports, sarif-multitool validate)"
fi
exit "$status"
