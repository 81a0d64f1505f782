#!/usr/bin/env bash
# Fuzzes one libFuzzer target: scripts/fuzz.sh TARGET SEEDS WORK SECONDS MAX_LEN
# Runs TARGET for SECONDS from the inputs in SEEDS. With $FUZZ_SECONDS set (make fuzz) it runs that
# long instead and keeps what it finds in WORK/corpus for the next such run; without (ctest's
# short runs) it starts from the seeds alone, so that a long run's corpus does not slow the tests.
# Fails on any crash, hang (an input over 10 s), leak, memory blow-up or sanitizer report, leaving
# the input in WORK/ and the log in WORK/log. On success prints one line: the target, the seconds
# it ran clean and the inputs it tried.
set -euo pipefail

target=$1 seeds=$2 work=$3 seconds=${FUZZ_SECONDS:-$4} max_len=$5
name=$(basename "$target")
corpus=$work/corpus
if [ -z "${FUZZ_SECONDS:-}" ]; then
  corpus=$work/short-run
  rm -rf "$corpus"
fi
mkdir -p "$corpus"
rm -f "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-*

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

start=$(date +%s)
status=0
"$target" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len="$max_len" -artifact_prefix="$work/" -print_final_stats=1 >"$work/log" 2>&1 || status=$?
elapsed=$(($(date +%s) - start))

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
if [ "$status" -ne 0 ]; then
  tail -n 60 "$work/log"
  artifact=$(ls "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-* 2>/dev/null | head -n 1 || true)
  echo "$name: FAILED after ${elapsed}s (exit $status); input: ${artifact:-none}; log: $work/log"
  echo "reproduce: $target ${artifact:-INPUT}"
  exit 1
fi
echo "$name: clean for ${elapsed}s, ${runs:-?} inputs, corpus $(ls "$corpus" | wc -l) files" | tee "$work/summary"
