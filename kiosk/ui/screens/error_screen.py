"""A calm full-screen message when the content cannot be shown (missing or damaged database)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.readable import ReadableColumn, centred, margins_follow_width
from kiosk.ui.window_modes import visitor_text_flags

ZERO_WIDTH_SPACE = "\u200b"


def breakable(details: str) -> str:
    """`details` with a break opportunity after each / \\ _ so a long path wraps."""
    for char in "/\\_":
        details = details.replace(char, char + ZERO_WIDTH_SPACE)
    return details


class ErrorScreen(QWidget):
    """Says plainly that the stories cannot be shown and what staff can do; `details` is technical.

    Laid out like every page: a readable column centred in margins that grow with the
    window, the technical details word-wrapped (long paths too) and selectable, and the
    whole column scrolls rather than being cut when the text is large and the screen small.

    With `can_retry`, "Try again" (`retry_requested`) is the way back to the stories once
    staff have put the content right; `set_details` shows why a try failed. "Close" quits
    the program (with a failure exit code: a kiosk service restarts it, see app.py).
    """

    quit_requested = Signal()
    retry_requested = Signal()

    def __init__(
        self,
        details: str,
        parent: QWidget | None = None,
        *,
        can_retry: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("ErrorScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumSize(320, 240)
        self.title = PlainLabel(objectName="ErrorTitle", wordWrap=True)
        self.text = PlainLabel(objectName="ErrorText", wordWrap=True)
        self.details = PlainLabel(objectName="ErrorDetails", wordWrap=True)
        self.details.setTextInteractionFlags(
            visitor_text_flags(Qt.TextInteractionFlag.TextSelectableByMouse)
        )
        self.set_details(details)
        self.retry_button = QPushButton(objectName="PrimaryButton")
        self.retry_button.clicked.connect(self.retry_requested)
        # Closing is the second choice where trying again is offered.
        self.quit_button = QPushButton(objectName="" if can_retry else "PrimaryButton")
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        for label in (self.title, self.text, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.column = ReadableColumn(60)
        self.column.column.setSpacing(24)
        self.column.column.addStretch(1)
        for widget in (self.title, self.text, self.details):
            self.column.column.addWidget(widget)
        self.column.column.addLayout(buttons)
        self.retry_button.setHidden(not can_retry)  # placed first: never a window of its own
        self.column.column.addStretch(2)
        inner = QWidget()
        inner.setLayout(centred(self.column))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(scroll)
        self.retranslate()

    def set_details(self, details: str) -> None:
        """The technical reason (a path, an SQLite message), wrapped at / \\ _ too."""
        self.details.setText(breakable(details))
        self.details.setToolTip(details)
        self.details.setAccessibleDescription(details)

    def retranslate(self) -> None:
        self.title.setText(self.tr("The stories cannot be shown right now"))
        self.text.setText(
            self.tr(
                "The content of this kiosk is missing or damaged. "
                "Please ask a member of staff to reinstall it."
            )
        )
        self.quit_button.setText(self.tr("Close"))
        self.quit_button.setAccessibleName(self.tr("Close"))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.setWindowTitle(self.tr("Awareness kiosk"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        margins_follow_width(self, self._layout)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
