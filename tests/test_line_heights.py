"""Line heights across fallback fonts, kept from one start to the next (readable.py)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QFont

from kiosk.ui.widgets import readable

STAMP = "qt 6.x fonts [] paths 1:2 code 3:4"  # kiosk/ui/start_cache.py's, as a test's


@pytest.fixture
def fresh(monkeypatch):
    """An empty process cache and no file kept, as at the start of a process."""
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    yield
    readable._kept.flush()  # no writer thread or timer left behind


def _fonts() -> list[QFont]:
    fonts = []
    for points, weight in ((12.0, QFont.Weight.Normal), (18.0, QFont.Weight.Bold), (22.0, 700)):
        font = QFont()
        font.setFamilies(["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"])
        font.setPointSizeF(points)
        font.setWeight(QFont.Weight(weight))
        fonts.append(font)
    return fonts


def _measured(qapp, monkeypatch) -> list[int]:
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    return [readable.line_height(font) for font in _fonts()]


def test_a_later_start_reads_the_heights_measured_before(qapp, fresh, tmp_path, monkeypatch):
    kept = tmp_path / "cache" / "line-heights.json"
    readable.keep_line_heights_in(kept, STAMP)
    first = [readable.line_height(font) for font in _fonts()]
    readable.flush_line_heights()  # the end of the app
    assert len(json.loads(kept.read_text(encoding="utf-8"))["heights"]) == 3
    assert first == _measured(qapp, monkeypatch)
    # The next start: nothing measured (a font's metrics would fail here), same heights.
    monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
    monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
    readable.keep_line_heights_in(kept, STAMP)

    def measuring(*args):
        raise AssertionError("measured again")

    monkeypatch.setattr(readable, "QFontMetrics", measuring)
    assert [readable.line_height(font) for font in _fonts()] == first


@pytest.mark.parametrize(
    "kept_text",
    [
        lambda key: "{not json",
        lambda key: "[]",
        # Measured with other fonts, another Qt or screen: its heights are not used.
        lambda key: json.dumps({"stamp": "qt 0.0 dpi 72.0 fonts []", "heights": {key: 999}}),
        lambda key: json.dumps({"stamp": None, "heights": "x"}),
    ],
    ids=["damaged", "not a table", "other stamp", "wrong types"],
)
def test_a_file_from_elsewhere_or_damaged_is_measured_again(
    qapp, fresh, tmp_path, monkeypatch, kept_text
):
    font = _fonts()[1]
    key = f"{font.key()}|{'|'.join(font.families())}"
    kept = tmp_path / "line-heights.json"
    kept.write_text(kept_text(key), encoding="utf-8")
    readable.keep_line_heights_in(kept, STAMP)
    stamp = readable._kept.stamp
    height = readable.line_height(font)
    readable.flush_line_heights()
    assert height == _measured(qapp, monkeypatch)[1] != 999
    written = json.loads(kept.read_text(encoding="utf-8"))  # replaced by what was measured
    assert written == {"stamp": stamp, "heights": {key: height}}


def test_without_a_file_nothing_is_written(qapp, fresh, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert readable.line_height(_fonts()[0]) > 0
    assert list(tmp_path.iterdir()) == []


def test_heights_are_written_later_outside_the_layouts_by_a_worker(
    qapp, qtbot, fresh, tmp_path, monkeypatch
):
    """Measured during a layout, a height is not written there and then (a file write on
    the main thread at any moment after the start): the heights measured together are
    written once, WRITE_AFTER_MS after the last of them, by a worker thread."""
    import threading

    monkeypatch.setattr(readable._KeptHeights, "WRITE_AFTER_MS", 50)
    kept = tmp_path / "line-heights.json"
    readable.keep_line_heights_in(kept, STAMP)
    writers: list[str] = []
    real_write = readable._write

    def write(path, text):
        writers.append(threading.current_thread().name)
        real_write(path, text)

    monkeypatch.setattr(readable, "_write", write)
    heights = [readable.line_height(font) for font in _fonts()]
    assert not kept.exists()  # not while measuring
    qtbot.waitUntil(kept.exists, timeout=5000)
    readable._kept.flush()  # waits for the writer; nothing left to write
    assert writers == ["line heights"]  # once, not on the main thread
    written = json.loads(kept.read_text(encoding="utf-8"))
    assert sorted(written["heights"].values()) == sorted(heights)
    assert written["stamp"] == readable._kept.stamp
    assert not list(tmp_path.glob("*.partial"))
    # A height measured later is written again later, with the earlier ones.
    bigger = _fonts()[2]
    bigger.setPointSizeF(40)
    readable.line_height(bigger)
    qtbot.waitUntil(lambda: len(json.loads(kept.read_text(encoding="utf-8"))["heights"]) == 4)


def test_the_end_of_the_app_writes_new_heights_in_place(qapp, fresh, tmp_path, monkeypatch):
    """Heights measured just before the app ends are written by the end itself, over the
    file in place: a file replaced (or removed) waits while the disk discards its blocks
    (0.03-0.36 s seen while other programs wrote), and a stop must not wait for the disk."""
    import os

    kept = tmp_path / "line-heights.json"
    readable.keep_line_heights_in(kept, STAMP)
    readable.line_height(_fonts()[0])
    readable._kept._write_in_background()
    readable.flush_line_heights()  # waits for the writer thread
    inode = kept.stat().st_ino
    replaced = []
    monkeypatch.setattr(os, "replace", lambda *args: replaced.append(args))
    monkeypatch.setattr(os, "unlink", lambda *args: replaced.append(args))
    heights = [readable.line_height(font) for font in _fonts()]
    readable.flush_line_heights()  # the end of the app
    assert replaced == [] and kept.stat().st_ino == inode
    written = json.loads(kept.read_text(encoding="utf-8"))
    assert sorted(written["heights"].values()) == sorted(heights)


def test_two_builds_taking_turns_with_one_folder_each_find_their_own(
    qapp, fresh, tmp_path, monkeypatch
):
    """The source and the frozen app (or two builds) starting in turn with one data
    folder (kiosk/ui/start_cache.py): each start under its own stamp finds what the last
    start under that stamp measured, instead of each replacing the other's file."""
    from kiosk.ui import start_cache

    def start(build: str) -> list[int]:
        monkeypatch.setattr(readable, "_LINE_HEIGHTS", {})
        monkeypatch.setattr(readable, "_kept", readable._KeptHeights())
        monkeypatch.setattr(start_cache, "stamp", lambda: f"{STAMP} {build}")
        start_cache.StartCache(tmp_path / "cache").keep()
        heights = [readable.line_height(font) for font in _fonts()]
        readable.flush_line_heights()
        return heights

    heights = {build: start(build) for build in ("source", "frozen")}  # first starts

    def measuring(*args):
        raise AssertionError("measured again")

    monkeypatch.setattr(readable, "QFontMetrics", measuring)
    for build in ("source", "frozen", "source"):
        assert start(build) == heights[build], build


def test_only_the_newest_heights_files_are_kept(qapp, fresh, tmp_path):
    import os

    for age, name in enumerate("abcdef"):  # line-heights-a.json the newest of these
        old = tmp_path / f"line-heights-{name}.json"
        old.write_text("{}", encoding="utf-8")
        os.utime(old, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))
    (tmp_path / "other.json").write_text("{}", encoding="utf-8")
    readable.keep_line_heights_in(tmp_path / "line-heights-new.json", STAMP)
    readable.line_height(_fonts()[0])
    readable._kept._write_in_background()  # the writer thread prunes (WRITE_AFTER_MS later)
    readable.flush_line_heights()  # waits for it (the end of the app removes nothing)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [
        "line-heights-a.json",
        "line-heights-b.json",
        "line-heights-c.json",
        "line-heights-new.json",
        "other.json",
    ]
