"""The story page: its picture (a locator map or its topic), a reading column, and ways on.

Landscape: the picture with the story's chips, related stories and related help on
one side, the reading column (about 70 characters a line) on the other. Portrait:
the picture on top, the text below it, the rest under the text. Previous and Next
follow the carousel's active filter (the window passes them in a StoryContext).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Resource, StoryCard
from kiosk.content.page_model import Story
from kiosk.i18n import RTL_LANGUAGES
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.icons import Icons
from kiosk.ui.markdown import render_safe_markdown
from kiosk.ui.pages.content_note import ContentNote
from kiosk.ui.pages.reach import ReachRow
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.widgets.clamped_label import ClampedLabel
from kiosk.ui.widgets.flow_box import FlowBox
from kiosk.ui.widgets.listen_button import ListenButton
from kiosk.ui.widgets.locator_map import LocatorMap
from kiosk.ui.widgets.readable import line_height, margin_for
from kiosk.ui.widgets.resource_cards import ResourceCard
from kiosk.ui.window_modes import visitor_text_flags
from kiosk.ui.wording import fallback_note, format_date

# Story text laid out per step: about 30 ms of work, so that a very long story (which a
# content editor was warned about) never freezes the interface while it opens.
CHUNK_CHARS = 30_000
# Between the parts of the note on the version shown (as between date and country).
NOTE_SEPARATOR = "  ·  "


def markdown_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut at paragraph breaks (blank lines outside code fences) into ~`size` pieces."""
    if len(text) <= size:
        return [text]
    chunks, start, fenced = [], 0, False
    position = 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and not line.strip() and position - start >= size:
            chunks.append(text[start:position])
            start = position
    if start < len(text):
        chunks.append(text[start:])
    return chunks


