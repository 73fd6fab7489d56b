#!/usr/bin/env bash
# Installs the Debian 12 packages Majakka builds, tests and runs with.
# Idempotent: packages already present are left alone, and nothing is
# downloaded when everything is installed already.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-charts-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # Qt6Charts' CMake package needs Qt6OpenGL's, which Debian 12 ships apart
    libqt6opengl6-dev
    libsqlcipher-dev sqlcipher
    libbotan-2-dev
    catch2
    nlohmann-json3-dev
    xvfb xauth
    clang-format
    # packaging: PNG icons from the SVG, checks of the desktop entry, the AppStream metainfo,
    # the MIME type and the manual pages (dpkg-dev, for dpkg-shlibdeps, comes with build-essential)
    librsvg2-bin desktop-file-utils appstream shared-mime-info groff-base
    # tests: pdftotext reads the PDF reports back, pdftoppm renders their first page for the docs
    poppler-utils
    # the libFuzzer target over the sync readers (clang with its fuzzer and sanitizer runtimes)
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
