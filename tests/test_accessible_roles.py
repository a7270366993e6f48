"""What screen readers are given, read in-process through Qt's accessibility interfaces.

The same tree is read from outside the process, over AT-SPI, by
tests/e2e/test_screen_reader.py; these checks are the quick ones that run offscreen.
"""

from __future__ import annotations

import gc

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from kiosk.core.admin_pin import PinGuard, hash_pin
from kiosk.ui import accessibility
from kiosk.ui.screens.idle_warning import IdleWarning
from kiosk.ui.screens.pin_pad import PinPad

Role = QAccessible.Role


def role_of(widget: QWidget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def description_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_languages_and_filter_chips_are_one_choice_each(main_window):
    buttons = list(main_window.language_bar.buttons.values())
    assert len(buttons) == 6
    assert {role_of(button) for button in buttons} == {Role.RadioButton}
    chips = main_window.chips.in_order()
    assert len(chips) > 3 and {role_of(chip) for chip in chips} == {Role.RadioButton}
    assert all(name_of(chip) for chip in chips)
    # Still one at a time, and a tap on the chosen one does not clear the choice.
    chips[2].click()
    assert [chip for chip in chips if chip.isChecked()] == [chips[2]]
    chips[2].click()
    assert chips[2].isChecked()


def test_the_story_card_says_title_position_date_and_country(main_window):
    carousel = main_window.carousel
    count = carousel.count()
    carousel.next_button.click()
    card = carousel.current_card()
    assert name_of(carousel.card) == card.title
    described = description_of(carousel.card)
    assert described.startswith(f"Story {carousel.current_index + 1} of {count}. "), described
    assert carousel.card.meta.text() in described  # the date (and the country)


def test_the_position_is_said_in_the_interface_language(main_window, qtbot):
    main_window.set_language("ar")
    described = description_of(main_window.carousel.card)
    assert "القصة" in described and "Story" not in described, described
    main_window.set_language("zh")
    assert "故事" in description_of(main_window.carousel.card)


def test_idle_warning_is_an_alert_and_pin_pad_a_dialog(qtbot):
    accessibility.install()
    window = QWidget()
    qtbot.addWidget(window)
    warning = IdleWarning(window)
    warning.show_countdown(15)
    assert role_of(warning) == Role.AlertMessage
    assert name_of(warning) == "Still there?" and "15" in description_of(warning)
    pad = PinPad(PinGuard(hash_pin("2580")))
    qtbot.addWidget(pad)
    assert role_of(pad) == Role.Dialog and name_of(pad) == "Staff PIN"


def test_role_interfaces_live_as_long_as_their_widgets(qtbot):
    """Qt keeps (and deletes) the interfaces the factory makes: Python never frees them."""
    accessibility.install()
    for _ in range(20):
        window = QWidget()
        warning = IdleWarning(window)
        assert role_of(warning) == Role.AlertMessage
        gc.collect()
        assert role_of(warning) == Role.AlertMessage and name_of(warning)
        window.deleteLater()
        qtbot.wait(1)
    gc.collect()
