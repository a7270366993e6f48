"""One story as the carousel shows it: its map (or topic picture), date and country, title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
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
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.clamped_label import ClampedLabel, has_its_size
from kiosk.ui.widgets.locator_map import LocatorMap
from kiosk.ui.widgets.readable import line_height, readable_width
from kiosk.ui.wording import fallback_note, meta_line

# The summary is given its whole text (the card shows the lines it has room for, the
# last ending in "…"); this only bounds the work of laying out a very long one.
SUMMARY_CHARS = 1200
TITLE_MAX_LINES = 3
SUMMARY_MAX_LINES = 14
# The title's third line yields to the summary when the summary would have fewer lines
# than this. One line of summary is shown rather than none ("a picture, a title, one
# line": a short card still tells what the story is about).
SUMMARY_MIN_LINES = 2
# A portrait stand: the picture above the text. The text column keeps room for a date
# line, two title lines, a language note, this many summary lines and "Read the story";
# the picture takes the rest of the card's height, between these shapes (width/height).
STACKED_SUMMARY_LINES = 4
STACKED_PICTURE_TALLEST = 1
STACKED_PICTURE_FLATTEST = 3
# Beside the picture the text column is at most this many of the summary font's average
# characters wide: lines of about 75 letters of running text (the average character is
# wider than a letter of a sentence), the picture takes the rest of a wide card.
CARD_TEXT_CHARS = 64
# Between the date line and the language note beside "Read the story": (in a row, under).
BYLINE_SPACING = {True: 12, False: 4}


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    """Cut `text` at a word boundary so a card never overflows."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:") + "…"


