"""The resource panel on the home screen: one card per guide, film or fund."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTextBoundaryFinder, Signal
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from kiosk.content.model import Resource
from kiosk.ui.icons import Icons
from kiosk.ui.plain_text import plain_tooltip
from kiosk.ui.widgets.clamped_label import ClampedLabel
from kiosk.ui.widgets.readable import line_height

# The icon's size and the box it is centred in, beside the title (px).
ICON, ICON_BOX = 36, 40


def unbreakable_parts(text: str) -> list[str]:
    """`text` cut where a line may break, by Unicode's line breaking rules (as Qt wraps
    it): words in English or Arabic, each character in Chinese, which has no spaces."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    parts, start = [], 0
    while (end := finder.toNextBoundary()) > 0:
        parts.append(text[start:end].strip())
        start = end
    return parts


class ResourceCard(QPushButton):
    """A large button showing a resource's icon and title (summary for screen readers)."""

    LINES = 2

    def __init__(self, resource: Resource, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResourceCard")
        self.resource_id = resource.id
        self._icons = icons
        self._icon_name = resource.icon
        self._full_title = resource.title
        self._longest_word: tuple[tuple[str, str] | None, int] = (None, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The icon is drawn by the card itself (paintEvent) in a slot of the layout, where
        # a 40 px label stood: one widget less per card to make, polish and paint.
        self._icon: QPixmap | None = None
        # Long titles (Arabic, Russian) end in "…" on their second line, never clipped.
        self.title = ClampedLabel(self.LINES, self, objectName="ResourceTitle")
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(12)
        # A spacer adds no spacing after it (it counts as empty): the gap is in its width.
        self._icon_slot = QSpacerItem(
            ICON_BOX + layout.spacing(),
            ICON_BOX,
            QSizePolicy.Policy.Fixed,
            QSizePolicy.Policy.Fixed,
        )
        layout.addItem(self._icon_slot)
        layout.addWidget(self.title, 1)
        self.show_resource(resource)
        icons.ready.connect(self._update_icon)
        self._update_icon()

    def show_resource(self, resource: Resource) -> None:
        """Show `resource` (the same id, e.g. in another language) without rebuilding."""
        self._full_title = resource.title
        self.title.setText(resource.title)
        self.setAccessibleName(resource.title)
        self.setAccessibleDescription(resource.summary)
        self.setToolTip(plain_tooltip(resource.summary))
        if resource.icon != self._icon_name:
            self._icon_name = resource.icon
            self._update_icon()

    def _update_icon(self) -> None:
        """The icon in the theme's accent, drawn again when the theme changes."""
        icon = self._icons.icon(self._icon_name, QPalette.ColorRole.Highlight)
        if icon is not None:
            self._icon = icon.pixmap(QSize(ICON, ICON), self.devicePixelRatioF())
            self.update(self.icon_rect())

    def icon_rect(self) -> QRect:
        """Where the icon is drawn: as a 40 px label, centred in the card's height, drew it
        (left-aligned, or right-aligned in right-to-left layouts, and centred vertically)."""
        slot = self._icon_slot.geometry()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        box = QRect(
            slot.right() + 1 - ICON_BOX if rtl else slot.x(),
            slot.y() + (slot.height() - ICON_BOX) // 2,
            ICON_BOX,
            ICON_BOX,
        )
        size = QSize(ICON, ICON)
        if self._icon is not None and not self._icon.isNull():
            size = (self._icon.deviceIndependentSize()).toSize()
        x = box.x() + (box.width() - size.width() if rtl else 0)
        y = box.y() + box.height() // 2 - size.height() // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._icon is not None and not self._icon.isNull():
            QPainter(self).drawPixmap(self.icon_rect().topLeft(), self._icon)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._update_icon()  # high contrast on or off: the label holds a drawn pixmap

    def card_height(self) -> int:
        """Two title lines and the card's margins (and borders), at least a 64 px target."""
        self.title.ensurePolished()  # its type comes from the style sheet
        margins = self.layout().contentsMargins()
        lines = self.LINES * line_height(self.title.font())
        return max(64, lines + margins.top() + margins.bottom() + 8)

    def min_width(self) -> int:
        """The narrowest card whose title's longest unbreakable part still fits on a line."""
        # Measured once per title and font: the grid asks on every arrangement (a dozen
        # times while the home screen is built and first shown).
        key = (self._full_title, self.title.font().key())
        if self._longest_word[0] != key:
            metrics = self.title.fontMetrics()
            widths = (metrics.horizontalAdvance(w) for w in unbreakable_parts(self._full_title))
            self._longest_word = (key, max(widths, default=0))
        word = self._longest_word[1]
        margins = self.layout().contentsMargins()
        chrome = margins.left() + margins.right() + self.layout().spacing() + ICON_BOX + 12
        return max(200, word + chrome)

    def hasHeightForWidth(self) -> bool:
        # The card's height is fixed (ResourceCards._arrange): without this, the title's
        # word wrap makes layouts up to the window measure the title at every width they
        # try (~100 label measurements at the start), only to bound the result to it.
        return False

    def sizeHint(self) -> QSize:
        return QSize(240, self.card_height())

    def minimumSizeHint(self) -> QSize:
        # Small, so that the grid (in a scroll area) always takes the width it is given
        # and chooses its columns from it, rather than keeping the width of old columns.
        return QSize(120, self.card_height())


class ResourceCards(QWidget):
    """ResourceCard buttons in a grid; emits `resource_requested(id)` when one is chosen.

    One row when the window is wide enough for every card with its title's longest
    word on a line, else balanced rows (6 cards: 3 + 3, never 5 + 1), so a portrait
    screen shows a 2- or 3-column grid and no title is cut mid-word.
    """

    resource_requested = Signal(str)
    height_changed = Signal()

    def __init__(self, icons: Icons, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResourceCards")
        self._icons = icons
        self.cards: list[ResourceCard] = []
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self._columns = 0
        self._max_columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def columns(self) -> int:
        return self._columns

    def set_max_columns(self, columns: int) -> None:
        """At most `columns` columns (1: a column beside the carousel); 0: no limit."""
        self._max_columns = columns
        self._arrange()

    def columns_for(self, width: int) -> int:
        if not self.cards:
            return 1
        spacing = self._layout.horizontalSpacing()
        widest = max(card.min_width() for card in self.cards)
        fit = max(1, min(len(self.cards), (width + spacing) // (widest + spacing)))
        if self._max_columns:
            fit = min(fit, self._max_columns)
        rows = math.ceil(len(self.cards) / fit)
        return math.ceil(len(self.cards) / rows)

    def _arrange(self, force: bool = False) -> None:
        columns = self.columns_for(self.width() or 1200)
        if columns != self._columns or force:
            self._columns = columns
            for card in self.cards:
                self._layout.removeWidget(card)
            for index, card in enumerate(self.cards):
                self._layout.addWidget(card, index // columns, index % columns)
            for column in range(len(self.cards)):
                self._layout.setColumnStretch(column, 1 if column < columns else 0)
        height = max((card.card_height() for card in self.cards), default=0)
        rows = math.ceil(len(self.cards) / max(1, columns))
        for card in self.cards:
            card.setFixedHeight(height)
        total = rows * height + max(0, rows - 1) * self._layout.verticalSpacing()
        if total != self.height() or total != self.minimumHeight():
            self.setFixedHeight(total)
            self.height_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange()

    def set_resources(self, resources: list[Resource]) -> None:
        """Show `resources` in order; a language switch only updates the cards' texts."""
        if [card.resource_id for card in self.cards] == [r.id for r in resources]:
            for card, resource in zip(self.cards, resources, strict=True):
                card.show_resource(resource)
            self._arrange()
            return
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for resource in resources:
            card = ResourceCard(resource, self._icons, self)
            card.clicked.connect(lambda _=False, rid=resource.id: self.resource_requested.emit(rid))
            self.cards.append(card)
        self._arrange(force=True)
