#!/usr/bin/env bash
# Coder quality on the gold set: codes every article of ../shared/corpus with `entente extract
# --json` and scores the events against ../shared/gold/*.jsonl with ../shared/tools/score.py.
# Prints the scorer's figures (per relation, then sign, dyad and exact P/R/F1).
# usage: bench/quality.sh [ENTENTE_BINARY, or "" for build/release/entente] [score.py options, e.g.
#        --by-article for each article's misses and spurious events]
# Skips (exit 0) when ../shared is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/release/entente}"
shift || true
shared="$here/../shared"
if [ ! -d "$shared/gold" ] || [ ! -d "$shared/corpus" ]; then
  echo "quality: $shared/gold or corpus is absent; nothing to measure"
  exit 0
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# Only the .txt articles: the corpus's .jsonl files repeat them under other ids.
find "$shared/corpus" -name '*.txt' -print0 | sort -z | xargs -0 "$bin" extract --json > "$out"
for gold in "$shared"/gold/*.jsonl; do
  echo "== $(basename "$gold")"
  python3 "$shared/tools/score.py" "$gold" "$out" "$@"
done
