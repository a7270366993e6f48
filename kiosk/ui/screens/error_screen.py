"""A calm full-screen message when the content cannot be shown (missing or damaged database)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class ErrorScreen(QWidget):
    """Says plainly that the stories cannot be shown and what staff can do; `details` is technical."""

    quit_requested = Signal()

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorScreen")
        self.setMinimumSize(640, 480)  # fixed, so the layout never resizes the window's limits
        self.title = QLabel(objectName="ErrorTitle", wordWrap=True)
        self.text = QLabel(objectName="ErrorText", wordWrap=True)
        self.details = QLabel(details, objectName="Muted", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.quit_requested)
        for label in (self.title, self.text, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(20)
        layout.addStretch(1)
        for widget in (self.title, self.text, self.details):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

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
        self.setWindowTitle(self.tr("Awareness kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
