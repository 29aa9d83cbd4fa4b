#!/usr/bin/env bash
# Renders Pausa's app icon (assets/icons/pausa.svg) to every PNG the platforms need; the PNGs are
# committed, so neither a build nor CI needs this script's tools (rsvg-convert from librsvg2-bin,
# pngtopnm/pnmtopng from netpbm). Run it after changing the SVG.
#   assets/icons/png/pausa-<N>.png          the Linux hicolor sizes (the package installs them)
#   android/res/mipmap-<density>/ic_launcher.png   launcher icons before Android 8 (adaptive after)
#   ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png   full-bleed and opaque, as iOS requires
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/pausa.svg

mkdir -p assets/icons/png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "assets/icons/png/pausa-$size.png"
done

for pair in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
  density=${pair%%:*} size=${pair##*:}
  mkdir -p "android/res/mipmap-$density"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "android/res/mipmap-$density/ic_launcher.png"
done

# iOS draws its own rounded corners and refuses an app icon with an alpha channel: the background
# square fills the canvas, and the alpha channel is dropped (pngtopnm keeps only the colour).
full_bleed=$(mktemp --suffix=.svg)
sed 's|<rect id="background"[^>]*/>|<rect id="background" x="0" y="0" width="256" height="256" fill="#00796b"/>|' \
  "$svg" > "$full_bleed"
mkdir -p ios/Assets.xcassets/AppIcon.appiconset
rsvg-convert -w 1024 -h 1024 -b '#00796b' "$full_bleed" | pngtopnm | pnmtopng -compression 9 \
  > ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png
rm -f "$full_bleed"
echo "make-icons: done"
