"""The frozen build keeps the modules its start imports as .pyc files (packaging/start_modules.py).

PyInstaller's PYZ archive compresses each module with zlib: inflating what the start
imported was most of the frozen start's extra cost over the start from the checkout
(bench/README.md, frozen start). The build measures the start's imports and keeps those
as files; the tests marked `frozen` check the real bundle (after packaging/build.sh).
"""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import start_modules  # noqa: E402

BUNDLE = ROOT / "dist" / "kiosk"
INTERNAL = BUNDLE / "_internal"

IMPORT_LINES = [
    "import time: self [us] | cumulative | imported package\n",
    "import time:       315 |        315 |   encodings.aliases\n",
    "import time:       149 |        149 | encodings.utf_8\n",
    "import time:      2000 |       9000 |     kiosk.ui.main_window\n",
    "FIRST_FRAME 1780000000.1 1280x800\n",
    "import time:        20 |         20 | kiosk.studio.window\n",
]


def test_the_modules_named_before_the_first_frame_line_are_the_start_s():
    names, seen = start_modules.parse_import_times(IMPORT_LINES)
    assert seen
    assert names == {"encodings.aliases", "encodings.utf_8", "kiosk.ui.main_window"}


def test_no_first_frame_line_is_not_a_measure():
    names, seen = start_modules.parse_import_times(IMPORT_LINES[:4])
    assert not seen and "kiosk.ui.main_window" in names


def test_what_stays_a_file():
    start = {"kiosk", "kiosk.app", "encodings", "encodings.utf_8", "json"}
    base = {"encodings", "codecs", "collections"}
    keep = start_modules.keep_as_file
    assert keep("kiosk.app", start, base) and keep("json", start, base)
    assert not keep("kiosk.studio.window", start, base)  # the studio: later, from the archive
    assert keep("collections.abc", start, base)  # Python's start-up modules: before the importer
    assert keep("_pyi_rth_utils.qt", start, base)  # a runtime hook's helper
    # In UTF-8 mode only the codecs the start imports stay files.
    assert keep("encodings.cp437", start, base) and not keep("encodings.cp437", start, base, True)
    assert keep("encodings.utf_8", start, base, True) and keep("encodings", start, base, True)


def _archive_names() -> set[str]:
    """The module names in the executable's PYZ archive: its table of contents, a marshalled
    list of (name, (kind, offset, length)) at the offset its header gives (b"PYZ\\0", Python's
    bytecode magic, the table's offset as a 32-bit big-endian integer)."""
    import importlib.util
    import marshal
    import struct

    data = (BUNDLE / "kiosk").read_bytes()
    start = data.find(b"PYZ\0" + importlib.util.MAGIC_NUMBER)
    assert start > 0, "no PYZ archive in the executable"
    (table,) = struct.unpack("!i", data[start + 8 : start + 12])
    return {name for name, _entry in marshal.loads(data[start + table :])}


@pytest.mark.frozen  # `pytest -m frozen` after packaging/build.sh
def test_frozen_the_start_s_modules_are_files_and_the_rest_archived():
    """Every module the start imports (measured here again, as the build does) that the
    bundle has is a .pyc file, none is in the archive; a module the start does not import
    (the studio) is in the archive. Fails on a default PyInstaller layout (all in PYZ)."""
    assert (BUNDLE / "kiosk").is_file(), "no frozen build: run packaging/build.sh"
    assert not (INTERNAL / "base_library.zip").exists()
    start = start_modules.imported_before_first_frame(
        sys.executable, ROOT, ROOT / "resources" / "content.db", ["-X", "utf8"]
    )
    assert "kiosk.ui.main_window" in start
    archived = _archive_names()
    assert "kiosk.studio.window" in archived
    inflated = sorted(start & archived)
    assert not inflated, f"the start inflates these from the archive: {inflated}"
    for name in ("kiosk.app", "kiosk.ui.main_window", "encodings.utf_8"):
        path = INTERNAL / (name.replace(".", os.sep) + ".pyc")
        assert path.is_file(), path


@pytest.mark.frozen
def test_frozen_the_collector_is_off_from_the_first_runtime_hook():
    """packaging/rthook_gc.py runs first (before quick_enums' hook and PyInstaller's PySide6
    hook, which imports PySide6.QtCore); packaging/entry.py turns the collector back on."""
    executable = (BUNDLE / "kiosk").read_bytes()  # its archive's table: scripts in run order
    order = [
        executable.find(name + b"\0")
        for name in (b"rthook_gc", b"rthook_quick_enums", b"pyi_rth_pyside6", b"entry")
    ]
    assert 0 <= order[0] < order[1] < order[2] < order[3], order
