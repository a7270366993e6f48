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
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Resource, Story, StoryCard
from kiosk.i18n import RTL_LANGUAGES
from kiosk.ui.accessibility import name_scroll_area
from kiosk.ui.icons import Icons
from kiosk.ui.markdown import render_safe_markdown
from kiosk.ui.pages.content_note import ContentNote
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.widgets.clamped_label import ClampedLabel
from kiosk.ui.widgets.flow_box import FlowBox
from kiosk.ui.widgets.listen_button import ListenButton
from kiosk.ui.widgets.locator_map import LocatorMap
from kiosk.ui.widgets.resource_cards import ResourceCard
from kiosk.ui.wording import fallback_note, format_date

# Story text laid out per step: about 30 ms of work, so that a very long story (which a
# content editor was warned about) never freezes the interface while it opens.
CHUNK_CHARS = 30_000


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
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pending: list[str] = []

    def show_markdown(self, text: str) -> None:
        """Show story Markdown: the first part at once, the rest appended chunk by chunk."""
        self._pending = markdown_chunks(text)
        render_safe_markdown(self.document(), self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self, self._append_next)

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


class RelatedStoryCard(QPushButton):
    """A related story: its small map (or topic) and its title, two lines at most."""

    def __init__(self, card: StoryCard, country_label: str, icons: Icons, parent=None):
        super().__init__(parent)
        self.setObjectName("ResourceCard")
        self.story_id = card.id
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(72)
        self.picture = LocatorMap(icons, radius=8)
        self.picture.setMinimumSize(84, 54)
        self.picture.setFixedSize(84, 54)
        self.picture.show_story(card.id, card.country, "", card.tags, card.image)
        self.title = ClampedLabel(2, objectName="ResourceTitle")
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

    def sizeHint(self) -> QSize:
        return QSize(320, 72)


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
        self.related_title = QLabel(objectName="SectionTitle")
        self.related_box = QVBoxLayout()
        self.related_box.setSpacing(8)
        self.help_title = QLabel(objectName="SectionTitle")
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
        self.title = QLabel(objectName="StoryTitle", wordWrap=True)
        self.fallback = QLabel(objectName="FallbackNote", wordWrap=True)
        # A version the publishing organisation translated itself is never shown as original.
        self.translated_by = QLabel(objectName="FallbackNote", wordWrap=True)
        self.excerpt = QLabel(objectName="FallbackNote", wordWrap=True)
        self.content_note = ContentNote(self)
        self.content_note.continue_requested.connect(self.accept_content_note)
        self.content_note.back_requested.connect(self.back_requested)
        self.body = StoryBody(self)
        self.source = QLabel(objectName="SourceText", wordWrap=True)
        self.address = QLabel(objectName="SourceText", wordWrap=True)
        # An address reads left to right in every interface language.
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        labels = (
            self.title,
            self.fallback,
            self.translated_by,
            self.excerpt,
            self.source,
            self.address,
        )
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.source, self.address):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading = QWidget(objectName="StoryColumn")
        column = QVBoxLayout(self.reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.fallback)
        column.addWidget(self.translated_by)
        column.addWidget(self.excerpt)
        column.addWidget(self.content_note)
        column.addWidget(self.body, 1)
        column.addWidget(self.source)
        column.addWidget(self.address)
        column.addStretch(0)  # takes the room only while the body is hidden

        self.main = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.main.setSpacing(40)
        # Landscape columns. Widgets only ever move between layouts with removeWidget and
        # addWidget: no layout is taken apart or deleted (PySide owns what takeAt returns).
        self.side_column = QWidget(objectName="StorySide")
        self._side = QVBoxLayout(self.side_column)
        self._side.setContentsMargins(0, 0, 0, 0)
        self._side.setSpacing(16)
        self.text_column = QWidget(objectName="StoryText")
        self._text = QVBoxLayout(self.text_column)
        self._text.setContentsMargins(0, 0, 0, 0)
        self._text.setSpacing(16)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.listen_button)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addStretch(1)
        steps.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(self.main, 1)
        layout.addLayout(steps)
        self._arrange(portrait=False)
        self._icons.ready.connect(self._update_icons)
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------
    def _arrange(self, portrait: bool) -> None:
        """Picture beside the text (landscape) or above it (portrait, 1080x1920).

        Landscape: the picture and the story's chips on one side; the reading column,
        then related help and related stories, on the other. Portrait: all in one column,
        the picture in the top third (out of reach, for the eye), what is touched below.
        """
        if portrait == self._portrait:
            return
        self._portrait = portrait
        parts = (self.hero, self.chips_box, self.reading, self.help_panel, self.aside)
        for layout in (self.main, self._side, self._text):
            for widget in (*parts, self.side_column, self.text_column):
                layout.removeWidget(widget)
        if portrait:
            self.side_column.hide()
            self.text_column.hide()
            self.main.setDirection(QBoxLayout.Direction.TopToBottom)
            self.main.setSpacing(20)
            self.main.addWidget(self.hero, 3)
            self.main.addWidget(self.chips_box)
            self.main.addWidget(self.reading, 5, Qt.AlignmentFlag.AlignHCenter)
            self.main.addWidget(self.help_panel)
            self.main.addWidget(self.aside)
        else:
            self.main.setDirection(QBoxLayout.Direction.LeftToRight)
            self.main.setSpacing(40)
            self._side.addWidget(self.hero, 1)
            self._side.addWidget(self.chips_box)
            self._side.addWidget(self.help_panel)
            self._text.addWidget(self.reading, 1)
            self._text.addWidget(self.aside)
            self.main.addWidget(self.side_column, 5)
            self.main.addWidget(self.text_column, 6)
            self.side_column.show()
            self.text_column.show()
        self._fit()

    def _fit(self) -> None:
        """A reading column of about LINE_CHARACTERS characters a line, in the story's script."""
        metrics = QFontMetricsF(self.body.font())
        sample = " ".join(self.body.toPlainText().split())[:400] or "x" * 40
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        wide = self._story is not None and self._story.shown.lang == "zh"
        line = per_char * (LINE_CHARACTERS // 2 if wide else LINE_CHARACTERS)
        self.reading.setMaximumWidth(int(line + 24))
        for panel in (self.aside, self.help_panel):
            panel.setMaximumWidth(int(line + 24) if self._portrait else 16777215)
        # Three lines at least: the column still fits a 1280x800 window in Arabic.
        self.body.setMinimumHeight(3 * self.body.fontMetrics().lineSpacing())
        self._fit_related(int(line + 24))

    def _fit_related(self, width: int) -> None:
        """Show as many related stories (0-3) as leave the text its room, never squeezing it.

        The reading column needs its title, banners, at least BODY_LINES lines of text and
        its source line; what is left of the page's height (landscape: the text side;
        portrait: under the picture, chips and help) holds related stories.
        """
        cards = getattr(self, "related_cards", [])
        if not cards or self.height() <= 0:
            self.related_title.setVisible(False)
            return
        width = min(width, max(200, self.reading.width() or width))
        spacing = self.reading.layout().spacing()
        needed = BODY_LINES * self.body.fontMetrics().lineSpacing()
        for label in (self.title, self.fallback, self.translated_by, self.excerpt, self.source):
            if not label.isHidden() and label.text():
                needed += label.heightForWidth(width) + spacing
        if not self.content_note.isHidden():
            needed += self.content_note.sizeHint().height()
        margins = self.layout().contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - 2 * 64 - 2 * 12
        if self._portrait:
            room -= self.hero.minimumHeight() + self.chips_box.sizeHint().height() + 3 * 20
            if not self.help_panel.isHidden():
                room -= self.help_panel.sizeHint().height()
        left = room - needed - self.related_title.sizeHint().height() - 16
        card_height = cards[0].sizeHint().height() + 8
        shown = max(0, min(len(cards), int(left // card_height)))
        for index, card in enumerate(cards):
            card.setVisible(index < shown)
        self.related_title.setVisible(shown > 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
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
        self.date_chip = QLabel(objectName="DateChip")
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
        self.content_note.setVisible(needs_note)
        self.body.setVisible(not needs_note)
        # The note has the column to itself: related stories come once the visitor chose.
        self.aside.setVisible(not needs_note)
        self.source.setVisible(not needs_note and bool(self.source.text()))
        self.address.setVisible(not needs_note and bool(self._story and self._story.source))

    def _update_texts(self) -> None:
        story, context = self._story, self._context
        if story is None:
            return
        note = fallback_note(story.shown)
        self.fallback.setText(note)
        self.fallback.setVisible(bool(note))
        self.translated_by.setText(
            self.tr("Translated by %1").replace("%1", story.translated_by or "")
        )
        self.translated_by.setVisible(bool(story.translated_by))
        self.excerpt.setText(
            self.tr("Excerpt: only the opening of the original news item is available here.")
        )
        self.excerpt.setVisible(story.excerpt)
        self.content_note.set_story_note(story.content_note_for(self._lang))
        publisher = context.publisher_label or story.publisher or ""
        date = format_date(story.date, self._lang)
        self.source.setText(
            self.tr("Source: %1, news item of %2").replace("%1", publisher).replace("%2", date)
            if publisher
            else ""
        )
        self.address.setText(
            self.tr("Original: %1").replace("%1", story.source or "") if story.source else ""
        )
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
        super().changeEvent(event)
