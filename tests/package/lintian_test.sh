#!/usr/bin/env bash
# lintian on the motus and motus-sdk-dev packages: no error, and no warning but the ones we keep on
# purpose (KEPT below, each with its reason). Usage: lintian_test.sh PACKAGE_DIR
set -euo pipefail
shopt -s nullglob
debs=("$1"/motus_*.deb "$1"/motus-sdk-dev_*.deb)
((${#debs[@]} == 2)) || { echo "FAIL: expected the motus and motus-sdk-dev packages in $1" >&2; exit 1; }

# initial-upload-closes-no-bugs: a package new to Debian's archive is expected to close its ITP
# bug; Motus is not uploaded to Debian, so there is no such bug to close.
kept='initial-upload-closes-no-bugs'

report=$(lintian --display-level '>=warning' "${debs[@]}" 2>&1 | grep -v '^running with root privileges' || true)
echo "$report"
unexpected=$(grep -E '^[EW]: ' <<<"$report" | grep -vE ": ($kept)( |$)" || true)
if [[ -n "$unexpected" ]]; then
  echo "FAIL: lintian reported:" >&2
  echo "$unexpected" >&2
  exit 1
fi
echo "PASS: no lintian error, and no warning but: $kept"
