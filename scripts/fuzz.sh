#!/usr/bin/env bash
# Builds every libFuzzer target of Pausa (tests/fuzz, pausa_add_fuzzer) and runs each for N seconds.
#
#   scripts/fuzz.sh [seconds]        default 60 seconds per fuzzer
#
# Uses clang in its own build directory (build-fuzz, or $PAUSA_FUZZ_BUILD_DIR) and at most
# $PAUSA_FUZZ_JOBS (default 2) build jobs. New inputs go to build-fuzz/fuzz-corpus/<name>/, so the seed
# corpora in the source tree stay as they are; a crash, leak or timeout leaves its input in
# build-fuzz/fuzz-artifacts/<name>/ and makes the script exit non-zero after all fuzzers ran.
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [seconds]   (a whole number of seconds per fuzzer, default 60)" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PAUSA_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${PAUSA_FUZZ_JOBS:-2}"

mkdir -p "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPAUSA_FUZZ=ON \
    -DCMAKE_CXX_COMPILER="${CXX:-clang++}" > "$build/configure.log" 2>&1 \
    || { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" --target pausa_fuzzers -j "$jobs"

failed=()
while read -r name timeout rss corpus dict; do
    [ -n "$name" ] || continue
    work="$build/fuzz-corpus/$name"
    artifacts="$build/fuzz-artifacts/$name"
    mkdir -p "$work" "$artifacts"
    echo "== $name: ${seconds}s, at most ${timeout}s and ${rss} MB an input, seeds from ${corpus#"$root"/}"
    extra=()
    [ -z "${dict:-}" ] || extra+=("-dict=$dict")
    if ! "$build/bin/$name" -max_total_time="$seconds" -max_len=65536 -timeout="$timeout" -rss_limit_mb="$rss" \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "${extra[@]}" "$work" "$corpus"; then
        failed+=("$name")
    fi
done < "$build/fuzzers.txt"

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
    exit 1
fi
echo "fuzz.sh: all fuzzers ran ${seconds}s without a crash, leak or timeout"
