"""The PIN pad and the admin panel follow high contrast, as every visitor screen does.

The staff screens open over the window while high contrast is on (a visitor chose it, or
the settings file starts with it): their backgrounds, keys, texts, figures and chart are
drawn in the theme's colours (kiosk/ui/theme.py; WCAG pairs in tests/test_contrast.py),
never in the fixed light colours they once had.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.admin_pin import PinGuard, hash_pin
from kiosk.core.analytics import UsageCounts
from kiosk.core.config import Settings
from kiosk.ui.screens.admin_panel import AdminPanel
from kiosk.ui.screens.pin_pad import PinPad
from kiosk.ui.theme import CALM, HIGH_CONTRAST


def colours(widget: QWidget) -> dict[str, int]:
    """How many pixels of each colour the widget shows now (#rrggbb)."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    seen: dict[str, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = image.pixelColor(x, y).name()
            seen[name] = seen.get(name, 0) + 1
    return seen


def cover(window, screen: QWidget) -> QWidget:
    screen.setParent(window)
    screen.setGeometry(window.rect())
    screen.show()
    screen.raise_()
    return screen


@pytest.fixture
def counts(tmp_path):
    usage = UsageCounts(tmp_path / "usage.db")
    for event in ("session_start", "session_start", "story_view"):
        usage.count(event)
    yield usage
    usage.close()


@pytest.mark.parametrize("high", [False, True], ids=["normal", "high-contrast"])
def test_pin_pad_and_admin_panel_take_the_themes_colours(main_window, qtbot, counts, high):
    window = main_window
    if high:
        qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    assert window.theme.high_contrast is high
    theme, other = (HIGH_CONTRAST, CALM) if high else (CALM, HIGH_CONTRAST)

    pad = cover(window, PinPad(PinGuard(hash_pin("2580"))))
    for digit in "1111":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)  # a wrong PIN: the error colour
    seen = colours(pad)
    background = max(seen, key=seen.get)
    assert background == theme.window.lower(), f"the PIN pad's background is {background}"
    assert other.window.lower() not in seen
    for part, colour in (
        ("the keys' digits", theme.text),
        ("the Enter key", theme.accent),
        ("the keys' outline", theme.border),
        ("'Wrong PIN'", theme.error),
    ):
        assert colour.lower() in seen, f"{part}: no {colour} on the PIN pad"
    assert (
        pad.keys["5"].palette().color(pad.keys["5"].foregroundRole()).name() == theme.text.lower()
    )
    pad.deleteLater()

    panel = cover(
        window,
        AdminPanel(
            counts, Settings(mode="kiosk"), [], config_path=None, languages=[("en", "English")]
        ),
    )
    seen = colours(panel)
    background = max(seen, key=seen.get)
    assert background in (theme.window.lower(), theme.surface.lower()), background
    assert other.window.lower() not in seen and (not high or "#ffffff" not in {background})
    for part, colour in (
        ("the figures and the chart's bars", theme.accent),
        ("the titles", theme.text),
    ):
        assert colour.lower() in seen, f"{part}: no {colour} on the admin panel"
    chart = colours(panel.chart)
    assert theme.accent.lower() in chart and other.accent.lower() not in chart
    panel.deleteLater()
