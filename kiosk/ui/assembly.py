"""The application's building blocks: the QApplication with its fonts, the main window, the error screen.

Used by kiosk/app.py (the kiosk), the content studio, the self-test, tests and bench/, so
that none of them needs kiosk.app (which would make an import circle with the studio).
Heavy modules are imported inside the functions: `kiosk --help` and the other commands
start without Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path


def create_application(argv: list[str] | None = None):
    """The QApplication (reused if one exists), with the bundled fonts loaded."""
    from PySide6.QtWidgets import QApplication

    from kiosk.core.native_memory import limit_malloc_arenas

    limit_malloc_arenas()  # before Qt starts any thread (see kiosk/core/native_memory.py)
    app = QApplication.instance()
    if app is None:
        from kiosk.core import locate
        from kiosk.ui.fonts import use_own_fontconfig

        use_own_fontconfig(locate.bundled("fonts"))  # before Qt's first use of fonts
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("awareness-kiosk")
    load_fonts_once(app)
    return app


def load_fonts_once(app) -> list[str]:
    """Load the bundled fonts unless this application has them already (tests reuse one app)."""
    from kiosk.ui.fonts import FAMILIES

    if app.property("kiosk_fonts_loaded"):
        return list(FAMILIES)
    from kiosk.core import locate
    from kiosk.ui.fonts import install_bundled_fonts

    try:
        folder = locate.bundled("fonts")
    except FileNotFoundError:
        folder = Path("/nonexistent")
    families = install_bundled_fonts(app, folder)
    app.setProperty("kiosk_fonts_loaded", True)
    return families


def build_main_window(app, store, lang: str | None, mode: str = "desktop", theme=None, **options):
    """The main window on `store`, in `lang`, with the theme applied (icons load later)."""
    from kiosk.i18n import DEFAULT_LANGUAGE, InterfaceLanguage
    from kiosk.ui import accessibility
    from kiosk.ui.icons import Icons
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import Theme

    accessibility.install()  # roles of our own screens (dialogs, the idle warning)
    theme = theme or Theme()
    theme.apply(app)
    language = InterfaceLanguage(app, app)
    default = lang or DEFAULT_LANGUAGE
    language.switch(default)
    icons = Icons(app)
    window = MainWindow(
        store, language, icons, mode=mode, theme=theme, default_language=default, **options
    )
    return window


def build_error_screen(app, details: str, lang: str | None, *, can_retry: bool = False):
    from kiosk.i18n import DEFAULT_LANGUAGE, InterfaceLanguage
    from kiosk.ui.screens.error_screen import ErrorScreen
    from kiosk.ui.theme import Theme

    Theme().apply(app)
    screen = ErrorScreen(details, can_retry=can_retry)
    language = InterfaceLanguage(app, screen)  # a child: findChild(InterfaceLanguage)
    screen.language = language
    language.switch(lang or DEFAULT_LANGUAGE)
    screen.quit_requested.connect(app.quit)
    return screen
