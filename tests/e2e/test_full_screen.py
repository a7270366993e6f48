"""Kiosk and workshop windows cover the whole screen on a bare X server (no window manager).

showFullScreen() alone only asks a window manager; on a locked-down kiosk without one the
window stayed 1280x800 at the top left of a 1366x768 screen, the footer cut off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_visitor_walk import private_xvfb

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(not shutil.which("Xvfb"), reason="needs Xvfb (scripts/setup.sh)"),
]

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from kiosk.ui.window_modes import apply_mode

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
lock = apply_mode(app, window, sys.argv[1])

def report():
    g = window.geometry()
    print(f"{g.x()} {g.y()} {g.width()} {g.height()}", flush=True)
    if lock is not None:
        lock.allow_close = True
    app.quit()

QTimer.singleShot(1500, report)
app.exec()
"""


@pytest.fixture
def bare_display():
    """A private Xvfb screen of 1366x768 and no window manager."""
    with private_xvfb(1366, 768) as name:
        yield name


@pytest.mark.parametrize("mode", ["kiosk", "workshop"])
def test_the_window_covers_the_screen_without_a_window_manager(bare_display, mode):
    env = {**os.environ, "DISPLAY": bare_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "0", "1366", "768"], done.stderr
