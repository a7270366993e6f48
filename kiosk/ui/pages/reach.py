"""The pages' actions within reach on a portrait stand.

A portrait stand's top third is out of reach of a seated or short visitor: there a
page's Back (and the actions beside it: Listen) leave the top row for a row at the
bottom of the page, just above the window's footer, Back on the leading side. On a
wide screen they stay at the top.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget

from kiosk.core.screen_shape import PORTRAIT, shape_for


def is_portrait(page: QWidget) -> bool:
    """The page is in a portrait window (a stand's 1080x1920), by the window's own rule
    (kiosk/core/screen_shape.shape_for: its header and home screen follow it too): the
    reach is the screen's, not the page's."""
    window = page.window()
    return shape_for(window.width(), window.height()) == PORTRAIT


class ReachRow(QWidget):
    """The row at the bottom of a page that holds its actions in portrait (hidden, and
    so taking no room, in landscape)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReachRow")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.row.addStretch(1)
        self.hide()
        self._homes: list[tuple[QWidget, QBoxLayout]] = []

    @property
    def holding(self) -> bool:
        return bool(self._homes)

    def hold(self, leading: list[QWidget], trailing: list[QWidget], home: QBoxLayout) -> None:
        """Take `leading` (before the stretch) and `trailing` (after it) out of `home`
        (or a layout in it) into the row; the row shows."""
        for widget in (*leading, *trailing):
            shown = not widget.isHidden()
            home.removeWidget(widget)
            self._homes.append((widget, home))
            if widget in leading:
                self.row.insertWidget(self.row.count() - 1, widget)
            else:
                self.row.addWidget(widget)
            # Moved to another parent: Qt would show it again only after a round of events.
            widget.setVisible(shown)
        self.show()

    def give_back(self, put: Callable[[QWidget, QBoxLayout], None]) -> None:
        """Give the held widgets back: `put(widget, home)` puts each where it was in the
        layout it came from (in the order they were taken); the row hides."""
        homes, self._homes = self._homes, []
        for widget, home in homes:
            shown = not widget.isHidden()
            self.row.removeWidget(widget)
            put(widget, home)
            widget.setVisible(shown)
        self.hide()

    def row_height(self) -> int:
        """The row's height while it holds its widgets (0 when it holds none)."""
        heights = [w.sizeHint().height() for w, _ in self._homes if not w.isHidden()]
        return max(heights, default=0)
