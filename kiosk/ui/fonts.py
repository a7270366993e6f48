"""Loads the bundled fonts so that every script renders, even on a machine with no fonts."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

# Preferred families, in fallback order: Latin/Cyrillic, then Arabic, then Chinese.
FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic", "Noto Sans SC", "Noto Sans CJK SC")
# The families of the bundled font files (resources/fonts; tests/test_fontconfig.py checks).
BUNDLED_FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# fontconfig's configuration for the kiosk, in the bundled fonts folder (see the file).
FONTCONFIG_NAME = "fonts.conf"


def use_own_fontconfig(folder: Path) -> bool:
    """On Linux, before Qt first uses fonts: fontconfig reads the kiosk's configuration
    (`folder`/fonts.conf: the system's fonts without the system's alias rules, which
    fontconfig applies each time Qt sets up a font: ~40 times, ~8 ms of the start's CPU;
    and the bundled fonts in `folder`, see `install_bundled_fonts`).
    A FONTCONFIG_FILE set by the deployment is kept. True if the kiosk's is used."""
    config = folder / FONTCONFIG_NAME
    if not sys.platform.startswith("linux") or "FONTCONFIG_FILE" in os.environ:
        return False
    if not config.is_file():
        log.warning("no fontconfig configuration at %s: the system's is used", config)
        return False
    os.environ["FONTCONFIG_FILE"] = str(config)
    _read_fontconfig_now(config)
    return True


def _read_fontconfig_now(config: Path) -> bool:
    """fontconfig's configuration made current from `config` alone, before Qt's first
    FcInit(). FcInit reads the same file, then every file of fontconfig's own template
    folder (/usr/share/fontconfig/conf.avail, ~40 files) for their descriptions only,
    which nothing here uses: ~16 M instructions, more than a whole start's fonts.
    Only with the fontconfig Qt is linked with (already loaded: QtGui is); under
    FC_DEBUG (fontconfig's own debugging) FcInit is left to do it. True if it did."""
    if "FC_DEBUG" in os.environ:
        return False
    import ctypes

    try:
        fontconfig = ctypes.CDLL("libfontconfig.so.1", mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
    except OSError:  # not loaded: Qt reads fonts some other way
        return False
    fontconfig.FcConfigCreate.restype = ctypes.c_void_p
    fontconfig.FcConfigParseAndLoad.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    fontconfig.FcConfigSetCurrent.argtypes = [ctypes.c_void_p]
    fontconfig.FcConfigDestroy.argtypes = [ctypes.c_void_p]
    made = fontconfig.FcConfigCreate()
    if not made:
        return False
    # Loaded as FcInit loads it (complaining of errors), then current: its fonts are
    # listed from fontconfig's caches then, as FcInit would.
    done = bool(
        fontconfig.FcConfigParseAndLoad(made, os.fsencode(config), 1)
        and fontconfig.FcConfigSetCurrent(made)
    )
    fontconfig.FcConfigDestroy(made)  # the current configuration holds its own reference
    if not done:
        log.warning("fontconfig could not load %s here: FcInit will", config)
    return done


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


def configured_families(folder: Path) -> list[str]:
    """The bundled families, when fontconfig has them from the kiosk's configuration
    (`use_own_fontconfig`), which names `folder`; else [] (the files must be loaded)."""
    if os.environ.get("FONTCONFIG_FILE") != str(folder / FONTCONFIG_NAME):
        return []
    known = [family for family in BUNDLED_FAMILIES if QFontDatabase.hasFamily(family)]
    if len(known) < len(BUNDLED_FAMILIES):  # e.g. a fontconfig without prefix="relative"
        log.info("fontconfig has not read %s: loading its fonts", folder)
        return []
    return known


def install_bundled_fonts(app: QGuiApplication, folder: Path) -> list[str]:
    """Make the fonts in `folder` the application font; return the families.

    Under the kiosk's own fontconfig configuration, fontconfig knows them as it knows the
    system's fonts: from its cache, without reading the files (after the first start).
    Otherwise (another platform, a deployment's FONTCONFIG_FILE, an application made
    before, as in tests) each file is loaded here (parsing each costs 0.1-0.6 ms of CPU).
    """
    families = configured_families(folder) or load_fonts(folder)
    if families:
        app.setFont(interface_font(families, app.font().pointSizeF()))
    return families
