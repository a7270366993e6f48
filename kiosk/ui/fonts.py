"""Loads the bundled fonts so that every script renders, even on a machine with no fonts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

# Preferred families, in fallback order: Latin/Cyrillic, then Arabic, then Chinese.
FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic", "Noto Sans SC", "Noto Sans CJK SC")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def load_fonts(folder: Path) -> list[str]:
    """Register every font file in `folder`; return the families that loaded."""
    loaded: list[str] = []
    if not folder.is_dir():
        log.warning("no bundled fonts folder at %s", folder)
        return loaded
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in loaded:
                loaded.append(family)
    return loaded


def interface_font(available: list[str], point_size: float | None = None) -> QFont:
    """A font whose family list falls back script by script across the bundled fonts."""
    font = QFont()
    families = [family for family in FAMILIES if family in available]
    families += [family for family in available if family not in families]
    if families:
        font.setFamilies(families)
    if point_size:
        font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def install_bundled_fonts(app: QGuiApplication, folder: Path) -> list[str]:
    """Load the fonts in `folder` and make them the application font; return the families."""
    families = load_fonts(folder)
    if families:
        app.setFont(interface_font(families, app.font().pointSizeF()))
    return families
