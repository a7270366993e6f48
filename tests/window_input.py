"""Input as the platform delivers it: to the widget's window first, then to the widget.

QTest given a widget hands the event straight to that widget, past its window; the
focus ring (kiosk/ui/widgets/focus_ring.py) watches the windows, as real keys, clicks
and touches always pass through them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def key_in_window(widget: QWidget, key: Qt.Key) -> None:
    """A key press and release in `widget`'s window (the window's focus widget gets it)."""
    QTest.keyClick(widget.window().windowHandle(), key)


def click_in_window(widget: QWidget) -> None:
    """A left click on the middle of `widget`, given to its window as the platform would."""
    top = widget.window()
    QTest.mouseClick(
        top.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        widget.mapTo(top, widget.rect().center()),
    )
