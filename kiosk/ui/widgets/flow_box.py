"""A row of widgets that wraps like words (chips of any length), following the direction.

A widget that places its children itself rather than a Python QLayout subclass: Qt
calls a layout's virtual methods while widgets are being deleted, and a layout written
in Python then crashes the process. In Arabic the first widget is on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class FlowBox(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._spacing = spacing
        self._widgets: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add_widget(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._widgets.append(widget)
        widget.show()
        self._place()
        self.updateGeometry()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def clear(self) -> None:
        """Remove and delete every widget (hidden at once, deleted by the event loop)."""
        for widget in self._widgets:
            widget.hide()
            widget.deleteLater()
        self._widgets.clear()
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(width, apply=False)

    def sizeHint(self) -> QSize:
        width = max(1, self.width())
        widest = max((w.sizeHint().width() for w in self._widgets), default=0)
        return QSize(widest, self._place(width, apply=False))  # one row as wide as it needs

    def minimumSizeHint(self) -> QSize:
        widest = max((w.sizeHint().width() for w in self._widgets), default=0)
        return QSize(widest, self._place(max(1, self.width()), apply=False))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._place()

    def event(self, event) -> bool:
        # A child's size hint changed (style sheet, text, font): place them all again.
        if event.type() == QEvent.Type.LayoutRequest:
            self._place()
            self.updateGeometry()
        return super().event(event)

    def _place(self, width: int | None = None, apply: bool = True) -> int:
        width = self.width() if width is None else width
        rtl = self.isRightToLeft()
        x = y = line = 0
        for widget in self._widgets:
            if widget.isHidden() and not apply:
                continue
            widget.ensurePolished()  # its style sheet sets font and padding
            hint = widget.sizeHint()
            if x + hint.width() > width and line > 0:
                x, y, line = 0, y + line + self._spacing, 0
            if apply:
                left = width - x - hint.width() if rtl else x
                widget.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        height = y + line
        if apply and width > 0 and self.minimumHeight() != height:
            self.setMinimumHeight(height)  # the rows it wrapped into: never cut by its parent
        return height
