"""Make resources/maps/world-110m.paths, the world map's outlines as Qt paths.

Usage (after tools/make_world_map.py has written the JSON map; the result is committed):

    python tools/make_world_paths.py [--check]

The kiosk draws every country as a QPainterPath (kiosk/ui/widgets/world_paths.py).
Making them from resources/maps/world-110m.json took about 8 ms of every start; this
tool writes what they are made from once (each country's rings as integer points, the
graticule's lines) with Qt's serialisation, together with the SHA-256 of the JSON they
come from; the kiosk makes the very same paths from it in about 1 ms. `--check` exits 1 when the file is not
what this tool would write now (tests/test_world_paths.py does the same check).

The data is the JSON map's: Natural Earth 1:110m countries, public domain (see
tools/make_world_map.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.core.worldmap import MAP_FILE, WorldMap  # noqa: E402
from kiosk.ui.widgets.world_paths import PATHS_FILE, source_digest, to_bytes  # noqa: E402

MAP = ROOT.joinpath("resources", *MAP_FILE)
OUT = ROOT.joinpath("resources", *PATHS_FILE)


def paths_file(map_file: Path = MAP) -> bytes:
    """What the paths file of `map_file` holds."""
    return to_bytes(WorldMap.from_file(map_file), source_digest(map_file.read_bytes()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is current")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = paths_file()
    if args.check:
        current = args.output.is_file() and args.output.read_bytes() == data
        verdict = "current" if current else "NOT current: run tools/make_world_paths.py"
        print(f"{args.output}: {verdict}")
        return 0 if current else 1
    args.output.write_bytes(data)
    print(f"{args.output}: {len(data)} B from {MAP.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
