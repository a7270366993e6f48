"""The story carousel: one story card at a time, sliding, auto-advancing, swipeable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import StoryCard
from kiosk.ui.accessibility import announce
from kiosk.ui.icons import Icons
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.story_card import StoryCardView
from kiosk.ui.widgets.swipe import SwipeRecognizer

if TYPE_CHECKING:  # the animation classes on the first slide, not before the first frame
    from PySide6.QtCore import QParallelAnimationGroup


class StoryListModel(QAbstractListModel):
    """The stories the carousel pages through: a list of story ids; cards load when asked.

    `set_ids` takes the ids (one cheap query, whatever the number of stories) and a
    loader `(ids, lang) -> cards`; `card(row)` loads the cards of a small window of
    rows around `row` on first use and keeps them until the next `set_ids`, so a
    language switch or a filter costs one id query and the cards actually shown.
    `set_cards` is the same with every card known up front.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    CardRole = Qt.ItemDataRole.UserRole + 2
    CountryRole = Qt.ItemDataRole.UserRole + 3
    SensitiveRole = Qt.ItemDataRole.UserRole + 4
    # Rows loaded together around a requested row (the next slides come from the cache).
    PAGE = 8

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None
        self._cards: dict[str, StoryCard] = {}
        self._loader: Callable[[list[str], str], list[StoryCard]] | None = None
        self._countries: dict[str, str] = {}
        self.lang = "en"
        # The row the carousel shows after a reset (the story the visitor was on).
        self.start_row = 0
        # How many loader calls ran (for tests of the lazy loading).
        self.loads = 0

    def set_ids(
        self,
        ids: list[str],
        lang: str,
        loader: Callable[[list[str], str], list[StoryCard]],
        country_labels: dict[str, str] | None = None,
        keep: str | None = None,
    ) -> None:
        """Replace the stories by `ids`; cards come from `loader(ids, lang)` when shown.

        With `keep`, the carousel starts on that story if it is still in `ids`.
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = None
        self._cards = {}
        self._loader = loader
        self._countries = dict(country_labels or {})
        self.lang = lang
        self.start_row = max(0, self.row_of(keep)) if keep else 0
        self.endResetModel()

    def set_cards(
        self, cards: list[StoryCard], lang: str, country_labels: dict[str, str] | None = None
    ) -> None:
        """Replace the stories by `cards` (all known); `country_labels` labels country keys."""
        known = {card.id: card for card in cards}
        self.set_ids(
            [card.id for card in cards],
            lang,
            lambda ids, _lang: [known[i] for i in ids if i in known],
            country_labels,
        )
        self._cards = known

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        card = self.card(index.row())
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.summary
        if role == self.CardRole:
            return card
        if role == self.CountryRole:
            return self.country_label(card)
        if role == self.SensitiveRole:
            return card.sensitive
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update(
            {
                self.IdRole: b"storyId",
                self.CardRole: b"card",
                self.CountryRole: b"country",
                self.SensitiveRole: b"sensitive",
            }
        )
        return names

    def card(self, row: int) -> StoryCard | None:
        """The card of `row`, loading it (and its neighbours) on first use."""
        if not 0 <= row < len(self._ids):
            return None
        story_id = self._ids[row]
        if story_id not in self._cards and self._loader is not None:
            self._load_around(row)
        return self._cards.get(story_id)

    def is_loaded(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] in self._cards

    def _load_around(self, row: int) -> None:
        """One loader call for the missing cards of the rows near `row` (both directions)."""
        count = len(self._ids)
        half = self.PAGE // 2
        rows = {(row + step) % count for step in range(-half, self.PAGE - half)}
        wanted = [self._ids[r] for r in sorted(rows) if self._ids[r] not in self._cards]
        assert self._loader is not None
        self.loads += 1
        for card in self._loader(wanted, self.lang):
            self._cards[card.id] = card

    def country_label(self, card: StoryCard) -> str:
        if not card.country:
            return ""
        return self._countries.get(card.country, card.country)

    def row_of(self, story_id: str) -> int:
        if self._rows is None:
            self._rows = {story_id: row for row, story_id in enumerate(self._ids)}
        return self._rows.get(story_id, -1)

    def ids(self) -> list[str]:
        return list(self._ids)

    def story_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None


class PositionDots(QWidget):
    """Where the visitor is in the carousel: one dot per story, a tap on a dot goes there.

    Each dot sits in a 48 px square (a touch target); past MAX_DOTS stories the dots
    would not fit, so the position is shown instead, "3 / 34" in the interface
    language's digits, not tappable.
    """

    MAX_DOTS = 12
    SLOT = 48
    dot_chosen = Signal(int)  # the row of the dot tapped

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PositionDots")
        self._count = 0
        self._current = -1
        self.setFixedHeight(self.SLOT)

    def set_position(self, current: int, count: int) -> None:
        self._current, self._count = current, count
        locale = QLocale()
        self.setAccessibleName(
            self.tr("Story %1 of %2")
            .replace("%1", locale.toString(current + 1))
            .replace("%2", locale.toString(count))
            if count
            else ""
        )
        shape = (
            Qt.CursorShape.PointingHandCursor if self._tappable() else Qt.CursorShape.ArrowCursor
        )
        if self.cursor().shape() != shape:  # setCursor costs even when nothing changes
            self.setCursor(shape)
        # Tappable dots need a finger's height; "Story 3 of 20" only a line's, in the font
        # the style sheet gives it (not yet applied while the window is being built).
        self.ensurePolished()
        height = self.SLOT if self._tappable() else self.fontMetrics().height() + 8
        if height != self.height() or height != self.minimumHeight():
            self.setFixedHeight(height)
            self.updateGeometry()
        self.update()

    def position_text(self) -> str:
        """ "3 / 34" in the interface language's digits ("" when dots are shown)."""
        if self._count <= self.MAX_DOTS or self._current < 0:
            return ""
        locale = QLocale()
        return f"{locale.toString(self._current + 1)} / {locale.toString(self._count)}"

    def _tappable(self) -> bool:
        return 1 < self._count <= self.MAX_DOTS

    def sizeHint(self) -> QSize:
        text = self.position_text()
        if text:
            return QSize(self.fontMetrics().horizontalAdvance(text) + 24, self.SLOT)
        return QSize(self._count * self.SLOT, self.SLOT)

    def dot_centre(self, row: int) -> QPoint:
        """Where dot `row` is drawn (mirrored right to left)."""
        slot = self._count - 1 - row if self.isRightToLeft() else row
        x0 = (self.width() - self._count * self.SLOT) / 2
        return QPoint(round(x0 + slot * self.SLOT + self.SLOT / 2), self.height() // 2)

    def row_at(self, x: float) -> int:
        """The dot under x, or -1."""
        if not self._tappable():
            return -1
        x0 = (self.width() - self._count * self.SLOT) / 2
        slot = int((x - x0) // self.SLOT)
        if not 0 <= slot < self._count or x < x0:
            return -1
        return self._count - 1 - slot if self.isRightToLeft() else slot

    def mousePressEvent(self, event) -> None:
        row = self.row_at(event.position().x())
        if row >= 0:
            self.dot_chosen.emit(row)
            event.accept()
        else:
            super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        if self._count <= 1:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().highlight().color()
        text = self.position_text()
        if text:
            painter.setPen(self.palette().windowText().color())
            # "3 / 34" reads the same way in every language: keep it left to right.
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            return
        for row in range(self._count):
            centre = self.dot_centre(row)
            current = row == self._current
            painter.setPen(accent)
            painter.setBrush(accent if current else QColor(0, 0, 0, 0))
            radius = 8 if current else 6
            painter.drawEllipse(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            )
        painter.end()


class StoryCarousel(QWidget):
    """Pages through a StoryListModel one card at a time.

    Auto-advances every `interval_ms` (0: never) and pauses for `resume_after_ms`
    after any interaction (swipe, tap, key, button). Left/Right keys and swipes are
    mirrored in right-to-left layouts.
    """

    current_changed = Signal(int)
    story_opened = Signal(str)
    interacted = Signal()

    def __init__(
        self,
        icons: Icons,
        parent: QWidget | None = None,
        *,
        interval_ms: int = 9000,
        resume_after_ms: int = 20000,
        animation_ms: int = 350,
    ):
        super().__init__(parent)
        self.setObjectName("StoryCarousel")
        self.model = StoryListModel(self)
        self.animation_ms = animation_ms
        self._current = -1
        self._auto_advance = interval_ms > 0

        self._advance_timer = QTimer(self, interval=max(1, interval_ms))
        self._advance_timer.timeout.connect(self._auto_next)
        self._resume_timer = QTimer(self, singleShot=True, interval=max(1, resume_after_ms))
        self._resume_timer.timeout.connect(self._resume)

        self.stage = QWidget(self)
        self.stage.setObjectName("CarouselStage")
        self.stage.setMinimumSize(320, 200)
        self.stage.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stage.installEventFilter(self)
        self.card = StoryCardView(icons, self.stage)
        self.card.open_requested.connect(self._open)
        self._ghost = PlainLabel(self.stage)  # the outgoing card during a slide
        self._ghost.hide()
        self._animation: QParallelAnimationGroup | None = None
        self.swipe = SwipeRecognizer(self.card)
        self.swipe.swiped.connect(self._on_swipe)
        self.swipe.tapped.connect(self._on_tap)
        self.swipe.interacted.connect(self.pause_for_interaction)

        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.previous_button.setObjectName("CarouselArrow")
        self.next_button.setObjectName("CarouselArrow")
        # The same text in both directions: in right-to-left text Qt shows each chevron
        # mirrored (U+2039 and U+203A are Bidi_Mirrored), so "previous", on the right in
        # Arabic, points right there. Swapping them as well made both point inward.
        self.previous_button.setText("‹")
        self.next_button.setText("›")
        for button, step in ((self.previous_button, -1), (self.next_button, 1)):
            button.setFixedSize(64, 64)
            button.clicked.connect(lambda _=False, s=step: self._step_by_visitor(s))
        self.dots = PositionDots(self)
        self.dots.dot_chosen.connect(self._go_to_by_visitor)

        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.stage, 1)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row, 1)
        layout.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        self.model.modelReset.connect(self._on_reset)
        self.retranslate()
        self._on_reset()

    # -- public API -------------------------------------------------------------
    @property
    def current_index(self) -> int:
        return self._current

    def current_card(self) -> StoryCard | None:
        return self.model.card(self._current)

    def count(self) -> int:
        return self.model.rowCount()

    def set_current(self, row: int, direction: int = 0) -> None:
        """Show story `row` (wrapping); `direction` +1/-1 slides, 0 jumps."""
        count = self.count()
        if count == 0:
            return
        row %= count
        if row == self._current:
            return
        old = self._current
        self._current = row
        card = self.model.card(row)
        if direction and old >= 0 and self.animation_ms > 0 and self.isVisible():
            self._slide(direction, card)
        else:
            self._show(card)
        self.dots.set_position(row, count)
        self.card.set_position(self.dots.accessibleName())
        self.current_changed.emit(row)

    def next(self) -> None:
        self.set_current(self._current + 1, 1)

    def previous(self) -> None:
        self.set_current(self._current - 1, -1)

    def set_auto_advance(self, interval_ms: int) -> None:
        """Advance every `interval_ms`; 0 stops."""
        self._auto_advance = interval_ms > 0
        if self._auto_advance:
            self._advance_timer.setInterval(interval_ms)
            if not self._resume_timer.isActive():
                self._advance_timer.start()
        else:
            self._advance_timer.stop()
            self._resume_timer.stop()

    def set_resume_after(self, ms: int) -> None:
        self._resume_timer.setInterval(max(1, ms))

    @property
    def is_auto_advancing(self) -> bool:
        return self._advance_timer.isActive()

    @property
    def is_paused(self) -> bool:
        return self._resume_timer.isActive()

    def pause_for_interaction(self) -> None:
        """The visitor is here: stop advancing, resume after a quiet while."""
        self._advance_timer.stop()
        if self._auto_advance:
            self._resume_timer.start()
        self.interacted.emit()

    def restart(self) -> None:
        """Back to the first story, auto-advance running (used by a session reset)."""
        self._resume_timer.stop()
        self._finish_animation()
        if self.count():
            self._current = -1
            self.set_current(0)
        if self._auto_advance:
            self._advance_timer.start()

    # -- internals --------------------------------------------------------------
    def _on_reset(self) -> None:
        self._finish_animation()
        self._current = -1
        if self.count():
            self.set_current(min(self.model.start_row, self.count() - 1))
        else:
            self._show(None)
            self.dots.set_position(-1, 0)
        many = self.count() > 1
        self.previous_button.setEnabled(many)
        self.next_button.setEnabled(many)
        if self._auto_advance and not self._resume_timer.isActive():
            self._advance_timer.start()

    def _show(self, card: StoryCard | None) -> None:
        country = self.model.country_label(card) if card else ""
        self.card.show_card(card, self.model.lang, country)

    def _auto_next(self) -> None:
        if self.count() > 1:
            self.next()

    def _resume(self) -> None:
        if self._auto_advance:
            self._advance_timer.start()

    def _step_by_visitor(self, step: int) -> None:
        self.pause_for_interaction()
        self.next() if step > 0 else self.previous()
        self._announce()

    def _go_to_by_visitor(self, row: int) -> None:
        self.pause_for_interaction()
        if row != self._current:
            self.set_current(row, 1 if row > self._current else -1)
            self._announce()

    def _announce(self) -> None:
        """Screen readers say the story the visitor moved to: "Story 3 of 34. <title>".
        (Not when the carousel advances by itself: that would talk over everything.)"""
        card = self.current_card()
        if card is not None:
            announce(self.card, f"{self.dots.accessibleName()}. {card.title}")

    def _on_swipe(self, step: int) -> None:
        self._step_by_visitor(step)

    def _on_tap(self) -> None:
        self._open(self.card.card.id if self.card.card else "")

    def _open(self, story_id: str) -> None:
        if story_id:
            self.pause_for_interaction()
            self.story_opened.emit(story_id)

    def _slide(self, direction: int, card: StoryCard | None) -> None:
        self._finish_animation()
        width = self.stage.width()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            direction = -direction
        self._ghost.setPixmap(self.card.grab())
        self._ghost.setGeometry(self.card.geometry())
        self._ghost.show()
        self._ghost.raise_()
        self._show(card)
        from PySide6.QtCore import QEasingCurve, QParallelAnimationGroup, QPropertyAnimation

        group = QParallelAnimationGroup(self)
        for widget, start, end in (
            (self._ghost, QPoint(0, 0), QPoint(-direction * width, 0)),
            (self.card, QPoint(direction * width, 0), QPoint(0, 0)),
        ):
            animation = QPropertyAnimation(widget, b"pos", group)
            animation.setDuration(self.animation_ms)
            animation.setEasingCurve(QEasingCurve.Type.OutCubic)
            animation.setStartValue(start)
            animation.setEndValue(end)
            group.addAnimation(animation)
        group.finished.connect(self._finish_animation)
        self._animation = group
        group.start()

    def _finish_animation(self) -> None:
        group, self._animation = self._animation, None
        if group is not None:
            group.stop()
            group.deleteLater()
        self._ghost.hide()
        self._ghost.clear()
        self.card.setGeometry(self.stage.rect())

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.stage and event.type() == QEvent.Type.Resize:
            self._finish_animation()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.card.setGeometry(self.stage.rect())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            forward = key == Qt.Key.Key_Right
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                forward = not forward
            self._step_by_visitor(1 if forward else -1)
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.previous_button.setAccessibleName(self.tr("Previous story"))
        self.next_button.setAccessibleName(self.tr("Next story"))
        self.previous_button.setToolTip(self.tr("Previous story"))
        self.next_button.setToolTip(self.tr("Next story"))
        self.dots.set_position(self._current, self.count())
        self.card.set_position(self.dots.accessibleName())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
