"""The "Listen" button: reads a page's title and text aloud; a second press stops it.

Shown only when the text's language has a voice (ReadAloud.has_voice): the language of
the text shown, which is not always the interface language (a story shown in its English
version in the Arabic interface is read with an English voice, an Arabic one never with
an English voice). It never starts by itself; giving it a new text stops the old one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.read_aloud import ReadAloud, speakable_text

# Smallest side of anything a visitor touches, in pixels.
TOUCH = 56


class ListenButton(QPushButton):
    """Checked while it reads. `set_text(title, markdown, lang)` says what it would read."""

    def __init__(self, read_aloud: ReadAloud | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ListenButton")
        self.setCheckable(True)
        self.setMinimumHeight(TOUCH)
        self._read_aloud = read_aloud
        self._title = ""
        self._markdown = ""
        self._lang = ""
        self.clicked.connect(self._pressed)
        if read_aloud is not None:
            read_aloud.voices_changed.connect(self._update_visibility)
            read_aloud.speaking_changed.connect(self._update_state)
        self.setVisible(False)
        self.retranslate()

    @property
    def lang(self) -> str:
        """The language the text would be read in ("" when there is no text)."""
        return self._lang

    def set_text(self, title: str, markdown: str, lang: str) -> None:
        """The text to read on a press; a reading of the previous text stops."""
        if (title, markdown, lang) == (self._title, self._markdown, self._lang):
            return
        self.stop()
        self._title, self._markdown, self._lang = title, markdown, lang
        if self._read_aloud is not None and not self._read_aloud.ready:
            self._read_aloud.prepare()  # the button shows once the voices are known
        self._update_visibility()

    def clear(self) -> None:
        self.set_text("", "", "")

    def is_reading(self) -> bool:
        return self._read_aloud is not None and self._read_aloud.is_reading_for(self)

    def stop(self) -> None:
        if self.is_reading():
            self._read_aloud.stop()
        self._update_state()

    def available(self) -> bool:
        """True when a press would read: a text, and a voice for its language."""
        return bool(
            self._read_aloud is not None
            and self._lang
            and (self._title or self._markdown)
            and self._read_aloud.has_voice(self._lang)
        )

    def _update_visibility(self) -> None:
        self.setVisible(self.available())

    def _pressed(self) -> None:
        if self.is_reading():
            self._read_aloud.stop()
        elif self.available():
            text = speakable_text(self._title, self._markdown)
            self._read_aloud.read(text, self._lang, owner=self)
        self._update_state()

    def _update_state(self, *_args) -> None:
        reading = self.is_reading()
        self.setChecked(reading)
        self.retranslate()

    def retranslate(self) -> None:
        reading = self.is_reading()
        self.setText(self.tr("Stop reading") if reading else self.tr("Listen"))
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(
            "" if reading else self.tr("Reads the title and the text aloud")
        )
        if self.isVisible():  # drawn when first shown: never before the first frame
            self._update_icon()

    def _update_icon(self) -> None:
        from kiosk.ui.icons import icon

        reading = self.is_reading()
        palette = self.palette()
        colour = palette.highlightedText() if reading else palette.buttonText()
        try:
            self.setIcon(icon("fa5s.stop" if reading else "fa5s.volume-up", color=colour.color()))
        except (FileNotFoundError, OSError):  # no icon font: the label says it all
            return
        self.setIconSize(QSize(24, 24))

    def showEvent(self, event) -> None:
        self._update_icon()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)
