"""How the window behaves in each mode: kiosk (locked, touch), workshop (projector), desktop."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from shiboken6 import isValid

from kiosk.core.config import MODES
from kiosk.ui import app_filters

KIOSK, WORKSHOP, DESKTOP = MODES


class KioskLock(QObject):
    """Kiosk mode: swallows context menus, Alt+F4 and closing, and text selection.

    Esc is left alone: the session counts Esc presses for the quick-exit gesture and
    pages use it for "back". The OS-level lockdown (no Alt+Tab, no desktop) belongs to
    the kiosk session (packaging/linux/KIOSK-SESSION.md).

    Not an application event filter (a call into Python for every event of every object:
    ~1,000 a language switch, measured 5-9 ms of CPU each): the lock filters the input
    of the top-level windows (`app_filters.install_on_windows`), where a right click's or
    the menu key's ContextMenu event and Alt+F4 arrive before any widget sees them, and
    the main window itself (closing: `close()` sends its Close event to the widget, not
    through the window).

    The lock also owns the text rule: no text selection while it is installed (a finger
    dragging over a story would select instead of scrolling). Text widgets take their
    flags from `visitor_text_flags` where they are made, which asks the installed lock
    (`KioskLock.installed()`, `text_flags`); those made before the lock are covered by
    `cover_shown`.
    """

    # The lock installed in this process (a kiosk has one for its whole run), or None.
    _installed: KioskLock | None = None

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.allow_close = False

    @classmethod
    def installed(cls) -> KioskLock | None:
        """The installed lock, or None (none installed, removed, or its window deleted)."""
        lock = cls._installed
        return lock if lock is not None and isValid(lock) else None

    @staticmethod
    def text_flags(flags: Qt.TextInteractionFlag) -> Qt.TextInteractionFlag:
        """`flags` as the lock allows them: without text selection."""
        return flags & ~_SELECTION

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.Close and watched is self._window and not self.allow_close:
            event.ignore()
            return True
        return bool(
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F4
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )

    def install(self, app: QApplication) -> None:
        """Lock the windows (after the first frame while the app holds its filters)."""
        KioskLock._installed = self
        app_filters.install_on_windows(app, self)
        app_filters.after_first_frame(lambda: self._window.installEventFilter(self))

    def remove(self, app: QApplication) -> None:
        """Undo `install` (tests; a kiosk stays locked for its whole run)."""
        if KioskLock._installed is self:
            KioskLock._installed = None
        app_filters.remove_from_windows(app, self)
        self._window.removeEventFilter(self)

    def cover_shown(self) -> None:
        """Selection off in the text widgets made before the lock (they keep what they were
        made with; `visitor_text_flags` only applies to those made afterwards)."""
        from PySide6.QtWidgets import QTextEdit  # here: its enum classes not before the frame

        for kind in (QLabel, QTextEdit):
            for widget in self._window.findChildren(kind):
                flags = widget.textInteractionFlags()
                if self.text_flags(flags) != flags:
                    widget.setTextInteractionFlags(self.text_flags(flags))


_SELECTION = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def visitor_text_flags(flags: Qt.TextInteractionFlag) -> Qt.TextInteractionFlag:
    """The interaction flags for a text widget a visitor sees: `flags`, without selection in
    a locked kiosk (a finger dragging over the story would select instead of scrolling).

    Every text widget the app makes selectable takes its flags from here
    (tests/test_window_modes.py checks the sources), and read-only QTextEdits, selectable
    by default, set theirs from here too. The rule is the installed kiosk lock's
    (`KioskLock.text_flags`); without one, `flags` as they are.
    """
    lock = KioskLock.installed()
    return flags if lock is None else lock.text_flags(flags)


def apply_mode(app: QApplication, window: QMainWindow, mode: str) -> KioskLock | None:
    """Set window flags, cursor and input rules for `mode`; show the window."""
    if mode == KIOSK:
        lock = KioskLock(window)
        lock.install(app)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        fill_screen(window)
        return lock
    if mode == WORKSHOP:
        fill_screen(window)
        return None
    restore_geometry(window)
    window.show()
    return None


class ScreenFill(QObject):
    """Keeps a window covering the whole screen it is on, with or without a window manager.

    showFullScreen() only asks the window manager; on a bare X server (a locked-down
    kiosk) nobody answers and the window kept its 1280x800 at the top left. The geometry
    is therefore also set from QScreen, and again when the screen changes (rotated,
    resolution changed) or the window moves to another screen.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        window.setGeometry(self._current_screen().geometry())
        window.showFullScreen()
        handle = window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._follow)
        self._follow(self._current_screen())

    def _current_screen(self) -> QScreen:
        return self._window.screen() or QGuiApplication.primaryScreen()

    def _follow(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self.fit)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        screen = self._screen or self._current_screen()
        if screen is not None and self._window.geometry() != screen.geometry():
            self._window.setGeometry(screen.geometry())


def fill_screen(window: QWidget) -> ScreenFill:
    """Show `window` full screen on its screen and keep it so (see ScreenFill)."""
    fill = ScreenFill(window)
    window.setProperty("screen_fill", True)
    return fill


def _settings() -> QSettings:
    return QSettings("awareness-kiosk", "window")


def restore_geometry(window: QMainWindow) -> None:
    """Desktop mode reopens where staff left it."""
    saved = _settings().value("geometry")
    if isinstance(saved, QByteArray | bytes) and saved:
        window.restoreGeometry(QByteArray(saved))


def save_geometry(window: QMainWindow) -> None:
    _settings().setValue("geometry", window.saveGeometry())
