"""Finding a story by words: the search field and the results page (desktop and workshop)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import SearchHit
from kiosk.ui.wording import format_date


class SearchField(QLineEdit):
    """A search box; Enter emits `search_requested(query)` (blank queries are ignored)."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchField")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self.returnPressed.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        query = self.text().strip()
        if query:
            self.search_requested.emit(query)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search stories"))
        self.setAccessibleName(self.tr("Search stories"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SearchResultsPage(QWidget):
    """The stories a search found; activating one emits `story_opened(id)`."""

    story_opened = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SearchResults")
        self._query = ""
        self._hits: list[SearchHit] = []
        self._lang = "en"
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel(objectName="SectionTitle", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results = QLabel(objectName="CardSummary", wordWrap=True)
        self.no_results.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget()
        # Every result is two lines (title; date and snippet), elided to the width: the
        # list lays out one item instead of shaping all fifty before the first paint.
        self.results.setWordWrap(False)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.no_results)
        layout.addWidget(self.results, 1)
        self.retranslate()

    @property
    def query(self) -> str:
        return self._query

    def hit_ids(self) -> list[str]:
        return [hit.story_id for hit in self._hits]

    def show_hits(self, query: str, hits: list[SearchHit], lang: str) -> None:
        self._query, self._hits, self._lang = query, list(hits), lang
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{format_date(hit.date, lang)} — {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.story_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(hits))
        self.no_results.setVisible(not hits)
        self._update_texts()

    def clear(self) -> None:
        self.show_hits("", [], self._lang)

    def focus_first(self) -> None:
        (self.results if self._hits else self.back_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, item: QListWidgetItem) -> None:
        story_id = item.data(Qt.ItemDataRole.UserRole)
        if story_id:
            self.story_opened.emit(story_id)

    def _update_texts(self) -> None:
        self.heading.setText(self.tr("Results for “%1”").replace("%1", self._query))
        self.no_results.setText(
            self.tr("No stories found for “%1”. Try another word, or browse the topics.").replace(
                "%1", self._query
            )
        )
        self.results.setAccessibleName(self.tr("Search results"))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
