"""Stand-ins for Qt Quick and QML in the frozen kiosk (Linux): 15 MB less, video unchanged.

PySide6 6.11's FFmpeg multimedia plugin (`libffmpegmediaplugin.so`) links libQt6Quick
and libQt6Qml, and is linked with BIND_NOW, so the plugin does not load without them
(leaving them out silently broke video). Yet it uses exactly two symbols of Qt Quick
and none of QML: `QQuickWindow::staticMetaObject` and `QQuickWindow::grabWindow()`,
both in the EGLFS screen capture (`qeglfsscreencapture.cpp`: `qobject_cast<QQuickWindow
*>` over the top-level windows, then `grabWindow()` on the one found). The kiosk never
runs on EGLFS (the plugin is not shipped), never captures the screen, and has no Qt
Quick window. libQt6Quick pulls libQt6Qml, QmlModels, QmlMeta and QmlWorkerScript.

So the bundle gets two small libraries with the same sonames instead:

* libQt6Quick.so.6 defines those two symbols under the `Qt_6` version: a
  `QQuickWindow::staticMetaObject` that no object's meta-object chain contains, so
  `qobject_cast<QQuickWindow *>` is null for every window (as it is for a Widgets app
  with the real library), and a `grabWindow()` that stops the program with a message
  if it is ever called (it cannot be: no QQuickWindow exists);
* libQt6Qml.so.6 is empty (the plugin lists it but takes nothing from it).

`stub_libraries` refuses (raises) when the plugin needs any other symbol from Qt
Quick or anything at all from QML: a new PySide6 must then be looked at again, never
patched over. Needs gcc and binutils (`nm`, `readelf`). Used by packaging/kiosk.spec;
run by hand to inspect:

    python packaging/quick_stub.py PATH/TO/libffmpegmediaplugin.so OUTDIR
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

QUICK = "libQt6Quick.so.6"
QML = "libQt6Qml.so.6"
VERSION = "Qt_6"
#: What the FFmpeg plugin may take from Qt Quick (mangled names) and why it is safe.
ALLOWED = {
    "_ZN12QQuickWindow16staticMetaObjectE": "qobject_cast<QQuickWindow *> (EGLFS capture)",
    "_ZN12QQuickWindow10grabWindowEv": "QQuickWindow::grabWindow() (EGLFS capture)",
}

_SOURCE = r"""
/* Stand-in for libQt6Quick.so.6 in the frozen kiosk: see packaging/quick_stub.py. */
#include <stdio.h>
#include <stdlib.h>

/* QQuickWindow::staticMetaObject: a QMetaObject (7 pointers) no object derives from,
   so QMetaObject::cast() (qobject_cast) returns null for every window. */
__attribute__((visibility("default"))) void *_ZN12QQuickWindow16staticMetaObjectE[7];

/* QQuickWindow::grabWindow(): only reached through a QQuickWindow, which cannot exist. */
__attribute__((visibility("default"))) void _ZN12QQuickWindow10grabWindowEv(void)
{
    fputs("kiosk: QQuickWindow::grabWindow() called, but Qt Quick is not bundled "
          "(packaging/quick_stub.py)\n", stderr);
    abort();
}
"""


class StubError(RuntimeError):
    """The plugin needs more from Qt Quick/QML than the stand-ins give."""


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def needed_libraries(binary: Path) -> list[str]:
    return [
        line.split("[", 1)[1].rstrip("]")
        for line in _run("readelf", "-d", "-W", str(binary)).splitlines()
        if "(NEEDED)" in line
    ]


def symbols_needed_from(plugin: Path, library: Path) -> set[str]:
    """The plugin's undefined dynamic symbols that `library` defines (version suffix cut)."""

    def names(*args: str, path: Path) -> set[str]:
        out = _run("nm", "-D", *args, str(path))
        return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}

    return names("--undefined-only", path=plugin) & names("--defined-only", path=library)


def check_plugin(plugin: Path, qt_lib: Path) -> None:
    """Raises StubError unless the plugin takes only ALLOWED from Qt Quick and nothing from QML."""
    from_quick = symbols_needed_from(plugin, qt_lib / QUICK)
    from_qml = symbols_needed_from(plugin, qt_lib / QML)
    extra = (from_quick - set(ALLOWED)) | from_qml
    if extra:
        raise StubError(
            f"{plugin.name} needs more from Qt Quick/QML than the stand-ins give: "
            f"{sorted(extra)}; bundle the real libraries (see packaging/quick_stub.py)"
        )


def stub_libraries(plugin: Path, qt_lib: Path, out: Path) -> dict[str, Path]:
    """Builds the stand-ins into `out`; returns {soname: path}. Raises StubError/OSError."""
    check_plugin(plugin, qt_lib)
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        raise OSError("gcc not found (Debian: gcc)")
    out.mkdir(parents=True, exist_ok=True)
    source = out / "quick_stub.c"
    source.write_text(_SOURCE, encoding="utf-8")
    script = out / "quick_stub.map"
    script.write_text(f"{VERSION} {{ global: {'; '.join(ALLOWED)}; local: *; }};\n")
    empty = out / "empty.c"
    empty.write_text("/* Stand-in for libQt6Qml.so.6: see packaging/quick_stub.py. */\n")
    built = {QUICK: out / QUICK, QML: out / QML}
    common = ("-shared", "-fPIC", "-O2", "-s", "-Wl,--no-undefined", "-Wl,-z,now")
    _run(
        gcc,
        *common,
        f"-Wl,-soname,{QUICK}",
        f"-Wl,--version-script={script}",
        str(source),
        "-o",
        str(built[QUICK]),
    )
    _run(gcc, *common, f"-Wl,-soname,{QML}", str(empty), "-o", str(built[QML]))
    defined = {
        line.split()[-1]
        for line in _run("nm", "-D", "--defined-only", str(built[QUICK])).splitlines()
        if line.strip()
    }
    missing = {f"{name}@@{VERSION}" for name in ALLOWED} - defined
    if missing:
        raise StubError(f"the Qt Quick stand-in lacks {sorted(missing)}")
    return built


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    plugin = Path(argv[0])
    qt_lib = plugin.resolve().parents[2] / "lib"
    built = stub_libraries(plugin, qt_lib, Path(argv[1]))
    for name, path in built.items():
        print(f"{name}: {path.stat().st_size} bytes (was {(qt_lib / name).stat().st_size})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
