"""Finding a story by words: the search field and the results page (desktop and workshop)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Shown
from kiosk.content.page_model import SearchHit
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.pages.reach import ReachRow, is_portrait
from kiosk.ui.pages.resource_header import set_icon
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.theme import CALM, HIGH_CONTRAST, Colors
from kiosk.ui.widgets.clamped_label import clamp_text
from kiosk.ui.widgets.focus_ring import PROPERTY as FOCUS_PROPERTY
from kiosk.ui.widgets.readable import (
    ReadableColumn,
    centred,
    line_height,
    margins_follow_width,
    readable_width,
)
from kiosk.ui.widgets.search_field import SearchField  # noqa: F401 (it lived here)
from kiosk.ui.wording import fallback_note, format_date

RTL_LANGUAGES = ("ar",)


def marked_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every word of `query` in `text` (case-insensitive), in text order."""
    words = sorted({w.casefold() for w in query.split() if w.strip()}, key=len, reverse=True)
    folded = text.casefold()
    if len(folded) != len(text):  # a letter folds to several (ß -> ss): match per letter
        folded = "".join(char.casefold()[:1] or char for char in text)
    marks: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(s < end and start < e for s, e in marks):
                marks.append((start, end))
            start = folded.find(word, end)
    return sorted(marks)


class ResultModel(QAbstractListModel):
    """The hits of one search: a row per story (title, date and country, snippet)."""

    STORY_ID = Qt.ItemDataRole.UserRole
    HIT = Qt.ItemDataRole.UserRole + 1
    META = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.query = ""
        self._meta: list[str] = []

    def set_hits(self, hits: list[SearchHit], query: str, metas: list[str]) -> None:
        self.beginResetModel()
        self.hits, self.query, self._meta = list(hits), query, list(metas)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.title
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{self._meta[index.row()]}. {hit.snippet}"
        if role == self.STORY_ID:
            return hit.story_id
        if role == self.HIT:
            return hit
        if role == self.META:
            return self._meta[index.row()]
        return None


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _laid_out(
    text: str,
    font: QFont,
    width: float,
    direction: Qt.LayoutDirection,
    marks: list[tuple[int, int]] = (),
    mark_color: QColor | None = None,
) -> QTextLayout:
    """`text` wrapped at `width` in `font`, in its own direction, with `marks` highlighted."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(direction)
    option.setAlignment(
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    layout.setTextOption(option)
    if marks and mark_color is not None:
        ranges = []
        for start, end in marks:
            span = QTextLayout.FormatRange()
            span.start = _utf16_length(text[:start])
            span.length = _utf16_length(text[start:end])
            span.format.setBackground(mark_color)
            span.format.setFontWeight(QFont.Weight.Bold)
            ranges.append(span)
        layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


class ResultDelegate(QStyledItemDelegate):
    """Paints a hit as a card: title (2 lines at most), date and country, snippet (3 lines).

    The view paints only the rows on screen, and with many hits every row is as tall
    (room for the longest title and snippet, in the tallest script), so it measures
    one row, not fifty; with a screenful or fewer each card fits its text. Title and
    snippet are laid out once per width and kept. The title and the
    snippet read in the story's own direction (an English story in the Arabic
    interface reads left to right), the query's words marked in the snippet.
    """

    TITLE_LINES = 2
    SNIPPET_LINES = 3
    PAD = (24, 16, 24, 18)  # left, top, right, bottom inside the card
    GAP = 6  # between title, meta line and snippet
    SPACING = 12  # between cards
    READABLE_CHARS = 90

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        self._cache: dict[tuple, tuple[QTextLayout, QTextLayout]] = {}
        self._fonts: tuple[str, tuple[QFont, QFont, QFont], tuple[int, int, int]] | None = None

    # -- fonts and sizes (from the view's font, which the theme's text size sets) --
    def fonts(self) -> tuple[QFont, QFont, QFont]:
        """Title, meta line and snippet fonts (from the view's font, which the theme sets)."""
        return self._measures()[0]

    def _measures(self) -> tuple[tuple[QFont, QFont, QFont], tuple[int, int, int]]:
        """The fonts and the tallest line of each (across scripts), worked out once per font."""
        base = self.view.font()
        key = base.key()
        if self._fonts is None or self._fonts[0] != key:
            size = base.pointSizeF() if base.pointSizeF() > 0 else 12.0
            title, meta, body = QFont(base), QFont(base), QFont(base)
            title.setPointSizeF(size * 15 / 12)
            title.setBold(True)
            meta.setPointSizeF(size * 11 / 12)
            fonts = (title, meta, body)
            self._fonts = (key, fonts, tuple(line_height(font) for font in fonts))
        return self._fonts[1], self._fonts[2]

    def card_width(self) -> int:
        room = self.view.viewport().width()
        return max(200, min(room, readable_width(self.view, self.READABLE_CHARS)))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """With a screenful of hits or fewer, as tall as this hit's card; with more, as
        tall as the longest card can be (every row alike, so the view measures one row
        instead of fifty)."""
        _fonts, (title_h, meta_h, body_h) = self._measures()
        _left, top, _right, bottom = self.PAD
        height = top + meta_h + 2 * self.GAP + bottom + self.SPACING
        hit: SearchHit | None = index.data(ResultModel.HIT)
        if self.view.uniformItemSizes() or hit is None:
            height += self.TITLE_LINES * title_h + self.SNIPPET_LINES * body_h
        else:
            title, snippet = self._layouts(hit)
            height += title.boundingRect().height() + snippet.boundingRect().height()
        return QSize(self.view.viewport().width(), round(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(ResultModel.HIT)
        if hit is None:
            return
        colors = _colors()
        (_title_font, meta_font, _body_font), (_title_h, meta_h, _body_h) = self._measures()
        width = self.card_width()
        card = QRectF(
            (self.view.viewport().width() - width) / 2,
            option.rect.y(),
            width,
            option.rect.height() - self.SPACING,
        )
        focused = (
            bool(option.state & QStyle.StateFlag.State_HasFocus)
            and self.view.hasFocus()
            and bool(self.view.property(FOCUS_PROPERTY))
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = 3 if focused else 1
        painter.setPen(QPen(QColor(colors.focus if focused else colors.border), border))
        painter.setBrush(QColor(colors.surface))
        inset = border / 2
        painter.drawRoundedRect(card.adjusted(inset, inset, -inset, -inset), 16, 16)
        left, top, right, _bottom = self.PAD
        inner = width - left - right
        title, snippet = self._layouts(hit)
        x, y = card.x() + left, card.y() + top
        painter.setPen(QColor(colors.text))
        title.draw(painter, QPointF(x, y))
        y += title.boundingRect().height() + self.GAP
        painter.setPen(QColor(colors.muted))
        meta = _laid_out(
            index.data(ResultModel.META), meta_font, inner, self.view.layoutDirection()
        )
        meta.draw(painter, QPointF(x, y))
        y += meta_h + self.GAP
        painter.setPen(QColor(colors.text))
        snippet.draw(painter, QPointF(x, y))
        painter.restore()

    def _layouts(self, hit: SearchHit) -> tuple[QTextLayout, QTextLayout]:
        """The hit's title (2 lines at most) and snippet (3, the query marked), laid out in
        the story's own direction for the current width, fonts and colours (cached)."""
        (title_font, _meta, body_font), _heights = self._measures()
        left, _top, right, _bottom = self.PAD
        width = self.card_width() - left - right
        model = self.view.model()
        query = model.query if isinstance(model, ResultModel) else ""
        mark = _colors().accent_soft
        key = (hit, width, title_font.key(), body_font.key(), query, mark)
        if key not in self._cache:
            if len(self._cache) > 200:
                self._cache.clear()
            own = (
                Qt.LayoutDirection.RightToLeft
                if hit.lang in RTL_LANGUAGES
                else Qt.LayoutDirection.LeftToRight
            )
            # A few pixels to spare, as ClampedLabel: bold marks widen a line a little.
            title = clamp_text(hit.title, title_font, width - 4, self.TITLE_LINES, own)
            snippet = clamp_text(hit.snippet, body_font, width - 24, self.SNIPPET_LINES, own)
            self._cache[key] = (
                _laid_out(title, title_font, width, own),
                _laid_out(
                    snippet, body_font, width, own, marked_spans(snippet, query), QColor(mark)
                ),
            )
        return self._cache[key]


def _colors() -> Colors:
    app = QApplication.instance()
    return HIGH_CONTRAST if app is not None and app.property("highContrast") else CALM


class ResultList(QListView):
    """The hits as cards in a readable column that scrolls; a tap or Enter opens one.

    Model/view: only the rows on screen are laid out and painted, so the page is
    ready as fast for fifty hits at 10,000 stories as for one.
    """

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResultList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(False)
        self.result_model = ResultModel(self)
        self.setModel(self.result_model)
        self.setItemDelegate(ResultDelegate(self))
        self.clicked.connect(self._open)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    # Up to this many hits each card is as tall as its text; more share one height.
    FITTED_HITS = 8

    def set_hits(self, hits: list[SearchHit], query: str, metas: list[str]) -> None:
        self.setUniformItemSizes(len(hits) > self.FITTED_HITS)
        self.result_model.set_hits(hits, query, metas)
        if hits:
            self.setCurrentIndex(self.result_model.index(0))
        self.verticalScrollBar().setValue(0)

    def hit_ids(self) -> list[str]:
        return [hit.story_id for hit in self.result_model.hits]

    def focus_first(self) -> None:
        if self.result_model.hits:
            self.setCurrentIndex(self.result_model.index(0))
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, index: QModelIndex) -> None:
        story_id = index.data(ResultModel.STORY_ID)
        if story_id:
            self.opened.emit(story_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.result_model.hits:
            index = self.currentIndex()
            self._open(index if index.isValid() else self.result_model.index(0))
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.DynamicPropertyChange
            and event.propertyName() == FOCUS_PROPERTY.encode()
        ):
            self.viewport().update()  # the focus ring is painted by the delegate
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()  # row heights follow the text size


class SearchResultsPage(QWidget):
    """The stories a search found; activating one emits `story_opened(id)`.

    Back and the heading stay at the top whether there are results or not (Back at the
    bottom, within reach, on a portrait stand); below
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
        self.heading = PlainLabel(objectName="SectionTitle", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results = PlainLabel(objectName="CardSummary", wordWrap=True)
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
        self._top = top
        # Back at the bottom of a portrait page, within reach (see resizeEvent).
        self.reach = ReachRow(self)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(16)
        self._layout.addLayout(top)
        self._layout.addWidget(self.empty_row, 1)
        self._layout.addWidget(self.results, 1)
        self._layout.addWidget(self.reach)
        self.retranslate()

    @property
    def query(self) -> str:
        return self._query

    def hit_ids(self) -> list[str]:
        return self.results.hit_ids()

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
        self.results.set_hits(self._hits, query, [self._meta(hit) for hit in hits])
        self.results.setVisible(bool(hits))
        self.empty_row.setVisible(not hits)
        self._update_texts()

    def _meta(self, hit: SearchHit) -> str:
        """Date, country and, for a story found in another language, "Published in English"
        (as the story's card and page say it)."""
        parts = (
            format_date(hit.date, self._lang),
            self._countries.get(hit.story_id, ""),
            fallback_note(Shown(self._lang, hit.lang)),
        )
        return " · ".join(part for part in parts if part)

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
        name_scroll_area(self.results, self.tr("Search results"))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        # The arrow of every other page's Back, pointing the way the page reads.
        set_icon(
            self.back_button, "fa5s.arrow-right" if self.isRightToLeft() else "fa5s.arrow-left"
        )
        self._update_texts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        portrait = is_portrait(self)
        if portrait and not self.reach.holding:
            self.reach.hold([self.back_button], [], self._top)
        elif not portrait and self.reach.holding:
            self.reach.give_back(
                lambda button, top: top.insertWidget(0, button, 0, Qt.AlignmentFlag.AlignTop)
            )
        margins_follow_width(self, self._layout, vertical=0.5)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)
