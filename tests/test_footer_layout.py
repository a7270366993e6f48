"""The footer on laptops and projectors with larger text: one row in every language.

The help line wraps beside the display options and Quick exit within the buttons'
height; where it has not that room the text size's caption steps aside (the three A's
keep their spoken names). Before: at 1366x768 and the largest text the footer took two
rows in Russian (120 px) and grew to 107-111 px in French, Spanish and Arabic (the help
line in three lines, or two Arabic lines), against 86 px in English.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core.config import UI_LANGUAGES
from kiosk.selftest.layout_audit import MIN_TARGET
from kiosk.ui.theme import TEXT_SIZES, Theme, text_size_step
from tests.resource_screen_helpers import in_window


def footer_problems(window) -> list[str]:
    """What a visitor would notice: a second row, a taller footer, a cut help line, a
    target too small to touch."""
    problems = []
    help_box = in_window(window.help_text, window)
    targets = [window.contrast_button, *window.text_size.buttons, window.quick_exit_button]
    boxes = [in_window(target, window) for target in targets]
    if any(box.top() > help_box.bottom() or box.bottom() < help_box.top() for box in boxes):
        problems.append("the help line is not on the row of the buttons")
    tallest = max(box.height() for box in boxes)
    margins = window.footer.layout().contentsMargins()
    frame = window.footer.height() - window.footer.contentsRect().height()
    if window.footer.height() > tallest + margins.top() + margins.bottom() + frame:
        problems.append(f"the footer is {window.footer.height()} px tall (buttons {tallest} px)")
    if window.help_text.heightForWidth(window.help_text.width()) > window.help_text.height():
        problems.append("the help line is cut")
    for target, box in zip(targets, boxes, strict=True):
        if not target.isVisible() or min(box.width(), box.height()) < MIN_TARGET:
            problems.append(f"{target.accessibleName()} is {box.width()}x{box.height()} px")
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_footer_keeps_one_row_at_every_text_size_in_every_language(
    window_factory, sample_store, size
):
    window = window_factory(sample_store)
    window.resize(*size)
    problems = []
    for scale in TEXT_SIZES:
        window.set_theme(Theme(text_size=text_size_step(scale)))
        for lang in UI_LANGUAGES:
            window.set_language(lang)
            QApplication.processEvents()
            where = f"{size[0]}x{size[1]}/{scale:g}/{lang}"
            problems += [f"{where}: {problem}" for problem in footer_problems(window)]
    assert not problems, "\n".join(problems)


def test_the_text_size_caption_steps_aside_only_where_the_row_needs_it(
    window_factory, sample_store
):
    """The caption stays where the help line has room beside it (English at the largest
    text), and steps aside where it has not (Russian); its buttons keep their names."""
    window = window_factory(sample_store)
    window.resize(1366, 768)
    window.set_theme(Theme(text_size=text_size_step(TEXT_SIZES[-1])))
    QApplication.processEvents()
    assert window.text_size.caption.isVisible()
    window.set_language("ru")
    QApplication.processEvents()
    assert not window.text_size.caption.isVisible()
    names = [button.accessibleName() for button in window.text_size.buttons]
    assert all(names) and len(set(names)) == len(names), names  # still said, in Russian
    assert window.text_size.accessibleName() == window.text_size.caption.text()
    window.set_language("en")
    QApplication.processEvents()
    assert window.text_size.caption.isVisible()


@pytest.mark.parametrize("scale", [TEXT_SIZES[0], TEXT_SIZES[-1]])
def test_a_portrait_stand_never_squeezes_the_help_line_beside_the_buttons(
    window_factory, sample_store, scale
):
    """On a portrait stand the help line is beside the buttons only where it keeps to
    their height (two lines at most); else it has a row of its own over them, where it
    reads on one or two lines, and the text size keeps its caption. Before: in Russian at
    normal text, a column of three short lines beside the buttons."""
    window = window_factory(sample_store)
    window.resize(1080, 1920)
    window.set_theme(Theme(text_size=text_size_step(scale)))
    problems, rows = [], {}
    for lang in UI_LANGUAGES:
        window.set_language(lang)
        QApplication.processEvents()
        where = f"1080x1920/{scale:g}/{lang}"
        help_box = in_window(window.help_text, window)
        targets = [window.contrast_button, *window.text_size.buttons, window.quick_exit_button]
        boxes = [in_window(target, window) for target in targets]
        beside = all(
            box.top() <= help_box.bottom() and box.bottom() >= help_box.top() for box in boxes
        )
        rows[lang] = 1 if beside else 2
        line = window.help_text.heightForWidth(10**6)  # one line in its own script
        lines = round(window.help_text.heightForWidth(window.help_text.width()) / line)
        if lines > 2:
            problems.append(f"{where}: the help line takes {lines} lines")
        if beside and help_box.height() > max(box.height() for box in boxes):
            problems.append(f"{where}: the help line is taller than the buttons beside it")
        if not beside and not all(help_box.bottom() < box.top() for box in boxes):
            problems.append(f"{where}: the help line is neither beside nor over the buttons")
        if not window.text_size.caption.isVisible():
            problems.append(f"{where}: the text size has lost its caption")
        if window.help_text.heightForWidth(window.help_text.width()) > window.help_text.height():
            problems.append(f"{where}: the help line is cut")
        for target, box in zip(targets, boxes, strict=True):
            if min(box.width(), box.height()) < MIN_TARGET:
                problems.append(
                    f"{where}: {target.accessibleName()} is {box.width()}x{box.height()}"
                )
    assert not problems, "\n".join(problems)
    if scale == TEXT_SIZES[0]:
        assert rows["en"] == 1 and rows["ru"] == 2, rows  # English beside; Russian over


def test_a_language_switch_translates_the_text_size_once_and_lays_the_footer_out_after(
    window_factory, sample_store, monkeypatch
):
    """The footer is laid out once every widget has its new texts (the caption's width
    decides whether it stays): the text size choice is translated once per switch, by
    its own LanguageChange, not a second time by the window."""
    window = window_factory(sample_store)
    window.resize(1366, 768)
    window.set_theme(Theme(text_size=text_size_step(TEXT_SIZES[-1])))
    QApplication.processEvents()
    calls = []
    original = window.text_size.retranslate

    def counted() -> None:
        calls.append(window.text_size.caption.text())
        original()

    monkeypatch.setattr(window.text_size, "retranslate", counted)
    for lang, caption_shown in (("ru", False), ("en", True), ("fr", None), ("ru", False)):
        calls.clear()
        window.set_language(lang)
        assert len(calls) == 1, f"{lang}: the text size translated {len(calls)} times"
        QApplication.processEvents()
        if caption_shown is not None:  # measured in the new language, not the last one
            assert window.text_size.caption.isVisible() == caption_shown, lang
        assert footer_problems(window) == [], lang
