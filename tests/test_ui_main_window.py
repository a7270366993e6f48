"""The main window: live languages with mirroring, fallback notes, chips, search, keyboard, pages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.ui.theme import reset_look

CAMBODIA, QUERETARO, OSCE = "2012-07-04-cambodia", "2011-09-09-queretaro", "2012-03-30-osce-review"


def interface_texts(window) -> dict[QWidget, str]:
    """Every visible interface string (labels, buttons, placeholders), by widget.

    Leaves out the language buttons (native names by design), the text size letters (a
    symbol; their spoken names are translated, tests/test_text_size.py) and the resource
    cards (content text from the database, checked elsewhere).
    """
    skip = set(window.language_bar.buttons.values()) | set(window.resource_cards.cards)
    skip |= set(window.text_size.buttons)
    texts: dict[QWidget, str] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget in skip or widget.parent() in skip:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.placeholderText()
        else:
            continue
        if re.search(r"[^\W\d_]", text):  # has letters
            texts[widget] = text
    return texts


def test_french_window_has_no_english_left(main_window):
    english = interface_texts(main_window)
    assert len(english) > 15
    main_window.set_language("fr")
    french = interface_texts(main_window)
    left = {text for widget, text in french.items() if english.get(widget) == text}
    # Country chips keep the name when it is spelled the same; nothing else may stay.
    assert not left, left
    assert main_window.title.text() == "Ensemble contre la traite des êtres humains"
    assert main_window.carousel.card.title.text() == "Cambodge : le fonds soutient les ONG"
    assert main_window.carousel.card.meta.text().startswith("4 juillet 2012")
    assert main_window.windowTitle() != "Together against human trafficking"


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "ar", "zh"])
def test_every_language_changes_every_interface_string(main_window, lang):
    english = interface_texts(main_window)
    main_window.set_language(lang)
    changed = interface_texts(main_window)
    card = main_window.carousel.card
    story_text = {card.title, card.summary}  # falls back to English where untranslated
    same = {t for w, t in changed.items() if english.get(w) == t and w not in story_text}
    assert not same, f"still English in {lang}: {same}"
    # The date is written for the language (QLocale + a translated pattern).
    meta = main_window.carousel.card.meta.text()
    assert {"fr": "juillet", "es": "de julio de", "ru": "июля", "ar": "يوليو", "zh": "2012年7月"}[
        lang
    ] in meta


def test_switching_back_to_english_restores_it(main_window):
    main_window.set_language("zh")
    main_window.set_language("en")
    assert main_window.title.text() == "Together against human trafficking"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_one_language_change_per_switch_and_the_story_stays(main_window):
    from PySide6.QtCore import QEvent, QObject

    class Count(QObject):
        seen = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LanguageChange and watched in (app, main_window.title):
                self.seen += 1
            return False

    app = QApplication.instance()
    carousel = main_window.carousel
    carousel.set_current(carousel.model.row_of(QUERETARO))
    counter = Count()
    app.installEventFilter(counter)
    try:
        for lang in ("fr", "ar", "zh", "en"):
            counter.seen = 0
            main_window.language_bar.buttons[lang].click()
            # One broadcast (not one per translator removed and installed), one retranslation.
            assert counter.seen == 2, lang
            assert carousel.current_card().id == QUERETARO  # the visitor stays on their story
            assert carousel.current_card().shown.wanted == lang
    finally:
        app.removeEventFilter(counter)


def test_arabic_mirrors_the_layout(main_window, qtbot):
    bar = main_window.language_bar
    x = lambda w: w.mapTo(main_window, QPoint(0, 0)).x()  # noqa: E731
    assert x(bar.buttons["en"]) < x(bar.buttons["zh"])
    assert x(bar) < x(main_window.search_field)
    main_window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The first button is on the right (layouts apply the new direction on the next pass).
    qtbot.waitUntil(lambda: x(bar.buttons["en"]) > x(bar.buttons["zh"]), timeout=2000)
    assert x(bar) > x(main_window.search_field)
    assert x(main_window.quick_exit_button) < main_window.width() / 2
    assert main_window.title.text() == "معًا ضد الاتجار بالبشر"
    main_window.set_language("fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: x(bar.buttons["en"]) < x(bar.buttons["zh"]), timeout=2000)


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "zh"])
def test_fallback_note_exactly_when_the_story_lacks_the_language(main_window, lang):
    main_window.set_language(lang)
    carousel = main_window.carousel
    seen = 0
    for row in range(carousel.count()):
        carousel.set_current(row)
        card = carousel.card.card
        note = carousel.card.fallback
        assert note.isVisibleTo(carousel.card) == (lang not in card.languages), card.id
        if lang not in card.languages:
            assert note.text()
            seen += 1
    assert seen >= 1


def test_fallback_note_wording(main_window):
    main_window.set_language("fr")
    carousel = main_window.carousel
    carousel.set_current(carousel.model.row_of(QUERETARO))
    assert carousel.card.fallback.text() == "Publié en anglais"
    main_window.set_language("en")
    carousel.set_current(carousel.model.row_of(OSCE))
    assert carousel.card.fallback.text() == "Published in French"
    main_window.open_story(OSCE)
    assert main_window.story_page.fallback.isVisibleTo(main_window.story_page)


def test_a_topic_chip_filters_to_exactly_the_tagged_stories(main_window, qtbot):
    chips = main_window.chips
    chip = chips.chips[("tag", "children")]
    assert chip.text() == "Children"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert set(main_window.carousel.model.ids()) == {CAMBODIA, QUERETARO}
    qtbot.mouseClick(chips.chips[("tag", "trust-fund")], Qt.MouseButton.LeftButton)
    assert main_window.carousel.model.ids() == [CAMBODIA]
    qtbot.mouseClick(chips.chips[("country", "KH")], Qt.MouseButton.LeftButton)
    assert main_window.carousel.model.ids() == [CAMBODIA]
    assert not chips.chips[("tag", "trust-fund")].isChecked()
    qtbot.mouseClick(chips.all_chip, Qt.MouseButton.LeftButton)
    assert len(main_window.carousel.model.ids()) == 3


def test_chip_labels_and_filter_survive_a_language_switch(main_window):
    main_window.chips.select("tag", "children")
    main_window.set_language("ru")
    assert main_window.chips.chips[("tag", "children")].text() == "Дети"
    assert main_window.chips.chips[("tag", "children")].isChecked()
    assert set(main_window.carousel.model.ids()) == {CAMBODIA, QUERETARO}


def _search(qtbot, window, text: str) -> None:
    field = window.search_field
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest can only type Latin-1 keys; an input method would deliver the text
        field.setText(text)
    QTest.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("lang", "query"), [("ru", "Камбоджа"), ("zh", "柬埔寨"), ("fr", "Poipet")]
)
def test_search_finds_the_story_in_its_script(main_window, qtbot, lang, query):
    main_window.set_language(lang)
    _search(qtbot, main_window, query)
    assert main_window.current_page_name() == "search"
    assert main_window.search_page.hit_ids() == [CAMBODIA]
    page = main_window.search_page
    with qtbot.waitSignal(main_window.story_opened, timeout=1000):
        QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert main_window.current_page_name() == "story"
    QTest.keyClick(QApplication.focusWidget() or main_window, Qt.Key.Key_Escape)
    assert main_window.current_page_name() == "search"  # back returns where the visitor was


@pytest.mark.parametrize("query", ["", "   ", '"*(', "NEAR(", "zzzz"])
def test_odd_queries_do_no_harm(main_window, qtbot, query):
    _search(qtbot, main_window, query)
    if not query.strip():
        assert main_window.current_page_name() == "home"
        return
    page = main_window.search_page
    assert main_window.current_page_name() == "search"
    assert page.hit_ids() == []
    assert page.no_results.isVisibleTo(page)
    assert query in page.no_results.text()


def test_search_is_hidden_in_kiosk_mode(qapp, sample_store, qtbot):
    from kiosk.ui.assembly import build_main_window

    window = build_main_window(qapp, sample_store, "en", "kiosk", auto_advance_ms=0)
    qtbot.addWidget(window)
    window.show()
    assert not window.search_field.isVisible()
    assert window.chips.isVisible()
    window.language.uninstall()
    reset_look(qapp)


def test_keyboard_only_walk_home_story_back(main_window, qtbot):
    main_window.activateWindow()
    main_window.language_bar.buttons["en"].setFocus()
    card = main_window.carousel.card
    for _ in range(60):
        if QApplication.focusWidget() is card:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card, QApplication.focusWidget()
    QTest.keyClick(card, Qt.Key.Key_Right)
    assert main_window.carousel.current_card().id == OSCE
    QTest.keyClick(card, Qt.Key.Key_Return)
    assert main_window.current_page_name() == "story"
    assert main_window.story_page.story.id == OSCE
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    assert main_window.current_page_name() == "home"
    assert QApplication.focusWidget() is card
    QTest.keyClick(card, Qt.Key.Key_Enter)
    assert main_window.current_page_name() == "story"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert main_window.current_page_name() == "home"


def test_every_control_is_named_and_large(main_window):
    main_window.resize(1920, 1080)
    for button in main_window.findChildren(QPushButton):
        if not button.isVisible():
            continue
        assert button.accessibleName(), button.text()
        assert button.height() >= 44 and button.width() >= 44, (button.text(), button.size())
        group = button.group()
        if group is not None and group.exclusive():
            # Like radio buttons: Tab reaches the chosen one, arrows move within the group.
            assert any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group.buttons())
        else:
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()


def test_script_in_a_story_is_shown_as_text(main_window):
    main_window.open_story(OSCE)
    body = main_window.story_page.body
    assert "<script>alert(1)</script>" in body.toPlainText()
    assert "<script" not in body.document().toHtml().replace("&lt;script", "")


def test_markdown_links_and_images_become_plain_text(qapp):
    from PySide6.QtGui import QTextDocument

    from kiosk.ui.markdown import render_safe_markdown

    document = QTextDocument()
    render_safe_markdown(
        document,
        'Read [the report](https://example.org/r "t") and <https://x.example>.\n\n'
        "![a photo](file:///etc/passwd)\n\n<img src=x onerror=alert(1)> **bold** *it*\n\n- one\n- two",
    )
    text = document.toPlainText()
    assert "the report (https://example.org/r)" in text
    assert "<https://x.example>" in text
    assert "a photo" in text and "passwd" not in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "href" not in document.toHtml()


def test_sensitive_story_shows_a_content_note_first(main_window, qtbot):
    main_window.set_language("fr")
    main_window.open_story(CAMBODIA)
    page = main_window.story_page
    assert page.showing_content_note
    assert not page.body.isVisibleTo(page)
    assert page.content_note.title.text() == "Avant de lire"
    qtbot.mouseClick(page.content_note.continue_button, Qt.MouseButton.LeftButton)
    assert not page.showing_content_note and page.body.isVisibleTo(page)
    assert "Poipet" in page.body.toPlainText()
    main_window.open_story(QUERETARO)
    assert not page.showing_content_note
    assert all(not card.sensitive for card in main_window.attract_cards())


def test_story_text_follows_the_language_live(main_window):
    main_window.open_story(CAMBODIA)
    main_window.set_language("ru")
    assert main_window.story_page.title.text() == "Камбоджа: Целевой Фонд ООН"
    assert main_window.current_page_name() == "story"


def test_resource_cards_emit_their_id(main_window, qtbot):
    cards = main_window.resource_cards.cards
    assert [card.resource_id for card in cards] == ["first-aid-kit", "trust-fund"]
    with qtbot.waitSignal(main_window.resource_requested, timeout=1000) as requested:
        qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton)
    assert requested.args == ["trust-fund"]


def test_added_pages_navigate_and_go_back_where_the_visitor_was(main_window, qtbot):
    class AboutPage(QWidget):
        def __init__(self):
            super().__init__()
            self.languages, self.resets = [], 0

        def set_content_language(self, lang):
            self.languages.append(lang)

        def reset(self):
            self.resets += 1

    page = AboutPage()
    main_window.add_page("about", page)
    with pytest.raises(ValueError):
        main_window.add_page("about", QWidget())
    main_window.open_story(QUERETARO)
    main_window.show_page("about")
    assert main_window.pages.currentWidget() is page
    main_window.set_language("es")
    assert page.languages == ["es"]
    main_window.go_back()
    assert main_window.current_page_name() == "story"
    main_window.go_back()
    assert main_window.current_page_name() == "home"
    main_window.go_back()  # nothing before home: stays
    assert main_window.current_page_name() == "home"
    main_window.reset_session()
    assert page.resets == 1


def test_quick_exit_signal_and_session_reset(main_window, qtbot):
    main_window.set_language("ar")
    main_window.chips.select("tag", "children")
    main_window.carousel.next()
    main_window.search_field.setText("Poipet")
    main_window.search("Poipet")
    with qtbot.waitSignal(main_window.quick_exit_requested, timeout=1000):
        qtbot.mouseClick(main_window.quick_exit_button, Qt.MouseButton.LeftButton)
    main_window.reset_session()
    assert main_window.lang == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert main_window.current_page_name() == "home"
    assert main_window.chips.selected == ("", "")
    assert main_window.carousel.current_index == 0
    assert len(main_window.carousel.model.ids()) == 3
    assert main_window.search_field.text() == ""
    assert main_window.search_page.query == ""


def test_high_contrast_and_larger_text_switch_at_run_time(main_window, qtbot, qapp):
    label = main_window.carousel.card.title
    normal_size = label.fontInfo().pixelSize()
    qtbot.mouseClick(main_window.text_size.buttons[1], Qt.MouseButton.LeftButton)
    assert main_window.theme.scale > 1.0
    assert label.fontInfo().pixelSize() > normal_size
    qtbot.mouseClick(main_window.contrast_button, Qt.MouseButton.LeftButton)
    assert main_window.theme.high_contrast
    assert qapp.palette().window().color().name() == "#000000"
    qtbot.mouseClick(main_window.contrast_button, Qt.MouseButton.LeftButton)
    assert qapp.palette().window().color().name() != "#000000"


def test_missing_database_shows_a_translated_error_screen(qapp, qtbot, tmp_path):
    from kiosk.core.store_choice import open_store
    from kiosk.ui.assembly import build_error_screen

    store, error = open_store(tmp_path / "missing.db")
    assert store is None and "not found" in error
    assert not (tmp_path / "missing.db").exists()
    screen = build_error_screen(qapp, error, "es")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.title.text() == "Las historias no se pueden mostrar en este momento"
    assert "missing.db" in screen.details.text()
    from kiosk.i18n import InterfaceLanguage

    screen.findChild(InterfaceLanguage).uninstall()
    reset_look(qapp)


def test_corrupt_database_is_an_error_not_a_crash(tmp_path):
    from kiosk.core.store_choice import open_store

    bad = tmp_path / "content.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    store, error = open_store(bad)
    assert store is None and error


def test_language_switch_relabels_and_reorders_the_same_chips_and_cards(main_window):
    window = main_window
    chips_before = dict(window.chips.chips)
    cards_before = list(window.resource_cards.cards)
    window.set_language("fr")
    assert window.chips.chips == chips_before  # the same buttons, not new ones
    assert window.resource_cards.cards == cards_before
    row = window.chips._topic_row
    shown = [row.itemAt(i).widget().text() for i in range(row.count()) if row.itemAt(i).widget()]
    expected = [label.text for label in window.store.labels("tag", "fr")]
    assert shown == ["Toutes les histoires", *expected]
    assert window.resource_cards.cards[0].accessibleName() == "Trousse de premiers secours"


def test_switching_languages_reuses_translators_instead_of_piling_them_up(main_window):
    """Each switch used to load two new QTranslators and keep the old ones: +0.1 MB a switch."""
    from PySide6.QtCore import QTranslator

    for _ in range(3):
        for code in ("fr", "es", "ru", "ar", "zh", "en"):
            main_window.set_language(code)
    assert len(main_window.language.findChildren(QTranslator)) <= 2 * 6


def test_story_text_shows_no_text_cursor_but_takes_keyboard_focus(main_window, qtbot):
    from kiosk.ui.pages.story_page import StoryBody

    main_window.open_story("2011-09-09-queretaro")
    body = main_window.story_page.findChild(StoryBody)
    flags = body.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard  # no caret drawn
    assert body.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_language_is_prepared_after_the_first_frame(main_window, qtbot, monkeypatch):
    store = main_window.store
    asked: list[str] = []
    real = store.story_ids
    monkeypatch.setattr(
        store, "story_ids", lambda lang, **kw: asked.append(lang) or real(lang, **kw)
    )
    searched: list[str] = []
    real_search = store.prepare_search
    monkeypatch.setattr(
        store, "prepare_search", lambda lang: searched.append(lang) or real_search(lang)
    )
    assert main_window._story_page is None and main_window._search_page is None
    main_window.warm_caches()
    others = [lang.code for lang in store.languages() if lang.code != main_window.lang]
    # The language shown first (its search), then the others.
    qtbot.waitUntil(lambda: asked == [main_window.lang, *others], timeout=5000)
    assert searched == asked
    # The pages a visitor reaches first were built before, in the same idle moments.
    assert main_window._story_page is not None and main_window._search_page is not None
    assert main_window.current_page_name() == "home"


def test_story_and_search_pages_are_built_when_first_reached(main_window, qtbot):
    """The first frame shows the home page only; a page built later is in the language,
    the direction and the theme of the moment it is reached."""
    assert main_window._story_page is None and main_window._search_page is None
    assert main_window.pages.count() == 1
    main_window.set_language("ar")
    main_window.open_story(QUERETARO)
    page = main_window.story_page
    assert main_window.current_page_name() == "story" and page.isVisible()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.back_button.text() != "Back" and page.back_button.text()
    assert main_window._search_page is None  # a story does not build the search page
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert main_window.current_page_name() == "home"
    main_window.search("Querétaro")
    assert main_window.current_page_name() == "search" and main_window.search_page.isVisible()
    assert main_window.search_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    main_window.reset_session()  # back to English: both pages follow
    assert main_window.current_page_name() == "home" and main_window.lang == "en"
    assert not main_window.search_page.hit_ids()
    assert main_window.story_page.back_button.text() == "Back"
