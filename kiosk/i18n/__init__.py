"""Interface languages: live switching of Qt Linguist translators and layout direction.

Interface text comes from `translations/kiosk_<lang>.qm` (sources: the `.ts` files
beside them, updated with `tools/update_translations.py`) plus Qt's own
`qtbase_<lang>.qm`. Story text comes from the content database, not from here.

Set KIOSK_PSEUDO=1 to pseudo-localise: every interface string is stretched and
accented, and the layout is forced right-to-left, to find clipped or hard-coded text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from kiosk.core.config import UI_LANGUAGES

# UI_LANGUAGES: the interface languages, in the order the language bar shows them
# (defined once, in kiosk/core/config.py, which the settings check against).
RTL_LANGUAGES = frozenset({"ar"})
DEFAULT_LANGUAGE = "en"

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

_PSEUDO_MAP = str.maketrans("aceginorsuyACEGINORSUY", "àçéĝîñöŕšûýÀÇÉĜÎÑÖŔŠÛÝ")


def pseudo_enabled() -> bool:
    return os.environ.get("KIOSK_PSEUDO", "") not in ("", "0")


def pseudo_localise(text: str) -> str:
    """Accent and stretch `text` by ~40 %, keeping %1-style placeholders intact."""
    if not text:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(text[i : i + 2])
            i += 2
            continue
        out.append(text[i].translate(_PSEUDO_MAP))
        i += 1
    padding = "~" * max(1, len(text) * 2 // 5)
    return "[" + "".join(out) + padding + "]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-localised source text."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo_localise(source_text)

    def isEmpty(self) -> bool:
        return False


def direction_for(lang: str, rtl: bool | None = None) -> Qt.LayoutDirection:
    """Right-to-left for Arabic (or when `rtl` says so, or under pseudo-localisation)."""
    if pseudo_enabled():
        return Qt.LayoutDirection.RightToLeft
    if rtl if rtl is not None else lang in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class InterfaceLanguage(QObject):
    """Installs the translators for one interface language at a time.

    Switching removes the previous translators and installs the new ones, which
    makes Qt send a LanguageChange event to every widget (they retranslate in
    `changeEvent`), and sets the application's layout direction (Arabic mirrors).
    """

    changed = Signal(str)

    def __init__(self, app: QCoreApplication, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._installed: list[QTranslator] = []  # installTranslator does not take ownership
        self._loaded: dict[str, list[QTranslator]] = {}
        self._pseudo: QTranslator | None = None
        self._code = ""

    @property
    def code(self) -> str:
        return self._code

    def switch(self, code: str, rtl: bool | None = None) -> None:
        """Make `code` the interface language; `rtl` overrides the built-in direction."""
        if code not in UI_LANGUAGES:
            code = DEFAULT_LANGUAGE
        # Every remove/installTranslator makes Qt broadcast a LanguageChange to every
        # widget (each one retranslates): swap them quietly, then broadcast once.
        with _QuietLanguageChange(self._app):
            for translator in self._installed:
                self._app.removeTranslator(translator)
            self._installed = []
            QLocale.setDefault(QLocale(code))
            for translator in self._translators(code):
                self._install(translator)
            if pseudo_enabled():
                self._pseudo = self._pseudo or PseudoTranslator(self)
                self._install(self._pseudo)
        self._code = code
        if isinstance(self._app, QGuiApplication):
            QGuiApplication.setLayoutDirection(direction_for(code, rtl))
        QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        # QApplication posts LanguageChange to each window: deliver it now, so that
        # every widget has retranslated when this returns (callers and tests rely on it).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(code)

    def uninstall(self) -> None:
        """Remove every translator this object installed (interface back to English)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self._code = ""

    def _translators(self, code: str) -> list[QTranslator]:
        """Qt's own and our translator for `code`, loaded once and kept (not one per switch)."""
        if code not in self._loaded:
            found = []
            qt_own = QTranslator(self)
            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(code), "qtbase", "_", path):
                found.append(qt_own)
            ours = QTranslator(self)
            if ours.load(str(TRANSLATIONS_DIR / f"kiosk_{code}.qm")):
                found.append(ours)
            self._loaded[code] = found
        return self._loaded[code]

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


class _QuietLanguageChange(QObject):
    """While active, swallows the LanguageChange events sent to the application object."""

    def __init__(self, app: QCoreApplication):
        super().__init__()
        self._app = app

    def __enter__(self) -> _QuietLanguageChange:
        self._app.installEventFilter(self)
        return self

    def __exit__(self, *exc) -> None:
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return watched is self._app and event.type() == QEvent.Type.LanguageChange


def ts_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"kiosk_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"kiosk_{code}.qm"
