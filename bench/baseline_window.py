"""The floor: a bare QApplication + QMainWindow + QLabel that reports its first painted frame.

Run as a script (`python bench/baseline_window.py`): it imports nothing but PySide6,
prints `FIRST_FRAME <epoch seconds> <width>x<height>` once the window's first paint
has completed (the app prints the same line under KIOSK_BENCH_FIRST_FRAME=1 once its
home screen has painted with stories and icons), at 1280x800 as the app, then idles until
stopped. `--quit` exits right after the line instead.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstFrame(QObject):
    """Prints FIRST_FRAME once, after the watched window's first paint has completed."""

    def __init__(self, window, quit_after: bool):
        super().__init__(window)
        self._quit = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self):
        size = self.parent().size()
        print(f"FIRST_FRAME {time.time():.6f} {size.width()}x{size.height()}", flush=True)
        if self._quit:
            QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Awareness kiosk"))
    window.resize(1280, 800)
    FirstFrame(window, "--quit" in sys.argv)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
