#!/usr/bin/env bash
# Installs the motus and motus-sdk-dev packages into a fresh Debian 12 root, as a clinic and a
# plugin author would, then removes them:
#   1. `apt install ./motus_*.deb ./motus-sdk-dev_*.deb` pulls in every runtime dependency;
#   2. motus-cli lists every built-in exercise and prints a handout with its fonts embedded;
#   3. the window starts under Xvfb;
#   4. the SDK template builds against the installed SDK, motus-cli checks it, its own .deb
#      (motus_add_plugin DEB_PACKAGE) installs into the system plugin folder and loads;
#   5. `apt remove --purge` leaves no file of ours behind.
# Usage: deb_install_test.sh PACKAGE_DIR WORK_DIR. Needs root (debootstrap, chroot) and the
# network (Debian's mirror, taken from this machine's apt sources). Exits 77 (skipped) when not root.
set -euo pipefail

package_dir=$(realpath "$1")
work_dir=$2
exercise_count=67

if [[ $(id -u) -ne 0 ]]; then
  echo "SKIPPED: installing packages into a fresh Debian root needs root (debootstrap and chroot)"
  exit 77
fi

shopt -s nullglob
motus_debs=("$package_dir"/motus_*.deb)
sdk_debs=("$package_dir"/motus-sdk-dev_*.deb)
if ((${#motus_debs[@]} != 1 || ${#sdk_debs[@]} != 1)); then
  echo "FAIL: expected one motus and one motus-sdk-dev package in $package_dir" >&2
  exit 1
fi

# The mirror this machine already uses (never a host written into the repository).
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
if [[ -z "$mirror" ]]; then
  mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
[[ -n "$mirror" ]] || { echo "FAIL: no Debian mirror found in /etc/apt/sources.list*" >&2; exit 1; }

root="$work_dir/root"
unmount_all() {
  for mount_point in "$root/dev/shm" "$root/proc"; do
    if mountpoint -q "$mount_point" 2>/dev/null; then umount -l "$mount_point"; fi
  done
}
cleanup() {
  unmount_all
  # Only ever delete the root once nothing is mounted inside it.
  if ! findmnt -rn -o TARGET | grep -q "^$root"; then rm -rf --one-file-system "$root"; fi
}
cleanup
trap cleanup EXIT
mkdir -p "$work_dir"

started=$SECONDS
phase_started=$SECONDS
phase() {
  echo "== $1 (previous step: $((SECONDS - phase_started)) s)"
  phase_started=$SECONDS
}
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LANG=C.UTF-8 \
                     DEBIAN_FRONTEND=noninteractive "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_in() {  # expect_in TEXT NEEDLE WHAT
  grep -qF -- "$2" <<<"$1" || fail "$3: expected '$2' in:"$'\n'"$1"
}

phase "debootstrap --variant=minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work_dir/debootstrap.log" 2>&1 ||
  { tail -20 "$work_dir/debootstrap.log"; fail "debootstrap failed"; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/shm" && mount -t tmpfs shm "$root/dev/shm"
mkdir -p "$root/tmp/debs" "$root/tmp/home"
cp "${motus_debs[0]}" "${sdk_debs[0]}" "$root/tmp/debs/"

phase "apt install ./motus_*.deb ./motus-sdk-dev_*.deb"
in_root apt-get update -q >"$work_dir/apt.log" 2>&1 || { tail -20 "$work_dir/apt.log"; fail "apt-get update failed"; }
# Xvfb only to start the window without a display; it is not one of Motus's dependencies.
in_root apt-get install -y -q xvfb xauth >>"$work_dir/apt.log" 2>&1 || { tail -20 "$work_dir/apt.log"; fail "installing Xvfb failed"; }
in_root find / -xdev -path /proc -prune -o -path /tmp -prune -o -print | sort >"$work_dir/files-before.txt"
in_root sh -c 'cd /tmp/debs && apt-get install -y -q ./motus_*.deb ./motus-sdk-dev_*.deb' \
  >>"$work_dir/apt.log" 2>&1 || { tail -30 "$work_dir/apt.log"; fail "apt install of the packages failed"; }
echo "packages set up: $(grep -c '^Setting up' "$work_dir/apt.log")"

phase "motus-cli from the package"
[[ -x "$root/usr/bin/motus-cli" && -x "$root/usr/bin/motus" ]] || fail "motus or motus-cli is not in /usr/bin"
out=$(in_root motus-cli exercises 2>&1) || fail "motus-cli exercises failed: $out"
expect_in "$out" "$exercise_count exercises of $exercise_count" "motus-cli exercises"
out=$(in_root motus-cli plugins 2>&1) || fail "motus-cli plugins failed: $out"
expect_in "$out" "7 of 7 plugins loaded" "motus-cli plugins"

# A handout, to see the fonts found as in the build tree (fonts-dejavu-core is a dependency).
in_root motus-cli clinic set --name "Test Clinic" --phone 555-0100 >/dev/null
in_root motus-cli patients add --chart T-1 --family Tester --given Pat --born 1950-01-01 >/dev/null
in_root motus-cli programs new T-1 --title "Upper back" >/dev/null
in_root motus-cli programs add-item 1 foam-rolling/thoracic-pivot >/dev/null
in_root motus-cli programs issue 1 >/dev/null
in_root motus-cli handout 1 --pdf /tmp/home/handout.pdf >/dev/null
fonts=$(pdffonts "$root/tmp/home/handout.pdf")
expect_in "$fonts" "DejaVuSans" "the handout's fonts"
if awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit !bad}' <<<"$fonts"; then fail "a font is not embedded:"$'\n'"$fonts"; fi

phase "motus --exit-when-idle under Xvfb"
out=$(in_root xvfb-run -a -s "-screen 0 1280x800x24" motus --exit-when-idle 2>&1) || fail "the window did not start: $out"
echo "$out" | tail -3

phase "the SDK template against the installed SDK, and its own package"
in_root sh -c 'cp -r /usr/share/motus/sdk-template /tmp/home/my-exercises &&
               cmake -S /tmp/home/my-exercises -B /tmp/home/build -DCMAKE_BUILD_TYPE=Release >/dev/null &&
               cmake --build /tmp/home/build >/dev/null' >"$work_dir/template.log" 2>&1 ||
  { cat "$work_dir/template.log"; fail "the template did not build against the installed SDK"; }
out=$(in_root motus-cli plugin check /tmp/home/build/my_exercises.so 2>&1) || fail "plugin check refused the template: $out"
expect_in "$out" "OK: my-exercises 1.0.0" "motus-cli plugin check"
in_root cmake --build /tmp/home/build --target package >"$work_dir/template-package.log" 2>&1 ||
  { cat "$work_dir/template-package.log"; fail "the template's package target failed"; }
plugin_debs=("$root"/tmp/home/build/motus-plugin-my-exercises_*.deb)
((${#plugin_debs[@]} == 1)) || fail "the template made no motus-plugin-my-exercises package"
fields=$(dpkg-deb -f "${plugin_debs[0]}")
expect_in "$fields" "motus-plugin-api-2 (>= 2." "the plugin package's Depends"
in_root sh -c 'cd /tmp/home/build && apt-get install -y -q ./motus-plugin-my-exercises_*.deb' >>"$work_dir/apt.log" 2>&1 ||
  { tail -20 "$work_dir/apt.log"; fail "the plugin package did not install"; }
[[ -f "$root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/motus/plugins/my_exercises.so" ]] ||
  fail "the plugin package did not install into the system plugin folder"
out=$(in_root motus-cli plugins 2>&1) || fail "motus-cli plugins failed: $out"
expect_in "$out" "8 of 8 plugins loaded" "motus-cli plugins with the plugin package"

phase "apt remove --purge"
ours=$(in_root dpkg -L motus motus-sdk-dev motus-plugin-my-exercises | sort -u)
in_root apt-get remove --purge -y -q motus motus-sdk-dev motus-plugin-my-exercises >>"$work_dir/apt.log" 2>&1 ||
  { tail -20 "$work_dir/apt.log"; fail "apt remove --purge failed"; }
left=()
while IFS= read -r path; do
  [[ -z "$path" || "$path" == "/." ]] && continue
  if [[ -e "$root$path" || -L "$root$path" ]] && [[ ! -d "$root$path" ]]; then left+=("$path"); fi
done <<<"$ours"
((${#left[@]} == 0)) || fail "files of ours left after purge: ${left[*]}"
in_root find / -xdev -path /proc -prune -o -path /tmp -prune -o -print | sort >"$work_dir/files-after.txt"
# Everything that is there now and was not before the packages: only what apt pulled in as a
# dependency may remain, never a path of ours.
new_paths=$(comm -13 "$work_dir/files-before.txt" "$work_dir/files-after.txt" | grep -i motus || true)
[[ -z "$new_paths" ]] || fail "paths of ours left after purge:"$'\n'"$new_paths"

phase "done"
echo "PASS in $((SECONDS - started)) s"
