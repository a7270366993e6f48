"""Finding a story by words: the search field and the results page (desktop and workshop)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import SearchHit
from kiosk.ui.widgets.clamped_label import ClampedLabel
from kiosk.ui.widgets.readable import ReadableColumn, centred, margins_follow_width
from kiosk.ui.wording import format_date

RTL_LANGUAGES = ("ar",)


def highlighted(text: str, query: str, color: str) -> str:
    """`text` as HTML with every word of `query` marked (case-insensitive), the rest escaped."""
    words = sorted({w.casefold() for w in query.split() if w.strip()}, key=len, reverse=True)
    folded = text.casefold()
    marks: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(s < end and start < e for s, e in marks):
                marks.append((start, end))
            start = folded.find(word, end)
    out, at = [], 0
    for start, end in sorted(marks):
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="background-color:{color}; font-weight:bold">')
        out.append(html.escape(text[start:end]) + "</span>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def isolated(html_text: str, lang: str) -> str:
    """A paragraph in its own language's direction, whatever the interface's direction is."""
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    return f'<div dir="{direction}">{html_text}</div>'


class SearchField(QLineEdit):
    """A search box; Enter emits `search_requested(query)` (blank queries are ignored).

    Its clear button is a 48 px touch target inside the field's trailing end (the
    built-in one is a small icon clipped by the rounded corner).
    """

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchField")
        self.setMinimumWidth(240)
        self.clear_button = QPushButton("×", self, objectName="ClearSearch")
        self.clear_button.setFixedSize(48, 48)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.clicked.connect(self._clear_and_focus)
        self.clear_button.hide()
        self.textChanged.connect(lambda text: self.clear_button.setVisible(bool(text)))
        self.returnPressed.connect(self._submit)
        self.retranslate()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), 280), max(hint.height(), 56))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), 56))

    def _clear_and_focus(self) -> None:
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_clear_button(self) -> None:
        button = self.clear_button
        y = (self.height() - button.height()) // 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = 4 if rtl else self.width() - button.width() - 4
        button.move(x, y)
        margin = button.width() + 4
        self.setTextMargins(margin if rtl else 0, 0, 0 if rtl else margin, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_clear_button()

    def _submit(self) -> None:
        query = self.text().strip()
        if query:
            self.search_requested.emit(query)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search stories"))
        self.setAccessibleName(self.tr("Search stories"))
        self.clear_button.setAccessibleName(self.tr("Clear the search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_clear_button()
        super().changeEvent(event)


class ResultCard(QPushButton):
    """One found story: its title, date and country, and a snippet with the words marked."""

    def __init__(self, hit: SearchHit, query: str, country: str, lang: str, mark: str):
        super().__init__()
        self.setObjectName("ResultCard")
        self.story_id = hit.story_id
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = ClampedLabel(2, objectName="ResultTitle")
        self.meta = QLabel(objectName="CardMeta", wordWrap=True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.snippet = QLabel(objectName="ResultSnippet", wordWrap=True)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.title.setText(hit.title)
        parts = [format_date(hit.date, lang), country]
        self.meta.setText(" · ".join(part for part in parts if part))
        self.snippet.setText(isolated(highlighted(hit.snippet, query, mark), hit.lang))
        # The story's own text reads in its own direction (an English story in the
        # Arabic interface reads left to right, its full stop at the end).
        direction = (
            Qt.LayoutDirection.RightToLeft
            if hit.lang in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        align = (
            Qt.AlignmentFlag.AlignRight if hit.lang in RTL_LANGUAGES else Qt.AlignmentFlag.AlignLeft
        )
        for label in (self.title, self.snippet):
            label.setLayoutDirection(direction)
            label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        for label in (self.title, self.meta, self.snippet):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(hit.title)
        self.setAccessibleDescription(f"{self.meta.text()}. {hit.snippet}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 18)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.snippet)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class ResultList(QScrollArea):
    """The result cards in a readable column that scrolls; Enter opens the focused one."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResultList")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column = ReadableColumn(90)
        self.column.column.setSpacing(12)
        inner = QWidget()
        inner.setLayout(centred(self.column))
        self.setWidget(inner)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.cards: list[ResultCard] = []

    def set_cards(self, cards: list[ResultCard]) -> None:
        for card in self.cards:
            self.column.column.removeWidget(card)
            card.hide()
            card.deleteLater()
        while self.column.column.count():
            self.column.column.takeAt(0)
        self.cards = list(cards)
        for card in cards:
            card.clicked.connect(lambda _=False, sid=card.story_id: self.opened.emit(sid))
            self.column.column.addWidget(card)
        self.column.column.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        if self.cards:
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cards:
            focused = next((card for card in self.cards if card.hasFocus()), self.cards[0])
            focused.click()
            return
        super().keyPressEvent(event)


class SearchResultsPage(QWidget):
    """The stories a search found; activating one emits `story_opened(id)`.

    Back and the heading stay at the top whether there are results or not; below
    them either the result cards or a calm "nothing found" message.
    """

    story_opened = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchResults")
        self._query = ""
        self._hits: list[SearchHit] = []
        self._lang = "en"
        self._countries: dict[str, str] = {}
        self.mark_color = "#DCEAF7"
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel(objectName="SectionTitle", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results = QLabel(objectName="CardSummary", wordWrap=True)
        self.no_results.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.empty = ReadableColumn(60)
        self.empty.column.addWidget(self.no_results)
        self.empty.column.addStretch(1)
        self.empty_row = QWidget()
        self.empty_row.setLayout(centred(self.empty))
        self.results = ResultList()
        self.results.opened.connect(self.story_opened)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(16)
        self._layout.addLayout(top)
        self._layout.addWidget(self.empty_row, 1)
        self._layout.addWidget(self.results, 1)
        self.retranslate()

    @property
    def query(self) -> str:
        return self._query

    def hit_ids(self) -> list[str]:
        return [hit.story_id for hit in self._hits]

    def show_hits(
        self,
        query: str,
        hits: list[SearchHit],
        lang: str,
        countries: dict[str, str] | None = None,
    ) -> None:
        """Show `hits` for `query`; `countries` maps story ids to their country's label."""
        self._query, self._hits, self._lang = query, list(hits), lang
        self._countries = dict(countries or {})
        color = self.palette().alternateBase().color().name()
        self.results.set_cards(
            [
                ResultCard(hit, query, self._countries.get(hit.story_id, ""), lang, color)
                for hit in hits
            ]
        )
        self.results.setVisible(bool(hits))
        self.empty_row.setVisible(not hits)
        self._update_texts()

    def clear(self) -> None:
        self.show_hits("", [], self._lang)

    def focus_first(self) -> None:
        if self._hits:
            self.results.focus_first()
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_texts(self) -> None:
        # The visitor's words keep their own direction inside the sentence (U+2068 FSI).
        query = f"\u2068{self._query}\u2069"
        self.heading.setText(self.tr("Results for “%1”").replace("%1", query))
        self.no_results.setText(
            self.tr("No stories found for “%1”. Try another word, or browse the topics.").replace(
                "%1", query
            )
        )
        self.results.setAccessibleName(self.tr("Search results"))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self._update_texts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        margins_follow_width(self, self._layout, vertical=0.5)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
