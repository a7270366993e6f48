"""A calm content note shown before a sensitive story (e.g. a child's account)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.plain_text import PlainLabel


class ContentNote(QFrame):
    """Says what the story contains and lets the visitor choose to read on or go back."""

    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ContentNote")
        self.title = PlainLabel(objectName="ContentNoteTitle", wordWrap=True)
        self.text = PlainLabel(objectName="ContentNoteText", wordWrap=True)
        self.continue_button = QPushButton(objectName="PrimaryButton")
        self.back_button = QPushButton()
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)
        # Side by side when they fit, one under the other in a narrow column or large text.
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(12)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._story_note = ""
        self.retranslate()

    def fit_width(self, width: int) -> None:
        """Buttons side by side if they fit in `width` px, else one under the other."""
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right()
        needed = sum(b.sizeHint().width() for b in (self.continue_button, self.back_button))
        side_by_side = needed + self.buttons.spacing() <= room
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def set_compact(self, compact: bool) -> None:
        """Tighter margins where the page is short (a laptop, larger text)."""
        if compact:
            self.layout().setContentsMargins(20, 14, 20, 14)
            self.layout().setSpacing(10)
        else:
            self.layout().setContentsMargins(28, 24, 28, 24)
            self.layout().setSpacing(14)

    def show_heading(self, shown: bool) -> None:
        """The heading ("Before you read") can give way on the shortest pages."""
        self.title.setVisible(shown)

    def resizeEvent(self, event) -> None:
        self.fit_width(self.width())
        super().resizeEvent(event)

    def set_story_note(self, text: str) -> None:
        """The note worded for this story (content), or "" for the general note."""
        self._story_note = text
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Before you read"))
        self.text.setText(
            self._story_note
            or self.tr(
                "This story may be upsetting. It contains no images, and you can stop "
                "reading at any time."
            )
        )
        self.continue_button.setText(self.tr("Continue to the story"))
        self.continue_button.setAccessibleName(self.tr("Continue to the story"))
        self.back_button.setText(self.tr("Back to the stories"))
        self.back_button.setAccessibleName(self.tr("Back to the stories"))
        self.setAccessibleName(self.tr("Content note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
