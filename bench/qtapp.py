"""In-process helpers for the Qt benchmarks: the real main window, the bare floor, paint clocks.

Used only inside worker processes (`python -m bench.<module> --worker`), so the
bench runner itself never imports Qt and every in-process figure starts fresh.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

SIZE = (1280, 800)


def application() -> QApplication:
    """The app's own QApplication set-up (fonts) when it exists, else a plain one."""
    try:
        from kiosk.app import create_application
    except ImportError:
        return QApplication.instance() or QApplication(["bench"])
    return create_application(["bench"])


def main_window(app: QApplication, db: Path, lang: str = "en"):
    """The real main window, built as `kiosk.app.run` builds it, shown and painted."""
    from kiosk.app import build_main_window, open_store

    store, error = open_store(db)
    if store is None:
        raise RuntimeError(error)
    window = build_main_window(app, store, lang, "desktop")
    window.resize(*SIZE)
    window.show()
    settle(app, 300)
    window.icons.load()  # as run() does after the first frame
    settle(app, 200)
    return window


def floor_window(app: QApplication) -> tuple[QMainWindow, QLabel]:
    window = QMainWindow()
    label = QLabel("Awareness kiosk")
    window.setCentralWidget(label)
    window.resize(*SIZE)
    window.show()
    settle(app, 100)
    return window, label


def settle(app: QApplication, ms: int = 0) -> None:
    """Deliver posted events; with `ms`, also run the event loop that long."""
    app.sendPostedEvents()
    app.processEvents()
    if ms:
        wait(ms)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class PaintClock(QObject):
    """Records perf_counter() at every Paint event for `root` and its descendants."""

    def __init__(self, app: QApplication, root: QWidget):
        super().__init__()
        self.root = root
        self.stamps: list[float] = []
        self.recording = False
        app.installEventFilter(self)

    def eventFilter(self, watched, event):
        if (
            self.recording
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.root or self.root.isAncestorOf(watched))
        ):
            self.stamps.append(time.perf_counter())
        return False


def frames(stamps: list[float], gap_s: float = 0.004) -> list[float]:
    """Paint stamps grouped into frames: paints closer than `gap_s` belong to one frame."""
    found: list[float] = []
    last = -1.0
    for stamp in sorted(stamps):
        if not found or stamp - last > gap_s:
            found.append(stamp)
        last = stamp
    return found
