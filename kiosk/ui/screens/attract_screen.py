"""The attract loop: calm rotating story titles and "Touch to start" in all six languages.

Shown full screen in kiosk mode when nobody has touched the screen for a while. No
images at all (never graphic imagery), only typography on the campaign blue. The
prompt cycles through every interface language at once, so its texts are data given
here, not the current translator. Any touch, click or key emits `dismissed`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.content.model import StoryCard

CAMPAIGN_BLUE = "#0B4F8A"

#: "Touch the screen to start", each in its own language (reviewed by hand, not machine-made).
TOUCH_TO_START: Mapping[str, str] = {
    "en": "Touch the screen to start",
    "fr": "Touchez l’écran pour commencer",
    "es": "Toque la pantalla para empezar",
    "ru": "Коснитесь экрана, чтобы начать",
    "ar": "المس الشاشة للبدء",
    "zh": "触摸屏幕即可开始",
}
RTL_LANGUAGES = frozenset({"ar"})


class Highlight(NamedTuple):
    title: str
    lang: str


def highlights_from_cards(cards: Iterable[StoryCard]) -> list[Highlight]:
    """Titles for the loop; sensitive stories are never shown in it."""
    return [Highlight(card.title, card.shown.lang) for card in cards if not card.sensitive]


def _direction(lang: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )


class AttractScreen(QWidget):
    dismissed = Signal()

    def __init__(
        self,
        highlights: Sequence[Highlight | tuple[str, str]],
        prompts: Mapping[str, str] = TOUCH_TO_START,
        *,
        highlight_ms: int = 7000,
        prompt_ms: int = 2500,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            f"#AttractScreen {{ background: {CAMPAIGN_BLUE}; }}"
            "#AttractTitle { color: white; font-size: 34pt; font-weight: bold; }"
            "#AttractPrompt { color: #DCEAF7; font-size: 22pt; }"
            "#AttractRule { background: #DCEAF7; }"
        )
        self._highlights = [Highlight(*h) for h in highlights]
        self._prompts = list(prompts.items())
        self._highlight_index = 0
        self._prompt_index = 0

        self.title = QLabel(objectName="AttractTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rule = QWidget(objectName="AttractRule")
        rule.setFixedSize(120, 4)
        self.prompt = QLabel(objectName="AttractPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.title, self.prompt):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 80)
        layout.addStretch(3)
        layout.addWidget(self.title)
        layout.addSpacing(36)
        layout.addWidget(rule, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(self.prompt)

        self._highlight_timer = QTimer(self, interval=highlight_ms)
        self._highlight_timer.timeout.connect(self.next_highlight)
        self._prompt_timer = QTimer(self, interval=prompt_ms)
        self._prompt_timer.timeout.connect(self.next_prompt)
        self._show_highlight()
        self._show_prompt()

    # --- rotation -------------------------------------------------------------------

    @property
    def current_highlight(self) -> Highlight | None:
        return self._highlights[self._highlight_index] if self._highlights else None

    @property
    def current_prompt_language(self) -> str:
        return self._prompts[self._prompt_index][0] if self._prompts else ""

    def set_highlights(self, highlights: Sequence[Highlight | tuple[str, str]]) -> None:
        self._highlights = [Highlight(*h) for h in highlights]
        self._highlight_index = 0
        self._show_highlight()

    def next_highlight(self) -> None:
        if self._highlights:
            self._highlight_index = (self._highlight_index + 1) % len(self._highlights)
        self._show_highlight()

    def next_prompt(self) -> None:
        if self._prompts:
            self._prompt_index = (self._prompt_index + 1) % len(self._prompts)
        self._show_prompt()

    def _show_highlight(self) -> None:
        shown = self.current_highlight
        self.title.setText(shown.title if shown else "")
        self.title.setLayoutDirection(_direction(shown.lang if shown else "en"))

    def _show_prompt(self) -> None:
        if not self._prompts:
            self.prompt.clear()
            return
        lang, text = self._prompts[self._prompt_index]
        self.prompt.setText(text)
        self.prompt.setLayoutDirection(_direction(lang))

    def showEvent(self, event: QEvent) -> None:
        self._highlight_index = self._prompt_index = 0
        self._show_highlight()
        self._show_prompt()
        self._highlight_timer.start()
        self._prompt_timer.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self._highlight_timer.stop()
        self._prompt_timer.stop()
        super().hideEvent(event)

    # --- any input leaves -------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.dismissed.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self.dismissed.emit()
            return True
        return super().event(event)
