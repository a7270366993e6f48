"""Topic and country chips that filter the story carousel (touch-friendly, every mode)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Label
from kiosk.ui import app_filters
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.arrow_focus import ArrowButton, ArrowFocus
from kiosk.ui.widgets.scroll_viewport import own_viewport

# Width in px of the fade at an edge of a chip row that goes on beyond it.
FADE = 56


class EdgeFade(QWidget):
    """The row's background fading in over its last pixels on one side: the chips go on
    that way. Drawn over the chips; taps go through to them."""

    def __init__(self, viewport: QWidget, left: bool):
        super().__init__(viewport)
        self.left = left
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    def paintEvent(self, event) -> None:
        # The theme's page colour (the style sheet makes this widget's own one transparent).
        solid = QApplication.palette().color(QPalette.ColorRole.Window)
        clear = QColor(solid)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, self.width(), 0)
        gradient.setColorAt(0, solid if self.left else clear)
        gradient.setColorAt(1, clear if self.left else solid)
        QPainter(self).fillRect(self.rect(), gradient)


class _Moving(QWidget):
    """A widget that calls `moved()` after it was moved or resized: an override is
    called for these two events only, an event filter written in Python for every event
    of the widget (~30 per row while the home screen is built and first shown)."""

    def __init__(self, moved: Callable[[], None]):
        super().__init__()
        self._moved = moved

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._moved()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._moved()


class ChipRow(QWidget):
    """One row of chips that scrolls sideways, with arrow buttons at the ends that show
    there are more chips that way (hidden when all fit) and scroll a page on a tap.

    The row also pans by touch (drag). The scroll bar is not shown: the arrows and a
    fade over the chips at each edge that has more beyond it are the visible sign that
    the row goes on.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # The chips moved (scrolled) or the row changed its width: the fades follow.
        inner = _Moving(self._place_fades)
        self.chips = QHBoxLayout(inner)
        self.chips.setContentsMargins(2, 2, 2, 2)
        self.chips.setSpacing(8)
        self.chips.addStretch(1)
        # Made in place (parents given), as the window is: see MainWindow.__init__.
        self.scroll = QScrollArea(self)
        # Not Qt's viewport: see scroll_viewport.py.
        viewport = own_viewport(self.scroll, _Moving(self._place_fades))
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scroll.setProperty("scrolls", "horizontal")  # panned by touch and the arrows
        self.scroll.setFixedHeight(58)  # a 48 px chip, its 3 px borders and the row margins
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app_filters.touch_scrolling(viewport)
        self.back = QPushButton(self)
        self.forward = QPushButton(self)
        # The same text in both directions: Qt paints each chevron mirrored in right-to-left
        # text (U+2039 and U+203A are Bidi_Mirrored), so "back", on the right in Arabic,
        # points right there. Swapping them as well made both point inward.
        self.back.setText("‹")
        self.forward.setText("›")
        for button, step in ((self.back, -1), (self.forward, 1)):
            button.setObjectName("ChipArrow")
            button.setFixedSize(48, 48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users tab to the chips
            button.clicked.connect(lambda _=False, s=step: self.page(s))
        self.fades = (
            EdgeFade(viewport, True),
            EdgeFade(viewport, False),
        )
        bar = self.scroll.horizontalScrollBar()
        bar.valueChanged.connect(self._update_arrows)
        bar.rangeChanged.connect(self._update_arrows)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.back)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.forward)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_arrows()
        self.retranslate()

    def page(self, step: int) -> None:
        """Scroll most of a row's width towards the end (+1) or the start (-1)."""
        bar = self.scroll.horizontalScrollBar()  # mirrored by Qt in right-to-left layouts
        bar.setValue(bar.value() + step * int(self.scroll.viewport().width() * 0.8))

    def ensure_visible(self, chip: QWidget) -> None:
        self.scroll.ensureWidgetVisible(chip, 24, 0)

    def _update_arrows(self) -> None:
        bar = self.scroll.horizontalScrollBar()
        more = bar.maximum() > 0
        self.back.setVisible(more)
        self.forward.setVisible(more)
        self.back.setEnabled(bar.value() > bar.minimum())
        self.forward.setEnabled(bar.value() < bar.maximum())
        self._place_fades()

    def _place_fades(self) -> None:
        """A fade on each side (as seen, either direction) where chips lie beyond the edge."""
        view = self.scroll.viewport()
        inner = self.scroll.widget()
        hidden = (inner.x() < -1, inner.x() + inner.width() > view.width() + 1)
        for fade, more in zip(self.fades, hidden, strict=True):
            width = min(FADE, view.width() // 4)
            fade.setGeometry(0 if fade.left else view.width() - width, 0, width, view.height())
            fade.setVisible(more)
            if more:
                fade.raise_()

    def retranslate(self) -> None:
        self.back.setAccessibleName(self.tr("Earlier choices"))
        self.forward.setAccessibleName(self.tr("More choices"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Chip(ArrowButton):
    """A filter chip: arrow keys move along the chips (ArrowFocus), focus scrolls it into
    view; no event filter (see ArrowButton)."""

    def __init__(self, chips: FilterChips, parent: QWidget):
        super().__init__(chips._arrows, parent=parent, objectName="Chip")
        self._chips = chips

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # may give the focus to the chosen chip instead
        if self.hasFocus():
            self._chips._chip_focused(self)


class FilterChips(QWidget):
    """ "All stories", then one chip per topic and per country; one filter at a time.

    Emits `filter_changed(kind, key)` with kind "tag", "country", or "" for all stories.
    """

    filter_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FilterChips")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # Arrow keys walk the chips; only Enter, Space or a tap change the filter.
        self._arrows = ArrowFocus(self, self._group.buttons)
        self.chips: dict[tuple[str, str], QPushButton] = {}
        self._selected: tuple[str, str] = ("", "")
        self.rows: list[ChipRow] = []
        self.topics_title = PlainLabel(self, objectName="Muted")
        self.countries_title = PlainLabel(self, objectName="Muted")
        self._topic_row, topic_scroll = self._row()
        self._country_row, country_scroll = self._row()
        self.all_chip = self._make_chip("", "", self._topic_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for title, scroll in (
            (self.topics_title, topic_scroll),
            (self.countries_title, country_scroll),
        ):
            line = QHBoxLayout()
            line.setSpacing(10)
            title.setMinimumWidth(90)
            title.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            line.addWidget(title)
            line.addWidget(scroll, 1)
            layout.addLayout(line)
        self._topic_row.insertWidget(0, self.all_chip)
        self.retranslate()

    def _row(self) -> tuple[QHBoxLayout, ChipRow]:
        row = ChipRow(self)
        self.rows.append(row)
        return row.chips, row

    def in_order(self) -> list[QPushButton]:
        """The chips as shown: "All stories", the topics, then the countries."""
        chips = []
        for row in (self._topic_row, self._country_row):
            for index in range(row.count()):
                widget = row.itemAt(index).widget()
                if isinstance(widget, QPushButton):
                    chips.append(widget)
        return chips

    def _make_chip(self, kind: str, key: str, row: QHBoxLayout) -> QPushButton:
        """A chip made in the row it goes in (not moved there afterwards)."""
        chip = _Chip(self, row.parentWidget())
        chip.setCheckable(True)
        # One filter at a time: a radio button to screen readers, not a check box.
        chip.setAutoExclusive(True)
        # Chips keep their natural width; the row scrolls instead of squeezing them.
        chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        chip.clicked.connect(lambda _=False, k=kind, v=key: self._choose(k, v))
        self._group.addButton(chip)
        return chip

    def set_labels(self, topics: list[Label], countries: list[Label]) -> None:
        """Show chips for these labels, keeping the current choice if it remains.

        Chips that stay (a language switch) are relabelled and reordered, not rebuilt:
        creating and styling new buttons is what made switching slow.
        """
        wanted = {("tag", label.key) for label in topics}
        wanted |= {("country", label.key) for label in countries}
        for key in [key for key in self.chips if key not in wanted]:
            chip = self.chips.pop(key)
            self._group.removeButton(chip)
            chip.hide()
            chip.setParent(None)
            chip.deleteLater()
        for kind, labels, row, first in (
            ("tag", topics, self._topic_row, 1),  # after "All stories"
            ("country", countries, self._country_row, 0),
        ):
            for index, label in enumerate(labels):
                chip = self.chips.get((kind, label.key))
                if chip is None:
                    chip = self.chips[(kind, label.key)] = self._make_chip(kind, label.key, row)
                else:
                    row.removeWidget(chip)
                chip.setText(label.text)
                chip.setAccessibleName(label.text)
                row.insertWidget(first + index, chip)
                if self.isVisible():
                    # Shown now, in this change's one paint (kiosk/ui/one_frame.py), not by
                    # the layout's queued call after that paint (a second paint).
                    chip.setVisible(True)
        chip = self.chips.get(self._selected, self.all_chip)
        if chip is self.all_chip:
            self._selected = ("", "")
        chip.setChecked(True)

    @property
    def selected(self) -> tuple[str, str]:
        return self._selected

    def select(self, kind: str, key: str) -> None:
        """Choose a filter as if the chip was tapped ("" , "" for all stories)."""
        chip = self.chips.get((kind, key), self.all_chip)
        chip.setChecked(True)
        self._choose(
            kind if chip is not self.all_chip else "", key if chip is not self.all_chip else ""
        )

    def _choose(self, kind: str, key: str) -> None:
        if (kind, key) == self._selected:
            return
        self._selected = (kind, key)
        self.filter_changed.emit(kind, key)

    def retranslate(self) -> None:
        self.topics_title.setText(self.tr("Topics"))
        self.countries_title.setText(self.tr("Countries"))
        self.all_chip.setText(self.tr("All stories"))

        self.all_chip.setAccessibleName(self.tr("All stories"))

    def _chip_focused(self, chip: QPushButton) -> None:
        """A keyboard user tabbed to a chip: scrolled into view if its row hides it."""
        for row in self.rows:
            if row.isAncestorOf(chip):
                row.ensure_visible(chip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
