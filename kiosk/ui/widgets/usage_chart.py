"""A bar chart of visitors per day, painted with QPainter (QtCharts is not worth its load)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Palette roles, read when painted (they follow high contrast): the accent, the
# outline colour and the muted text colour of the theme (kiosk/ui/theme.py).
BAR = QPalette.ColorRole.Highlight
AXIS = QPalette.ColorRole.Mid
TEXT = QPalette.ColorRole.PlaceholderText
# Least room between two day labels, px.
LABEL_GAP = 12


def labelled_days(days: int, label_width: float, width: float) -> list[int]:
    """Indexes of the days that get a date under their bar: the latest day, and every
    so many before it, so that labels `label_width` wide keep LABEL_GAP between them on a
    chart `width` wide."""
    every = max(1, math.ceil(days * (label_width + LABEL_GAP) / max(width, 1.0)))
    return sorted(range(days - 1, -1, -every))


class UsageChart(QWidget):
    """Bars for [(YYYY-MM-DD, count)], oldest first; mirrored right-to-left for Arabic."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UsageChart")
        self._days: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_days(self, days: Sequence[tuple[str, int]]) -> None:
        self._days = list(days)
        self.update()

    @property
    def days(self) -> list[tuple[str, int]]:
        return list(self._days)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 6, -8, -(line + 8))
        top = max(count for _, count in self._days) or 1
        slot = area.width() / len(self._days)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        locale = QLocale()
        labelled = set(
            labelled_days(len(self._days), metrics.horizontalAdvance("00/00"), area.width())
        )
        palette = self.palette()
        painter.setPen(palette.color(AXIS))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for index, (day, count) in enumerate(self._days):
            position = len(self._days) - 1 - index if rtl else index
            x = area.left() + position * slot
            height = area.height() * count / top
            bar = QRectF(x + slot * 0.18, area.bottom() - height, slot * 0.64, height)
            painter.fillRect(bar, palette.color(BAR))
            painter.setPen(palette.color(TEXT))
            if count:
                painter.drawText(
                    QRectF(x, bar.top() - line - 2, slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    locale.toString(count),
                )
            if index in labelled:
                date = QDate.fromString(day, Qt.DateFormat.ISODate)
                text = locale.toString(date, "d/M") if date.isValid() else day
                painter.drawText(
                    QRectF(x - slot, area.bottom() + 4, slot * 3, line),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
