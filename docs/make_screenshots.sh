#!/bin/sh
# Makes docs/screenshots/*.png from the real window, with sample records, under a virtual display:
# every screen at 1280x800, and the main window also at the smallest and a large size it must
# hold (docs/screenshots/1024x700/, docs/screenshots/1920x1080/).
# Run from the project root after building: cmake --build --preset default
set -eu
out="${1:-docs/screenshots}"
exe=build/default/tests/motus_screenshots
[ -x "$exe" ] || { echo "Build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 2560x1440x24" "$exe" "$out"
for size in 1024x700 1920x1080; do
  mkdir -p "$out/$size"
  tmp=$(mktemp -d)
  NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 2560x1440x24" "$exe" "$tmp" "$size"
  for screen in record program handout; do cp "$tmp/$screen.png" "$out/$size/"; done
  rm -rf "$tmp"
done
