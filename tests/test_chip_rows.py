"""Chip rows that go on beyond the window say so: arrow buttons and a fade at that edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.filter_chips import ChipRow
from tests.painted import chevron_points_left

# A row shown as a window of its own: offscreen cannot pass its size hints on (harmless).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def kiosk_theme(qapp):
    """Chips as the kiosk styles them (Qt's plain button face is almost the page colour)."""
    from kiosk.ui.theme import Theme, reset_look

    Theme().apply(qapp)
    yield
    reset_look(qapp)


def _row_with(qtbot, count: int, width: int) -> ChipRow:
    from PySide6.QtWidgets import QPushButton

    row = ChipRow()
    qtbot.addWidget(row)
    for n in range(count):
        row.chips.insertWidget(n, QPushButton(f"Country number {n}", objectName="Chip"))
    row.resize(width, 60)
    row.show()
    qtbot.waitExposed(row)
    qtbot.wait(20)
    return row


def _distance(a, b) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def _fades(row: ChipRow) -> tuple[bool, bool]:
    left, right = row.fades
    return left.isVisible(), right.isVisible()


def test_a_row_that_fits_shows_neither_arrows_nor_fades(qtbot):
    row = _row_with(qtbot, 2, 900)
    assert not row.back.isVisible() and not row.forward.isVisible()
    assert _fades(row) == (False, False)


def test_fades_follow_the_scrolling_and_taps_go_through_them(qtbot):
    row = _row_with(qtbot, 12, 700)
    assert row.forward.isVisible() and row.forward.isEnabled() and not row.back.isEnabled()
    assert row.forward.width() >= 48 and row.forward.height() >= 48
    assert _fades(row) == (False, True)  # at the start: more to the right only
    row.page(1)
    qtbot.wait(20)
    assert _fades(row) == (True, True)  # in the middle: both ways
    bar = row.scroll.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert _fades(row) == (True, False)
    fade = row.fades[0]
    assert fade.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_the_fade_really_draws_the_page_colour_over_the_cut_chip(qtbot):
    row = _row_with(qtbot, 12, 700)
    fade = row.fades[1]
    view = row.scroll.viewport()
    point = view.mapTo(row, view.rect().center())
    point.setX(fade.mapTo(row, fade.rect().topRight()).x())
    with_fade = row.grab().toImage().pixelColor(point)
    fade.hide()
    without = row.grab().toImage().pixelColor(point)
    page = QApplication.palette().color(QPalette.ColorRole.Window)
    assert _distance(with_fade, page) <= 6  # the gradient's last pixel column: almost solid
    assert _distance(without, page) > 6  # a chip lies under the edge


def test_arrows_point_outward_in_both_directions(qtbot):
    """Each arrow points toward the chips it brings in: right to left, "back" sits on the
    right and points right. Qt mirrors the chevron glyphs itself in right-to-left text
    (which follows the application's direction, as MainWindow.set_language sets it)."""
    row = _row_with(qtbot, 12, 700)
    row.page(1)  # in the middle: both arrows enabled, their chevrons dark
    qtbot.wait(20)
    assert row.back.isEnabled() and row.forward.isEnabled()
    assert row.back.x() < row.forward.x()
    assert chevron_points_left(row.back) and not chevron_points_left(row.forward)
    # As the window does for Arabic: the whole application right to left.
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(20)
        assert row.back.x() > row.forward.x()
        assert chevron_points_left(row.forward) and not chevron_points_left(row.back)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
