"""Convert Natural Earth's 1:110m countries (world-atlas TopoJSON) into the kiosk's map file.

Run once, when the map data should change; the result is committed:

    mkdir -p /tmp/atlas && npm install --prefix /tmp/atlas world-atlas@2.0.2
    pip install pycountry          # ISO 3166 numeric -> alpha-2 codes (this tool only)
    python tools/make_world_map.py /tmp/atlas/node_modules/world-atlas/countries-110m.json

It writes resources/maps/world-110m.json (and then, with tools/make_world_paths.py, the
same outlines as Qt paths in resources/maps/world-110m.paths): one entry per country with its ISO 3166-1
alpha-2 code, its English short name, its outline as rings already projected with
Equal Earth (kiosk/core/worldmap.py `equal_earth`: x east, y south, in hundred-thousandths
of the projection's radius; flat integer lists, the first ring of a polygon is its outer
edge, the others holes) and an anchor point that lies inside its largest polygon
(where the kiosk writes the name and where the tests look for the highlight). The map
is projected here, once, so that the kiosk's start does not project 12,000 points
(about 6 ms of every start). A file in longitude/latitude (hundredths of a degree, the
format before) is projected again with `--project FILE`.

Shapes without an ISO code in Natural Earth (N. Cyprus, Somaliland, Kosovo) are kept as
land with an empty code: they are drawn, but no story can point at them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.core.worldmap import PROJECTED_SCALE, PROJECTED_UNITS, equal_earth  # noqa: E402

DEGREE_UNITS = "hundredths of a degree"
OUT = ROOT / "resources" / "maps" / "world-110m.json"
SOURCE = (
    "Natural Earth 1:110m Admin 0 countries (version 4.1.0), public domain, "
    "as TopoJSON in the npm package world-atlas 2.0.2 (countries-110m.json)"
)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute longitude/latitude points of every arc (TopoJSON delta + quantisation)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    """Stitch a ring from arc indices (~i is arc i reversed), dropping shared end points."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def ring_area(ring: list[tuple[float, float]]) -> float:
    return abs(
        sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))
        / 2
    )


def inside_point(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """A point inside `ring`: the middle of the widest span on the line through its centre."""
    ys = [y for _, y in ring]
    best: tuple[float, tuple[float, float]] | None = None
    for fraction in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
        y = min(ys) + (max(ys) - min(ys)) * fraction
        crossings = sorted(
            x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
            if (y0 <= y < y1) or (y1 <= y < y0)
        )
        for left, right in zip(crossings[::2], crossings[1::2], strict=False):
            if best is None or right - left > best[0]:
                best = (right - left, ((left + right) / 2, y))
        if best is not None and fraction == 0.5:
            break
    if best is None:
        xs = [x for x, _ in ring]
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    return best[1]


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous: a ring that crosses the antimeridian goes past +-180."""
    out = [ring[0]]
    for x, y in ring[1:]:
        previous = out[-1][0]
        while x - previous > 180:
            x -= 360
        while previous - x > 180:
            x += 360
        out.append((x, y))
    return out


def clip_half_plane(ring: list[tuple[float, float]], limit: float, keep_below: bool) -> list:
    """Sutherland-Hodgman: the part of `ring` with x <= limit (or >= limit)."""

    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= limit if keep_below else point[0] >= limit

    out = []
    for current, following in zip(ring, ring[1:] + ring[:1], strict=True):
        if inside(current):
            out.append(current)
        if inside(current) != inside(following):
            t = (limit - current[0]) / (following[0] - current[0])
            out.append((limit, current[1] + t * (following[1] - current[1])))
    return out


def split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring crossing +-180 degrees as one ring per side, each within [-180, 180]."""
    flat = unwrap(ring)
    if all(-180 <= x <= 180 for x, _ in flat):
        return [ring]
    parts = []
    for shift in (-360, 0, 360):
        moved = [(x + shift, y) for x, y in flat]
        part = clip_half_plane(clip_half_plane(moved, 180, True), -180, False)
        if len(part) >= 3 and ring_area(part) > 1e-6:
            parts.append(part)
    return parts


def alpha2_codes() -> dict[str, str]:
    try:
        import pycountry
    except ImportError:
        sys.exit("make_world_map needs pycountry: pip install pycountry")
    return {country.numeric: country.alpha_2 for country in pycountry.countries}


def convert(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    codes = alpha2_codes()
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        if geometry.get("id") == "010":
            continue  # Antarctica: not a place of any story; the frames stop above it
        rings = []
        for polygon in polygons:
            outer, *holes = (ring_points(ring, arcs) for ring in polygon)
            parts = split_at_antimeridian(outer)
            rings += [[part, *holes] for part in parts[:1]] + [[part] for part in parts[1:]]
        largest = max((polygon[0] for polygon in rings), key=ring_area)
        anchor = inside_point(largest)
        numeric = geometry.get("id")
        countries.append(
            {
                "iso": codes.get(numeric, "") if numeric else "",
                "name": geometry["properties"]["name"],
                "anchor": [round(anchor[0] * 100), round(anchor[1] * 100)],
                "polygons": [
                    [[round(v * 100) for point in ring for v in point] for ring in polygon]
                    for polygon in rings
                ],
            }
        )
    countries.sort(key=lambda c: (c["iso"] == "", c["iso"], c["name"]))
    return {"source": SOURCE, "units": DEGREE_UNITS, "countries": countries}


def project(data: dict) -> dict:
    """A map in hundredths of a degree -> the same map projected (the kiosk's file)."""
    if data.get("units") != DEGREE_UNITS:
        raise SystemExit(f"not a map in {DEGREE_UNITS}: units {data.get('units')!r}")

    def point(lon: int, lat: int) -> list[int]:
        x, y = equal_earth(lon / 100, lat / 100)
        return [round(x * PROJECTED_SCALE), round(y * PROJECTED_SCALE)]

    def ring(flat: list[int]) -> list[int]:
        return [v for i in range(0, len(flat), 2) for v in point(flat[i], flat[i + 1])]

    countries = [
        {
            "iso": country["iso"],
            "name": country["name"],
            "anchor": point(*country["anchor"]),
            "polygons": [[ring(r) for r in polygon] for polygon in country["polygons"]],
        }
        for country in data["countries"]
    ]
    return {"source": data["source"], "units": PROJECTED_UNITS, "countries": countries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, nargs="?", help="world-atlas countries-110m.json")
    parser.add_argument(
        "--project", type=Path, metavar="FILE", help="instead: project a map in degrees"
    )
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if (args.topojson is None) == (args.project is None):
        parser.error("give the TopoJSON file or --project FILE")
    if args.project is not None:
        data = project(json.loads(args.project.read_text(encoding="utf-8")))
    else:
        data = project(convert(json.loads(args.topojson.read_text(encoding="utf-8"))))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    named = sum(1 for c in data["countries"] if c["iso"])
    print(
        f"{args.output}: {len(data['countries'])} shapes, {named} with an ISO code, {len(text)} B"
    )
    if args.output.resolve() == OUT.resolve():
        from tools import make_world_paths  # the kiosk reads the outlines from its paths file

        make_world_paths.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
