"""Visitor session: idle warning and reset, attract loop, film deferral, quick-exit gesture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.core.config import Settings
from kiosk.session import SessionState, SessionTimings, VisitorSession
from kiosk.ui import app_filters
from tests.window_input import click_in_window, key_in_window


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def target(qtbot):
    """A widget to touch and type into."""
    button = QPushButton("target")
    qtbot.addWidget(button)
    button.show()
    button.setFocus()
    return button


@pytest.fixture
def session_factory(qapp):
    """Sessions installed on the windows as the app does it, removed afterwards."""
    made: list[VisitorSession] = []

    def factory(timings: SessionTimings, **kwargs) -> VisitorSession:
        session = VisitorSession(timings, **kwargs)
        app_filters.install_on_windows(qapp, session)
        made.append(session)
        return session

    yield factory
    for session in made:
        app_filters.remove_from_windows(qapp, session)
        session.deleteLater()


FAST = SessionTimings(idle_ms=120, warning_ms=250, attract_ms=0)


def test_first_touch_starts_a_session(qtbot, target, session_factory):
    session = session_factory(FAST)
    assert session.state is SessionState.WAITING
    with qtbot.waitSignal(session.session_started):
        click_in_window(target)
    assert session.state is SessionState.ACTIVE


def test_idle_then_warning_then_reset(qtbot, target, session_factory):
    session = session_factory(FAST)
    ticks = []
    session.warning_tick.connect(ticks.append)
    with qtbot.waitSignal(session.warning_started) as started:
        click_in_window(target)
    assert started.args == [1]
    assert session.state is SessionState.WARNING
    with qtbot.waitSignal(session.reset_requested, timeout=2000):
        pass
    assert session.state is SessionState.WAITING
    # the next touch is a new visitor
    with qtbot.waitSignal(session.session_started):
        click_in_window(target)


def test_touch_during_countdown_cancels(qtbot, target, session_factory):
    session = session_factory(SessionTimings(idle_ms=100, warning_ms=60_000, attract_ms=0))
    resets = []
    session.reset_requested.connect(lambda: resets.append(1))
    with qtbot.waitSignal(session.warning_started):
        click_in_window(target)
    with qtbot.waitSignal(session.warning_cancelled):
        click_in_window(target)
    assert session.state is SessionState.ACTIVE
    # and the idle clock runs again from that touch
    with qtbot.waitSignal(session.warning_started):
        pass
    assert resets == []


def test_continue_button_slot_cancels(qtbot, target, session_factory):
    session = session_factory(SessionTimings(idle_ms=50, warning_ms=60_000, attract_ms=0))
    with qtbot.waitSignal(session.warning_started):
        session.notify_activity()
    with qtbot.waitSignal(session.warning_cancelled):
        session.cancel_warning()
    assert session.state is SessionState.ACTIVE


def test_a_busy_session_defers_the_reset(qtbot, target, session_factory):
    busy = [True]
    session = session_factory(
        SessionTimings(idle_ms=60, warning_ms=60, attract_ms=0),
        is_busy=lambda: busy[0],  # e.g. a film plays
    )
    idle_checks = []
    real_on_idle = session._on_idle

    # count how often the idle time ran out while the film played (no warning then)
    def counting_on_idle() -> None:
        idle_checks.append(session.state)
        real_on_idle()

    session._idle.timeout.disconnect()
    session._idle.timeout.connect(counting_on_idle)
    warnings = []
    session.warning_started.connect(warnings.append)
    click_in_window(target)
    qtbot.waitUntil(lambda: len(idle_checks) >= 3, timeout=3000)
    assert warnings == [] and session.state is SessionState.ACTIVE
    # the film is paused: the idle time counts from now, then warning and reset
    busy[0] = False
    session.busy_ended()
    with qtbot.waitSignal(session.reset_requested, timeout=3000):
        pass
    assert warnings


def test_attract_after_reset_and_dismissed_by_a_touch(qtbot, target, session_factory):
    session = session_factory(SessionTimings(idle_ms=5000, warning_ms=5000, attract_ms=150))
    order = []
    session.reset_requested.connect(lambda: order.append("reset"))
    session.attract_requested.connect(lambda: order.append("attract"))
    click_in_window(target)  # a visitor, then walks away
    with qtbot.waitSignal(session.attract_requested, timeout=3000):
        pass
    assert order == ["reset", "attract"]  # the session is cleared behind the attract loop
    assert session.state is SessionState.ATTRACT
    with qtbot.waitSignal(session.session_started):
        click_in_window(target)
    assert session.state is SessionState.ACTIVE


def test_attract_without_any_visitor(qtbot, session_factory):
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=80))
    resets = []
    session.reset_requested.connect(lambda: resets.append(1))
    with qtbot.waitSignal(session.attract_requested, timeout=3000):
        pass
    assert resets == []  # nothing to reset


def test_modes_other_than_kiosk_have_no_idle_reset():
    assert SessionTimings.for_mode(Settings(mode="workshop")) == SessionTimings(0, 0, 0)
    kiosk = SessionTimings.for_mode(Settings(mode="kiosk", idle_timeout_s=30))
    assert (kiosk.idle_ms, kiosk.warning_ms, kiosk.attract_ms) == (30_000, 15_000, 90_000)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Shift])
def test_quick_exit_by_three_presses(qtbot, target, session_factory, key):
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0))
    order = []
    session.quick_exit_requested.connect(lambda: order.append("exit"))
    session.reset_requested.connect(lambda: order.append("reset"))
    with qtbot.waitSignal(session.quick_exit_requested):
        for _ in range(3):
            key_in_window(target, key)
    assert order == ["exit", "reset"]
    assert session.state is SessionState.WAITING


def test_quick_exit_through_the_window_counts_each_press_once(qtbot, target, session_factory):
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0))
    exits = []
    session.quick_exit_requested.connect(lambda: exits.append(1))
    window = target.windowHandle()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert exits == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert exits == [1]


def test_two_presses_or_mixed_keys_do_not_exit(qtbot, target, session_factory):
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0))
    exits = []
    session.quick_exit_requested.connect(lambda: exits.append(1))
    key_in_window(target, Qt.Key.Key_Escape)
    key_in_window(target, Qt.Key.Key_Escape)
    key_in_window(target, Qt.Key.Key_Shift)
    key_in_window(target, Qt.Key.Key_Escape)
    key_in_window(target, Qt.Key.Key_A)
    key_in_window(target, Qt.Key.Key_Escape)
    assert exits == []


def test_slow_presses_do_not_exit(qtbot, target, session_factory):
    clock = FakeClock()
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0), clock=clock)
    exits = []
    session.quick_exit_requested.connect(lambda: exits.append(1))
    for _ in range(3):
        key_in_window(target, Qt.Key.Key_Shift)
        clock.now += 1.1  # three presses over 2.2 s
    assert exits == []
    key_in_window(target, Qt.Key.Key_Shift)  # the last three span 2.2 s: still too slow
    assert exits == []
    clock.now += 0.1
    key_in_window(target, Qt.Key.Key_Shift)  # the last three span 1.2 s
    assert exits == [1]


def test_quick_exit_control_slot(qtbot, session_factory):
    session = session_factory(SessionTimings(idle_ms=0, warning_ms=0, attract_ms=0))
    with qtbot.waitSignals([session.quick_exit_requested, session.reset_requested]):
        session.quick_exit()


def test_the_session_watches_the_windows_not_every_object(qtbot, target, session_factory):
    """Input passes its window; an event sent straight to a widget is not a visitor."""
    session = session_factory(FAST)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)  # past the window: no application filter
    assert session.state is SessionState.WAITING
    with qtbot.waitSignal(session.session_started):
        click_in_window(target)
