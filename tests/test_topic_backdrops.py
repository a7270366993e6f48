"""Topic pictures and locator maps drawn over a backdrop kept from the last start are the
same pixels as drawn ones."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.ui.icons import Icons
from kiosk.ui.widgets import backdrops
from kiosk.ui.widgets.backdrops import BackdropStore
from kiosk.ui.widgets.locator_map import MapPainter

# What kiosk/ui/start_cache.py stamps the kept backdrops with (tests/test_start_cache.py).
STAMP = "qt 6.x fonts [] paths 1:2 code 3:4"


@pytest.fixture
def icons(qapp):
    loaded = Icons()
    loaded.load()
    return loaded


FIRST_FRAME = QSize(263, 304)  # the home's story picture at 1280x800


def topic(painter: MapPainter, icons, size=FIRST_FRAME, dpr=1.0, high=False, seed="s1"):
    picture = painter.topic(("children",), seed, size, dpr, icons, high_contrast=high, radius=18)
    return picture.toImage()


def recorded_loads(painter: MapPainter) -> list[QImage | None]:
    """What the painter's backdrop store returns, call by call."""
    loads: list[QImage | None] = []
    real_load = painter._backdrops.load

    def load(key):
        loads.append(real_load(key))
        return loads[-1]

    painter._backdrops.load = load
    return loads


def files(folder):
    return sorted(folder.glob("*" + backdrops.SUFFIX))


def kept(painter: MapPainter) -> MapPainter:
    """`painter` once its store wrote the backdrops handed to it (a worker thread)."""
    assert painter._backdrops.written(timeout=30)
    return painter


