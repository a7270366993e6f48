"""Readable text columns and window margins that grow with the window.

Body text reads best at 45-75 characters a line: a `ReadableColumn` is never wider
than `chars` average characters of its font (a CSS-like max-width that follows the
text size), and sits centred in whatever room it is given. `margin_for(width)` is
the page margin for a window `width` pixels wide: about 3.5% of it, on the 8 px grid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

READABLE_CHARS = 75


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
    key = (font.key(), tuple(font.families()))
    if key not in _LINE_HEIGHTS:  # asked for by every card and label on every relayout
        heights = [QFontMetrics(font).lineSpacing()]
        for family in font.families():
            probe = QFont(font)
            probe.setFamilies([family])
            heights.append(QFontMetrics(probe).lineSpacing())
        _LINE_HEIGHTS[key] = max(heights)
    return _LINE_HEIGHTS[key]


_LINE_HEIGHTS: dict[tuple[str, tuple[str, ...]], int] = {}
