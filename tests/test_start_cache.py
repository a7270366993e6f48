"""The start caches' one stamp (kiosk/ui/start_cache.py): kept pictures and line heights are
used only with the Qt, fonts, paths file and code they were made with."""

from __future__ import annotations

import os
import re
import shutil
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

from kiosk.ui import start_cache
from kiosk.ui.icons import Icons
from kiosk.ui.start_cache import CODE_FILES, StartCache, code_files, stamp
from kiosk.ui.widgets import locator_map, readable
from kiosk.ui.widgets.locator_map import MapPainter
from tests.test_topic_backdrops import recorded_loads


def test_the_code_files_are_the_drawing_and_measuring_code():
    files = code_files()
    assert all(os.path.isfile(path) for path in files), files
    names = {os.path.basename(path) for path in files}
    assert {"locator_map.py", "backdrops.py", "readable.py", "worldmap.py"} <= names
    assert stamp() == stamp()


def test_the_stamp_names_the_map_files_the_pictures_are_drawn_from():
    from kiosk.core.worldmap import MAP_FILE
    from kiosk.ui.widgets.world_paths import PATHS_FILE

    assert (start_cache.PATHS_FILE, start_cache.MAP_FILE) == (PATHS_FILE, MAP_FILE)


@pytest.fixture
def code_copy(tmp_path, monkeypatch):
    """The code files copied elsewhere, standing for a checkout being edited."""
    ui = tmp_path / "kiosk" / "ui"
    for name in CODE_FILES:
        target = ui / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(os.path.join(start_cache._UI, name), target)
    monkeypatch.setattr(start_cache, "_UI", str(ui))
    return ui


def _touch(path, later_by_ns=10**9):
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + later_by_ns))


def test_an_edit_of_the_drawing_code_is_another_stamp(code_copy):
    before = stamp()
    assert stamp() == before
    painting = code_copy / "widgets" / "locator_map.py"
    painting.write_text(painting.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = stamp()
    assert edited != before
    # Saved again as it was (or checked out again): another stamp too, drawn once more.
    _touch(code_copy / "../core/worldmap.py")
    assert stamp() not in (before, edited)


def test_frozen_the_executable_and_the_compiled_code_are_the_code(tmp_path, monkeypatch, code_copy):
    """The frozen build keeps the start's modules (the drawing and measuring code among
    them) as .pyc files beside each other and the rest in the executable's archive."""
    executable = tmp_path / "dist" / "kiosk"
    executable.parent.mkdir()
    executable.write_bytes(b"build 1")
    compiled = code_copy / "widgets" / "readable.pyc"
    compiled.write_bytes(b"heights 1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert code_files()[0] == str(executable)
    assert str(compiled) in [os.path.normpath(path) for path in code_files()]
    first_build = stamp()
    _touch(code_copy / "widgets" / "readable.py")  # no source files in a frozen build
    assert stamp() == first_build
    executable.write_bytes(b"build 2")
    _touch(executable)
    second_build = stamp()
    assert second_build != first_build
    # A build that changed only the measuring code: its .pyc file is another, the
    # executable (whose archive does not hold it) may be the same.
    compiled.write_bytes(b"heights 2!")
    assert stamp() not in (first_build, second_build)


@pytest.fixture
def icons(qapp):
    loaded = Icons()
    loaded.load()
    return loaded


def test_pictures_and_heights_kept_under_one_stamp_and_redrawn_after_a_code_change(
    tmp_path, icons, monkeypatch, code_copy
):
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    size = QSize(263, 304)

    def picture(painter):
        return painter.topic(("children",), "s1", size, 1.0, icons, radius=18).toImage()

    drawn = picture(MapPainter())
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Sans Arabic"])
    height = readable.line_height(font)
    folder = tmp_path / "cache"
    for start in range(3):
        if start == 2:  # the drawing code was edited between the second and third start
            _touch(code_copy / "widgets" / "locator_map.py")
        painter = MapPainter()
        monkeypatch.setattr(locator_map, "shared_painter", lambda painter=painter: painter)
        monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})  # a new process
        monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
        cache = StartCache(folder)
        cache.keep()
        loads = recorded_loads(painter)
        assert picture(painter) == drawn
        assert painter._backdrops.written(timeout=30)  # a worker thread writes it
        heights_kept = bool(readable._LINE_HEIGHTS)
        assert readable.line_height(font) == height
        cache.flush()
        kept = [image is not None for image in loads]
        assert kept == [start == 1], start  # drawn, kept, drawn again
        assert heights_kept == (start == 1), start  # measured, kept, measured again
    names = sorted(p.name for p in folder.iterdir())
    assert names[-1] == "pictures" and len(names) == 3, names  # one heights file a stamp
    assert all(re.fullmatch(r"line-heights-[0-9a-f]{8}\.json", name) for name in names[:2])
    assert readable._kept.stamp.startswith(cache.stamp + " dpi ")