@pytest.mark.parametrize("high", [False, True])
@pytest.mark.parametrize("dpr", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("size", [QSize(263, 304), QSize(640, 360), QSize(161, 121)])
def test_a_picture_over_a_kept_backdrop_is_the_drawn_one(tmp_path, icons, size, dpr, high):
    drawn = topic(MapPainter(), icons, size, dpr, high)
    first = MapPainter()  # draws the backdrop and keeps it
    first.keep_backdrops_in(tmp_path, STAMP)
    assert topic(first, icons, size, dpr, high) == drawn
    kept(first)
    assert len(files(tmp_path)) == 1
    again = MapPainter()  # the next start: the backdrop comes from the file
    again.keep_backdrops_in(tmp_path, STAMP)
    loads = recorded_loads(again)
    picture = topic(again, icons, size, dpr, high)
    assert loads and loads[0] is not None, "the kept backdrop was not used"
    assert picture.format() == drawn.format()
    assert picture == drawn
    assert picture.devicePixelRatio() == drawn.devicePixelRatio() == dpr


@pytest.mark.parametrize("high", [False, True])
@pytest.mark.parametrize("dpr", [1.0, 2.0])
@pytest.mark.parametrize("size", [QSize(263, 304), QSize(900, 500)])
def test_a_locator_map_over_a_kept_backdrop_is_the_drawn_one(tmp_path, qapp, size, dpr, high):
    """A story's country: the world around it is the backdrop (one per country and frame)."""
    for iso, label in (("FR", "France"), ("LB", "Liban"), ("KH", "")):
        drawn = MapPainter().locator(iso, label, size, dpr, high_contrast=high, radius=18)
        first = MapPainter()
        first.keep_backdrops_in(tmp_path, STAMP)
        first.locator(iso, label, size, dpr, high_contrast=high, radius=18)
        kept(first)
        again = MapPainter()
        again.keep_backdrops_in(tmp_path, STAMP)
        loaded = recorded_loads(again)
        picture = again.locator(iso, label, size, dpr, high_contrast=high, radius=18).toImage()
        assert loaded and loaded[0] is not None, iso
        assert picture.format() == drawn.toImage().format()
        assert picture == drawn.toImage(), iso
    assert len(files(tmp_path)) == 3


def test_each_sea_colour_and_contrast_has_its_own_backdrop(tmp_path, icons):
    painter = MapPainter()
    painter.keep_backdrops_in(tmp_path, STAMP)
    seeds = [f"story-{n}" for n in range(12)]
    for seed in seeds:
        topic(painter, icons, seed=seed)
    topic(painter, icons, high=True)
    kept(painter)
    assert len(files(tmp_path)) == 5 + 1  # five sea blues, one high-contrast sea
    fresh = MapPainter()
    fresh.keep_backdrops_in(tmp_path, STAMP)
    for seed in seeds[:6]:
        assert topic(fresh, icons, seed=seed) == topic(MapPainter(), icons, seed=seed), seed


@pytest.mark.parametrize("damage", ["cut", "flipped", "other key", "not a backdrop"])
def test_a_damaged_or_foreign_file_is_drawn_again_and_replaced(tmp_path, icons, damage, caplog):
    drawn = topic(MapPainter(), icons)
    first = MapPainter()
    first.keep_backdrops_in(tmp_path, STAMP)
    topic(first, icons)
    (path,) = files(kept(first)._backdrops.folder)
    data = bytearray(path.read_bytes())
    if damage == "cut":
        data = data[: len(data) - 100]
    elif damage == "flipped":
        data[-5000] ^= 0xFF
    elif damage == "other key":
        data = data.replace(b"qt ", b"QT ", 1)
    else:
        data = bytearray(b"\x89PNG\r\n" + bytes(data[6:]))
    path.write_bytes(bytes(data))
    again = MapPainter()
    again.keep_backdrops_in(tmp_path, STAMP)
    with caplog.at_level(logging.INFO, logger=backdrops.__name__):
        assert topic(again, icons) == drawn
        kept(again)
    if damage == "flipped":
        assert "damaged" in caplog.text
    assert again._backdrops.load(again._backdrop_key(QSize(263, 304), 1.0, *_calm())) is not None


def _calm():
    from kiosk.ui.widgets.locator_map import _BLUES, CALM_MAP

    return CALM_MAP, f"topic {_BLUES[sum(map(ord, 's1')) % len(_BLUES)]}"


def test_the_newest_backdrops_are_kept(tmp_path, qapp):
    store = BackdropStore(tmp_path)
    image = QImage(8, 8, backdrops.FORMAT)
    image.fill(0xFF336699)
    for n in range(backdrops.LIMIT + 5):
        store.save(f"key {n}", image)
    assert store.written(timeout=30)
    assert len(files(tmp_path)) == backdrops.LIMIT
    assert store.load(f"key {backdrops.LIMIT + 4}") == image
    assert store.load("key 0") is None
    assert not list(tmp_path.glob("*.partial"))


def test_an_unwritable_folder_costs_nothing_but_a_log_line(tmp_path, icons, caplog):
    blocked = tmp_path / "pictures"
    blocked.write_text("a file where the folder should be")
    painter = MapPainter()
    painter.keep_backdrops_in(blocked, STAMP)
    with caplog.at_level(logging.INFO, logger=backdrops.__name__):
        assert topic(painter, icons) == topic(MapPainter(), icons)
        kept(painter)
    assert "cannot keep a topic backdrop" in caplog.text


def test_the_key_follows_what_draws_the_backdrop(tmp_path):
    painter = MapPainter()
    painter.keep_backdrops_in(tmp_path, STAMP)
    calm, top = _calm()
    key = painter._backdrop_key(QSize(263, 304), 1.0, calm, top)
    other_start = MapPainter()
    other_start.keep_backdrops_in(tmp_path, STAMP)
    assert other_start._backdrop_key(QSize(263, 304), 1.0, calm, top) == key
    others = {
        painter._backdrop_key(QSize(264, 304), 1.0, calm, top),
        painter._backdrop_key(QSize(263, 304), 2.0, calm, top),
        painter._backdrop_key(QSize(263, 304), 1.0, calm, "topic #000001"),
    }
    assert key not in others and len(others) == 3
    # Drawn by other code (another build, an edited file): another stamp, another key.
    other_code = MapPainter()
    other_code.keep_backdrops_in(tmp_path, STAMP.replace("code 3:4", "code 3:5"))
    assert other_code._backdrop_key(QSize(263, 304), 1.0, calm, top) != key
    assert MapPainter()._backdrop_key(QSize(263, 304), 1.0, calm, top) is None  # not kept


def test_the_interface_thread_never_writes_a_backdrop(tmp_path, icons, monkeypatch):
    """A new picture is drawn whenever a page or the carousel shows a sea colour, size or
    country not kept yet (minutes after the start too): writing its backdrop, renaming
    it over the old file and removing the oldest ones wait for the disk (0.03-0.3 s while
    other programs write), so a worker thread does it; the interface's thread only draws."""
    done = []
    real_write, real_replace, real_unlink = Path.write_bytes, os.replace, Path.unlink

    def write_bytes(path, data):
        done.append(("write", threading.current_thread()))
        return real_write(path, data)

    def replace(source, target):
        done.append(("replace", threading.current_thread()))
        real_replace(source, target)

    def unlink(path, missing_ok=False):
        done.append(("unlink", threading.current_thread()))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Path, "unlink", unlink)
    painter = MapPainter()
    painter.keep_backdrops_in(tmp_path, STAMP)
    for n in range(backdrops.LIMIT + 1):  # one file more than kept: the oldest removed
        topic(painter, icons, size=QSize(100 + n, 80))
    kept(painter)
    assert [what for what, _ in done].count("replace") == backdrops.LIMIT + 1
    assert "unlink" in [what for what, _ in done]
    assert all(thread is not threading.main_thread() for _, thread in done), done
    assert len(files(tmp_path)) == backdrops.LIMIT
    again = MapPainter()  # the next start finds them
    again.keep_backdrops_in(tmp_path, STAMP)
    loads = recorded_loads(again)
    assert topic(again, icons, size=QSize(100 + backdrops.LIMIT, 80)) == topic(
        MapPainter(), icons, size=QSize(100 + backdrops.LIMIT, 80)
    )
    assert loads[0] is not None


def test_a_write_cut_short_by_the_end_of_the_kiosk_is_removed_later(tmp_path, qapp):
    """The kiosk's end does not wait for the writer: a file it was writing stays as
    .partial, removed by a later write once old (a newer one may be another store's)."""
    store = BackdropStore(tmp_path)
    cut = tmp_path / f"0000dead{backdrops.PARTIAL}"
    fresh = tmp_path / f"0000beef{backdrops.PARTIAL}"
    for partial in (cut, fresh):
        partial.write_bytes(b"cut short")
    old = time.time() - backdrops.PARTIAL_AGE_S - 5
    os.utime(cut, (old, old))
    image = QImage(8, 8, backdrops.FORMAT)
    image.fill(0xFF336699)
    store.save("key", image)
    assert store.written(timeout=30)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, store.file("key").name]
    )
