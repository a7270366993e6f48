"""Shows one full-window screen (attract loop, neutral screen, PIN pad, admin panel) over the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class WindowCover(QObject):
    """Lays `cover(widget)` over the whole window, following its size; one at a time."""

    changed = Signal(str)  # the name of the screen now covering the window, "" when none

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._widget: QWidget | None = None
        self._name = ""
        window.installEventFilter(self)

    @property
    def name(self) -> str:
        return self._name

    @property
    def widget(self) -> QWidget | None:
        return self._widget

    def cover(self, name: str, widget: QWidget) -> None:
        """Show `widget` over the window (replacing any other cover) and give it focus."""
        if self._widget is not None and self._widget is not widget:
            self._drop()
        widget.setParent(self._window)
        widget.setGeometry(self._window.rect())
        widget.show()
        widget.raise_()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._widget, self._name = widget, name
        self.changed.emit(name)

    def uncover(self, name: str | None = None) -> None:
        """Remove the cover (only if it is `name`, when given)."""
        if self._widget is None or (name is not None and name != self._name):
            return
        self._drop()
        self.changed.emit("")

    def _drop(self) -> None:
        widget, self._widget, self._name = self._widget, None, ""
        if widget is not None:
            widget.hide()
            widget.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._widget:
            self._widget.setGeometry(self._window.rect())
        return False
