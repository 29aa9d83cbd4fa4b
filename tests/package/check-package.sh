#!/usr/bin/env bash
# tst_package: builds the Debian package from the already-built tree (cpack, into its own folder) and
# checks it without installing it: its dependencies resolve (apt-get --simulate), lintian finds no
# error, the .desktop file and the AppStream metainfo validate, the manual pages name every option of
# --help, and, extracted into a temporary root, the packaged programs work: `pausa --version` and
# `--help` with no display, `pausa-content check lessons/` says what the built one says, and the app
# reaches its first frame offscreen. Exit 77 (ctest: skipped) when a Debian tool is absent.
#   check-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -uo pipefail
build=$1 src=$2 version=$3 app_id=$4

for tool in cpack dpkg-deb dpkg-shlibdeps apt-get lintian appstreamcli desktop-file-validate; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (scripts/install-deps.sh installs it on Debian/Ubuntu)"
    exit 77
  fi
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
expect() { # expect WHAT COMMAND...: passes or fails WHAT by the command's status
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

out="$build/package-test"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out"
if ! cpack --config "$build/CPackConfig.cmake" -B "$out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack could not build the package"
  exit 1
fi
deb="$out/pausa_${version}_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || { ls "$out"; echo "FAIL: no $deb"; exit 1; }
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"

# Its dependencies (computed by dpkg-shlibdeps, plus the plugins' packages) resolve on this system.
if apt-get install --simulate "$deb" >"$work/apt.log" 2>&1; then
  pass "apt-get install --simulate resolves: $(dpkg-deb -f "$deb" Depends | tr -d '\n')"
else
  cat "$work/apt.log"; fail "apt-get install --simulate"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
for file in usr/bin/pausa usr/bin/pausa-content usr/share/man/man1/pausa.1.gz usr/share/man/man1/pausa-content.1.gz \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/doc/pausa/copyright usr/share/doc/pausa/changelog.gz; do
  [[ -f $root/$file ]] || fail "missing /$file"
done
for size in 16 24 32 48 64 128 256 512; do
  [[ -f $share/icons/hicolor/${size}x${size}/apps/$app_id.png ]] || fail "missing the ${size}x${size} icon"
done
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "the .desktop file's Icon is not $app_id"
# Nothing of the build tree is reached at run time: no run path, Qt from the system.
if readelf -d "$root/usr/bin/pausa" | grep -qE 'R(UN)?PATH'; then fail "the packaged pausa has a run path"; fi

expect "desktop-file-validate" desktop-file-validate "$share/applications/$app_id.desktop"
if appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1; then
  pass "appstreamcli validate --no-net"
else
  cat "$work/as.log"; fail "appstreamcli validate --no-net"
fi

# No display at all for --version and --help.
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
got=$("${nodisplay[@]}" "$root/usr/bin/pausa" --version 2>&1)
expect "pausa --version: $got" test "$got" = "Pausa $version"
got=$("${nodisplay[@]}" "$root/usr/bin/pausa-content" --version 2>&1)
expect "pausa-content --version: $got" test "$got" = "pausa-content $version"
for program in pausa pausa-content; do
  help=$("${nodisplay[@]}" "$root/usr/bin/$program" --help 2>&1) || fail "$program --help exited non-zero"
  page=$(zcat "$share/man/man1/$program.1.gz" | sed 's/\\-/-/g')
  while read -r option; do
    grep -q -- "$option" <<<"$page" || fail "$program.1 does not document $option (from --help)"
  done < <(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
done
pass "the manual pages name every option of --help"

# The packaged checker says what the built one says, exit status included.
(cd "$src" && "$root/usr/bin/pausa-content" check lessons/ >"$work/packaged.txt" 2>&1; echo "exit $?" >>"$work/packaged.txt")
(cd "$src" && "$build/bin/pausa-content" check lessons/ >"$work/built.txt" 2>&1; echo "exit $?" >>"$work/built.txt")
if diff -u "$work/built.txt" "$work/packaged.txt"; then
  pass "pausa-content check lessons/ as built: $(tail -n 2 "$work/packaged.txt" | head -n 1)"
else
  fail "the packaged pausa-content check differs from the built one"
fi

# The packaged app (its QML inside the binary, Qt from the system) reaches its first frame.
mkdir -p "$work/home/config" "$work/home/data" "$work/runtime"
chmod 700 "$work/runtime"
frame=$(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
  XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen \
  timeout 60 "$root/usr/bin/pausa" --exit-after-first-frame --data-dir "$work/data" 2>&1)
if grep -q '^FIRST_FRAME' <<<"$frame"; then pass "the packaged app reached its first frame offscreen"; else
  echo "$frame"; fail "the packaged app did not reach its first frame"; fi

# lintian: no error. Its warnings are listed in README.md ("Packaging"), each with its reason.
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1
status=$?
cat "$work/lintian.log"
expect "lintian: no error" test "$status" -eq 0

echo "tst_package: $failures failure(s)"
[[ $failures -eq 0 ]]
