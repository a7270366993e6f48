"""Portrait stands: what a visitor touches is in the lower two thirds of the screen
(the design brief on reach). Every page's Back (and Listen) leaves the top row for a row at
the bottom of the page, above the footer, on a 1080x1920 stand; on a wide screen
(1920x1080, 1366x768) it stays at the top. Before, Back sat ~150-200 px from the top
of a portrait stand on every page but home."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.core.store_choice import open_store
from kiosk.selftest.resource_screens import resource_screens
from kiosk.selftest.run import SCREENS, run_self_test
from kiosk.ui.media_noise import MULTIMEDIA_NOISE
from tests.resource_screen_helpers import in_window

pytestmark = pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
PAGES = ("story", "search", "search-none")


def back_and_listen(page) -> list[QPushButton]:
    """The page's Back, and its Listen where it has one."""
    owner = getattr(page, "header", page)
    buttons = [owner.back_button]
    listen = getattr(page, "listen_button", None)
    if listen is not None and not listen.isHidden():
        buttons.append(listen)
    return buttons


def check(window, page) -> list[str]:
    problems = []
    portrait = window.height() > window.width()
    third = window.height() // 3
    footer = in_window(window.footer, window).top() if hasattr(window, "footer") else None
    for button in back_and_listen(page):
        name = button.accessibleName() or button.text()
        if not button.isVisible():
            problems.append(f"{name} is not shown")
            continue
        place = in_window(button, window)
        if portrait and place.top() < third:
            problems.append(f"{name} is out of reach: its top at {place.top()} px")
        if not portrait and place.top() >= third:
            problems.append(f"{name} left the top row: its top at {place.top()} px")
        if footer is not None and place.bottom() >= footer:
            problems.append(f"{name} is under the footer")
    back = back_and_listen(page)[0]
    if portrait:
        # Back on the reading side: the left in English, the right in Arabic.
        place = in_window(back, window)
        leading = place.left() < window.width() // 2
        if leading == window.isRightToLeft():
            problems.append(f"Back is on the wrong side: x={place.left()}")
    return problems


@pytest.mark.slow
def test_back_is_within_reach_on_a_portrait_stand_and_stays_at_the_top_elsewhere(qapp):
    store, error = open_store(None)
    assert store is not None, error
    try:
        screens = [s for s in SCREENS if s.name in PAGES] + resource_screens(store)
    finally:
        store.close()
    names = {screen.name for screen in screens}
    assert {"story", "search", "film", "document", "fund"} <= names, names
    seen = []

    def inspect(window):
        page = window.pages.currentWidget()
        seen.append(page)
        where = f"{window.width()}x{window.height()}/{window.lang}/{page.objectName()}"
        return [f"{where}: {problem}" for problem in check(window, page)]

    lines: list[str] = []
    sizes = [(1080, 1920), (1920, 1080), (1366, 768)]
    code = run_self_test(None, screens=screens, size=sizes, say=lines.append, inspect=inspect)
    assert code == 0, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert len(seen) == 6 * len(sizes) * len(screens)


def test_back_at_the_bottom_is_still_on_the_tab_path_and_escape_goes_back(window_factory):
    """A keyboard at a portrait stand: Tab still comes to Back (first of the page, as on
    a wide screen) and Escape still leaves the page."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    store, error = open_store(None)
    assert store is not None, error
    window = window_factory(store)
    window.resize(1080, 1920)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    resource = next(r.id for r in store.resources("en") if r.kind == "fund")
    for open_page in (
        lambda: window.open_story(window.carousel.current_card().id),
        lambda: window.open_resource(resource),
    ):
        open_page()
        QApplication.processEvents()
        page = window.pages.currentWidget()
        back = getattr(page, "header", page).back_button
        assert in_window(back, window).top() > window.height() * 2 // 3, "at the bottom"
        walked = []
        for _ in range(20):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            walked.append(QApplication.focusWidget())
        assert back in walked, [w.accessibleName() for w in walked]
        after = walked[walked.index(back) + 1]
        assert page.isAncestorOf(after), "the page's own controls follow Back"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert window.current_page_name() == "home"
