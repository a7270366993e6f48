"""Contrast and text size switch live, any number of times, on every screen, whatever is
half-done at that moment: pages built in idle time, deleteLater() pending, a story, a
film or a PDF open, a cover shown, an idle reset putting the configured look back.

The application's style sheet is only ever changed through kiosk/ui/theme.py, which never
empties it (Qt deletes its style sheet caches with the last QStyleSheetStyle, and a widget
styled before then and deleted after crashed the next switch: see `set_style_sheet`).
"""

from __future__ import annotations

import ast
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kiosk.content.store import ContentStore
from kiosk.core import locate
from kiosk.core.config import Settings
from kiosk.operation import KioskOperation
from kiosk.session import SessionTimings
from kiosk.ui.theme import TEXT_SIZES, Theme
from tests.media_fixtures import MULTIMEDIA_NOISE

ROOT = Path(__file__).resolve().parents[1]

# A hidden parent's buttons: each asks the style a hint in its constructor (so Qt marks it
# styled) and is never polished. The look is reset (what tests, the self-test and the
# studio do), set again, the buttons deleted, and the theme switched: with an empty style
# sheet in between, Qt's new cache kept the deleted buttons and the switch walked them.
STYLED_THEN_RESET = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget
    from kiosk.ui.theme import Theme, reset_look

    app = QApplication(sys.argv[:1])
    for round in range(4):
        Theme().apply(app)
        parent = QWidget()
        buttons = [QPushButton(str(i), parent) for i in range(100)]
        reset_look(app)
        Theme(high_contrast=True).apply(app)
        del buttons
        parent.deleteLater()
        del parent
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        Theme(text_size=round % 3).apply(app)
    print("switched", flush=True)
    """
)


def test_widgets_styled_before_a_reset_of_the_look_do_not_crash_a_later_switch():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["MALLOC_PERTURB_"] = "165"  # glibc: freed memory is overwritten, a stale read crashes
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", STYLED_THEN_RESET],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "switched" in done.stdout, done.stderr[-2000:]


def _application_style_sheet_calls(path: Path) -> list[int]:
    """Lines where `path` sets the application's style sheet itself."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setStyleSheet"
        ):
            continue
        owner = node.func.value
        text = ast.unparse(owner)
        if text in {"app", "qapp", "self._app", "self.app"} or "instance()" in text:
            lines.append(node.lineno)
    return lines


def test_only_the_theme_sets_the_application_style_sheet():
    found = {}
    for folder in ("kiosk", "tests", "bench", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "kiosk" / "ui" / "theme.py":
                continue
            if lines := _application_style_sheet_calls(path):
                found[str(path.relative_to(ROOT))] = lines
    assert found == {}, f"use kiosk.ui.theme.set_style_sheet / reset_look: {found}"


FAST = SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0, gesture_window_ms=2000)


@pytest.fixture
def kiosk(qapp, window_factory):
    store = ContentStore(locate.bundled_database())
    window = window_factory(store)
    operation = KioskOperation(
        qapp, window, Settings(mode="kiosk"), mode="kiosk", counts=None, timings=FAST
    )
    yield window, operation
    operation.cover.uncover()
    operation.uninstall()
    store.close()


def _deferred_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.slow
@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_contrast_and_text_size_switch_on_every_screen_in_any_state(kiosk, qtbot):
    window, operation = kiosk
    window.start_theme = Theme(high_contrast=True, text_size=1)  # the settings file's look
    window.warm_caches()  # story and search pages are built in idle time meanwhile
    stories = window.store.story_ids("en")
    state = {"switches": 0}

    def switch(rng: random.Random) -> None:
        how = rng.randrange(4)
        if how == 0:  # the footer's contrast button, as a visitor presses it
            qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
        elif how == 1:  # the footer's A A A
            window.set_text_size(rng.randrange(len(TEXT_SIZES)))
        elif how == 2:  # both at once, from the code (the desktop menu's keys do this)
            window.set_theme(Theme(high_contrast=rng.random() < 0.5, text_size=rng.randrange(3)))
        else:  # the idle reset: the configured look, language and home screen
            window.reset_session()
        state["switches"] += 1

    def story(rng):
        window.open_story(rng.choice(stories))  # the old chips and cards: deleteLater()

    def film(rng):
        window.open_resource("affected-for-life")

    def pdf(rng):
        window.open_resource("first-aid-kit")

    def home(rng):
        window.go_home()  # a resource page closes: deleteLater()

    def language(rng):
        window.set_language(rng.choice(["ar", "zh", "ru", "fr", "es", "en"]))

    def search(rng):
        window.search("trafficking")

    def idle_warning(rng):
        operation.idle_warning.show_countdown(30)

    def attract(rng):
        operation.show_attract()

    def quick_exit(rng):
        operation.show_neutral()

    def pin_pad(rng):
        operation.open_admin()

    def uncover(rng):
        operation.idle_warning.hide()
        operation.cover.uncover()

    actions = [story, film, pdf, home, language, search, idle_warning]
    actions += [attract, quick_exit, pin_pad, uncover, uncover]
    rng = random.Random(20261201)
    for _step in range(90):
        rng.choice(actions)(rng)
        switch(rng)  # at once: nothing delivered, nothing deleted yet
        settle = rng.randrange(3)
        if settle == 1:
            QApplication.processEvents()  # idle-time page building, layouts, paints
            switch(rng)
        elif settle == 2:
            _deferred_deletes()  # the pages and chips left behind go now
            switch(rng)
    uncover(rng)
    window.go_home()
    _deferred_deletes()
    window.set_theme(Theme())
    assert state["switches"] >= 90
    assert window.current_page_name() == "home"
    assert not window.theme.high_contrast
