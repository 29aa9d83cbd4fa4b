#!/usr/bin/env bash
# Renders the main screens headless to build/screenshots/*.png (phone 360x740 and laptop 1280x800,
# light and dark), following scripts/screenshot-tour.txt.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
out="$build/screenshots"
rm -rf "$out"
QT_QPA_PLATFORM=offscreen "$build/bin/pausa-screenshots" --out "$out" --tour "$here/screenshot-tour.txt" "${@:2}"
