#!/usr/bin/env bash
# Builds the standalone executable: the one documented build command.
#
#   packaging/build.sh
#
# 1. creates (or reuses) a clean build environment in build/venv holding only the app's
#    runtime dependencies and PyInstaller (never the test or dev extras: whatever is
#    installed there may end up in the bundle);
# 2. runs PyInstaller with packaging/kiosk.spec into dist/kiosk/ (one folder);
# 3. packs dist/kiosk-<version>-linux-x86_64.tar.xz and prints both sizes;
# 4. makes dist/awareness-kiosk_<version>_amd64.deb (packaging/deb.sh; its Depends: list is
#    checked against the bundle first). KIOSK_DEB=0 skips it.
#
# Environment: PYTHON (default python3, 3.11+), KIOSK_BUILD_VENV (default build/venv),
# KIOSK_FRESH_VENV=1 to throw the build environment away and start again,
# KIOSK_SHRINK_ICU=0 to bundle Qt's ICU data whole (+26 MB).
# Run packaging/smoke_test.sh afterwards to check the result.
set -euo pipefail

# scripts/setup.sh: ROOT, PYTHON and install_system_packages (apt-get when root or sudo).
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$ROOT"
VENV="${KIOSK_BUILD_VENV:-$ROOT/build/venv}"
WORK="$ROOT/build/pyinstaller"
DIST="$ROOT/dist"
LOG="$ROOT/build/pyinstaller.log"
started=$SECONDS

say() { printf '==> %s\n' "$*"; }
# pip is chatty (setuptools deprecation notices): its output goes to a log, shown on failure.
pip_install() {
  if ! "$VENV/bin/python" -m pip install -q "$@" >"$ROOT/build/pip.log" 2>&1; then
    cat "$ROOT/build/pip.log" >&2
    echo "pip install $* failed" >&2
    exit 1
  fi
}
mkdir -p "$ROOT/build"

