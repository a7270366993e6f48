"""The touch vocabulary, driven by real input events: chooser, sheet, stepper, seek bar, focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.chooser import Chooser
from kiosk.ui.widgets.focus_ring import PROPERTY, KeyboardFocus
from kiosk.ui.widgets.seek_bar import HEIGHT, SeekBar
from kiosk.ui.widgets.stepper import Stepper
from tests.window_input import click_in_window, key_in_window

LANGS = [
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("ru", "Русский"),
]


_KEEP: list[QWidget] = []


def host(qtbot, *widgets, size=(900, 600)):
    """The widgets in a plain window (no layout on the window itself: see show_hosted)."""
    window = QWidget()
    qtbot.addWidget(window)
    _KEEP[:] = [window]  # the test's widgets live until the next test
    content = QWidget(window)
    column = QVBoxLayout(content)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    window.resize(*size)
    content.setGeometry(0, 0, *size)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_few_options_are_segments_a_tap_chooses_and_arrows_only_move_focus(qtbot):
    chooser = Chooser(max_segments=3)
    chooser.set_options(LANGS[:3])
    chooser.set_current("en")
    host(qtbot, chooser)
    chosen = []
    chooser.chosen.connect(chosen.append)
    assert chooser.is_segmented() and not chooser.sheet_button.isVisible()
    for button in chooser.segments.values():
        assert button.height() >= 48 and button.width() >= 48
    QTest.mouseClick(chooser.segments["fr"], Qt.MouseButton.LeftButton)
    assert chosen == ["fr"] and chooser.current() == "fr"
    chooser.segments["fr"].setFocus()
    QTest.keyClick(chooser.segments["fr"], Qt.Key.Key_Right)
    assert chooser.segments["ar"].hasFocus()
    assert chosen == ["fr"], "an arrow key moves the focus, it does not choose"
    QTest.keyClick(chooser.segments["ar"], Qt.Key.Key_Return)
    assert chosen == ["fr", "ar"]
    chooser.set_current("en")  # silent
    assert chosen == ["fr", "ar"] and chooser.segments["en"].isChecked()


def test_many_options_open_a_sheet_of_large_rows_inside_the_window(qtbot):
    chooser = Chooser(max_segments=3)
    chooser.set_options(LANGS)
    chooser.set_title("Film language")
    chooser.set_current("en")
    window = host(qtbot, chooser)
    chosen = []
    chooser.chosen.connect(chosen.append)
    assert not chooser.segments and chooser.sheet_button.isVisible()
    assert chooser.sheet_button.text() == "English"
    QTest.mouseClick(chooser.sheet_button, Qt.MouseButton.LeftButton)
    sheet = chooser.sheet
    assert sheet is not None and sheet.isVisible() and sheet.parentWidget() is window
    assert not sheet.isWindow(), "drawn inside the window, not a pop-up window"
    for row in sheet.rows.values():
        assert row.height() >= 64
    assert sheet.rows["en"].isChecked()
    QTest.mouseClick(sheet.rows["zh"], Qt.MouseButton.LeftButton)
    assert chosen == ["zh"] and chooser.sheet_button.text() == "中文"
    qtbot.waitUntil(lambda: chooser.sheet is None)
    # a tap beside the panel closes it without choosing
    QTest.mouseClick(chooser.sheet_button, Qt.MouseButton.LeftButton)
    sheet = chooser.sheet
    QTest.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert chooser.sheet is None and chosen == ["zh"]
    # keys: Down moves, Enter chooses, Esc closes
    QTest.mouseClick(chooser.sheet_button, Qt.MouseButton.LeftButton)
    sheet = chooser.sheet
    QTest.keyClick(sheet.focusWidget(), Qt.Key.Key_Down)
    assert sheet.rows["ru"].hasFocus()
    QTest.keyClick(sheet.rows["ru"], Qt.Key.Key_Return)
    assert chosen == ["zh", "ru"]
    QTest.mouseClick(chooser.sheet_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(chooser.sheet.focusWidget(), Qt.Key.Key_Escape)
    assert chooser.sheet is None and chosen == ["zh", "ru"]


def test_stepper_buttons_and_keys_change_the_value_within_range(qtbot):
    stepper = Stepper(10, 60, 10, value=30)
    stepper.setSuffix(" s")
    host(qtbot, stepper)
    values = []
    stepper.value_changed.connect(values.append)
    assert stepper.minus.height() >= 48 and stepper.plus.width() >= 48
    QTest.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 40 and stepper.display.text() == "40 s"
    QTest.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    QTest.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    QTest.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    assert stepper.value() == 10 and not stepper.minus.isEnabled()
    stepper.setFocus()
    QTest.keyClick(stepper, Qt.Key.Key_Up)
    QTest.keyClick(stepper, Qt.Key.Key_Plus)
    assert stepper.value() == 30
    QTest.keyClick(stepper, Qt.Key.Key_PageUp)
    assert stepper.value() == 60 and not stepper.plus.isEnabled()
    assert values == [40, 30, 20, 10, 20, 30, 60]


def test_seek_bar_is_tall_and_a_tap_seeks_where_it_lands(qtbot):
    bar = SeekBar()
    bar.setRange(0, 100_000)
    host(qtbot, bar, size=(800, 200))
    requested = []
    bar.seek_requested.connect(requested.append)
    assert bar.height() >= 48 and HEIGHT >= 48
    target = bar.x_of(75_000)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(round(target), bar.height() // 2))
    assert requested and abs(requested[-1] - 75_000) < 500
    assert abs(bar.value() - 75_000) < 500
    # drag from a quarter to the middle: follows the finger, seeks on release
    moved = []
    bar.sliderMoved.connect(moved.append)
    y = bar.height() // 2
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(round(bar.x_of(25_000)), y))
    QTest.mouseMove(bar, QPoint(round(bar.x_of(40_000)), y))
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(round(bar.x_of(50_000)), y))
    assert moved and abs(moved[0] - 25_000) < 500
    assert abs(requested[-1] - 50_000) < 500
    bar.setFocus()
    QTest.keyClick(bar, Qt.Key.Key_Left)
    assert abs(requested[-1] - 40_000) < 500


@pytest.fixture
def focus_tracker(qapp):
    return KeyboardFocus.install(qapp)


def test_focus_ring_shows_after_keys_only(qtbot, focus_tracker):
    first, second = QPushButton("one"), QPushButton("two")
    host(qtbot, first, second)
    click_in_window(first)
    first.setFocus()
    assert not first.property(PROPERTY), "no ring after a click"
    key_in_window(first, Qt.Key.Key_Tab)
    assert second.hasFocus() and second.property(PROPERTY) is True
    assert focus_tracker.marked() is second
    click_in_window(first)
    assert not second.property(PROPERTY) and not first.property(PROPERTY)
    assert focus_tracker.marked() is None
    assert KeyboardFocus.install(QApplication.instance()) is focus_tracker, "one per app"


def test_focus_ring_in_a_window_opened_later_and_a_tap_elsewhere_ends_it(qtbot, focus_tracker):
    """Every window is watched (dialogs too), not only the one there at the start."""
    main_button = QPushButton("main")
    host(qtbot, main_button)
    dialog = QWidget()
    qtbot.addWidget(dialog)
    content = QWidget(dialog)  # no layout on the window itself (see host)
    column = QVBoxLayout(content)
    ok, cancel = QPushButton("OK"), QPushButton("Cancel")
    column.addWidget(ok)
    column.addWidget(cancel)
    dialog.resize(300, 200)
    content.setGeometry(0, 0, 300, 200)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    ok.setFocus()
    key_in_window(ok, Qt.Key.Key_Tab)
    assert focus_tracker.keyboard_mode and cancel.property(PROPERTY) is True
    click_in_window(main_button)  # a tap on the other window, without the focus
    assert not focus_tracker.keyboard_mode and not cancel.property(PROPERTY)
    assert focus_tracker.marked() is None
