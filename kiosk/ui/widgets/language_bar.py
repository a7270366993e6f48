"""The language switcher: the six UN languages by their own names, always in reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.content.model import Language
from kiosk.ui.widgets.arrow_focus import ArrowButton, ArrowFocus


class LanguageBar(QWidget):
    """One large toggle button per language, in the store's order; emits `language_chosen`."""

    language_chosen = Signal(str)

    def __init__(self, languages: list[Language], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LanguageBar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # Arrow keys walk the names; only Enter, Space or a tap switch the language.
        self._arrows = ArrowFocus(self, lambda: list(self.buttons.values()))
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.set_languages(languages)

    def set_languages(self, languages: list[Language]) -> None:
        """(Re)build one button per language (a content pack may bring other languages)."""
        current = self.current()
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons.clear()
        for language in languages:
            # Made in place (its parent given), as the window is: see MainWindow.__init__.
            button = ArrowButton(
                self._arrows, text=language.name, parent=self, objectName="LanguageButton"
            )
            button.setCheckable(True)
            # One choice of six: screen readers say "radio button, 2 of 6" (Qt gives a
            # checkable button that is auto-exclusive the radio-button role).
            button.setAutoExclusive(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # The name is in its own language: say so to screen readers.
            button.setLocale(QLocale(language.code))
            button.setAccessibleName(language.name)
            button.clicked.connect(lambda _=False, code=language.code: self._choose(code))
            self._group.addButton(button)
            self._layout.addWidget(button)
            self.buttons[language.code] = button
        self.set_current(current)
        self.retranslate()

    def codes(self) -> list[str]:
        return list(self.buttons)

    def set_current(self, code: str) -> None:
        button = self.buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def current(self) -> str:
        checked = self._group.checkedButton()
        return next((code for code, b in self.buttons.items() if b is checked), "")

    def _choose(self, code: str) -> None:
        self.language_chosen.emit(code)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        for button in self.buttons.values():
            button.setAccessibleDescription(self.tr("Show the kiosk in this language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
