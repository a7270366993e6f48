"""The attract loop: the headline in the six languages, between them stories with their maps.

Shown full screen in kiosk mode when nobody has touched the screen for a while. It
exists to make a passer-by stop from a few metres away: very large type, slow
cross-fades (1.2 s, never a hard cut, nothing flashing), each language in its own
script and direction. The slides go headline (language 1), a story, headline
(language 2), a story... "Touch the screen to start" is always on screen, in the
language of the last headline; a touch starts the visit in that language
(`language_chosen`, then `dismissed`). Sensitive stories are never shown.

Between two fades nothing repaints: each slide is painted once into a pixmap, so
the loop costs almost no processor time while it holds (bench/attract_cpu.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, QSize, Qt, QTimeLine, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPixmap,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from kiosk.content.model import StoryCard
from kiosk.ui.icons import Icons
from kiosk.ui.widgets.locator_map import shared_painter

CAMPAIGN_BLUE = "#0B4F8A"
DEEP_BLUE = "#062C4F"
PROMPT_COLOR = "#FFE14D"  # the accent: 9.6:1 on the deep blue

# "Touch the screen to start", each in its own language (reviewed by hand, not machine-made).
TOUCH_TO_START: Mapping[str, str] = {
    "en": "Touch the screen to start",
    "fr": "Touchez l’écran pour commencer",
    "es": "Toque la pantalla para empezar",
    "ru": "Коснитесь экрана, чтобы начать",
    "ar": "المس الشاشة للبدء",
    "zh": "触摸屏幕即可开始",
}
RTL_LANGUAGES = frozenset({"ar"})
HEADLINE_SOURCE = "Together against human trafficking"  # MainWindow's title


class Highlight(NamedTuple):
    """A story the loop may show: its title (in `lang`) and where it happened."""

    title: str
    lang: str
    story_id: str = ""
    country: str | None = None
    country_label: str = ""
    tags: tuple[str, ...] = ()


class Slide(NamedTuple):
    kind: str  # "headline" | "story"
    lang: str  # the language of the headline and prompt on screen
    story: Highlight | None = None


def highlights_from_cards(
    cards: Iterable[StoryCard], country_labels: Mapping[str, str] | None = None
) -> list[Highlight]:
    """Titles for the loop; sensitive stories are never shown in it."""
    labels = country_labels or {}
    return [
        Highlight(
            card.title,
            card.shown.lang,
            card.id,
            card.country,
            labels.get(card.country or "", ""),
            tuple(card.tags),
        )
        for card in cards
        if not card.sensitive
    ]


def headlines(codes: Sequence[str]) -> dict[str, str]:
    """The window's headline in each language, from the interface translations."""
    from PySide6.QtCore import QTranslator

    from kiosk.i18n import qm_path

    found = {}
    for code in codes:
        text = ""
        if code != "en":
            translator = QTranslator()
            if translator.load(str(qm_path(code))):
                text = translator.translate("MainWindow", HEADLINE_SOURCE)
        found[code] = text or HEADLINE_SOURCE
    return found


def _direction(lang: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )


