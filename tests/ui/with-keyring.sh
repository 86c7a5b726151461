#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked, throw-away gnome-keyring
# (toolchain.md §3). Never touches the real keyring: HOME and the XDG folders are temporary.
set -eu
if [ -z "${AUTHDOCTOR_IN_DBUS:-}" ]; then
    if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
        echo "dbus-run-session or gnome-keyring-daemon missing (packaging/dev.sh installs them)" >&2
        exit 1
    fi
    tmp=$(mktemp -d)
    export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
           XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" AUTHDOCTOR_IN_DBUS=1 \
           AUTHDOCTOR_KEYRING_HOME="$tmp"
    unset DISPLAY
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    rc=0
    dbus-run-session -- "$0" "$@" || rc=$?
    rm -rf "$tmp"
    exit $rc
fi
eval "$(printf '%s' 'authdoctor-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL 2>/dev/null || true
exec "$@"
