"""A language switch repaints the window once, in its final layout (kiosk/ui/one_frame.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.one_frame import one_frame


class PaintPasses(QObject):
    """Counts the window's paint passes: one UpdateRequest of the top-level each."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.count += 1
        return False


def shown_frame(window: QWidget) -> QImage:
    """What the screen shows of `window`: its backing store as last flushed."""
    return window.screen().grabWindow(window.winId()).toImage().convertToFormat(QImage.Format_RGB32)


def fresh_render(window: QWidget) -> QImage:
    return window.grab().toImage().convertToFormat(QImage.Format_RGB32)


@pytest.mark.parametrize("order", [("fr", "ar", "zh", "en"), ("ar", "ru", "es", "zh")])
def test_a_language_switch_is_one_paint_showing_the_final_layout(main_window, qtbot, order):
    qtbot.wait(50)
    passes = PaintPasses(main_window)
    for lang in order:
        passes.count = 0
        main_window.language_bar.buttons[lang].click()
        qtbot.wait(120)  # every late paint (a layout's, an animation's) would come by now
        assert passes.count == 1, lang
        # The one frame shown is the finished window: nothing stale, nothing still to move.
        assert shown_frame(main_window) == fresh_render(main_window), lang


def test_changes_inside_are_painted_once_after_it(main_window, qtbot):
    qtbot.wait(50)
    passes = PaintPasses(main_window)
    labels = [label for label in main_window.findChildren(QLabel) if label.isVisible()][:5]
    with one_frame(main_window):
        for label in labels:
            label.setText(label.text() + " (changed)")
        qtbot.wait(30)  # the event loop runs inside: still nothing painted
        assert passes.count == 0
        with one_frame(main_window):  # nested: holds nothing more, lets nothing go
            labels[0].setText("nested")
        qtbot.wait(30)
        assert passes.count == 0
    qtbot.wait(50)
    assert passes.count == 1
    assert main_window.updatesEnabled()
    assert shown_frame(main_window) == fresh_render(main_window)


def test_painting_comes_back_when_the_change_fails(main_window, qtbot):
    with pytest.raises(ValueError), one_frame(main_window):
        raise ValueError("broken content")
    assert main_window.updatesEnabled()


def test_a_hidden_window_is_not_held(main_window):
    main_window.hide()
    with one_frame(main_window):
        assert main_window.updatesEnabled()  # nothing to hold: it paints nothing anyway
