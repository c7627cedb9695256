#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (CMake preset "fuzz", build/fuzz) and runs
# fuzz_sync for SECONDS (default 20) on a corpus seeded from tests/fuzz/seeds.
# Exit status: 0 when no crash was found; the fuzzer's status otherwise.
#   tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
jobs="${JOBS:-2}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs" --target fuzz_sync
corpus=build/fuzz/corpus
mkdir -p "$corpus"
cp -n tests/fuzz/seeds/* "$corpus"/ 2>/dev/null || true
exec build/fuzz/tests/fuzz/fuzz_sync -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$corpus"
