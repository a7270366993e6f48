"""Application-wide event filters held back until the first frame (kiosk/ui/app_filters.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.ui import app_filters


class Recorder(QObject):
    def __init__(self, name: str, calls: list[str]):
        super().__init__()
        self.name, self.calls = name, calls

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.User:
            self.calls.append(self.name)
        return False


@pytest.fixture
def holding(qapp):
    app_filters.hold()
    yield qapp
    app_filters.release(qapp)  # never leave the next test holding


def test_held_filters_see_nothing_until_released_then_keep_their_order(holding):
    calls: list[str] = []
    target = QObject()
    first, second = Recorder("first", calls), Recorder("second", calls)
    app_filters.install(holding, first)
    app_filters.install(holding, second)
    assert app_filters.held()
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert calls == []
    app_filters.release(holding)
    assert not app_filters.held()
    QApplication.sendEvent(target, QEvent(QEvent.Type.User))
    # Installed in the order asked: the last one installed is called first, as always.
    assert calls == ["second", "first"]
    for recorder in (first, second):
        holding.removeEventFilter(recorder)


def test_without_hold_a_filter_is_installed_at_once(qapp):
    calls: list[str] = []
    recorder = Recorder("now", calls)
    app_filters.install(qapp, recorder)
    QApplication.sendEvent(QObject(), QEvent(QEvent.Type.User))
    assert calls == ["now"]
    qapp.removeEventFilter(recorder)


def test_touch_scrolling_waits_for_the_release_while_held(holding):
    from PySide6.QtWidgets import QScrollArea, QScroller

    area = QScrollArea()
    app_filters.touch_scrolling(area.viewport())
    assert not QScroller.hasScroller(area.viewport())
    app_filters.release(holding)
    assert QScroller.hasScroller(area.viewport())
    other = QScrollArea()
    app_filters.touch_scrolling(other.viewport())  # not held: at once
    assert QScroller.hasScroller(other.viewport())
