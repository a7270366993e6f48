"""Builds and runs the application: fonts, translator, theme, content store, main window."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)


def create_application(argv: list[str] | None = None):
    """The QApplication (reused if one exists), with the bundled fonts loaded."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("awareness-kiosk")
    load_fonts_once(app)
    return app


def load_fonts_once(app) -> list[str]:
    """Load the bundled fonts unless this application has them already (tests reuse one app)."""
    from kiosk.ui.fonts import FAMILIES

    if app.property("kiosk_fonts_loaded"):
        return list(FAMILIES)
    from kiosk import locate
    from kiosk.ui.fonts import install_bundled_fonts

    try:
        folder = locate.bundled("fonts")
    except FileNotFoundError:
        folder = Path("/nonexistent")
    families = install_bundled_fonts(app, folder)
    app.setProperty("kiosk_fonts_loaded", True)
    return families


def open_store(db: Path | None):
    """(store, None) or (None, error message) — never raises for a bad database."""
    from kiosk import locate
    from kiosk.content.store import ContentStore, ContentStoreError

    try:
        path = db or locate.bundled_database()
        return ContentStore(path), None
    except (ContentStoreError, FileNotFoundError) as error:
        return None, str(error)


def build_main_window(app, store, lang: str | None, mode: str = "desktop", **options):
    """The main window on `store`, in `lang`, with the theme applied (icons load later)."""
    from kiosk.i18n import DEFAULT_LANGUAGE, InterfaceLanguage
    from kiosk.ui.icons import Icons
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import Theme

    theme = Theme()
    theme.apply(app)
    language = InterfaceLanguage(app, app)
    default = lang or DEFAULT_LANGUAGE
    language.switch(default)
    icons = Icons(app)
    window = MainWindow(
        store, language, icons, mode=mode, theme=theme, default_language=default, **options
    )
    return window


def build_error_screen(app, details: str, lang: str | None):
    from kiosk.i18n import DEFAULT_LANGUAGE, InterfaceLanguage
    from kiosk.ui.error_screen import ErrorScreen
    from kiosk.ui.theme import Theme

    Theme().apply(app)
    screen = ErrorScreen(details)
    language = InterfaceLanguage(app, screen)  # a child: findChild(InterfaceLanguage)
    language.switch(lang or DEFAULT_LANGUAGE)
    screen.quit_requested.connect(app.quit)
    return screen


def run(args: argparse.Namespace) -> int:
    """Run the kiosk until its window closes; returns the exit code."""
    from PySide6.QtCore import QTimer

    app = create_application()
    mode = getattr(args, "mode", None) or "desktop"
    lang = getattr(args, "lang", None)
    store, error = open_store(getattr(args, "db", None))
    if store is None:
        log.error("%s", error)
        print(f"error: {error}", file=sys.stderr)
        screen = build_error_screen(app, error or "", lang)
        screen.resize(*DEFAULT_SIZE)
        screen.show()
        app.exec()
        return 1
    window = build_main_window(app, store, lang, mode)
    if getattr(args, "log_state", False):
        _log_state(window)
    window.quick_exit_requested.connect(window.reset_session)  # until the operation issue
    window.resize(*DEFAULT_SIZE)
    window.show()

    # The icon font is not needed for the first frame: load it once the window painted.
    def after_first_paint() -> None:
        if os.environ.get("KIOSK_BENCH_FIRST_FRAME"):  # bench/start.py times this line
            print(f"FIRST_FRAME {time.time():.6f}", flush=True)
        window.icons.load()

    loader = _AfterFirstPaint(window, after_first_paint)  # noqa: F841 (kept alive)
    QTimer.singleShot(2000, window.icons.load)  # in case no paint event ever comes
    code = app.exec()
    store.close()
    return code


class _AfterFirstPaint:
    """Calls `action` soon after `widget`'s first paint."""

    def __init__(self, widget, action):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, action)
                return False

        self.filter = Filter(widget)
        widget.installEventFilter(self.filter)


def _log_state(window) -> None:
    def emit(**state) -> None:
        print(json.dumps(state, ensure_ascii=False), flush=True)

    window.page_changed.connect(lambda name: emit(event="page", page=name, lang=window.lang))
    window.language_changed.connect(lambda code: emit(event="language", lang=code))
    window.story_opened.connect(lambda sid: emit(event="story", story=sid, lang=window.lang))
    emit(event="ready", page=window.current_page_name(), lang=window.lang)
