#!/usr/bin/env bash
# Crash soak: the crash harness of tests/e2e/store_test.py (SIGKILL an ingest at random moments,
# check every invariant and that the store is a prefix of the input, finish, compare with an
# uninterrupted run) repeated with many seeds and kills. Minutes, not seconds: not part of ctest.
#   bench/crash_soak.sh [RUNS] [KILLS_PER_RUN] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
kills=${2:-6}
bin="$PWD/${3:-build/release}/entente"
cd tests/e2e
for seed in $(seq 1 "$runs"); do
  echo "crash_soak: run $seed of $runs, $kills kills"
  ENTENTE_BIN="$bin" ENTENTE_CRASH_SEED="$seed" ENTENTE_CRASH_ROUNDS="$kills" python3 -m unittest -q \
    store_test.StoreUnderProcesses.test_sigkill_leaves_a_prefix_and_ingesting_again_ends_as_an_uninterrupted_run
done
echo "crash_soak: $runs runs passed"
