#!/usr/bin/env bash
# Fails when a C++ source differs from what clang-format (.clang-format) would write.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.h' '*.cc' 2>/dev/null || find core ingest graph query tools tests bench -name '*.h' -o -name '*.cc')
clang-format --dry-run --Werror "${files[@]}"
