#!/usr/bin/env bash
# Measures the HTML report at docs-site scale (not run by CI: minutes and ~600 MB of
# disk): generates a 101,124-file tree with gen-corpus (5,600 articles x 18 locales)
# into $DIR (default /tmp/concord-html-scale), writes its report with
# `concord check --html`, and prints the report's size, the wall time and the peak RSS
# (/usr/bin/time -v). With ../shared/realtree-dev present, does the same for it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dir="${DIR:-/tmp/concord-html-scale}"
cargo build --release --quiet --bin concord --example gen-corpus
bin="$repo/target/release/concord"
measure() { # name root
  local html="$dir/$1.html"
  /usr/bin/time -v "$bin" check "$2" --html "$html" >/dev/null 2>"$dir/$1.time" || true
  printf '%s: %s bytes, %s, peak RSS %s kB\n' "$1" "$(stat -c %s "$html")" \
    "$(grep 'Elapsed' "$dir/$1.time" | sed 's/.*): //')" \
    "$(grep 'Maximum resident' "$dir/$1.time" | awk '{print $NF}')"
}
mkdir -p "$dir"
if ! [ -d "$dir/tree" ]; then
  "$repo/target/release/examples/gen-corpus" --articles 5600 --locales 18 --seed 1 \
    --sections 4 --out "$dir/tree"
fi
measure gen-corpus-101k "$dir/tree"
if [ -d "$repo/../shared/realtree-dev" ]; then
  measure realtree-dev "$repo/../shared/realtree-dev"
fi
