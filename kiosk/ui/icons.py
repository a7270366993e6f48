"""Icons from qtawesome, loaded after the first frame (its import costs ~0.1 s)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon

log = logging.getLogger(__name__)


class Icons(QObject):
    """Hands out qtawesome icons once `load()` ran; until then `icon()` returns None.

    Widgets that show icons take an Icons object and repaint on `ready`, so the
    first frame never waits for the icon font.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._qta = None
        self._cache: dict[tuple[str, str], QIcon] = {}

    @property
    def is_ready(self) -> bool:
        return self._qta is not None

    def load(self) -> None:
        if self._qta is not None:
            return
        import qtawesome

        self._qta = qtawesome
        self.ready.emit()

    def icon(self, name: str, color: str = "#FFFFFF") -> QIcon | None:
        if self._qta is None or not name:
            return None
        key = (name, color)
        if key not in self._cache:
            try:
                self._cache[key] = self._qta.icon(name, color=QColor(color))
            except Exception:  # an unknown icon name in the content must not break the screen
                log.warning("unknown icon %r", name)
                self._cache[key] = self._qta.icon("fa5s.heart", color=QColor(color))
        return self._cache[key]
