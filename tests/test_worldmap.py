"""The world map data and its projection (Qt-free): codes, anchors, frames, orientation."""

from __future__ import annotations

import json
import math

import pytest

from kiosk.core import locate
from kiosk.core.worldmap import (
    MAP_FILE,
    PROJECTED_SCALE,
    PROJECTED_UNITS,
    WORLD_HALF_HEIGHT,
    WORLD_HALF_WIDTH,
    equal_earth,
    world_map,
)


def test_the_map_file_holds_the_countries_with_their_source():
    data = json.loads(locate.bundled(*MAP_FILE).read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    codes = {c["iso"] for c in data["countries"] if c["iso"]}
    assert {"MX", "KH", "LB", "BS", "AT", "FR", "RU", "CN", "BR"} <= codes
    assert len(codes) > 170


def test_the_map_file_is_projected_once_by_the_tool_not_at_every_start():
    from tools.make_world_map import DEGREE_UNITS, project

    data = json.loads(locate.bundled(*MAP_FILE).read_text(encoding="utf-8"))
    assert data["units"] == PROJECTED_UNITS
    for country in data["countries"]:
        for polygon in country["polygons"]:
            for ring in polygon:
                xs, ys = ring[0::2], ring[1::2]
                assert max(map(abs, xs)) <= WORLD_HALF_WIDTH * PROJECTED_SCALE + 1
                assert max(map(abs, ys)) <= WORLD_HALF_HEIGHT * PROJECTED_SCALE + 1
    # The tool's projection is the kiosk's, to within the file's unit.
    degrees = {
        "source": "test",
        "units": DEGREE_UNITS,
        "countries": [
            {
                "iso": "FR",
                "name": "France",
                "anchor": [260, 4660],
                "polygons": [[[0, 0, -17950, -8000]]],
            }
        ],
    }
    (projected,) = project(degrees)["countries"]
    for (lon, lat), (x, y) in (
        ((2.6, 46.6), projected["anchor"]),
        ((0, 0), projected["polygons"][0][0][0:2]),
        ((-179.5, -80), projected["polygons"][0][0][2:4]),
    ):
        ex, ey = equal_earth(lon, lat)
        assert x / PROJECTED_SCALE == pytest.approx(ex, abs=1e-5)
        assert y / PROJECTED_SCALE == pytest.approx(ey, abs=1e-5)
    france = world_map().country("FR")
    assert france.anchor == pytest.approx(equal_earth(2.6, 46.6), abs=0.05)


def test_equal_earth_keeps_east_right_and_north_up():
    west, east = equal_earth(-90, 0), equal_earth(90, 0)
    north, south = equal_earth(0, 60), equal_earth(0, -60)
    assert west[0] < 0 < east[0]
    assert north[1] < 0 < south[1]  # screen orientation: y grows southwards
    assert equal_earth(180, 0)[0] == pytest.approx(WORLD_HALF_WIDTH)
    assert pytest.approx(2.05, abs=0.02) == WORLD_HALF_WIDTH / WORLD_HALF_HEIGHT


def test_equal_area():
    """Cells of 10x10 degrees keep the ratio of their areas on the sphere."""

    def cell_area(lat: float) -> float:
        corners = [equal_earth(lon, la) for lon, la in ((0, lat), (10, lat), (10, lat + 10))]
        corners.append(equal_earth(0, lat + 10))
        pairs = zip(corners, corners[1:] + corners[:1], strict=True)
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2

    def sphere_area(lat: float) -> float:
        return math.sin(math.radians(lat + 10)) - math.sin(math.radians(lat))

    for lat in (10, 40, 70):
        assert cell_area(lat) / cell_area(0) == pytest.approx(
            sphere_area(lat) / sphere_area(0), rel=0.01
        )


@pytest.mark.parametrize("iso", ["MX", "LB", "BS", "FR", "RU", "FJ", "US", "KH"])
def test_each_frame_contains_the_country_and_stays_in_the_world(iso):
    atlas = world_map()
    left, top, right, bottom = atlas.frame(iso, 1.5)
    x, y = atlas.country(iso).anchor
    assert left < x < right and top < y < bottom
    assert (right - left) / (bottom - top) == pytest.approx(1.5)
    assert right - left <= 2 * WORLD_HALF_WIDTH * 1.1


def test_a_small_country_is_framed_on_its_region():
    _, top, _, bottom = world_map().frame("LB", 1.0)
    assert 0.3 < bottom - top < 0.6  # tens of degrees: Lebanon with its neighbours


def test_country_lookup_is_by_code_only():
    atlas = world_map()
    assert atlas.country("mx").name == "Mexico"
    assert atlas.country("Mexico") is None
    assert atlas.country(None) is None
