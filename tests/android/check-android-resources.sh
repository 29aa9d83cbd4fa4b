#!/usr/bin/env bash
# tst_android_resources: links android/ (the manifest, its Qt placeholders filled as androiddeployqt
# fills them, and res/) against Android 10's framework resources (API 29) with aapt, as the resource
# step of an Android build does: a missing or misspelt resource (the launcher icon, a string, a colour)
# or an attribute API 29 does not know fails it. It also wants the launcher icon in every density
# folder (a missing PNG there would not fail the link: another density would stand in).
# Exit 77 (ctest: skipped) when aapt or android-framework-res is absent.
#   check-android-resources.sh VERSION_CODE VERSION_NAME ANDROID_DIR
set -uo pipefail
code=$1 name=$2 android=$3

aapt=${PAUSA_AAPT:-$(command -v aapt || true)}
framework=${PAUSA_ANDROID_FRAMEWORK_RES:-/usr/share/android-framework-res/framework-res.apk}
if [[ -z $aapt || ! -x $aapt ]]; then
  echo "SKIP: aapt is not installed (Debian package aapt; scripts/install-deps.sh installs it)"
  exit 77
fi
if [[ ! -f $framework ]]; then
  echo "SKIP: $framework is absent (Debian package android-framework-res, API 29)"
  exit 77
fi

failures=0
for density in mdpi hdpi xhdpi xxhdpi xxxhdpi; do
  if [[ ! -f $android/res/mipmap-$density/ic_launcher.png ]]; then
    echo "FAIL: no launcher icon for $density (res/mipmap-$density/ic_launcher.png; scripts/make-icons.sh makes them)"
    failures=$((failures + 1))
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/-- %%INSERT_VERSION_CODE%% --/$code/" -e "s/-- %%INSERT_VERSION_NAME%% --/$name/" \
  "$android/AndroidManifest.xml" >"$work/AndroidManifest.xml"
if ! "$aapt" package -f -M "$work/AndroidManifest.xml" -S "$android/res" -I "$framework" \
    --min-sdk-version 23 --target-sdk-version 29 -F "$work/resources.apk" >"$work/aapt.log" 2>&1; then
  cat "$work/aapt.log"
  echo "FAIL: aapt could not link the manifest and resources against API 29"
  exit 1
fi
badging=$("$aapt" dump badging "$work/resources.apk")
grep -E "^(package|application-label|application-icon-160|sdkVersion|targetSdkVersion)" <<<"$badging"
grep -q "versionCode='$code' versionName='$name'" <<<"$badging" || { echo "FAIL: version is not $code / $name"; failures=$((failures + 1)); }
grep -q "^application-label:'Pausa'" <<<"$badging" || { echo "FAIL: the app's label is not Pausa"; failures=$((failures + 1)); }
grep -q "^application-icon-160:'res/mipmap-anydpi-v26/ic_launcher.xml'" <<<"$badging" \
  || { echo "FAIL: the launcher icon is not the adaptive one"; failures=$((failures + 1)); }
echo "tst_android_resources: $failures failure(s)"
[[ $failures -eq 0 ]]
