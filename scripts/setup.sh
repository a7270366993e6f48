#!/usr/bin/env bash
# Sets up a machine to run or test the kiosk: Debian packages (when we may install
# them), a virtual environment in .venv, and the project in it. Safe to run again:
# each step is skipped when already done. Sourced by scripts/run and scripts/test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${KIOSK_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's offscreen/xcb platforms and QtMultimedia's FFmpeg backend need these
# (see README "System packages"); xvfb/xdotool/ffmpeg only for tests and tools.
RUNTIME_PACKAGES=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1
  libdbus-1-3 libpulse0 libxrandr2 libatomic1 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libva2 libva-drm2 libva-x11-2  # libva: Qt's FFmpeg loads it (else "Couldn't load va library")
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)  # read aloud: the voices
TEST_PACKAGES=(xvfb xauth xdotool x11-apps ffmpeg poppler-utils strace  # x11-apps: xwd (e2e screenshots); strace: fault injection
  dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0  # the screen-reader walk (docs/accessibility.md)
  locales)  # localedef's sources: the frozen build started under GBK and EUC-JP locales

missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system_packages() {
  local wanted=("$@") missing
  if ! "$PYTHON" -c "import venv, ensurepip" >/dev/null 2>&1; then
    wanted+=(python3-venv python3-pip)
  fi
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these Debian packages as root: ${missing[*]}" >&2
      return 0
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

setup_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  # Re-install only when pyproject.toml changed since the last install.
  local stamp="$VENV/.kiosk-installed-$extras"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
    touch "$stamp"
  fi
}
