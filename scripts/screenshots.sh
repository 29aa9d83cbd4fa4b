#!/usr/bin/env bash
# Renders the main screens to build/screenshots/*.png (phone 360x740 and laptop 1280x800, light and
# dark), following scripts/screenshot-tour.txt, and the same screens at the largest text size (light)
# to build/screenshots/large-text/ (scripts/screenshot-tour-large-text.txt), and a library of two
# courses to build/screenshots/library/ (scripts/screenshot-tour-library.txt). Under Xvfb when it is
# installed, because the offscreen platform's software renderer leaves out parts of the Material
# style (button backgrounds); otherwise offscreen.
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
out="$build/screenshots"
rm -rf "$out"
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
render() {
  if command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" "$build/bin/pausa-screenshots" "$@"
  else
    QT_QPA_PLATFORM=offscreen "$build/bin/pausa-screenshots" "$@"
  fi
}
render --out "$out" --tour "$here/screenshot-tour.txt" "${@:2}"
render --out "$out/large-text" --tour "$here/screenshot-tour-large-text.txt" --themes light "${@:2}"
# A library: the bundled course with the test course of another language and field beside it.
render --out "$out/library" --tour "$here/screenshot-tour-library.txt" --lessons "$here/../tests/support/courses" "${@:2}"
rm -rf "$runtime"
