"""Font Awesome 5 icons drawn from its fonts, without importing qtawesome at run time.

qtawesome (a dependency for its Font Awesome 5 font files and charmaps) costs about
0.1 s to import, through QtPy, which also loads QtOpenGL: too much before the first
frame. The kiosk reads the three Font Awesome 5 fonts and charmaps from qtawesome's
package folder itself (a few milliseconds) and paints each icon as qtawesome does
(the glyph at 0.875 of the icon's height, centred), so the home screen's first frame
has its icons.

An icon's colour is either fixed (a colour name or QColor: pictures drawn on their own
background) or a role of the application palette (QPalette.ColorRole), read each time
the icon is painted: such icons follow the theme (Theme.apply sets the palette), so a
switch to high contrast recolours the icons of pages already built, at once. `color_on`
(a role too) is the colour in the checked state (a checked button's accent background).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

# Icon name prefix -> the Font Awesome 5 style whose font and charmap it uses.
ICON_SETS = {"fa5s": "solid", "fa5": "regular", "fa5b": "brands"}
FALLBACK = "fa5s.heart"
DISABLED = "#A0AAB6"

# A fixed colour, or a palette role read when the icon is painted (follows the theme).
Color = str | QColor | QPalette.ColorRole


def _fixed(color: Color) -> QColor | QPalette.ColorRole:
    return color if isinstance(color, QPalette.ColorRole) else QColor(color)


def resolve(color: QColor | QPalette.ColorRole) -> QColor:
    """The colour to paint now: a role is looked up in the application's current palette."""
    if isinstance(color, QPalette.ColorRole):
        return QGuiApplication.palette().color(QPalette.ColorGroup.Active, color)
    return color


def fonts_folder() -> Path:
    """qtawesome's fonts folder (installed package, or the frozen build's data), not imported."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "qtawesome" / "fonts").is_dir():
        return Path(frozen) / "qtawesome" / "fonts"
    from importlib.util import find_spec

    spec = find_spec("qtawesome")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome (the Font Awesome 5 fonts) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


class IconFont:
    """The Font Awesome 5 fonts registered with Qt, and their charmaps (name -> glyph).

    Each set (solid, regular, brands) is registered on its first icon: the home screen
    uses solid icons only, and registering a font costs about 1.2 ms.
    """

    def __init__(self, folder: Path):
        self._folder = folder
        self._fonts: dict[str, QFont] = {}
        self._chars: dict[str, dict[str, str]] = {}
        names = os.listdir(folder)  # not Path.glob: its patterns compile regexes (~1 ms)
        self._files: dict[str, tuple[str, str]] = {}
        for prefix, style in ICON_SETS.items():
            stem = f"fontawesome5-{style}-webfont-"
            ttf = [
                n for n in names if n.startswith(stem) and n[len(stem) : len(stem) + 1].isdigit()
            ]
            charmap = [n for n in names if n.startswith(stem + "charmap-") and n.endswith(".json")]
            if not ttf or not ttf[0].endswith(".ttf") or not charmap:
                raise FileNotFoundError(f"no Font Awesome 5 {style} font in {folder}")
            self._files[prefix] = (ttf[0], charmap[0])

    def _load(self, prefix: str) -> bool:
        """Register the set of `prefix` ("fa5s"...) with Qt; False for an unknown prefix."""
        if prefix in self._chars:
            return True
        if prefix not in self._files:
            return False
        ttf, charmap = (self._folder / name for name in self._files[prefix])
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            raise OSError(f"cannot load the icon font {ttf}")
        font = QFont(QFontDatabase.applicationFontFamilies(font_id)[0])
        if ICON_SETS[prefix] == "solid":  # solid and regular share one family name
            font.setStyleName("Solid")
        font.setHintingPreference(QFont.HintingPreference.PreferDefaultHinting)
        self._fonts[prefix] = font
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        self._chars[prefix] = {name: chr(int(code, 16)) for name, code in codes.items()}
        return True

    def glyph(self, name: str) -> tuple[QFont, str] | None:
        """(font, character) of an icon name like "fa5s.first-aid", or None if unknown."""
        prefix, _, icon_name = name.partition(".")
        if not self._load(prefix):
            return None
        char = self._chars[prefix].get(icon_name)
        return None if char is None else (self._fonts[prefix], char)

    def icon(self, name: str, color: Color = "#FFFFFF", **options) -> QIcon:
        """The icon `name` (unknown names raise KeyError); `color_disabled` for disabled,
        `color_on` for the checked state (default: `color`)."""
        found = self.glyph(name)
        if found is None:
            raise KeyError(name)
        colors = (
            _fixed(color),
            _fixed(options.get("color_on", color)),
            _fixed(options.get("color_disabled", DISABLED)),
        )
        return QIcon(_GlyphEngine(found[0], found[1], colors))


class _GlyphEngine(QIconEngine):
    """Paints one glyph, centred, at 0.875 of the icon height (as qtawesome does)."""

    def __init__(self, font: QFont, char: str, colors: tuple):
        super().__init__()
        self._font, self._char, self._colors = font, char, colors

    def color(self, mode: QIcon.Mode, state: QIcon.State) -> QColor:
        """The colour the glyph is painted in now (normal, checked, disabled)."""
        normal, on, disabled = self._colors
        if mode == QIcon.Mode.Disabled:
            return resolve(disabled)
        return resolve(on if state == QIcon.State.On else normal)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        font = QFont(self._font)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.setPen(self.color(mode, state))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._font, self._char, self._colors)


@cache
def icon_font() -> IconFont:
    """The icon fonts, loaded on first use (a few milliseconds)."""
    return IconFont(fonts_folder())


def icon(name: str, **options) -> QIcon:
    """A Font Awesome 5 icon, e.g. icon("fa5s.play", color=..., color_disabled=...)."""
    color = options.pop("color", "#FFFFFF")
    return icon_font().icon(name, color, **options)


class Icons(QObject):
    """Hands out icons once `load()` ran; until then `icon()` returns None.

    Widgets that show icons take an Icons object and repaint on `ready`. The app
    loads them before the window is shown (cheap now), so the first frame has them.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._font: IconFont | None = None
        self._cache: dict[tuple[str, object], QIcon] = {}

    @property
    def is_ready(self) -> bool:
        return self._font is not None

    def load(self) -> None:
        if self._font is not None:
            return
        self._font = icon_font()
        self.ready.emit()

    def icon(self, name: str, color: Color = "#FFFFFF") -> QIcon | None:
        """The icon `name` in `color` (a palette role follows the theme), or None."""
        if self._font is None or not name:
            return None
        key = (name, color if isinstance(color, (str, QPalette.ColorRole)) else color.name())
        if key not in self._cache:
            try:
                self._cache[key] = self._font.icon(name, color)
            except KeyError:  # an unknown icon name in the content must not break the screen
                log.warning("unknown icon %r", name)
                self._cache[key] = self._font.icon(FALLBACK, color)
        return self._cache[key]
