#!/usr/bin/env bash
# The shared MIME info for sync packages, compiled as the desktop compiles it:
# update-mime-database must accept it, know *.majakka-sync by its name and a
# package by its first bytes ("MJKSYNC\n", core/sync/Package.h).
#   mime_test.sh UPDATE_MIME_DATABASE resources/majakka-sync.xml
set -euo pipefail
update=$1
xml=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/majakka-mime-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mime/packages"
cp "$xml" "$work/mime/packages/majakka.xml"
"$update" "$work/mime" >"$work/update.log" 2>&1 || { cat "$work/update.log" >&2; exit 1; }
grep -qx '50:application/x-majakka-sync:\*\.majakka-sync' "$work/mime/globs2" ||
    { echo "FAIL: no glob for *.majakka-sync" >&2; exit 1; }
grep -qa '^\[80:application/x-majakka-sync\]$' "$work/mime/magic" ||
    { echo "FAIL: no magic for application/x-majakka-sync" >&2; exit 1; }
# The magic is the eight bytes a package starts with.
printf 'MJKSYNC\n' >"$work/expected"
grep -qaF "$(cat "$work/expected")" "$work/mime/magic" || { echo "FAIL: the magic is not MJKSYNC" >&2; exit 1; }
echo "OK: application/x-majakka-sync by name and by content"
