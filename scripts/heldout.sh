#!/bin/sh
# Held-out scoring of claim extraction on ../shared/realdocs-dev (issue 12).
#
# Split rule (fixed, by locale: the issue's held-out sets are unseen locales): the
# translations' locales sorted by name (en-us, the source, is always tuned on), every
# second one from the second on is held back:
#   tune:      en-us de-de fr-fr pl-pl ru-ru
#   held back: es-es ja-jp pt-br zh-cn
# Extraction reads one document at a time, so concord runs on the whole tree and only
# the labels are filtered; nothing is copied.
#
# usage: scripts/heldout.sh [CONCORD] [ROOT]    (defaults: target/release/concord,
#        ../shared/realdocs-dev). Prints the scorer's last line for the held-back half,
#        the tuning half and everything; the full reports go to /tmp/claims2-heldout/.
set -eu
concord=${1:-target/release/concord}
root=${2:-$(dirname "$0")/../../shared/realdocs-dev}
[ -d "$root" ] || root=/work/shared/realdocs-dev
scorer=$(dirname "$root")/scripts/score-claims.py
out=/tmp/claims2-heldout
mkdir -p "$out"
"$concord" claims --format json "$root" > "$out/claims.json"
held=$(cut -f1 "$root/labels.tsv" | sed 1d | cut -d/ -f1 | sort -u | grep -vx en-us | awk 'NR % 2 == 0')
pattern=$(echo $held | sed 's/ /|/g')
head -1 "$root/labels.tsv" > "$out/held.tsv"
head -1 "$root/labels.tsv" > "$out/tune.tsv"
sed 1d "$root/labels.tsv" | grep -E "^($pattern)/" >> "$out/held.tsv"
sed 1d "$root/labels.tsv" | grep -vE "^($pattern)/" >> "$out/tune.tsv"
for part in held tune; do
    python3 "$scorer" "$out/$part.tsv" "$out/claims.json" > "$out/$part.txt" || true
done
python3 "$scorer" "$root/labels.tsv" "$out/claims.json" > "$out/all.txt" || true
echo "held back ($(echo $held)): $(tail -1 "$out/held.txt")"
echo "tuning half:            $(tail -1 "$out/tune.txt")"
echo "everything:             $(tail -1 "$out/all.txt")"
