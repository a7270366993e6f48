"""One story as the carousel shows it: its map (or topic picture), date and country, title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import StoryCard
from kiosk.ui.icons import Icons
from kiosk.ui.widgets.clamped_label import ClampedLabel
from kiosk.ui.widgets.locator_map import LocatorMap
from kiosk.ui.wording import fallback_note, meta_line

SUMMARY_CHARS = 320
TITLE_MAX_LINES = 3


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """Cut `text` at a word boundary so a card never overflows."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:") + "…"


class StoryCardView(QFrame):
    """Shows one StoryCard; a tap, Enter or the "Read the story" button opens it."""

    open_requested = Signal(str)

    def __init__(self, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StoryCardView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._card: StoryCard | None = None
        self._lang = "en"
        self._country = ""
        self.illustration = LocatorMap(icons, self)
        self.meta = QLabel(objectName="CardMeta")
        # At most 3 lines, fewer when the card is short; the last ends in "…", never cut.
        self.title = ClampedLabel(TITLE_MAX_LINES, objectName="CardTitle")
        self.summary = QLabel(objectName="CardSummary", wordWrap=True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fallback = QLabel(objectName="FallbackNote", wordWrap=True)
        self.credit = QLabel(objectName="Credit", wordWrap=True)
        self.read_button = QPushButton(objectName="PrimaryButton")
        self.read_button.clicked.connect(self._open)
        # The title keeps its lines; the summary gives way when the card is short.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.summary.setMinimumHeight(0)
        self.empty = QLabel(objectName="CardSummary", wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.meta, self.title, self.summary, self.fallback, self.credit, self.empty):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(
                label.sizePolicy().horizontalPolicy(), label.sizePolicy().verticalPolicy()
            )

        text = QVBoxLayout()
        text.setSpacing(14)
        self._text_column = text
        text.addWidget(self.meta)
        text.addWidget(self.title)
        text.addWidget(self.fallback)
        text.addWidget(self.summary, 1)
        text.addWidget(self.credit)
        text.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 28, 20)
        layout.setSpacing(28)
        layout.addWidget(self.illustration, 5)
        layout.addLayout(text, 6)
        layout.addWidget(self.empty)
        self.retranslate()
        self.show_card(None)

    @property
    def card(self) -> StoryCard | None:
        return self._card

    def show_card(self, card: StoryCard | None, lang: str = "en", country: str = "") -> None:
        """Show `card` (country: its label in the interface language); None shows "no stories"."""
        self._card, self._lang, self._country = card, lang, country
        has_card = card is not None
        for widget in (self.illustration, self.meta, self.title, self.read_button):
            widget.setVisible(has_card)
        self._fit_summary()
        self.empty.setVisible(not has_card)
        if card is None:
            self.fallback.hide()
            self.credit.hide()
            self.setAccessibleName(self.empty.text())
            return
        self.illustration.show_story(card.id, card.country, country, card.tags, card.image)
        self.title.setText(card.title)
        self.summary.setText(shorten(card.summary))
        rtl = card.shown.lang == "ar"
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        # Story text follows its own language's direction, whatever the interface is.
        for label in (self.title, self.summary):
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            label.setAlignment(
                align | Qt.AlignmentFlag.AlignTop if label is self.summary else align
            )
        self._update_texts()

    def _update_texts(self) -> None:
        card = self._card
        if card is None:
            return
        self.meta.setText(meta_line(card.date, self._country or None, self._lang))
        note = fallback_note(card.shown)
        self.fallback.setText(note)
        self.fallback.setVisible(bool(note))
        # The picture is a map or a drawing, never the photo `credit` names: no photo credit.
        self.credit.setVisible(False)
        self.setAccessibleName(card.title)
        self.setAccessibleDescription(self.tr("Story. Press Enter to read it."))
        self._fit_title()

    def retranslate(self) -> None:
        self.read_button.setText(self.tr("Read the story"))
        self.read_button.setAccessibleName(self.tr("Read the story"))
        self.empty.setText(self.tr("No stories to show."))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    #: Below this card height the summary is left out rather than cut mid-line.
    SUMMARY_MIN_HEIGHT = 380

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    def _fit_summary(self) -> None:
        roomy = self.height() >= self.SUMMARY_MIN_HEIGHT
        self.summary.setVisible(self._card is not None and roomy)
        # A short card (1280x800) packs its lines closer, so the title keeps two lines.
        self._text_column.setSpacing(14 if roomy else 8)
        self._fit_title()

    def _fit_title(self) -> None:
        """Give the title the lines the card has left after its other texts (1 to 3)."""
        width = self.title.width()
        layout = self.layout()
        if self._card is None or width <= 0 or layout is None:
            return
        margins = layout.contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        spacing = self._text_column.spacing()
        for widget in (self.meta, self.fallback, self.credit, self.read_button):
            if widget.isVisibleTo(self):
                hint = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
                room -= (hint if hint > 0 else widget.sizeHint().height()) + spacing
        if self.summary.isVisibleTo(self):
            room -= 3 * self.summary.fontMetrics().lineSpacing() + spacing
        lines = int(room // max(1, self.title.fontMetrics().lineSpacing()))
        self.title.set_max_lines(max(1, min(TITLE_MAX_LINES, lines)))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._open()
            return
        super().keyPressEvent(event)

    def _open(self) -> None:
        if self._card is not None:
            self.open_requested.emit(self._card.id)
