#!/bin/sh
# Fails when a C++ file of the project differs from what .clang-format says.
# Only clang-format 14 (Debian 12) is authoritative; other versions skip (exit 77).
set -eu
cd "$1"
cf=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$cf" ] || { echo "clang-format not found"; exit 77; }
"$cf" --version | grep -q "version 14\." || { echo "not clang-format 14: skipped"; exit 77; }
files=$(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
# shellcheck disable=SC2086
"$cf" --dry-run -Werror $files
echo "formatted: $(echo "$files" | wc -l) files"
