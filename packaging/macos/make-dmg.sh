#!/bin/sh
# Packs the macOS build ("packaging/dist/LDN Diary.app", made by packaging/build.py on a Mac) into a
# disk image, packaging/dist/LDN-Diary-<version>.dmg, with a link to /Applications to drag it onto.
#     python3 packaging/build.py && sh packaging/macos/make-dmg.sh 0.1.0
# Not built or tested in CI (CI runs on Linux). Before publishing: sign the app with a Developer ID
# and the hardened runtime, then notarize and staple it, or Gatekeeper refuses to open it:
#     codesign --deep --force --options runtime --sign "Developer ID Application: NAME" "packaging/dist/LDN Diary.app"
#     xcrun notarytool submit packaging/dist/LDN-Diary-0.1.0.dmg --keychain-profile PROFILE --wait
#     xcrun stapler staple packaging/dist/LDN-Diary-0.1.0.dmg
set -eu
version=${1:?usage: make-dmg.sh VERSION}
dist=$(cd "$(dirname "$0")/../dist" && pwd)
app="$dist/LDN Diary.app"
[ -d "$app" ] || { echo "No $app: run packaging/build.py on a Mac first." >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dist/LDN-Diary-$version.dmg"
hdiutil create -volname "LDN Diary" -srcfolder "$staging" -fs HFS+ -format UDZO "$dist/LDN-Diary-$version.dmg"
echo "Made $dist/LDN-Diary-$version.dmg"
