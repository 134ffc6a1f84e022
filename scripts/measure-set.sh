#!/usr/bin/env bash
# scripts/measure-set.sh <built checkout> <outdir> <LETTER> [parts]: scores the blind set LETTER
# ($BLIND_ROOT/blind-LETTER, default ../blind-LETTER: kept outside the repository, see docs/blind-sets/) on a
# built checkout with the repo's own scorers: eval-questions (chat, typos, follow-ups), eval-real (ingest)
# and eval-drafts --both (questions on the drafts, both languages). parts: any of "chat ar en".
# Listings go to <outdir>/*.txt; the summary (numbers only) to <outdir>/summary.txt and stdout: a sealed set's
# first run and final are read from the summary alone.
set -u
C="$(cd "$1" && pwd)"; O="$(mkdir -p "$2" && cd "$2" && pwd)"; L="$3"; B="${BLIND_ROOT:-..}/blind-$L"; P="${4:-chat ar en}"  # parts to score
mkdir -p "$O"; cd "$C"
touch "$O/summary.txt"
for f in chat typos followups; do
  [[ " $P " == *" chat "* ]] || continue
  [ -f "$B/$f-$L.jsonl" ] || continue
  node dist/scripts/eval-questions.js "$B/$f-$L.jsonl" --verbose > "$O/$f.txt" 2>&1
  tail -1 "$O/$f.txt" | sed "s#$B/##" >> "$O/summary.txt"
done
for s in ar en; do
  [[ " $P " == *" $s "* ]] || continue
  D="$B/$s-$L"; [ -f "$D/gold.jsonl" ] || continue
  node dist/scripts/eval-real.js "$D" --verbose > "$O/ingest-$s.txt" 2>&1
  echo "ingest $s-$L: $(grep -m1 '^right speaker' "$O/ingest-$s.txt")" >> "$O/summary.txt"
  node dist/scripts/eval-drafts.js --both --verbose "$D" > "$O/drafts-$s.txt" 2>&1
  grep -E '^(ar|en)-' "$O/drafts-$s.txt" | sed 's/^/drafts /' >> "$O/summary.txt"
done
tail -n 8 "$O/summary.txt"
