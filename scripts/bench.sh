#!/usr/bin/env bash
# Whole-process benchmark on one generated tree, side by side:
#   (a) cat every byte, (b) bare walk + pulldown-cmark parse (examples/bare-parse, rayon),
#   (c) concord check --format json, (d) markdownlint-cli2 (if npm can install it).
# Prints MB/s, files/s and peak RSS of each, and the ratios c/b and c/d.
#
#   scripts/bench.sh [DIR]            # DIR default: /tmp/concord-bench (generated if missing)
#   ARTICLES=5600 LOCALES=18 SEED=1 SKIP_MDL=1 SKIP_2X=1 scripts/bench.sh
# Then the same runs (b), (c), (d) on a real tree, and (c0): concord with one check only
# (CC001, by a configuration outside the tree), the floor that no check can go under
# (walk, read, front matter, parse, segments, claims, index), REAL (default ../shared/realtree-dev,
# skipped with a message when it does not exist), markdownlint-cli2 on the same files.
# Unless SKIP_2X is set, (c) also runs on a tree twice as large (DIR-2x, generated with
# 2*ARTICLES) and the ratio of the two peak RSS figures is printed (target <= 1.20).
# Runs are warm-cache (the cat run first pulls the tree into the page cache).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-/tmp/concord-bench}
ARTICLES=${ARTICLES:-5600}
LOCALES=${LOCALES:-18}
SEED=${SEED:-1}
MDL_DIR=${MDL_DIR:-/tmp/concord-mdl}
REAL=${REAL:-../shared/realtree-dev}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

cargo build --release --quiet --bin concord --example bare-parse --example gen-corpus
if [ ! -d "$DIR" ]; then
  ./target/release/examples/gen-corpus --articles "$ARTICLES" --locales "$LOCALES" --seed "$SEED" --sections 4 --out "$DIR"
fi
FILES=$(find "$DIR" -type f -name '*.md' | wc -l)
BYTES=$(find "$DIR" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

# run NAME CMD...: wall seconds and peak RSS (KB) into $LOG/NAME.{secs,rss}
run() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$TIME" -v -o "$LOG/$name.time" "$@" > /dev/null 2> "$LOG/$name.err" || true
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l > "$LOG/$name.secs"
  awk -F': ' '/Maximum resident set size/ {print $2}' "$LOG/$name.time" > "$LOG/$name.rss"
}

