"""Readable text columns and window margins that grow with the window.

Body text reads best at 45-75 characters a line: a `ReadableColumn` is never wider
than `chars` average characters of its font (a CSS-like max-width that follows the
text size), and sits centred in whatever room it is given. `margin_for(width)` is
the page margin for a window `width` pixels wide: about 3.5% of it, on the 8 px grid.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

READABLE_CHARS = 75
log = logging.getLogger(__name__)


def margin_for(width: int, low: int = 16, high: int = 120) -> int:
    """The page margin for a window `width` px wide: ~3.5% of it, a multiple of 8."""
    return max(low, min(high, round(width * 0.035 / 8) * 8))


def readable_width(widget: QWidget, chars: int = READABLE_CHARS) -> int:
    """The width of `chars` average characters in `widget`'s font."""
    return chars * QFontMetrics(widget.font()).averageCharWidth()


class ReadableColumn(QWidget):
    """A vertical column at most `chars` characters wide; `column` is its layout."""

    def __init__(self, chars: int = READABLE_CHARS, parent: QWidget | None = None):
        super().__init__(parent)
        self.chars = chars
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(readable_width(self, self.chars))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding `widget` centred, as wide as it may be (heights follow its width)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    row.setAlignment(widget, Qt.AlignmentFlag(0))
    return row


def margins_follow_width(
    widget: QWidget,
    layout,
    vertical: float = 0.6,
    *,
    top: int | None = None,
    high: int = 120,
) -> int:
    """Set `layout`'s margins for `widget`'s current width (call from resizeEvent); the
    side margin, returned, is `margin_for` the width (at most `high`); the top and bottom
    are `vertical` times it unless `top` fixes them."""
    side = margin_for(widget.width(), high=high)
    if top is None:
        top = max(8, round(side * vertical / 8) * 8)
    layout.setContentsMargins(side, top, side, top)
    return side


def line_height(font: QFont) -> int:
    """The tallest line of `font` across its fallback families (Latin, Arabic, Chinese).

    Arabic lines are taller than Latin ones at the same size: a height made from this
    fits every interface language, so nothing jumps when the language changes.
    """
    key = f"{font.key()}|{'|'.join(font.families())}"
    height = _LINE_HEIGHTS.get(key)
    if height is None:  # asked for by every card and label on every relayout
        heights = [QFontMetrics(font).lineSpacing()]
        for family in font.families():
            probe = QFont(font)
            probe.setFamilies([family])
            heights.append(QFontMetrics(probe).lineSpacing())
        height = _LINE_HEIGHTS[key] = max(heights)
        _kept.add(key, height)
    return height


class _KeptHeights:
    """Line heights measured by earlier starts, in a small JSON file: measuring one
    loads a font engine per fallback family (~0.5 ms each font, 7 fonts before the first
    frame), for faces the home screen may not otherwise need at that size. Valid while
    Qt, the bundled fonts and the screen's resolution are the same (`stamp`)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.stamp = ""

    def load(self, path: Path, stamp: str) -> None:
        self.path, self.stamp = path, stamp
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(kept, dict) and kept.get("stamp") == stamp:
            heights = kept.get("heights")
            if isinstance(heights, dict):
                for key, height in heights.items():
                    if isinstance(key, str) and type(height) is int:
                        _LINE_HEIGHTS.setdefault(key, height)

    def add(self, key: str, height: int) -> None:
        """A height measured now: written at once (a start may end at any moment)."""
        if self.path is None:
            return
        data = {"stamp": self.stamp, "heights": _LINE_HEIGHTS}
        partial = self.path.with_suffix(".partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as error:
            log.info("%s: line heights not kept (%s)", self.path, error)


def keep_line_heights_in(path: Path) -> None:
    """Keep measured line heights in `path` from one start to the next (the kiosk turns
    this on; tests and tools measure every time)."""
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from kiosk.core.locate import bundled

    try:  # the bundled fonts the heights were measured with: names and sizes
        files = sorted((f.name, f.stat().st_size) for f in bundled("fonts").iterdir())
    except OSError:
        files = []
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 0
    _kept.load(path, f"qt {qVersion()} dpi {dpi!r} fonts {files!r}")


_LINE_HEIGHTS: dict[str, int] = {}
_kept = _KeptHeights()
