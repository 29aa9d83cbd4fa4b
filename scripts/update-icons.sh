#!/usr/bin/env bash
# Copies the Material icons listed in assets/icons/material/icons.txt out of the pinned npm package
# @material-design-icons/svg (Apache-2.0), with its licence. To add an icon: find its name at
# https://marella.github.io/material-design-icons/demo/svg/, add "<style> <name>" to icons.txt, run
# this script, re-run cmake (the icons are globbed into the app's resources), and use it as
# Icon { name: "<name>" } (or "<name>_filled"). Needs npm and network access to registry.npmjs.org.
set -euo pipefail
version=0.14.15
cd "$(dirname "$0")/.."
out=assets/icons/material
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@material-design-icons/svg@$version" >/dev/null && tar xzf ./*.tgz)
cp "$work/package/LICENSE" "$out/LICENSE"
rm -f "$out"/*.svg
while read -r style name; do
  [[ -z $style || $style == \#* ]] && continue
  case "$style" in
    outlined) target=$name.svg ;;
    filled) target=${name}_filled.svg ;;
    *) echo "update-icons: unknown style '$style' for $name (outlined or filled)" >&2; exit 1 ;;
  esac
  src="$work/package/$style/$name.svg"
  [[ -f $src ]] || { echo "update-icons: no icon $style/$name in version $version" >&2; exit 1; }
  cp "$src" "$out/$target"
done < "$out/icons.txt"
echo "update-icons: $(ls "$out"/*.svg | wc -l) icons from @material-design-icons/svg@$version in $out"
