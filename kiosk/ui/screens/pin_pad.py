"""A touch PIN pad for staff: large digits, masked entry, and the wait after wrong PINs.

The entry shows one dot per digit; screen readers hear "PIN: 4 digits entered" in the
interface language instead of the dots (never the digits), told again after each key,
and a wrong PIN or the wait is announced. Colours come from the theme's style sheet
(kiosk/ui/theme.py), so the pad follows high contrast.

Checks each PIN through a `PinGuard` (salted hash + rate limit) given to it and emits
`accepted` for the right one, `cancelled` for Cancel. The keypad keeps the phone
layout (1 2 3 at the top, left to right) in every language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.admin_pin import PIN_MAX_LENGTH, PinGuard, PinResult
from kiosk.ui import accessibility
from kiosk.ui.accessibility import announce
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.theme import PIN_KEY
from kiosk.ui.widgets.readable import margin_for

MASK = "●"
# Between the keys; between the keypad and the texts beside it.
KEY_GAP = 18
BESIDE_GAP = 64
# The keys' icons at the normal text size (keys of PIN_KEY px, kiosk/ui/theme.py).
ICON = 40


class PinPad(QWidget):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._guard = guard
        self._digits = ""
        self._message_key = ""  # which message is shown, so a language change redraws it

        self.title = PlainLabel(objectName="PinTitle")
        self.entry = PlainLabel(objectName="PinEntry")
        self.message = PlainLabel(objectName="PinMessage")
        self.message.setWordWrap(True)
        for label in (self.title, self.entry, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        keypad = QWidget(objectName="PinKeypad")
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_GAP)
        self.keypad = keypad
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        # Icons, not "⌫" and "✓": the bundled fonts lack them (boxes on a kiosk).
        self.backspace = self._key("backspace")
        self._set_icon(self.backspace, "fa5s.backspace", QPalette.ColorRole.ButtonText)
        self.backspace.clicked.disconnect()
        self.backspace.clicked.connect(self._backspace)
        self.ok = self._key("ok")
        self._set_icon(self.ok, "fa5s.check", QPalette.ColorRole.HighlightedText)
        self.ok.setObjectName("PinOk")
        self.ok.clicked.disconnect()
        self.ok.clicked.connect(self.submit)
        grid.addWidget(self.backspace, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)

        self.cancel = QPushButton(objectName="PinCancel")
        self.cancel.clicked.connect(self._cancel)

        # The title, entry and message over the keypad and Cancel under it; or, where
        # the keys of larger text have no room in a column (a laptop), the keypad beside
        # the texts and Cancel (see _fit).
        # Each part centred in the height it gets beside the other, its widgets together
        # (in a column the outer stretches take the room and these get none).
        self._texts = QVBoxLayout()
        self._texts.addStretch(1)
        self._texts.addWidget(self.title)
        self._texts.addWidget(self.entry)
        self._texts.addWidget(self.message)
        self._texts.addStretch(1)
        self._keys = QVBoxLayout()
        self._keys.addStretch(1)
        self._keys.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        self._keys.addSpacing(12)
        self._keys.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        self._keys.addStretch(1)
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._spacing = layout.spacing()  # the style's, between the texts and in the keys
        for part in (self._texts, self._keys):
            part.setSpacing(self._spacing)
        layout.setSpacing(self._column_gap())
        layout.addStretch(1)
        layout.addLayout(self._texts)
        layout.addLayout(self._keys)
        layout.addStretch(1)
        self._layout = layout
        self.beside = False

        self._lock_timer = QTimer(self, interval=1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        self.retranslate()
        self._refresh_lock()

    @staticmethod
    def _set_icon(key: QPushButton, name: str, role: QPalette.ColorRole) -> None:
        from kiosk.ui.icons import icon  # loaded by then: the pad opens after the first frame

        key.setText("")
        # The keys' colours in the theme's style sheet (kiosk/ui/theme.py), read when
        # painted: text or accent text, and the backdrop colour while the keys are off.
        key.setIcon(icon(name, color=role, color_disabled=QPalette.ColorRole.Dark))
        key.setIconSize(QSize(ICON, ICON))

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text, objectName="PinKey")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(lambda: self.press(text))
        self.keys[text] = key
        return key

    # --- entry ------------------------------------------------------------------------

    @property
    def entered(self) -> str:
        return self._digits

    def press(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX_LENGTH and digit.isdigit():
            self._digits += digit
            self._show_entry(said=True)

    def _backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._show_entry(said=True)

    def clear(self) -> None:
        self._digits = ""
        self._show_entry()
        self._set_message("")

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def submit(self) -> None:
        result = self._guard.check(self._digits)
        self._digits = ""
        self._show_entry()
        if result is PinResult.ACCEPTED:
            self._set_message("")
            self.accepted.emit()
        elif result is PinResult.REJECTED:
            self._set_message("wrong", said=True)
            self._refresh_lock()
        else:
            self._refresh_lock()

    def _show_entry(self, said: bool = False) -> None:
        """One dot per digit; its spoken name counts them (`said`: announced now)."""
        self.entry.setText(MASK * len(self._digits))
        self.entry.setAccessibleName(self.entry_name())
        if said:
            announce(self.entry, self.entry_name())

    def entry_name(self) -> str:
        """What a screen reader says for the entry: how many digits, never which."""
        count = len(self._digits)
        if not count:
            return self.tr("PIN: no digits entered")
        return self.tr("PIN: %n digit(s) entered", "", count)

    # --- messages -------------------------------------------------------------------

    def _refresh_lock(self) -> None:
        if not self._guard.pin_is_set:
            self._set_message("not_set")
            self._set_keys_enabled(False)
            return
        seconds = math.ceil(self._guard.seconds_locked())
        if seconds > 0:
            # said when the wait begins, not at every second of it
            self._set_message("locked", seconds, said=self._message_key != "locked")
            self._set_keys_enabled(False)
            self._lock_timer.start()
            return
        self._lock_timer.stop()
        self._set_keys_enabled(True)
        if self._message_key == "locked":
            self._set_message("")

    def _set_keys_enabled(self, enabled: bool) -> None:
        for key in self.keys.values():
            key.setEnabled(enabled)

    def _set_message(self, key: str, seconds: int = 0, said: bool = False) -> None:
        self._message_key = key
        if key == "wrong":
            text = self.tr("Wrong PIN. Please try again.")
        elif key == "locked":
            text = self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)
        elif key == "not_set":
            text = self.tr(
                "No admin PIN is set. Staff can set one on this computer with: kiosk admin set-pin"
            )
        else:
            text = ""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        if self.isVisible():  # a message of more lines may need the keypad beside it
            self._fit()  # (before it is shown, at Qt's default size, showEvent fits it)
        if said:
            announce(self.message, text, assertive=True)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.setAccessibleName(self.tr("Staff PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.backspace.setAccessibleName(self.tr("Delete last digit"))
        self.ok.setAccessibleName(self.tr("Enter"))
        self.entry.setAccessibleName(self.entry_name())
        if self._message_key == "locked":
            self._refresh_lock()
        else:
            self._set_message(self._message_key)

    # --- layout ---------------------------------------------------------------------

    def _fit(self) -> None:
        """Icons as large as the keys (they follow the text size), and the keypad under
        the texts where the column has room for it, else beside them."""
        for key in self.keys.values():
            key.ensurePolished()  # the theme's key size for this text size
        side = self.ok.minimumWidth()
        icon = round(ICON * side / PIN_KEY) if side else ICON
        for key in (self.backspace, self.ok):
            key.setIconSize(QSize(icon, icon))
        side = margin_for(self.width())
        self._layout.setContentsMargins(side, 12, side, 12)
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        texts = sum(
            label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
            for label in (self.title, self.entry, self.message)
        )
        keys = self.keypad.sizeHint().height() + 12 + self.cancel.sizeHint().height()
        column = texts + keys + 6 * self._spacing + 12  # spacings: 2 texts, 2 gap, 2 keys
        beside = column > self.height() - margins.top() - margins.bottom()
        if beside == self.beside:
            return
        self.beside = beside
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        self._layout.setSpacing(BESIDE_GAP if beside else self._column_gap())
        # Beside, the texts take most of the spare width: their lines wrap for the width
        # they are given, not for the narrowest that holds them.
        self._layout.setStretch(1, 3 if beside else 0)
        # Beside: Cancel under the texts, the keypad on its own takes the height.
        (self._keys if beside else self._texts).removeWidget(self.cancel)
        where = Qt.AlignmentFlag.AlignLeading if beside else Qt.AlignmentFlag.AlignHCenter
        if beside:
            self._texts.insertSpacing(self._texts.count() - 1, 24)
            self._texts.insertWidget(self._texts.count() - 1, self.cancel, 0, where)
        else:
            self._texts.takeAt(self._texts.count() - 2)  # the spacing over Cancel
            self._keys.insertWidget(self._keys.count() - 1, self.cancel, 0, where)
        for label in (self.title, self.entry, self.message):
            label.setAlignment(where | Qt.AlignmentFlag.AlignVCenter)
        if self.isVisible():  # the keys where they are drawn, now (not at the next pass)
            self._layout.activate()

    def _column_gap(self) -> int:
        """Between the message and the keypad in a column: 12 px more than the rest."""
        return 2 * self._spacing + 12

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the message may take another number of lines: _fit
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit)  # larger text: larger keys, maybe beside
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:
        self._refresh_lock()
        self._fit()
        super().showEvent(event)


# Screen readers announce it as a dialog (over the whole window), not a plain panel.
accessibility.role(PinPad, "Dialog")  # QAccessible.Role.Dialog
