"""Event filters, touch scrolling and other input set-up, held back until the first frame.

A Python event filter on the QApplication is called for every event of every object.
The first event it receives for an object of a class PySide6 has no wrapper for (Qt's
private QGestureManager, QWidgetWindow...) makes PySide6 load every wrapper type and
enum it knows, looking for one (40-80 ms of CPU at start, measured), and every event
afterwards is a call into Python. The app has none left: the focus ring, the visitor
session, the staff gesture and the kiosk lock filter the top-level windows
(`install_on_windows`), where input arrives before any widget sees it. None of them has
anything to do before a visitor can see the window, so the app starts with `hold()` and calls `release()` after the first
paint: the filters are then installed in the order they were asked for, as if they had
been installed at once. `after_first_frame` does the same for any other set-up that would
wrap Qt's private objects for Python (the focus ring's filters on the windows). Touch scrolling (`touch_scrolling`) waits the same way: the
first QScroller.grabGesture of a process creates Qt's gesture machinery and PySide6's
types for it (~15 ms at start, measured). Everything else (tests, the studio, the
self-test) installs them at once: nothing is held unless `hold()` was called.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

_held: list[Callable[[], None]] | None = None
_touch: list[QWidget] = []


def install(app: QApplication, event_filter: QObject) -> None:
    """`app.installEventFilter(event_filter)`, after the first frame while held."""
    after_first_frame(lambda: app.installEventFilter(event_filter))


def install_on_windows(app: QApplication, event_filter: QObject) -> None:
    """Filter the input of every top-level window (QWindow), after the first frame while held.

    Input from the platform reaches its window before Qt's widget dispatch, once, with
    positions in window coordinates; an application filter would be a call into Python
    for every event of every object. Windows are watched again whenever the focus window
    changes (installing twice keeps one filter, now first). Input sent straight to a
    widget (QTest given a widget) passes no window. Undo with `remove_from_windows`.
    """

    def watch(_focus_window: object = None) -> None:
        try:
            for window in QGuiApplication.topLevelWindows():
                window.installEventFilter(event_filter)
        except RuntimeError:  # the filter was deleted
            pass

    def start() -> None:
        setattr(event_filter, _WATCH, watch)
        app.focusWindowChanged.connect(watch)
        watch()

    after_first_frame(start)


def remove_from_windows(app: QApplication, event_filter: QObject) -> None:
    """Undo `install_on_windows`."""
    watch = getattr(event_filter, _WATCH, None)
    if watch is not None:
        delattr(event_filter, _WATCH)
        app.focusWindowChanged.disconnect(watch)
    for window in QGuiApplication.topLevelWindows():
        window.removeEventFilter(event_filter)


_WATCH = "_kiosk_watch_windows"


def after_first_frame(action: Callable[[], None]) -> None:
    """Run `action` now, or at `release` (in the order asked) while held."""
    if _held is not None:
        _held.append(action)
    else:
        action()


def touch_scrolling(viewport: QWidget) -> None:
    """Let a touch drag scroll `viewport` (QScroller), after the first frame while held."""
    if _held is not None:
        _touch.append(viewport)
    else:
        _grab_touch(viewport)


def _grab_touch(viewport: QWidget) -> None:
    # QScroller imported here: its Python type and enum classes not before the first frame.
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)


def hold() -> None:
    """From now on, `install` keeps filters until `release`."""
    global _held
    if _held is None:
        _held = []


def held() -> bool:
    return _held is not None


def release(app: QApplication) -> None:
    """Install the held filters and run the held actions in the order asked; stop holding."""
    global _held
    waiting, _held = _held or [], None
    viewports = list(_touch)
    _touch.clear()
    for viewport in viewports:
        try:
            _grab_touch(viewport)
        except RuntimeError:  # deleted meanwhile
            continue
    for action in waiting:
        try:
            action()
        except RuntimeError:  # its owner was deleted meanwhile
            continue
