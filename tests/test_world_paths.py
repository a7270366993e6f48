"""The world map's paths prepared at build time (resources/maps/world-110m.paths)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QPainterPath

from kiosk.core import locate
from kiosk.core.worldmap import MAP_FILE, world_map
from kiosk.ui.widgets import world_paths
from kiosk.ui.widgets.world_paths import FORMAT, PATHS_FILE, build, from_bytes, header


def elements(path: QPainterPath) -> list[tuple]:
    points = (path.elementAt(i) for i in range(path.elementCount()))
    return [path.fillRule(), *((e.type, e.x, e.y) for e in points)]


def test_the_paths_file_is_current():
    """Made by tools/make_world_paths.py from the JSON map as it is now, byte for byte."""
    from tools.make_world_paths import paths_file

    committed = locate.bundled(*PATHS_FILE).read_bytes()
    map_bytes = locate.bundled(*MAP_FILE).read_bytes()
    assert header(committed) == (FORMAT, world_paths.source_digest(map_bytes)), (
        "the JSON map changed: run tools/make_world_paths.py"
    )
    assert committed == paths_file(), "run tools/make_world_paths.py"


def test_the_file_reads_back_the_very_paths_made_from_the_map():
    made = build(world_map())
    read = from_bytes(locate.bundled(*PATHS_FILE).read_bytes())
    assert list(read.countries) == list(made.countries)
    assert len(read.countries) == len(world_map().countries) > 150
    for key, path in made.countries.items():
        assert elements(read.countries[key]) == elements(path), key
    assert elements(read.graticule) == elements(made.graticule)
    assert read.graticule.elementCount() > 500


@pytest.mark.parametrize("damage", ["cut", "other", "empty", "trailing"])
def test_a_damaged_file_is_refused(damage):
    data = locate.bundled(*PATHS_FILE).read_bytes()
    damaged = {
        "cut": data[: len(data) // 2],
        "other": b"\x00\x00\x00\x08" + b"nope" * 40,
        "empty": b"",
        "trailing": data + b"\x00",
    }[damage]
    with pytest.raises(ValueError):
        from_bytes(damaged)


def test_without_the_file_the_paths_are_made_from_the_map(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(world_paths, "bundled", lambda *parts: tmp_path.joinpath(*parts))
    world_paths.world_paths.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=world_paths.__name__):
            paths = world_paths.world_paths()
    finally:
        world_paths.world_paths.cache_clear()
    assert "tools/make_world_paths.py" in caplog.text
    made = build(world_map())
    assert elements(paths.countries["FR"]) == elements(made.countries["FR"])
