"""Small media made at test time (PDF with QPdfWriter, clips with ffmpeg) and Resources using them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.content.model import MediaFile, Resource, Shown
from kiosk.core.config import UI_LANGUAGES
from kiosk.selftest.resource_screens import is_blank as is_blank
from kiosk.ui.media_noise import MULTIMEDIA_NOISE as MULTIMEDIA_NOISE

LANGS = UI_LANGUAGES


def make_pdf(path: Path, pages: int, label: str) -> Path:
    """A real PDF of `pages` A4 pages, each with large text and a dark block (never blank)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont()
    font.setPointSize(28)
    painter.setFont(font)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.fillRect(QRect(40, 40, 300, 60), QColor("darkblue"))
        painter.drawText(QRect(40, 140, 500, 80), 0, f"{label} page {page + 1}")
    painter.end()
    return path


def make_clip(path: Path, seconds: float = 1.5, color: str = "testsrc") -> Path:
    """A small H.264 + AAC clip made with ffmpeg (skips the test when ffmpeg is missing)."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed (scripts/setup.sh installs it for tests)")
    path.parent.mkdir(parents=True, exist_ok=True)
    source = f"{color}=size=320x180:rate=15" if color == "testsrc" else f"color=c={color}:s=320x180"
    subprocess.run(
        [
            ffmpeg, "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", source,
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=22050",
            "-t", str(seconds), "-c:v", "libx264", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    return path


def media(lang: str, path: Path) -> MediaFile:
    size = path.stat().st_size if path.exists() else 0
    return MediaFile(lang, path, "", size)


def resource(
    kind: str,
    files: dict[str, Path] | None = None,
    subtitles: dict[str, Path] | None = None,
    *,
    wanted: str = "en",
    shown: str = "en",
    url: str | None = None,
    title: str = "First Aid Kit",
    body: str = "For law enforcement first responders.",
) -> Resource:
    return Resource(
        id=f"test-{kind}",
        kind=kind,
        position=1,
        icon="fa5s.first-aid",
        url=url,
        shown=Shown(wanted, shown),
        title=title,
        summary=body.split("\n")[0],
        body=body,
        files={lang: media(lang, path) for lang, path in (files or {}).items()},
        subtitles={lang: media(lang, path) for lang, path in (subtitles or {}).items()},
    )


def show_hosted(qtbot, page, width: int = 1000, height: int = 700):
    """Show `page` inside a plain window, as the main window's stack would.

    A page shown as its own top-level window would pass its minimum size to the
    offscreen platform, which warns that it cannot (and Qt warnings fail tests).
    """
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    page.setParent(window)
    window.resize(width, height)
    page.setGeometry(0, 0, width, height)
    window.show()
    qtbot.waitExposed(window)
    return window
