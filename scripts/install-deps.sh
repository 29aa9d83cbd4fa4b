#!/usr/bin/env bash
# Installs what Pausa needs to build, test and run, on Debian 12 / Ubuntu 24.04.
# A quick no-op when everything is already there; elsewhere it prints what to install.
set -euo pipefail

# Build tools, Qt 6 modules (runtime + dev), QML modules that the app, the Quick tests and qmllint
# import, GStreamer plugins (without plugins-base Qt 6.4 Multimedia's player crashes in its constructor;
# without plugins-good it cannot play the WAV cues),
# the tools for headless screenshots, the Qt Quick file dialog's folder model (where no native
# dialog is at hand), the package checks (cpack's shlibdeps needs `file`; tst_package) and the
# Android resource link-check (aapt and Android 10's framework-res.apk; tst_android_resources), and for the catalog tests and
# bench: nginx (a real static web host, started by the tests on a loopback port) and curl (the
# download baseline of `make bench`).
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  qt6-declarative-dev qt6-declarative-dev-tools
  qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-shapes
  qml6-module-qtquick-dialogs qml6-module-qtmultimedia qml6-module-qttest
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  fonts-dejavu-core xvfb xauth
  qml6-module-qt-labs-folderlistmodel
  file desktop-file-utils appstream lintian
  aapt android-framework-res
  nodejs npm
  nginx-light curl
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    # node and npm may come from elsewhere (NodeSource's nodejs bundles npm and conflicts with Debian's).
    case "$p" in nodejs) command -v node >/dev/null 2>&1 && continue ;; npm) command -v npm >/dev/null 2>&1 && continue ;; esac
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  echo "install-deps: this is not a Debian/Ubuntu system. Install Qt 6.4+ (Core Gui Qml Quick QuickControls2 Svg"
  echo "  Multimedia Sql+SQLite Test QuickTest LinguistTools), CMake 3.22+, Ninja and a C++17 compiler, then run make again."
  exit 0
fi

# The xAPI tests' real LRS and validator (tests/support/lrs), pinned by its package-lock.json:
# `npm ci` when node_modules is missing or older than the lock. Test-only; never shipped.
lrs_packages() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/support/lrs"
  command -v npm >/dev/null 2>&1 || return 0
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in tests/support/lrs"
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || echo "install-deps: npm ci failed; the xAPI LRS tests will skip"
  fi
}

if [ ${#missing[@]} -eq 0 ]; then lrs_packages; exit 0; fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: not root and no sudo. As root, run:"
    echo "  apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
lrs_packages
echo "install-deps: done"
