"""The neutral screen behind quick exit: a plain welcome with the time, nothing on the topic.

Someone looking over a visitor's shoulder sees only a generic welcome screen. Any
touch, click or key emits `left`; the app then shows the home screen in the default
language (the session has already been reset).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.plain_text import PlainLabel


class NeutralScreen(QWidget):
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NeutralScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#NeutralScreen { background: #EEF1F4; }"
            "#NeutralClock { color: #2F3B48; font-size: 64pt; font-weight: 300; }"
            "#NeutralTitle { color: #2F3B48; font-size: 30pt; }"
            "#NeutralHint { color: #5A6878; font-size: 15pt; }"
        )
        self.clock = PlainLabel(objectName="NeutralClock")
        self.title = PlainLabel(objectName="NeutralTitle")
        self.hint = PlainLabel(objectName="NeutralHint")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.clock, self.title, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            layout.addWidget(label)
        layout.addStretch(3)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_clock)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.hint.setText(self.tr("Touch the screen to continue."))
        self._update_clock()

    def _update_clock(self) -> None:
        self.clock.setText(QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:
        self._update_clock()
        self._tick.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self._tick.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        self.left.emit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            event.accept()
            self.left.emit()
            return True
        return super().event(event)
