"""What waits for the kiosk's first frame starts once: after the first paint at which the
home is ready, or anyway when no such paint comes (a display that is off must not leave
the idle reset, the kiosk lock and Python's garbage collector waiting for ever). The
bench's FIRST_FRAME line (kiosk/app.py `_FirstFrame`, `on_painted`) comes only from that
paint, before the work that waits for it."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from kiosk.app import _FirstFrame


def test_runs_once_after_the_first_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    loader = _FirstFrame([widget], lambda: calls.append("ran"), fallback_ms=400)
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
        _loader = _FirstFrame(
            [widget],
            lambda: calls.append("ran"),
            on_painted=lambda: calls.append("FIRST_FRAME"),
            fallback_ms=100,
        )
        qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)
    assert "not painted within 0.1 s" in caplog.text
    qtbot.wait(200)
    assert calls == ["ran"]  # no FIRST_FRAME line without a paint


def test_a_paint_before_the_home_is_ready_does_not_count(qtbot):
    """A paint with blank icon slots or an empty carousel is not the first frame; a
    later paint of the window or of a watched part (the story card) is, reported first."""
    window = QWidget()
    qtbot.addWidget(window)
    card = QWidget(window)
    card.resize(50, 50)
    ready = False
    calls: list[str] = []
    watcher = _FirstFrame(
        [window, card],
        lambda: calls.append("after"),
        ready=lambda: ready,
        on_painted=lambda: calls.append("FIRST_FRAME"),
        fallback_ms=5000,
    )
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert calls == [] and not watcher.painted
    ready = True
    card.update()  # the card alone repaints, now with its story and icons
    qtbot.waitUntil(lambda: calls == ["FIRST_FRAME", "after"], timeout=2000)
    window.update()
    qtbot.wait(100)
    assert calls == ["FIRST_FRAME", "after"]
    assert not watcher.fallback.isActive()


def test_the_home_without_stories_is_ready_at_its_first_paint():
    """Content without a story (resources only) shows the carousel's empty card: that
    paint is the first frame, not the 10 s fallback with a misleading warning."""
    from types import SimpleNamespace

    from kiosk.app import _home_ready

    def window(icons: bool, shown: int, stored: int):
        return SimpleNamespace(
            icons=SimpleNamespace(is_ready=icons),
            carousel=SimpleNamespace(count=lambda: shown),
            store=SimpleNamespace(story_count=lambda: stored),
        )

    assert _home_ready(window(icons=True, shown=3, stored=34))
    assert _home_ready(window(icons=True, shown=0, stored=0))
    assert not _home_ready(window(icons=True, shown=0, stored=34))  # cards still to come
    assert not _home_ready(window(icons=False, shown=3, stored=34))
