"""The hidden staff gesture: hold a finger (or the mouse) on the top-left corner for 5 s.

Visitors never find it by accident: the corner is small, nothing is drawn there, and
the press must stay put for the whole time. Staff documentation: README "Admin".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QWidget

_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_MOVE = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}


class AdminGesture(QObject):
    """Emits `triggered` after a press held `hold_ms` inside the window's top-left corner."""

    triggered = Signal()

    def __init__(self, window: QWidget, *, hold_ms: int = 5000, corner_px: int = 72):
        super().__init__(window)
        self._window = window
        self._corner = corner_px
        self._timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._timer.timeout.connect(self.triggered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # Each input reaches the window and then the widget under it: look at it once.
        if kind in _PRESS | _RELEASE | _MOVE and watched is self._window.windowHandle():
            if kind in _RELEASE:
                self._timer.stop()
            elif self._timer.isActive() or kind in _PRESS:
                inside = self._in_corner(event)
                if kind in _PRESS and inside:
                    self._timer.start()
                elif not inside:
                    self._timer.stop()
        return False

    def _in_corner(self, event: QEvent) -> bool:
        points = getattr(event, "points", None)
        position = points()[0].position() if callable(points) and points() else event.position()
        local = QPoint(int(position.x()), int(position.y()))
        return 0 <= local.x() < self._corner and 0 <= local.y() < self._corner
