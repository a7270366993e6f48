#!/usr/bin/env bash
# Smoke-tests the frozen build (run by .ci/run after packaging/build.sh):
#
#   packaging/smoke_test.sh [dist/kiosk]
#
# 1. every bundled library resolves on this machine (ldd: nothing "not found");
# 2. the folder is COPIED elsewhere and run from there, with the working directory
#    elsewhere and KIOSK_RESOURCES unset; strace proves it opens nothing in the checkout;
# 3. `kiosk content report` works frozen;
# 4. `kiosk self-test --screenshots DIR` offscreen (every screen in every language, a PDF
#    page rendered, the first video frame decoded) from the copy and from dist/kiosk;
# 5. the app starts in kiosk mode (offscreen) and prints its first --log-state line;
#    the time to that line is compared with the same start from the checkout.
# Fails (exit 1) at the first problem. Writable data goes to a temporary home.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
DIST="$(cd "${1:-$ROOT/dist/kiosk}" && pwd)"
install_system_packages "${RUNTIME_PACKAGES[@]}" strace file  # file: which files are ELF

TMP="$(mktemp -d /tmp/kiosk-smoke.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/data" XDG_CONFIG_HOME="$TMP/home/config"
export XDG_CACHE_HOME="$TMP/home/cache" XDG_RUNTIME_DIR="$TMP/home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset KIOSK_RESOURCES QT_PLUGIN_PATH QML2_IMPORT_PATH PYTHONPATH
failures=0
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*" >&2; failures=$((failures + 1)); }

# --- 1. libraries ------------------------------------------------------------------------
missing="$(find "$DIST" -type f \( -name '*.so*' -o -name kiosk \) -exec sh -c \
  'file -b "$1" | grep -q ELF && ldd "$1" 2>/dev/null | grep "not found" | sed "s|^|$1: |"' _ {} \; |
  sort -u)"
if [ -n "$missing" ]; then
  fail "libraries not found (install the Debian packages in packaging/README.md):"
  echo "$missing" >&2
else
  pass "every bundled library resolves ($(find "$DIST" -name '*.so*' | wc -l) files)"
fi

# --- 2. a copy elsewhere -------------------------------------------------------------------
COPY="$TMP/elsewhere/kiosk"
mkdir -p "$(dirname "$COPY")" "$TMP/cwd"
cp -a "$DIST" "$COPY"
cd "$TMP/cwd"

# --- 3. content report -----------------------------------------------------------------------
if report="$("$COPY/kiosk" content report 2>&1)"; then
  pass "content report (frozen, from a copy): $(echo "$report" | wc -l) lines"
else
  fail "kiosk content report"
  echo "$report" >&2
fi

# Whatever the copy opens must be inside the copy (or the system), never in the checkout.
trace="$TMP/trace.txt"
strace -f -qq -e trace=open,openat,execve,stat,newfstatat,access -o "$trace" \
  "$COPY/kiosk" content report >/dev/null 2>&1 || true
if grep -F "\"$ROOT/" "$trace" | grep -v -F "\"$TMP/" | head -5 | grep -q .; then
  fail "the copy touched files in the checkout $ROOT:"
  grep -F "\"$ROOT/" "$trace" | head -5 >&2
else
  pass "the copy opens nothing in the checkout ($ROOT)"
fi

# --- 4. self-test ------------------------------------------------------------------------------
self_test() {  # $1: the kiosk executable, $2: screenshot folder
  local log="$TMP/self-test-$(basename "$2").log"
  if timeout 600 "$1" self-test --screenshots "$2" >"$log" 2>&1; then
    local shots
    shots=$(find "$2" -name '*.png' | wc -l)
    if [ "$shots" -gt 0 ]; then
      pass "self-test ($1): $shots screenshots; $(tail -n 1 "$log")"
    else
      fail "self-test ($1) wrote no screenshot"
    fi
  else
    fail "self-test ($1) failed:"
    tail -n 30 "$log" >&2
  fi
}
if "$COPY/kiosk" --help 2>/dev/null | grep -q "self-test"; then
  self_test "$COPY/kiosk" "$TMP/shots-copy"
  self_test "$DIST/kiosk" "$TMP/shots-dist"
  if [ -n "${KIOSK_SMOKE_SHOTS:-}" ]; then
    mkdir -p "$KIOSK_SMOKE_SHOTS" && cp -r "$TMP/shots-copy/." "$KIOSK_SMOKE_SHOTS/"
  fi
elif grep -q '"self-test"' "$ROOT/kiosk/cli/commands.py"; then
  fail "the checkout's CLI has self-test but the frozen kiosk has not (stale build?)"
else
  echo "skip  self-test: this version of the app has none yet"
fi

# --- 5. start in kiosk mode ------------------------------------------------------------------
# Seconds from launch to the first --log-state line (the main window is built), best of 3.
time_to_ready() {
  python3 - "$@" <<'EOF'
import subprocess, sys, time
best = None
for _ in range(3):
    start = time.perf_counter()
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    took = time.perf_counter() - start
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if not line.startswith("{"):
        sys.exit(f"no state line from {sys.argv[1:]}: {line!r}")
    best = took if best is None else min(best, took)
print(f"{best:.3f}")
EOF
}
if frozen=$(time_to_ready "$COPY/kiosk" --mode kiosk --log-state); then
  pass "starts in kiosk mode: first state line after ${frozen} s (frozen)"
  source_python="${KIOSK_SOURCE_PYTHON:-$ROOT/.venv/bin/python}"
  if [ -x "$source_python" ] &&
    from_source=$(cd "$ROOT" && time_to_ready "$source_python" -m kiosk --mode kiosk --log-state); then
    ratio=$(python3 -c "print(f'{$frozen / $from_source:.2f}')")
    pass "start from the checkout: ${from_source} s; frozen/source = ${ratio} (target <= 1.1)"
  fi
else
  fail "the frozen kiosk did not start in kiosk mode"
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failure(s)" >&2
  exit 1
fi
echo "smoke test: all checks passed ($DIST)"