class StoryBody(QTextBrowser):
    """Read-only story text that never opens or loads anything."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StoryBody")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Mouse selection only: keyboard selection would draw a text cursor in the story.
        # The arrow and page keys still scroll it, and it keeps its place in the Tab order.
        # None at all in a locked kiosk (window_modes.visitor_text_flags).
        self.setTextInteractionFlags(
            visitor_text_flags(Qt.TextInteractionFlag.TextSelectableByMouse)
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pending: list[str] = []
        # Plain lines after the story (its source), and where they start in the document.
        self._tail: list[tuple[str, Qt.LayoutDirection]] = []
        self._tail_start: int | None = None

    def show_markdown(self, text: str) -> None:
        """Show story Markdown: the first part at once, the rest appended chunk by chunk."""
        self._pending = markdown_chunks(text)
        self._tail_start = None
        render_safe_markdown(self.document(), self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self, self._append_next)
        else:
            self._write_tail()

    def set_tail(self, lines: list[tuple[str, Qt.LayoutDirection]]) -> None:
        """Plain lines (text, direction) shown in smaller type after the whole story."""
        if lines == self._tail and self._tail_start is not None:
            return
        self._tail = lines
        if self.complete:
            self._write_tail()

    def tail_text(self) -> str:
        return "\n".join(text for text, _ in self._tail)

    def _write_tail(self) -> None:
        cursor = QTextCursor(self.document())
        if self._tail_start is not None:  # replace the lines written before
            cursor.setPosition(self._tail_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._tail_start = cursor.position()
        small = QTextCharFormat()
        small.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        for index, (text, direction) in enumerate(self._tail):
            block = QTextBlockFormat()
            block.setTopMargin(12 if index == 0 else 0)
            block.setLayoutDirection(direction)
            cursor.insertBlock(block, small)
            cursor.insertText(text, small)

    @property
    def complete(self) -> bool:
        """Whether the whole text is in the document (long stories fill in over a moment)."""
        return not self._pending

    def _append_next(self) -> None:
        if not self._pending:
            return
        part = QTextDocument()
        render_safe_markdown(part, self._pending.pop(0))
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertFragment(QTextDocumentFragment(part))
        if self._pending:
            QTimer.singleShot(0, self, self._append_next)
        else:
            self._write_tail()

    def loadResource(self, kind: int, name: QUrl):
        return None  # stories are text: never read files or the network for them

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            event.ignore()  # let the window go back
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class StoryContext:
    """What the page shows around a story, worked out by the window for the active filter."""

    previous_id: str | None = None
    next_id: str | None = None
    related: tuple[StoryCard, ...] = ()  # up to three stories with its topic or country
    help: tuple[Resource, ...] = ()  # resource pages that help (Trust Fund, First Aid Kit)
    country_label: str = ""  # the story's country in the interface language
    tag_labels: dict[str, str] = field(default_factory=dict)  # tag -> interface label
    publisher_label: str = ""  # the publisher as named in the interface language
    related_countries: dict[str, str] = field(default_factory=dict)  # for the small maps


# Tags whose stories offer a resource page as related help (tag -> resource id).
HELP_FOR_TAGS = {"trust-fund": "trust-fund", "law-enforcement": "first-aid-kit"}

# The reading column holds about this many characters a line (45-75 is comfortable).
LINE_CHARACTERS = 68
# Related stories give way before the story text has fewer lines than this.
BODY_LINES = 6
# The title gives up its third line before the story text has fewer lines than this.
MIN_BODY_LINES = 4
# The story title wraps to this many lines at most (then ends in "…" at a whole word).
TITLE_LINES = 3
# A picture lower than this is left out rather than shown as a strip.
HERO_MIN = 120
# Landscape: the text column is a smaller type (and the picture gives way) when the
# page holds fewer lines of story text than this.
ROOMY_LINES = 20


class RelatedStoryCard(QPushButton):
    """A related story: its small map (or topic) and its title, two lines at most."""

    LINES = 2

    def __init__(self, card: StoryCard, country_label: str, icons: Icons, parent=None):
        super().__init__(parent)
        self.setObjectName("ResourceCard")
        self.story_id = card.id
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picture = LocatorMap(icons, radius=8)
        self.picture.setMinimumSize(84, 54)
        self.picture.setFixedSize(84, 54)
        self.picture.show_story(card.id, card.country, "", card.tags, card.image)
        self.title = ClampedLabel(self.LINES, objectName="ResourceTitle")
        self.title.setText(card.title)
        rtl = card.shown.lang in RTL_LANGUAGES
        self.title.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (self.picture, self.title):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 14, 8)
        layout.setSpacing(12)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.title, 1)
        self.setAccessibleName(card.title)
        if country_label:
            self.setAccessibleDescription(country_label)

    def card_height(self) -> int:
        """Two title lines (in the tallest script) and the margins; 72 px at least."""
        self.title.ensurePolished()
        margins = self.layout().contentsMargins()
        lines = self.LINES * line_height(self.title.font())
        return max(72, lines + margins.top() + margins.bottom() + 6)

    def sizeHint(self) -> QSize:
        return QSize(320, self.card_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.card_height())


class StoryPage(QWidget):
    """Shows one Story; sensitive stories show a ContentNote until the visitor continues."""

    back_requested = Signal()
    story_requested = Signal(str)  # previous, next or a related story
    filter_requested = Signal(str, str)  # a country or topic chip: ("country"|"tag", key)
    resource_requested = Signal(str)  # related help

    def __init__(
        self,
        parent: QWidget | None = None,
        icons: Icons | None = None,
        read_aloud: ReadAloud | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("StoryPage")
        self._icons = icons or Icons(self)
        self._story: Story | None = None
        self._lang = "en"
        self._context = StoryContext()
        self._note_accepted = False
        self._note_shown = False  # the content note stands in for the text
        self._portrait: bool | None = None

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        # Reads the title and text aloud (hidden where the story's language has no voice).
        self.listen_button = ListenButton(read_aloud)
        self.back_requested.connect(self.listen_button.stop)
        self.previous_button = QPushButton(objectName="StoryStep")
        self.next_button = QPushButton(objectName="StoryStep")
        self.previous_button.clicked.connect(lambda: self._step(self._context.previous_id))
        self.next_button.clicked.connect(lambda: self._step(self._context.next_id))

        # -- the picture and what goes with it ------------------------------------------
        self.hero = LocatorMap(self._icons, radius=20)
        self.hero.setObjectName("StoryHero")
        self.chips_box = FlowBox(spacing=8)
        self.chips = self.chips_box
        self.related_title = PlainLabel(objectName="SectionTitle")
        self.related_box = QVBoxLayout()
        self.related_box.setSpacing(8)
        self.help_title = PlainLabel(objectName="SectionTitle")
        self.help_box = QVBoxLayout()
        self.help_box.setSpacing(8)
        self.help_panel = QWidget(objectName="StoryHelp")
        help_panel = QVBoxLayout(self.help_panel)
        help_panel.setContentsMargins(0, 0, 0, 0)
        help_panel.setSpacing(8)
        help_panel.addWidget(self.help_title)
        help_panel.addLayout(self.help_box)
        self.aside = QWidget(objectName="StoryAside")
        aside = QVBoxLayout(self.aside)
        aside.setContentsMargins(0, 0, 0, 0)
        aside.setSpacing(8)
        aside.addWidget(self.related_title)
        aside.addLayout(self.related_box)

        # -- the reading column --------------------------------------------------------
        # Wraps first; a title longer than its line budget ends in "…" at a whole word,
        # with the full title as tooltip and accessible name.
        self.title = ClampedLabel(TITLE_LINES, objectName="StoryTitle")
        # One note on the version shown: its language when it is not the visitor's ("Published
        # in English"), who translated it (a version the publishing organisation translated
        # itself is never shown as original) and whether it is an excerpt, in one banner.
        self.fallback = PlainLabel(objectName="FallbackNote", wordWrap=True)
        self.content_note = ContentNote(self)
        self.content_note.continue_requested.connect(self.accept_content_note)
        self.content_note.back_requested.connect(self.back_requested)
        self.body = StoryBody(self)
        for label in (self.title, self.fallback):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Takes the column's room while the content note stands in for the text.
        self._column_filler = QWidget()
        self._column_filler.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        self.reading = QWidget(objectName="StoryColumn")
        self._column = QVBoxLayout(self.reading)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(12)
        for widget in (
            self.title,
            self.fallback,
            self.content_note,
            self.body,
            self._column_filler,
        ):
            self._column.addWidget(widget)
        self._column.setStretch(self._column.indexOf(self.body), 1)
        self._column.setStretch(self._column.indexOf(self._column_filler), 1)

        self.main = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.main.setSpacing(40)
        # Landscape columns. Widgets only ever move between layouts with removeWidget and
        # addWidget: no layout is taken apart or deleted (PySide owns what takeAt returns).
        self.side_column = QWidget(objectName="StorySide")
        self._side = QVBoxLayout(self.side_column)
        self._side.setContentsMargins(0, 0, 0, 0)
        self._side.setSpacing(16)
        self._side.addStretch(1)  # under the picture's caption when the picture is small
        self.text_column = QWidget(objectName="StoryText")
        self._text = QVBoxLayout(self.text_column)
        self._text.setContentsMargins(0, 0, 0, 0)
        self._text.setSpacing(16)
        # Portrait: what the page's text does not need stays under it, not inside it.
        # A child of the page from the start (hidden until the portrait layout takes
        # it): a widget without a parent is Python's to delete, whenever the garbage
        # collector frees the page (kiosk/ui/theme.no_collection_during_walk).
        self._page_filler = QWidget(self)
        self._page_filler.hide()
        self._page_filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # Landscape: Back and Listen at the top, Previous and Next beside them (the text
        # keeps the page's height). Portrait: all at the bottom within reach, Previous
        # and Next in a row, Back and Listen in the row under it.
        self._top = QHBoxLayout()
        self._top.setSpacing(12)
        self._top.addWidget(self.back_button)
        self._top.addStretch(1)
        self._top.addWidget(self.listen_button)
        self.steps = QWidget(objectName="StorySteps")
        self._steps = QHBoxLayout(self.steps)
        self._steps.setContentsMargins(0, 0, 0, 0)
        self._steps.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.setSpacing(12)
        layout.addLayout(self._top)
        layout.addLayout(self.main, 1)
        layout.addWidget(self.steps)
        self.reach = ReachRow(self)
        layout.addWidget(self.reach)
        self._arrange(portrait=False)
        self._icons.ready.connect(self._update_icons)
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------
    def _arrange(self, portrait: bool) -> None:
        """Picture beside the text (landscape) or above it (portrait, 1080x1920).

        Landscape: Back, Previous and Next on one row; the picture, its chips and related
        help on one side; the reading column, then related stories, on the other. Portrait: all in one column, the picture in the top third (out of
        reach, for the eye), what is touched below, Previous and Next, then Back and
        Listen, at the bottom.
        """
        if portrait == self._portrait:
            return
        self._portrait = portrait
        parts = (self.hero, self.chips_box, self.reading, self.help_panel, self.aside)
        for layout in (self.main, self._side, self._text):
            for widget in (*parts, self.side_column, self.text_column, self._page_filler):
                layout.removeWidget(widget)
        for widget in (self.previous_button, self.next_button):
            self._top.removeWidget(widget)
            self._steps.removeWidget(widget)
        centre = Qt.AlignmentFlag.AlignHCenter
        if portrait:
            self.side_column.hide()
            self.text_column.hide()
            self.main.setDirection(QBoxLayout.Direction.TopToBottom)
            self.main.setSpacing(20)
            self.main.addWidget(self.hero, 0)
            self.main.addWidget(self.chips_box, 0, centre)
            self.main.addWidget(self.reading, 0, centre)
            self.main.addWidget(self.help_panel, 0, centre)
            self.main.addWidget(self.aside, 0, centre)
            self.main.addWidget(self._page_filler, 1)
            self._page_filler.show()
            self._steps.addWidget(self.previous_button)
            self._steps.addStretch(1)
            self._steps.addWidget(self.next_button)
            self.steps.show()
            self.reach.hold([self.back_button], [self.listen_button], self._top)
        else:
            self._page_filler.hide()
            self.main.setDirection(QBoxLayout.Direction.LeftToRight)
            self.main.setSpacing(40)
            # Before the side's trailing stretch, in this order.
            for widget in (self.hero, self.chips_box, self.help_panel):
                self._side.insertWidget(self._side.count() - 1, widget)
            self._side.setStretch(self._side.indexOf(self.hero), 1)
            self._text.addWidget(self.reading, 1)
            self._text.addWidget(self.aside)
            self.main.addWidget(self.side_column, 5)
            self.main.addWidget(self.text_column, 6)
            self.side_column.show()
            self.text_column.show()
            self.reach.give_back(self._put_back)
            self._top.addWidget(self.previous_button)
            self._top.addWidget(self.next_button)
            self.steps.hide()
        self._fit()

    def _put_back(self, widget: QWidget, _home: object) -> None:
        """Back and Listen in the top row again (landscape): Back first, Listen after the
        stretch."""
        if widget is self.back_button:
            self._top.insertWidget(0, widget)
        else:
            self._top.addWidget(widget)

    def _fit(self) -> None:
        """Share the page's height out so that nothing is cut and the text stays readable.

        The reading column is about LINE_CHARACTERS characters a line in the story's
        script. In it the title takes up to TITLE_LINES lines (two when the text would
        keep fewer than MIN_BODY_LINES lines); the text scrolls in what is left. The
        picture takes what the other parts leave it (left out below HERO_MIN px);
        related stories are shown while the text keeps BODY_LINES lines.
        """
        if self._portrait is None:
            return
        margin = margin_for(self.width(), low=24, high=96)
        self.layout().setContentsMargins(margin, 16, margin, 12)
        body_line = self.body.fontMetrics().lineSpacing()
        metrics = QFontMetricsF(self.body.font())
        sample = " ".join(self.body.toPlainText().split())[:400] or "x" * 40
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        wide = self._story is not None and self._story.shown.lang == "zh"
        column_max = int(per_char * (LINE_CHARACTERS // 2 if wide else LINE_CHARACTERS) + 24)
        self.reading.setMaximumWidth(column_max)
        note = self._note_shown
        self._size_cards()
        content_width = self.width() - 2 * margin
        spacing = self.layout().spacing()
        # Back and Listen: the top row, or (portrait) the row at the bottom; as high.
        top_row = self.back_button.sizeHint().height()
        if not self.listen_button.isHidden():
            top_row = max(top_row, self.listen_button.sizeHint().height())
        if not self._portrait:
            top_row = max(top_row, self.previous_button.sizeHint().height())
        height = self.height() - 16 - 12 - top_row - spacing
        if self._portrait:
            height -= self.previous_button.sizeHint().height() + spacing
            self._fit_portrait(content_width, height, column_max, body_line, note)
        else:
            self._fit_landscape(content_width, height, column_max, body_line, note)

    def _set_compact(self, compact: bool) -> None:
        """A smaller title type and tighter note on a short page (laptop, larger text)."""
        if bool(self.title.property("compact")) != compact:
            self.title.setProperty("compact", compact)
            # Re-styled after this event: this runs in resize events, which also come in
            # the middle of an application-wide style sheet change.
            QTimer.singleShot(0, self, self._restyle_title)
        self.content_note.set_compact(compact)

    def _restyle_title(self) -> None:
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self._fit()

    def _title_height(self, width: int, lines: int) -> int:
        """The title's height wrapped at `width` within `lines` lines."""
        return self.title.height_for(width, lines)

    def _banners_height(self, width: int) -> int:
        """The reading column's note above the text ("Published in English", ...)."""
        if self.fallback.isHidden():
            return 0
        return self.fallback.heightForWidth(width) + self._column.spacing()

    def _size_cards(self) -> None:
        """Related help and stories: two title lines high in the current type."""
        for card in (*getattr(self, "help_cards", []), *getattr(self, "related_cards", [])):
            # Fixed: a layout would give it the height its wrapped title asks for, without
            # the room for a second line. Polished first: the style sheet's min-height
            # would undo it later.
            card.ensurePolished()
            card.setFixedHeight(card.card_height())

    def _help_height(self) -> int:
        if self.help_panel.isHidden():
            return 0
        cards = getattr(self, "help_cards", [])
        return (
            self.help_title.sizeHint().height()
            + sum(card.sizeHint().height() + 8 for card in cards)
            + 8 * bool(cards)
        )

    def _reading_height(self, width: int, title_lines: int, note: bool) -> int:
        """The reading column without its text: title, notes and (if shown) content note."""
        needed = self._title_height(width, title_lines) + self._column.spacing()
        needed += self._banners_height(width)
        if note:
            self._note_for(width)
            needed += self.content_note.heightForWidth(width) + self._column.spacing()
        return needed

    def _fit_landscape(
        self, width: int, height: int, column_max: int, body_line: int, note: bool
    ) -> None:
        self._set_compact(height < ROOMY_LINES * body_line)
        for panel in (self.aside, self.help_panel, self.chips_box):
            panel.setMinimumWidth(0)
            panel.setMaximumWidth(16777215)
        # The content note has the page to itself: the picture and help come with the text.
        self.side_column.setVisible(not note)
        gap = self.main.spacing()
        side = 0 if note else (width - gap) * 5 // 11
        text = width if note else width - gap - side
        reading = min(text, column_max)
        if not note:
            self.side_column.setFixedWidth(side)
        self.reading.setMinimumWidth(reading)
        self.reading.setMaximumWidth(column_max)
        self.aside.setMaximumWidth(reading)  # related stories line up with the text
        self._text.setAlignment(
            self.reading, Qt.AlignmentFlag.AlignHCenter if note else Qt.AlignmentFlag(0)
        )
        self._note_beside(False)
        if note and self._reading_height(reading, TITLE_LINES, note) > height:
            # Title and note one under the other would not fit: the title on the left,
            # the note beside it (a laptop with larger text).
            return self._note_beside(True, text, height)
        lines = TITLE_LINES
        if self._reading_height(reading, lines, note) + MIN_BODY_LINES * body_line > height:
            lines = TITLE_LINES - 1
        room = height - self._set_reading(reading, lines, note)
        self.body.setMinimumHeight(max(2 * body_line, min(MIN_BODY_LINES * body_line, room)))
        self.body.setMaximumHeight(16777215)
        self._fit_related(room - BODY_LINES * body_line)
        if note:
            return
        # The side: the picture takes what its caption, chips and help leave it.
        spacing = self._side.spacing()
        below = self._chips_height(side) + spacing + self._help_height() + spacing
        self._show_hero(min(height - below, side * 3 // 4))

    def _fit_portrait(
        self, width: int, height: int, column_max: int, body_line: int, note: bool
    ) -> None:
        self._set_compact(False)
        self._note_beside(False)
        self.side_column.setMinimumWidth(0)
        self.side_column.setMaximumWidth(16777215)
        reading = min(width, column_max)
        for panel in (self.aside, self.help_panel, self.chips_box, self.reading):
            panel.setFixedWidth(reading)
        gap = self.main.spacing()
        lines = TITLE_LINES
        fixed = self._chips_height(reading) + gap
        fixed += self._help_height() + gap if not self.help_panel.isHidden() else 0
        least = fixed + MIN_BODY_LINES * body_line + HERO_MIN + gap
        if least + self._reading_height(reading, lines, note) > height:
            lines = TITLE_LINES - 1
        fixed += self._set_reading(reading, lines, note) + gap
        # The picture: a quarter of the page, more when the text is short, a strip never.
        largest = min(width * 9 // 16, height * 2 // 5)
        picture = min(largest, max(HERO_MIN, height // 4))
        text = self._text_height(reading) if not note else 0
        room = height - fixed - picture - gap
        if room < MIN_BODY_LINES * body_line:
            picture = max(0, picture - (MIN_BODY_LINES * body_line - room))
            room = height - fixed - picture - gap
        room -= self._fit_related(room - min(text, BODY_LINES * body_line) - gap)
        if text < room:  # a short story: the picture grows, the rest stays under the page
            grow = max(0, min(largest - picture, room - text))
            picture, room = picture + grow, room - grow
        self._show_hero(picture)
        # Exactly this high: the whole text when it fits, else all the room (it scrolls).
        self.body.setFixedHeight(max(2 * body_line, min(text, room)))

    def _note_beside(self, beside: bool, width: int = 0, height: int = 0) -> None:
        """The content note beside the reading column (True) or in it, under the title."""
        if beside != (self._text.indexOf(self.content_note) >= 0):
            self._column.removeWidget(self.content_note)
            self._text.removeWidget(self.content_note)
            if beside:
                self._text.setDirection(QBoxLayout.Direction.LeftToRight)
                self._text.insertWidget(1, self.content_note, 0, Qt.AlignmentFlag.AlignTop)
                self._text.setSpacing(self.main.spacing())
            else:
                self._text.setDirection(QBoxLayout.Direction.TopToBottom)
                self._column.insertWidget(self._column.indexOf(self.body), self.content_note)
                self._text.setSpacing(16)
            # Moved to another parent: Qt would show it again only after a round of events.
            self.content_note.setVisible(self._note_shown)
        self.content_note.show_heading(True)
        if not beside:
            self.content_note.setMinimumWidth(0)
            self.content_note.setMaximumWidth(16777215)
            return
        title = (width - self._text.spacing()) // 3
        note = width - self._text.spacing() - title
        self.reading.setFixedWidth(title)
        self.content_note.setFixedWidth(note)
        self._text.setAlignment(self.reading, Qt.AlignmentFlag(0))
        lines = TITLE_LINES
        if self._reading_height(title, lines, False) > height:
            lines = TITLE_LINES - 1
        self._set_reading(title, lines, False)
        self._note_for(note)
        if self.content_note.heightForWidth(note) > height:
            self.content_note.show_heading(False)  # the shortest pages: the note says enough
        self.content_note.setMinimumHeight(self.content_note.heightForWidth(note))

    def _set_reading(self, width: int, lines: int, note: bool) -> int:
        """Give the title `lines` lines and the note its height; the column's height without
        its text. (Set, not left to Qt: a box layout measures a centred or narrower-than-
        offered column at the width it offers, and would cut it.)"""
        self.title.set_max_lines(lines)
        self.title.setMinimumHeight(self._title_height(width, lines))
        if note:
            self._note_for(width)
            self.content_note.setMinimumHeight(self.content_note.heightForWidth(width))
        return self._reading_height(width, lines, note)

    def _note_for(self, width: int) -> None:
        """The content note laid out for `width` px (its buttons side by side or not)."""
        self.content_note.ensurePolished()
        for button in (self.content_note.continue_button, self.content_note.back_button):
            button.ensurePolished()
        self.content_note.fit_width(width)

    def _chips_height(self, width: int) -> int:
        for chip in self.chips_box.widgets():
            chip.ensurePolished()
        height = self.chips_box.heightForWidth(width)
        self.chips_box.setMinimumHeight(height)
        return height

    def _show_hero(self, height: int) -> None:
        """The picture exactly `height` px high, or left out below HERO_MIN."""
        self.hero.setVisible(height >= HERO_MIN)
        height = max(HERO_MIN, height)
        self.hero.setMinimumSize(160, height)
        self.hero.setMaximumHeight(height)

    def _text_height(self, width: int) -> int:
        """The story text's full height at `width` (a long text: more than any page)."""
        document = self.body.document()
        if not self.body.complete or document.characterCount() > 4000:
            return 16777215
        probe = document.clone(self)
        frame = 2 * self.body.frameWidth()
        probe.setTextWidth(
            max(50, width - frame - self.body.verticalScrollBar().sizeHint().width())
        )
        needed = int(probe.size().height()) + frame + 2
        probe.deleteLater()
        return needed

    def _fit_related(self, left: int) -> int:
        """Show as many related stories (0-3) as fit in `left` px; returns the height used."""
        cards = getattr(self, "related_cards", [])
        if not cards or self.height() <= 0 or self._note_shown:
            self.aside.setVisible(False)
            return 0
        title = self.related_title.sizeHint().height() + 8 + self._text.spacing()
        card_height = cards[0].sizeHint().height() + 8
        shown = max(0, min(len(cards), int((left - title) // card_height)))
        for index, card in enumerate(cards):
            card.setVisible(index < shown)
        self.related_title.setVisible(shown > 0)
        self.aside.setVisible(shown > 0)
        return title + shown * card_height if shown else 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The page's own shape (a near-square page keeps the landscape arrangement);
        # Back and Listen go to the bottom with the portrait arrangement.
        self._arrange(portrait=self.height() > self.width() * 1.1)
        self._fit()

    # -- content ---------------------------------------------------------------------------
    @property
    def story(self) -> Story | None:
        return self._story

    @property
    def context(self) -> StoryContext:
        return self._context

    @property
    def showing_content_note(self) -> bool:
        return self.content_note.isVisibleTo(self)

    def show_story(
        self, story: Story, lang: str, country: str = "", context: StoryContext | None = None
    ) -> None:
        """Show `story` (in the interface language `lang`); a new story shows its note again."""
        if self._story is None or story.id != self._story.id:
            self._note_accepted = False
        context = context or StoryContext(country_label=country)
        if country and not context.country_label:
            context = StoryContext(**{**context.__dict__, "country_label": country})
        self._story, self._lang, self._context = story, lang, context
        self.hero.show_story(
            story.id, story.country, context.country_label, story.tags, story.image
        )
        self.title.setText(story.title)
        self.body.show_markdown(story.body)
        rtl = story.shown.lang in RTL_LANGUAGES
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option = self.body.document().defaultTextOption()
        option.setTextDirection(direction)
        self.body.document().setDefaultTextOption(option)
        self.title.setLayoutDirection(direction)
        self.title.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self._fill_aside()
        self._update_texts()
        self._update_note()
        self._fit()
        self.body.verticalScrollBar().setValue(0)

    def _fill_aside(self) -> None:
        story, context = self._story, self._context
        self.chips.clear()
        self.date_chip = PlainLabel(objectName="DateChip")
        self.date_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.chips.add_widget(self.date_chip)
        self.filter_chips: dict[tuple[str, str], QPushButton] = {}
        keys = [("country", story.country)] if story.country and context.country_label else []
        keys += [("tag", tag) for tag in story.tags if tag in context.tag_labels]
        for kind, key in keys:
            chip = QPushButton(objectName="Chip")
            chip.clicked.connect(lambda _=False, k=kind, v=key: self.filter_requested.emit(k, v))
            self.chips.add_widget(chip)
            self.filter_chips[(kind, key)] = chip
        self.chips_box.updateGeometry()
        for box in (self.related_box, self.help_box):
            while box.count():
                widget = box.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.related_cards: list[RelatedStoryCard] = []
        for card in context.related:
            label = context.related_countries.get(card.country or "", "")
            button = RelatedStoryCard(card, label, self._icons)
            button.clicked.connect(lambda _=False, i=card.id: self.story_requested.emit(i))
            self.related_box.addWidget(button)
            self.related_cards.append(button)
        self.help_cards: list[ResourceCard] = []
        for resource in context.help:
            button = ResourceCard(resource, self._icons)
            button.clicked.connect(lambda _=False, i=resource.id: self.resource_requested.emit(i))
            self.help_box.addWidget(button)
            self.help_cards.append(button)
        self.help_panel.setVisible(bool(context.help))
        self.previous_button.setEnabled(context.previous_id is not None)
        self.next_button.setEnabled(context.next_id is not None)

    def _step(self, story_id: str | None) -> None:
        if story_id:
            self.story_requested.emit(story_id)

    def accept_content_note(self) -> None:
        self._note_accepted = True
        self._update_note()
        self._fit()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.listen_button.clear()
        self._story = None
        self._note_accepted = False
        self._context = StoryContext()

    def _update_note(self) -> None:
        needs_note = bool(self._story and self._story.sensitive and not self._note_accepted)
        story = self._story
        if story is None or needs_note:
            self.listen_button.clear()  # nothing is read before the visitor chose to read on
        else:
            self.listen_button.set_text(story.title, story.body, story.shown.lang)
        self._note_shown = needs_note
        self.content_note.setVisible(needs_note)
        self.body.setVisible(not needs_note)
        self._column_filler.setVisible(needs_note)
        # The note has the column to itself: related stories come once the visitor chose
        # (_fit_related shows them).
        if needs_note:
            self.aside.setVisible(False)

    def _update_texts(self) -> None:
        story, context = self._story, self._context
        if story is None:
            return
        notes = [fallback_note(story.shown)]
        if story.translated_by:
            notes.append(self.tr("Translated by %1").replace("%1", story.translated_by))
        if story.excerpt:
            notes.append(self.tr("Excerpt: only the opening of the news item"))
        note = NOTE_SEPARATOR.join(part for part in notes if part)
        self.fallback.setText(note)
        self.fallback.setVisible(bool(note))
        self.content_note.set_story_note(story.content_note_for(self._lang))
        publisher = context.publisher_label or story.publisher or ""
        date = format_date(story.date, self._lang)
        # After the text, as a news item ends: who published it and where (an address
        # reads left to right in every language).
        interface = (
            Qt.LayoutDirection.RightToLeft
            if self._lang in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        tail = []
        if publisher:
            source = self.tr("Source: %1, news item of %2")
            tail.append((source.replace("%1", publisher).replace("%2", date), interface))
        if story.source:
            address = self.tr("Original: %1").replace("%1", story.source)
            tail.append((address, Qt.LayoutDirection.LeftToRight))
        self.body.set_tail(tail)
        self.date_chip.setText(date)
        self.date_chip.setAccessibleName(self.tr("Published on %1").replace("%1", date))
        for (kind, key), chip in self.filter_chips.items():
            text = context.country_label if kind == "country" else context.tag_labels[key]
            chip.setText(text)
            chip.setAccessibleName(self.tr("More stories: %1").replace("%1", text))
        name_scroll_area(self.body, story.title)  # the text and its scroll bars
        self.hero.setAccessibleDescription(
            self.tr("Map: %1").replace("%1", context.country_label) if self.hero.shows_map else ""
        )

    def focus_first(self) -> None:
        """Put keyboard focus where reading starts."""
        if self.showing_content_note:
            self.content_note.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the stories"))
        self.previous_button.setText(self.tr("Previous story"))
        self.next_button.setText(self.tr("Next story"))
        self.related_title.setText(self.tr("Related stories"))
        self.help_title.setText(self.tr("Related help"))
        self.body.setAccessibleDescription(self.tr("Story text"))
        self._update_icons()
        if self._story is not None:
            self._update_texts()

    def _update_icons(self) -> None:
        """Arrows point the way the page reads (icons come once the icon font is loaded)."""
        rtl = self.isRightToLeft()
        for button, name in (
            (self.back_button, "fa5s.arrow-right" if rtl else "fa5s.arrow-left"),
            (self.previous_button, "fa5s.chevron-right" if rtl else "fa5s.chevron-left"),
            (self.next_button, "fa5s.chevron-left" if rtl else "fa5s.chevron-right"),
        ):
            icon = self._icons.icon(name, QPalette.ColorRole.ButtonText)  # follows the theme
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(QSize(24, 24))
        # The icon of "Next story" trails its text: flip the button's own direction.
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._update_icons()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit)  # larger text: share the height out again
        super().changeEvent(event)
