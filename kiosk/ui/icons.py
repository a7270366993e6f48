"""Icons from qtawesome, loaded after the first frame (its import costs ~0.1 s)."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon

log = logging.getLogger(__name__)

#: The icon sets the kiosk uses (content icons are FontAwesome 5 Free names).
ICON_SETS = (("fa5s", "solid"), ("fa5", "regular"), ("fa5b", "brands"))


@cache
def icon_font():
    """A qtawesome IconicFont with FontAwesome 5 only, made on first use.

    qtawesome's own `icon()` loads all ten of its icon fonts (about 14 MB more memory,
    and 6 MB in the frozen build); the kiosk needs three.
    """
    from pathlib import Path

    import qtawesome
    from qtawesome.iconic_font import IconicFont

    fonts = Path(qtawesome.__file__).parent / "fonts"
    sets = []
    for prefix, style in ICON_SETS:
        ttf = next(fonts.glob(f"fontawesome5-{style}-webfont-[0-9]*.ttf"))
        charmap = next(fonts.glob(f"fontawesome5-{style}-webfont-charmap-*.json"))
        sets.append((prefix, ttf.name, charmap.name))
    return IconicFont(*sets)


def icon(name: str, **options) -> QIcon:
    """A FontAwesome 5 icon, e.g. icon("fa5s.play", color=...)."""
    return icon_font().icon(name, **options)


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
        self._qta = icon_font()
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
