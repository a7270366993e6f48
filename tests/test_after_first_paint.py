"""What waits for the kiosk's first frame starts once: after the first paint, or anyway
when no paint comes (a display that is off must not leave the idle reset, the kiosk lock
and Python's garbage collector waiting for ever)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from kiosk.app import _AfterFirstPaint


def test_runs_once_after_the_first_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    loader = _AfterFirstPaint(widget, lambda: calls.append("ran"), fallback_ms=400)
    widget.resize(200, 100)
    widget.show()
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)
    widget.update()
    qtbot.wait(700)  # past the fallback: still once
    assert calls == ["ran"]
    assert loader.filter is not None


def test_runs_when_the_window_is_never_painted(qtbot, caplog):
    widget = QWidget()  # never shown: no paint comes
    qtbot.addWidget(widget)
    calls: list[str] = []
    with caplog.at_level(logging.WARNING, logger="kiosk.app"):
        _loader = _AfterFirstPaint(widget, lambda: calls.append("ran"), fallback_ms=100)
        qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)
    assert "not painted within 0.1 s" in caplog.text
    qtbot.wait(200)
    assert calls == ["ran"]
