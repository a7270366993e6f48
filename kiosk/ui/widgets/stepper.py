"""A number chosen with large minus and plus buttons (replaces QSpinBox's small arrows)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.chooser import TARGET


class Stepper(QWidget):
    """[−] value [+] between `minimum` and `maximum` in `step`s; `value_changed(int)`.

    The buttons repeat while held. Keys: Up/Right/+ raise, Down/Left/- lower (mirrored
    Left/Right in right-to-left layouts), PageUp/PageDown by ten steps.
    """

    value_changed = Signal(int)

    def __init__(
        self,
        minimum: int = 0,
        maximum: int = 100,
        step: int = 1,
        value: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("Stepper")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._minimum, self._maximum, self._step = minimum, maximum, max(1, step)
        self._value = minimum
        self._suffix = ""
        # An en dash: the bundled fonts have no minus sign (U+2212); it reads the same here.
        self.minus = QPushButton("\u2013", objectName="StepperButton")
        self.plus = QPushButton("+", objectName="StepperButton")
        for button, sign in ((self.minus, -1), (self.plus, 1)):
            button.setFixedSize(TARGET, TARGET)
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(500)
            button.setAutoRepeatInterval(120)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the stepper itself takes keys
            button.clicked.connect(lambda _=False, s=sign: self.step_by(s))
        self.display = PlainLabel(objectName="StepperValue")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(TARGET * 2)
        self.display.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.minus)
        row.addWidget(self.display)
        row.addWidget(self.plus)
        self.setValue(minimum if value is None else value)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(self._minimum, min(self._maximum, int(value)))
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.value_changed.emit(value)

    def setRange(self, minimum: int, maximum: int) -> None:
        self._minimum, self._maximum = minimum, max(minimum, maximum)
        self.setValue(self._value)
        self._show()

    def setSuffix(self, suffix: str) -> None:
        self._suffix = suffix
        self._show()

    def step_by(self, steps: int) -> None:
        self.setValue(self._value + steps * self._step)

    def _show(self) -> None:
        self.display.setText(QLocale().toString(self._value) + self._suffix)
        self.minus.setEnabled(self._value > self._minimum)
        self.plus.setEnabled(self._value < self._maximum)
        self.setAccessibleDescription(self.display.text())

    def retranslate(self) -> None:
        self.minus.setAccessibleName(self.tr("Less"))
        self.plus.setAccessibleName(self.tr("More"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.retranslate()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        up = {Qt.Key.Key_Up, Qt.Key.Key_Plus, Qt.Key.Key_Equal}
        down = {Qt.Key.Key_Down, Qt.Key.Key_Minus}
        (down if rtl else up).add(Qt.Key.Key_Right)
        (up if rtl else down).add(Qt.Key.Key_Left)
        if key in up:
            self.step_by(1)
        elif key in down:
            self.step_by(-1)
        elif key == Qt.Key.Key_PageUp:
            self.step_by(10)
        elif key == Qt.Key.Key_PageDown:
            self.step_by(-10)
        else:
            super().keyPressEvent(event)
