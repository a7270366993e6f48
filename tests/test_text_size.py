"""Text size: normal, larger, largest, chosen in the footer or the menu, reset for the next visitor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.theme import TEXT_SIZES, Theme, text_size_step


def _title_px(window) -> int:
    return window.carousel.card.title.fontInfo().pixelSize()


def test_three_steps_each_make_the_text_really_larger(main_window, qtbot):
    assert len(TEXT_SIZES) >= 3 and TEXT_SIZES[0] == 1.0 and TEXT_SIZES[-1] >= 1.5
    buttons = main_window.text_size.buttons
    assert len(buttons) == len(TEXT_SIZES)
    sizes = []
    for button in buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
        sizes.append((_title_px(main_window), main_window.help_text.fontInfo().pixelSize()))
    titles, helps = zip(*sizes, strict=True)
    assert list(titles) == sorted(set(titles)), titles  # strictly larger at every step
    assert list(helps) == sorted(set(helps)), helps
    assert titles[-1] >= 1.45 * titles[0]  # the largest step is about half as large again
    for button in buttons:  # touch targets that stay put: the letters do not grow with the text
        assert button.width() >= 56 and button.height() >= 48


def test_choice_lasts_the_visit_and_the_reset_restores_the_setting(main_window, qtbot):
    qtbot.mouseClick(main_window.text_size.buttons[2], Qt.MouseButton.LeftButton)
    large = _title_px(main_window)
    main_window.set_language("ar")
    main_window.open_story(main_window.carousel.current_card().id)
    main_window.go_back()
    assert main_window.text_size.step() == 2 and _title_px(main_window) == large
    main_window.reset_session()  # the idle reset: the next visitor gets the kiosk's setting
    assert main_window.text_size.step() == 0
    assert main_window.text_size.buttons[0].isChecked()
    assert _title_px(main_window) < large


def test_the_settings_text_scale_is_the_start_and_the_reset(window_factory, sample_store, qtbot):
    window = window_factory(sample_store)
    window.set_theme(Theme(text_size=text_size_step(1.25)))
    window.start_theme = window.theme  # as app.py builds it from settings.text_scale = 1.25
    assert window.text_size.step() == 1
    qtbot.mouseClick(window.text_size.buttons[0], Qt.MouseButton.LeftButton)
    assert window.theme.scale == 1.0
    window.reset_session()
    assert window.theme.scale == 1.3 and window.text_size.buttons[1].isChecked()


def test_nearest_step_for_a_settings_value():
    assert [text_size_step(s) for s in (0.8, 1.0, 1.2, 1.25, 1.4, 1.5, 2.5)] == [
        0,
        0,
        1,
        1,
        1,
        2,
        2,
    ]


def test_steps_are_named_in_the_interface_language(main_window):
    names = [button.accessibleName() for button in main_window.text_size.buttons]
    assert names == ["Normal text", "Larger text", "Largest text"]
    caption = main_window.text_size.caption.text()
    for code in ("fr", "es", "ru", "ar", "zh"):
        main_window.set_language(code)
        translated = [button.accessibleName() for button in main_window.text_size.buttons]
        assert all(translated) and set(translated).isdisjoint(names), (code, translated)
        assert main_window.text_size.caption.text() not in ("", caption)


def test_arabic_labels_fit_their_buttons_at_the_largest_size(main_window, qtbot):
    main_window.set_text_size(len(TEXT_SIZES) - 1)
    qtbot.wait(10)
    arabic = main_window.language_bar.buttons["ar"]
    english = main_window.language_bar.buttons["en"]
    assert arabic.height() >= arabic.sizeHint().height()
    assert arabic.height() == english.height()  # one row height for every script
