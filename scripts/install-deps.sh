#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing Entente need, and only those missing.
# apt-get runs directly as root, through sudo when available, and otherwise we print the command.
set -euo pipefail

packages=(
  # build
  g++ cmake make clang-format
  # the sanitizer build and the fuzz targets (make test, make fuzz): clang, its sanitizer and
  # libFuzzer runtimes, and llvm-symbolizer so that reports name source lines
  clang libclang-rt-14-dev llvm
  # libraries, found by CMake with find_package(... CONFIG)
  librocksdb-dev libfmt-dev doctest-dev rapidjson-dev libboost-graph-dev
  # the query prompt's line editing and history (BSD-licensed, found through pkg-config)
  libedit-dev pkg-config
  # tests: the end-to-end scripts and the scorers in ../shared are Python
  python3
  # tests: the exports are proven by opening them in the clients analysts use (tests/e2e/export_test.py);
  # bench/export_speed and bench/query_bench: networkx writes and answers the same (Debian's python3)
  libxml2-utils python3-networkx python3-igraph graphviz
  # tests and bench/dictionary_bench: ISO 3166 codes, to check and count the shipped states
  iso-codes
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

command=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "entente: missing Debian packages: ${missing[*]}" >&2
  echo "entente: run as root: apt-get update && ${command[*]}" >&2
  exit 1
fi

echo "entente: installing ${missing[*]}"
# A fresh machine may have empty package lists; update only when an install needs it.
if ! DEBIAN_FRONTEND=noninteractive "${run[@]}" "${command[@]}"; then
  "${run[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${run[@]}" "${command[@]}"
fi
