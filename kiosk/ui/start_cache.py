"""What one start keeps on disk for the next, in <data dir>/cache, and while it is valid.

Two caches make the first frame cheaper:

- pictures/: the sea and world under the topic pictures and locator maps
  (kiosk/ui/widgets/backdrops.py; drawn by kiosk/ui/widgets/locator_map.py);
- line-heights-<stamp's CRC-32>.json: line heights across the fallback fonts
  (kiosk/ui/widgets/readable.py).

Both hold what Qt drew or measured from the world paths file, the bundled fonts and the
app's code, so one stamp (`stamp`) says what they were made with: Qt's version, the
bundled fonts (names and sizes), the paths file (size and time) and the code. In the
frozen build the code is the executable (its archive holds the modules the start does not
import: every build is another stamp) and the .pyc files of the code that draws and
measures (the build keeps the start's modules as files: packaging/start_modules.py);
from a checkout or an installed package, it is the source files of that code (size and
time: any edit redraws once, even one that leaves the bytecode as it was). An entry is used only under the
stamp it was made with; anything else is drawn or measured again and written anew.
Entries of other stamps stay beside (the newest few): two builds that take turns with
one data folder (the source and the frozen app on a developer's machine or in the bench)
each find their own instead of each replacing the other's.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

# The code whose drawing or measuring the caches hold, relative to kiosk/ui.
CODE_FILES = (
    "widgets/locator_map.py",
    "widgets/backdrops.py",
    "widgets/world_paths.py",
    "widgets/readable.py",
    "start_cache.py",
    "../core/worldmap.py",
)
_UI = os.path.dirname(os.path.abspath(__file__))
# The map files the pictures are drawn from: kiosk/ui/widgets/world_paths.py PATHS_FILE,
# else (no paths file) kiosk/core/worldmap.py MAP_FILE. Named here, not imported: those
# modules (and their Qt types) are not needed before the first frame, the kept pictures
# are (tests/test_start_cache.py checks the names).
PATHS_FILE = ("maps", "world-110m.paths")
MAP_FILE = ("maps", "world-110m.json")


def _identity(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return "-"
    return f"{info.st_size}:{info.st_mtime_ns}"


def code_files() -> list[str]:
    """The files that hold the caches' code: when frozen, the executable and the code's .pyc files."""
    if getattr(sys, "frozen", False):
        return [sys.executable] + [os.path.join(_UI, name[:-3] + ".pyc") for name in CODE_FILES]
    return [os.path.join(_UI, name) for name in CODE_FILES]


def stamp() -> str:
    """What the cached pictures and line heights are made with (see the module's text)."""
    from PySide6.QtCore import qVersion

    from kiosk.core.locate import bundled

    try:
        with os.scandir(bundled("fonts")) as entries:
            fonts = sorted((entry.name, entry.stat().st_size) for entry in entries)
    except OSError:
        fonts = []
    paths = _identity(bundled(*PATHS_FILE))
    if paths == "-":  # the paths are made from the JSON map
        paths = "map " + _identity(bundled(*MAP_FILE))
    code = " ".join(_identity(path) for path in code_files())
    return f"qt {qVersion()} fonts {fonts!r} paths {paths} code {code}"


class StartCache:
    """The start caches kept in `folder` (<data dir>/cache), under one stamp."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.stamp = stamp()

    def keep(self) -> None:
        """Turn both caches on (the kiosk does; tests and tools draw and measure every time)."""
        from kiosk.ui.widgets import readable
        from kiosk.ui.widgets.locator_map import shared_painter

        # The topic pictures' sea and world as the last start drew them (same pixels,
        # ~5 ms less of every start).
        shared_painter().keep_backdrops_in(self.folder / "pictures", self.stamp)
        # Line heights across fallback fonts as measured before (~3 ms less).
        name = f"line-heights-{zlib.crc32(self.stamp.encode()):08x}.json"
        readable.keep_line_heights_in(self.folder / name, self.stamp)

    def flush(self) -> None:
        """At the end of the app: write what is not written yet (line heights)."""
        from kiosk.ui.widgets import readable

        readable.flush_line_heights()
