"""The search field of the header: Enter asks for a search, a large clear button.

Apart from the results page (kiosk/ui/pages/search_results.py), whose list view and item
delegate types cost the start ~12 ms to create: the header is on the first frame, the
results page is built when a visitor first searches.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget


class SearchField(QLineEdit):
    """A search box; Enter emits `search_requested(query)` (blank queries are ignored).

    Its clear button is a 48 px touch target inside the field's trailing end (the
    built-in one is a small icon clipped by the rounded corner).
    """

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchField")
        self.setMinimumWidth(240)
        self.clear_button = QPushButton("×", self)
        self.clear_button.setObjectName("ClearSearch")
        self.clear_button.setFixedSize(48, 48)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.clicked.connect(self._clear_and_focus)
        self.clear_button.hide()
        self.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        self.returnPressed.connect(self._submit)
        self.retranslate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # The invitation whole, beside the clear button's room, the style sheet's padding
        # and border; as wide in every language (the header keeps its places when the
        # language changes): room for the longest, "Rechercher des histoires" (about 21
        # average widths).
        metrics = self.fontMetrics()
        text = max(
            metrics.horizontalAdvance(self.placeholderText()), 21 * metrics.averageCharWidth()
        )
        return QSize(max(hint.width(), 280, text + 52 + 2 * (16 + 3) + 8), max(hint.height(), 56))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), 56))

    def _clear_and_focus(self) -> None:
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_clear_button(self) -> None:
        button = self.clear_button
        y = (self.height() - button.height()) // 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = 4 if rtl else self.width() - button.width() - 4
        button.move(x, y)
        margin = button.width() + 4
        self.setTextMargins(margin if rtl else 0, 0, 0 if rtl else margin, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_clear_button()

    def _submit(self) -> None:
        query = self.text().strip()
        if query:
            self.search_requested.emit(query)

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Used up here: QLineEdit passes Enter on to the window, which presses the
            # focused button (the results page's Back, when nothing was found).
            event.accept()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search stories"))
        self.updateGeometry()  # the width follows the invitation (sizeHint)
        self.setAccessibleName(self.tr("Search stories"))
        self.clear_button.setAccessibleName(self.tr("Clear the search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_clear_button()
        super().changeEvent(event)
