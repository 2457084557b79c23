#!/bin/sh
# Makes docs/screenshots/*.png from the real window, with sample records, under a virtual display.
# Run from the project root after building: cmake --build --preset default
set -eu
out="${1:-docs/screenshots}"
exe=build/default/tests/motus_screenshots
[ -x "$exe" ] || { echo "Build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }
NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x800x24" "$exe" "$out"
