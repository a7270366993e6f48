"""A calm content note shown before a sensitive story (e.g. a child's account)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.flow_box import FlowBox


class ContentNote(QFrame):
    """Says what the story contains and lets the visitor choose to read on or go back."""

    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ContentNote")
        self.title = QLabel(objectName="ContentNoteTitle", wordWrap=True)
        self.text = QLabel(objectName="ContentNoteText", wordWrap=True)
        self.continue_button = QPushButton(objectName="PrimaryButton")
        self.back_button = QPushButton()
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)
        # Side by side when they fit, one under the other in a narrow column or large text.
        self.buttons = FlowBox(spacing=12)
        self.buttons.add_widget(self.continue_button)
        self.buttons.add_widget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._story_note = ""
        self.retranslate()

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
