"""Builds and runs the application: fonts, translator, theme, content store, main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.ui.assembly import (  # the app's building blocks, also used by the studio and tests
    build_error_screen,
    build_main_window,
    create_application,
)

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
# app.exec()'s code when "Try again" on the start-up error screen found readable content.
RETRY_EXIT = 75
# The start's objects are left out of garbage collection until this long after the first
# frame (_collect_again).
UNFREEZE_AFTER_MS = 5000
# What waits for the first frame starts anyway this long after the window was shown.
FIRST_PAINT_FALLBACK_MS = 10000
# Set (by bench/start.py): print `FIRST_FRAME <epoch seconds> <width>x<height>` once the
# home screen has painted with its stories and icons.
BENCH_HOOK = "KIOSK_BENCH_FIRST_FRAME"


def run(args: argparse.Namespace) -> int:
    """Run the kiosk until its window closes; returns the exit code."""
    from kiosk import crash_guard
    from kiosk.core import config

    settings, warnings = config.load_settings(getattr(args, "config", None))
    mode = getattr(args, "mode", None) or settings.mode
    data_dir = config.data_dir(settings)
    keep_caches_in(data_dir)
    app = create_application()
    # First thing: kiosk.log, the crash file and the signals, for every later failure.
    guard = crash_guard.install(app, settings, data_dir=data_dir, mode=mode)
    lang = _interface_language(getattr(args, "lang", None), settings, warnings)
    for warning in warnings:
        log.warning("settings: %s", warning)
        print(f"warning: {warning}", file=sys.stderr)
    instance_lock = crash_guard.single_instance_lock(data_dir)
    if instance_lock is None:
        log.error("the kiosk is already running (lock in %s)", data_dir)
        print(f"error: the kiosk is already running (lock in {data_dir})", file=sys.stderr)
        guard.uninstall()
        return 1
    try:
        return _run_window(app, args, settings, warnings, mode, lang, data_dir, guard)
    finally:
        guard.uninstall()
        del instance_lock


def keep_caches_in(data_dir: Path) -> None:
    """Qt's shader cache (and fontconfig's) in <data dir>/cache, never in ~/.cache (Linux)."""
    if sys.platform.startswith("linux"):
        os.environ["XDG_CACHE_HOME"] = str(data_dir / "cache")


def _interface_language(wanted: str | None, settings, warnings: list[str]) -> str:
    from kiosk.core.config import UI_LANGUAGES

    if wanted is None:
        return settings.default_language
    if wanted not in UI_LANGUAGES:
        warnings.append(
            f"--lang {wanted}: not an interface language ({', '.join(UI_LANGUAGES)}); "
            f"using {settings.default_language}"
        )
        return settings.default_language
    return wanted


def _run_window(app, args, settings, warnings, mode, lang, data_dir, guard) -> int:
    from kiosk.core import config, start_guard
    from kiosk.packs.active import open_content

    failed = start_guard.record_start(data_dir)
    safe_start = start_guard.safe_start_message(failed)
    if safe_start:
        log.error("%s", safe_start)
        guard.previous_crash = "\n".join(filter(None, [guard.previous_crash, safe_start]))
    opened = open_content(data_dir, db=getattr(args, "db", None), bundled_only=bool(safe_start))
    # The record that the kiosk came up: written by a worker thread (it waits for the disk).
    up = start_guard.UpRecord(data_dir)
    if opened.store is None:
        up.start()  # the error screen is up: not a crash loop

        def still_unreadable() -> str:
            """ "Try again": the reason the content still cannot be shown, "" once it can."""
            again = open_content(data_dir, db=getattr(args, "db", None))
            if again.store is None:
                return again.error
            again.store.close()
            return ""

        code = _show_error(app, opened.error, lang, mode, still_unreadable)
        up.at_exit()  # written before the next start's record (or the process's end)
        if code == RETRY_EXIT:
            return _run_window(app, args, settings, warnings, mode, lang, data_dir, guard)
        return 1
    store = opened.store
    if opened.skipped:
        warnings.append(f"content: showing {opened.what}: " + "; ".join(opened.skipped))
    check_fallback = "bundled" not in opened.what  # checked after the first frame
    from kiosk.ui import app_filters
    from kiosk.ui.start_cache import StartCache
    from kiosk.ui.theme import Theme, text_size_step

    # The pictures' sea and world as the last start drew them and the line heights it
    # measured (~8 ms less of every start, same pixels: kiosk/ui/start_cache.py).
    start_cache = StartCache(data_dir / "cache")
    start_cache.keep()

    # No Python event filter on the application before the first frame (app_filters.py).
    app_filters.hold()
    theme = Theme(
        high_contrast=settings.high_contrast,
        text_size=text_size_step(settings.text_scale),
        base_pt=14.0 if mode == "kiosk" else 12.0,  # kiosk: larger text and touch targets
    )
    from kiosk.ui.read_aloud import ReadAloud

    window = build_main_window(
        app,
        store,
        lang,
        mode,
        theme,
        auto_advance_ms=config.carousel_interval_ms(settings, mode),
        read_aloud=ReadAloud() if settings.read_aloud else ReadAloud("none"),
    )
    operation = _operate(app, window, settings, warnings, mode, data_dir, args, guard)
    if opened.skipped:
        operation.count_fallback(opened.what)
    window.resize(*DEFAULT_SIZE)
    from PySide6.QtCore import QTimer

    from kiosk.ui.window_modes import apply_mode, save_geometry

    kiosk_lock = apply_mode(app, window, mode)

    def quit_for_staff() -> None:
        if kiosk_lock is not None:
            kiosk_lock.allow_close = True
        app.quit()

    operation.quit_requested.connect(quit_for_staff)

    window.icons.load()  # a few ms (no qtawesome import): the first frame has its icons

    def after_first_paint() -> None:
        _collect_again()
        if kiosk_lock is not None:
            kiosk_lock.cover_shown()
        app_filters.release(app)
        if check_fallback:  # opening the bundled database checks it: not before the frame
            _check_bundled_fallback(operation)
        operation.announce_ready()
        # The watched folder's first check (listing it, hashing a new pack) after the
        # first frame, not before it.
        QTimer.singleShot(0, operation.pack_watcher.start)
        window.warm_caches()
        # 0.3 s of loading (FFmpeg's library): after the first frame, before any film.
        QTimer.singleShot(500, _quiet_ffmpeg)
        # The read-aloud helper (its own process, a few seconds of voice listing) next:
        # its voices are known before a visitor opens a story.
        QTimer.singleShot(1000, window.read_aloud.prepare)

    first_frame = _FirstFrame(  # noqa: F841 (kept alive)
        (window, window.carousel.card),
        after_first_paint,
        ready=lambda: _home_ready(window),
        # bench/start.py times this line: printed before after_first_paint's work
        on_painted=_report_first_frame(window) if os.environ.get(BENCH_HOOK) else None,
    )
    QTimer.singleShot(start_guard.UP_AFTER_S * 1000, up.start)
    code = app.exec() or operation.exit_code
    window.read_aloud.shutdown()  # stops reading; the helper is killed, not waited for
    window.go_home()  # closes resource pages: a playing film is stopped
    if mode == "desktop":
        save_geometry(window)
    operation.uninstall()
    if operation.counts is not None:
        # Written, not closed: closing checkpoints the WAL (two syncs of the disk, 0.1-0.5 s
        # each while other programs wrote); the process's end closes it, the next start's
        # SQLite finds the counts in the WAL.
        operation.counts.flush()
    up.at_exit()
    start_cache.flush()
    log.info("kiosk stopped (exit code %d)", code)
    window.store.close()  # the store shown last (a content pack may have replaced the first)
    # The speech helper, killed first: gone by now (else init reads its end later).
    from kiosk.ui.read_aloud import collect_ended

    collect_ended()
    return code


def _collect_again() -> None:
    """Python's cyclic collector back on after the first frame (kiosk/cli/commands.py main
    turned it off for the start). The start's objects are set aside first (gc.freeze):
    switched on as they are, its next pass would walk all of them at once (~15 ms, the
    frame after the first). They rejoin the collected objects a few seconds later, and
    the collector walks them when it next walks the old generation, as it would have."""
    from PySide6.QtCore import QTimer

    gc.freeze()
    gc.enable()
    QTimer.singleShot(UNFREEZE_AFTER_MS, gc.unfreeze)


def _check_bundled_fallback(operation) -> None:
    """Staff see it in the admin panel's warnings when the fallback of last resort, the
    bundled content, would not open."""
    from kiosk.packs.active import check_bundled

    problem = check_bundled()  # logged there
    if problem:
        operation.settings_warnings.append(f"content: the bundled fallback is unusable: {problem}")


def _quiet_ffmpeg() -> None:
    from kiosk.ui.media_noise import quiet_ffmpeg

    if not quiet_ffmpeg():
        log.info("FFmpeg's library was not found: its own messages stay on stderr")


def _operate(app, window, settings, warnings, mode, data_dir, args, guard):
    """Session, screens, counts and (desktop) the menu bar around `window`."""

    from kiosk.core import config
    from kiosk.core.analytics import DATABASE_NAME, UsageCounts
    from kiosk.operation import KioskOperation, state_logger
    from kiosk.pack_watcher import PackWatcher

    # Opened when first needed (a visit's counts written, the admin panel), never before the
    # first frame: created on a first start, it syncs the disk several times.
    counts = UsageCounts(data_dir / DATABASE_NAME, defer_open=True)
    watcher = PackWatcher(settings, data_dir, window)  # after the first frame, every 5 minutes
    operation = KioskOperation(
        app,
        window,
        settings,
        mode=mode,
        counts=counts,
        settings_warnings=warnings,
        config_path=getattr(args, "config", None) or config.default_settings_path(),
        data_dir=data_dir,
        pack_watcher=watcher,
    )
    guard.attach(on_unhandled=operation.reset, on_shutdown=counts.flush)
    if guard.previous_crash:
        operation.settings_warnings.append(guard.previous_crash)
    if getattr(args, "log_state", False):
        operation.announce_ready = state_logger(operation)
    if mode == "desktop":
        from kiosk.ui.desktop_menu import DesktopMenu

        window.desktop_menu = DesktopMenu(
            window, open_admin=operation.open_admin, about_text=about_text
        )
    return operation


def about_text() -> str:
    """Version, and the bundled fonts and libraries with their licences."""
    import PySide6
    from PySide6.QtCore import qVersion

    from kiosk import __version__

    return "\n".join(
        [
            f"Awareness Kiosk {__version__}",
            "",
            f"Qt {qVersion()} and PySide6 {PySide6.__version__}: LGPL-3.0",
            "Noto Sans, Noto Sans Arabic, Noto Sans CJK SC: SIL Open Font License 1.1",
            "qtawesome: MIT; Font Awesome Free icons: CC BY 4.0, font SIL OFL 1.1",
            "segno (QR codes): BSD-3-Clause; sqlite-utils: Apache-2.0",
            "PyNaCl (pack signatures): Apache-2.0; libsodium: ISC",
            "SQLite: public domain; FFmpeg (in Qt Multimedia): LGPL-2.1",
        ]
    )


def _show_error(app, error: str, lang: str | None, mode: str, still_unreadable=None) -> int:
    """A clear, translated full-screen message instead of a crash. Returns 1 once closed
    (a kiosk service restarts the program), RETRY_EXIT when "Try again" found the
    content readable (the caller then starts the kiosk on it)."""
    log.error("%s", error)
    print(f"error: {error}", file=sys.stderr)
    screen = build_error_screen(app, error, lang, can_retry=still_unreadable is not None)

    def retry() -> None:
        problem = still_unreadable()
        if problem:
            log.error("still no readable content: %s", problem)
            screen.set_details(problem)
        else:
            app.exit(RETRY_EXIT)

    screen.retry_requested.connect(retry)
    screen.resize(*DEFAULT_SIZE)
    gc.enable()  # off since the start (kiosk/cli/commands.py main); no first frame to wait for
    if mode == "desktop":
        screen.show()
    else:
        from PySide6.QtCore import Qt

        from kiosk.ui.window_modes import fill_screen

        if mode == "kiosk":  # a touch screen: no mouse pointer over the message
            app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        fill_screen(screen)
    code = app.exec()
    if code != RETRY_EXIT:
        return 1
    if mode == "kiosk":
        app.restoreOverrideCursor()  # the kiosk's own window hides it again
    screen.close()
    screen.language.uninstall()
    screen.deleteLater()
    return RETRY_EXIT


def _home_ready(window) -> bool:
    """The home screen as a visitor sees it: its icons drawn, a story in the carousel (or
    its empty card, when the content has no story: then the first paint is the frame, and
    what waits for it does not wait for the 10 s fallback)."""
    if not window.icons.is_ready:
        return False
    return window.carousel.count() > 0 or window.store.story_count() == 0


def _report_first_frame(window) -> Callable[[], None]:
    def report() -> None:
        size = window.size()
        print(f"FIRST_FRAME {time.time():.6f} {size.width()}x{size.height()}", flush=True)

    return report


class _FirstFrame:
    """The first frame: `after` runs once, soon after the first paint of `widgets` (the
    window and the parts that may repaint alone) at which `ready()` holds.

    `on_painted` (the bench's FIRST_FRAME line) runs just before `after`, only when that
    paint came. If it does not come within `fallback_ms` (a kiosk whose display is off or
    whose compositor never exposes the window), `after` runs anyway, logged: what waits
    for the first frame (the visitor session's idle clock, the kiosk lock, Python's
    garbage collector) must not wait for ever.
    """

    def __init__(
        self,
        widgets: Sequence,
        after: Callable[[], None],
        *,
        ready: Callable[[], bool] = lambda: True,
        on_painted: Callable[[], None] | None = None,
        fallback_ms: int = FIRST_PAINT_FALLBACK_MS,
    ):
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.painted = False  # a paint at which ready() held has come
        self.done = False
        paint = QEvent.Type.Paint
        first_frame = self

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == paint and not first_frame.painted and ready():
                    first_frame.painted = True
                    for widget in widgets:
                        widget.removeEventFilter(self)
                    # After this paint pass has completed (the frame is on the screen).
                    QTimer.singleShot(0, lambda: first_frame._finish(""))
                return False

        def finish_anyway() -> None:
            if not self.painted:
                self._finish(f"the window was not painted within {fallback_ms / 1000:g} s")

        self._after = after
        self._on_painted = on_painted
        # The window and its parts, not the application: an application-wide Python
        # filter would cost the start itself 40-80 ms (kiosk/ui/app_filters.py).
        self.filter = Filter(widgets[0])
        for widget in widgets:
            widget.installEventFilter(self.filter)
        self.fallback = QTimer(self.filter)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(finish_anyway)
        self.fallback.start(fallback_ms)

    def _finish(self, why: str) -> None:
        if self.done:
            return
        self.done = True
        self.fallback.stop()
        if why:
            log.warning("%s: starting what waits for the first frame anyway", why)
        elif self._on_painted is not None:
            self._on_painted()
        self._after()
