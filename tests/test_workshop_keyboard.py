"""Keyboard first (a trainer at a projector): focus starts on the stories, arrows never
switch the language, the focus ring follows keys only, dots move the carousel, no
auto-advance in workshop mode unless asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.core.config import Settings, carousel_interval_ms, load_settings
from kiosk.ui.widgets.focus_ring import PROPERTY, KeyboardFocus
from tests.window_input import click_in_window, key_in_window


def focused_window(window):
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_first_right_key_moves_to_the_next_story_and_enter_opens_it(main_window):
    window = focused_window(main_window)
    assert QApplication.focusWidget() is window.carousel.card
    first = window.carousel.current_card().id
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.lang == "en", "the language is left alone"
    assert window.carousel.current_index == 1
    second = window.carousel.current_card().id
    assert second != first
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.current_page_name() == "story"
    assert window.story_page.story.id == second
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.current_page_name() == "home"
    assert QApplication.focusWidget() is window.carousel.card


def test_tab_walks_the_screen_in_reading_order_from_the_story(main_window):
    window = focused_window(main_window)
    walked = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    carousel = window.carousel
    assert walked[:3] == [
        carousel.card.read_button,
        carousel.next_button,
        window.resource_cards.cards[0],
    ]
    window.focus_home()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is carousel.previous_button
    window.quick_exit_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window.quick_exit_button, Qt.Key.Key_Tab)  # round to the top
    assert QApplication.focusWidget() is window.language_bar.buttons["en"]


def test_enter_presses_the_focused_button_as_space_does(main_window):
    """A trainer's path with Tab, Enter and Escape only: Qt's push buttons take Enter in
    dialogs alone, so Enter on a guide card, the Read button or Back did nothing."""
    window = focused_window(main_window)
    cards = {card.resource_id: card for card in window.resource_cards.cards}
    cards["trust-fund"].setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(window, Qt.Key.Key_Return)
    assert window.current_page_name() == "resource:trust-fund"
    back = window.pages.currentWidget().header.back_button
    back.setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(window, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert window.current_page_name() == "home"
    assert QApplication.focusWidget() is cards["trust-fund"], "back where the trainer was"
    cards["first-aid-kit"].setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(window, Qt.Key.Key_Return)
    assert window.current_page_name() == "resource:first-aid-kit"
    key_in_window(window, Qt.Key.Key_Escape)
    assert window.current_page_name() == "home"
    assert QApplication.focusWidget() is cards["first-aid-kit"]
    window.carousel.card.read_button.setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(window, Qt.Key.Key_Return)
    assert window.current_page_name() == "story"
    window.story_page.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    key_in_window(window, Qt.Key.Key_Return)
    assert window.current_page_name() == "home"
    window.search_field.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(window.search_field, "qqqxyzzy")
    # The search field's Enter searches, and goes no further: nothing found puts the focus
    # on the results page's Back, which the same Enter must not press.
    key_in_window(window, Qt.Key.Key_Return)
    assert window.current_page_name() == "search"
    assert QApplication.focusWidget() is window.search_page.back_button


def test_right_key_is_mirrored_in_arabic(main_window):
    window = focused_window(main_window)
    window.set_language("ar")
    window.focus_home()
    QTest.keyClick(window.carousel.card, Qt.Key.Key_Left)
    assert window.carousel.current_index == 1 and window.lang == "ar"
    QTest.keyClick(window.carousel.card, Qt.Key.Key_Right)
    assert window.carousel.current_index == 0


def test_arrows_on_the_language_bar_move_focus_and_never_switch(main_window):
    window = focused_window(main_window)
    english = window.language_bar.buttons["en"]
    english.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(english, Qt.Key.Key_Right)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.lang == "en"
    assert QApplication.focusWidget() is window.language_bar.buttons["es"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.lang == "es"


def test_filter_chip_arrows_do_not_change_the_filter(main_window):
    window = focused_window(main_window)
    chip = window.chips.all_chip
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(chip, Qt.Key.Key_Right)
    assert window.chips.selected == ("", "")
    assert QApplication.focusWidget() is not chip


def test_focus_ring_only_after_keyboard_use(main_window):
    window = focused_window(main_window)
    tracker = KeyboardFocus.install(QApplication.instance())
    english = window.language_bar.buttons["en"]
    click_in_window(english)
    assert not english.property(PROPERTY), "no ring after a tap on English"
    assert tracker.marked() is None
    key_in_window(window, Qt.Key.Key_Tab)
    marked = tracker.marked()
    assert marked is QApplication.focusWidget() and marked.property(PROPERTY) is True
    click_in_window(window.carousel.next_button)
    assert tracker.marked() is None and not marked.property(PROPERTY)


def test_a_tap_on_a_dot_moves_the_carousel_there(main_window):
    carousel = main_window.carousel
    dots = carousel.dots
    assert carousel.count() >= 3
    assert dots.height() >= 48
    QTest.mouseClick(dots, Qt.MouseButton.LeftButton, pos=dots.dot_centre(2))
    assert carousel.current_index == 2
    QTest.mouseClick(dots, Qt.MouseButton.LeftButton, pos=dots.dot_centre(0))
    assert carousel.current_index == 0


def test_workshop_mode_does_not_auto_advance_unless_the_settings_ask(tmp_path):
    assert carousel_interval_ms(Settings(), "workshop") == 0
    assert carousel_interval_ms(Settings(), "kiosk") == 8000
    assert carousel_interval_ms(Settings(carousel_interval_s=12), "workshop") == 12000
    assert carousel_interval_ms(Settings(carousel_interval_s=0), "kiosk") == 0
    path = tmp_path / "settings.toml"
    path.write_text("carousel_interval_s = 0\n")
    settings, warnings = load_settings(path)
    assert settings.carousel_interval_s == 0 and warnings == []
    path.write_text("carousel_interval_s = 1\n")
    settings, warnings = load_settings(path)
    assert settings.carousel_interval_s is None and "or 0 for never" in warnings[0]
