"""Screenshots of the visitor's screens for docs/: home, story, map and attract loop.

    python tools/screenshots.py                  # 1920x1080 and 1080x1920 into docs/screenshots
    python tools/screenshots.py --size 1366x768 --out /tmp/shots --all

Runs the self-test's screens (kiosk/selftest/run.py: home, story, map) and the attract
loop (on a story slide in each language) offscreen on the bundled content, in every
language. Writes, per size, one contact sheet (`sheet-<WxH>.png`: rows home, story,
map, attract; columns en, ar, zh, ru) and a few full pictures scaled to 1280 px wide
(the README shows them). `--all` also keeps every full-size screenshot.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENS = ("home", "story", "map", "attract")
LANGUAGES = ("en", "ar", "zh", "ru")
#: Full pictures kept for the README: (screen, language, size).
SHOWCASE = {
    ("story", "en", "1920x1080"),
    ("attract", "ar", "1920x1080"),
    ("home", "zh", "1920x1080"),
    ("map", "ru", "1080x1920"),
    ("attract", "zh", "1080x1920"),
}


def attract_screen():
    """The attract loop as kiosk operation shows it, held on a story in the window's language."""
    from kiosk.selftest.screen import Screen

    shown = {}

    def enter(window):
        from kiosk.operation import attract_screen_for

        screen = attract_screen_for(window, fade_ms=0)
        screen.setParent(window)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()
        for _ in range(len(screen._slides)):
            slide = screen.current_slide
            if slide.lang == window.lang and slide.kind == "story":
                break
            screen.advance()
        shown["screen"] = screen
        return None

    def leave(window):
        screen = shown.pop("screen", None)
        if screen is not None:
            screen.hide()
            screen.deleteLater()

    return Screen("attract", enter, leave)


def sheet(files: list[list[Path]], out: Path, width: int = 1920) -> None:
    """Contact sheet: one row per screen, one column per language."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    images = [[QImage(str(path)) for path in row] for row in files]
    columns = max(len(row) for row in images)
    cell_w = width // columns
    first = images[0][0]
    cell_h = round(first.height() * cell_w / first.width())
    result = QImage(cell_w * columns, cell_h * len(images), QImage.Format.Format_RGB32)
    result.fill(QColor("#FFFFFF"))
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for r, row in enumerate(images):
        for c, image in enumerate(row):
            scaled = image.scaled(
                cell_w - 8,
                cell_h - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(c * cell_w + 4, r * cell_h + 4, scaled)
    painter.end()
    result.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true", help="also keep every full screenshot")
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from kiosk.selftest.run import SCREENS as SELF_TEST_SCREENS
    from kiosk.selftest.run import parse_size, run_self_test

    screens = [s for s in SELF_TEST_SCREENS if s.name in SCREENS] + [attract_screen()]
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.size or ["1920x1080", "1080x1920"]:
        with tempfile.TemporaryDirectory() as temp:
            shots = Path(temp)
            if run_self_test(screens=screens, screenshots=shots, size=parse_size(size)) != 0:
                return 1
            rows = [[shots / f"{screen}-{lang}.png" for lang in LANGUAGES] for screen in SCREENS]
            width, height = parse_size(size)
            sheet(rows, args.out / f"sheet-{size}.png", 1920 if width > height else 1200)
            for screen, lang, wanted in SHOWCASE:
                if wanted == size:
                    image = QImage(str(shots / f"{screen}-{lang}.png"))
                    width = 1280 if image.width() > image.height() else 720
                    image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation).save(
                        str(args.out / f"{screen}-{lang}-{size}.png")
                    )
            if args.all:
                for path in shots.glob("*.png"):
                    shutil.copy(path, args.out / f"{path.stem}-{size}.png")
            print(f"{size}: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
