"""A film's position bar for fingers: tall, a large handle, a tap anywhere seeks there.

QSlider's own bar is a thin groove with a small handle, and a click beside the handle
only moves a page. `SeekBar` keeps QSlider's model (range, value, accessibility as a
slider) and draws and handles input itself:

- press anywhere: the position jumps under the finger and follows it while dragging;
  `sliderMoved(ms)` while dragging, `seek_requested(ms)` on release;
- keys Left/Right (always left to right: media controls are not mirrored) step by
  `singleStep`, PageUp/PageDown by `pageStep`, Home/End to the ends; each emits
  `seek_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QSlider, QStyle, QStyleOption, QWidget

HEIGHT = 56
HANDLE = 36
TRACK = 10
OUTLINE = 2.0


class SeekBar(QSlider):
    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("seekBar")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSingleStep(10_000)
        self.setPageStep(60_000)
        self.setTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the focus ring

    def sizeHint(self) -> QSize:
        return QSize(400, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(HANDLE * 4, HEIGHT)

    # -- geometry --------------------------------------------------------------------
    def _span(self) -> tuple[float, float]:
        """x of the handle's centre at the minimum and at the maximum."""
        return HANDLE / 2, self.width() - HANDLE / 2

    def value_at(self, x: float) -> int:
        """The position under x (widget coordinates)."""
        left, right = self._span()
        fraction = (x - left) / max(1.0, right - left)
        fraction = max(0.0, min(1.0, fraction))
        return round(self.minimum() + fraction * (self.maximum() - self.minimum()))

    def x_of(self, value: int) -> float:
        left, right = self._span()
        span = self.maximum() - self.minimum()
        fraction = (value - self.minimum()) / span if span > 0 else 0.0
        return left + fraction * (right - left)

    # -- input -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.maximum() <= self.minimum():
            event.ignore()
            return
        self.setSliderDown(True)
        self.setSliderPosition(self.value_at(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.isSliderDown():
            self.setSliderPosition(self.value_at(event.position().x()))
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.isSliderDown():
            event.ignore()
            return
        self.setSliderPosition(self.value_at(event.position().x()))
        self.setSliderDown(False)
        self.seek_requested.emit(self.sliderPosition())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Right: self.singleStep(),
            Qt.Key.Key_Left: -self.singleStep(),
            Qt.Key.Key_PageUp: self.pageStep(),
            Qt.Key.Key_PageDown: -self.pageStep(),
        }
        if key in steps:
            target = self.value() + steps[key]
        elif key == Qt.Key.Key_Home:
            target = self.minimum()
        elif key == Qt.Key.Key_End:
            target = self.maximum()
        else:
            super().keyPressEvent(event)
            return
        target = max(self.minimum(), min(self.maximum(), target))
        self.setValue(target)
        self.seek_requested.emit(target)
        event.accept()

    def wheelEvent(self, event) -> None:
        event.ignore()  # a scroll over the page never moves the film

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        group = QPalette.ColorGroup.Disabled if not self.isEnabled() else QPalette.ColorGroup.Active
        # The theme's colours (they follow high contrast): the track is outlined in the
        # control border colour (3:1 on the page) around the soft fill, the part played
        # and the handle in the accent (3:1 on the page and on the track).
        accent = palette.color(group, QPalette.ColorRole.Highlight)
        outline = palette.color(group, QPalette.ColorRole.Mid)
        track = palette.color(group, QPalette.ColorRole.AlternateBase)
        text = palette.color(group, QPalette.ColorRole.WindowText)
        middle = self.height() / 2
        left, right = self._span()
        x = self.x_of(self.sliderPosition())
        painter.setPen(QPen(outline, OUTLINE))
        painter.setBrush(track)
        painter.drawRoundedRect(
            QRectF(left, middle - TRACK / 2, right - left, TRACK), TRACK / 2, TRACK / 2
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(
            QRectF(left, middle - TRACK / 2, x - left, TRACK), TRACK / 2, TRACK / 2
        )
        radius = HANDLE / 2 if not self.isSliderDown() else HANDLE / 2 + 3
        painter.setPen(text)
        painter.drawEllipse(QPointF(x, middle), radius, radius)
        painter.end()
