"""The privacy statement shown on screen: what the kiosk counts, and that it stores nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.plain_text import PlainLabel


class PrivacyNote(PlainLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PrivacyNote")
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "This kiosk counts only how often pages are opened, per hour. It stores nothing about you."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
