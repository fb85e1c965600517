#!/usr/bin/env bash
# Fuzzes concord with cargo-fuzz (fuzz/): front matter, Markdown segmenting, alignment,
# claim extraction, and the whole pipeline with every output format on a generated
# locale-root tree (`tree`), SECONDS each (default 60), one target at a time, one job. Corpora are seeded from the project's own files (tests/fixtures,
# tests/hostile, corpus/) with fuzz/markdown.dict as dictionary.
#
#   scripts/fuzz.sh [SECONDS]              every target
#   FUZZ_TARGETS="claims align" scripts/fuzz.sh 300
#   FUZZ_ARGS="-max_len=65536" scripts/fuzz.sh 240     extra libFuzzer flags
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Without them it
# says so and exits 0: on stable, tests/properties.rs checks the same entry points
# (PROPTEST_CASES=100000 cargo test --release --test properties).
# A crash, timeout or OOM leaves its input in fuzz/artifacts/TARGET/ and exit status 1;
# keep it (minimised with `cargo +nightly fuzz tmin TARGET FILE`) under
# tests/fuzz-regressions/TARGET/, where tests/fuzz_regressions.rs replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
secs=${1:-60}
read -r -a targets <<<"${FUZZ_TARGETS:-front_matter markdown_segments align claims tree}"

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: no nightly toolchain (cargo-fuzz needs one): skipped."
  echo "      The property tests cover the same entry points on stable:"
  echo "      PROPTEST_CASES=100000 cargo test --release --test properties"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz is not installed (cargo install cargo-fuzz): skipped."
  echo "      The property tests cover the same entry points on stable:"
  echo "      PROPTEST_CASES=100000 cargo test --release --test properties"
  exit 0
fi

# Locales in the order of LOCALES in fuzz/src/lib.rs: a seed's first byte picks one.
locales=(cs-cz de-de en-us es-es fr-fr hu-hu it-it ja-jp ko-kr nl-nl pl-pl pt-br pt-pt
  ru-ru sv-se tr-tr zh-cn zh-tw)
locale_byte() { # FILE -> index of its locale (ms.contentlocale, else path, else en-us)
  local tag i
  tag=$(grep -a -m1 -o 'ms.contentlocale: *[A-Za-z-]*' "$1" 2>/dev/null | sed 's/.*: *//' || true)
  tag=${tag,,}
  if [ -z "$tag" ]; then
    tag=$(grep -o -E '/[a-z]{2}-[a-z]{2}/' <<<"/$1" | head -n1 | tr -d / || true)
  fi
  for i in "${!locales[@]}"; do
    [ "${locales[$i]}" = "$tag" ] && { echo "$i"; return; }
  done
  echo 2
}
put() { # TARGET < bytes: one seed named by its hash
  local tmp sum
  tmp=$(mktemp)
  cat >"$tmp"
  sum=$(sha1sum "$tmp" | cut -c1-16)
  mv "$tmp" "fuzz/corpus/$1/seed-$sum"
}
# tree: KEYS and LOCALES of concord::report::invariants, in their order.
tree_keys=(title description author ms.author ms.service ms.subservice ms.topic ms.date
  ms.openlocfilehash ms.sourcegitcommit ms.translationtype ms.contentlocale ms.lasthandoff
  ms.locfileid)
tree_locales=(en-us fr-fr de-de ja-jp zh-cn ru-ru es-mx xx-yy)
tree_page() { # FILE INDEX -> one page of a `tree` input: locale byte, the values, the body
  local key
  printf "\\x$(printf %02x "$2")\\x00"
  for key in "${tree_keys[@]}"; do
    printf '\xfe'
    sed -n "s/^$key: *//p" "$1" | head -n1 | tr -d '\n'
  done
  printf '\xfe'
  awk 'n >= 2 { print } /^---[[:space:]]*$/ { n++ }' "$1"
}
tree_seed() { # FILES... -> one `tree` input, a page a file (locale from the path)
  local f i j first=1
  for f in "$@"; do
    j=$((${#tree_locales[@]} - 1))
    for i in "${!tree_locales[@]}"; do
      case "$f" in */"${tree_locales[$i]}"/*) j=$i ;; esac
    done
    [ $first = 1 ] || printf '\xff'
    first=0
    tree_page "$f" "$j"
  done
}
seed() {
  local t f d first
  for t in front_matter markdown_segments align claims tree; do mkdir -p "fuzz/corpus/$t"; done
  mapfile -t files < <(find tests/fixtures tests/hostile corpus -type f \
    \( -name '*.md' -o -name '*.txt' -o -name '*.yml' -o -name '*.yaml' \) | sort)
  for f in "${files[@]}"; do
    for t in front_matter markdown_segments; do put "$t" <"$f"; done
    { printf "\\x$(printf %02x "$(locale_byte "$f")")"; cat "$f"; } | put claims
  done
  # align: the files of one fixture case (or all of corpus/) as one article.
  mapfile -t cases < <(find tests/fixtures -mindepth 2 -maxdepth 2 -type d | sort; echo corpus)
  for d in "${cases[@]}"; do
    first=1
    for f in $(find "$d" -type f \( -name '*.md' -o -name '*.txt' \) | sort); do
      [ $first = 1 ] || printf '\xff'
      first=0
      printf "\\x$(printf %02x "$(locale_byte "$f")")"
      cat "$f"
    done | put align
    # shellcheck disable=SC2046 # file names of the fixtures have no spaces
    [ "$d" = corpus ] || tree_seed $(find "$d" -type f -name '*.md' | sort | head -n 8) | put tree
  done
}

seed
mkdir -p fuzz/logs
status=0
summary=()
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${secs}s"
  log="fuzz/logs/$t.log"
  set +e
  cargo +nightly fuzz run "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
    -dict="$root/fuzz/markdown.dict" -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  set -e
  stats=$(grep -a -E '^#[0-9]+' "$log" | tail -n1 | tr -s '\t ' ' ')
  runs=$(grep -a -o -E 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n1 || true)
  if [ $rc -ne 0 ]; then
    status=1
    grep -a -E 'panicked|ERROR: libFuzzer|SUMMARY|Test unit written' "$log" | head -n 8 || true
    summary+=("$t: FAILED (exit $rc), see $log and fuzz/artifacts/$t/")
  else
    summary+=("$t: ${runs:-?}; last: $stats")
  fi
done
echo "== fuzz summary (logs in fuzz/logs/)"
printf '%s\n' "${summary[@]}"
exit $status
