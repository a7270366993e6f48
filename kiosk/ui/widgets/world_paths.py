"""The world map's outlines as QPainterPaths, prepared at build time.

The locator maps and topic pictures draw every country as a QPainterPath in projected
coordinates, and a graticule. Making those paths from the map file's integers costs about
4 ms of Python, reading the JSON map about 3 ms more, and the graticule 1 ms: at every
start, since the home screen's first story picture draws the whole world. The paths are
therefore made once, by `tools/make_world_paths.py` from resources/maps/world-110m.json,
and stored with Qt's own serialisation (QDataStream) in resources/maps/world-110m.paths,
which reads back the very same paths (the same doubles) in about 1 ms.

The file starts with a format line and the SHA-256 of the JSON map it was made from;
tests/test_world_paths.py checks that it is current. A missing or unreadable file is
logged and the paths are made from the JSON map, as before.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, Qt
from PySide6.QtGui import QPainterPath, QTransform

from kiosk.core.locate import bundled
from kiosk.core.worldmap import MAP_FILE, PROJECTED_SCALE, WorldMap, equal_earth, world_map

log = logging.getLogger(__name__)

PATHS_FILE = ("maps", "world-110m.paths")
FORMAT = "awareness-kiosk world paths 1"
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
    to_plane = QTransform.fromScale(1 / PROJECTED_SCALE, 1 / PROJECTED_SCALE)
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


def to_bytes(paths: WorldPaths, digest: str) -> bytes:
    """The paths file: format line, the JSON map's digest, the countries, the graticule."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(STREAM_VERSION)
    stream.writeQString(FORMAT)
    stream.writeQString(digest)
    stream.writeUInt32(len(paths.countries))
    for key, path in paths.countries.items():
        stream.writeQString(key)
        stream << path
    stream << paths.graticule
    return data.data()


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
    countries: dict[str, QPainterPath] = {}
    for _ in range(stream.readUInt32()):
        if stream.status() != QDataStream.Status.Ok:
            break
        key = stream.readQString()
        path = QPainterPath()
        stream >> path
        countries[key] = path
    grid = QPainterPath()
    stream >> grid
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        raise ValueError("the world paths file is cut short or has trailing bytes")
    return WorldPaths(countries, grid)


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
