#!/usr/bin/env bash
# Tests on a stock Debian 12, not on this machine (run by .ci/run; root only):
#
#   packaging/chroot_test.sh deb [dist/awareness-kiosk_*.deb]
#       A clean `debootstrap --variant=minbase bookworm` root; the .deb installed there with
#       `apt-get install --no-install-recommends ./awareness-kiosk_*.deb` (apt resolves
#       Depends: and nothing else); the frozen self-test through /usr/bin/kiosk offscreen and
#       under Xvfb (xcb; the X server runs outside the root, so that nothing the .deb does
#       not declare is installed inside); `apt-get purge`; the root is deleted.
#   packaging/chroot_test.sh all [DEB]
#       Both, from one debootstrap: the fresh root is copied before the first test touches it.
#   packaging/chroot_test.sh readme
#       The newcomer's path: a second clean root with python3 and git only, a clone of this
#       repository, then the README's two commands (scripts/run, scripts/test) as root. Which
#       tests scripts/test runs there: KIOSK_README_TESTS (default below; "all" = the suite).
#       KIOSK_README_BUILD=1 also runs packaging/build.sh there (a build without GTK & co.).
#
# Everything happens in a private mount namespace (unshare -m): the mounts vanish with the
# script, even when it fails. Downloads are cached between runs in KIOSK_CI_CACHE (default
# /var/cache/awareness-kiosk-ci: debootstrap's and apt's .debs, pip's wheels); a fresh
# machine downloads them once. KIOSK_DEBIAN_MIRROR overrides http://deb.debian.org/debian.
# Each step prints its duration. KIOSK_CHROOT_SHOTS=DIR keeps the screenshots.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${KIOSK_CI_CACHE:-/var/cache/awareness-kiosk-ci}"
MIRROR="${KIOSK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY="${KIOSK_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}"
# The README path's default subset: the set-up checks and one test per area that needs a
# system package (Qt offscreen, fonts, video/FFmpeg, PDF, Xvfb + xdotool + xwd walk), and
# the enum classes on Debian's own Python (kiosk/core/quick_enums.py).
README_TESTS_DEFAULT="tests/test_layers.py tests/test_i18n_files.py tests/test_qt_binding.py tests/test_enum_classes.py \
tests/test_selftest.py tests/test_film_page.py tests/test_document_page.py tests/e2e/test_signals.py"

usage() { sed -n '2,21p' "$0" >&2; exit 2; }
[ $# -ge 1 ] || usage
mode="$1"
case "$mode" in deb | readme | all) ;; *) usage ;; esac
if [ "$(id -u)" -ne 0 ]; then
  echo "chroot_test.sh needs root (debootstrap, chroot, mounts)" >&2
  exit 1
fi

# Re-run inside a private mount namespace.
if [ -z "${KIOSK_CHROOT_NS:-}" ]; then
  source "$ROOT/scripts/setup.sh"
  install_system_packages debootstrap xvfb
  KIOSK_CHROOT_NS=1 exec unshare --mount --propagation private bash "$0" "$@"
fi

step_started=$SECONDS
total_started=$SECONDS
step() { # prints how long the previous step took, then names the next one
  [ -n "${current_step:-}" ] && printf '    (%s: %d s)\n' "$current_step" "$((SECONDS - step_started))"
  current_step="$1"
  step_started=$SECONDS
  printf '==> [%s] %s\n' "$mode" "$1"
}
fail() { printf 'FAIL [%s] %s\n' "$mode" "$*" >&2; exit 1; }