class AttractScreen(QWidget):
    dismissed = Signal()
    language_chosen = Signal(str)  # the language on screen when the visitor touched

    def __init__(
        self,
        highlights: Sequence[Highlight | tuple] | Mapping[str, Sequence[Highlight]] = (),
        prompts: Mapping[str, str] = TOUCH_TO_START,
        *,
        languages: Sequence[str] | None = None,
        titles: Mapping[str, str] | None = None,
        icons: Icons | None = None,
        headline_ms: int = 5000,
        story_ms: int = 7000,
        fade_ms: int = 1200,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._prompts = dict(prompts)
        self._languages = [code for code in (languages or list(prompts)) if code in prompts]
        self._titles = dict(titles) if titles is not None else headlines(self._languages)
        self._icons = icons
        self.set_highlights(highlights)
        self._hold_ms = {"headline": headline_ms, "story": story_ms}
        self._index = 0
        self._story_turn = 0
        self._slides: list[Slide] = []
        self._current: QPixmap | None = None
        self._previous: QPixmap | None = None
        self._fade_ms = fade_ms
        self._fade = QTimeLine(max(1, fade_ms), self)
        self._fade.setUpdateInterval(40)  # 25 frames a second is smooth for a slow fade
        self._fade.setEasingCurve(QEasingCurve(QEasingCurve.Type.InOutQuad))
        self._fade.valueChanged.connect(self.update)
        self._fade.finished.connect(self._faded)
        self._hold = QTimer(self, singleShot=True)
        self._hold.timeout.connect(self.advance)
        self._build_slides()

    # --- what is shown --------------------------------------------------------------

    def set_highlights(
        self, highlights: Sequence[Highlight | tuple] | Mapping[str, Sequence[Highlight]]
    ) -> None:
        """Stories for the loop: one list for every language, or a list per language."""
        if isinstance(highlights, Mapping):
            self._stories = {k: [Highlight(*h) for h in v] for k, v in highlights.items()}
        else:
            shared = [Highlight(*h) for h in highlights]
            self._stories = {code: shared for code in self._languages}
        self._story_turn = 0

    def _build_slides(self) -> None:
        """Headline in each language in turn, each followed by a story (if there is one)."""
        slides = []
        for code in self._languages:
            slides.append(Slide("headline", code))
            if self._stories.get(code):
                slides.append(Slide("story", code))
        self._slides = slides or [Slide("headline", "en")]
        self._index = 0

    @property
    def current_slide(self) -> Slide:
        return self._slides[self._index]

    @property
    def current_prompt_language(self) -> str:
        """The language of the headline and "Touch the screen to start" on screen."""
        return self.current_slide.lang

    @property
    def current_highlight(self) -> Highlight | None:
        return self._story_for(self._index)

    def shown_story_ids(self) -> set[str]:
        """Every story the loop can show, in any language (for checks)."""
        return {h.story_id for stories in self._stories.values() for h in stories}

    def _story_for(self, index: int) -> Highlight | None:
        slide = self._slides[index]
        if slide.kind != "story":
            return None
        stories = self._stories.get(slide.lang) or []
        if not stories:
            return None
        return stories[(self._story_turn + index // 2) % len(stories)]

    def advance(self) -> None:
        """Cross-fade to the next slide, then hold it."""
        self._index = (self._index + 1) % len(self._slides)
        if self._index == 0:
            self._story_turn += 1  # the next round shows other stories
        self._show_current(fade=True)

    # Kept for callers of the earlier loop.
    next_highlight = advance

    def _show_current(self, fade: bool) -> None:
        self._previous = self._current if fade else None
        self._current = self._render(self._index)
        self.setAccessibleName(self._describe(self._index))
        if fade and self._previous is not None and self._fade_ms > 0:
            self._fade.stop()
            self._fade.start()
        else:
            self._previous = None
            self.update()
            self._hold.start(self._hold_ms[self.current_slide.kind])

    def _faded(self) -> None:
        self._previous = None
        self.update()
        self._hold.start(self._hold_ms[self.current_slide.kind])

    def _describe(self, index: int) -> str:
        slide = self._slides[index]
        story = self._story_for(index)
        text = story.title if story else self._titles.get(slide.lang, "")
        return f"{text}. {self._prompts.get(slide.lang, '')}"

    # --- painting -----------------------------------------------------------------------

    def _render(self, index: int) -> QPixmap:
        """Paint one slide into a pixmap (once; repaints only copy it)."""
        size = self.size() if self.width() > 0 else QSize(1920, 1080)
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(0, 0, size.width(), size.height())
        gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
        gradient.setColorAt(0.0, QColor(CAMPAIGN_BLUE))
        gradient.setColorAt(1.0, QColor(DEEP_BLUE))
        painter.fillRect(rect, gradient)
        slide = self._slides[index]
        story = self._story_for(index)
        margin = max(32.0, rect.width() * 0.05)
        prompt_h = rect.height() * 0.16
        body = rect.adjusted(margin, margin, -margin, -margin - prompt_h)
        if story is None:
            self._paint_headline(painter, body, slide.lang, dpr)
        else:
            self._paint_story(painter, body, story, dpr)
        prompt = QRectF(
            margin, rect.bottom() - margin - prompt_h, rect.width() - 2 * margin, prompt_h
        )
        self._paint_prompt(painter, prompt, slide.lang, dpr)
        painter.end()
        return pixmap

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(px)))
        font.setBold(bold)
        return font

    def _text(self, painter, rect: QRectF, text: str, font: QFont, lang: str, align, color):
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(_direction(lang))
        painter.setFont(font)
        painter.setPen(QColor(color))
        painter.drawText(rect, text, option)

    def _paint_headline(self, painter: QPainter, rect: QRectF, lang: str, dpr: float) -> None:
        """The headline, very large, over a faint map of the world."""
        world = shared_painter().world(rect.size().toSize(), dpr)
        painter.setOpacity(0.3)
        painter.drawPixmap(rect.topLeft(), world)
        painter.setOpacity(1.0)
        portrait = rect.height() > rect.width()
        size = min(rect.height() * 0.16, rect.width() * (0.11 if portrait else 0.075))
        self._text(
            painter,
            rect,
            self._titles.get(lang, HEADLINE_SOURCE),
            self._font(size, bold=True),
            lang,
            Qt.AlignmentFlag.AlignCenter,
            "#FFFFFF",
        )

    def _paint_story(self, painter: QPainter, rect: QRectF, story: Highlight, dpr: float):
        """The story's map (or topic) beside its title; under it in a portrait frame."""
        portrait = rect.height() > rect.width()
        rtl = story.lang in RTL_LANGUAGES
        gap = rect.width() * 0.04
        if portrait:
            picture = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.55)
            text = QRectF(rect.left(), picture.bottom() + gap, rect.width(), rect.height() * 0.4)
        else:
            width = rect.width() * 0.52
            left = rect.right() - width if rtl else rect.left()
            picture = QRectF(left, rect.top(), width, rect.height())
            text_left = rect.left() if rtl else picture.right() + gap
            text = QRectF(text_left, rect.top(), rect.width() - width - gap, rect.height())
        maps = shared_painter()
        size = picture.size().toSize()
        if maps.atlas.country(story.country):
            image = maps.locator(story.country, story.country_label, size, dpr)
        else:
            image = maps.topic(story.tags, story.story_id, size, dpr, self._icons or _NoIcons())
        path = QPainterPath()
        path.addRoundedRect(picture, 24, 24)
        painter.setClipPath(path)
        painter.drawPixmap(picture.topLeft(), image)
        painter.setClipping(False)
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | (
            Qt.AlignmentFlag.AlignTop if portrait else Qt.AlignmentFlag.AlignVCenter
        )
        title_px = min(rect.height() * 0.085, text.width() * 0.075)
        self._text(
            painter,
            text,
            story.title,
            self._font(title_px, bold=True),
            story.lang,
            align,
            "#FFFFFF",
        )

    def _paint_prompt(self, painter: QPainter, rect: QRectF, lang: str, dpr: float) -> None:
        """A hand and "Touch the screen to start", large, in the headline's language, one line."""
        text = self._prompts.get(lang, "")
        px = min(rect.height() * 0.42, rect.width() * (0.065 if rect.width() < 1400 else 0.045))
        font = self._font(px, bold=True)
        metrics = QFontMetricsF(font)
        gap = px * 0.6
        icon_side = px * 1.4
        room = rect.width() - icon_side - gap
        advance = metrics.horizontalAdvance(text)
        if advance > room:  # a long language on a narrow (portrait) screen: smaller, never cut
            font = self._font(px * room / advance, bold=True)
            metrics = QFontMetricsF(font)
            advance = metrics.horizontalAdvance(text)
            icon_side = font.pixelSize() * 1.4
        width = advance + gap + icon_side
        left = rect.center().x() - width / 2
        rtl = lang in RTL_LANGUAGES
        icon_left = left + width - icon_side if rtl else left
        text_left = left if rtl else left + icon_side + gap
        icon = self._icons.icon("fa5s.hand-pointer", PROMPT_COLOR) if self._icons else None
        if icon is not None:
            side = round(icon_side)
            painter.drawPixmap(
                QRectF(icon_left, rect.center().y() - icon_side / 2, icon_side, icon_side),
                icon.pixmap(QSize(side, side), dpr),
                QRectF(0, 0, side * dpr, side * dpr),
            )
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(_direction(lang))
        painter.setFont(font)
        painter.setPen(QColor(PROMPT_COLOR))
        painter.drawText(QRectF(text_left, rect.top(), advance + 2, rect.height()), text, option)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._current is None:
            painter.fillRect(self.rect(), QColor(DEEP_BLUE))
            return
        if self._previous is not None and self._fade.state() == QTimeLine.State.Running:
            painter.drawPixmap(0, 0, self._previous)
            painter.setOpacity(self._fade.currentValue())
        painter.drawPixmap(0, 0, self._current)
        painter.end()

    # --- life cycle ---------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        self._index = 0
        self._show_current(fade=False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._current = self._render(self._index)
            self._previous = None
            self.update()

    def hideEvent(self, event: QEvent) -> None:
        self._hold.stop()
        self._fade.stop()
        super().hideEvent(event)

    # --- any input starts the visit, in the language on screen --------------------------

    def _start(self) -> None:
        self._hold.stop()
        self._fade.stop()
        self.language_chosen.emit(self.current_prompt_language)
        self.dismissed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self._start()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self._start()
            return True
        return super().event(event)


class _NoIcons:
    """Stands in for Icons where none were given: topic pictures without their symbol."""

    is_ready = False

    def icon(self, name: str, color: str = "#FFFFFF"):
        return None
