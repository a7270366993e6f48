"""Arrow keys move the focus along a row of toggle buttons; they never click.

Qt's exclusive button groups click the neighbour on an arrow key: on the language bar
a trainer's first Right press switched the interface to French. `ArrowFocus` moves
the focus instead, in screen order (mirrored in right-to-left layouts); Enter or
Space then chooses. Tab enters a row of one-choice buttons at the chosen one (as in a
radio group), so that a screen reader first says what is chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget


def step_for_key(widget: QWidget, key: int) -> int:
    """+1 for "next" (Right, or Left when mirrored), -1 for "previous", 0 otherwise."""
    if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return 0
    forward = key == Qt.Key.Key_Right
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        forward = not forward
    return 1 if forward else -1


class ArrowFocus(QObject):
    """Arrow keys along the buttons `buttons()` returns (ArrowButton calls it from its own
    focus and key handlers: no event filter, see ArrowButton)."""

    def __init__(self, parent: QObject, buttons: Callable[[], Sequence[QAbstractButton]]):
        super().__init__(parent)
        self._buttons = buttons
        self._stepping = False  # an arrow key is moving the focus along the row

    def _in_reading_order(self, rtl: bool) -> list[QAbstractButton]:
        shown = [b for b in self._buttons() if b.isVisible() and b.isEnabled()]

        def place(button: QAbstractButton) -> tuple[int, int]:
            point = button.mapToGlobal(QPoint(0, 0))
            return point.y() // 8, -point.x() if rtl else point.x()

        return sorted(shown, key=place)

    def _enter_at_checked(self, button: QAbstractButton, reason: Qt.FocusReason) -> None:
        """Tab came to an unchosen button of a one-choice row: go to the chosen one."""
        if self._stepping or button.isChecked() or not button.autoExclusive():
            return
        if reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        checked = [b for b in self._buttons() if b.isChecked() and b.isVisible() and b.isEnabled()]
        if checked:
            checked[0].setFocus(reason)

    def focus_in(self, button: QAbstractButton, reason: Qt.FocusReason) -> None:
        """`button` got the focus (called by its focusInEvent: see ArrowButton)."""
        self._enter_at_checked(button, reason)

    def key_press(self, button: QAbstractButton, event) -> bool:
        """Handle a key pressed on `button`; True when it is used up."""
        key = event.key()
        step = step_for_key(button, key)
        if step:
            rtl = button.layoutDirection() == Qt.LayoutDirection.RightToLeft
            ordered = self._in_reading_order(rtl)
            if button in ordered:
                index = ordered.index(button) + step
                if 0 <= index < len(ordered):
                    self._stepping = True
                    try:
                        ordered[index].setFocus(Qt.FocusReason.TabFocusReason)
                    finally:
                        self._stepping = False
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return True  # Qt would click the neighbour here too
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button.click()
            return True
        return False


class ArrowButton(QPushButton):
    """A push button of an ArrowFocus row that calls the row itself, instead of being
    watched by an event filter.

    An event filter written in Python is called for every event of the button (about
    25 while a window is built and first shown, each a call into Python); these two
    handlers only for a focus change and a key press. Every row uses it (the filter
    chips, the language bar, a chooser's segments).
    """

    def __init__(self, arrows: ArrowFocus, *, objectName: str = "", **kwargs):
        super().__init__(**kwargs)
        # Set here, not handed to Qt as a keyword: PySide6 looks a keyword up among the
        # class's properties and signals by name (see kiosk/ui/plain_text.py).
        self.setObjectName(objectName)
        self._arrows = arrows

    def focusInEvent(self, event) -> None:
        self._arrows.focus_in(self, event.reason())
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        if not self._arrows.key_press(self, event):
            super().keyPressEvent(event)
