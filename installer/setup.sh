#!/usr/bin/env bash
# Installs every Debian package Motus needs to build, run and test.
# Safe to run any number of times: it asks apt only for what is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # libraries (DESIGN.md / STACK.md)
  libboost-dev libpoco-dev libsqlitecpp-dev libsqlite3-dev libssl-dev
  libwxgtk3.2-dev libpango1.0-dev librsvg2-dev libcairo2-dev
  # fonts: DejaVu for Latin, Greek, Cyrillic, Arabic and Hebrew; Droid Sans Fallback so that
  # names in Chinese, Japanese or Korean print as letters in the PDF handout, not as boxes
  fonts-dejavu-core fonts-droid-fallback
  # tests: Catch2, poppler to read PDFs back, Chromium to open HTML handouts, Xvfb for the window;
  # ImageMagick's import reads the screen for docs/make_screenshots.sh
  catch2 poppler-utils chromium xvfb xauth imagemagick
  # tests: a plugin built with another compiler and C++ standard library (clang with libc++) must
  # load too, since only a JSON document crosses the plugin boundary
  clang libc++-dev libc++abi-dev
  # packaging: CPack's shlibdeps (dpkg-dev), the icons rendered from their SVG (rsvg-convert),
  # the validators of the packages and desktop files, and a fresh Debian root to install them in
  dpkg-dev librsvg2-bin lintian desktop-file-utils appstream debootstrap man-db
  # tests: the Motus archive checked against its JSON Schema by a validator we did not write
  python3-jsonschema
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: these packages are missing and I am not root and sudo is absent:" >&2
  echo "  ${missing[*]}" >&2
  echo "Run this script as root, or install them with your package manager." >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