mkdir -p "$CACHE/debootstrap" "$CACHE/apt/partial" "$CACHE/pip"
TARGET="$(mktemp -d /var/tmp/kiosk-chroot-"$mode".XXXXXX)"
xvfb_pid=""
remove_root() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  xvfb_pid=""
  # Processes still running in the root (e.g. speech-dispatcher, which daemonizes and
  # outlives the test that started it) keep its /proc and /dev busy: end them first.
  local pid root_of
  for pid in /proc/[0-9]*; do
    root_of="$(readlink "$pid/root" 2>/dev/null)" || continue
    case "$root_of" in "$TARGET" | "$TARGET"/*) kill -KILL "${pid#/proc/}" 2>/dev/null || true ;; esac
  done
  sleep 0.2
  # the namespace's mounts: unmount before deleting (never delete through a bind mount)
  local mounts=("$TARGET/proc" "$TARGET/dev" "$TARGET/var/cache/apt/archives"
    "$TARGET/tmp/.X11-unix" "$TARGET/root/.cache/pip")
  umount -R "${mounts[@]}" 2>/dev/null || true
  if findmnt -rn -o TARGET | grep -q "^$TARGET/"; then
    # still busy: detach them (lazily unmounted, they are no longer under $TARGET, so
    # deleting it cannot reach the host's /dev or caches)
    umount -R -l "${mounts[@]}" 2>/dev/null || true
  fi
  if findmnt -rn -o TARGET | grep -q "^$TARGET/"; then
    echo "still mounted under $TARGET: not deleted" >&2
    return 1
  fi
  rm -rf "$TARGET"
}
cleanup() {
  remove_root || true
  rm -f "$PRISTINE"
}
trap cleanup EXIT

in_root() { chroot "$TARGET" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

PRISTINE="$TARGET.pristine.tar"  # mode all: the fresh root, for the second test
make_root() {
  if [ -f "$PRISTINE" ]; then
    step "a second clean root: the same fresh debootstrap, unpacked again"
    tar -C "$TARGET" -xf "$PRISTINE"
    rm -f "$PRISTINE"
  else
    step "debootstrap --variant=minbase bookworm ($TARGET)"
    debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap" bookworm "$TARGET" "$MIRROR" \
      >"$TARGET.debootstrap.log" 2>&1 || { tail -20 "$TARGET.debootstrap.log" >&2; fail debootstrap; }
    rm -f "$TARGET.debootstrap.log"
    if [ "$mode" = all ]; then tar -C "$TARGET" -cf "$PRISTINE" .; fi
  fi
  # A stock installation's archive: bookworm, its updates and security updates.
  cat >"$TARGET/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $SECURITY bookworm-security main
EOF
  # keep the .debs in the shared cache, which the root's _apt user may not own
  printf '%s\n' 'Binary::apt::APT::Keep-Downloaded-Packages "true";' 'APT::Sandbox::User "root";' \
    >"$TARGET/etc/apt/apt.conf.d/90kiosk-ci-cache"
  mount -t proc proc "$TARGET/proc"
  mount --rbind /dev "$TARGET/dev"
  mount --bind "$CACHE/apt" "$TARGET/var/cache/apt/archives"
  in_root apt-get update -qq
}

# --- the .deb --------------------------------------------------------------------------------
test_deb() {
  local deb="${1:-}"
  if [ -z "$deb" ]; then deb="$(ls "$ROOT"/dist/awareness-kiosk_*_amd64.deb 2>/dev/null | head -1)"; fi
  [ -f "$deb" ] || fail "no .deb (run packaging/build.sh)"
  make_root
  step "apt-get install ./$(basename "$deb") (Depends: only, no recommends)"
  cp "$deb" "$TARGET/tmp/"
  in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null ||
    fail "apt could not install the .deb"
  echo "    $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages installed in the root"
  [ -L "$TARGET/usr/bin/kiosk" ] && [ -x "$TARGET/opt/awareness-kiosk/kiosk" ] || fail "files missing"
  [ -f "$TARGET/usr/share/applications/awareness-kiosk.desktop" ] || fail "no desktop entry"
  [ -f "$TARGET/usr/lib/systemd/user/awareness-kiosk.service" ] || fail "no user unit"

  local shots="$TARGET/tmp/shots"
  mkdir -p "$TARGET/tmp/home" "$TARGET/tmp/run" && chmod 700 "$TARGET/tmp/run"
  for platform in offscreen xcb; do
    local display=""
    if [ "$platform" = xcb ]; then
      step "Xvfb outside the root, its socket inside"
      mkdir -p "$TARGET/tmp/.X11-unix" /tmp/.X11-unix
      local fd_file
      fd_file="$(mktemp)"
      Xvfb -displayfd 3 -nolisten tcp -screen 0 1920x1080x24 3>"$fd_file" 2>/dev/null &
      xvfb_pid=$!
      for _ in $(seq 50); do [ -s "$fd_file" ] && break; sleep 0.1; done
      display=":$(cat "$fd_file")"
      rm -f "$fd_file"
      [ "$display" != ":" ] || fail "Xvfb did not start"
      mount --bind /tmp/.X11-unix "$TARGET/tmp/.X11-unix"
    fi
    step "kiosk self-test ($platform) in the root"
    local log="$TARGET/tmp/self-test-$platform.log"
    if ! in_root HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run QT_QPA_PLATFORM="$platform" DISPLAY="$display" \
      timeout 900 kiosk self-test --screenshots "/tmp/shots/$platform" >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      fail "self-test ($platform)"
    fi
    local count
    count=$(find "$shots/$platform" -name '*.png' | wc -l)
    [ "$count" -gt 0 ] || fail "self-test ($platform) wrote no screenshot"
    echo "    $(tail -n 1 "$log")"
    if [ -n "${KIOSK_CHROOT_SHOTS:-}" ]; then
      mkdir -p "$KIOSK_CHROOT_SHOTS/$platform" && cp -r "$shots/$platform/." "$KIOSK_CHROOT_SHOTS/$platform/"
    fi
  done

  step "apt-get purge awareness-kiosk"
  in_root apt-get purge -y -qq awareness-kiosk >/dev/null || fail "apt-get purge"
  [ ! -e "$TARGET/opt/awareness-kiosk" ] && [ ! -e "$TARGET/usr/bin/kiosk" ] ||
    fail "files left after purge: $(ls "$TARGET/opt")"
}

# --- the README's two commands ------------------------------------------------------------------
test_readme() {
  make_root
  step "apt-get install python3 git (the newcomer's starting point)"
  in_root apt-get install -y -qq --no-install-recommends python3 git ca-certificates >/dev/null
  step "git clone of this repository (its committed HEAD only)"
  mkdir -p "$TARGET/root/.cache/pip"
  mount --bind "$CACHE/pip" "$TARGET/root/.cache/pip"
  # through a bundle: the checkout may be a worktree whose .git lies outside it
  git -C "$ROOT" bundle create "$TARGET/tmp/awareness-kiosk.bundle" HEAD 2>/dev/null
  in_root git -c advice.detachedHead=false clone -q /tmp/awareness-kiosk.bundle /root/awareness-kiosk
  # This machine's network: where pip on the host trusts an extra CA (a TLS-inspecting proxy:
  # PIP_CERT or pip's global.cert), the root's pip trusts the same bundle, as the machine of
  # a newcomer on that network would. Nothing else of the host's pip set-up is passed on.
  local ca="${KIOSK_CHROOT_CA_BUNDLE:-${PIP_CERT:-$(python3 -m pip config get global.cert 2>/dev/null || true)}}"
  pip_cert=""
  if [ -n "$ca" ] && [ -f "$ca" ]; then
    cp "$ca" "$TARGET/etc/ssl/kiosk-ci-ca.pem"
    pip_cert="PIP_CERT=/etc/ssl/kiosk-ci-ca.pem"
  fi
  step "scripts/run self-test (first README command: sets up, then runs the kiosk)"
  if ! in_root $pip_cert bash -c 'cd /root/awareness-kiosk && QT_QPA_PLATFORM=offscreen \
      scripts/run self-test --screenshots /tmp/shots' >"$TARGET/tmp/run.log" 2>&1; then
    tail -n 30 "$TARGET/tmp/run.log" >&2
    fail "scripts/run"
  fi
  echo "    $(tail -n 1 "$TARGET/tmp/run.log")"
  local tests="${KIOSK_README_TESTS:-$README_TESTS_DEFAULT}"
  [ "$tests" = all ] && tests=""
  local label="the whole suite"
  [ -n "$tests" ] && label="a subset: $tests"
  step "scripts/test ($label)"
  # shellcheck disable=SC2086
  if ! in_root $pip_cert bash -c "cd /root/awareness-kiosk && scripts/test -q -p no:cacheprovider $tests" \
    >"$TARGET/tmp/test.log" 2>&1; then
    tail -n 40 "$TARGET/tmp/test.log" >&2
    fail "scripts/test"
  fi
  echo "    $(tail -n 1 "$TARGET/tmp/test.log")"
  if [ "${KIOSK_README_BUILD:-0}" = 1 ]; then
    # The build from a machine that has only what the README's commands installed (no GTK,
    # nothing from earlier builds): packaging/build.sh, then its smoke test.
    step "packaging/build.sh in the newcomer's root"
    if ! in_root $pip_cert bash -c 'cd /root/awareness-kiosk && KIOSK_DEB_COMPRESSION=gzip packaging/build.sh' \
      >"$TARGET/tmp/build.log" 2>&1; then
      tail -n 40 "$TARGET/tmp/build.log" >&2
      fail "packaging/build.sh"
    fi
    grep '^==>' "$TARGET/tmp/build.log" | tail -4 | sed 's/^/    /'
    echo "    GTK in the root: $(in_root dpkg-query -W 'libgtk-3-0' 2>/dev/null || echo none)"
  fi
}

case "$mode" in
  deb) test_deb "${2:-}" ;;
  readme) test_readme ;;
  all)
    test_deb "${2:-}"
    step "removing the first root"
    remove_root
    mkdir "$TARGET"
    test_readme
    ;;
esac
step "removing the root"
cleanup
trap - EXIT
printf '    (%s: %d s)\n==> [%s] passed in %d s\n' "$current_step" "$((SECONDS - step_started))" \
  "$mode" "$((SECONDS - total_started))"