def one_line_width(label: QLabel) -> int:
    """The width `label` needs to show its text on one line (padding included)."""
    if not label.wordWrap():
        return label.sizeHint().width()
    label.setWordWrap(False)
    width = label.sizeHint().width()
    label.setWordWrap(True)
    return width


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
        self._position = ""  # "Story 3 of 34", given by the carousel
        self.illustration = LocatorMap(icons, self)
        # Made in place (parents given), as the window is: see MainWindow.__init__.
        self.meta = PlainLabel(self, objectName="CardMeta")
        # At most 3 lines, fewer when the card is short; the last ends in "…", never cut.
        self.title = ClampedLabel(TITLE_MAX_LINES, self, objectName="CardTitle")
        # As many whole lines as the card has room for, the last ending in "…".
        self.summary = ClampedLabel(SUMMARY_MAX_LINES, self, objectName="CardSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fallback = PlainLabel(self, objectName="FallbackNote", wordWrap=True)
        self.credit = PlainLabel(self, objectName="Credit", wordWrap=True)
        self.read_button = QPushButton(self, objectName="PrimaryButton")
        self.read_button.clicked.connect(self._open)
        # The title keeps its lines; the summary gives way when the card is short.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.summary.setMinimumHeight(0)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.empty = PlainLabel(self, objectName="CardSummary", wordWrap=True)
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
        # "Read the story", and beside it the date line and the language note when the
        # card is short of height (the title keeps two lines): side by side when they fit
        # on one line there, else one under the other.
        self._actions = QHBoxLayout()
        self._actions.setSpacing(16)
        self._actions.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._byline = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._byline.setSpacing(BYLINE_SPACING[False])
        self._actions.addLayout(self._byline)
        self._actions.setAlignment(self._byline, Qt.AlignmentFlag.AlignVCenter)
        self._actions.addStretch(1)
        text.addLayout(self._actions)
        self._note_beside = False
        self._meta_beside = False
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setSpacing(28)
        layout.addWidget(self.illustration, 5)
        layout.addLayout(text, 6)
        layout.addWidget(self.empty)
        self._box = layout
        self._stacked = False
        self._fitted_for: tuple | None = None  # what _fitted_lines were counted for
        self._fitted_lines = (TITLE_MAX_LINES, SUMMARY_MAX_LINES)
        self._picture_for: tuple = (None, 0)  # (room and font, picture width beside text)
        self._set_margins()
        self.retranslate()
        self.show_card(None)

    def set_stacked(self, stacked: bool) -> None:
        """Picture above the text (portrait screens) or beside it (landscape)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        if stacked:
            # The picture's height is set by _fit_picture; the text column takes the rest.
            self._box.setDirection(QBoxLayout.Direction.TopToBottom)
            self._box.setStretch(0, 0)
            self._box.setStretch(1, 1)
            self.illustration.setMinimumWidth(0)
        else:
            self._box.setDirection(QBoxLayout.Direction.LeftToRight)
            self._box.setStretch(0, 5)
            self._box.setStretch(1, 6)
            self.illustration.setMinimumHeight(0)
            self.illustration.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX
        self._set_margins()
        self._fit_title()

    def is_stacked(self) -> bool:
        return self._stacked

    @property
    def card(self) -> StoryCard | None:
        return self._card

    def show_card(self, card: StoryCard | None, lang: str = "en", country: str = "") -> None:
        """Show `card` (country: its label in the interface language); None shows "no stories"."""
        self._card, self._lang, self._country = card, lang, country
        has_card = card is not None
        for widget in (self.illustration, self.meta, self.title, self.read_button):
            widget.setVisible(has_card)
        self.empty.setVisible(not has_card)
        if card is None:
            self.fallback.hide()
            self.credit.hide()
            self.setAccessibleName(self.empty.text())
            return
        self.illustration.show_story(card.id, card.country, country, card.tags, card.image)
        self.title.setText(card.title)
        self._set_summary()
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
        self._fit_title()

    def _set_summary(self) -> None:
        if self._card is not None:
            self.summary.setText(shorten(self._card.summary))

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
        self._describe()
        self._fit_title()

    def set_position(self, text: str) -> None:
        """Where this card is in the carousel ("Story 3 of 34"), for screen readers."""
        self._position = text
        self._describe()

    def _describe(self) -> None:
        """What screen readers say after the title: position, date and country, how to open."""
        if self._card is None:
            return
        parts = (self._position, self.meta.text(), self.tr("Story. Press Enter to read it."))
        self.setAccessibleDescription(". ".join(part.strip() for part in parts if part))

    def retranslate(self) -> None:
        self.read_button.setText(self.tr("Read the story"))
        self.read_button.setAccessibleName(self.tr("Read the story"))
        self.empty.setText(self.tr("No stories to show."))
        self._update_texts()

    def _set_margins(self) -> None:
        """Stacked: even sides. Beside the picture: the text's side a little wider, on the
        right, or on the left in Arabic (Qt mirrors the items, not the margins)."""
        if self._stacked:
            self._box.setContentsMargins(20, 20, 20, 24)
        elif self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self._box.setContentsMargins(28, 20, 20, 20)
        else:
            self._box.setContentsMargins(20, 20, 28, 20)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_margins()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _text_room(self) -> tuple[int, int]:
        """(width, height) the text column has: beside the picture, or under it."""
        margins = self._box.contentsMargins()
        inner_w = self.contentsRect().width() - margins.left() - margins.right()
        inner_h = self.contentsRect().height() - margins.top() - margins.bottom()
        picture = self.illustration.isVisibleTo(self)
        if self._stacked:
            under = self.illustration.minimumHeight() + self._box.spacing()
            return inner_w, inner_h - under if picture else inner_h
        if not picture:
            return inner_w, inner_h
        return inner_w - self._box.spacing() - self._picture_width(), inner_h

    def _picture_width(self) -> int:
        """Beside the text: the picture's share of the card's width (5 of 11), and the
        width a text column of CARD_TEXT_CHARS summary characters leaves (a wide card: lines
        no longer than reads well, the summary in more of them, the picture wider). From
        the card's width and the text size alone: the same in every language and story."""
        margins = self._box.contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right() - self._box.spacing()
        key = (room, self.summary.font().key())
        if key != self._picture_for[0]:
            share = self._box.stretch(0) / max(1, self._box.stretch(0) + self._box.stretch(1))
            wide = max(round(room * share), room - readable_width(self.summary, CARD_TEXT_CHARS))
            self._picture_for = (key, wide)
        return self._picture_for[1]

    def _fit_title(self) -> None:
        """Share the text column's height: fixed lines first, title 1-3 lines, then summary.

        Nothing is cut: the title ends in "…" on its last allowed line, and the summary
        shows the whole lines that are left (or is left out when not one fits).
        """
        layout = self.layout()
        if self._card is None or layout is None or not has_its_size(self):
            return  # (not before the card has its size: see has_its_size)
        if self._stacked:
            self._fit_picture()
        else:
            wide = self._picture_width()
            if self.illustration.minimumWidth() != wide:
                self.illustration.setMinimumWidth(wide)
        # Beside the text the picture must leave the title two lines; else it stays out.
        if not self._stacked and self.illustration.isHidden():
            self.illustration.setVisible(True)
        if not self._stacked and self._title_lines_left(meta_in_column=True) < 2:
            self.illustration.setVisible(False)
        self._place_note()
        self._place_meta()
        # The note may have had to leave "Read the story" (a narrower column beside the
        # picture): the picture gives way again if the title is left less than two lines.
        picture = not self._stacked and self.illustration.isVisibleTo(self)
        if picture and self._title_lines_left() < 2:
            self.illustration.setVisible(False)
            self._place_note()
            self._place_meta()
        self._arrange_byline()
        self._fit_texts()

    def _fit_picture(self) -> None:
        """Stacked: the picture's height from the card's size and the text size alone (the
        same for every story and language: nothing moves on a swipe or a language switch).

        The text column keeps room for its fixed lines, two title lines (a third one takes
        summary lines) and STACKED_SUMMARY_LINES of summary, in the tallest script's line
        heights; the picture takes what is left, no taller than square (a taller card
        gives the summary more lines) and no flatter than 3:1 (larger text), or a third of
        a short card.
        """
        margins = self._box.contentsMargins()
        inner_w = self.contentsRect().width() - margins.left() - margins.right()
        inner_h = self.contentsRect().height() - margins.top() - margins.bottom()
        note = self.fallback.contentsMargins()
        text = (
            line_height(self.meta.font())
            + 2 * line_height(self.title.font())
            + line_height(self.fallback.font()) + note.top() + note.bottom()
            + STACKED_SUMMARY_LINES * line_height(self.summary.font())
            + self.read_button.sizeHint().height()
            + 4 * self._text_column.spacing()
        )  # fmt: skip
        room = inner_h - self._box.spacing()
        tallest = round(inner_w / STACKED_PICTURE_TALLEST)
        # A short card (the guides in one column under it) keeps two thirds for the text.
        flattest = min(round(inner_w / STACKED_PICTURE_FLATTEST), room // 3)
        picture = max(flattest, min(tallest, room - text))
        if self.illustration.minimumHeight() != picture:
            self.illustration.setFixedHeight(picture)

    def _place_note(self) -> None:
        """The language note beside "Read the story" when under the title it would leave
        the title less than two lines, and both fit side by side."""
        beside = False
        if self.fallback.isVisibleTo(self) and not self._note_beside:
            beside = self._title_lines_left() < 2
        elif self._note_beside:
            beside = self._title_lines_left(note_in_column=True) < 2
        if beside:
            beside = self._fits_beside(self.fallback)
        if beside == self._note_beside:
            return
        self._note_beside = beside
        self.fallback.setWordWrap(not beside)  # one line beside the button
        if beside:
            self._text_column.removeWidget(self.fallback)
            self._byline.addWidget(self.fallback)
        else:
            self._byline.removeWidget(self.fallback)
            self._text_column.insertWidget(self._text_column.indexOf(self.title) + 1, self.fallback)

    def _place_meta(self) -> None:
        """The date line beside "Read the story" too (over the note) when in the column it
        would leave the title less than two lines (a laptop with the largest text)."""
        beside = self._title_lines_left(meta_in_column=True) < 2 and self._fits_beside(self.meta)
        if beside == self._meta_beside:
            return
        self._meta_beside = beside
        if beside:
            self._text_column.removeWidget(self.meta)
            self._byline.insertWidget(0, self.meta)
        else:
            self._byline.removeWidget(self.meta)
            self._text_column.insertWidget(0, self.meta)

    def _fits_beside(self, widget: QWidget) -> bool:
        """`widget` fits beside "Read the story" (with what is there already)."""
        widest = max(
            one_line_width(w)
            for w in (widget, self.meta, self.fallback)
            if w is widget or self._byline.indexOf(w) >= 0
        )
        needed = self.read_button.sizeHint().width() + self._actions.spacing() + widest
        return needed <= self._text_room()[0]

    def _in_a_row(self, byline: list[QWidget], width: int) -> bool:
        """The date line and the note fit side by side beside "Read the story"."""
        if len(byline) < 2:
            return False
        needed = self.read_button.sizeHint().width() + self._actions.spacing()
        needed += sum(one_line_width(w) for w in byline) + BYLINE_SPACING[True]
        return needed <= width

    def _arrange_byline(self) -> None:
        shown = [w for w in (self.meta, self.fallback) if self._byline.indexOf(w) >= 0]
        row = self._in_a_row([w for w in shown if w.isVisibleTo(self)], self._text_room()[0])
        direction = QBoxLayout.Direction.LeftToRight if row else QBoxLayout.Direction.TopToBottom
        if self._byline.direction() != direction:
            self._byline.setDirection(direction)
            self._byline.setSpacing(BYLINE_SPACING[row])

    def _room_for_title(
        self, note_in_column: bool | None = None, meta_in_column: bool | None = None
    ) -> tuple[int, int]:
        """(width, height) left in the text column once its fixed lines are placed."""
        width, room = self._text_room()
        spacing = self._text_column.spacing()
        in_column = not self._note_beside if note_in_column is None else note_in_column
        meta = not self._meta_beside if meta_in_column is None else meta_in_column

        def height(widget: QWidget) -> int:
            if not widget.isVisibleTo(self):
                return 0
            hint = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
            return hint if hint > 0 else widget.sizeHint().height()

        column = (
            self.credit,
            *([self.meta] if meta else []),
            *([self.fallback] if in_column else []),
        )
        beside = [w for w, out in ((self.meta, not meta), (self.fallback, not in_column)) if out]
        for widget in column:
            if widget.isVisibleTo(self):
                room -= height(widget) + spacing
        shown = [w for w in beside if w.isVisibleTo(self)]
        byline = [w.sizeHint().height() for w in shown]
        if self._in_a_row(shown, width):
            byline_height = max(byline)
        else:
            byline_height = sum(byline) + BYLINE_SPACING[False] * max(0, len(byline) - 1)
        actions = max(height(self.read_button), byline_height)
        return width, room - actions - spacing

    def _title_lines_left(
        self, note_in_column: bool | None = None, meta_in_column: bool | None = None
    ) -> int:
        """Title lines in the tallest script's line height (the same in every language)."""
        room = self._room_for_title(note_in_column, meta_in_column)[1]
        return int(room // max(1, line_height(self.title.font())))

    def _fit_texts(self) -> None:
        """The title its lines (up to 3), then the summary as many whole lines as the rest
        of the column holds in its own script (one at least, or none); the title's third
        line yields to a summary that would have fewer than SUMMARY_MIN_LINES without it."""
        width, room = self._room_for_title()
        if width <= 0:
            return
        title, summary = self.title, self.summary
        # A language switch or a resize fits the card two or three times over: once.
        key = (
            title.full_text(), summary.full_text(), width, room, self._stacked,
            title.font().key(), summary.font().key(),
            title.layoutDirection(), summary.layoutDirection(),
        )  # fmt: skip
        if key != self._fitted_for:
            self._fitted_for, self._fitted_lines = key, self._lines_for(width, room)
        lines, summary_lines = self._fitted_lines
        self.title.set_max_lines(lines)
        self.summary.set_max_lines(max(1, summary_lines))
        self.summary.setVisible(summary_lines > 0)

    def _lines_for(self, width: int, room: int) -> tuple[int, int]:
        """(title lines, summary lines) for a text column `width` x `room` px."""
        spacing = self._text_column.spacing()
        lines = int(room // max(1, line_height(self.title.font())))
        # This title's own script may have shorter lines (an English title in any interface).
        while lines < TITLE_MAX_LINES and self.title.height_for(width, lines + 1) <= room:
            lines += 1
        lines = max(1, min(TITLE_MAX_LINES, lines))
        left = room - self.title.height_for(width, lines) - spacing
        summary_lines = self._summary_lines(width, left)
        if lines == TITLE_MAX_LINES and summary_lines < SUMMARY_MIN_LINES:
            # (Not when the title's last line would hold no word: "Human…" on one line.)
            shorter = self.title.height_for(width, lines - 1)
            if shorter > self.title.height_for(width, lines - 2):
                more = self._summary_lines(width, room - shorter - spacing)
                if more > summary_lines:
                    lines, summary_lines = lines - 1, more
        return lines, summary_lines

    def _summary_lines(self, width: int, room: int) -> int:
        """How many lines of the summary fit in `room` px at `width` (0: not one; when the
        whole text fits, enough for it), in the summary's own script: counted from its
        first font's lines (Latin, Cyrillic), fewer for a script with taller ones."""
        summary = self.summary
        line = max(1, summary.fontMetrics().lineSpacing())
        lines = max(0, min(SUMMARY_MAX_LINES, int(room // line)))
        height = summary.height_for(width, lines) if lines else 0
        while lines and height > room:  # taller lines (Arabic, Chinese)
            lines -= 1
            height = summary.height_for(width, lines) if lines else 0
        while lines < SUMMARY_MAX_LINES:  # (shorter lines than the first font's)
            more = summary.height_for(width, lines + 1)
            if more > room or more == height:  # no room, or the whole text shown
                break
            lines, height = lines + 1, more
        return lines

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._open()
            return
        super().keyPressEvent(event)

    def _open(self) -> None:
        if self._card is not None:
            self.open_requested.emit(self._card.id)
