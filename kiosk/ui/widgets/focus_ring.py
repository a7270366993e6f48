"""The focus ring appears after keyboard use only, never after a touch or a click.

`KeyboardFocus` watches the input of the application's windows. A key press puts it in
keyboard mode; a mouse press or a touch puts it in pointer mode. In keyboard mode the
widget holding the focus carries the dynamic property `keyboardFocus = true`, which the
theme's style sheet draws as a ring (kiosk/ui/theme.py); in pointer mode no widget
carries it. Only the two widgets concerned are re-polished on a change.

It filters the events of the top-level windows (QWindow), not of the application: input
from the platform reaches a window before the widget it is for, while an application
filter is a call into Python for every event of every object (5-10 ms of a language
switch, measured). Keys go to the focus window, so each window is watched from the
moment it gets the focus; every existing window is watched again whenever the focus
window changes and when keyboard mode begins, so that a tap anywhere ends it. (Input
sent straight to a widget, as QTest does with a widget argument, passes no window:
tests send it to the window.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import app_filters

# QWindow's type (4 enum classes) is made when the windows are watched: after the first frame.
if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

PROPERTY = "keyboardFocus"
_ATTRIBUTE = "_kiosk_keyboard_focus"

_POINTER = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class KeyboardFocus(QObject):
    """Install once per application: `KeyboardFocus.install(app)`."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._keyboard = False
        self._marked: QWidget | None = None
        app.focusChanged.connect(self._on_focus)
        # Wrapping a QWidgetWindow for Python costs the start 40-80 ms: after the first frame.
        app_filters.after_first_frame(lambda: self._watch_windows(app))

    @classmethod
    def install(cls, app: QApplication) -> KeyboardFocus:
        # Remembered on the application object: app.findChild(cls) would wrap each of the
        # application's children for Python (its style: ~9 ms of the start).
        existing = getattr(app, _ATTRIBUTE, None)
        if existing is None:
            existing = cls(app)
            setattr(app, _ATTRIBUTE, existing)
        return existing

    @property
    def keyboard_mode(self) -> bool:
        return self._keyboard

    def marked(self) -> QWidget | None:
        """The widget showing the ring, or None."""
        return self._marked

    def _watch_windows(self, app: QApplication) -> None:
        app.focusWindowChanged.connect(self._watch)
        self._watch()

    def _watch(self, _focus_window: QWindow | None = None, busy: QObject | None = None) -> None:
        """Filter every top-level window (installing twice keeps one filter).

        `busy` is the window whose event is passing through its filters right now: its
        filter list is left as it is.
        """
        for window in QGuiApplication.topLevelWindows():
            if window is not busy:
                window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self._keyboard:
            self._keyboard = True
            self._watch(busy=watched)  # windows shown since without the focus: a tap ends it
            self._mark(QApplication.focusWidget())
        elif kind in _POINTER and self._keyboard:
            self._keyboard = False
            self._mark(None)
        return False

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._mark(new if self._keyboard else None)

    def _mark(self, widget: QWidget | None) -> None:
        old, self._marked = self._marked, widget
        if old is widget:
            return
        for target, on in ((old, False), (widget, True)):
            if target is None:
                continue
            try:
                target.setProperty(PROPERTY, on)
                style = target.style()
                style.unpolish(target)
                style.polish(target)
                target.update()
            except RuntimeError:  # deleted meanwhile
                if target is self._marked:
                    self._marked = None
