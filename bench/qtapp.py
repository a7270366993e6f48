"""In-process helpers for the Qt benchmarks: the real main window, the bare floor, paint clocks.

Used only inside worker processes (`python -m bench.<module> --worker`), so the
bench runner itself never imports Qt and every in-process figure starts fresh.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

# The window and the event helpers of the app's own soak session (kiosk/selftest/soak.py).
from kiosk.selftest.soak import open_window, settle, wait  # noqa: F401  (bench modules use them)

SIZE = (1280, 800)


def application() -> QApplication:
    """The app's own QApplication set-up (fonts) when it exists, else a plain one."""
    try:
        from kiosk.ui.assembly import create_application
    except ImportError:
        return QApplication.instance() or QApplication(["bench"])
    return create_application(["bench"])


def main_window(app: QApplication, db: Path, lang: str = "en"):
    """The real main window, built as `kiosk.app.run` builds it, shown and painted."""
    return open_window(app, db, lang)


def floor_window(app: QApplication) -> tuple[QMainWindow, QLabel]:
    window = QMainWindow()
    label = QLabel("Awareness kiosk")
    window.setCentralWidget(label)
    window.resize(*SIZE)
    window.show()
    settle(app, 100)
    return window, label


class PaintClock(QObject):
    """Stamps the frames in which `root` or one of its descendants was painted.

    A frame is one backing-store sync of the top-level window (its UpdateRequest
    event); its stamp is when that sync began. Paints outside a sync (grab(),
    repaint()) are stamped on their own and grouped by `frames()`.
    """

    def __init__(self, app: QApplication, root: QWidget):
        super().__init__()
        self.root = root
        self.top = root.window()
        self.stamps: list[float] = []
        self.recording = False
        self._sync: float | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched, event):
        if not self.recording:
            return False
        kind = event.type()
        if kind == QEvent.Type.UpdateRequest and watched is self.top:
            self._sync = time.perf_counter()
        elif (
            kind == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.root or self.root.isAncestorOf(watched))
        ):
            if self._sync is not None:
                self.stamps.append(self._sync)
            else:
                self.stamps.append(time.perf_counter())
        return False

    def reset(self) -> None:
        self.stamps.clear()
        self._sync = None


def frames(stamps: list[float], gap_s: float = 0.002) -> list[float]:
    """Paint stamps grouped into frames: stamps closer than `gap_s` belong to one frame."""
    found: list[float] = []
    last = -1.0
    for stamp in sorted(stamps):
        if not found or stamp - last > gap_s:
            found.append(stamp)
        last = stamp
    return found
