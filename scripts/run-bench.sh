#!/usr/bin/env bash
# Runs every benchmark executable (bin/bench_*) of a Release build. Each prints human-readable lines
# and "BENCH name value" lines; the latter are merged into one flat JSON object, results.json.
set -euo pipefail
build=${1:?usage: run-bench.sh RELEASE_BUILD_DIR OUT_DIR}
out=${2:?usage: run-bench.sh RELEASE_BUILD_DIR OUT_DIR}
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
lines="$out/bench-lines.txt"
: > "$lines"
status=0
shopt -s nullglob
benches=("$build"/bin/bench_*)
if [ ${#benches[@]} -eq 0 ]; then
  echo "run-bench: no benchmarks found in $build/bin" >&2
  exit 1
fi
for bench in "${benches[@]}"; do
  echo "== $(basename "$bench")"
  if ! "$bench" | tee -a "$lines"; then
    echo "run-bench: $(basename "$bench") failed" >&2
    status=1
  fi
done
python3 - "$lines" "$out/results.json" <<'PY'
import json, sys
results = {}
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) == 3 and parts[0] == "BENCH":
        results[parts[1]] = float(parts[2])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(results, f, indent=2, sort_keys=True)
    f.write("\n")
print(f"run-bench: {len(results)} figures written to {sys.argv[2]}")
PY
exit $status
