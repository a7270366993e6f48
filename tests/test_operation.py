"""Unattended operation wired to the real window: idle reset, attract, quick exit, admin, counts."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.admin_pin import hash_pin
from kiosk.core.analytics import UsageCounts
from kiosk.core.config import Settings
from kiosk.operation import ADMIN, ATTRACT, NEUTRAL, PIN, KioskOperation
from kiosk.session import SessionTimings
from tests.window_input import click_in_window, key_in_window

FAST = SessionTimings(idle_ms=300, warning_ms=300, attract_ms=1500, gesture_window_ms=2000)


@pytest.fixture
def counts(tmp_path):
    usage = UsageCounts(tmp_path / "usage.db", flush_interval_s=0)
    yield usage
    usage.close()


@pytest.fixture
def operation(qapp, main_window, counts):
    settings = Settings(mode="kiosk", admin_pin_hash=hash_pin("2468"))
    op = KioskOperation(
        qapp, main_window, settings, mode="kiosk", counts=counts, timings=FAST, admin_hold_ms=200
    )
    yield op
    op.uninstall()


def visit(window, qtbot):
    """A visitor changes everything a reset must put back."""
    window.set_language("fr")
    window.chips.select("tag", "children")
    window._on_filter("tag", "children")
    window.carousel.next()
    window.search_field.setText("Poipet")
    window.open_story("2012-07-04-cambodia")


def test_idle_warning_then_reset_restores_every_piece_of_state(operation, main_window, qtbot):
    window = main_window
    click_in_window(window.carousel.card)  # a visitor arrives
    visit(window, qtbot)
    assert (window.lang, window.current_page_name()) == ("fr", "story")
    qtbot.waitUntil(operation.idle_warning.isVisible, timeout=3000)  # "Still there?"
    with qtbot.waitSignal(operation.session.reset_requested, timeout=3000):
        pass
    assert window.lang == "en"
    assert window.current_page_name() == "home"
    assert window.chips.selected == ("", "")
    assert window.search_field.text() == ""
    assert window.carousel.model.rowCount() == window.store.story_count()
    assert window.carousel.current_card().id == window.store.stories("en")[0].id
    assert not operation.idle_warning.isVisible()


def test_a_touch_during_the_countdown_keeps_the_visit(operation, main_window, qtbot):
    window = main_window
    click_in_window(window.carousel.card)
    window.set_language("ru")
    qtbot.waitUntil(operation.idle_warning.isVisible, timeout=3000)
    click_in_window(operation.idle_warning.continue_button)
    assert not operation.idle_warning.isVisible()
    assert window.lang == "ru"


def test_the_idle_warning_made_at_the_first_countdown_shows_it_once_and_follows(
    operation, main_window, qtbot, monkeypatch
):
    """ "Still there?" is not built with the window (not before the first frame): the
    first countdown makes it and shows it once; later countdowns show it as before."""
    from kiosk.ui.screens.idle_warning import IdleWarning

    assert operation._idle_warning is None
    shown = []
    show = IdleWarning.show_countdown
    monkeypatch.setattr(IdleWarning, "show_countdown", lambda w, s: (shown.append(s), show(w, s)))
    click_in_window(main_window.carousel.card)
    qtbot.waitUntil(lambda: operation._idle_warning is not None, timeout=3000)
    warning = operation.idle_warning
    assert warning.isVisible() and len(shown) == 1
    assert warning.title.text() and str(shown[0]) in warning.text.text()
    click_in_window(warning.continue_button)
    assert not warning.isVisible()
    qtbot.waitUntil(warning.isVisible, timeout=3000)  # the next countdown: the same widget
    assert operation.idle_warning is warning and len(shown) == 2


def test_attract_loop_appears_and_a_touch_returns_home(operation, main_window, qtbot):
    qtbot.waitUntil(lambda: operation.cover.name == ATTRACT, timeout=4000)
    screen = operation.cover.widget
    assert screen.isVisible() and screen.geometry() == main_window.rect()
    assert screen.current_slide.kind == "headline"  # it opens on the headline
    click_in_window(screen)
    qtbot.waitUntil(lambda: operation.cover.name == "", timeout=2000)
    assert main_window.current_page_name() == "home"


def test_quick_exit_control_shows_a_neutral_screen_and_resets(operation, main_window, qtbot):
    window = main_window
    visit(window, qtbot)
    click_in_window(window.quick_exit_button)
    assert operation.cover.name == NEUTRAL
    assert (window.lang, window.current_page_name()) == ("en", "home")
    click_in_window(operation.cover.widget)
    assert operation.cover.name == ""


def test_quick_exit_by_pressing_escape_three_times(operation, main_window, qtbot):
    window = main_window
    visit(window, qtbot)
    focus = QApplication.focusWidget() or window
    for _ in range(3):
        key_in_window(focus, Qt.Key.Key_Escape)
        focus = QApplication.focusWidget() or window
    assert operation.cover.name == NEUTRAL
    assert window.lang == "en"


def test_admin_gesture_asks_for_the_pin_then_opens_the_panel(operation, main_window, qtbot):
    handle = main_window.windowHandle()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: operation.cover.name == PIN, timeout=2000)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    pad = operation.cover.widget
    for digit in "1111":
        pad.press(digit)
    pad.submit()
    assert operation.cover.name == PIN  # wrong PIN: still locked
    for digit in "2468":
        pad.press(digit)
    pad.submit()
    assert operation.cover.name == ADMIN
    with qtbot.waitSignal(operation.quit_requested, timeout=1000):
        operation.cover.widget.quit_button.click()


def test_a_short_press_in_the_corner_does_nothing(operation, main_window, qtbot):
    handle = main_window.windowHandle()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.wait(400)  # longer than the hold time: the released press must not open anything
    assert operation.cover.name != PIN


def test_visits_are_counted_in_aggregate_only(operation, main_window, counts, qtbot):
    window = main_window
    click_in_window(window.title)  # a visitor arrives
    window.open_story("2012-07-04-cambodia")
    window.go_back()
    window.open_story("2012-07-04-cambodia")
    window.language_bar.language_chosen.emit("ar")
    counts.flush()
    rows = {(event, item, lang): n for _hour, event, item, lang, n in counts.rows()}
    assert rows[("story_view", "2012-07-04-cambodia", "en")] == 2
    assert rows[("session_start", "", "en")] == 1
    assert rows[("language_choice", "ar", "ar")] == 1


def test_a_whole_visit_opens_no_socket(operation, main_window, qtbot, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted in an offline kiosk")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    window = main_window
    click_in_window(window.carousel.card)
    for lang in ("fr", "ar", "zh"):
        window.set_language(lang)
        window.open_story("2012-07-04-cambodia")
        window.go_back()
        for card in window.resource_cards.cards:
            window.open_resource(card.resource_id)
            window.go_back()
        window.search("Cambodia")
    click_in_window(window.quick_exit_button)
    assert attempts == []


def test_attract_never_shows_a_sensitive_story_in_any_language(operation, main_window, qtbot):
    qtbot.waitUntil(lambda: operation.cover.name == ATTRACT, timeout=4000)
    screen = operation.cover.widget
    sensitive = {c.id for c in main_window.store.stories("en") if c.sensitive}
    assert sensitive, "the sample content has a sensitive story"
    assert screen.shown_story_ids()
    assert not screen.shown_story_ids() & sensitive


def test_a_touch_on_the_attract_loop_starts_in_the_language_showing(operation, main_window, qtbot):
    qtbot.waitUntil(lambda: operation.cover.name == ATTRACT, timeout=4000)
    screen = operation.cover.widget
    while screen.current_prompt_language != "fr":
        screen.advance()
    click_in_window(screen)
    qtbot.waitUntil(lambda: operation.cover.name == "", timeout=2000)
    assert (main_window.lang, main_window.current_page_name()) == ("fr", "home")
