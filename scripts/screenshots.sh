#!/usr/bin/env bash
# Renders the main screens to build/screenshots/*.png (phone 360x740 and laptop 1280x800, light and
# dark), following scripts/screenshot-tour.txt. Under Xvfb when it is installed, because the offscreen
# platform's software renderer leaves out parts of the Material style (button backgrounds, shadows);
# otherwise offscreen.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
out="$build/screenshots"
rm -rf "$out"
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
shots=("$build/bin/pausa-screenshots" --out "$out" --tour "$here/screenshot-tour.txt" "${@:2}")
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" "${shots[@]}"
else
  QT_QPA_PLATFORM=offscreen "${shots[@]}"
fi
rm -rf "$runtime"
