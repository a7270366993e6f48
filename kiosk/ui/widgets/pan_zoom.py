"""Drag to pan, pinch or double tap to zoom, swipe to turn: one finger or the mouse alike.

Many touch panels report a single finger as a mouse, and QScroller's touch gesture
ignores those; its mouse gesture ignores real touches. `PanZoom` reads both itself
and feeds the drag to the scroll area's QScroller (`handleInput`), so panning follows
the finger 1:1 and keeps Qt's kinetic flick, whatever the panel sends:

- one finger or the left mouse button: pan (`QScroller`), a flick keeps gliding;
- a quick horizontal swipe: `swiped(+1)` for "next" (mirrored right to left), for
  the owner to turn the page when nothing scrolls sideways;
- two fingers: `pinched(factor, centre)` while they move (factor relative to the
  start of the pinch), `pinch_finished()` after;
- a double tap or double click: `double_tapped(position)`.

Positions are in the viewport's coordinates.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QLineF, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

from kiosk.ui.widgets.swipe import TAP, TAP_SLOP, release_gesture

DOUBLE_TAP_MS = 400


class PanZoom(QObject):
    """Event filter on `area`'s viewport; see the module docstring."""

    swiped = Signal(int)
    pinched = Signal(float, QPointF)
    pinch_finished = Signal()
    double_tapped = Signal(QPointF)
    interacted = Signal()

    def __init__(self, area: QAbstractScrollArea):
        super().__init__(area)
        self._area = area
        self._viewport = area.viewport()
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.scroller = QScroller.scroller(self._viewport)
        properties = self.scroller.scrollerProperties()
        off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.002)
        self.scroller.setScrollerProperties(properties)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._start: QPointF | None = None
        self._start_ms = 0
        self._last = QPointF()
        self._touching = False
        self._pinch_start = 0.0
        self._last_tap_ms = -10_000
        self._last_tap = QPointF()
        self._viewport.installEventFilter(self)

    # -- the one-finger path, shared by mouse and touch ------------------------------------
    def _press(self, pos: QPointF) -> None:
        self._start, self._last = QPointF(pos), QPointF(pos)
        self._start_ms = self._clock.elapsed()
        self.scroller.stop()
        self.scroller.handleInput(QScroller.Input.InputPress, pos, self._clock.elapsed())
        self.interacted.emit()

    def _move(self, pos: QPointF) -> None:
        if self._start is None:
            return
        self._last = QPointF(pos)
        self.scroller.handleInput(QScroller.Input.InputMove, pos, self._clock.elapsed())

    def _release(self, pos: QPointF) -> None:
        start, self._start = self._start, None
        if start is None:
            return
        self.scroller.handleInput(QScroller.Input.InputRelease, pos, self._clock.elapsed())
        gesture = release_gesture(self._area, start, pos, self._clock.elapsed() - self._start_ms)
        if gesture == TAP:
            self._tap(pos)
        elif gesture is not None:
            self.swiped.emit(gesture)

    def _tap(self, pos: QPointF) -> None:
        now = self._clock.elapsed()
        close = QLineF(pos, self._last_tap).length() <= 3 * TAP_SLOP
        if now - self._last_tap_ms <= DOUBLE_TAP_MS and close:
            self._last_tap_ms = -10_000
            self.double_tapped.emit(QPointF(pos))
        else:
            self._last_tap_ms, self._last_tap = now, QPointF(pos)

    # -- two fingers -----------------------------------------------------------------------
    def _pinch(self, points) -> None:
        first, second = points[0].position(), points[1].position()
        distance = math.hypot(first.x() - second.x(), first.y() - second.y())
        centre = (first + second) / 2
        if self._pinch_start <= 0:
            # a second finger landed: the pan stops where it is, the pinch begins
            if self._start is not None:
                self.scroller.handleInput(
                    QScroller.Input.InputRelease, self._last, self._clock.elapsed()
                )
                self.scroller.stop()
                self._start = None
            self._pinch_start = max(1.0, distance)
            return
        self.pinched.emit(distance / self._pinch_start, centre)

    def _end_pinch(self) -> None:
        if self._pinch_start > 0:
            self._pinch_start = 0.0
            self.pinch_finished.emit()

    # -- events ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate):
            self._touching = True
            points = [p for p in event.points() if p.state() != p.State.Released]
            if len(points) >= 2:
                self._pinch(points)
            elif points and self._pinch_start <= 0:
                if kind == QEvent.Type.TouchBegin or self._start is None:
                    self._press(points[0].position())
                else:
                    self._move(points[0].position())
            event.accept()
            return True
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            if self._pinch_start > 0:
                self._end_pinch()
                self._start = None
            elif event.points():
                self._release(event.points()[0].position())
            self._touching = False
            event.accept()
            return True
        if self._touching:
            return False  # mouse events made from touches: handled above
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position())
            return True
        if kind == QEvent.Type.MouseMove and self._start is not None:
            self._move(event.position())
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._release(event.position())
            return True
        if kind == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            self._last_tap_ms = -10_000
            self.double_tapped.emit(event.position())
            return True
        return False
