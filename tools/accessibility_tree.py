"""Write what a screen reader receives from the home screen, as text, for docs/.

    python tools/accessibility_tree.py                      # docs/accessibility-tree-home.txt
    python tools/accessibility_tree.py --lang en,ar,zh --out /tmp/tree.txt

Runs the kiosk from this checkout under Xvfb with a private D-Bus session and the AT-SPI
registry (tests/e2e/accessibility.py), reads its accessibility tree from outside the
process with tools/atspi_walk.py (system Python) and writes it, one screen per language:
`[role] "name" ("description")  states`. The carousel does not advance by itself here,
so the first story is shown. Needs the Debian packages of docs/accessibility.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETTINGS = (
    'mode = "kiosk"\nattract_timeout_s = 600\nidle_timeout_s = 600\ncarousel_interval_s = 0\n'
)


def home_tree(lang: str, folder: Path) -> str:
    from tests.e2e.accessibility import as_text, screen_reader_probe

    with screen_reader_probe(folder, SETTINGS, ("--lang", lang)) as (_kiosk, walker, _visitor):
        return as_text(walker.tree())


def main() -> int:
    from tests.e2e.accessibility import missing_tools

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="en,ar", help="interface languages, comma-separated")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "accessibility-tree-home.txt")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 1
    parts = [
        "The kiosk's home screen as a screen reader receives it (AT-SPI, read from outside\n"
        "the process). Written by `python tools/accessibility_tree.py`; see\n"
        'docs/accessibility.md. One node a line: [role] "name" ("description")  states.\n'
    ]
    with tempfile.TemporaryDirectory() as folder:
        for lang in args.lang.split(","):
            parts.append(f"\n== home, interface in {lang} (1280x800) ==\n")
            parts.append(home_tree(lang, Path(folder) / lang))
    args.out.write_text("".join(parts), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
