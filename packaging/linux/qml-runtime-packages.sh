#!/usr/bin/env bash
# Prints, comma-separated, the Debian packages that hold what Pausa loads at run time as plugins, which
# dpkg-shlibdeps cannot see (it reads only the libraries a binary links): the QML modules its QML
# imports, the modules those import in turn (their qmldir and QML files), and the Qt plugins it opens
# (the SQLite driver, the platform plugins, the SVG icon engine that draws the window icon). Used by
# cmake/PausaPackaging.cmake at configure time.
#   qml-runtime-packages.sh QML_SOURCE_DIR QT_QML_DIR QT_PLUGIN_DIR
set -euo pipefail
src=$1 qt_qml=$2 qt_plugins=$3

imports_in() { # the module URIs imported by the given files
  grep -hoE '^[[:space:]]*(import|depends)[[:space:]]+[A-Za-z][A-Za-z0-9_.]*' "$@" 2>/dev/null \
    | awk '{print $NF}' || true
}
owner() { dpkg-query -S "$1" 2>/dev/null | head -n1 | cut -d: -f1; }

declare -A seen=()
packages=()
mapfile -t queue < <(find "$src" -name '*.qml' -print0 | xargs -0 cat | imports_in /dev/stdin | sort -u)
while ((${#queue[@]})); do
  module=${queue[0]}
  queue=("${queue[@]:1}")
  [[ -n ${seen[$module]:-} ]] && continue
  seen[$module]=1
  dir="$qt_qml/${module//.//}"
  if [[ ! -f $dir/qmldir ]]; then
    # Pausa's own modules are inside the binary (qrc); any other is missing on this machine.
    [[ $module == Pausa || $module == Pausa.* ]] || echo "qml-runtime-packages: $module is not installed here" >&2
    continue
  fi
  packages+=("$(owner "$dir/qmldir")")
  mapfile -t -O "${#queue[@]}" queue < <(imports_in "$dir/qmldir" "$dir"/*.qml "$dir"/qml/*.qml)
  # Qt's implementation modules, loaded by the module's plugin rather than imported by name.
  for impl in impl quickimpl; do
    [[ -f $dir/$impl/qmldir ]] && queue+=("$module.$impl")
  done
done

for plugin in sqldrivers/libqsqlite.so platforms/libqxcb.so iconengines/libqsvgicon.so; do
  [[ -f $qt_plugins/$plugin ]] && packages+=("$(owner "$qt_plugins/$plugin")")
done

printf '%s\n' "${packages[@]}" | grep -v '^$' | sort -u | paste -sd, - | sed 's/,/, /g'
