"""Recognises a one-finger swipe (touch or mouse drag) on a widget, mirrored right-to-left.

Qt's QSwipeGesture needs three fingers, so this reads press/move/release itself:
a swipe is a mostly horizontal move longer than `distance` pixels, or a quick flick
(faster than `velocity` px/ms over at least `flick_distance` pixels). A short, still
press is a tap.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

SWIPE_DISTANCE = 80.0  # px, mostly horizontal
FLICK_DISTANCE = 30.0  # a quicker move counts from here...
FLICK_VELOCITY = 0.6  # ...above this speed, px/ms
TAP_SLOP = 12.0  # a press that moved no more than this is a tap

TAP = 0  # what `release_gesture` returns for a tap (+1/-1 for a swipe, None otherwise)


def release_gesture(
    widget: QWidget,
    start: QPointF,
    end: QPointF,
    elapsed_ms: int,
    *,
    distance: float = SWIPE_DISTANCE,
    flick_distance: float = FLICK_DISTANCE,
    velocity: float = FLICK_VELOCITY,
    tap_slop: float = TAP_SLOP,
) -> int | None:
    """What a press from `start` released at `end` was: +1 a swipe to "next" (leftward,
    rightward in a right-to-left `widget`), -1 to "previous", TAP, or None (a drag)."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    elapsed = max(1, elapsed_ms)
    horizontal = abs(dx) > 1.5 * abs(dy)
    fast = abs(dx) / elapsed >= velocity and abs(dx) >= flick_distance
    if horizontal and (abs(dx) >= distance or fast):
        leftward = dx < 0
        if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            leftward = not leftward
        return 1 if leftward else -1
    if abs(dx) <= tap_slop and abs(dy) <= tap_slop:
        return TAP
    return None


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
        distance: float = SWIPE_DISTANCE,
        flick_distance: float = FLICK_DISTANCE,
        velocity: float = FLICK_VELOCITY,
        tap_slop: float = TAP_SLOP,
    ):
        super().__init__(widget)
        self._widget = widget
        self.distance = distance
        self.flick_distance = flick_distance
        self.velocity = velocity
        self.tap_slop = tap_slop
        self._start: QPointF | None = None
        self._last = QPointF()
        # When the press began, time.monotonic() (not a QElapsedTimer: its Python type and
        # enum class would be made before the first frame).
        self._began = 0.0
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
        self._began = time.monotonic()
        self.interacted.emit()

    def _finish(self, pos: QPointF) -> bool:
        start, self._start = self._start, None
        if start is None:
            return False
        gesture = release_gesture(
            self._widget,
            start,
            pos,
            int((time.monotonic() - self._began) * 1000),  # whole ms, as QElapsedTimer.elapsed
            distance=self.distance,
            flick_distance=self.flick_distance,
            velocity=self.velocity,
            tap_slop=self.tap_slop,
        )
        if gesture == TAP:
            self.tapped.emit()
        elif gesture is not None:
            self.swiped.emit(gesture)
            return True
        return False
