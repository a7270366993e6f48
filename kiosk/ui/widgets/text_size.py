"""The text size choice: normal, larger, largest, as three "A" of growing size.

Shown in the footer of every mode (the desktop menu's View > Text size mirrors it).
The three letters keep their sizes whatever text size is chosen, so the control does
not move under the visitor's finger; each is a touch target of at least 56 px, and
each has a spoken name ("Larger text") in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.theme import TEXT_SIZES
from kiosk.ui.widgets.chooser import Chooser

# The letter on each step's button.
LETTER = "A"


class TextSizeChoice(QWidget):
    """A caption and one toggle per step of TEXT_SIZES; emits `chosen(step)` on a tap."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TextSizeChoice")
        self.caption = PlainLabel(self, objectName="ChooserLabel")  # made in place
        self.chooser = Chooser(self, max_segments=len(TEXT_SIZES))
        self.chooser.set_options([(str(step), LETTER) for step in range(len(TEXT_SIZES))])
        for code, button in self.chooser.segments.items():
            button.setProperty("textStep", code)  # its letter's size (theme.py)
        self.chooser.chosen.connect(lambda code: self.chosen.emit(int(code)))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.chooser)
        self.retranslate()

    @property
    def buttons(self) -> list:
        """The steps' buttons, smallest text first."""
        return [self.chooser.segments[str(step)] for step in range(len(TEXT_SIZES))]

    def step(self) -> int:
        return int(self.chooser.current() or 0)

    def set_step(self, step: int) -> None:
        """Show `step` as chosen (silent: `chosen` is for a person's choice)."""
        self.chooser.set_current(str(step))

    def set_caption_shown(self, shown: bool) -> None:
        """Without its caption where the footer is short of room (the names stay spoken)."""
        self.caption.setVisible(shown)

    def retranslate(self) -> None:
        title = self.tr("Text size")
        self.caption.setText(title)
        self.chooser.set_title(title)
        self.setAccessibleName(title)
        names = (self.tr("Normal text"), self.tr("Larger text"), self.tr("Largest text"))
        for button, name in zip(self.buttons, names, strict=True):
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
