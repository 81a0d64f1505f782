#!/usr/bin/env bash
# PETRARCH-2's unit-test records as a diagnostic of actor handling (issue 3, item 6): writes the
# suite's sentences with ../shared/tools/petrarch_suite.py, codes them with the suite's own actor
# and agent dictionaries (PETR.Validate.*, loaded through the PETRARCH dictionary reader) and
# prints what `petrarch_suite.py score` prints; its last line is the share of expected events
# found. Many records test PETRARCH's private verb dictionary, so this is a figure to explain,
# not to chase sentence by sentence: bench/petrarch_breakdown.py first sorts the expected events
# by why they were missed (plans we do not code, verbs we lack, relation codes that differ, actors).
# usage: bench/petrarch_suite.sh [ENTENTE_BINARY]
# Skips (exit 0) when ../shared is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/release/entente}"
shared="$here/../shared"
suite="$shared/tools/petrarch_suite.py"
peers="$shared/peers/petrarch2"
if [ ! -f "$suite" ] || [ ! -d "$peers" ]; then
  echo "petrarch_suite: $suite or $peers is absent; nothing to measure"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$suite" articles "$work/articles.jsonl"
# Exit status 1 only means some input was reported; the events are still written.
"$bin" extract --json \
  --petrarch-actors "$peers/PETR.Validate.actors.txt" \
  --petrarch-agents "$peers/PETR.Validate.agents.txt" \
  "$work/articles.jsonl" > "$work/events.jsonl" 2> "$work/errors.txt" || true
if [ -s "$work/errors.txt" ]; then
  echo "petrarch_suite: $(wc -l < "$work/errors.txt") problem(s) reported while coding, first ones:"
  head -5 "$work/errors.txt"
fi
python3 "$here/bench/petrarch_breakdown.py" "$suite" "$work/events.jsonl"
python3 "$suite" score "$work/events.jsonl"
