"""The world map behind the locator maps: countries by ISO code, Equal Earth projection (no Qt).

The map file (resources/maps/world-110m.json, made by tools/make_world_map.py from
Natural Earth's public-domain 1:110m countries) holds each country's outline already
projected with the Equal Earth projection below (equal area, so no country looks larger
than it is; projected once by the tool, not at every start), in plane coordinates where
x grows eastwards and y grows southwards, as on a screen: geography is never mirrored,
in any interface direction.
"""

from __future__ import annotations

import json
import math
from dataclasses import field
from functools import cache, cached_property
from pathlib import Path

from kiosk.core.locate import bundled
from kiosk.core.records import record

MAP_FILE = ("maps", "world-110m.json")
# The map file's coordinates: the projected plane (radius 1) in integer units of 1/SCALE.
PROJECTED_SCALE = 100_000
PROJECTED_UNITS = "equal earth, hundred-thousandths of the radius, x east, y south"

# Equal Earth (Šavrič, Patterson and Jenny, 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Project degrees to the plane: x east, y SOUTH (screen orientation), radius 1."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, -y


# The projected world: x within +-WORLD_HALF_WIDTH, y within +-WORLD_HALF_HEIGHT.
WORLD_HALF_WIDTH = equal_earth(180, 0)[0]
WORLD_HALF_HEIGHT = -equal_earth(0, 90)[1]

Ring = tuple[tuple[float, float], ...]
Box = tuple[float, float, float, float]  # left, top, right, bottom (projected)


@record
class Country:
    """One country of the map: its code, name, outline and label point."""

    iso: str  # ISO 3166-1 alpha-2, "" for shapes without one
    name: str  # English short name from Natural Earth (the kiosk labels come from content)
    # As in the map file: per polygon its rings (first outer, the rest holes), each a flat
    # list x0, y0, x1, y1... of integers in 1/PROJECTED_SCALE of the plane's units.
    flat: tuple[tuple[list[int], ...], ...] = field(repr=False, compare=False)
    anchor: tuple[float, float]  # projected point inside the largest polygon

    @cached_property
    def polygons(self) -> tuple[tuple[Ring, ...], ...]:
        """Projected rings, per polygon (first outer, the rest holes): made on first use,
        for the few countries a locator map frames (the world picture draws `flat`)."""
        return tuple(tuple(_ring(flat) for flat in polygon) for polygon in self.flat)

    @property
    def box(self) -> Box:
        return _box(p for polygon in self.polygons for p in polygon[0])

    def main_box(self) -> Box:
        """The box of the polygons near the largest one (France without French Guiana)."""
        largest = max(self.polygons, key=lambda polygon: _area(polygon[0]))
        left, top, right, bottom = _box(largest[0])
        reach = max(right - left, bottom - top, 0.12)
        near = [
            polygon
            for polygon in self.polygons
            if _box_distance(_box(polygon[0]), (left, top, right, bottom)) <= reach
        ]
        return _box(p for polygon in near for p in polygon[0])


class WorldMap:
    """Every country of the map file, projected once."""

    def __init__(self, countries: list[Country], source: str = ""):
        self.countries = countries
        self.source = source
        self._by_iso = {country.iso: country for country in countries if country.iso}

    @classmethod
    def from_file(cls, path: Path) -> WorldMap:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("units") != PROJECTED_UNITS:
            raise ValueError(f"{path}: not a projected map (tools/make_world_map.py --project)")
        countries = []
        for entry in data["countries"]:
            flat = tuple(tuple(polygon) for polygon in entry["polygons"])
            x, y = entry["anchor"]
            anchor = (x / PROJECTED_SCALE, y / PROJECTED_SCALE)
            countries.append(Country(entry["iso"], entry["name"], flat, anchor))
        return cls(countries, data.get("source", ""))

    def codes(self) -> frozenset[str]:
        return frozenset(self._by_iso)

    def country(self, iso: str | None) -> Country | None:
        return self._by_iso.get((iso or "").upper())

    def frame(self, iso: str, aspect: float, *, min_height: float = 0.42) -> Box:
        """The part of the world to show for `iso` at width/height `aspect`: its region.

        The country's main land with room around it (at least `min_height` of the
        plane's height, about 45 degrees of latitude), never beyond the world's edges
        when the world is big enough to fill the frame.
        """
        country = self.country(iso)
        if country is None:
            return world_box(aspect)
        left, top, right, bottom = country.main_box()
        cx, cy = (left + right) / 2, (top + bottom) / 2
        pad = 1.0 + max(0.35, 1.4 - 0.5 * max(bottom - top, (right - left) / aspect))
        height = max((bottom - top) * pad, (right - left) * pad / aspect, min_height)
        width = height * aspect
        whole = world_box(aspect)
        if width >= whole[2] - whole[0] or height >= whole[3] - whole[1]:
            return whole
        return _clamp_box((cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2))


def world_box(aspect: float) -> Box:
    """The whole world (without most of Antarctica) framed at width/height `aspect`."""
    top, bottom = -WORLD_HALF_HEIGHT * 0.93, WORLD_HALF_HEIGHT * 0.62
    height = bottom - top
    width = max(2 * WORLD_HALF_WIDTH * 1.02, height * aspect)
    height = width / aspect
    cy = (top + bottom) / 2
    return (-width / 2, cy - height / 2, width / 2, cy + height / 2)


@cache
def world_map() -> WorldMap:
    """The bundled map, read once (about 4 ms)."""
    return WorldMap.from_file(bundled(*MAP_FILE))


def _ring(flat: list[int]) -> Ring:
    """A flat list of projected integers -> the ring's points in the plane."""
    values = iter([v / PROJECTED_SCALE for v in flat])
    return tuple(zip(values, values, strict=True))


def _box(points) -> Box:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys))


def _area(ring: Ring) -> float:
    return abs(
        sum(
            x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, (*ring[1:], ring[0]), strict=True)
        )
        / 2
    )


def _box_distance(a: Box, b: Box) -> float:
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return math.hypot(dx, dy)


def _clamp_box(box: Box) -> Box:
    """Slide the frame back inside the world where it sticks out (keeps its size)."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    limit_x, limit_y = WORLD_HALF_WIDTH, WORLD_HALF_HEIGHT
    if width < 2 * limit_x:
        shift = max(0.0, -limit_x - left) - max(0.0, right - limit_x)
        left, right = left + shift, right + shift
    if height < 2 * limit_y:
        shift = max(0.0, -limit_y - top) - max(0.0, bottom - limit_y)
        top, bottom = top + shift, bottom + shift
    return (left, top, right, bottom)
