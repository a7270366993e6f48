#!/usr/bin/env bash
# Makes the Debian package from the one-folder build (called by packaging/build.sh):
#
#   packaging/deb.sh [dist/kiosk]    -> dist/awareness-kiosk_<version>_amd64.deb
#
#   /opt/awareness-kiosk/                  the one-folder build (kiosk + _internal/)
#   /usr/bin/kiosk                         -> /opt/awareness-kiosk/kiosk
#   /usr/share/applications/awareness-kiosk.desktop, hicolor icons (svg + 256 px png)
#   /usr/lib/systemd/user/awareness-kiosk.service            (not enabled: see README)
#   /usr/lib/systemd/user/awareness-kiosk-restart.{timer,service}  nightly restart
#   /usr/share/doc/awareness-kiosk/        copyright, KIOSK-SESSION.md, examples/ (session files)
#
# Depends: comes from packaging/linux/deb-depends.txt, checked against the bundle first
# (packaging/deb_depends.py): the package is not made when the bundle needs a library whose
# Debian package the list lacks. Needs dpkg-deb (every Debian has it) and ldd.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/kiosk}" && pwd)"
DIST="$ROOT/dist"
STAGE="$ROOT/build/deb/root"
LINUX="$ROOT/packaging/linux"
started=$SECONDS

VERSION="$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture)"
DEB="$DIST/awareness-kiosk_${VERSION}_${ARCH}.deb"

python3 "$ROOT/packaging/deb_depends.py" check "$BUNDLE"
DEPENDS="$(python3 "$ROOT/packaging/deb_depends.py" depends)"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin"
cp -a "$BUNDLE" "$STAGE/opt/awareness-kiosk"
ln -s /opt/awareness-kiosk/kiosk "$STAGE/usr/bin/kiosk"
install -Dm644 "$LINUX/awareness-kiosk.desktop" "$STAGE/usr/share/applications/awareness-kiosk.desktop"
install -Dm644 "$LINUX/awareness-kiosk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/awareness-kiosk.svg"
install -Dm644 "$LINUX/awareness-kiosk.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/awareness-kiosk.png"
units="$STAGE/usr/lib/systemd/user"
install -Dm644 "$LINUX/kiosk.service" "$units/awareness-kiosk.service"
install -Dm644 "$LINUX/kiosk-restart.timer" "$units/awareness-kiosk-restart.timer"
install -Dm644 "$LINUX/kiosk-restart.service" "$units/awareness-kiosk-restart.service"
doc="$STAGE/usr/share/doc/awareness-kiosk"
install -Dm644 "$LINUX/KIOSK-SESSION.md" "$doc/KIOSK-SESSION.md"
install -Dm644 -t "$doc/examples" "$LINUX"/session/*
{
  echo "Awareness Kiosk: MIT License (below)."
  echo "Bundled in /opt/awareness-kiosk/_internal: Qt and PySide6 (LGPL-3.0), FFmpeg (LGPL-2.1+),"
  echo "Python (PSF-2.0), ICU (Unicode-3.0), Noto fonts (OFL-1.1), Font Awesome fonts (OFL-1.1)."
  echo
  cat "$ROOT/LICENSE"
} >"$doc/copyright"
# dpkg-deb keeps the permissions it finds: the bundle is world-readable, programs executable.
chmod -R u+rwX,go+rX,go-w "$STAGE"

installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: awareness-kiosk
Version: $VERSION
Architecture: $ARCH
Maintainer: ${KIOSK_DEB_MAINTAINER:-The Awareness Kiosk contributors <kiosk@example.org>}
Installed-Size: $installed_kb
Depends: $DEPENDS
Recommends: speech-dispatcher, speech-dispatcher-espeak-ng
Section: misc
Priority: optional
Description: offline multilingual awareness kiosk about human trafficking
 Stories, first-responder guides and the film "Affected for Life" in the six UN
 languages, for touch kiosks at events, trainers' laptops and NGO desktops. It never
 opens a network connection. Run "kiosk", or "kiosk --mode kiosk" full screen; see
 /usr/share/doc/awareness-kiosk/KIOSK-SESSION.md for a locked-down session.
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
  xargs -0 md5sum >DEBIAN/md5sums)

rm -f "$DIST"/awareness-kiosk_*.deb
# xz -6 as the tar.xz (48 MB; ~95 s of CPU); KIOSK_DEB_COMPRESSION=gzip: 64 MB in ~6 s
# (CI uses that: the files inside are the same).
case "${KIOSK_DEB_COMPRESSION:-xz}" in
  xz) compress=(-Zxz -z6) ;;
  gzip) compress=(-Zgzip -z6) ;;
  *) echo "KIOSK_DEB_COMPRESSION must be xz or gzip" >&2; exit 2 ;;
esac
dpkg-deb --root-owner-group "${compress[@]}" --build "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"
printf '==> %s: %s (Depends: %s packages) in %s s\n' "${DEB#"$ROOT"/}" \
  "$(du -h --apparent-size "$DEB" | cut -f1)" "$(echo "$DEPENDS" | tr ',' '\n' | wc -l)" \
  "$((SECONDS - started))"