run cat sh -c "find '$DIR' -type f -print0 | xargs -0 cat > /dev/null"
run bare ./target/release/examples/bare-parse "$DIR"
run concord ./target/release/concord check --format json --fail-on error "$DIR"
if [ -z "${SKIP_2X:-}" ]; then
  DIR2="$DIR-2x"
  if [ ! -d "$DIR2" ]; then
    ./target/release/examples/gen-corpus --articles "$((ARTICLES * 2))" --locales "$LOCALES" --seed "$SEED" --sections 4 --out "$DIR2"
  fi
  FILES2=$(find "$DIR2" -type f -name '*.md' | wc -l)
  BYTES2=$(find "$DIR2" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')
  run cat2 sh -c "find '$DIR2' -type f -print0 | xargs -0 cat > /dev/null"
  run concord2 ./target/release/concord check --format json --fail-on error "$DIR2"
fi
HAVE_MDL=0
if [ -z "${SKIP_MDL:-}" ]; then
  if [ ! -x "$MDL_DIR/node_modules/.bin/markdownlint-cli2" ]; then
    mkdir -p "$MDL_DIR" && (cd "$MDL_DIR" && npm install --silent --no-audit --no-fund markdownlint-cli2 > /dev/null 2>&1) || true
  fi
  if [ -x "$MDL_DIR/node_modules/.bin/markdownlint-cli2" ]; then
    HAVE_MDL=1
    # markdownlint exits 1 on lint errors; we only time it.
    run mdl sh -c "cd '$DIR' && '$MDL_DIR/node_modules/.bin/markdownlint-cli2' '**/*.md'"
  fi
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load: $(uptime | sed 's/.*load average: //')"
echo "tree:    $DIR  $FILES files, $(echo "$BYTES / 1000000" | bc) MB"
printf '%-34s %9s %9s %10s %12s\n' run seconds MB/s files/s "peak RSS MB"
# row NAME LABEL [BYTES FILES]: one line of the table (the generated tree's sizes by default)
row() {
  local name=$1 label=$2 bytes=${3:-$BYTES} files=${4:-$FILES} s rss
  s=$(cat "$LOG/$name.secs"); rss=$(cat "$LOG/$name.rss")
  printf '%-34s %9.2f %9.1f %10.0f %12.1f\n' "$label" "$s" "$(echo "$bytes / 1000000 / $s" | bc -l)" "$(echo "$files / $s" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}
row cat "(a) cat all bytes"
row bare "(b) bare walk + pulldown-cmark"
row concord "(c) concord check --format json"
[ "$HAVE_MDL" = 1 ] && row mdl "(d) markdownlint-cli2"
if [ -z "${SKIP_2X:-}" ]; then
  echo "tree 2x: $DIR2  $FILES2 files, $(echo "$BYTES2 / 1000000" | bc) MB"
  S2=$(cat "$LOG/concord2.secs"); R2=$(cat "$LOG/concord2.rss")
  printf '%-34s %9.2f %9.1f %10.0f %12.1f\n' "(c) concord on the 2x tree" "$S2" "$(echo "$BYTES2 / 1000000 / $S2" | bc -l)" "$(echo "$FILES2 / $S2" | bc -l)" "$(echo "$R2 / 1024" | bc -l)"
fi
B=$(cat "$LOG/bare.secs"); C=$(cat "$LOG/concord.secs")
printf 'c/b throughput: %.2f  (target >= 0.50)\n' "$(echo "$B / $C" | bc -l)"
if [ "$HAVE_MDL" = 1 ]; then
  D=$(cat "$LOG/mdl.secs")
  printf 'c/d speed-up:   %.1fx (target >= 10x)\n' "$(echo "$D / $C" | bc -l)"
else
  echo "c/d speed-up:   n/a (markdownlint-cli2 not run)"
fi
if [ -z "${SKIP_2X:-}" ]; then
  printf 'peak RSS 2x/1x:  %.2f  (target <= 1.20); 1x under 200 MB: %s\n' "$(echo "$R2 / $(cat "$LOG/concord.rss")" | bc -l)" "$([ "$(cat "$LOG/concord.rss")" -lt 204800 ] && echo yes || echo NO)"
fi
if grep -q . "$LOG/concord.err"; then echo "concord stderr:"; head -5 "$LOG/concord.err"; fi

# The real tree: bare parse, concord and markdownlint-cli2 on the same files, in this run.
if [ -d "$REAL" ]; then
  RFILES=$(find "$REAL" -type f -name '*.md' | wc -l)
  RBYTES=$(find "$REAL" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')
  run rcat sh -c "find '$REAL' -type f -print0 | xargs -0 cat > /dev/null"
  run rbare ./target/release/examples/bare-parse "$REAL"
  run rconcord ./target/release/concord check --format json --fail-on error "$REAL"
  printf '[checks]\nenable = ["CC001"]\n' > "$LOG/floor.toml"
  run rfloor ./target/release/concord check --format json --fail-on error --config "$LOG/floor.toml" "$REAL"
  [ "$HAVE_MDL" = 1 ] && run rmdl sh -c "cd '$REAL' && '$MDL_DIR/node_modules/.bin/markdownlint-cli2' '**/*.md'"
  echo "real tree: $REAL  $RFILES files, $(echo "$RBYTES / 1000000" | bc) MB"
  row rbare "(b) bare walk + pulldown-cmark" "$RBYTES" "$RFILES"
  row rconcord "(c) concord check --format json" "$RBYTES" "$RFILES"
  row rfloor "(c0) concord, CC001 only" "$RBYTES" "$RFILES"
  [ "$HAVE_MDL" = 1 ] && row rmdl "(d) markdownlint-cli2" "$RBYTES" "$RFILES"
  RB=$(cat "$LOG/rbare.secs"); RC=$(cat "$LOG/rconcord.secs")
  printf 'c/b throughput: %.2f  (target >= 0.50)\n' "$(echo "$RB / $RC" | bc -l)"
  printf 'c0/b throughput: %.2f  (the ceiling of c/b if every check cost nothing)\n' "$(echo "$RB / $(cat "$LOG/rfloor.secs")" | bc -l)"
  if [ "$HAVE_MDL" = 1 ]; then
    printf 'c/d speed-up:   %.1fx\n' "$(echo "$(cat "$LOG/rmdl.secs") / $RC" | bc -l)"
  fi
else
  echo "real tree: $REAL not found, skipped (REAL=DIR names another)"
fi
