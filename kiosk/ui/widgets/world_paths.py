"""The world map's outlines as QPainterPaths, prepared at build time.

The locator maps and topic pictures draw every country as a QPainterPath in projected
coordinates, and a graticule. Making those paths from the map file's integers costs about
4 ms of Python, reading the JSON map about 3 ms more, and the graticule 1 ms: at every
start, since the home screen's first story picture draws the whole world. The paths are
therefore prepared once, by `tools/make_world_paths.py` from resources/maps/world-110m.json,
and stored with Qt's own serialisation (QDataStream) in resources/maps/world-110m.paths:
each country's rings as the map's integer points (QPolygonF of 4-byte floats, exact for
these integers: 8 bytes a point), the graticule's lines as QPolygonF. Reading them back
makes the very same paths as `build` (the same elements, the same doubles: Qt scales the
integers once per country) in about 1 ms, as fast as reading the QPainterPaths stored
whole (20 bytes a point: that file was 243 kB, this one is 115 kB).

The file starts with a format line and the SHA-256 of the JSON map it was made from;
tests/test_world_paths.py checks that it is current. A missing or unreadable file is
logged and the paths are made from the JSON map, as before.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from kiosk.core.locate import bundled
from kiosk.core.worldmap import MAP_FILE, PROJECTED_SCALE, WorldMap, equal_earth, world_map

log = logging.getLogger(__name__)

PATHS_FILE = ("maps", "world-110m.paths")
FORMAT = "awareness-kiosk world paths 2"
# Fixed, so that the file's bytes do not depend on the Qt version that wrote them.
STREAM_VERSION = QDataStream.Version.Qt_6_0


class WorldPaths:
    """Every country by ISO code ("#index" for shapes without one), in the map's order,
    and the graticule. (A plain class: a dataclass costs its creation at every start.)"""

    __slots__ = ("countries", "graticule")

    def __init__(self, countries: dict[str, QPainterPath], graticule: QPainterPath):
        self.countries = countries
        self.graticule = graticule


def build(world: WorldMap) -> WorldPaths:
    """The paths of `world` (the tool's work; also the fallback without the file)."""
    # Straight from the map file's integers, scaled once per country by Qt (not a
    # Python float per point).
    to_plane = _to_plane()
    countries: dict[str, QPainterPath] = {}
    for index, country in enumerate(world.countries):
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        line_to = path.lineTo
        for polygon in country.flat:
            for flat in polygon:
                values = iter(flat)
                path.moveTo(next(values), next(values))
                for x, y in zip(values, values, strict=True):
                    line_to(x, y)
                path.closeSubpath()
        countries[country.iso or f"#{index}"] = to_plane.map(path)
    return WorldPaths(countries, graticule())


def _to_plane() -> QTransform:
    return QTransform.fromScale(1 / PROJECTED_SCALE, 1 / PROJECTED_SCALE)


def graticule() -> QPainterPath:
    """Meridians and parallels every 30 degrees."""
    # Equal Earth's x is proportional to the longitude along a parallel: one projection
    # per latitude (about 100) instead of one per point (about 2,000).
    along = {lat: equal_earth(1, lat) for lat in (-85, *range(-84, 86, 2))}
    path = QPainterPath()
    for lon in range(-180, 181, 30):
        x, y = along[-85]
        path.moveTo(x * lon, y)
        for lat in range(-84, 86, 2):
            x, y = along[lat]
            path.lineTo(x * lon, y)
    for lat in range(-60, 61, 30):
        x, y = along[lat]
        path.moveTo(x * -180, y)
        for lon in range(-178, 181, 2):
            path.lineTo(x * lon, y)
    return path


def source_digest(map_bytes: bytes) -> str:
    """The JSON map's SHA-256 (the tool and the tests: hashlib is not loaded at start)."""
    import hashlib

    return hashlib.sha256(map_bytes).hexdigest()


def to_bytes(world: WorldMap, digest: str) -> bytes:
    """The paths file of `world`: format line, the JSON map's digest, then per country its
    key and rings (the map's integer points, as `build` makes the paths of them), then the
    graticule's lines."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(STREAM_VERSION)
    stream.writeQString(FORMAT)
    stream.writeQString(digest)
    # The rings' points are integers below 2**24: exact as 4-byte floats, which Qt reads
    # straight into the QPolygonF that QPainterPath.addPolygon takes (no conversion).
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.SinglePrecision)
    stream.writeUInt32(len(world.countries))
    for index, country in enumerate(world.countries):
        stream.writeQString(country.iso or f"#{index}")
        rings = [flat for polygon in country.flat for flat in polygon]
        stream.writeUInt32(len(rings))
        for flat in rings:
            # As `build` makes them: QPainterPath.lineTo skips a point equal to the one
            # before (addPolygon, the reader's, does not) and closeSubpath adds the first
            # point again unless the ring ends on it.
            points: list[tuple[int, int]] = []
            for x, y in zip(flat[0::2], flat[1::2], strict=True):
                if max(abs(x), abs(y)) >= 2**24:
                    raise ValueError(f"{country.iso}: a point is not exact as a float")
                if not points or points[-1] != (x, y):
                    points.append((x, y))
            if points[-1] != points[0]:
                points.append(points[0])
            stream << QPolygonF([QPointF(x, y) for x, y in points])
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.DoublePrecision)
    lines = _subpaths(graticule())
    stream.writeUInt32(len(lines))
    for line in lines:
        stream << line
    return data.data()


def _subpaths(path: QPainterPath) -> list[QPolygonF]:
    """The points of each subpath of `path` (moveTo and lineTo elements only)."""
    lines: list[QPolygonF] = []
    for i in range(path.elementCount()):
        element = path.elementAt(i)
        if element.isMoveTo():
            lines.append(QPolygonF())
        lines[-1].append(QPointF(element.x, element.y))
    return lines


def header(data: bytes) -> tuple[str, str]:
    """(format line, digest of the JSON map) of a paths file."""
    stream = QDataStream(QByteArray(data))
    stream.setVersion(STREAM_VERSION)
    return stream.readQString(), stream.readQString()


def from_bytes(data: bytes) -> WorldPaths:
    """Read a paths file; ValueError when it is not one or is cut short."""
    stream = QDataStream(QByteArray(data))
    stream.setVersion(STREAM_VERSION)
    if stream.readQString() != FORMAT:
        raise ValueError("not a world paths file of this format")
    stream.readQString()  # the digest: checked by the tests, not at every start
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.SinglePrecision)
    to_plane = _to_plane()
    odd_even = Qt.FillRule.OddEvenFill
    read = stream.__rshift__  # (this loop runs at every start: no lookups in it)
    points = QPolygonF()
    countries: dict[str, QPainterPath] = {}
    count = stream.readUInt32()
    if count > _MOST:
        raise ValueError("the world paths file is damaged")
    for _ in range(count):  # a cut file reads on as zeros: checked once, at the end
        key = stream.readQString()
        path = QPainterPath()
        path.setFillRule(odd_even)
        add = path.addPolygon
        rings = stream.readUInt32()
        if rings > _MOST:
            raise ValueError("the world paths file is damaged")
        for _ in range(rings):
            read(points)
            add(points)  # closed: the ring ends on its first point (see to_bytes)
        countries[key] = to_plane.map(path)  # as `build` scales them: the same doubles
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.DoublePrecision)
    grid = QPainterPath()
    count = stream.readUInt32()
    if count > _MOST:
        raise ValueError("the world paths file is damaged")
    for _ in range(count):
        read(points)
        grid.addPolygon(points)
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        raise ValueError("the world paths file is cut short or has trailing bytes")
    return WorldPaths(countries, grid)


# More countries, rings of a country or graticule lines than a damaged count may claim.
_MOST = 10_000


@cache
def world_paths() -> WorldPaths:
    """The bundled map's paths: from the prepared file, else made from the JSON map."""
    path = bundled(*PATHS_FILE)
    try:
        return from_bytes(path.read_bytes())
    except (OSError, ValueError) as error:
        log.warning(
            "%s: %s; making the map's paths from %s (tools/make_world_paths.py)",
            path,
            error,
            "/".join(MAP_FILE),
        )
        return build(world_map())
