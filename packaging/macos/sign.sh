#!/bin/sh
# macOS signing and notarisation, driven by environment variables: no certificate, password or
# Apple ID is in the repository. The build pipeline (.github/workflows/build.yml) runs these steps
# when the repository's secrets are set; by hand it is the same (README: "Signing and notarisation").
#
#   sign.sh import-certificate
#       APPLE_CERTIFICATE_P12_BASE64 (the "Developer ID Application" certificate and key, .p12,
#       base64) and APPLE_CERTIFICATE_PASSWORD: imports it into a temporary keychain for codesign.
#       Then `cpack -G DragNDrop` with APPLE_SIGN_IDENTITY set ("Developer ID Application: Name
#       (TEAMID)") has macdeployqt sign every binary with the hardened runtime and a timestamp.
#   sign.sh notarize AuthDoctor-<version>-macos.dmg
#       APPLE_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific
#       password): signs the DMG, submits it to Apple's notary service, waits for the verdict and
#       staples the ticket, so Gatekeeper accepts it offline.
set -eu

need() {
    for v in "$@"; do
        eval "value=\${$v:-}"
        [ -n "$value" ] || { echo "sign.sh: $v is not set" >&2; exit 2; }
    done
}

case "${1:-}" in
import-certificate)
    need APPLE_CERTIFICATE_P12_BASE64 APPLE_CERTIFICATE_PASSWORD
    dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
    keychain="$dir/authdoctor-signing.keychain-db"
    keychain_password=$(uuidgen)
    p12="$dir/authdoctor-signing.p12"
    printf '%s' "$APPLE_CERTIFICATE_P12_BASE64" | base64 --decode > "$p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$p12" -k "$keychain" -P "$APPLE_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
    rm -f "$p12"
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
    # shellcheck disable=SC2046
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    security find-identity -v -p codesigning "$keychain"
    ;;
notarize)
    dmg="${2:?usage: sign.sh notarize DMG}"
    need APPLE_SIGN_IDENTITY APPLE_ID APPLE_TEAM_ID APPLE_APP_PASSWORD
    codesign --force --sign "$APPLE_SIGN_IDENTITY" --timestamp "$dmg"
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    ;;
*)
    echo "usage: $0 import-certificate | notarize DMG" >&2
    exit 2
    ;;
esac
