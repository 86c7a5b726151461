#!/bin/sh
# Set up a Debian 12 / Ubuntu machine, build AuthDoctor, and run it or its tests.
#   packaging/dev.sh run    build and start the wizard (a headless demonstration without a display)
#   packaging/dev.sh test   build with warnings as errors and run every test, then build again with
#                           AddressSanitizer + UBSan and run the tests and the fuzz smoke runs there
#                           (AUTHDOCTOR_SKIP_ASAN=1 skips that second stage)
#   packaging/dev.sh fuzz [SECONDS]   libFuzzer (Clang) build of the fuzz harnesses; run each one
#                           for SECONDS (default 300) on a copy of its corpus
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake ninja-build dpkg-dev ccache \
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
qtkeychain-qt6-dev libsecret-1-0 \
xvfb xauth x11-utils imagemagick poppler-utils fonts-dejavu-core fonts-noto-cjk \
dbus dbus-x11 gnome-keyring libsecret-tools openssl curl clang-format \
python3 librsvg2-bin lintian appstream desktop-file-utils shared-mime-info help2man yamllint"

install_packages() {
    missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
}

demo() {
    bin=build/default/app/authdoctor
    echo "No display found: a practice diagnosis against the embedded simulated tenant (MFA on the migration admin)."
    echo
    echo "\$ authdoctor diagnose --practice exo-mfa-required"
    "$bin" diagnose --practice exo-mfa-required || true
    echo
    echo "The classifier on the knowledge-base article's three error forms:"
    for msg in \
        "Your migration failed while checking destination credentials. Http POST request to 'autodiscover-s.outlook.com' failed - 401 Unauthorized: The credentials used to access the configured mailbox are invalid, or the credentials specified do not have access to the configured mailbox, or you may have overutilized resources." \
        "DatabaseNotFoundException - 401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed: MigrationWiz was not able to locate/access the mail database." \
        "401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed - Basic Auth Disabled: MigrationWiz has detected that Basic Authentication is not enabled for the tenant."
    do
        echo
        echo "\$ authdoctor classify \"$(printf '%s' "$msg" | cut -c1-70)…\""
        "$bin" classify "$msg"
    done
    echo
    echo "\$ authdoctor scenarios   # practice scenarios of the simulated tenant"
    "$bin" scenarios
}

mode="${1:-run}"
install_packages
case "$mode" in
run)
    cmake --preset default
    cmake --build --preset default
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec build/default/app/authdoctor
    fi
    demo
    ;;
test)
    start=$(date +%s)
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci
    echo "ci stage: $(($(date +%s) - start)) s"
    if [ "${AUTHDOCTOR_SKIP_ASAN:-0}" = 1 ]; then
        echo "asan stage skipped (AUTHDOCTOR_SKIP_ASAN=1)"
        exit 0
    fi
    # The same suite (without benchmarks) and the fuzz smoke runs under ASan + UBSan.
    start=$(date +%s)
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
    echo "asan stage: $(($(date +%s) - start)) s"
    ;;
fuzz)
    seconds="${2:-300}"
    # Clang and libFuzzer's runtime are only needed here, not for the build or the tests.
    PACKAGES="$PACKAGES clang libclang-rt-dev"
    install_packages
    cmake --preset fuzz
    cmake --build --preset fuzz
    mkdir -p build/fuzz/fuzz-scratch
    for h in build/fuzz/tests/fuzz/fuzz_*; do
        [ -f "$h" ] && [ -x "$h" ] || continue
        name=$(basename "$h" | sed 's/^fuzz_//')
        mkdir -p "build/fuzz/fuzz-scratch/$name"
        echo "== $name: $seconds s"
        ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:print_stacktrace=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp \
            "$h" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
            -artifact_prefix="build/fuzz/fuzz-artifacts/$name-" \
            "build/fuzz/fuzz-scratch/$name" "tests/fuzz/corpus/$name"
    done
    ;;
*)
    echo "usage: $0 run|test|fuzz [seconds]" >&2
    exit 2
    ;;
esac
