"""Opening, playing (with sound) and closing the film many times never hangs the kiosk.

With an audio output, detaching a player's video output from Python could deadlock
against the FFmpeg thread (found by the soak bench). The loop runs in a subprocess so a
hang fails this test instead of stopping the suite; faulthandler shows where it stuck.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LOOP = textwrap.dedent(
    """
    import faulthandler, sys
    faulthandler.dump_traceback_later(100, exit=True)
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from kiosk.core import locate
    from kiosk.content.store import ContentStore
    from kiosk.ui.pages.film_page import FilmPage

    app = QApplication([])
    film = ContentStore(locate.bundled_database()).resource("affected-for-life", "en")

    def spin(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    for cycle in range(int(sys.argv[1])):
        page = FilmPage(film, "en", None, None, audio=True)
        page.resize(640, 480)
        page.show()
        spin(120)
        page.play()  # creates the audio output
        spin(150)
        if cycle % 3 == 0:
            page.open_version("fr")  # a new player while the old one still plays
            spin(120)
        page.close_media()
        page.deleteLater()
        spin(20)
    print("cycles", cycle + 1)
    """
)


@pytest.mark.slow
def test_film_opens_plays_and_closes_forty_times_without_hanging():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", LOOP, "40"],
        capture_output=True,
        text=True,
        timeout=150,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "cycles 40" in result.stdout
