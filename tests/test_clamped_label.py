"""ClampedLabel: long titles end in an ellipsis on their last allowed line, never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

TITLES = {
    "en": "Human trafficking: organized crime and the multibillion dollar sale of people",
    "ru": "Торговля людьми: организованная преступность и многомиллиардная продажа людей",
    "ar": "الاتجار بالبشر: الجريمة المنظمة وتجارة البشر التي تبلغ قيمتها مليارات الدولارات",
    "zh": "人口贩运：有组织犯罪与价值数十亿美元的人口买卖，联合国毒品和犯罪问题办公室报告",
}


@pytest.fixture
def title_font(qapp):
    from kiosk.ui.assembly import load_fonts_once

    load_fonts_once(qapp)
    font = qapp.font()
    font.setPointSize(22)
    font.setBold(True)
    return font


def lines_of(text, font, width, direction=Qt.LayoutDirection.LeftToRight) -> int:
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


@pytest.mark.parametrize("lang", TITLES)
@pytest.mark.parametrize("max_lines", [1, 2, 3])
def test_clamped_text_fits_its_lines_and_ends_in_an_ellipsis(title_font, lang, max_lines):
    from kiosk.ui.widgets.clamped_label import clamp_text

    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    full = TITLES[lang]
    text = clamp_text(full, title_font, 420, max_lines, rtl)
    assert lines_of(text, title_font, 420, rtl) <= max_lines
    if lines_of(full, title_font, 420, rtl) <= max_lines:
        assert text == full
        return
    assert text.endswith("…")
    assert full.startswith(text[:-1])
    if lang != "zh":  # languages with spaces end after a whole word
        assert full[len(text) - 1] in " ,.;:"


def test_a_long_last_word_is_left_out_whole(title_font):
    """The last line holds one long word but not it and "…": the line before ends in "…"."""
    from PySide6.QtGui import QFontMetricsF

    from kiosk.ui.widgets.clamped_label import clamp_text

    full = "Фонд ООН неправительственным организациям"
    width = QFontMetricsF(title_font).horizontalAdvance("неправительственным") + 2
    assert lines_of(full, title_font, width) == 3
    assert clamp_text(full, title_font, width, 2) == "Фонд ООН…"


def test_short_text_is_left_whole(title_font):
    from kiosk.ui.widgets.clamped_label import clamp_text

    assert clamp_text("Short title", title_font, 420, 2) == "Short title"


def test_label_keeps_full_text_as_tooltip_and_accessible_name(qtbot, title_font):
    from kiosk.ui.widgets.clamped_label import ClampedLabel

    label = ClampedLabel(2)
    qtbot.addWidget(label)
    label.setFont(title_font)
    label.resize(420, 200)
    label.show()
    qtbot.waitExposed(label)
    label.setText(TITLES["ru"])
    assert label.is_clamped() and label.text().endswith("…")
    assert label.toolTip() == label.accessibleName() == label.full_text() == TITLES["ru"]
    label.resize(4000, 200)
    assert label.text() == TITLES["ru"]


# The offscreen platform's note about a top-level window with a layout.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_label_fits_once_it_has_its_size_in_a_window_on_screen(qtbot, title_font):
    """While a window is built (before its first show) a label holds its whole text: Qt's
    default sizes are not the real ones; it fits at the size the window's layout gives it."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from kiosk.ui.widgets.clamped_label import ClampedLabel, has_its_size

    window = QWidget()
    qtbot.addWidget(window)
    label = ClampedLabel(1, window)  # at Qt's default 640 px it would be cut already
    QVBoxLayout(window).addWidget(label)
    label.setFont(title_font)
    label.setText(f"  {TITLES['en']}  ")
    assert not has_its_size(label)
    assert label.text() == TITLES["en"] and not label.is_clamped()  # whole, spaces folded
    window.resize(420, 300)
    window.show()
    qtbot.waitExposed(window)
    assert has_its_size(label)
    assert label.is_clamped() and label.text().endswith("…")
    assert lines_of(label.text(), title_font, label.width() - 4) == 1


def test_story_card_title_never_clipped_at_1280x800(main_window, qtbot):
    """The card gives its title the lines it has room for; the last ends in "…"."""
    import dataclasses

    view = main_window.carousel.card
    long = dataclasses.replace(main_window.carousel.current_card(), title=TITLES["en"] * 2)
    view.show_card(long, "en")
    title = view.title

    def fits() -> bool:
        return (
            title.text().endswith("…")
            and title.toolTip() == long.title
            and title.geometry().bottom() < view.read_button.geometry().top()
            and view.read_button.geometry().bottom() <= view.contentsRect().bottom()
        )

    qtbot.waitUntil(fits, timeout=3000)
    assert 1 <= title.max_lines() <= 3
