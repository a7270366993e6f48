"""Choosing one of a few options by touch: segmented buttons, or a sheet of large rows.

Replaces QComboBox pop-ups (small rows, a desktop window over a kiosk). `Chooser`
shows its options as a row of large toggle buttons while they are few
(`max_segments`), and otherwise as one button naming the current choice that opens
a `TouchListSheet`: a panel of large rows drawn inside the window (no pop-up window),
dismissed by a tap beside it or Esc.

Keyboard: Left/Right move between segments without choosing (a trainer can look
before changing anything), Enter or Space chooses. In the sheet, Up/Down move and
Enter chooses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import accessibility
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.arrow_focus import ArrowButton, ArrowFocus

# Called with each TouchListSheet as it opens (the --log-state lines of the e2e walk).
SHEET_OPENED: list[Callable[[TouchListSheet], None]] = []

# Smallest side of a touch target (kiosk mode); rows of the sheet are taller.
TARGET = 56
ROW = 64


class TouchListSheet(QFrame):
    """A panel of large rows over the window (dimmed behind); a tap outside closes it.

    `options` are (code, label) pairs; a label may hold several lines. `message` is
    shown above the rows (e.g. why the list is empty); `actions` are (text, callback)
    buttons under them (e.g. "Look again"), each closing the sheet first.
    """

    chosen = Signal(str)
    closed = Signal()

    def __init__(
        self,
        window: QWidget,
        title: str,
        options: Sequence[tuple[str, str]],
        current: str = "",
        *,
        message: str = "",
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        minimum_width: int = 420,
    ):
        super().__init__(window)
        self.minimum_width = minimum_width
        self._dismissed = False
        self.setObjectName("TouchSheetBackdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(self, objectName="TouchSheet")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setAutoFillBackground(True)
        self.title = PlainLabel(title, objectName="TouchSheetTitle")
        self.setAccessibleName(title)
        self.title.setWordWrap(True)
        self.message = PlainLabel(message, objectName="TouchSheetMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.rows: dict[str, QPushButton] = {}
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for code, label in options:
            row = QPushButton(label, objectName="TouchSheetRow")
            row.setCheckable(True)
            row.setAutoExclusive(True)  # one choice: a radio button to screen readers
            row.installEventFilter(self)  # its arrow keys move the focus here, never click
            row.setChecked(code == current)
            row.setMinimumHeight(ROW)
            # A long row never widens the panel past the window (see _fit).
            row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.clicked.connect(lambda _=False, c=code: self._choose(c))
            column.addWidget(row)
            self.rows[code] = row
        self.scroll = QScrollArea()
        self.scroll.setWidget(rows)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        from PySide6.QtWidgets import QScroller  # here: not before the first frame

        QScroller.grabGesture(
            self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.actions: list[QPushButton] = []
        if actions:
            buttons = QHBoxLayout()
            buttons.setSpacing(12)
            for text, callback in actions:
                button = QPushButton(text, objectName="TouchSheetAction")
                button.setMinimumHeight(TARGET)
                button.clicked.connect(lambda _=False, c=callback: self._act(c))
                buttons.addWidget(button)
                self.actions.append(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        self._rows_width = max((row.sizeHint().width() for row in self.rows.values()), default=0)
        self._rows_height = sum(max(ROW, row.sizeHint().height()) + 8 for row in self.rows.values())
        self._rows_height += (self.message.sizeHint().height() + 16) if message else 0
        self._rows_height += (TARGET + 16) if actions else 0
        window.installEventFilter(self)
        self._fit()

    def _fit(self) -> None:
        window = self.parentWidget()
        self.setGeometry(window.rect())
        wanted = max(self.minimum_width, window.width() // 3, self._rows_width + 64)
        width = min(wanted, window.width() - 48)
        height = min(self._rows_height + 140, window.height() - 96)
        self.panel.setGeometry(
            QRect((window.width() - width) // 2, (window.height() - height) // 2, width, height)
        )

    def open(self) -> None:
        self.show()
        self.raise_()
        for hook in SHEET_OPENED:
            hook(self)
        current = next((row for row in self.rows.values() if row.isChecked()), None)
        target = current or next(iter(self.rows.values()), None)
        (target or self).setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, code: str) -> None:
        self.chosen.emit(code)
        self.dismiss()

    def _act(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    def dismiss(self) -> None:
        if self._dismissed:
            return
        self._dismissed = True
        if self.parentWidget() is not None:
            self.parentWidget().removeEventFilter(self)
        self.hide()
        self.closed.emit()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        elif (
            event.type() == QEvent.Type.KeyPress
            and watched in self.rows.values()
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            # An auto-exclusive button would check its neighbour on an arrow key.
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.keyPressEvent(event)
            return True
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 140))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.dismiss()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        rows = list(self.rows.values())
        focused = self.focusWidget()
        if key == Qt.Key.Key_Escape:
            self.dismiss()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and rows:
            index = rows.index(focused) if focused in rows else -1
            index = max(0, min(len(rows) - 1, index + (1 if key == Qt.Key.Key_Down else -1)))
            rows[index].setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll.ensureWidgetVisible(rows[index])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in rows:
            focused.click()
        else:
            super().keyPressEvent(event)
        event.accept()


class Chooser(QWidget):
    """One choice among options: segmented buttons when few, else a button opening a sheet.

    `chosen(code)` is emitted only when a person chooses; `set_current` is silent.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_segments: int = 3):
        super().__init__(parent)
        self.max_segments = max_segments
        self._options: list[tuple[str, str]] = []
        self._current = ""
        self._title = ""
        self.sheet: TouchListSheet | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._arrows = ArrowFocus(self, lambda: list(self.segments.values()))
        self.segments: dict[str, QPushButton] = {}
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("ChooserButton")
        self.sheet_button.setMinimumSize(TARGET, TARGET)
        self.sheet_button.clicked.connect(self.open_sheet)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._row.addWidget(self.sheet_button)

    # -- options ---------------------------------------------------------------
    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """(code, label) pairs, in order; keeps the current choice if still offered."""
        self._options = list(options)
        for button in self.segments.values():
            self._group.removeButton(button)
            button.hide()
            button.deleteLater()
        self.segments.clear()
        segmented = self.is_segmented()
        if segmented:
            for code, label in self._options:
                # Arrow keys through the button's own handlers, not an event filter (a
                # Python call for every event of the button: see ArrowButton).
                button = ArrowButton(self._arrows, parent=self, text=label, objectName="Segment")
                button.setCheckable(True)
                button.setAutoExclusive(True)  # one choice: a radio button to screen readers
                button.setMinimumSize(TARGET, TARGET)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.clicked.connect(lambda _=False, c=code: self._choose(c))
                self._group.addButton(button)
                self._row.addWidget(button)
                self.segments[code] = button
        self.sheet_button.setVisible(not segmented)
        if self._current not in self.codes():
            self._current = self._options[0][0] if self._options else ""
        self._sync()

    def set_label(self, code: str, label: str) -> None:
        """Rename one option (e.g. "Off" in the new interface language)."""
        self._options = [(c, label if c == code else text) for c, text in self._options]
        if code in self.segments:
            self.segments[code].setText(label)
        self._sync()

    def set_title(self, title: str) -> None:
        """What is being chosen (the sheet's heading and the accessible name)."""
        self._title = title
        self.setAccessibleName(title)
        self.sheet_button.setAccessibleName(title)

    def codes(self) -> list[str]:
        return [code for code, _ in self._options]

    def label(self, code: str) -> str:
        return next((text for c, text in self._options if c == code), "")

    def is_segmented(self) -> bool:
        return len(self._options) <= self.max_segments

    # -- current choice -----------------------------------------------------------
    def current(self) -> str:
        return self._current

    def set_current(self, code: str) -> None:
        """Show `code` as chosen; "" shows none chosen (e.g. the PDF's fits after a zoom
        of the visitor's own: neither "Whole page" nor "Page width" is true then)."""
        if code in self.codes() or code == "":
            self._current = code
            self._sync()

    def _choose(self, code: str) -> None:
        self._current = code
        self._sync()
        self.chosen.emit(code)

    def _sync(self) -> None:
        button = self.segments.get(self._current)
        if button is not None:
            button.setChecked(True)
        elif self._group.checkedButton() is not None:  # an exclusive group never unchecks
            self._group.setExclusive(False)
            self._group.checkedButton().setChecked(False)
            self._group.setExclusive(True)
        self.sheet_button.setText(self.label(self._current))

    # -- the sheet ---------------------------------------------------------------------
    def open_sheet(self) -> None:
        if self.sheet is not None or not self._options:
            return
        sheet = TouchListSheet(self.window(), self._title, self._options, self._current)
        sheet.chosen.connect(self._choose)
        sheet.closed.connect(self._sheet_closed)
        self.sheet = sheet
        sheet.open()

    def _sheet_closed(self) -> None:
        self.sheet = None
        if self.sheet_button.isVisible():
            self.sheet_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_sheet(self) -> None:
        if self.sheet is not None:
            self.sheet.dismiss()

    def showEvent(self, event) -> None:
        if self.sheet_button.icon().isNull():  # the icon font loads after the first frame
            from kiosk.ui.icons import icon

            # In the theme's text colour, read when painted (follows high contrast).
            self.sheet_button.setIcon(icon("fa5s.caret-down", color=QPalette.ColorRole.ButtonText))
            self.sheet_button.setIconSize(QSize(24, 24))
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.close_sheet()
        super().hideEvent(event)


# The list of choices over the window is a dialog to screen readers.
accessibility.role(TouchListSheet, "Dialog")  # QAccessible.Role.Dialog
