"""Unattended operation around the main window: idle reset, attract loop, quick exit, admin, counts.

`KioskOperation` wires the visitor session (kiosk/session.py), the full-window
screens (attract, neutral, PIN pad, admin panel), the "Still there?" overlay, the
privacy-first usage counts and the content-pack watcher (a pack waiting in the watched
folder is installed at the idle reset, never mid-visit) to a MainWindow. It holds little
state of its own (which screen covers the window, which pack install it follows); the rest
lives in the objects it connects.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core.analytics import UsageCounts
from kiosk.core.config import Settings
from kiosk.pack_watcher import PackWatcher
from kiosk.session import SessionState, SessionTimings, VisitorSession
from kiosk.ui import app_filters
from kiosk.ui.admin_gesture import AdminGesture
from kiosk.ui.main_window import MainWindow
from kiosk.ui.window_cover import WindowCover

if TYPE_CHECKING:
    from kiosk.ui.screens.idle_warning import IdleWarning
    from kiosk.ui.screens.pack_install_job import PackInstallJob

log = logging.getLogger(__name__)

ATTRACT, NEUTRAL, PIN, ADMIN = "attract", "neutral", "pin", "admin"
CONTENT_ERROR = "content-error"


class KioskOperation(QObject):
    """Connects session, screens and counts to `window` for the given mode."""

    quit_requested = Signal()
    # A content database was found damaged during a read (its path); queued, so that the
    # switch to other content happens after the read that found it has returned.
    content_damaged = Signal(str)

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings: Settings,
        *,
        mode: str,
        counts: UsageCounts | None,
        settings_warnings: list[str] | None = None,
        config_path: Path | None = None,
        timings: SessionTimings | None = None,
        admin_hold_ms: int = 5000,
        data_dir: Path | None = None,
        pack_watcher: PackWatcher | None = None,
    ):
        super().__init__(window)
        self.app = app
        self.window = window
        self.settings = settings
        self.mode = mode
        self.counts = counts
        self.settings_warnings = list(settings_warnings or [])
        self.config_path = config_path
        self.data_dir = (
            data_dir if data_dir is not None else getattr(pack_watcher, "data_dir", None)
        )
        self.pack_watcher = pack_watcher
        self._damaged: set[Path] = set()  # databases found damaged while running
        # The last pack install started from the admin panel (PackInstallJob): it outlives
        # the panel, and holds its own step and outcome; dropped once staff have closed
        # the panel on its outcome.
        self._install: PackInstallJob | None = None
        self._content_waiting = False  # an install ended mid-visit: switch at the reset
        # The program's exit code when it quits: 1 after Close on the content error screen.
        self.exit_code = 0
        self.content_damaged.connect(self._replace_damaged, Qt.ConnectionType.QueuedConnection)
        self.watch_store(window.store)
        # Where the admin panel looks for removable media (None: the system's mount points).
        self.media_folders: list[Path] | None = None
        self.session = VisitorSession(
            timings or SessionTimings.for_mode(settings, mode), is_busy=self.busy, parent=self
        )
        self.cover = WindowCover(window)
        # Prints the "ready" state line with --log-state (see state_logger).
        self.announce_ready: Callable[[], None] = lambda: None
        # "Still there?" is made when first needed: not among the hidden widgets built,
        # polished and styled before the first frame (~1.5 ms; never, outside kiosk mode).
        self._idle_warning: IdleWarning | None = None
        self.session.warning_started.connect(
            self._first_idle_warning, Qt.ConnectionType.SingleShotConnection
        )
        self.admin_gesture = AdminGesture(window, hold_ms=admin_hold_ms)
        self.admin_gesture.triggered.connect(self.open_admin)
        # On the windows, not the application: input passes its window before any widget.
        app_filters.install_on_windows(app, self.admin_gesture)
        app_filters.install_on_windows(app, self.session)  # last: sees Esc before anyone

        self.session.reset_requested.connect(self.reset)
        self.session.attract_requested.connect(self.show_attract)
        self.session.quick_exit_requested.connect(self.show_neutral)
        window.quick_exit_requested.connect(self.session.quick_exit)
        window.media_playing_changed.connect(self._on_playing_changed)
        # A reading aloud defers the idle reset like a film; its end restarts the clock.
        window.read_aloud.speaking_changed.connect(self._on_reading_changed)
        self.cover.changed.connect(lambda name: name and window.read_aloud.stop())

        self.session.session_started.connect(lambda: self._count("session_start"))
        window.story_opened.connect(lambda sid: self._count("story_view", sid))
        window.resource_opened.connect(lambda rid: self._count("resource_open", rid))
        window.language_bar.language_chosen.connect(
            lambda code: self._count("language_choice", code)
        )
        window.search_field.search_requested.connect(lambda _query: self._count("search"))

    @property
    def idle_warning(self) -> IdleWarning:
        """The "Still there?" countdown over the window, following the session."""
        if self._idle_warning is None:
            from kiosk.ui.screens.idle_warning import IdleWarning

            self._idle_warning = IdleWarning(self.window)
            self._idle_warning.attach(self.session)
        return self._idle_warning

    def _first_idle_warning(self, seconds: int) -> None:
        if self._idle_warning is None:  # made now: attached from the next signal on
            self.idle_warning.show_countdown(seconds)

    def uninstall(self) -> None:
        self.session.stop()
        app_filters.remove_from_windows(self.app, self.session)
        app_filters.remove_from_windows(self.app, self.admin_gesture)

    # -- the session -----------------------------------------------------------------
    def busy(self) -> bool:
        """Do not reset now (the session asks before each reset, and waits): a film plays
        or a text is read aloud, or staff are installing a pack."""
        presenting = self.window.is_presenting()  # a film, or a text read aloud
        staff_installing = self.staff_installing()  # the admin panel on a running install
        return presenting or staff_installing

    def reset(self) -> None:
        """Back to a fresh start for the next visitor (the film, if any, has ended)."""
        self.cover.uncover(ATTRACT)
        self.cover.uncover(PIN)
        self.cover.uncover(ADMIN)
        self.window.reset_session()
        log.info("session reset")
        if self.counts is not None:
            self.counts.flush()  # the visit's counts on disk: a power cut loses no past visit
        self._install_pending_pack()
        if self._content_waiting:
            self._content_waiting = False
            self.reload_content()

    # -- content packs -------------------------------------------------------------------
    def _install_pending_pack(self) -> None:
        """At the idle reset: install a pack waiting in the watched folder, then show it."""
        if self.pack_watcher is not None and self.pack_watcher.install_if_pending():
            self.reload_content()

    def reload_content(self) -> None:
        """Open the active content (a pack, or the bundled one) and show it; counts nothing."""
        from kiosk.packs.active import open_content

        opened = open_content(self.data_dir, avoid=self._damaged)
        if opened.store is None:
            log.error("cannot open the new content, keeping the current one: %s", opened.error)
            return
        self._show_store(opened.store)

    def watch_store(self, store) -> None:
        """Have `store` report damage found during a read (see ContentStore.on_damage)."""
        store.on_damage = lambda damaged, _reason: self.content_damaged.emit(str(damaged.path))

    def _show_store(self, store) -> None:
        old = self.window.store
        self.watch_store(store)
        self.window.set_store(store)
        old.close()

    def _replace_damaged(self, path: str) -> None:
        """A read found the shown database damaged: show the next readable content."""
        from kiosk.packs.active import open_content

        self._damaged.add(Path(path))
        if Path(path) != self.window.store.path:
            return  # already replaced
        opened = open_content(self.data_dir, avoid=self._damaged)
        if opened.store is None:
            log.critical("no readable content left (%s)", opened.error)
            self.show_content_error(opened.error)
            return
        log.warning("content database %s is damaged: now showing %s", path, opened.what)
        self._show_store(opened.store)
        self.count_fallback(opened.what)

    def count_fallback(self, what: str) -> None:
        """Count that the kiosk shows other content than it should ("previous", "bundled")."""
        self._count("content_fallback", "bundled" if "bundled" in what else "previous")

    def show_content_error(self, details: str) -> None:
        """Nothing readable is left: the error screen covers the window (staff can quit)."""
        from kiosk.ui.screens.error_screen import ErrorScreen

        screen = ErrorScreen(details, can_retry=True)
        screen.retry_requested.connect(lambda: self._retry_content(screen))
        screen.quit_requested.connect(self._quit_failed)
        self.cover.cover(CONTENT_ERROR, screen)

    def _retry_content(self, screen) -> None:
        """ "Try again" on the error screen: the stories again once content is readable."""
        from kiosk.packs.active import open_content

        opened = open_content(self.data_dir, avoid=self._damaged)
        if opened.store is None:
            log.error("still no readable content: %s", opened.error)
            screen.set_details(opened.error)
            return
        log.warning("content readable again: showing %s", opened.what)
        self._show_store(opened.store)
        self.cover.uncover(CONTENT_ERROR)

    def _quit_failed(self) -> None:
        """Close on the error screen: the program ends with a failure exit code, so that a
        service manager restarts it (systemd's Restart=on-failure, packaging/linux)."""
        self.exit_code = 1
        self.quit_requested.emit()

    def show_attract(self) -> None:
        if self.cover.name in (PIN, ADMIN):
            return  # staff at work: no attract loop over the admin panel
        screen = attract_screen_for(self.window)
        screen.language_chosen.connect(self._start_in)
        screen.dismissed.connect(lambda: self.cover.uncover(ATTRACT))
        self.cover.cover(ATTRACT, screen)
        self._count("attract_start")

    def _start_in(self, lang: str) -> None:
        """A touch on the attract loop: the home screen, in the language that was showing."""
        self.window.go_home()
        if lang != self.window.lang:
            self.window.set_language(lang)

    def show_neutral(self) -> None:
        """Quick exit: a neutral screen at once; the session resets behind it."""
        from kiosk.ui.screens.neutral_screen import NeutralScreen

        screen = NeutralScreen()
        screen.left.connect(lambda: self.cover.uncover(NEUTRAL))
        self.cover.cover(NEUTRAL, screen)
        self._count("quick_exit")

    def _on_playing_changed(self, playing: bool) -> None:
        if not playing:
            self.session.busy_ended()
        else:
            self._count("film_play")

    def _on_reading_changed(self, reading: bool) -> None:
        if not reading:
            self.session.busy_ended()
        else:
            self._count("read_aloud", self.window.read_aloud.reading_language)

    def _count(self, event: str, item: str = "") -> None:
        if self.counts is not None:
            self.counts.count(event, item, self.window.lang)

    # -- staff ---------------------------------------------------------------------------
    def open_admin(self) -> None:
        """The hidden gesture (kiosk) or the menu (desktop): PIN first where one guards it."""
        from kiosk.core.admin_pin import PinGuard
        from kiosk.ui.screens.pin_pad import PinPad

        if self.mode != "kiosk":
            self._show_admin_panel()
            return
        pad = PinPad(PinGuard(self.settings.admin_pin_hash))
        pad.accepted.connect(self._show_admin_panel)
        pad.cancelled.connect(lambda: self.cover.uncover(PIN))
        self.cover.cover(PIN, pad)

    def _show_admin_panel(self) -> None:
        from kiosk.ui.screens.admin_panel import AdminPanel

        languages = [(lang.code, lang.name) for lang in self.window.store.languages()]
        panel = AdminPanel(
            self.counts if self.counts is not None else _NoCounts(),
            self.settings,
            self.settings_warnings,
            config_path=self.config_path,
            languages=languages,
            data_dir=self.data_dir,
            mode=self.mode,
            media_folders=self.media_folders,
        )
        panel.closed.connect(self._admin_closed)
        panel.quit_requested.connect(self.quit_requested)
        panel.settings_changed.connect(self.apply_settings)
        panel.content_changed.connect(self.reload_content)
        panel.content.install_started.connect(self._follow_install)
        if self._install is not None:  # still running, or staff have not closed the panel
            panel.content.follow(self._install)  # since it ended (a quick exit, the reset)
        self.cover.cover(ADMIN, panel)

    def _admin_closed(self) -> None:
        """Staff closed the panel themselves: they have seen the last install's outcome."""
        if self._install is not None and not self._install.running:
            self._install = None
        self.cover.uncover(ADMIN)

    # -- a pack install from the admin panel -------------------------------------------------
    def staff_installing(self) -> bool:
        """True while the admin panel is open on a running install (the idle reset waits:
        the panel would close under the staff, who could not see how it ended)."""
        return self._install is not None and self._install.running and self.cover.name == ADMIN

    def _follow_install(self, job: PackInstallJob) -> None:
        self._install = job
        job.finished.connect(self._install_finished)

    def _install_finished(self) -> None:
        """The install ended (after its outcome reached the panel, if open)."""
        # The panel that started it may be gone (a quick exit): the new content is shown
        # now if nobody is visiting, else at the idle reset (never mid-visit).
        from kiosk.packs.active import active_database

        active = active_database(self.data_dir)
        if active is not None and active != self.window.store.path:
            visiting = self.session.state in (SessionState.ACTIVE, SessionState.WARNING)
            if visiting and self.cover.name != ADMIN:
                self._content_waiting = True
            else:
                self.reload_content()
        # Staff get the whole idle time to read the outcome before the panel closes.
        self.session.busy_ended()

    def apply_settings(self, settings: Settings) -> None:
        """New settings from the admin panel (already saved): use them from now on."""
        self.settings = settings
        self.window.default_language = settings.default_language
        self.session.set_timings(SessionTimings.for_mode(settings, self.mode))


class _NoCounts:
    """Stands in for the usage counts when the data folder could not be used."""

    enabled = False

    def totals_by_day(self, event: str = "session_start", days: int = 14):
        return []

    def totals_by_event(self):
        return {}

    def export_csv(self, path: Path) -> int:
        return 0


def state_logger(
    operation: KioskOperation, write: Callable[[str], None] | None = None
) -> Callable[[], None]:
    """`--log-state`: one JSON line per visible change, for end-to-end tests and support.

    Returns the function that prints the "ready" line: call it once the window painted.
    """
    window = operation.window

    def emit(**state) -> None:
        line = json.dumps(state, ensure_ascii=False)
        (write or _print)(line)

    def page_changed(name: str) -> None:
        emit(event="page", page=name, lang=window.lang, targets=tap_targets(window))
        page = window.page(name)
        choices = getattr(page, "choices_changed", None)
        if choices is not None:
            choices.connect(
                lambda version, subs: emit(event="film", version=version, subtitles=subs)
            )
        view = getattr(page, "view_changed", None)
        if view is not None:
            view.connect(lambda n, scroll, fit: emit(event="pdf", page=n, scroll=scroll, fit=fit))

    def cover_changed(name: str) -> None:
        emit(
            event="page",
            page=name or window.current_page_name(),
            lang=window.lang,
            targets=cover_targets(operation.cover.widget),
        )
        content = getattr(getattr(operation.cover.widget, "content", None), "content_changed", None)
        if content is not None:
            content.connect(lambda: emit(event="content", changed=True))

    def sheet_opened(sheet) -> None:
        targets = {f"sheet:{code}": row for code, row in sheet.rows.items()}
        targets |= {f"sheet:action:{i}": button for i, button in enumerate(sheet.actions)}
        emit(event="sheet", title=sheet.title.text(), targets=centres(targets))

    from kiosk.ui.widgets.chooser import SHEET_OPENED

    SHEET_OPENED.append(sheet_opened)
    operation.destroyed.connect(
        lambda: sheet_opened in SHEET_OPENED and SHEET_OPENED.remove(sheet_opened)
    )
    window.page_changed.connect(page_changed)
    window.language_changed.connect(lambda code: emit(event="language", lang=code))
    window.story_opened.connect(lambda sid: emit(event="story", story=sid, lang=window.lang))
    window.media_playing_changed.connect(lambda playing: emit(event="film", playing=playing))
    operation.cover.changed.connect(cover_changed)
    operation.session.warning_started.connect(lambda s: emit(event="warning", seconds=s))
    operation.session.reset_requested.connect(lambda: emit(event="reset", lang=window.lang))
    carousel = window.carousel
    index_changed = getattr(carousel, "current_changed", None)
    if index_changed is not None:
        index_changed.connect(lambda row: emit(event="carousel", index=row))
    return lambda: emit(
        event="ready",
        page=window.current_page_name(),
        lang=window.lang,
        mode=operation.mode,
        content=str(window.store.path),  # which database is shown (a pack, the bundled one)
        stories=window.carousel.count(),
        targets=tap_targets(window),
    )


def tap_targets(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Screen positions of the controls a visitor taps on the current page (for e2e tests)."""
    controls = {f"language:{code}": b for code, b in window.language_bar.buttons.items()}
    controls |= {f"resource:{card.resource_id}": card for card in window.resource_cards.cards}
    controls |= {
        "carousel": window.carousel.card,
        "story:open": window.carousel.card.read_button,
        "quick_exit": window.quick_exit_button,
    }
    page = window.pages.currentWidget()
    back = getattr(page, "back_button", None) or getattr(
        getattr(page, "header", None), "back_button", None
    )
    if back is not None:
        controls["back"] = back
    for name, attribute in (
        ("film:play", "play_button"),
        ("pdf:fit-page", "fit_page_button"),
        ("pdf:fit-width", "fit_button"),
        ("pdf:pages", "page_label"),
    ):
        widget = getattr(page, attribute, None)
        if widget is not None:
            controls[name] = widget
    for name, attribute in (("film:language", "version_box"), ("film:subtitles", "subtitle_box")):
        chooser = getattr(page, attribute, None)
        if chooser is not None:
            controls[name] = chooser.sheet_button
            controls |= {f"{name}:{code}": b for code, b in chooser.segments.items()}
    view = getattr(page, "view", None)
    if view is not None and hasattr(page, "view_changed"):
        controls["pdf:view"] = view.viewport()
    return centres(controls, window)


def cover_targets(cover) -> dict[str, tuple[int, int]]:
    """Tap positions on a screen covering the window (PIN pad keys, admin panel buttons)."""
    controls = {}
    for key, button in getattr(cover, "keys", {}).items():
        controls[f"pin:{key}"] = button
    content = getattr(cover, "content", None)
    if content is not None:
        controls["admin:install"] = content.install_button
        controls["admin:close"] = cover.close_button
    return centres(controls, cover)


def centres(controls: dict, within=None) -> dict[str, tuple[int, int]]:
    """Screen positions of the centres of the visible `controls`."""
    targets = {}
    for name, widget in controls.items():
        if widget.isVisibleTo(within or widget.window()):
            centre = widget.mapToGlobal(widget.rect().center())
            targets[name] = (centre.x(), centre.y())
    return targets


def _print(line: str) -> None:
    print(line, flush=True, file=sys.stdout)


def attract_screen_for(window, **options):
    """The attract loop for `window`'s content: per language, its non-sensitive stories.

    `options` go to AttractScreen (e.g. fade_ms=0 for screenshots).
    """
    from kiosk.ui.screens.attract_screen import AttractScreen, highlights_from_cards

    codes = [language.code for language in window.store.languages()]
    stories = {
        code: sorted(  # stories published in the language first
            highlights_from_cards(
                window.attract_cards(code),
                {label.key: label.text for label in window.store.labels("country", code)},
            ),
            key=lambda highlight, code=code: highlight.lang != code,
        )
        for code in codes
    }
    return AttractScreen(stories, languages=codes, icons=window.icons, **options)