# Build tools: icupkg + gcc cut Qt's ICU data down to our languages (32 -> 6 MB; see
# packaging/shrink_icu.py), binutils for that and for PyInstaller; the runtime libraries
# so that PyInstaller finds what the Qt plugins link to.
# Debian's own python3 keeps its shared library (which PyInstaller bundles) in a package of
# its own: without libpython3.X, "Python shared library ... was not found".
build_packages=(icu-devtools binutils gcc xz-utils)
if [[ "$(readlink -f "$(command -v "$PYTHON")")" == /usr/bin/* ]]; then
  build_packages+=("libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
fi
install_system_packages "${RUNTIME_PACKAGES[@]}" "${build_packages[@]}"

# --- 1. the build environment -----------------------------------------------------------
if [ "${KIOSK_FRESH_VENV:-0}" = 1 ]; then rm -rf "$VENV"; fi
if [ ! -x "$VENV/bin/python" ]; then
  say "creating the build environment $VENV"
  "$PYTHON" -m venv "$VENV"
  pip_install --upgrade pip
fi
# The project itself (non-editable, so its version metadata can be bundled for the About
# box) with its runtime dependencies, plus the `package` extra (PyInstaller). The project
# is reinstalled at every build; dependencies only when pyproject.toml changed.
stamp="$VENV/.kiosk-build-deps"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  say "installing runtime dependencies + PyInstaller into the build environment"
  pip_install ".[package]"
  touch "$stamp"
else
  pip_install --no-deps --force-reinstall .
fi
# qtawesome goes through QtPy, which picks up any Qt binding it finds: only PySide6 may be
# there, or the bundle grows by a second Qt (and PyInstaller aborts on mixed bindings).
"$VENV/bin/python" - <<'EOF'
import importlib.util, sys
others = [m for m in ("PyQt5", "PyQt6", "PySide2") if importlib.util.find_spec(m)]
if others:
    sys.exit(f"build environment holds another Qt binding: {others}; use KIOSK_FRESH_VENV=1")
EOF
VERSION="$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

# --- 2. the content database --------------------------------------------------------------
if [ -f resources/content.db ]; then
  unset KIOSK_BUILD_DB
else
  # No committed database: build one from the sources (the spec takes it from here).
  export KIOSK_BUILD_DB="$ROOT/build/content.db"
  say "resources/content.db missing: building $KIOSK_BUILD_DB from resources/content"
  "$VENV/bin/kiosk" content build resources/content -o "$KIOSK_BUILD_DB"
fi

# --- 3. PyInstaller -----------------------------------------------------------------------
say "running PyInstaller (log: ${LOG#"$ROOT"/})"
rm -rf "$DIST/kiosk"
if ! QT_API=pyside6 "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/kiosk.spec >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  echo "PyInstaller failed (full log: $LOG)" >&2
  exit 1
fi
# A library PyInstaller could not find means a plugin that will not load at run time
# (e.g. the FFmpeg backend without libatomic.so.1: "No QtMultimedia backends found").
if grep -E "Library not found|could not resolve" "$LOG" >&2; then
  echo "PyInstaller could not find libraries the bundle needs (see above; $LOG)" >&2
  exit 1
fi

# What the spec fell back on (Qt Quick/QML or ICU data bundled whole): shown, the build goes on.
grep "kiosk.spec: WARNING" "$LOG" >&2 || true

# The Python interpreter library of some Python builds (pyenv's) carries ~20 MB of debug
# information, PyNaCl's libsodium module 3 MB (3.5 -> 0.7 MB); they and ICU's two code
# libraries also carry static symbol tables (.symtab, 2.2 MB: ICU 1.4, libpython 0.7) that
# nothing reads at run time (the dynamic symbols stay). Only these are stripped: never run
# strip on Qt or FFmpeg libraries (PyInstaller's --strip damages FFmpeg: video dies silently).
if command -v strip >/dev/null 2>&1; then
  internal="$DIST/kiosk/_internal"
  {
    find "$internal" -maxdepth 1 -type f \( -name 'libpython3*.so*' -o -name '_cffi_backend*.so' \)
    find "$internal/python3"* "$internal/nacl" -name '*.so' -type f 2>/dev/null
    find "$internal/PySide6/Qt/lib" -maxdepth 1 -type f \( -name 'libicui18n.so*' -o -name 'libicuuc.so*' \)
  } | xargs -r strip --strip-unneeded
fi

# --- 4. size and archive --------------------------------------------------------------------
ARCHIVE="$DIST/kiosk-$VERSION-linux-x86_64.tar.xz"
say "packing ${ARCHIVE#"$ROOT"/}"
rm -f "$ARCHIVE"
# The archive unpacks to kiosk-<version>/ (kiosk binary + _internal/).
tar -C "$DIST" --transform "s,^kiosk,kiosk-$VERSION," --owner=0 --group=0 --numeric-owner \
  -cf - kiosk | xz -T0 -6 >"$ARCHIVE"

folder_mb=$(du -sm "$DIST/kiosk" | cut -f1)
archive_mb=$(du -m --apparent-size "$ARCHIVE" | cut -f1)
say "dist/kiosk: $(du -sh "$DIST/kiosk" | cut -f1) on disk (${folder_mb} MB; target <= 120 MB)"
say "${ARCHIVE#"$ROOT"/}: $(du -h --apparent-size "$ARCHIVE" | cut -f1) (${archive_mb} MB; target <= 40 MB)"
say "built version $VERSION in $((SECONDS - started)) s"

# --- 5. the Debian package --------------------------------------------------------------------
if [ "${KIOSK_DEB:-1}" != 0 ] && command -v dpkg-deb >/dev/null 2>&1; then
  bash "$ROOT/packaging/deb.sh" "$DIST/kiosk"
elif [ "${KIOSK_DEB:-1}" != 0 ]; then
  say "no dpkg-deb on this system: no .deb made (the tar.xz is the release)"
fi
