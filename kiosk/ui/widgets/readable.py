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
import threading
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
    frame), for faces the home screen may not otherwise need at that size. Valid under
    the start caches' stamp (kiosk/ui/start_cache.py) on a screen of the same resolution.

    Heights are measured during layouts, a few at a time: the file is written outside
    them, by a worker thread, once no new height came for WRITE_AFTER_MS (the first
    time a few seconds after the first frame), and at the end of the app (`flush`).
    A start that ends before then measures those heights again next time."""

    WRITE_AFTER_MS = 3000

    def __init__(self) -> None:
        self.path: Path | None = None
        self.stamp = ""
        self._timer = None
        self._writer: threading.Thread | None = None
        self._unwritten = False

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
        """A height measured now: written a little later, outside the layouts."""
        if self.path is None:
            return
        self._unwritten = True
        if self._timer is None:
            from PySide6.QtCore import QTimer

            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._write_in_background)
        self._timer.start(self.WRITE_AFTER_MS)  # again: after the last of a few

    def _text(self) -> str:
        self._unwritten = False
        return json.dumps({"stamp": self.stamp, "heights": _LINE_HEIGHTS}, ensure_ascii=False)

    def _write_in_background(self) -> None:
        if not self._unwritten or self.path is None:
            return
        if self._writer is not None:
            self._writer.join()  # one writer at a time (the last ended long ago)
        self._writer = threading.Thread(
            target=_write, args=(self.path, self._text()), name="line heights", daemon=True
        )
        self._writer.start()

    def flush(self) -> None:
        """Write now what is not written yet (in place: see _rewrite), and wait for a
        write under way."""
        if self._timer is not None:
            self._timer.stop()
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        if self._unwritten and self.path is not None:
            _rewrite(self.path, self._text())


KEEP_FILES = 4  # heights files of other stamps (builds, screens) left beside, newest first


def _write(path: Path, text: str) -> None:
    """The heights file written whole, then renamed over the old one; of the other files
    named like it (`<name>-<stamp>.json`: other builds), the newest KEEP_FILES - 1 stay."""
    partial = path.with_suffix(".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        log.info("%s: line heights not kept (%s)", path, error)
        return
    family, dash, _ = path.stem.rpartition("-")
    if not dash:
        return
    try:
        others = [p for p in path.parent.glob(f"{family}-*{path.suffix}") if p != path]
        others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in others[KEEP_FILES - 1 :]:
            old.unlink()
    except OSError as error:  # another start's clean-up, a read-only folder: left as is
        log.info("%s: older line heights not removed (%s)", path.parent, error)


def _rewrite(path: Path, text: str) -> None:
    """The heights file written over in place, at the end of the app: replacing it would
    free the old file's blocks, which the disk's `discard` drops while the rename waits
    (0.03-0.36 s seen while other programs wrote), and a stop must not wait for the disk.
    The heights only grow (same stamp, same file): the new text covers the old one. A stop
    cut short halfway leaves a file that does not parse: measured again, as with none."""
    data = text.encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            written = 0
            while written < len(data):
                written += os.pwrite(fd, data[written:], written)
            os.ftruncate(fd, len(data))
        finally:
            os.close(fd)
    except OSError as error:
        log.info("%s: line heights not kept (%s)", path, error)


def keep_line_heights_in(path: Path, stamp: str) -> None:
    """Keep measured line heights in `path` from one start to the next, valid under
    `stamp` (kiosk/ui/start_cache.py turns this on; tests and tools measure every time)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 0
    _kept.load(path, f"{stamp} dpi {dpi!r}")


def flush_line_heights() -> None:
    """Write the heights not written yet (at the end of the app)."""
    _kept.flush()


_LINE_HEIGHTS: dict[str, int] = {}
_kept = _KeptHeights()
