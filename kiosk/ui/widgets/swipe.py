"""Recognises a one-finger swipe (touch or mouse drag) on a widget, mirrored right-to-left.

Qt's QSwipeGesture needs three fingers, so this reads press/move/release itself:
a swipe is a mostly horizontal move longer than `distance` pixels, or a quick flick
(faster than `velocity` px/ms over at least `flick_distance` pixels). A short, still
press is a tap.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget


class SwipeRecognizer(QObject):
    """Event filter on `widget`; emits `swiped(+1)` for "next", `swiped(-1)` for "previous".

    Left-to-right: a leftward swipe brings the next item. Right-to-left (Arabic) the
    layout is mirrored, so a rightward swipe brings the next item.
    """

    swiped = Signal(int)
    tapped = Signal()
    interacted = Signal()  # any press: the visitor is here

    def __init__(
        self,
        widget: QWidget,
        distance: float = 80.0,
        flick_distance: float = 30.0,
        velocity: float = 0.6,
        tap_slop: float = 12.0,
    ):
        super().__init__(widget)
        self._widget = widget
        self.distance = distance
        self.flick_distance = flick_distance
        self.velocity = velocity
        self.tap_slop = tap_slop
        self._start: QPointF | None = None
        self._last = QPointF()
        self._clock = QElapsedTimer()
        self._touch_active = False
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            points = event.points()
            if len(points) == 1:
                self._touch_active = True
                self._begin(points[0].position())
            event.accept()
            return True
        if kind == QEvent.Type.TouchUpdate:
            if self._touch_active and event.points():
                self._last = event.points()[0].position()
            return True
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            if self._touch_active and kind == QEvent.Type.TouchEnd and event.points():
                self._finish(event.points()[0].position())
            self._touch_active = False
            self._start = None
            return True
        if self._touch_active:
            return False  # mouse events synthesised from touch: already handled
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            return False
        if kind == QEvent.Type.MouseMove and self._start is not None:
            self._last = event.position()
            return False
        if kind == QEvent.Type.MouseButtonRelease and self._start is not None:
            return self._finish(event.position())
        return False

    def _begin(self, pos: QPointF) -> None:
        self._start = QPointF(pos)
        self._last = QPointF(pos)
        self._clock.start()
        self.interacted.emit()

    def _finish(self, pos: QPointF) -> bool:
        start, self._start = self._start, None
        if start is None:
            return False
        dx, dy = pos.x() - start.x(), pos.y() - start.y()
        elapsed = max(1, self._clock.elapsed())
        horizontal = abs(dx) > 1.5 * abs(dy)
        fast = abs(dx) / elapsed >= self.velocity and abs(dx) >= self.flick_distance
        if horizontal and (abs(dx) >= self.distance or fast):
            leftward = dx < 0
            if self._widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                leftward = not leftward
            self.swiped.emit(1 if leftward else -1)
            return True
        if abs(dx) <= self.tap_slop and abs(dy) <= self.tap_slop:
            self.tapped.emit()
        return False
