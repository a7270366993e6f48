"""The "Still there?" overlay: a countdown before the session resets, and a big Continue.

Lies over its parent (the main window) and follows its size. `attach(session)` binds
it to a VisitorSession: shown on warning_started, updated on warning_tick, hidden on
warning_cancelled / reset_requested; Continue calls session.cancel_warning().
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.session import VisitorSession
from kiosk.ui import accessibility
from kiosk.ui.plain_text import PlainLabel
from kiosk.ui.widgets.readable import centred


class IdleWarning(QWidget):
    continue_clicked = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("IdleWarning")
        self.setProperty("see_through", True)  # the layout audit checks the page under it too
        self._seconds = 0
        self.card = QFrame(objectName="IdleWarningCard")
        self.card.setMinimumWidth(560)
        self.card.setMaximumWidth(760)
        # Its look is the theme's (kiosk/ui/theme.py: #IdleWarning...), high contrast too.
        self.title = PlainLabel(objectName="IdleWarningTitle")
        self.text = PlainLabel(objectName="IdleWarningText")
        self.text.setWordWrap(True)
        self.continue_button = QPushButton(objectName="IdleWarningContinue")
        self.continue_button.clicked.connect(self.continue_clicked)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(56, 48, 56, 48)
        inner.setSpacing(24)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        inner.addSpacing(8)
        inner.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(centred(self.card))  # no alignment: its height follows its width
        outer.addStretch()
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.retranslate()
        self.hide()

    def attach(self, session: VisitorSession) -> None:
        session.warning_started.connect(self.show_countdown)
        session.warning_tick.connect(self.set_remaining)
        session.warning_cancelled.connect(self.hide)
        session.reset_requested.connect(self.hide)
        self.continue_clicked.connect(session.cancel_warning)

    def show_countdown(self, seconds: int) -> None:
        self.set_remaining(seconds)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
        # An alert: screen readers say it at once, whatever the visitor was listening to.
        accessibility.announce(self, f"{self.title.text()} {self.text.text()}", assertive=True)

    def set_remaining(self, seconds: int) -> None:
        self._seconds = seconds
        self.text.setText(
            self.tr("The screen will go back to the start in %n second(s).", "", seconds)
        )
        self.setAccessibleDescription(self.text.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.setAccessibleName(self.title.text())
        self.continue_button.setText(self.tr("Continue"))
        self.set_remaining(self._seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 30, 55, 170))  # dim what lies beneath

    def mousePressEvent(self, event: QEvent) -> None:
        event.accept()  # a touch anywhere counts (the session sees it); nothing beneath reacts


# "Still there?" is an alert to screen readers (AT-SPI role "alert").
accessibility.role(IdleWarning, "AlertMessage")  # QAccessible.Role.AlertMessage
