#!/usr/bin/env bash
# Builds the Debian package from an already built tree, unpacks it into a
# temporary root (no installation, no root rights) and runs what it holds:
# majakka-cli --version, init and verify, and majakka --version.
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
# Computed by dpkg-shlibdeps from the binaries, except the Qt platform plugins.
names=" $(sed -E 's/ \([^)]*\)//g; s/,//g' <<<"$depends") "
for needed in libc6 libstdc++6 libsqlcipher0 libbotan-2-19 libqt6core6 libqt6widgets6 qt6-qpa-plugins; do
    [[ $names == *" $needed "* ]] || fail "Depends lacks $needed"
done

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
grep -q '^MimeType=application/x-majakka-sync;$' "$root/usr/share/applications/majakka.desktop" ||
    fail "the desktop entry does not handle application/x-majakka-sync"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/fi.majakka.Majakka.metainfo.xml" ||
    fail "the metainfo's release is not $version"
zcat "$root/usr/share/man/man1/majakka-cli.1.gz" | grep -q "Majakka $version" ||
    fail "the manual page does not name version $version"

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

desktop_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/majakka" --version)
[ "$desktop_version" = "Majakka $version" ] || fail "majakka --version: $desktop_version"
echo "OK: the unpacked package runs"
