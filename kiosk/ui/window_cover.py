"""Shows one full-window screen (attract loop, neutral screen, PIN pad, admin panel) over the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class WindowCover(QObject):
    """Lays `cover(widget)` over the whole window, following its size; one at a time.

    While a screen covers the window, the window's own content (a QMainWindow's central
    widget) is hidden: a screen reader would otherwise still walk the home screen's
    buttons under the PIN pad or the attract loop. It comes back, with the keyboard focus
    where it was, when the cover goes.
    """

    changed = Signal(str)  # the name of the screen now covering the window, "" when none

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._widget: QWidget | None = None
        self._name = ""
        self._hidden: QWidget | None = None  # the window's content, hidden under the cover
        self._focus: QWidget | None = None  # where the keyboard focus was before
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
            self._drop(restore=False)
        if self._hidden is None:
            self._remember_focus(self._window.focusWidget())
        widget.setParent(self._window)
        widget.setGeometry(self._window.rect())
        widget.show()
        widget.raise_()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._widget, self._name = widget, name
        self._hide_content(widget)
        self.changed.emit(name)

    def uncover(self, name: str | None = None) -> None:
        """Remove the cover (only if it is `name`, when given)."""
        if self._widget is None or (name is not None and name != self._name):
            return
        self._drop()
        self.changed.emit("")

    def _remember_focus(self, widget: QWidget | None) -> None:
        self._focus = widget
        if widget is not None:  # forgotten when deleted: never touched after that
            widget.destroyed.connect(lambda _=None, w=widget: self._forget_focus(w))

    def _forget_focus(self, widget: QWidget) -> None:
        if self._focus is widget:
            self._focus = None

    def _hide_content(self, cover: QWidget) -> None:
        central = getattr(self._window, "centralWidget", None)
        content = central() if callable(central) else None
        if content is not None and content is not cover and content.isVisible():
            content.hide()
            self._hidden = content

    def _drop(self, restore: bool = True) -> None:
        widget, self._widget, self._name = self._widget, None, ""
        if restore and self._hidden is not None:
            self._hidden.show()
            self._hidden = None
            focus, self._focus = self._focus, None
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if widget is not None:
            widget.hide()
            widget.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._widget:
            self._widget.setGeometry(self._window.rect())
        return False
