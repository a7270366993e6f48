"""The Trust Fund and link pages: what the resource is, and its address as QR code and text.

Nothing here opens a network connection: the address is only shown, never opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Resource
from kiosk.core.plain_markdown import to_safe_html
from kiosk.ui.pages.resource_header import ResourceHeader
from kiosk.ui.widgets.qr_code import QrCodeView


class LinkPage(QWidget):
    """Page for resources of kind "fund" and "link"."""

    back_requested = Signal()

    def __init__(
        self,
        resource: Resource,
        lang: str,
        parent: QWidget | None = None,
        language_names: dict[str, str] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"linkPage-{resource.id}")
        self._names = language_names
        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)

        self.body_label = QLabel()
        self.body_label.setObjectName("resourceBody")
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setWordWrap(True)
        self.body_label.setOpenExternalLinks(False)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        body_font = self.body_label.font()
        body_font.setPointSizeF(body_font.pointSizeF() * 1.2)
        self.body_label.setFont(body_font)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body_label)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.qr_view = QrCodeView()
        self.qr_view.setObjectName("qrCode")
        self.qr_view.setMinimumSize(260, 260)
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label = QLabel()
        self.address_label.setObjectName("address")
        self.address_label.setWordWrap(True)
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # An address reads left to right in every interface language.
        self.address_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        address_font = self.address_label.font()
        address_font.setPointSizeF(address_font.pointSizeF() * 1.2)
        address_font.setBold(True)
        self.address_label.setFont(address_font)
        self.qr_card = QFrame()
        self.qr_card.setObjectName("qrCard")
        self.qr_card.setStyleSheet("#qrCard { background: white; border-radius: 12px; }")
        card = QVBoxLayout(self.qr_card)
        card.addWidget(self.qr_view, 1)
        card.addWidget(self.caption_label)
        card.addWidget(self.address_label)
        self.qr_card.setMaximumWidth(460)
        for label in (self.caption_label, self.address_label):
            label.setStyleSheet("color: black;")

        content = QHBoxLayout()
        content.addWidget(scroll, 3)
        content.addWidget(self.qr_card, 2, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addLayout(content, 1)
        self.set_language(lang, resource)

    @property
    def resource(self) -> Resource:
        return self._resource

    def set_language(self, lang: str, resource: Resource) -> None:
        """Show `resource` (as read for `lang`) with the interface in `lang`."""
        self._resource = resource
        self._lang = lang
        self.header.set_title(resource.title)
        self.header.set_sources(resource, lang)
        self.body_label.setText(to_safe_html(resource.body or resource.summary))
        url = resource.url or ""
        self.qr_card.setVisible(bool(url))
        self.qr_view.set_text(url)
        self.qr_view.setAccessibleName(url)
        self.address_label.setText(url)
        self.retranslate()

    def retranslate(self) -> None:
        shown = self._resource.shown
        self.header.set_fallback(shown.wanted, shown.lang)
        self.caption_label.setText(self.tr("Scan the code or type this address:"))
        self.qr_view.setAccessibleDescription(self.tr("QR code of the address"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def close_media(self) -> None:
        """Nothing to release; here so every resource page can be closed the same way."""

    def is_playing(self) -> bool:
        return False
