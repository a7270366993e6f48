"""The style sheet's sizes that used to be measured on the fonts at every start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from kiosk.ui.assembly import load_fonts_once
from kiosk.ui.theme import Theme, line_px


@pytest.mark.parametrize("scale", [0.5, 0.8, 1.0, 1.3, 1.5, 2.0])
def test_the_pin_cancel_is_never_shorter_than_the_tallest_14pt_line(qapp, scale):
    """`pin_cancel_px` dropped `control_px(14)` (the tallest line of the bundled scripts at
    14 pt): it never won, so the sheet is the same without loading those fonts."""
    load_fonts_once(qapp)
    assert set(QFont(qapp.font()).families()) >= {"Noto Sans Arabic", "Noto Sans CJK SC"}
    theme = Theme(text_scale=scale)
    assert theme.pin_cancel_px() == max(round(56 * scale), theme.control_px(14))
    assert line_px(14 * scale) < 56 * scale
    sheet = theme.stylesheet()
    assert f"min-height: {theme.pin_cancel_px()}px; padding: 0 32px" in sheet
