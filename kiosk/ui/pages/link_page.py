"""The Trust Fund and link pages: what the resource is, and its address as QR code and text.

Nothing here opens a network connection: the address is only shown, never opened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Resource
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.markdown import safe_markdown_html
from kiosk.ui.pages.reach import is_portrait
from kiosk.ui.pages.resource_header import ResourceHeader
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.widgets.listen_button import ListenButton
from kiosk.ui.widgets.qr_code import QrCodeView
from kiosk.ui.widgets.readable import ReadableColumn, margins_follow_width


class LinkPage(QWidget):
    """Page for resources of kind "fund" and "link"."""

    back_requested = Signal()

    def __init__(
        self,
        resource: Resource,
        lang: str,
        parent: QWidget | None = None,
        language_names: dict[str, str] | None = None,
        read_aloud: ReadAloud | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"linkPage-{resource.id}")
        self._names = language_names
        self.header = ResourceHeader()
        self.header.back_requested.connect(self.back_requested)
        # Reads the title and text aloud (hidden where their language has no voice).
        self.listen_button = ListenButton(read_aloud)
        self.header.add_action(self.listen_button)
        self.back_requested.connect(self.listen_button.stop)

        self.body_label = PlainLabel()
        self.body_label.setObjectName("resourceBody")
        self.body_label.setTextFormat(Qt.TextFormat.RichText)
        self.body_label.setWordWrap(True)
        self.body_label.setOpenExternalLinks(False)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        body_font = self.body_label.font()
        body_font.setPointSizeF(body_font.pointSizeF() * 1.2)
        self.body_label.setFont(body_font)
        # The text, then where it comes from: both scroll (a long list of sources no longer
        # takes the page's height from the text on a short screen with larger text).
        text = QWidget(objectName="linkText")
        text_column = QVBoxLayout(text)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.setSpacing(24)
        text_column.addWidget(self.body_label)
        text_column.addWidget(self.header.take_sources())
        text_column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(text)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self.qr_view = QrCodeView()
        self.qr_view.setObjectName("qrCode")
        self.qr_view.setMinimumSize(260, 260)
        self.caption_label = PlainLabel()
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label = PlainLabel()
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
        # Caption and address under the code, or beside it on a short page.
        card = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.qr_card)
        card.addWidget(self.qr_view, 0, Qt.AlignmentFlag.AlignHCenter)
        self._card_texts = QVBoxLayout()
        self._card_texts.setSpacing(12)
        self._card_texts.addWidget(self.caption_label)
        self._card_texts.addWidget(self.address_label)
        self._card_texts.addStretch(1)
        card.addLayout(self._card_texts)
        card.setContentsMargins(24, 24, 24, 24)
        self.qr_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        card.setSpacing(12)
        for label in (self.caption_label, self.address_label):
            label.setStyleSheet("color: black;")

        # The text in a readable column (about 65 characters a line) on the leading side,
        # the QR code as large as the page allows beside it; under it on a tall screen.
        self.text_column = ReadableColumn(65)
        self.text_column.column.addWidget(scroll)
        self.content = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.content.setSpacing(48)
        self.content.addWidget(self.text_column, 3)
        self.content.addWidget(self.qr_card, 2, Qt.AlignmentFlag.AlignTop)
        self._column = QVBoxLayout(self)
        self._column.setSpacing(24)
        self._column.addWidget(self.header)
        self._column.addLayout(self.content, 1)
        self._column.addWidget(self.header.reach)
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
        name_scroll_area(self.scroll, resource.title)  # the text, for screen readers
        self.body_label.setText(
            safe_markdown_html(resource.body or resource.summary, self.body_label.font())
        )
        url = resource.url or ""
        self.qr_card.setVisible(bool(url))
        self.qr_view.set_text(url)
        self.qr_view.setAccessibleName(url)
        self.address_label.setText(url)
        self.listen_button.set_text(
            resource.title, resource.body or resource.summary, resource.shown.lang
        )
        self.retranslate()

    def retranslate(self) -> None:
        shown = self._resource.shown
        self.header.set_fallback(shown.wanted, shown.lang)
        self.caption_label.setText(self.tr("Scan the code or type this address:"))
        self.qr_view.setAccessibleDescription(self.tr("QR code of the address"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.header.set_portrait(is_portrait(self))
        margins_follow_width(self, self._column, vertical=0.5)
        self._fit_qr()

    def _fit_qr(self) -> None:
        """A QR code that a phone reads from 50 cm: a side up to 560 px, never cut.

        Beside the text on a wide page (at most 40% of its width), under it on a tall
        one (at most 55% of its height); its caption and address wrap under it.
        """
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        header = self.header.heightForWidth(width) if self.header.hasHeightForWidth() else -1
        header = max(header, self.header.sizeHint().height())
        height = self.height() - margins.top() - margins.bottom() - header
        height -= self._column.spacing()
        if self.header.reach.holding:
            height -= self.header.reach.row_height() + self._column.spacing()
        tall = self.height() > self.width()
        self.content.setDirection(
            QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        )
        self.content.setAlignment(
            self.qr_card,
            Qt.AlignmentFlag.AlignHCenter if tall else Qt.AlignmentFlag.AlignTop,
        )
        card = self.qr_card.layout()
        room_h = height * 0.55 if tall else height
        inner = int(min(560, width - 48 if tall else width * 0.4 - 48))
        texts = self._texts_height(inner)
        side = int(min(inner, room_h - 48 - texts))
        beside = side < 200 and not tall  # a short page: the words beside the code
        card.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        if beside:
            # The largest code whose words beside it still fit the page's height.
            room = int(room_h - 48)
            side = max(160, min(inner // 2, room))
            texts = self._texts_height(inner - side - card.spacing())
            while side > 160 and texts > room:
                side = max(160, side - 16)
                texts = self._texts_height(inner - side - card.spacing())
            self.qr_view.setFixedSize(side, side)
            self.qr_card.setFixedSize(inner + 48, max(side, texts) + 48)
            return
        side = max(160, side)
        self.qr_view.setFixedSize(side, side)
        self.qr_card.setFixedSize(inner + 48, side + 48 + card.spacing() + texts)

    def _texts_height(self, width: int) -> int:
        """The caption's and address's height at `width` px, wrapped."""
        return self._card_texts.spacing() + sum(
            label.heightForWidth(width) for label in (self.caption_label, self.address_label)
        )

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
        """Stops reading aloud; here so every resource page can be closed the same way."""
        self.listen_button.stop()

    def is_playing(self) -> bool:
        return False
