#!/usr/bin/env bash
# Builds the Debian package from an already built tree, unpacks it into a
# temporary root (no installation, no root rights), checks the desktop files
# as the desktop's own tools read them (desktop-file-validate, appstreamcli,
# update-mime-database, groff), and runs what it holds: majakka-cli --version,
# init, verify and device show, and majakka --version.
#   package_test.sh CPACK BUILD_DIR VERSION
# Everything happens in one temporary folder, removed on exit.
set -euo pipefail

cpack=$1
build=$2
version=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/majakka-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# --- build ---------------------------------------------------------------------
start=$(date +%s)
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack did not build the package"
fi
deb="$work/out/majakka_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"): $(ls "$work/out")"
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes in $(($(date +%s) - start)) s"

# --- control fields ------------------------------------------------------------
[ "$(dpkg-deb -f "$deb" Package)" = majakka ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not the project version $version"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "architecture"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps from the binaries: nothing of it is listed by hand.
names=" $(sed -E 's/ \([^)]*\)//g; s/,//g' <<<"$depends") "
for needed in libc6 libstdc++6 libsqlcipher0 libbotan-2-19 libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6charts6 libqt6printsupport6 libqt6network6; do
    [[ $names == *" $needed "* ]] || fail "Depends lacks $needed"
done
[[ $depends == *"libsqlcipher0 (>= "* ]] || fail "Depends gives no minimum version: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"

# --- contents ------------------------------------------------------------------
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for file in \
    usr/bin/majakka \
    usr/bin/majakka-cli \
    usr/share/applications/majakka.desktop \
    usr/share/mime/packages/majakka.xml \
    usr/share/metainfo/fi.majakka.Majakka.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/majakka.svg \
    usr/share/icons/hicolor/16x16/apps/majakka.png \
    usr/share/icons/hicolor/48x48/apps/majakka.png \
    usr/share/icons/hicolor/256x256/apps/majakka.png \
    usr/share/man/man1/majakka-cli.1.gz \
    usr/share/man/man1/majakka.1.gz \
    usr/share/doc/majakka/copyright \
    usr/share/doc/majakka/changelog.gz; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
# Stripped: no debug sections in what is shipped.
for binary in majakka majakka-cli; do
    if readelf -S "$root/usr/bin/$binary" | grep -q '\.debug_info'; then
        fail "/usr/bin/$binary is not stripped"
    fi
done
# A PNG of each size is that size (its IHDR width, bytes 17-20).
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/majakka.png"
    [ -f "$png" ] || fail "the package lacks the ${size}x${size} icon"
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
    [ "$width" = "$size" ] || fail "the ${size}x${size} icon is $width pixels wide"
done

# --- desktop integration, as the desktop reads it ---------------------------------
desktop=$root/usr/share/applications/majakka.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses the installed desktop entry"
grep -q '^Exec=majakka %f$' "$desktop" || fail "the desktop entry does not start majakka with the file (%f)"
grep -q '^MimeType=application/x-majakka-sync;$' "$desktop" ||
    fail "the desktop entry does not handle application/x-majakka-sync"

metainfo=$root/usr/share/metainfo/fi.majakka.Majakka.metainfo.xml
appstreamcli validate --no-net --pedantic "$metainfo" >"$work/appstream.log" 2>&1 ||
    fail "appstreamcli refuses the installed metainfo: $(cat "$work/appstream.log")"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's release is not $version"

# shared-mime-info reads DATADIR/mime/packages/*.xml; its trigger compiles them
# as this does, into the unpacked tree's own cache.
mime=$root/usr/share/mime
update-mime-database "$mime" >"$work/mime.log" 2>&1 || fail "update-mime-database: $(cat "$work/mime.log")"
grep -qx '50:application/x-majakka-sync:\*\.majakka-sync' "$mime/globs2" ||
    fail "the installed MIME type does not claim *.majakka-sync"
grep -qa '^\[80:application/x-majakka-sync\]$' "$mime/magic" || fail "the installed MIME type has no magic"

for page in majakka-cli majakka; do
    manual=$root/usr/share/man/man1/$page.1.gz
    zcat "$manual" | grep -q "Majakka $version" || fail "$page(1) does not name version $version"
    warnings=$(zcat "$manual" | groff -man -ww -z -Tutf8 2>&1) || fail "groff cannot format $page(1)"
    [ -z "$warnings" ] || fail "$page(1): $warnings"
done
echo "OK: desktop entry, metainfo, MIME type, icons and manual pages"

# --- run -----------------------------------------------------------------------
# Nothing from the caller's environment or home: settings and reports stay in $work.
for variable in $(env | grep -o '^MAJAKKA_[A-Z_]*' || true); do
    unset "$variable"
done
export HOME=$work/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_STATE_HOME=$HOME/.local/state
export XDG_CACHE_HOME=$HOME/.cache XDG_RUNTIME_DIR=$HOME/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cli=$root/usr/bin/majakka-cli
[ "$("$cli" --version)" = "majakka-cli $version" ] || fail "majakka-cli --version: $("$cli" --version)"
export MAJAKKA_PASSPHRASE='packaging test passphrase'
"$cli" init --db "$work/office.db" --user anna >"$work/init.log" || fail "init: $(cat "$work/init.log")"
"$cli" verify --db "$work/office.db" >"$work/verify.log" || fail "verify: $(cat "$work/verify.log")"
grep -q '^OK: ' "$work/verify.log" || fail "verify said: $(cat "$work/verify.log")"
cat "$work/verify.log"
"$cli" device show --db "$work/office.db" >"$work/device.log" || fail "device show: $(cat "$work/device.log")"
grep -Eq '^Fingerprint: [0-9]{5}( [0-9]{5}){5}$' "$work/device.log" || fail "device show said: $(cat "$work/device.log")"
"$cli" device show --json --db "$work/office.db" | grep -q "\"software\": \"Majakka $version\"" ||
    fail "the device identity does not name Majakka $version"

desktop_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/majakka" --version)
[ "$desktop_version" = "Majakka $version" ] || fail "majakka --version: $desktop_version"
echo "OK: the unpacked package runs"
